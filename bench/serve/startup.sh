#!/usr/bin/env bash
# Measures `trustbricks serve`: JVM start to /ready answering 200 on a fresh and on an existing data directory,
# and the memory of the server plus its embedded PostgreSQL at idle.
# Usage: bench/serve/startup.sh [runs]   (default 3 runs each; prints a Markdown table row per measurement, then the
# server's own start-up timeline of each existing-directory run: milliseconds since JVM start and the JVM's CPU time
# at the end of each step, which attributes the cost even when the machine is loaded)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
work=$(mktemp -d)
pid=""
cleanup() {  # stops only what this script started: the server, and PostgreSQL left by a server that died
  [ -f "$work/pid" ] && kill "$(cat "$work/pid")" 2>/dev/null || true
  for f in "$work"/data*/postgres/postmaster.pid; do [ -f "$f" ] && kill "$(head -n1 "$f")" 2>/dev/null || true; done
  sleep 1; rm -rf "$work"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
port_of() { grep -aoE 'ready at http://127.0.0.1:[0-9]+' "$1" 2>/dev/null | grep -oE '[0-9]+$' || true; }

# Starts serve on $1 (data dir) logging to $2, waits for /ready 200 (at most 120 s), prints milliseconds; the
# server's pid goes to $work/pid (this runs in a subshell), read into $pid by started().
start_and_time() {
  local dir=$1 log=$2 t0 port pid
  t0=$(now_ms)
  ./trustbricks serve --port 0 --data-dir "$dir" --no-demo-data >"$log" 2>&1 &
  pid=$!
  echo "$pid" > "$work/pid"
  while :; do
    port=$(port_of "$log")
    if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" = 200 ]; then break; fi
    kill -0 "$pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo "serve was not ready within 120 s" >&2; cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

# Memory of the java process + every postgres process serving this data dir (postmaster and its children), as
# PSS: shared pages (PostgreSQL's shared buffers, mapped by every backend) are counted once, not once per process.
# The plain RSS sum, which counts them several times, is printed beside it.
rss_mb() {
  local dir=$1 pss=0 rss=0 p pm
  pm=$(head -n1 "$dir/postgres/postmaster.pid" 2>/dev/null || true)
  for p in $pid $pm $( [ -n "$pm" ] && pgrep -P "$pm" || true); do
    [ -r /proc/$p/smaps_rollup ] || continue
    pss=$(( pss + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup) ))
    rss=$(( rss + $(awk '/^Rss:/ {print $2}' /proc/$p/smaps_rollup) ))
  done
  echo "$(( pss / 1024 ))/$(( rss / 1024 ))"
}

started() { pid=$(cat "$work/pid"); }

stop() {  # SIGTERM, then wait until the server process is gone
  kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done; pid=""
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(./trustbricks --version | tr '\n' ' ')"
# The first serve after a build records the start-up cache and writes it when it stops (on JDK 25, several seconds
# after SIGTERM); measured starts then all use it.
start_and_time "$work/data0" "$work/prime.log" >/dev/null; started; stop

fresh=() existing=() rss=() timelines=()
for i in $(seq 1 "$runs"); do
  dir=$work/data$i
  fresh+=("$(start_and_time "$dir" "$work/fresh$i.log")"); started; stop
  existing+=("$(start_and_time "$dir" "$work/existing$i.log")"); started
  timelines+=("$(grep -aoE 'start-up: .*' "$work/existing$i.log" || true)")
  sleep 5; rss+=("$(rss_mb "$dir")")
  stop
done
f=$(printf '%s\n' "${fresh[@]}" | median); e=$(printf '%s\n' "${existing[@]}" | median)
r=$(printf '%s\n' "${rss[@]}" | cut -d/ -f1 | median); rsum=$(printf '%s\n' "${rss[@]}" | cut -d/ -f2 | median)
echo "| fresh data dir, start to /ready | ${f} ms (runs: ${fresh[*]}) | < 6000 ms | $(awk "BEGIN{printf \"%.2f\", $f/6000}") |"
echo "| existing data dir, start to /ready | ${e} ms (runs: ${existing[*]}) | < 2500 ms | $(awk "BEGIN{printf \"%.2f\", $e/2500}") |"
echo "| memory at idle, server + PostgreSQL (PSS; RSS sum beside) | ${r} MB (RSS sum ${rsum} MB; runs PSS/RSS: ${rss[*]}) | < 350 MB | $(awk "BEGIN{printf \"%.2f\", $r/350}") |"
echo "existing-directory timelines (ms since JVM start, JVM CPU so far):"
printf '  %s\n' "${timelines[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
