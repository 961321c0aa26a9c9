/*
 * The audit log's reads as typed records (rec_audit.h), the redactions
 * later entries vouch for, and the one place an entry's detail becomes
 * its stored text (JSON, sorted and compact, as the chain has always
 * hashed it).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <sqlite3.h>

#include "rec_audit.h"
#include "store.h"
#include "store_int.h"

void *
store_grow(void **v, size_t *n, size_t sz)
{
	return store_int_grow(v, n, sz);
}

void
rec_audit_clear(struct rec_audit *e)
{
	free(e->at);
	free(e->actor);
	free(e->action);
	free(e->entity);
	free(e->detail);
	free(e->prev_hash);
	free(e->hash);
	free(e->vouched);
	free(e->sig);
	memset(e, 0, sizeof(*e));
}

void
rec_audit_list_free(struct rec_audit_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++)
		rec_audit_clear(&l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static char *
dup_or_null(const char *s, int *nomem)
{
	char *d;

	if (s == NULL)
		return NULL;
	if ((d = strdup(s)) == NULL)
		*nomem = 1;
	return d;
}

int
rec_ledger_problem_add(struct rec_ledger_problems *l, int64_t seq,
    const char *table, const char *row, const char *label,
    const char *problem, int64_t election)
{
	struct rec_ledger_problem	*p;
	int				 nomem = 0;

	if ((p = store_int_grow((void **)&l->v, &l->n, sizeof(*p))) == NULL)
		return -1;
	p->seq = seq;
	p->election = election;
	p->table = dup_or_null(table, &nomem);
	p->row = dup_or_null(row, &nomem);
	p->label = dup_or_null(label != NULL ? label : row, &nomem);
	p->problem = dup_or_null(problem, &nomem);
	return nomem ? -1 : 0;
}

void
rec_ledger_problems_free(struct rec_ledger_problems *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].table);
		free(l->v[i].row);
		free(l->v[i].label);
		free(l->v[i].problem);
		free(l->v[i].action);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* One row of STMT_AUDIT_ALL (seq, at, actor, action, entity, entity_id,
 * detail, prev_hash, hash, vouched, sig), or of STMT_AUDIT_LAST (seq,
 * hash, vouched, sig). */
struct audit_fill {
	struct rec_audit_list	*out;
	int			 last;
};

static int
audit_row(sqlite3_stmt *q, void *arg)
{
	struct audit_fill	*f = arg;
	struct rec_audit	*e;
	int			 nomem = 0;

	if ((e = store_int_grow((void **)&f->out->v, &f->out->n,
	    sizeof(*e))) == NULL)
		return -1;
	e->seq = sqlite3_column_int64(q, 0);
	if (f->last) {
		e->hash = store_int_text(q, 1, &nomem);
		e->vouched = store_int_text(q, 2, &nomem);
		e->sig = store_int_text(q, 3, &nomem);
		return nomem ? -1 : 0;
	}
	e->at = store_int_text(q, 1, &nomem);
	e->actor = store_int_text(q, 2, &nomem);
	e->action = store_int_text(q, 3, &nomem);
	e->entity = store_int_text(q, 4, &nomem);
	e->entity_id = sqlite3_column_int64(q, 5);
	e->detail = store_int_text(q, 6, &nomem);
	e->prev_hash = store_int_text(q, 7, &nomem);
	e->hash = store_int_text(q, 8, &nomem);
	e->vouched = store_int_text(q, 9, &nomem);
	e->sig = store_int_text(q, 10, &nomem);
	return nomem ? -1 : 0;
}

enum store_err
store_audit_all(struct store *st, struct rec_audit_list *out)
{
	struct audit_fill	 f = { out, 0 };
	sqlite3_stmt		*q;
	int			 rc;

	memset(out, 0, sizeof(*out));
	if ((q = store_int_query(st, STMT_AUDIT_ALL, "")) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, audit_row, &f)) != STORE_OK)
		rec_audit_list_free(out);
	return rc;
}

enum store_err
store_audit_last(struct store *st, struct rec_audit *out, int *found)
{
	struct rec_audit_list	 l = { NULL, 0 };
	struct audit_fill	 f = { &l, 1 };
	sqlite3_stmt		*q;
	int			 rc;

	memset(out, 0, sizeof(*out));
	*found = 0;
	if ((q = store_int_query(st, STMT_AUDIT_LAST, "")) == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, audit_row, &f)) == STORE_OK && l.n > 0) {
		*out = l.v[0];
		memset(&l.v[0], 0, sizeof(l.v[0]));
		*found = 1;
	}
	rec_audit_list_free(&l);
	return rc;
}

char *
store_audit_text(const json_t *detail)
{
	return detail != NULL ? json_dumps(detail, JSON_COMPACT |
	    JSON_SORT_KEYS) : strdup("{}");
}

char *
store_audit_vdetail(const char *fmt, va_list ap)
{
	json_t	*d;
	char	*text;

	if ((d = json_vpack_ex(NULL, 0, fmt, ap)) == NULL)
		return NULL;
	text = store_audit_text(d);
	json_decref(d);
	return text;
}

char *
store_audit_detail_with(const char *key, const char *json)
{
	json_t	*v = json != NULL ? json_loads(json, 0, NULL) : NULL;
	json_t	*d;
	char	*text;

	if (v != NULL && key == NULL) {		/* the text is the detail */
		text = store_audit_text(v);
		json_decref(v);
		return text;
	}
	if (v == NULL || (d = json_pack("{s:o}", key, v)) == NULL)
		return NULL;
	text = store_audit_text(d);
	json_decref(d);
	return text;
}
