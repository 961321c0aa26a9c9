/*
 * The annual report's own reads as typed records (rec_report.h), in the
 * columns of src/store/sql/report.sql.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "rec_report.h"
#include "store_int.h"

/* The columns of each statement, in the order of its SELECT. */
static const struct col motion_cols[] = {
	I(rec_report_motion, id), T(rec_report_motion, body),
	T(rec_report_motion, method), I(rec_report_motion, round),
	T(rec_report_motion, status), T(rec_report_motion, outcome),
	I(rec_report_motion, votes_for), I(rec_report_motion, votes_against),
	I(rec_report_motion, votes_abstain), T(rec_report_motion, grp),
	T(rec_report_motion, group_name), T(rec_report_motion, decided_on),
	F(rec_report_motion, has_for), F(rec_report_motion, has_against),
	F(rec_report_motion, has_abstain),
};
static const struct map motion_map = MAP(rec_report_motion, motion_cols);

static const struct col election_cols[] = {
	I(rec_report_election, id), T(rec_report_election, office),
	I(rec_report_election, round), T(rec_report_election, status),
	I(rec_report_election, seats),
	R(rec_report_election, result, election_result_rd),
	T(rec_report_election, closed_on), T(rec_report_election, position),
	T(rec_report_election, grp), T(rec_report_election, group_name),
};
static const struct map election_map = MAP(rec_report_election,
    election_cols);

static const struct col response_cols[] = {
	T(rec_report_response, responder), T(rec_report_response, body),
	T(rec_report_response, responded_on),
	T(rec_report_response, recorded_by),
	T(rec_report_response, recorded_at),
};
static const struct map response_map = MAP(rec_report_response,
    response_cols);

LIST_FREE(rec_report_motion_list_free, rec_report_motion_list, motion_map)
LIST_FREE(rec_report_election_list_free, rec_report_election_list,
    election_map)
CLEAR(rec_report_response_clear, rec_report_response, response_map)

int
store_report_motions(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_report_motion_list *l)
{
	return store_map_rows(store_int_query(s, STMT_REPORT_MOTIONS, "lss",
	    arr, from, to), &motion_map, &l->v, &l->n, 0);
}

int
store_report_elections(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_report_election_list *l)
{
	return store_map_rows(store_int_query(s, STMT_REPORT_ELECTIONS, "lss",
	    arr, from, to), &election_map, &l->v, &l->n, 0);
}

int
store_report_response(struct store *s, int64_t arr, int year,
    struct rec_report_response *r, int *found)
{
	return store_map_one(store_int_query(s, STMT_REPORT_RESPONSE_GET,
	    "li", arr, year), &response_map, r, found);
}

static int
year_row(sqlite3_stmt *q, void *arg)
{
	const char *y = (const char *)sqlite3_column_text(q, 0);

	return y == NULL ? 0 : rec_lines_add(arg, "%s", y);
}

int
store_report_years(struct store *s, int64_t arr, struct rec_lines *l)
{
	sqlite3_stmt	*q = store_int_query(s, STMT_REPORT_YEARS, "l", arr);
	int		 rc;

	l->v = NULL;
	l->n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, year_row, l)) != STORE_OK)
		rec_lines_free(l);
	return rc;
}

/* --- the maps held to their statements --- */

static const struct map_check checks[] = {
	{ STMT_REPORT_MOTIONS, &motion_map },
	{ STMT_REPORT_ELECTIONS, &election_map },
	{ STMT_REPORT_RESPONSE_GET, &response_map },
};

const struct map_checks store_report_maps = MAP_CHECKS(checks);
