/*
 * core's use cases for what the partners keep between them (partners.c):
 * named contacts, the implementation plan, the milestones, the evidence
 * of influence, attendance by partner and the register of partnerships,
 * as typed records (store/rec_partners.h).  Included by core.h.
 */
#ifndef CORE_PARTNERS_H
#define CORE_PARTNERS_H

#include "store/rec_partners.h"

struct viewer;

/* --- named contacts --- */
struct contact_in {
	const char	*organisation, *kind, *area, *name, *job_title,
			*email, *since;
};
/* SC-champion, TP-5, MS-3.7.1: kind defaults to the constitution's
 * partners.named_contact and must be it; single points need an area. */
int core_contact_add(struct core *, const struct contact_in *,
    int64_t *id) WUR;
int core_contact_end(struct core *, int64_t id, const char *date) WUR;
/* Contacts in post; kind NULL for every kind.  Their email addresses
 * go to officers (and the command line) only: the public pages and
 * the members' show none. */
int core_contact_list(struct core *, const struct viewer *,
    const char *kind, struct rec_contact_list *) WUR;
/* SC-champion, TP-5: partners with no named contact in post. */
int core_contact_gaps(struct core *, const struct viewer *,
    struct rec_partner_list *) WUR;

/* --- the implementation plan (SC-plan) --- */
struct plan_in {
	const char	*organisation, *commitment, *action, *owner, *due;
};
int core_plan_add(struct core *, const struct plan_in *, int64_t *id) WUR;
/* Progress on an action, and done on a date (done NULL: not yet). */
int core_plan_progress(struct core *, int64_t id, const char *note,
    const char *done) WUR;
/* The plan (org NULL: every partner's), each with its status: open,
 * overdue or done. */
int core_plan_read(struct core *, const struct viewer *, const char *org,
    struct rec_plan_list *) WUR;

/* --- milestones (MS-5) --- */
/* The constitution's milestones, numbered from 1, each with its
 * status: to come, met, met late or missed. */
int core_milestones(struct core *, const struct viewer *,
    struct rec_milestone_list *) WUR;
int core_milestone_met(struct core *, int n, const char *date,
    const char *note) WUR;

/* --- evidence of influence (TP-2b) --- */
struct influence_in {
	const char	*date, *body, *decision, *change, *commitment,
			*source;
};
int core_influence_add(struct core *, const struct influence_in *,
    int64_t *id) WUR;
/* The evidence of a year (0: all of it). */
int core_influence_read(struct core *, const struct viewer *, int year,
    struct rec_influence_list *) WUR;

/* SC-quarterly: each partner of each partnership group with the
 * meetings held in the year so far and those it attended. */
int core_partner_attendance(struct core *, const struct viewer *, int year,
    struct rec_partner_attendance_list *) WUR;

/* --- the register of partnerships (TP-2a) --- */
/* The agreed justification for a partnership (a position) without
 * sector representation. */
int core_partnership_except(struct core *, const char *position,
    const char *justification, const char *agreed_by,
    const char *agreed_on) WUR;
/* Each partnership with its status: represented, justified or gap. */
int core_partnerships(struct core *, const struct viewer *,
    struct rec_partnership_list *) WUR;

/* --- funding (funding.c) --- */
struct funding_in {
	const char	*kind, *funder, *recipient, *title, *description,
			*amount, *awarded, *starts, *ends, *reference;
};
struct check_flag_list;
/* SC-contract, MS-3.4.2, MS-3.6.3, TP-3a: a contract, grant or small
 * grant to a sector organisation; *flags holds the short-length flag
 * (the caller's to check_flag_list_free). */
int core_funding_add(struct core *, const struct funding_in *,
    int64_t *id, struct check_flag_list *flags) WUR;
/* The funding awarded in a year, each with months and length (aim,
 * short, long: enum funding_band). */
int core_funding_read(struct core *, const struct viewer *, int year,
    struct rec_funding_list *) WUR;
/* TP-3a: a partner's aspiration for its spend in a year, and plan. */
int core_spend_aim(struct core *, const char *org, int year,
    const char *amount, const char *plan) WUR;

/* TP-3a: the year's spend by partner and kind (contract, grant,
 * small-grant), beside each aspiration and plan, and the count by
 * length (enum funding_band). */
struct spend_partner {
	char		*organisation;
	int64_t		 by_kind[3];
	int64_t		 total_pence;
	int		 has_aim;
	int64_t		 aim_pence;
	char		*plan;
};
struct spend_view {
	int			 year;
	int64_t			 total_pence;
	int64_t			 by_kind[3];
	struct spend_partner	*partners;
	size_t			 npartners;
	int64_t			 lengths[3];
	struct rec_funding_list	 funding;
	int			 min_years, max_years;
	int			 published;	/* funding.publish_spend */
	char			 rules[128];	/* the arrangement's ids, or "" */
};
void spend_view_free(struct spend_view *);
int core_spend_read(struct core *, const struct viewer *, int year,
    struct spend_view *) WUR;
/* The year's grants for the 360Giving Data Standard (contracts left
 * out), with identifiers only where they have an org-id's shape; pre
 * the publisher's prefix (prefix NULL: 360G-<slug>), checked. */
int core_funding_grants(struct core *, const struct viewer *, int year,
    const char *prefix, struct rec_funding_list *, char pre[120]) WUR;

/* --- the self-assessment (accountability.c) --- */
/*
 * MS-2-eval, MS-5: opens the year's self-assessment, due on a date, for
 * every public body that signed the agreement in force (*count of
 * them); each is told by email.
 */
int core_assess_open(struct core *, int year, const char *due,
    int *count) WUR;
/* MS-2-eval: a rating on the constitution's scale, with evidence;
 * refused once submitted. */
int core_assess_rate(struct core *, int year, const char *org,
    const char *commitment, const char *rating, const char *evidence,
    const char *links) WUR;
/* The sector's own view beside a body's rating. */
int core_assess_view(struct core *, int year, const char *org,
    const char *commitment, const char *view) WUR;
/* Refused until every commitment is rated; *flags: MS-5 lateness (the
 * caller's to check_flag_list_free). */
int core_assess_submit(struct core *, int year, const char *org,
    struct check_flag_list *flags) WUR;
/* A year's self-assessment: each signatory's assessment with its
 * ratings, whether it was late (MS-5) and how many are not rated. */
struct assess_year {
	struct rec_cycle		cycle;
	struct rec_assessment_list	assessments;
};
void assess_year_free(struct assess_year *);
int core_assess_year(struct core *, const struct viewer *, int year,
    struct assess_year *) WUR;
int core_assess_cycles(struct core *, const struct viewer *,
    struct rec_cycle_list *) WUR;

/* --- consultations (SC-consult, accountability.c) --- */
struct consult_in {
	const char	*organisation, *title, *opens, *closes, *reason;
	int		 significant;
};
/* Refused when a significant one is short without a reason; with a
 * reason, *flags says it is short. */
int core_consult_add(struct core *, const struct consult_in *,
    int64_t *id, struct check_flag_list *flags) WUR;
/* The outcome fed back, after it closes. */
int core_consult_feedback(struct core *, int64_t id, const char *text,
    const char *date) WUR;
/* Each with its length in weeks and whether it is short. */
int core_consults(struct core *, const struct viewer *,
    struct rec_consult_list *) WUR;

#endif
