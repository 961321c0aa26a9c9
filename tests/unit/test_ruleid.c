/*
 * Unit tests of src/rules/ruleid.c: each arrangement is judged by its
 * own agreement.  A duty is flagged under the id of the arrangement
 * whose agreement states it, and not at all where the agreement is
 * silent; a number the agreement never states may be "none".
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/meeting.h"
#include "rules/ruleid.h"

static struct constitution sa, sc, ms, mc, tp, own;

static void
load(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("line %d %s: %s", err.line, err.setting, err.msg);
}

static int
setup(void **state)
{
	(void)state;
	load("arrangement.name = A\narrangement.kind = alliance\n", &sa);
	load("arrangement.name = C\narrangement.kind = compact\n"
	    "agenda.notice_days = none\nnotes.due_days = none\n", &sc);
	load("arrangement.name = F\narrangement.kind = framework\n", &ms);
	load("arrangement.name = M\narrangement.kind = leaders-group\n"
	    "chair.term_years = none\n", &mc);
	load("arrangement.name = P\narrangement.kind = pact\n", &tp);
	/* The partners of a PACT choose a consultation length. */
	load("arrangement.name = P\narrangement.kind = pact\n"
	    "consultation.min_weeks = 12\n", &own);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sa);
	constitution_free(&sc);
	constitution_free(&ms);
	constitution_free(&mc);
	constitution_free(&tp);
	constitution_free(&own);
	return 0;
}

static void
id_is(const char *got, const char *want)
{
	if (want == NULL)
		assert_null(got);
	else {
		assert_non_null(got);
		assert_string_equal(got, want);
	}
}

static void
test_SA_10_2_only_the_alliance_has_an_agenda_notice(void **state)
{
	(void)state;
	id_is(rules_id(&sa, DUTY_AGENDA_NOTICE, GK_LOCAL_FORUM), "SA-10.2");
	id_is(rules_id(&sc, DUTY_AGENDA_NOTICE, GK_PARTNERSHIP), NULL);
	id_is(rules_id(&mc, DUTY_AGENDA_NOTICE, GK_LEADERS), NULL);
	id_is(rules_id(&tp, DUTY_AGENDA_NOTICE, GK_PARTNERSHIP), NULL);
	/* A Compact agenda is never late: no notice is set. */
	assert_false(rules_agenda_late(&sc, 100, 100));
	assert_true(rules_agenda_late(&sa, 100, 95));
}

static void
test_SA_10_3_only_the_alliance_has_a_notes_deadline(void **state)
{
	(void)state;
	id_is(rules_id(&sa, DUTY_NOTES_DUE, GK_COORDINATION), "SA-10.3");
	id_is(rules_id(&sc, DUTY_NOTES_DUE, GK_PARTNERSHIP), NULL);
	assert_false(rules_notes_late(&sc, 100, 200));
	assert_true(rules_notes_late(&sa, 100, 200));
}

static void
test_SA_7_1_SA_7_2_MC_chair_whose_chair(void **state)
{
	(void)state;
	id_is(rules_id(&sa, DUTY_CHAIR, GK_LOCAL_FORUM), "SA-7.1");
	id_is(rules_id(&sa, DUTY_CHAIR, GK_THEMATIC), "SA-7.2");
	id_is(rules_id(&mc, DUTY_CHAIR, GK_LEADERS), "MC-chair");
	/* MC-mou: the working group's chairing alternates instead. */
	id_is(rules_id(&mc, DUTY_CHAIR, GK_WORKING_GROUP), NULL);
	id_is(rules_id(&mc, DUTY_CHAIR_ALTERNATES, GK_WORKING_GROUP),
	    "MC-mou");
	id_is(rules_id(&sc, DUTY_CHAIR, GK_PARTNERSHIP), NULL);
	id_is(rules_id(&tp, DUTY_CHAIR, GK_PARTNERSHIP), NULL);
	assert_false(constitution_states(&mc, "chair.term_years"));
	assert_int_equal(constitution_int(&mc, "chair.term_years"), 0);
}

static void
test_SC_quarterly_MC_meet_MC_mou_whose_pace(void **state)
{
	(void)state;
	id_is(rules_id(&sa, DUTY_PACE, GK_LOCAL_FORUM), "SA-6.2");
	id_is(rules_id(&sc, DUTY_PACE, GK_PARTNERSHIP), "SC-quarterly");
	id_is(rules_id(&mc, DUTY_GAP, GK_LEADERS), "MC-meet");
	id_is(rules_id(&mc, DUTY_GAP, GK_WORKING_GROUP), "MC-mou");
	id_is(rules_id(&tp, DUTY_PACE, GK_PARTNERSHIP), NULL);
}

static void
test_SC_contract_MS_3_4_2_MS_3_6_3_whose_funding(void **state)
{
	(void)state;
	id_is(rules_id(&sc, DUTY_FUNDING, -1), "SC-contract");
	id_is(rules_id(&ms, DUTY_FUNDING, -1), "MS-3.4.2");
	id_is(rules_id(&ms, DUTY_GRANT, -1), "MS-3.6.3");
	/* The PACT states no funding length. */
	id_is(rules_id(&tp, DUTY_FUNDING, -1), NULL);
}

static void
test_SC_consult_only_the_compact(void **state)
{
	(void)state;
	id_is(rules_id(&sc, DUTY_CONSULTATION, -1), "SC-consult");
	id_is(rules_id(&ms, DUTY_CONSULTATION, -1), NULL);
	id_is(rules_id(&tp, DUTY_CONSULTATION, -1), NULL);
	/* Where the partners write a length themselves, the flag names
	 * the setting it comes from. */
	id_is(rules_id(&own, DUTY_CONSULTATION, -1),
	    "consultation.min_weeks");
}

static void
test_SC_champion_MS_3_7_1_TP_5_whose_contact(void **state)
{
	(void)state;
	id_is(rules_id(&sc, DUTY_CONTACT, -1), "SC-champion");
	id_is(rules_id(&ms, DUTY_CONTACT, -1), "MS-3.7.1");
	id_is(rules_id(&tp, DUTY_CONTACT, -1), "TP-5");
	id_is(rules_id(&sa, DUTY_CONTACT, -1), NULL);
}

static void
test_MS_5_SA_7_1_whose_milestones(void **state)
{
	(void)state;
	id_is(rules_id(&ms, DUTY_MILESTONE, -1), "MS-5");
	id_is(rules_id(&sa, DUTY_MILESTONE, -1), "SA-7.1");
	id_is(rules_id(&ms, DUTY_VACANCY, -1), "MS-board-reps");
	id_is(rules_id(&sa, DUTY_VACANCY, -1), "SA-9.3");
	id_is(rules_id(&tp, DUTY_VACANCY, -1), NULL);
}

static void
test_none_is_accepted_for_a_number(void **state)
{
	struct constitution	c;
	struct cs_error		err;

	(void)state;
	assert_int_equal(constitution_parse("arrangement.name = X\n"
	    "funding.min_years = none\n", &c, &err), 0);
	assert_false(constitution_states(&c, "funding.min_years"));
	assert_false(constitution_writes(&c, "funding.min_years"));
	assert_true(constitution_states(&c, "agenda.notice_days"));
	constitution_free(&c);
	assert_int_equal(constitution_parse("arrangement.name = X\n"
	    "funding.min_years = never\n", &c, &err), -1);
	assert_non_null(strstr(err.msg, "or none"));
}

/* Issue 16: the rules new to the catalogue each belong to the
 * arrangement whose agreement states them, and to no other. */
static void
test_SA_5_7_SA_6_2_timetable_SC_term_SC_report_MC_wg_owned(void **state)
{
	const struct constitution *all[5] = { &sa, &sc, &ms, &mc, &tp };
	static const struct {
		enum duty	 duty;
		int		 gkind;
		int		 owner;		/* index in all */
		const char	*id;
	} owned[] = {
		{ DUTY_SUBSIDIARITY, GK_COORDINATION, 0, "SA-5.7" },
		{ DUTY_TIMETABLE, GK_LOCAL_FORUM, 0, "SA-6.2-timetable" },
		{ DUTY_INVITATION, -1, 0, "SA-D2.2" },
		{ DUTY_REP_FEEDBACK, -1, 0, "SA-D2.7" },
		{ DUTY_FIRST_MEETING_CHAIR, GK_TASK, 0, "SA-7.2" },
		{ DUTY_TERM_ENDED, -1, 0, "SA-9.1" },
		{ DUTY_SAME_REP, GK_LOCAL_FORUM, 0, "SA-6.3" },
		{ DUTY_AGREEMENT_TERM, -1, 1, "SC-term" },
		{ DUTY_MEETING_REPORT, GK_PARTNERSHIP, 1, "SC-report" },
		{ DUTY_BOARD_REPS, -1, 2, "MS-board-reps" },
		{ DUTY_WG_MAKEUP, GK_WORKING_GROUP, 3, "MC-wg" },
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(owned) / sizeof(owned[0]); i++)
		for (k = 0; k < 5; k++)
			id_is(rules_id(all[k], owned[i].duty, owned[i].gkind),
			    (int)k == owned[i].owner ? owned[i].id : NULL);
	/* SA-D3.6 is the Alliance's; a PACT that sets a number of missed
	 * sessions is held to it under the setting's name. */
	id_is(rules_id(&sa, DUTY_TRAINING, -1), "SA-D3.6");
	id_is(rules_id(&tp, DUTY_TRAINING, -1), NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_SA_5_7_SA_6_2_timetable_SC_term_SC_report_MC_wg_owned),
		cmocka_unit_test(
		    test_SA_10_2_only_the_alliance_has_an_agenda_notice),
		cmocka_unit_test(
		    test_SA_10_3_only_the_alliance_has_a_notes_deadline),
		cmocka_unit_test(test_SA_7_1_SA_7_2_MC_chair_whose_chair),
		cmocka_unit_test(test_SC_quarterly_MC_meet_MC_mou_whose_pace),
		cmocka_unit_test(
		    test_SC_contract_MS_3_4_2_MS_3_6_3_whose_funding),
		cmocka_unit_test(test_SC_consult_only_the_compact),
		cmocka_unit_test(test_SC_champion_MS_3_7_1_TP_5_whose_contact),
		cmocka_unit_test(test_MS_5_SA_7_1_whose_milestones),
		cmocka_unit_test(test_none_is_accepted_for_a_number),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
