#!/usr/bin/env bash
# Batch validation benchmark: the TrustBricks MUD validator against yanglint on the same files.
#
#   bench/mud/validate-batch.sh [COUNT] [THREADS] [WARMUP_PASSES]
#
# Generates COUNT MUD files (default 10000, about one in six broken), validates them with
#  * yanglint (libyang) in its fastest form: ONE interactive process that loads the modules once and is fed a
#    "data FILE" command per file (the plain command line stops at the first invalid file);
#  * the Java validator (schema verdict, THREADS threads, default nproc) after WARMUP_PASSES passes over ANOTHER set of
#    COUNT files (seed 7; default 3 passes: the JIT compiler is still busy during the first two), with the serial
#    collector as the trustbricks launcher runs it; the first warm-up pass (a cold JVM, JIT compilation included) is
#    reported too;
# checks that both give the same verdict for every file, and prints wall and CPU times and their ratios
# (files per CPU second is the steadier figure on a shared machine).
# Both tools use the same YANG modules: the product's (mdsal jars plus the vendored extension modules).
set -euo pipefail
cd "$(dirname "$0")/../.."
COUNT=${1:-10000}
THREADS=${2:-$(nproc)}
WARMUP=${3:-3}
. .mvn/find-jdk.sh
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./mvnw -B -q -pl mud -am install -DskipTests
. bench/mud/files.sh
mud_bench_files "$WORK" "$COUNT" warmup
MAIN=org.trustbricks.mud.bench.BatchValidationBench

echo "== yanglint $(yanglint --version | head -1), one interactive process"
/usr/bin/time -f "yanglint wall_s=%e user_s=%U sys_s=%S" yanglint < "$WORK/commands.txt" > "$WORK/yanglint.out" 2> "$WORK/yanglint.time" || true
grep -v '^YANGLINT\[\|^libyang' "$WORK/yanglint.time" || true
grep -o 'Failed to parse input data file "[^"]*"' "$WORK/yanglint.out" "$WORK/yanglint.time" | sed 's/.*"\(.*\)"/\1/' \
  | xargs -r -n1 basename | sort -u > "$WORK/yanglint-invalid.txt"
for f in "$WORK"/files/*.json; do basename "$f"; done \
  | awk -v badfile="$WORK/yanglint-invalid.txt" 'BEGIN { while ((getline n < badfile) > 0) bad[n] = 1 }
      { print $0 "\t" ($0 in bad ? "invalid" : "valid") }' \
  > "$WORK/yanglint-verdicts.tsv"

echo "== TrustBricks MUD validator ($("$JAVA" -version 2>&1 | head -1)), $THREADS threads"
/usr/bin/time -f "java process wall_s=%e user_s=%U sys_s=%S" "$JAVA" -XX:+UseSerialGC -Xss512k -cp "$CP" $MAIN validate \
  "$WORK/files" "$THREADS" "$WORK/java-verdicts.tsv" "$WARMUP" "$WORK/warmup" 2>&1 | grep -v SLF4J | tee "$WORK/java.out"

Y_WALL=$(sed -n 's/.*yanglint wall_s=\([0-9.]*\).*/\1/p' "$WORK/yanglint.time")
Y_CPU=$(sed -n 's/.*user_s=\([0-9.]*\) sys_s=\([0-9.]*\).*/\1 \2/p' "$WORK/yanglint.time" | awk '{print $1 + $2}')
J_WALL=$(sed -n 's/.*batch_wall_ms=\([0-9]*\).*/\1/p' "$WORK/java.out")
J_CPU=$(sed -n 's/.*batch_cpu_ms=\([0-9]*\).*/\1/p' "$WORK/java.out")
J_COLD=$(sed -n 's/^warmup_pass=1 .*cpu_ms=\([0-9]*\).*/\1/p' "$WORK/java.out")
awk -v n="$COUNT" -v yw="$Y_WALL" -v yc="$Y_CPU" -v jw="$J_WALL" -v jc="$J_CPU" -v cold="$J_COLD" 'BEGIN {
  if (cold != "") printf "java, first warm-up pass (cold JVM): %.0f files/CPU-s, %.2fx yanglint by CPU time\n", n / (cold / 1000), (n / (cold / 1000)) / (n / yc);
  printf "yanglint: %.0f files/wall-s, %.0f files/CPU-s\n", n / yw, n / yc;
  printf "java:     %.0f files/wall-s, %.0f files/CPU-s\n", n / (jw / 1000), n / (jc / 1000);
  printf "ratio java/yanglint: %.2fx by wall time, %.2fx by CPU time (target 2x)\n", (n / (jw / 1000)) / (n / yw), (n / (jc / 1000)) / (n / yc);
}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if diff -q "$WORK/yanglint-verdicts.tsv" "$WORK/java-verdicts.tsv" >/dev/null; then
  echo "verdicts: identical on $(wc -l < "$WORK/java-verdicts.tsv") files ($(grep -c invalid "$WORK/java-verdicts.tsv") invalid)"
else
  echo "verdicts: DIFFERENT"; diff "$WORK/yanglint-verdicts.tsv" "$WORK/java-verdicts.tsv" | head -20; exit 1
fi
