/*
 * Actions committed in groups (core_grouped): votes that wait for the
 * writer are committed together, in one transaction, each in a
 * savepoint of its own.  A second vote for an organisation (SA-8.3) and
 * an action that fails after writing change nothing, and do not undo
 * or block the others; the audit chain and the ledger still verify.
 */
#include <pthread.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/core.h"

#define VOTERS	8	/* organisations, each one thread */

#define OK(c, call) do { \
	int rc_ = (call); \
	if (rc_ != CORE_OK) \
		fail_msg("%s: %s", #call, (c)->err); \
} while (0)

static char	 path[300];
static int64_t	 poll;

struct voter {
	struct core	 c;
	char		 org[16];
	int		 fail_after;	/* cast, then fail: rolled back */
	int		 blocker;	/* holds the writer until all wait */
	const void	*st;		/* the connection it ran on */
	int		 rc;
	pthread_t	 th;
};

static int
cast(struct core *c, void *arg)
{
	struct voter	*v = arg;
	int		 rc;

	v->st = c->st;
	if (v->blocker) {
		/* The others queue behind this group, to form the next. */
		while (core_grouped_waiting() < VOTERS - 1)
			usleep(1000);
		return CORE_OK;
	}
	rc = core_motion_cast(c, poll, v->org, "for");
	if (rc == CORE_OK && v->fail_after)
		return core_fail(c, CORE_EINVAL, "test", "failed after "
		    "writing");
	return rc;
}

static void *
run(void *arg)
{
	struct voter *v = arg;

	v->rc = core_grouped(&v->c, cast, v);
	return NULL;
}

static void
setup_poll(void)
{
	struct core		c;
	struct org_in		o;
	struct declaration_in	d;
	char			name[32], shrt[16];
	int			i;
	int64_t			id;

	setenv("ALLIANCE_TODAY", "2025-01-06", 1);
	OK(&c, core_open(&c, path, 1));
	c.actor = "group commit test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	for (i = 0; i < VOTERS; i++) {
		snprintf(name, sizeof(name), "Voter %02d", i);
		snprintf(shrt, sizeof(shrt), "v%02d", i);
		memset(&o, 0, sizeof(o));
		o.name = name;
		o.short_name = shrt;
		o.sector = "vcse";
		o.infrastructure = -1;
		OK(&c, core_org_add(&c, &o, &id));
		OK(&c, core_member_add(&c, "southwest", shrt, "full", NULL,
		    NULL));
		memset(&d, 0, sizeof(d));
		d.organisation = shrt;
		d.name = d.role = "Chief Officer";
		d.date = "2025-01-06";
		d.authority = 1;
		OK(&c, core_member_sign(&c, &d));
	}
	OK(&c, core_poll_open(&c, "southwest", "Endorse the letter",
	    "2025-01-06T09:00", "2025-01-10T17:00", &poll));
	core_close(&c);
}

/* SA-8.3: one vote per organisation, kept in a group or refused. */
static void
test_SA_8_3_votes_waiting_are_committed_together(void **state)
{
	struct voter	 v[VOTERS];
	struct core	 c;
	struct motion_result res;
	struct rec_ledger_problems bad;
	int64_t		 entries = 0;
	int		 i;

	(void)state;
	setup_poll();
	setenv("ALLIANCE_NOW", "2025-01-07T10:00", 1);
	memset(v, 0, sizeof(v));
	for (i = 0; i < VOTERS; i++) {
		OK(&v[i].c, core_open(&v[i].c, path, 0));
		OK(&v[i].c, core_use(&v[i].c, NULL));
		v[i].c.actor = "a member";
		snprintf(v[i].org, sizeof(v[i].org), "v%02d", i);
	}
	v[0].blocker = 1;
	/* v02 votes twice: the second is refused; v03's fails after its
	 * vote was written, so its vote and audit entry go with it. */
	snprintf(v[1].org, sizeof(v[1].org), "v02");
	v[3].fail_after = 1;
	assert_int_equal(pthread_create(&v[0].th, NULL, run, &v[0]), 0);
	while (core_grouped_waiting() > 0 || v[0].st == NULL)
		usleep(1000);
	for (i = 1; i < VOTERS; i++)
		assert_int_equal(pthread_create(&v[i].th, NULL, run, &v[i]),
		    0);
	for (i = 0; i < VOTERS; i++)
		pthread_join(v[i].th, NULL);
	/* The seven that waited ran on one connection: one transaction. */
	for (i = 2; i < VOTERS; i++)
		assert_ptr_equal(v[i].st, v[1].st);
	assert_int_equal(v[0].rc, CORE_OK);
	assert_int_equal(v[3].rc, CORE_EINVAL);
	assert_string_equal(v[3].c.err, "failed after writing");
	/* Of v02's two, exactly one is kept and the other refused. */
	assert_true((v[1].rc == CORE_OK) != (v[2].rc == CORE_OK));
	assert_int_equal(v[1].rc == CORE_OK ? v[2].rc : v[1].rc,
	    CORE_EINVAL);
	for (i = 4; i < VOTERS; i++)
		assert_int_equal(v[i].rc, CORE_OK);
	for (i = 0; i < VOTERS; i++)
		core_close(&v[i].c);
	/* Counted: v02 and v04..v07; not v00 (it never voted) or v03. */
	setenv("ALLIANCE_NOW", "2025-01-11T10:00", 1);
	OK(&c, core_open(&c, path, 0));
	OK(&c, core_use(&c, NULL));
	c.actor = "group commit test";
	OK(&c, core_motion_close(&c, poll, &res));
	assert_int_equal(res.votes_for, 5);
	/* Each vote its own entry, the chain whole, every row vouched. */
	OK(&c, core_audit_verify(&c, &bad, &entries));
	assert_int_equal(bad.n, 0);
	rec_ledger_problems_free(&bad);
	core_close(&c);
	unsetenv("ALLIANCE_NOW");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SA_8_3_votes_waiting_are_committed_together),
	};
	char dir[] = "/tmp/alliance-group.XXXXXX";

	if (mkdtemp(dir) == NULL)
		return 1;
	snprintf(path, sizeof(path), "%s/test.db", dir);
	unsetenv("ALLIANCE_KEY");
	return cmocka_run_group_tests(tests, NULL, NULL);
}
