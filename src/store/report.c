/*
 * The annual report's own reads as typed records (rec_report.h), in the
 * columns of src/store/sql/report.sql.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rec_report.h"
#include "store_int.h"

void
rec_report_motion_list_free(struct rec_report_motion_list *l)
{
	struct rec_report_motion	*m;
	size_t				 i;

	for (i = 0; l != NULL && i < l->n; i++) {
		m = &l->v[i];
		free(m->body);
		free(m->method);
		free(m->status);
		free(m->outcome);
		free(m->grp);
		free(m->group_name);
		free(m->decided_on);
	}
	if (l != NULL) {
		free(l->v);
		l->v = NULL;
		l->n = 0;
	}
}

void
rec_report_election_list_free(struct rec_report_election_list *l)
{
	struct rec_report_election	*e;
	size_t				 i;

	for (i = 0; l != NULL && i < l->n; i++) {
		e = &l->v[i];
		free(e->office);
		free(e->status);
		election_result_free(&e->result);
		free(e->closed_on);
		free(e->position);
		free(e->grp);
		free(e->group_name);
	}
	if (l != NULL) {
		free(l->v);
		l->v = NULL;
		l->n = 0;
	}
}

void
rec_report_response_clear(struct rec_report_response *r)
{
	if (r == NULL)
		return;
	free(r->responder);
	free(r->body);
	free(r->responded_on);
	free(r->recorded_by);
	free(r->recorded_at);
	memset(r, 0, sizeof(*r));
}

/* STMT_REPORT_MOTIONS: id, body, method, round, status, outcome,
 * votes_for, votes_against, votes_abstain, grp, group_name,
 * decided_on. */
static int
motion_row(sqlite3_stmt *q, void *arg)
{
	struct rec_report_motion_list	*l = arg;
	struct rec_report_motion	*m;
	int				 nomem = 0;

	if ((m = store_int_grow((void **)&l->v, &l->n, sizeof(*m))) == NULL)
		return -1;
	m->id = sqlite3_column_int64(q, 0);
	m->body = store_int_text(q, 1, &nomem);
	m->method = store_int_text(q, 2, &nomem);
	m->round = sqlite3_column_int64(q, 3);
	m->status = store_int_text(q, 4, &nomem);
	m->outcome = store_int_text(q, 5, &nomem);
	m->has_for = sqlite3_column_type(q, 6) != SQLITE_NULL;
	m->votes_for = sqlite3_column_int64(q, 6);
	m->has_against = sqlite3_column_type(q, 7) != SQLITE_NULL;
	m->votes_against = sqlite3_column_int64(q, 7);
	m->has_abstain = sqlite3_column_type(q, 8) != SQLITE_NULL;
	m->votes_abstain = sqlite3_column_int64(q, 8);
	m->grp = store_int_text(q, 9, &nomem);
	m->group_name = store_int_text(q, 10, &nomem);
	m->decided_on = store_int_text(q, 11, &nomem);
	return nomem || m->body == NULL || m->method == NULL ||
	    m->status == NULL ? -1 : 0;
}

int
store_report_motions(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_report_motion_list *l)
{
	sqlite3_stmt	*q = store_int_query(s, STMT_REPORT_MOTIONS, "lss",
	    arr, from, to);
	int		 rc;

	l->v = NULL;
	l->n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, motion_row, l)) != STORE_OK)
		rec_report_motion_list_free(l);
	return rc;
}

/* STMT_REPORT_ELECTIONS: id, office, round, status, seats, result,
 * closed_on, position, grp, group_name. */
static int
election_row(sqlite3_stmt *q, void *arg)
{
	struct rec_report_election_list	*l = arg;
	struct rec_report_election	*e;
	int				 nomem = 0;

	if ((e = store_int_grow((void **)&l->v, &l->n, sizeof(*e))) == NULL)
		return -1;
	e->id = sqlite3_column_int64(q, 0);
	e->office = store_int_text(q, 1, &nomem);
	e->round = sqlite3_column_int64(q, 2);
	e->status = store_int_text(q, 3, &nomem);
	e->seats = sqlite3_column_int64(q, 4);
	if (store_election_result_parse((const char *)sqlite3_column_text(q,
	    5), &e->result) != 0)
		nomem = 1;
	e->closed_on = store_int_text(q, 6, &nomem);
	e->position = store_int_text(q, 7, &nomem);
	e->grp = store_int_text(q, 8, &nomem);
	e->group_name = store_int_text(q, 9, &nomem);
	return nomem || e->office == NULL || e->status == NULL ? -1 : 0;
}

int
store_report_elections(struct store *s, int64_t arr, const char *from,
    const char *to, struct rec_report_election_list *l)
{
	sqlite3_stmt	*q = store_int_query(s, STMT_REPORT_ELECTIONS, "lss",
	    arr, from, to);
	int		 rc;

	l->v = NULL;
	l->n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, election_row, l)) != STORE_OK)
		rec_report_election_list_free(l);
	return rc;
}

struct response_fill {
	struct rec_report_response	*r;
	int				*found;
};

/* STMT_REPORT_RESPONSE_GET: responder, body, responded_on,
 * recorded_by, recorded_at. */
static int
response_row(sqlite3_stmt *q, void *arg)
{
	struct response_fill		*f = arg;
	struct rec_report_response	*r = f->r;
	int				 nomem = 0;

	if (*f->found)
		return 0;
	r->responder = store_int_text(q, 0, &nomem);
	r->body = store_int_text(q, 1, &nomem);
	r->responded_on = store_int_text(q, 2, &nomem);
	r->recorded_by = store_int_text(q, 3, &nomem);
	r->recorded_at = store_int_text(q, 4, &nomem);
	*f->found = 1;
	return nomem ? -1 : 0;
}

int
store_report_response(struct store *s, int64_t arr, int year,
    struct rec_report_response *r, int *found)
{
	struct response_fill	 f = { r, found };
	sqlite3_stmt		*q = store_int_query(s,
	    STMT_REPORT_RESPONSE_GET, "li", arr, year);
	int			 rc;

	memset(r, 0, sizeof(*r));
	*found = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, response_row, &f)) != STORE_OK) {
		rec_report_response_clear(r);
		*found = 0;
	}
	return rc;
}

static int
year_row(sqlite3_stmt *q, void *arg)
{
	const char *y = (const char *)sqlite3_column_text(q, 0);

	return y == NULL ? 0 : rec_names_add(arg, y);
}

int
store_report_years(struct store *s, int64_t arr, struct rec_names *l)
{
	sqlite3_stmt	*q = store_int_query(s, STMT_REPORT_YEARS, "l", arr);
	int		 rc;

	l->v = NULL;
	l->n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, year_row, l)) != STORE_OK)
		rec_names_free(l);
	return rc;
}

/* --- the fills held to their statements --- */

static const struct {
	enum stmt	 id;
	const char	*cols[13];	/* in the fill's order, NULL-ended */
} checks[] = {
	{ STMT_REPORT_MOTIONS, { "id", "body", "method", "round", "status",
	    "outcome", "votes_for", "votes_against", "votes_abstain", "grp",
	    "group_name", "decided_on", NULL } },
	{ STMT_REPORT_ELECTIONS, { "id", "office", "round", "status", "seats",
	    "result", "closed_on", "position", "grp", "group_name", NULL } },
	{ STMT_REPORT_RESPONSE_GET, { "responder", "body", "responded_on",
	    "recorded_by", "recorded_at", NULL } },
	{ STMT_REPORT_YEARS, { "year", NULL } },
};

int
store_report_check(struct store *s, char *err, size_t errsz)
{
	const char	*got;
	sqlite3_stmt	*q;
	size_t		 i, k;

	for (i = 0; i < sizeof(checks) / sizeof(checks[0]); i++) {
		/* Prepared by store_int_check, which runs first. */
		if ((q = s->st[checks[i].id]) == NULL) {
			snprintf(err, errsz, "%s: not prepared",
			    store_sql[checks[i].id].name);
			return STORE_ERROR;
		}
		for (k = 0; checks[i].cols[k] != NULL ||
		    (int)k < sqlite3_column_count(q); k++) {
			got = (int)k < sqlite3_column_count(q) ?
			    sqlite3_column_name(q, (int)k) : NULL;
			if (got == NULL || checks[i].cols[k] == NULL ||
			    strcmp(got, checks[i].cols[k]) != 0) {
				snprintf(err, errsz, "%s:%d: %s, column %zu: "
				    "%s where the report's record reads %s",
				    store_sql[checks[i].id].file,
				    store_sql[checks[i].id].line,
				    store_sql[checks[i].id].name, k + 1,
				    got != NULL ? got : "none",
				    checks[i].cols[k] != NULL ?
				    checks[i].cols[k] : "none");
				return STORE_ERROR;
			}
		}
	}
	return STORE_OK;
}
