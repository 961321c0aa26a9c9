/*
 * What the agreements ask to be kept of their own rules, beyond the
 * registry and meetings (issue 16): an agreement's term and its
 * renewals (SC-term), a meeting's report to the body it reports into
 * (SC-report), a representative stepping back for a conflict
 * (SA-D2.8), induction and training for representatives (SA-D3.6), and
 * papers with who may read them (SA-11.1).  Each action is one
 * transaction with its audit entry; each read answers for a viewer.
 */
#ifndef CORE_OWN_H
#define CORE_OWN_H

#include "core.h"
#include "viewer.h"
#include "store/rec_own.h"

/* --- SC-term, SC-report (term.c) --- */
/* Records that the agreement's term was renewed on on (default today),
 * until until (NULL: no end date), as decided by decided_by. */
int core_term_renew(struct core *, const char *on, const char *until,
    const char *decided_by, int64_t *id) WUR;
/* The term: its dates as the agreement states them ("" where it
 * states none), its renewals, the day it runs to ("" for no end date)
 * and whether it has lapsed with no renewal in force. */
struct term_view {
	char			 starts[32];
	char			 ends[32];
	struct rec_renewal_list	 renewals;
	char			 runs_to[32];
	int			 lapsed;
};
void term_view_free(struct term_view *);
int core_term_show(struct core *, struct term_view *) WUR;
/* The report of meeting into to (default the meetings.reports_to of
 * its group's kind), made on on (default today). */
int core_meeting_report(struct core *, int64_t meeting, const char *to,
    const char *on, const char *summary, int64_t *id) WUR;
int core_meeting_reports(struct core *, struct rec_mreport_list *) WUR;

/* --- SA-D2.8, SA-D3.6 (represent.c) --- */
/* person steps back from position for conflict from from (default
 * today), until until (NULL: until lifted), or for good (permanent:
 * the appointment ends). */
int core_stepback(struct core *, const char *position, const char *person,
    const char *conflict, const char *from, const char *until,
    int permanent, int64_t *id) WUR;
/* A temporary stepping back ends on date (default today). */
int core_stepback_lift(struct core *, const char *position,
    const char *person, const char *date) WUR;
/* Each stepping back, with whether it is in force today. */
int core_stepback_list(struct core *, struct rec_stepback_list *) WUR;
/* kind: induction, training or networking. */
int core_training_add(struct core *, const char *title, const char *kind,
    const char *date, int64_t *id) WUR;
int core_training_invite(struct core *, int64_t id, const char *person) WUR;
int core_training_attend(struct core *, int64_t id, const char *person,
    int attended) WUR;
int core_training_list(struct core *, struct rec_train_session_list *) WUR;
/* SA-9.1: why person holds the elected position without an election. */
int core_position_reason(struct core *, const char *position,
    const char *person, const char *reason) WUR;
/* SA-9.2: the co-ordination group decides that group elects position,
 * on on (default today). */
int core_position_decide(struct core *, const char *position,
    const char *group, const char *on, const char *note, int64_t *id) WUR;
int core_position_decisions(struct core *,
    struct rec_pos_decision_list *) WUR;
/* Called by core_register_positions: ended terms listed as expired
 * (SA-9.1), holders stepped back marked (SA-D2.8). */
struct rec_position_list;
int core_int_register_own(struct core *, struct rec_position_list *) WUR;

/* --- SA-11.1 (papers.c) --- */
struct paper_in {
	int64_t		 meeting;	/* 0: a group's paper */
	const char	*group;		/* the group, when no meeting */
	const char	*title;
	const char	*kind;		/* agenda-paper, report, briefing,
					   other */
	const char	*visibility;	/* members (default) or public */
	const char	*link;
	const char	*body;
};
int core_paper_add(struct core *, const struct paper_in *, int64_t *id) WUR;
/* The papers viewer may read (of meeting, or all when 0). */
int core_paper_list(struct core *, const struct viewer *, int64_t meeting,
    struct rec_paper_list *) WUR;

/* --- SA-5.4, SA-5.5 (forums.c) --- */
/* forum formed group (SA-5.4); forum NULL: the joint agreement of the
 * local forums and the co-ordination group convened it (SA-5.5). */
int core_group_origin(struct core *, const char *group, const char *forum,
    const char *on, const char *note, int64_t *id) WUR;
/* Each group: the forums that formed it, and whether it was convened. */
struct rec_origin_list;
int core_group_origins(struct core *, struct rec_origin_list *) WUR;

/* --- SA-D2.2, SA-D2.3 (forums.c) --- */
int core_invitation_add(struct core *, const char *from, const char *board,
    const char *on, int64_t *id) WUR;
/* accepted with person, or declined with reason (tokenistic: SA-D2.3). */
int core_invitation_decide(struct core *, int64_t id, int accepted,
    const char *person, const char *reason, int tokenistic,
    const char *on) WUR;
struct rec_invite_list;
int core_invitation_list(struct core *, struct rec_invite_list *) WUR;

/* --- SA-5.7 (forums.c) --- */
int core_request_add(struct core *, const char *from, const char *subject,
    const char *on, int64_t *id) WUR;
/* Passed down to group (a local forum), or kept (group NULL) for
 * reason. */
int core_request_route(struct core *, int64_t id, const char *group,
    const char *reason, const char *on) WUR;
struct rec_request_list;
int core_request_list(struct core *, struct rec_request_list *) WUR;

#endif
