# Sourced by ./mvnw, ./trustbricks and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# Keeps JAVA_HOME when it is already suitable, else takes the newest JDK >= 21 under /usr/lib/jvm
# (or TRUSTBRICKS_JVM_DIR). Leaves JAVA_HOME alone when none is found, so the build's enforcer
# rule can explain what to do.
tb_java_major() {
  [ -x "$1/bin/javac" ] || { echo 0; return; }
  v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')
  case "$v" in 1.*) echo 0 ;; "") echo 0 ;; *) echo "${v%%.*}" ;; esac
}
tb_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ "$(tb_java_major "$JAVA_HOME")" -ge 21 ]; then return 0; fi
  best="" best_major=0
  for d in "${TRUSTBRICKS_JVM_DIR:-/usr/lib/jvm}"/*; do
    [ -d "$d" ] && [ ! -L "$d" ] || continue
    m=$(tb_java_major "$d")
    if [ "$m" -gt "$best_major" ]; then best="$d" best_major=$m; fi
  done
  if [ "$best_major" -ge 21 ]; then export JAVA_HOME="$best"; return 0; fi
  return 1
}
tb_find_jdk || true
