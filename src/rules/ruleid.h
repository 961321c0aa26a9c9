/*
 * Whose rule is it?  Each arrangement is judged by its own agreement:
 * an obligation (a duty) is flagged with the id of the arrangement whose
 * agreement states it (RULES.md), and not at all where the agreement is
 * silent.  The arrangement is known by arrangement.kind.  Pure.
 */
#ifndef RULES_RULEID_H
#define RULES_RULEID_H

#include "constitution.h"

/* The obligations check, meetings, funding and the rest flag. */
enum duty {
	DUTY_PACE,		/* meetings a year */
	DUTY_GAP,		/* longest gap between meetings */
	DUTY_AGENDA_NOTICE,	/* the agenda before the meeting */
	DUTY_NOTES_DUE,		/* the notes after it */
	DUTY_ABSENCE,		/* absences without apology in a row */
	DUTY_CHAIR,		/* a group has a chair, within its term */
	DUTY_CHAIR_ALTERNATES,	/* chairing alternates between sides */
	DUTY_ITEM_CHAIR,	/* a conflicted chair gives way */
	DUTY_MEETING_CHAIR,	/* a meeting chaired by a full member */
	DUTY_SUSPENSION,	/* a member in breach may be suspended */
	DUTY_NOTICE,		/* a resigning member's notice */
	DUTY_VACANCY,		/* a representative's position is filled */
	DUTY_SOLE_REP,		/* no sole representatives */
	DUTY_DEPUTIES,		/* named deputies */
	DUTY_CONSULTATION,	/* consultation length and feedback */
	DUTY_FUNDING,		/* a contract's length */
	DUTY_GRANT,		/* a grant's length */
	DUTY_CONTACT,		/* each partner's named contact */
	DUTY_PLAN,		/* the implementation plan's actions */
	DUTY_MILESTONE,		/* dated milestones */
	DUTY_SELF_ASSESSMENT,	/* the yearly self-assessment, on time */
	DUTY_ASSESSMENT_RATED,	/* ...with every commitment rated */
	DUTY_REPRESENTATION,	/* representation on every partnership */
	DUTY_DISPUTE,		/* the first step of a dispute */
	DUTY_DISPUTE_DUE,	/* a dispute resolved in time */
	DUTY_SAME_REP,		/* the same senior representative */
	DUTY_FIRST_MEETING_CHAIR, /* a new group's chair at its first
				   meeting */
	DUTY_TERM_ENDED,	/* a representative's term has ended */
	DUTY_TRAINING,		/* engagement with induction, training */
	DUTY_AGREEMENT_TERM,	/* the agreement's term, or its renewal */
	DUTY_MEETING_REPORT,	/* a meeting's report to its parent body */
	DUTY_UNELECTED,		/* an elected seat filled otherwise */
	DUTY_ELECTING_FORUM,	/* which forum elects a position */
	DUTY_COORD_MAKEUP,	/* the co-ordination group's make-up */
	DUTY_JOINT_FORUMS,	/* a joint forum names its forums */
	DUTY_CONVENED,		/* a system-level forum's convening */
	/* Obligations the catalogue names (RULES.md, issue 16 part 4),
	 * owned here before check applies them. */
	DUTY_SUBSIDIARITY,	/* requests passed down to local forums */
	DUTY_TIMETABLE,		/* the local forums' timetables together */
	DUTY_INVITATION,	/* each invitation to send a representative */
	DUTY_REP_FEEDBACK,	/* representatives' feedback both ways */
	DUTY_BOARD_REPS,	/* board members consult and feed back */
	DUTY_WG_MAKEUP,		/* the MoU Working Group's make-up */
	DUTY_REMIT,		/* a forum acts within its place */
	DUTY__MAX
};

/*
 * The id to flag a breach of duty with, for a group of kind gkind (-1:
 * not about a group): the arrangement's own id when its agreement states
 * the duty.  Where it does not, and the constitution itself writes the
 * duty's setting (an officer chose to hold the arrangement to it), the
 * setting's name, so the flag says where the rule comes from.  Else
 * NULL: the rule is silent.
 */
const char *rules_id(const struct constitution *, enum duty, int gkind);

#endif
