#!/usr/bin/env bash
# Whole-process benchmark: `trustbricks mud validate` on COUNT MUD files, JVM start to exit, against yanglint.
#
#   bench/mud/validate-cli.sh [COUNT]
#
# Generates COUNT MUD files (default 10000, about one in six broken; the files of validate-batch.sh) and times, RUNS
# times each (default 5), one after the other:
#  * yanglint (libyang) in its fastest form: ONE interactive process that loads the modules once and is fed a
#    "data FILE" command per file;
#  * ./trustbricks mud validate FILE... (the launcher as a user runs it), after one run on ANOTHER set of COUNT files
#    so that the launcher's per-command start-up cache exists, as it does from a user's second run on;
# checks that every run gives yanglint's verdict for every file (the schema verdict: "does not conform to the YANG
# modules"), and prints each run's wall and CPU (user+sys) times, the medians and the ratios of the medians.
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
RUNS=${RUNS:-5}
. .mvn/find-jdk.sh
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./mvnw -B -q -pl cli -am install -DskipTests
. bench/mud/files.sh
mud_bench_files "$WORK" "$COUNT" train

# Seconds of wall and CPU from a /usr/bin/time file.
wall() { sed -n 's/.*wall_s=\([0-9.]*\).*/\1/p' "$1"; }
cpu() { sed -n 's/.*user_s=\([0-9.]*\) sys_s=\([0-9.]*\).*/\1 \2/p' "$1" | awk '{print $1 + $2}'; }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# The schema verdict of every file in a trustbricks text report.
verdicts() {
  grep -E ': (valid|INVALID) \(' "$1" \
    | sed -E 's#^.*/([^/]*): (valid|INVALID) \((.*)\)$#\1\t\3#' \
    | awk -F'\t' '{ print $1 "\t" ($2 ~ /does not conform/ ? "invalid" : "valid") }'
}

./trustbricks mud validate "$WORK"/train/*.json > /dev/null 2>&1 || true
echo "== $RUNS runs each on $COUNT files: yanglint $(yanglint --version | head -1) (one interactive process), then ./trustbricks mud validate"
: > "$WORK/yanglint.runs"; : > "$WORK/trustbricks.runs"
for run in $(seq 1 "$RUNS"); do
  /usr/bin/time -f "wall_s=%e user_s=%U sys_s=%S" -o "$WORK/yanglint.time" yanglint < "$WORK/commands.txt" > "$WORK/yanglint.out" 2> "$WORK/yanglint.err" || true
  /usr/bin/time -f "wall_s=%e user_s=%U sys_s=%S" -o "$WORK/run.time" ./trustbricks mud validate "$WORK"/files/*.json > "$WORK/run.out" 2> "$WORK/run.err" || true
  echo "$(wall "$WORK/yanglint.time") $(cpu "$WORK/yanglint.time")" >> "$WORK/yanglint.runs"
  echo "$(wall "$WORK/run.time") $(cpu "$WORK/run.time")" >> "$WORK/trustbricks.runs"
  echo "run $run: yanglint $(cat "$WORK/yanglint.time"); trustbricks $(grep -v 'exited with' "$WORK/run.time")"
  grep -o 'Failed to parse input data file "[^"]*"' "$WORK/yanglint.out" "$WORK/yanglint.err" | sed 's/.*"\(.*\)"/\1/' \
    | xargs -r -n1 basename | sort -u > "$WORK/yanglint-invalid.txt"
  for f in "$WORK"/files/*.json; do basename "$f"; done \
    | awk -v badfile="$WORK/yanglint-invalid.txt" 'BEGIN { while ((getline n < badfile) > 0) bad[n] = 1 }
        { print $0 "\t" ($0 in bad ? "invalid" : "valid") }' > "$WORK/yanglint-verdicts.tsv"
  verdicts "$WORK/run.out" > "$WORK/run-verdicts.tsv"
  if ! diff -q "$WORK/yanglint-verdicts.tsv" "$WORK/run-verdicts.tsv" >/dev/null; then
    echo "verdicts: DIFFERENT from yanglint"; diff "$WORK/yanglint-verdicts.tsv" "$WORK/run-verdicts.tsv" | head -20; exit 1
  fi
done
yw=$(cut -d' ' -f1 "$WORK/yanglint.runs" | median); yc=$(cut -d' ' -f2 "$WORK/yanglint.runs" | median)
jw=$(cut -d' ' -f1 "$WORK/trustbricks.runs" | median); jc=$(cut -d' ' -f2 "$WORK/trustbricks.runs" | median)
awk -v n="$COUNT" -v yw="$yw" -v yc="$yc" -v jw="$jw" -v jc="$jc" 'BEGIN {
  printf "medians: yanglint %.2f s wall, %.2f s CPU; trustbricks %.2f s wall, %.2f s CPU\n", yw, yc, jw, jc;
  printf "files/s: %.0f by wall, %.0f by CPU (yanglint %.0f, %.0f)\n", n / jw, n / jc, n / yw, n / yc;
  printf "ratio to yanglint: %.2fx by wall time, %.2fx by CPU time (target 2x)\n", yw / jw, yc / jc }'
echo "verdicts: identical to yanglint on $(wc -l < "$WORK/run-verdicts.tsv") files ($(grep -c invalid "$WORK/run-verdicts.tsv") invalid) in every run"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores, $("$JAVA" -version 2>&1 | head -1))"
