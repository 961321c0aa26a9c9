#!/bin/sh
# Records kept safe (issue 15): a backup taken while the server runs and
# others write, checked and restored with every acknowledged write; a
# restore that refuses a damaged or altered copy, or a database in use;
# a person's data exported, restricted and erased (UK GDPR) with the
# governance record kept; retention of sign-in records, mail and names
# in the audit log.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2025-06-02

ok "init" init --template staffordshire-alliance
# Enough rows that a backup takes many steps: 3,000 organisations.
python3 -c "
print('name,sector,identifier')
for i in range(3000): print('Backup Group %d,vcse,GB-CHC-%07d' % (i, 3000000 + i))
" >"$T_DIR/big.csv"
ok "3,000 organisations" org import "$T_DIR/big.csv"

# --- Backup under load -------------------------------------------------
"$ALLIANCE" --db "$DB" serve --listen 127.0.0.1:0 --port-file "$T_DIR/port" \
	--every 0 >"$T_DIR/serve.log" 2>&1 &
SERVE=$!
i=0; while [ ! -s "$T_DIR/port" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
# Writers through the command line, beside the server: each name is
# written to acked only once its command has said it is saved.
: >"$T_DIR/acked"
(
	n=0
	while [ ! -e "$T_DIR/stop" ]; do
		n=$((n + 1))
		"$ALLIANCE" --db "$DB" org add --name "Load $n" --sector vcse \
			>/dev/null 2>&1 && echo "Load $n" >>"$T_DIR/acked"
	done
) &
LOAD=$!
i=0; while [ "$(wc -l <"$T_DIR/acked")" -lt 5 ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
cp "$T_DIR/acked" "$T_DIR/acked.before"
ok "backup while the server runs and others write" backup "$T_DIR/copy.db" --json
cp "$T_DIR/acked" "$T_DIR/acked.after"
BACKUP_OUT=$OUT
sleep 0.3
touch "$T_DIR/stop"
wait $LOAD
same "the copy is checked: integrity" "$(jsonv "j['integrity']")" "ok"
same "and the audit chain" "$(jsonv "j['audit_entries'] > 100")" "True"
same "the copy is for its owner's eyes only (0600)" "$(stat -c %a "$T_DIR/copy.db")" "600"
echo "# backup: $(printf %s "$BACKUP_OUT" | tr -d '\n ')"
echo "# writes acknowledged before the backup: $(wc -l <"$T_DIR/acked.before"), by its end: $(wc -l <"$T_DIR/acked.after"), in all: $(wc -l <"$T_DIR/acked")"
ok "the server's database still verifies" audit verify

refused "restore is refused while the server has the database open" 3 \
	"is in use by another program .*nothing was changed" restore "$T_DIR/copy.db"
kill "$SERVE"; wait "$SERVE" 2>/dev/null

ok "restore once the server has stopped" restore "$T_DIR/copy.db"
has "says what it checked" "integrity ok, [0-9]+ audit entries verified"
ok "list the restored organisations" org list --json
printf %s "$OUT" | python3 -c "
import json, sys
names = {o['name'] for o in json.load(sys.stdin)}
lost = [l.strip() for l in open('$T_DIR/acked.before') if l.strip() not in names]
print(len(lost))" >"$T_DIR/lost"
same "every write acknowledged before the backup began is there" "$(cat "$T_DIR/lost")" "0"
ok "the restored database verifies" audit verify
ok "the restore is in its audit log" audit list --json
same "as the last entry" "$(jsonv "j[-1]['action']")" "restore"
same "no temporary file is left" "$(ls "$T_DIR" | grep -c partial)" "0"

# Copies that must not be restored.
cp "$T_DIR/copy.db" "$T_DIR/altered.db"
sqlite3 "$T_DIR/altered.db" "UPDATE audit SET detail = replace(detail, 'Backup Group 7', 'Backup Group 8') WHERE seq = (SELECT min(seq) FROM audit WHERE action = 'org.import' OR detail LIKE '%Backup Group 7%')"
sqlite3 "$T_DIR/altered.db" "UPDATE audit SET actor = 'someone else' WHERE seq = 3"
refused "a copy whose audit log was altered is refused" 1 \
	"fails the audit check: audit entry 3 was edited" restore "$T_DIR/altered.db"
cp "$T_DIR/copy.db" "$T_DIR/broken.db"
python3 -c "
f = open('$T_DIR/broken.db', 'r+b'); f.seek(4096 * 40); f.write(b'\xff' * 8192); f.close()"
refused "a damaged copy is refused" 1 "integrity check|malformed|not a database" \
	restore "$T_DIR/broken.db"
printf 'not a database at all, just text\n' >"$T_DIR/text.db"
refused "a file that is no database is refused" 1 "not an Alliance database|not a database" \
	restore "$T_DIR/text.db"
refused "a missing backup" 1 "no file" restore "$T_DIR/none.db"
refused "backup onto the database itself" 1 "FILE|database itself" backup "$DB"
refused "backup into a folder that does not exist" 1 "no folder" backup "$T_DIR/no/such.db"

# --- A person's data (UK GDPR) -----------------------------------------
fresh
ok "a new arrangement" init --template staffordshire-alliance
ok "a VCSE organisation" org add --name "Codsall Community Care" --short-name ccc --sector vcse
ok "joins the forum" member add --group southwest --organisation ccc --kind full
ok "its chief officer" person add --name "Jane Example" --email jane.example@example.org \
	--organisation ccc --job-title "Chief Officer" --phone "01902 000000"
ok "signs the agreement" member sign --organisation ccc --name "Jane Example" --role "Chief Officer" \
	--date 2025-05-20 --authority
ok "is the named contact" person role "Jane Example" --role contact
ok "may sign in" user add "Jane Example"
ok "chairs the forum" office set --group southwest --person "Jane Example" --office chair --start 2025-06-01
ok "holds a seat" position appoint --position place-staffordshire --person "Jane Example" --start 2025-06-01
ok "nominations open (mail to the forum's people)" election open --group southwest --office vice-chair --closes 2025-06-30
E=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "she stands" election nominate "$E" --person "Jane Example" --details "Jane Example of Codsall" \
	--why "To serve" --skills "Chairing" --interests "Trustee of a local hospice" --guidance
ok "a meeting" meeting schedule --group southwest --date 2025-06-20 --time 10:00 --end 12:00 --place "Codsall"
M=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "she declares an interest" meeting interest "$M" --item 1 --organisation ccc --person "Jane Example" \
	--nature "Trustee of the bidder"

# Records of migration 17 naming her: training (SA-D3.6), an invitation
# she was named for (SA-D2.2) and a step back for a conflict (SA-D2.8).
ok "she is invited to an induction" training add --title "Induction for representatives" --kind induction --date 2025-05-28
TR=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "invited" training invite "$TR" --person "Jane Example"
ok "and comes" training attend "$TR" --person "Jane Example"
ok "an invitation to send a representative" invitation add --from "Staffordshire ICB" --board "Digital Programme Board" --date 2025-06-01
INV=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "accepted, naming her" invitation decide "$INV" --accept --person "Jane Example"
ok "she steps back from her seat for a conflict" position stepback --position place-staffordshire \
	--person "Jane Example" --conflict "Jane Example's employer is bidding for the contract" --until 2025-06-30
ok "export everything held about her" person export jane.example@example.org
same "export: her training, with attendance (SA-D3.6)" "$(jsonv "[(t['title'], t['attended']) for t in j['training']]")" \
	"[('Induction for representatives', 1)]"
same "export: the invitation naming her (SA-D2.2)" "$(jsonv "[(i['board'], i['decision']) for i in j['invitations']]")" \
	"[('Digital Programme Board', 'accepted')]"
same "export: her step back, with the conflict (SA-D2.8)" "$(jsonv "[(s['position'], s['conflict']) for s in j['step_backs']]")" \
	"[('place-staffordshire', \"Jane Example's employer is bidding for the contract\")]"
same "her person row" "$(jsonv "j['person']['name'], j['person']['phone']")" "Jane Example 01902 000000"
same "her role" "$(jsonv "[r['role'] for r in j['roles']]")" "['contact']"
same "the declaration she signed" "$(jsonv "[d['signer_name'] for d in j['declarations_signed']]")" "['Jane Example']"
same "her nomination" "$(jsonv "j['nominations'][0]['interests']")" "Trustee of a local hospice"
same "her office" "$(jsonv "j['offices'][0]['office']")" "chair"
same "her seat" "$(jsonv "j['positions'][0]['position']")" "place-staffordshire"
same "her declaration of interest" "$(jsonv "j['interests_declared'][0]['nature']")" "Trustee of the bidder"
same "her sign-in account, without secrets" "$(jsonv "len(j['sign_in_account']), 'password' in j['sign_in_account'][0], 'hash' in str(j)")" "1 False False"
same "mail to her" "$(jsonv "len(j['mail']) > 0 and all(m['recipient'] == 'jane.example@example.org' for m in j['mail'])")" "True"
same "audit entries naming her" "$(jsonv "len([a for a in j['audit'] if a['action'] == 'person.add']) == 1")" "True"
refused "export of no one" 1 "no person 'Nobody'" person export Nobody

# Restriction: no mail, nothing new, shown as restricted.
ok "restrict her processing" person restrict "Jane Example"
has "says what it means" "restricted: no mail, no new roles"
ok "she is shown as restricted" person show "Jane Example" --json
same "since today" "$(jsonv "j['restricted'][:10]")" "2025-06-02"
ok "mail list" mail list --json
same "her queued mail is held" "$(jsonv "len([m for m in j if m['recipient'] == 'jane.example@example.org' and m['status'] == 'queued'])")" "0"
ok "another election opens" election open --group southwest --office chair --closes 2025-07-30
E2=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "mail list" mail list --json
same "no new mail to her" "$(jsonv "len([m for m in j if m['recipient'] == 'jane.example@example.org' and m['status'] == 'queued'])")" "0"
refused "she cannot be given a new role" 1 "Jane Example is restricted" person role "Jane Example" --role officer
refused "nor a seat" 1 "restricted" position appoint --position primary-care --person "Jane Example"
refused "nor an office" 1 "restricted" office set --group southwest --person "Jane Example" --office vice-chair --start 2025-06-01
refused "nor stand for election" 1 "restricted" election nominate "$E2" --person "Jane Example" --details d \
	--why w --skills s --interests none --guidance
refused "restricting twice" 1 "restricted already" person restrict "Jane Example"
ok "lift the restriction" person restrict "Jane Example" --lift
ok "she may be given a role again" person role "Jane Example" --role officer
refused "lifting what is not restricted" 1 "not restricted" person restrict "Jane Example" --lift

# Erasure keeps the governance record under a placeholder.
refused "erasure needs confirming" 1 "add --yes" person erase "Jane Example"
ok "erase her" person erase jane.example@example.org --yes --json
ID=$(jsonv "j['person']")
same "under a placeholder" "$(jsonv "j['placeholder']")" "Erased person $ID"
same "audit entries naming her were redacted" "$(jsonv "j['redacted'] > 0")" "True"
ok "export after erasure" person export "$ID"
same "no name, email, phone or job" "$(jsonv "j['person']['name'], j['person']['email'], j['person']['phone'], j['person']['job_title']")" \
	"Erased person $ID None None None"
same "no roles, account or mail" "$(jsonv "len(j['roles']), len(j['sign_in_account']), len(j['mail'])")" "0 0 0"
same "she still held the chair (the governance record)" "$(jsonv "j['offices'][0]['office']")" "chair"
same "and the seat" "$(jsonv "j['positions'][0]['position']")" "place-staffordshire"
same "her statements are gone, that she stood stays" "$(jsonv "j['nominations'][0]['interests']")" "(erased)"
same "export after erasure: her training and invitation stay, the governance record (SA-D3.6, SA-D2.2)" \
	"$(jsonv "len(j['training']), len(j['invitations'])")" "1 1"
same "and her step back, the conflict kept without her name (SA-D2.8)" "$(jsonv "[s['conflict'] for s in j['step_backs']]")" \
	"[\"Erased person $ID's employer is bidding for the contract\"]"
ok "the signatories" register signatories --json
same "the organisation signed, under the placeholder" "$(jsonv "[s['signer_name'] for s in j if s['organisation'] == 'Codsall Community Care']")" "['Erased person $ID']"
ok "the whole database, dumped" audit list --json
lacks "her name is nowhere in the audit log" "Jane Example|jane.example"
same "the erasure is audited, naming no one" "$(jsonv "j[-1]['action'], 'Erased person' in j[-1]['detail']")" "erase True"
run person list --json
lacks "nor in the register of people" "Jane Example"
same "nothing in the database names her" "$(sqlite3 "$DB" .dump | grep -c -e 'Jane Example' -e 'jane.example')" "0"
ok "audit verify accounts for the redactions" audit verify
same "nor in the bytes of the file, its free pages or its WAL (secure_delete)" \
	"$(cat "$DB" "$DB-wal" 2>/dev/null | grep -a -c -e 'Jane Example' -e 'jane.example')" "0"
refused "erasing twice" 1 "erased on 2025-06-02 already" person erase "$ID" --yes
refused "an erased person cannot be restricted or lifted" 1 "erased" person restrict "$ID" --lift
sqlite3 "$DB" "INSERT INTO audit_redaction (seq, by_seq, reason) VALUES (2, 3, 'erasure')"
run audit verify
same "a redaction no entry vouches for is named" "$STATUS" "4"
sqlite3 "$DB" "DELETE FROM audit_redaction WHERE seq = 2"

# Retention: sign-in records and mail past their time, and (when set)
# names in old audit details.
ok "a person to keep" person add --name "Sam Keeper" --email sam.keeper@example.org --organisation ccc
sqlite3 "$DB" "INSERT INTO signin_failure (email, at) VALUES ('sam.keeper@example.org', '2024-01-01T10:00:00'), ('sam.keeper@example.org', '2025-06-01T10:00:00')"
sqlite3 "$DB" "UPDATE outbox SET status = 'sent', sent = created, created = '2024-03-01T09:00:00Z' WHERE id = (SELECT min(id) FROM outbox)"
ok "apply retention (the defaults: 90 days, 365 days)" retention apply --json
same "one old failed sign-in and one old message removed" "$(jsonv "j['signin'], j['mail'], j['audit']")" "1 1 0"
same "the recent sign-in record stays" "$(sqlite3 "$DB" "SELECT count(*) FROM signin_failure")" "1"
ok "again: nothing more to remove" retention apply
has "says so" "0 sign-in record\\(s\\), 0 message\\(s\\)"
ok "show the constitution" constitution show
printf '%s\n' "$OUT" | tail -n +2 | sed 's/^retention.audit_names_days = .*/retention.audit_names_days = 30/' >"$T_DIR/c.txt"
refused "a retention that is not a number" 1 "retention.signin_days" constitution check /dev/stdin <<'X'
retention.signin_days = soon
X
ok "keep names in audit details for 30 days" constitution apply "$T_DIR/c.txt" --effective 2025-06-02
ALLIANCE_TODAY=2025-08-01 run retention apply --json
same "names older than 30 days are redacted" "$(jsonv "j['audit'] > 0")" "True"
ALLIANCE_TODAY=2025-08-01 run audit list --json
lacks "Sam Keeper is no longer named in old entries" "Sam Keeper|sam.keeper"
ALLIANCE_TODAY=2025-08-01 ok "and the chain still verifies" audit verify
ok "his person row is kept" person show sam.keeper@example.org
has "by name" "Sam Keeper"

finish
