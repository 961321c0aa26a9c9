#!/bin/sh
# Runs every scenario in tests/scenario against $ALLIANCE (prefixing
# $VALGRIND when set) and prints the closing count.
set -u
: "${ALLIANCE:?set ALLIANCE to the alliance binary}"
export ALLIANCE
here=$(cd "$(dirname "$0")" && pwd)
pass=0 failed=0 broken=""
counts=$(mktemp)
for s in "$here"/scenario/[0-9]*.sh; do
	echo "## $(basename "$s")"
	: >"$counts"
	T_COUNTS=$counts sh "$s"
	rc=$?
	read -r p f <"$counts" || { p=0; f=1; }
	pass=$((pass + p)); failed=$((failed + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		failed=$((failed + 1)); broken="$broken $(basename "$s")"
	fi
done
rm -f "$counts"
[ -n "$broken" ] && echo "scenarios that stopped early:$broken"
echo "scenario: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
