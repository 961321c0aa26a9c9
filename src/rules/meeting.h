/*
 * Meeting rules: notice and notes deadlines, the mandatory agenda, the
 * pace of meetings, absences, nomination windows, chair terms and the
 * alternating chair.  Pure functions of the constitution and the facts:
 * every date is a day number (date.h) passed in by the caller.
 */
#ifndef RULES_MEETING_H
#define RULES_MEETING_H

#include <stddef.h>

#include "constitution.h"

/* How an organisation attended a meeting (SA-6.3, MC-absence). */
enum attend {
	AT_PRESENT,		/* its usual senior representative came */
	AT_APOLOGIES,		/* absent, with apologies sent */
	AT_ABSENT,		/* absent without apology */
	AT_DEPUTY,		/* a deputy came in its place */
	AT__MAX
};
extern const char *const rules_attend_names[AT__MAX];
/* Returns the value, or -1 if name is not one. */
int rules_attend_parse(const char *name);

/*
 * SA-10.2: the last day the agenda of a meeting on meeting_day may be
 * circulated: agenda.notice_days before it.
 */
int rules_agenda_due(const struct constitution *, int meeting_day);

/*
 * SA-10.2: 1 when an agenda circulated on day, or still not circulated
 * on day, is late; else 0 (always 0 when agenda.notice_days = none).
 */
int rules_agenda_late(const struct constitution *, int meeting_day,
    int day);

/*
 * SA-10.3: the last day the notes of a meeting on meeting_day may go
 * to members: notes.due_days after it.
 */
int rules_notes_due(const struct constitution *, int meeting_day);

/*
 * SA-10.3: 1 when notes sent on day, or still not sent on day, are
 * late (to be flagged); else 0 (always 0 when notes.due_days = none).
 */
int rules_notes_late(const struct constitution *, int meeting_day,
    int day);

/*
 * SA-7.1: the day by which a group recognised on recognised holds its
 * first chair election: chair.first_election_months later.  Returns 0
 * and sets *due, or -1 when no such period is set.
 */
int rules_first_election_due(const struct constitution *, int recognised,
    int *due);

/*
 * SA-6.4: which entries of the list agenda.mandatory are not among
 * items[0..n).  Items match case-insensitively, ignoring spaces around
 * them.  Writes up to max missing entries, in the constitution's order,
 * into missing (pointers into the constitution; may be NULL if max is
 * 0) and returns how many are missing in all.  An agenda with any
 * missing cannot be circulated.  NULL items are skipped.
 */
size_t rules_agenda_missing(const struct constitution *,
    const char *const *items, size_t n, const char **missing, size_t max);

/* The pace of a group's meetings, filled by rules_pace(). */
struct pace_report {
	int	min_per_year;	/* meetings.min_per_year (0: none set) */
	int	held;		/* meetings this year on or before today */
	int	planned;	/* meetings this year after today */
	int	expected;	/* meetings the pace asks for by today */
	int	behind;		/* held < expected (SA-6.2) */
	int	max_gap;	/* meetings.max_gap_days (0: none set) */
	int	gap;		/* longest gap found, in days (0: none) */
	int	gap_from;	/* day the longest gap starts */
	int	gap_to;		/* day it ends: a meeting, or today */
	int	gap_open;	/* the gap runs to today: nothing after it */
	int	gap_exceeded;	/* gap > max_gap (MC-meet, MC-mou) */
};

/*
 * SA-6.2, SC-quarterly, MC-meet, MC-mou: is a group of this kind
 * meeting often enough?
 *
 * days[0..n) are its meetings, held or planned, in any order.  since is
 * the first day under review (the group's recognition, or the start of
 * the history passed): meetings before it are ignored.
 *
 * The yearly minimum is checked pro rata for the calendar year of
 * today, from 1 January or since, whichever is later: by today the
 * group should have held floor(min * elapsed days / days in the year)
 * meetings, so that on 31 December it must have held the minimum.
 *
 * The gap runs from since to the first meeting, between meetings
 * (planned ones included: a plan can breach the rule), and from the
 * last meeting to today when nothing is held or planned after it.
 *
 * Fills *out.  Returns 1 when the group is behind or a gap exceeds the
 * maximum (flag it), else 0.
 */
int rules_pace(const struct constitution *, enum group_kind,
    const int *days, size_t n, int since, int today,
    struct pace_report *out);

/*
 * SA-6.3, MC-absence: seq[0..n) is one member's attendance at a
 * group's meetings, oldest first.  Counts the absences without apology
 * at its end (apologies, presence or a deputy end the run) into *run
 * (may be NULL).  Returns 1 when the run reaches
 * attendance.absences_flag (0: never), else 0.
 */
int rules_absence_flag(const struct constitution *, const enum attend *seq,
    size_t n, int *run);

/*
 * SA-6.3: as rules_absence_flag(), but a member is absent only from
 * meetings held since it joined: days[i] is the day of seq[i], and
 * meetings before joined (a day number) are not counted.
 */
int rules_absence_flag_since(const struct constitution *,
    const enum attend *seq, const int *days, size_t n, int joined,
    int *run);

/*
 * SA-6.3: "the same senior representative each time".  before and now
 * are who came for an organisation at two meetings in a row (as
 * recorded: "Name" or "Name, Name"); the first named is its senior
 * representative.  Returns 1 when both name one and it is not the same
 * person (spaces and case aside), else 0 (nothing to compare is no
 * change).
 */
int rules_representative_changed(const char *before, const char *now);

/*
 * SA-9.3: a nomination window opening on open_day and closing on
 * close_day must be at least nomination.window_days long, unless a
 * reason for a shorter one is recorded (reason_given).  Returns 0 if it
 * is acceptable; else -1 with why filled.  A window that closes on or
 * before the day it opens is refused whatever the reason.
 */
int rules_nomination_window(const struct constitution *, int open_day,
    int close_day, int reason_given, char *why, size_t whysz);

/* The facts of a nomination for a representative's position (SA-9.3). */
struct nomination_facts {
	const char	*details;	/* nominee's details */
	const char	*why;		/* why they want the role */
	const char	*skills;	/* skills, knowledge and experience */
	const char	*interests;	/* declarations of interest ("none"
					   is an answer; blank is not) */
	int		 guidance;	/* declares to abide by the
					   Representative Guidance */
};

/*
 * SA-9.3: returns NULL when the nomination has every field of
 * nomination.fields, else a description of the first missing one in
 * the order details, why, skills, interests, guidance ("skills,
 * knowledge and experience"...).  Blank text is missing.
 */
const char *rules_nomination_missing(const struct constitution *,
    const struct nomination_facts *);

/*
 * SA-7.1, SA-7.2: the last day of a chair's term that starts on start.
 * A term is chair.term_years long, ending the day before its
 * anniversary.  When a chair is elected mid-term (original_end not NULL
 * and *original_end on or after start) and
 * chair.midterm_ends_original = yes, the term ends with the original
 * term instead.  Returns 0 and sets *end, or -1 when no term is set
 * (chair.term_years = 0).
 */
int rules_chair_term_end(const struct constitution *, int start,
    const int *original_end, int *end);

/*
 * MC-mou: when meetings.chair.KIND = alternate-sides, a meeting's chair
 * comes from the other side (membership side label, "VCSE" or "MLCO")
 * than the previous meeting's chair.  previous_side is NULL for the
 * first meeting.  Labels compare case-insensitively.  Returns 0 when
 * the chair may chair this meeting (always, for other settings); else
 * -1 with why filled.
 */
/* Who chairs an agenda item (SA-7.3, SA-E3.6). */
enum item_chair {
	ITEM_CHAIR,		/* the meeting's chair */
	ITEM_VICE_CHAIR,	/* the chair is conflicted: the vice-chair */
	ITEM_MEMBERS_CHOOSE	/* both conflicted or no vice-chair: the
				   members present choose one for the item */
};
/*
 * SA-E3.6: a chair with a conflict of interest on an item gives way to
 * the vice-chair (SA-7.3), unless the vice-chair is conflicted too or
 * there is none.
 */
enum item_chair rules_item_chair(int chair_conflicted, int have_vice,
    int vice_conflicted);

int rules_mou_chair_alternates(const struct constitution *,
    enum group_kind, const char *previous_side, const char *this_side,
    char *why, size_t whysz);

/*
 * SA-11.1, SA-3.1-assoc: who reads a meeting, as far as its visibility
 * goes.  The caller decides which one the reader is.
 */
enum meeting_reader {
	READER_PUBLIC,		/* anyone: not of the group, or a member
				   suspended or still pending */
	READER_MEMBER,		/* a member in good standing who takes no
				   part in VCSE-only business: an associate,
				   or a token that speaks for no
				   organisation */
	READER_FULL_MEMBER,	/* a full member in good standing */
	READER_RUNS		/* the group's chair or vice-chair, an
				   officer, or the command line: they write
				   the agenda and the notes */
};

/* What of a meeting a reader sees. */
struct meeting_sight {
	int	notes;		/* the notes' text */
	int	agenda;		/* the agenda's items */
	int	vcse_items;	/* the VCSE-only items among them, and the
				   interests declared in them */
	int	attendance;	/* who attends, and their apologies */
	int	interests;	/* the register of interests */
	int	link;		/* the online link to join */
};

/*
 * SA-11.1: draft notes are never shown (only those who write them see
 * them); published notes are shown to members, and to everyone when
 * published for the public; the agenda, once circulated, attendance,
 * the register of interests and the link to join are for members.
 * SA-3.1-assoc: VCSE-only items are never shown to associates or the
 * public.  notes: the meeting has notes written; published: they are
 * published; public: published for the public; circulated: the agenda
 * went out.  Fills *out.
 */
void rules_meeting_sight(enum meeting_reader, int notes, int published,
    int public, int circulated, struct meeting_sight *out);

#endif
