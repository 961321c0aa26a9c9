/*
 * core's annual report (report.c, report_others.c): the report of a
 * year from live data (SC-annual, MS-2-eval, MC-chair, MC-mou, TP-3) as
 * a typed record; render makes its page, PDF and JSON
 * (render/report.h, render/json.h).
 */
#ifndef CORE_REPORT_H
#define CORE_REPORT_H

#include <stddef.h>

#include "rules/date.h"
#include "store/rec_registry.h"
#include "store/rec_report.h"

struct core;

#ifndef WUR
#define WUR __attribute__((warn_unused_result))
#endif
#include "core_audit.h"
#include "core_dispute.h"
#include "core_partners.h"

/* "X to the Board, with ..." (report.annual): the text, the title before
 * " to ", and the recipient after it (NULL when none is named). */
struct report_entry {
	char	*text, *title, *recipient;
};

/* MC-chair: the group whose chair presents the report, and its chair
 * (person NULL when the chair is vacant). */
struct report_presenter {
	char	*group;			/* NULL: the arrangement has no group */
	char	*person;
	char	*organisation;		/* or NULL */
	int	 interim;
};

/* MC-mou: how many of the year's meetings a side chaired. */
struct report_side {
	char	*side;
	int	 n;
};

/* SA-6.2, SC-quarterly, MC-meet, MC-mou: one group's year against its
 * pace. */
struct report_pace {
	char			*group, *slug;
	const char		*kind;		/* group_kind_names[] */
	int			 held, planned, cancelled;
	int			 min_per_year, expected, max_gap, gap;
	char			 gap_when[64];	/* "from to to", or "" */
	int			 behind, gap_exceeded, met;
	const char		*rule;		/* the arrangement's id, or NULL */
	const char		*verdict;
	struct report_side	*sides;		/* in the order first seen */
	size_t			 nsides;
	int			 chair_repeats;
};

/* SA-8.1, SA-8.3, SA-8.4: the year's decisions by method. */
struct report_methods {
	int	 consensus, vote, poll, email;
};

/* MS-2-eval, MS-5: a signatory's part in the year's self-assessment. */
struct report_body {
	char	*organisation;
	char	*submitted;		/* NULL: not yet */
	int	 late, rated;
};

/* The constitution's scale (rules_scale() gives up to 16), then
 * "not rated". */
#define REPORT_RATINGS	17

/* A commitment with how many bodies gave it each rating: by[k] for
 * scale[k] (in the order the bodies list their commitments). */
struct report_commitment {
	char	*code, *heading;
	int	 by[REPORT_RATINGS];
};

/* MS-2-eval, MS-5: the year's self-assessment by commitment and rating. */
struct report_assessment {
	char			*due;
	char			*scale[REPORT_RATINGS];	/* ..., "not rated" */
	size_t			 nscale;		/* with "not rated" */
	struct report_body	*bodies;
	size_t			 nbodies;
	struct report_commitment *commitments;
	size_t			 ncommitments;
	int			 totals[REPORT_RATINGS];	/* as by[] */
	int			 submitted, late;
};

/* SC-consult: a consultation that opened or closed in the year, and
 * its length in days. */
struct report_consult {
	struct rec_consult	 k;
	int			 days;
};
struct report_consult_list { struct report_consult *v; size_t n; };

/* SC-consult: the year's consultations counted. */
struct report_consult_counts {
	int	 total, significant, shorter, fed_back, feedback_owed;
};

struct core_report {
	int			 year;
	char			 from[DATE_LEN], to[DATE_LEN];
	char			 as_of[DATE_LEN];	/* its last day, or today */
	int			 complete;	/* the year has ended */
	char			 generated[DATE_LEN];
	char			*arrangement, *slug;
	struct report_entry	*reports;	/* report.annual */
	size_t			 nreports;
	struct report_presenter	 presented_by;
	struct report_pace	*meetings;	/* one per group */
	size_t			 nmeetings;
	int			 meetings_held;
	struct rec_report_motion_list	decisions;
	struct report_methods	 methods;
	int			 decisions_made;
	struct rec_report_election_list	elections;
	/* SA-9.1 / App. C: the register of representatives as it stands. */
	struct rec_position_list positions;
	int			 positions_vacant;
	/* report_others.c: the sections on partners.  has_assessment 0:
	 * the year has no self-assessment. */
	int			 has_assessment;
	struct report_assessment assessment;
	struct report_consult_list consultations;
	struct report_consult_counts consultation_counts;
	struct spend_view	 spend;			/* TP-3a */
	struct rec_influence_list influence;		/* TP-2b */
	/* TP-2a: only where representatives.required_everywhere. */
	int			 has_partnerships;
	struct rec_partnership_list partnerships;
	struct rec_partner_attendance_list attendance;	/* SC-quarterly */
	struct rec_plan_list	 plan;		/* SC-plan: due in the year */
	struct rec_milestone_list milestones;	/* MS-5: due in the year */
	/* SC-monitor: only where there is a dispute procedure. */
	int			 has_disputes;
	struct dispute_stats	 disputes;
	/* The audit log's signed head; 0 when it could not be read. */
	int			 has_audit_head;
	struct audit_head	 audit_head;
	/* MC-mou: the recipient's formal response, once recorded. */
	int			 has_response;
	struct rec_report_response response;
	/* The report's web page, for the PDF (set by the caller), or NULL. */
	char			*online;
};
void core_report_free(struct core_report *);

/*
 * SC-annual, MS-2-eval, MC-chair, MC-mou, TP-3: the annual report of a
 * year from live data: meetings against the pace, decisions, polls and
 * elections, representatives, the self-assessment by commitment and
 * rating, consultations, what report.annual says it is and to whom, who
 * presents it and the recipient's response.  Refused for a year that
 * has not begun.  The report is published: the same for every viewer.
 */
int core_report_annual(struct core *, int year, struct core_report *)
    __attribute__((warn_unused_result));
/* The years with anything to report, up to this one: *years from
 * malloc() (NULL when none). */
int core_report_years(struct core *, int **years, size_t *n)
    __attribute__((warn_unused_result));
/* MC-mou: the recipient's formal response to the year's report, once;
 * responder NULL: the recipient report.annual names; date NULL: today. */
int core_report_respond(struct core *, int year, const char *responder,
    const char *text, const char *date)
    __attribute__((warn_unused_result));

#endif
