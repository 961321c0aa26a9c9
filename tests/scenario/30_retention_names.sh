#!/bin/sh
# Retention of names in the audit log (UK GDPR, storage limitation):
# every person named in an old entry is redacted, however many one
# entry names; 40 people in one attendance record, past the 32 the
# redaction once stopped at.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

ok "init" init --template staffordshire-alliance
ok "a member organisation" org add --name "Crowd Care" --short-name crowd --sector vcse
ok "in the Southwest forum" member add --group southwest --organisation crowd --kind full
people=""
i=1
while [ $i -le 40 ]; do
	n=$(printf "Ca%02d Crowe" "$i")
	run person add --name "$n" --email "p$i.crowd@example.org" --organisation crowd
	[ "$STATUS" -eq 0 ] || fail "person $i added"
	people="$people${people:+, }$n"
	i=$((i + 1))
done
ok "a meeting" meeting schedule --group southwest --date 2025-06-03 --time 10:00 --place Hall
ok "forty people attend for one organisation: one audit entry names them all" \
	meeting attend 1 --organisation crowd --as present --people "$people"
run audit list --json
same "the entry names the fortieth" "$(jsonv "sum('Ca40 Crowe' in e['detail'] for e in j if e['action'] == 'meeting.attend')")" 1
ok "show the constitution" constitution show
printf '%s\n' "$OUT" | tail -n +2 | sed 's/^retention.audit_names_days = .*/retention.audit_names_days = 30/' >"$T_DIR/c.txt"
ok "keep names in audit details for 30 days" constitution apply "$T_DIR/c.txt" --effective 2025-06-02
ALLIANCE_TODAY=2025-08-01 ok "apply retention two months on" retention apply --json
ALLIANCE_TODAY=2025-08-01 run audit list --json
same "each of the forty is removed from the old entry, the 33rd to the 40th too" \
	"$(jsonv "[(e['detail'].count('Crowe'), e['detail'].count('(name removed)')) for e in j if e['action'] == 'meeting.attend']")" "[(0, 40)]"
lacks "no one of them is named in any old entry" "Ca[0-9][0-9] Crowe"
ALLIANCE_TODAY=2025-08-01 ok "and the chain still verifies" audit verify
finish
