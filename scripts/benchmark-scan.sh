#!/usr/bin/env bash
# Times one whole `reprint scan` of a named corpus and prints one Markdown table row:
#   | date | corpus | documents | MB | threads | wall s | articles/s | MB/s | peak RSS MB | pairs by relation |
#
# Usage: scripts/benchmark-scan.sh [--header] CORPUS [THREADS]
#   CORPUS   reuters  Reuters-21578 bodies (19,043 stories), converted once to target/bench/reuters.jsonl
#            bbc      BBC News (2,225 articles), copied once to target/bench/bbc/<topic>/*.txt so that the
#                     dataset's README.TXT and SOURCE.md are not scanned as articles
#            armenia  the repository's examples/armenia-2020
#   THREADS  worker threads (default: the number of processors)
#   --header also print the table's header lines before the row
#
# Environment:
#   DATASETS   folder of the shared datasets (default ../shared/datasets beside the project)
#   JAVA_OPTS  options for the JVM that runs the scan (e.g. -Xmx4g)
#   MVN_FLAGS  flags for the Maven build of missing jars (default "-q -B -o")
#   JAVA       the java command (default java)
#
# The scan runs under /usr/bin/time -v (wall time and peak RSS); without it, under bash's clock and the
# peak RSS is reported as "n/a". MB are 10^6 bytes of the input the scan reads (the .jsonl file, or the
# article files). Wall time covers everything from JVM start to exit: ingest, all stages, the JSON report.
# The scan's JSON report and log are kept in target/bench/. Maven runs under flock /tmp/reprint-mvn.lock
# and the scan under flock /tmp/reprint-bench.lock, so that runs on shared cores do not overlap.
set -euo pipefail

usage() {
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}" >&2
  exit 2
}

header=0
if [[ "${1:-}" == --header ]]; then header=1; shift; fi
[[ $# -ge 1 && $# -le 2 ]] || usage
corpus="$1"
threads="${2:-$(nproc 2>/dev/null || echo 1)}"
[[ "$threads" =~ ^[1-9][0-9]*$ ]] || { echo "THREADS must be a positive integer, got $threads" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
datasets="${DATASETS:-$root/../shared/datasets}"
java_command="${JAVA:-java}"
bench_dir="target/bench"
cli_jar="reprint-cli/target/reprint.jar"
bench_jar="reprint-bench/target/reprint-bench.jar"
mkdir -p "$bench_dir"

locked() { # locked LOCKFILE COMMAND...: runs COMMAND holding LOCKFILE when flock exists
  local lock="$1"; shift
  if command -v flock >/dev/null 2>&1; then flock "$lock" "$@"; else "$@"; fi
}

build() { # build MODULE...: builds the modules and what they depend on, skipping tests
  local modules
  modules="$(IFS=,; echo "$*")"
  echo "building $modules ..." >&2
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
  locked /tmp/reprint-mvn.lock mvn ${MVN_FLAGS:--q -B -o} -pl "$modules" -am package -DskipTests >&2
}

# (a) Build what is missing.
modules=()
[[ -f "$cli_jar" ]] || modules+=(reprint-cli)
[[ "$corpus" != reuters || -f "$bench_dir/reuters.jsonl" || -f "$bench_jar" ]] || modules+=(reprint-bench)
if [[ ${#modules[@]} -gt 0 ]]; then build "${modules[@]}"; fi
if [[ -f "$cli_jar" ]]; then
  # shellcheck disable=SC2206 # JAVA_OPTS is a list of options
  scan=("$java_command" ${JAVA_OPTS:-} -jar "$cli_jar")
elif [[ -x ./reprint ]]; then
  echo "no $cli_jar after the build; using ./reprint (run once first, so its own build is not timed)" >&2
  ./reprint --help >/dev/null 2>&1 || true
  scan=(./reprint)
else
  echo "neither $cli_jar nor ./reprint exists after the build" >&2
  exit 1
fi

# (b) Prepare the input.
case "$corpus" in
  reuters)
    input="$bench_dir/reuters.jsonl"
    if [[ ! -f "$input" ]]; then
      "$java_command" -cp "$bench_jar" org.reprint.evaluation.ReutersToJsonLines \
        "$datasets/reuters21578" "$input.partial" >&2
      mv "$input.partial" "$input"
    fi
    ;;
  bbc)
    input="$bench_dir/bbc"
    if [[ ! -d "$input" ]]; then
      [[ -d "$datasets/bbc_news" ]] || { echo "no BBC News corpus at $datasets/bbc_news" >&2; exit 1; }
      rm -rf "$input.partial"
      for topic in "$datasets"/bbc_news/*/; do
        name="$(basename "$topic")"
        mkdir -p "$input.partial/$name"
        cp "$topic"*.txt "$input.partial/$name/"
      done
      mv "$input.partial" "$input"
    fi
    ;;
  armenia)
    input="examples/armenia-2020"
    ;;
  *)
    echo "unknown corpus '$corpus': expected reuters, bbc or armenia" >&2
    exit 2
    ;;
esac

# (c) Run the scan, timed.
output="$bench_dir/scan-$corpus-t$threads.json"
log="$bench_dir/scan-$corpus-t$threads.log"
timing="$bench_dir/scan-$corpus-t$threads.time"
rm -f "$output" "$timing"
status=0
if [[ -x /usr/bin/time ]]; then
  locked /tmp/reprint-bench.lock /usr/bin/time -v -o "$timing" \
    "${scan[@]}" scan "$input" --format json --output "$output" --threads "$threads" >"$log" 2>&1 || status=$?
else
  echo "/usr/bin/time is missing: timing with bash; peak RSS is not measured" >&2
  start="$(date +%s.%N)"
  locked /tmp/reprint-bench.lock \
    "${scan[@]}" scan "$input" --format json --output "$output" --threads "$threads" >"$log" 2>&1 || status=$?
  end="$(date +%s.%N)"
  printf 'Elapsed (wall clock) time (seconds): %s\n' "$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')" >"$timing"
fi
if [[ ! -s "$output" ]]; then
  echo "the scan wrote no report (exit status $status); last lines of $log:" >&2
  tail -n 20 "$log" >&2
  exit 1
fi
if [[ $status -ne 0 ]]; then
  echo "note: the scan exited with status $status but wrote its report; see $log" >&2
fi

# (d) Sizes and rates.
input_bytes() { # the bytes the scan reads: the file, or the non-hidden regular files under the folder
  if [[ -f "$1" ]]; then
    stat -c %s "$1"
  else
    find "$1" -type f -not -path '*/.*' -printf '%s\n' | awk '{ total += $1 } END { print total + 0 }'
  fi
}
bytes="$(input_bytes "$input")"

# (e) One Markdown row.
if [[ $header -eq 1 ]]; then
  echo "| date | corpus | documents | MB | threads | wall s | articles/s | MB/s | peak RSS MB | pairs by relation |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---|"
fi
if command -v python3 >/dev/null 2>&1; then
  python3 - "$output" "$timing" "$corpus" "$bytes" "$threads" "$(date +%F)" <<'PYTHON'
import json
import re
import sys

report_path, timing_path, corpus, size, threads, today = sys.argv[1:7]
with open(report_path, encoding="utf-8") as report:
    summary = json.load(report)["summary"]
with open(timing_path, encoding="utf-8") as timing:
    lines = timing.read()


def seconds(text):
    """'1:02:03', '2:03.45' or '3.2' as seconds."""
    total = 0.0
    for part in text.strip().split(":"):
        total = total * 60 + float(part)
    return total


wall = seconds(re.search(r"Elapsed \(wall clock\) time.*: (\S+)\s*$", lines, re.M).group(1))
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", lines)
rss_text = f"{int(rss.group(1)) / 1024:.0f}" if rss else "n/a"
documents = summary["documents"]
megabytes = int(size) / 1e6
pairs = ", ".join(f"{name} {count}" for name, count in summary.get("pairsByRelation", {}).items())
print(
    f"| {today} | {corpus} | {documents} | {megabytes:.2f} | {threads} | {wall:.2f} | "
    f"{documents / wall:.0f} | {megabytes / wall:.2f} | {rss_text} | {pairs} |"
)
PYTHON
elif command -v jq >/dev/null 2>&1; then
  documents="$(jq '.summary.documents' "$output")"
  pairs="$(jq -r '.summary.pairsByRelation // {} | to_entries | map("\(.key) \(.value)") | join(", ")' "$output")"
  awk -v documents="$documents" -v bytes="$bytes" -v threads="$threads" -v corpus="$corpus" \
      -v today="$(date +%F)" -v pairs="$pairs" '
    /Elapsed \(wall clock\) time/ {
      count = split($NF, parts, ":"); wall = 0
      for (i = 1; i <= count; i++) wall = wall * 60 + parts[i]
    }
    /Maximum resident set size/ { rss = sprintf("%.0f", $NF / 1024) }
    END {
      megabytes = bytes / 1e6
      if (rss == "") rss = "n/a"
      printf "| %s | %s | %d | %.2f | %d | %.2f | %.0f | %.2f | %s | %s |\n", today, corpus, documents,
        megabytes, threads, wall, documents / wall, megabytes / wall, rss, pairs
    }' "$timing"
else
  echo "need python3 or jq to read $output" >&2
  exit 1
fi
