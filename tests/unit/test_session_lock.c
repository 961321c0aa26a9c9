/*
 * A signed-in request reads its session in the request's one read
 * snapshot (core_read_begin).  The session's own writes found due then
 * (an ended session deleted, the last-seen time moved every few
 * minutes) wait until the snapshot is let go: were they made inside it,
 * the snapshot would become a write transaction and hold the
 * database's write lock for the whole page, and ballots queued behind
 * it would wait.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include <sodium.h>
#include <sqlite3.h>

#include "core/core.h"
#include "rules/constitution.h"
#include "fresh.h"

/* 43 characters, as a session's id is made. */
static const char sid[] = "sessionsessionsessionsessionsessionsession1";

static void
sql_on(const char *path, const char *sql)
{
	sqlite3	*db;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 3000);
	if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	sqlite3_close(db);
}

/* A session for Sam Lock, created and last seen at the times. */
static void
session_at(const char *path, const char *created, const char *seen)
{
	unsigned char	h[32];
	char		hex[65], sql[600];

	assert_int_equal(sodium_init() >= 0, 1);
	crypto_generichash(h, sizeof(h), (const unsigned char *)sid,
	    strlen(sid), NULL, 0);
	sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
	snprintf(sql, sizeof(sql), "INSERT OR IGNORE INTO person (name, "
	    "email) VALUES ('Sam Lock', 'sam@lock.example.org'); INSERT OR "
	    "IGNORE INTO app_user (person_id, created) SELECT id, '%s' FROM "
	    "person WHERE "
	    "email = 'sam@lock.example.org'; INSERT INTO session (hash, "
	    "user_id, csrf, created, seen) VALUES ('%s', (SELECT max(id) FROM "
	    "app_user), 'c', '%s', '%s')", created, hex, created, seen);
	sql_on(path, sql);
}

/* Whether another program may take the write lock now. */
static int
lock_free(const char *path)
{
	sqlite3	*db;
	int	 rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 0);
	rc = sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL);
	if (rc == SQLITE_OK)
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(db);
	return rc == SQLITE_OK;
}

static int
count_of(const char *path, const char *sql)
{
	sqlite3		*db;
	sqlite3_stmt	*q;
	int		 n = -1;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL),
	    SQLITE_OK);
	if (sqlite3_step(q) == SQLITE_ROW)
		n = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return n;
}

static void
test_last_seen_moved_after_the_snapshot_not_in_it(void **state)
{
	struct core	c;
	struct core_who	who;
	char		path[128];

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	session_at(path, "2025-06-25T11:00:00Z", "2025-06-25T11:50:00Z");
	clock_at(&c, "ALLIANCE_NOW", "2025-06-25T12:00");
	core_read_begin(&c);
	OK(&c, core_session(&c, sid, &who));
	assert_string_equal(who.name, "Sam Lock");
	assert_true(lock_free(path));
	core_read_end(&c);
	assert_int_equal(count_of(path, "SELECT count(*) FROM session WHERE "
	    "seen = '2025-06-25T12:00:00Z'"), 1);
	core_close(&c);
}

static void
test_ended_session_deleted_after_the_snapshot_not_in_it(void **state)
{
	struct core	c;
	struct core_who	who;
	char		path[128];

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	/* Idle for three hours: ended. */
	session_at(path, "2025-06-25T08:00:00Z", "2025-06-25T09:00:00Z");
	clock_at(&c, "ALLIANCE_NOW", "2025-06-25T12:00");
	core_read_begin(&c);
	assert_int_equal(core_session(&c, sid, &who), CORE_ENOTFOUND);
	assert_true(lock_free(path));
	assert_int_equal(count_of(path, "SELECT count(*) FROM session"), 1);
	core_read_end(&c);
	assert_int_equal(count_of(path, "SELECT count(*) FROM session"), 0);
	/* Outside a snapshot the write is made at once, as before. */
	session_at(path, "2025-06-25T11:00:00Z", "2025-06-25T11:50:00Z");
	OK(&c, core_session(&c, sid, &who));
	assert_int_equal(count_of(path, "SELECT count(*) FROM session WHERE "
	    "seen = '2025-06-25T12:00:00Z'"), 1);
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_last_seen_moved_after_the_snapshot_not_in_it),
		cmocka_unit_test(
		    test_ended_session_deleted_after_the_snapshot_not_in_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
