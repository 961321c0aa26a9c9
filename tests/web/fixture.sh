#!/bin/sh
# Builds the arrangement the web tests use, through the command line as
# an officer would: the Southwest forum with five signed VCSE members,
# one that has not signed yet, the ICB as an associate, an officer with
# a password, an open poll, and a chair election whose ballot is open on
# 2025-06-25.  usage: fixture.sh DB  (ALLIANCE: the binary)
set -eu
: "${ALLIANCE:?set ALLIANCE to the alliance binary}"
DB=$1
rm -f "$DB" "$DB-wal" "$DB-shm"
export ALLIANCE_BY="fixture officer"
a() { $ALLIANCE --db "$DB" "$@" >/dev/null; }
export ALLIANCE_TODAY=2025-06-02
a init --template staffordshire-alliance
for o in "Wombourne Wellbeing:ww" "Codsall Carers:cc" "Kinver Youth Trust:kyt" \
	"Penkridge Pantry:pp" "Brewood Befrienders:bb"; do
	name=${o%%:*}; s=${o##*:}
	a org add --name "$name" --short-name "$s" --sector vcse
	a member add --group southwest --organisation "$s" --kind full
	a member sign --organisation "$s" --name "Chief Officer of $s" --role "Chief Officer" --date 2025-06-02 --authority
	a person add --name "Lead $s" --email "lead@$s.example.org" --organisation "$s"
done
# Not signed yet: its membership waits for the declaration (SA-3.2).
a org add --name "Burton Community Trust" --short-name bct --sector vcse
a member add --group southwest --organisation bct --kind full
a person add --name "Asha Patel" --email asha@bct.example.org --organisation bct
# An associate (SA-3.1-assoc): reads, never votes.
a member add --group southwest --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --kind associate
a member sign --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --name "ICB Director" --role Director --date 2025-06-02 --authority
a person add --name "Ian Board" --email ian.board@example.org --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board"
# The secretariat's officer signs in with a password.
a person add --name "Olive Officer" --email olive@sus.example.org --organisation "Support Staffordshire"
a user add "Olive Officer" --officer
printf 'correct horse battery staple\n' | $ALLIANCE --db "$DB" user password "Olive Officer" >/dev/null
# Her second factor: a known TOTP secret, so that the tests can compute
# her codes (tests/web/totp.h, tests/browser/journeys.mjs).
a user totp "Olive Officer" --secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
# The chair of the forum signs in by link.
a office set --group southwest --person "Lead ww" --office chair --start 2025-06-02
# A chair election: nominations, then the ballot from 24 June.
a election open --group southwest --office vice-chair --closes 2025-06-23
for p in cc kyt; do
	a election nominate 1 --person "Lead $p" --details "Lead $p" --why "To serve the forum" \
		--skills "Chairing" --interests none --guidance
done
export ALLIANCE_TODAY=2025-06-24
a election ballot 1 --opens 2025-06-24T09:00 --closes 2025-06-30T17:00
a decision poll --group southwest --text "Endorse the winter letter" --opens 2025-06-24T09:00 --closes 2025-06-30T17:00
# A meeting for the chair to run.
a meeting schedule --group southwest --date 2025-07-14 --time 10:00 --end 12:00 --place "Codsall Village Hall"
# A VCSE-only item on it (SA-3.1-assoc).
a agenda add 1 --title "Sector position on the ICB bid" --vcse-only
# An organisation that is in no group.
a org add --name "Leek Lions" --short-name ll --sector vcse
a person add --name "Lena Lions" --email lena@ll.example.org --organisation ll
