#!/usr/bin/env bash
# Measures what a school's busy hour costs the service, against the targets in docs/performance.md.
# Starts the built service through deploy/run.sh (on MariaDB when RK_DB_URL/RK_DB_USER/RK_DB_PASSWORD are set,
# else on a throw-away H2), signs demo people in and drives it (deploy/bench/Bench.java), and writes
# target/bench/figures.json and target/bench/table.md. Installs Debian's wrk if it is missing.
# Usage: deploy/bench/run.sh [--quick]   (--quick: seconds per figure, for CI; prints numbers, asserts none)
# BENCH_SOAK_SECONDS shortens or lengthens the busy-hour soak (600 s; 15 s with --quick).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mode=${1:-}
port=${BENCH_PORT:-8097}
out="$root/target/bench"
work=$(mktemp -d)
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; cp "$work/server.log" "$out/server.log" 2>/dev/null; rm -rf "$work"' EXIT

if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [[ -x "$candidate/bin/javac" ]] && { JAVA_HOME=$candidate; break; }
  done
fi
export JAVA_HOME
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
[[ -f "$root/target/ruang-konseling.war" && -f "$root/target/payara-micro.jar" ]] \
  || mvn -B -q -f "$root/pom.xml" -DskipTests package
mkdir -p "$out"

# ms from now until the address answers 200; the process must stay alive meanwhile
ready_ms() {
  local start=$1 url=$2
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "$url") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "bench: the server died; its log:" >&2; tail -30 "$work/server.log" >&2; exit 1; }
    sleep 0.1
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}

# ms from starting bare Payara Micro with the WAR folder $1 until its index.html answers; kept runtime $1-runtime
boot_plain_war() {
  "$JAVA_HOME/bin/jar" --create --file "$1.war" -C "$1" .
  local start=$(date +%s%N)
  "$JAVA_HOME/bin/java" -Xmx512m -jar "$root/target/payara-micro.jar" --deploy "$1.war" --contextroot / \
    --port "$port" --nocluster --rootdir "$1-runtime" >"$work/server.log" 2>&1 &
  pid=$!
  ready_ms "$start" "http://localhost:$port/index.html"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

# 1. Bare Payara Micro with an empty WAR: the floor for the boot figure.
mkdir -p "$work/empty/WEB-INF" && echo ok > "$work/empty/index.html"
BENCH_BARE_BOOT_MS=$(boot_plain_war "$work/empty") # (a plain assignment: set -e stops the run if it failed)
export BENCH_BARE_BOOT_MS

# 1b. The same empty WAR with the service's libraries and none of its code: what deploying the stack's libraries
#     (PrimeFaces, OmniFaces, Flyway, Nimbus, PDFBox, Connector/J) costs by itself. Booted twice, as the service
#     is, and the second (a restart) counted.
mkdir -p "$work/libraries/WEB-INF/lib" && cp "$work/empty/index.html" "$work/libraries/"
cp "$root"/target/ruang-konseling/WEB-INF/lib/*.jar "$work/libraries/WEB-INF/lib/"
boot_plain_war "$work/libraries" >/dev/null
BENCH_LIBRARIES_BOOT_MS=$(boot_plain_war "$work/libraries")
export BENCH_LIBRARIES_BOOT_MS

# 2. The service, with the demo platform to sign people in; the bench writes the school's history into its
#    database (on H2 through the server's own TCP port, AUTO_SERVER) under its data key.
mkdir -p "$work/service"
export RK_DATA_KEY="bench:$(head -c 32 /dev/urandom | base64)"
h2_version=$(sed -n 's:.*<h2.version>\(.*\)</h2.version>.*:\1:p' "$root/pom.xml")
h2_jar="$HOME/.m2/repository/com/h2database/h2/$h2_version/h2-$h2_version.jar"
[[ -f "$h2_jar" ]] || mvn -B -q dependency:get -Dartifact="com.h2database:h2:$h2_version" >/dev/null
if [[ -z "${RK_DB_URL:-}" ]]; then
  export RK_DB_URL="jdbc:h2:file:$work/service/data/db/bench;MODE=LEGACY;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE"
  export RK_DB_USER=sa RK_DB_PASSWORD=""
fi
export BENCH_JDBC_URL="${RK_DB_URL/jdbc:mariadb:/jdbc:mysql:}"
boot_service() { # sets pid and booted_ms
  local start=$(date +%s%N)
  (cd "$work/service" && RK_SKIP_BUILD=1 RK_DEMO=true RK_PORT=$port exec "$root/deploy/run.sh") >"$work/server.log" 2>&1 &
  pid=$!
  booted_ms=$(ready_ms "$start" "http://localhost:$port/health/ready")
}
# the first boot creates the schema and the keys; a restart is what an update costs
boot_service
export BENCH_FIRST_BOOT_MS=$booted_ms
kill "$pid"; wait "$pid" 2>/dev/null || true
boot_service
export BENCH_BOOT_MS=$booted_ms
java_pid=$(pgrep -P "$pid" java || echo "$pid")
echo "bench: boot to ready ${BENCH_FIRST_BOOT_MS} ms the first time, ${BENCH_BOOT_MS} ms on a restart; bare Payara Micro ${BENCH_BARE_BOOT_MS} ms, with the service's libraries only ${BENCH_LIBRARIES_BOOT_MS} ms"

classpath="$root/target/classes:$root/target/ruang-konseling/WEB-INF/lib/*:$h2_jar"
"$JAVA_HOME/bin/javac" -nowarn -cp "$classpath" -d "$out/classes" "$root"/deploy/bench/*.java
BENCH_SERVER_LOG="$work/server.log" "$JAVA_HOME/bin/java" -cp "$out/classes:$classpath" Bench "http://localhost:$port" "$java_pid" "$out" $mode
cat "$out/table.md"
