/*
 * The registry's records, as the store fills them from explicit
 * columns (store/registry.c): organisations, people, groups,
 * memberships, offices, positions and the public registers drawn from
 * them.  Strings are malloc'd (NULL for SQL NULL); each list is
 * { v, n } with one free function.  Core fills the derived fields
 * (labels, terms) and blanks what its viewer may not see.
 */
#ifndef STORE_REC_REGISTRY_H
#define STORE_REC_REGISTRY_H

#include <stddef.h>
#include <stdint.h>

#include "rules/membership.h"

struct store;

struct rec_org {
	int64_t		 id;
	char		*name;
	char		*short_name;
	enum sector	 sector;
	char		*legal_form;
	char		*identifier;	/* org-id, such as GB-CHC-1234567 */
	char		*geography;
	char		*email;		/* members and officers only */
	int		 infrastructure;
};
struct rec_org_list { struct rec_org *v; size_t n; };

struct rec_person {
	int64_t		 id;
	char		*name;
	char		*email;		/* officers and the person only */
	char		*phone;		/* officers and the person only */
	char		*job_title;
	int64_t		 org_id;	/* 0: none */
	char		*organisation;
	char		*restricted;	/* when processing was restricted */
	char		*roles;		/* lists only: "contact, champion (x)" */
};
struct rec_person_list { struct rec_person *v; size_t n; };

struct rec_role { char *role; char *area; };
struct rec_role_list { struct rec_role *v; size_t n; };

struct rec_group {
	int64_t		 id;
	char		*slug;
	char		*name;
	enum group_kind	 kind;
	char		*description;	/* not in lists */
	char		*geography;
	int64_t		 parent_id;	/* not in lists */
	int64_t		 support_org_id; /* not in lists */
	char		*support_officer; /* not in lists */
	char		*recognised;	/* not in lists */
	int64_t		 members;	/* lists only: active or under notice */
};
struct rec_group_list { struct rec_group *v; size_t n; };

/* A chair or vice-chair in office (SA-7.1). */
struct rec_office {
	int64_t		 id;
	char		*office;	/* chair, vice-chair */
	int		 interim;
	char		*term_start;
	char		*term_end;
	int64_t		 person_id;
	char		*person;
	char		*organisation;
	char		*short_name;
};
struct rec_office_list { struct rec_office *v; size_t n; };

struct rec_membership {
	int64_t			 id;
	int64_t			 group_id;
	int64_t			 org_id;
	enum memb_kind		 kind;
	enum memb_status	 status;
	char			*side;
	char			*since;
	char			*status_until;
	int			 excluded;
	char			*organisation;
	enum sector		 sector;
	char			*identifier;
	char			*grp;		/* the group's slug */
	char			*group_name;
	enum group_kind		 group_kind;
	char			*signed_on;	/* the register only */
};
struct rec_membership_list { struct rec_membership *v; size_t n; };

/* A status change decided for a later date (SA-14.3). */
struct rec_sched {
	int64_t			 id;
	char			*to_status;
	char			*effective;
	char			*reason;
	char			*decided_by;
	struct rec_membership	 m;
};
struct rec_sched_list { struct rec_sched *v; size_t n; };

struct rec_memb_history {
	char	*status, *effective, *until, *reason, *recorded_by;
	char	*recorded_at;
};
struct rec_memb_history_list { struct rec_memb_history *v; size_t n; };

struct rec_criterion {
	char	*criterion, *evidence, *recorded_by, *recorded_on;
};
struct rec_criterion_list { struct rec_criterion *v; size_t n; };

struct rec_agreement {
	int64_t	 id;
	char	*version, *title, *in_force_from;
};

struct rec_declaration {
	int64_t	 id;
	char	*signer_name, *signer_role, *signed_on;
	int	 authority;
};

/* A membership as shown: its history, evidence and declaration. */
struct rec_membership_detail {
	struct rec_membership		 m;
	struct rec_memb_history_list	 history;
	struct rec_criterion_list	 criteria;
	char				**gaps;	/* MC-criteria: no evidence */
	size_t				 ngaps;
	int				 declared;
	struct rec_declaration		 declaration;	/* when declared */
};

struct rec_position {
	int64_t	 id;
	char	*slug, *section, *name;
	char	*method;		/* elected, appointed */
	char	*appointed_by;
	int64_t	 electing_group_id;	/* by slug only */
	char	*electing_group;	/* the register only */
	int64_t	 seats;
	char	*note;
};

struct rec_appointment {
	int64_t	 id;
	char	*role;			/* representative, deputy */
	int	 interim;
	char	*scope, *term_start, *term_end;
	char	*person, *organisation, *short_name;
	char	*holder;		/* core: "Garry Jones (SuS)" */
	int	 stepped_back;		/* core: SA-D2.8, in force today */
	char	*stepped_back_until;	/* core: its end, or NULL */
};
struct rec_appointment_list { struct rec_appointment *v; size_t n; };

/* Appendix C: a position with its holders (SA-9.1). */
struct rec_position_entry {
	struct rec_position		 p;
	char				*term;	/* "2022-2025", "TBC"... */
	struct rec_appointment_list	 reps;
	struct rec_appointment_list	 deps;
	/* core: holders whose term has ended (SA-9.1), role set */
	struct rec_appointment_list	 expired;
	char				*electing_decided; /* SA-9.2 */
};
struct rec_position_list { struct rec_position_entry *v; size_t n; };

/* Appendix B: a forum or group with its officers (SA-5.6). */
struct rec_forum {
	int64_t		 id;
	char		*slug, *name;
	enum group_kind	 kind;
	char		*description, *geography;
	char		*support_organisation, *support_short;
	char		*support_officer;
	int64_t		 members;
	char		*chair;		/* core: holder labels, or NULL */
	int		 chair_interim;
	char		*chair_term_end;
	char		*vice_chair;
	int		 vice_chair_interim;
	char		*chair_label;	/* "A (X) interim / B (Y)" */
	char		*support;	/* "SuS Olive Officer" */
};
struct rec_forum_list { struct rec_forum *v; size_t n; };

struct rec_signatory {
	char		*organisation;
	enum sector	 sector;
	char		*signer_name, *signer_role, *signed_on;
	char		*agreement_version;
};
struct rec_signatory_list {
	struct rec_signatory	 *v;
	size_t			  n;
	const char		**adopts;	/* MS-3.1: the constitution's */
	size_t			  nadopts;
};

struct rec_commitment {
	char	*code, *kind, *heading, *body, *party;
};
struct rec_commitment_list { struct rec_commitment *v; size_t n; };

struct rec_concern {
	int64_t	 id;
	char	*position, *person, *raised_by, *body, *raised;
};
struct rec_concern_list { struct rec_concern *v; size_t n; };

/* Frees the strings of one record (the record itself is the caller's). */
void rec_org_clear(struct rec_org *);
void rec_person_clear(struct rec_person *);
void rec_group_clear(struct rec_group *);
void rec_membership_clear(struct rec_membership *);
void rec_position_clear(struct rec_position *);
void rec_agreement_clear(struct rec_agreement *);
void rec_declaration_clear(struct rec_declaration *);
void rec_membership_detail_free(struct rec_membership_detail *);

void rec_org_list_free(struct rec_org_list *);
void rec_person_list_free(struct rec_person_list *);
void rec_role_list_free(struct rec_role_list *);
void rec_group_list_free(struct rec_group_list *);
void rec_office_list_free(struct rec_office_list *);
void rec_membership_list_free(struct rec_membership_list *);
void rec_sched_list_free(struct rec_sched_list *);
void rec_memb_history_list_free(struct rec_memb_history_list *);
void rec_criterion_list_free(struct rec_criterion_list *);
void rec_appointment_list_free(struct rec_appointment_list *);
void rec_position_list_free(struct rec_position_list *);
void rec_forum_list_free(struct rec_forum_list *);
void rec_signatory_list_free(struct rec_signatory_list *);
void rec_commitment_list_free(struct rec_commitment_list *);
void rec_concern_list_free(struct rec_concern_list *);

/*
 * Reads.  Each returns STORE_OK or the error; a get sets *found (0 when
 * there is no such row, the record then zeroed).  arr: the arrangement.
 */
int store_org_by_id(struct store *, int64_t id, struct rec_org *,
    int *found);
int store_org_by_identifier(struct store *, const char *id,
    struct rec_org *, int *found);
/* By name or short name: at most two, the exact name first. */
int store_org_by_name(struct store *, const char *name,
    struct rec_org_list *);
int store_org_list(struct store *, struct rec_org_list *);
/* Those the registers name, without their contact address. */
int store_org_list_seen(struct store *, struct rec_org_list *);

int store_person_by_id(struct store *, int64_t id, struct rec_person *,
    int *found);
int store_person_by_email(struct store *, const char *email,
    struct rec_person *, int *found);
/* By name: at most two (two mean the name is ambiguous). */
int store_person_by_name(struct store *, const char *name,
    struct rec_person_list *);
int store_person_list(struct store *, int64_t arr,
    struct rec_person_list *);
int store_role_list(struct store *, int64_t person, int64_t arr,
    struct rec_role_list *);

int store_group_by_ref(struct store *, int64_t arr, const char *ref,
    struct rec_group *, int *found);
int store_group_list(struct store *, int64_t arr, struct rec_group_list *);
int store_office_current(struct store *, int64_t group,
    struct rec_office_list *);

int store_memb_get(struct store *, int64_t group, int64_t org,
    struct rec_membership *, int *found);
int store_memb_by_id(struct store *, int64_t id, struct rec_membership *,
    int *found);
int store_memb_list_group(struct store *, int64_t group,
    struct rec_membership_list *);
int store_memb_register(struct store *, int64_t arr,
    struct rec_membership_list *);
/* One page of the register, size rows from the offset'th; its length. */
int store_memb_register_page(struct store *, int64_t arr, int64_t size,
    int64_t offset, struct rec_membership_list *);
int store_memb_register_count(struct store *, int64_t arr, int64_t *n);
int store_memb_of_org(struct store *, int64_t arr, int64_t org,
    struct rec_membership_list *);
int store_memb_notice_due(struct store *, int64_t arr, const char *day,
    struct rec_membership_list *);
int store_sched_due(struct store *, int64_t arr, const char *day,
    struct rec_sched_list *);
int store_memb_history(struct store *, int64_t memb,
    struct rec_memb_history_list *);
int store_crit_list(struct store *, int64_t memb,
    struct rec_criterion_list *);

int store_agreement_current(struct store *, int64_t arr,
    struct rec_agreement *, int *found);
int store_decl_get(struct store *, int64_t agreement, int64_t org,
    struct rec_declaration *, int *found);
int store_decl_list(struct store *, int64_t arr,
    struct rec_signatory_list *);

int store_pos_by_slug(struct store *, int64_t arr, const char *ref,
    struct rec_position *, int *found);
int store_pos_register(struct store *, int64_t arr,
    struct rec_position_list *);
int store_appt_current(struct store *, int64_t position,
    struct rec_appointment_list *);
int store_appt_count(struct store *, int64_t position, const char *role,
    int64_t *n);

int store_forum_register(struct store *, int64_t arr,
    struct rec_forum_list *);
int store_commit_list(struct store *, int64_t arr,
    struct rec_commitment_list *);
int store_concern_list(struct store *, int64_t arr,
    struct rec_concern_list *);

#endif
