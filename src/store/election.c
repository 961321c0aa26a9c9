/*
 * Elections as typed records (rec_election.h), in the columns of
 * src/store/sql/election.sql.  The count is kept in the election's row
 * as JSON text; it is read and written here, so that nothing above the
 * store handles it as JSON.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "rec_election.h"
#include "store.h"
#include "store_int.h"

const char *const election_status_names[] = { "nominations", "voting",
    "counted", "tied", "announced" };

void
election_result_free(struct election_result *r)
{
	size_t i;

	for (i = 0; i < r->ncounts; i++)
		free(r->counts[i].candidate);
	free(r->counts);
	rec_lines_free(&r->winners);
	rec_lines_free(&r->tied);
	free(r->outcome);
	memset(r, 0, sizeof(*r));
}

void
rec_election_free(struct rec_election *e)
{
	free(e->office);
	free(e->nominations_open);
	free(e->nominations_close);
	free(e->short_reason);
	free(e->voting_opens);
	free(e->voting_closes);
	election_result_free(&e->result);
	free(e->verified_by);
	free(e->announced_by);
	free(e->created_by);
	free(e->grp);
	free(e->group_name);
	free(e->group_kind);
	free(e->position);
	free(e->position_slug);
	memset(e, 0, sizeof(*e));
}

void
rec_election_list_free(struct rec_election_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		rec_election_free(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_nomination_list_free(struct rec_nomination_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].person);
		free(l->v[i].organisation);
		free(l->v[i].details);
		free(l->v[i].why);
		free(l->v[i].skills);
		free(l->v[i].interests);
		free(l->v[i].nominated_on);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_turnout_free(struct rec_turnout *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].organisation);
		free(l->v[i].voted_on);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
rec_ballot_list_free(struct rec_ballot_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].receipt);
		free(l->v[i].candidate);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static enum election_status
status_of(const char *s)
{
	size_t i;

	for (i = 0; s != NULL && i < 5; i++)
		if (strcmp(s, election_status_names[i]) == 0)
			return (enum election_status)i;
	return ELECTION_NOMINATIONS;
}

static int
names_of(const json_t *a, struct rec_lines *l)
{
	const json_t	*x;
	size_t		 i;

	json_array_foreach(a, i, x)
		if (json_string_value(x) == NULL ||
		    rec_lines_add(l, "%s", json_string_value(x)) != 0)
			return -1;
	return 0;
}

/* The result column's text; a text that does not parse is no result. */
static int
result_of(const char *text, struct election_result *r)
{
	json_t		*j, *x;
	const char	*s;
	size_t		 i, n;
	int		 rc = 0;

	if (text == NULL || (j = json_loads(text, 0, NULL)) == NULL ||
	    !json_is_object(j))
		return 0;
	r->present = 1;
	n = json_array_size(json_object_get(j, "counts"));
	if (n > 0 && (r->counts = calloc(n, sizeof(*r->counts))) == NULL)
		rc = -1;
	for (i = 0; rc == 0 && i < n; i++) {
		x = json_array_get(json_object_get(j, "counts"), i);
		s = json_string_value(json_object_get(x, "candidate"));
		r->counts[i].votes = (int)json_integer_value(json_object_get(x,
		    "votes"));
		if ((r->counts[i].candidate = strdup(s ? s : "")) == NULL)
			rc = -1;
		r->ncounts = i + 1;
	}
	r->ballots = json_integer_value(json_object_get(j, "ballots"));
	r->runoff = json_integer_value(json_object_get(j, "runoff"));
	s = json_string_value(json_object_get(j, "outcome"));
	if (rc == 0 && (names_of(json_object_get(j, "winners"),
	    &r->winners) != 0 || names_of(json_object_get(j, "tied"),
	    &r->tied) != 0 || (s != NULL && (r->outcome = strdup(s)) ==
	    NULL)))
		rc = -1;
	json_decref(j);
	return rc;
}

/* STMT_ELEC_GET's columns. */
static int
election_fill(sqlite3_stmt *q, void *arg)
{
	struct rec_election	*e = arg;
	char			*st, *res;
	int			 nomem = 0, rc;

	e->id = sqlite3_column_int64(q, 0);
	e->group_id = sqlite3_column_int64(q, 1);
	e->office = store_int_text(q, 2, &nomem);
	e->position_id = sqlite3_column_int64(q, 3);
	e->seats = sqlite3_column_int(q, 4);
	e->nominations_open = store_int_text(q, 5, &nomem);
	e->nominations_close = store_int_text(q, 6, &nomem);
	e->short_reason = store_int_text(q, 7, &nomem);
	e->voting_opens = store_int_text(q, 8, &nomem);
	e->voting_closes = store_int_text(q, 9, &nomem);
	e->round = sqlite3_column_int(q, 10);
	e->previous_id = sqlite3_column_int64(q, 11);
	st = store_int_text(q, 12, &nomem);
	e->status = status_of(st);
	free(st);
	res = store_int_text(q, 13, &nomem);
	rc = result_of(res, &e->result);
	free(res);
	e->verified_by = store_int_text(q, 14, &nomem);
	e->announced_by = store_int_text(q, 15, &nomem);
	e->created_by = store_int_text(q, 16, &nomem);
	e->grp = store_int_text(q, 17, &nomem);
	e->group_name = store_int_text(q, 18, &nomem);
	e->group_kind = store_int_text(q, 19, &nomem);
	e->position = store_int_text(q, 20, &nomem);
	e->position_slug = store_int_text(q, 21, &nomem);
	return nomem || rc != 0 ? -1 : 1;
}

static int
election_one(sqlite3_stmt *q, void *arg)
{
	struct rec_election	*e = arg;

	if (e->id != 0)
		return 0;
	return election_fill(q, e) < 0 ? -1 : 0;
}

int
store_election_get(struct store *st, int64_t arr, int64_t id,
    struct rec_election *e, int *found)
{
	sqlite3_stmt	*q;
	int		 rc;

	memset(e, 0, sizeof(*e));
	*found = 0;
	if ((q = store_int_query(st, STMT_ELEC_GET, "ll", id, arr)) == NULL)
		return STORE_ERROR;
	rc = store_int_each(q, election_one, e);
	if (rc != STORE_OK)
		rec_election_free(e);
	*found = e->id != 0;
	return rc;
}

int
store_election_group(struct store *st, int64_t arr, int64_t id,
    int64_t *group)
{
	sqlite3_stmt *q;

	*group = 0;
	if ((q = store_int_query(st, STMT_ELEC_GROUP, "ll", id, arr)) == NULL)
		return STORE_ERROR;
	return store_int_each(q, store_int_first_id, group);
}

/* STMT_ELEC_LIST's columns. */
static int
election_list_fill(sqlite3_stmt *q, void *arg)
{
	struct rec_election_list	*l = arg;
	struct rec_election		*e;
	char				*st;
	int				 nomem = 0;

	if ((e = store_int_grow((void **)&l->v, &l->n, sizeof(*e))) == NULL)
		return -1;
	e->id = sqlite3_column_int64(q, 0);
	e->office = store_int_text(q, 1, &nomem);
	e->position = store_int_text(q, 2, &nomem);
	e->seats = sqlite3_column_int(q, 3);
	e->round = sqlite3_column_int(q, 4);
	st = store_int_text(q, 5, &nomem);
	e->status = status_of(st);
	free(st);
	e->nominations_close = store_int_text(q, 6, &nomem);
	e->voting_closes = store_int_text(q, 7, &nomem);
	e->grp = store_int_text(q, 8, &nomem);
	e->group_id = sqlite3_column_int64(q, 9);
	return nomem ? -1 : 0;
}

static int
run_list(struct store *st, enum stmt s, int64_t key,
    int (*fill)(sqlite3_stmt *, void *), void *l, void (*clear)(void *))
{
	sqlite3_stmt	*q;
	int		 rc;

	if ((q = store_int_query(st, s, "l", key)) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, fill, l)) != STORE_OK)
		clear(l);
	return rc;
}

static void clear_elections(void *l) { rec_election_list_free(l); }
static void clear_noms(void *l) { rec_nomination_list_free(l); }
static void clear_voters(void *l) { rec_turnout_free(l); }
static void clear_ballots(void *l) { rec_ballot_list_free(l); }

int
store_election_list(struct store *st, int64_t arr,
    struct rec_election_list *l)
{
	memset(l, 0, sizeof(*l));
	return run_list(st, STMT_ELEC_LIST, arr, election_list_fill, l,
	    clear_elections);
}

/* STMT_NOM_LIST's columns. */
static int
nomination_fill(sqlite3_stmt *q, void *arg)
{
	struct rec_nomination_list	*l = arg;
	struct rec_nomination		*n;
	int				 nomem = 0;

	if ((n = store_int_grow((void **)&l->v, &l->n, sizeof(*n))) == NULL)
		return -1;
	n->id = sqlite3_column_int64(q, 0);
	n->person_id = sqlite3_column_int64(q, 1);
	n->person = store_int_text(q, 2, &nomem);
	n->organisation = store_int_text(q, 3, &nomem);
	n->organisation_id = sqlite3_column_int64(q, 4);
	n->details = store_int_text(q, 5, &nomem);
	n->why = store_int_text(q, 6, &nomem);
	n->skills = store_int_text(q, 7, &nomem);
	n->interests = store_int_text(q, 8, &nomem);
	n->guidance = sqlite3_column_int(q, 9);
	n->nominated_on = store_int_text(q, 10, &nomem);
	return nomem ? -1 : 0;
}

int
store_nomination_list(struct store *st, int64_t election,
    struct rec_nomination_list *l)
{
	memset(l, 0, sizeof(*l));
	return run_list(st, STMT_NOM_LIST, election, nomination_fill, l,
	    clear_noms);
}

/* STMT_VOTER_LIST's columns. */
static int
voter_fill(sqlite3_stmt *q, void *arg)
{
	struct rec_turnout	*l = arg;
	struct rec_turnout_entry	*v;
	int			 nomem = 0;

	if ((v = store_int_grow((void **)&l->v, &l->n, sizeof(*v))) == NULL)
		return -1;
	v->organisation_id = sqlite3_column_int64(q, 0);
	v->organisation = store_int_text(q, 1, &nomem);
	v->voted_on = store_int_text(q, 2, &nomem);
	return nomem ? -1 : 0;
}

int
store_voter_list(struct store *st, int64_t election,
    struct rec_turnout *l)
{
	memset(l, 0, sizeof(*l));
	return run_list(st, STMT_VOTER_LIST, election, voter_fill, l,
	    clear_voters);
}

static int
count_fill(sqlite3_stmt *q, void *arg)
{
	(void)q;
	(*(int *)arg)++;
	return 0;
}

int
store_voter_has(struct store *st, int64_t election, int64_t org,
    int *voted)
{
	sqlite3_stmt *q;

	*voted = 0;
	if ((q = store_int_query(st, STMT_VOTER_HAS, "ll", election, org)) ==
	    NULL)
		return STORE_ERROR;
	return store_int_each(q, count_fill, voted);
}

/* STMT_BOX_LIST's columns. */
static int
ballot_fill(sqlite3_stmt *q, void *arg)
{
	struct rec_ballot_list	*l = arg;
	struct rec_ballot	*b;
	int			 nomem = 0;

	if ((b = store_int_grow((void **)&l->v, &l->n, sizeof(*b))) == NULL)
		return -1;
	b->receipt = store_int_text(q, 0, &nomem);
	b->nomination_id = sqlite3_column_int64(q, 1);
	b->candidate = store_int_text(q, 2, &nomem);
	return nomem ? -1 : 0;
}

int
store_ballot_list(struct store *st, int64_t election,
    struct rec_ballot_list *l)
{
	memset(l, 0, sizeof(*l));
	return run_list(st, STMT_BOX_LIST, election, ballot_fill, l,
	    clear_ballots);
}

struct tally {
	const struct rec_nomination_list	*noms;
	unsigned				*n;
	int64_t					*total;
};

/* STMT_BOX_TALLY's columns: nomination_id, n. */
static int
tally_fill(sqlite3_stmt *q, void *arg)
{
	struct tally	*t = arg;
	int64_t		 nom = sqlite3_column_int64(q, 0);
	size_t		 i;

	*t->total += sqlite3_column_int64(q, 1);
	for (i = 0; i < t->noms->n; i++)
		if (t->noms->v[i].id == nom)
			t->n[i] = (unsigned)sqlite3_column_int64(q, 1);
	return 0;
}

int
store_ballot_tally(struct store *st, int64_t election,
    const struct rec_nomination_list *noms, unsigned *n, int64_t *total)
{
	struct tally	 t = { noms, n, total };
	sqlite3_stmt	*q;

	memset(n, 0, noms->n * sizeof(*n));
	*total = 0;
	if ((q = store_int_query(st, STMT_BOX_TALLY, "l", election)) == NULL)
		return STORE_ERROR;
	return store_int_each(q, tally_fill, &t);
}

static json_t *
names_json(const struct rec_lines *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_string(l->v[i]));
	return a;
}

/* The result as it has always been kept: {counts, winners, tied,
 * ballots, outcome}. */
static json_t *
result_json(const struct election_result *r)
{
	json_t	*counts = json_array(), *j;
	size_t	 i;

	for (i = 0; counts != NULL && i < r->ncounts; i++)
		json_array_append_new(counts, json_pack("{s:s, s:i}",
		    "candidate", r->counts[i].candidate, "votes",
		    r->counts[i].votes));
	j = json_pack("{s:o, s:o, s:o, s:I, s:s}", "counts", counts,
	    "winners", names_json(&r->winners), "tied", names_json(&r->tied),
	    "ballots", (json_int_t)r->ballots, "outcome",
	    r->outcome != NULL ? r->outcome : "");
	/* The run-off a tie opened, once it is open. */
	if (j != NULL && r->runoff != 0)
		json_object_set_new(j, "runoff", json_integer(r->runoff));
	return j;
}

char *
store_election_result_text(const struct election_result *r)
{
	json_t	*j = result_json(r);
	char	*s = j != NULL ? json_dumps(j, JSON_COMPACT) : NULL;

	json_decref(j);
	return s;
}

char *
store_names_text(const struct rec_lines *l)
{
	json_t	*j = names_json(l);
	char	*s = j != NULL ? json_dumps(j, JSON_COMPACT) : NULL;

	json_decref(j);
	return s;
}

int
store_election_counted(struct store *st, int64_t election,
    enum election_status status, const struct election_result *r)
{
	char	*text = store_election_result_text(r);
	int	 rc;

	if (text == NULL)
		return STORE_ERROR;
	rc = store_exec(st, STMT_ELEC_SET_STATUS, "ssl",
	    election_status_names[status], text, election);
	free(text);
	return rc;
}

/* For the other records that carry an election's result (rec_report.h). */
int
store_election_result_parse(const char *text, struct election_result *r)
{
	memset(r, 0, sizeof(*r));
	return result_of(text, r);
}
