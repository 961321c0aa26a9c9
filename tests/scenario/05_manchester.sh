#!/bin/sh
# The Manchester Leaders Group and the MoU Working Group: meeting pace
# (MC-meet, MC-mou), the alternating chair (MC-mou), successive
# absences (MC-absence), size (MC-size) and a majority quorum.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-01-06

ok "init" init --template manchester-leaders
ok "Macc signs the declaration of support" member sign --organisation Macc --name "Macc Chief Executive" --date 2025-01-06
ok "MLCO signs" member sign --organisation MLCO --name "MLCO Head of Strategy" --date 2025-01-06
ok "a Macc person" person add --name "Mo Macc" --email mo@macc.example.org --organisation Macc
ok "an MLCO person" person add --name "Lu MLCO" --email lu@mlco.example.org --organisation MLCO
for o in "North Manchester Carers:nmc" "Moss Side Youth:msy" "Levenshulme Foodbank:lfb"; do
	ok "add ${o%%:*}" org add --name "${o%%:*}" --short-name "${o##*:}" --sector vcse
	ok "joins the Leaders Group" member add --group leaders --organisation "${o##*:}" --kind full
	ok "signs" member sign --organisation "${o##*:}" --name "CEO ${o##*:}" --date 2025-01-06
done

# The MoU Working Group: chairing alternates, meeting by meeting.
ok "WG meeting 1" meeting schedule --group mou-working-group --date 2025-01-15 --time 14:00 --place "Macc offices"
W1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "WG meeting 2" meeting schedule --group mou-working-group --date 2025-02-12 --time 14:00 --place "MLCO offices"
W2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "MC-mou the VCSE side chairs the first" meeting chair "$W1" --person "Mo Macc"
ok "MC-mou the same side chairing the next is recorded: the group did it" meeting chair "$W2" --person "Mo Macc"
has "MC-mou and flagged" "FLAG: MC-mou the VCSE side chaired the previous meeting too"
ok "check on the day" check --group mou-working-group --date 2025-02-12 --json
same "MC-mou check flags the repeat" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-mou']")" \
	"['meeting $W2 of 2025-02-12 was chaired by the VCSE side again']"
ok "MC-mou the record corrected: the public body chaired it" meeting chair "$W2" --person "Lu MLCO"
lacks "no flag" "FLAG"
ok "check again" check --group mou-working-group --date 2025-02-12 --json
same "MC-mou alternating: nothing flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-mou']")" "[]"
ok "WG meeting 3, after a long gap" meeting schedule --group mou-working-group --date 2025-04-20 --time 14:00 --place Online
ok "check the working group on 1 May" check --group mou-working-group --date 2025-05-01 --json
same "MC-mou monthly: a gap over 31 days is flagged" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-mou']")" \
	"['67 days between meetings (2025-02-12 to 2025-04-20); at most 31 allowed']"
run meeting list --group mou-working-group --json
W3=$(jsonv "j[-1]['id']")
ok "WG meeting in March, then cancelled" meeting schedule --group mou-working-group --date 2025-03-12 --time 14:00 --place Online
WC=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "cancelled" meeting cancel "$WC"
ok "MC-mou the public body chairs meeting 3 as well" meeting chair "$W3" --person "Lu MLCO"
has "MC-mou a cancelled meeting between does not hide the repeat" "FLAG: MC-mou the MLCO side chaired the previous meeting too"
ok "check on 1 May" check --group mou-working-group --date 2025-05-01 --json
same "MC-mou check: the repeat across the cancelled meeting" \
	"$(jsonv "[f['fact'] for f in j if f['rule']=='MC-mou' and 'again' in f['fact']]")" \
	"['meeting $W3 of 2025-04-20 was chaired by the MLCO side again']"

# The Leaders Group: every two months, successive absences, size.
ok "Leaders meeting 1" meeting schedule --group leaders --date 2025-01-20 --time 10:00 --place "Macc offices"
L1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "Leaders meeting 2" meeting schedule --group leaders --date 2025-02-20 --time 10:00 --place "Macc offices"
L2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
for m in "$L1" "$L2"; do
	ok "nmc present at $m" meeting attend "$m" --organisation nmc --as present
	ok "msy apologises at $m" meeting attend "$m" --organisation msy --as apologies
done
ok "an item" agenda add "$L2" --title "MoU annual report"
refused "a majority quorum: 1 of 3 members present is not enough" 1 \
	"not quorate for a vote \\(SA-8.2\\): 1 of 3 voting members present; a majority is 2; 1 more needed" \
	decision propose "$L2" --item 1 --text "Adopt the report"
ok "check the Leaders Group on 1 May" check --group leaders --date 2025-05-01 --json
same "MC-meet at least every 2 months" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-meet']")" \
	"['70 days between meetings (2025-02-20 to 2025-05-01, nothing since); at most 62 allowed']"
same "MC-absence two successive absences flag withdrawal" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-absence']")" \
	"['Levenshulme Foodbank: absent without apology from the last 2 meeting(s)']"
same "MC-size 3 active members, 15 to 20 expected" "$(jsonv "[f['fact'] for f in j if f['rule']=='MC-size']")" \
	"['3 active members; 15 to 20 are expected']"
same "MC-diversity every uncovered aim is shown" "$(jsonv "len([f for f in j if f['rule']=='MC-diversity'])")" "6"
ok "MC-diversity North Manchester Carers covers the north" org cover nmc --aim "north Manchester"
refused "MC-diversity only the constitution's aims" 1 "aim 'east Manchester' is not one of the constitution's coverage aims" \
	org cover nmc --aim "east Manchester"
ok "MC-diversity by number" org cover msy --aim 2
ok "check" check --group leaders --date 2025-05-01 --json
same "MC-diversity the covered aims are no longer gaps" "$(jsonv "sorted(f['fact'] for f in j if f['rule']=='MC-diversity')")" \
	"['no member covers \"Large and small groups\"', 'no member covers \"central Manchester\"', 'no member covers \"service provider organisations\"', 'no member covers \"south Manchester\"']"
ok "notes of the second meeting" meeting notes "$L2" --text "Key points: the MoU annual report was discussed."
ok "MC-meet notes are published" meeting publish "$L2" --date 2025-03-01
run meeting show "$L2" --json
same "MC-meet to the public by the constitution's default" "$(jsonv "j['notes_visibility']")" "public"
ok "MC-absence the membership is withdrawn" member withdraw --group leaders --organisation lfb --reason "two successive absences (MC-absence)"
ok "check again" check --group leaders --date 2025-05-01 --json
same "the withdrawn member is no longer flagged" "$(jsonv "[f for f in j if f['rule']=='MC-absence']")" "[]"
finish
