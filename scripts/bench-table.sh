#!/bin/sh
# The table of `make bench` (scripts/bench.sh): every figure of issue 13
# with its baseline, ratio, goal and whether the goal is met.  Parts not
# run show "-".  usage: bench-table.sh RESULTS VOTES ORGS IMPORTS
set -eu
res=$1 votes=$2 orgs=$3 imports=$4
get() { v=$(awk -v k="$1" '$1 == k { print $2; exit }' "$res"); echo "${v:--}"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a != "-" && b > 0) printf "%.2f", a / b; else print "-" }'; }
kb() { awk -v b="$1" 'BEGIN { if (b == "-") print "-"; else printf "%.1f KB", b / 1024 }'; }
# V OP GOAL: "yes" or "no" (or "-" when not measured)
met() { awk -v v="$1" -v g="$3" -v op="$2" 'BEGIN { if (v == "-" || v == "") { print "-"; exit }
	ok = op == ">=" ? v + 0 >= g : op == "<=" ? v + 0 <= g : v + 0 < g
	print ok ? "yes" : "**no**" }'; }
max() { awk -v a="$1" -v b="$2" -v c="${3:--}" 'BEGIN { m = "-"
	if (a != "-") m = a; if (b != "-" && (m == "-" || b + 0 > m)) m = b
	if (c != "-" && (m == "-" || c + 0 > m)) m = c; print m }'; }
one=$((orgs / 4))

echo
echo "| what | Alliance | baseline | ratio | goal | met |"
echo "|---|---|---|---|---|---|"
for f in index forums me officer members; do
	case $f in
	index) what="\`/\`"; goal=1.0 ;;
	forums) what="\`/forums\`"; goal=1.0 ;;
	me) what="\`/me\` (member)"; goal=0.5 ;;
	officer) what="\`/officer\` (officer)"; goal=0.5 ;;
	members) what="\`/members\`, $orgs organisations"; goal=0.5 ;;
	esac
	r=$(ratio "$(get "a_${f}_rps")" "$(get "n_${f}_rps")")
	echo "| $what, $(kb "$(get "size_$f")") | $(get "a_${f}_rps") req/s, p99 $(get "a_${f}_p99") ms, CPU $(get "a_${f}_cpu") µs/req | nginx, same bytes: $(get "n_${f}_rps") req/s, p99 $(get "n_${f}_p99") ms, CPU $(get "n_${f}_cpu") µs/req | ${r}× (CPU $(ratio "$(get "n_${f}_cpu")" "$(get "a_${f}_cpu")")×) | ≥ ${goal}× | $(met "$r" ">=" "$goal") |"
done
r=$(get vote1_ratio)
echo "| ballot by HTTP POST, 1 client ($one a round, medians of $(get vote1_rounds) rounds) | $(get vote1_ms) ms/vote, p50 $(get vote1_p50) ms, p95 $(get vote1_p95) ms, p99 $(get vote1_p99) ms; server CPU $(get vote1_cpu) ms | one-row FULL commit (alternated): $(get commit_ms) ms, CPU $(get commit_cpu) ms | ${r}× the cost (each round's ballots over its raw commits, median; $(get vote1_ratio_lo)–$(get vote1_ratio_hi)×, at or under 2× in $(get vote1_ratio_met) rounds; CPU $(ratio "$(get vote1_cpu)" "$(get commit_cpu)")×) | ≤ 2× | $(met "$r" "<=" 2) |"
echo "| same, 16 clients ($((orgs - one)) ballots a burst, median of bursts) | p50 $(get vote16_p50) ms, p95 $(get vote16_p95) ms, p99 $(get vote16_p99) ms | — | — | p99 < 50 ms | $(met "$(get vote16_p99)" "<" 50) |"
echo "| the server's CPU per ballot: 1 client / 16 clients | $(get vote1_cpu) / $(get vote16_cpu) ms | — | — | — | — |"
all=$(awk -v a="$(get vote1_wall)" -v b="$(get vote16_wall)" 'BEGIN { if (a == "-" || b == "-") print "-"; else printf "%.1f", (a + b) / 1000 }')
p95=$(max "$(get vote1_p95)" "$(get vote16_p95)")
echo "| $orgs ballots cast (1 client, then 16) | $all s in all, p95 $p95 ms | — | — | < 5 min, p95 < 50 ms | $(met "$all" "<" 300) / $(met "$p95" "<" 50) |"
echo "| ballots refused (must be 0) | $(get vote1_refused) + $(get vote16_refused) | — | — | 0 | $(met "$(get vote16_refused)" "<=" 0) |"
echo "| ballots answered but not recorded (must be 0) | $(get vote_missing) | — | — | 0 | $(met "$(get vote_missing)" "<=" 0) |"
for k in close count; do
	case $k in
	close) what="\`decision close\`, $votes votes" ;;
	count) what="\`election count\`, $votes ballots" ;;
	esac
	r=$(ratio "$(get "${k}_cpu")" "$(get "raw${k}_cpu")")
	echo "| $what | $(get "${k}_s") s (CPU $(get "${k}_cpu") s), $(get "${k}_mb") MB | \`GROUP BY\`: $(get "raw${k}_s") s (CPU $(get "raw${k}_cpu") s), $(get "raw${k}_mb") MB | CPU ${r}× (wall $(ratio "$(get "${k}_s")" "$(get "raw${k}_s")")×) | ≤ 2×, flat memory (≤ 32 MB) | $(met "$r" "<=" 2) / $(met "$(get "${k}_mb")" "<=" 32) |"
done
echo "| \`org import\`, $imports rows | $(get import_s) s (CPU $(get import_cpu) s), $(get import_mb) MB | — | — | < 2 s, linear | $(met "$(get import_s)" "<" 2) |"
echo "| \`org import\`, $orgs rows (the voting arrangement) | $(get orgs_import_s) s (CPU $(get orgs_import_cpu) s) | — | — | linear | — |"
rss=$(max "$(get rss_pages)" "$(get rss_signins)" "$(get rss_votes)")
echo "| server peak RSS: pages / + 16 sign-ins / ballots ($orgs organisations) | $(get rss_pages) / $(get rss_signins) / $(get rss_votes) MB | — | — | ≤ 32 MB | $(met "$rss" "<=" 32) |"
echo
echo "load (1 min) during the pages: $(get load_pages); during the ballots: $(get load_votes)"
