#!/usr/bin/env bash
# SESIP performance targets, measured end to end in one JVM (no network):
#   product: validate + compose + coverage of a 50-part, 500-SFR composite (target < 5 ms per product, warm);
#   batch:   10,000 YAML Security Targets through validate + coverage (target < 2 s on the 2-core machine),
#            on one thread and with Sesip.assessAll over all cores;
# each next to its reference measured in the same run (Jackson reading the same bytes into a tree, no checking).
# Prints thread CPU, process CPU and wall time per operation, the ratio to each target and to the reference.
# Usage: bench/sesip/run.sh [rounds (default 3)] [--jmh]   (about 1-2 minutes; --jmh adds the JMH run, ~3 minutes)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-3}
. .mvn/find-jdk.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
./mvnw -B -q -o -pl sesip -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="$PWD/sesip/target/test-classes:$PWD/sesip/target/classes:$(cat "$work/cp.txt")"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ); nproc: $(nproc); JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd sesip && timeout 600 "$JAVA_HOME/bin/java" -Xms1g -Xmx1g -cp "$cp" \
  org.trustbricks.sesip.bench.CpuTimeProbe ../examples/sesip "$rounds")
if [ "${2:-}" = "--jmh" ]; then
  (cd sesip && timeout 900 "$JAVA_HOME/bin/java" -cp "$cp" org.openjdk.jmh.Main SesipBenchmark -rf text)
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
