#!/bin/sh
# HTTP benchmark of the attestation verifier: wrk on loopback against the real server (embedded PostgreSQL).
# Every request carries a different PSA token over its own fresh nonce, so every request is a full appraisal
# (signature, claims, nonce consumed with one DELETE ... RETURNING, lifecycle, reference values, certificate status)
# plus an EAR signed ES256. Tokens are prepared before the run (nonces from the verifier's nonce store, signed by 100
# simulated devices); the challenge endpoint is measured on its own, and GET /health gives the HTTP stack's ceiling
# in the same run. For the measured evidence run the script also prints where the CPU went (server process, its JIT
# compiler threads, PostgreSQL, wrk) per request, and the server's young-generation collections (count, total and longest
# pause, from -Xlog:gc). Usage: bench/attestation/evidence-http.sh [seconds] [connections]
# BENCH_JAVA_OPTS adds JVM flags to the server's (which are those of `trustbricks serve`).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
secs=${1:-5}
conns=${2:-32}
threads=2
count=${TOKENS_COUNT:-120000}
# Evidence warm-up: long enough for the JIT to finish with the appraisal path (with 3 s, C1/C2 still took 20-35 % of
# the server's CPU during the measured run); the warm-up uses its own half of the tokens, so nothing is replayed.
warmup=${EVIDENCE_WARMUP:-10}
work=$(mktemp -d)
trap 'kill "$fixture_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

./mvnw -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="web/target/test-classes:web/target/classes:registry/target/classes:attestation/target/classes:common/target/classes:sesip/target/classes:$(cat "$work/cp.txt")"

mkfifo "$work/stdin"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k -Xlog:gc:file="$work/gc.log":uptimenanos ${BENCH_JAVA_OPTS:-} -cp "$cp" \
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
datadir=$(sed -n 's/^DATA //p' "$work/fixture.log")
postmaster=$(head -1 "$datadir/postgres/postmaster.pid" 2>/dev/null || echo)

# CPU ticks (user+sys) of the server, of its JIT compiler threads, and of PostgreSQL (postmaster and its children).
ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
server_ticks() { ticks "$fixture_pid"; }
jit_ticks() {
  t=0
  for task in /proc/"$fixture_pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) t=$((t + $(awk '{print $14 + $15}' "$task/stat" 2>/dev/null || echo 0))) ;;
    esac
  done
  echo "$t"
}
pg_ticks() {
  t=0
  [ -n "$postmaster" ] || { echo 0; return; }
  for p in "$postmaster" $(pgrep -P "$postmaster"); do t=$((t + $(ticks "$p"))); done
  echo "$t"
}

echo "== load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1)"
half=$((count / 2))
echo "== warm-up: 3 s each of /health and challenges, $warmup s of evidence (tokens $half.. of the file)"
wrk -t$threads -c$conns -d3s "$url/health" >/dev/null
wrk -t$threads -c$conns -d3s -s bench/attestation/challenge.lua "$url/api/attestation/challenges" >/dev/null
TOKENS="$work/tokens.txt" THREADS=$threads FIRST=$half wrk -t$threads -c$conns -d"${warmup}s" -s bench/attestation/evidence.lua \
  "$url/api/attestation/evidence" | grep admitted
echo "== reference: GET /health"
wrk -t$threads -c$conns -d"${secs}s" --latency "$url/health"
echo "== POST /api/attestation/challenges"
wrk -t$threads -c$conns -d"${secs}s" --latency -s bench/attestation/challenge.lua "$url/api/attestation/challenges"
echo "== POST /api/attestation/evidence (tokens 0..$((half - 1)) of $count, each over its own nonce)"
gc_from=$(wc -l <"$work/gc.log")
s0=$(server_ticks); j0=$(jit_ticks); p0=$(pg_ticks)
# wrk runs in the background so that its own CPU time is read once its Lua init (decoding the token file) is done.
TOKENS="$work/tokens.txt" THREADS=$threads FIRST=0 LAST=$((half - 1)) stdbuf -oL wrk -t$threads -c$conns -d"${secs}s" --latency \
  -s bench/attestation/evidence.lua "$url/api/attestation/evidence" >"$work/evidence.txt" &
wrk_pid=$!
until grep -q '^Running' "$work/evidence.txt" 2>/dev/null; do sleep 0.05; done
# shellcheck disable=SC2086
wrk_now() { read -r l <"/proc/$wrk_pid/stat" 2>/dev/null || return 0; set -- $l; w1=$((${14} + ${15})); }
w1=0; wrk_now; w0=$w1
while kill -0 "$wrk_pid" 2>/dev/null; do wrk_now; sleep 0.1; done
wait "$wrk_pid" || true
cat "$work/evidence.txt"
s1=$(server_ticks); j1=$(jit_ticks); p1=$(pg_ticks)
n=$(sed -n 's/^admitted: \([0-9]*\), not admitted: \([0-9]*\)$/\1 \2/p' "$work/evidence.txt" | awk '{print $1 + $2}')
hz=$(getconf CLK_TCK)
echo "== where the CPU went during the evidence run (per request, from /proc, $hz ticks/s)"
awk -v n="$n" -v hz="$hz" -v s="$((s1 - s0))" -v j="$((j1 - j0))" -v p="$((p1 - p0))" 'BEGIN {
  printf "server process %.0f us (of which JIT compilers %.0f us), PostgreSQL %.0f us, over %d requests\n",
    s * 1e6 / hz / n, j * 1e6 / hz / n, p * 1e6 / hz / n, n }'
awk -v n="$n" -v hz="$hz" -v w="$((w1 - w0))" 'BEGIN { printf "wrk itself %.0f us (at least: its CPU is read every 0.1 s until it exits)\n", w * 1e6 / hz / n }'
tail -n +"$((gc_from + 1))" "$work/gc.log" | awk '/Pause Young/ { ms = $NF; sub(/ms$/, "", ms); c++; t += ms; if (ms > m) m = ms }
  END { printf "young collections during the run: %d, %.1f ms paused in total, longest %.2f ms\n", c, t, m }'
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
