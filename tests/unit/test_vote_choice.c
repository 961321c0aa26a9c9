/*
 * A vote's choice (for, against or an abstention) is held by the
 * database itself (migration 20, three comparisons in motion_vote's
 * CHECK): a vote written straight to the table with any other choice is
 * refused.  And a database of schema 19 with votes, opened by this
 * program, keeps every vote and its row number (the audit log's ledger
 * names a vote by its row number), with row numbers that have gaps, as
 * a database's do once votes have been removed, and a vote whose
 * organisation is gone (the file edited outside the program) kept for
 * the audit log's check to report.
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
#include "embedded.h"
#include "migrations.h"
#include "fresh.h"

/* sql run on a connection of its own (not the program's): its result. */
static int
straight(const char *path, const char *sql)
{
	sqlite3	*db;
	int	 rc;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 3000);
	rc = sqlite3_exec(db, sql, NULL, NULL, NULL);
	if (rc != SQLITE_OK)
		rc = sqlite3_extended_errcode(db);
	sqlite3_close(db);
	return rc;
}

/* One integer from path. */
static int64_t
one(const char *path, const char *sql)
{
	sqlite3		*db;
	sqlite3_stmt	*q;
	int64_t		 v;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &q, NULL),
	    SQLITE_OK);
	assert_int_equal(sqlite3_step(q), SQLITE_ROW);
	v = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	sqlite3_close(db);
	return v;
}

/* For, against and abstain are taken; anything else (another
 * word, another case, a space, empty, NULL, a number) is refused by the
 * database, and nothing of it is kept. */
static void
test_vote_choice_not_for_against_abstain_refused(void **state)
{
	static const char *const refused[] = {
		"'yes'", "'no'", "'FOR'", "'For'", "'for '", "' for'",
		"'abstention'", "'abstained'", "'against,for'", "''", "'f'",
		"1", "0", "X'666F72'",
	};
	struct core	 c;
	struct viewer	 v;
	char		 path[128], sql[512];
	int64_t		 poll, org[4];
	size_t		 i;

	(void)state;
	fresh_alliance(&c, path, sizeof(path));
	v.role = VIEWER_MEMBER;
	org[0] = add_member_org(&c, "southwest", "wa", "full", "vcse",
	    "2025-05-01", &v.person);
	org[1] = add_member_org(&c, "southwest", "wb", "full", "vcse",
	    "2025-05-01", &v.person);
	org[2] = add_member_org(&c, "southwest", "wc", "full", "vcse",
	    "2025-05-01", &v.person);
	org[3] = add_member_org(&c, "southwest", "wd", "full", "vcse",
	    "2025-05-01", &v.person);
	clock_at(&c, "ALLIANCE_NOW", "2025-06-01T08:00");
	OK(&c, core_poll_open(&c, &viewer_system, "southwest", "Endorse the "
	    "letter", "2025-06-01T09:00", "2025-06-05T17:00", &poll));
	core_close(&c);
	for (i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		snprintf(sql, sizeof(sql), "INSERT INTO motion_vote "
		    "(motion_id, organisation_id, choice, cast_by, cast_at) "
		    "VALUES (%lld, %lld, %s, 'x', '2025-06-02T10:00:00Z')",
		    (long long)poll, (long long)org[3], refused[i]);
		if (straight(path, sql) != SQLITE_CONSTRAINT_CHECK)
			fail_msg("choice %s was not refused by its check",
			    refused[i]);
	}
	snprintf(sql, sizeof(sql), "INSERT INTO motion_vote (motion_id, "
	    "organisation_id, choice, cast_by, cast_at) VALUES (%lld, %lld, "
	    "NULL, 'x', '2025-06-02T10:00:00Z')", (long long)poll,
	    (long long)org[3]);
	assert_int_equal(straight(path, sql), SQLITE_CONSTRAINT_NOTNULL);
	/* Nor is a taken vote changed to another choice. */
	snprintf(sql, sizeof(sql), "INSERT INTO motion_vote (motion_id, "
	    "organisation_id, choice, cast_by, cast_at) VALUES "
	    "(%lld, %lld, 'for', 'x', '2025-06-02T10:00:00Z'), "
	    "(%lld, %lld, 'against', 'x', '2025-06-02T10:00:00Z'), "
	    "(%lld, %lld, 'abstain', 'x', '2025-06-02T10:00:00Z')",
	    (long long)poll, (long long)org[0], (long long)poll,
	    (long long)org[1], (long long)poll, (long long)org[2]);
	assert_int_equal(straight(path, sql), SQLITE_OK);
	assert_int_equal(straight(path, "UPDATE motion_vote SET choice = "
	    "'maybe' WHERE choice = 'for'"), SQLITE_CONSTRAINT_CHECK);
	assert_int_equal(one(path, "SELECT count(*) FROM motion_vote"), 3);
	assert_int_equal(one(path, "SELECT count(*) FROM motion_vote WHERE "
	    "choice IN ('for', 'against', 'abstain')"), 3);
}

/* Every vote of motion_vote as "rowid:motion:org:choice:by:at;", in
 * row number order. */
static void
votes_of(sqlite3 *db, char *out, size_t sz)
{
	sqlite3_stmt	*q;
	size_t		 n = 0;

	out[0] = '\0';
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT rowid, motion_id, "
	    "organisation_id, choice, cast_by, cast_at FROM motion_vote "
	    "ORDER BY rowid", -1, &q, NULL), SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW) {
		n += (size_t)snprintf(out + n, sz - n,
		    "%lld:%lld:%lld:%s:%s:%s;",
		    (long long)sqlite3_column_int64(q, 0),
		    (long long)sqlite3_column_int64(q, 1),
		    (long long)sqlite3_column_int64(q, 2),
		    (const char *)sqlite3_column_text(q, 3),
		    (const char *)sqlite3_column_text(q, 4),
		    (const char *)sqlite3_column_text(q, 5));
		assert_true(n < sz);
	}
	sqlite3_finalize(q);
}

/* The votes a schema-19 database holds: row numbers with gaps, written
 * out of order; organisation 99 is not in the database. */
#define V19_VOTES \
	"INSERT INTO motion_vote (rowid, motion_id, organisation_id, " \
	"choice, cast_by, cast_at) VALUES " \
	"(40, 2, 11, 'against', 'Lead B', '2025-03-02T10:00:00Z'), " \
	"(2, 1, 10, 'for', 'Lead A', '2025-03-01T09:00:00Z'), " \
	"(1000, 2, 12, 'abstain', 'officer', '2025-03-02T11:00:00Z'), " \
	"(5, 1, 11, 'against', 'Lead B', '2025-03-01T09:30:00Z'), " \
	"(6, 1, 12, 'abstain', 'Lead C', '2025-03-01T09:45:00Z'), " \
	"(41, 2, 10, 'for', 'Lead A', '2025-03-02T10:05:00Z'), " \
	"(77, 2, 99, 'for', 'Lead Z', '2025-03-02T12:00:00Z');"
#define V19_KEPT \
	"2:1:10:for:Lead A:2025-03-01T09:00:00Z;" \
	"5:1:11:against:Lead B:2025-03-01T09:30:00Z;" \
	"6:1:12:abstain:Lead C:2025-03-01T09:45:00Z;" \
	"40:2:11:against:Lead B:2025-03-02T10:00:00Z;" \
	"41:2:10:for:Lead A:2025-03-02T10:05:00Z;" \
	"77:2:99:for:Lead Z:2025-03-02T12:00:00Z;" \
	"1000:2:12:abstain:officer:2025-03-02T11:00:00Z;"

/* A database as migrations 1 to 19 made it, with an arrangement, a
 * forum, three organisations, two motions and their votes. */
static void
make_v19(const char *path)
{
	sqlite3		*db;
	const char	*body;
	char		*msg = NULL;
	char		 votes[1024];
	int		 i;

	/* This file's 20th migration is the one that rebuilds the table. */
	assert_true(sizeof(migrations) / sizeof(migrations[0]) >= 20);
	assert_string_equal(migrations[19],
	    "migrations/0020-vote-choice-check.sql");
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	for (i = 0; i < 19; i++) {
		assert_non_null(body = embedded_get(migrations[i], NULL));
		if (sqlite3_exec(db, body, NULL, NULL, &msg) != SQLITE_OK)
			fail_msg("%s: %s", migrations[i], msg);
	}
	if (sqlite3_exec(db, "PRAGMA user_version = 19; "
	    "INSERT INTO arrangement (id, slug, name, kind, template, created) "
	    "VALUES (1, 'nineteen', 'Nineteen Alliance', 'alliance', "
	    "'staffordshire-alliance', '2025-01-01');"
	    "INSERT INTO grp (id, arrangement_id, slug, name, kind) VALUES "
	    "(1, 1, 'southwest', 'Southwest Forum', 'local-forum');"
	    "INSERT INTO organisation (id, name, sector) VALUES "
	    "(10, 'Organisation A', 'vcse'), (11, 'Organisation B', 'vcse'), "
	    "(12, 'Organisation C', 'vcse');"
	    "INSERT INTO motion (id, group_id, body, method, status, "
	    "proposed_by, proposed_at) VALUES "
	    "(1, 1, 'Endorse the letter', 'poll', 'closed', 'officer', "
	    "'2025-02-28T12:00:00Z'), (2, 1, 'Endorse the bid', 'poll', "
	    "'open', 'officer', '2025-03-01T12:00:00Z');"
	    V19_VOTES, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("schema 19's records: %s", msg);
	/* At schema 19 the check is the list the migration replaces. */
	assert_int_equal(sqlite3_exec(db, "INSERT INTO motion_vote VALUES "
	    "(2, 12, 'maybe', 'x', 'y')", NULL, NULL, NULL),
	    SQLITE_CONSTRAINT);
	votes_of(db, votes, sizeof(votes));
	assert_string_equal(votes, V19_KEPT);
	sqlite3_close(db);
}

static void
test_schema_19_votes_kept_with_row_numbers_when_opened(void **state)
{
	struct core	 c;
	sqlite3		*db;
	char		 dir[] = "/tmp/alliance-unit-XXXXXX";
	char		 path[128], key[160], votes[1024];

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/v19.db", dir);
	snprintf(key, sizeof(key), "%s/a.key", dir);
	setenv("ALLIANCE_KEY", key, 1);
	setenv("ALLIANCE_TODAY", "2025-06-01", 1);
	make_v19(path);
	assert_int_equal(one(path, "PRAGMA user_version"), 19);
	OK(&c, core_open(&c, path, 0));
	/* Every statement of the program still runs on the table. */
	OK(&c, core_selftest(&c));
	core_close(&c);
	assert_true(one(path, "PRAGMA user_version") >= 20);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	votes_of(db, votes, sizeof(votes));
	assert_string_equal(votes, V19_KEPT);
	/* The table is the one migration 20 made, without the index of
	 * votes by choice. */
	assert_int_equal(one(path, "SELECT count(*) FROM sqlite_master "
	    "WHERE tbl_name = 'motion_vote' AND sql LIKE '%choice = ''for'' "
	    "OR%' AND sql NOT LIKE '%IN (%'"), 1);
	assert_int_equal(one(path, "SELECT count(*) FROM sqlite_master "
	    "WHERE name = 'motion_vote_count'"), 0);
	assert_int_equal(one(path, "SELECT count(*) FROM sqlite_master "
	    "WHERE name = 'motion_vote_new'"), 0);
	/* Still refusing another choice, and a second vote of the same
	 * organisation on the same motion. */
	assert_int_equal(sqlite3_exec(db, "INSERT INTO motion_vote VALUES "
	    "(2, 12, 'maybe', 'x', 'y')", NULL, NULL, NULL),
	    SQLITE_CONSTRAINT);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO motion_vote VALUES "
	    "(2, 12, 'for', 'x', 'y')", NULL, NULL, NULL), SQLITE_CONSTRAINT);
	sqlite3_close(db);
	/* Opened again: nothing runs twice, the votes are as they were. */
	OK(&c, core_open(&c, path, 0));
	core_close(&c);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	votes_of(db, votes, sizeof(votes));
	assert_string_equal(votes, V19_KEPT);
	sqlite3_close(db);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_vote_choice_not_for_against_abstain_refused),
		cmocka_unit_test(
		    test_schema_19_votes_kept_with_row_numbers_when_opened),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
