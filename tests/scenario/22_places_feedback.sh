#!/bin/sh
# Each agreement's own rules, continued (issue 16): a forum's remit is a
# place (SA-5.3); representatives feed back from their boards (SA-D2.7,
# MS-board-reps); the local forums' timetables side by side
# (SA-6.2-timetable); the Manchester Leaders Group and its MoU Working
# Group (MC-criteria, MC-wg, MC-mou); Tameside's two bodies (TP-5).
# Each check names the clause it proves.
. "$(dirname "$0")/lib.sh"
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
num() { printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p'; }
facts() { jsonv "[f['fact'] for f in j if f['rule']=='$1']"; }
fb() { jsonv "[f['fact'] for f in j if f['rule']=='$1' and 'feedback' in f['fact']]"; }

# --- SA-5.3: a forum acts only within its place ---
at 2026-01-05
ok "init the Alliance" init --template staffordshire-alliance
ok "SA-5.3 the template's places" check --json
same "SA-5.3 every forum's area is a place and covers what it elects" "$(facts SA-5.3)" "[]"
ok "SA-5.3 a county-wide thematic forum" group add --slug county-carers \
	--name "Staffordshire Carers Forum" --kind thematic --geography Staffordshire
ok "SA-5.3 its area is the county, a place" place set --group county-carers --place staffordshire
refused "SA-5.3 it cannot elect the Stoke-on-Trent place board's representative" 1 \
	"Stoke-on-Trent serves Stoke-on-Trent, which is outside Staffordshire Carers Forum's area \(Staffordshire\)" \
	election open --group county-carers --office representative --position place-stoke --closes 2026-02-02
ok "SA-5.3 the Stoke-on-Trent & North forum can: its area holds the city" \
	election open --group stoke-north --office representative --position place-stoke --closes 2026-02-02
ok "SA-5.3 the county-wide forum elects the county's place board" \
	election open --group county-carers --office representative --position place-staffordshire --closes 2026-02-02
ok "SA-9.2 a decision taken outside, that the county forum elects for Stoke, is recorded" \
	position decide --position place-stoke --group county-carers --date 2026-01-05
ok "check" check --json
same "SA-5.3 and flagged" "$(facts SA-5.3)" \
	"['Stoke-on-Trent serves Stoke-on-Trent, outside the area of Staffordshire Carers Forum (Staffordshire), which elects it']"
# --- SA-D2.7: representatives' feedback both ways ---
at 2026-02-01
ok "SA-D2.7 views sought before the Southwest place board meets" position exchange --position place-southwest \
	--person "Sandra Payne" --board-meeting 2026-02-10 --direction views --summary "Asked members about winter plans"
ok "SA-D2.7 feedback after it" position exchange --position place-southwest --person "Sandra Payne" \
	--board-meeting 2026-02-10 --direction feedback --summary "The board agreed the winter plan" --date 2026-02-12
ok "SA-D2.7 views before the March board" position exchange --position place-southwest \
	--person "Sandra Payne" --board-meeting 2026-03-10 --direction views --summary "Asked about discharge"
at 2026-03-20
ok "check" check --json
same "SA-D2.7 one board meeting without feedback is not yet flagged" "$(facts SA-D2.7)" "[]"
ok "SA-D2.7 views before the April board" position exchange --position place-southwest \
	--person "Sandra Payne" --board-meeting 2026-04-14 --direction views --summary "Asked about estates"
at 2026-04-20
ok "check" check --json
same "SA-D2.7 two without feedback are flagged" "$(facts SA-D2.7)" \
	"[\"Sandra Payne (Southwest Staffordshire) has recorded no feedback from 2 of the board's meetings, the last on 2026-04-14\"]"
ok "SA-D2.7 the exchanges are listed" position exchanges --json
same "SA-D2.7 each with its direction" "$(jsonv "[x['direction'] for x in j]")" "['views', 'feedback', 'views', 'views']"
refused "SA-D2.7 views or feedback only" 1 "direction" position exchange --position place-southwest \
	--person "Sandra Payne" --board-meeting 2026-04-14 --direction gossip --summary x

# --- SA-6.2-timetable: a system-wide matter and the other forums ---
ok "a Southwest meeting" meeting schedule --group southwest --date 2026-05-11 --time 10:00 --place Online
SW=$(num)
ok "a Southeast meeting that month" meeting schedule --group southeast --date 2026-05-27 --time 10:00 --place Online
ok "SA-6.2-timetable a system-wide matter at the Southwest forum" meeting matter --meeting "$SW" \
	--subject "The ICB's new engagement framework"
at 2026-06-01
ok "check" check --json
same "SA-6.2-timetable the forum with no meeting that month is flagged" "$(facts SA-6.2-timetable)" \
	"['Southwest Staffordshire VCSE Healthy Communities Forum discussed the system-wide matter \"The ICB\\'s new engagement framework\" on 2026-05-11; Stoke-on-Trent & North Staffordshire VCSE Healthy Communities Forum has no meeting that month']"
ok "SA-6.2-timetable the local forums' dates side by side" meeting timetable --year 2026 --json
same "SA-6.2-timetable by day" "$(jsonv "[(x['month'], x['grp'][:9]) for x in j]")" \
	"[('2026-05', 'Southwest'), ('2026-05', 'Southeast')]"
ok "the third forum meets that month" meeting schedule --group stoke-north --date 2026-05-28 --time 10:00 --place Online
ok "check" check --json
same "SA-6.2-timetable no longer flagged" "$(facts SA-6.2-timetable)" "[]"

ok "SA-5.3 a local forum recorded with free text only" group add --slug moorlands \
	--name "Moorlands Forum" --kind local-forum --geography "the Moorlands"
ok "check" check --json
has "SA-5.3 a local forum with no place as its area is flagged" "Moorlands Forum has no place recorded as its area"
refused "SA-5.3 a place needs its areas" 1 "areas" place add --slug x --name X --areas " ; "
long=$(printf 'forum-%04d, ' $(seq 1 200))
refused "SA-5.3 a list of groups too long to keep whole is refused, not cut" 1 "groups" \
    place add --slug y --name Y --areas "Leek" --groups "$long"
refused "SA-5.3 an unknown place is named" 1 "no place 'atlantis'" place set --group moorlands --place atlantis
ok "SA-5.3 a place of its own" place add --slug moorlands --name "Staffordshire Moorlands" \
	--areas "Staffordshire Moorlands" --groups moorlands
ok "check" check --json
lacks "SA-5.3 the forum's area is now a place" "Moorlands Forum has no place"

# --- MS-board-reps: the Framework's board members feed back ---
fresh
at 2026-01-05
ok "init the Framework" init --template medway-swale-framework
ok "a VCS organisation" org add --name "Medway Voluntary Action" --sector vcse
ok "it signs up" member add --group signatories --organisation "Medway Voluntary Action" --kind full
ok "its declaration" member sign --organisation "Medway Voluntary Action" --name "Mo Board" --role Chief --date 2026-01-05 --authority
ok "its chief" person add --name "Mo Board" --organisation "Medway Voluntary Action"
ok "MS-board-reps the agreed representative on the H&CP board" \
	position appoint --position hcp-board --person "Mo Board" --role representative --start 2026-01-05
ok "MS-board-reps consulted the sector before the board" position exchange --position hcp-board \
	--person "Mo Board" --board-meeting 2026-02-03 --direction views --summary "Asked the sector about the strategy"
at 2026-02-20
ok "check" check --json
same "MS-board-reps no feedback on the board's decisions is flagged" "$(fb MS-board-reps)" \
	"[\"Mo Board (H&CP board) has recorded no feedback from 1 of the board's meetings, the last on 2026-02-03\"]"
same "MS-board-reps the Framework's own id, not the Alliance's" \
	"$(jsonv "sorted(set(f['rule'] for f in j if not f['rule'].startswith('MS-')))")" "[]"
ok "MS-board-reps fed back" position exchange --position hcp-board --person "Mo Board" \
	--board-meeting 2026-02-03 --direction feedback --summary "The board adopted the strategy"
ok "check" check --json
same "MS-board-reps no longer flagged" "$(fb MS-board-reps)" "[]"

# --- Manchester: the Leaders Group is VCSE-only; its criteria ---
fresh
at 2026-01-05
ok "init Manchester" init --template manchester-leaders
ok "a public body" org add --name "Manchester Health Trust" --sector public
refused "MC-criteria a public body is refused as a full member of the Leaders Group" 1 \
	"a public organisation cannot be a full member of a group of this kind; its full members are vcse organisations" \
	member add --group leaders --organisation "Manchester Health Trust" --kind full
ok "MC-mou it may sit on the MoU Working Group opposite the VCSE side" \
	member add --group mou-working-group --organisation "Manchester Health Trust" --kind full --side MLCO
for s in a b c d; do
	ok "VCSE $s" org add --name "VCSE $s" --short-name "v$s" --sector vcse
	ok "v$s joins the Leaders Group" member add --group leaders --organisation "v$s" --kind full
	ok "v$s signs" member sign --organisation "v$s" --name "Chief $s" --role Chief --date 2026-01-05 --authority
	ok "its leader" person add --name "Leader $s" --organisation "v$s"
done
ok "MC-criteria being a Macc member is recordable, with its evidence" member criterion --group leaders \
	--organisation va --criterion "Is a member of Macc" --evidence "Macc membership number 1234"
ok "MC-criteria working in health and care in Manchester too" member criterion --group leaders \
	--organisation va --criterion "Works in the health and social care sector in Manchester" --evidence "Runs a GP link service"

# --- MC-wg: the MoU Working Group's make-up and reporting lines ---
ok "the Leaders Group's chair" office set --group leaders --person "Leader a" --office chair --start 2026-01-05
ok "check" check --json
same "MC-wg the make-up of the group is checked" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-wg']")" \
	"['0 of the 3 members it draws from its parent group sit on it', \"the parent group's chair does not sit on it\", 'no one sits as Macc Chief Executive', 'no one sits as Macc LCO lead']"
for s in a b c; do
	ok "MC-wg Leader $s sits for the Leaders Group" group seat --group mou-working-group --person "Leader $s" --seat member
done
ok "Macc's chief executive" person add --name "Mac Chief" --organisation Macc
ok "Macc's LCO lead" person add --name "Lee Lead" --organisation Macc
ok "MC-wg Macc's chief executive sits" group seat --group mou-working-group --person "Mac Chief" --seat "Macc Chief Executive"
ok "MC-wg Macc's LCO lead sits" group seat --group mou-working-group --person "Lee Lead" --seat "Macc LCO lead"
ok "check" check --json
same "MC-wg the make-up is whole" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-wg']")" "[]"

# --- MC-mou: the gap is measured between meetings held ---
at 2026-03-01
ok "MC-mou the first meeting, months after the group was recorded" meeting schedule --group mou-working-group \
	--date 2026-03-02 --time 10:00 --place Online
W1=$(num)
ok "MC-mou the next, within a month" meeting schedule --group mou-working-group --date 2026-03-30 --time 10:00 --place Online
at 2026-04-10
ok "check" check --json
same "MC-mou not flagged: no gap between meetings over a month" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='MC-mou' and 'between meetings' in f['fact']]")" "[]"
same "MC-wg it met but reported along neither line" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-wg']")" \
	"['it met in the year to 2026-04-10 but recorded no report to MLCO, via its Head of Strategy', 'it met in the year to 2026-04-10 but recorded no report to the VCSE sector, via the Leaders Group']"
ok "MC-wg its report to MLCO" meeting report "$W1" --to "MLCO, via its Head of Strategy" --summary "The MoU's first quarter"
ok "check" check --json
same "MC-wg one line left" "$(jsonv "[f['fact'].split('report to ')[1] for f in j if f['rule']=='MC-wg']")" \
	"['the VCSE sector, via the Leaders Group']"

# --- Tameside: the Partnership Engagement Network and the Voluntary
# Sector Influencing Group exist as bodies (PACT 1c) ---
fresh
at 2026-01-05
ok "init the PACT" init --template tameside-pact
ok "its groups" group list --json
same "TP-5 the PACT's two bodies named in commitment 1c" \
	"$(jsonv "sorted(g['name'] for g in j if g['slug'] in ('engagement-network', 'influencing-group'))")" \
	"['Partnership Engagement Network', 'Voluntary Sector Influencing Group']"
ok "check" check --json
same "TP check finds only TP- ids" "$(jsonv "sorted(set(f['rule'] for f in j if not f['rule'].startswith('TP-')))")" "[]"

finish
