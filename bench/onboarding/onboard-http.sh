#!/bin/sh
# HTTP benchmark of onboarding decisions: wrk on loopback against the real server (embedded PostgreSQL, demo data).
# The fixture publishes signed MUD files on the platform itself, endorses one attestation key per simulated device on
# a certified demo platform, takes one fresh nonce per device from the verifier's nonce store and has each device sign
# its PSA token. wrk then POSTs every device's onboarding request exactly once (first a warm-up set of other devices)
# and counts the responses whose decision is ADMITTED. CPU time of the server JVM, of PostgreSQL and of wrk over the
# measured run is read from /proc, so the cost per decision can be judged on a loaded machine too.
# wrk runs for a fixed time (RUN_SECONDS, default 60; WARMUP_SECONDS, default 40): the rate is taken from the first
# request to the last answer, so raise RUN_SECONDS when the machine is so loaded that not every device is answered.
# Usage: bench/onboarding/onboard-http.sh [devices] [connections] [warm-up devices] [MUD files]
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. "$root/.mvn/find-jdk.sh"
count=${1:-10000}
conns=${2:-16}
warmup=${3:-20000}
mudfiles=${4:-20}
threads=2
work=$(mktemp -d)
fixture_pid=
# At exit the fixture's stdin is closed, so that it stops the server and its PostgreSQL itself; killed only if it hangs.
stop_fixture() {
  [ -n "$fixture_pid" ] || return 0
  exec 3>&- 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$fixture_pid" 2>/dev/null || break; sleep 0.5; done
  kill "$fixture_pid" 2>/dev/null || true
  wait "$fixture_pid" 2>/dev/null || true
}
trap 'stop_fixture; rm -rf "$work"' EXIT

./mvnw -B -q -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="web/target/test-classes:web/target/classes"
for m in registry attestation common sesip mud mud-manager onboarding; do cp="$cp:$m/target/classes"; done
cp="$cp:$(cat "$work/cp.txt")"

mkfifo "$work/stdin"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k ${BENCH_JAVA_OPTS:-} -cp "$cp" \
  org.trustbricks.web.onboarding.bench.OnboardingLoadFixture "$work" "$count" "$warmup" "$mudfiles" <"$work/stdin" >"$work/fixture.log" 2>&1 &
fixture_pid=$!
exec 3>"$work/stdin"
for _ in $(seq 1 600); do
  grep -q '^READY' "$work/fixture.log" 2>/dev/null && break
  kill -0 "$fixture_pid" 2>/dev/null || break
  sleep 1
done
port=$(sed -n 's/^READY \([0-9]*\)$/\1/p' "$work/fixture.log")
[ -n "$port" ] || { echo "fixture did not start:"; tail -30 "$work/fixture.log"; exit 1; }
pgdata=$(sed -n 's/^PGDATA //p' "$work/fixture.log")
postmaster=$(head -1 "$pgdata/postmaster.pid")
url="http://127.0.0.1:$port"

# CPU ticks of a process (utime + stime; with "children", also its waited-for children's).
ticks() { awk '{ sub(/^.*\) /, ""); t = $12 + $13; if (c) t += $14 + $15; print t }' c="${2:-}" "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
  t=$(ticks "$postmaster" children)
  for p in $(ps -o pid= --ppid "$postmaster"); do t=$((t + $(ticks "$p"))); done
  echo "$t"
}
# CPU ticks of the server JVM's JIT compiler threads (C1 and C2): compilation still under way is start-up cost, not
# the steady cost of a decision, so the warm-up (20,000 other devices by default) is sized to finish most of it.
jit_ticks() {
  t=0
  for task in /proc/"$fixture_pid"/task/*; do
    case "$(cat "$task/comm" 2>/dev/null)" in
      C1\ CompilerThre*|C2\ CompilerThre*) t=$((t + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "$task/stat" 2>/dev/null || echo 0))) ;;
    esac
  done
  echo "$t"
}
hz=$(getconf CLK_TCK)

echo "== load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== machine: $(nproc) cores, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(wrk --version 2>&1 | head -1)"
echo "== warm-up: $warmup other devices, then 2 s of GET /health"
BODIES="$work/warmup.txt" THREADS=$threads wrk -t$threads -c"$conns" -d"${WARMUP_SECONDS:-40}s" --timeout 60s \
  -s bench/onboarding/onboard.lua "$url/api/onboarding/devices" | grep -E "decisions|unexpected|errors|thread"
wrk -t$threads -c"$conns" -d2s "$url/health" >/dev/null
echo "== measured: POST /api/onboarding/devices, $count devices, each once, $conns connections"
s0=$(ticks "$fixture_pid"); p0=$(pg_ticks); j0=$(jit_ticks)
BODIES="$work/measured.txt" THREADS=$threads /usr/bin/time -f "wrk CPU %U s user %S s system" -o "$work/wrk.time" \
  wrk -t$threads -c"$conns" -d"${RUN_SECONDS:-60}s" --timeout 60s --latency -s bench/onboarding/onboard.lua "$url/api/onboarding/devices" | tee "$work/wrk.out"
s1=$(ticks "$fixture_pid"); p1=$(pg_ticks); j1=$(jit_ticks)
cat "$work/wrk.time"
admitted=$(sed -n 's/^onboarding decisions: \([0-9]*\) admitted.*/\1/p' "$work/wrk.out")
wrk_cpu=$(awk '{ print $3 + $6 }' "$work/wrk.time")
awk -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v j=$((j1 - j0)) -v w="$wrk_cpu" -v hz="$hz" -v n="$admitted" 'BEGIN {
  server = s / hz; pg = p / hz; jit = j / hz; total = server + pg + w;
  printf "== CPU over the measured run: server JVM %.2f s (of which JIT compilers %.2f s), PostgreSQL %.2f s, wrk %.2f s, total %.2f s\n", server, jit, pg, w, total;
  if (n > 0) printf "== CPU per admitted decision: %.3f ms (server %.3f, PostgreSQL %.3f, wrk %.3f); two cores give at most %.0f decisions/s\n",
    1000 * total / n, 1000 * server / n, 1000 * pg / n, 1000 * w / n, 2 * n / total }'
echo "== load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
