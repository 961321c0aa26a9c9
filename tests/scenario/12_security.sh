#!/bin/sh
# Inputs that once crashed the command line, given again: each is now
# refused with a message naming what is wrong, or answered, and the
# database is left as it was.  (OWASP ASVS 5.0 beside each.)
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

ok "init" init --template staffordshire-alliance

# ASVS 1.4 (memory safety): a header column name of about 360 bytes
# overflowed the import's message buffer.
long=$(printf '%0360d' 0 | tr 0 x)
printf 'name,%s\r\nWombourne Wellbeing,x\r\n' "$long" >"$T_DIR/long.csv"
refused "a 360-byte column name is refused, not a crash" 1 "cannot be read as organisations" \
	org import "$T_DIR/long.csv"
run --json org import "$T_DIR/long.csv"
same "the problem names the column by its place" "$(printf %s "$OUT" | python3 -c \
	'import json,sys; print(json.load(sys.stdin)["problems"][0]["message"][:44])')" \
	"column 2 has a name that is not known; accep"
printf 'name,%s\r\nLena,x\r\n' "$long" >"$T_DIR/long-people.csv"
refused "people too" 1 "cannot be read as people" person import "$T_DIR/long-people.csv"

# The JSON answer of an intact audit log crashed (SIGSEGV).
ok "audit verify --json on an intact log" --json audit verify
same "it says the chain is intact" "$(jsonv "j['intact']")" "True"
same "and found no problem" "$(jsonv "len(j['problems'])")" "0"

# ASVS 1.2.10 (CSV and formula injection), per OWASP's list: a cell
# that a spreadsheet could start a formula in begins with a quote mark,
# and is kept one cell.
ok "a name after a space" org add --name " =1+2" --sector vcse
ok "a name after a double quote" org add --name '"=1+3' --sector vcse
ok "a name after a single quote" org add --name "'@SUM(1)" --sector vcse
ok "a formula after a semicolon" org add --name "Ours;=1+4" --sector vcse
ok "a formula after a comma" org add --name "Ours, -1+5" --sector vcse
ok "a plain name" org add --name "Smith & Sons" --sector vcse
ok "the register as CSV" org list --format csv
has "space then =: guarded" ",\"' =1\+2\","
has "double quote then =: guarded" ",\"'\"\"=1\+3\","
has "single quote then @: guarded" ",\"''@SUM\(1\)\","
has "a semicolon then =: guarded and quoted" ",\"'Ours;=1\+4\","
has "a comma then -: guarded and quoted" ",\"'Ours, -1\+5\","
has "a plain name is left as it is" ",Smith & Sons,"

finish
