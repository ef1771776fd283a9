#!/bin/sh
# Print one closing line for the test run: "N passed, N failed, N skipped".
log="${1:-build}/meson-logs/testlog.json"
[ -f "$log" ] || { echo "no test log at $log" >&2; exit 1; }
ok=$(grep -c '"result": "OK"' "$log")
fail=$(grep -c -E '"result": "(FAIL|TIMEOUT|ERROR|UNEXPECTEDPASS)"' "$log")
skip=$(grep -c '"result": "SKIP"' "$log")
echo "tests: $ok passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
