/*
 * What the partners of a compact, framework or pact keep between them,
 * as the store fills it from explicit columns (store/partners.c): named
 * contacts, the implementation plan, the milestones met, the evidence
 * of influence, attendance by partner and the register of partnerships.
 * Strings are malloc'd (NULL for SQL NULL); each list is { v, n } with
 * one free function.  Core fills the derived fields (status).
 */
#ifndef STORE_REC_PARTNERS_H
#define STORE_REC_PARTNERS_H

#include <stddef.h>
#include <stdint.h>

#include "rules/membership.h"

struct store;

/* A named contact (SC-champion, TP-5, MS-3.7.1). */
struct rec_contact {
	int64_t		 id;
	char		*kind;		/* champion, officer, single-point */
	char		*area;
	char		*organisation;
	char		*name;
	char		*job_title;
	char		*email;		/* officers only (core blanks it) */
	char		*since;
	char		*ended;		/* NULL: in post */
};
struct rec_contact_list { struct rec_contact *v; size_t n; };
void rec_contact_clear(struct rec_contact *);
void rec_contact_list_free(struct rec_contact_list *);

/* A partner: a signatory, or a member of a partnership. */
struct rec_partner {
	int64_t		 id;
	char		*name;
	enum sector	 sector;
};
struct rec_partner_list { struct rec_partner *v; size_t n; };
void rec_partner_list_free(struct rec_partner_list *);

/* An action of the implementation plan (SC-plan). */
enum plan_status { PLAN_OPEN, PLAN_OVERDUE, PLAN_DONE };
struct rec_plan {
	int64_t		 id;
	int64_t		 org_id;
	char		*organisation;
	char		*commitment;	/* its code, or NULL */
	char		*action;
	char		*owner;
	char		*due;
	char		*progress;
	char		*done_on;
	enum plan_status status;	/* core */
};
struct rec_plan_list { struct rec_plan *v; size_t n; };
void rec_plan_clear(struct rec_plan *);
void rec_plan_list_free(struct rec_plan_list *);

/* A milestone of the constitution (MS-5), and when it was met. */
enum milestone_status { MS_TO_COME, MS_MET, MS_MET_LATE, MS_MISSED };
struct rec_milestone {
	char		*due;
	char		*label;
	char		*met_on;	/* NULL: not met */
	char		*note;
	int		 n;		/* core: numbered from 1 */
	enum milestone_status status;	/* core */
};
struct rec_milestone_list { struct rec_milestone *v; size_t n; };
void rec_milestone_list_free(struct rec_milestone_list *);

/* Evidence of the sector's influence (TP-2b). */
struct rec_influence {
	int64_t		 id;
	char		*on_date;
	char		*body;
	char		*decision;
	char		*change;
	char		*commitment;	/* its code, or NULL */
	char		*source;
};
struct rec_influence_list { struct rec_influence *v; size_t n; };
void rec_influence_list_free(struct rec_influence_list *);

/* A partner of a partnership group, its meetings held and attended
 * (SC-quarterly). */
struct rec_partner_attendance {
	char		*grp;		/* the group's slug */
	char		*group_name;
	char		*organisation;
	int64_t		 held;
	int64_t		 attended;
};
struct rec_partner_attendance_list {
	struct rec_partner_attendance *v;
	size_t n;
};
void rec_partner_attendance_list_free(struct rec_partner_attendance_list *);

/* A partnership (a position) with its representation (TP-2a). */
enum partnership_status { PS_REPRESENTED, PS_JUSTIFIED, PS_GAP };
struct rec_partnership {
	int64_t		 id;
	char		*slug;
	char		*section;
	char		*name;
	int64_t		 representatives;
	char		*justification;
	char		*agreed_by;
	char		*agreed_on;
	enum partnership_status status;	/* core */
};
struct rec_partnership_list { struct rec_partnership *v; size_t n; };
void rec_partnership_list_free(struct rec_partnership_list *);

/* A commitment found by its code: its id and whose it is. */
struct rec_commitment_ref {
	int64_t		 id;
	char		*code;
	char		*kind;
	char		*heading;
	char		*party;
};
void rec_commitment_ref_clear(struct rec_commitment_ref *);

/* Reads; *found (for one record) says whether there was one. */
int store_contact_get(struct store *, int64_t arr, int64_t id,
    struct rec_contact *, int *found);
int store_contact_list(struct store *, int64_t arr, const char *kind,
    struct rec_contact_list *);
int store_partners_without_contact(struct store *, int64_t arr,
    const char *kind, struct rec_partner_list *);
int store_plan_get(struct store *, int64_t arr, int64_t id,
    struct rec_plan *, int *found);
int store_plan_list(struct store *, int64_t arr, int64_t org,
    struct rec_plan_list *);
int store_milestone_met_list(struct store *, int64_t arr,
    struct rec_milestone_list *);
int store_influence_list(struct store *, int64_t arr, const char *from,
    const char *to, struct rec_influence_list *);
int store_partner_attendance(struct store *, int64_t arr, const char *from,
    const char *to, struct rec_partner_attendance_list *);
int store_partnership_register(struct store *, int64_t arr,
    struct rec_partnership_list *);
int store_commitment_by_code(struct store *, int64_t arr, const char *code,
    struct rec_commitment_ref *, int *found);
/* A contract, grant or small grant to a sector organisation
 * (SC-contract, MS-3.4.2, MS-3.6.3, TP-3a). */
struct rec_funding {
	int64_t		 id;
	char		*kind;		/* contract, grant, small-grant */
	char		*funder;
	char		*funder_identifier;
	char		*recipient;
	char		*recipient_identifier;
	int64_t		 funder_id;
	int64_t		 recipient_id;
	char		*title;
	char		*description;
	int64_t		 amount_pence;
	char		*awarded;
	char		*starts;
	char		*ends;
	char		*reference;
	int		 months;	/* core */
	int		 length;	/* core: enum funding_band */
};
struct rec_funding_list { struct rec_funding *v; size_t n; };
void rec_funding_clear(struct rec_funding *);
void rec_funding_list_free(struct rec_funding_list *);

/* A public body's aspiration for its spend with the sector in a year,
 * and its plan (TP-3a). */
struct rec_spend_aim {
	char		*organisation;
	int64_t		 amount_pence;
	char		*plan;
};
struct rec_spend_aim_list { struct rec_spend_aim *v; size_t n; };
void rec_spend_aim_list_free(struct rec_spend_aim_list *);

int store_funding_list(struct store *, int64_t arr, const char *from,
    const char *to, struct rec_funding_list *);
int store_spend_aims(struct store *, int64_t arr, int year,
    struct rec_spend_aim_list *);

/* --- the self-assessment (MS-2-eval, MS-5, SC-annual, TP-3) --- */

/* A year's self-assessment, open with its due date. */
struct rec_cycle {
	int64_t		 id;
	int64_t		 arrangement_id;
	int64_t		 year;
	char		*due;
	char		*opened_by;
	char		*opened_at;
};
struct rec_cycle_list { struct rec_cycle *v; size_t n; };
void rec_cycle_clear(struct rec_cycle *);
void rec_cycle_list_free(struct rec_cycle_list *);

/* A commitment the assessed side rates, with its rating, if any. */
struct rec_rating {
	char		*code;
	char		*heading;
	char		*body;
	char		*rating;	/* NULL: not rated yet */
	char		*evidence;
	char		*links;
	char		*sector_view;
};
struct rec_rating_list { struct rec_rating *v; size_t n; };
void rec_rating_list_free(struct rec_rating_list *);

/* A signatory's assessment in a year. */
struct rec_assessment {
	int64_t			 id;
	int64_t			 org_id;
	char			*organisation;
	enum sector		 sector;
	char			*submitted;	/* NULL: not yet */
	int64_t			 rated;
	int			 late;		/* core: MS-5 */
	struct rec_rating_list	 ratings;	/* core */
	int64_t			 not_rated;	/* core */
};
struct rec_assessment_list { struct rec_assessment *v; size_t n; };
void rec_assessment_clear(struct rec_assessment *);
void rec_assessment_list_free(struct rec_assessment_list *);

/* A commitment's code (the ones not rated). */
struct rec_code { char *code; };
struct rec_code_list { struct rec_code *v; size_t n; };
void rec_code_list_free(struct rec_code_list *);

/* A public body's consultation (SC-consult). */
struct rec_consult {
	int64_t		 id;
	char		*organisation;
	int64_t		 org_id;
	char		*title;
	char		*opens;
	char		*closes;
	int		 significant;
	char		*short_reason;	/* core: "no reason given" when short */
	char		*feedback_on;
	int		 weeks;		/* core */
	int		 is_short;	/* core */
};
struct rec_consult_list { struct rec_consult *v; size_t n; };
void rec_consult_clear(struct rec_consult *);
void rec_consult_list_free(struct rec_consult_list *);

int store_cycle_get(struct store *, int64_t arr, int year,
    struct rec_cycle *, int *found);
int store_cycle_list(struct store *, int64_t arr, struct rec_cycle_list *);
int store_assessment_get(struct store *, int64_t cycle, int64_t org,
    struct rec_assessment *, int *found);
int store_assessment_list(struct store *, int64_t cycle,
    struct rec_assessment_list *);
int store_rating_list(struct store *, int64_t arr, int64_t assessment,
    const char *party, struct rec_rating_list *);
int store_rating_missing(struct store *, int64_t arr, int64_t assessment,
    const char *party, struct rec_code_list *);
int store_consult_get(struct store *, int64_t arr, int64_t id,
    struct rec_consult *, int *found);
int store_consult_list(struct store *, int64_t arr,
    struct rec_consult_list *);

/* --- disputes and breaches (SC-resolve, SA-12, SA-13.1) --- */

/* A case: every column, and the parties' names, sectors and legal
 * forms (a case's list reads the fewer columns of its list). */
struct rec_dispute {
	int64_t		 id;
	int64_t		 arrangement_id;
	char		*kind;		/* dispute or breach */
	int64_t		 org_a_id;
	int64_t		 org_b_id;	/* 0: none (a breach) */
	char		*subject;
	char		*first_contact;
	int64_t		 stage;
	char		*problem;
	char		*handled;
	char		*unresolved;
	char		*outcome_sought;
	char		*statement_on;
	char		*due;
	char		*third_party;
	char		*signposted;
	char		*resolved;
	char		*outcome;
	char		*resolved_by;
	char		*recorded_by;
	char		*recorded_at;
	char		*org_a;
	char		*sector_a;
	char		*legal_form_a;
	char		*org_b;
	char		*sector_b;
	char		*legal_form_b;
	int		 overdue;	/* core */
	const char	*stage_name;	/* core: a static name */
	const char	*status;	/* core: open, overdue, resolved */
};
struct rec_dispute_list { struct rec_dispute *v; size_t n; };
void rec_dispute_clear(struct rec_dispute *);
void rec_dispute_list_free(struct rec_dispute_list *);

/* A step of a case, in writing (SA-13.1). */
struct rec_dispute_event {
	char		*day, *step, *detail, *actor, *at;
};
struct rec_dispute_event_list { struct rec_dispute_event *v; size_t n; };
void rec_dispute_event_list_free(struct rec_dispute_event_list *);

/* A panellist drawn (SC-resolve-2). */
struct rec_panellist {
	int64_t		 id;
	char		*name, *organisation, *sector, *drawn_by, *drawn_at;
};
struct rec_panellist_list { struct rec_panellist *v; size_t n; };
void rec_panellist_list_free(struct rec_panellist_list *);

/* A person of the working group, with what links them to a party. */
struct rec_candidate {
	int64_t		 id;
	char		*name, *email, *organisation, *sector;
	int		 employed;
	char		*roles;		/* naming a party, or NULL */
	char		*interests;	/* naming a party, or NULL */
	int		 drawn;
	char		*reason;	/* core: why they may not sit */
};
struct rec_candidate_list { struct rec_candidate *v; size_t n; };
void rec_candidate_list_free(struct rec_candidate_list *);

/* A case without names, for the annual review (SC-monitor). */
struct rec_dispute_figure {
	char		*kind;
	int64_t		 stage;
	char		*first_contact, *due, *resolved;
	int		 signposted;
};
struct rec_dispute_figure_list { struct rec_dispute_figure *v; size_t n; };
void rec_dispute_figure_list_free(struct rec_dispute_figure_list *);

int store_dispute_get(struct store *, int64_t arr, int64_t id,
    struct rec_dispute *, int *found);
int store_dispute_list(struct store *, int64_t arr,
    struct rec_dispute_list *);
int store_dispute_events(struct store *, int64_t id,
    struct rec_dispute_event_list *);
int store_dispute_panel(struct store *, int64_t id,
    struct rec_panellist_list *);
int store_dispute_candidates(struct store *, int64_t arr, int64_t group,
    int64_t org_a, int64_t org_b, int64_t id, struct rec_candidate_list *);
int store_dispute_figures(struct store *, int64_t arr, const char *year,
    struct rec_dispute_figure_list *);

#endif
