/*
 * Each agreement's own records (migration 17, issue 16), as the store
 * fills them from explicit columns (store/own.c): a representative
 * stepping back (SA-D2.8), induction and training sessions (SA-D3.6),
 * the co-ordination group's decisions on which forum elects (SA-9.2),
 * papers (SA-11.1) and meetings' reports (SC-report).  Strings are
 * malloc'd (NULL for SQL NULL); each list is { v, n } with one free.
 */
#ifndef STORE_REC_OWN_H
#define STORE_REC_OWN_H

#include <stddef.h>
#include <stdint.h>

#include "store.h"

struct store;
struct rec_group;

struct rec_stepback {
	int64_t	 id;
	int64_t	 appointment_id;
	char	*conflict;
	char	*from_day;
	char	*until_day;	/* NULL: until lifted */
	int64_t	 permanent;
	char	*lifted;	/* the day they came back, or NULL */
	char	*person;
	char	*position;	/* the position's slug */
	char	*position_name;
	char	*role;
	int	 in_force;	/* core: on the day asked */
};
struct rec_stepback_list { struct rec_stepback *v; size_t n; };

struct rec_train_session {
	int64_t	 id;
	char	*title;
	char	*kind;		/* induction, training, networking */
	char	*day;
	int64_t	 invited;	/* lists only */
	int64_t	 attended;	/* lists only */
	char	*people;	/* lists only: "A (came); B" */
};
struct rec_train_session_list { struct rec_train_session *v; size_t n; };

struct rec_pos_decision {
	int64_t	 id;
	char	*position;	/* slug */
	char	*position_name;
	char	*electing_group;
	char	*decided_by;
	char	*decided_on;
	char	*note;
};
struct rec_pos_decision_list { struct rec_pos_decision *v; size_t n; };

struct rec_paper {
	int64_t	 id;
	char	*title;
	char	*kind;
	char	*visibility;	/* members or public */
	char	*link;
	char	*body;
	char	*added_on;
	int64_t	 meeting_id;	/* 0: a group's paper */
	char	*meeting_day;
	char	*grp;
	char	*grp_name;	/* the group's name, for people */
};
struct rec_paper_list { struct rec_paper *v; size_t n; };

struct rec_mreport {
	int64_t	 id;
	int64_t	 meeting_id;
	char	*day;
	char	*grp;
	char	*to_body;
	char	*reported_on;
	char	*summary;
};
struct rec_mreport_list { struct rec_mreport *v; size_t n; };

/* A renewal of the agreement's term (SC-term). */
struct rec_renewal {
	int64_t	 id;
	char	*renewed_on;
	char	*until;		/* NULL: no end date */
	char	*decided_by;
	char	*recorded_by;
	char	*recorded_at;
};
struct rec_renewal_list { struct rec_renewal *v; size_t n; };

void rec_train_session_clear(struct rec_train_session *);
void rec_renewal_list_free(struct rec_renewal_list *);
void rec_stepback_list_free(struct rec_stepback_list *);
void rec_train_session_list_free(struct rec_train_session_list *);
void rec_pos_decision_list_free(struct rec_pos_decision_list *);
void rec_paper_list_free(struct rec_paper_list *);
void rec_mreport_list_free(struct rec_mreport_list *);

/* Reads: STORE_OK or the error; arr: the arrangement. */
enum store_err store_stepback_list(struct store *, int64_t arr,
    struct rec_stepback_list *);
enum store_err store_train_session_get(struct store *, int64_t id, int64_t arr,
    struct rec_train_session *, int *found);
enum store_err store_train_session_list(struct store *, int64_t arr,
    struct rec_train_session_list *);
enum store_err store_pos_decision_list(struct store *, int64_t arr,
    struct rec_pos_decision_list *);
/* meeting 0: every paper; public_only: those marked public (SA-11.1). */
enum store_err store_paper_list(struct store *, int64_t arr, int64_t meeting,
    int public_only, struct rec_paper_list *);
enum store_err store_mreport_list(struct store *, int64_t arr,
    struct rec_mreport_list *);
enum store_err store_renewal_list(struct store *, int64_t arr,
    struct rec_renewal_list *);
/* The person's current appointment to position: *id 0 when none. */
enum store_err store_appt_held(struct store *, int64_t position, int64_t person,
    int64_t *id);
/* The arrangement's first group of kind (its id, slug and name), for
 * the co-ordination group (SA-9.2). */
enum store_err store_group_of_kind(struct store *, int64_t arr, const char *kind,
    struct rec_group *, int *found);

#endif
