#!/usr/bin/env bash
# Ingest load test on loopback: a fresh SQLite database, a Release server, an API key, then `load` with 32 clients.
# With --crash, the server is killed with SIGKILL in the middle of the load and restarted: the clients retry, and the
# verification then checks that every acknowledged message is stored exactly once.
# Usage: bench/scripts/ingest-load.sh [--seconds 30] [--clients 32] [--crash]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds=30; clients=32; crash=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2;;
    --clients) clients="$2"; shift 2;;
    --crash) crash=1; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
work="$(mktemp -d)"; port=5093
# No demo world: its first-start seeding would compete with the load.
export ConnectionStrings__ReviewConsole="Data Source=$work/load.db" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" Bootstrap__DemoConversations=0
dotnet build -c Release "$root/src/ReviewConsole.Web" -v q -nologo > /dev/null
dotnet build -c Release "$root/bench/ReviewConsole.Benchmarks" -v q -nologo > /dev/null
server="$root/src/ReviewConsole.Web/bin/Release/net10.0/ReviewConsole.Web.dll"
key="$(dotnet "$server" apikey create load-test | tail -1)"
start_server() { (cd "$root/src/ReviewConsole.Web" && exec dotnet "$server" >> "$work/server.log" 2>&1) & echo $!; }
wait_ready() { for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && return 0; sleep 0.2; done; echo "server did not start" >&2; return 1; }
pid="$(start_server)"; wait_ready
dotnet "$root/bench/ReviewConsole.Benchmarks/bin/Release/net10.0/ReviewConsole.Benchmarks.dll" load --url "http://127.0.0.1:$port" --key "$key" \
  --db "$work/load.db" --clients "$clients" --seconds "$seconds" &
load=$!
if [[ $crash == 1 ]]; then
  sleep "$((seconds / 3))"
  kill -9 "$pid"; echo "crash: server killed with SIGKILL at $((seconds / 3)) s"
  sleep 2
  pid="$(start_server)"; wait_ready; echo "crash: server restarted"
fi
status=0; wait "$load" || status=$?
kill "$pid" 2> /dev/null || true
for _ in $(seq 1 50); do kill -0 "$pid" 2> /dev/null || break; sleep 0.2; done
# With Semantic__Timing=NextMessage the server reports, as it stops, how much of the traffic the model read.
grep -ho '"Message":"Late readings[^"]*"' "$work/server.log" || true
rm -rf "$work"
exit $status
