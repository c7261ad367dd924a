#!/usr/bin/env bash
# Throughput of Reprint against Apache Spark MLlib's MinHashLSH on the same generated corpus, as one Markdown
# table row:
#   | N | MB | Reprint near-duplicates s | Reprint full scan s | Spark s | Spark / near-duplicates | Spark / full scan | Reprint near-duplicate pairs | full scan DUPLICATE+NEAR_DUPLICATE | Spark pairs J > 0.8 |
#
# Usage: scripts/benchmark-spark-baseline.sh [--header] [N]
#   N         articles to generate (default 20000), with org.reprint.bench.CorpusGenerator, seed $SEED
#   --header  also print the table's header lines before the row
#
# Environment:
#   DATASETS         folder of the shared datasets (default ../shared/datasets beside the project)
#   SEED             generator seed (default 42)
#   JAVA_OPTS        options for the JVM of the Reprint scan (e.g. -Xmx8g)
#   SPARK_JAVA_OPTS  options for the JVM of the Spark job (default -Xmx8g)
#   MVN_FLAGS        flags for the default Maven build of missing jars (default "-q -B -o")
#   SPARK_MVN_FLAGS  flags for the -Pspark build (default "-q -B": the first run downloads Spark)
#
# Reprint, twice, on its 2 default threads: `scan corpus.jsonl --near-duplicates-only`, the same task as
# Spark's (LSH candidates verified at resemblance >= 0.8), and the full `scan`, which also looks for partial
# reuse, paraphrase and same-story pairs; both with `--format json -o FILE -q`. Spark: org.reprint.bench.SparkMinHashBaseline in local[2], word 5-shingles hashed
# into 2^22 dimensions, 5 hash tables, approxSimilarityJoin(df, df, 0.2). Both wall times run from JVM start
# to exit, as measured here; Spark's own figure (session start to count) is printed on standard error.
# Reprint's near-duplicate pairs are counted in both reports (the full scan's DUPLICATE + NEAR_DUPLICATE).
# Spark 4 on Java 17 needs the --add-opens flags below (Spark's own launcher sets the same).
# Maven runs under flock /tmp/reprint-mvn.lock, the timed runs under flock /tmp/reprint-bench.lock.
set -euo pipefail

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 2
}

header=0
if [[ "${1:-}" == --header ]]; then header=1; shift; fi
[[ $# -le 1 ]] || usage
count="${1:-20000}"
[[ "$count" =~ ^[1-9][0-9]*$ ]] || { echo "N must be a positive integer, got $count" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
datasets="${DATASETS:-$root/../shared/datasets}"
seed="${SEED:-42}"
cli_jar="reprint-cli/target/reprint.jar"
bench_jar="reprint-bench/target/reprint-bench.jar"
spark_classes="reprint-bench/target/spark/classes"
spark_classpath_file="reprint-bench/target/spark/classpath.txt"
work="target/bench/spark-baseline-$count-seed$seed"
mkdir -p "$work"

locked() { # locked LOCKFILE COMMAND...: runs COMMAND holding LOCKFILE when flock exists
  local lock="$1"; shift
  if command -v flock >/dev/null 2>&1; then flock "$lock" "$@"; else "$@"; fi
}

seconds_of() { # seconds_of COMMAND...: runs COMMAND, prints its wall seconds on stdout; its output to stderr
  local start end
  start="$(date +%s.%N)"
  "$@" >&2
  end="$(date +%s.%N)"
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }'
}

# (a) The default jars, without Spark.
if [[ ! -f "$cli_jar" || ! -f "$bench_jar" ]]; then
  echo "building reprint-cli, reprint-bench ..." >&2
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
  locked /tmp/reprint-mvn.lock mvn ${MVN_FLAGS:--q -B -o} -pl reprint-cli,reprint-bench -am package -DskipTests >&2
fi

# (b) The Spark job and its class path (profile spark; target/spark, apart from the default build).
if [[ ! -f "$spark_classes/org/reprint/bench/SparkMinHashBaseline.class" || ! -s "$spark_classpath_file" ]]; then
  echo "building the Spark baseline (-Pspark) ..." >&2
  # shellcheck disable=SC2086
  locked /tmp/reprint-mvn.lock mvn ${SPARK_MVN_FLAGS:--q -B} -Pspark -pl reprint-bench -am compile \
    dependency:build-classpath -Dmdep.outputFile="$root/$spark_classpath_file" -Dmdep.includeScope=provided >&2
fi

# (c) The corpus, once per N and seed.
if [[ ! -s "$work/corpus.jsonl" ]]; then
  echo "generating $count articles (seed $seed) ..." >&2
  java -cp "$bench_jar" org.reprint.bench.CorpusGenerator --count "$count" --seed "$seed" --out "$work" \
    --datasets "$datasets" >&2
fi

# (d) The two timed runs.
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
near_seconds="$(seconds_of locked /tmp/reprint-bench.lock java ${JAVA_OPTS:-} -jar "$cli_jar" scan \
  "$work/corpus.jsonl" --near-duplicates-only --format json -o "$work/near-duplicates.json" -q)"
# shellcheck disable=SC2086
reprint_seconds="$(seconds_of locked /tmp/reprint-bench.lock java ${JAVA_OPTS:-} -jar "$cli_jar" scan \
  "$work/corpus.jsonl" --format json -o "$work/report.json" -q)"

opens=(--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false)
spark_log="$work/spark.log"
# shellcheck disable=SC2086
spark_seconds="$(seconds_of locked /tmp/reprint-bench.lock bash -c '"$@" > "'"$spark_log"'" 2>&1' _ \
  java ${SPARK_JAVA_OPTS:--Xmx8g} "${opens[@]}" -cp "$spark_classes:$(cat "$spark_classpath_file")" \
  org.reprint.bench.SparkMinHashBaseline "$work/corpus.jsonl" 0.2)"
spark_line="$(grep '^pairs=' "$spark_log" || true)"
[[ -n "$spark_line" ]] || { echo "the Spark job failed; see $spark_log" >&2; tail -20 "$spark_log" >&2; exit 1; }
spark_pairs="${spark_line#pairs=}"; spark_pairs="${spark_pairs%% *}"
echo "Spark: $spark_line (session start to count)" >&2

# (e) Reprint's pairs: the near-duplicate scan's, and the full scan's DUPLICATE + NEAR_DUPLICATE.
read -r near_pairs full_pairs < <(python3 - "$work/near-duplicates.json" "$work/report.json" <<'PYTHON'
import json, sys
def near(path):
    pairs = json.load(open(path, encoding="utf-8"))["pairs"]
    return sum(1 for p in pairs if p["relation"] in ("DUPLICATE", "NEAR_DUPLICATE"))
print(near(sys.argv[1]), near(sys.argv[2]))
PYTHON
)
megabytes="$(awk -v b="$(stat -L -c %s "$work/corpus.jsonl")" 'BEGIN { printf "%.1f", b / 1e6 }')"
near_ratio="$(awk -v r="$near_seconds" -v s="$spark_seconds" 'BEGIN { printf "%.2f", s / r }')"
full_ratio="$(awk -v r="$reprint_seconds" -v s="$spark_seconds" 'BEGIN { printf "%.2f", s / r }')"

if [[ "$header" == 1 ]]; then
  echo "| N | MB | Reprint near-duplicates s | Reprint full scan s | Spark s | Spark / near-duplicates | Spark / full scan | Reprint near-duplicate pairs | full scan DUPLICATE+NEAR_DUPLICATE | Spark pairs J > 0.8 |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
fi
echo "| $count | $megabytes | $near_seconds | $reprint_seconds | $spark_seconds | $near_ratio | $full_ratio | $near_pairs | $full_pairs | $spark_pairs |"
