/*
 * core's use cases for disputes between partners and breaches of the
 * agreement (dispute.c, dispute_panel.c), as typed records
 * (store/rec_partners.h).  The cases name organisations: they are read
 * by officers (and the command line) only; the year's figures carry no
 * names and are public (SC-monitor).  Included by core.h.
 */
#ifndef CORE_DISPUTE_H
#define CORE_DISPUTE_H

#include "rules/dispute.h"
#include "store/rec_partners.h"

struct viewer;
struct check_flag_list;

struct dispute_in {
	const char	*kind;		/* dispute or breach */
	const char	*organisation;	/* raising it, or in breach */
	const char	*against;	/* the other party (disputes) */
	const char	*subject;	/* a line, without personal details */
	const char	*first_contact;	/* YYYY-MM-DD, default today */
	const char	*detail;	/* the first contact, in writing */
};
/*
 * SC-resolve-1, SA-12, SA-13.1: opens a case at stage one (informal
 * discussion, or dialogue); a dispute is due dispute.resolution_weeks
 * after first contact (SC-resolve-2).  Refused for a dispute when the
 * constitution has no procedure.
 */
int core_dispute_open(struct core *, const struct dispute_in *,
    int64_t *id) WUR;
/* SC-resolve-2: the parts given are kept; the others stay as they were. */
struct statement_in {
	const char	*problem, *handled, *unresolved, *outcome;
};
int core_dispute_statement(struct core *, int64_t id,
    const struct statement_in *) WUR;
/*
 * SC-resolve-2, SC-resolve-3, SA-12: moves the case to stage to, one
 * at a time: stage two needs all four parts of the statement; stage
 * three needs the panel and signposts a complaint against a local
 * authority to the Ombudsman; under SA-12 stage two names the
 * independent third party both organisations agreed.  *flags says what
 * follows (the caller's to check_flag_list_free).
 */
int core_dispute_stage(struct core *, int64_t id, int to,
    const char *third_party, int agreed, const char *note,
    struct check_flag_list *flags) WUR;
/* SC-resolve-2: draws an eligible person; refused, naming the link, for
 * anyone linked to a party.  *flags: a panel of one sector. */
int core_dispute_draw(struct core *, int64_t id, const char *person,
    struct check_flag_list *flags) WUR;
/* SA-13.1: a step of the case, in writing, in its log. */
int core_dispute_record(struct core *, int64_t id, const char *text) WUR;
/* Resolves with the outcome in writing, sent to the organisations
 * (SA-13.1); *flags: resolved after the due date. */
int core_dispute_resolve(struct core *, int64_t id, const char *outcome,
    const char *date, struct check_flag_list *flags) WUR;

/* The cases, open ones first, each with its status and stage's name. */
int core_dispute_cases(struct core *, const struct viewer *,
    struct rec_dispute_list *) WUR;
/* A case with its log, the parts of the statement missing, the
 * procedure and the panel drawn. */
struct dispute_view {
	struct rec_dispute		 d;
	struct rec_dispute_event_list	 events;
	const char			*missing[PART__MAX];	/* labels */
	size_t				 nmissing;
	const char			*procedure;	/* the constitution's */
	int				 cross_sector;
	struct rec_panellist_list	 panel;
};
void dispute_view_free(struct dispute_view *);
int core_dispute_read(struct core *, const struct viewer *, int64_t id,
    struct dispute_view *) WUR;
/*
 * SC-resolve-2: the people of the working group's member organisations,
 * those who may sit and those who may not with why, and the panel
 * drawn.  Read only.
 */
struct panel_view {
	int64_t				 case_id;
	char				*group, *group_slug;
	struct rec_candidate_list	 eligible;
	struct rec_candidate_list	 excluded;	/* with reason */
	int				 cross_sector;
	struct rec_panellist_list	 panel;
};
void panel_view_free(struct panel_view *);
int core_dispute_proposal(struct core *, const struct viewer *, int64_t id,
    struct panel_view *) WUR;
/* SC-monitor: counts for the annual review (year 0: every year), with
 * no personal details. */
struct dispute_stats {
	int	year;		/* 0: every year */
	int	cases, disputes, breaches;
	int	stage_reached[3];
	int	open, overdue, resolved, in_time, late, signposted;
};
int core_dispute_figures(struct core *, const struct viewer *, int year,
    struct dispute_stats *) WUR;

#endif
