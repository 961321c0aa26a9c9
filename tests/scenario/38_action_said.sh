#!/bin/sh
# Every command that changes something says what it did in one shape
# with --json (the man page's --json): {"done": sentence, "id": the
# record it made or named, only when there is one, "flags": the "rule
# fact" lines it raised, [] when none, null for a command that flags
# nothing}, and the same sentence, " (#id)" and FLAG lines as text.  A
# sample from each kind of command: the registry, sign-in, meetings, the
# Compact's accountability and partners, disputes, reports and records.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2026-04-01

# said NAME WANT ARGS...: ARGS with --json succeed and give the one
# shape, whose done, id and flags are WANT (a Python tuple, "ID" for
# any number above 0, "-" for no id); the same command on a copy of the
# database as text says the same.  $ID is then the id.
said() {
	name=$1 want=$2; shift 2
	rm -f "$T_DIR/text.db"*
	sqlite3 "$DB" ".backup '$T_DIR/text.db'"
	run "$@" --json
	if [ "$STATUS" -ne 0 ]; then fail "$name" "expected success: $*"; return; fi
	got=$(printf %s "$OUT" | python3 -c '
import json, sys
try:
    j = json.load(sys.stdin)
except ValueError as e:
    print("not JSON: %s" % e); sys.exit()
if not isinstance(j, dict) or sorted(j) not in (["done", "flags"], ["done", "flags", "id"]):
    print("keys %s" % (sorted(j) if isinstance(j, dict) else type(j).__name__)); sys.exit()
ok = isinstance(j["done"], str) and (j["flags"] is None or
    (isinstance(j["flags"], list) and all(isinstance(f, str) for f in j["flags"])))
if "id" in j:
    ok = ok and isinstance(j["id"], int) and not isinstance(j["id"], bool) and j["id"] > 0
print(repr((j["done"], "ID" if "id" in j else "-", j["flags"])) if ok else "types %r" % j)
print(j.get("id", 0))')
	ID=$(printf '%s\n' "$got" | sed -n 2p)
	got=$(printf '%s\n' "$got" | sed -n 1p)
	if [ "$got" != "$want" ]; then fail "$name" "got $got, want $want"; return; fi
	"$ALLIANCE" --db "$T_DIR/text.db" --key "$DB.key" "$@" >"$T_DIR/text" 2>&1
	text=$(printf %s "$OUT" | python3 -c '
import json, sys
j = json.load(sys.stdin)
print(j["done"] + (" (#%d)" % j["id"] if "id" in j else ""))
for f in j["flags"] or []:
    print("FLAG " + f)')
	if [ "$(cat "$T_DIR/text")" != "$text" ]; then
		fail "$name" "as text: $(cat "$T_DIR/text")" "from --json: $text"
	else
		pass "$name"
	fi
}

ok "init the Compact" init --template staffordshire-compact
said "org add: made, its id" "('organisation added', 'ID', None)" \
	org add --name "Leek Community Trust" --short-name lct --sector vcse
said "org update: no record made, no id" "('organisation updated', '-', None)" \
	org update lct --geography Leek
said "person add" "('person added', 'ID', None)" \
	person add --name "Lee Kent" --email lee@lct.example.org --organisation lct
said "user add: JSON, not text" "('Lee Kent may now sign in by an emailed link', '-', None)" \
	user add "Lee Kent"
ok "a token" token create --name "Reporting" --scope public
said "token revoke: JSON, not text" "('token 1 revoked', '-', None)" token revoke 1
said "contact add: the id apart from the sentence" "('contact named', 'ID', None)" \
	contact add --organisation "Staffordshire County Council" --name "Carol Champion" \
	--job-title "Head of Communities" --email carol@staffs.example.org --since 2026-04-01
said "contact end" "('contact stood down', '-', None)" contact end "$ID"
said "SC-consult consultation add: flags and the id" \
	"('consultation recorded', 'ID', ['SC-consult runs 28 days, under 12 weeks: no reason given'])" \
	consultation add --organisation "Stoke on Trent City Council" --title "Library review" \
	--opens 2026-04-06 --closes 2026-05-03 --significant
said "SC-consult twelve weeks: checked, nothing flagged" "('consultation recorded', 'ID', [])" \
	consultation add --organisation "Staffordshire County Council" --title "Community hubs" \
	--opens 2026-04-06 --closes 2026-06-28 --significant
said "SC-contract funding add: flagged" \
	"('funding recorded', 'ID', ['SC-contract runs 12 months, under the aim of 3 years'])" \
	funding add --kind contract --funder "Stoke on Trent City Council" --recipient VAST \
	--title "Volunteering hub" --amount 40000 --starts 2026-04-01 --ends 2027-03-31
said "SC-resolve-1 dispute open" \
	"('case opened: stage one (informal), resolution due by 2026-05-13', 'ID', None)" \
	dispute open --organisation lct --against "Staffordshire County Council" --subject "Grant terms" \
	--first-contact 2026-04-01
said "dispute record" "('recorded in the case log', '-', None)" dispute record 1 --text "Met on 2 April"
said "report respond: JSON, not text" \
	"('the response to the 2025 report is recorded', '-', None)" \
	report respond --year 2025 --text "The Board welcomes the report" --date 2026-01-19
said "person restrict: JSON, not text" \
	"(\"processing of Lee Kent's data is restricted: no mail, no new roles; '--lift' ends it\", '-', None)" \
	person restrict "Lee Kent"
"$ALLIANCE" --db "$DB" constitution show >"$T_DIR/c.txt"
said "constitution apply: JSON, not text" \
	"('Applied $T_DIR/c.txt to staffordshire-compact from 2026-05-01; the earlier version is kept.', '-', None)" \
	constitution apply "$T_DIR/c.txt" --effective 2026-05-01

# Meetings: the chair's flags (MC-mou) are in the JSON, not after it.
ok "init the Leaders" init --template manchester-leaders --slug leaders
export ALLIANCE_ARRANGEMENT=leaders
ok "Macc signs" member sign --organisation Macc --name "Macc Chief Executive" --date 2026-04-01
ok "a Macc person" person add --name "Mo Macc" --email mo@macc.example.org --organisation Macc
said "meeting schedule" "('meeting scheduled; its agenda holds the mandatory items', 'ID', None)" \
	meeting schedule --group mou-working-group --date 2026-04-15 --time 14:00 --place "Macc offices"
W1=$ID
said "meeting schedule again" "('meeting scheduled; its agenda holds the mandatory items', 'ID', None)" \
	meeting schedule --group mou-working-group --date 2026-05-13 --time 14:00 --place "MLCO offices"
W2=$ID
said "meeting chair" "('chair recorded', '-', [])" meeting chair "$W1" --person "Mo Macc"
run meeting chair "$W2" --person "Mo Macc" --json
same "MC-mou meeting chair: the flag in the one shape" "$(jsonv "j")" \
	"{'done': 'chair recorded', 'flags': ['MC-mou the VCSE side chaired the previous meeting too; chairing alternates between the sides, meeting by meeting']}"
said "agenda add" "('item added', '-', None)" agenda add "$W1" --title "Commissioning"
said "action add" "('action logged', 'ID', None)" \
	action add --group mou-working-group --text "Draft the MoU review" --due 2026-06-01
said "action done" "('action done', '-', None)" action done "$ID"
finish
