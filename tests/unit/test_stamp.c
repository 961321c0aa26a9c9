/*
 * The data's stamp (core_stamp): read with no lock from SQLite's WAL
 * index, it is what the web server keeps pages and the arrangement in
 * use by.  It must change with every commit by any other connection
 * (another program writing, as the command line does beside a running
 * server), through the WAL's checkpoints and restarts; stay the same
 * while nothing is committed; and never be trusted inside a
 * transaction, where a connection sees its snapshot or its own change.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <sqlite3.h>

#include "core/core.h"
#include "rules/constitution.h"
#include "fresh.h"

static void
other_writes(const char *path, const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 3000);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

static void
test_stamp_changes_with_every_commit_by_another(void **state)
{
	struct core	 c;
	char		 path[128];
	uint64_t	 s0, s1, s2, s3;

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	s0 = core_stamp(&c);
	assert_true(s0 != 0);
	assert_true(core_stamp(&c) == s0);
	assert_non_null(core_watch(&c));
	assert_true(core_watch_stamp(core_watch(&c)) == s0);
	other_writes(path, "UPDATE arrangement SET name = name || ' 1'");
	s1 = core_stamp(&c);
	assert_true(s1 != 0 && s1 != s0);
	/* A checkpoint that empties the WAL, then a commit from its start:
	 * a stamp never seen before. */
	other_writes(path, "PRAGMA wal_checkpoint(TRUNCATE)");
	other_writes(path, "UPDATE arrangement SET name = name || ' 2'");
	s2 = core_stamp(&c);
	assert_true(s2 != 0 && s2 != s1 && s2 != s0);
	/* Nothing committed: the same stamp, however often asked. */
	assert_true(core_stamp(&c) == s2);
	/* Inside a transaction the stamp is not known. */
	core_read_begin(&c);
	assert_true(core_stamp(&c) == 0);
	core_read_end(&c);
	s3 = core_stamp(&c);
	assert_true(s3 == s2);
	core_close(&c);
}

/* core_use keeps the arrangement while the stamp stays, and reads it
 * again as soon as another program has changed it. */
static void
test_arrangement_read_again_after_another_commit(void **state)
{
	struct core	 c;
	char		 path[128];

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	OK(&c, core_use(&c, NULL));
	assert_null(strstr(c.arr_name, "Renamed"));
	other_writes(path, "UPDATE arrangement SET name = 'Renamed Alliance'");
	OK(&c, core_use(&c, NULL));
	assert_string_equal(c.arr_name, "Renamed Alliance");
	other_writes(path, "UPDATE arrangement SET name = 'Renamed Again'");
	OK(&c, core_use(&c, NULL));
	assert_string_equal(c.arr_name, "Renamed Again");
	core_close(&c);
}

/* A constitution put in place of the one read (as an action does, which
 * may then be rolled back) is read again, though no stamp moved. */
static void
test_constitution_put_in_place_is_read_again(void **state)
{
	struct core	 c;
	char		 path[128];
	size_t		 n;

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	OK(&c, core_use(&c, NULL));
	n = c.cons.n;
	assert_true(n > 0);
	constitution_free(&c.cons);
	OK(&c, core_use(&c, NULL));
	assert_non_null(c.cons.v);
	assert_int_equal(c.cons.n, n);
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stamp_changes_with_every_commit_by_another),
		cmocka_unit_test(test_arrangement_read_again_after_another_commit),
		cmocka_unit_test(test_constitution_put_in_place_is_read_again),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
