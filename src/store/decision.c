/*
 * Decisions as typed records (rec_meeting.h): motions and their votes,
 * by column maps in the order of src/store/sql/decision.sql's SELECTs
 * (colmap.h), held to their statements at start-up.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "rec_meeting.h"
#include "store.h"
#include "store_int.h"

const char *const motion_method_names[] = { "consensus", "vote", "poll",
    "email" };
const char *const motion_status_names[] = { "open", "closed" };

/* The method kept: consensus for any other text. */
static int
method_read(sqlite3_stmt *q, int i, void *field)
{
	const char	*s = (const char *)sqlite3_column_text(q, i);
	int		 k;

	*(enum motion_method *)field = METHOD_CONSENSUS;
	for (k = 0; s != NULL && k < 4; k++)
		if (strcmp(s, motion_method_names[k]) == 0)
			*(enum motion_method *)field = (enum motion_method)k;
	return 0;
}

/* Open, or closed for any other text. */
static int
motion_status_read(sqlite3_stmt *q, int i, void *field)
{
	const char *s = (const char *)sqlite3_column_text(q, i);

	*(enum motion_status *)field = s != NULL && strcmp(s, "open") == 0 ?
	    MOTION_OPEN : MOTION_CLOSED;
	return 0;
}

static const struct col_reader method_rd = { method_read, NULL };
static const struct col_reader motion_status_rd = { motion_status_read,
    NULL };

/* STMT_MOTION_GET and STMT_MOTION_LIST */
static const struct col motion_cols[] = {
	I(rec_motion, id), I(rec_motion, group_id), I(rec_motion, meeting_id),
	I(rec_motion, item_id), T(rec_motion, body),
	R(rec_motion, method, method_rd), T(rec_motion, opens),
	T(rec_motion, closes), N(rec_motion, round),
	I(rec_motion, previous_id), R(rec_motion, status, motion_status_rd),
	T(rec_motion, outcome), F(rec_motion, counted),
	N(rec_motion, votes_for), N(rec_motion, votes_against),
	N(rec_motion, votes_abstain), T(rec_motion, effect),
	T(rec_motion, proposed_by), T(rec_motion, proposed_at),
	T(rec_motion, decided_at), TN(rec_motion, grp, "slug"),
	TN(rec_motion, group_name, "name"), TN(rec_motion, group_kind, "kind"),
	NN(rec_motion, item, "pos"), F(rec_motion, vcse_only),
};
static const struct map motion_map = MAP(rec_motion, motion_cols);

/* STMT_MVOTE_LIST */
static const struct col vote_cols[] = {
	I(rec_vote, organisation_id), T(rec_vote, organisation),
	T(rec_vote, choice), T(rec_vote, cast_by), T(rec_vote, cast_at),
};
static const struct map vote_map = MAP(rec_vote, vote_cols);

CLEAR(rec_motion_free, rec_motion, motion_map)
LIST_FREE(rec_motion_list_free, rec_motion_list, motion_map)
LIST_FREE(rec_vote_list_free, rec_vote_list, vote_map)

int
store_motion_get(struct store *st, int64_t id, int64_t arr,
    struct rec_motion *m, int *found)
{
	return store_map_one(store_int_query(st, STMT_MOTION_GET, "ll", id,
	    arr), &motion_map, m, found);
}

int
store_motion_list(struct store *st, int64_t arr, int64_t group,
    struct rec_motion_list *l)
{
	return store_map_rows(store_int_query(st, STMT_MOTION_LIST, "ll", arr,
	    group), &motion_map, &l->v, &l->n, 0);
}

int
store_motion_group(struct store *st, int64_t id, int64_t arr,
    int64_t *group)
{
	return store_int_id(store_int_query(st, STMT_MOTION_GROUP, "ll", id,
	    arr), group);
}

int
store_vote_list(struct store *st, int64_t motion, struct rec_vote_list *l)
{
	return store_map_rows(store_int_query(st, STMT_MVOTE_LIST, "l",
	    motion), &vote_map, &l->v, &l->n, 0);
}

int
store_vote_tally(struct store *st, int64_t motion, unsigned *for_,
    unsigned *against, unsigned *abstain)
{
	struct key_count	*v;
	unsigned		 n[3] = { 0, 0, 0 };
	size_t			 i, nv;
	int			 rc;

	/* The key: 0 for, 1 against, 2 abstain (any other choice). */
	rc = store_map_rows(store_int_query(st, STMT_MVOTE_TALLY, "l",
	    motion), &key_count_map, &v, &nv, 0);
	for (i = 0; i < nv; i++)
		n[v[i].key >= 0 && v[i].key < 3 ? v[i].key : 2] +=
		    (unsigned)v[i].n;
	free(v);
	*for_ = n[0];
	*against = n[1];
	*abstain = n[2];
	return rc;
}

void
rec_effect_free(struct rec_effect *e)
{
	free(e->organisation);
	free(e->effective);
	memset(e, 0, sizeof(*e));
}

int
store_motion_voted(struct store *st, int64_t motion, int64_t org,
    int *voted)
{
	return store_int_any(store_int_query(st, STMT_MVOTE_HAS, "ll", motion,
	    org), voted);
}

static const struct map_check checks[] = {
	{ STMT_MOTION_GET, &motion_map },
	{ STMT_MOTION_LIST, &motion_map },
	{ STMT_MVOTE_LIST, &vote_map },
	{ STMT_MVOTE_TALLY, &key_count_map },
};

const struct map_checks store_decision_maps = MAP_CHECKS(checks);
