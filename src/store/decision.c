/*
 * Decisions as typed records (rec_meeting.h): motions and their votes,
 * in the columns of src/store/sql/decision.sql.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec_meeting.h"
#include "store.h"
#include "store_int.h"

const char *const motion_method_names[] = { "consensus", "vote", "poll",
    "email" };
const char *const motion_status_names[] = { "open", "closed" };

void
rec_motion_free(struct rec_motion *m)
{
	free(m->body);
	free(m->opens);
	free(m->closes);
	free(m->outcome);
	free(m->effect);
	free(m->proposed_by);
	free(m->proposed_at);
	free(m->decided_at);
	free(m->grp);
	free(m->group_name);
	free(m->group_kind);
	memset(m, 0, sizeof(*m));
}

void
rec_motion_list_free(struct rec_motion_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rec_motion_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_vote_list_free(struct rec_vote_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].organisation);
		free(l->v[i].choice);
		free(l->v[i].cast_by);
		free(l->v[i].cast_at);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static int
method_of(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < 4; i++)
		if (strcmp(s, motion_method_names[i]) == 0)
			return (int)i;
	return METHOD_CONSENSUS;
}

/* STMT_MOTION_GET and STMT_MOTION_LIST's columns. */
static int
motion_fill(sqlite3_stmt *q, struct rec_motion *m)
{
	const char	*st;
	int		 nomem = 0;

	m->id = sqlite3_column_int64(q, 0);
	m->group_id = sqlite3_column_int64(q, 1);
	m->meeting_id = sqlite3_column_int64(q, 2);
	m->item_id = sqlite3_column_int64(q, 3);
	m->body = store_int_text(q, 4, &nomem);
	m->method = method_of((const char *)sqlite3_column_text(q, 5));
	m->opens = store_int_text(q, 6, &nomem);
	m->closes = store_int_text(q, 7, &nomem);
	m->round = sqlite3_column_int(q, 8);
	m->previous_id = sqlite3_column_int64(q, 9);
	st = (const char *)sqlite3_column_text(q, 10);
	m->status = st != NULL && strcmp(st, "open") == 0 ? MOTION_OPEN :
	    MOTION_CLOSED;
	m->outcome = store_int_text(q, 11, &nomem);
	m->counted = sqlite3_column_type(q, 12) != SQLITE_NULL;
	m->votes_for = sqlite3_column_int(q, 12);
	m->votes_against = sqlite3_column_int(q, 13);
	m->votes_abstain = sqlite3_column_int(q, 14);
	m->effect = store_int_text(q, 15, &nomem);
	m->proposed_by = store_int_text(q, 16, &nomem);
	m->proposed_at = store_int_text(q, 17, &nomem);
	m->decided_at = store_int_text(q, 18, &nomem);
	m->grp = store_int_text(q, 19, &nomem);
	m->group_name = store_int_text(q, 20, &nomem);
	m->group_kind = store_int_text(q, 21, &nomem);
	m->item = sqlite3_column_int(q, 22);
	m->vcse_only = sqlite3_column_int(q, 23) != 0;
	return nomem ? -1 : 0;
}

static int
motion_one(sqlite3_stmt *q, void *arg)
{
	return motion_fill(q, arg);
}

static int
motion_row(sqlite3_stmt *q, void *arg)
{
	struct rec_motion_list	*l = arg;
	struct rec_motion	*m;

	if ((m = store_int_grow((void **)&l->v, &l->n, sizeof(*m))) == NULL)
		return -1;
	return motion_fill(q, m);
}

int
store_motion_get(struct store *st, int64_t id, int64_t arr,
    struct rec_motion *m, int *found)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(m, 0, sizeof(*m));
	*found = 0;
	if ((q = store_int_query(st, STMT_MOTION_GET, "ll", id, arr)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, motion_one, m)) != STORE_OK)
		rec_motion_free(m);
	*found = rc == STORE_OK && m->id != 0;
	return rc;
}

int
store_motion_list(struct store *st, int64_t arr, int64_t group,
    struct rec_motion_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_MOTION_LIST, "ll", arr, group)) ==
	    NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, motion_row, l)) != STORE_OK)
		rec_motion_list_free(l);
	return rc;
}

int
store_motion_group(struct store *st, int64_t id, int64_t arr,
    int64_t *group)
{
	sqlite3_stmt *q;

	*group = 0;
	if ((q = store_int_query(st, STMT_MOTION_GROUP, "ll", id, arr)) ==
	    NULL)
		return STORE_ERROR;
	return store_int_each(q, store_int_first_id, group);
}

/* STMT_MVOTE_LIST's columns. */
static int
vote_row(sqlite3_stmt *q, void *arg)
{
	struct rec_vote_list	*l = arg;
	struct rec_vote		*v;
	int			 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->organisation_id = sqlite3_column_int64(q, 0);
	v->organisation = store_int_text(q, 1, &nomem);
	v->choice = store_int_text(q, 2, &nomem);
	v->cast_by = store_int_text(q, 3, &nomem);
	v->cast_at = store_int_text(q, 4, &nomem);
	return nomem ? -1 : 0;
}

int
store_vote_list(struct store *st, int64_t motion, struct rec_vote_list *l)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(l, 0, sizeof(*l));
	if ((q = store_int_query(st, STMT_MVOTE_LIST, "l", motion)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, vote_row, l)) != STORE_OK)
		rec_vote_list_free(l);
	return rc;
}

/* STMT_MVOTE_TALLY's columns: a choice and its count. */
static int
tally_row(sqlite3_stmt *q, void *arg)
{
	unsigned	*n = arg;
	const char	*choice = (const char *)sqlite3_column_text(q, 0);
	unsigned	 k;

	k = choice != NULL && strcmp(choice, "for") == 0 ? 0 :
	    choice != NULL && strcmp(choice, "against") == 0 ? 1 : 2;
	n[k] += (unsigned)sqlite3_column_int64(q, 1);
	return 0;
}

int
store_vote_tally(struct store *st, int64_t motion, unsigned *for_,
    unsigned *against, unsigned *abstain)
{
	sqlite3_stmt	*q;
	unsigned	 n[3] = { 0, 0, 0 };
	int		 rc;

	if ((q = store_int_query(st, STMT_MVOTE_TALLY, "l", motion)) == NULL)
		return STORE_ERROR;
	rc = store_int_each(q, tally_row, n);
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
store_effect_parse(const char *text, struct rec_effect *e)
{
	json_t		*j;
	const char	*what, *name, *eff;
	int		 rc = -1;

	memset(e, 0, sizeof(*e));
	if (text == NULL || (j = json_loads(text, 0, NULL)) == NULL)
		return -1;
	what = json_string_value(json_object_get(j, "do"));
	name = json_string_value(json_object_get(j, "organisation"));
	eff = json_string_value(json_object_get(j, "effective"));
	if (what != NULL && strlen(what) < sizeof(e->what)) {
		snprintf(e->what, sizeof(e->what), "%s", what);
		e->organisation_id = json_integer_value(json_object_get(j,
		    "organisation_id"));
		e->organisation = name != NULL ? strdup(name) : NULL;
		e->effective = eff != NULL ? strdup(eff) : NULL;
		rc = (name != NULL && e->organisation == NULL) ||
		    (eff != NULL && e->effective == NULL) ? -1 : 0;
	}
	json_decref(j);
	if (rc != 0)
		rec_effect_free(e);
	return rc;
}

char *
store_effect_text(const struct rec_effect *e)
{
	json_t	*j;
	char	*text;

	j = json_pack("{s:s, s:I, s:s?, s:s?}", "do", e->what,
	    "organisation_id", (json_int_t)e->organisation_id, "organisation",
	    e->organisation, "effective", e->effective);
	if (j == NULL)
		return NULL;
	text = json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(j);
	return text;
}

static int
voted_row(sqlite3_stmt *q, void *arg)
{
	(void)q;
	*(int *)arg = 1;
	return 0;
}

int
store_motion_voted(struct store *st, int64_t motion, int64_t org,
    int *voted)
{
	sqlite3_stmt *q;

	*voted = 0;
	if ((q = store_int_query(st, STMT_MVOTE_HAS, "ll", motion, org)) ==
	    NULL)
		return STORE_ERROR;
	return store_int_each(q, voted_row, voted);
}
