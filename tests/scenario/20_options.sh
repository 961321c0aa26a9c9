#!/bin/sh
# The command line's options and arguments are checked by their kind
# (an id, a count, a year, a date) when the line is read, before the
# database is opened: a value refused is named with what is accepted,
# exit 1, and nothing changes.  Each of these was read by atoi or
# strtoll before, which took "2x" for 2 (or for 0) and went ahead.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2026-04-01

ok "init the Framework" init --template medway-swale-framework
ok "Medway Council" org add --name "Medway Council" --sector public
ok "a contact" contact add --organisation "Medway Council" --name "Sam Point" \
	--area "Procurement: social care"

refused "a count that is not one is named" 1 \
	"^alliance: --seats '2x' is not accepted; expected a whole number from 1 to 2147483647" \
	position add --slug medway-place --section "Place Boards" --name "Medway Place Board" \
	--method appointed --seats 2x
refused "a milestone's number that is not one is named" 1 \
	"^alliance: milestone '1x' is not accepted; expected its number" milestone met 1x
refused "a contact's number that is not one is named" 1 \
	"^alliance: contact '1 ' is not accepted; expected its number" contact end "1 "
refused "an action's number with a sign is named" 1 \
	"^alliance: plan '\\+1' is not accepted; expected its number" plan progress +1 --progress "Begun"
refused "a message's number that is not one is named" 1 \
	"^alliance: message '1x' is not accepted; expected its number" mail retry 1x
refused "a year that is not one is named" 1 \
	"^alliance: --year '2026x' is not accepted; expected a year such as 2026" funding list --year 2026x
refused "a date that is not a day is named" 1 \
	"^alliance: --due '2026-02-30' is not accepted; expected a date as YYYY-MM-DD" \
	plan add --organisation "Medway Council" --commitment "3.3.1" --action "Publish the plan" \
	--owner "Sam Point" --due 2026-02-30
refused "a stage that is not one is named" 1 \
	"^alliance: --to '2nd' is not accepted; expected a whole number from 1 to 9" dispute stage 1 --to 2nd
refused "a required option is named" 1 "^alliance: --to is missing; expected a whole number from 1 to 9" \
	dispute stage 1
refused "threads out of range" 1 "^alliance: --threads '65' is not accepted; expected a whole number from 1 to 64" \
	serve --threads 65
# The same, right, are accepted.
ok "a milestone met" milestone met 1 --date 2026-03-31
ok "a contact ended" contact end 1
finish
