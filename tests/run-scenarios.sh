#!/bin/sh
# Runs every scenario in tests/scenario against $ALLIANCE (prefixing
# $VALGRIND when set), $JOBS at a time (default: the number of cores),
# and prints each one's output in order, then the closing count:
#
#	scenario: 412 passed, 0 failed
#
# Each scenario has its own temporary folder and database, so they run
# side by side.  The longest start first, so that the cores finish
# together.
set -u
: "${ALLIANCE:?set ALLIANCE to the alliance binary}"
export ALLIANCE
here=$(cd "$(dirname "$0")" && pwd)
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
trap 'rm -rf "$work"; exit 130' INT TERM

# One scenario: its output and its "pass fail" counts, by name.
cat >"$work/one.sh" <<'EOF'
s=$1; work=$2; n=$(basename "$s" .sh)
: >"$work/$n.counts"
T_COUNTS="$work/$n.counts" sh "$s" >"$work/$n.out" 2>&1
echo $? >"$work/$n.rc"
EOF

wc -l "$here"/scenario/[0-9]*.sh | sed '$d' | sort -rn | awk '{ print $2 }' |
	xargs -P "$JOBS" -I{} sh "$work/one.sh" {} "$work"

pass=0 failed=0 broken=""
for s in "$here"/scenario/[0-9]*.sh; do
	n=$(basename "$s" .sh)
	echo "## $n.sh"
	cat "$work/$n.out" 2>/dev/null
	read -r p f <"$work/$n.counts" 2>/dev/null || { p=0; f=1; }
	rc=$(cat "$work/$n.rc" 2>/dev/null || echo 1)
	pass=$((pass + p)); failed=$((failed + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		failed=$((failed + 1)); broken="$broken $n.sh"
	fi
done
[ -n "$broken" ] && echo "scenarios that stopped early:$broken"
echo "scenario: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
