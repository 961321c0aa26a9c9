#!/bin/sh
# The demo that `make demo` serves: built by scripts/demo.sh through the
# command line, it holds what a newcomer is told to look at.
. "$(dirname "$0")/lib.sh"
here=$(cd "$(dirname "$0")/../.." && pwd)

if DEMO_NO_SERVE=1 sh "$here/scripts/demo.sh" "$DB" >"$T_DIR/demo.out" 2>&1; then
	pass "the demo's year builds"
else
	STATUS=1 OUT=$(cat "$T_DIR/demo.out") ERR=""
	fail "the demo's year builds"
fi
run meeting list --json
same "a meeting held with its notes out" "$(jsonv '[m["notes_published"] is not None for m in j].count(True) >= 1')" True
same "and one to come" "$(jsonv 'len(j)')" 2
run decision list --json
same "a poll open for votes" "$(jsonv '[d["method"] for d in j if d["outcome"] is None]')" "['poll']"
run election list --json
same "an election taking nominations" "$(jsonv 'j[0]["status"]')" nominations
run register positions --json
has "a representative whose term ends soon" "Kiran Kaur"
run user list --json
same "an officer and four who sign in by link" "$(jsonv 'len(j)')" 5
run paper list --public --json
same "the papers page shows the public a paper (SA-11.1)" "$(jsonv '[p["title"] for p in j]')" "['Winter pressures briefing']"
run paper list --json
same "and members one more, for members only (SA-11.1)" "$(jsonv 'sorted(p["visibility"] for p in j)')" "['members', 'public']"
finish
