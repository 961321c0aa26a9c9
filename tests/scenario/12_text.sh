#!/bin/sh
# Text is UTF-8 everywhere: bytes that are not (a name typed in another
# encoding, a file saved as Windows-1252) are refused at every entrance
# of the command line, naming the field, and change nothing; a value
# stored before (or edited outside) still reads, with U+FFFD.  And the
# newcomer's smaller points: a missing --db folder, a read-only database,
# no years to report.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02
BAD=$(printf 'Caf\351')

ok "init" init --template staffordshire-alliance
ok "report years on a new arrangement" report years
has "says there are none" "^no years to report yet"

# Options and arguments.
refused "a name in Windows-1252 is refused, by its option" 1 \
	"^alliance: --name: not valid UTF-8 text$" org add --name "$BAD" --sector vcse
refused "--name=VALUE too" 1 "^alliance: --name: not valid UTF-8 text$" \
	org add "--name=$(printf '\377')" --sector vcse
refused "a person's name" 1 "^alliance: --name: not valid UTF-8 text$" \
	person add --name "$BAD Owner" --email owner@example.org
refused "an argument, by the name its help gives it" 1 \
	"^alliance: REF: not valid UTF-8 text$" org show "$BAD"
refused "who acts (--by)" 1 "^alliance: --by: not valid UTF-8 text$" \
	--by "$BAD" org add --name "Cafe Collective" --sector vcse
refused "the arrangement (--arrangement)" 1 "^alliance: --arrangement: not valid UTF-8 text$" \
	--arrangement "$BAD" org list
ok "the lists still read" org list
ok "people too" person list
ok "and as JSON" org list --json

# The constitution file, by line and setting.
ok "show the constitution" constitution show
printf '%s\n' "$OUT" | tail -n +2 >"$T_DIR/c1.txt"
sed "s/^arrangement.name = .*/arrangement.name = $BAD Alliance/" "$T_DIR/c1.txt" >"$T_DIR/bad.txt"
line=$(grep -an "^arrangement.name" "$T_DIR/bad.txt" | cut -d: -f1)
refused "constitution check names the line and setting" 1 \
	"bad.txt: line $line: setting 'arrangement.name' is not valid UTF-8 text" \
	constitution check "$T_DIR/bad.txt"
refused "constitution apply refuses it and changes nothing" 1 \
	"line $line: setting 'arrangement.name' is not valid UTF-8 text" \
	constitution apply "$T_DIR/bad.txt" --effective 2025-07-01
{ printf '# notes by the %s group\n' "$BAD"; cat "$T_DIR/c1.txt"; } >"$T_DIR/bad2.txt"
refused "a comment is text too: it is kept with the version" 1 \
	"line 1: .* is not valid UTF-8 text" constitution apply "$T_DIR/bad2.txt" --effective 2025-07-01

# CSV import (Excel's plain "CSV" is Windows-1252).
printf 'Name,Sector\r\n%s Collective,vcse\r\n' "$BAD" >"$T_DIR/orgs.csv"
refused "CSV import refuses it" 1 "not imported" org import "$T_DIR/orgs.csv"

# A value stored before the check, or edited outside: lists still read.
ok "add an organisation" org add --name "Cafe Collective" --short-name cc --sector vcse
sqlite3 "$DB" "UPDATE organisation SET name = CAST(X'436166E920436F6C6C656374697665' AS TEXT) WHERE short_name = 'cc'"
ok "org list reads it" org list
has "with U+FFFD for the bad byte" "Caf$(printf '\357\277\275') Collective"
ok "org list --json reads it" org list --json
same "as JSON" "$(jsonv "[o['name'] for o in j if o['short_name'] == 'cc'][0]")" \
	"Caf$(printf '\357\277\275') Collective"
ok "org show reads it" org show cc
ok "person list reads too" person list

# --db in a folder that does not exist.
refused "a missing --db folder is named" 3 "^alliance: --db: no folder $T_DIR/nope/deeper$" \
	--db "$T_DIR/nope/deeper/a.db" org list
refused "init too" 3 "^alliance: --db: no folder $T_DIR/nope$" \
	--db "$T_DIR/nope/a.db" init --template staffordshire-alliance

# A database this user may not write: reads work, a write is refused,
# and no -wal or -shm file is left behind.  As root, run as nobody.
mkdir "$T_DIR/ro" && chmod 777 "$T_DIR/ro" && chmod 711 "$T_DIR"
"$ALLIANCE" --db "$T_DIR/ro/r.db" init --template staffordshire-alliance >/dev/null
chmod 444 "$T_DIR/ro/r.db"
as=""
if [ "$(id -u)" -eq 0 ]; then
	command -v runuser >/dev/null && id nobody >/dev/null 2>&1 && as="runuser -u nobody --"
fi
if [ "$(id -u)" -ne 0 ] || [ -n "$as" ]; then
	$as "$ALLIANCE" --db "$T_DIR/ro/r.db" org add --name "Read Only" --sector vcse \
		>"$T_DIR/out" 2>"$T_DIR/err"
	STATUS=$?; OUT=$(cat "$T_DIR/out"); ERR=$(cat "$T_DIR/err")
	if [ "$STATUS" -eq 3 ] && grep -q "read-only for this user" "$T_DIR/err"; then
		pass "a write to a read-only database is refused plainly"
	else
		fail "a write to a read-only database is refused plainly"
	fi
	$as "$ALLIANCE" --db "$T_DIR/ro/r.db" org list >"$T_DIR/out" 2>"$T_DIR/err"
	STATUS=$?; OUT=$(cat "$T_DIR/out"); ERR=$(cat "$T_DIR/err")
	if [ "$STATUS" -eq 0 ]; then pass "it still reads"; else fail "it still reads"; fi
	same "no -wal or -shm file is left behind" "$(ls "$T_DIR/ro")" "r.db"
fi
chmod 700 "$T_DIR"
finish
