#!/bin/sh
# Every column map of the store is listed, so that the start-up check
# (store_maps_check) holds it to its statement: scripts/maps.sh, run by
# the build, passes on the tree as it is and fails, naming what is left
# out, when a map is missing from its file's table, when a file's table
# is missing from store_maps[], or when a file has maps but no table.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
src="$T_DIR/store"

# planted NAME WANT: scripts/maps.sh on $src fails, saying WANT.
planted() {
	if sh "$top/scripts/maps.sh" "$src/colmap.c" "$src"/*.c \
	    >"$T_DIR/out" 2>"$T_DIR/err"; then
		fail "$1" "passed; wanted it to say: $2"
	elif grep -qF -- "$2" "$T_DIR/err"; then
		pass "$1"
	else
		fail "$1" "said: $(cat "$T_DIR/err")" "wanted: $2"
	fi
}
# copy: a fresh copy of src/store/'s C files and colmap.h in $src.
copy() { rm -rf "$src"; mkdir -p "$src"; cp "$top"/src/store/*.c "$top"/src/store/colmap.h "$src"/; }

copy
if sh "$top/scripts/maps.sh" "$src/colmap.c" "$src"/*.c 2>"$T_DIR/err"; then
	pass "every map of the store is listed"
else
	fail "every map of the store is listed" "$(cat "$T_DIR/err")"
fi

copy
sed -i '/{ STMT_MEET_INVITEES, &invitee_map },/d' "$src/meeting.c"
planted "a map left out of its file's table is named" \
    "meeting.c:$(grep -n '^static const struct map invitee_map' "$src/meeting.c" | cut -d: -f1): map invitee_map is in no map_check table"

copy
sed -i '/{ STMT_PLACE_ELECTORS, &elector_map },/d' "$src/agree.c"
planted "a map made by a macro of colmap.h, left out, is named" \
    "map elector_map is in no map_check table"

copy
sed -i '/&store_mail_maps,/d' "$src/colmap.c"
planted "a file's table left out of store_maps[] is named" \
    "mail.c:$(grep -n '^const struct map_checks store_mail_maps' "$src/mail.c" | cut -d: -f1): store_mail_maps is not in store_maps[]"

copy
sed -i '/^const struct map_checks store_ballot_maps/d' "$src/ballot.c"
planted "a file with maps and no table is named" \
    "ballot.c: defines maps but exports no"

copy
cat >>"$src/audit.c" <<'C'
static const struct col extra_cols[] = { I(rec_audit, seq) };
static const struct map extra_map = MAP(rec_audit, extra_cols);
C
planted "a new map nobody listed is named" \
    "map extra_map is in no map_check table"

finish
