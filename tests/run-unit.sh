#!/bin/sh
# Runs each cmocka unit test binary given (prefixing $VALGRIND when set),
# adds up the passed and failed tests from cmocka's summary lines, and
# prints the closing count:
#
#	unit: 123 passed, 0 failed
#
# A binary that crashes, exits non-zero or prints no summary counts as
# one more failure.  Exits non-zero on any failure.
#
#	sh tests/run-unit.sh build/tests/test_date build/tests/test_orgid
#	VALGRIND="valgrind -q --error-exitcode=99" sh tests/run-unit.sh ...
set -u

if [ "$#" -eq 0 ]; then
	echo "usage: sh tests/run-unit.sh BIN..." >&2
	exit 2
fi

# cmocka's plain-text summary is what is counted below.
CMOCKA_MESSAGE_OUTPUT=stdout
export CMOCKA_MESSAGE_OUTPUT

out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT
trap 'rm -f "$out"; exit 130' INT TERM

pass=0 failed=0 broken=""
for bin in "$@"; do
	echo "## $(basename "$bin")"
	if [ ! -x "$bin" ]; then
		echo "$bin: not an executable test binary"
		failed=$((failed + 1)); broken="$broken $(basename "$bin")"
		continue
	fi
	# $VALGRIND is split into words on purpose: a command and options.
	# shellcheck disable=SC2086
	${VALGRIND:-} "$bin" >"$out" 2>&1
	rc=$?
	cat "$out"
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
