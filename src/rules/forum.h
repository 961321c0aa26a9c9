/*
 * Rules of forums, their chairs and representatives, and of an
 * agreement's term: a new group's chair chosen at its first meeting
 * (SA-7.2), a representative's term (SA-9.1), stepping back for a
 * conflict (SA-D2.8), engagement with induction and training
 * (SA-D3.6), and an agreement past its term (SC-term).  Pure functions
 * of the constitution and the facts: days are day numbers (date.h)
 * passed in, -1 where there is none.
 */
#ifndef RULES_FORUM_H
#define RULES_FORUM_H

#include <stddef.h>

#include "constitution.h"

/* A chair's time in office: first and last day (-1: still in office). */
struct chair_term {
	int	start;
	int	end;
	int	interim;	/* an interim chair, not selected */
};

/*
 * SA-7.2: a group whose chair is chosen at its first meeting
 * (chair.selection.KIND = first-meeting) has, by the end of the day of
 * its first meeting (first, -1: none held yet), a chair selected by
 * its members: a term, not interim, begun on or before that day and
 * not ended before it.  Returns 1 when the group held its first
 * meeting without one (to be flagged), else 0.
 */
int rules_first_meeting_chair(const struct constitution *, int kind,
    int first, const struct chair_term *terms, size_t n);

/*
 * SA-9.1, App. C: a representative holds the seat from start to end of
 * the term of office (either -1: not stated).  Returns 1 on today
 * within it, 0 once the term has ended or before it starts.
 */
int rules_term_holds(int start, int end, int today);

/*
 * SA-D2.8: a representative with a conflict steps back from the
 * position from the day from, until the day until (-1: open) or for
 * good (permanent).  Returns 1 while stepped back on today.
 */
int rules_stepped_back(int from, int until, int permanent, int today);

/*
 * SA-D3.6: attended[0..n) says, oldest first, whether a representative
 * came to each induction or training session they were invited to
 * that has taken place.  Counts the sessions missed at its end into
 * *run (may be NULL); returns 1 when the run reaches
 * representatives.training_missed_flag ("persistent non-engagement";
 * none or 0: never), else 0.
 */
int rules_training_disengaged(const struct constitution *,
    const int *attended, size_t n, int *run);

/*
 * SC-term: an agreement that runs to arrangement.term_ends (none: no
 * term) lapses the day after, unless renewed: renewed_until is the last
 * day of the latest recorded renewal (-1: none; 0 or more with no end:
 * pass INT_MAX).  Returns 1 when lapsed on today, with *ended the last
 * day of the term or renewal that ran out; else 0.
 */
int rules_term_lapsed(const struct constitution *, int renewed_until,
    int today, int *ended);

/*
 * SA-9.1: an elected seat is filled by election "and by no other
 * means".  Returns 1 when a holder of an elected position (elected) is
 * neither interim, nor chosen by an announced election of it
 * (by_election), nor appointed with a recorded reason (reason): to be
 * flagged.  Else 0.
 */
int rules_elected_seat_unelected(int elected, int interim, int by_election,
    int reason);

/*
 * SA-9.2: which forum elects an elected position is settled when a
 * forum is named (has_group); where it is not, the co-ordination group
 * decides.  Returns 1 when an elected position has none (to be
 * flagged), else 0.
 */
int rules_electing_forum_unsettled(int elected, int has_group);

/*
 * SA-5.8: the co-ordination group is the local forums' chairs (their
 * organisations) and the infrastructure organisations; it may co-opt
 * others.  A member of it is in place when it is a forum chair's
 * organisation (chair_org), an infrastructure organisation (infra),
 * co-opted (coopted), or an associate (statutory partners attend as
 * associates, SA-3.1-assoc).  Returns 1 when a member is none of these
 * (to be flagged), else 0.
 */
int rules_coordination_member_out_of_place(int chair_org, int infra,
    int coopted, int associate);

/* How a group came to be (SA-5.4, SA-5.5). */
enum origin_gap {
	ORIGIN_OK,
	ORIGIN_JOINT_FORUMS,	/* a joint forum names fewer than two */
	ORIGIN_NOT_CONVENED	/* a system-level thematic forum or task
				   group without its joint agreement */
};

/*
 * SA-5.4: local forums form thematic or task groups, and joint forums
 * across them: a joint forum names the forums that formed it (forums,
 * two or more).  SA-5.5: a thematic forum or task group no forum
 * formed (forums 0) is system-level, convened by joint agreement of the
 * local forums and the co-ordination group (convened).  kind is the
 * group's kind; others are not judged.
 */
enum origin_gap rules_group_origin(int kind, int forums, int convened);

/*
 * SC-champion, TP-5: whether a partner of sector ("vcse", "public",
 * "private") is asked for the named contact of kind (partners.
 * named_contact): every Compact signatory names a Champion; the PACT's
 * named officers are sought "from each Health and Wellbeing Board
 * partner agency", not from the sector's own bodies.  Returns 1 when
 * asked.
 */
int rules_named_contact_asked(const char *kind, const char *sector);

/* SA-D2.2, SA-D2.3: a decision on an invitation to send a
 * representative. */
enum invitation_check {
	INVITE_OK,
	INVITE_NO_PERSON,	/* accepted, but by whom is not said */
	INVITE_NO_REASON,	/* declined, with no reason */
	INVITE_TOKENISTIC	/* accepted, though deemed tokenistic */
};

/*
 * SA-D2.2: the Alliance decides whether and by whom it is represented:
 * accepted names the person, declined gives the reason.  SA-D2.3:
 * representation deemed tokenistic is not accepted (the tokenism is
 * then the reason).
 */
enum invitation_check rules_invitation_decision(int accepted,
    int person_given, int reason_given, int tokenistic);

/*
 * SA-5.7: the co-ordination group passes a request for consultation,
 * engagement or action down to the local forums wherever it can
 * (subsidiarity).  A routing is in order when it goes to a local forum
 * (to_local_forum), or is kept with a reason (kept_reason).  Returns 1
 * when it is neither: 0 when in order.
 */
int rules_request_misrouted(int to_local_forum, int kept_reason);

#endif
