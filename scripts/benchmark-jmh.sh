#!/usr/bin/env bash
# Builds reprint-bench and runs the JMH kernels (FingerprintBenchmark) with short settings, then prints
# their MB/s and articles/s as a Markdown table.
#
# Usage: scripts/benchmark-jmh.sh [JMH options]
#   e.g. scripts/benchmark-jmh.sh                      # all kernels, -f 1 -wi 2 -i 3 -w 2s -r 2s
#        scripts/benchmark-jmh.sh 'minHash.*'          # one kernel (a JMH include pattern)
#        scripts/benchmark-jmh.sh -p targetBytes=200000
#        JMH_SETTINGS="-f 1 -wi 5 -i 10" scripts/benchmark-jmh.sh   # other settings (JMH rejects repeats)
# Environment: MVN_FLAGS (default "-q -B -o"; use "-q -B" on the first build to download JMH),
#   SKIP_BUILD=1 to reuse an existing jar, JAVA (default java),
#   JAVA_OPTS e.g. -Dreprint.bench.news=/path/to/bbc_news (the kernels' forks inherit it).
# Maven runs under flock /tmp/reprint-mvn.lock and the benchmark under flock /tmp/reprint-bench.lock, so
# that builds and benchmarks on shared cores run one at a time.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
jar="reprint-bench/target/reprint-bench.jar"
java_command="${JAVA:-java}"

locked() { # locked LOCKFILE COMMAND...: runs COMMAND holding LOCKFILE when flock exists
  local lock="$1"; shift
  if command -v flock >/dev/null 2>&1; then flock "$lock" "$@"; else "$@"; fi
}

if [[ "${SKIP_BUILD:-0}" != 1 || ! -f "$jar" ]]; then
  # shellcheck disable=SC2086 # MVN_FLAGS is a list of flags
  locked /tmp/reprint-mvn.lock mvn ${MVN_FLAGS:--q -B -o} -pl reprint-core,reprint-bench -am install -DskipTests
fi

# shellcheck disable=SC2086 # JAVA_OPTS and JMH_SETTINGS are lists of options
locked /tmp/reprint-bench.lock "$java_command" ${JAVA_OPTS:-} -cp "$jar" \
  org.reprint.bench.FingerprintBenchmarkRunner ${JMH_SETTINGS:--f 1 -wi 2 -i 3 -w 2s -r 2s} "$@"
