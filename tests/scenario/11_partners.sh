#!/bin/sh
# What partners keep between them, through the command line, from the
# three agreements' templates: the Staffordshire Compact's champions,
# plan and contracts (SC-champion, SC-plan, SC-contract); the Tameside
# PACT's named officers, partnerships, evidence of influence and spend
# beside the aspiration with its 360Giving export (TP-5, TP-2a, TP-2b,
# TP-3a); the Medway & Swale Framework's single points of contact,
# funding lengths and milestones (MS-3.7.1, MS-3.4.2, MS-3.6.3, MS-5).
. "$(dirname "$0")/lib.sh"

# --- The Staffordshire Compact ---
export ALLIANCE_TODAY=2026-04-01
ok "init the Compact" init --template staffordshire-compact
ok "check" check --json
same "SC-champion every partner without a Compact Champion is flagged" \
	"$(jsonv "len([f for f in j if f['rule']=='SC-champion'])")" "23"
refused "SC-champion the Compact names champions, not officers" 1 "each name a champion" \
	contact add --organisation "Staffordshire County Council" --kind officer --name "Ann Officer"
refused "a contact needs a name" 1 "name" contact add --organisation "Staffordshire County Council"
refused "an email that is not one" 1 "email" contact add --organisation "Staffordshire County Council" \
	--name "Carol Champion" --email carol
ok "SC-champion the county council names its champion" contact add --organisation "Staffordshire County Council" \
	--name "Carol Champion" --job-title "Head of Communities" --email carol@staffs.example.org --since 2026-04-01
ok "check again" check --json
same "SC-champion one fewer flag" "$(jsonv "len([f for f in j if f['rule']=='SC-champion'])")" "22"
same "SC-champion the county council is not flagged" \
	"$(jsonv "len([f for f in j if f['rule']=='SC-champion' and f['fact'].startswith('Staffordshire County Council')])")" "0"
ok "contact list" contact list --json
same "the register of champions" "$(jsonv "[(k['organisation'], k['name'], k['kind']) for k in j]")" \
	"[('Staffordshire County Council', 'Carol Champion', 'champion')]"
refused "a contact stands down after they began" 1 "before Carol Champion became the contact" contact end 1 --date 2026-03-01
ok "the champion stands down" contact end 1 --date 2026-09-30
refused "once" 1 "stood down as Staffordshire County Council's contact on 2026-09-30 already" contact end 1
ok "contact list after" contact list --json
same "no champion in post" "$(jsonv "len(j)")" "0"

# SC-plan: actions per partner, tracked to done.
refused "SC-plan an action needs its due date" 1 "due date is missing" plan add --organisation VAST \
	--action "Run commissioning briefings for small groups" --owner "VAST chief officer"
refused "an unknown commitment" 1 "no commitment '9.9'" plan add --organisation VAST --commitment 9.9 \
	--action "Run briefings" --owner "VAST chief officer" --due 2026-06-30
ok "SC-plan VAST's action" plan add --organisation VAST --commitment 1.2 \
	--action "Run commissioning briefings for small groups" --owner "VAST chief officer" --due 2026-06-30
ok "SC-plan the county's action" plan add --organisation "Staffordshire County Council" --commitment 1.1 \
	--action "Publish the decommissioning timetable" --owner "Carol Champion" --due 2026-05-31
ok "progress" plan progress 2 --progress "Draft timetable shared with VAST"
ok "VAST's done" plan progress 1 --done 2026-06-15
refused "done once" 1 "was done on 2026-06-15 already" plan progress 1 --done 2026-06-20
refused "progress needs something said" 1 "say what has been done" plan progress 2
export ALLIANCE_TODAY=2026-05-20
ok "the champion's successor at the county" person add --name "Colin County" --email colin@staffs.example.org \
	--organisation "Staffordshire County Council"
ok "SC-plan reminders" remind --json
same "SC-plan the county is reminded two weeks before its action is due" \
	"$(jsonv "[m['to'] for m in j if m['kind']=='remind-plan']")" "['Staffordshire County Council']"
ok "SC-plan remind again" remind --json
same "SC-plan reminded once" "$(jsonv "len([m for m in j if m['kind']=='remind-plan'])")" "0"
same "in writing to the partner's people" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'remind-plan' and recipient = 'colin@staffs.example.org'")" "1"
export ALLIANCE_TODAY=2026-07-01
ok "the plan" plan list --json
same "SC-plan tracked: done, and overdue" "$(jsonv "[(p['id'], p['status'], p['commitment']) for p in j]")" \
	"[(2, 'overdue', '1.1'), (1, 'done', '1.2')]"
ok "check" check --json
same "SC-plan the overdue action is flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='SC-plan']")" \
	"['Staffordshire County Council: \"Publish the decommissioning timetable\" was due by 2026-05-31 (owner Carol Champion)']"

# SC-contract: three years is the aim; shorter ones are counted.
refused "TP-3a a negative amount" 1 "amount '-500' is not accepted" funding add --kind contract \
	--funder "Staffordshire County Council" --recipient VAST --title "Infrastructure support" --amount -500 \
	--starts 2026-04-01 --ends 2029-03-31
refused "an end before the start" 1 "ends \\(2026-03-31\\) before it starts \\(2026-04-01\\)" funding add \
	--kind contract --funder "Staffordshire County Council" --recipient VAST --title "Infrastructure support" \
	--amount 1000 --starts 2026-04-01 --ends 2026-03-31
refused "a kind of funding" 1 "expected contract, grant or small-grant" funding add --kind loan \
	--funder "Staffordshire County Council" --recipient VAST --title "x" --amount 1000 --starts 2026-04-01 --ends 2027-03-31
refused "TP-3a funding by public bodies" 1 "VAST is not a public body" funding add --kind grant \
	--funder VAST --recipient VAST --title "x" --amount 1000 --starts 2026-04-01 --ends 2027-03-31
refused "funding to the sector only" 1 "Stoke on Trent City Council is not a voluntary" funding add --kind grant \
	--funder "Staffordshire County Council" --recipient "Stoke on Trent City Council" --title "x" --amount 1000 \
	--starts 2026-04-01 --ends 2027-03-31
ok "SC-contract a three-year contract" funding add --kind contract --funder "Staffordshire County Council" \
	--recipient VAST --title "Infrastructure support" --amount "£180,000" --starts 2026-04-01 --ends 2029-03-31
lacks "three years: no flag" "FLAG"
ok "SC-contract a one-year contract" funding add --kind contract --funder "Stoke on Trent City Council" \
	--recipient VAST --title "Volunteering hub" --amount 40000 --starts 2026-04-01 --ends 2027-03-31
has "SC-contract shorter ones are counted" "FLAG SC-contract runs 12 months, under the aim of 3 years"
ok "funding list" funding list --year 2026 --json
same "lengths in months against the aim" "$(jsonv "[(f['months'], f['length'], f['amount_pence']) for f in j]")" \
	"[(36, 'aim', 18000000), (12, 'short', 4000000)]"
# SC-quarterly: attendance by partner at the quarterly Compact meeting.
ok "the first quarter's meeting" meeting schedule --group compact --date 2026-03-10 --time 10:00 --end 12:00 --place "County Buildings, Stafford"
ok "the second quarter's meeting" meeting schedule --group compact --date 2026-06-09 --time 10:00 --end 12:00 --place "County Buildings, Stafford"
ok "a meeting to come" meeting schedule --group compact --date 2026-09-08 --time 10:00 --end 12:00 --place "County Buildings, Stafford"
ok "the county at the first" meeting attend 1 --organisation "Staffordshire County Council" --as present
ok "the county at the second" meeting attend 2 --organisation "Staffordshire County Council" --as present
ok "VAST at the first" meeting attend 1 --organisation VAST --as present
ok "VAST's apologies at the second" meeting attend 2 --organisation VAST --as apologies
ok "attendance" partnership attendance --year 2026 --json
same "SC-quarterly attendance by partner, of the meetings held so far" \
	"$(jsonv "[(a['organisation'], a['attended'], a['held']) for a in j if a['organisation'] in ('Staffordshire County Council', 'VAST', 'Tamworth Borough Council')]")" \
	"[('Staffordshire County Council', 2, 2), ('Tamworth Borough Council', 0, 2), ('VAST', 1, 2)]"
refused "a year is a year" 1 "year '26' is not accepted" partnership attendance --year 26
ok "SC-annual the report" report annual --year 2026 --format json
same "SC-quarterly the report carries the attendance" \
	"$(jsonv "[a['attended'] for a in j['attendance'] if a['organisation']=='VAST']")" "[1]"
ok "spend" spend show --year 2026 --json
same "SC-contract counted by length" "$(jsonv "(j['lengths']['aim'], j['lengths']['short'])")" "(1, 1)"
same "the Compact does not publish spend" "$(jsonv "j['published']")" "False"
ok "SC-annual the report" report annual --year 2026
has "SC-contract the report counts funding by length" "2 contracts and grants were awarded to sector organisations in the year: 1 within the aimed-for length, 1 shorter"
lacks "and publishes no amounts where the constitution does not" "180,000"

# --- The Tameside PACT ---
fresh
export ALLIANCE_TODAY=2026-05-01
ok "init the PACT" init --template tameside-pact
ok "check" check --json
same "TP-5 each partner agency without a named officer is flagged (the twelve public agencies; not Action Together, the sector's own body)" \
	"$(jsonv "len([f for f in j if f['rule']=='TP-5'])")" "12"
same "TP-2a both partnerships lack representation" "$(jsonv "sorted(f['fact'] for f in j if f['rule']=='TP-2a')")" \
	"['Health and Wellbeing Board: no sector representative and no agreed justification', 'Tameside Partnership: no sector representative and no agreed justification']"
ok "TP-5 TMBC names its officer" contact add --organisation TMBC --name "Tom Officer" --job-title "Policy lead"
ok "check" check --json
same "TP-5 one fewer" "$(jsonv "len([f for f in j if f['rule']=='TP-5'])")" "11"

# TP-2a: represented, or a justification agreed and recorded.
ok "TP-5 Action Together signs the PACT" member sign --organisation "Action Together" --name "Liz Windsor-Welch" \
	--role "Chief Executive" --date 2026-04-01 --authority
ok "a representative" person add --name "Rita Rep" --email rita@actiontogether.example.org --organisation "Action Together"
ok "appointed to the Health and Wellbeing Board" position appoint --position hwb --person "Rita Rep" --start 2026-05-01
refused "TP-2a a justification needs who agreed it" 1 "agreed-by" partnership except tameside-partnership \
	--justification "Membership is set by statute" --agreed-on 2026-04-20
refused "TP-2a an unknown partnership" 1 "no partnership 'nowhere'" partnership except nowhere \
	--justification "x" --agreed-by "PACT Leadership Group" --agreed-on 2026-04-20
ok "TP-2a the justification agreed" partnership except tameside-partnership \
	--justification "Membership is set by statute; the sector briefs the chair before each meeting" \
	--agreed-by "PACT Leadership Group" --agreed-on 2026-04-20
ok "the register of partnerships" partnership list --json
same "TP-2a each partnership's status" "$(jsonv "[(p['slug'], p['status'], p['representatives']) for p in j]")" \
	"[('hwb', 'represented', 1), ('tameside-partnership', 'justified', 0)]"
ok "check" check --json
same "TP-2a no gaps left" "$(jsonv "len([f for f in j if f['rule']=='TP-2a'])")" "0"

# TP-2b: evidence of influence through the year.
refused "TP-2b evidence is of what has happened" 1 "in the future" influence add --date 2026-06-01 \
	--body "Health and Wellbeing Board" --decision "Winter plan" --change "x"
refused "TP-2b what changed is needed" 1 "change" influence add --date 2026-03-10 \
	--body "Health and Wellbeing Board" --decision "Winter plan"
ok "TP-2b the evidence" influence add --date 2026-03-10 --body "Health and Wellbeing Board" \
	--decision "Winter pressures plan" --change "Community warm spaces funded after the sector's evidence" \
	--commitment 1b --source "Board minutes, item 6"
ok "TP-2b more" influence add --date 2025-11-02 --body "Strategic Commission" --decision "Grants policy" \
	--change "Small grants kept" --commitment 3b
ok "the year's evidence" influence list --year 2026 --json
same "TP-2b collected by year" "$(jsonv "[(i['on_date'], i['commitment']) for i in j]")" "[('2026-03-10', '1b')]"

# TP-3a: spend by contracts, grants and small grants beside the aspiration and the plan.
ok "a sector organisation" org add --name "Hyde Community Action" --sector vcse --identifier GB-CHC-1234567
ok "a contract" funding add --kind contract --funder TMBC --recipient "Action Together" --title "Infrastructure" \
	--amount 250000 --starts 2026-04-01 --ends 2029-03-31 --awarded 2026-02-01
ok "a grant" funding add --kind grant --funder TMBC --recipient "Hyde Community Action" --title "Warm spaces" \
	--description "Warm spaces in Hyde over the winter" --amount 12500.50 --starts 2026-10-01 --ends 2027-03-31 \
	--awarded 2026-03-15
ok "a small grant" funding add --kind small-grant --funder "Strategic Commission" --recipient "Hyde Community Action" \
	--title "Lunch club" --amount 750 --starts 2026-04-01 --ends 2026-09-30 --awarded 2026-03-20
ok "last year's grant" funding add --kind grant --funder TMBC --recipient "Action Together" --title "Old" \
	--amount 1000 --starts 2025-04-01 --ends 2026-03-31
refused "TP-3a an aspiration needs its plan" 1 "plan" spend aim --organisation TMBC --year 2026 --amount 400000
refused "TP-3a an aspiration is a public body's" 1 "Action Together is not a public body" spend aim \
	--organisation "Action Together" --year 2026 --amount 400000 --plan "x"
refused "TP-3a a decimal comma is not taken for thousands" 1 "amount '400,00' is not accepted" spend aim \
	--organisation TMBC --year 2026 --amount 400,00 --plan "x"
ok "TP-3a TMBC's aspiration and plan" spend aim --organisation TMBC --year 2026 --amount 400000 \
	--plan "Move two contracts to grants by 2027"
ok "spend" spend show --year 2026 --json
same "TP-3a by kind" "$(jsonv "j['by_kind']")" "{'contract': 25000000, 'grant': 1250050, 'small-grant': 75000}"
same "TP-3a by partner beside the aspiration" \
	"$(jsonv "[(p['organisation'], p['contract'], p['grant'], p['small-grant'], p['total_pence'], p.get('aim_pence')) for p in j['partners']]")" \
	"[('TMBC', 25000000, 1250050, 0, 26250050, 40000000), ('Strategic Commission', 0, 0, 75000, 75000, None)]"
same "the year's total" "$(jsonv "j['total_pence']")" "26325050"
same "TP-3a the PACT publishes it" "$(jsonv "j['published']")" "True"
ok "TP-3 the annual report" report annual --year 2026 --format json
same "TP-3a the report's spend is the register's" "$(jsonv "(j['spend']['total_pence'], j['spend']['by_kind']['grant'])")" "(26325050, 1250050)"
same "TP-2b the report collects the year's evidence" "$(jsonv "[i['on_date'] for i in j['influence']]")" "['2026-03-10']"
same "TP-2a the report shows each partnership" "$(jsonv "[p['status'] for p in j['partnerships']]")" "['represented', 'justified']"
ok "TP-3 the report as a PDF" report annual --year 2026 --format pdf --out "$T_DIR/pact.pdf"
same "TP-3a the PDF states the total and the grants" \
	"$(pdftotext "$T_DIR/pact.pdf" - | tr '\n' ' ' | grep -o '£263,250.50 in all: contracts £250,000.00, grants £12,500.50, small grants £750.00' | head -1)" \
	"£263,250.50 in all: contracts £250,000.00, grants £12,500.50, small grants £750.00"
same "TP-2b the PDF carries the evidence in its table" \
	"$(pdftotext -layout "$T_DIR/pact.pdf" - | grep -c '2026-03-10 .*Health and .*Winter .*Community')" "1"
ok "spend as a table" spend show --year 2026
has "amounts in pounds" "262,500.50"
has "the plan beside it" "Move two contracts to grants"

# 360Giving: grants only, required fields, org-ids or the publisher's own.
refused "a 360Giving prefix" 1 "expected the publisher's 360Giving prefix" funding export --year 2026 --prefix tameside
ok "360Giving JSON" funding export --year 2026 --prefix 360G-tameside
same "grants and small grants, not contracts" "$(jsonv "[g['id'] for g in j['grants']]")" \
	"['360G-tameside-2', '360G-tameside-3']"
same "360Giving required fields" "$(jsonv "sorted(j['grants'][0].keys())")" \
	"['amountAwarded', 'awardDate', 'currency', 'description', 'fundingOrganization', 'id', 'plannedDates', 'recipientOrganization', 'title']"
same "the amount in pounds and pence" "$(jsonv "(j['grants'][0]['amountAwarded'], j['grants'][1]['amountAwarded'], j['grants'][0]['currency'])")" \
	"(12500.5, 750, 'GBP')"
same "the recipient's org-id" "$(jsonv "j['grants'][0]['recipientOrganization'][0]")" \
	"{'id': 'GB-CHC-1234567', 'name': 'Hyde Community Action'}"
same "a funder without an org-id gets the publisher's identifier" \
	"$(jsonv "j['grants'][1]['fundingOrganization'][0]['id'].startswith('360G-tameside-ORG-')")" "True"
same "planned dates and months" "$(jsonv "j['grants'][0]['plannedDates'][0]")" \
	"{'startDate': '2026-10-01', 'endDate': '2027-03-31', 'duration': 6}"
ok "360Giving CSV" funding export --year 2026 --prefix 360G-tameside --format csv
same "CSV columns titled as the standard" "$(printf '%s\n' "$OUT" | head -1 | tr -d '\r')" \
	"Identifier,Title,Description,Currency,Amount Awarded,Award Date,Planned Dates:Start Date,Planned Dates:End Date,Planned Dates:Duration (months),Recipient Org:Identifier,Recipient Org:Name,Funding Org:Identifier,Funding Org:Name"
same "one row per grant" "$(printf '%s\n' "$OUT" | wc -l)" "3"
has "the CSV amount to the penny, never rounded" ",GBP,12500.50,"
ok "a title starting = is not a formula" funding add --kind grant --funder TMBC --recipient "Action Together" \
	--title "=HYPERLINK(\"x\")" --amount 10 --starts 2026-05-01 --ends 2026-05-31 --awarded 2026-05-01
ok "CSV again" funding export --year 2026 --prefix 360G-tameside --format csv
has "guarded against formula injection: the cell starts with a quote" ",\"'=HYPERLINK"
lacks "and never with the formula" ',"=HYPERLINK'
# A 360Giving file holds at least one grant: a year with none (or with
# contracts only) is refused, naming the year, and no file is written.
refused "360Giving a year with no grants is refused, naming it" 1 "2024 has no grants" funding export --year 2024
same "and nothing written for it" "$OUT" ""
refused "360Giving nor as CSV" 1 "2024 has no grants" funding export --year 2024 --format csv

# --- The Medway & Swale Framework ---
fresh
export ALLIANCE_TODAY=2022-04-15
ok "init the Framework" init --template medway-swale-framework
ok "Medway Council" org add --name "Medway Council" --sector public
ok "Medway Voluntary Action" org add --name "Medway Voluntary Action" --sector vcse
refused "MS-3.7.1 a single point of contact is for an area" 1 "name it \\(MS-3.7.1\\)" \
	contact add --organisation "Medway Council" --name "Sam Point"
ok "MS-3.7.1 the single point for procurement" contact add --organisation "Medway Council" --name "Sam Point" \
	--area "Procurement: social care" --email sam@medway.example.org
ok "MS-3.7.1 the register" contact list --kind single-point --json
same "MS-3.7.1 by area" "$(jsonv "[(k['area'], k['organisation'], k['name']) for k in j]")" \
	"[('Procurement: social care', 'Medway Council', 'Sam Point')]"
ok "MS-3.4.2 a two-year contract" funding add --kind contract --funder "Medway Council" --recipient "Medway Voluntary Action" \
	--title "Advice" --amount 50000 --starts 2022-04-01 --ends 2024-03-31
has "MS-3.4.2 under three years is flagged under the Framework's own rule" "FLAG MS-3.4.2 runs 24 months, under the aim of 3 years"
ok "MS-3.6.3 a six-year grant" funding add --kind grant --funder "Medway Council" --recipient "Medway Voluntary Action" \
	--title "Core costs" --amount 60000 --starts 2022-04-01 --ends 2028-03-31
ok "MS-3.6.3 a four-year grant" funding add --kind grant --funder "Medway Council" --recipient "Medway Voluntary Action" \
	--title "Volunteering" --amount 20000 --starts 2022-04-01 --ends 2026-03-31
ok "spend" spend show --year 2022 --json
same "MS-3.4.2, MS-3.6.3 the report counts funding by length (3 to 5 years)" \
	"$(jsonv "(j['lengths']['aim'], j['lengths']['short'], j['lengths']['long'], j['min_years'], j['max_years'])")" \
	"(1, 1, 1, 3, 5)"

# MS-5: dated milestones, met or missed.
ok "milestones" milestone list --json
same "MS-5 the three milestones with their status" "$(jsonv "[(m['n'], m['due'], m['status']) for m in j]")" \
	"[(1, '2021-01-30', 'missed'), (2, '2022-03-31', 'missed'), (3, '2023-06-01', 'to come')]"
ok "check" check --json
same "MS-5 missed milestones are flagged" "$(jsonv "len([f for f in j if f['rule']=='MS-5' and f['fact'].startswith('milestone')])")" "2"
ok "MS-5 the sign-up met on its day" milestone met 1 --date 2021-01-30 --note "Signed at the Partnership Board"
ok "MS-5 action plans met late" milestone met 2 --date 2022-04-10
refused "met once" 1 "met on 2021-01-30 already" milestone met 1
refused "an unknown milestone" 1 "no milestone 7" milestone met 7
ok "milestones again" milestone list --json
same "MS-5 met, met late, to come" "$(jsonv "[m['status'] for m in j]")" "['met', 'met late', 'to come']"
ok "check again" check --json
same "MS-5 no milestone flags" "$(jsonv "len([f for f in j if f['rule']=='MS-5' and f['fact'].startswith('milestone')])")" "0"
export ALLIANCE_TODAY=2023-06-02
ok "MS-5 the year's report" report annual --year 2023 --format json
same "MS-5 the report lists the year's milestone and its status" "$(jsonv "[(m['n'], m['status']) for m in j['milestones']]")" "[(3, 'missed')]"
ok "check after the self-assessment milestone" check --json
same "MS-5 the passed milestone is flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='MS-5' and f['fact'].startswith('milestone')]")" \
	"['milestone 3 was due by 2023-06-01 and is not recorded as met: Annual self-assessment report submitted to the Medway and Swale Partnership Board (5.3)']"
ok "audit chain intact" audit verify
finish
