# Shared by ./kaa, ./run-tests and .ci/run: find a JDK >= 25 and build Kaa with it.

# Prints the major version of the JDK at $1, or nothing. Reads the JDK's `release` file when there is one
# (starting a JVM per candidate would cost the launcher a second), else asks the java binary.
kaa_java_major() {
  local v=""
  if [[ -f "$1/release" ]]; then
    v="$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -1)"
  fi
  if [[ -z "$v" ]]; then
    v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1)"
  fi
  v="${v#1.}"
  echo "${v%%[.+-]*}"
}

# Sets KAA_JAVA and JAVA_HOME to a JDK >= 25, or explains what is missing.
kaa_find_jdk() {
  local cand major
  local -a cands=()
  [[ -n "${JAVA_HOME:-}" ]] && cands+=("$JAVA_HOME")
  if command -v java >/dev/null 2>&1; then
    cands+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for cand in /usr/lib/jvm/* /opt/java/* /opt/jdk* /usr/local/jdk* "$HOME"/.sdkman/candidates/java/* \
              /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [[ -d "$cand" ]] && cands+=("$cand")
  done
  for cand in "${cands[@]}"; do
    [[ -x "$cand/bin/java" && -x "$cand/bin/javac" ]] || continue
    major="$(kaa_java_major "$cand")"
    if [[ -n "$major" && "$major" -ge 25 ]]; then
      export JAVA_HOME="$cand"
      KAA_JAVA="$cand/bin/java"
      return 0
    fi
  done
  echo "kaa: no JDK 25 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm, /opt)." >&2
  echo "kaa: install a JDK >= 25 (for example Temurin 25) and set JAVA_HOME to it." >&2
  return 1
}

# Builds all modules without tests; offline when the local repository already has what is needed.
kaa_build() {
  if ! command -v mvn >/dev/null 2>&1; then
    echo "kaa: Maven (mvn) is needed to build Kaa; install Maven 3.8 or newer." >&2
    return 1
  fi
  local log
  log="$(mktemp)"
  echo "kaa: building (first use or sources changed)..." >&2
  # Tests are neither compiled nor run here: ./run-tests does that.
  if mvn -q -o -B -f "$KAA_HOME/pom.xml" -Dmaven.test.skip=true install >"$log" 2>&1 \
     || mvn -q -B -f "$KAA_HOME/pom.xml" -Dmaven.test.skip=true install >"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  cat "$log" >&2
  rm -f "$log"
  echo "kaa: build failed" >&2
  return 1
}

# Prints the class path of the built command line: the modules' jars (an ahead-of-time cache needs jars,
# not folders), then the third-party jars Maven listed in cli/target/kaa.classpath (JLine).
kaa_classpath() {
  local m jar cp=""
  for m in cli runtime compiler annotations; do
    jar=""
    for f in "$KAA_HOME/$m/target/kaa-$m-"*.jar; do
      [[ -f "$f" && "$f" != *-tests.jar && "$f" != *-sources.jar ]] && { jar="$f"; break; }
    done
    if [[ -z "$jar" ]]; then
      echo "kaa: $m/target has no jar; build with: mvn -f $KAA_HOME/pom.xml -DskipTests install" >&2
      return 1
    fi
    cp+="$jar:"
  done
  if [[ -f "$KAA_HOME/cli/target/kaa.classpath" ]]; then
    cp+="$(cat "$KAA_HOME/cli/target/kaa.classpath")"
  fi
  echo "${cp%:}"
}

# Prints the Lib/ folder of a CPython 3.13 (python3.13 on PATH, else pyenv's 3.13.x).
kaa_find_stdlib() {
  local py lib
  for py in "$(command -v python3.13 2>/dev/null)" "$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3.13 \
            "$HOME"/.pyenv/versions/3.13*/bin/python3.13; do
    [[ -n "$py" && -x "$py" ]] || continue
    lib="$(PYENV_VERSION=3.13.0 "$py" -c 'import os,sysconfig;print(sysconfig.get_paths()["stdlib"])' 2>/dev/null)" || continue
    if [[ -f "$lib/os.py" ]]; then
      echo "$lib"
      return 0
    fi
  done
  return 1
}

# Prints a CPython 3.13 interpreter to use as the oracle.
kaa_find_cpython() {
  local py
  for py in "$(command -v python3.13 2>/dev/null)" "$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3.13 \
            "$HOME"/.pyenv/versions/3.13*/bin/python3.13; do
    [[ -n "$py" && -x "$py" ]] || continue
    if "$py" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' 2>/dev/null; then
      echo "$py"
      return 0
    fi
  done
  return 1
}
