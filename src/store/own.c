/*
 * Each agreement's own records as typed records (rec_own.h).  Each
 * record has a column map in the order of its statement's SELECT
 * (src/store/sql/own.sql), read by the one filler of store_int.h
 * (here too: store_int_rows, store_int_one, store_int_clear).
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "rec_own.h"
#include "rec_registry.h"
#include "store.h"
#include "store_int.h"

#define OT(s, f)	{ STORE_COL_TEXT, offsetof(struct s, f) }
#define OI(s, f)	{ STORE_COL_INT, offsetof(struct s, f) }
#define OMAP(s, c)	{ c, sizeof(c) / sizeof(c[0]), sizeof(struct s) }

/* STMT_STEPBACK_LIST */
static const struct store_col stepback_cols[] = {
	OI(rec_stepback, id), OI(rec_stepback, appointment_id),
	OT(rec_stepback, conflict), OT(rec_stepback, from_day),
	OT(rec_stepback, until_day), OI(rec_stepback, permanent),
	OT(rec_stepback, lifted), OT(rec_stepback, person),
	OT(rec_stepback, position), OT(rec_stepback, position_name),
	OT(rec_stepback, role),
};
static const struct store_map stepback_map = OMAP(rec_stepback, stepback_cols);

/* STMT_TRAIN_LIST; STMT_TRAIN_GET has the first four. */
static const struct store_col training_cols[] = {
	OI(rec_session, id), OT(rec_session, title), OT(rec_session, kind),
	OT(rec_session, day), OI(rec_session, invited),
	OI(rec_session, attended), OT(rec_session, people),
};
static const struct store_map training_map = OMAP(rec_session, training_cols);
static const struct store_map training_get_map = { training_cols, 4,
    sizeof(struct rec_session) };

/* STMT_POS_DECISIONS */
static const struct store_col decision_cols[] = {
	OI(rec_pos_decision, id), OT(rec_pos_decision, position),
	OT(rec_pos_decision, position_name),
	OT(rec_pos_decision, electing_group), OT(rec_pos_decision, decided_by),
	OT(rec_pos_decision, decided_on), OT(rec_pos_decision, note),
};
static const struct store_map decision_map = OMAP(rec_pos_decision,
    decision_cols);

/* STMT_PAPER_LIST */
static const struct store_col paper_cols[] = {
	OI(rec_paper, id), OT(rec_paper, title), OT(rec_paper, kind),
	OT(rec_paper, visibility), OT(rec_paper, link), OT(rec_paper, body),
	OT(rec_paper, added_on), OI(rec_paper, meeting_id),
	OT(rec_paper, meeting_day), OT(rec_paper, grp),
};
static const struct store_map paper_map = OMAP(rec_paper, paper_cols);

/* STMT_MREPORT_LIST */
static const struct store_col mreport_cols[] = {
	OI(rec_mreport, id), OI(rec_mreport, meeting_id), OT(rec_mreport, day),
	OT(rec_mreport, grp), OT(rec_mreport, to_body),
	OT(rec_mreport, reported_on), OT(rec_mreport, summary),
};
static const struct store_map mreport_map = OMAP(rec_mreport, mreport_cols);

/* STMT_TERM_RENEW_LIST */
static const struct store_col renewal_cols[] = {
	OI(rec_renewal, id), OT(rec_renewal, renewed_on),
	OT(rec_renewal, until), OT(rec_renewal, decided_by),
	OT(rec_renewal, recorded_by), OT(rec_renewal, recorded_at),
};
static const struct store_map renewal_map = OMAP(rec_renewal, renewal_cols);

/* STMT_GROUP_OF_KIND: a group's id, slug and name. */
static const struct store_col group_cols[] = {
	OI(rec_group, id), OT(rec_group, slug), OT(rec_group, name),
};
static const struct store_map group_map = OMAP(rec_group, group_cols);

void
store_int_clear(const struct store_map *m, void *rec)
{
	size_t i;

	for (i = 0; i < m->ncols; i++)
		if (m->cols[i].t == STORE_COL_TEXT)
			free(*(char **)((char *)rec + m->cols[i].off));
	memset(rec, 0, m->size);
}

void
store_int_list_free(const struct store_map *m, void **v, size_t *n)
{
	size_t i;

	for (i = 0; *v != NULL && i < *n; i++)
		store_int_clear(m, (char *)*v + i * m->size);
	free(*v);
	*v = NULL;
	*n = 0;
}

struct fill {
	const struct store_map	 *m;
	void			**v;
	size_t			 *n;
};

static int
fill_row(sqlite3_stmt *q, void *arg)
{
	struct fill	*f = arg;
	char		*rec;
	size_t		 i;
	int		 nomem = 0;

	if ((rec = store_int_grow(f->v, f->n, f->m->size)) == NULL)
		return -1;
	for (i = 0; i < f->m->ncols; i++) {
		void *p = rec + f->m->cols[i].off;

		if (f->m->cols[i].t == STORE_COL_TEXT)
			*(char **)p = store_int_text(q, (int)i, &nomem);
		else
			*(int64_t *)p = sqlite3_column_int64(q, (int)i);
	}
	return nomem ? -1 : 0;
}

int
store_int_rows(sqlite3_stmt *q, const struct store_map *m, void **v,
    size_t *n)
{
	struct fill	f = { m, v, n };
	int		rc;

	*v = NULL;
	*n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, fill_row, &f)) != STORE_OK)
		store_int_list_free(m, v, n);
	return rc;
}

int
store_int_one(sqlite3_stmt *q, const struct store_map *m, void *rec,
    int *found)
{
	void	*v;
	size_t	 n, i;
	int	 rc;

	memset(rec, 0, m->size);
	*found = 0;
	if ((rc = store_int_rows(q, m, &v, &n)) != STORE_OK)
		return rc;
	if (n > 0) {
		memcpy(rec, v, m->size);
		*found = 1;
	}
	for (i = 1; i < n; i++)
		store_int_clear(m, (char *)v + i * m->size);
	free(v);
	return STORE_OK;
}

#define LIST_FREE(fn, type, map) \
void \
fn(struct type *l) \
{ \
	store_int_list_free(&map, (void **)&l->v, &l->n); \
}

LIST_FREE(rec_stepback_list_free, rec_stepback_list, stepback_map)
LIST_FREE(rec_session_list_free, rec_session_list, training_map)
LIST_FREE(rec_pos_decision_list_free, rec_pos_decision_list, decision_map)
LIST_FREE(rec_paper_list_free, rec_paper_list, paper_map)
LIST_FREE(rec_mreport_list_free, rec_mreport_list, mreport_map)
LIST_FREE(rec_renewal_list_free, rec_renewal_list, renewal_map)

void
rec_session_clear(struct rec_session *t)
{
	store_int_clear(&training_map, t);
}

int
store_stepback_list(struct store *st, int64_t arr,
    struct rec_stepback_list *l)
{
	return store_int_rows(store_int_query(st, STMT_STEPBACK_LIST, "l", arr),
	    &stepback_map, (void **)&l->v, &l->n);
}

int
store_session_get(struct store *st, int64_t id, int64_t arr,
    struct rec_session *t, int *found)
{
	return store_int_one(store_int_query(st, STMT_TRAIN_GET, "ll", id, arr),
	    &training_get_map, t, found);
}

int
store_session_list(struct store *st, int64_t arr,
    struct rec_session_list *l)
{
	return store_int_rows(store_int_query(st, STMT_TRAIN_LIST, "l", arr),
	    &training_map, (void **)&l->v, &l->n);
}

int
store_pos_decision_list(struct store *st, int64_t arr,
    struct rec_pos_decision_list *l)
{
	return store_int_rows(store_int_query(st, STMT_POS_DECISIONS, "l", arr),
	    &decision_map, (void **)&l->v, &l->n);
}

int
store_paper_list(struct store *st, int64_t arr, int64_t meeting,
    int public_only, struct rec_paper_list *l)
{
	return store_int_rows(store_int_query(st, STMT_PAPER_LIST, "lnl", arr, meeting,
	    (int64_t)(public_only != 0)), &paper_map, (void **)&l->v, &l->n);
}

int
store_mreport_list(struct store *st, int64_t arr, struct rec_mreport_list *l)
{
	return store_int_rows(store_int_query(st, STMT_MREPORT_LIST, "l", arr),
	    &mreport_map, (void **)&l->v, &l->n);
}

int
store_renewal_list(struct store *st, int64_t arr, struct rec_renewal_list *l)
{
	return store_int_rows(store_int_query(st, STMT_TERM_RENEW_LIST, "l",
	    arr), &renewal_map, (void **)&l->v, &l->n);
}

int
store_appt_held(struct store *st, int64_t position, int64_t person,
    int64_t *id)
{
	sqlite3_stmt *q;

	*id = 0;
	if ((q = store_int_query(st, STMT_APPT_HELD, "ll", position, person))
	    == NULL)
		return STORE_ERROR;
	return store_int_each(q, store_int_first_id, id);
}

int
store_group_of_kind(struct store *st, int64_t arr, const char *kind,
    struct rec_group *g, int *found)
{
	return store_int_one(store_int_query(st, STMT_GROUP_OF_KIND, "ls", arr, kind),
	    &group_map, g, found);
}
