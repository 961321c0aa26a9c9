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
