#!/usr/bin/env bash
# Measures `trustbricks serve`: JVM start to /ready answering 200 on a fresh and on an existing data directory,
# and the resident memory of the server plus its embedded PostgreSQL at idle.
# Usage: bench/serve/startup.sh [runs]   (default 3 runs each; prints a Markdown table row per measurement)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
./trustbricks --version >/dev/null            # builds if needed, creates the class-data archive
work=$(mktemp -d)
trap 'pkill -f "$work" 2>/dev/null || true; rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }
port_of() { grep -oE 'ready at http://127.0.0.1:[0-9]+' "$1" | grep -oE '[0-9]+$' || true; }

# Starts serve on $1 (data dir), waits for /ready 200, prints milliseconds; writes the pid to $work/pid.
start_and_time() {
  local dir=$1 log=$work/log.$RANDOM t0 port
  t0=$(now_ms)
  ./trustbricks serve --port 0 --data-dir "$dir" --no-demo-data >"$log" 2>&1 &
  pid=$!
  echo $pid > "$work/pid"
  while :; do
    port=$(port_of "$log")
    if [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/ready")" = 200 ]; then break; fi
    kill -0 $pid 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.02
  done
  echo $(( $(now_ms) - t0 ))
}

# Memory of the java process + every postgres process serving this data dir (postmaster and its children), as
# PSS: shared pages (PostgreSQL's shared buffers, mapped by every backend) are counted once, not once per process.
# The plain RSS sum, which counts them several times, is printed beside it.
rss_mb() {
  local dir=$1 pss=0 rss=0 p pm
  pm=$(pgrep -f -- "-D $dir/postgres" | head -n1 || true)
  for p in $pid $pm $( [ -n "$pm" ] && pgrep -P "$pm" || true); do
    [ -r /proc/$p/smaps_rollup ] || continue
    pss=$(( pss + $(awk '/^Pss:/ {print $2}' /proc/$p/smaps_rollup) ))
    rss=$(( rss + $(awk '/^Rss:/ {print $2}' /proc/$p/smaps_rollup) ))
  done
  echo "$(( pss / 1024 ))/$(( rss / 1024 ))"
}

stop() {  # SIGTERM, then wait until the server process is gone
  kill -TERM "$1"; while kill -0 "$1" 2>/dev/null; do sleep 0.05; done
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

fresh=() existing=() rss=()
for i in $(seq 1 "$runs"); do
  dir=$work/data$i
  fresh+=("$(start_and_time "$dir")"); stop "$(cat "$work/pid")"
  existing+=("$(start_and_time "$dir")"); pid=$(cat "$work/pid")
  sleep 5; rss+=("$(rss_mb "$dir")")
  stop $pid
done
f=$(printf '%s\n' "${fresh[@]}" | median); e=$(printf '%s\n' "${existing[@]}" | median)
r=$(printf '%s\n' "${rss[@]}" | cut -d/ -f1 | median); rsum=$(printf '%s\n' "${rss[@]}" | cut -d/ -f2 | median)
echo "| fresh data dir, start to /ready | ${f} ms (runs: ${fresh[*]}) | < 6000 ms | $(awk "BEGIN{printf \"%.2f\", $f/6000}") |"
echo "| existing data dir, start to /ready | ${e} ms (runs: ${existing[*]}) | < 2500 ms | $(awk "BEGIN{printf \"%.2f\", $e/2500}") |"
echo "| memory at idle, server + PostgreSQL (PSS; RSS sum beside) | ${r} MB (RSS sum ${rsum} MB; runs PSS/RSS: ${rss[*]}) | < 350 MB | $(awk "BEGIN{printf \"%.2f\", $r/350}") |"
