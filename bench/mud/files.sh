# Shared by the MUD batch benchmarks (sourced, from the repository root, with JAVA set).
#
# mud_bench_files WORK COUNT SECOND: sets CP to the mud module's test classpath; generates COUNT MUD files (seed 42,
# about one in six broken) in WORK/files and COUNT others (seed 7) in WORK/SECOND; copies the product's YANG modules
# (mdsal jars plus the vendored extension modules) to WORK/yang; writes yanglint's interactive commands for
# WORK/files (modules loaded once, one "data FILE" per file) to WORK/commands.txt.
mud_bench_files() {
  ./mvnw -B -q -pl mud dependency:build-classpath -Dmdep.outputFile="$1/cp.txt" -Dmdep.includeScope=test >/dev/null
  CP="mud/target/test-classes:mud/target/classes:$(cat "$1/cp.txt")"
  "$JAVA" -cp "$CP" org.trustbricks.mud.bench.BatchValidationBench generate "$1/files" "$2" 42 2>/dev/null
  "$JAVA" -cp "$CP" org.trustbricks.mud.bench.BatchValidationBench generate "$1/$3" "$2" 7 2>/dev/null
  mkdir "$1/yang"
  cp mud/src/main/resources/org/trustbricks/mud/yang/*.yang "$1/yang/"
  for jar in $(tr ':' '\n' < "$1/cp.txt" | grep 'mdsal/binding/model/ietf'); do
    unzip -q -o -j "$jar" 'META-INF/yang/*' -d "$1/yang"
  done
  {
    echo "searchpath $1/yang"
    echo "load ietf-mud ietf-acldns ietf-mud-transparency ietf-mud-tls ietf-acl-tls"
    for f in "$1"/files/*.json; do echo "data $f"; done
  } > "$1/commands.txt"
}
