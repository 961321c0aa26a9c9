/*
 * A person's own business as typed records (rec_me.h), read by column
 * maps (colmap.h): the memberships of their organisation, the groups
 * they chair and the positions they hold.
 */
#include <stddef.h>
#include <stdlib.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_me.h"
#include "store.h"
#include "store_int.h"

static const struct col memb_cols[] = {
	I(rec_membership, group_id),
	TN(rec_membership, grp, "slug"),
	T(rec_membership, group_name),
	E(C_GKIND, rec_membership, group_kind),
	E(C_MKIND, rec_membership, kind),
	E(C_MSTATUS, rec_membership, status),
	T(rec_membership, side), T(rec_membership, since),
	T(rec_membership, status_until), F(rec_membership, excluded),
};
static const struct map memb_map = MAP(rec_membership, memb_cols);

static const struct col office_cols[] = {
	I(rec_office_held, group_id), T(rec_office_held, slug),
	T(rec_office_held, name), T(rec_office_held, office),
};
static const struct map office_map = MAP(rec_office_held, office_cols);

static const struct col position_cols[] = {
	T(rec_position_held, position), T(rec_position_held, section),
	T(rec_position_held, role), F(rec_position_held, interim),
	T(rec_position_held, scope), T(rec_position_held, term_start),
	T(rec_position_held, term_end),
};
static const struct map position_map = MAP(rec_position_held,
    position_cols);

LIST_FREE(rec_office_held_list_free, rec_office_held_list, office_map)
LIST_FREE(rec_position_held_list_free, rec_position_held_list, position_map)

#define Q(...)	store_int_query(s, __VA_ARGS__)

int
store_me_memberships(struct store *s, int64_t org, int64_t arr,
    struct rec_membership_list *l)
{
	return store_map_rows(Q(STMT_ACCESS_MEMBERSHIPS, "ll", org, arr),
	    &memb_map, &l->v, &l->n, 0);
}

int
store_me_offices(struct store *s, int64_t person, int64_t arr,
    const char *today, struct rec_office_held_list *l)
{
	return store_map_rows(Q(STMT_ACCESS_OFFICES, "lls", person, arr,
	    today), &office_map, &l->v, &l->n, 0);
}

int
store_me_positions(struct store *s, int64_t person, int64_t arr,
    struct rec_position_held_list *l)
{
	return store_map_rows(Q(STMT_APPT_OF_PERSON, "ll", person, arr),
	    &position_map, &l->v, &l->n, 0);
}

static const struct map_check checks[] = {
	{ STMT_ACCESS_MEMBERSHIPS, &memb_map },
	{ STMT_ACCESS_OFFICES, &office_map },
	{ STMT_APPT_OF_PERSON, &position_map },
};
const struct map_checks store_me_maps = MAP_CHECKS(checks);
