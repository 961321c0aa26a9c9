/*
 * The store's statements (the files of src/store/sql/, built in by
 * scripts/sql.sh) against a freshly migrated database: each prepares,
 * is one statement, and takes the parameters its annotation declares;
 * a caller giving another number of values is refused, not run; and
 * every column map (store/colmap.h) is held to its statement's columns.
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

#include "store/colmap.h"
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


/* Rows of a statement's answer, or -1 where it failed. */
static int
count_rows(sqlite3_stmt *q)
{
	int	n = 0, rc;

	if (q == NULL)
		return -1;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		n++;
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? n : -1;
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
	assert_int_equal(count_rows(store_int_query(f->st, STMT_ORG_LIST,
	    "")), 0);
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
	assert_int_equal(store_maps_check(f->st, err, sizeof(err)),
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

	assert_int_equal(store_exec(f->st, STMT_ROLE_INSERT, "lls", (int64_t)1,
	    (int64_t)1, "officer"), STORE_ERROR);
	assert_null(store_int_query(f->st, STMT_ORG_LIST, "l", (int64_t)1));
	assert_int_equal(count_rows(store_int_query(f->st, STMT_ORG_LIST,
	    "")), 0);
}

/* A map whose column is not the statement's is named, by the SQL file
 * and line, the column's place, and both names; so is one reading past
 * the statement's last column. */
static void
test_a_moved_column_is_named(void **state)
{
	struct fx		*f = *state;
	static const struct col	 cols[] = {
		BARE(C_INT, "id"), { C_TEXT, 8, "short_name", NULL },
	};
	static const struct col	 longer[] = {
		SKIP("aim"), SKIP("organisation"),
		SKIP("since"),
	};
	static const struct map	 m = { cols, 2, 16 }, ml = { longer, 3, 0 };
	const struct map_check	 bad = { STMT_ORG_BY_ID, &m },
				 past = { STMT_COVER_LIST, &ml };
	char			 err[400] = "", want[200];

	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
	assert_int_equal(store_map_check(f->st, &bad, 1, err, sizeof(err)),
	    STORE_ERROR);
	snprintf(want, sizeof(want), "src/store/sql/registry.sql:%d: "
	    "STMT_ORG_BY_ID, column 2: name where the record reads "
	    "short_name", store_sql[STMT_ORG_BY_ID].line);
	assert_string_equal(err, want);
	assert_int_equal(store_map_check(f->st, &past, 1, err, sizeof(err)),
	    STORE_ERROR);
	snprintf(want, sizeof(want), "src/store/sql/office.sql:%d: "
	    "STMT_COVER_LIST, column 3: none where the record reads since",
	    store_sql[STMT_COVER_LIST].line);
	assert_string_equal(err, want);
}

/* A map's column name as the check compares it: "m. id" is id. */
static const char *
bare(const char *name)
{
	const char *p;

	if ((p = strrchr(name, ' ')) != NULL)
		name = p + 1;
	return (p = strrchr(name, '.')) != NULL ? p + 1 : name;
}

/*
 * Every map the store reads by, each file's, is checked: each with two
 * of its columns swapped (or its one column renamed) is refused, naming
 * its statement's file and line.  The compliance check's maps are among
 * them.
 */
static void
test_every_map_is_held_to_its_statement(void **state)
{
	struct fx		*f = *state;
	const struct map_check	*c;
	struct col		 cols[64];
	struct map		 m;
	struct map_check	 moved;
	char			 err[400], want[200];
	size_t			 i, j, k, n = 0;
	int			 seen_att = 0, seen_request = 0, seen = 0;

	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
	assert_true(store_nmaps >= 2);
	for (i = 0; i < store_nmaps; i++) {
		assert_true(store_maps[i]->n > 0);
		for (j = 0; j < store_maps[i]->n; j++) {
			c = &store_maps[i]->v[j];
			assert_true(c->map->ncols > 0);
			assert_true(c->map->ncols <= 64);
			memcpy(cols, c->map->cols, c->map->ncols *
			    sizeof(cols[0]));
			for (k = 0; k + 1 < c->map->ncols; k++)
				if (strcmp(bare(cols[k].name),
				    bare(cols[k + 1].name)) != 0)
					break;
			if (k + 1 < c->map->ncols) {
				cols[k] = c->map->cols[k + 1];
				cols[k + 1] = c->map->cols[k];
			} else
				cols[k = 0].name = "moved";
			m = *c->map;
			m.cols = cols;
			moved.id = c->id;
			moved.map = &m;
			assert_int_equal(store_map_check(f->st, &moved, 1, err,
			    sizeof(err)), STORE_ERROR);
			snprintf(want, sizeof(want), "%s:%d: %s, column %zu: ",
			    store_sql[c->id].file, store_sql[c->id].line,
			    store_sql[c->id].name, k + 1);
			if (strncmp(err, want, strlen(want)) != 0)
				fail_msg("%s: %s", want, err);
			seen_att |= c->id == STMT_ATT_GROUP;
			seen_request |= c->id == STMT_REQUEST_LIST;
			/* Meetings, decisions, elections, mail, the audit
			 * log and sealed ballots, once filled by hand. */
			seen |= (c->id == STMT_MEET_GET) |
			    (c->id == STMT_MOTION_GET) << 1 |
			    (c->id == STMT_ELEC_GET) << 2 |
			    (c->id == STMT_OUT_GET) << 3 |
			    (c->id == STMT_AUDIT_ALL) << 4 |
			    (c->id == STMT_BALLOT_SEALED) << 5;
			n++;
		}
	}
	assert_true(seen_att && seen_request);
	assert_int_equal(seen, 0x3f);
	/* The registry, the check, auth, privacy, partners, own records,
	 * arrangements, the annual report and agreements: 106 in all; then
	 * meetings 12, decisions 4, elections 6, mail 9, the audit log 2,
	 * sealed ballots 1 and places' lists 2. */
	assert_true(n >= 142);
}

/* A column moved in a statement's SQL, as an edit of src/store/sql/
 * would move it, fails the start-up check by that file and line. */
static void
test_a_statement_edited_under_its_map_fails(void **state)
{
	struct fx		*f = *state;
	static struct store_sql	 tab[STMT__MAX];
	static const char	 from[] = "r.id, r.from_body, r.subject";
	char			*text, *at, err[400] = "", want[200];

	memcpy(tab, store_sql, sizeof(tab));
	assert_non_null(text = strdup(tab[STMT_REQUEST_LIST].text));
	assert_non_null(at = strstr(text, from));
	memcpy(at, "r.from_body, r.id, r.subject", strlen(from));
	tab[STMT_REQUEST_LIST].text = text;
	assert_int_equal(store_int_check(f->st, tab, 1, err, sizeof(err)),
	    STORE_OK);
	assert_int_equal(store_maps_check(f->st, err, sizeof(err)),
	    STORE_ERROR);
	snprintf(want, sizeof(want), "src/store/sql/own.sql:%d: "
	    "STMT_REQUEST_LIST, column 1: from_body where the record reads id",
	    store_sql[STMT_REQUEST_LIST].line);
	assert_string_equal(err, want);
	/* The store's own statements back in place pass again. */
	if (store_selftest(f->st, err, sizeof(err)) != STORE_OK)
		fail_msg("%s", err);
	free(text);
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
		cmocka_unit_test(test_a_moved_column_is_named),
		cmocka_unit_test(test_every_map_is_held_to_its_statement),
		cmocka_unit_test(test_a_statement_edited_under_its_map_fails),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
