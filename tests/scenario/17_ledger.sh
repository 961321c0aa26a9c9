#!/bin/sh
# Records no one can quietly change or link.  An attacker holds a copy
# of the database file (never the installation's key, kept beside it):
# a vote, a ballot, a declaration or a membership changed, rows added
# or deleted, recent history cut off, hashes recomputed: `audit verify`
# names each.  A ballot's receipt is not in the file while voting is
# open, and every counted ballot is published by its receipt.
. "$(dirname "$0")/lib.sh"
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
now() { export ALLIANCE_NOW="$1"; }
ATTACK="python3 $(dirname "$0")/ledger_attack.py"
at 2025-01-06

ok "init" init --template staffordshire-alliance
same "the installation's key is made beside the database, for its owner only" \
	"$(stat -c %a "$DB.key")" "600"
for o in aa bb cc dd; do
	ok "$o joins" org add --name "Org $o" --short-name "$o" --sector vcse
	ok "$o is a full member" member add --group southwest --organisation "$o" --kind full
	ok "$o signs" member sign --organisation "$o" --name "Chief of $o" --role "Chief Officer" --date 2025-01-06 --authority
	ok "a lead for $o" person add --name "Lead $o" --email "lead@$o.example.org" --organisation "$o"
done
ok "ee is not a member" org add --name "Org ee" --short-name ee --sector vcse

# A poll (motion votes) and an election, by the book.
ok "a poll" decision poll --group southwest --text "Endorse the winter letter" --opens 2025-02-01T09:00 --closes 2025-02-03T17:00
P=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
now 2025-02-02T10:00
for o in aa bb cc; do ok "$o votes for" decision vote "$P" --organisation "$o" --choice for; done
now 2025-02-04T10:00
ok "the poll is counted" decision close "$P"
at 2025-03-01
ok "an election" election open --group southwest --office chair --closes 2025-03-22
E=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
for p in aa bb; do
	ok "Lead $p stands" election nominate "$E" --person "Lead $p" --details "Lead $p" --why w --skills s --interests none --guidance
done
ok "the ballot" election ballot "$E" --opens 2025-03-24T09:00 --closes 2025-03-28T17:00
now 2025-03-25T10:00
ok "aa votes" --json election vote "$E" --organisation aa --candidate "Lead aa"
R1=$(jsonv "j['receipt']")
for o in bb cc dd; do ok "$o votes" election vote "$E" --organisation "$o" --candidate "Lead bb"; done
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
same "secret: while voting, no receipt is in the file" \
	"$(cat "$DB" "$DB-wal" 2>/dev/null | grep -c -a "$R1")" "0"
same "secret: the box is empty while voting; the ballots are sealed" \
	"$(sqlite3 "$DB" "select (select count(*) from ballot_box where election_id = $E) || ' ' || (select count(*) from ballot_sealed where election_id = $E)")" "0 4"
now 2025-03-29T10:00
ok "the count" election count "$E"
same "the sealed ballots are gone once opened" "$(sqlite3 "$DB" "select count(*) from ballot_sealed")" "0"
ok "the chair verifies" election verify "$E"
has "verified" "verified"
ok "announced" election announce "$E"
ok "every counted ballot by its receipt" --json election receipts "$E"
same "four ballots, each once" "$(jsonv "len(set(b['receipt'] for b in j))")" "4"
ok "a voter finds their own ballot" election receipts "$E" --receipt "$R1"
has "counted as cast" "ballot $R1 was counted: a vote for Lead aa"
refused "an unknown receipt" 1 "no ballot with receipt 0000000000000000" election receipts "$E" --receipt 0000000000000000

# The person erased: their rows are rewritten, and vouched for again.
at 2025-04-01
ok "erase Lead dd" person erase lead@dd.example.org --yes
ok "verify after an erasure" audit verify
has "the rows are vouched for" "rows intact: [0-9]+ governed rows match"
has "the head is signed" "signed head: alliance-head-1:[0-9]+:"
ok "the head to publish" audit head
H1=$OUT
ok "the election verifies after the erasure" election verify "$E"
at 2026-01-10
ok "the annual report" report annual --year 2025 --format html
has "it prints the signed head" "The signed head of the audit log"
HR=$(printf %s "$OUT" | grep -o 'alliance-head-1:[0-9a-f: ]*' | head -1)
ok "the head as printed in the report checks" audit verify --head "$HR"
run report annual --year 2025 --format pdf --out "$T_DIR/r.pdf"
same "the PDF prints it too" "$(pdftotext "$T_DIR/r.pdf" - 2>/dev/null | grep -c 'The signed head of the audit log')" "1"
at 2025-04-01

# The agreements' own records are governed rows too (migration 18).
ok "SA-D3.6 an induction" training add --title "Representatives' induction" --kind induction --date 2025-04-10
ok "SA-D3.6 Lead aa invited" training invite 1 --person "Lead aa"
ok "SA-11.1 a members' paper" paper add --group southwest --title "Winter letter" --kind briefing --text "Draft."
ok "SA-D2.2 an invitation" invitation add --from "Staffordshire ICB" --board "Digital Programme Board" --date 2025-04-01
ok "SA-5.7 a request" request add --from "Staffordshire ICB" --subject "Winter plan" --date 2025-04-01
ok "the own records are vouched for" audit verify
same "by the entries that wrote them" "$(sqlite3 "$DB" "select count(*) from ledger_row where tbl in ('training', 'training_invite', 'paper', 'invitation', 'request_route')")" "5"

# The attacker works on copies of the file; the key stays where it is.
export ALLIANCE_KEY="$DB.key"
GOOD="$T_DIR/good.db"
sqlite3 "$DB" ".backup '$GOOD'"
copy() { rm -f "$T_DIR/a.db"*; cp "$GOOD" "$T_DIR/a.db"; A="$T_DIR/a.db"; }
averify() { DB="$A" run audit verify "$@"; }

copy; sqlite3 "$A" "update motion_vote set choice = 'against' where rowid = (select min(rowid) from motion_vote)"
averify
same "a vote changed: tampered" "$STATUS" "4"
has "a vote changed is named with the entry that vouched" "motion_vote row [0-9]+ \\(motion $P, organisation [0-9]+\\) was changed outside the program.*audit entry [0-9]+, motion.vote"

copy; sqlite3 "$A" "update ballot_box set nomination_id = (select min(id) from nomination where election_id = $E) where receipt = (select max(receipt) from ballot_box where election_id = $E and nomination_id <> (select min(id) from nomination where election_id = $E))"
averify
has "a ballot changed is named by its receipt" "ballot_box row [0-9a-f]{16} \\(election $E, receipt [0-9a-f]{16}\\) was changed outside the program"
DB="$A" run election verify "$E"
same "election verify: tampered" "$STATUS" "4"
has "election verify names the ballot" "ballot_box row [0-9a-f]{16} .*was changed outside the program"
has "and the recount no longer gives the result" "the recorded count gives Lead aa 1 vote\\(s\\); the ballots in the box give 2"
DB="$A" run --json election verify "$E"
same "election verify --json: not ok" "$(jsonv "j['ok']")" "False"

copy; sqlite3 "$A" "update declaration set signer_name = 'Someone Else' where organisation_id = (select id from organisation where short_name = 'bb')"
averify
has "a declaration changed is named" "declaration row [0-9]+ \\(organisation [0-9]+, agreement [0-9]+\\) was changed outside the program.*declaration.sign"

copy; sqlite3 "$A" "update membership set status = 'terminated' where organisation_id = (select id from organisation where short_name = 'cc')"
averify
has "a membership changed is named" "membership row [0-9]+ \\(organisation [0-9]+ in group [0-9]+\\) was changed outside the program.*member"
# Changed outside, then rewritten by the program: still named.
copy; sqlite3 "$A" "update membership set kind = 'associate' where organisation_id = (select id from organisation where short_name = 'dd')"
DB="$A" ok "the officer suspends the altered membership" member suspend --group southwest --organisation dd --reason "unpaid fees"
averify
has "the edit before the rewrite is named" "membership row [0-9]+ \\([0-9]+\\) had been changed outside the program when its audit entry rewrote it.*member"
copy; sqlite3 "$A" "insert into membership (group_id, organisation_id, kind, status, side, since) select group_id, (select id from organisation where short_name = 'ee'), 'full', 'active', side, since from membership where rowid = (select min(rowid) from membership)"
averify
has "a membership added is named" "membership row [0-9]+ .*was inserted outside the program: no audit entry vouches for it"
copy; sqlite3 "$A" "delete from motion_vote where rowid = (select max(rowid) from motion_vote)"
averify
has "a vote deleted is named" "motion_vote row [0-9]+ .*was deleted outside the program.*motion.vote"
copy; sqlite3 "$A" "update interest set nature = 'none' where 1; insert into office (group_id, person_id, office, interim, term_start) select 1, id, 'chair', 0, '2025-01-01' from person where name = 'Lead cc'"
averify
has "an office added is named" "office row [0-9]+ \\(chair of group 1, person [0-9]+\\) was inserted outside the program"

copy; sqlite3 "$A" "update training_invite set attended = 1"
averify
same "SA-D3.6 attendance at training changed: tampered" "$STATUS" "4"
has "SA-D3.6 the invitation to training is named" "training_invite row 1 \\(training 1, person [0-9]+\\) was changed outside the program.*training"
copy; sqlite3 "$A" "update paper set visibility = 'public'; delete from request_route"
averify
has "SA-11.1 a members' paper made public is named" "paper row 1 \\(paper 1: Winter letter\\) was changed outside the program"
has "SA-5.7 a request deleted is named" "request_route row 1 .*was deleted outside the program"

copy; sqlite3 "$A" "delete from audit where seq > (select max(seq) - 3 from audit)"
averify
same "recent history deleted: tampered" "$STATUS" "4"
has "the deleted entries are named by the rows they vouched for" "audit entry [0-9]+ is missing, yet [0-9]+ row\\(s\\) are vouched for in its name"

copy; $ATTACK "$A" vote "$P" "$(sqlite3 "$A" "select id from organisation where short_name = 'aa'")" against
same "the attacker's vote is in place" "$(sqlite3 "$A" "select choice from motion_vote where motion_id = $P and organisation_id = (select id from organisation where short_name = 'aa')")" "against"
averify
same "hashes recomputed without the key: tampered" "$STATUS" "4"
has "the chain and rows agree, but the head is not signed by this installation" "audit entry [0-9]+ is the head of the chain and its signature is not this installation's"
lacks "nothing else is named" "row [0-9]+ .*was changed"
$ATTACK "$A" resign
averify
has "a signature made without the key fails too" "signature is not this installation's"
copy; sqlite3 "$A" "update audit set sig = NULL where seq = (select max(seq) from audit)"
averify
has "an unsigned head is named" "is the head of the chain and is not signed"
copy; sqlite3 "$A" "update motion_vote set choice = 'against' where 1; update audit set vouched = NULL, sig = NULL where seq = (select max(seq) from audit)"
$ATTACK "$A" rechain
averify
same "a head stripped of its vouching: tampered" "$STATUS" "4"
has "its rows are named" "motion_vote row [0-9]+ .*was changed outside the program"
DB="$A" run org add --name "Org hh" --sector vcse
same "and no action vouches for the alteration" "$STATUS" "1"
same "saying why" "$(printf %s "$ERR" | grep -c "the log was altered outside the program")" "1"

# Truncation to a real earlier state: only a head kept from later shows it.
at 2025-05-01
ok "one more action" member add --group southwest --organisation ee --kind full
ok "the new head is published" audit head
H2=$OUT
copy
averify
same "the earlier copy is intact by itself" "$STATUS" "0"
averify --head "$H2"
same "against the head kept from later: tampered" "$STATUS" "4"
has "the cut is named" "audit entry [0-9]+ is missing: the head you kept vouches for the chain up to it.*history was cut off"
ok "the live database holds the earlier head" audit verify --head "$H1"
has "the head given is in the chain" "the head you gave is in the chain"
refused "a malformed head" 1 "--head is not accepted" audit verify --head "alliance-head-1:1:abc"

# The key taken away: no new one is made to re-sign the log.
copy; DB="$A" ALLIANCE_KEY="$T_DIR/none.key" run org add --name "Org gg" --sector vcse
same "without its key, a signed log takes no new entry" "$STATUS" "1"
same "and says why" "$(printf %s "$ERR" | grep -c "key is missing.*the audit log is signed with it")" "1"
same "no key was made" "$(ls "$T_DIR" | grep -c none.key)" "0"

# A database from before the ledger: the first verify vouches for it.
copy; sqlite3 "$A" "drop table ledger_row; drop table ballot_sealed; alter table audit drop column vouched; alter table audit drop column sig; pragma user_version = 14"
$ATTACK "$A" rechain
rm -f "$T_DIR/old.key"
ALLIANCE_KEY="$T_DIR/old.key" DB="$A" run audit verify
same "an upgraded database verifies" "$STATUS" "0"
has "and says from when the rows are vouched for" "data vouched for since entry [0-9]+, 2025-05-01"
unset ALLIANCE_KEY
finish
