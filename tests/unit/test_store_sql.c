/*
 * The store's statements (the files of src/store/sql/, built in by
 * scripts/sql.sh) against a freshly migrated database: each prepares,
 * is one statement, and takes the parameters its annotation declares;
 * a caller giving another number of values is refused, not run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "store/rec_report.h"
#include "store/store_int.h"

struct fx {
	char		 dir[64];
	char		 path[96];
	struct store	*st;
};

static int
setup(void **state)
{
	struct fx	*f = calloc(1, sizeof(*f));
	char		 err[400];

	assert_non_null(f);
	snprintf(f->dir, sizeof(f->dir), "/tmp/alliance-sql-XXXXXX");
	assert_non_null(mkdtemp(f->dir));
	snprintf(f->path, sizeof(f->path), "%s/a.db", f->dir);
	if (store_open(f->path, 1, &f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("store_open: %s", err);
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fx	*f = *state;
	char		 p[128];

	store_close(f->st);
	snprintf(p, sizeof(p), "%s-wal", f->path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", f->path);
	unlink(p);
	unlink(f->path);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* Every statement prepares and takes what its annotation says. */
static void
test_every_statement_prepares_with_its_parameters(void **state)
{
	struct fx	*f = *state;
	char		 err[400] = "";

	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
	assert_int_equal(STMT__MAX, (int)(sizeof(store_sql) /
	    sizeof(store_sql[0])));
}

/* The self-test is not a formality: a wrong annotation is named. */
static void
test_a_wrong_count_is_named(void **state)
{
	struct fx		*f = *state;
	static struct store_sql	 tab[STMT__MAX];
	json_t			*rows = NULL;
	char			 err[400] = "";

	memcpy(tab, store_sql, sizeof(tab));
	tab[STMT_ORG_BY_ID].params++;
	assert_int_equal(store_int_check(f->st, tab, 0, err, sizeof(err)),
	    STORE_ERROR);
	assert_non_null(strstr(err, "STMT_ORG_BY_ID takes 1 parameters, "
	    "its annotation says 2"));
	assert_non_null(strstr(err, "src/store/sql/registry.sql:"));
	/* Two statements in one: the second would never run. */
	memcpy(tab, store_sql, sizeof(tab));
	tab[STMT_ORG_LIST].text = "SELECT 1; SELECT 2";
	assert_int_equal(store_int_check(f->st, tab, 0, err, sizeof(err)),
	    STORE_ERROR);
	assert_non_null(strstr(err, "STMT_ORG_LIST: not one statement"));
	/* A table checked is not kept: the store's own still serve. */
	assert_int_equal(store_rows(f->st, &rows, STMT_ORG_LIST, ""),
	    STORE_OK);
	assert_int_equal(json_array_size(rows), 0);
	json_decref(rows);
}

/* The annual report's fills read their statements' columns by
 * position: a statement whose columns moved is named at start-up, with
 * its file and the column, not read into the wrong fields. */
static void
test_a_moved_report_column_is_named(void **state)
{
	struct fx	*f = *state;
	sqlite3_stmt	**q = &f->st->st[STMT_REPORT_RESPONSE_GET];
	char		 err[400] = "";

	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
	sqlite3_finalize(*q);
	assert_int_equal(sqlite3_prepare_v2(f->st->db, "SELECT body, "
	    "responder, responded_on, recorded_by, recorded_at FROM "
	    "report_response WHERE arrangement_id = ? AND year = ?", -1, q,
	    NULL), SQLITE_OK);
	assert_int_equal(store_report_check(f->st, err, sizeof(err)),
	    STORE_ERROR);
	assert_non_null(strstr(err, "src/store/sql/report.sql:"));
	assert_non_null(strstr(err, "STMT_REPORT_RESPONSE_GET, column 1: "
	    "body where the record reads responder"));
	/* Put back: the store's own statement, prepared again. */
	sqlite3_finalize(*q);
	*q = NULL;
	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
}

/* A call binding fewer or more values than the statement takes is a
 * fault, and nothing is written. */
static void
test_a_call_with_the_wrong_values_is_refused(void **state)
{
	struct fx	*f = *state;
	json_t		*rows = NULL;

	assert_int_equal(store_exec(f->st, STMT_ROLE_INSERT, "lls", (int64_t)1,
	    (int64_t)1, "officer"), STORE_ERROR);
	assert_int_equal(store_rows(f->st, &rows, STMT_ORG_LIST, "l",
	    (int64_t)1), STORE_ERROR);
	assert_null(rows);
	assert_int_equal(store_rows(f->st, &rows, STMT_ORG_LIST, ""),
	    STORE_OK);
	assert_int_equal(json_array_size(rows), 0);
	json_decref(rows);
}

int
main(void)
{
	/* One database for all: none of them changes it. */
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_every_statement_prepares_with_its_parameters),
		cmocka_unit_test(test_a_wrong_count_is_named),
		cmocka_unit_test(test_a_moved_report_column_is_named),
		cmocka_unit_test(test_a_call_with_the_wrong_values_is_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
