# Sourced by ./winnow and ./mvnw: makes JAVA_HOME point at a JDK 21 or newer.
# Looks at $JAVA_HOME, then the javac on $PATH, then /usr/lib/jvm/*, newest first.
winnow_jdk_version() {
  # prints the feature version (17, 21, 25 …) of the JDK at $1, or nothing
  [ -x "$1/bin/javac" ] && [ -x "$1/bin/java" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

winnow_find_jdk() {
  candidates=""
  [ -n "${JAVA_HOME:-}" ] && candidates="$JAVA_HOME"
  if command -v javac >/dev/null 2>&1; then
    candidates="$candidates
$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  fi
  if [ -d /usr/lib/jvm ]; then
    candidates="$candidates
$(find /usr/lib/jvm -mindepth 1 -maxdepth 1 2>/dev/null | sort -r -V)"
  fi
  best="" best_version=0
  old_ifs=$IFS; IFS='
'
  for dir in $candidates; do
    v=$(winnow_jdk_version "$dir")
    if [ -n "$v" ] && [ "$v" -ge 21 ] && [ "$v" -gt "$best_version" ]; then
      best="$dir" best_version="$v"
      # an explicit JAVA_HOME that is good enough wins
      [ "$dir" = "${JAVA_HOME:-}" ] && break
    fi
  done
  IFS=$old_ifs
  if [ -z "$best" ]; then
    echo "winnow: no JDK 21 or newer found." >&2
    echo "  looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), the javac on \$PATH, and /usr/lib/jvm/*" >&2
    echo "  install one (for example Debian's openjdk-21-jdk or Temurin 21+) or set JAVA_HOME to it." >&2
    return 1
  fi
  JAVA_HOME="$best"
  export JAVA_HOME
}
