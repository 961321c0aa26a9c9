#!/bin/sh
# make bench: Alliance side by side with the programs that set its
# limits, in one run, printed as a table with ratios.
#   - pages: Alliance against nginx serving the same bytes from files
#     (wrk; rounds alternate A and B; medians);
#   - ballots over HTTP against raw one-row commits in WAL with
#     synchronous=FULL (scripts/benchtool.c);
#   - `decision close` and `election count` on many votes against a raw
#     GROUP BY on the same rows;
#   - a large arrangement made by the program's own CSV import, and a
#     burst of ballots from its organisations;
#   - the server's peak RSS after pages and a storm of sign-ins.
# Numbers are printed, never asserted: they depend on the machine.
# usage: sh scripts/bench.sh  (BENCH_SECONDS per wrk run, default 3;
# BENCH_ROUNDS, default 3; BENCH_VOTES counted, default 1000000;
# BENCH_ORGS voting, default 2000; BENCH_IMPORT rows, default 20000;
# ALLIANCE, the binary, default build/alliance)
set -eu
cd "$(dirname "$0")/.."
secs=${BENCH_SECONDS:-3}
rounds=${BENCH_ROUNDS:-3}
votes=${BENCH_VOTES:-1000000}
orgs=${BENCH_ORGS:-2000}
imports=${BENCH_IMPORT:-20000}
A=${ALLIANCE:-$PWD/build/alliance}
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
get() { awk -v k="$1" '$1 == k { print $2; exit }' "$res"; }
median() { sort -n | awk '{ v[NR] = $1 } END { print NR ? v[int((NR + 1) / 2)] : 0 }'; }
ms_of() {	# wrk's "12.3ms", "850us", "1.2s" in ms
	awk '{ v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/ &&
	    $1 !~ /ms$/) v *= 1000; printf "%.2f\n", v }'
}
rss_mb() { awk '/VmHWM/ { printf "%.1f\n", $2 / 1024 }' "/proc/$1/status"; }

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
		--port-file "$dir/port" 2>/dev/null &
	spid=$!
	pids="$pids $spid"
	while [ ! -s "$dir/port" ]; do sleep 0.1; done
	base="http://127.0.0.1:$(cat "$dir/port")"
}
csrf_of() { awk '$6 == "alliance_csrf" { print $7 }' "$1"; }

say "building the web tests' arrangement"
ALLIANCE=$A sh tests/web/fixture.sh "$dir/w.db"
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

# The same bytes for nginx, from files.
mkdir -p "$dir/www"
for p in /:index /forums:forums /me:me /officer:officer; do
	path=${p%%:*}; f=${p##*:}
	cookie=""
	[ "$f" = me ] && cookie="alliance_session=$msid"
	[ "$f" = officer ] && cookie="alliance_session=$osid"
	st=$(curl -s -o "$dir/www/$f.html" -w '%{http_code}' -b "$cookie" \
		"$base$path")
	[ "$st" = 200 ] || { echo "bench: $path answered $st" >&2; exit 1; }
	put "size_$f" "$(wc -c <"$dir/www/$f.html")"
done
chmod 644 "$dir"/www/*.html
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

wrk_run() {	# NAME URL COOKIE
	if [ -n "$3" ]; then
		wrk -t2 -c32 -d"${secs}s" --latency -H "Cookie: $3" "$2"
	else
		wrk -t2 -c32 -d"${secs}s" --latency "$2"
	fi >"$dir/wrk.out"
	if grep -q "Non-2xx" "$dir/wrk.out"; then
		echo "bench: $2 answered errors" >&2
		cat "$dir/wrk.out" >&2
		exit 1
	fi
	awk '/Requests\/sec/ { print $2 }' "$dir/wrk.out" >>"$dir/$1.rps"
	awk '$1 == "99%" { print $2 }' "$dir/wrk.out" | ms_of >>"$dir/$1.p99"
}
say "pages, $rounds rounds of ${secs}s, Alliance and nginx alternated"
r=0
while [ "$r" -lt "$rounds" ]; do
	for p in /:index /forums:forums /me:me /officer:officer; do
		path=${p%%:*}; f=${p##*:}
		cookie=""
		[ "$f" = me ] && cookie="alliance_session=$msid"
		[ "$f" = officer ] && cookie="alliance_session=$osid"
		wrk_run "a_$f" "$base$path" "$cookie"
		wrk_run "n_$f" "$nbase$path" ""
	done
	r=$((r + 1))
done
for f in index forums me officer; do
	for s in a n; do
		put "${s}_${f}_rps" "$(median <"$dir/${s}_$f.rps")"
		put "${s}_${f}_p99" "$(median <"$dir/${s}_$f.p99")"
	done
done
put rss_pages "$(rss_mb "$spid")"

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
kill "$spid"; wait "$spid" 2>/dev/null || :

# The program's own CSV import, at scale.
say "org import of $imports rows"
python3 - "$dir/import.csv" "$imports" <<'EOF'
import sys
with open(sys.argv[1], "w") as f:
    f.write("name,short name,sector,email\n")
    for i in range(int(sys.argv[2])):
        f.write("Imported Charity %d,ic%d,vcse,office@ic%d.example.org\n" % (i, i, i))
EOF
cp "$dir/w.db" "$dir/i.db"
timed import "$A" --db "$dir/i.db" org import "$dir/import.csv"
rm -f "$dir/i.db"*

# A large arrangement: organisations and people by CSV import, then
# each a signed member of the forum with a member's session.
say "$orgs organisations voting in a poll"
sqlite3 "$dir/w.db" ".backup $dir/v.db"
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
    out.write("%s csrf=%s&choice=for\n" % (sid, csrf))
db.commit()
EOF
serve "$dir/v.db" 2025-06-25T12:00
one=$((orgs / 4))
head -n "$one" "$dir/votes.txt" >"$dir/votes1.txt"
tail -n +"$((one + 1))" "$dir/votes.txt" >"$dir/votes16.txt"
"$dir/benchtool" post "$base/polls/1" "$dir/votes1.txt" 1 >"$dir/post1.out" || :
"$dir/benchtool" post "$base/polls/1" "$dir/votes16.txt" 16 >"$dir/post16.out" || :
put rss_votes "$(rss_mb "$spid")"
kill "$spid"; wait "$spid" 2>/dev/null || :
"$dir/benchtool" commits "$dir/raw.db" "$one" >"$dir/commits.out"
field() { tr ' ' '\n' <"$1" | awk -F= -v k="$2" '$1 == k { print $2; exit }'; }
put vote1_ms "$(field "$dir/post1.out" per_ms)"
put vote1_p95 "$(field "$dir/post1.out" p95_ms)"
put vote1_refused "$(awk '/refused/ { sub("refused=", "", $2); print $2 }' "$dir/post1.out")"
put commit_ms "$(field "$dir/commits.out" per_ms)"
put vote16_ms "$(field "$dir/post16.out" per_ms)"
put vote16_p95 "$(field "$dir/post16.out" p95_ms)"
put vote16_p99 "$(field "$dir/post16.out" p99_ms)"
put vote16_refused "$(awk '/refused/ { sub("refused=", "", $2); print $2 }' "$dir/post16.out")"
put vote16_wall "$(field "$dir/post16.out" wall_ms)"

# Counts: many votes and ballots, from as many member organisations,
# in a copy of the web tests' arrangement.
say "counting $votes votes and $votes ballots"
sqlite3 "$dir/w.db" ".backup $dir/c.db"
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

say "measured"
# The table.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1024 }'; }
echo
echo "| what | Alliance | baseline | ratio | goal |"
echo "|---|---|---|---|---|"
for f in index forums me officer; do
	case $f in
	index) what="\`/\`"; goal="≥ 1.0×" ;;
	forums) what="\`/forums\`"; goal="≥ 1.0×" ;;
	me) what="\`/me\` (member)"; goal="≥ 0.5×" ;;
	officer) what="\`/officer\` (officer)"; goal="≥ 0.5×" ;;
	esac
	echo "| $what, $(kb "$(get "size_$f")") | $(get "a_${f}_rps") req/s, p99 $(get "a_${f}_p99") ms | nginx: $(get "n_${f}_rps") req/s, p99 $(get "n_${f}_p99") ms | $(ratio "$(get "a_${f}_rps")" "$(get "n_${f}_rps")")× | $goal |"
done
echo "| ballot by HTTP POST, 1 client ($one) | $(get vote1_ms) ms/vote, p95 $(get vote1_p95) ms | one-row FULL commit: $(get commit_ms) ms | $(ratio "$(get vote1_ms)" "$(get commit_ms)")× the cost | ≤ 2× |"
echo "| same, 16 clients ($((orgs - one)) ballots) | p95 $(get vote16_p95) ms, p99 $(get vote16_p99) ms, $(get vote16_wall) ms in all | — | — | p99 < 50 ms |"
echo "| ballots refused (must be 0) | $(get vote1_refused) + $(get vote16_refused) | — | — | 0 |"
echo "| \`decision close\`, $votes votes | $(get close_s) s (CPU $(get close_cpu) s), $(get close_mb) MB | \`GROUP BY\`: $(get rawclose_s) s (CPU $(get rawclose_cpu) s), $(get rawclose_mb) MB | $(ratio "$(get close_s)" "$(get rawclose_s)")× (CPU $(ratio "$(get close_cpu)" "$(get rawclose_cpu)")×) | ≤ 2×, flat memory |"
echo "| \`election count\`, $votes ballots | $(get count_s) s (CPU $(get count_cpu) s), $(get count_mb) MB | \`GROUP BY\`: $(get rawcount_s) s (CPU $(get rawcount_cpu) s), $(get rawcount_mb) MB | $(ratio "$(get count_s)" "$(get rawcount_s)")× (CPU $(ratio "$(get count_cpu)" "$(get rawcount_cpu)")×) | ≤ 2×, flat memory |"
echo "| \`org import\`, $imports rows | $(get import_s) s (CPU $(get import_cpu) s), $(get import_mb) MB | — | — | < 2 s |"
echo "| \`org import\`, $orgs rows (the voting arrangement) | $(get orgs_import_s) s (CPU $(get orgs_import_cpu) s) | — | — | linear |"
echo "| server peak RSS: pages / + 16 sign-ins / + ballots | $(get rss_pages) / $(get rss_signins) / $(get rss_votes) MB | — | — | ≤ 32 MB |"
echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
