/*
 * Unit tests of src/rules/forum.c: a new group's chair at its first
 * meeting (SA-7.2), a representative's term of office (SA-9.1),
 * stepping back for a conflict (SA-D2.8), persistent non-engagement
 * with induction and training (SA-D3.6), and the agreement's term
 * (SC-term).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/date.h"
#include "rules/forum.h"

static struct constitution sa, sc, tp;

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("line %d %s: %s", err.line, err.setting, err.msg);
}

static int
day(const char *s)
{
	int d;

	assert_int_equal(date_parse(s, &d), 0);
	return d;
}

static int
setup(void **state)
{
	(void)state;
	load("arrangement.name = A\narrangement.kind = alliance\n"
	    "chair.selection.local-forum = online-poll\n"
	    "chair.selection.task = first-meeting\n"
	    "representatives.training_missed_flag = 3\n", &sa);
	load("arrangement.name = C\narrangement.kind = compact\n"
	    "arrangement.term_starts = 2014-01-01\n"
	    "arrangement.term_ends = 2018-12-31\n", &sc);
	load("arrangement.name = P\narrangement.kind = pact\n", &tp);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sa);
	constitution_free(&sc);
	constitution_free(&tp);
	return 0;
}

/* SA-7.2: selected at the first meeting, or before it; an interim
 * chair, or one chosen later, is not. */
static void
test_SA_7_2_chair_selected_at_first_meeting(void **state)
{
	struct chair_term	t[2];
	int			first = day("2025-07-14");

	(void)state;
	/* No chair at all. */
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    0), 1);
	/* Selected that day. */
	t[0].start = first;
	t[0].end = -1;
	t[0].interim = 0;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    1), 0);
	/* Selected a week later. */
	t[0].start = first + 7;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    1), 1);
	/* An interim chair in office is not one the members selected. */
	t[0].start = first - 30;
	t[0].interim = 1;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    1), 1);
	/* A chair whose term ended before the meeting does not count. */
	t[0].interim = 0;
	t[0].end = first - 1;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    1), 1);
	t[1].start = first - 1;
	t[1].end = -1;
	t[1].interim = 0;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, first, t,
	    2), 0);
}

/* SA-7.2: only where the chair is selected at the first meeting, and
 * only once that meeting has been held. */
static void
test_SA_7_2_only_first_meeting_selection(void **state)
{
	(void)state;
	assert_int_equal(rules_first_meeting_chair(&sa, GK_LOCAL_FORUM,
	    day("2025-07-14"), NULL, 0), 0);
	assert_int_equal(rules_first_meeting_chair(&sa, GK_TASK, -1, NULL,
	    0), 0);
	assert_int_equal(rules_first_meeting_chair(&tp, GK_TASK,
	    day("2025-07-14"), NULL, 0), 0);
}

/* SA-9.1, App. C: the term of office, last day included. */
static void
test_SA_9_1_ended_term_holds_no_seat(void **state)
{
	int s = day("2022-04-01"), e = day("2025-03-31");

	(void)state;
	assert_int_equal(rules_term_holds(s, e, e), 1);
	assert_int_equal(rules_term_holds(s, e, e + 1), 0);
	assert_int_equal(rules_term_holds(s, e, s - 1), 0);
	/* A term not stated (TBC) holds until it is. */
	assert_int_equal(rules_term_holds(-1, -1, e + 1000), 1);
}

/* SA-D2.8: stepped back for a time, or for good. */
static void
test_SA_D2_8_stepped_back_for_a_time_or_for_good(void **state)
{
	int from = day("2025-08-01"), until = day("2025-09-30");

	(void)state;
	assert_int_equal(rules_stepped_back(from, until, 0, from - 1), 0);
	assert_int_equal(rules_stepped_back(from, until, 0, from), 1);
	assert_int_equal(rules_stepped_back(from, until, 0, until), 1);
	assert_int_equal(rules_stepped_back(from, until, 0, until + 1), 0);
	assert_int_equal(rules_stepped_back(from, -1, 0, until + 100), 1);
	assert_int_equal(rules_stepped_back(from, -1, 1, until + 100), 1);
}

/* SA-D3.6: three sessions missed in a row is persistent; coming to one
 * ends the run; an arrangement that sets none flags nothing. */
static void
test_SA_D3_6_persistent_non_engagement(void **state)
{
	int	missed[4] = { 1, 0, 0, 0 }, mixed[4] = { 0, 0, 1, 0 };
	int	run;

	(void)state;
	assert_int_equal(rules_training_disengaged(&sa, missed, 4, &run), 1);
	assert_int_equal(run, 3);
	assert_int_equal(rules_training_disengaged(&sa, missed, 3, &run), 0);
	assert_int_equal(run, 2);
	assert_int_equal(rules_training_disengaged(&sa, mixed, 4, &run), 0);
	assert_int_equal(run, 1);
	assert_int_equal(rules_training_disengaged(&tp, missed, 4, NULL), 0);
}

/* SC-term: 2014-2018, lapsed from 2019 unless renewed. */
static void
test_SC_term_lapses_unless_renewed(void **state)
{
	int end;

	(void)state;
	assert_int_equal(rules_term_lapsed(&sc, -1, day("2018-12-31"), &end),
	    0);
	assert_int_equal(end, day("2018-12-31"));
	assert_int_equal(rules_term_lapsed(&sc, -1, day("2019-01-01"), &end),
	    1);
	assert_int_equal(rules_term_lapsed(&sc, day("2022-12-31"),
	    day("2019-01-01"), &end), 0);
	assert_int_equal(rules_term_lapsed(&sc, day("2022-12-31"),
	    day("2023-01-01"), &end), 1);
	assert_int_equal(end, day("2022-12-31"));
	/* An arrangement that states no term never lapses. */
	assert_int_equal(rules_term_lapsed(&tp, -1, day("2099-01-01"), NULL),
	    0);
}

/* SC-term: the term is a date or none, and nothing else. */
static void
test_SC_term_setting_is_a_date(void **state)
{
	struct constitution	c;
	struct cs_error		err;

	(void)state;
	assert_int_not_equal(constitution_parse("arrangement.name = C\n"
	    "arrangement.term_ends = 2018\n", &c, &err), 0);
	assert_non_null(strstr(err.msg, "expected a date"));
	assert_int_equal(constitution_parse("arrangement.name = C\n"
	    "arrangement.term_ends = none\n", &c, &err), 0);
	assert_false(constitution_states(&c, "arrangement.term_ends"));
	constitution_free(&c);
}

/* SA-9.1: an elected seat by election "and by no other means": an
 * interim holder, an elected one or a recorded reason is not flagged. */
static void
test_SA_9_1_elected_seat_not_filled_by_appointment(void **state)
{
	(void)state;
	assert_int_equal(rules_elected_seat_unelected(1, 0, 0, 0), 1);
	assert_int_equal(rules_elected_seat_unelected(1, 1, 0, 0), 0);
	assert_int_equal(rules_elected_seat_unelected(1, 0, 1, 0), 0);
	assert_int_equal(rules_elected_seat_unelected(1, 0, 0, 1), 0);
	/* An appointed position (by the ICB, the co-ordination group). */
	assert_int_equal(rules_elected_seat_unelected(0, 0, 0, 0), 0);
}

/* SA-9.2: an elected position with no forum named is for the
 * co-ordination group to decide. */
static void
test_SA_9_2_electing_forum_unsettled(void **state)
{
	(void)state;
	assert_int_equal(rules_electing_forum_unsettled(1, 0), 1);
	assert_int_equal(rules_electing_forum_unsettled(1, 1), 0);
	assert_int_equal(rules_electing_forum_unsettled(0, 0), 0);
}

/* SA-5.8: the forums' chairs' organisations, the infrastructure
 * organisations and those co-opted; statutory partners as associates. */
static void
test_SA_5_8_coordination_group_makeup(void **state)
{
	(void)state;
	assert_int_equal(rules_coordination_member_out_of_place(1, 0, 0, 0),
	    0);
	assert_int_equal(rules_coordination_member_out_of_place(0, 1, 0, 0),
	    0);
	assert_int_equal(rules_coordination_member_out_of_place(0, 0, 1, 0),
	    0);
	assert_int_equal(rules_coordination_member_out_of_place(0, 0, 0, 1),
	    0);
	assert_int_equal(rules_coordination_member_out_of_place(0, 0, 0, 0),
	    1);
}

/* SA-5.4: a joint forum names the two or more forums that formed it. */
static void
test_SA_5_4_joint_forum_names_its_forums(void **state)
{
	(void)state;
	assert_int_equal(rules_group_origin(GK_JOINT, 0, 0),
	    ORIGIN_JOINT_FORUMS);
	assert_int_equal(rules_group_origin(GK_JOINT, 1, 1),
	    ORIGIN_JOINT_FORUMS);
	assert_int_equal(rules_group_origin(GK_JOINT, 2, 0), ORIGIN_OK);
	/* A local forum's own task group names its one forum. */
	assert_int_equal(rules_group_origin(GK_TASK, 1, 0), ORIGIN_OK);
}

/* SA-5.5: a system-level thematic forum or task group (no forum formed
 * it) records the joint agreement that convened it. */
static void
test_SA_5_5_system_level_forum_convened(void **state)
{
	(void)state;
	assert_int_equal(rules_group_origin(GK_THEMATIC, 0, 0),
	    ORIGIN_NOT_CONVENED);
	assert_int_equal(rules_group_origin(GK_TASK, 0, 0),
	    ORIGIN_NOT_CONVENED);
	assert_int_equal(rules_group_origin(GK_THEMATIC, 0, 1), ORIGIN_OK);
	/* Local forums and the co-ordination group are not convened so. */
	assert_int_equal(rules_group_origin(GK_LOCAL_FORUM, 0, 0),
	    ORIGIN_OK);
	assert_int_equal(rules_group_origin(GK_COORDINATION, 0, 0),
	    ORIGIN_OK);
}

/* TP-5: "Named officers are sought from each Health and Wellbeing Board
 * partner agency": not from the sector's own bodies; SC-champion: every
 * signatory names a Champion. */
static void
test_TP_5_named_officer_of_partner_agencies(void **state)
{
	(void)state;
	assert_int_equal(rules_named_contact_asked("officer", "public"), 1);
	assert_int_equal(rules_named_contact_asked("officer", "private"), 1);
	assert_int_equal(rules_named_contact_asked("officer", "vcse"), 0);
	assert_int_equal(rules_named_contact_asked("champion", "vcse"), 1);
}

/* SA-D2.2: accepted names the person, declined gives the reason;
 * SA-D2.3: tokenistic representation is declined, and that is the
 * reason. */
static void
test_SA_D2_2_SA_D2_3_invitation_decided(void **state)
{
	(void)state;
	assert_int_equal(rules_invitation_decision(1, 1, 0, 0), INVITE_OK);
	assert_int_equal(rules_invitation_decision(1, 0, 0, 0),
	    INVITE_NO_PERSON);
	assert_int_equal(rules_invitation_decision(0, 0, 1, 0), INVITE_OK);
	assert_int_equal(rules_invitation_decision(0, 0, 0, 0),
	    INVITE_NO_REASON);
	assert_int_equal(rules_invitation_decision(0, 0, 0, 1), INVITE_OK);
	assert_int_equal(rules_invitation_decision(1, 1, 0, 1),
	    INVITE_TOKENISTIC);
}

/* SA-5.7: down to a local forum, or kept with a reason. */
static void
test_SA_5_7_request_passed_down_or_kept(void **state)
{
	(void)state;
	assert_int_equal(rules_request_misrouted(1, 0), 0);
	assert_int_equal(rules_request_misrouted(0, 1), 0);
	assert_int_equal(rules_request_misrouted(0, 0), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SA_5_4_joint_forum_names_its_forums),
		cmocka_unit_test(test_SA_5_5_system_level_forum_convened),
		cmocka_unit_test(test_SA_5_7_request_passed_down_or_kept),
		cmocka_unit_test(test_SA_5_8_coordination_group_makeup),
		cmocka_unit_test(test_SA_7_2_chair_selected_at_first_meeting),
		cmocka_unit_test(test_SA_7_2_only_first_meeting_selection),
		cmocka_unit_test(test_SA_9_1_ended_term_holds_no_seat),
		cmocka_unit_test(
		    test_SA_9_1_elected_seat_not_filled_by_appointment),
		cmocka_unit_test(test_SA_9_2_electing_forum_unsettled),
		cmocka_unit_test(
		    test_SA_D2_8_stepped_back_for_a_time_or_for_good),
		cmocka_unit_test(test_SA_D3_6_persistent_non_engagement),
		cmocka_unit_test(test_SA_D2_2_SA_D2_3_invitation_decided),
		cmocka_unit_test(test_SC_term_lapses_unless_renewed),
		cmocka_unit_test(test_TP_5_named_officer_of_partner_agencies),
		cmocka_unit_test(test_SC_term_setting_is_a_date),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
