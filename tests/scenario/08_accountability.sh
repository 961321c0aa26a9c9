#!/bin/sh
# A year of the Medway & Swale Strategic Framework's accountability, run
# from its template through the command line: the public bodies sign,
# the officer opens the annual self-assessment, each body rates every
# commitment with evidence, the sector adds its view, late ones are
# flagged (MS-2-eval, MS-5); and consultations are held to the
# Staffordshire Compact's twelve weeks (SC-consult).
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2026-01-05

ok "init the framework" init --template medway-swale-framework
refused "MS-2-eval a self-assessment needs signatories to rate" 1 "no organisation has signed yet" \
	assessment open --year 2026 --due 2026-03-31
ok "Medway Council" org add --name "Medway Council" --sector public --identifier GB-LAE-MDW
ok "Swale Borough Council" org add --name "Swale Borough Council" --sector public --identifier GB-LAE-SWL
ok "a VCS signatory" org add --name "Medway Voluntary Action" --sector vcse
for o in "Medway Council" "Swale Borough Council" "Medway Voluntary Action"; do
	ok "MS-2 $o signs" member sign --organisation "$o" --name "Signer of $o" --role "Chief Executive" --date 2026-01-05 --authority
done
has "MS-3.1 signing the framework adopts the MoU too" "signing adopts the Medway and Swale Memorandum of Understanding too \\(MS-3.1\\)"
ok "the signatories" register signatories --json
same "MS-3.1 each signatory has adopted the MoU" \
	"$(jsonv "sorted(set(d for s in j for d in s['adopts']))")" "['Medway and Swale Memorandum of Understanding']"
ok "an officer of Medway Council" person add --name "Maya Council" --email maya@medway.example.org --organisation "Medway Council"

refused "MS-5 a cycle needs its due date" 1 "due date is missing" assessment open --year 2026
refused "a year is a year" 1 "year '26' is not accepted" assessment open --year 26 --due 2026-03-31
ok "MS-2-eval open the 2026 self-assessment" assessment open --year 2026 --due 2026-03-31
has "MS-2-eval, MS-4 the two public bodies and the VCS signatory" "for 3 signatories"
same "each public body is told in writing" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'assessment' and recipient = 'maya@medway.example.org'")" "1"
refused "opened once a year" 1 "open already" assessment open --year 2026 --due 2026-04-30
refused "MS-4 the VCS signatory does not rate the statutory commitments" 1 \
	"commitment 3.3.1 is rated by the public bodies, and Medway Voluntary Action is not one" \
	assessment rate --year 2026 --organisation "Medway Voluntary Action" --commitment 3.3.1 --rating met
refused "MS-4 a public body does not rate the VCS commitments" 1 \
	"commitment 4.1 is rated by the VCS signatories, and Medway Council is not one" \
	assessment rate --year 2026 --organisation "Medway Council" --commitment 4.1 --rating met

refused "MS-2-eval a rating outside the scale" 1 "expected one of: not started, in progress, met" \
	assessment rate --year 2026 --organisation "Medway Council" --commitment 3.3.1 --rating excellent
refused "an unknown commitment" 1 "no commitment '9.9.9'" \
	assessment rate --year 2026 --organisation "Medway Council" --commitment 9.9.9 --rating met
ok "MS-2-eval rate a commitment with evidence" assessment rate --year 2026 --organisation "Medway Council" \
	--commitment 3.3.1 --rating "in progress" --evidence "Draft commissioning approach out for comment" --links https://example.org/draft
refused "MS-2-eval not submitted while commitments are unrated" 1 "every commitment needs a rating" \
	assessment submit --year 2026 --organisation "Medway Council"
run commitment list --json
CODES=$(jsonv "' '.join(x['code'] for x in j if x['party']=='public')")
VCS=$(jsonv "' '.join(x['code'] for x in j if x['party']=='vcse')")
same "MS-4 the VCS commitments 4.1 to 4.7 are the VCS signatories' own" "$VCS" "4.1 4.2 4.3 4.4 4.5 4.6 4.7"
same "MS-3-commitments the statutory commitments 3.3.1 to 3.10.5" \
	"$(echo $CODES | wc -w) $(echo $CODES | cut -d' ' -f1) $(echo $CODES | awk '{print $NF}')" "38 3.3.1 3.10.5"
for code in $VCS; do
	"$ALLIANCE" --db "$DB" assessment rate --year 2026 --organisation "Medway Voluntary Action" --commitment "$code" \
		--rating "in progress" >/dev/null || fail "MVA rates $code"
done
ok "MS-4 the VCS signatory submits its own seven" assessment submit --year 2026 --organisation "Medway Voluntary Action"
for code in $CODES; do
	"$ALLIANCE" --db "$DB" assessment rate --year 2026 --organisation "Medway Council" --commitment "$code" --rating met >/dev/null ||
		fail "rate $code"
done
ok "the sector's view beside a rating" assessment view --year 2026 --organisation "Medway Council" --commitment 3.3.1 \
	--view "Met on paper; small groups were not consulted"
ok "MS-2-eval submit on time" assessment submit --year 2026 --organisation "Medway Council"
lacks "on time: no flag" "FLAG"
refused "submitted once" 1 "submitted its 2026 self-assessment on" \
	assessment submit --year 2026 --organisation "Medway Council"
refused "a submitted self-assessment does not change" 1 "can no longer change" \
	assessment rate --year 2026 --organisation "Medway Council" --commitment 3.3.1 --rating "not started"
run assessment show --year 2026 --json
same "the sector's view is kept beside the rating" \
	"$(jsonv "[r['sector_view'] for a in j['assessments'] if a['organisation']=='Medway Council' for r in a['ratings'] if r['code']=='3.3.1'][0]")" \
	"Met on paper; small groups were not consulted"

# MS-5: the due date passes.
export ALLIANCE_TODAY=2026-03-20
ok "reminders two weeks before the due date" remind --json
same "MS-5 the body not yet submitted is reminded" \
	"$(jsonv "sorted(m['to'] for m in j if m['kind']=='remind-assessment')")" "['Swale Borough Council']"
export ALLIANCE_TODAY=2026-04-02
ok "check after the due date" check --json
same "MS-5 the missing self-assessment is flagged" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='MS-5' and not f['fact'].startswith('milestone')]")" \
	"['Swale Borough Council: the 2026 self-assessment was due by 2026-03-31; not submitted']"
for code in $CODES; do
	"$ALLIANCE" --db "$DB" assessment rate --year 2026 --organisation "Swale Borough Council" --commitment "$code" --rating "not started" >/dev/null ||
		fail "rate $code"
done
ok "a late submission is accepted" assessment submit --year 2026 --organisation "Swale Borough Council"
has "MS-5 and flagged" "FLAG MS-5 submitted late: due by 2026-03-31, submitted 2026-04-02"

# SC-consult: twelve weeks, or a recorded reason, and feedback.
ok "the Compact's consultation rule" constitution show
printf '%s\n' "$OUT" | sed 's/^consultation.min_weeks = .*/consultation.min_weeks = 12/' >"$T_DIR/c.txt"
grep -q "consultation.min_weeks = 12" "$T_DIR/c.txt" || printf 'consultation.min_weeks = 12\n' >>"$T_DIR/c.txt"
ok "apply twelve weeks" constitution apply "$T_DIR/c.txt"
refused "an end before the start" 1 "closes \\(2026-04-01\\) before it opens" consultation add --organisation "Medway Council" \
	--title "Library review" --opens 2026-05-01 --closes 2026-04-01 --significant
refused "SC-consult a short significant consultation needs its reason" 1 "at least 12 weeks" \
	consultation add --organisation "Medway Council" --title "Grants review" --opens 2026-04-06 --closes 2026-05-04 --significant
refused "consultations are by public bodies" 1 "not a public body" consultation add --organisation "Medway Voluntary Action" \
	--title "Our review" --opens 2026-04-06 --closes 2026-07-06
ok "SC-consult a short one with its reason" consultation add --organisation "Medway Council" --title "Grants review" \
	--opens 2026-04-06 --closes 2026-05-04 --significant --reason "Statutory budget deadline"
has "flagged with its reason" "FLAG SC-consult runs 28 days, under 12 weeks: Statutory budget deadline"
ok "SC-consult a twelve-week one" consultation add --organisation "Swale Borough Council" --title "Community hubs" \
	--opens 2026-04-06 --closes 2026-06-29 --significant
lacks "no flag at twelve weeks" "FLAG"
export ALLIANCE_TODAY=2026-07-10
ok "check after both closed" check --json
same "SC-consult the short one and the missing feedback are flagged" \
	"$(jsonv "len([f for f in j if f['rule']=='SC-consult'])")" "3"
refused "feedback comes after closing" 1 "after the consultation closes" consultation feedback 2 --text "We heard you" --date 2026-06-01
ok "SC-consult the outcome fed back" consultation feedback 2 --text "Hubs will open in three places the sector chose"
ok "remind" remind --json
same "SC-consult the body still owing feedback is reminded" \
	"$(jsonv "[m['to'] for m in j if m['kind']=='remind-consultation']")" "['Medway Council']"
ok "check again" check --json
same "fed back: one fewer flag" "$(jsonv "len([f for f in j if f['rule']=='SC-consult'])")" "2"
run consultation list --json
same "the register shows length and feedback" "$(jsonv "[(k['weeks'], k['short'], k['feedback_on']) for k in j]")" \
	"[(4, True, None), (12, False, '2026-07-10')]"
finish
