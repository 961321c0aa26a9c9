#!/bin/sh
# A year of the Southwest Staffordshire forum, replayed through the
# command line the way its chair and the secretariat would run it:
# meetings, agendas, attendance, interests, votes, a poll, a chair
# election with a run-off, a representative election, and the check.
. "$(dirname "$0")/lib.sh"
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
now() { export ALLIANCE_NOW="$1"; }
at 2025-01-06

ok "init" init --template staffordshire-alliance
for o in "Wombourne Wellbeing:ww" "Codsall Carers:cc" "Kinver Youth Trust:kyt" "Penkridge Pantry:pp" \
	"Brewood Befrienders:bb" "Cheslyn Hay Community:chc"; do
	name=${o%%:*}; short=${o##*:}
	ok "add $name" org add --name "$name" --short-name "$short" --sector vcse
	ok "$name joins the forum" member add --group southwest --organisation "$short" --kind full
	ok "$name signs" member sign --organisation "$short" --name "Chief Officer of $short" --role "Chief Officer" --date 2025-01-06 --authority
	ok "a person for $name" person add --name "Lead $short" --email "lead@$short.example.org" --organisation "$short"
done
ok "the ICB as associate of the forum" member add --group southwest \
	--organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --kind associate
ok "the ICB signs" member sign --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" \
	--name "ICB Director" --role "Director" --date 2025-01-06 --authority
ok "an ICB officer" person add --name "Ian Board" --email ian.board@example.org \
	--organisation "Staffordshire and Stoke-on-Trent Integrated Care Board"

# --- First quarter: a meeting by the book ---
ok "SA-6.4 schedule a meeting" meeting schedule --group southwest --date 2025-02-10 --time 10:00 --end 12:00 --place "Codsall Village Hall"
M1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
run meeting show "$M1" --json
same "SA-6.4 the agenda opens with the eight mandatory items" "$(jsonv "len([i for i in j['agenda'] if i['mandatory']])")" "8"
refused "SA-6.4 a mandatory item cannot be removed" 1 "is one every agenda contains \\(SA-6.4\\); it cannot be removed" \
	agenda remove "$M1" --item 2
# An agenda built under an older wording of the constitution lacks one.
sqlite3 "$DB" "UPDATE agenda_item SET title = 'Interests' WHERE meeting_id = $M1 AND pos = 2"
refused "SA-6.4 an agenda without a mandatory item cannot be circulated" 1 \
	"lacks 1 mandatory item\\(s\\) \\(SA-6.4\\): \"Declarations of interests\"" meeting circulate "$M1" --date 2025-02-01
sqlite3 "$DB" "UPDATE agenda_item SET title = 'Declarations of interests' WHERE meeting_id = $M1 AND pos = 2"
ok "an item added" agenda add "$M1" --title "Draft item"
ok "and removed before the agenda goes out" agenda remove "$M1" --item 9
ok "SA-10.2 a member requests an item before circulation" agenda add "$M1" --title "Grant bid to the ICB" --requested-by kyt
ok "SA-3.1-assoc a VCSE-only item" agenda add "$M1" --title "Sector position on the ICB bid" --vcse-only
ok "SA-10.2 circulate a week before" meeting circulate "$M1" --date 2025-02-01
lacks "on time: no flag" "FLAG"
refused "SA-10.2 requests close when the agenda goes out" 1 "members request items before it is circulated" \
	agenda add "$M1" --title "Late request" --requested-by pp
refused "SA-10.2 once circulated, items keep their numbers" 1 "items keep their numbers" agenda remove "$M1" --item 9
ok "the invitation" meeting ical "$M1"
has "iCalendar REQUEST" "METHOD:REQUEST"
has "a stable UID" "UID:meeting-$M1@staffordshire-alliance.alliance"
has "in London's time, by its zone" "DTSTART;TZID=Europe/London:20250210T100000"
has "which the calendar carries" "TZID:Europe/London"
has "the organiser is the secretariat's address" "ORGANIZER:mailto:"
OUT=$(printf %s "$OUT" | tr -d '\r' | sed -e ':a' -e 'N' -e '$!ba' -e 's/\n //g')
has "members are invited (lines unfolded)" "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lead ww:mailto:lead@ww.example.org"
printf %s "$OUT" >"$T_DIR/m1.ics"
same "the invitation parses" "$(python3 -c "
import sys
t=open(sys.argv[1]).read()
print(t.startswith('BEGIN:VCALENDAR') and 'END:VEVENT' in t and t.count('ORGANIZER')==1)" "$T_DIR/m1.ics")" "True"

for o in ww cc kyt; do ok "$o present" meeting attend "$M1" --organisation "$o" --as present --people "Lead $o"; done
ok "SA-6.3 two people from one organisation count once" meeting attend "$M1" --organisation ww --as present --people "Lead ww, Second ww"
ok "bb sends apologies" meeting attend "$M1" --organisation bb --as apologies
ok "pp sends a deputy without the chair's agreement" meeting attend "$M1" --organisation pp --as deputy --people "Stand-in"
ok "the associate attends" meeting attend "$M1" --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --as present
ok "SA-11.2 Kinver declares an interest in its own bid" meeting interest "$M1" --item 9 --organisation kyt --person "Lead kyt" --nature "Kinver Youth Trust is the bidder"
run meeting show "$M1" --json
same "SA-11.2 the interest is in the register" "$(jsonv "[(i['item'], i['organisation']) for i in j['interests']]")" "[(9, 'Kinver Youth Trust')]"
refused "SA-8.2 not quorate: the conflicted and the unagreed deputy do not count" 1 \
	"not quorate for a vote \\(SA-8.2\\): 2 of 4 VCSE full members present; 2 more needed" \
	decision propose "$M1" --item 9 --text "Support the Kinver bid"
ok "Support Staffordshire arrives" meeting attend "$M1" --organisation "Support Staffordshire" --as present
ok "SA-6.3 the chair agreed Penkridge's deputy beforehand" meeting attend "$M1" --organisation pp --as deputy --people "Stand-in" --deputy-agreed
ok "SA-8.2 exactly quorate: four VCSE members" decision propose "$M1" --item 9 --text "Support the Kinver bid"
V1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
refused "SA-3.1-assoc an associate never votes" 1 "cannot vote on this motion" \
	decision vote "$V1" --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --choice for
refused "SA-11.3 a conflicted member is excluded from the vote" 1 "Kinver Youth Trust cannot vote on this motion" \
	decision vote "$V1" --organisation kyt --choice for
refused "an absent member does not vote at a meeting" 1 "Brewood Befrienders cannot vote" \
	decision vote "$V1" --organisation bb --choice for
ok "ww for" decision vote "$V1" --organisation ww --choice for
refused "SA-8.3 one vote per organisation" 1 "already voted" decision vote "$V1" --organisation ww --choice against
ok "cc against" decision vote "$V1" --organisation cc --choice against
ok "pp's deputy for" decision vote "$V1" --organisation pp --choice for
ok "SuS against" decision vote "$V1" --organisation "Support Staffordshire" --choice against
ok "SA-8.3 count" decision close "$V1"
has "SA-8.3 a tie decides nothing, no casting vote" "^tie: 2 for, 2 against"
has "SA-8.3 a second vote is offered" "second vote with --second-vote-of $V1"
ok "SA-8.3 the second vote after debate" decision propose "$M1" --item 9 --text "Support the Kinver bid (second vote)" --second-vote-of "$V1"
V2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "ww" decision vote "$V2" --organisation ww --choice for
ok "cc" decision vote "$V2" --organisation cc --choice for
ok "pp" decision vote "$V2" --organisation pp --choice for
ok "SuS abstains" decision vote "$V2" --organisation "Support Staffordshire" --choice abstain
ok "close" decision close "$V2"
has "SA-8.3 carried by a simple majority of votes cast" "^carried: 3 for, 0 against, 1 abstaining"
run decision show "$V2" --json
same "the second vote is round 2" "$(jsonv "j['round']")" "2"
ok "SA-8.1 a decision by consensus" decision consensus "$M1" --item 4 --text "Share the winter pressures briefing"
run decision list --json
same "SA-8.1 recorded as consensus" "$(jsonv "[d['outcome'] for d in j if d['method']=='consensus']")" "['agreed by consensus']"
ok "an action" action add --meeting "$M1" --text "Write to the ICB in support of the bid" --owner "Lead ww" --due 2025-03-01
A1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "notes" meeting notes "$M1" --text "Key points: the forum supports the Kinver bid (second vote).
Actions: Lead ww writes to the ICB."
at 2025-03-10
ok "SA-10.3 notes published late" meeting publish "$M1"
has "SA-10.3 flagged" "FLAG: SA-10.3 notes published 2025-03-10, after 2025-03-03"

# --- Second quarter: a late agenda, the action carried ---
at 2025-05-01
ok "schedule Q2" meeting schedule --group southwest --date 2025-05-12 --time 10:00 --place "Online" --link "https://meet.example.org/sw"
M2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "the open action is carried to the next meeting" action list --group southwest --json
same "the action is still open" "$(jsonv "[a['id'] for a in j]")" "[$A1]"
ok "SA-10.2 circulated late" meeting circulate "$M2" --date 2025-05-09
has "SA-10.2 flagged" "FLAG: SA-10.2 agenda circulated 2025-05-09, after 2025-05-05"
ok "the action is done" action done "$A1" --date 2025-05-12
for o in ww cc kyt pp; do ok "$o present" meeting attend "$M2" --organisation "$o" --as present; done
ok "bb apologises again" meeting attend "$M2" --organisation bb --as apologies
ok "cancel a meeting" meeting schedule --group southwest --date 2025-06-30 --time 10:00 --place Online
M3=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "cancelled" meeting cancel "$M3" --reason "clash with the ICB board"
ok "the cancellation" meeting ical "$M3"
has "iCalendar CANCEL" "METHOD:CANCEL"
has "status cancelled" "STATUS:CANCELLED"

# --- An urgent decision by electronic poll (SA-8.4) ---
now 2025-06-01T08:00
ok "SA-8.4 open a poll" decision poll --group southwest --text "Endorse the urgent winter letter" --opens 2025-06-01T09:00 --closes 2025-06-03T17:00
P1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
refused "SA-8.4 a ballot before the poll opens is refused" 1 "not open" decision vote "$P1" --organisation ww --choice for
now 2025-06-02T10:00
ok "ww votes" decision vote "$P1" --organisation ww --choice for
ok "bb votes by poll though absent from meetings" decision vote "$P1" --organisation bb --choice for
ok "cc votes" decision vote "$P1" --organisation cc --choice against
refused "SA-3.1-assoc the associate cannot vote in a poll" 1 "cannot vote" \
	decision vote "$P1" --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --choice for
run decision show "$P1" --json
same "SA-8.4 results only after close" "$(jsonv "j['votes']")" "None"
refused "SA-8.4 the poll is not counted before it closes" 1 "results are counted only after it closes" decision close "$P1"
now 2025-06-03T17:30
refused "SA-8.4 a ballot after close is refused" 1 "closed" decision vote "$P1" --organisation pp --choice for
ok "count the poll" decision close "$P1"
has "carried 2 to 1" "^carried: 2 for, 1 against"

# --- Electing the chair (SA-7.1, SA-E1, SA-E2) ---
at 2025-06-02
refused "SA-9.3 a window under three weeks needs a reason" 1 "the nomination window is 8 days; at least 21 are needed unless a reason" \
	election open --group southwest --office chair --closes 2025-06-10
ok "SA-9.3 a shorter window with a recorded reason" election open --group southwest --office vice-chair --closes 2025-06-12 --reason "vacancy before the ICB deadline"
ok "SA-7.1 seek nominations for chair" election open --group southwest --office chair --closes 2025-06-23
E1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
refused "SA-9.3 an incomplete nomination is refused, naming the gap" 1 "the nomination is missing its skills" \
	election nominate "$E1" --person "Lead ww" --details "Lead ww, Wombourne Wellbeing" --why "Continuity" --interests none --guidance
refused "SA-E1 SA-3.1-assoc an associate cannot stand" 1 "Ian Board cannot stand" \
	election nominate "$E1" --person "Ian Board" --details d --why w --skills s --interests none --guidance
for p in ww cc kyt; do
	ok "nominate Lead $p" election nominate "$E1" --person "Lead $p" --details "Lead $p" --why "To serve the forum" \
		--skills "Chairing, partnership work" --interests none --guidance
done
refused "a ballot cannot open before nominations close" 1 "the ballot opens after that" \
	election ballot "$E1" --opens 2025-06-20T09:00 --closes 2025-06-30T17:00
ok "SA-7.1 the online poll" election ballot "$E1" --opens 2025-06-24T09:00 --closes 2025-06-30T17:00
now 2025-06-25T12:00
ok "ww votes" election vote "$E1" --organisation ww --candidate "Lead ww"
RECEIPT=$(printf %s "$OUT" | sed -n 's/.*receipt \([0-9a-f]*\).*/\1/p')
refused "SA-E2.2 a second ballot from the same organisation" 1 "already voted" election vote "$E1" --organisation ww --candidate "Lead cc"
refused "SA-E2.1 an associate has no ballot" 1 "cannot vote in this election" \
	election vote "$E1" --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --candidate "Lead ww"
refused "a vote for someone not standing" 1 "is not a candidate" election vote "$E1" --organisation cc --candidate "Lead pp"
ok "cc" election vote "$E1" --organisation cc --candidate "Lead cc"
ok "kyt" election vote "$E1" --organisation kyt --candidate "Lead kyt"
ok "pp" election vote "$E1" --organisation pp --candidate "Lead ww"
ok "bb" election vote "$E1" --organisation bb --candidate "Lead cc"
refused "not counted before close" 1 "counted after it closes" election count "$E1"
now 2025-07-01T09:00
refused "a ballot after close" 1 "closed" election vote "$E1" --organisation chc --candidate "Lead ww"
ok "count" election count "$E1"
has "SA-E2.2 a tie at the top goes to a run-off" "A tie between Lead ww; Lead cc: run-off election"
E2=$(printf %s "$OUT" | sed -n 's/.*run-off election \([0-9]*\).*/\1/p')
run election show "$E1" --json
same "every counted ballot is published by receipt" "$(jsonv "len(j['ballots'])")" "5"
same "the voter finds their own ballot" "$(jsonv "[b['candidate'] for b in j['ballots'] if b['receipt']=='$RECEIPT']")" "['Lead ww']"
same "secret: the box holds no voter" "$(sqlite3 "$DB" "select group_concat(name) from pragma_table_info('ballot_box')")" "receipt,election_id,nomination_id"
run audit list --json
same "secret: the audit log never records a choice" "$(jsonv "any('Lead' in e['detail'] for e in j if e['action']=='election.vote')")" "False"
ok "SA-9.4 the chair verifies turnout" election verify "$E1"
has "turnout without choices" "turnout: 5 organisations voted, 5 ballots in the box; 0 ineligible voter\\(s\\); verified"
refused "a tied election cannot be announced" 1 "once counted without a tie" election announce "$E1"
run election show "$E2" --json
same "SA-E2.2 the run-off is between the tied candidates only" "$(jsonv "sorted(n['person'] for n in j['nominations'])")" "['Lead cc', 'Lead ww']"
same "recorded as a new round" "$(jsonv "(j['round'], j['previous_id'])")" "(2, $E1)"
ok "the run-off ballot" election ballot "$E2" --opens 2025-07-02T09:00 --closes 2025-07-04T17:00
now 2025-07-03T09:00
for v in ww:ww pp:ww kyt:ww cc:cc; do ok "run-off vote ${v%%:*}" election vote "$E2" --organisation "${v%%:*}" --candidate "Lead ${v##*:}"; done
now 2025-07-05T09:00
ok "count the run-off" election count "$E2"
has "Lead ww elected" "elected: Lead ww"
refused "SA-9.4 not announced before the chair verifies" 1 "verifies the count before it is announced" election announce "$E2"
ok "verify" election verify "$E2"
ok "SA-9.4 announce" election announce "$E2"
run register forums --json
same "SA-7.1 the new chair replaces the interim in appendix B" \
	"$(jsonv "[(g['chair'], g['chair_interim'], g['chair_term_end']) for g in j if g['slug']=='southwest'][0]")" \
	"('Lead ww (ww)', False, '2028-07-04')"

# --- A representative election (SA-9) ---
at 2025-07-07
# SA-9.1 / App. C: a representative's term of office is its own
# setting, not the chair's (SA-7.1).
ok "the constitution in force" constitution show
printf '%s\n' "$OUT" | tail -n +2 | sed 's/^representatives.term_years = .*/representatives.term_years = 2/' >"$T_DIR/rep2.txt"
ok "SA-9.1 representatives now serve two years" constitution apply "$T_DIR/rep2.txt" --effective 2025-07-07
ok "SA-9.3 a vacancy: seek nominations" election open --group southwest --office representative --position place-southwest --closes 2025-07-28
E3=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
refused "SA-9.1 another forum cannot elect to this position" 1 "is elected by another group" \
	election open --group southeast --office representative --position place-southwest --closes 2025-07-28
ok "nominate Lead kyt" election nominate "$E3" --person "Lead kyt" --details "Lead kyt" --why "Place voice" --skills "Health policy" --interests "Trustee of Kinver Youth Trust" --guidance
ok "the ballot" election ballot "$E3" --opens 2025-07-29T09:00 --closes 2025-08-05T17:00
now 2025-07-30T10:00
ok "a vote" election vote "$E3" --organisation cc --candidate "Lead kyt"
now 2025-08-06T10:00
ok "count" election count "$E3"
ok "verify" election verify "$E3"
ok "announce" election announce "$E3"
run register positions --json
same "SA-9.1 appendix C updates itself" \
	"$(jsonv "[[r['person'] for r in p['representatives']] for p in j if p['slug']=='place-southwest'][0]")" "['Lead kyt']"
same "SA-9.1 App. C the new term runs the representatives' two years, not the chair's three" \
	"$(jsonv "[[r['term_end'] for r in p['representatives']] for p in j if p['slug']=='place-southwest'][0]")" "['2027-08-05']"

# --- Autumn, and the check at the year's end ---
at 2025-09-01
ok "Q3 meeting" meeting schedule --group southwest --date 2025-09-08 --time 10:00 --place Online
M4=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "circulate" meeting circulate "$M4" --date 2025-09-01
for o in ww cc kyt pp; do ok "$o present" meeting attend "$M4" --organisation "$o" --as present; done
ok "SA-7.3 a vice-chair" office set --group southwest --person "Lead pp" --office vice-chair --start 2025-09-01
ok "an item on Wombourne's contract" agenda add "$M4" --title "Wombourne Wellbeing social prescribing contract"
ok "SA-11.2 the chair's organisation declares an interest" meeting interest "$M4" --item 9 --organisation ww --person "Lead ww" --nature "Wombourne Wellbeing holds the contract"
run meeting show "$M4" --json
same "SA-E3.6 the conflicted chair hands the item to the vice-chair" \
	"$(jsonv "[i['chaired_by'] for i in j['agenda'] if i['pos'] in (1, 9)]")" "['Lead ww', 'Lead pp']"
same "SA-E3.6 and it is shown" "$(jsonv "[f for f in j['flags'] if f.startswith('SA-E3.6')]")" \
	"['SA-E3.6 item 9: the chair (Lead ww) declared an interest, so Lead pp chairs it']"
refused "SA-14.3 a date of effect cannot be past" 1 "effective 2025-08-01 is in the past" \
	decision propose "$M4" --item 4 --text "End Brewood Befrienders' membership" --terminate bb --effective 2025-08-01
ok "SA-14.3 a motion to terminate Brewood's membership from 30 September" decision propose "$M4" --item 4 --text "End Brewood Befrienders' membership" --terminate bb --effective 2025-09-30
V3=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
for o in ww cc kyt; do ok "$o for" decision vote "$V3" --organisation "$o" --choice for; done
ok "close" decision close "$V3"
run member show --group southwest --organisation bb --json
same "SA-14.3 dated: still a member until the date" "$(jsonv "j['status']")" "active"
at 2025-09-30
run member show --group southwest --organisation bb --json
same "SA-14.3 terminated by simple majority, on the date voted" "$(jsonv "(j['status'], j['history'][-1]['effective'], j['history'][-1]['reason'])")" \
	"('terminated', '2025-09-30', 'by vote of Southwest Staffordshire VCSE Healthy Communities Forum, decision $V3')"
refused "SA-5.8 co-option is by the co-ordination group only" 1 "co-option is by the co-ordination group \\(SA-5.8\\), not Southwest" \
	decision propose "$M4" --item 4 --text "Co-opt" --coopt SCVYS
ok "SA-14.3 recommend Cheslyn Hay's termination from the whole Alliance" decision propose "$M4" --item 4 --text "Recommend ending Cheslyn Hay's membership" --recommend-termination chc
V4=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
for o in ww cc kyt; do ok "$o for" decision vote "$V4" --organisation "$o" --choice for; done
ok "close" decision close "$V4" --json
same "SA-14.3 referred to the co-ordination group" "$(jsonv "j['referred_to']")" "coordination"
run action list --group coordination --json
same "SA-14.3 it waits in the co-ordination group's action log" "$(jsonv "any('Cheslyn Hay Community' in a['body'] for a in j)")" "True"
ok "SA-8.4 an urgent decision by email consensus" decision email --group southwest --text "Sign the joint letter on winter funding"
run decision show "$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')" --json
same "SA-8.4 recorded as email consensus" "$(jsonv "(j['method'], j['outcome'])")" "('email', 'agreed by email consensus')"
ok "SA-14.1 Penkridge gives notice" member resign --group southwest --organisation pp --date 2025-09-30 --reason "merging with a neighbour"
now 2025-09-30T10:00
ok "a poll" decision poll --group southwest --text "Join the county carers' week" --opens 2025-09-30T09:00 --closes 2025-10-02T17:00
P2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SA-14.1 a member under notice still votes" decision vote "$P2" --organisation pp --choice for
refused "SA-14.1 only a member under notice is excluded" 1 "is active, not under notice" \
	member exclude --group southwest --organisation ww --reason x
ok "SA-14.1 the chair excludes Penkridge during notice" member exclude --group southwest --organisation pp --reason "joining a competing bid"
ok "another poll" decision poll --group southwest --text "Back the bid" --opens 2025-09-30T09:00 --closes 2025-10-02T17:00
P3=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
refused "SA-14.1 an excluded member does not vote" 1 "the member is under notice and the chair has excluded it \\(SA-14.1\\)" \
	decision vote "$P3" --organisation pp --choice for
at 2025-09-30
ok "SA-D5.3 the ICB raises a concern about a representative" position concern --position place-southwest --person "Lead kyt" \
	--organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --text "Missed three board meetings"
run register positions --json
same "SA-D5.3 a concern removes nobody" "$(jsonv "[[r['person'] for r in p['representatives']] for p in j if p['slug']=='place-southwest'][0]")" "['Lead kyt']"
refused "SA-D5.3 concerns come from statutory bodies" 1 "is not a statutory body" \
	position concern --position place-southwest --person "Lead kyt" --organisation ww --text x
refused "SA-9.5 removal needs the reason" 1 "reason is missing" position remove --position place-southwest --person "Lead kyt"
ok "SA-9.5 the electing group removes and will replace" position remove --position place-southwest --person "Lead kyt" --reason "forum decision of 8 September 2025"
run register positions --json
same "SA-9.5 the position is vacant again" "$(jsonv "[p['vacant'] for p in j if p['slug']=='place-southwest'][0]")" "True"
ok "SA-13.2 suspend cc" member suspend --group southwest --organisation cc --reason "breach of confidentiality"
at 2025-12-31
ok "the compliance check" check --group southwest --json
same "SA-6.2 below four meetings a year" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-6.2']")" \
	"['3 meeting(s) held this year; the pace of 4 a year asks for 4 by now']"
same "SA-6.3 persistent absence without apology" "$(jsonv "sorted(f['fact'] for f in j if f['rule']=='SA-6.3')")" \
	"['Cheslyn Hay Community: absent without apology from the last 3 meeting(s)']"
same "SA-13.2 a suspended member" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-13.2']")" "['Codsall Carers is suspended']"
same "SA-10.3 notes of meetings 2 and 4 never published" "$(jsonv "len([f for f in j if f['rule']=='SA-10.3'])")" "3"
ok "the whole arrangement" check --json
same "SA-9.3 vacancies listed, with the seats whose terms ended (SA-9.1)" "$(jsonv "len([f for f in j if f['rule']=='SA-9.3'])")" "10"
same "SA-9.1 a term of office that ended on 31 March holds no seat" \
	"$(jsonv "[f['fact'] for f in j if f['rule'] in ('SA-9.1', 'SA-9.3') and 'Finance' in f['fact']]")" \
	"['Finance & Sustainability (ICB Enabling Programmes / Committees) is vacant', \"Lisa Healings's term as representative on Finance & Sustainability ended on 2025-03-31; the seat is no longer theirs\"]"
same "SA-D2.4 sole representatives flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-D2.4' and 'Children' in f['fact']]")" "['Children & Young People & Maternity has a sole representative']"
same "SA-D2.5 positions without deputies" "$(jsonv "len([f for f in j if f['rule']=='SA-D2.5'])>0")" "True"
same "SA-7.1 the first election was due within 6 months" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-7.1' and f['group']=='southeast']")" \
	"['the chair (Garry Jones) is interim; the first election was due by 2022-10-01']"
same "the elected chair is not flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='SA-7.1' and f['group']=='southwest']")" "[]"

# --- The co-ordination group decides (SA-5.8, SA-8.2, SA-14.3) ---
at 2026-01-12
ok "a co-ordination meeting" meeting schedule --group coordination --date 2026-01-14 --time 10:00 --place Stafford
C1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "an item" agenda add "$C1" --title "Membership"
ok "Support Staffordshire attends" meeting attend "$C1" --organisation "Support Staffordshire" --as present
refused "SA-8.2 co-ordination quorum needs both sides" 1 "no member present from the side Stoke-on-Trent & North" \
	decision propose "$C1" --item 9 --text "Co-opt Kinver" --coopt kyt
ok "VAST attends" meeting attend "$C1" --organisation VAST --as present
ok "SA-5.8 co-opt by simple majority" decision propose "$C1" --item 9 --text "Co-opt Kinver Youth Trust" --coopt kyt
V5=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SuS for" decision vote "$V5" --organisation "Support Staffordshire" --choice for
ok "VAST for" decision vote "$V5" --organisation VAST --choice for
ok "close" decision close "$V5"
run member show --group coordination --organisation kyt --json
same "SA-5.8 co-opted and, having signed, active" "$(jsonv "(j['kind'], j['status'])")" "('co-opted', 'active')"
ok "SA-14.3 the co-ordination group decides the recommendation" decision propose "$C1" --item 9 --text "End Cheslyn Hay Community's membership of the Alliance" --terminate-from-alliance chc
V6=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SuS for" decision vote "$V6" --organisation "Support Staffordshire" --choice for
ok "VAST for" decision vote "$V6" --organisation VAST --choice for
ok "close" decision close "$V6"
run member show --group southwest --organisation chc --json
same "SA-14.3 terminated across the Alliance" "$(jsonv "j['status']")" "terminated"
ok "the audit chain holds after a year" audit verify
finish
