#!/bin/sh
# Runs the README's example command lines in order, in a fresh folder,
# as a new user would type them, so that the README cannot drift from
# the program:
#
#	ALLIANCE=build/alliance sh tests/readme.sh [README.md]
#	VALGRIND="valgrind -q ..." ALLIANCE=... sh tests/readme.sh
#
# A command is an indented line starting with "./alliance" (with its
# "\" continuation lines).  It must succeed, unless its comment says
# "refused": then it must fail with a one-line error.  The indented lines
# that follow a command, up to a blank line, are what it prints: each
# must appear in its output.  Lines that need a running server (serve,
# curl) are left to the HTTP tests; "user password" is given a password
# on standard input.
set -u
: "${ALLIANCE:?set ALLIANCE to the alliance binary}"
readme=${1:-$(cd "$(dirname "$0")/.." && pwd)/README.md}
dir=$(mktemp -d) || exit 2
trap 'rm -rf "$dir"' EXIT
# $VALGRIND, when set, runs under every command: a tour of the command line.
printf '#!/bin/sh\nexec %s "%s" "$@"\n' "${VALGRIND:-}" "$ALLIANCE" >"$dir/alliance"
chmod +x "$dir/alliance"
unset ALLIANCE_TODAY ALLIANCE_ARRANGEMENT
export ALLIANCE_BY="README reader"

# Turn the README into records: "C<TAB>command" and "O<TAB>output line".
awk '
	/^    curl / { print "C\t" substr($0, 5); incmd = 0; next }
	/^    \.\/alliance / || cont {
		line = substr($0, 5)
		if (cont) cmd = cmd " " line; else cmd = line
		cont = (line ~ /\\$/)
		if (cont) { sub(/\\$/, "", cmd); next }
		print "C\t" cmd; incmd = 1; next
	}
	/^    [^ ]/ && incmd { print "O\t" substr($0, 5); next }
	{ incmd = 0 }
' "$readme" >"$dir/steps"

pass=0 failed=0
fail() { failed=$((failed + 1)); echo "not ok - $1"; shift; for l in "$@"; do echo "    $l"; done; }
last=""
while IFS="$(printf '\t')" read -r kind text; do
	if [ "$kind" = O ]; then
		[ -z "$last" ] && continue
		if cat "$dir/out" "$dir/err" | grep -Fq -- "$text"; then pass=$((pass + 1))
		else fail "output of: $last" "missing: $text" "got: $(head -c 600 "$dir/out")"; fi
		continue
	fi
	last=""
	case "$text" in *" serve"*|*"curl "*) continue ;; esac
	want=ok
	case "$text" in *"#"*refused*) want=refused ;; esac
	input=/dev/null
	case "$text" in *"user password"*) printf 'a long demo password\n' >"$dir/pw"; input="$dir/pw" ;; esac
	(cd "$dir" && sh -c "$text" <"$input" >"$dir/out" 2>"$dir/err")
	rc=$?
	if [ "$want" = ok ] && [ "$rc" -ne 0 ]; then
		fail "$text" "exit $rc: $(head -c 400 "$dir/err")"
	elif [ "$want" = refused ] && [ "$rc" -eq 0 ]; then
		fail "$text" "expected a refusal; it succeeded"
	elif [ "$want" = refused ] && [ "$(wc -l <"$dir/err")" -ne 1 ]; then
		fail "$text" "expected a one-line error: $(cat "$dir/err")"
	else
		pass=$((pass + 1)); echo "ok - $text"
	fi
	last=$text
done <"$dir/steps"
echo "readme: $pass passed, $failed failed"
[ "$failed" -eq 0 ]
