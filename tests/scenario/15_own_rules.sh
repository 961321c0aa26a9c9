#!/bin/sh
# An arrangement is judged by its own agreement: a year of each of the
# five templates, with the same late agendas, missing notes, short
# consultation and one-year contract, and `check` finds only that
# arrangement's own rule ids.  A number its founding document never
# states is "none", and the rule that reads it is silent.
. "$(dirname "$0")/lib.sh"

# own PREFIX: every flag of the last check carries the prefix.
own() {
	same "$1 check finds only $2 ids" \
		"$(jsonv "sorted(set(f['rule'] for f in j if not f['rule'].startswith('$2')))")" "[]"
}
rules() { jsonv "sorted(set(f['rule'] for f in j))"; }

# A meeting of GROUP on 2 February whose agenda never went out and
# whose notes never came; checked on 1 April.
year() {
	ok "$1: a meeting on 2 February" meeting schedule --group "$2" --date 2026-02-02 --time 10:00 --place Online
	export ALLIANCE_TODAY=2026-04-01
}
# Each template is set up on 5 January.
init() {
	export ALLIANCE_TODAY=2026-01-05
	ok "$1" init --template "$2"
}

# Staffordshire Alliance (SA-).
init "init the Alliance" staffordshire-alliance
year "SA" stoke-north
ok "an organisation outside the forum" org add --name "Outside Trust" --sector vcse
ok "its officer" person add --name "Olu Outside" --organisation "Outside Trust"
run meeting list --json
M=$(jsonv "j[0]['id']")
ok "SA-E1 a meeting chaired by one not from a full member is recorded: the forum did it" \
	meeting chair "$M" --person "Olu Outside"
has "SA-E1 and flagged" "FLAG: SA-E1 Olu Outside is not from an active full member"
# The rules check applies from issue 16's catalogue: a local forum whose
# area is free text (SA-5.3), a representative who does not feed back
# (SA-D2.7), a system-wide matter with no meeting of the other local
# forums that month (SA-6.2-timetable).
ok "SA-5.3 a local forum recorded with its area as free text" group add --slug moorlands \
	--name "Moorlands Forum" --kind local-forum --geography "the Moorlands"
for d in 2026-02-10 2026-03-10; do
	ok "SA-D2.7 views sought before the board of $d, no feedback after" position exchange \
		--position place-southwest --person "Sandra Payne" --board-meeting $d --direction views --summary "Asked"
done
ok "SA-6.2-timetable a system-wide matter at the North forum's meeting" meeting matter --meeting "$M" --subject "Winter"
ok "SA check" check --json
same "SA-E1 check flags it" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-E1']")" \
	"['meeting $M of 2026-02-02 was chaired by Olu Outside, who is not from an active full member']"
own "SA" "SA-"
for id in SA-5.3 SA-D2.7 SA-6.2-timetable; do
	has "$id is the Alliance's own rule" "\"rule\": \"$id\""
done
has "SA-10.2 the Alliance's late agenda is its own rule" '"rule": "SA-10.2"'
has "SA-10.3 the Alliance's late notes are its own rule" '"rule": "SA-10.3"'
# SA-5.5: the system-level thematic forums of appendix B record no
# agreement that convened them until an officer records it.
CONVENED="no local forum formed it, and the joint agreement of the local forums and the co-ordination group that convened it is not recorded"
same "SA-7.2 a thematic group's chair is selected, not elected" \
	"$(jsonv "sorted(set(f['rule'] for f in j if f['group']=='social-prescribing'))")" "['SA-5.5', 'SA-7.2']"
same "SA-7.2 its ended term asks for a new selection" \
	"$(jsonv "[f['fact'] for f in j if f['group']=='social-prescribing']")" \
	"[\"the chair's term (Garry Jones) ended on 2025-03-31; a new selection is due\", '$CONVENED']"
same "SA-7.2 an interim chair of a thematic forum: the group selects its own" \
	"$(jsonv "[f['fact'] for f in j if f['group']=='mental-health-north']")" \
	"['the chair (Clare Jolly) is interim; the group selects its own chair', '$CONVENED']"

# Meetings: a meeting given no end shows none; its status moves from
# scheduled to held to minuted.
export ALLIANCE_TODAY=2026-04-01
ok "SA-6.2 a meeting with no end time" meeting schedule --group southwest --date 2026-04-20 --time 10:00 --place Online
N=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
run meeting show "$N" --json
same "it shows no end, and is scheduled" "$(jsonv "(j['ends'], j['status'])")" "(None, 'scheduled')"
run meeting ical "$N"
lacks "the invitation has no end" "DTEND"
export ALLIANCE_TODAY=2026-04-21
run meeting show "$N" --json
same "once its day has come it is held" "$(jsonv "j['status']")" "held"
ok "SA-10.3 its notes" meeting notes "$N" --text "Key points."
ok "SA-10.3 published" meeting publish "$N"
run meeting show "$N" --json
same "with its notes out it is minuted" "$(jsonv "j['status']")" "minuted"

# Staffordshire Compact (SC-).
fresh
init "init the Compact" staffordshire-compact
year "SC" compact
ok "SC-consult a short consultation is recorded" consultation add --organisation "Staffordshire County Council" \
	--title "Library review" --opens 2026-02-02 --closes 2026-03-01 --significant --reason "Budget deadline"
has "SC-consult and flagged under the Compact's rule" "FLAG SC-consult"
ok "SC-contract a one-year contract" funding add --kind contract --funder "Staffordshire County Council" \
	--recipient VAST --title "Advice" --amount 1000 --starts 2026-01-01 --ends 2026-12-31
has "SC-contract flagged under the Compact's rule" "FLAG SC-contract"
ok "SC-contract the year's funding by length" spend show --year 2026 --json
same "SC-contract counted under the Compact's own rule" "$(jsonv "(j['rules'], j['lengths']['short'])")" "('SC-contract', 1)"
ok "SC check" check --json
own "SC" "SC-"
same "SC the Compact states no agenda notice, no notes deadline, no chair" \
	"$(jsonv "[f for f in j if f['rule'].startswith('SA-')]")" "[]"
ok "SC meeting" meeting list --json
same "SC no agenda or notes deadline where the Compact sets none" \
	"$(jsonv "[(m['agenda_due'], m['notes_due'], m['flags']) for m in j]")" "[(None, None, [])]"
ok "SC settings" constitution settings --json
same "SC the template sets only what the Compact says" \
	"$(jsonv "[s['value'] for s in j if s['setting'] in ('agenda.notice_days', 'notes.due_days', 'commitments.self_assessment')]")" \
	"['none', 'none', 'none']"
refused "SC the Compact asks no yearly self-assessment" 1 "has no self-assessment" \
	assessment open --year 2026 --due 2026-03-31

# Medway & Swale Framework (MS-).
fresh
init "init the Framework" medway-swale-framework
ok "a public body" org add --name "Medway Council" --sector public
ok "a sector body" org add --name "Medway Voluntary Action" --sector vcse
year "MS" signatories
ok "MS a short consultation is recorded, flagging nothing" consultation add --organisation "Medway Council" \
	--title "Library review" --opens 2026-02-02 --closes 2026-03-01 --significant
lacks "MS the Compact's twelve weeks are not the Framework's" "FLAG"
ok "MS-3.4.2 a one-year contract" funding add --kind contract --funder "Medway Council" \
	--recipient "Medway Voluntary Action" --title "Advice" --amount 1000 --starts 2026-01-01 --ends 2026-12-31
has "MS-3.4.2 flagged under the Framework's own rule" "FLAG MS-3.4.2"
ok "MS-3.6.3 the year's funding by length" spend show --year 2026 --json
same "MS-3.4.2 MS-3.6.3 counted under the Framework's own rules" "$(jsonv "j['rules']")" "MS-3.4.2, MS-3.6.3"
ok "MS-board-reps the sector body signs up" member add --group signatories --organisation "Medway Voluntary Action" --kind full
ok "and signs" member sign --organisation "Medway Voluntary Action" --name "Mo Board" --role Chief --date 2026-01-05 --authority
ok "its chief" person add --name "Mo Board" --organisation "Medway Voluntary Action"
ok "MS-board-reps the agreed representative on the H&CP board" \
	position appoint --position hcp-board --person "Mo Board" --role representative --start 2026-01-05
ok "MS-board-reps consulted before the board, no feedback after" position exchange --position hcp-board \
	--person "Mo Board" --board-meeting 2026-02-03 --direction views --summary "Asked the sector"
ok "MS check" check --json
own "MS" "MS-"
same "MS-board-reps the feedback missing is the Framework's own rule, not SA-D2.7" \
	"$(jsonv "[f['rule'] for f in j if 'feedback' in f['fact']]")" "['MS-board-reps']"
has "MS-board-reps an empty board seat is the Framework's own rule" '"rule": "MS-board-reps"'

# Manchester Leaders Group (MC-).
fresh
init "init Manchester" manchester-leaders
year "MC" leaders
ok "MC check" check --json
own "MC" "MC-"
has "MC-wg the MoU Working Group's make-up is Manchester's own rule" '"rule": "MC-wg"'
same "MC-chair the Leaders Group has a chair; the MoU group's alternates" \
	"$(jsonv "[(f['rule'], f['group']) for f in j if 'no chair' in f['fact']]")" "[('MC-chair', 'leaders')]"
ok "MC settings" constitution settings --json
same "MC the terms of reference set no chair term, notice or notes deadline" \
	"$(jsonv "[s['value'] for s in j if s['setting'] in ('chair.term_years', 'agenda.notice_days', 'notes.due_days')]")" \
	"['none', 'none', 'none']"

# Tameside PACT (TP-).
fresh
init "init the PACT" tameside-pact
year "TP" leadership
ok "TP a short consultation is recorded, flagging nothing" consultation add --organisation TMBC \
	--title "Library review" --opens 2026-02-02 --closes 2026-03-01 --significant
lacks "TP the Compact's twelve weeks are not the PACT's" "FLAG"
ok "TP reminders" remind --json
same "TP the Compact's feedback rule is not the PACT's: no reminder" \
	"$(jsonv "[m['to'] for m in j if m['kind']=='remind-consultation']")" "[]"
ok "TP a one-year contract is recorded, flagging nothing" funding add --kind contract --funder TMBC \
	--recipient "Action Together" --title "Advice" --amount 1000 --starts 2026-01-01 --ends 2026-12-31
lacks "TP the Compact's three years are not the PACT's" "FLAG"
ok "TP-3a the year's spend" spend show --year 2026 --json
same "TP-3a the PACT sets no length: none counted short" "$(jsonv "(j.get('rules'), j['lengths']['short'])")" "(None, 0)"
run meeting list --json
ok "TP a matter raised at the Leadership Group: the PACT asks no timetable" meeting matter \
	--meeting "$(jsonv "j[0]['id']")" --subject "Winter"
ok "TP check" check --json
own "TP" "TP-"
same "TP the PACT's own rules" "$(rules)" "['TP-2a', 'TP-5']"

# An officer who holds an arrangement to a number its agreement does not
# state: the flag names the setting it comes from.
ok "the PACT's constitution" constitution show
printf '%s\n' "$OUT" | sed 's/^consultation.min_weeks = .*/consultation.min_weeks = 12/' >"$T_DIR/c.txt"
ok "the partners choose twelve weeks" constitution apply "$T_DIR/c.txt" --effective 2026-04-01
ok "TP a short consultation under the partners' own choice" consultation add --organisation TMBC \
	--title "Parks review" --opens 2026-04-06 --closes 2026-05-04 --significant --reason "Budget deadline"
has "flagged with the setting it comes from" "FLAG consultation.min_weeks runs"

# A database made from the old templates: migration 14 corrects them.
fresh
init "init the Compact again" staffordshire-compact
# The Compact's template as it was before (commit 03ff7aa), where git is.
if git -C "$(dirname "$0")/../.." show 03ff7aa:templates/staffordshire-compact/constitution.txt \
    >"$T_DIR/old.txt" 2>/dev/null; then
	ok "a meeting with no end" meeting schedule --group compact --date 2026-02-02 --time 10:00 --place Online
	# As the old version stored it: its start as its end; and without the
	# ledger of migration 15, so that 14 and 15 both run again.
	sqlite3 "$DB" "UPDATE constitution_version SET body = CAST(readfile('$T_DIR/old.txt') AS TEXT);
		UPDATE meeting SET ends = starts;
		DROP TABLE ledger_row; DROP TABLE ballot_sealed;
		ALTER TABLE audit DROP COLUMN vouched; ALTER TABLE audit DROP COLUMN sig;
		PRAGMA user_version = 13;"
	same "the old template's 7 days are in the database" \
		"$(sqlite3 "$DB" "SELECT body LIKE '%agenda.notice_days = 7%' FROM constitution_version")" "1"
	ok "opened by this version" constitution settings --json
	same "the old template's 7 days, 21 days and yearly self-assessment are none" \
		"$(jsonv "[s['value'] for s in j if s['setting'] in ('agenda.notice_days', 'notes.due_days', 'commitments.self_assessment')]")" \
		"['none', 'none', 'none']"
	run meeting list --json
	same "a meeting stored with its start as its end shows no end" "$(jsonv "[m['ends'] for m in j]")" "[None]"
fi
finish
