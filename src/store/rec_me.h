/*
 * A person's own business, as the store fills it from explicit columns
 * (store/me.c): their organisation's memberships, the groups they chair
 * today and the positions they hold.  Strings are malloc'd (NULL for
 * SQL NULL); each list is { v, n } with one free function.
 */
#ifndef STORE_REC_ME_H
#define STORE_REC_ME_H

#include <stddef.h>
#include <stdint.h>

#include "rec_registry.h"

struct store;

/* A group the person chairs or vice-chairs today
 * (STMT_ACCESS_OFFICES). */
struct rec_office_held {
	int64_t		 group_id;
	char		*slug;
	char		*name;		/* the group's */
	char		*office;	/* chair, vice-chair */
};
struct rec_office_held_list { struct rec_office_held *v; size_t n; };
void rec_office_held_list_free(struct rec_office_held_list *);

/* A representative's position held now (SA-9.1, STMT_APPT_OF_PERSON). */
struct rec_position_held {
	char		*position;	/* the position's name */
	char		*section;
	char		*role;		/* representative, deputy */
	int		 interim;
	char		*scope;
	char		*term_start;
	char		*term_end;	/* or NULL */
};
struct rec_position_held_list { struct rec_position_held *v; size_t n; };
void rec_position_held_list_free(struct rec_position_held_list *);

/* An organisation's memberships in the arrangement, by group name
 * (STMT_ACCESS_MEMBERSHIPS): group_id, grp, group_name, group_kind,
 * kind, status, side, since, status_until, excluded; the rest zero. */
int store_me_memberships(struct store *, int64_t org, int64_t arr,
    struct rec_membership_list *);
int store_me_offices(struct store *, int64_t person, int64_t arr,
    const char *today, struct rec_office_held_list *);
int store_me_positions(struct store *, int64_t person, int64_t arr,
    struct rec_position_held_list *);

#endif
