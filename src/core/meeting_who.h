/*
 * Who may take an action on a meeting (meeting_who.c), for core's
 * meeting actions (meeting.c, meeting_chair.c, decision.c): the one
 * place the web's and the command line's answers come from.
 */
#ifndef CORE_MEETING_WHO_H
#define CORE_MEETING_WHO_H

/* Who an action on a meeting is for. */
enum meeting_by {
	MEETING_BY_RUNS,	/* SA-7.3: the chair, vice-chair, officers */
	MEETING_BY_MEMBER	/* a member of the group, for its own
				   organisation (and who runs it) */
};

/*
 * Begins the change and checks that v may take an action of kind by on
 * meeting (CORE_ENOTFOUND, field "meeting": no such meeting;
 * CORE_EPERM, field "runs" or "member": refused).  *runs (may be NULL)
 * gets 1 when v runs the meeting.  On failure the change is ended; on
 * success the caller ends it with core_end().
 */
int core_int_meeting_act(struct core *, const struct viewer *,
    int64_t meeting, enum meeting_by by, int *runs);

/*
 * The organisation an action is taken for: org as named when v runs the
 * meeting; else v's own, and org (when named) must be it (CORE_EPERM,
 * field "member").  org NULL: v's own, which must exist (CORE_EINVAL).
 * *out points at org or at buf.
 */
int core_int_meeting_for(struct core *, const struct viewer *, int runs,
    const char *org, char *buf, size_t bufsz, const char **out);

/*
 * The two checks together for an action a member takes for its own
 * organisation (SA-6.3, SA-10.2): begins the change, checks v with
 * MEETING_BY_MEMBER and writes v's organisation (its id) to buf.  On
 * failure the change is ended; on success the caller ends it.
 */
int core_int_meeting_own(struct core *, const struct viewer *,
    int64_t meeting, char *buf, size_t bufsz);

#endif
