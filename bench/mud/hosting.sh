#!/usr/bin/env bash
# Requests per second for a hosted MUD file: TrustBricks (GET /mud/acme/t1.json, served from memory) against nginx
# serving the same bytes as a static file, in the same run, both on 127.0.0.1, measured with wrk.
# Usage: bench/mud/hosting.sh [seconds per measurement (default 5)] [connections (default 32)] [rounds (default 3)]
# The two servers are measured alternately, round after round; medians and bests are reported, because the build
# machine is shared and a single round can be disturbed by other work.
set -euo pipefail
cd "$(dirname "$0")/../.."
secs=${1:-5}
conns=${2:-32}
rounds=${3:-3}
command -v wrk >/dev/null || { echo "wrk is not installed" >&2; exit 1; }
command -v nginx >/dev/null || { echo "nginx is not installed" >&2; exit 1; }
. .mvn/find-jdk.sh
work=$(mktemp -d)
server_pid='' nginx_pid=''
cleanup() {
  touch "$work/stop"
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && { for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done; kill "$server_pid" 2>/dev/null || true; }
  rm -rf "$work"
}
trap cleanup EXIT

./mvnw -B -q -o -pl web -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="web/target/test-classes:web/target/classes:$(cat "$work/cp.txt")"
"$JAVA_HOME/bin/java" -XX:+UseSerialGC -Xss512k -Dlogback.configurationFile=bench/mud/logback.xml -cp "$cp" org.trustbricks.web.mud.bench.HostingBenchServer "$work" \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do [ -f "$work/port" ] && break; kill -0 $server_pid 2>/dev/null || { tail -20 "$work/server.log" >&2; exit 1; }; sleep 0.2; done
tb_port=$(cat "$work/port")

nginx_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$work/tmp"
chmod -R a+rX "$work"   # nginx workers run as an unprivileged user when started by root
sed -e "s#__ROOT__#$work#g" -e "s#__PORT__#$nginx_port#g" bench/mud/nginx.conf >"$work/nginx.conf"
nginx -c "$work/nginx.conf" -p "$work" &
nginx_pid=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/mud/acme/t1.json" && break; sleep 0.1; done

tb_url="http://127.0.0.1:$tb_port/mud/acme/t1.json"
ng_url="http://127.0.0.1:$nginx_port/mud/acme/t1.json"
cmp <(curl -s "$tb_url") <(curl -s "$ng_url") || { echo "the two servers do not serve the same bytes" >&2; curl -si "$ng_url" | head -5 >&2; tail -5 "$work/nginx-error.log" >&2; exit 1; }
rate() { wrk -t2 -c"$conns" -d"$1"s "$2" | awk '/Requests\/sec/ {print $2}'; }
rate 5 "$tb_url" >/dev/null      # JIT warm-up
rate 5 "$tb_url" >/dev/null
rate 2 "$ng_url" >/dev/null
tb=() ng=()
for _ in $(seq 1 "$rounds"); do
  tb+=("$(rate "$secs" "$tb_url")")
  ng+=("$(rate "$secs" "$ng_url")")
done
best() { printf '%s\n' "$@" | sort -n | tail -1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tm=$(median "${tb[@]}"); nm=$(median "${ng[@]}"); tbst=$(best "${tb[@]}"); nbst=$(best "${ng[@]}")
bytes=$(curl -s "$tb_url" | wc -c)
echo "file: $bytes bytes; wrk -t2 -c$conns -d${secs}s, $rounds alternating rounds each"
echo "TrustBricks rounds: ${tb[*]} req/s; nginx rounds: ${ng[*]} req/s"
echo "| hosted MUD file, median of rounds ($bytes B) | $tm req/s | nginx static, same run: $nm req/s | $(awk "BEGIN{printf \"%.2f\", $tm/$nm}") |"
echo "| hosted MUD file, best round ($bytes B) | $tbst req/s | nginx static, same run: $nbst req/s | $(awk "BEGIN{printf \"%.2f\", $tbst/$nbst}") |"
