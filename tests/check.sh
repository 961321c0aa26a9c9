#!/bin/sh
# What `make check` runs, and so CI: every suite once, each under the
# safety net that finds most in it, in about ten minutes on two cores.
#
#   build     the plain build (-O2, warnings are errors) and the build
#             under AddressSanitizer + UndefinedBehaviorSanitizer
#   asan      unit tests, scenarios (two at a time), HTTP tests and the
#             browser journeys, all against the sanitizer build
#   valgrind  unit tests, the server through every route (the HTTP
#             tests), and a tour of the command line (the README's
#             examples), against the plain build
#   readme    the README's examples, as a new user types them
#   fuzz      each fuzz target briefly, and every input it ever crashed on
#   sizes     no new file of src/ over 800 lines nor function over 120
#
# Each step's output goes to build/check/STEP.log and to the screen; the
# last line adds up every suite's "N passed, N failed".  The browser
# journeys mostly wait on Chromium, so the valgrind tour runs beside them.
# `make check-valgrind` runs every suite under valgrind, scenarios too.
set -u
cd "$(dirname "$0")/.."
logs=build/check
mkdir -p "$logs"
rm -f "$logs"/*.log "$logs"/*.rc
start=$(date +%s)

# step NAME TARGET...: runs make TARGET... with its output in NAME.log.
step() {
	name=$1; shift
	t0=$(date +%s)
	{ make -s "$@" 2>&1; echo $? >"$logs/$name.rc"; } | tee "$logs/$name.log"
	echo "### $name: $(($(date +%s) - t0)) s, exit $(cat "$logs/$name.rc")"
}

step build build-all
if [ "$(cat "$logs/build.rc")" -ne 0 ]; then
	echo "check: the build failed; nothing was tested"
	exit 1
fi
step sizes sizes
step asan-unit asan-unit
step asan-scenario asan-scenario
step asan-web asan-web
step valgrind-unit valgrind-unit
step valgrind-web valgrind-web
# Side by side: Chromium waits, valgrind computes.
step valgrind-tour valgrind-tour >/dev/null &
tour=$!
step asan-browser asan-browser
wait "$tour"
cat "$logs/valgrind-tour.log"
step readme test-readme
step fuzz fuzz-ci

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
	echo "check took $(($(date +%s) - start)) s"
	echo "$p passed, $f failed"
	[ "$f" -eq 0 ]
}
