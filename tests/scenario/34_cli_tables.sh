#!/bin/sh
# The command line prints its tables, CSV and records from the records
# themselves, not from their JSON: a cell is the whole value (a list
# setting of many long entries was cut at 511 bytes an entry and 8 KB a
# cell), each row of the CSV is the --json record, and a table cuts long
# text to its column, marking the cut.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
export ALLIANCE_TODAY=2026-01-05

ok "an alliance" init --template staffordshire-alliance
# Twenty criteria of membership, each 640 characters: 12,600 in all.
cp "$top/templates/staffordshire-alliance/constitution.txt" "$T_DIR/c.txt"
i=0
while [ $i -lt 20 ]; do
	printf 'membership.criteria = Criterion %d:' $i >>"$T_DIR/c.txt"
	j=0
	while [ $j -lt 14 ]; do
		printf ' a long description of what a member must do' >>"$T_DIR/c.txt"
		j=$((j + 1))
	done
	echo >>"$T_DIR/c.txt"
	i=$((i + 1))
done
ok "a constitution with twenty long criteria" constitution apply "$T_DIR/c.txt" --effective 2026-01-05

run --json constitution settings
printf %s "$OUT" >"$T_DIR/settings.json"
run constitution settings --format csv
printf %s "$OUT" >"$T_DIR/settings.csv"
same "the CSV gives the list setting whole, as --json does (MC-criteria)" "$(python3 - "$T_DIR" <<'PY'
import csv, json, sys
d = sys.argv[1]
j = {s['setting']: s['value'] for s in json.load(open(d + '/settings.json'))}
rows = list(csv.reader(open(d + '/settings.csv', newline='')))
head, rows = rows[0], rows[1:]
c = {r[0]: r[1] for r in rows}
want = '; '.join(j['membership.criteria'])
print('whole' if c.get('membership.criteria') == want and len(want) > 12000 else
      'cut: %d of %d characters' % (len(c.get('membership.criteria', '')), len(want)))
PY
)" "whole"

run constitution settings
same "the table cuts the value to its 50 columns, marking the cut" \
    "$(printf '%s\n' "$OUT" | grep '^membership.criteria ' | sed 's/^membership.criteria *//' | cut -c1-51 | sed 's/ *$//' | awk '{ print length($0), substr($0, length($0)) }')" "50 ~"

# Each organisation's CSV row is its --json record, field by field.
ok "an organisation with a comma, quotes and a formula in its name" org add \
    --name '=Hughes, "the" Trust' --short-name ht --sector vcse --geography "Stafford; Lichfield"
run --json org list
printf %s "$OUT" >"$T_DIR/orgs.json"
run org list --format csv
printf %s "$OUT" >"$T_DIR/orgs.csv"
same "each CSV row is the --json record" "$(python3 - "$T_DIR" <<'PY'
import csv, json, sys
d = sys.argv[1]
j = json.load(open(d + '/orgs.json'))
rows = list(csv.reader(open(d + '/orgs.csv', newline='')))[1:]
keys = ['id', 'name', 'short_name', 'sector', 'identifier', 'legal_form', 'geography']
def cell(v):
    return '' if v is None else str(v)
bad = []
for r, o in zip(rows, j):
    want = [cell(o[k]) for k in keys]
    # A cell a spreadsheet would run as a formula starts with '.
    got = [x[1:] if x.startswith("'") else x for x in r]
    if got != want:
        bad.append('%s != %s' % (got, want))
print('same' if len(rows) == len(j) and not bad else '; '.join(bad) or 'rows differ')
PY
)" "same"
has "the formula is kept text" "\"'=Hughes, \"\"the\"\" Trust\""

finish
