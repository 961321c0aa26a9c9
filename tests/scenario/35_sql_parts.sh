#!/bin/sh
# The store's statements share their columns and joins through parts
# (scripts/sql.sh): a part written once in a file is taken in, word for
# word, wherever a statement of that file writes {NAME}; a part taken in
# by no statement, a name with no part above it in the file, a part
# written twice and an empty part are each refused, naming the file and
# line.  And the store's own files, built so, still hold each statement
# its record reads in full (the membership's columns in every read).
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
out="$T_DIR/stmts"

# built NAME FILE...: scripts/sql.sh builds the statements of FILE...
built() {
	sh "$top/scripts/sql.sh" "$out" "$@" >"$T_DIR/out" 2>"$T_DIR/err"
}
# refused NAME WANT FILE...: scripts/sql.sh fails on FILE..., saying WANT.
refused() {
	name=$1 want=$2
	shift 2
	if built "$@"; then
		fail "$name" "built; wanted it to say: $want"
	elif grep -qF -- "$want" "$T_DIR/err"; then
		pass "$name"
	else
		fail "$name" "said: $(cat "$T_DIR/err")" "wanted: $want"
	fi
}

cat >"$T_DIR/a.sql" <<'SQL'
-- name: STMT_A_INSERT (1): a row
INSERT INTO a (x) VALUES (?);

-- part: A_ROW: a row's columns
SELECT a.id, a.x,
  "quoted" AS q
FROM a

-- name: STMT_A_GET (1): one
{A_ROW}
WHERE a.id = ?;

-- name: STMT_A_LIST (0): all, with a count
SELECT n, {A_COUNT} FROM (
{A_ROW}
);
SQL
# A part may be used inside a line; here one defined after its user.
sed -i 's/^-- name: STMT_A_LIST/-- part: A_COUNT: how many\n1 + 1\n\n&/' \
    "$T_DIR/a.sql"
if built "$T_DIR/a.sql"; then
	pass "a file with parts builds"
else
	fail "a file with parts builds" "$(cat "$T_DIR/err")"
fi
get=$(grep -A1 '"STMT_A_GET"' "$out.c" | tail -1 | sed 's/^[[:space:]]*//')
want='"SELECT a.id, a.x,\n  \"quoted\" AS q\nFROM a\nWHERE a.id = ?" },'
if [ "$get" = "$want" ]; then
	pass "a part is taken in word for word, its quotes escaped once"
else
	fail "a part is taken in word for word, its quotes escaped once" \
	    "got:  $get" "want: $want"
fi
list=$(grep -A1 '"STMT_A_LIST"' "$out.c" | tail -1)
case $list in
*'SELECT n, 1 + 1 FROM (\nSELECT a.id'*'FROM a\n)"'*)
	pass "a part is taken in within a line" ;;
*)	fail "a part is taken in within a line" "got: $list" ;;
esac
if ! grep -q 'A_ROW\|A_COUNT' "$out.h"; then
	pass "a part is not a statement"
else
	fail "a part is not a statement" "$(cat "$out.h")"
fi

sed 's/^{A_ROW}$/{A_ROWS}/' "$T_DIR/a.sql" >"$T_DIR/b.sql"
refused "a name with no part is named" \
    "b.sql:10: no part A_ROWS above in this file" "$T_DIR/b.sql"

cat >"$T_DIR/c.sql" <<'SQL'
-- part: UNUSED: nobody takes it in
SELECT 1

-- name: STMT_C (0): one
SELECT 2;
SQL
refused "a part taken in by no statement is named" \
    "c.sql:1: part UNUSED is taken in by no statement" "$T_DIR/c.sql"
# The same, when it is not the last file.
refused "a part unused in an earlier file is named" \
    "c.sql:1: part UNUSED is taken in by no statement" "$T_DIR/c.sql" \
    "$T_DIR/a.sql"

cat >"$T_DIR/d.sql" <<'SQL'
-- name: STMT_D (0): one
{A_ROW}
SQL
refused "a part of another file is not taken in" \
    "d.sql:2: no part A_ROW above in this file" "$T_DIR/a.sql" "$T_DIR/d.sql"

sed 's/^-- part: A_COUNT: how many$/-- part: A_ROW: again/' "$T_DIR/a.sql" \
    >"$T_DIR/e.sql"
refused "a part written twice is named" "part A_ROW written twice" \
    "$T_DIR/e.sql"

printf -- '-- part: EMPTY: nothing\n;\n-- name: STMT_F (0): x\n{EMPTY}\n' \
    >"$T_DIR/f.sql"
refused "an empty part is named" "part EMPTY is empty" "$T_DIR/f.sql"

# The store's own files: every membership read gives the columns the
# map reads, whichever part it is built from.
if built "$top"/src/store/sql/*.sql; then
	pass "the store's statements build"
else
	fail "the store's statements build" "$(cat "$T_DIR/err")"
fi
for s in STMT_MEMB_GET STMT_MEMB_BY_ID STMT_MEMB_LIST_GROUP \
    STMT_MEMB_REGISTER STMT_MEMB_ACTIVE_FOR_PERSON STMT_MEMB_OF_ORG \
    STMT_MEMB_REGISTER_PAGE; do
	text=$(grep -A1 "\"$s\"" "$out.c" | tail -1)
	case $text in
	*'"SELECT m.id, m.group_id, m.organisation_id, m.kind,'*'g.kind AS group_kind'*'\nFROM membership m\nJOIN organisation o ON o.id = m.organisation_id\nJOIN grp g ON g.id = m.group_id\n'*)
		pass "$s reads a membership in full" ;;
	*)	fail "$s reads a membership in full" "got: $text" ;;
	esac
done
if ! grep -q '{[A-Z_]*}' "$out.c"; then
	pass "no statement is left with a part's name in it"
else
	fail "no statement is left with a part's name in it" \
	    "$(grep '{[A-Z_]*}' "$out.c")"
fi

finish
