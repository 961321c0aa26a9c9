/*
 * Who may seek an urgent decision, vote in a poll and count it, as core
 * decides it for the pages and the command line alike (decision.c): the
 * group's chair or vice-chair opens a poll or records an email
 * consensus, and counts, with officers and the command line (SA-8.4,
 * SA-7.3); each member organisation votes in a poll for itself (SA-8.4,
 * SA-8.3).  Each refusal changes nothing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/core.h"
#include "fresh.h"

#define RUNS_ONLY	"Urgent decisions and counting the votes are for " \
			"the group's chair and vice-chair, and officers."
#define OWN_ONLY	"A member votes only for its own organisation."

struct poll_cast {
	struct core	c;
	int64_t		poll;
	struct viewer	chair, member, other, outsider, officer;
};

/* An organisation s of group, full and signed, with "Lead s". */
static void
org_of(struct core *c, const char *group, const char *s, struct viewer *v)
{
	v->role = VIEWER_MEMBER;
	v->org = add_member_org(c, group, s, "full", "vcse", "2025-05-01",
	    &v->person);
}

/* The Southwest forum: its chair's organisation (wa), two members (wb,
 * wc) and one of the Southeast forum only (we); a poll open from 2 June
 * 9am to 5 June 5pm, and the clock on 3 June. */
static void
cast_up(struct poll_cast *t)
{
	memset(t, 0, sizeof(*t));
	fresh_alliance(&t->c, NULL, 0);
	org_of(&t->c, "southwest", "wa", &t->chair);
	org_of(&t->c, "southwest", "wb", &t->member);
	org_of(&t->c, "southwest", "wc", &t->other);
	org_of(&t->c, "southeast", "we", &t->outsider);
	t->officer.role = VIEWER_OFFICER;
	OK(&t->c, core_office_set(&t->c, "southwest", "Lead wa", "chair", 0,
	    "2025-05-01", NULL));
	clock_at(&t->c, "ALLIANCE_NOW", "2025-06-01T12:00");
	OK(&t->c, core_poll_open(&t->c, &t->chair, "southwest", "Endorse the "
	    "letter", "2025-06-02T09:00", "2025-06-05T17:00", &t->poll));
	clock_at(&t->c, "ALLIANCE_NOW", "2025-06-03T12:00");
}

/* The group's decisions and their votes, in one line. */
static void
snapshot(struct poll_cast *t, char *buf, size_t sz)
{
	struct rec_motion_list	l = { NULL, 0 };
	size_t			i, n;
	int			ok;

	n = (size_t)snprintf(buf, sz, "|");
	OK(&t->c, core_motion_list(&t->c, &viewer_system, "southwest", &l));
	for (i = 0; i < l.n && n < sz; i++)
		n += (size_t)snprintf(buf + n, sz - n, "m%lld:%d:%s,",
		    (long long)l.v[i].id, (int)l.v[i].status,
		    l.v[i].outcome != NULL ? l.v[i].outcome : "-");
	rec_motion_list_free(&l);
	ok = n < sz;
	assert_true(ok);
}

#define REFUSED(t, call, code, fld, sentence) do { \
	char before_[2048], after_[2048]; \
	snapshot((t), before_, sizeof(before_)); \
	assert_int_equal((call), (code)); \
	assert_string_equal((t)->c.field, (fld)); \
	assert_string_equal((t)->c.err, (sentence)); \
	snapshot((t), after_, sizeof(after_)); \
	assert_string_equal(before_, after_); \
} while (0)

/* SA-8.4: a poll, and an email consensus, are sought by the chair or an
 * officer; a member, or another group's, is refused. */
static void
test_SA_8_4_urgent_decision_by_chair_or_officer(void **state)
{
	struct poll_cast	t;
	int64_t			id = 0;

	(void)state;
	cast_up(&t);
	REFUSED(&t, core_poll_open(&t.c, &t.member, "southwest", "Another",
	    "2025-06-04T09:00", "2025-06-06T17:00", &id), CORE_EPERM, "runs",
	    RUNS_ONLY);
	REFUSED(&t, core_poll_open(&t.c, &t.outsider, "southwest", "Another",
	    "2025-06-04T09:00", "2025-06-06T17:00", &id), CORE_EPERM, "runs",
	    RUNS_ONLY);
	REFUSED(&t, core_poll_open(&t.c, &viewer_public, "southwest",
	    "Another", "2025-06-04T09:00", "2025-06-06T17:00", &id),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(&t, core_decide_email(&t.c, &t.member, "southwest", "Agreed",
	    &id), CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(&t, core_decide_email(&t.c, &t.outsider, "southwest",
	    "Agreed", &id), CORE_EPERM, "runs", RUNS_ONLY);
	OK(&t.c, core_decide_email(&t.c, &t.chair, "southwest", "Agreed",
	    &id));
	OK(&t.c, core_decide_email(&t.c, &t.officer, "southwest", "Agreed "
	    "again", &id));
	OK(&t.c, core_poll_open(&t.c, &t.officer, "southwest", "Another",
	    "2025-06-04T09:00", "2025-06-06T17:00", &id));
	OK(&t.c, core_poll_open(&t.c, &viewer_system, "southwest", "A third",
	    "2025-06-04T09:00", "2025-06-06T17:00", &id));
	core_close(&t.c);
}

/* SA-8.4, SA-8.3: in a poll each member organisation votes for itself:
 * not for another, not even by the chair; an officer records any. */
static void
test_SA_8_4_poll_vote_for_own_organisation(void **state)
{
	struct poll_cast	t;
	struct viewer		none;
	int64_t			person;

	(void)state;
	cast_up(&t);
	REFUSED(&t, core_motion_cast(&t.c, &t.member, t.poll, "wc", "for"),
	    CORE_EPERM, "member", OWN_ONLY);
	REFUSED(&t, core_motion_cast(&t.c, &t.chair, t.poll, "wb", "for"),
	    CORE_EPERM, "member", OWN_ONLY);
	REFUSED(&t, core_motion_cast(&t.c, &viewer_public, t.poll, "wb",
	    "for"), CORE_EPERM, "member", OWN_ONLY);
	/* One signed in for no organisation, whose page names its
	 * organisation "0": an organisation so named is not its own. */
	none = t.member;
	none.org = 0;
	(void)add_member_org(&t.c, "southwest", "0", "full", "vcse",
	    "2025-05-01", &person);
	REFUSED(&t, core_motion_cast(&t.c, &none, t.poll, "0", "for"),
	    CORE_EPERM, "member", OWN_ONLY);
	OK(&t.c, core_motion_cast(&t.c, &t.member, t.poll, "wb", "for"));
	OK(&t.c, core_motion_cast(&t.c, &t.chair, t.poll, "wa", "against"));
	OK(&t.c, core_motion_cast(&t.c, &t.officer, t.poll, "wc", "for"));
	core_close(&t.c);
}

/* SA-8.4: the poll is counted by the chair or an officer. */
static void
test_SA_8_4_poll_counted_by_chair_or_officer(void **state)
{
	struct poll_cast	t;
	struct motion_result	res;

	(void)state;
	cast_up(&t);
	OK(&t.c, core_motion_cast(&t.c, &t.member, t.poll, "wb", "for"));
	clock_at(&t.c, "ALLIANCE_NOW", "2025-06-06T09:00");
	REFUSED(&t, core_motion_close(&t.c, &t.member, t.poll, &res),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(&t, core_motion_close(&t.c, &t.outsider, t.poll, &res),
	    CORE_EPERM, "runs", RUNS_ONLY);
	OK(&t.c, core_motion_close(&t.c, &t.chair, t.poll, &res));
	assert_string_equal(res.outcome, "carried");
	core_close(&t.c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_8_4_urgent_decision_by_chair_or_officer),
		cmocka_unit_test(test_SA_8_4_poll_vote_for_own_organisation),
		cmocka_unit_test(test_SA_8_4_poll_counted_by_chair_or_officer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
