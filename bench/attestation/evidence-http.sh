#!/bin/sh
# HTTP benchmark of the attestation verifier: wrk on loopback against the real server (embedded PostgreSQL).
# Every request carries a different PSA token over its own fresh nonce, so every request is a full appraisal
# (signature, claims, nonce consumed with one DELETE ... RETURNING, lifecycle, reference values, certificate status)
# plus an EAR signed ES256. Tokens are prepared before the run (nonces from the verifier's nonce store, signed by 100
# simulated devices); the challenge endpoint is measured on its own, and GET /health gives the HTTP stack's ceiling
# in the same run. Usage: bench/attestation/evidence-http.sh [seconds] [connections]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
secs=${1:-5}
conns=${2:-32}
threads=2
count=${TOKENS_COUNT:-90000}
work=$(mktemp -d)
trap 'kill "$fixture_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="web/target/test-classes:web/target/classes:registry/target/classes:attestation/target/classes:common/target/classes:sesip/target/classes:$(cat "$work/cp.txt")"

mkfifo "$work/stdin"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k ${BENCH_JAVA_OPTS:-} -cp "$cp" \
  org.trustbricks.web.attestation.bench.EvidenceLoadFixture "$work/tokens.txt" "$count" <"$work/stdin" >"$work/fixture.log" 2>&1 &
fixture_pid=$!
exec 3>"$work/stdin"
for _ in $(seq 1 300); do
  grep -q '^READY' "$work/fixture.log" 2>/dev/null && break
  sleep 1
done
port=$(sed -n 's/^READY \([0-9]*\)$/\1/p' "$work/fixture.log")
[ -n "$port" ] || { echo "fixture did not start:"; tail -20 "$work/fixture.log"; exit 1; }
url="http://127.0.0.1:$port"

echo "== load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1)"
half=$((count / 2))
echo "== warm-up: 3 s each of /health, challenges and evidence (evidence with tokens $half.. of the file)"
wrk -t$threads -c$conns -d3s "$url/health" >/dev/null
wrk -t$threads -c$conns -d3s -s bench/attestation/challenge.lua "$url/api/attestation/challenges" >/dev/null
TOKENS="$work/tokens.txt" THREADS=$threads FIRST=$half wrk -t$threads -c$conns -d3s -s bench/attestation/evidence.lua \
  "$url/api/attestation/evidence" | grep admitted
echo "== reference: GET /health"
wrk -t$threads -c$conns -d"${secs}s" --latency "$url/health"
echo "== POST /api/attestation/challenges"
wrk -t$threads -c$conns -d"${secs}s" --latency -s bench/attestation/challenge.lua "$url/api/attestation/challenges"
echo "== POST /api/attestation/evidence (tokens 0..$((half - 1)) of $count, each over its own nonce)"
TOKENS="$work/tokens.txt" THREADS=$threads FIRST=0 LAST=$((half - 1)) wrk -t$threads -c$conns -d"${secs}s" --latency -s bench/attestation/evidence.lua \
  "$url/api/attestation/evidence"
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
