#!/bin/sh
# Runs each cmocka unit test binary given (prefixing $VALGRIND when set),
# $JOBS at a time (default 1), adds up the passed and failed tests from
# cmocka's summary lines, and prints each binary's output in the order
# given, then the closing count:
#
#	unit: 123 passed, 0 failed
#
# A binary that crashes, exits non-zero or prints no summary counts as
# one more failure.  Exits non-zero on any failure.  Binaries that run
# side by side must not share files or ports (the HTTP tests each have
# a folder of their own and a port the system picks).
#
#	sh tests/run-unit.sh build/tests/test_date build/tests/test_orgid
#	VALGRIND="valgrind -q --error-exitcode=99" sh tests/run-unit.sh ...
#	JOBS=2 sh tests/run-unit.sh build/tests/test_http build/tests/test_auth
set -u

if [ "$#" -eq 0 ]; then
	echo "usage: sh tests/run-unit.sh BIN..." >&2
	exit 2
fi

# cmocka's plain-text summary is what is counted below.
CMOCKA_MESSAGE_OUTPUT=stdout
export CMOCKA_MESSAGE_OUTPUT

work=$(mktemp -d) || exit 2
trap 'rm -rf "$work"' EXIT
trap 'rm -rf "$work"; exit 130' INT TERM

# One binary, the Nth given: its output and exit status, by N.
cat >"$work/one.sh" <<'ONE'
n=$1; bin=$2
if [ -x "$bin" ]; then
	# $VALGRIND is split into words on purpose: a command and options.
	# shellcheck disable=SC2086
	${VALGRIND:-} "$bin" >"$WORK/$n.out" 2>&1
	echo $? >"$WORK/$n.rc"
else
	echo "$bin: not an executable test binary" >"$WORK/$n.out"
	echo missing >"$WORK/$n.rc"
fi
ONE
n=0
for bin in "$@"; do
	n=$((n + 1))
	printf '%s %s\n' "$n" "$bin"
done | WORK=$work xargs -P "${JOBS:-1}" -L 1 sh "$work/one.sh"

pass=0 failed=0 broken="" n=0
for bin in "$@"; do
	n=$((n + 1))
	out=$work/$n.out
	echo "## $(basename "$bin")"
	cat "$out" 2>/dev/null
	rc=$(cat "$work/$n.rc" 2>/dev/null || echo 1)
	if [ "$rc" = missing ]; then
		failed=$((failed + 1)); broken="$broken $(basename "$bin")"
		continue
	fi
	# "[  PASSED  ] N test(s)." and "[  FAILED  ] N test(s), listed
	# below:"; the per-test "[  FAILED  ] name" lines carry no count.
	p=$(sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test(s)\..*$/\1/p' \
	    "$out" | awk '{ s += $1 } END { print s + 0 }')
	f=$(sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test(s).*$/\1/p' \
	    "$out" | awk '{ s += $1 } END { print s + 0 }')
	pass=$((pass + p)); failed=$((failed + f))
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		# Crashed, killed, or valgrind found errors after the tests.
		echo "$bin: exited with status $rc"
		failed=$((failed + 1)); broken="$broken $(basename "$bin")"
	elif [ "$rc" -eq 0 ] && [ "$((p + f))" -eq 0 ]; then
		echo "$bin: no cmocka summary in its output"
		failed=$((failed + 1)); broken="$broken $(basename "$bin")"
	fi
done

[ -n "$broken" ] && echo "unit binaries that failed outside a test:$broken"
echo "unit: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
