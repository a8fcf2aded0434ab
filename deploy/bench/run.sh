#!/usr/bin/env bash
# Measures what a school's busy hour costs the service, against the targets in docs/performance.md.
# Starts the built service through deploy/run.sh (on MariaDB when RK_DB_URL/RK_DB_USER/RK_DB_PASSWORD are set,
# else on a throw-away H2), signs demo people in and drives it (deploy/bench/Bench.java), and writes
# target/bench/figures.json and target/bench/table.md. Installs Debian's wrk if it is missing.
# Usage: deploy/bench/run.sh [--quick]   (--quick: seconds per figure, for CI; prints numbers, asserts none)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mode=${1:-}
port=${RK_BENCH_PORT:-8097}
out="$root/target/bench"
work=$(mktemp -d)
pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

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

# 1. Bare Payara Micro with an empty WAR: the floor for the boot figure.
mkdir -p "$work/empty/WEB-INF" && echo ok > "$work/empty/index.html"
"$JAVA_HOME/bin/jar" --create --file "$work/empty.war" -C "$work/empty" .
start=$(date +%s%N)
"$JAVA_HOME/bin/java" -Xmx512m -jar "$root/target/payara-micro.jar" --deploy "$work/empty.war" --contextroot / \
  --port "$port" --nocluster --rootdir "$work/bare-runtime" >"$work/server.log" 2>&1 &
pid=$!
export RK_BENCH_BARE_BOOT_MS=$(ready_ms "$start" "http://localhost:$port/index.html")
kill "$pid"; wait "$pid" 2>/dev/null || true

# 2. The service, with the demo platform to sign people in.
mkdir -p "$work/service"
start=$(date +%s%N)
(cd "$work/service" && RK_SKIP_BUILD=1 RK_DEMO=true RK_PORT=$port exec "$root/deploy/run.sh") >"$work/server.log" 2>&1 &
pid=$!
export RK_BENCH_BOOT_MS=$(ready_ms "$start" "http://localhost:$port/health/ready")
java_pid=$(pgrep -P "$pid" java || echo "$pid")
echo "bench: boot to ready ${RK_BENCH_BOOT_MS} ms, bare Payara Micro ${RK_BENCH_BARE_BOOT_MS} ms"

"$JAVA_HOME/bin/java" "$root/deploy/bench/Bench.java" "http://localhost:$port" "$java_pid" "$out" $mode
cat "$out/table.md"
