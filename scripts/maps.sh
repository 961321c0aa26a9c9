#!/bin/sh
# Every column map of the store is held to its statement at start-up
# (store_maps_check), but only if it is listed: each map a file of
# src/store/ defines (static const struct map NAME = ...) must be in that
# file's map_check table, and the file's table (const struct map_checks
# store_X_maps) in store_maps[] of colmap.c.  Maps made by a file's own
# macro (#define M(..., m, ...) static const struct map m = ...), of its
# own or of colmap.h (beside colmap.c), count as defined where M is used.  A map that only clears records, whose last
# comment before it says it is "not a statement's", is exempt.  Prints each one left
# out, by file and line, and fails; prints nothing when all are listed.
# usage: sh scripts/maps.sh [colmap.c file.c ...]  (default src/store/)
set -eu
if [ $# -eq 0 ]; then
	cd "$(dirname "$0")/.."
	set -- src/store/colmap.c src/store/*.c
fi
list=$1
shift
hdr=$(dirname "$list")/colmap.h
awk -v list="$list" '
function fail(msg) { print msg > "/dev/stderr"; bad = 1 }
# store_maps[] of colmap.c: the tables listed.
FILENAME == list {
	if ($0 ~ /store_maps\[\] = \{/) { inlist = 1; next }
	if (inlist && $0 ~ /^\};/) inlist = 0
	if (inlist && match($0, /&store_[a-z_0-9]+_maps/))
		listed[substr($0, RSTART + 1, RLENGTH - 1)] = 1
	next
}
function define(name, line) {
	def[FILENAME, name] = line
	defs[FILENAME] = defs[FILENAME] " " name
}
# The macros of colmap.h serve every file, the others their own file.
FNR == 1 && FILENAME ~ /\.h$/ { header = 1; next }
FNR == 1 {
	header = 0; files[++nf] = FILENAME; lastc = ""
	for (m in mac) if (!(m in shared)) delete mac[m]
}
# A macro that defines a map: which of its parameters names it.
/^#define [A-Z_0-9]+\(/ {
	mname = $2; sub(/\(.*/, "", mname)
	p = $0; sub(/^[^(]*\(/, "", p); sub(/\).*/, "", p)
	gsub(/ /, "", p); np = split(p, params, ",")
	inmac = 1
}
inmac && /static const struct map [a-z_0-9]+ = / {
	for (k = 1; k <= np; k++)
		if (params[k] == $5) {
			mac[mname] = k
			if (header) shared[mname] = 1
		}
}
inmac { if ($0 !~ /\\$/) inmac = 0; next }
header { next }
# A use of such a macro (its arguments may run over lines).
pending != "" { use = use $0 }
pending == "" && match($0, /^[A-Z_0-9]+\(/) &&
    (substr($0, 1, RLENGTH - 1) in mac) {
	pending = substr($0, 1, RLENGTH - 1); use = $0; useline = FNR
}
pending != "" && use ~ /\)/ {
	a = use; sub(/^[^(]*\(/, "", a); sub(/\).*/, "", a)
	gsub(/[ \t]/, "", a); split(a, args, ",")
	define(args[mac[pending]], useline)
	pending = ""
}
/\/\*/ { lastc = $0 }
/^static const struct map [a-z_0-9]+ = / {
	if (lastc !~ /not a statement.s/) define($5, FNR)
	lastc = ""
}
/^static const struct map_check [a-z_0-9]+\[\] = \{/ { intab = 1; next }
intab && /^\};/ { intab = 0 }
intab {
	s = $0
	while (match(s, /&[a-z_0-9]+/)) {
		checked[FILENAME, substr(s, RSTART + 1, RLENGTH - 1)] = 1
		s = substr(s, RSTART + RLENGTH)
	}
}
/^const struct map_checks store_[a-z_0-9]+_maps = / {
	tab[FILENAME] = $4
	tabline[FILENAME] = FNR
}
END {
	for (i = 1; i <= nf; i++) {
		f = files[i]
		n = split(defs[f], names, " ")
		for (k = 1; k <= n; k++)
			if (!((f, names[k]) in checked))
				fail(f ":" def[f, names[k]] ": map " names[k] \
				    " is in no map_check table of its file, " \
				    "so nothing holds it to its statement")
		if (n > 0 && !(f in tab))
			fail(f ": defines maps but exports no " \
			    "const struct map_checks store_..._maps")
		if ((f in tab) && !(tab[f] in listed))
			fail(f ":" tabline[f] ": " tab[f] " is not in " \
			    "store_maps[] of " list)
	}
	exit bad
}' "$list" "$hdr" "$@"
