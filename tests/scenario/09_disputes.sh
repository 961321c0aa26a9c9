#!/bin/sh
# A Compact year's dispute, run from the staffordshire-compact template
# through the command line: a voluntary organisation and the county
# council try an informal discussion (SC-resolve-1); the written
# statement of four parts is logged and a panel with no links to
# either organisation is drawn from the working group, cross-sector,
# due six weeks from first contact (SC-resolve-2); the panel supports
# further mediation and the complaint against a local authority is
# signposted to the Ombudsman (SC-resolve-3); the annual review counts
# cases without names (SC-monitor).  Then the Alliance's own way:
# dialogue, then an independent third party by mutual agreement, with
# suspension unblocked (SA-12), and a breach resolved by the chair in
# writing (SA-13.1).
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2026-01-05

ok "init the Compact" init --template staffordshire-compact
ok "a voluntary organisation" org add --name "Leek Community Trust" --sector vcse
ok "a second one" org add --name "Burton Youth Project" --sector vcse
for o in VAST "Staffordshire Chambers of Commerce" "Staffordshire County Council" "Burton Youth Project"; do
	ok "working group: $o" member add --group working-group --organisation "$o" --kind full
	ok "SC-partners $o signs" member sign --organisation "$o" --name "Signer of $o" --role "Chief Executive" \
		--date 2026-01-05 --authority
done
ok "a person of VAST" person add --name "Vera Walker" --email vera@vast.example.org --organisation VAST
ok "a person of the Chambers" person add --name "Colin Marsh" --email colin@chambers.example.org \
	--organisation "Staffordshire Chambers of Commerce"
ok "a person of the county council" person add --name "Sam Hill" --email sam@staffordshire.example.gov.uk \
	--organisation "Staffordshire County Council"
ok "a person of Burton Youth Project" person add --name "Tom Reed" --email tom@byp.example.org \
	--organisation "Burton Youth Project"
ok "SC-champion who is Leek Community Trust's champion" person role "Tom Reed" --role champion \
	--area "Leek Community Trust"
ok "a second person of VAST" person add --name "Ivy Stone" --email ivy@vast.example.org --organisation VAST
ok "the officer" person add --name "Olive Grant" --email olive@vast.example.org --organisation VAST
ok "who is an officer" user add "Olive Grant" --officer
ok "a working group meeting" meeting schedule --group working-group --date 2026-01-20 --time 10:00 --place Stafford
ok "an item" agenda add 1 --title "Partners' concerns"
ok "SA-11.2 Ivy declares an interest naming Leek Community Trust" meeting interest 1 --item 1 --organisation VAST \
	--person "Ivy Stone" --nature "Her partner is a trustee of Leek Community Trust"

# SC-resolve-1: first contact and the informal stage.
export ALLIANCE_TODAY=2026-02-02
refused "a dispute is between two organisations" 1 "name the other with --against" \
	dispute open --organisation "Leek Community Trust" --subject "Grant ended"
refused "not with itself" 1 "cannot be in dispute with itself" \
	dispute open --organisation "Leek Community Trust" --against "Leek Community Trust" --subject "Grant ended"
refused "first contact is not in the future" 1 "after today" \
	dispute open --organisation "Leek Community Trust" --against "Staffordshire County Council" \
	--subject "Grant ended" --first-contact 2026-03-01
refused "a kind is dispute or breach" 1 "expected dispute or breach" \
	dispute open --kind quarrel --organisation "Leek Community Trust" --against "Staffordshire County Council" \
	--subject "Grant ended"
refused "an unknown organisation" 1 "no organisation" \
	dispute open --organisation "Nobody Trust" --against "Staffordshire County Council" --subject "Grant ended"
ok "SC-resolve-1 open at stage one" dispute open --organisation "Leek Community Trust" \
	--against "Staffordshire County Council" --subject "Grant ended without notice" --first-contact 2026-01-26 \
	--detail "Raised by email with the commissioning team"
has "SC-resolve-2 due six weeks from first contact" "case opened: stage one \\(informal\\), resolution due by 2026-03-09 \\(#1\\)"
ok "SC-resolve-1 the discussion in writing" dispute record 1 --text "Meeting of both chief executives; no agreement"

# SC-resolve-2: the written statement, then stage two.
refused "SC-resolve-2 no panel at stage one" 1 "panel is drawn at stage two" dispute draw 1 --person "Vera Walker"
ok "part of the statement" dispute statement 1 --problem "The grant ended with a week's notice"
refused "SC-resolve-2 stage two needs all four parts" 1 \
	"missing: how it has been dealt with so far; why it is not resolved; what a good outcome would be" \
	dispute stage 1 --to 2
refused "stages go one at a time" 1 "expected stage 2" dispute stage 1 --to 3
refused "an empty statement" 1 "the statement is empty" dispute statement 1
ok "the rest of the statement" dispute statement 1 --handled "Two calls and a meeting" \
	--unresolved "The council says the budget is set" --outcome "Three months' notice and a review"
ok "SC-resolve-2 stage two" dispute stage 1 --to 2
has "the due date is said" "FLAG SC-resolve-2 draw the panel from the working group; resolution is due by 2026-03-09"

# SC-resolve-2: the panel, with no links and cross-sector.
ok "the panel proposal" dispute panel 1 --json
same "SC-resolve-2 eligible: no links with either organisation" \
	"$(jsonv "[p['name'] for p in j['eligible']]")" "['Colin Marsh', 'Olive Grant', 'Vera Walker']"
same "SC-resolve-2 excluded by employment" \
	"$(jsonv "[p['reason'] for p in j['excluded'] if p['name']=='Sam Hill'][0]")" \
	"works for Staffordshire County Council, a party to the case"
same "SC-resolve-2 excluded by a role with a party" \
	"$(jsonv "[p['reason'] for p in j['excluded'] if p['name']=='Tom Reed'][0]")" \
	"holds a role with a party: champion (Leek Community Trust)"
same "SC-resolve-2 excluded by a declared interest naming a party" \
	"$(jsonv "[p['reason'] for p in j['excluded'] if p['name']=='Ivy Stone'][0]")" \
	"declared an interest naming a party: Her partner is a trustee of Leek Community Trust"
refused "SC-resolve-2 a panellist who works for a party is refused" 1 \
	"Sam Hill cannot sit on the panel: works for Staffordshire County Council" dispute draw 1 --person "Sam Hill"
refused "SC-resolve-2 a panellist with a role with a party is refused" 1 \
	"Tom Reed cannot sit on the panel: holds a role with a party" dispute draw 1 --person "tom@byp.example.org"
refused "an unknown person" 1 "no person" dispute draw 1 --person "Nobody Here"
ok "draw a VAST person" dispute draw 1 --person "Vera Walker"
has "SC-resolve-2 one sector is not cross-sector" "FLAG SC-resolve-2 the panel is not cross-sector yet"
refused "drawn once" 1 "on the panel of case 1 already" dispute draw 1 --person "Vera Walker"
ok "draw from the private sector" dispute draw 1 --person "Colin Marsh"
lacks "SC-resolve-2 cross-sector now" "FLAG"
run dispute show 1 --json
same "the panel is cross-sector" "$(jsonv "j['cross_sector']")" "True"
refused "SC-resolve-2 a panellist with a declared interest is refused" 1 \
	"Ivy Stone cannot sit on the panel: declared an interest naming a party" dispute draw 1 --person "Ivy Stone"

# The clock: the officers are reminded a week before, once; overdue is
# flagged.
export ALLIANCE_TODAY=2026-03-03
ok "remind a week before" remind --json
same "SC-resolve-2 the officer is reminded" \
	"$(jsonv "[m['to'] for m in j if m['kind']=='remind-dispute']")" "['olive@vast.example.org']"
ok "remind again" remind --json
same "reminded once" "$(jsonv "len([m for m in j if m['kind']=='remind-dispute'])")" "0"
export ALLIANCE_TODAY=2026-03-10
ok "check after the due date" check --json
same "SC-resolve-2 the overdue case is flagged" "$(jsonv "len([f for f in j if f['rule']=='SC-resolve-2'])")" "1"

# SC-resolve-3: further mediation; the county council is a local
# authority, so the Ombudsman is signposted.
ok "SC-resolve-3 stage three" dispute stage 1 --to 3 --note "The panel proposes an accredited mediator"
has "SC-resolve-3 signposted to the Ombudsman" \
	"FLAG SC-resolve-3 signposted to the Local Government Ombudsman: Staffordshire County Council is a local authority"
refused "there is no stage four" 1 "has 3 stages" dispute stage 1 --to 4
refused "a resolution is in writing" 1 "outcome is missing" dispute resolve 1
refused "not resolved before first contact" 1 "before first contact" dispute resolve 1 --outcome "Agreed" \
	--date 2026-01-01
ok "resolve" dispute resolve 1 --outcome "Three months' notice agreed and a review in the autumn"
has "late against the six weeks" "FLAG SC-resolve-2 resolved 1 days after the due date \\(2026-03-09\\)"
same "the organisations' people are told in writing" \
	"$(sqlite3 "$DB" "select group_concat(recipient) from outbox where kind = 'dispute'")" \
	"sam@staffordshire.example.gov.uk"
refused "resolved once" 1 "resolved on 2026-03-10 already" dispute resolve 1 --outcome "Again"
refused "a resolved case does not change" 1 "a resolved case does not change" dispute record 1 --text "More"
ok "check once resolved" check --json
same "no longer flagged" "$(jsonv "len([f for f in j if f['rule']=='SC-resolve-2'])")" "0"

# SC-monitor: a second case, still open; the figures have no names.
ok "a second case" dispute open --organisation "Burton Youth Project" --against "Staffordshire Chambers of Commerce" \
	--subject "Venue charges" --first-contact 2026-03-10
ok "SC-monitor the figures" dispute stats --year 2026 --json
same "SC-monitor counts" "$(jsonv "(j['cases'], j['by_kind']['dispute'], j['stage_reached'], j['resolved_late'], j['open'], j['signposted'])")" \
	"(2, 2, {'1': 1, '2': 0, '3': 1}, 1, 1, 1)"
lacks "SC-monitor no names" "Leek|Burton|Council|Chambers|Vera|Colin"
refused "a year is a year" 1 "--year '26' is not accepted" dispute stats --year 26
refused "a case is a number" 1 "case 'one' is not accepted" dispute show one
refused "an unknown case" 1 "no case 9" dispute record 9 --text "Call"
ok "the list" dispute list
has "both cases listed" "Venue charges"
run audit verify
same "every step is audited" "$(sqlite3 "$DB" "select count(*) from audit where action like 'dispute.%'")" "10"

# SA-12 and SA-13.1: the Alliance.
fresh
export ALLIANCE_TODAY=2026-05-04
ok "init the Alliance" init --template staffordshire-alliance
ok "SA-12 open by dialogue" dispute open --organisation VAST --against SCVYS --subject "Shared project credit"
has "SA-12 dialogue, no clock" "case opened: dialogue \\(#1\\)$"
refused "SA-12 the third party needs a name" 1 "mutual agreement \\(SA-12\\): name them" dispute stage 1 --to 2
refused "SA-12 and both organisations' agreement" 1 "confirm that both organisations agree" \
	dispute stage 1 --to 2 --third-party "Staffordshire Mediation Service"
ok "SA-12 an independent third party by mutual agreement" dispute stage 1 --to 2 \
	--third-party "Staffordshire Mediation Service" --agreed
refused "SA-12 no third stage" 1 "has 2 stages" dispute stage 1 --to 3
refused "SA-12 no panel under dialogue" 1 "panels are drawn at stage two of the three-stage" dispute panel 1
ok "SA-12 a dispute does not block suspension" member suspend --group children-families --organisation SCVYS \
	--reason "Breach of confidentiality"
ok "SA-13.1 a breach" dispute open --kind breach --organisation SCVYS --subject "Confidential paper shared"
refused "SA-13.1 a breach has no stages" 1 "has no stages" dispute stage 2 --to 2
refused "SA-13.1 a breach has no stage-two statement" 1 "resolves it in writing" dispute statement 2 --problem "Shared"
ok "SA-13.1 resolved by the chair in writing" dispute resolve 2 --outcome "Apology given; paper withdrawn"
same "SA-13.1 the organisation gets it in writing" \
	"$(sqlite3 "$DB" "select count(*) > 0 from outbox where kind = 'breach'")" "1"
run dispute show 2 --json
same "SA-13.1 the written record is kept" "$(jsonv "[e['step'] for e in j['events']]")" "['open', 'resolved']"

# SC-resolve-1: no procedure, no dispute.
fresh
ok "init the Framework" init --template medway-swale-framework
ok "an organisation" org add --name "Medway Council" --sector public
ok "another" org add --name "Medway Voluntary Action" --sector vcse
refused "no procedure in the constitution" 1 "dispute.procedure = none" dispute open \
	--organisation "Medway Voluntary Action" --against "Medway Council" --subject "Late payment"
finish
