/*
 * The arrangement and its constitution's versions as typed records
 * (rec_arrangement.h), read by column maps in the order of their
 * statements' SELECT (src/store/sql/arrangement.sql), held to them at
 * start-up (store_maps_check).
 */
#include <stddef.h>
#include <stdint.h>

#include <sqlite3.h>

#include "colmap.h"
#include "rec_arrangement.h"
#include "store.h"
#include "store_int.h"

/* STMT_ARR_BY_SLUG, STMT_ARR_LIST */
static const struct col arr_cols[] = {
	I(rec_arrangement, id), T(rec_arrangement, slug),
	T(rec_arrangement, name), T(rec_arrangement, kind),
	T(rec_arrangement, template), T(rec_arrangement, created),
};
static const struct map arr_map = MAP(rec_arrangement, arr_cols);

/* STMT_CONST_AT, STMT_CONST_CURRENT */
static const struct col const_cols[] = {
	I(rec_constitution_version, id),
	I(rec_constitution_version, version),
	T(rec_constitution_version, effective_from),
	T(rec_constitution_version, effective_to),
	T(rec_constitution_version, body),
	T(rec_constitution_version, applied_by),
	T(rec_constitution_version, applied_at),
};
static const struct map const_map = MAP(rec_constitution_version,
    const_cols);

/* STMT_CONST_LIST */
static const struct col const_list_cols[] = {
	I(rec_constitution_version, version),
	T(rec_constitution_version, effective_from),
	T(rec_constitution_version, effective_to),
	T(rec_constitution_version, applied_by),
	T(rec_constitution_version, applied_at),
};
static const struct map const_list_map = MAP(rec_constitution_version,
    const_list_cols);

CLEAR(rec_arrangement_clear, rec_arrangement, arr_map)
LIST_FREE(rec_arrangement_list_free, rec_arrangement_list, arr_map)
CLEAR(rec_constitution_version_clear, rec_constitution_version, const_map)
LIST_FREE(rec_constitution_version_list_free,
    rec_constitution_version_list, const_list_map)

int
store_arr_by_slug(struct store *st, const char *slug,
    struct rec_arrangement *a, int *found)
{
	return store_map_one(store_int_query(st, STMT_ARR_BY_SLUG, "s", slug),
	    &arr_map, a, found);
}

int
store_arr_list(struct store *st, struct rec_arrangement_list *l)
{
	return store_map_rows(store_int_query(st, STMT_ARR_LIST, ""),
	    &arr_map, &l->v, &l->n, 0);
}

int
store_const_at(struct store *st, int64_t arr, const char *day,
    struct rec_constitution_version *v, int *found)
{
	return store_map_one(day != NULL ? store_int_query(st, STMT_CONST_AT,
	    "ls", arr, day) : store_int_query(st, STMT_CONST_CURRENT, "l",
	    arr), &const_map, v, found);
}

int
store_const_list(struct store *st, int64_t arr,
    struct rec_constitution_version_list *l)
{
	return store_map_rows(store_int_query(st, STMT_CONST_LIST, "l", arr),
	    &const_list_map, &l->v, &l->n, 0);
}

int
store_const_id_at(struct store *st, int64_t arr, const char *day,
    int64_t *id)
{
	return store_int_id(store_int_query(st, STMT_CONST_ID_AT, "ls", arr,
	    day), id);
}

static const struct map_check checks[] = {
	{ STMT_ARR_BY_SLUG, &arr_map }, { STMT_ARR_LIST, &arr_map },
	{ STMT_CONST_AT, &const_map }, { STMT_CONST_CURRENT, &const_map },
	{ STMT_CONST_LIST, &const_list_map },
};

const struct map_checks store_arrangement_maps = MAP_CHECKS(checks);
