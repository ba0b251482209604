#!/usr/bin/env bash
# Registry benchmarks on loopback: search p99 with 32 clients, certificate page throughput, propagation.
# Usage: bench/registry/run.sh [CERTIFICATES]   (default 100000). Needs wrk. Takes about two minutes.
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
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do grep -q "ready at" "$LOG" && break; sleep 1; done
grep -E "generated|propagation" "$LOG"
BASE="$(sed -n 's/^ready at //p' "$LOG")"
PAGE="$(sed -n 's/^certificate page: //p' "$LOG")"
echo "== warm-up"
wrk -t2 -c32 -d5s -s bench/registry/search.lua "$BASE" >/dev/null
wrk -t2 -c32 -d5s "$PAGE" >/dev/null
echo "== search: 32 clients, 10 s, varied queries (JSON API)"
wrk -t2 -c32 -d10s --latency -s bench/registry/search.lua "$BASE"
echo "== certificate page (HTML with QR code), 32 clients, 10 s"
wrk -t2 -c32 -d10s --latency "$PAGE"
echo "== reference: /health on the same server, 32 clients, 10 s"
wrk -t2 -c32 -d10s --latency "$BASE/health"
