/*
 * Each agreement's own records as typed records (rec_own.h).  Each
 * record has a column map in the order of its statement's SELECT
 * (src/store/sql/own.sql), read by the store's one filler (colmap.h)
 * and held to its statement at start-up (store_maps_check).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_arrangement.h"
#include "rec_own.h"
#include "rec_registry.h"
#include "store.h"
#include "store_int.h"

/* STMT_STEPBACK_LIST */
static const struct col stepback_cols[] = {
	I(rec_stepback, id), I(rec_stepback, appointment_id),
	T(rec_stepback, conflict), T(rec_stepback, from_day),
	T(rec_stepback, until_day), I(rec_stepback, permanent),
	T(rec_stepback, lifted), T(rec_stepback, person),
	T(rec_stepback, position), T(rec_stepback, position_name),
	T(rec_stepback, role),
};
LIST_MAP(rec_stepback, stepback_cols, stepback_map, rec_stepback_list_free)
READ_BY_ID(store_stepback_list, rec_stepback_list, STMT_STEPBACK_LIST,
    stepback_map)

/* STMT_TRAIN_LIST; STMT_TRAIN_GET has the first four. */
static const struct col training_cols[] = {
	I(rec_train_session, id), T(rec_train_session, title), T(rec_train_session, kind),
	T(rec_train_session, day), I(rec_train_session, invited),
	I(rec_train_session, attended), T(rec_train_session, people),
};
LIST_MAP(rec_train_session, training_cols, training_map,
    rec_train_session_list_free)
READ_BY_ID(store_train_session_list, rec_train_session_list, STMT_TRAIN_LIST,
    training_map)
static const struct map training_get_map = { training_cols, 4,
    sizeof(struct rec_train_session) };

/* STMT_POS_DECISIONS */
static const struct col decision_cols[] = {
	I(rec_pos_decision, id), T(rec_pos_decision, position),
	T(rec_pos_decision, position_name),
	T(rec_pos_decision, electing_group), T(rec_pos_decision, decided_by),
	T(rec_pos_decision, decided_on), T(rec_pos_decision, note),
};
LIST_MAP(rec_pos_decision, decision_cols, decision_map,
    rec_pos_decision_list_free)
READ_BY_ID(store_pos_decision_list, rec_pos_decision_list, STMT_POS_DECISIONS,
    decision_map)

/* STMT_PAPER_LIST */
static const struct col paper_cols[] = {
	I(rec_paper, id), T(rec_paper, title), T(rec_paper, kind),
	T(rec_paper, visibility), T(rec_paper, link), T(rec_paper, body),
	T(rec_paper, added_on), I(rec_paper, meeting_id),
	T(rec_paper, meeting_day), T(rec_paper, grp), T(rec_paper, grp_name),
};
LIST_MAP(rec_paper, paper_cols, paper_map, rec_paper_list_free)

/* STMT_MREPORT_LIST */
static const struct col mreport_cols[] = {
	I(rec_mreport, id), I(rec_mreport, meeting_id), T(rec_mreport, day),
	T(rec_mreport, grp), T(rec_mreport, to_body),
	T(rec_mreport, reported_on), T(rec_mreport, summary),
};
LIST_MAP(rec_mreport, mreport_cols, mreport_map, rec_mreport_list_free)
READ_BY_ID(store_mreport_list, rec_mreport_list, STMT_MREPORT_LIST,
    mreport_map)

/* STMT_TERM_RENEW_LIST */
static const struct col renewal_cols[] = {
	I(rec_renewal, id), T(rec_renewal, renewed_on),
	T(rec_renewal, until), T(rec_renewal, decided_by),
	T(rec_renewal, recorded_by), T(rec_renewal, recorded_at),
};
LIST_MAP(rec_renewal, renewal_cols, renewal_map, rec_renewal_list_free)
READ_BY_ID(store_renewal_list, rec_renewal_list, STMT_TERM_RENEW_LIST,
    renewal_map)

/* STMT_GROUP_OF_KIND: a group's id, slug and name. */
static const struct col group_cols[] = {
	I(rec_group, id), T(rec_group, slug), T(rec_group, name),
};
static const struct map group_map = MAP(rec_group, group_cols);

CLEAR(rec_train_session_clear, rec_train_session, training_map)

enum store_err
store_train_session_get(struct store *st, int64_t id, int64_t arr,
    struct rec_train_session *t, int *found)
{
	return store_map_one(store_int_query(st, STMT_TRAIN_GET, "ll", id,
	    arr), &training_get_map, t, found);
}

enum store_err
store_paper_list(struct store *st, int64_t arr, int64_t meeting,
    int public_only, struct rec_paper_list *l)
{
	return store_map_rows(store_int_query(st, STMT_PAPER_LIST, "lnl", arr,
	    meeting, (int64_t)(public_only != 0)), &paper_map, &l->v, &l->n,
	    0);
}

enum store_err
store_appt_held(struct store *st, int64_t position, int64_t person,
    int64_t *id)
{
	return store_int_id(store_int_query(st, STMT_APPT_HELD, "ll", position,
	    person), id);
}

enum store_err
store_group_of_kind(struct store *st, int64_t arr, const char *kind,
    struct rec_group *g, int *found)
{
	return store_map_one(store_int_query(st, STMT_GROUP_OF_KIND, "ls", arr,
	    kind), &group_map, g, found);
}

static const struct map_check checks[] = {
	{ STMT_STEPBACK_LIST, &stepback_map },
	{ STMT_TRAIN_LIST, &training_map },
	{ STMT_TRAIN_GET, &training_get_map },
	{ STMT_POS_DECISIONS, &decision_map },
	{ STMT_PAPER_LIST, &paper_map },
	{ STMT_MREPORT_LIST, &mreport_map },
	{ STMT_TERM_RENEW_LIST, &renewal_map },
	{ STMT_GROUP_OF_KIND, &group_map },
};

const struct map_checks store_own_maps = MAP_CHECKS(checks);
