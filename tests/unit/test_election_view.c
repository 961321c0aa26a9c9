/*
 * What each viewer sees of an election (SA-9.4): the nominations and
 * the turnout to the members, not to the public; whether its own organisation has voted to a
 * member; the count and every ballot by its receipt to officers once
 * counted and to everyone once announced; and never who cast which
 * ballot.  The API's JSON is made from the same view.
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
#include "render/json.h"


/* Three full VCSE members; the first two have a person who stands. */
static void
voters(struct core *c, int64_t orgs[3])
{
	struct person_in	p;
	struct declaration_in	d;
	char			name[64], shrt[16], mail[64];
	int64_t			id;
	int			i;

	for (i = 0; i < 3; i++) {
		snprintf(name, sizeof(name), "Voter %02d", i);
		snprintf(shrt, sizeof(shrt), "v%02d", i);
		snprintf(mail, sizeof(mail), "lead@v%02d.example.org", i);
		orgs[i] = add_org(c, name, shrt, "vcse");
		OK(c, core_member_add(c, "southwest", shrt, "full", NULL,
		    NULL));
		memset(&d, 0, sizeof(d));
		d.organisation = shrt;
		d.name = "Chief Officer";
		d.role = "Chief Officer";
		d.date = "2025-01-06";
		d.authority = 1;
		OK(c, core_member_sign(c, &d));
		if (i < 2) {
			memset(&p, 0, sizeof(p));
			p.name = i == 0 ? "Lead v00" : "Lead v01";
			p.email = mail;
			p.organisation = shrt;
			OK(c, core_person_add(c, &p, &id));
		}
	}
}

/* What v sees: results shown, ballots, voted; and the JSON of it. */
static void
sees(struct core *c, const struct viewer *v, int64_t id, int results,
    size_t ballots, int voted)
{
	struct election_view	 e;
	json_t			*j;

	OK(c, core_election_get(c, v, id, &e));
	assert_int_equal(e.results, results);
	assert_int_equal(e.ballots.n, ballots);
	assert_int_equal(e.e.result.present, results);
	assert_int_equal(e.voted, voted);
	/* SA-9.4: the nominations are made available to the members. */
	assert_int_equal(e.turnout, viewer_is_member(v) ? 2 : 0);
	assert_int_equal(e.nominations.n, viewer_is_member(v) ? 2 : 0);
	j = json_election(&e);
	assert_non_null(j);
	/* No field of the JSON names a voter beside a choice. */
	assert_true((json_object_get(j, "ballots") != NULL) == results);
	assert_true(json_is_null(json_object_get(j, "result")) == !results);
	assert_null(json_object_get(j, "voters"));
	json_decref(j);
	election_view_free(&e);
}

/* SA-9.4: before the announcement only officers read the count. */
static void
test_election_seen_by_viewer_sa_9_4(void **state)
{
	struct election_in	 e;
	struct nomination_in	 n;
	struct election_result	 res;
	struct election_check	 k;
	struct viewer		 pub = { VIEWER_PUBLIC, 0, 0 };
	struct viewer		 off = { VIEWER_OFFICER, 0, 0 };
	struct viewer		 m0 = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 m2 = { VIEWER_MEMBER, 0, 0 };
	struct viewer		 tok;
	struct core		 c;
	char			 dir[] = "/tmp/alliance-elview.XXXXXX";
	char			 path[300], *receipt = NULL;
	int64_t			 orgs[3], id;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/test.db", dir);
	unsetenv("ALLIANCE_KEY");
	clock_at(&c, "ALLIANCE_TODAY", "2025-01-06");
	OK(&c, core_open(&c, path, 1));
	c.actor = "election view test";
	OK(&c, core_init(&c, "staffordshire-alliance", NULL));
	OK(&c, core_use(&c, NULL));
	voters(&c, orgs);
	m0.org = orgs[0];
	m2.org = orgs[2];
	clock_at(&c, "ALLIANCE_NOW", "2025-03-01T10:00");
	memset(&e, 0, sizeof(e));
	e.group = "southwest";
	e.office = "chair";
	e.closes = "2025-03-22";
	OK(&c, core_election_open(&c, &e, &id));
	memset(&n, 0, sizeof(n));
	n.details = n.why = n.skills = n.interests = "x";
	n.guidance = 1;
	n.person = "Lead v00";
	OK(&c, core_election_nominate(&c, id, &n));
	n.person = "Lead v01";
	OK(&c, core_election_nominate(&c, id, &n));
	OK(&c, core_election_ballot(&c, id, "2025-03-24T09:00",
	    "2025-03-28T17:00"));
	clock_at(&c, "ALLIANCE_NOW", "2025-03-25T10:00");
	/* SA-E2.1: a member casts its own organisation's ballot, no
	 * other's; one signed in for no organisation casts none. */
	assert_int_equal(core_election_vote(&c, &m2, id, "v00", "Lead v00",
	    &receipt), CORE_EPERM);
	assert_null(receipt);
	m2.org = 0;
	assert_int_equal(core_election_vote(&c, &m2, id, "v02", "Lead v00",
	    &receipt), CORE_EPERM);
	m2.org = orgs[2];
	OK(&c, core_election_vote(&c, &m0, id, "v00", "Lead v00", &receipt));
	free(receipt);
	OK(&c, core_election_vote(&c, &viewer_system, id, "v01", "Lead v00",
	    &receipt));
	free(receipt);
	clock_at(&c, "ALLIANCE_NOW", "2025-03-29T10:00");
	OK(&c, core_election_count(&c, id, &res));
	assert_string_equal(res.outcome, "decided");
	assert_int_equal(res.winners.n, 1);
	election_result_free(&res);
	/* Counted, not announced: the public and members see no count,
	 * nor does an API token of either scope (the API's viewer). */
	viewer_of_scope(&tok, SCOPE_MEMBERS);
	sees(&c, &tok, id, 0, 0, -1);
	viewer_of_scope(&tok, SCOPE_PUBLIC);
	sees(&c, &tok, id, 0, 0, -1);
	sees(&c, &pub, id, 0, 0, -1);
	sees(&c, &m0, id, 0, 0, 1);
	sees(&c, &m2, id, 0, 0, 0);
	sees(&c, &off, id, 1, 2, -1);
	sees(&c, &viewer_system, id, 1, 2, -1);
	OK(&c, core_election_verify(&c, id, &k));
	assert_true(k.ok);
	assert_int_equal(k.voters, 2);
	election_check_free(&k);
	OK(&c, core_election_announce(&c, id));
	/* Announced: everyone may recount. */
	sees(&c, &pub, id, 1, 2, -1);
	sees(&c, &m2, id, 1, 2, 0);
	viewer_of_scope(&tok, SCOPE_MEMBERS);
	sees(&c, &tok, id, 1, 2, -1);
	core_close(&c);
	unlink(path);
	snprintf(path, sizeof(path), "rm -rf '%s'", dir);
	assert_int_equal(system(path), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_election_seen_by_viewer_sa_9_4),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
