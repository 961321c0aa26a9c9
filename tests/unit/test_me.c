/*
 * A member's own business as core decides it (core_me): each membership
 * with whether it votes and why not (SA-3.1-assoc, SA-3.2, SA-13.2);
 * the polls and ballots open to an organisation only where it may vote
 * (SA-E2.1); elections taking nominations only where it may stand
 * (SA-9.3, SA-E1); the groups the person chairs, the positions they
 * hold (SA-9.1) and their choice of news.  The public is refused.
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

#include "core/core.h"
#include "fresh.h"


/* An organisation of sector with a membership of kind in the
 * Southwest forum, signed when sign is set, and its lead person. */
static int64_t
member(struct core *c, const char *s, const char *sector, const char *kind,
    int sign, int64_t *pid)
{
	return add_member_org(c, "southwest", s, kind, sector, sign ?
	    "2025-01-06" : NULL, pid);
}

/* What the organisation org sees: its one membership (votes or not),
 * how many ballots and nominations. */
static void
sees(struct core *c, int64_t org, const char *status, int votes,
    size_t ballots, size_t noms)
{
	struct viewer	v = { VIEWER_MEMBER, 0, 0 };
	struct core_me	me;

	v.org = org;
	OK(c, core_me(c, &v, &me));
	assert_int_equal(me.memberships.n, 1);
	assert_string_equal(me.memberships.v[0].m.grp, "southwest");
	assert_string_equal(memb_status_names[me.memberships.v[0].m.status],
	    status);
	assert_int_equal(me.memberships.v[0].may_vote, votes);
	/* A sentence why not, for those that do not vote. */
	assert_int_equal(me.memberships.v[0].why_not[0] != '\0', !votes);
	assert_int_equal(me.ballots.n, ballots);
	assert_int_equal(me.nominations.n, noms);
	core_me_free(&me);
}

static void
test_me_decided_in_core_sa_3_1_assoc_sa_13_2_sa_e1(void **state)
{
	struct election_in	 e;
	struct nomination_in	 n;
	struct position_in	 pos;
	struct viewer		 v = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 pub = { VIEWER_PUBLIC, 0, 0 };
	struct core_me		 me;
	struct core		 c;
	char			 dir[] = "/tmp/alliance-me.XXXXXX";
	char			 path[300];
	int64_t			 full, pend, assoc, susp, poll, el1, el2;
	int64_t			 lead, other;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/test.db", dir);
	unsetenv("ALLIANCE_KEY");
	unsetenv("ALLIANCE_NOW");
	clock_at(&c, "ALLIANCE_TODAY", "2025-01-06");
	OK(&c, core_open(&c, path, 1));
	c.actor = "home page test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	full = member(&c, "f1", "vcse", "full", 1, &lead);
	pend = member(&c, "p2", "vcse", "full", 0, &other);
	assoc = member(&c, "a3", "public", "associate", 1, &other);
	susp = member(&c, "s4", "vcse", "full", 1, &other);
	OK(&c, core_member_status(&c, "southwest", "s4", "suspended",
	    "2025-01-06", "Fees unpaid"));
	/* An election whose ballot opens in March... */
	memset(&e, 0, sizeof(e));
	e.group = "southwest";
	e.office = "vice-chair";
	e.closes = "2025-02-01";
	OK(&c, core_election_open(&c, &e, &el1));
	memset(&n, 0, sizeof(n));
	n.details = n.why = n.skills = n.interests = "x";
	n.guidance = 1;
	n.person = "Lead f1";
	OK(&c, core_election_nominate(&c, el1, &n));
	clock_at(&c, "ALLIANCE_TODAY", "2025-03-01");
	clock_at(&c, "ALLIANCE_NOW", "2025-03-01T08:00");
	OK(&c, core_election_ballot(&c, el1, "2025-03-01T09:00",
	    "2025-03-10T17:00"));
	OK(&c, core_poll_open(&c, &viewer_system, "southwest", "Endorse the letter",
	    "2025-03-01T09:00", "2025-03-10T17:00", &poll));
	/* ...and one taking nominations. */
	e.office = "chair";
	e.closes = "2025-03-31";
	OK(&c, core_election_open(&c, &e, &el2));
	clock_at(&c, "ALLIANCE_NOW", "2025-03-02T10:00");

	/* A full member in good standing: the poll, then the election's
	 * ballot, and the nominations open. */
	v.org = full;
	v.person = lead;
	OK(&c, core_me(&c, &v, &me));
	assert_int_equal(me.memberships.n, 1);
	assert_true(me.memberships.v[0].may_vote);
	assert_int_equal(me.ballots.n, 2);
	assert_int_equal(me.ballots.v[0].kind, CORE_ME_POLL);
	assert_int_equal(me.ballots.v[0].id, poll);
	assert_string_equal(me.ballots.v[0].what, "Endorse the letter");
	assert_string_equal(me.ballots.v[0].closes, "2025-03-10T17:00");
	assert_string_equal(me.ballots.v[0].group,
	    me.memberships.v[0].m.group_name);
	assert_int_equal(me.ballots.v[0].voted, 0);
	assert_int_equal(me.ballots.v[1].kind, CORE_ME_ELECTION);
	assert_int_equal(me.ballots.v[1].id, el1);
	assert_string_equal(me.ballots.v[1].what, "vice-chair");
	assert_int_equal(me.nominations.n, 1);
	assert_int_equal(me.nominations.v[0].e->id, el2);
	assert_string_equal(me.nominations.v[0].group,
	    me.memberships.v[0].m.group_name);
	core_me_free(&me);
	sees(&c, full, "active", 1, 2, 1);
	/* Once it has voted, the ballot says so. */
	OK(&c, core_motion_cast(&c, &viewer_system, poll, "f1", "for"));
	OK(&c, core_me(&c, &v, &me));
	assert_int_equal(me.ballots.v[0].voted, 1);
	assert_int_equal(me.ballots.v[1].voted, 0);
	core_me_free(&me);

	/* SA-3.2: not signed yet; SA-3.1-assoc: an associate; SA-13.2:
	 * suspended.  None is shown a ballot, nor may stand. */
	sees(&c, pend, "pending", 0, 0, 0);
	sees(&c, assoc, "active", 0, 0, 0);
	sees(&c, susp, "suspended", 0, 0, 0);
	/* Once the ballots and the nominations close, none is shown. */
	clock_at(&c, "ALLIANCE_NOW", "2025-04-01T10:00");
	sees(&c, full, "active", 1, 0, 0);
	clock_at(&c, "ALLIANCE_NOW", "2025-03-02T10:00");

	/* The person's chairs, positions and choice of news. */
	OK(&c, core_office_set(&c, "southwest", "Lead f1", "chair", 0,
	    "2025-03-01", NULL));
	memset(&pos, 0, sizeof(pos));
	pos.slug = "test-seat";
	pos.section = "ICB Portfolios";
	pos.name = "Test seat";
	pos.method = "appointed";
	pos.appointed_by = "the ICB";
	pos.seats = 1;
	OK(&c, core_position_add(&c, &pos));
	OK(&c, core_position_appoint(&c, "test-seat", "Lead f1",
	    "representative", 1, NULL, "2025-03-01", "2028-02-28"));
	OK(&c, core_person_digest(&c, "Lead f1", CORE_NEWS_DIGEST));
	v.person = 0;
	OK(&c, core_me(&c, &v, &me));	/* no person: none of these */
	assert_int_equal(me.offices.n, 0);
	assert_int_equal(me.positions.n, 0);
	assert_int_equal(me.news, CORE_NEWS_NOW);
	core_me_free(&me);
	v.person = lead;
	OK(&c, core_me(&c, &v, &me));
	assert_int_equal(me.offices.n, 1);
	assert_string_equal(me.offices.v[0].slug, "southwest");
	assert_string_equal(me.offices.v[0].office, "chair");
	assert_int_equal(me.positions.n, 1);
	assert_string_equal(me.positions.v[0].position, "Test seat");
	assert_string_equal(me.positions.v[0].role, "representative");
	assert_int_equal(me.positions.v[0].interim, 1);
	assert_string_equal(me.positions.v[0].term_end, "2028-02-28");
	assert_int_equal(me.news, CORE_NEWS_DIGEST);
	core_me_free(&me);

	/* A members token has no organisation: nothing of anyone's. */
	viewer_of_scope(&v, SCOPE_MEMBERS);
	OK(&c, core_me(&c, &v, &me));
	assert_int_equal(me.memberships.n + me.ballots.n + me.offices.n +
	    me.positions.n, 0);
	core_me_free(&me);
	/* The public has no business of its own. */
	assert_int_equal(core_me(&c, &pub, &me), CORE_EPERM);
	assert_int_equal(me.memberships.n, 0);
	core_me_free(&me);

	core_close(&c);
	unlink(path);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_me_decided_in_core_sa_3_1_assoc_sa_13_2_sa_e1),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
