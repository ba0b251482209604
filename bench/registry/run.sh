#!/usr/bin/env bash
# Registry benchmarks on loopback: search p99 with 32 clients, certificate page throughput, propagation.
# Usage: bench/registry/run.sh [CERTIFICATES]   (default 100000). Needs wrk. Takes about three minutes.
# Besides wrk's figures it prints the CPU time the server (JVM + PostgreSQL) spent per request in each run, which
# stays meaningful on a shared machine, and the same for /health as the reference.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT="${1:-100000}"
# Compile and resolve the classpath in one reactor build, so the modules come from this tree.
./mvnw -B -q -o -pl web -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile="$PWD/web/target/bench-classpath.txt" -Dmdep.includeScope=test
CP="web/target/test-classes:web/target/classes:$(cat web/target/bench-classpath.txt)"
JAVA="$(./mvnw -v | sed -n 's/.*runtime: //p')/bin/java"
LOG="$(mktemp)"
"$JAVA" -Xmx1g -cp "$CP" org.trustbricks.web.registry.bench.RegistryBenchServer "$COUNT" >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 900); do grep -q "ready at" "$LOG" && break; kill -0 $PID 2>/dev/null || { cat "$LOG"; exit 1; }; sleep 1; done
grep -E "generated|propagation|search index" "$LOG"
BASE="$(sed -n 's/^ready at //p' "$LOG")"
PAGE="$(sed -n 's/^certificate page: //p' "$LOG")"
BACKEND="$(sed -n 's/^postgres backend: //p' "$LOG")"
POSTMASTER="$(awk '/^PPid:/ {print $2}' "/proc/$BACKEND/status")"
TICK="$(getconf CLK_TCK)"

# CPU ticks (user + system) of a process and all its descendants.
ticks() {
  local total=0 p
  for p in $(pstree -pT "$1" 2>/dev/null | grep -o '([0-9]\+)' | tr -d '()' || echo "$1"); do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
server_ticks() { echo $(( $(ticks "$PID") + $(ticks "$POSTMASTER") )); }

# wrk with the given arguments, then the server's CPU milliseconds per request during the run.
measure() {
  local before after out requests
  before="$(server_ticks)"
  out="$(wrk "$@")"
  after="$(server_ticks)"
  echo "$out"
  requests="$(echo "$out" | awk '/requests in/ {print $1}')"
  awk -v t="$((after - before))" -v hz="$TICK" -v n="$requests" \
    'BEGIN { printf "server CPU (JVM + PostgreSQL): %.0f ms for %d requests = %.3f ms per request\n", t * 1000 / hz, n, t * 1000 / hz / n }'
}

echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg), nproc $(nproc)"
echo "== warm-up"
# search gets 10 s: until the JIT has compiled the index walk, each search costs several times its steady CPU
wrk -t2 -c32 -d10s -s bench/registry/search.lua "$BASE" >/dev/null
wrk -t2 -c32 -d5s "$PAGE" >/dev/null
wrk -t2 -c32 -d3s "$BASE/health" >/dev/null
echo "== search: 32 clients, 10 s, varied queries (JSON API)"
measure -t2 -c32 -d10s --latency -s bench/registry/search.lua "$BASE"
echo "== certificate page (HTML with QR code), 32 clients, 10 s"
measure -t2 -c32 -d10s --latency "$PAGE"
echo "== reference: /health on the same server, 32 clients, 10 s"
measure -t2 -c32 -d10s --latency "$BASE/health"
echo "== load average: $(cut -d' ' -f1-3 /proc/loadavg)"
