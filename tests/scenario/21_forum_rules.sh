#!/bin/sh
# The Alliance's forums and representatives by the agreement's own
# clauses (seed 000): who comes to meetings and since when (SA-6.3), how
# a chair election is counted (SA-E2.2), how new groups choose their
# chair (SA-7.2), and the records a forum keeps of its representatives
# and papers.  Each check names the clause it proves.
. "$(dirname "$0")/lib.sh"
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
now() { export ALLIANCE_NOW="$1"; }
# meeting GROUP DAY: schedules a meeting; $M is its number.
meeting() {
	ok "a meeting of $1 on $2" meeting schedule --group "$1" --date "$2" --time 10:00 --place Online
	M=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
}
at 2025-01-06

ok "init" init --template staffordshire-alliance
for s in aa bb cc dd ee ff; do
	ok "add $s" org add --name "Org $s" --short-name "$s" --sector vcse
	ok "$s joins the forum" member add --group southwest --organisation "$s" --kind full
	ok "$s signs" member sign --organisation "$s" --name "Chief of $s" --role "Chief Officer" --date 2025-01-06 --authority
	ok "a person for $s" person add --name "Lead $s" --email "lead@$s.example.org" --organisation "$s"
done

# --- SA-6.3: the same senior representative; absence since joining ---
at 2025-02-01
meeting southwest 2025-02-10
M1=$M
meeting southwest 2025-03-10
M2=$M
meeting southwest 2025-04-07
M3=$M
for m in $M1 $M2 $M3; do
	for s in aa bb cc dd ee ff; do
		ok "$s comes to $m" meeting attend "$m" --organisation "$s" --as present --people "Lead $s"
	done
done
ok "SA-6.3 aa sends someone else to the April meeting" meeting attend "$M3" --organisation aa --as present --people "New Face"
ok "SA-6.3 bb's senior representative brings a colleague" meeting attend "$M3" --organisation bb --as present --people "Lead bb, Colleague"
ok "SA-6.3 cc sends a deputy with the chair's agreement" meeting attend "$M3" --organisation cc --as deputy --people "Deputy cc" --deputy-agreed
at 2025-05-01
ok "a newcomer" org add --name "Org new" --short-name new --sector vcse
ok "joins the forum on 1 May" member add --group southwest --organisation new --kind full
ok "and signs" member sign --organisation new --name "Chief of new" --role "Chief Officer" --date 2025-05-01 --authority
meeting southwest 2025-05-12
for s in aa bb cc dd ee ff; do ok "$s comes in May" meeting attend "$M" --organisation "$s" --as present --people "Lead $s"; done
at 2025-05-20
ok "check" check --group southwest --json
same "SA-6.3 a newcomer is not absent from meetings before it joined" \
	"$(jsonv "[f['fact'] for f in j if 'Org new' in f['fact']]")" "[]"
same "SA-6.3 a change of senior representative is flagged, with who came" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-6.3' and ' sent ' in f['fact']]")" \
	"['Org aa sent New Face to the meeting of 2025-04-07, not Lead aa as before', 'Org aa sent Lead aa to the meeting of 2025-05-12, not New Face as before']"

# --- SA-E2.2: the reading of "simple majority" is the constitution's ---
at 2025-06-02
ok "SA-E2.2 the template reads it as plurality" constitution settings --json
same "SA-E2.2 plurality" "$(jsonv "[s['value'] for s in j if s['setting']=='election.method']")" "['plurality']"
ok "the constitution" constitution show
printf '%s\n' "$OUT" | sed 's/^election.method = .*/election.method = majority/' >"$T_DIR/c.txt"
ok "SA-E2.2 the Alliance chooses a majority of the votes cast" constitution apply "$T_DIR/c.txt" --effective 2025-06-02
ok "SA-7.1 seek nominations for chair" election open --group southwest --office chair --closes 2025-06-23
E1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
for p in aa bb cc; do
	ok "nominate Lead $p" election nominate "$E1" --person "Lead $p" --details "Lead $p" --why "To serve" \
		--skills "Chairing" --interests none --guidance
done
ok "the poll" election ballot "$E1" --opens 2025-06-24T09:00 --closes 2025-06-30T17:00
now 2025-06-25T12:00
for v in aa:aa bb:aa cc:aa dd:bb ee:bb ff:cc; do
	ok "${v%%:*} votes" election vote "$E1" --organisation "${v%%:*}" --candidate "Lead ${v##*:}"
done
now 2025-06-30T18:00
ok "SA-E2.2 count: 3 of 6 is not more than half" election count "$E1"
has "SA-E2.2 no majority: a run-off between the highest" \
	"No majority of the votes cast; the highest are Lead aa; Lead bb: run-off election"
run election show "$E1" --json
same "SA-E2.2 nobody elected" "$(jsonv "(j['result']['outcome'], j['result']['winners'])")" "('no majority', [])"

# --- SA-7.2: a new group selects its chair at its first meeting ---
at 2025-07-01
ok "SA-5.4 the forum forms a task group" group add --slug winter-task --name "Winter Pressures Task Group" \
	--kind task --parent southwest --geography "Southwest Staffordshire"
ok "SA-5.4 and a second one" group add --slug carers-task --name "Carers Task Group" \
	--kind task --parent southwest --geography "Southwest Staffordshire"
for s in aa bb; do
	ok "$s joins the winter group" member add --group winter-task --organisation "$s" --kind full
	ok "$s joins the carers group" member add --group carers-task --organisation "$s" --kind full
done
meeting winter-task 2025-07-14
meeting carers-task 2025-07-15
ok "SA-7.2 the carers group selects its chair at its first meeting" \
	office set --group carers-task --person "Lead bb" --office chair --start 2025-07-15
at 2025-07-20
ok "check" check --json
same "SA-7.2 the group that chose no chair at its first meeting is flagged" \
	"$(jsonv "[(f['group'], f['fact']) for f in j if 'first meeting' in f['fact']]")" \
	"[('winter-task', \"the group's first meeting, on 2025-07-14, selected no chair; its members select one at their first meeting\")]"
ok "SA-7.2 the winter group chooses its chair a week later" \
	office set --group winter-task --person "Lead aa" --office chair --start 2025-07-21
at 2025-07-22
ok "check" check --group winter-task --json
same "SA-7.2 still flagged: not at its first meeting" \
	"$(jsonv "[f['rule'] for f in j if 'first meeting' in f['fact']]")" "['SA-7.2']"

# --- SA-5.4 a joint forum names the forums that formed it; SA-5.5 a
# system-level forum records the agreement that convened it ---
ok "SA-5.4 a joint forum across the south" group add --slug south-joint --name "Southern Joint Forum" \
	--kind joint --parent southwest --geography "Southwest and Southeast Staffordshire"
ok "check" check --json
same "SA-5.4 naming one forum of the two that formed it is flagged" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-5.4']")" \
	"['the joint forum names 1 forum(s) that formed it: Southwest Staffordshire VCSE Healthy Communities Forum; a joint forum is formed by two or more']"
same "SA-5.4 the task groups a local forum formed are not flagged" \
	"$(jsonv "[f['group'] for f in j if f['rule'] in ('SA-5.4', 'SA-5.5') and 'task' in f['group']]")" "[]"
same "SA-5.5 the system-level thematic forums with no agreement recorded" \
	"$(jsonv "sorted(f['group'] for f in j if f['rule']=='SA-5.5')")" \
	"['children-families', 'mental-health-north', 'mental-health-south', 'social-prescribing']"
ok "SA-5.4 the other forum that formed it" group formed --group south-joint --by southeast --date 2025-07-01
refused "SA-5.4 recorded once" 1 "already" group formed --group south-joint --by southeast
refused "SA-5.4 not formed by itself" 1 "cannot have formed itself" group formed --group south-joint --by south-joint
ok "SA-5.5 the agreement that convened a system-level forum" group convene --group social-prescribing \
	--date 2022-04-01 --note "Agreed by the three local forums and the co-ordination group"
ok "check" check --json
same "SA-5.4 SA-5.5 recorded, no longer flagged" \
	"$(jsonv "sorted(f['group'] for f in j if f['rule'] in ('SA-5.4', 'SA-5.5'))")" \
	"['children-families', 'mental-health-north', 'mental-health-south']"
ok "the groups' origins" group origins --json
same "SA-5.4 SA-5.5 shown" "$(jsonv "[(g['formed_by'], g['convened_on']) for g in j if g['slug'] in ('south-joint', 'social-prescribing')]")" \
	"[(None, '2022-04-01'), ('Southwest Staffordshire VCSE Healthy Communities Forum; Southeast Staffordshire VCSE Healthy Communities Forum', None)]"

# --- SA-9.1: an ended term no longer holds the seat ---
at 2025-04-02
ok "the register of positions on 2 April" register positions --json
same "SA-9.1 the term that ended on 31 March is listed as expired, not as holding" \
	"$(jsonv "[(p['vacant'], [e['person'] for e in p['expired']]) for p in j if p['slug']=='finance']")" \
	"[(True, ['Lisa Healings'])]"
ok "check on 2 April" check --json
same "SA-9.1 flagged with the fact" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-9.1' and 'Finance' in f['fact']]")" \
	"[\"Lisa Healings's term as representative on Finance & Sustainability ended on 2025-03-31; the seat is no longer theirs\"]"

# --- SA-9.1: an elected seat is filled by election, or with a reason ---
ok "SA-9.1 a member appointed to an elected seat" position appoint --position place-stoke --person "Lead aa"
ok "check" check --json
same "SA-9.1 flagged: no election, no reason" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-9.1' and 'elected seat' in f['fact']]")" \
	"['Lead aa holds Stoke-on-Trent, an elected seat, with no election and no reason recorded']"
ok "SA-9.1 the reason is recorded" position reason --position place-stoke --person "Lead aa" \
	--reason "The only nomination; the forum agreed at its meeting of 7 April"
ok "check" check --json
same "SA-9.1 with its reason, not flagged" \
	"$(jsonv "[f['fact'] for f in j if 'elected seat' in f['fact']]")" "[]"

# --- SA-9.2: where it is not obvious which forum elects ---
same "SA-9.2 the positions marked TBC are flagged for the co-ordination group" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-9.2' and 'Mental' in f['fact']]")" \
	"['Mental Health, Learning Disability & Autism (ICB Portfolios): which forum elects it is not settled; the co-ordination group decides']"
refused "SA-9.2 an appointed position is not elected" 1 "is appointed" \
	position decide --position icp --group southwest
ok "SA-9.2 the co-ordination group decides" position decide --position mh-ld-autism --group mental-health-north \
	--date 2025-04-01 --note "The South forum is consulted before each election"
ok "check" check --json
same "SA-9.2 settled, not flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-9.2' and 'Mental' in f['fact']]")" "[]"
ok "the register" register positions --json
same "SA-9.2 the decision is recorded on the position" \
	"$(jsonv "[(p['electing_group'], p['electing_decided']) for p in j if p['slug']=='mh-ld-autism']")" \
	"[('VCSE Mental Health Forum – North', 'VCSE Mental Health Forum – North, as the VCSE Alliance Co-ordination Group decided on 2025-04-01')]"

# --- SA-D2.8: a representative steps back for a conflict ---
at 2025-08-01
ok "SA-D2.8 a representative declares a conflict and steps back for a time" \
	position stepback --position place-southwest --person "Sandra Payne" \
	--conflict "Support Staffordshire is bidding for the place contract" --until 2025-09-30
ok "the register" register positions --json
same "SA-D2.8 the register shows it, without the conflict's detail" \
	"$(jsonv "[r['holder'] for p in j if p['slug']=='place-southwest' for r in p['representatives']]")" \
	"['Sandra Payne (SuS), stepped back for a conflict of interest until 2025-09-30']"
ok "the stepping back on record" position stepbacks --json
same "SA-D2.8 kept with the conflict declared" \
	"$(jsonv "[(s['person'], s['conflict'], s['in_force']) for s in j]")" \
	"[('Sandra Payne', 'Support Staffordshire is bidding for the place contract', True)]"
refused "SA-D2.8 either a date or for good" 1 "either until a date or for good" \
	position stepback --position place-southwest --person "Sandra Payne" --conflict x --until 2025-09-30 --permanent
refused "SA-D2.8 only a holder steps back" 1 "Lead cc holds no current appointment" \
	position stepback --position place-southwest --person "Lead cc" --conflict x
ok "SA-D2.8 she returns" position return --position place-southwest --person "Sandra Payne"
ok "the register" register positions --json
same "SA-D2.8 back in the position" \
	"$(jsonv "[r['holder'] for p in j if p['slug']=='place-southwest' for r in p['representatives']]")" "['Sandra Payne (SuS)']"
ok "SA-D2.8 another steps back for good" \
	position stepback --position urgent-care --person "Sandra Payne" --conflict "Employed by the provider" --permanent
ok "the register" register positions --json
same "SA-D2.8 for good: the seat falls vacant" \
	"$(jsonv "[p['vacant'] for p in j if p['slug']=='urgent-care']")" "[True]"

# --- SA-D3.6: induction and training, and persistent non-engagement ---
at 2025-09-01
for d in 2025-09-08 2025-10-06 2025-11-03; do
	ok "SA-D3.6 a session on $d" training add --title "Representatives' learning $d" --kind training --date "$d"
	T=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
	ok "SA-D3.6 Garry Jones invited" training invite "$T" --person "Garry Jones"
	ok "SA-D3.6 Charlotte Bennett invited" training invite "$T" --person "Charlotte Bennett"
done
refused "SA-D3.6 attendance is recorded once the session has taken place" 1 "is on 2025-09-08" \
	training attend 1 --person "Garry Jones"
at 2025-11-10
for t in 1 2 3; do
	ok "SA-D3.6 Charlotte Bennett comes to $t" training attend "$t" --person "Charlotte Bennett"
	ok "SA-D3.6 Garry Jones does not come to $t" training attend "$t" --person "Garry Jones" --absent
done
refused "SA-D3.6 only the invited" 1 "Lead aa was not invited" training attend 1 --person "Lead aa"
ok "the sessions" training list --json
same "SA-D3.6 attendance recorded" "$(jsonv "[(s['invited'], s['attended']) for s in j]")" "[(2, 1), (2, 1), (2, 1)]"
ok "check" check --json
same "SA-D3.6 persistent non-engagement flagged" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-D3.6']")" \
	"['Garry Jones, a representative, has not come to the last 3 induction or training session(s) they were invited to']"

# --- SA-5.8: the co-ordination group is the forums' chairs and the
# infrastructure organisations ---
ok "check" check --group coordination --json
same "SA-5.8 the template's group: SuS and VAST, whose people chair the forums" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-5.8']")" "[]"
ok "SA-7.1 the forum's newly elected chair" office set --group southwest --person "Lead cc" --office chair --start 2025-11-10
ok "check" check --group coordination --json
same "SA-5.8 the new chair's organisation has not joined the co-ordination group" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-5.8']")" \
	"['Lead cc, chair of Southwest Staffordshire VCSE Healthy Communities Forum, is from Org cc, which is not a member of the co-ordination group']"
ok "SA-5.8 it joins" member add --group coordination --organisation cc --kind full --side Staffordshire
ok "SA-5.8 another organisation is made a full member" member add --group coordination --organisation dd --kind full --side Staffordshire
ok "SA-5.8 a third is co-opted" member add --group coordination --organisation ee --kind co-opted --side Staffordshire
ok "check" check --group coordination --json
same "SA-5.8 a full member that is neither a chair's nor an infrastructure organisation is flagged; the co-opted is not" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='SA-5.8']")" \
	"[\"Org dd is a member of the co-ordination group but neither a local forum chair's organisation nor an infrastructure organisation, nor co-opted\"]"

# --- SA-5.7: requests passed down to the local forums ---
ok "SA-5.7 the ICB asks the co-ordination group" request add --from "Staffordshire ICB" \
	--subject "Views on the winter discharge plan" --date 2025-11-03
R1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SA-5.7 and again" request add --from "Staffordshire ICP" --subject "The system's five-year strategy" --date 2025-11-04
R2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "check" check --json
same "SA-5.7 requests not yet passed on are flagged" "$(jsonv "len([f for f in j if f['rule']=='SA-5.7'])")" "2"
refused "SA-5.7 down to a local forum" 1 "is not a local forum" request route "$R1" --to social-prescribing
refused "SA-5.7 passed down or kept, one of them" 1 "give one" request route "$R1"
ok "SA-5.7 passed down to the local forum" request route "$R1" --to southwest
ok "SA-5.7 kept, with the reason" request route "$R2" --keep "System-wide: all three forums answer together"
ok "the requests" request list --json
same "SA-5.7 each with where it went" "$(jsonv "[(r['passed_to'], r['kept_reason']) for r in j]")" \
	"[('Southwest Staffordshire VCSE Healthy Communities Forum', None), (None, 'System-wide: all three forums answer together')]"
ok "check" check --json
same "SA-5.7 routed, not flagged" "$(jsonv "[f for f in j if f['rule']=='SA-5.7']")" "[]"

# --- SA-D2.2, SA-D2.3: invitations to send a representative ---
ok "SA-D2.2 an invitation" invitation add --from "Staffordshire ICB" --board "Digital Programme Board" --date 2025-11-03
I1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SA-D2.2 another" invitation add --from "Staffordshire County Council" --board "Budget Consultation Panel" --date 2025-11-04
I2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "check" check --json
same "SA-D2.2 an undecided invitation is flagged" "$(jsonv "len([f for f in j if f['rule']=='SA-D2.2'])")" "2"
refused "SA-D2.2 accepted names who" 1 "names who represents" invitation decide "$I1" --accept
refused "SA-D2.2 declined says why" 1 "gives the reason" invitation decide "$I2" --decline
refused "SA-D2.3 tokenistic representation is not accepted" 1 "tokenistic is not accepted" \
	invitation decide "$I2" --accept --person "Lead aa" --tokenistic
ok "SA-D2.2 accepted, with the person" invitation decide "$I1" --accept --person "Charlotte Bennett"
ok "SA-D2.3 declined as tokenistic" invitation decide "$I2" --decline --tokenistic
refused "SA-D2.2 decided once" 1 "no undecided invitation" invitation decide "$I2" --decline --reason x
ok "the invitations" invitation list --json
same "SA-D2.2 SA-D2.3 each with its decision" "$(jsonv "[(i['decision'], i['person'], i['reason']) for i in j]")" \
	"[('accepted', 'Charlotte Bennett', None), ('declined', None, 'deemed tokenistic')]"
ok "check" check --json
same "SA-D2.2 decided, not flagged" "$(jsonv "[f for f in j if f['rule']=='SA-D2.2']")" "[]"

# --- SA-11.1: papers with who may read them ---
ok "SA-11.1 a members' paper" paper add --meeting "$M1" --title "Draft response to the ICB" --kind agenda-paper --text "Draft."
ok "SA-11.1 a paper marked for sharing" paper add --group southwest --title "Annual briefing" --kind briefing \
	--visibility public --link "https://example.org/briefing.pdf"
refused "SA-11.1 a visibility the agreement has not" 1 "visibility 'secret' is not accepted; expected members or public" \
	paper add --group southwest --title x --text y --visibility secret
ok "papers, as the secretariat sees them" paper list --json
same "SA-11.1 members see both, each with its visibility" "$(jsonv "[(p['title'], p['visibility']) for p in j]")" \
	"[('Draft response to the ICB', 'members'), ('Annual briefing', 'public')]"
ok "papers, as the public sees them" paper list --public --json
same "SA-11.1 the public sees only what is marked for sharing" "$(jsonv "[p['title'] for p in j]")" "['Annual briefing']"
ok "a meeting's papers" paper list --meeting "$M1" --json
same "SA-11.1 by meeting" "$(jsonv "[p['title'] for p in j]")" "['Draft response to the ICB']"

# --- The Compact: its term (SC-term) and each meeting's report (SC-report) ---
fresh
at 2019-01-07
ok "init the Compact" init --template staffordshire-compact
ok "SC-term the term" term show --json
same "SC-term 2014 to 2018, lapsed without a renewal" "$(jsonv "(j['starts'], j['ends'], j['runs_to'], j['lapsed'])")" \
	"('2014-01-01', '2018-12-31', '2018-12-31', True)"
meeting compact 2019-01-14
at 2019-02-01
ok "check" check --json
same "SC-term and SC-report flagged under the Compact's own ids" \
	"$(jsonv "[(f['rule'], f['fact']) for f in j if f['rule'] in ('SC-term', 'SC-report')]")" \
	"[('SC-report', 'meeting $M of 2019-01-14: no report into the Staffordshire Strategic Partnership is recorded'), ('SC-term', \"the agreement's term ended on 2018-12-31 and no renewal is recorded\")]"
refused "SC-report dated before the meeting" 1 "dated before the meeting" \
	meeting report "$M" --date 2019-01-10 --summary "Attendance and the plan"
ok "SC-report the meeting reports into the Strategic Partnership" \
	meeting report "$M" --date 2019-01-28 --summary "Attendance by partner and progress on the plan"
refused "SC-term a renewal ends after it is made" 1 "expected a later date" \
	term renew --date 2019-01-30 --until 2019-01-01 --decided-by "Staffordshire Strategic Partnership"
ok "SC-term the Strategic Partnership renews the Compact" \
	term renew --date 2019-01-30 --until 2022-12-31 --decided-by "Staffordshire Strategic Partnership"
ok "check" check --json
same "SC-term SC-report nothing to flag once recorded" \
	"$(jsonv "[f['rule'] for f in j if f['rule'] in ('SC-term', 'SC-report')]")" "[]"
ok "the reports" meeting reports --json
same "SC-report kept against the meeting" "$(jsonv "[(r['meeting_id'], r['to_body']) for r in j]")" \
	"[($M, 'Staffordshire Strategic Partnership')]"
at 2023-01-02
ok "check in 2023" check --json
same "SC-term the renewal has run out" "$(jsonv "[f['fact'] for f in j if f['rule']=='SC-term']")" \
	"[\"the agreement's term ended on 2022-12-31 and its last renewal has run out\"]"

# --- The other arrangements state no term and no report ---
fresh
at 2026-01-05
ok "init the PACT" init --template tameside-pact
ok "TP term" term show --json
same "TP the PACT states no term" "$(jsonv "(j['ends'], j['lapsed'])")" "(None, False)"
refused "TP no term to renew" 1 "states no term" term renew --until 2030-01-01 --decided-by Board
ok "TP check" check --json
same "TP-5 named officers are sought from the partner agencies, not from the sector's own body" \
	"$(jsonv "[('Action Together' in f['fact'], 'TMBC has named no officer' == f['fact']) for f in j if f['rule']=='TP-5' and ('Action Together' in f['fact'] or 'TMBC' in f['fact'])]")" \
	"[(False, True)]"
finish
