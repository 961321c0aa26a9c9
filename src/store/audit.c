/*
 * The audit log's reads as typed records (rec_audit.h) and the
 * problems `audit verify` finds (an entry's detail text is made by
 * render/json_stored.c).
 */
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_audit.h"
#include "store.h"
#include "store_int.h"

void *
store_grow(void **v, size_t *n, size_t sz)
{
	return store_int_grow(v, n, sz);
}

/* STMT_AUDIT_ALL */
static const struct col audit_cols[] = {
	I(rec_audit, seq), T(rec_audit, at), T(rec_audit, actor),
	T(rec_audit, action), T(rec_audit, entity), I(rec_audit, entity_id),
	T(rec_audit, detail), T(rec_audit, prev_hash), T(rec_audit, hash),
	T(rec_audit, vouched), T(rec_audit, sig),
};
static const struct map audit_map = MAP(rec_audit, audit_cols);

/* STMT_AUDIT_LAST: the head of the chain. */
static const struct col audit_last_cols[] = {
	I(rec_audit, seq), T(rec_audit, hash), T(rec_audit, vouched),
	T(rec_audit, sig),
};
static const struct map audit_last_map = MAP(rec_audit, audit_last_cols);

CLEAR(rec_audit_clear, rec_audit, audit_map)
LIST_FREE(rec_audit_list_free, rec_audit_list, audit_map)

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

enum store_err
store_audit_all(struct store *st, struct rec_audit_list *out)
{
	return store_map_rows(store_int_query(st, STMT_AUDIT_ALL, ""),
	    &audit_map, &out->v, &out->n, 0);
}

enum store_err
store_audit_last(struct store *st, struct rec_audit *out, int *found)
{
	return store_map_one(store_int_query(st, STMT_AUDIT_LAST, ""),
	    &audit_last_map, out, found);
}

static const struct map_check checks[] = {
	{ STMT_AUDIT_ALL, &audit_map },
	{ STMT_AUDIT_LAST, &audit_last_map },
};

const struct map_checks store_audit_maps = MAP_CHECKS(checks);
