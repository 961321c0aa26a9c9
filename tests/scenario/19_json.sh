#!/bin/sh
# Every read of the command line gives JSON with --json.  The commands
# come from the command line's own tables (alliance help --commands):
# each is a read, run here on the demo's year with --json, or a write;
# a command new to the tables fails this test until it is put in one
# of the two lists below, so no read goes without JSON.  A read must
# also leave the database as it was.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)

# NOUN VERB|ARGUMENTS...[|ARRANGEMENT]: the reads, with what each is
# asked (one line for each way it is run; "-" for a command without a
# verb), of the Alliance unless another arrangement is named.  $-names
# are read from the database below.
reads='
action list|--group southwest
arrangement list|
assessment show|--year $YEAR|medway-swale-framework
audit head|
audit list|
audit verify|
check -|
commitment list|
constitution check|$top/templates/staffordshire-alliance/constitution.txt
constitution settings|
constitution show|
constitution versions|
consultation list|
contact list|
decision list|
decision show|$MOTION
dispute list|
dispute panel|$PANEL|staffordshire-compact
dispute show|$DISPUTE
dispute stats|
election list|
election receipts|$ELECTION
election show|$ELECTION
funding export|--year $YEAR
funding list|--year $YEAR
group list|
group origins|
group show|southwest
influence list|
invitation list|
mail list|
mail show|$MAIL
meeting list|
meeting reports|
meeting show|$MEETING
member list|
member list|--group southwest
member show|--organisation ww --group southwest
milestone list|
org list|
org show|ww
paper list|
paper list|--public
partnership attendance|--year $YEAR
partnership list|
person export|"$PERSON"
person list|
person show|"$PERSON"
plan list|
position concerns|
position decisions|
position stepbacks|
register -|forums
register -|members
register -|positions
register -|signatories
remind -|--dry-run
request list|
report annual|--year $YEAR
report years|
spend show|--year $YEAR
template list|
term show||staffordshire-compact
token list|
training list|
user list|
'
# NOUN VERB: the commands that change something (or serve); remind
# changes nothing with --dry-run, so it is among the reads as well.
writes='
action add
action done
agenda add
agenda remove
assessment open
assessment rate
assessment submit
assessment view
backup -
commitment add
constitution apply
consultation add
consultation feedback
contact add
contact end
decision close
decision consensus
decision email
decision poll
decision propose
decision vote
dispute draw
dispute open
dispute record
dispute resolve
dispute stage
dispute statement
election announce
election ballot
election count
election nominate
election open
election verify
election vote
funding add
group add
group convene
group formed
influence add
invitation add
invitation decide
init -
mail digest
mail retry
mail send
meeting attend
meeting cancel
meeting chair
meeting circulate
meeting ical
meeting interest
meeting notes
meeting publish
meeting report
meeting schedule
member add
member criterion
member exclude
member reinstate
member resign
member sign
member suspend
member terminate
member withdraw
milestone met
office set
org add
org cover
org import
org update
paper add
partnership except
person add
person digest
person erase
person import
person restrict
person role
plan add
plan progress
position add
position appoint
position concern
position decide
position reason
position remove
position return
position stepback
remind -
report respond
request add
request route
restore -
retention apply
serve -
spend aim
term renew
token create
token revoke
training add
training attend
training invite
user add
user password
user totp
'

# The demo's year, through the command line; a dispute, and an
# election counted (the demo's is taking nominations).
DEMO_NO_SERVE=1 ALLIANCE="$ALLIANCE" sh "$top/scripts/demo.sh" "$DB" >/dev/null 2>&1
same "the demo's year is made" "$?" "0"
ok "a dispute between two members" dispute open --organisation ww --against cc --subject "A shared grant"
q() { sqlite3 "$DB" "$1"; }
day() { date -u -d "$1 days" +%Y-%m-%d; }
export ALLIANCE_TODAY="$(day 30)"
ok "an election" election open --group southwest --office vice-chair --closes "$(day 52)"
ELECTION=$(q "SELECT max(id) FROM election")
for p in "Wendy Walsh" "Carl Cole"; do
	ok "$p stands" election nominate "$ELECTION" --person "$p" --details "$p" \
	    --why "To serve the forum" --skills "Chairing" --interests none --guidance
done
ok "its ballot" election ballot "$ELECTION" --opens "$(day 53)T09:00" --closes "$(day 55)T17:00"
export ALLIANCE_NOW="$(day 54)T12:00"
for v in ww:"Wendy Walsh" cc:"Carl Cole" kyt:"Wendy Walsh"; do
	ok "${v%%:*} votes" election vote "$ELECTION" --organisation "${v%%:*}" --candidate "${v#*:}"
done
export ALLIANCE_NOW="$(day 56)T09:00"
ok "counted" election count "$ELECTION"
unset ALLIANCE_TODAY ALLIANCE_NOW
YEAR=$(date -u +%Y)
# A grant of the year, so that its 360Giving file has one to hold.
ok "a council" org add --name "Staffordshire County Council" --sector public
ok "a grant of the year" funding add --kind grant --funder "Staffordshire County Council" --recipient ww --title "Warm spaces" \
    --amount 500 --starts "$YEAR-01-01" --ends "$YEAR-12-31" --awarded "$YEAR-01-01"
# Two more arrangements: the Framework's public bodies assess
# themselves yearly; the Compact's disputes have a panel.
ok "the Medway and Swale Framework beside it" init --template medway-swale-framework
export ALLIANCE_ARRANGEMENT=medway-swale-framework
ok "a council" org add --name "Medway Council" --sector public
ok "which signs" member sign --organisation "Medway Council" --name "Chief Executive" \
    --role "Chief Executive" --date "$(day -1)" --authority
ok "the year's self-assessment" assessment open --year "$YEAR" --due "$YEAR-12-31"
ok "and the Staffordshire Compact" init --template staffordshire-compact
export ALLIANCE_ARRANGEMENT=staffordshire-compact
ok "a member signs it" member sign --organisation ww --name "Chief Officer" \
    --role "Chief Officer" --date "$(day -1)" --authority
ok "a dispute with the council" dispute open --organisation ww --against "Medway Council" \
    --subject "A shared grant"
PANEL=$(q "SELECT max(id) FROM dispute_case")
ok "its statement" dispute statement "$PANEL" --problem "The grant ended" --handled "Two calls" \
    --unresolved "No agreement on notice" --outcome "Three months' notice"
ok "at stage two, for its panel" dispute stage "$PANEL" --to 2
export ALLIANCE_ARRANGEMENT=staffordshire-alliance
MEETING=$(q "SELECT min(id) FROM meeting")
MOTION=$(q "SELECT min(id) FROM motion")
DISPUTE=$(q "SELECT min(id) FROM dispute_case")
MAIL=$(q "SELECT min(id) FROM outbox")
PERSON=$(q "SELECT name FROM person ORDER BY id LIMIT 1")

run help --commands
same "the command line lists its commands" "$STATUS" "0"
printf '%s\n' "$OUT" >"$T_DIR/commands"
before=$(db_digest)
n=0
while read -r noun verb args; do
	key="$noun $verb"
	if ! lines=$(printf '%s\n' "$reads" | grep "^$key|"); then
		printf '%s\n' "$writes" | grep -qx -- "$key" ||
		    fail "$key is in the lists" "a new command: put it in the reads of $0 (it must give JSON with --json) or in its writes"
		continue
	fi
	printf '%s\n' "$lines" | while IFS='|' read -r k rest arr; do
		n=$((n + 1))
		set -- $noun
		[ "$verb" != "-" ] && set -- "$@" "$verb"
		eval "set -- \"\$@\" $rest"
		ALLIANCE_ARRANGEMENT=${arr:-staffordshire-alliance} \
		    "$ALLIANCE" --db "$DB" --json "$@" >"$T_DIR/json.$noun.$verb.$n" 2>"$T_DIR/err"
		echo "$? $*" >"$T_DIR/status.$noun.$verb.$n"
		cp "$T_DIR/err" "$T_DIR/stderr.$noun.$verb.$n"
	done
done <"$T_DIR/commands"
same "the reads changed nothing" "$(db_digest)" "$before"
# A read listed here that the command line no longer has.
printf '%s\n' "$reads" | sed -n 's/|.*//p' | sort -u | while read -r key; do
	grep -q "^$key " "$T_DIR/commands" || echo "$key"
done >"$T_DIR/gone"
same "every read listed is a command" "$(cat "$T_DIR/gone")" ""

# Each read's output, judged at once: it succeeded and is JSON.
python3 - "$T_DIR" <<'PY' >"$T_DIR/verdicts"
import glob, json, os, sys
d = sys.argv[1]
for st in sorted(glob.glob(os.path.join(d, 'status.*'))):
    tag = st[len(os.path.join(d, 'status.')):]
    rc, cmd = open(st).read().rstrip('\n').split(' ', 1)
    out = open(os.path.join(d, 'json.' + tag), encoding='utf-8', errors='replace').read()
    err = open(os.path.join(d, 'stderr.' + tag), encoding='utf-8', errors='replace').read().strip()
    why = ''
    if rc != '0':
        why = 'exit %s: %s' % (rc, err[:200])
    else:
        try:
            json.loads(out)
        except ValueError as e:
            why = 'not JSON (%s): %s' % (e, out[:200].replace('\n', ' '))
    print('%s\t%s' % (cmd, why))
PY
while IFS='	' read -r cmd why; do
	if [ -z "$why" ]; then
		pass "$cmd --json gives JSON"
	else
		STATUS=; OUT=; ERR=
		fail "$cmd --json gives JSON" "$why"
	fi
done <"$T_DIR/verdicts"
same "every read was run" "$(wc -l <"$T_DIR/verdicts" | tr -d ' ')" \
    "$(printf '%s\n' "$reads" | grep -c '|')"
finish
