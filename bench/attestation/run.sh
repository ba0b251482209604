#!/usr/bin/env bash
# Single-thread PSA appraisal throughput vs. `openssl speed -seconds N ecdsap256` verify, measured in the same run.
# Usage: bench/attestation/run.sh [seconds-per-measurement] [rounds]   (defaults 3 and 3; about a minute and a half)
set -euo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER=${1:-3}
ROUNDS=${2:-3}
./mvnw -B -q -pl attestation -am -DskipTests install >/dev/null
./mvnw -B -q -pl attestation dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/attestation/target/attestation-bench.cp" >/dev/null
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
[ -x "$JAVA" ] || JAVA=java
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  nproc: $(nproc)  cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "java: $("$JAVA" -version 2>&1 | head -1)  openssl: $(openssl version)"
exec taskset -c 0 "$JAVA" -Xms256m -Xmx1g -cp "attestation/target/test-classes:attestation/target/classes:$(cat attestation/target/attestation-bench.cp)" \
  org.trustbricks.attestation.bench.AppraisalBenchmark "$SECONDS_PER" "$ROUNDS"
