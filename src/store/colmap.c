/*
 * Column maps (colmap.h): one filler for every typed record whose
 * statement's columns are given by a map, one clearer, and the check
 * that holds each map to its statement.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rules/constitution.h"
#include "rules/membership.h"
#include "store.h"
#include "store_int.h"

struct fill {
	const struct map *map;
	void		**v;
	size_t		 *n;
	size_t		  cap;
	size_t		  max;		/* 0: no limit */
};

static int
text_enum(sqlite3_stmt *q, int i, enum col_type t)
{
	const char *s = (const char *)sqlite3_column_text(q, i);

	if (s == NULL)
		return -1;
	switch (t) {
	case C_SECTOR:
		return sector_parse(s);
	case C_MKIND:
		return memb_kind_parse(s);
	case C_MSTATUS:
		return memb_status_parse(s);
	default:
		return group_kind_parse(s);
	}
}

void
store_map_clear(const struct map *m, void *rec)
{
	size_t i;

	for (i = 0; i < m->ncols; i++)
		if (m->cols[i].t == C_TEXT)
			free(*(char **)((char *)rec + m->cols[i].off));
		else if (m->cols[i].t == C_READ && m->cols[i].rd->clear != NULL)
			m->cols[i].rd->clear((char *)rec + m->cols[i].off);
	memset(rec, 0, m->size);
}

static int
fill_row(sqlite3_stmt *q, void *arg)
{
	struct fill	*f = arg;
	const struct map *m = f->map;
	char		*rec, *nv;
	size_t		 i;
	int		 nomem = 0;

	if (f->max != 0 && *f->n >= f->max)
		return 0;
	if (*f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 8;
		if ((nv = reallocarray(*f->v, f->cap, m->size)) == NULL)
			return -1;
		*f->v = nv;
	}
	rec = (char *)*f->v + *f->n * m->size;
	memset(rec, 0, m->size);
	for (i = 0; i < m->ncols; i++) {
		void *p = rec + m->cols[i].off;

		switch (m->cols[i].t) {
		case C_TEXT:
			*(char **)p = store_int_text(q, (int)i, &nomem);
			break;
		case C_INT:
			*(int64_t *)p = sqlite3_column_int64(q, (int)i);
			break;
		case C_NUM:
			*(int *)p = sqlite3_column_int(q, (int)i);
			break;
		case C_FLAG:
			*(int *)p = sqlite3_column_int(q, (int)i) != 0;
			break;
		case C_READ:
			if (m->cols[i].rd->read(q, (int)i, p) != 0)
				nomem = 1;
			break;
		case C_SKIP:
			break;
		default:
			*(int *)p = text_enum(q, (int)i, m->cols[i].t);
			break;
		}
	}
	(*f->n)++;
	if (nomem) {
		store_map_clear(m, rec);
		(*f->n)--;
		return -1;
	}
	return 0;
}

void
store_map_list_free(const struct map *m, void *v, size_t n)
{
	size_t i;

	for (i = 0; v != NULL && i < n; i++)
		store_map_clear(m, (char *)v + i * m->size);
	free(v);
}

static const struct col key_count_cols[] = {
	I(key_count, key), I(key_count, n),
};
const struct map key_count_map = MAP(key_count, key_count_cols);

int
store_map_rows(sqlite3_stmt *q, const struct map *m, void *vp, size_t *n,
    size_t max)
{
	struct fill	 f = { m, vp, n, 0, max };
	int		 rc;

	*(void **)vp = NULL;
	*n = 0;
	if (q == NULL)
		return STORE_ERROR;
	if ((rc = store_int_each(q, fill_row, &f)) != STORE_OK) {
		store_map_list_free(m, *(void **)vp, *n);
		*(void **)vp = NULL;
		*n = 0;
	}
	return rc;
}

int
store_map_one(sqlite3_stmt *q, const struct map *m, void *rec, int *found)
{
	void	*v;
	size_t	 n;
	int	 rc;

	memset(rec, 0, m->size);
	*found = 0;
	if ((rc = store_map_rows(q, m, &v, &n, 1)) != STORE_OK)
		return rc;
	if (n == 1) {
		memcpy(rec, v, m->size);
		*found = 1;
	}
	free(v);
	return STORE_OK;
}

int
store_map_check(struct store *s, const struct map_check *checks,
    size_t n, char *err, size_t errsz)
{
	const struct col	*col;
	const char		*want, *got;
	sqlite3_stmt		*q;
	size_t			 i, k;

	for (i = 0; i < n; i++) {
		/* Prepared by store_int_check, which runs first. */
		if ((q = s->st[checks[i].id]) == NULL) {
			snprintf(err, errsz, "%s: not prepared",
			    store_sql[checks[i].id].name);
			return STORE_ERROR;
		}
		for (k = 0; k < checks[i].map->ncols; k++) {
			col = &checks[i].map->cols[k];
			want = strrchr(col->name, ' ') != NULL ?
			    strrchr(col->name, ' ') + 1 : col->name;
			if (strrchr(want, '.') != NULL)
				want = strrchr(want, '.') + 1;
			got = (int)k < sqlite3_column_count(q) ?
			    sqlite3_column_name(q, (int)k) : NULL;
			if (got == NULL || strcmp(got, want) != 0) {
				snprintf(err, errsz, "%s:%d: %s, column %zu: "
				    "%s where the record reads %s",
				    store_sql[checks[i].id].file,
				    store_sql[checks[i].id].line,
				    store_sql[checks[i].id].name, k + 1,
				    got != NULL ? got : "none", want);
				return STORE_ERROR;
			}
		}
	}
	return STORE_OK;
}

/* Every file's maps: a file that reads by maps adds its own here. */
const struct map_checks *const store_maps[] = {
	&store_registry_maps,
	&store_check_maps,
	&store_auth_maps,
	&store_priv_maps,
	&store_partners_maps,
	&store_own_maps,
	&store_arrangement_maps,
	&store_report_maps,
	&store_agree_maps,
	&store_meeting_maps,
	&store_decision_maps,
	&store_election_maps,
	&store_mail_maps,
	&store_audit_maps,
	&store_ballot_maps,
	&store_me_maps,
};
const size_t store_nmaps = sizeof(store_maps) / sizeof(store_maps[0]);

int
store_maps_check(struct store *s, char *err, size_t errsz)
{
	size_t	i;
	int	rc;

	for (i = 0; i < store_nmaps; i++)
		if ((rc = store_map_check(s, store_maps[i]->v, store_maps[i]->n,
		    err, errsz)) != STORE_OK)
			return rc;
	return STORE_OK;
}
