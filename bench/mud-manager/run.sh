#!/usr/bin/env bash
# MUD manager and profiler benchmarks (single core via taskset). Usage: bench/mud-manager/run.sh [PACKETS]
# Results are recorded in docs/benchmarks.md, section "MUD manager and profiler".
set -euo pipefail
cd "$(dirname "$0")/../.."
PACKETS="${1:-8000000}"
./mvnw -B -q -pl mud-manager -am install -DskipTests
./mvnw -B -q -pl mud-manager test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/mud-manager/target/bench-cp.txt"
CP="mud-manager/target/test-classes:mud-manager/target/classes:$(cat mud-manager/target/bench-cp.txt)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
CORE="taskset -c 1"
command -v taskset >/dev/null || CORE=""
echo "== machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load: $(cut -d' ' -f1-3 /proc/loadavg)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
echo "== synthetic capture: $PACKETS packets"
"$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.SyntheticCapture "$WORK/synthetic.pcap" "$PACKETS"
echo "== profiler throughput on the synthetic capture (heap capped at 256 MB)"
$CORE "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$CP" org.trustbricks.mudmanager.bench.ProfilerBench \
    02:00:00:00:00:01 5 "$WORK/synthetic.pcap"
rm -f "$WORK/synthetic.pcap"

HUE=""
for d in ../shared ../../shared; do [ -d "$d/corpus/pcap/HueBridge" ] && HUE="$d/corpus/pcap/HueBridge" && break; done
if [ -n "$HUE" ]; then
  echo "== profiler on the 20 IoT Sentinel HueBridge captures (the input of the mudgee measurement), in process"
  $CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.ProfilerBench 00:17:88:24:76:ff 20 "$HUE" | tail -4
  echo "== same, whole process, one run (cold JVM)"
  /usr/bin/time -f "wall %e s, max RSS %M KB" $CORE "$JAVA" -XX:+UseSerialGC -cp "$CP" \
      org.trustbricks.mudmanager.bench.ProfilerBench 00:17:88:24:76:ff 1 "$HUE" | head -1
fi

echo "== policy engine, 1,000 devices"
$CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.PolicyEngineBench 1000 4
echo "== compiling 1,000 MUD files for a site (nftables)"
$CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.CompileBench 1000 6
