/*
 * core's use cases for meetings and decisions (meeting.c,
 * meeting_view.c, meeting_chair.c, actions.c, ical.c, decision.c);
 * included by core.h, which has what they take.
 */
#ifndef CORE_MEETING_H
#define CORE_MEETING_H

/* --- meetings (meeting.c) --- */
struct meeting_in {
	const char	*group, *day, *starts, *ends, *place, *link;
};
/* Schedules a meeting; its agenda opens with the mandatory items of
 * the constitution (SA-6.4).  For the group's chair or vice-chair and
 * officers (SA-6.2, SA-7.3; else CORE_EPERM, field "runs"). */
int core_meeting_schedule(struct core *, const struct viewer *v,
    const struct meeting_in *, int64_t *id) WUR;
/*
 * A meeting as one viewer may see it (SA-11.1, SA-3.1-assoc): what
 * rules_meeting_sight() gives that reader, and nothing more.  m's notes
 * and link are NULL, and the lists empty, where the sight says no.
 * m.status is derived (held, minuted) and m.flags holds the late agenda
 * (SA-10.2) and notes (SA-10.3) and who chairs an item instead of the
 * chair (SA-E3.6, for readers of the interests).
 */
struct viewer;
struct meeting_view {
	struct rec_meeting		 m;
	enum meeting_reader		 reader;
	struct meeting_sight		 sight;
	struct rec_item_list		 agenda;	/* each item with
							   chaired_by */
	struct rec_attendance_list	 attendance;
	struct rec_interest_list	 interests;
};
void meeting_view_free(struct meeting_view *);
/* The meeting id, for viewer v; CORE_ENOTFOUND when there is none. */
int core_meeting_get(struct core *, const struct viewer *, int64_t id,
    struct meeting_view *out) WUR;
/* A group's meetings (NULL: all), each with its derived status, due
 * dates and flags; no notes, and no link (the list is the same for
 * every viewer). */
int core_meeting_list(struct core *, const char *group,
    struct rec_meeting_list *out) WUR;
/*
 * Who may take each action on a meeting is core's to say, for the
 * viewer v (meeting_who.c): "runs" actions are for the group's chair or
 * vice-chair and officers (SA-7.3; the command line passes
 * viewer_system); "member" actions for a member organisation of the
 * group acting for itself, and who runs the meeting.  A refusal is
 * CORE_ENOTFOUND, field "meeting", for no such meeting, or CORE_EPERM
 * with the sentence to show and field "runs" (only who runs the meeting
 * may), "member" (only the group's members, each for itself) or "item"
 * (not an item of the viewer's agenda, SA-3.1-assoc); nothing changed.
 */
/* Runs.  requested_by: the member organisation asking (SA-10.2). */
int core_agenda_add(struct core *, const struct viewer *v, int64_t meeting,
    const char *title, int vcse_only, const char *visibility,
    const char *requested_by) WUR;
/* Member, SA-10.2: v's organisation asks for an item (refused once the
 * agenda is circulated). */
int core_agenda_request(struct core *, const struct viewer *v,
    int64_t meeting, const char *title) WUR;
/* Runs. */
int core_agenda_remove(struct core *, const struct viewer *v,
    int64_t meeting, int pos) WUR;
/* Runs.  SA-6.4: refused while a mandatory item is missing; *flags
 * lists lateness (SA-10.2). */
int core_meeting_circulate(struct core *, const struct viewer *v,
    int64_t meeting, const char *date, struct check_flag_list *flags) WUR;
/* Runs.  SA-6.3: present, apologies, absent or deputy (with the chair's
 * prior agreement recorded).  One row per organisation. */
int core_meeting_attend(struct core *, const struct viewer *v,
    int64_t meeting, const char *org, const char *kind, const char *people,
    int deputy_agreed) WUR;
/* Member, SA-6.3: v's organisation sends its apologies (people: who
 * sent them, or NULL). */
int core_meeting_apologies(struct core *, const struct viewer *v,
    int64_t meeting, const char *people) WUR;
/* Member.  SA-11.2: a declaration of interest on item pos, into the
 * register: who runs the meeting names any organisation (org); a member
 * declares its own (org NULL or its own), on an item of its agenda
 * (SA-3.1-assoc: CORE_EPERM, field "item"). */
int core_meeting_interest(struct core *, const struct viewer *v,
    int64_t meeting, int pos, const char *org, const char *person,
    const char *nature) WUR;
/*
 * Who chaired this meeting (SA-7.3).  MC-mou: the same side chairing
 * twice in a row is the group's own act, recorded and flagged in *flags
 * (empty on failure; the caller frees it with check_flag_list_free).
 */
int core_meeting_chair(struct core *, const struct viewer *v,
    int64_t meeting, const char *person, struct check_flag_list *flags) WUR;
/* Runs. */
int core_meeting_notes(struct core *, const struct viewer *v,
    int64_t meeting, const char *text) WUR;
/* Runs.  SA-10.3, SA-11.1: publish to members (or the public). */
int core_meeting_publish(struct core *, const struct viewer *v,
    int64_t meeting, const char *date, const char *visibility,
    struct check_flag_list *flags) WUR;
/* Runs. */
int core_meeting_cancel(struct core *, const struct viewer *v,
    int64_t meeting, const char *reason) WUR;
/* The iCalendar invitation (METHOD:REQUEST, or CANCEL); *out from
 * malloc(). */
int core_meeting_ical(struct core *, int64_t meeting, char **out) WUR;
int core_action_add(struct core *, const char *group, int64_t meeting,
    const char *body, const char *owner, const char *due, int64_t *id) WUR;
int core_action_done(struct core *, int64_t id, const char *date) WUR;
int core_action_list(struct core *, const char *group, int open_only,
    struct rec_action_list *out) WUR;

/* --- decisions (decision.c) --- */
/* Runs (as the meeting's actions above).  SA-8.1: a decision by
 * consensus on item pos. */
int core_decide_consensus(struct core *, const struct viewer *v,
    int64_t meeting, int pos, const char *text, int64_t *id) WUR;
/* SA-8.4: a decision by email consensus, recorded for the group by its
 * chair or vice-chair, or an officer (CORE_EPERM, field "runs"). */
int core_decide_email(struct core *, const struct viewer *,
    const char *group, const char *text, int64_t *id) WUR;
/*
 * What a carried motion does, at most one of: co-opt an organisation to
 * the co-ordination group (SA-5.8); terminate its membership of the
 * group (SA-14.3); recommend to the co-ordination group its termination
 * from the whole Alliance (SA-14.3); or, in the co-ordination group,
 * terminate it from the whole Alliance.
 */
struct motion_effect {
	const char	*coopt, *terminate, *recommend, *terminate_all;
	const char	*effective;	/* terminate: from this date, or now */
};
/*
 * SA-8.2, SA-8.3: a vote at a meeting, at the chair's discretion.
 * Refused when not quorate, naming who is missing.  previous: the tied
 * motion this is the second vote of, or 0 (its effect carries over).
 */
int core_motion_propose(struct core *, const struct viewer *v,
    int64_t meeting, int pos, const char *text, int64_t previous,
    const struct motion_effect *, int64_t *id) WUR;
/* SA-8.2: is the meeting quorate now, counting who is recorded as
 * present; why says who is missing when it is not. */
struct meeting_quorum {
	int	quorate;
	int	counted;	/* organisations present that may vote */
	int	needed;
	char	why[512];
};
/* For a viewer who may see who attends (SA-11.1); else CORE_ENOTFOUND. */
int core_meeting_quorum(struct core *, const struct viewer *,
    int64_t meeting, struct meeting_quorum *) WUR;
/* SA-8.4: an electronic poll of the group, open between two times
 * (YYYY-MM-DDTHH:MM), opened by its chair or vice-chair, or an officer
 * (CORE_EPERM, field "runs"). */
int core_poll_open(struct core *, const struct viewer *, const char *group,
    const char *text, const char *opens, const char *closes,
    int64_t *id) WUR;
/* SA-8.3, SA-11.3, SA-13.2: one vote per eligible organisation, cast by
 * the organisation itself, or recorded by an officer or (at a meeting)
 * by who runs it (else CORE_EPERM, field "member"). */
int core_motion_cast(struct core *, const struct viewer *, int64_t motion,
    const char *org, const char *choice) WUR;
/* What a count found (SA-8.3), and what a carried motion did. */
struct motion_result {
	int64_t		 motion;
	const char	*outcome;	/* carried, lost, tie, no votes */
	int		 tie;
	unsigned	 votes_for, votes_against, votes_abstain;
	char		 effect[16];	/* coopt, terminate, ...; or "" */
	char		 referred_to[64]; /* SA-14.3: the co-ordination
					    group's slug, or "" */
};
/* Counts: carried, lost, or a tie that decides nothing. */
int core_motion_close(struct core *, const struct viewer *, int64_t motion,
    struct motion_result *) WUR;
/* Runs (as the meeting's actions above).  SA-8.3: a vote on motion, a
 * vote put at meeting (else CORE_ENOTFOUND, field "motion"), cast for
 * org; and its count (SA-8.2). */
int core_meeting_vote(struct core *, const struct viewer *v,
    int64_t meeting, int64_t motion, const char *org, const char *choice) WUR;
int core_meeting_count(struct core *, const struct viewer *v,
    int64_t meeting, int64_t motion, struct motion_result *) WUR;
/*
 * A decision as its viewer sees it: decisions are the members' record
 * (the API's members scope, the signed-in pages), so a public viewer is
 * told there is none; a decision on a VCSE-only item reaches only those
 * who take part in VCSE-only business (SA-3.1-assoc); a poll's votes
 * are shown only once it has closed (SA-8.4: votes_shown is 0 before).
 */
struct motion_view {
	struct rec_motion	 mo;
	int			 votes_shown;
	struct rec_vote_list	 votes;
};
void motion_view_free(struct motion_view *);
int core_motion_get(struct core *, const struct viewer *, int64_t motion,
    struct motion_view *) WUR;
/* *yes: 1 when v's organisation is a member of group (of any
 * standing). */
int core_group_member(struct core *, const struct viewer *, int64_t group,
    int *yes) WUR;
/* The group of motion (for the router's chair check). */
int core_motion_group(struct core *, int64_t motion, int64_t *group) WUR;
/* A group's decisions (NULL: all), for a member-level viewer. */
int core_motion_list(struct core *, const struct viewer *, const char *group,
    struct rec_motion_list *) WUR;

#endif
