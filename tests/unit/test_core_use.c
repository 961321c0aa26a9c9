/*
 * The arrangement in use (core_use) is kept while nothing it reads has
 * changed: the arrangement's row, the constitution in force and the
 * memberships whose notice has ended.  A change made through the same
 * core to any of them is seen at the next core_use (no stale
 * arrangement); a vote in a poll or an entry in the audit log, which
 * change none of them, do not have it all read again
 * (store_use_version, the tables ledger_prior.c leaves out).
 *
 * What core_use reads is watched on the store's own connection with
 * sqlite3_trace_v2: each statement that reads the arrangement's row is
 * counted.  Nothing is added to the program for it.
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
#include "rules/membership.h"
#include "store/store_int.h"
#include "fresh.h"

/* Statements run on the connection, and those that read the
 * arrangement's row (STMT_ARR_LIST, STMT_ARR_BY_SLUG), since watch(). */
struct seen {
	unsigned	stmts, arr_reads;
};

static int
traced(unsigned type, void *arg, void *p, void *x)
{
	struct seen	*s = arg;
	const char	*sql = sqlite3_sql(p);

	(void)x;
	if (type != SQLITE_TRACE_STMT)
		return 0;
	s->stmts++;
	if (sql != NULL && strstr(sql, "FROM arrangement") != NULL)
		s->arr_reads++;
	return 0;
}

static void
watch(struct core *c, struct seen *s)
{
	memset(s, 0, sizeof(*s));
	assert_int_equal(sqlite3_trace_v2(c->st->db, SQLITE_TRACE_STMT,
	    traced, s), SQLITE_OK);
}

static void
unwatch(struct core *c)
{
	assert_int_equal(sqlite3_trace_v2(c->st->db, 0, NULL, NULL),
	    SQLITE_OK);
}

/* How many times the arrangement's row is read by one core_use. */
static unsigned
use_reads(struct core *c)
{
	struct seen s;

	watch(c, &s);
	OK(c, core_use(c, NULL));
	unwatch(c);
	return s.arr_reads;
}

/* An arrangement in use with nothing changed since: core_use keeps it
 * (the trace sees no read of the arrangement), so that the tests below
 * start from a kept arrangement. */
static void
kept(struct core *c)
{
	OK(c, core_use(c, NULL));
	assert_int_equal(use_reads(c), 0);
}

/* The watch itself sees a read again: a change to the arrangement's
 * organisations (a table core_use's version counts) has it read. */
static void
test_use_read_again_after_organisation_added(void **state)
{
	struct core	c;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	kept(&c);
	(void)add_org(&c, "Perton Pantry", "perton", "vcse");
	assert_true(use_reads(&c) >= 1);
	assert_int_equal(use_reads(&c), 0);
	core_close(&c);
}

#define NOTICE_1	"membership.resignation_notice_months = 1"

/* A new version of the constitution applied from today through the same
 * core is the one in force at the next core_use.  (An action writes
 * more than the one table, and puts the constitution in place itself:
 * these through-core tests guard the whole; the same-connection tests
 * further down hold each table to store_use_version.) */
static void
test_use_sees_constitution_applied_by_same_core(void **state)
{
	struct core				c;
	struct rec_constitution_version		v;
	char					*text, *at;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	kept(&c);
	assert_int_equal(constitution_int(&c.cons,
	    "membership.resignation_notice_months"), 1);
	OK(&c, core_constitution_get(&c, &viewer_system, NULL, &v));
	/* The same text with three months' notice in place of one. */
	text = strdup(v.body);
	assert_non_null(text);
	at = strstr(text, NOTICE_1);
	assert_non_null(at);
	at[strlen(NOTICE_1) - 1] = '3';
	rec_constitution_version_clear(&v);
	OK(&c, core_constitution_apply(&c, text, "2025-06-01"));
	free(text);
	OK(&c, core_use(&c, NULL));
	assert_int_equal(constitution_int(&c.cons,
	    "membership.resignation_notice_months"), 3);
	OK(&c, core_constitution_get(&c, &viewer_system, NULL, &v));
	assert_int_equal(v.version, 2);
	rec_constitution_version_clear(&v);
	core_close(&c);
}

/* The status of organisation s's membership of group. */
static enum memb_status
status_of(struct core *c, const char *group, const char *s)
{
	struct rec_membership_detail	d;
	enum memb_status		st;

	memset(&d, 0, sizeof(d));
	OK(c, core_member_show(c, &viewer_system, group, s, &d));
	st = d.m.status;
	rec_membership_detail_free(&d);
	return st;
}

/* SA-14.1: notice given through the same core a month ago ends today;
 * the next core_use settles it, as it would the next day. */
static void
test_SA_14_1_notice_given_by_same_core_settled_at_end(void **state)
{
	struct core	c;
	int64_t		person;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	(void)add_member_org(&c, "southwest", "wa", "full", "vcse",
	    "2025-04-01", &person);
	kept(&c);
	assert_int_equal(status_of(&c, "southwest", "wa"), MS_ACTIVE);
	OK(&c, core_member_resign(&c, "southwest", "wa", "2025-05-01",
	    NULL));
	assert_int_equal(status_of(&c, "southwest", "wa"), MS_UNDER_NOTICE);
	OK(&c, core_use(&c, NULL));
	assert_int_equal(status_of(&c, "southwest", "wa"), MS_RESIGNED);
	core_close(&c);
}

/*
 * The same changes written by SQL on the store's own connection, each to
 * the one table core_use reads it from: nothing else moves (no audit
 * entry, no mail, no constitution put in place), so each is seen only
 * if that table's changes count in store_use_version.
 */
static void
same_connection(struct core *c, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(c->st->db, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg != NULL ? msg : "?");
	assert_int_equal(sqlite3_changes(c->st->db), 1);
}

static void
test_use_sees_arrangement_renamed_on_same_connection(void **state)
{
	struct core	c;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	kept(&c);
	assert_string_not_equal(c.arr_name, "Renamed Alliance");
	same_connection(&c, "UPDATE arrangement SET name = 'Renamed "
	    "Alliance'");
	OK(&c, core_use(&c, NULL));
	assert_string_equal(c.arr_name, "Renamed Alliance");
	core_close(&c);
}

static void
test_use_sees_constitution_added_on_same_connection(void **state)
{
	struct core	c;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	kept(&c);
	assert_int_equal(constitution_int(&c.cons,
	    "membership.resignation_notice_months"), 1);
	same_connection(&c, "INSERT INTO constitution_version "
	    "(arrangement_id, version, effective_from, body, applied_by, "
	    "applied_at) SELECT arrangement_id, 2, '2025-06-01', "
	    "replace(body, '" NOTICE_1 "', 'membership."
	    "resignation_notice_months = 3'), applied_by, applied_at "
	    "FROM constitution_version WHERE version = 1");
	OK(&c, core_use(&c, NULL));
	assert_int_equal(constitution_int(&c.cons,
	    "membership.resignation_notice_months"), 3);
	core_close(&c);
}

/* SA-14.1: a notice running to 1 July brought forward to end today. */
static void
test_SA_14_1_notice_ended_on_same_connection_settled(
    void **state)
{
	struct core	c;
	int64_t		person;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	(void)add_member_org(&c, "southwest", "wa", "full", "vcse",
	    "2025-04-01", &person);
	OK(&c, core_member_resign(&c, "southwest", "wa", "2025-06-01",
	    NULL));
	kept(&c);
	assert_int_equal(status_of(&c, "southwest", "wa"), MS_UNDER_NOTICE);
	same_connection(&c, "UPDATE membership SET status_until = "
	    "'2025-06-01' WHERE status_until = '2025-07-01'");
	OK(&c, core_use(&c, NULL));
	assert_int_equal(status_of(&c, "southwest", "wa"), MS_RESIGNED);
	core_close(&c);
}

/* A poll of the Southwest forum, open on the clock's day, with voters
 * wa and wb; the arrangement in use kept. */
static void
poll_up(struct core *c, int64_t *poll, struct viewer *wa, struct viewer *wb)
{
	fresh_alliance(c, NULL, 0);
	wa->role = wb->role = VIEWER_MEMBER;
	wa->org = add_member_org(c, "southwest", "wa", "full", "vcse",
	    "2025-05-01", &wa->person);
	wb->org = add_member_org(c, "southwest", "wb", "full", "vcse",
	    "2025-05-01", &wb->person);
	clock_at(c, "ALLIANCE_NOW", "2025-06-01T08:00");
	OK(c, core_poll_open(c, &viewer_system, "southwest", "Endorse the "
	    "letter", "2025-06-01T09:00", "2025-06-05T17:00", poll));
	clock_at(c, "ALLIANCE_NOW", "2025-06-01T12:00");
	kept(c);
}

/* A vote cast in a poll writes the vote, its audit entry and the
 * ledger's rows: the arrangement in use is not read again for it. */
static void
test_use_not_read_again_after_vote_in_poll(void **state)
{
	struct core	c;
	struct viewer	wa, wb;
	struct seen	s;
	int64_t		poll;

	(void)state;
	poll_up(&c, &poll, &wa, &wb);
	watch(&c, &s);
	OK(&c, core_motion_cast(&c, &wa, poll, "wa", "for"));
	unwatch(&c);
	/* The vote did write (a cast that wrote nothing proves nothing). */
	assert_true(s.stmts > 0);
	assert_int_equal(use_reads(&c), 0);
	OK(&c, core_motion_cast(&c, &wb, poll, "wb", "against"));
	assert_int_equal(use_reads(&c), 0);
	assert_string_equal(c.arr_slug, "staffordshire-alliance");
	assert_non_null(c.cons.v);
	core_close(&c);
}

/* An entry in the audit log alone (as a view of a record writes) does
 * not have the arrangement read again. */
static void
test_use_not_read_again_after_audit_entry(void **state)
{
	struct core			c;
	struct rec_audit_list		l = { NULL, 0 };
	size_t				n;

	(void)state;
	fresh_alliance(&c, NULL, 0);
	kept(&c);
	OK(&c, core_audit_list(&c, &l));
	n = l.n;
	rec_audit_list_free(&l);
	OK(&c, core_begin(&c));
	OK(&c, core_end(&c, core_auditf(&c, "arrangement.view",
	    "arrangement", c.arr, "{}")));
	OK(&c, core_audit_list(&c, &l));
	assert_int_equal(l.n, n + 1);
	rec_audit_list_free(&l);
	assert_int_equal(use_reads(&c), 0);
	core_close(&c);
}

/* Another connection's commit made while core_use reads (here, as it
 * reads the constitution, after the arrangement's row): what it read
 * is kept under the version taken before it read, so the next core_use
 * reads again and sees the commit (not the old name until some other
 * change). */
static struct core	*other;
static int		 armed;

static int
commit_meanwhile(unsigned type, void *arg, void *p, void *x)
{
	const char *sql = sqlite3_sql(p);

	(void)arg; (void)x;
	if (type == SQLITE_TRACE_STMT && armed && sql != NULL &&
	    strstr(sql, "FROM constitution_version") != NULL) {
		armed = 0;
		if (sqlite3_exec(other->st->db, "UPDATE arrangement SET name "
		    "= 'Renamed Meanwhile'", NULL, NULL, NULL) != SQLITE_OK)
			fail_msg("%s", sqlite3_errmsg(other->st->db));
	}
	return 0;
}

static void
test_use_sees_commit_made_by_another_while_it_reads(void **state)
{
	struct core	a, b;
	char		path[512];

	(void)state;
	fresh_alliance(&a, path, sizeof(path));
	assert_int_equal(core_open(&b, path, 0), CORE_OK);
	other = &b;
	kept(&a);
	/* A change of the same connection, so that the next core_use
	 * reads; the other connection commits while it does. */
	same_connection(&a, "UPDATE arrangement SET name = 'Named Before'");
	assert_int_equal(sqlite3_trace_v2(a.st->db, SQLITE_TRACE_STMT,
	    commit_meanwhile, NULL), SQLITE_OK);
	armed = 1;
	OK(&a, core_use(&a, NULL));
	unwatch(&a);
	assert_int_equal(armed, 0);
	assert_string_equal(a.arr_name, "Named Before");
	OK(&a, core_use(&a, NULL));
	assert_string_equal(a.arr_name, "Renamed Meanwhile");
	core_close(&b);
	core_close(&a);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_use_read_again_after_organisation_added),
		cmocka_unit_test(
		    test_use_sees_constitution_applied_by_same_core),
		cmocka_unit_test(
		    test_SA_14_1_notice_given_by_same_core_settled_at_end),
		cmocka_unit_test(
		    test_use_sees_arrangement_renamed_on_same_connection),
		cmocka_unit_test(
		    test_use_sees_constitution_added_on_same_connection),
		cmocka_unit_test(
		    test_SA_14_1_notice_ended_on_same_connection_settled),
		cmocka_unit_test(test_use_not_read_again_after_vote_in_poll),
		cmocka_unit_test(test_use_not_read_again_after_audit_entry),
		cmocka_unit_test(
		    test_use_sees_commit_made_by_another_while_it_reads),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
