#!/usr/bin/env bash
# Measures what the README states: seconds from start to /health/ready = 200 on a fresh embedded
# database, and the server's resident memory once ready and after 500 page views. Needs a built
# target/ (mvn package). Usage: deploy/measure-boot.sh [rounds, default 3] [port, default 8095]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=${1:-3}
port=${2:-8095}
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

rss_mib() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

printf '%-6s %-14s %-16s %-22s\n' round "ready after s" "RSS ready MiB" "RSS after 500 views MiB"
for round in $(seq 1 "$rounds"); do
  rm -rf "$work/data"
  start=$(date +%s%N)
  (cd "$work" && RK_SKIP_BUILD=1 RK_PORT=$port exec "$root/deploy/run.sh" >"$work/server.log" 2>&1) &
  pid=$!
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready") == 200 ]]; do
    kill -0 "$pid" 2>/dev/null || { echo "server died; see $work/server.log" >&2; tail -20 "$work/server.log" >&2; exit 1; }
    sleep 0.25
  done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  java_pid=$(pgrep -P "$pid" java || echo "$pid")
  rss_ready=$(rss_mib "$java_pid")
  for _ in $(seq 1 500); do curl -s -o /dev/null "http://localhost:$port/"; done
  rss_views=$(rss_mib "$java_pid")
  printf '%-6s %-14s %-16s %-22s\n' "$round" "$((ready_ms / 1000)).$(( (ready_ms % 1000) / 100 ))" "$rss_ready" "$rss_views"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
