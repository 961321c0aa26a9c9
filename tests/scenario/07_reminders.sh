#!/bin/sh
# Reminders that keep a vote or a notice from lapsing unnoticed: a poll
# or ballot closing within two days, to each organisation that may vote
# and has not (SA-8.4, SA-E2); a notice period ending within two weeks
# (SA-14.1).  Each goes once; a dry run shows only what is still to go.
. "$(dirname "$0")/lib.sh"
ALLIANCE="$ALLIANCE" sh "$(dirname "$0")/../web/fixture.sh" "$DB"

export ALLIANCE_NOW=2025-06-26T12:00
ok "three days before the close" remind --dry-run --json
same "SA-8.4 no reminder while the close is more than two days away" \
	"$(jsonv "len([m for m in j if m['kind'] in ('remind-poll','remind-ballot')])")" "0"
ok "ww votes in the election" election vote 1 --organisation ww --candidate "Lead cc"

export ALLIANCE_NOW=2025-06-29T12:00
ok "a dry run, a day and a bit before the close" remind --dry-run --json
same "SA-E2.2 the ballot reminder goes to those who have not voted" \
	"$(jsonv "sorted(m['to'] for m in j if m['kind']=='remind-ballot')")" \
	"['Brewood Befrienders', 'Codsall Carers', 'Kinver Youth Trust', 'Penkridge Pantry', 'Support Staffordshire']"
same "SA-8.4 the poll reminder goes to every voter not yet voted" \
	"$(jsonv "len([m for m in j if m['kind']=='remind-poll'])")" "6"
same "SA-3.1-assoc SA-3.2 no reminder to the associate or the unsigned member" \
	"$(jsonv "[m for m in j if 'Integrated Care Board' in m['to'] or 'Burton' in m['to']]")" "[]"
same "a dry run queues nothing" "$(sqlite3 "$DB" "select count(*) from outbox where kind like 'remind-%'")" "0"
ok "remind" remind --json
same "queued to each organisation's people" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'remind-ballot' and recipient = 'lead@cc.example.org'")" "1"
has "the message names the vote and its close" "the ballot closes 2025-06-30T17:00"
ok "remind again an hour later" remind --json
same "each reminder is sent once" "$(jsonv "len(j)")" "0"
ok "a dry run after they went" remind --dry-run --json
same "a dry run lists nothing already sent" "$(jsonv "len(j)")" "0"

# SA-14.1: notice given; its end comes near.
export ALLIANCE_TODAY=2025-07-01; unset ALLIANCE_NOW
ok "Kinver gives notice" member resign --group southwest --organisation kyt --date 2025-07-01 --reason "Merging with another charity"
run member show --group southwest --organisation kyt --json
END=$(jsonv "j['status_until']")
ok "a month before the end" remind --dry-run --json
same "SA-14.1 no notice reminder a month ahead" "$(jsonv "[m for m in j if m['kind']=='remind-notice']")" "[]"
export ALLIANCE_TODAY=$(python3 -c "import datetime,sys; print(datetime.date.fromisoformat(sys.argv[1]) - datetime.timedelta(days=10))" "$END")
ok "ten days before the end" remind --json
same "SA-14.1 the organisation is told in writing its notice ends" \
	"$(jsonv "[m['to'] for m in j if m['kind']=='remind-notice']")" "['Kinver Youth Trust']"
same "to its people" "$(sqlite3 "$DB" "select count(*) from outbox where kind = 'remind-notice' and recipient = 'lead@kyt.example.org'")" "1"

# Business of the meeting belongs to the group's members.
refused "SA-10.2 only a member of the group asks for an item" 1 "Leek Lions is not a member" \
	agenda add 1 --title "Our item" --requested-by ll
refused "SA-3.1-assoc an associate declares no interest in VCSE-only business" 1 "for VCSE members only" \
	meeting interest 1 --item 9 --organisation "Staffordshire and Stoke-on-Trent Integrated Care Board" --nature "A bidder"
ok "SA-11.2 a full member may" meeting interest 1 --item 9 --organisation kyt --nature "A partner in the bid"

# Apologies are acknowledged in writing, once.
export ALLIANCE_TODAY=2025-07-10; unset ALLIANCE_NOW
ok "bb sends apologies" meeting attend 1 --organisation bb --as apologies
ok "and again" meeting attend 1 --organisation bb --as apologies
same "the apologies are acknowledged to bb's people, once" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'apologies' and recipient = 'lead@bb.example.org'")" "1"
ok "present is not acknowledged" meeting attend 1 --organisation pp --as present
same "no acknowledgement for attendance" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'apologies' and recipient = 'lead@pp.example.org'")" "0"

# A person's choice of a daily digest: news waits, deadlines do not.
export ALLIANCE_TODAY=2025-07-15; unset ALLIANCE_NOW
refused "the choice is yes or no" 1 "expected yes" person digest "Lead cc" sometimes
ok "Lead cc chooses the digest" person digest "Lead cc" yes
ok "notes of the meeting" meeting notes 1 --text "The forum met and agreed its plan."
ok "SA-10.3 publish the notes to all members" meeting publish 1
same "the notes to Lead cc are held for the digest" \
	"$(sqlite3 "$DB" "select status || digest from outbox where kind = 'notes' and recipient = 'lead@cc.example.org'")" "queued1"
same "the notes to others go at once" \
	"$(sqlite3 "$DB" "select status || digest from outbox where kind = 'notes' and recipient = 'lead@ww.example.org'")" "queued0"
ok "a letter is never held" member suspend --group southwest --organisation cc --reason "Test of a letter"
same "SA-13.1 the letter to Lead cc goes at once" \
	"$(sqlite3 "$DB" "select count(*) from outbox where recipient = 'lead@cc.example.org' and digest = 0 and kind <> 'notes' and kind like 'member%'")" "1"
ok "make the digests" mail digest --json
same "one digest, for the one person who chose it" "$(jsonv "j['digests']")" "1"
same "the digest carries the notes message" \
	"$(sqlite3 "$DB" "select count(*) from outbox where kind = 'digest' and recipient = 'lead@cc.example.org' and body_text like '%The notes of the meeting of%'")" "1"
same "the held message is marked as sent in the digest" \
	"$(sqlite3 "$DB" "select status from outbox where kind = 'notes' and recipient = 'lead@cc.example.org'")" "sent"
ok "the digest again the same day" mail digest --json
same "one digest a day" "$(jsonv "j['digests']")" "0"
finish
