/*
 * The arrangement and its constitution's versions as typed records
 * (rec_arrangement.h), read by column maps in the order of their
 * statements' SELECT (src/store/sql/arrangement.sql).
 */
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "rec_arrangement.h"
#include "store.h"
#include "store_int.h"

#define AT(s, f)	{ STORE_COL_TEXT, offsetof(struct s, f) }
#define AI(s, f)	{ STORE_COL_INT, offsetof(struct s, f) }
#define AMAP(s, c)	{ c, sizeof(c) / sizeof(c[0]), sizeof(struct s) }

/* STMT_ARR_BY_SLUG, STMT_ARR_LIST */
static const struct store_col arr_cols[] = {
	AI(rec_arrangement, id), AT(rec_arrangement, slug),
	AT(rec_arrangement, name), AT(rec_arrangement, kind),
	AT(rec_arrangement, template), AT(rec_arrangement, created),
};
static const struct store_map arr_map = AMAP(rec_arrangement, arr_cols);

/* STMT_CONST_AT, STMT_CONST_CURRENT */
static const struct store_col const_cols[] = {
	AI(rec_constitution_version, id),
	AI(rec_constitution_version, version),
	AT(rec_constitution_version, effective_from),
	AT(rec_constitution_version, effective_to),
	AT(rec_constitution_version, body),
	AT(rec_constitution_version, applied_by),
	AT(rec_constitution_version, applied_at),
};
static const struct store_map const_map = AMAP(rec_constitution_version,
    const_cols);

/* STMT_CONST_LIST */
static const struct store_col const_list_cols[] = {
	AI(rec_constitution_version, version),
	AT(rec_constitution_version, effective_from),
	AT(rec_constitution_version, effective_to),
	AT(rec_constitution_version, applied_by),
	AT(rec_constitution_version, applied_at),
};
static const struct store_map const_list_map = AMAP(rec_constitution_version,
    const_list_cols);

void
rec_arrangement_clear(struct rec_arrangement *a)
{
	store_int_clear(&arr_map, a);
}

void
rec_arrangement_list_free(struct rec_arrangement_list *l)
{
	store_int_list_free(&arr_map, (void **)&l->v, &l->n);
}

void
rec_constitution_version_clear(struct rec_constitution_version *v)
{
	store_int_clear(&const_map, v);
}

int
store_arr_by_slug(struct store *st, const char *slug,
    struct rec_arrangement *a, int *found)
{
	return store_int_one(store_int_query(st, STMT_ARR_BY_SLUG, "s", slug),
	    &arr_map, a, found);
}

int
store_arr_list(struct store *st, struct rec_arrangement_list *l)
{
	return store_int_rows(store_int_query(st, STMT_ARR_LIST, ""),
	    &arr_map, (void **)&l->v, &l->n);
}

int
store_const_at(struct store *st, int64_t arr, const char *day,
    struct rec_constitution_version *v, int *found)
{
	return store_int_one(day != NULL ? store_int_query(st, STMT_CONST_AT,
	    "ls", arr, day) : store_int_query(st, STMT_CONST_CURRENT, "l",
	    arr), &const_map, v, found);
}

void
rec_constitution_version_list_free(struct rec_constitution_version_list *l)
{
	store_int_list_free(&const_list_map, (void **)&l->v, &l->n);
}

int
store_const_list(struct store *st, int64_t arr,
    struct rec_constitution_version_list *l)
{
	return store_int_rows(store_int_query(st, STMT_CONST_LIST, "l", arr),
	    &const_list_map, (void **)&l->v, &l->n);
}

int
store_const_id_at(struct store *st, int64_t arr, const char *day,
    int64_t *id)
{
	sqlite3_stmt *q;

	*id = 0;
	if ((q = store_int_query(st, STMT_CONST_ID_AT, "ls", arr, day)) ==
	    NULL)
		return STORE_ERROR;
	return store_int_each(q, store_int_first_id, id);
}
