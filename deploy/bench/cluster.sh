#!/usr/bin/env bash
# Measures what running two instances costs and gains (docs/performance.md#cluster): starts instances A and B of
# the built service through deploy/run.sh as one data-grid cluster (RK_CLUSTER_MEMBERS) on the MariaDB/MySQL
# database that RK_DB_URL, RK_DB_USER and RK_DB_PASSWORD name (a cluster cannot share H2), with the demo platform
# to sign people in, and drives both (deploy/bench/ClusterBench.java). Writes target/bench/cluster.json and
# target/bench/cluster.md. Kills instance A on purpose near the end.
# Usage: deploy/bench/cluster.sh [--quick]   (--quick: seconds per figure, for CI; prints numbers, asserts none)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
mode=${1:-}
out="$root/target/bench"
work=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; cp "$work"/a/server.log "$out/cluster-a.log" 2>/dev/null; cp "$work"/b/server.log "$out/cluster-b.log" 2>/dev/null; rm -rf "$work"' EXIT

case "${RK_DB_URL:-}" in
  jdbc:mysql:*|jdbc:mariadb:*) ;;
  *) echo "cluster bench: set RK_DB_URL (jdbc:mysql://…), RK_DB_USER and RK_DB_PASSWORD to an empty MariaDB/MySQL database." >&2
     exit 1 ;;
esac
if [[ -z "${JAVA_HOME:-}" ]] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    [[ -x "$candidate/bin/javac" ]] && { JAVA_HOME=$candidate; break; }
  done
fi
export JAVA_HOME
[[ -f "$root/target/ruang-konseling.war" && -f "$root/target/payara-micro.jar" ]] \
  || mvn -B -q -f "$root/pom.xml" -DskipTests package
mkdir -p "$out"

port_a=${BENCH_PORT:-8097}; port_b=$((port_a + 1)); grid_a=$((port_a + 100)); grid_b=$((port_a + 101))
export RK_CLUSTER_MEMBERS="127.0.0.1:$grid_a,127.0.0.1:$grid_b"
export RK_DATA_KEY="bench:$(head -c 32 /dev/urandom | base64)" RK_KEY_DIR="$work/keys" RK_DEMO=true RK_SKIP_BUILD=1
start_instance() { # name http-port grid-port
  mkdir -p "$work/$1"
  (cd "$work/$1" && RK_PORT=$2 RK_CLUSTER_PORT=$3 exec "$root/deploy/run.sh") >"$work/$1/server.log" 2>&1 &
  pids+=($!)
}
await_ready() { # name http-port
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$2/health/ready") == 200 ]]; do
    kill -0 "${pids[$3]}" 2>/dev/null || { echo "cluster bench: instance $1 died; its log:" >&2; tail -30 "$work/$1/server.log" >&2; exit 1; }
    sleep 0.2
  done
}
# A first, so that it creates the schema and the keys alone; B joins it
start_instance a "$port_a" "$grid_a"
await_ready a "$port_a" 0
start_instance b "$port_b" "$grid_b"
await_ready b "$port_b" 1
echo "cluster bench: A on :$port_a and B on :$port_b are ready"

classpath="$root/target/classes:$root/target/ruang-konseling/WEB-INF/lib/*"
"$JAVA_HOME/bin/javac" -nowarn -cp "$classpath" -d "$out/classes" "$root"/deploy/bench/*.java
"$JAVA_HOME/bin/java" -cp "$out/classes:$classpath" ClusterBench "http://localhost:$port_a" "${pids[0]}" \
  "http://localhost:$port_b" "${pids[1]}" "$out" $mode
