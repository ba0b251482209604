#!/usr/bin/env bash
# MUD manager and profiler benchmarks (single core via taskset). Usage: bench/mud-manager/run.sh [PACKETS]
# Ends with a summary table of the three targets (wall-clock and thread-CPU, best and median of the warm runs),
# ready to paste into docs/benchmarks.md.
# Results are recorded in docs/benchmarks.md, section "MUD manager and profiler".
set -euo pipefail
cd "$(dirname "$0")/../.."
PACKETS="${1:-8000000}"
if [ "${SKIP_BUILD:-0}" != 1 ]; then   # SKIP_BUILD=1 re-uses the classes and classpath of the previous run
  ./mvnw -B -q -pl mud-manager -am install -DskipTests
  ./mvnw -B -q -pl mud-manager test-compile dependency:build-classpath -Dmdep.outputFile="$PWD/mud-manager/target/bench-cp.txt"
fi
CP="mud-manager/target/test-classes:mud-manager/target/classes:$(cat mud-manager/target/bench-cp.txt)"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
CORE="taskset -c 1"
command -v taskset >/dev/null || CORE=""
echo "== machine: $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load: $(cut -d' ' -f1-3 /proc/loadavg)"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
OUT="$WORK/out.txt"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "== synthetic capture: $PACKETS packets"
"$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.SyntheticCapture "$WORK/synthetic.pcap" "$PACKETS"
echo "== profiler throughput on the synthetic capture (heap capped at 256 MB)"
$CORE "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$CP" org.trustbricks.mudmanager.bench.ProfilerBench \
    02:00:00:00:00:01 5 "$WORK/synthetic.pcap" | tee -a "$OUT"
rm -f "$WORK/synthetic.pcap"

HUE=""
for d in ../shared ../../shared; do [ -d "$d/corpus/pcap/HueBridge" ] && HUE="$d/corpus/pcap/HueBridge" && break; done
if [ -n "$HUE" ]; then
  echo "== profiler on the 20 IoT Sentinel HueBridge captures (the input of the mudgee measurement), in process"
  $CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.ProfilerBench 00:17:88:24:76:ff 20 "$HUE" | grep -v '^SUMMARY' | tail -4
  echo "== same, whole process, one run (cold JVM)"
  /usr/bin/time -f "wall %e s, max RSS %M KB" $CORE "$JAVA" -XX:+UseSerialGC -cp "$CP" \
      org.trustbricks.mudmanager.bench.ProfilerBench 00:17:88:24:76:ff 1 "$HUE" | head -1
fi

echo "== policy engine, 1,000 devices"
$CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.PolicyEngineBench 1000 4 | tee -a "$OUT"
echo "== compiling 1,000 MUD files for a site (nftables)"
$CORE "$JAVA" -cp "$CP" org.trustbricks.mudmanager.bench.CompileBench 1000 6 | tee -a "$OUT"

# The three targets in one table: wall-clock and thread-CPU figures side by side (best and median of the warm runs).
echo
echo "== summary ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $("$JAVA" -version 2>&1 | head -1), load before: $LOAD_BEFORE, after: $(cut -d' ' -f1-3 /proc/loadavg))"
awk '
  function v(line, key,   i, n, kv) { n = split(line, kv, " "); for (i = 1; i <= n; i++) if (index(kv[i], key "=") == 1) return substr(kv[i], length(key) + 2); return "" }
  function ok(x, target, more) { return (more ? x + 0 >= target : x + 0 < target) ? "yes" : "NO" }
  /^SUMMARY profiler/ { p = $0 } /^SUMMARY policy/ { e = $0 } /^SUMMARY compile/ { c = $0 }
  END {
    printf "| target | required | wall best | wall median | CPU best | CPU median | met (wall median) | met (CPU median) |\n"
    printf "|---|---|---|---|---|---|---|---|\n"
    printf "| profiler, packets/s, one core | >= 3.00 M | %.2f M | %.2f M | %.2f M | %.2f M | %s | %s |\n", v(p,"wall_best")/1e6, v(p,"wall_median")/1e6, v(p,"cpu_best")/1e6, v(p,"cpu_median")/1e6, ok(v(p,"wall_median")/1e6, 3, 1), ok(v(p,"cpu_median")/1e6, 3, 1)
    printf "| policy engine, decisions/s, 1,000 devices, one core | >= 5.00 M | %.2f M | %.2f M | %.2f M | %.2f M | %s | %s |\n", v(e,"wall_best")/1e6, v(e,"wall_median")/1e6, v(e,"cpu_best")/1e6, v(e,"cpu_median")/1e6, ok(v(e,"wall_median")/1e6, 5, 1), ok(v(e,"cpu_median")/1e6, 5, 1)
    printf "| compile 1,000 MUD files (nftables), ms | < 1000 ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %s |\n", v(c,"wall_best"), v(c,"wall_median"), v(c,"cpu_best"), v(c,"cpu_median"), ok(v(c,"wall_median"), 1000, 0), ok(v(c,"cpu_median"), 1000, 0)
  }' "$OUT"
