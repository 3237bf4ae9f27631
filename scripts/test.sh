#!/usr/bin/env bash
# Runs every test of ReviewConsole, installing first what the tests need (Debian's chromium, the dotnet tools).
# The last line is always `tests: N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."

log=$(mktemp)
trap 'rm -f "$log"' EXIT

if ! command -v chromium >/dev/null 2>&1; then
  echo "installing chromium for the browser tests…"
  SUDO=""; [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq chromium >/dev/null \
    || { echo "could not install chromium (apt-get install -y chromium)"; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed"; echo "tests: 0 passed, 1 failed"; exit 1; }

if ! dotnet build ReviewConsole.sln -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Warn|Elapsed" ; then :; fi
if grep -qE " error [A-Z]+[0-9]+" "$log"; then
  echo "build failed"; echo "tests: 0 passed, 1 failed"; exit 1
fi

# The browser tests run after the others, not beside them: on two cores, five console processes, chromium and the
# in-process tests together starved a circuit for 30 s.
: > "$log"
status=0
teardown_log="${TMPDIR:-/tmp}/rc-tests/teardown-failures.log"
rm -f "$teardown_log"
for project in tests/ReviewConsole.Engine.Tests tests/ReviewConsole.Cli.Tests tests/ReviewConsole.Web.Tests tests/ReviewConsole.E2E; do
  dotnet test "$project" -c Release --no-build -nologo 2>&1 | tee -a "$log"
  [ "${PIPESTATUS[0]}" -ne 0 ] && status=1
done

if [ -s "$teardown_log" ]; then
  echo "an app failed while being torn down (the stack xunit leaves out):"; cat "$teardown_log"
fi

passed=$(grep -E "^(Passed|Failed)!" "$log" | sed -E 's/.*Passed: *([0-9]+).*/\1/' | awk '{s+=$1} END {print s+0}')
failed=$(grep -E "^(Passed|Failed)!" "$log" | sed -E 's/.*Failed: *([0-9]+),.*/\1/' | awk '{s+=$1} END {print s+0}')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
  echo "no test ran"; echo "tests: 0 passed, 1 failed"; exit 1
fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
