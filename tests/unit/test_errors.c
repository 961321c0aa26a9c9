/*
 * Unit tests of the layers' error codes: a storage fault stays a fault
 * on its way out of core, never a user's mistake, "not found", nor a
 * silently shorter answer.  The faults are made real: a column the
 * program reads is renamed under it by another connection, as a damaged
 * or hand-edited database would have it.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "core/core.h"
#include "fresh.h"
#include "store/store.h"

static char path[128];

static void
fresh(struct core *c)
{
	fresh_alliance(c, path, sizeof(path));
}

static void
outside(const char *sql)
{
	sqlite3 *db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
}

/* The two layers' codes do not overlap: a store code is never read as
 * a core one (STORE_CONSTRAINT was CORE_EINVAL, STORE_BUSY was
 * CORE_ENOTFOUND). */
static void
store_codes_are_not_core_codes(void **state)
{
	static const int core_codes[] = { CORE_OK, CORE_EINVAL,
	    CORE_ENOTFOUND, CORE_EEXIST, CORE_EBUSY, CORE_EFAULT, CORE_ELIMIT };
	static const int store_codes[] = { STORE_CONSTRAINT, STORE_BUSY,
	    STORE_ERROR };
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof(store_codes) / sizeof(store_codes[0]); i++)
		for (j = 0; j < sizeof(core_codes) / sizeof(core_codes[0]); j++)
			assert_int_not_equal(store_codes[i], core_codes[j]);
}

/* The compliance check: a group it cannot read refuses the report
 * (a fault, exit 3 on the command line) rather than leaving the group
 * out of it. */
static void
check_reports_a_storage_fault(void **state)
{
	struct core		 c;
	struct check_flag_list	 out;

	(void)state;
	fresh(&c);
	assert_int_equal(core_check(&c, &viewer_system, NULL, NULL, &out),
	    CORE_OK);
	check_flag_list_free(&out);
	outside("ALTER TABLE office RENAME COLUMN ended TO ended_gone");
	assert_int_equal(core_check(&c, &viewer_system, NULL, NULL, &out),
	    CORE_EFAULT);
	assert_null(out.v);
	assert_int_equal(out.n, 0);
	assert_non_null(strstr(c.err, "storage fault"));
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(store_codes_are_not_core_codes),
		cmocka_unit_test(check_reports_a_storage_fault),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
