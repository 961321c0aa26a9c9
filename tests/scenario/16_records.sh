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
