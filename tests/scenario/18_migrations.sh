#!/bin/sh
# The schema and its migrations (migrations/NNNN-name.sql).  A database
# made today has the schema of migrations/schema.snapshot.sql, so that
# a change to the schema shows in review; and a database made by the
# oldest release (tests/fixtures/release-1.sql, made through that
# release's own command line by tests/fixtures/release-1.sh) is brought
# up to today's schema with its records intact.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
export ALLIANCE_KEY="$T_DIR/installation.key"
latest=$(ls "$top"/migrations/[0-9][0-9][0-9][0-9]-*.sql | wc -l)
# snapshot NAME: $DB's schema is migrations/schema.snapshot.sql.
snapshot() {
	sh "$top/scripts/schema.sh" "$DB" >"$T_DIR/schema.sql"
	if cmp -s "$T_DIR/schema.sql" "$top/migrations/schema.snapshot.sql"; then
		pass "$1"
	else
		fail "$1" "$(diff "$top/migrations/schema.snapshot.sql" "$T_DIR/schema.sql" | head -20)" \
		    "if the change is meant: make schema-snapshot, and commit it"
	fi
}

# --- Today's schema is the snapshot ---
ok "a database made today" init --template staffordshire-alliance
same "it has had every migration" "$(sqlite3 "$DB" "PRAGMA user_version")" "$latest"
snapshot "its schema is migrations/schema.snapshot.sql"
same "the snapshot names the latest migration" \
    "$(head -1 "$top/migrations/schema.snapshot.sql")" "-- user_version $latest"

# A schema that lost a table: the server checks every statement before
# it serves, and names the first that cannot run.
cp "$DB" "$T_DIR/lost.db"
sqlite3 "$T_DIR/lost.db" "DROP TABLE influence"
timeout 20 "$ALLIANCE" --db "$T_DIR/lost.db" serve --listen 127.0.0.1:0 \
    >"$T_DIR/out" 2>"$T_DIR/err"
STATUS=$?; ERR=$(cat "$T_DIR/err")
same "the server refuses to start on it" "$STATUS" "3"
same "naming the statement and its file" "$(printf %s "$ERR" | grep -c \
    "a statement of the program is wrong: src/store/sql/partners.sql:[0-9]*: STMT_INFLUENCE_[A-Z]*: no such table: influence")" "1"

# --- The oldest release's database, upgraded ---
fresh
sqlite3 "$DB" <"$top/tests/fixtures/release-1.sql"
old() { sqlite3 "$DB" "$1"; }
same "the old database is at schema 3" "$(old "PRAGMA user_version")" "3"
orgs=$(old "SELECT count(*) FROM organisation")
people=$(old "SELECT count(*) FROM person")
members=$(old "SELECT group_concat(status, ',') FROM (SELECT m.status FROM membership m JOIN grp g ON g.id = m.group_id WHERE g.slug = 'southwest' ORDER BY m.status)")
entries=$(old "SELECT count(*) FROM audit")
first=$(old "SELECT hash FROM audit WHERE seq = 1")
box=$(old "SELECT group_concat(receipt || ':' || nomination_id) FROM (SELECT * FROM ballot_box ORDER BY receipt)")
mail=$(old "SELECT count(*) FROM outbox")
same "it holds records" "$( [ "$orgs" -ge 5 ] && [ "$entries" -ge 100 ] && [ -n "$box" ] && echo yes)" "yes"

ok "today's program reads it and checks the rules" check --json
same "brought up to the latest schema" "$(sqlite3 "$DB" "PRAGMA user_version")" "$latest"
snapshot "its schema is now the same as a new database's"
run org list --json
same "every organisation is there" "$(jsonv "len(j)")" "$orgs"
run person list --json
same "every person is there" "$(jsonv "len(j)")" "$people"
run member list --group southwest --json
same "every membership of the forum is there, its status kept" \
    "$(jsonv "','.join(sorted(m['status'] for m in j))")" "$members"
run meeting list --json
same "the meeting is held and minuted, notes published" \
    "$(jsonv "[(m['day'], m['status'], m['notes_published']) for m in j]")" \
    "[('2025-02-10', 'minuted', '2025-02-20')]"
run meeting show 1 --json
same "its declared interest is kept" "$(jsonv "[(i['item'], i['organisation']) for i in j['interests']]")" \
    "[(9, 'Kinver Youth Trust')]"
run decision list --json
same "the vote is carried, 3 to 1" \
    "$(jsonv "[(d['outcome'], d['votes_for'], d['votes_against']) for d in j]")" "[('carried', 3, 1)]"
run election show 1 --json
same "the election is announced, Lead ww elected" \
    "$(jsonv "(j['status'], j['result']['winners'])")" "('announced', ['Lead ww'])"
same "every ballot is in the box by its receipt" \
    "$(jsonv "','.join(sorted(b['receipt'] + ':' + str(b['nomination_id']) for b in j['ballots']))")" "$box"
run action list --group southwest --json
same "the open action is kept" "$(jsonv "[a['body'] for a in j]")" "['Write to the ICB in support of the bid']"
run mail list --json
same "the outbox is kept" "$(jsonv "len(j)")" "$mail"
ok "the audit log verifies" audit verify --json
same "every old entry is still in the chain" \
    "$(sqlite3 "$DB" "SELECT count(*) >= $entries FROM audit WHERE seq <= $entries")" "1"
same "and the first is unchanged" "$(sqlite3 "$DB" "SELECT hash FROM audit WHERE seq = 1")" "$first"
ok "opened again: no migration runs twice" org list
same "still the latest schema" "$(sqlite3 "$DB" "PRAGMA user_version")" "$latest"
ok "and it takes new records" org add --name "Perton Pantry" --short-name perton --sector vcse
ok "which the log vouches for" audit verify

# --- A database of schema 17: its own records join the ledger ---
# tests/fixtures/release-17.sql (made by tests/fixtures/release-17.sh)
# holds training, an invitation, a paper and a request written before
# the ledger governed them, and its key.
fresh
sqlite3 "$DB" <"$top/tests/fixtures/release-17.sql"
export ALLIANCE_KEY="$T_DIR/release-17.key"
cp "$top/tests/fixtures/release-17.key" "$ALLIANCE_KEY"
chmod 600 "$ALLIANCE_KEY"
same "the database is at schema 17" "$(sqlite3 "$DB" "PRAGMA user_version")" "17"
own="'training','training_invite','paper','invitation','request_route'"
ok "upgraded, its log verifies before any new action" audit verify
same "brought up to the latest schema" "$(sqlite3 "$DB" "PRAGMA user_version")" "$latest"
snapshot "its schema is the same as a new database's"
ok "the first action after the upgrade" org add --name "Perton Pantry" --short-name perton --sector vcse
same "its entry vouches for the own records written before" \
    "$(sqlite3 "$DB" "SELECT count(*) FROM ledger_row WHERE tbl IN ($own)")" "5"
same "once: the list to adopt is empty" "$(sqlite3 "$DB" "SELECT count(*) FROM ledger_adopt")" "0"
ok "the log verifies" audit verify
has "with the own records among the rows" "rows intact: [0-9]+ governed rows match"
cp "$DB" "$T_DIR/v17-good.db"
sqlite3 "$DB" "UPDATE training_invite SET attended = 0"
run audit verify
same "SA-D3.6 training attendance changed outside the program: tampered" "$STATUS" "4"
has "and named" "training_invite row 1 \\(training 1, person [0-9]+\\) was changed outside the program"
cp "$T_DIR/v17-good.db" "$DB"
sqlite3 "$DB" "UPDATE paper SET visibility = 'public'; INSERT INTO invitation (arrangement_id, from_body, board, received_on, recorded_by) VALUES (1, 'Nobody', 'A board', '2025-11-05', 'x')"
run audit verify
same "SA-11.1 a members' paper made public: tampered" "$STATUS" "4"
has "the paper is named" "paper row 1 \\(paper 1: Annual briefing\\) was changed outside the program"
has "SA-D2.2 an invitation added is named" "invitation row 2 \\(invitation 2 from Nobody\\) was inserted outside the program"
finish
