/*
 * Personal data as typed records (rec_auth.h): a person's row, the
 * sections of an access request as tables of the columns held, the
 * audit entries naming people (the audit details that erasure and
 * retention leave are made by render/json_stored.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_auth.h"
#include "store.h"
#include "store_int.h"

const char *const erase_removed_names[ER__MAX] = {
	"roles", "sessions", "sign_in_links", "sign_in_account",
	"failed_sign_ins", "mail",
};
const char *const erase_kept_names[EK__MAX] = {
	"nominations", "declarations", "interests", "attendance", "actions",
	"step_backs",
};

static const struct col person_cols[] = {
	I(rec_priv_person, id), T(rec_priv_person, name),
	T(rec_priv_person, email), T(rec_priv_person, phone),
	T(rec_priv_person, job_title),
	IN(rec_priv_person, org_id, "organisation_id"),
	T(rec_priv_person, organisation), I(rec_priv_person, digest),
	T(rec_priv_person, restricted), T(rec_priv_person, erased),
};
static const struct map person_map = MAP(rec_priv_person, person_cols);

static const struct col redaction_cols[] = {
	I(rec_redaction, seq), I(rec_redaction, by_seq),
	F(rec_redaction, vouched),
};
static const struct map redaction_map = MAP(rec_redaction, redaction_cols);

static const struct col audit_cols[] = {
	I(rec_audit_text, seq), T(rec_audit_text, actor),
	T(rec_audit_text, detail),
};
static const struct map audit_map = MAP(rec_audit_text, audit_cols);
/* The whole entry, as an access request shows it. */
static const struct col audit_full_cols[] = {
	I(rec_audit_text, seq), T(rec_audit_text, at), T(rec_audit_text, actor),
	T(rec_audit_text, action), T(rec_audit_text, entity),
	I(rec_audit_text, entity_id), T(rec_audit_text, detail),
};
static const struct map audit_full_map = MAP(rec_audit_text,
    audit_full_cols);

static const struct col named_cols[] = {
	I(rec_named, id), T(rec_named, name), T(rec_named, email),
};
static const struct map named_map = MAP(rec_named, named_cols);

CLEAR(rec_priv_person_clear, rec_priv_person, person_map)
LIST_FREE(rec_redaction_list_free, rec_redaction_list, redaction_map)
LIST_FREE(rec_audit_text_list_free, rec_audit_text_list, audit_full_map)
LIST_FREE(rec_named_list_free, rec_named_list, named_map)

void
rec_erasure_free(struct rec_erasure *e)
{
	if (e == NULL)
		return;
	free(e->redacted);
	e->redacted = NULL;
	e->nredacted = 0;
}

void
rec_table_free(struct rec_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i].s);
	free(t->cols);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}

#define Q(...)	store_int_query(s, __VA_ARGS__)

int
store_priv_person(struct store *s, int64_t id, struct rec_priv_person *p,
    int *found)
{
	return store_map_one(Q(STMT_PRIV_PERSON, "l", id), &person_map, p,
	    found);
}

/* The names of q's columns into the table, once; -1 for no memory. */
static int
table_cols(sqlite3_stmt *q, struct rec_table *t)
{
	size_t i;

	if (t->cols != NULL || t->ncols == 0)
		return 0;
	if ((t->cols = calloc(t->ncols, sizeof(char *))) == NULL)
		return -1;
	for (i = 0; i < t->ncols; i++)
		if ((t->cols[i] = strdup(sqlite3_column_name(q, (int)i))) ==
		    NULL)
			return -1;
	return 0;
}

/* One row of q appended to the table; -1 for no memory. */
static int
table_row(sqlite3_stmt *q, void *arg)
{
	struct rec_table	*t = arg;
	struct rec_cell		*c;
	size_t			 i;
	int			 nomem = 0;

	if (table_cols(q, t) != 0)
		return -1;
	if ((c = reallocarray(t->cells, (t->nrows + 1) * t->ncols,
	    sizeof(*c))) == NULL)
		return -1;
	t->cells = c;
	c += t->nrows * t->ncols;
	memset(c, 0, t->ncols * sizeof(*c));
	t->nrows++;
	for (i = 0; i < t->ncols; i++)
		switch (sqlite3_column_type(q, (int)i)) {
		case SQLITE_NULL:
			break;
		case SQLITE_INTEGER:
			c[i].t = CELL_INT;
			c[i].i = sqlite3_column_int64(q, (int)i);
			break;
		default:
			c[i].t = CELL_TEXT;
			c[i].s = store_int_text(q, (int)i, &nomem);
			break;
		}
	return nomem ? -1 : 0;
}

int
store_priv_table(struct store *s, struct rec_table *t, int id,
    const char *fmt, ...)
{
	sqlite3_stmt	*q;
	va_list		 ap;
	int		 rc;

	memset(t, 0, sizeof(*t));
	va_start(ap, fmt);
	q = store_int_vquery(s, (enum stmt)id, fmt, ap);
	va_end(ap);
	if (q == NULL)
		return STORE_ERROR;
	t->ncols = (size_t)sqlite3_column_count(q);
	/* No rows: the names still, for an empty section. */
	if ((rc = store_int_each(q, table_row, t)) == STORE_OK &&
	    table_cols(q, t) != 0)
		rc = STORE_ERROR;
	if (rc != STORE_OK)
		rec_table_free(t);
	return rc;
}

int
store_priv_audit(struct store *s, const char *name, const char *email,
    int64_t id, struct rec_audit_text_list *l)
{
	return store_map_rows(Q(STMT_PRIV_AUDIT, "ssl", name, email, id),
	    &audit_full_map, &l->v, &l->n, 0);
}

int
store_ret_audit(struct store *s, const char *cut,
    struct rec_audit_text_list *l)
{
	return store_map_rows(Q(STMT_RET_AUDIT, "s", cut), &audit_map, &l->v,
	    &l->n, 0);
}

int
store_ret_people_in(struct store *s, const char *detail, const char *actor,
    struct rec_named_list *l)
{
	return store_map_rows(Q(STMT_RET_PEOPLE_IN, "ss", detail, actor),
	    &named_map, &l->v, &l->n, 0);
}

int
store_priv_redactions(struct store *s, struct rec_redaction_list *l)
{
	return store_map_rows(Q(STMT_PRIV_REDACTIONS, ""), &redaction_map,
	    &l->v, &l->n, 0);
}

int
store_audit_next_seq(struct store *s, int64_t *seq)
{
	sqlite3_stmt	*q = Q(STMT_AUDIT_LAST, "");
	int		 rc;

	*seq = 1;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = sqlite3_step(q)) == SQLITE_ROW)
		*seq = sqlite3_column_int64(q, 0) + 1;
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

static const struct map_check checks[] = {
	{ STMT_PRIV_PERSON, &person_map },
	{ STMT_PRIV_REDACTIONS, &redaction_map },
	{ STMT_PRIV_AUDIT, &audit_full_map }, { STMT_RET_AUDIT, &audit_map },
	{ STMT_RET_PEOPLE_IN, &named_map },
};

const struct map_checks store_priv_maps = MAP_CHECKS(checks);
