#!/usr/bin/env bash
# A real Spark standalone cluster on this machine, from the Maven jars: a master and two workers on
# 127.0.0.1, the shaded job submitted through SparkSubmit, its output checked against the embedded scan,
# and everything it started stopped, whatever happens.
#
#   reprint-spark/cluster/standalone.sh [INPUT]     (default: examples/armenia-2020)
#
# Needs reprint-spark/target/reprint-spark.jar (mvn -B package). Writes under reprint-spark/target/cluster/.
set -euo pipefail
cd "$(dirname "$0")/../.."
INPUT="$(cd "$(dirname "${1:-examples/armenia-2020}")" && pwd)/$(basename "${1:-examples/armenia-2020}")"
WORK="$PWD/reprint-spark/target/cluster"
JAR="$PWD/reprint-spark/target/reprint-spark.jar"
[ -f "$JAR" ] || { echo "standalone: $JAR is missing; run 'mvn -B package' first" >&2; exit 2; }
rm -rf "$WORK" && mkdir -p "$WORK"

# Spark's jars from the local Maven repository, as a SPARK_HOME the workers launch executors from.
mvn -B -q -o -pl reprint-spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$WORK/classpath.txt" > "$WORK/classpath.log" 2>&1 \
  || mvn -B -q -pl reprint-spark dependency:build-classpath -Dmdep.includeScope=provided \
    -Dmdep.outputFile="$WORK/classpath.txt" >> "$WORK/classpath.log" 2>&1
CLASSPATH_JARS="$(cat "$WORK/classpath.txt")"
mkdir -p "$WORK/spark-home/jars"
IFS=: read -r -a JARS <<< "$CLASSPATH_JARS"
for jar in "${JARS[@]}"; do ln -sf "$jar" "$WORK/spark-home/jars/"; done
export SPARK_HOME="$WORK/spark-home"
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_SCALA_VERSION=2.13
export SPARK_LOG_DIR="$WORK/logs"
OPENS="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED \
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false \
-Dio.netty.tryReflectionSetAccessible=true"

free_port() { java -cp "$WORK" FreePort 2>/dev/null || echo $((20000 + RANDOM % 20000)); }
cat > "$WORK/FreePort.java" <<'JAVA'
public class FreePort { public static void main(String[] a) throws Exception {
  try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) { System.out.println(s.getLocalPort()); } } }
JAVA
javac -d "$WORK" "$WORK/FreePort.java"
MASTER_PORT=$(free_port); MASTER_UI=$(free_port); W1_UI=$(free_port); W2_UI=$(free_port)

PIDS=()
cleanup() { for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT INT TERM

java $OPENS -Xmx512m -cp "$CLASSPATH_JARS" org.apache.spark.deploy.master.Master \
    --host 127.0.0.1 --port "$MASTER_PORT" --webui-port "$MASTER_UI" > "$WORK/master.log" 2>&1 &
PIDS+=($!)
for worker in 1 2; do
  ui=$W1_UI; [ "$worker" = 2 ] && ui=$W2_UI
  mkdir -p "$WORK/worker$worker"
  java $OPENS -Xmx512m -cp "$CLASSPATH_JARS" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --cores 1 --memory 1g --webui-port "$ui" --work-dir "$WORK/worker$worker" \
      "spark://127.0.0.1:$MASTER_PORT" > "$WORK/worker$worker.log" 2>&1 &
  PIDS+=($!)
done
for attempt in $(seq 1 60); do
  registered=$(grep -c "Registering worker" "$WORK/master.log" 2>/dev/null || true)
  [ "$registered" -ge 2 ] && break
  sleep 1
done
[ "${registered:-0}" -ge 2 ] || { echo "standalone: the workers did not register; see $WORK" >&2; tail -20 "$WORK/master.log" >&2; exit 1; }
echo "standalone: master spark://127.0.0.1:$MASTER_PORT with 2 workers"

java $OPENS -Xmx1g -cp "$CLASSPATH_JARS" org.apache.spark.deploy.SparkSubmit \
    --master "spark://127.0.0.1:$MASTER_PORT" --class org.reprint.spark.SparkScanJob \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
    --conf spark.executor.memory=768m --conf spark.cores.max=2 \
    --conf "spark.executor.extraJavaOptions=$OPENS" \
    "$JAR" scan --input "$INPUT" --output "$WORK/output" > "$WORK/submit.log" 2>&1 \
  || { echo "standalone: the job failed; the end of its log:" >&2; tail -30 "$WORK/submit.log" >&2; exit 1; }
grep "reprint-spark:" "$WORK/submit.log" || true
grep -q "app-" "$WORK/master.log" && echo "standalone: the job ran as an application of the master"
java -cp "$CLASSPATH_JARS:$JAR" org.reprint.spark.EmbeddedComparison "$WORK/output" "$INPUT"
