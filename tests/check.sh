#!/bin/sh
# What `make check` runs, and so CI: every suite once, each under the
# safety net that finds most in it, within the 15 minutes CI allows on
# two cores (the last lines give each step's time).
#
#   build     the plain build (-O2, warnings are errors), the build
#             under AddressSanitizer + UndefinedBehaviorSanitizer, and
#             the fuzz targets' (clang), side by side
#   asan      unit tests, scenarios (two at a time), HTTP tests (three
#             binaries at a time) and the browser journeys, all against
#             the sanitizer build
#   valgrind  unit tests, the server through the HTTP tests (two at a
#             time), and a tour of the command line (the README's
#             examples), against the plain build
#   readme    the README's examples, as a new user types them
#   fuzz      each fuzz target briefly, and every input it ever crashed on
#   sizes     no new file of src/ over 800 lines nor function over 120
#
# Each step's output goes to build/check/STEP.log and to the screen (a
# step run beside another shows its log when both are done); the last
# lines give each step's time and add up every suite's "N passed, N
# failed".  `make check-valgrind` runs every suite under valgrind, the
# scenarios and the tests left out below too.
#
# Where the time goes.  Valgrind costs 20 to 50 times the CPU of the
# same test under ASan, so it runs where it finds what ASan cannot:
# reads of uninitialised memory, in the -O2 build that is shipped.  Left
# out under valgrind (Makefile: VALGRIND_UNIT, VALGRIND_WEB), each still
# run under ASan + UBSan (asan-unit, asan-web), which finds the
# overflows, use-after-free and leaks valgrind would:
#   - test_ballot_secrecy (unit): 2,000 ballots through the same core
#     calls as test_group_commit and test_election_view, which valgrind
#     runs; what it adds is a statistical attack on the file's bytes, not
#     new code.  It was half of valgrind-unit's time.
#   - test_hostile (HTTP): slow, killed and malformed clients.  Its
#     parsers are fuzzed under ASan (fuzz-ci), and valgrind already cut
#     its restarts to three: what is left is waiting on timeouts.
#   - test_scale (HTTP): bursts of ballots from many clients at once.
#     Valgrind runs one thread at a time, so it cannot see the
#     interleavings the test is for; the code of one ballot is run under
#     valgrind by test_http, test_pages and test_group_commit.
#   - test_writer (HTTP): ballots waiting for the writer while the
#     database is locked, and a server stopped with ballots in flight.
#     Like test_scale it is about interleavings valgrind cannot see, and
#     it waits on the database's lock (about 30 s of mostly waiting).
#   - test_same (HTTP): the API and the pages read for each viewer.
#     Every route and role is walked under valgrind by test_matrix, and
#     the pages' reads by test_http and test_pages.
# The HTTP binaries mostly wait (officers' second-factor codes, time
# steps, timeouts), so several run at once (tests/run-unit.sh, JOBS);
# each has its own folder, database and port.  Steps that keep about
# one core busy run in pairs: the ASan HTTP tests, then the server under
# valgrind, beside the valgrind unit tests, then the fuzz targets; the
# valgrind tour beside the browser journeys, which mostly wait on
# Chromium.
set -u
cd "$(dirname "$0")/.."
logs=build/check
mkdir -p "$logs"
rm -f "$logs"/*.log "$logs"/*.rc "$logs"/*.time
start=$(date +%s)

# step NAME TARGET...: runs make TARGET... with its output in NAME.log,
# and its time in NAME.time.
step() {
	name=$1; shift
	t0=$(date +%s)
	{ make -s "$@" 2>&1; echo $? >"$logs/$name.rc"; } | tee "$logs/$name.log"
	echo "### $name: $(($(date +%s) - t0)) s, exit $(cat "$logs/$name.rc")" |
		tee "$logs/$name.time"
}
# shown NAME...: the logs of steps that ran out of sight.
shown() {
	for name in "$@"; do
		cat "$logs/$name.log" "$logs/$name.time"
	done
}

step build -j2 build-all fuzz-build
if [ "$(cat "$logs/build.rc")" -ne 0 ]; then
	echo "check: the build failed; nothing was tested"
	exit 1
fi
step sizes sizes
step asan-unit asan-unit
# Side by side: the HTTP tests mostly wait; the others compute.  The
# HTTP lane is the longer (about 370 s against 300), so the scenarios
# go on this side of it, not before both.
{ step asan-web asan-web; step valgrind-web valgrind-web; } >/dev/null &
web=$!
step valgrind-unit valgrind-unit
step fuzz fuzz-ci
step asan-scenario asan-scenario
wait "$web"
shown asan-web valgrind-web
# Side by side: Chromium waits, valgrind computes.
step valgrind-tour valgrind-tour >/dev/null &
tour=$!
step asan-browser asan-browser
wait "$tour"
shown valgrind-tour
step readme test-readme

failed_steps=""
for rc in "$logs"/*.rc; do
	[ "$(cat "$rc")" -eq 0 ] || failed_steps="$failed_steps $(basename "$rc" .rc)"
done
# Every suite's closing line: "unit: 12 passed, 0 failed" and the like.
sed -n 's/^[a-z-]*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1 \2/p' \
    "$logs"/*.log | {
	p=0 f=0
	while read -r a b; do p=$((p + a)); f=$((f + b)); done
	[ -n "$failed_steps" ] && [ "$f" -eq 0 ] && f=1
	[ -n "$failed_steps" ] && echo "steps that failed:$failed_steps"
	cat "$logs"/*.time
	echo "check took $(($(date +%s) - start)) s"
	echo "$p passed, $f failed"
	[ "$f" -eq 0 ]
}
