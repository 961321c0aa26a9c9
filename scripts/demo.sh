#!/bin/sh
# The demo: an Alliance arrangement with a believable year in it, served
# on 127.0.0.1 for a person to sign in to as a member, a chair and an
# officer.  Run by `make demo`; Ctrl-C stops it.
#
#	sh scripts/demo.sh [DB]		(ALLIANCE: the binary, default ./alliance;
#					 DEMO_PORT: the port, default 8080;
#					 DEMO_NO_SERVE=1: build the data only)
#	sh scripts/demo.sh --code	the demo officer's code now (make demo-code)
#
# Every step is a command an officer could type.  Dates are set around
# today with ALLIANCE_TODAY, as if each thing had been done on its day.
set -eu
# The demo officer's second factor: a known secret, so that the code can
# be printed here as an authenticator app would show it (RFC 6238).
SECRET=JBSWY3DPEHPK3PXPDEMOALLIANCE2345
if [ "${1:-}" = --code ]; then
	python3 -c 'import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1])
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff) % 1000000))' "$SECRET"
	exit 0
fi
ALLIANCE=${ALLIANCE:-./alliance}
DB=${1:-demo.db}
PORT=${DEMO_PORT:-8080}
PASSWORD="demo officer password"
rm -f "$DB" "$DB-wal" "$DB-shm"
export ALLIANCE_BY="Olive Officer"

a() { "$ALLIANCE" --db "$DB" "$@" >/dev/null; }
# day N: the date N days from today (negative: in the past).
day() { date -u -d "$1 days" +%Y-%m-%d; }
on() { ALLIANCE_TODAY=$(day "$1"); export ALLIANCE_TODAY; }

echo "demo: building a year of the Staffordshire Alliance in $DB"
on -120
a init --template staffordshire-alliance

# Two local forums with their members, each signed up (SA-3.2).
add_member() {	# NAME SHORT GROUP PERSON
	a org add --name "$1" --short-name "$2" --sector vcse
	a member add --group "$3" --organisation "$2" --kind full
	a member sign --organisation "$2" --name "$4" --role "Chief Officer" \
	    --date "$(day -120)" --authority
	a person add --name "$4" --email "$5" --organisation "$2"
}
add_member "Wombourne Wellbeing" ww southwest "Wendy Walsh" wendy@wombourne.example.org
add_member "Codsall Carers" cc southwest "Carl Cole" carl@codsall.example.org
add_member "Kinver Youth Trust" kyt southwest "Kiran Kaur" kiran@kinver.example.org
add_member "Penkridge Pantry" pp southwest "Priya Patel" priya@penkridge.example.org
add_member "Brewood Befrienders" bb southwest "Ben Brown" ben@brewood.example.org
add_member "Burton Community Trust" bct southeast "Asha Patel" asha@burton.example.org
add_member "Lichfield Link" ll southeast "Liam Lee" liam@lichfield.example.org
add_member "Tamworth Talking Therapies" ttt southeast "Tara Thomas" tara@tamworth.example.org
add_member "Leek Lifeline" lkl stoke-north "Lena Lowe" lena@leek.example.org
add_member "Hanley Hub" hh stoke-north "Harry Hall" harry@hanley.example.org

# The officer of the secretariat signs in with a password.
a person add --name "Olive Officer" --email olive@sus.example.org \
    --organisation "Support Staffordshire"
a user add "Olive Officer" --officer
printf '%s\n' "$PASSWORD" | "$ALLIANCE" --db "$DB" user password "Olive Officer" >/dev/null
a user totp "Olive Officer" --secret "$SECRET"
for p in "Wendy Walsh" "Carl Cole" "Asha Patel" "Kiran Kaur"; do a user add "$p"; done

# Wendy chairs the Southwest forum; Asha the Southeast.
a office set --group southwest --person "Wendy Walsh" --office chair --start "$(day -120)"
a office set --group southeast --person "Asha Patel" --office chair --start "$(day -120)"

# A representative whose term ends in three weeks (SA-9.1).
a position appoint --position planned-care --person "Kiran Kaur" \
    --start "$(day -700)" --end "$(day 21)"

# A meeting held five weeks ago, with an interest declared, a decision
# and its notes published (SA-6.4, SA-10.2, SA-11.2, SA-8.3, SA-10.3).
on -50
a meeting schedule --group southwest --date "$(day -35)" --time 10:00 --end 12:00 \
    --place "Codsall Village Hall"
a agenda add 1 --title "Grant bid to the ICB" --requested-by kyt
on -45
a meeting circulate 1
on -35
for o in ww cc kyt pp bb; do a meeting attend 1 --organisation "$o" --as present; done
a meeting interest 1 --item 9 --organisation kyt --person "Kiran Kaur" \
    --nature "Kinver Youth Trust is the bidder"
a decision propose 1 --item 9 --text "Support the Kinver bid"
for o in ww cc pp; do a decision vote 1 --organisation "$o" --choice for; done
a decision close 1
a action add --meeting 1 --text "Write to the ICB in support of the bid" \
    --owner "Wendy Walsh" --due "$(day 7)"
a meeting notes 1 --text "The forum supports the Kinver bid. Winter pressures briefing shared."
on -30
a meeting publish 1 --public

# Two papers on the /papers page: the winter briefing for anyone, the
# bid's costings for members only (SA-11.1).
a paper add --meeting 1 --title "Winter pressures briefing" --kind briefing \
    --visibility public --text "What the forum's members see this winter, and what helps."
a paper add --meeting 1 --title "Kinver bid: costings" --kind report \
    --visibility members --text "The bid's budget line by line, for members."

# The next meeting in a fortnight, its agenda not yet circulated.
on -3
a meeting schedule --group southwest --date "$(day 14)" --time 10:00 --end 12:00 \
    --place "Wombourne Community Centre"

# A poll open now, and an election seeking nominations.
a decision poll --group southwest --text "Endorse the winter letter to the ICB" \
    --opens "$(day -2)T09:00" --closes "$(day 5)T17:00"
a election open --group southeast --office vice-chair --closes "$(day 24)"
unset ALLIANCE_TODAY

[ -n "${DEMO_NO_SERVE:-}" ] && exit 0

portfile=$(mktemp)
trap 'kill "$server" 2>/dev/null; rm -f "$portfile"; echo; echo "demo: stopped"; exit 0' INT TERM
"$ALLIANCE" --db "$DB" serve --listen "127.0.0.1:$PORT" --every 0 \
    --port-file "$portfile" 2>/dev/null &
server=$!
i=0
while [ ! -s "$portfile" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if [ ! -s "$portfile" ]; then
	echo "demo: port $PORT is taken; try DEMO_PORT=8081 make demo" >&2
	exit 1
fi
base="http://127.0.0.1:$(cat "$portfile")"
cat <<EOF

Alliance is running at $base/

  Officer:  $base/sign-in, "Officers: sign in with a password":
            olive@sus.example.org, password: $PASSWORD, and the code
            that \`make demo-code\` prints in another terminal (or add
            the secret $SECRET to an authenticator app)
  Chair:    $base/sign-in with wendy@wombourne.example.org (Southwest forum)
  Member:   $base/sign-in with carl@codsall.example.org

Members and chairs get a one-time link by email; this demo sends no
email and prints each link here instead.  Press Ctrl-C to stop.

EOF
# Print each sign-in link as it is queued in the outbox.
seen=0
while kill -0 "$server" 2>/dev/null; do
	sleep 1
	"$ALLIANCE" --db "$DB" mail list --json 2>/dev/null | python3 -c '
import json, sys
seen = int(sys.argv[1])
for m in json.load(sys.stdin):
    if m["id"] > seen and m.get("kind") == "sign-in":
        print(m["id"], m["recipient"])
' "$seen" | while read -r id to; do
		link=$("$ALLIANCE" --db "$DB" mail show "$id" | grep -o '/sign-in/[A-Za-z0-9_-]*' | head -1)
		echo "demo: sign-in link for $to: $base$link"
	done
	seen=$("$ALLIANCE" --db "$DB" mail list --json 2>/dev/null |
	    python3 -c 'import json,sys; print(max([m["id"] for m in json.load(sys.stdin)] or [0]))')
done
