#!/usr/bin/env bash
# Runs every test in the repository and ends with the line "N passed, N failed".
# Exit code: 0 only when tests ran and none failed.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh || exit 1

results=TestResults
rm -rf "$results"
dotnet build Dataverse.LeadHandover.sln --no-restore --verbosity quiet -nologo || { echo "0 passed, 0 failed"; echo "build failed" >&2; exit 1; }
dotnet test Dataverse.LeadHandover.sln --no-build --logger "trx" --results-directory "$results" --verbosity quiet -nologo
test_exit=$?

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done

status=0
if [ "$total" -eq 0 ]; then echo "no test ran" >&2; status=1; fi
if [ "$failed" -ne 0 ] || [ "$test_exit" -ne 0 ]; then status=1; fi
echo "${passed} passed, ${failed} failed"
exit "$status"
