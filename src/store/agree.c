/*
 * The store's typed reads of rec_agree.h: each record filled from its
 * statement's columns by a column map in the order of its SELECT.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "rec_agree.h"
#include "store_int.h"

enum ctype { C_TEXT, C_INT };

struct acol {
	enum ctype	 t;
	size_t		 off;
};

struct amap {
	const struct acol *cols;
	size_t		  ncols;
	size_t		  size;
};

#define T(s, f)		{ C_TEXT, offsetof(struct s, f) }
#define I(s, f)		{ C_INT, offsetof(struct s, f) }
#define MAP(s, c)	{ c, sizeof(c) / sizeof(c[0]), sizeof(struct s) }

struct fillarg {
	const struct amap *map;
	void		 **v;		/* the list's array and count */
	size_t		  *n;
	int		   one;		/* a single record, not a list */
	void		  *rec;
};

static int
fill_rec(sqlite3_stmt *q, const struct amap *m, char *rec)
{
	size_t	i;
	int	nomem = 0;

	for (i = 0; i < m->ncols; i++)
		if (m->cols[i].t == C_TEXT)
			*(char **)(rec + m->cols[i].off) =
			    store_int_text(q, (int)i, &nomem);
		else if (sqlite3_column_type(q, (int)i) != SQLITE_NULL)
			*(int64_t *)(rec + m->cols[i].off) =
			    sqlite3_column_int64(q, (int)i);
	return nomem ? -1 : 0;
}

static int
fill_row(sqlite3_stmt *q, void *arg)
{
	struct fillarg	*a = arg;
	void		*rec;

	if (a->one)
		return fill_rec(q, a->map, a->rec);
	if ((rec = store_int_grow(a->v, a->n, a->map->size)) == NULL)
		return -1;
	return fill_rec(q, a->map, rec);
}

/* Frees the text fields of n records of m at v, and v. */
static void
free_recs(const struct amap *m, void *v, size_t n)
{
	size_t	i, k;

	for (i = 0; i < n; i++)
		for (k = 0; k < m->ncols; k++)
			if (m->cols[k].t == C_TEXT)
				free(*(char **)((char *)v + i * m->size +
				    m->cols[k].off));
	free(v);
}

static enum store_err
run(sqlite3_stmt *q, const struct amap *m, void **v, size_t *n)
{
	struct fillarg	a = { m, v, n, 0, NULL };
	int		rc;

	*v = NULL;
	*n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, fill_row, &a)) != STORE_OK) {
		free_recs(m, *v, *n);
		*v = NULL;
		*n = 0;
	}
	return rc;
}

static const struct acol place_cols[] = {
	I(rec_place, id), T(rec_place, slug), T(rec_place, name),
};
static const struct amap place_map = MAP(rec_place, place_cols);

void
rec_place_clear(struct rec_place *p)
{
	free(p->slug);
	free(p->name);
	memset(p, 0, sizeof(*p));
}

enum store_err
store_place_get(struct store *s, enum stmt id, int64_t key,
    const char *slug, struct rec_place *p, int *found)
{
	struct fillarg	 a = { &place_map, NULL, NULL, 1, p };
	sqlite3_stmt	*q;
	int		 rc;

	memset(p, 0, sizeof(*p));
	*found = 0;
	q = slug != NULL ? store_int_query(s, id, "ls", key, slug) :
	    store_int_query(s, id, "l", key);
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, fill_row, &a)) != STORE_OK)
		rec_place_clear(p);
	*found = rc == STORE_OK && p->id != 0;
	return rc;
}

/* A list of one text column. */
static int
text_row(sqlite3_stmt *q, void *arg)
{
	struct rec_text_list	*l = arg;
	char			**slot;
	int			  nomem = 0;

	if ((slot = store_int_grow((void **)&l->v, &l->n,
	    sizeof(*slot))) == NULL)
		return -1;
	*slot = store_int_text(q, 0, &nomem);
	return nomem ? -1 : 0;
}

void
rec_text_list_free(struct rec_text_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static enum store_err
texts(sqlite3_stmt *q, struct rec_text_list *l)
{
	int rc;

	l->v = NULL;
	l->n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, text_row, l)) != STORE_OK)
		rec_text_list_free(l);
	return rc;
}

enum store_err
store_place_areas(struct store *s, int64_t place, struct rec_text_list *l)
{
	return texts(store_int_query(s, STMT_PLACE_AREAS, "l", place), l);
}

enum store_err
store_forum_no_place(struct store *s, int64_t arr, struct rec_text_list *l)
{
	return texts(store_int_query(s, STMT_FORUM_NO_PLACE, "l", arr), l);
}

#define LIST(rec, cols, map, fn)					\
static const struct amap map = MAP(rec, cols);				\
void									\
fn(struct rec##_list *l)						\
{									\
	free_recs(&map, l->v, l->n);					\
	l->v = NULL;							\
	l->n = 0;							\
}

static const struct acol elector_cols[] = {
	T(rec_place_elector, position), T(rec_place_elector, group),
	I(rec_place_elector, serves), I(rec_place_elector, remit),
	T(rec_place_elector, serves_name), T(rec_place_elector, remit_name),
};
LIST(rec_place_elector, elector_cols, elector_map,
    rec_place_elector_list_free)

enum store_err
store_place_electors(struct store *s, int64_t arr,
    struct rec_place_elector_list *l)
{
	return run(store_int_query(s, STMT_PLACE_ELECTORS, "l", arr),
	    &elector_map, (void **)&l->v, &l->n);
}

static const struct acol due_cols[] = {
	I(rec_feedback_due, appointment), T(rec_feedback_due, position),
	T(rec_feedback_due, person), T(rec_feedback_due, day),
	I(rec_feedback_due, fed_back),
};
LIST(rec_feedback_due, due_cols, due_map, rec_feedback_due_list_free)

enum store_err
store_feedback_due(struct store *s, int64_t arr, const char *day,
    struct rec_feedback_due_list *l)
{
	return run(store_int_query(s, STMT_REP_FEEDBACK_DUE, "ls", arr, day),
	    &due_map, (void **)&l->v, &l->n);
}

static const struct acol exchange_cols[] = {
	I(rec_exchange, id), T(rec_exchange, position),
	T(rec_exchange, position_name), T(rec_exchange, board_day),
	T(rec_exchange, person), T(rec_exchange, direction),
	T(rec_exchange, summary), T(rec_exchange, on_date),
};
LIST(rec_exchange, exchange_cols, exchange_map, rec_exchange_list_free)

enum store_err
store_exchanges(struct store *s, int64_t arr, struct rec_exchange_list *l)
{
	return run(store_int_query(s, STMT_REP_EXCHANGES, "l", arr),
	    &exchange_map, (void **)&l->v, &l->n);
}

static const struct acol gap_cols[] = {
	T(rec_timetable_gap, subject), T(rec_timetable_gap, day),
	T(rec_timetable_gap, raised_by), T(rec_timetable_gap, other),
};
LIST(rec_timetable_gap, gap_cols, gap_map, rec_timetable_gap_list_free)

enum store_err
store_timetable_gaps(struct store *s, int64_t arr, const char *day,
    struct rec_timetable_gap_list *l)
{
	return run(store_int_query(s, STMT_TIMETABLE_GAPS, "ls", arr, day),
	    &gap_map, (void **)&l->v, &l->n);
}

static const struct acol tt_cols[] = {
	T(rec_timetable, group), T(rec_timetable, day),
	T(rec_timetable, status),
};
LIST(rec_timetable, tt_cols, tt_map, rec_timetable_list_free)

enum store_err
store_timetable(struct store *s, int64_t arr, const char *year,
    struct rec_timetable_list *l)
{
	return run(store_int_query(s, STMT_TIMETABLE, "ls", arr, year),
	    &tt_map, (void **)&l->v, &l->n);
}

static const struct acol seat_cols[] = {
	T(rec_seat, seat), T(rec_seat, person), I(rec_seat, parent_member),
	I(rec_seat, parent_chair),
};
LIST(rec_seat, seat_cols, seat_map, rec_seat_list_free)

enum store_err
store_seats_on(struct store *s, int64_t group, const char *day,
    struct rec_seat_list *l)
{
	return run(store_int_query(s, STMT_SEATS_ON, "ls", group, day),
	    &seat_map, (void **)&l->v, &l->n);
}

enum store_err
store_reports_along(struct store *s, int64_t group, const char *to,
    const char *from, const char *until, int64_t *n)
{
	sqlite3_stmt	*q;
	int		 rc;

	*n = 0;
	if ((q = store_int_query(s, STMT_REPORTS_ALONG, "lsss", group, to,
	    from, until)) == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		*n = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? STORE_OK : STORE_ERROR;
}

static const struct acol paper_cols[] = {
	I(rec_paper, id), T(rec_paper, title), T(rec_paper, kind),
	T(rec_paper, visibility), T(rec_paper, link), T(rec_paper, body),
	T(rec_paper, added_on), I(rec_paper, meeting_id),
	T(rec_paper, meeting_day), T(rec_paper, group),
};
LIST(rec_paper, paper_cols, paper_map, rec_paper_list_free)

enum store_err
store_paper_list(struct store *s, int64_t arr, int64_t meeting,
    int public_only, struct rec_paper_list *l)
{
	return run(store_int_query(s, STMT_PAPER_SEEN, "lnl", arr, meeting,
	    (int64_t)(public_only != 0)), &paper_map, (void **)&l->v, &l->n);
}

enum store_err
store_board_meeting_id(struct store *s, int64_t position, const char *day,
    int64_t *id)
{
	sqlite3_stmt	*q;
	int		 rc;

	*id = 0;
	if ((q = store_int_query(s, STMT_BOARD_MEETING_ID, "ls", position,
	    day)) == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		*id = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? STORE_OK : STORE_ERROR;
}
