#!/bin/sh
# Each of the five founding documents as a built-in template: what an
# officer finds after 'init', and the rules each constitution switches on.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

# Staffordshire Alliance (seed 000)
ok "SA template loads" init --template staffordshire-alliance
ok "appendix B from live data" register forums --json
same "SA-5.6 every forum of appendix B" "$(jsonv "len(j)")" "8"
same "SA-5.2 three local forums" "$(jsonv "len([g for g in j if g['kind']=='local-forum'])")" "3"
same "SA-5.6 the co-ordination group's chair and vice-chair" \
	"$(jsonv "[(g['chair'], g['vice_chair']) for g in j if g['kind']=='coordination'][0]")" \
	"('Garry Jones (SuS)', 'Lisa Healings (VAST)')"
same "SA-5.6 interim chairs are marked" "$(jsonv "sum(1 for g in j if g['chair_interim'])")" "6"
ok "appendix C from live data" register positions --json
same "SA-9.1 every position of appendix C" "$(jsonv "len(j)")" "18"
same "SA-9.1 the three sections" "$(jsonv "sorted(set(p['section'] for p in j))")" \
	"['ICB Enabling Programmes / Committees', 'ICB Place Boards', 'ICB Portfolios']"
same "SA-9.1 vacant positions shown as TBC" "$(jsonv "sum(1 for p in j if p['vacant'] and p['term']=='TBC')")" "7"
same "SA-9.1 appointed terms as the appendix writes them" \
	"$(jsonv "[p['term'] for p in j if p['name']=='Finance & Sustainability'][0]")" "2022-2025"
ok "CSV of appendix C" register positions --format csv
has "SA-9.1 a scoped interim representative" "Urgent & Emergency Care"
ok "constitution settings" constitution settings --json
same "SA-6.4 eight mandatory agenda items" \
	"$(jsonv "len([s for s in j if s['setting']=='agenda.mandatory'][0]['value'])")" "8"
same "SA-8.2 co-ordination quorum by sides" \
	"$(jsonv "[s['value'] for s in j if s['setting']=='quorum.coordination'][0]")" \
	"sides Staffordshire, Southwest, Southeast | Stoke-on-Trent & North"
same "SA-8.2 local forum quorum of four" \
	"$(jsonv "[s['value'] for s in j if s['setting']=='quorum.local-forum'][0]")" "vcse-present 4"
same "SA-6.2 four meetings a year" \
	"$(jsonv "[s['value'] for s in j if s['setting']=='meetings.min_per_year.local-forum'][0]")" "4"
ok "principles of co-operation" commitment list --json
same "SA appendix A principles a-e" "$(jsonv "[c['code'] for c in j]")" "['a', 'b', 'c', 'd', 'e']"
ok "member register" register members --json
same "SA-5.8 the co-ordination group is the infrastructure organisations (whose people chair the forums), no statutory body left pending" \
	"$(jsonv "sorted((m['organisation'], m['kind'], m['status']) for m in j if m['grp']=='coordination')")" \
	"[('Support Staffordshire', 'full', 'active'), ('VAST', 'full', 'active')]"
ok "audit chain after a template load" audit verify

# Staffordshire Compact (seed 001), in the same database: organisations are shared.
ok "SC template loads beside the Alliance" init --template staffordshire-compact
refused "with two arrangements, commands ask which" 1 "holds several arrangements \\(staffordshire-alliance, staffordshire-compact\\)" \
	register members
export ALLIANCE_ARRANGEMENT=staffordshire-compact
ok "SC-partners the listed partners" register members --json
same "SC-partners 23 partners" "$(jsonv "len(j)")" "23"
same "SC-partners three sectors" "$(jsonv "sorted(set(m['sector'] for m in j))")" "['private', 'public', 'vcse']"
same "SC-partners unsigned partners are pending" "$(jsonv "set(m['status'] for m in j)")" "{'pending'}"
run org list --json
same "VAST is one organisation in both arrangements" "$(jsonv "len([o for o in j if o['name']=='VAST'])")" "1"
refused "SC-partners the signature needs the signer's position" 1 "the declaration is missing its role" \
	member sign --organisation "Tamworth Borough Council" --name "A Signer" --date 2014-05-01
ok "SC-partners a partner signs: name, organisation, position, date" \
	member sign --organisation "Tamworth Borough Council" --name "A Signer" --role "Chief Executive" --date 2014-05-01
ok "signatories" register signatories --json
same "SC-partners the signatory register" "$(jsonv "[(s['organisation'], s['signer_role'], s['signed_on']) for s in j]")" \
	"[('Tamworth Borough Council', 'Chief Executive', '2014-05-01')]"
ok "the Compact's commitments" commitment list --json
same "the four objectives" "$(jsonv "len([c for c in j if c['kind']=='objective'])")" "4"
unset ALLIANCE_ARRANGEMENT

# Medway & Swale Framework (seed 002)
fresh
ok "MS template loads" init --template medway-swale-framework
ok "commitments" commitment list --json
same "MS-3-commitments 3.3.1 to 3.10.5" "$(jsonv "len([c for c in j if c['code'].startswith('3.')])")" "38"
same "MS-4 VCS commitments 4.1 to 4.7" "$(jsonv "[c['code'] for c in j if c['code'].startswith('4.')]")" \
	"['4.1', '4.2', '4.3', '4.4', '4.5', '4.6', '4.7']"
same "MS-3.7.1 single point of contact is a commitment" "$(jsonv "any(c['code']=='3.7.1' for c in j)")" "True"
ok "MS settings" constitution settings --json
same "MS-3.4.2 funding of 3 to 5 years" \
	"$(jsonv "[s['value'] for s in j if s['setting'] in ('funding.min_years','funding.max_years')]")" "['3', '5']"

# Manchester Leaders Group (seed 003)
fresh
ok "MC template loads" init --template manchester-leaders
ok "MC groups" group list --json
same "MC the Leaders Group and the MoU Working Group" "$(jsonv "sorted(g['kind'] for g in j)")" "['leaders', 'working-group']"
ok "a VCSE organisation" org add --name "Wythenshawe Community Trust" --sector vcse --geography "south Manchester"
ok "MC-closed it joins by formal commitment" member add --group leaders --organisation "Wythenshawe Community Trust" --kind full
ok "MC-criteria the declaration of support" member sign --organisation "Wythenshawe Community Trust" --name "Dee Ahmed" --date 2025-05-20
ok "MC-criteria evidence for criterion 1" member criterion --group leaders --organisation "Wythenshawe Community Trust" \
	--criterion 1 --evidence "Registered office in Wythenshawe; not-for-profit articles"
ok "MC-criteria evidence by its text" member criterion --group leaders --organisation "Wythenshawe Community Trust" \
	--criterion "Can demonstrate financial accountability" --evidence "Audited accounts 2024"
refused "MC-criteria a criterion not in the constitution is refused, listing them" 1 \
	"criterion 'has a website' is not one of the constitution's; expected a number or the text of: 1. Working within" \
	member criterion --group leaders --organisation "Wythenshawe Community Trust" --criterion "has a website" --evidence x
run member show --group leaders --organisation "Wythenshawe Community Trust" --json
# Macc's six criteria and the Leaders Group's own four.
same "MC-criteria two met, eight gaps flagged" "$(jsonv "(len(j['criteria']), len(j['criteria_gaps']))")" "(2, 8)"
run member show --group leaders --organisation "Wythenshawe Community Trust"
has "MC-criteria the gaps are shown" "GAP: no evidence for \"Can demonstrate that their beneficiaries"
refused "MC this constitution has no suspension" 1 "does not provide for suspension" \
	member suspend --group leaders --organisation "Wythenshawe Community Trust" --reason x
refused "MC-closed no associates here" 1 "this arrangement has no associate members; it accepts full, guest" \
	member add --group leaders --organisation MLCO --kind associate
ok "MC-closed non-members come as guests" member add --group leaders --organisation MLCO --kind guest

# Tameside PACT (seed 004)
fresh
ok "TP template loads" init --template tameside-pact
ok "PACT commitments" commitment list --json
same "TP-5 three principles" "$(jsonv "len([c for c in j if c['kind']=='principle'])")" "3"
same "TP-5 nine commitments 1a-3c" "$(jsonv "[c['code'] for c in j if c['kind']=='commitment']")" \
	"['1a', '1b', '1c', '2a', '2b', '2c', '3a', '3b', '3c']"
ok "TP settings" constitution settings --json
same "TP-3a spend is published" "$(jsonv "[s['value'] for s in j if s['setting']=='funding.publish_spend'][0]")" "yes"
same "TP-2a representation everywhere" \
	"$(jsonv "[s['value'] for s in j if s['setting']=='representatives.required_everywhere'][0]")" "yes"
finish
