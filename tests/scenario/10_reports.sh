#!/bin/sh
# Annual reports drawn from live data (SC-annual, MS-2-eval, MC-chair,
# MC-mou, TP-3): a year of the Southwest Staffordshire forum and of the
# Medway & Swale self-assessment, run through the command line, and the
# report's figures checked against the data that made them, in the JSON,
# in the HTML and in the PDF (pdftotext).
. "$(dirname "$0")/lib.sh"
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
now() { export ALLIANCE_NOW="$1"; }
id_of() { printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p'; }
# pdf_text FILE: the PDF's text in reading order (a table's cells one
# after another), on one line with white space squeezed.
pdf_text() { pdftotext "$1" - | tr -s '\n\f\t ' '    ' | tr -s ' '; }
at 2025-01-06

# --- The Alliance's year (SC-annual, SA-6.2) ---
ok "init" init --template staffordshire-alliance
for o in "Wombourne Wellbeing:ww" "Codsall Carers:cc" "Kinver Youth Trust:kyt" "Penkridge Pantry:pp"; do
	ok "add ${o%%:*}" org add --name "${o%%:*}" --short-name "${o##*:}" --sector vcse
	ok "${o##*:} joins the forum" member add --group southwest --organisation "${o##*:}" --kind full
	ok "${o##*:} signs" member sign --organisation "${o##*:}" --name "Chief Officer ${o##*:}" --role "Chief Officer" --date 2025-01-06 --authority
done
run report annual --year 2025 --format json
same "SC-annual a report before anything happened has no meetings" "$(jsonv "j['meetings_held']")" "0"
refused "a report of a year not begun" 1 "2026 has not begun" report annual --year 2026
refused "a year is a year" 1 "--year '25' is not accepted" report annual --year 25
refused "html, pdf or json" 1 "--format 'docx' is not accepted; expected html, pdf or json" report annual --year 2025 --format docx

ok "meeting 1" meeting schedule --group southwest --date 2025-02-10 --time 10:00 --place "Codsall Village Hall"
M1=$(id_of)
ok "meeting 2" meeting schedule --group southwest --date 2025-05-12 --time 10:00 --place Online
M2=$(id_of)
ok "meeting 3, cancelled" meeting schedule --group southwest --date 2025-06-30 --time 10:00 --place Online
ok "cancel it" meeting cancel "$(id_of)" --reason "clash with the ICB board"
ok "meeting 4" meeting schedule --group southwest --date 2025-09-15 --time 10:00 --place "Kinver Library"
for o in ww cc kyt pp; do ok "$o present" meeting attend "$M1" --organisation "$o" --as present; done
ok "SA-8.1 a decision by consensus" decision consensus "$M1" --item 4 --text "Share the winter pressures briefing"
ok "SA-8.3 a vote" decision propose "$M1" --item 5 --text "Write to the ICB about the bid"
V1=$(id_of)
for v in ww:for cc:for kyt:for pp:against; do ok "${v%%:*} votes" decision vote "$V1" --organisation "${v%%:*}" --choice "${v##*:}"; done
ok "close the vote" decision close "$V1"
now 2025-06-01T08:00
ok "SA-8.4 an electronic poll" decision poll --group southwest --text "Endorse the urgent winter letter" --opens 2025-06-01T09:00 --closes 2025-06-03T17:00
P1=$(id_of)
now 2025-06-02T10:00
ok "ww votes in the poll" decision vote "$P1" --organisation ww --choice for
ok "cc votes in the poll" decision vote "$P1" --organisation cc --choice against
ok "kyt votes in the poll" decision vote "$P1" --organisation kyt --choice for
now 2025-06-04T09:00
ok "count the poll" decision close "$P1"

# Elect a chair (SA-7.1) in the year.
at 2025-06-02
ok "seek nominations for chair" election open --group southwest --office chair --closes 2025-06-23
E1=$(id_of)
for p in ww cc; do
	ok "a person of $p" person add --name "Lead $p" --email "lead@$p.example.org" --organisation "$p"
	ok "nominate Lead $p" election nominate "$E1" --person "Lead $p" --details "Lead $p" --why "To serve" \
		--skills "Chairing" --interests none --guidance
done
ok "the ballot" election ballot "$E1" --opens 2025-06-24T09:00 --closes 2025-06-30T17:00
now 2025-06-25T12:00
for v in ww:ww cc:cc kyt:ww pp:ww; do ok "${v%%:*} votes for Lead ${v##*:}" election vote "$E1" --organisation "${v%%:*}" --candidate "Lead ${v##*:}"; done
now 2025-07-01T09:00
ok "count" election count "$E1"
ok "verify" election verify "$E1"
ok "announce" election announce "$E1"

# The year is over: the report of 2025.
at 2026-01-12
run report years
same "the years with anything to report" "$OUT" "2025"
ok "SC-annual the 2025 report as JSON" report annual --year 2025 --format json
printf %s "$OUT" >"$T_DIR/sa.json"
same "SC-annual the report is of the whole year" "$(jsonv "(j['from'], j['to'], j['as_of'], j['complete'])")" \
	"('2025-01-01', '2025-12-31', '2025-12-31', True)"
same "SC-annual what report.annual says it is" "$(jsonv "[(r['title'], r['recipient']) for r in j['reports']]")" \
	"[(\"The Alliance's year\", 'all members')]"
same "SA-6.2 three meetings held, one cancelled, against four a year" \
	"$(jsonv "[(g['held'], g['cancelled'], g['min_per_year'], g['expected'], g['behind'], g['rule']) for g in j['meetings'] if g['slug']=='southwest'][0]")" \
	"(3, 1, 4, 4, True, 'SA-6.2')"
same "SA-6.2 the meetings held are the meetings in the database" "$(jsonv "j['meetings_held']")" \
	"$(sqlite3 "$DB" "select count(*) from meeting where status = 'scheduled' and day like '2025-%'")"
same "SA-8.1 SA-8.3 SA-8.4 decisions by method" "$(jsonv "j['decision_methods']")" \
	"{'consensus': 1, 'vote': 1, 'poll': 1, 'email': 0}"
same "the decisions are the motions in the database" "$(jsonv "len(j['decisions'])")" "$(sqlite3 "$DB" "select count(*) from motion")"
same "SA-8.3 the vote's count" "$(jsonv "[(d['outcome'], d['votes_for'], d['votes_against']) for d in j['decisions'] if d['method']=='vote']")" \
	"[('carried', 3, 1)]"
same "SA-8.4 the poll dated by its close" "$(jsonv "[(d['decided_on'], d['outcome']) for d in j['decisions'] if d['method']=='poll']")" \
	"[('2025-06-03', 'carried')]"
same "SA-7.1 the election and who won" "$(jsonv "[(e['office'], e['winners'], e['ballots']) for e in j['elections']]")" \
	"[('chair', 'Lead ww', 4)]"
same "SA-9.1 the register of representatives: an ended term holds no seat" "$(jsonv "(len(j['positions']), j['positions_vacant'])")" \
	"$(sqlite3 "$DB" "select count(*) || ', ' || sum(not exists (select 1 from appointment a where a.position_id = p.id and a.role = 'representative' and a.ended is null and (a.term_end is null or a.term_end >= '$ALLIANCE_TODAY'))) from position p" | sed 's/^/(/; s/$/)/')"
same "MC-chair the co-ordination group's chair presents it" "$(jsonv "(j['presented_by']['person'], j['presented_by']['group'])")" \
	"('Garry Jones', 'VCSE Alliance Co-ordination Group')"
same "no self-assessment in the Alliance" "$(jsonv "j['assessment']")" "None"

ok "SC-annual the 2025 report as HTML" report annual --year 2025 --format html --out "$T_DIR/sa.html"
OUT=$(cat "$T_DIR/sa.html")
has "a whole HTML document" "^<!DOCTYPE html>"
has "SA-6.2 the meetings chart is an image with a title" "<svg [^>]*role=\"img\"[^>]*aria-labelledby=\"chart-meetings-title\""
has "its title" "<title id=\"chart-meetings-title\">Meetings held in the year, by group</title>"
has "SA-6.2 the same figure in the chart's table" "<th scope=\"row\" class=\"govuk-table__header\">Southwest Staffordshire VCSE Healthy Communities Forum</th><td class=\"govuk-table__cell\">3</td></tr>"
has "SA-6.2 behind the pace, in words" "<td class=\"govuk-table__cell\" data-label=\"Verdict\">behind the pace</td>"
lacks "SA-6.2 a public report names no rule id" "\\(SA-6.2\\)"
has "SA-8.3 the vote's outcome" "carried: 3 for, 1 against, 0 abstaining"
has "SA-7.1 the chair elected" "elected: Lead ww"
has "MC-chair presented by the chair" "Presented by Garry Jones \\(Support Staffordshire\\), chair of VCSE Alliance Co-ordination Group"
lacks "no inline style attributes (CSP)" " style=\""

ok "SC-annual the 2025 report as PDF" report annual --year 2025 --format pdf --out "$T_DIR/sa.pdf"
same "a PDF" "$(head -c 5 "$T_DIR/sa.pdf")" "%PDF-"
OUT=$(pdf_text "$T_DIR/sa.pdf")
has "SC-annual the PDF's title" "annual report 2025"
has "SA-6.2 the PDF says the same: behind the pace" "at least 4 a year behind the pace"
has "SA-6.2 three held against four a year" "Southwest Staffordshire VCSE Healthy Communities Forum 3 at least 4 a year"
has "SA-8.3 the PDF's vote" "carried: 3 for, 1 against"
has "SA-8.4 the PDF's poll" "Endorse the urgent winter letter"
has "SA-7.1 the PDF's election" "elected: Lead ww"
has "the year in figures" "3 meetings held across 8 groups"
has "MC-chair presented by" "Presented by Garry Jones"
# The PDF's catalogue (qpdf reads it): its language, for screen readers,
# and its title shown by readers in place of the file's name.
root=$(qpdf --show-object=trailer "$T_DIR/sa.pdf" | sed -n 's/.*\/Root \([0-9]*\) 0 R.*/\1/p')
cat=$(qpdf --show-object="$root" "$T_DIR/sa.pdf")
same "the PDF's language is en-GB" "$(printf %s "$cat" | grep -o '/Lang ([a-zA-Z-]*)')" "/Lang (en-GB)"
same "readers show the PDF's title" "$(printf %s "$cat" | grep -o '/ViewerPreferences << /DisplayDocTitle true >>')" \
	"/ViewerPreferences << /DisplayDocTitle true >>"
same "and the title is the report's" "$(pdfinfo "$T_DIR/sa.pdf" | sed -n 's/^Title: *//p')" \
	"Staffordshire and Stoke-on-Trent VCSE Healthy Communities Alliance: annual report 2025"
same "still tagged" "$(pdfinfo "$T_DIR/sa.pdf" | sed -n 's/^Tagged: *//p')" "yes"
run sh -c "exit 0"
"$ALLIANCE" --db "$DB" report annual --year 2025 --format pdf >"$T_DIR/piped.pdf" 2>"$T_DIR/err"
same "a PDF to standard output when it is not a terminal" "$(head -c 5 "$T_DIR/piped.pdf")" "%PDF-"

# --- The Medway & Swale self-assessment (MS-2-eval) and consultations ---
fresh
at 2026-01-05
ok "init the framework" init --template medway-swale-framework
ok "Medway Council" org add --name "Medway Council" --sector public
ok "Swale Borough Council" org add --name "Swale Borough Council" --sector public
for o in "Medway Council" "Swale Borough Council"; do
	ok "MS-2 $o signs" member sign --organisation "$o" --name "Signer" --role "Chief Executive" --date 2026-01-05 --authority
done
ok "MS-2-eval open the 2026 self-assessment" assessment open --year 2026 --due 2026-03-31
run commitment list --json
# The commitments a public body rates (the VCS rates its own, MS-4).
PUB="x['kind']=='commitment' and x.get('party', 'public') in ('public', 'all')"
CODES=$(jsonv "' '.join(x['code'] for x in j if $PUB)")
NCODES=$(jsonv "len([x for x in j if $PUB])")
FIRST=$(jsonv "[x['code'] for x in j if $PUB][0]")
for code in $CODES; do
	"$ALLIANCE" --db "$DB" assessment rate --year 2026 --organisation "Medway Council" --commitment "$code" --rating met >/dev/null ||
		fail "rate $code"
done
ok "MS-2-eval Medway submits on time" assessment submit --year 2026 --organisation "Medway Council"
ok "MS-2-eval Swale rates one commitment" assessment rate --year 2026 --organisation "Swale Borough Council" --commitment "$FIRST" --rating "in progress"
at 2026-04-02
ok "a consultation, which the Framework sets no length for" consultation add --organisation "Medway Council" \
	--title "Grants review" --opens 2026-04-06 --closes 2026-05-04 --significant
ok "MS-2-eval the 2026 report so far" report annual --year 2026 --format json
same "MS-2-eval the State of the Sector report to the Partnership Board" "$(jsonv "[r['recipient'] for r in j['reports']]")" \
	"['the Medway and Swale Partnership Board and the Voluntary and Community Sector']"
same "MS-2-eval the year is not over" "$(jsonv "(j['as_of'], j['complete'])")" "('2026-04-02', False)"
same "MS-2-eval one of two bodies submitted; Swale is late" \
	"$(jsonv "(j['assessment']['submitted'], j['assessment']['late'], [(b['organisation'], b['late']) for b in j['assessment']['bodies']])")" \
	"(1, 1, [('Medway Council', False), ('Swale Borough Council', True)])"
same "MS-2-eval ratings by rating: every commitment met by Medway, one in progress by Swale" \
	"$(jsonv "j['assessment']['totals']")" \
	"{'not started': 0, 'in progress': 1, 'met': $NCODES, 'not rated': $((NCODES - 1))}"
same "MS-2-eval the totals are the ratings in the database" "$(jsonv "j['assessment']['totals']['met']")" \
	"$(sqlite3 "$DB" "select count(*) from assessment_rating where rating = 'met'")"
same "MS-2-eval by commitment" "$(jsonv "[c['ratings'] for c in j['assessment']['commitments'] if c['code']=='$FIRST'][0]")" \
	"{'not started': 0, 'in progress': 1, 'met': 1, 'not rated': 0}"
same "the Framework's consultation is not short: the Compact's twelve weeks are not the Framework's" \
	"$(jsonv "([(k['title'], k['weeks'], k['short']) for k in j['consultations']], j['consultation_counts']['short'])")" \
	"([('Grants review', 4, False)], 0)"
ok "MS-2-eval the report as HTML" report annual --year 2026
has "MS-2-eval the ratings chart, stacked, with a legend" "<title id=\"chart-ratings-title\">Ratings of each commitment by the signatories</title>"
has "MS-2-eval the chart's table by rating" "<th scope=\"col\" class=\"govuk-table__header\">in progress</th>"
has "MS-2-eval the bodies" "Swale Borough Council</th><td class=\"govuk-table__cell\" data-label=\"[^\"]*\">1</td><td class=\"govuk-table__cell\" data-label=\"[^\"]*\">not submitted</td><td class=\"govuk-table__cell\" data-label=\"[^\"]*\">late</td>"
ok "MS-2-eval the report as PDF" report annual --year 2026 --format pdf --out "$T_DIR/ms.pdf"
OUT=$(pdf_text "$T_DIR/ms.pdf")
has "MS-2-eval the PDF names the recipient" "State of the Sector report by the Population Health Management Steering Group, to"
has "MS-2-eval the PDF: 1 of 2 submitted, 1 late" "1 of 2 public bodies submitted their self-assessment, 1 late"
has "MS-2-eval the PDF: Swale not submitted" "Swale Borough Council 1 not submitted"

# --- Manchester: the chair presents (MC-chair); the Board responds (MC-mou) ---
fresh
at 2025-01-06
ok "init Manchester" init --template manchester-leaders
ok "add a member" org add --name "North Manchester Carers" --short-name nmc --sector vcse
ok "it joins the Leaders Group" member add --group leaders --organisation nmc --kind full
ok "it signs" member sign --organisation nmc --name "CEO nmc" --date 2025-01-06
ok "its leader" person add --name "Nia Carer" --email nia@nmc.example.org --organisation nmc
ok "MC-chair the Leaders Group's chair" office set --group leaders --person "Nia Carer" --office chair
ok "Macc signs" member sign --organisation Macc --name "Macc Chief Executive" --date 2025-01-06
ok "MLCO signs" member sign --organisation MLCO --name "MLCO Head of Strategy" --date 2025-01-06
ok "a Macc person" person add --name "Mo Macc" --email mo@macc.example.org --organisation Macc
ok "an MLCO person" person add --name "Lu MLCO" --email lu@mlco.example.org --organisation MLCO
WG=""
for d in 2025-01-15 2025-02-12 2025-04-20; do
	ok "WG meets on $d" meeting schedule --group mou-working-group --date "$d" --time 14:00 --place Macc
	WG="$WG $(id_of)"
done
set -- $WG
ok "MC-mou the VCSE side chairs the first" meeting chair "$1" --person "Mo Macc"
ok "MC-mou the public body the second" meeting chair "$2" --person "Lu MLCO"
ok "MC-mou the VCSE side the third" meeting chair "$3" --person "Mo Macc"
at 2026-01-20
ok "MC-mou the 2025 report" report annual --year 2025 --format json
same "MC-chair MC-mou both reports and their recipients" "$(jsonv "[(r['title'], r['recipient']) for r in j['reports']]")" \
	"[('Leaders Group annual report by the chair', 'the MLCO Board and to the VCS Assembly'), ('MoU Working Group formal annual report on the MoU', 'the MLCO Board')]"
same "MC-chair the Leaders Group's chair presents it" "$(jsonv "(j['presented_by']['person'], j['presented_by']['group'])")" \
	"('Nia Carer', 'Manchester VCSE Health & Wellbeing Leaders Group')"
same "MC-mou monthly: the gap over 31 days to April, and none after, is judged" \
	"$(jsonv "[(g['held'], g['gap'], g['gap_exceeded'], g['rule']) for g in j['meetings'] if g['slug']=='mou-working-group'][0]")" \
	"(3, 255, True, 'MC-mou')"
same "MC-mou the sides that chaired, alternating" \
	"$(jsonv "[(g['chair_sides'], g['chair_repeats']) for g in j['meetings'] if g['slug']=='mou-working-group'][0]")" \
	"({'VCSE': 2, 'MLCO': 1}, 0)"
same "MC-mou no response yet" "$(jsonv "j['response']")" "None"
ok "MC-mou the report asks for the Board's response" report annual --year 2025
has "MC-mou a place for the response" "No formal response to this report has been recorded yet"
has "MC-mou the alternation, said" "MLCO VCSE Memorandum of Understanding Working Group was chaired by VCSE 2 times and MLCO 1 time; the chair alternated between the sides every time\\."
refused "MC-mou a response needs its text" 1 "text" report respond --year 2025
refused "MC-mou a response comes after the year begins" 1 "comes after the year begins" \
	report respond --year 2025 --text "Noted" --date 2024-12-01
ok "MC-mou record the Board's formal response" report respond --year 2025 --date 2026-01-19 \
	--text "The Board welcomes the report and will review the MoU's commitments on commissioning."
refused "MC-mou the response is recorded once" 1 "recorded already" report respond --year 2025 --text "Again"
run audit list --json
same "MC-mou the response is in the audit log" "$(jsonv "[e['action'] for e in j][-1]")" "report.respond"
ok "MC-mou the report with its response" report annual --year 2025 --format json
same "MC-mou the response, from the MLCO Board by default" "$(jsonv "(j['response']['responder'], j['response']['responded_on'])")" \
	"('the MLCO Board', '2026-01-19')"
ok "MC-mou the PDF" report annual --year 2025 --format pdf --out "$T_DIR/mc.pdf"
OUT=$(pdf_text "$T_DIR/mc.pdf")
has "MC-mou the PDF shows the response" "The response of the MLCO Board, given on 19 January 2026"
has "MC-mou its words" "The Board welcomes the report"
has "MC-mou the PDF: the alternating chair" "chaired by VCSE 2 times and MLCO 1 time; the chair alternated between the sides every time"
has "MC-chair the PDF: presented by the chair" "Presented by Nia Carer \\(North Manchester Carers\\), chair of Manchester VCSE"

# --- The Compact (SC-annual) and the PACT (TP-3): the recipients ---
fresh
ok "init the Compact" init --template staffordshire-compact
ok "SC-consult a short one with its reason" consultation add --organisation "Staffordshire County Council" \
	--title "Grants review" --opens 2026-04-06 --closes 2026-05-03 --significant --reason "Statutory budget deadline"
ok "SC-annual" report annual --year 2026 --format json
same "SC-annual the state of the relationship, to the Strategic Partnership" "$(jsonv "[r['recipient'] for r in j['reports']]")" \
	"['the Staffordshire Strategic Partnership']"
same "SC-consult the short consultation and its reason" \
	"$(jsonv "([(k['title'], k['weeks'], k['short'], k['short_reason']) for k in j['consultations']], j['consultation_counts']['short'])")" \
	"([('Grants review', 4, True, 'Statutory budget deadline')], 1)"
ok "SC-consult the report as HTML" report annual --year 2026
has "SC-consult short, with its reason" "short: Statutory budget deadline"
ok "SC-consult the report as PDF" report annual --year 2026 --format pdf --out "$T_DIR/sc.pdf"
OUT=$(pdf_text "$T_DIR/sc.pdf")
has "SC-consult the PDF: the short consultation" "short: Statutory budget"
fresh
ok "init the PACT" init --template tameside-pact
ok "TP-3" report annual --year 2026 --format json
same "TP-3 the PACT report to the Health and Wellbeing Board" "$(jsonv "[(r['title'], r['recipient']) for r in j['reports']]")" \
	"[('PACT Leadership Group annual report', 'the Health and Wellbeing Board')]"
ok "TP-3 as PDF" report annual --year 2026 --format pdf --out "$T_DIR/tp.pdf"
OUT=$(pdf_text "$T_DIR/tp.pdf")
has "TP-3 the PDF: to the Health and Wellbeing Board" "PACT Leadership Group annual report, to the Health and Wellbeing Board"
finish
