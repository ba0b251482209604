#!/usr/bin/env bash
# Re-evaluation of N inventoried devices after one vulnerability (default 100,000 devices on 200 certificates,
# all put under review), against a real embedded PostgreSQL 17. Usage: bench/onboarding/reevaluate.sh [N] [certs] [rounds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B -pl registry -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp >/dev/null
. .mvn/find-jdk.sh
"$JAVA_HOME/bin/java" -cp "registry/target/test-classes:registry/target/classes:$(cat registry/target/bench.cp)" \
  org.trustbricks.registry.bench.ReevaluationBenchmark "${1:-100000}" "${2:-200}" "${3:-3}"
