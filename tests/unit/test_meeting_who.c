/*
 * Who may take each action on a meeting, as core decides it for the
 * pages and the command line alike (meeting_who.c): the group's chair,
 * vice-chair and officers run the meeting (SA-7.3); a member
 * organisation of the group sends its apologies (SA-6.3), asks for
 * items (SA-10.2) and declares its interests (SA-11.2), each for
 * itself; an associate only on the items of its agenda (SA-3.1-assoc).
 * Each refusal changes nothing.
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

#define RUNS_ONLY	"Recording the meeting is for its group's chair and " \
			"vice-chair, and officers."
#define MEMBERS_ONLY	"Your organisation is not a member of this group."
#define NOT_ON_AGENDA	"Associates do not take part in VCSE-only " \
			"business, and the agenda is shown once it is " \
			"circulated."

/* The people of the test, each a viewer as the pages make them, and
 * the meeting (other: a second meeting of the group). */
struct cast {
	struct core	c;
	int64_t		meeting, other;
	struct viewer	chair, vice, member, assoc, outsider, officer;
};

/* An organisation s of group as kind, its declaration signed, and its
 * lead person "Lead s"; v gets them as a signed-in member. */
static void
org_of(struct core *c, const char *group, const char *s, const char *kind,
    const char *sector, struct viewer *v)
{
	v->role = VIEWER_MEMBER;
	v->org = add_member_org(c, group, s, kind, sector, "2025-05-01",
	    &v->person);
}

/* The Southwest forum: its chair's (wa) and vice-chair's (wb)
 * organisations, a full member (wc), an associate (wd), and a full
 * member of the Southeast forum only (we); a meeting on 20 June with an
 * open item and a VCSE-only one, and a second meeting. */
static void
cast_up(struct cast *t)
{
	struct meeting_in in = { "southwest", "2025-06-20", "10:00", NULL,
	    "Hall", NULL };

	memset(t, 0, sizeof(*t));
	fresh_alliance(&t->c, NULL, 0);
	org_of(&t->c, "southwest", "wa", "full", "vcse", &t->chair);
	org_of(&t->c, "southwest", "wb", "full", "vcse", &t->vice);
	org_of(&t->c, "southwest", "wc", "full", "vcse", &t->member);
	org_of(&t->c, "southwest", "wd", "associate", "public", &t->assoc);
	org_of(&t->c, "southeast", "we", "full", "vcse", &t->outsider);
	t->officer.role = VIEWER_OFFICER;
	OK(&t->c, core_office_set(&t->c, "southwest", "Lead wa", "chair", 0,
	    "2025-05-01", NULL));
	OK(&t->c, core_office_set(&t->c, "southwest", "Lead wb", "vice-chair",
	    0, "2025-05-01", NULL));
	OK(&t->c, core_meeting_schedule(&t->c, &viewer_system, &in,
	    &t->meeting));
	OK(&t->c, core_agenda_add(&t->c, &viewer_system, t->meeting,
	    "Open business", 0, NULL, NULL));
	OK(&t->c, core_agenda_add(&t->c, &viewer_system, t->meeting,
	    "Sector position", 1, NULL, NULL));
	in.day = "2025-07-20";
	/* SA-6.2, SA-7.3: the chair calls a meeting of the group. */
	OK(&t->c, core_meeting_schedule(&t->c, &t->chair, &in, &t->other));
}

static void
cast_down(struct cast *t)
{
	core_close(&t->c);
}

/* The position of the item titled title on the meeting's agenda. */
static int
item_at(struct cast *t, const char *title)
{
	struct meeting_view	v;
	size_t			i;
	int			pos = 0;

	OK(&t->c, core_meeting_get(&t->c, &viewer_system, t->meeting, &v));
	for (i = 0; i < v.agenda.n; i++)
		if (strcmp(v.agenda.v[i].title, title) == 0)
			pos = v.agenda.v[i].pos;
	meeting_view_free(&v);
	assert_true(pos > 0);
	return pos;
}

/* What the meeting holds, in one line, to see that nothing changed. */
static void
snapshot(struct cast *t, char *buf, size_t sz)
{
	struct meeting_view	v;
	struct rec_motion_list	l = { NULL, 0 };
	struct rec_meeting_list	ml = { NULL, 0 };
	size_t			i, n = 0;

	OK(&t->c, core_meeting_list(&t->c, "southwest", &ml));
	OK(&t->c, core_meeting_get(&t->c, &viewer_system, t->meeting, &v));
	n = (size_t)snprintf(buf, sz, "%zu|%d|%zu|%zu|%zu|%s|%s|%s|", ml.n,
	    (int)v.m.status, v.agenda.n, v.attendance.n, v.interests.n,
	    v.m.circulated != NULL ? v.m.circulated : "-", v.m.notes != NULL ?
	    v.m.notes : "-", v.m.notes_published != NULL ?
	    v.m.notes_published : "-");
	for (i = 0; i < v.attendance.n && n < sz; i++)
		n += (size_t)snprintf(buf + n, sz - n, "%lld=%s,",
		    (long long)v.attendance.v[i].organisation_id,
		    v.attendance.v[i].attend);
	meeting_view_free(&v);
	rec_meeting_list_free(&ml);
	OK(&t->c, core_motion_list(&t->c, &viewer_system, "southwest", &l));
	for (i = 0; i < l.n && n < sz; i++)
		n += (size_t)snprintf(buf + n, sz - n, "m%lld:%d,",
		    (long long)l.v[i].id, (int)l.v[i].status);
	rec_motion_list_free(&l);
}

/* Refused with code, field and sentence; the meeting unchanged. */
#define REFUSED(t, call, code, fld, sentence) do { \
	char before_[2048], after_[2048]; \
	snapshot((t), before_, sizeof(before_)); \
	assert_int_equal((call), (code)); \
	assert_string_equal((t)->c.field, (fld)); \
	if ((sentence) != NULL) \
		assert_string_equal((t)->c.err, (sentence)); \
	snapshot((t), after_, sizeof(after_)); \
	assert_string_equal(before_, after_); \
} while (0)

/* Every action of who runs the meeting, by v: each refused (SA-7.3)
 * when refuse, else each taken in turn, up to the notes published. */
static void
runs_all(struct cast *t, const struct viewer *v, int motion)
{
	struct check_flag_list	 fl;
	struct motion_result	 res;
	struct meeting_in	 in = { "southwest", "2025-08-20", "10:00",
				    NULL, "Hall", NULL };
	struct core		*c = &t->c;
	int64_t			 id;
	int			 open = item_at(t, "Open business");

	REFUSED(t, core_agenda_add(c, v, t->meeting, "Late item", 0, NULL,
	    NULL), CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_agenda_remove(c, v, t->meeting, open), CORE_EPERM,
	    "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_circulate(c, v, t->meeting, NULL, &fl),
	    CORE_EPERM, "runs", RUNS_ONLY);
	assert_int_equal(fl.n, 0);
	REFUSED(t, core_meeting_attend(c, v, t->meeting, "wc", "present",
	    NULL, 0), CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_chair(c, v, t->meeting, "Lead wa", &fl),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_decide_consensus(c, v, t->meeting, open, "Agreed",
	    &id), CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_motion_propose(c, v, t->meeting, open, "That we "
	    "agree", 0, NULL, &id), CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_vote(c, v, t->meeting, motion, "wc", "for"),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_count(c, v, t->meeting, motion, &res),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_notes(c, v, t->meeting, "Notes"), CORE_EPERM,
	    "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_publish(c, v, t->meeting, NULL, "public",
	    &fl), CORE_EPERM, "runs", RUNS_ONLY);
	assert_int_equal(fl.n, 0);
	REFUSED(t, core_meeting_cancel(c, v, t->meeting, "No reason"),
	    CORE_EPERM, "runs", RUNS_ONLY);
	REFUSED(t, core_meeting_schedule(c, v, &in, &id), CORE_EPERM, "runs",
	    RUNS_ONLY);
}

/* The meeting on its day with every member present, and a motion put
 * to the vote by the chair (SA-8.2); its id. */
static int64_t
quorate_vote(struct cast *t)
{
	struct rec_membership_list	 l = { NULL, 0 };
	char				 org[32];
	int64_t				 id;
	size_t				 i;

	clock_at(&t->c, "ALLIANCE_TODAY", "2025-06-20");
	OK(&t->c, core_member_list(&t->c, &viewer_system, "southwest", &l));
	for (i = 0; i < l.n; i++) {
		snprintf(org, sizeof(org), "%lld", (long long)l.v[i].org_id);
		OK(&t->c, core_meeting_attend(&t->c, &t->chair, t->meeting,
		    org, "present", NULL, 0));
	}
	rec_membership_list_free(&l);
	OK(&t->c, core_motion_propose(&t->c, &t->chair, t->meeting,
	    item_at(t, "Open business"), "That we agree", 0, NULL, &id));
	return id;
}

/* SA-7.3: the public, an associate, a full member of another group and
 * a member that holds no office of the group run nothing. */
static void
test_SA_7_3_others_refused_running_the_meeting(void **state)
{
	struct cast	t;
	int64_t		motion;

	(void)state;
	cast_up(&t);
	motion = quorate_vote(&t);
	runs_all(&t, &viewer_public, motion);
	runs_all(&t, &t.assoc, motion);
	runs_all(&t, &t.outsider, motion);
	runs_all(&t, &t.member, motion);
	/* SA-8.3: a member casts nothing of its own on a meeting's vote,
	 * as it does in a poll (the poll's page reaches the same call). */
	REFUSED(&t, core_motion_cast(&t.c, &t.member, motion, "wc", "for"),
	    CORE_EPERM, "runs", "A vote at a meeting is recorded by its "
	    "chair.");
	/* No such meeting: not found, before anything else. */
	REFUSED(&t, core_meeting_notes(&t.c, &t.member, t.meeting + 100,
	    "Notes"), CORE_ENOTFOUND, "meeting", NULL);
	cast_down(&t);
}

/* SA-7.3: the chair, the vice-chair, an officer and the command line
 * run it: each action taken. */
static void
test_SA_7_3_chair_vice_chair_officer_run_the_meeting(void **state)
{
	struct cast		 t;
	struct check_flag_list	 fl;
	struct motion_result	 res;
	struct meeting_view	 v;
	int64_t			 id, motion;

	(void)state;
	cast_up(&t);
	OK(&t.c, core_agenda_add(&t.c, &t.chair, t.meeting, "Late item", 0,
	    NULL, NULL));
	OK(&t.c, core_agenda_remove(&t.c, &t.vice, t.meeting,
	    item_at(&t, "Late item")));
	OK(&t.c, core_meeting_circulate(&t.c, &t.officer, t.meeting, NULL,
	    &fl));
	check_flag_list_free(&fl);
	motion = quorate_vote(&t);
	/* SA-8.2: a vote of this meeting only. */
	REFUSED(&t, core_meeting_vote(&t.c, &t.chair, t.other, motion, "wc",
	    "for"), CORE_ENOTFOUND, "motion", "That motion is not a vote of "
	    "this meeting.");
	REFUSED(&t, core_meeting_count(&t.c, &t.chair, t.meeting, motion + 50,
	    &res), CORE_ENOTFOUND, "motion", NULL);
	OK(&t.c, core_meeting_vote(&t.c, &t.chair, t.meeting, motion, "wc",
	    "for"));
	OK(&t.c, core_meeting_vote(&t.c, &t.vice, t.meeting, motion, "wa",
	    "for"));
	OK(&t.c, core_meeting_count(&t.c, &t.officer, t.meeting, motion,
	    &res));
	assert_string_equal(res.outcome, "carried");
	OK(&t.c, core_decide_consensus(&t.c, &t.vice, t.meeting,
	    item_at(&t, "Sector position"), "Agreed", &id));
	OK(&t.c, core_meeting_chair(&t.c, &viewer_system, t.meeting,
	    "Lead wa", &fl));
	check_flag_list_free(&fl);
	OK(&t.c, core_meeting_notes(&t.c, &t.chair, t.meeting, "Notes"));
	OK(&t.c, core_meeting_publish(&t.c, &t.officer, t.meeting, NULL,
	    "members", &fl));
	check_flag_list_free(&fl);
	OK(&t.c, core_meeting_get(&t.c, &viewer_system, t.meeting, &v));
	assert_non_null(v.m.notes_published);
	assert_non_null(v.m.circulated);
	meeting_view_free(&v);
	OK(&t.c, core_meeting_cancel(&t.c, &t.vice, t.other, NULL));
	cast_down(&t);
}

/* What the meeting recorded for organisation org, or NULL. */
static const char *
attended(struct cast *t, int64_t org, char *buf, size_t sz)
{
	struct meeting_view	v;
	size_t			i;
	const char		*as = NULL;

	OK(&t->c, core_meeting_get(&t->c, &viewer_system, t->meeting, &v));
	for (i = 0; i < v.attendance.n; i++)
		if (v.attendance.v[i].organisation_id == org) {
			snprintf(buf, sz, "%s", v.attendance.v[i].attend);
			as = buf;
		}
	meeting_view_free(&v);
	return as;
}

/* SA-6.3, SA-10.2: apologies and a request for an item are a member
 * organisation's of the group, for itself; not the public's, nor
 * another group's member's. */
static void
test_SA_6_3_SA_10_2_members_apologise_and_ask_for_items(void **state)
{
	struct cast	t;
	char		as[32];
	size_t		n;

	(void)state;
	cast_up(&t);
	REFUSED(&t, core_meeting_apologies(&t.c, &viewer_public, t.meeting,
	    NULL), CORE_EPERM, "member", MEMBERS_ONLY);
	REFUSED(&t, core_meeting_apologies(&t.c, &t.outsider, t.meeting,
	    "Lead we"), CORE_EPERM, "member", MEMBERS_ONLY);
	REFUSED(&t, core_agenda_request(&t.c, &t.outsider, t.meeting,
	    "Our item"), CORE_EPERM, "member", MEMBERS_ONLY);
	REFUSED(&t, core_agenda_request(&t.c, &viewer_public, t.meeting,
	    "Our item"), CORE_EPERM, "member", MEMBERS_ONLY);
	/* An officer who works for no organisation has none to act for. */
	REFUSED(&t, core_meeting_apologies(&t.c, &t.officer, t.meeting,
	    NULL), CORE_EINVAL, "", "you are not recorded as working for a "
	    "member organisation");
	/* A member, and an associate, for themselves. */
	OK(&t.c, core_meeting_apologies(&t.c, &t.assoc, t.meeting, "Lead wd"));
	assert_string_equal(attended(&t, t.assoc.org, as, sizeof(as)),
	    "apologies");
	assert_null(attended(&t, t.member.org, as, sizeof(as)));
	n = (size_t)item_at(&t, "Sector position");
	OK(&t.c, core_agenda_request(&t.c, &t.member, t.meeting, "Our item"));
	assert_int_equal(item_at(&t, "Our item"), (int)n + 1);
	/* Asked for by the member's own organisation (SA-10.2). */
	{
		struct meeting_view	v;

		OK(&t.c, core_meeting_get(&t.c, &viewer_system, t.meeting,
		    &v));
		assert_string_equal(v.agenda.v[v.agenda.n - 1].requested_by,
		    "Organisation wc");
		meeting_view_free(&v);
	}
	/* The chair too, for its own organisation. */
	OK(&t.c, core_meeting_apologies(&t.c, &t.chair, t.meeting, NULL));
	assert_string_equal(attended(&t, t.chair.org, as, sizeof(as)),
	    "apologies");
	cast_down(&t);
}

/* SA-11.2, SA-3.1-assoc: a member declares its own interest on an item
 * of its agenda: none before it is circulated, and no VCSE-only item
 * for an associate; the chair records any member's. */
static void
test_SA_11_2_SA_3_1_assoc_interest_on_own_agenda_items(
    void **state)
{
	struct cast		 t;
	struct check_flag_list	 fl;
	int			 open, vcse;

	(void)state;
	cast_up(&t);
	open = item_at(&t, "Open business");
	vcse = item_at(&t, "Sector position");
	/* Before the agenda is circulated, no member has it. */
	REFUSED(&t, core_meeting_interest(&t.c, &t.member, t.meeting, open,
	    NULL, "Lead wc", "We bid"), CORE_EPERM, "item", NOT_ON_AGENDA);
	OK(&t.c, core_meeting_circulate(&t.c, &t.chair, t.meeting, NULL,
	    &fl));
	check_flag_list_free(&fl);
	/* Not a member of the group: refused before the item is looked at. */
	REFUSED(&t, core_meeting_interest(&t.c, &t.outsider, t.meeting, open,
	    NULL, "Lead we", "We bid"), CORE_EPERM, "member", MEMBERS_ONLY);
	REFUSED(&t, core_meeting_interest(&t.c, &viewer_public, t.meeting,
	    open, NULL, NULL, "We bid"), CORE_EPERM, "member", MEMBERS_ONLY);
	/* SA-3.1-assoc: the VCSE-only item is not on an associate's. */
	REFUSED(&t, core_meeting_interest(&t.c, &t.assoc, t.meeting, vcse,
	    NULL, "Lead wd", "We bid"), CORE_EPERM, "item", NOT_ON_AGENDA);
	/* No such item is on anyone's agenda. */
	REFUSED(&t, core_meeting_interest(&t.c, &t.member, t.meeting, 99,
	    NULL, "Lead wc", "We bid"), CORE_EPERM, "item", NOT_ON_AGENDA);
	/* A member declares only its own organisation's. */
	REFUSED(&t, core_meeting_interest(&t.c, &t.member, t.meeting, open,
	    "wa", "Lead wc", "They bid"), CORE_EPERM, "member", NULL);
	OK(&t.c, core_meeting_interest(&t.c, &t.assoc, t.meeting, open, NULL,
	    "Lead wd", "We bid"));
	OK(&t.c, core_meeting_interest(&t.c, &t.member, t.meeting, vcse,
	    "wc", "Lead wc", "We lead it"));
	/* The chair records any member organisation's, on any item. */
	OK(&t.c, core_meeting_interest(&t.c, &t.chair, t.meeting, vcse, "wb",
	    NULL, "A trustee in common"));
	{
		struct meeting_view	v;

		OK(&t.c, core_meeting_get(&t.c, &viewer_system, t.meeting,
		    &v));
		assert_int_equal(v.interests.n, 3);
		meeting_view_free(&v);
	}
	cast_down(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_7_3_others_refused_running_the_meeting),
		cmocka_unit_test(
		    test_SA_7_3_chair_vice_chair_officer_run_the_meeting),
		cmocka_unit_test(
		    test_SA_6_3_SA_10_2_members_apologise_and_ask_for_items),
		cmocka_unit_test(
		    test_SA_11_2_SA_3_1_assoc_interest_on_own_agenda_items),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
