/*
 * Elections as typed records (rec_election.h), in the columns of
 * src/store/sql/election.sql.  The count is kept in the election's row
 * as JSON text, made and read by render/json_stored.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "render/json_stored.h"
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
status_read(sqlite3_stmt *q, int i, void *field)
{
	*(enum election_status *)field =
	    status_of((const char *)sqlite3_column_text(q, i));
	return 0;
}

/* The result column's JSON text, as a typed result. */
static int
result_read(sqlite3_stmt *q, int i, void *field)
{
	return json_stored_result_parse((const char *)sqlite3_column_text(q, i),
	    field);
}

static void
result_clear(void *field)
{
	election_result_free(field);
}

static const struct col_reader status_rd = { status_read, NULL };
const struct col_reader election_result_rd = { result_read, result_clear };

/* STMT_ELEC_GET */
static const struct col election_cols[] = {
	I(rec_election, id), I(rec_election, group_id),
	T(rec_election, office), I(rec_election, position_id),
	N(rec_election, seats), T(rec_election, nominations_open),
	T(rec_election, nominations_close), T(rec_election, short_reason),
	T(rec_election, voting_opens), T(rec_election, voting_closes),
	N(rec_election, round), I(rec_election, previous_id),
	R(rec_election, status, status_rd), R(rec_election, result, election_result_rd),
	T(rec_election, verified_by), T(rec_election, announced_by),
	T(rec_election, created_by), T(rec_election, grp),
	T(rec_election, group_name), T(rec_election, group_kind),
	T(rec_election, position), T(rec_election, position_slug),
};
static const struct map election_map = MAP(rec_election, election_cols);

/* STMT_ELEC_LIST: fewer columns, all of them among STMT_ELEC_GET's (so
 * that election_map clears either). */
static const struct col election_list_cols[] = {
	I(rec_election, id), T(rec_election, office), T(rec_election, position),
	N(rec_election, seats), N(rec_election, round),
	R(rec_election, status, status_rd), T(rec_election, nominations_close),
	T(rec_election, voting_closes), T(rec_election, grp),
	I(rec_election, group_id),
};
static const struct map election_list_map = MAP(rec_election,
    election_list_cols);

/* STMT_NOM_LIST */
static const struct col nomination_cols[] = {
	I(rec_nomination, id), I(rec_nomination, person_id),
	T(rec_nomination, person), T(rec_nomination, organisation),
	I(rec_nomination, organisation_id), T(rec_nomination, details),
	T(rec_nomination, why), T(rec_nomination, skills),
	T(rec_nomination, interests), N(rec_nomination, guidance),
	T(rec_nomination, nominated_on),
};
static const struct map nomination_map = MAP(rec_nomination,
    nomination_cols);

/* STMT_VOTER_LIST */
static const struct col turnout_cols[] = {
	I(rec_turnout_entry, organisation_id),
	T(rec_turnout_entry, organisation), T(rec_turnout_entry, voted_on),
};
static const struct map turnout_map = MAP(rec_turnout_entry, turnout_cols);

/* STMT_BOX_LIST */
static const struct col ballot_cols[] = {
	T(rec_ballot, receipt), I(rec_ballot, nomination_id),
	T(rec_ballot, candidate),
};
static const struct map ballot_map = MAP(rec_ballot, ballot_cols);

CLEAR(rec_election_free, rec_election, election_map)
LIST_FREE(rec_election_list_free, rec_election_list, election_map)
LIST_FREE(rec_nomination_list_free, rec_nomination_list, nomination_map)
LIST_FREE(rec_turnout_free, rec_turnout, turnout_map)
LIST_FREE(rec_ballot_list_free, rec_ballot_list, ballot_map)

int
store_election_get(struct store *st, int64_t arr, int64_t id,
    struct rec_election *e, int *found)
{
	return store_map_one(store_int_query(st, STMT_ELEC_GET, "ll", id, arr),
	    &election_map, e, found);
}

int
store_election_group(struct store *st, int64_t arr, int64_t id,
    int64_t *group)
{
	return store_int_id(store_int_query(st, STMT_ELEC_GROUP, "ll", id, arr),
	    group);
}

int
store_election_list(struct store *st, int64_t arr,
    struct rec_election_list *l)
{
	return store_map_rows(store_int_query(st, STMT_ELEC_LIST, "l", arr),
	    &election_list_map, &l->v, &l->n, 0);
}

int
store_nomination_list(struct store *st, int64_t election,
    struct rec_nomination_list *l)
{
	return store_map_rows(store_int_query(st, STMT_NOM_LIST, "l",
	    election), &nomination_map, &l->v, &l->n, 0);
}

int
store_voter_list(struct store *st, int64_t election,
    struct rec_turnout *l)
{
	return store_map_rows(store_int_query(st, STMT_VOTER_LIST, "l",
	    election), &turnout_map, &l->v, &l->n, 0);
}

int
store_voter_has(struct store *st, int64_t election, int64_t org,
    int *voted)
{
	/* One row at most: an organisation votes once (SA-E2.2). */
	return store_int_any(store_int_query(st, STMT_VOTER_HAS, "ll",
	    election, org), voted);
}

int
store_ballot_list(struct store *st, int64_t election,
    struct rec_ballot_list *l)
{
	return store_map_rows(store_int_query(st, STMT_BOX_LIST, "l",
	    election), &ballot_map, &l->v, &l->n, 0);
}

int
store_ballot_tally(struct store *st, int64_t election,
    const struct rec_nomination_list *noms, unsigned *n, int64_t *total)
{
	struct key_count	*v;
	size_t			 i, k, nv;
	int			 rc;

	memset(n, 0, noms->n * sizeof(*n));
	*total = 0;
	rc = store_map_rows(store_int_query(st, STMT_BOX_TALLY, "l",
	    election), &key_count_map, &v, &nv, 0);
	for (i = 0; i < nv; i++) {
		*total += v[i].n;
		for (k = 0; k < noms->n; k++)
			if (noms->v[k].id == v[i].key)
				n[k] = (unsigned)v[i].n;
	}
	free(v);
	return rc;
}

int
store_election_counted(struct store *st, int64_t election,
    enum election_status status, const struct election_result *r)
{
	char	*text = json_stored_result(r);
	int	 rc;

	if (text == NULL)
		return STORE_ERROR;
	rc = store_exec(st, STMT_ELEC_SET_STATUS, "ssl",
	    election_status_names[status], text, election);
	free(text);
	return rc;
}

static const struct map_check checks[] = {
	{ STMT_ELEC_GET, &election_map },
	{ STMT_ELEC_LIST, &election_list_map },
	{ STMT_NOM_LIST, &nomination_map },
	{ STMT_VOTER_LIST, &turnout_map },
	{ STMT_BOX_LIST, &ballot_map },
	{ STMT_BOX_TALLY, &key_count_map },
};

const struct map_checks store_election_maps = MAP_CHECKS(checks);
