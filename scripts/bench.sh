#!/bin/sh
# make bench: Alliance side by side with the programs that set its
# limits, in one run, printed as a table with ratios and goals.
#   - pages: Alliance against nginx serving the same bytes from files
#     (wrk; rounds alternate A and B; medians);
#   - ballots over HTTP against raw one-row commits in WAL with
#     synchronous=FULL (scripts/benchtool.c), from 1 client (rounds
#     alternated with the raw commits; medians) and from 16;
#   - `decision close` and `election count` on many votes against a raw
#     GROUP BY on the same rows;
#   - a large arrangement made by the program's own CSV import, its
#     register of members against nginx, and bursts of ballots from its
#     organisations;
#   - the server's peak RSS after pages and a storm of sign-ins.
# Numbers are printed, never asserted: they depend on the machine.
# usage: sh scripts/bench.sh  (BENCH_SECONDS per wrk run, default 3;
# BENCH_ROUNDS, default 3; BENCH_VOTES counted, default 1000000;
# BENCH_ORGS voting, default 2000; BENCH_IMPORT rows, default 20000;
# ALLIANCE, the binary, default build/alliance; BENCH_PARTS, the parts
# run, default all: pages signins import votes counts; BENCH_THREADS,
# the server's --threads, default its own)
set -eu
cd "$(dirname "$0")/.."
secs=${BENCH_SECONDS:-3}
rounds=${BENCH_ROUNDS:-3}
vrounds=${BENCH_VOTE_ROUNDS:-7}
votes=${BENCH_VOTES:-1000000}
orgs=${BENCH_ORGS:-2000}
imports=${BENCH_IMPORT:-20000}
A=${ALLIANCE:-$PWD/build/alliance}
parts=" ${BENCH_PARTS:-pages signins import votes counts} "
part() { case $parts in *" $1 "*) return 0 ;; esac; return 1; }
dir=$(mktemp -d /tmp/alliance-bench.XXXXXX)
chmod 755 "$dir"	# nginx's workers read the pages as another user
pids=""
cleanup() {
	for p in $pids; do kill "$p" 2>/dev/null || :; done
	[ -s "$dir/nginx.pid" ] && kill "$(cat "$dir/nginx.pid")" 2>/dev/null
	sleep 0.3
	rm -rf "$dir"
}
trap cleanup EXIT INT TERM
res=$dir/results
t_start=$(date +%s)
say() { echo "bench: $* ($(($(date +%s) - t_start)) s in)"; }
: >"$res"
put() { echo "$1 $2" >>"$res"; }
get() { v=$(awk -v k="$1" '$1 == k { print $2; exit }' "$res"); echo "${v:--}"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : 0 }'; }
ms_of() {	# wrk's "12.3ms", "850us", "1.2s" in ms
	awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ &&
	    $1 !~ /ms$/) v *= 1000; printf "%.2f\n", v }'
}
rss_mb() { awk '/VmHWM/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"; }
load() { cut -d' ' -f1 /proc/loadavg; }

cc -O2 -o "$dir/benchtool" scripts/benchtool.c -lcurl -lsqlite3 -lpthread

# KEY CMD...: wall seconds, CPU seconds (user + system: less noisy on a
# shared machine) and peak RSS of one command.
timed() {
	k=$1; shift
	/usr/bin/time -f "%e %U %S %M" -o "$dir/time.out" "$@" >/dev/null
	put "${k}_s" "$(awk '{ print $1 }' "$dir/time.out")"
	put "${k}_cpu" "$(awk '{ printf "%.2f", $2 + $3 }' "$dir/time.out")"
	put "${k}_mb" "$(awk '{ printf "%.0f", $4 / 1024 }' "$dir/time.out")"
}

serve() {	# DB NOW: starts the server, sets $base and $spid
	rm -f "$dir/port"
	ALLIANCE_NOW=$2 "$A" --db "$1" serve --listen 127.0.0.1:0 --every 0 \
		${BENCH_THREADS:+--threads "$BENCH_THREADS"} \
		--port-file "$dir/port" 2>/dev/null &
	spid=$!
	pids="$pids $spid"
	while [ ! -s "$dir/port" ]; do sleep 0.1; done
	base="http://127.0.0.1:$(cat "$dir/port")"
}
# SRC DST: a copy of the database with its installation key (the audit
# log is signed with it).
copy_db() {
	sqlite3 "$1" ".backup $2"
	cp "$1.key" "$2.key"
	chmod 600 "$2.key"
}
csrf_of() { awk '$6 == "alliance_csrf" { print $7 }' "$1"; }

say "building the web tests' arrangement"
ALLIANCE=$A sh tests/web/fixture.sh "$dir/w.db"

# nginx serves the same bytes from files in $dir/www, each saved from
# Alliance's answer just before it is measured.
mkdir -p "$dir/www"
cat >"$dir/nginx.conf" <<EOF
worker_processes 2;
pid $dir/nginx.pid;
error_log $dir/nginx.err;
events { worker_connections 1024; }
http {
	access_log /dev/null;
	client_body_temp_path $dir/ngx_body;
	proxy_temp_path $dir/ngx_proxy;
	fastcgi_temp_path $dir/ngx_fcgi;
	uwsgi_temp_path $dir/ngx_uwsgi;
	scgi_temp_path $dir/ngx_scgi;
	server {
		listen 127.0.0.1:0;
		root $dir/www;
		default_type "text/html; charset=utf-8";
		location = / { try_files /index.html =404; }
		location / { try_files \$uri.html =404; }
	}
}
EOF
# nginx cannot take port 0: find a free one.
nport=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sed -i "s/listen 127.0.0.1:0/listen 127.0.0.1:$nport/" "$dir/nginx.conf"
/usr/sbin/nginx -c "$dir/nginx.conf" -g 'daemon on;'
nbase="http://127.0.0.1:$nport"
while [ ! -s "$dir/nginx.pid" ]; do sleep 0.1; done

save() {	# NAME PATH COOKIE: Alliance's answer as nginx's file
	st=$(curl -s -o "$dir/www/$1.html" -w '%{http_code}' -b "$3" \
		"$base$2")
	[ "$st" = 200 ] || { echo "bench: $2 answered $st" >&2; exit 1; }
	chmod 644 "$dir/www/$1.html"
	put "size_$1" "$(wc -c <"$dir/www/$1.html")"
}
# PID...: the CPU time (user + system) of the processes, in clock ticks.
ticks() { for p in "$@"; do cut -d' ' -f14,15 "/proc/$p/stat"; done |
	awk '{ t += $1 + $2 } END { print t + 0 }'; }
# The server's processes: Alliance, or nginx's workers.
server_pids() { case $1 in a_*) echo "$spid" ;;
	*) ps -o pid= --ppid "$(cat "$dir/nginx.pid")" ;; esac; }
wrk_run() {	# NAME URL COOKIE
	# shellcheck disable=SC2046
	t0=$(ticks $(server_pids "$1"))
	if [ -n "$3" ]; then
		wrk -t2 -c32 -d"${secs}s" --latency -H "Cookie: $3" "$2"
	else
		wrk -t2 -c32 -d"${secs}s" --latency "$2"
	fi >"$dir/wrk.out"
	# shellcheck disable=SC2046
	t1=$(ticks $(server_pids "$1"))
	# The server's CPU per request, in microseconds: other work on the
	# machine moves it much less than it moves the rate.
	awk -v t="$((t1 - t0))" -v hz="$(getconf CLK_TCK)" '/requests in/ {
	    printf "%.1f\n", t * 1e6 / hz / $1 }' "$dir/wrk.out" >>"$dir/$1.cpu"
	if grep -q "Non-2xx" "$dir/wrk.out"; then
		echo "bench: $2 answered errors" >&2
		cat "$dir/wrk.out" >&2
		exit 1
	fi
	awk '/Requests\/sec/ { print $2 }' "$dir/wrk.out" >>"$dir/$1.rps"
	awk '$1 == "99%" { print $2 }' "$dir/wrk.out" | ms_of >>"$dir/$1.p99"
}
# "NAME|PATH|COOKIE ...": the rounds, Alliance and nginx alternated,
# and their medians.  nginx is asked for /NAME (its file NAME.html).
pages() {
	say "pages, $rounds rounds of ${secs}s, Alliance and nginx alternated, load $(load)"
	for p in $1; do
		IFS='|' read -r f path cookie <<EOF
$p
EOF
		save "$f" "$path" "$cookie"
	done
	r=0
	while [ "$r" -lt "$rounds" ]; do
		for p in $1; do
			IFS='|' read -r f path cookie <<EOF
$p
EOF
			wrk_run "a_$f" "$base$path" "$cookie"
			wrk_run "n_$f" "$nbase/$f" ""
		done
		r=$((r + 1))
	done
	for p in $1; do
		f=${p%%|*}
		for s in a n; do
			put "${s}_${f}_rps" "$(median <"$dir/${s}_$f.rps")"
			put "${s}_${f}_p99" "$(median <"$dir/${s}_$f.p99")"
			put "${s}_${f}_cpu" "$(median <"$dir/${s}_$f.cpu")"
		done
	done
	put "load_pages" "$(load)"
}

if part pages || part signins; then
serve "$dir/w.db" 2025-06-25T12:00
# A member signs in by the emailed link, as the HTTP tests do.
jar=$dir/member.jar
curl -s -c "$jar" -o /dev/null "$base/sign-in"
curl -s -b "$jar" -c "$jar" -o /dev/null --data \
	"csrf=$(csrf_of "$jar")&email=lead@ww.example.org" "$base/sign-in"
link=$(sqlite3 "$dir/w.db" "SELECT body_text FROM outbox WHERE kind = \
	'sign-in' ORDER BY id DESC LIMIT 1" | grep -o '/sign-in/[A-Za-z0-9_-]*' |
	head -1)
curl -s -b "$jar" -c "$jar" -o /dev/null --data "csrf=$(csrf_of "$jar")" \
	"$base$link"
msid=$(awk '$6 == "alliance_session" { print $7 }' "$jar")
# The officer signs in with her password and the code her app shows
# (the fixture's known secret, RFC 6238).
jar=$dir/officer.jar
code=$(python3 -c 'import base64, hmac, struct, time
key = base64.b32decode("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
mac = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
o = mac[-1] & 15
print("%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff) % 1000000))')
curl -s -c "$jar" -o /dev/null "$base/sign-in"
curl -s -b "$jar" -c "$jar" -o /dev/null --data "csrf=$(csrf_of "$jar")&\
officer-email=olive@sus.example.org&password=correct+horse+battery+staple&\
code=$code" "$base/sign-in-password"
osid=$(awk '$6 == "alliance_session" { print $7 }' "$jar")
[ -n "$msid" ] && [ -n "$osid" ] || { echo "bench: sign-in failed" >&2; exit 1; }

if part pages; then
	pages "index|/| forums|/forums| me|/me|alliance_session=$msid officer|/officer|alliance_session=$osid"
	put rss_pages "$(rss_mb "$spid")"
fi

if part signins; then
	# A storm of sign-ins: 16 at once, each a full password check.
	say "a storm of 16 password sign-ins"
	jar=$dir/storm.jar
	curl -s -c "$jar" -o /dev/null "$base/sign-in"
	i=0
	storm=""
	while [ "$i" -lt 16 ]; do
		curl -s -b "$jar" -o /dev/null --data "csrf=$(csrf_of "$jar")&\
officer-email=storm$i@bench.example.org&password=not+the+password+$i&\
code=000000" "$base/sign-in-password" &
		storm="$storm $!"
		i=$((i + 1))
	done
	wait $storm
	put rss_signins "$(rss_mb "$spid")"
fi
kill "$spid"; wait "$spid" 2>/dev/null || :
fi

if part import; then
# The program's own CSV import, at scale.
say "org import of $imports rows"
python3 - "$dir/import.csv" "$imports" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write("name,short name,sector,email\n")
    for i in range(int(sys.argv[2])):
        f.write("Imported Charity %d,ic%d,vcse,office@ic%d.example.org\n" % (i, i, i))
EOF
copy_db "$dir/w.db" "$dir/i.db"
timed import "$A" --db "$dir/i.db" org import "$dir/import.csv"
rm -f "$dir/i.db"*
fi

if part votes; then
# A large arrangement: organisations and people by CSV import, then
# each a signed member of the forum with a member's session.
say "$orgs organisations: their register, and voting in polls"
copy_db "$dir/w.db" "$dir/v.db"
python3 - "$dir" "$orgs" <<'EOF'
import sys
d, n = sys.argv[1], int(sys.argv[2])
with open(d + "/orgs.csv", "w") as f:
    f.write("name,short name,sector\n")
    for i in range(n):
        f.write("Voting Charity %d,vc%d,vcse\n" % (i, i))
with open(d + "/people.csv", "w") as f:
    f.write("name,email,organisation\n")
    for i in range(n):
        f.write("Lead vc%d,lead@vc%d.example.org,vc%d\n" % (i, i, i))
EOF
timed orgs_import "$A" --db "$dir/v.db" org import "$dir/orgs.csv"
ALLIANCE_TODAY=2025-06-02 "$A" --db "$dir/v.db" person import "$dir/people.csv" >/dev/null
# A poll for each round of ballots after the first (poll 1).
r=1
while [ "$r" -lt "$vrounds" ]; do
	ALLIANCE_TODAY=2025-06-24 "$A" --db "$dir/v.db" decision poll --group \
		southwest --text "Bench poll $r" --opens 2025-06-24T09:00 \
		--closes 2025-06-30T17:00 >/dev/null
	r=$((r + 1))
done
# Memberships, signatures, users and sessions as `member add`, `member
# sign` and a sign-in would leave them (one SQL transaction: running
# the command line 8,000 times would take minutes).
python3 - "$dir" <<'EOF'
import base64, hashlib, os, sqlite3, sys
d = sys.argv[1]
db = sqlite3.connect(d + "/v.db")
rows = db.execute("SELECT o.id, p.id FROM organisation o JOIN person p ON "
    "p.organisation_id = o.id WHERE o.short_name LIKE 'vc%'").fetchall()
at = "2025-06-02T12:00:00Z"
out = open(d + "/votes.txt", "w")
for org, person in rows:
    m = db.execute("INSERT INTO membership (group_id, organisation_id, kind, "
        "status, since) VALUES (2, ?, 'full', 'active', '2025-06-02')",
        (org,)).lastrowid
    for st, why in (("pending", "membership applied for"),
                    ("active", "agreement signed")):
        db.execute("INSERT INTO membership_status (membership_id, status, "
            "effective, reason, recorded_by, recorded_at) VALUES (?, ?, "
            "'2025-06-02', ?, 'bench', ?)", (m, st, why, at))
    db.execute("INSERT INTO declaration (agreement_id, organisation_id, "
        "signer_name, signer_role, signed_on, authority, recorded_by, "
        "recorded_at) VALUES (1, ?, 'Chief Officer', 'Chief Officer', "
        "'2025-06-02', 1, 'bench', ?)", (org, at))
    u = db.execute("INSERT INTO app_user (person_id, created) VALUES (?, ?)",
        (person, at)).lastrowid
    sid = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
    csrf = base64.urlsafe_b64encode(os.urandom(32)).rstrip(b"=").decode()
    h = hashlib.blake2b(sid.encode(), digest_size=32).hexdigest()
    db.execute("INSERT INTO session (hash, user_id, csrf, created, seen) "
        "VALUES (?, ?, ?, '2025-06-25T11:59:00Z', '2025-06-25T11:59:00Z')",
        (h, u, csrf))
    out.write("%s csrf=%s&choice=for&confirm=yes\n" % (sid, csrf))
db.commit()
EOF
serve "$dir/v.db" 2025-06-25T12:00
# The register of members of the 2,000 (its first page where it is
# paged), against nginx serving the same bytes.
pages "members|/members|"
one=$((orgs / 4))
head -n "$one" "$dir/votes.txt" >"$dir/votes1.txt"
tail -n +"$((one + 1))" "$dir/votes.txt" >"$dir/votes16.txt"
say "ballots: $vrounds rounds of $one from 1 client, each beside $one raw commits, then $((orgs - one)) from 16 clients, load $(load)"
cast_before=$(sqlite3 "$dir/v.db" "SELECT count(*) FROM motion_vote")
# The server's CPU (user + system) per ballot: less disturbed by other
# work on the machine than the time a ballot takes.
cpu_of() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
per_ballot() {	# TICKS BALLOTS: ms of CPU a ballot
	awk -v t="$1" -v n="$2" -v hz="$(getconf CLK_TCK)" \
		'BEGIN { printf "%.3f", t * 1000 / hz / n }'
}
c16=0
# Each round is a poll of its own: the same organisations cast one
# ballot each from one client, then as many raw commits are made
# (alternated, so that both meet the same disk and the same load), then
# the others cast theirs from 16 clients.  The ratio is taken in each
# round, a ballot's time over the raw commit's beside it: the disk's
# sync, which both pay, changes from one moment to the next.
r=0
: >"$dir/post1.all"
: >"$dir/post16.all"
: >"$dir/commits.all"
: >"$dir/vote1.cpu"
: >"$dir/vote1.ratio"
per_ms() { awk -F'per_ms=' '/per_ms=/ { split($2, a, " "); print a[1]; exit }' "$1"; }
while [ "$r" -lt "$vrounds" ]; do
	c0=$(cpu_of "$spid")
	"$dir/benchtool" post "$base/polls/$((r + 1))" "$dir/votes1.txt" 1 \
		>"$dir/post1.out" || :
	per_ballot $(($(cpu_of "$spid") - c0)) "$one" >>"$dir/vote1.cpu"
	echo >>"$dir/vote1.cpu"
	cat "$dir/post1.out" >>"$dir/post1.all"
	rm -f "$dir"/raw.db*
	"$dir/benchtool" commits "$dir/raw.db" "$one" >"$dir/commits.out"
	cat "$dir/commits.out" >>"$dir/commits.all"
	awk -v a="$(per_ms "$dir/post1.out")" -v b="$(per_ms "$dir/commits.out")" \
	    'BEGIN { if (a > 0 && b > 0) printf "%.3f\n", a / b }' \
	    >>"$dir/vote1.ratio"
	c0=$(cpu_of "$spid")
	"$dir/benchtool" post "$base/polls/$((r + 1))" \
		"$dir/votes16.txt" 16 >"$dir/post16.out" || :
	c16=$((c16 + $(cpu_of "$spid") - c0))
	cat "$dir/post16.out" >>"$dir/post16.all"
	r=$((r + 1))
done
put vote1_cpu "$(median <"$dir/vote1.cpu")"
put vote1_rounds "$vrounds"
put vote1_ratio "$(median <"$dir/vote1.ratio")"
put vote1_ratio_lo "$(sort -n "$dir/vote1.ratio" | head -n 1)"
put vote1_ratio_hi "$(sort -n "$dir/vote1.ratio" | tail -n 1)"
put vote1_ratio_met "$(awk '$1 <= 2 { n++ } END { print n + 0 }' "$dir/vote1.ratio")/$(wc -l <"$dir/vote1.ratio" | tr -d ' ')"
put vote16_cpu "$(per_ballot "$c16" $((vrounds * (orgs - one))))"
put rss_votes "$(rss_mb "$spid")"
put load_votes "$(load)"
kill "$spid"; wait "$spid" 2>/dev/null || :
# Every ballot answered 200 is a vote recorded (a page that only asks
# to confirm would answer 200 too).
cast=$(($(sqlite3 "$dir/v.db" "SELECT count(*) FROM motion_vote") - cast_before))
put vote_missing "$((vrounds * orgs - cast))"
# KEY FILE FIELD: the median of a field over the lines of FILE that have it.
field() {
	tr ' ' '\n' <"$2" | awk -F= -v k="$3" '$1 == k { print $2 }' | median |
		{ read -r v; put "$1" "$v"; }
}
field vote1_ms "$dir/post1.all" per_ms
field vote1_p50 "$dir/post1.all" p50_ms
field vote1_p95 "$dir/post1.all" p95_ms
field vote1_p99 "$dir/post1.all" p99_ms
field vote1_wall "$dir/post1.all" wall_ms
field commit_ms "$dir/commits.all" per_ms
field commit_cpu "$dir/commits.all" cpu_ms
field vote16_ms "$dir/post16.all" per_ms
field vote16_p50 "$dir/post16.all" p50_ms
field vote16_p95 "$dir/post16.all" p95_ms
field vote16_p99 "$dir/post16.all" p99_ms
field vote16_wall "$dir/post16.all" wall_ms
awk -F= '/refused=/ { n += $2 } END { print n + 0 }' "$dir/post1.all" |
	{ read -r v; put vote1_refused "$v"; }
awk -F= '/refused=/ { n += $2 } END { print n + 0 }' "$dir/post16.all" |
	{ read -r v; put vote16_refused "$v"; }
fi

if part counts; then
# Counts: many votes and ballots, from as many member organisations,
# in a copy of the web tests' arrangement.
say "counting $votes votes and $votes ballots"
copy_db "$dir/w.db" "$dir/c.db"
sqlite3 "$dir/c.db" <<EOF
BEGIN;
CREATE TEMP TABLE n AS WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL
  SELECT i + 1 FROM k WHERE i < $votes) SELECT i FROM k;
INSERT INTO organisation (id, name, short_name, sector)
  SELECT 100000 + i, 'Counted Charity ' || i, 'cc' || i, 'vcse' FROM n;
INSERT INTO membership (group_id, organisation_id, kind, status, since)
  SELECT 2, 100000 + i, 'full', 'active', '2025-06-02' FROM n;
INSERT INTO motion_vote (motion_id, organisation_id, choice, cast_by, cast_at)
  SELECT 1, 100000 + i, CASE i % 3 WHEN 0 THEN 'for' WHEN 1 THEN 'against'
  ELSE 'abstain' END, 'bench', '2025-06-25T12:00:00Z' FROM n;
INSERT INTO ballot_voter (election_id, organisation_id, voted_on)
  SELECT 1, 100000 + i, '2025-06-25' FROM n;
INSERT INTO ballot_box (receipt, election_id, nomination_id)
  SELECT lower(hex(randomblob(8))), 1, 1 + i % 2 FROM n;
COMMIT;
EOF
cnt() {	# KEY: one run on a fresh copy
	cp "$dir/c.db" "$dir/c1.db"
	cp "$dir/c.db.key" "$dir/c1.db.key"
	case $1 in
	close) timed close env ALLIANCE_NOW=2025-07-01T09:00 "$A" --db \
		"$dir/c1.db" decision close 1 ;;
	count) timed count env ALLIANCE_NOW=2025-07-01T09:00 "$A" --db \
		"$dir/c1.db" election count 1 ;;
	rawclose) timed rawclose sqlite3 "$dir/c1.db" "SELECT choice, \
		count(*) FROM motion_vote WHERE motion_id = 1 GROUP BY choice" ;;
	rawcount) timed rawcount sqlite3 "$dir/c1.db" "SELECT nomination_id, \
		count(*) FROM ballot_box WHERE election_id = 1 GROUP BY \
		nomination_id" ;;
	esac
	rm -f "$dir"/c1.db*
}
cnt rawclose; cnt close; cnt rawcount; cnt count
fi

say "measured"
sh scripts/bench-table.sh "$res" "$votes" "$orgs" "$imports"
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
