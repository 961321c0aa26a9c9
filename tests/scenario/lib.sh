# Helpers for scenario tests: they drive the real binary the way an
# officer would, and check what it prints, its exit status, and that a
# refused command leaves the database exactly as it was.
#
# A scenario script sources this file, then calls the checks below.
# Each check prints "ok - NAME" or "not ok - NAME" and counts.

: "${ALLIANCE:?set ALLIANCE to the alliance binary}"
T_DIR=$(mktemp -d "${TMPDIR:-/tmp}/alliance-scenario.XXXXXX")
DB="$T_DIR/test.db"
T_PASS=0
T_FAIL=0
export ALLIANCE_BY="scenario officer"
unset ALLIANCE_ARRANGEMENT

# run ARGS...: runs alliance on $DB; sets $OUT, $ERR and $STATUS.
run() {
	# shellcheck disable=SC2086
	$VALGRIND "$ALLIANCE" --db "$DB" "$@" >"$T_DIR/out" 2>"$T_DIR/err"
	STATUS=$?
	OUT=$(cat "$T_DIR/out")
	ERR=$(cat "$T_DIR/err")
}

pass() { T_PASS=$((T_PASS + 1)); echo "ok - $1"; }
fail() {
	T_FAIL=$((T_FAIL + 1))
	echo "not ok - $1"
	shift
	for l in "$@"; do echo "    $l"; done
	echo "    exit $STATUS; stdout: $(printf %s "$OUT" | head -c 600)"
	echo "    stderr: $(printf %s "$ERR" | head -c 600)"
}

# A digest of every row in the database (the WAL included).
db_digest() { sqlite3 "$DB" .dump 2>/dev/null | md5sum | cut -d' ' -f1; }

# ok NAME ARGS...: the command succeeds.
ok() {
	name=$1; shift
	run "$@"
	if [ "$STATUS" -eq 0 ]; then pass "$name"; else fail "$name" "expected success: $*"; fi
}

# refused NAME CODE PATTERN ARGS...: the command fails with exit CODE,
# prints one line matching PATTERN (grep -E) on stderr, and changes
# nothing in the database.
refused() {
	name=$1; code=$2; pat=$3; shift 3
	before=$(db_digest)
	run "$@"
	after=$(db_digest)
	if [ "$STATUS" -ne "$code" ]; then
		fail "$name" "expected exit $code: $*"
	elif ! printf %s "$ERR" | grep -Eq -- "$pat"; then
		fail "$name" "stderr does not match /$pat/"
	elif [ "$(printf '%s\n' "$ERR" | wc -l)" -gt 1 ] && [ "$code" -ne 2 ]; then
		fail "$name" "expected a one-line error"
	elif [ "$before" != "$after" ]; then
		fail "$name" "the database changed"
	else
		pass "$name"
	fi
}

# has NAME PATTERN: the last command's stdout matches PATTERN.
has() {
	if printf %s "$OUT" | grep -Eq -- "$2"; then pass "$1"; else fail "$1" "stdout does not match /$2/"; fi
}
# lacks NAME PATTERN: the last command's stdout does not match PATTERN.
lacks() {
	if printf %s "$OUT" | grep -Eq -- "$2"; then fail "$1" "stdout matches /$2/"; else pass "$1"; fi
}
# same NAME GOT WANT
same() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', want '$3'"; fi
}
# jq-free JSON probe: python3 evaluates EXPR with j = parsed stdout.
jsonv() { printf %s "$OUT" | python3 -c "import json,sys; j=json.load(sys.stdin); print($1)"; }

fresh() { rm -f "$DB" "$DB-wal" "$DB-shm"; }

finish() {
	echo "# $T_PASS passed, $T_FAIL failed"
	echo "$T_PASS $T_FAIL" >"${T_COUNTS:-/dev/null}"
	rm -rf "$T_DIR"
	[ "$T_FAIL" -eq 0 ]
}
