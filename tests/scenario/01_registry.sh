#!/bin/sh
# An officer of the Staffordshire Alliance keeps its register: the
# template, organisations, people, groups, memberships, the declaration,
# offices, positions, suspension and resignation.  Rule ids in the names.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

refused "init refuses an unknown template, naming the five" 1 \
	"template 'leeds' is not built in; expected one of staffordshire-alliance, staffordshire-compact, medway-swale-framework, manchester-leaders, tameside-pact" \
	init --template leeds
ok "init creates the Staffordshire Alliance from its template" init --template staffordshire-alliance
has "init says what it made" "Created .*staffordshire-alliance"
refused "init twice is refused" 1 "already holds the arrangement 'staffordshire-alliance'" \
	init --template staffordshire-alliance

# Organisations
ok "add a VCSE organisation" org add --name "Burton Community Trust" --sector vcse \
	--short-name BCT --identifier gb-chc-1234567 --geography "East Staffordshire"
ok "its identifier is kept in org-id form" org show BCT
has "identifier upper-cased" "GB-CHC-1234567"
refused "a duplicate name is refused" 1 "an organisation named 'Burton Community Trust' already exists" \
	org add --name "burton community trust" --sector vcse
refused "an identifier of the wrong shape is refused, saying what is accepted" 1 \
	"identifier 'GB-CHC-12' is not in org-id form; expected GB-CHC- and the 6 or 7 digit charity number" \
	org add --name "Short Number Charity" --sector vcse --identifier GB-CHC-12
refused "an unknown identifier list is refused" 1 "not in org-id form; expected an org-id such as GB-CHC-1234567" \
	org add --name "Odd Id" --sector vcse --identifier 1234567
refused "a sector outside the three is refused" 1 "sector 'charity' is not accepted; expected vcse, public or private" \
	org add --name "Wrong Sector" --sector charity
refused "a name is required" 1 "name is missing" org add --sector vcse
ok "a Companies House number Excel shortened is padded to 8" org add --name "Lichfield Social Enterprise Ltd" \
	--sector vcse --identifier GB-COH-1234567
run org show "Lichfield Social Enterprise Ltd"
has "padded company number" "GB-COH-01234567"
refused "the same identifier twice is refused" 1 "identifier GB-COH-01234567 is already held by Lichfield Social Enterprise Ltd" \
	org add --name "Another Ltd" --sector private --identifier GB-COH-01234567
ok "add a statutory body" org add --name "Staffordshire County Council Test" --sector public --short-name SCCT
ok "update an organisation" org update BCT --geography "Burton upon Trent"
run org show BCT
has "update shows" "Burton upon Trent"
refused "update to a bad identifier changes nothing" 1 "is not in org-id form" org update BCT --identifier GB-COH-AB12

# People
ok "add a person" person add --name "Asha Patel" --email asha.patel@example.org --organisation BCT --job-title "Chief Officer"
ok "add a council officer" person add --name "Tom Reed" --email tom.reed@example.org --organisation SCCT
ok "add a second VCSE person" person add --name "Ruth Okafor" --email ruth.okafor@example.org --organisation "Lichfield Social Enterprise Ltd"
refused "a bad email is refused" 1 "email 'asha@' is not an email address; expected name@example.org" \
	person add --name "Asha Two" --email asha@
refused "an email already used is refused" 1 "email asha.patel@example.org is already Asha Patel's" \
	person add --name "Asha Three" --email asha.patel@example.org
refused "an unknown organisation is refused" 1 "no organisation 'Nowhere Trust'" \
	person add --name "Nobody" --organisation "Nowhere Trust"
ok "give a role" person role asha.patel@example.org --role contact
refused "an unknown role is refused" 1 "role 'boss' is not accepted; expected officer" person role "Asha Patel" --role boss

# Groups
ok "add a local forum (SA-5.2)" group add --slug east-forum --name "East Staffordshire Test Forum" \
	--kind local-forum --geography "East Staffordshire" --recognised 2025-01-06
refused "a group kind outside the list is refused" 1 "kind 'club' is not accepted; expected local-forum" \
	group add --slug club --name Club --kind club
refused "a bad slug is refused" 1 "slug 'East Forum' is not accepted" group add --slug "East Forum" --name X --kind task

# Memberships and the declaration
ok "SA-3.2 a membership can be applied for" member add --group east-forum --organisation BCT --kind full --since 2025-05-01
run member show --group east-forum --organisation BCT
has "SA-3.2 it is pending until the agreement is signed" "Status: +pending"
refused "SA-3.2 a pending membership cannot be made active but by signing" 1 \
	"a membership becomes active only when the agreement is signed" \
	member reinstate --group east-forum --organisation BCT
refused "SA-3.1-full a public body cannot be a full member" 1 \
	"a public organisation cannot be a full member; full members are vcse organisations" \
	member add --group east-forum --organisation SCCT --kind full
ok "SA-3.1-assoc a public body can be an associate" member add --group east-forum --organisation SCCT --kind associate
refused "SA-3.1-assoc a VCSE organisation cannot be an associate" 1 "a vcse organisation cannot be an associate member" \
	member add --group east-forum --organisation "Lichfield Social Enterprise Ltd" --kind associate
refused "a second membership of the same group is refused" 1 "already has a full membership" \
	member add --group east-forum --organisation BCT --kind full
refused "SA-15.1 a declaration without a role is refused, naming it" 1 "the declaration is missing its role" \
	member sign --organisation BCT --name "Asha Patel" --date 2025-05-02 --authority
refused "SA-15.1 a declaration without confirmation of authority is refused" 1 \
	"the declaration is missing its confirmation of authority" \
	member sign --organisation BCT --name "Asha Patel" --role "Chief Officer" --date 2025-05-02
refused "SA-15.1 a declaration without a name is refused" 1 "the declaration is missing its name" \
	member sign --organisation BCT --role "Chief Officer" --date 2025-05-02 --authority
refused "SA-15.1 a declaration with a bad date is refused" 1 "^alliance: --date '2025-13-02' is not accepted; expected a date as YYYY-MM-DD" \
	member sign --organisation BCT --name "Asha Patel" --role "Chief Officer" --date 2025-13-02 --authority
refused "a declaration dated in the future is refused" 1 "after today" \
	member sign --organisation BCT --name "Asha Patel" --role "Chief Officer" --date 2025-07-01 --authority
ok "SA-15.1 a complete declaration is recorded" \
	member sign --organisation BCT --name "Asha Patel" --role "Chief Officer" --date 2025-05-02 --authority
run member show --group east-forum --organisation BCT
has "SA-3.2 signing makes the membership active" "Status: +active"
has "the declaration is shown" "signed 2025-05-02 by Asha Patel, Chief Officer"
refused "a second declaration is refused" 1 "signed .* on 2025-05-02 already" \
	member sign --organisation BCT --name "Asha Patel" --role "Chief Officer" --date 2025-05-03 --authority
ok "an associate signs" member sign --organisation SCCT --name "Tom Reed" --role "Director" --date 2025-05-02 --authority
ok "a later group of a signed organisation is active at once" group add --slug east-carers --name "East Carers Task Group" --kind task --parent east-forum
ok "join the task group" member add --group east-carers --organisation BCT --kind full
run member show --group east-carers --organisation BCT --json
same "SA-3.2 already signed: active at once" "$(jsonv "j['status']")" "active"

# Offices (SA-7.1, SA-E1, SA-3.1-assoc)
refused "SA-3.1-assoc an associate's person cannot chair" 1 "associates may not stand as chair" \
	office set --group east-forum --person "Tom Reed" --office chair --start 2025-06-01
refused "SA-E1 a chair must be from a full member of the forum" 1 "not from an active full member of East Staffordshire Test Forum" \
	office set --group east-forum --person "Ruth Okafor" --office chair --start 2025-06-01
ok "SA-7.1 elect a chair" office set --group east-forum --person "Asha Patel" --office chair --start 2025-06-01
run group show east-forum --json
same "SA-7.1 the term is three years" "$(jsonv "[o['term_end'] for o in j['offices'] if o['office']=='chair'][0]")" "2028-05-31"
ok "Ruth's organisation joins and signs" member add --group east-forum --organisation "Lichfield Social Enterprise Ltd" --kind full
ok "and signs" member sign --organisation "Lichfield Social Enterprise Ltd" --name "Ruth Okafor" --role Director --date 2025-06-01 --authority
ok "SA-7.1 a chair elected mid-term" office set --group east-forum --person "Ruth Okafor" --office chair --start 2026-01-10
run group show east-forum --json
same "SA-7.1 a mid-term chair ends at the original term's end" \
	"$(jsonv "[o['term_end'] for o in j['offices'] if o['office']=='chair'][0]")" "2028-05-31"
same "only one chair holds office" "$(jsonv "len([o for o in j['offices'] if o['office']=='chair'])")" "1"

# Positions (SA-9.1, SA-3.1-assoc)
ok "add a position" position add --slug east-place --section "ICB Place Boards" --name "East Staffordshire Test Board" \
	--method elected --electing-group east-forum --seats 1
refused "SA-3.1-assoc an associate cannot be a representative" 1 "associates may not stand as representatives" \
	position appoint --position east-place --person "Tom Reed"
ok "SA-9.1 a full member's person is elected" position appoint --position east-place --person "Asha Patel" --start 2025-07-01 --end 2028-06-30
refused "a full position refuses another representative" 1 "all 1 seat\\(s\\) of East Staffordshire Test Board are filled" \
	position appoint --position east-place --person "Ruth Okafor"
ok "a deputy is named (SA-D2.5)" position appoint --position east-place --person "Ruth Okafor" --role deputy
run register positions --json
same "the register of appendix C updates itself" \
	"$(jsonv "[ (p['representatives'][0]['person'], p['deputies'][0]['person'], p['term']) for p in j if p['slug']=='east-place'][0]")" \
	"('Asha Patel', 'Ruth Okafor', '2025-2028')"

# Suspension and reinstatement (SA-13.2)
refused "SA-13.2 a suspension needs a reason" 1 "reason is missing" \
	member suspend --group east-forum --organisation BCT
ok "SA-13.2 suspend a member in breach" member suspend --group east-forum --organisation BCT --reason "breach of confidentiality, letter of 2 June"
run member show --group east-forum --organisation BCT
has "SA-13.2 suspended, with who and why" "suspended .*breach of confidentiality.*scenario officer"
refused "a suspended member cannot be suspended again" 1 "already suspended" \
	member suspend --group east-forum --organisation BCT --reason again
ok "SA-13.2 reinstate" member reinstate --group east-forum --organisation BCT --reason "resolved in writing"
run member show --group east-forum --organisation BCT --json
same "SA-13.2 active again" "$(jsonv "j['status']")" "active"

# Resignation with one month's notice (SA-14.1)
ok "SA-14.1 written notice of resignation" member resign --group east-carers --organisation BCT --date 2025-05-31 --reason "letter to the chair"
has "SA-14.1 notice ends one month later, on its own date" "ends on 2025-06-30"
run member show --group east-carers --organisation BCT --json
same "SA-14.1 under notice meanwhile" "$(jsonv "j['status']")" "under notice"
export ALLIANCE_TODAY=2025-06-30
run member show --group east-carers --organisation BCT --json
same "SA-14.1 the membership ends on the notice date" "$(jsonv "j['status']")" "resigned"
has "SA-14.1 the end is dated and explained" "notice period ended"
refused "an ended membership cannot be reinstated" 1 "the membership has ended \\(resigned\\)" \
	member reinstate --group east-carers --organisation BCT
ok "SA-14.3 terminate a membership" member terminate --group east-forum --organisation "Lichfield Social Enterprise Ltd" --reason "forum vote of 30 June 2025"
refused "termination is final" 1 "has ended \\(terminated\\)" \
	member withdraw --group east-forum --organisation "Lichfield Social Enterprise Ltd" --reason x

# Registers
ok "the forum register (appendix B) as a table" register forums
has "the forum register lists the new forum" "East Staffordshire Test Forum"
ok "the member register as CSV" register members --format csv
has "CSV heading" "^Organisation,Identifier,Sector,Group,Kind,Status,Since,Signed"
has "CSV row" "Burton Community Trust,GB-CHC-1234567,vcse,East Staffordshire Test Forum,full,active,2025-05-01,2025-05-02"
ok "the member register as CSV for Excel" register members --format excel-csv
same "it opens with a UTF-8 byte order mark, then the same CSV" \
	"$(printf %s "$OUT" | head -c 15 | od -An -c | head -1 | tr -s ' ')" " 357 273 277 O r g a n i s a t i o n"
ok "registers as JSON" register forums --json
same "JSON parses and lists the forum" "$(jsonv "any(g['slug']=='east-forum' for g in j)")" "True"
refused "an unknown register is refused" 2 "no register 'budget'" register budget

# Usage errors
refused "an unknown option is refused, listing the accepted ones" 2 "unknown option --colour for 'org add'; accepted: --name" \
	org add --name X --sector vcse --colour red
refused "an unknown command is refused" 2 "no command 'fly'" fly
refused "a bad date is refused naming the field" 1 "^alliance: --since '2025-02-30' is not accepted; expected a date as YYYY-MM-DD" \
	member add --group east-forum --organisation SCCT --kind guest --since 2025-02-30
run help
has "help lists the commands" "member +memberships"
run member --help
has "NOUN --help lists the verbs and options" "alliance member sign"

# Audit (hash chain)
ok "the audit log verifies" audit verify
has "intact" "audit log intact: [0-9]+ entries checked"
n=$(sqlite3 "$DB" "select count(*) from audit")
sqlite3 "$DB" "update audit set actor = 'someone else' where seq = 20"
run audit verify
same "an edited entry fails verification" "$STATUS" "4"
has "and is named" "audit entry 20 was edited"
sqlite3 "$DB" "update audit set actor = 'scenario officer' where seq = 20; delete from audit where seq = 25"
run audit verify
same "a deleted entry fails verification" "$STATUS" "4"
has "and is named" "audit entry 25 is missing \\(deleted\\)"
lacks "the restored entry is no longer reported" "entry 20 "
same "the log had every change" "$([ "$n" -gt 40 ] && echo yes)" "yes"

# Databases that cannot be used
refused "a database that is not there is named" 3 "no database at $T_DIR/nothere.db" --db "$T_DIR/nothere.db" org list
refused "a folder that is not there is named" 3 "^alliance: --db: no folder /nonexistent$" --db /nonexistent/x.db org list
printf 'this is not a database' >"$T_DIR/junk.db"
run --db "$T_DIR/junk.db" org list
same "a file that is not a database is refused" "$STATUS" "3"
finish
