#!/bin/sh
# Email that really goes out (SA-10.4), through a real SMTP server on
# loopback (Debian's aiosmtpd): the outbox, retries when the server is
# away or refuses, nothing sent twice, invitations that parse, letters
# (SA-13.1) and reminders sent once.
. "$(dirname "$0")/lib.sh"
HERE=$(cd "$(dirname "$0")/.." && pwd)
PY=/usr/bin/python3
at() { export ALLIANCE_TODAY="$1"; unset ALLIANCE_NOW; }
now() { export ALLIANCE_NOW="$1"; }
PORT=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MAILDIR="$T_DIR/maildir"
mkdir -p "$MAILDIR/new" "$MAILDIR/cur" "$MAILDIR/tmp"
SINK=""
sink_start() {
	$PY -m aiosmtpd -n -l "127.0.0.1:$PORT" -c aiosmtpd.handlers.Mailbox "$MAILDIR" 2>/dev/null &
	SINK=$!
	$PY -c "
import socket, time, sys
for i in range(100):
    try:
        socket.create_connection(('127.0.0.1', $PORT), 0.2).close(); sys.exit(0)
    except OSError: time.sleep(0.1)
sys.exit(1)"
}
sink_stop() { [ -n "$SINK" ] && kill "$SINK" 2>/dev/null; wait "$SINK" 2>/dev/null; SINK=""; }
trap 'sink_stop' EXIT
export ALLIANCE_SMTP_URL="smtp://127.0.0.1:$PORT"
export ALLIANCE_MAIL_FROM="secretariat@alliance.example.org"
export ALLIANCE_MAIL_FROM_NAME="Staffordshire Alliance secretariat"
mails() { ls "$MAILDIR/new" | wc -l | tr -d ' '; }

at 2025-01-06
ok "init" init --template staffordshire-alliance
ok "an organisation" org add --name "Wombourne Wellbeing" --short-name ww --sector vcse --email office@ww.example.org
ok "joins" member add --group southwest --organisation ww --kind full
ok "signs" member sign --organisation ww --name "Asha Patel" --role CEO --date 2025-01-06 --authority
ok "its lead" person add --name "Zoë Lead" --email zoe@ww.example.org --organisation ww
run mail list --json
same "template loading and joining send nothing" "$(jsonv "len(j)")" "0"
ok "a meeting" meeting schedule --group southwest --date 2025-02-10 --time 10:00 --end 12:00 --place "Codsall Village Hall"
M1=$(printf %s "$OUT" | sed -n 's/.*(#\([0-9]*\)).*/\1/p')
ok "SA-10.4 circulating the agenda queues the mail in the same change" meeting circulate "$M1" --date 2025-02-01
run mail list --json
Q=$(jsonv "len(j)")
same "one message per member's person with an email" "$(jsonv "sorted(m['recipient'] for m in j)")" \
	"$(sqlite3 "$DB" "select '[' || group_concat(quote(email), ', ') || ']' from (select distinct p.email from membership m join person p on p.organisation_id = m.organisation_id join grp g on g.id = m.group_id where g.slug = 'southwest' and m.status = 'active' and p.email is not null order by p.email)")"
unset ALLIANCE_SMTP_URL
refused "sending needs a configured server" 1 "set ALLIANCE_SMTP_URL to smtp://host:port" mail send
export ALLIANCE_SMTP_URL="smtp://127.0.0.1:$PORT"

# The server is away: the mail stays queued, with the reason.
ok "send with no server listening" mail send
has "nothing went" "^0 sent, $Q not sent"
run mail list --status queued --json
same "SA-10.4 every message stays queued" "$(jsonv "len(j)")" "$Q"
same "with the reason for an officer" "$(jsonv "all(m['last_error'] and m['attempts']==1 for m in j)")" "True"
ok "too soon to retry: backing off" mail send
has "nothing is tried before its time" "^0 sent, 0 not sent"

# It comes back: each message goes once.
sink_start
now 2025-02-01T13:00
ok "send" mail send
has "all sent" "^$Q sent, 0 not sent"
same "the server received them" "$(mails)" "$Q"
ok "send again" mail send
has "nothing twice" "^0 sent, 0 not sent"
same "no duplicate arrived" "$(mails)" "$Q"
f=$(grep -l "^To: .*zoe@ww.example.org" "$MAILDIR"/new/* | head -1)
same "the agenda mail parses, with text, HTML and an invitation" "$($PY - "$f" <<'PY'
import sys, email
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
parts = {p.get_content_type(): p for p in m.walk()}
cal = parts['text/calendar']
print(str(m['To']) == 'Zoë Lead <zoe@ww.example.org>' or str(m['To']),
      m['Subject'].startswith('Agenda: Southwest Staffordshire'),
      'text/plain' in parts and 'text/html' in parts,
      cal.get_param('method') == 'REQUEST',
      'UID:meeting-1@staffordshire-alliance.alliance' in cal.get_content(),
      '/meetings/1' in parts['text/plain'].get_content())
PY
)" "True True True True True True"

# To the standards: CRLF line ends in the body (no "=0A" from bare
# LFs), every header line ours within 78 characters (RFC 5322; libcurl
# writes the boundaries), a sender's
# mark (RFC 3834), and a Message-ID at the sender's own domain.
same "the mail is CRLF, folded, marked automatic, and has its own id" "$($PY - "$f" <<'PY'
import sys, re
raw = open(sys.argv[1], 'rb').read()
head = raw.split(b'\r\n\r\n', 1)[0] if b'\r\n\r\n' in raw else raw.split(b'\n\n', 1)[0]
lines = re.split(rb'\r?\n', head)
print(b'=0A' not in raw,
      all(len(l) <= 78 for l in lines if not l.startswith(b'Content-Type:')),
      any(l == b'Auto-Submitted: auto-generated' for l in lines),
      bool(re.search(rb'^Message-ID: <outbox-\d+\.[0-9a-f]{16}@alliance\.example\.org>', head, re.M)))
PY
)" "True True True True"

# A cancellation replaces the invitation in the calendar.
ok "cancel the meeting" meeting cancel "$M1" --reason "storm warning"
ok "send" mail send
f=$(ls -t "$MAILDIR"/new/* | head -1)
same "the cancellation is METHOD:CANCEL with the same UID" "$($PY - "$f" <<'PY'
import sys, email
from email import policy
m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=policy.default)
cal = [p for p in m.walk() if p.get_content_type() == 'text/calendar'][0]
t = cal.get_content()
print(cal.get_param('method'), 'STATUS:CANCELLED' in t, 'UID:meeting-1@staffordshire-alliance.alliance' in t)
PY
)" "CANCEL True True"

# SA-13.1: the member in breach is told in writing.
ok "suspend" member suspend --group southwest --organisation ww --reason "breach of confidentiality"
run mail list --status queued --json
same "SA-13.1 a letter to the organisation and its people" "$(jsonv "sorted(m['recipient'] for m in j if m['kind']=='membership')")" \
	"['office@ww.example.org', 'zoe@ww.example.org']"
ok "send" mail send
has "both letters" "^2 sent"

# A restart after a crash mid-send never sends twice.
ok "reinstate" member reinstate --group southwest --organisation ww --reason "resolved"
sqlite3 "$DB" "update outbox set status = 'sending' where status = 'queued'"
before=$(mails)
ok "a sender starting after a crash" mail send
same "the half-sent messages are not sent again" "$(mails)" "$before"
run mail list --status uncertain --json
same "they are marked uncertain for an officer" "$(jsonv "len(j)")" "2"
ok "an officer sends one again" mail retry "$(jsonv "j[0]['id']")"
ok "send" mail send
same "exactly one went" "$(mails)" "$((before + 1))"

# A server that refuses: retried, then failed, shown to the officer.
sink_stop
PYTHONPATH="$HERE/smtp" $PY -m aiosmtpd -n -l "127.0.0.1:$PORT" -c handlers.Refuse 2>/dev/null &
SINK=$!
sleep 1
ok "an election opens" election open --group southwest --office chair --closes 2025-02-28
run mail list --status queued --json
NQ=$(jsonv "len(j)")
same "SA-9.3 the call for nominations goes to the members" "$(jsonv "all(m['kind']=='nominations' for m in j) and $NQ > 0")" "True"
ok "send to a refusing server" mail send --max-tries 2
has "refused" "^0 sent, $NQ not sent"
now 2025-02-01T14:00
ok "the second try" mail send --max-tries 2
run mail list --status failed --json
same "after its last try it is marked failed" "$(jsonv "len(j)")" "$NQ"
same "with the server's answer" "$(jsonv "'550' in j[0]['last_error'] or 'RCPT' in j[0]['last_error'] or 'recipient' in j[0]['last_error'].lower()")" "True"
sink_stop

# Reminders, each once.
at 2025-03-08
ok "a meeting nine days away" meeting schedule --group southwest --date 2025-03-17 --time 10:00 --place Online
ok "the chair has an email" person add --name "Chair Person" --email chair@ww.example.org --organisation ww
ok "elected chair" office set --group southwest --person "Chair Person" --office chair --start 2025-03-01
ok "remind --dry-run" remind --dry-run --json
same "SA-10.2 the agenda reminder is due two days before the agenda" "$(jsonv "[(r['kind'], r['to']) for r in j if r['kind']=='remind-agenda']")" \
	"[('remind-agenda', 'chair@ww.example.org')]"
same "SA-7.1 terms ending within three months" "$(jsonv "sorted(set(r['to'] for r in j if r['kind']=='remind-term'))")" \
	"['garry.jones@example.org', 'lisa.healings@example.org']"
n=$(jsonv "len(j)")
run mail list --json
same "a dry run queues nothing" "$(jsonv "len([m for m in j if m['kind'].startswith('remind')])")" "0"
ok "remind" remind
run mail list --json
same "the reminders are queued" "$(jsonv "len([m for m in j if m['kind'].startswith('remind')])")" "$n"
ok "remind again the same day" remind
run mail list --json
same "each reminder goes once" "$(jsonv "len([m for m in j if m['kind'].startswith('remind')])")" "$n"
finish
