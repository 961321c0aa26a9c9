#!/bin/sh
# The constitution as a text file (check, apply, versions in force by
# date) and the CSV import an officer does from an Excel register.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

ok "init" init --template staffordshire-alliance
ok "show the constitution" constitution show
has "it is the template's text with its version" "^# staffordshire-alliance constitution, version 1, in force from"
printf '%s\n' "$OUT" | tail -n +2 >"$T_DIR/c1.txt"
ok "the shown file checks clean" constitution check "$T_DIR/c1.txt"
has "and says so" "the constitution is valid"

# A bad file is refused with its line, setting and what is accepted.
sed 's/^agenda.notice_days = .*/agenda.notice_days = seven/' "$T_DIR/c1.txt" >"$T_DIR/bad1.txt"
grep -q "agenda.notice_days = seven" "$T_DIR/bad1.txt" || echo "agenda.notice_days = seven" >>"$T_DIR/bad1.txt"
line=$(grep -n "agenda.notice_days = seven" "$T_DIR/bad1.txt" | cut -d: -f1)
refused "a bad number is refused with line, setting and range" 1 \
	"bad1.txt: line $line: setting 'agenda.notice_days' 'seven' is not accepted; expected a whole number from 0 to 365" \
	constitution check "$T_DIR/bad1.txt"
refused "apply refuses the same file and changes nothing" 1 "line $line: setting 'agenda.notice_days'" \
	constitution apply "$T_DIR/bad1.txt" --effective 2025-07-01
{ grep -v '^notes.visibility' "$T_DIR/c1.txt"; echo "notes.visibility = everyone"; } >"$T_DIR/bad2.txt"
refused "a bad choice names the accepted ones" 1 "'everyone' is not accepted; expected members or public" \
	constitution check "$T_DIR/bad2.txt"
{ cat "$T_DIR/c1.txt"; echo "meetings.min_per_year.club = 4"; } >"$T_DIR/bad3.txt"
refused "an unknown setting is refused" 1 "setting 'meetings.min_per_year.club' is not a known setting" \
	constitution check "$T_DIR/bad3.txt"
{ grep -v '^quorum.task' "$T_DIR/c1.txt"; echo "quorum.task = vcse-present none"; } >"$T_DIR/bad4.txt"
refused "SA-8.2 a bad quorum rule is refused" 1 "expected none, majority, vcse-present N" \
	constitution check "$T_DIR/bad4.txt"
refused "a missing file is refused" 1 "cannot read" constitution check "$T_DIR/nope.txt"

# A new version from a date; the old one is kept with its dates.
sed 's/^notes.due_days = .*/notes.due_days = 14/' "$T_DIR/c1.txt" >"$T_DIR/c2.txt"
grep -q "^notes.due_days = 14" "$T_DIR/c2.txt" || echo "notes.due_days = 14" >>"$T_DIR/c2.txt"
refused "a new version cannot start before the one in force" 1 "must take effect after the one in force" \
	constitution apply "$T_DIR/c2.txt" --effective 2020-01-01
ok "apply a new version from 1 July" constitution apply "$T_DIR/c2.txt" --effective 2025-07-01
ok "versions" constitution versions --json
same "two versions, the first closed the day the second starts" \
	"$(jsonv "[(v['version'], v['effective_to']) for v in j]")" "[(1, '2025-07-01'), (2, None)]"
ok "settings before the change" constitution settings --date 2025-06-30 --json
same "the rules then in force: 21 days" "$(jsonv "[s['value'] for s in j if s['setting']=='notes.due_days'][0]")" "21"
ok "settings after the change" constitution settings --date 2025-07-01 --json
same "the new rule from its date: 14 days" "$(jsonv "[s['value'] for s in j if s['setting']=='notes.due_days'][0]")" "14"
same "settings carry their rule ids" "$(jsonv "[s['rule'] for s in j if s['setting']=='notes.due_days'][0]")" "SA-10.3"
ok "show an old version by date" constitution show --date 2025-06-01
has "version 1 with its dates" "version 1, in force from .* to 2025-07-01"
refused "apply the same text again is refused" 1 "the same as version 2" \
	constitution apply "$T_DIR/c2.txt" --effective 2025-08-01

# CSV import, as Excel saves it: a byte-order mark, CRLF, quotes.
printf '\357\273\277Name,Sector,Identifier,Short name,Geography\r\n' >"$T_DIR/orgs.csv"
printf '"Tamworth Food Bank, The",vcse,GB-CHC-1100001,TFB,Tamworth\r\n' >>"$T_DIR/orgs.csv"
printf 'Cannock Men'"'"'s Shed,charity,,CMS,Cannock\r\n' >>"$T_DIR/orgs.csv"
printf 'Stafford Youth Project,vcse,GB-CHC-12,SYP,Stafford\r\n' >>"$T_DIR/orgs.csv"
printf ',,,,\r\n' >>"$T_DIR/orgs.csv"
printf 'Leek Community Ltd,vcse,GB-COH-9876543,LCL,Leek\r\n' >>"$T_DIR/orgs.csv"
refused "a file with bad rows imports nothing" 1 "was not imported: 2 of 4 rows have problems" \
	org import "$T_DIR/orgs.csv"
has "the bad sector is reported with its line and field" "^3 +sector +sector 'charity' is not accepted"
has "the bad identifier is reported with its line and field" "^4 +identifier +identifier 'GB-CHC-12' is not in org-id form"
ok "only the clean rows, on request" org import "$T_DIR/orgs.csv" --only-clean
has "with a report" "4 rows read, 2 with problems, 2 imported"
run org show "Tamworth Food Bank, The"
same "a quoted name with a comma survives" "$STATUS" "0"
run org show LCL
has "an Excel-shortened company number is padded" "GB-COH-09876543"
refused "importing it again finds the duplicates" 1 "4 of 4 rows have problems" org import "$T_DIR/orgs.csv"
printf 'Name,Colour\nA,red\n' >"$T_DIR/hdr.csv"
refused "an unknown column is refused, listing the accepted ones" 1 "cannot be read as organisations" org import "$T_DIR/hdr.csv"
has "the column is named" "column 'Colour' is not known; accepted columns are name, short name, sector"
printf 'Name,Email,Organisation\n"Priya Shah",priya@example.org,TFB\n"Sam Cole",sam@,TFB\n"Lee Wong",lee@example.org,Nowhere\n' >"$T_DIR/people.csv"
refused "people: every bad row named" 1 "2 of 3 rows have problems" person import "$T_DIR/people.csv"
has "bad email on line 3" "^3 +email"
has "unknown organisation on line 4" "^4 +organisation +no organisation 'Nowhere'"
printf 'Name,Sector\nCaf\351 Project,vcse\n' >"$T_DIR/latin1.csv"
refused "a file saved as Windows-1252 is refused with advice" 1 "1 of 1 rows" org import "$T_DIR/latin1.csv"
has "advice names the Excel format" "CSV UTF-8"
: >"$T_DIR/empty.csv"
refused "an empty file is refused" 1 "is empty" org import "$T_DIR/empty.csv"

# A large file shows progress and imports in one go.
python3 -c "
import sys
print('name,sector,identifier')
for i in range(2500): print('Community Group %d,vcse,GB-CHC-%07d' % (i, 2000000 + i))
" >"$T_DIR/big.csv"
ok "2,500 organisations import in one transaction" org import "$T_DIR/big.csv"
has "all of them" "2500 rows read, 0 with problems, 2500 imported"

# The database is locked by another program: refused, nothing lost.
python3 -c "
import sqlite3, time, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute('BEGIN EXCLUSIVE')
open(sys.argv[2], 'w').close()
time.sleep(6)
c.execute('ROLLBACK')
" "$DB" "$T_DIR/locked" &
lock=$!
while [ ! -f "$T_DIR/locked" ]; do sleep 0.1; done
run org add --name "Locked Out Trust" --sector vcse
same "a locked database is refused with exit 3" "$STATUS" "3"
if printf %s "$ERR" | grep -q "locked by another program"; then pass "and says so"; else fail "and says so"; fi
wait $lock
run org show "Locked Out Trust"
same "nothing was written" "$STATUS" "1"
finish
