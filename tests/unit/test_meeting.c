/*
 * Unit tests of src/rules/meeting.c: notice and notes (SA-10.2,
 * SA-10.3), the mandatory agenda (SA-6.4), pace (SA-6.2, MC-meet,
 * MC-mou), absences (SA-6.3, MC-absence), nominations (SA-9.3), chair
 * terms (SA-7.1) and the alternating chair (MC-mou).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "rules/constitution.h"
#include "rules/date.h"
#include "rules/meeting.h"

/* The meeting lines of templates/staffordshire-alliance/constitution.txt. */
static const char sa_text[] =
    "arrangement.name = Staffordshire and Stoke-on-Trent VCSE Healthy "
    "Communities Alliance\n"
    "meetings.min_per_year.local-forum = 4\n"
    "meetings.min_per_year.coordination = 4\n"
    "meetings.min_per_year.thematic = 0\n"
    "meetings.max_gap_days.local-forum = 0\n"
    "meetings.chair.local-forum = group-chair\n"
    "meetings.chair.coordination = group-chair\n"
    "agenda.notice_days = 7\n"
    "agenda.mandatory = Welcome, apologies and introductions\n"
    "agenda.mandatory = Declarations of interests\n"
    "agenda.mandatory = Action log/tracker\n"
    "agenda.mandatory = Significant communications of the Alliance "
    "between meetings\n"
    "agenda.mandatory = Significant items for/from the Co-ordination "
    "Group\n"
    "agenda.mandatory = Feedback from/to thematic/task groups\n"
    "agenda.mandatory = Feedback from/to Representatives\n"
    "agenda.mandatory = Date of next meeting\n"
    "notes.due_days = 21\n"
    "attendance.absences_flag = 3\n"
    "attendance.deputy_needs_agreement = yes\n"
    "chair.term_years = 3\n"
    "chair.midterm_ends_original = yes\n"
    "chair.first_election_months = 6\n"
    "nomination.window_days = 21\n"
    "nomination.fields = details\n"
    "nomination.fields = why\n"
    "nomination.fields = skills\n"
    "nomination.fields = interests\n"
    "nomination.fields = guidance\n";

/* The meeting lines of templates/manchester-leaders/constitution.txt. */
static const char mc_text[] =
    "arrangement.name = Manchester VCSE Health & Wellbeing Leaders Group\n"
    "attendance.absences_flag = 2\n"
    "attendance.deputy_needs_agreement = no\n"
    "meetings.min_per_year.leaders = 0\n"
    "meetings.max_gap_days.leaders = 62\n"
    "meetings.min_per_year.working-group = 0\n"
    "meetings.max_gap_days.working-group = 31\n"
    "meetings.chair.leaders = group-chair\n"
    "meetings.chair.working-group = alternate-sides\n"
    "agenda.notice_days = 7\n"
    "notes.due_days = 21\n"
    "nomination.window_days = 21\n";

static const char *const sa_agenda[] = {
	"Welcome, apologies and introductions",
	"Declarations of interests",
	"Action log/tracker",
	"Significant communications of the Alliance between meetings",
	"Significant items for/from the Co-ordination Group",
	"Feedback from/to thematic/task groups",
	"Feedback from/to Representatives",
	"Date of next meeting",
};

static struct constitution sa, mc;

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
	load(sa_text, &sa);
	load(mc_text, &mc);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	constitution_free(&sa);
	constitution_free(&mc);
	return 0;
}

static int
day(const char *s)
{
	int d;

	if (date_parse(s, &d) != 0)
		fail_msg("bad date %s", s);
	return d;
}

static void
assert_day(int d, const char *want)
{
	char buf[DATE_LEN];

	date_format(d, buf);
	assert_string_equal(buf, want);
}

/* --- SA-10.2, SA-10.3 ------------------------------------------- */

static void
test_SA_10_2_agenda_due_a_week_before(void **state)
{
	(void)state;
	assert_day(rules_agenda_due(&sa, day("2025-03-05")), "2025-02-26");
}

static void
test_SA_10_2_agenda_late_the_day_after_due(void **state)
{
	int m = day("2025-03-15");

	(void)state;
	assert_int_equal(rules_agenda_late(&sa, m, day("2025-03-01")), 0);
	assert_int_equal(rules_agenda_late(&sa, m, day("2025-03-08")), 0);
	assert_int_equal(rules_agenda_late(&sa, m, day("2025-03-09")), 1);
	assert_int_equal(rules_agenda_late(&sa, m, m), 1);
}

static void
test_SA_10_2_notice_is_a_setting(void **state)
{
	struct constitution c;

	(void)state;
	load("arrangement.name = T\nagenda.notice_days = 14\n", &c);
	assert_day(rules_agenda_due(&c, day("2025-03-15")), "2025-03-01");
	constitution_free(&c);
}

static void
test_SA_10_3_notes_due_three_weeks_after(void **state)
{
	int m = day("2025-02-20");

	(void)state;
	assert_day(rules_notes_due(&sa, m), "2025-03-13");
	assert_int_equal(rules_notes_late(&sa, m, day("2025-03-13")), 0);
	assert_int_equal(rules_notes_late(&sa, m, day("2025-03-14")), 1);
}

/* --- SA-6.4 mandatory agenda ------------------------------------- */

static void
test_SA_6_4_full_agenda_may_circulate(void **state)
{
	const char *missing[8];

	(void)state;
	assert_int_equal(rules_agenda_missing(&sa, sa_agenda, 8, missing, 8),
	    0);
}

static void
test_SA_6_4_missing_item_blocks_circulation(void **state)
{
	const char	*items[9], *missing[8];
	size_t		 i, n = 0;

	(void)state;
	for (i = 0; i < 8; i++)
		if (i != 2)
			items[n++] = sa_agenda[i];
	items[n++] = "Any other business";
	assert_int_equal(rules_agenda_missing(&sa, items, n, missing, 8), 1);
	assert_string_equal(missing[0], "Action log/tracker");
}

static void
test_SA_6_4_items_match_ignoring_case_and_spaces(void **state)
{
	const char	*items[8], *missing[8];
	size_t		 i;

	(void)state;
	for (i = 0; i < 8; i++)
		items[i] = sa_agenda[i];
	items[1] = "  declarations OF INTERESTS \t";
	items[7] = "date of next meeting ";
	assert_int_equal(rules_agenda_missing(&sa, items, 8, missing, 8), 0);
	/* Inner words still count. */
	items[1] = "Declarations of interest";
	assert_int_equal(rules_agenda_missing(&sa, items, 8, missing, 8), 1);
	assert_string_equal(missing[0], "Declarations of interests");
}

static void
test_SA_6_4_empty_agenda_counts_all_missing(void **state)
{
	const char *missing[3];

	(void)state;
	assert_int_equal(rules_agenda_missing(&sa, NULL, 0, missing, 3), 8);
	assert_string_equal(missing[0],
	    "Welcome, apologies and introductions");
	assert_string_equal(missing[2], "Action log/tracker");
	assert_int_equal(rules_agenda_missing(&sa, NULL, 0, NULL, 0), 8);
}

static void
test_SA_6_4_no_mandatory_items_elsewhere(void **state)
{
	(void)state;
	assert_int_equal(rules_agenda_missing(&mc, NULL, 0, NULL, 0), 0);
}

/* --- SA-6.2 yearly minimum ---------------------------------------- */

static void
test_SA_6_2_below_pace_flagged(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-02-01") };

	(void)state;
	/* 1 October: 274 days of 365 call for 3 of 4 meetings. */
	assert_int_equal(rules_pace(&sa, GK_LOCAL_FORUM, d, 1,
	    day("2022-04-01"), day("2025-10-01"), &p), 1);
	assert_int_equal(p.min_per_year, 4);
	assert_int_equal(p.held, 1);
	assert_int_equal(p.expected, 3);
	assert_int_equal(p.behind, 1);
	assert_int_equal(p.gap_exceeded, 0);
}

static void
test_SA_6_2_on_pace_not_flagged(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-07-15"), day("2024-11-01"),
	    day("2025-01-15"), day("2025-04-15"), day("2025-11-20") };

	(void)state;
	assert_int_equal(rules_pace(&sa, GK_COORDINATION, d, 5,
	    day("2022-04-01"), day("2025-10-01"), &p), 0);
	assert_int_equal(p.held, 3);
	assert_int_equal(p.planned, 1);
	assert_int_equal(p.expected, 3);
	assert_int_equal(p.behind, 0);
}

static void
test_SA_6_2_year_end_needs_the_minimum(void **state)
{
	struct pace_report	p;
	int			d[] = { day("2025-01-15"), day("2025-04-15"),
	    day("2025-07-15"), day("2025-12-31") };

	(void)state;
	assert_int_equal(rules_pace(&sa, GK_LOCAL_FORUM, d, 3,
	    day("2022-04-01"), day("2025-12-31"), &p), 1);
	assert_int_equal(p.expected, 4);
	assert_int_equal(p.held, 3);
	assert_int_equal(rules_pace(&sa, GK_LOCAL_FORUM, d, 4,
	    day("2022-04-01"), day("2025-12-31"), &p), 0);
	assert_int_equal(p.held, 4);
}

static void
test_SA_6_2_recognised_mid_year_pro_rata(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-09-01"), day("2025-11-01") };

	(void)state;
	/* From 1 July: 184 days of 365 ask for 2 meetings. */
	assert_int_equal(rules_pace(&sa, GK_LOCAL_FORUM, d, 2,
	    day("2025-07-01"), day("2025-12-31"), &p), 0);
	assert_int_equal(p.expected, 2);
	assert_int_equal(p.held, 2);
}

static void
test_SA_6_2_thematic_has_no_minimum(void **state)
{
	struct pace_report p;

	(void)state;
	assert_int_equal(rules_pace(&sa, GK_THEMATIC, NULL, 0,
	    day("2022-04-01"), day("2025-12-31"), &p), 0);
	assert_int_equal(p.min_per_year, 0);
	assert_int_equal(p.expected, 0);
	/* The gap is measured even where no maximum is set. */
	assert_int_equal(p.gap_open, 1);
	assert_int_equal(p.gap_exceeded, 0);
}

/* --- MC-meet, MC-mou longest gap --------------------------------- */

static void
test_MC_meet_gap_exceeded(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-05-01"), day("2025-01-10"),
	    day("2025-03-20") };

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_LEADERS, d, 3, day("2025-01-01"),
	    day("2025-05-10"), &p), 1);
	assert_int_equal(p.max_gap, 62);
	assert_int_equal(p.gap, 69);
	assert_day(p.gap_from, "2025-01-10");
	assert_day(p.gap_to, "2025-03-20");
	assert_int_equal(p.gap_open, 0);
	assert_int_equal(p.gap_exceeded, 1);
	assert_int_equal(p.behind, 0);
}

static void
test_MC_meet_gap_of_two_months_allowed(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-01-10"), day("2025-03-13") };

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_LEADERS, d, 2, day("2025-01-10"),
	    day("2025-03-20"), &p), 0);
	assert_int_equal(p.gap, 62);
	assert_int_equal(p.gap_exceeded, 0);
}

static void
test_MC_meet_open_gap_runs_to_today(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-01-10") };

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_LEADERS, d, 1, day("2025-01-01"),
	    day("2025-03-13"), &p), 0);
	assert_int_equal(rules_pace(&mc, GK_LEADERS, d, 1, day("2025-01-01"),
	    day("2025-03-14"), &p), 1);
	assert_int_equal(p.gap, 63);
	assert_int_equal(p.gap_open, 1);
	assert_day(p.gap_to, "2025-03-14");
}

static void
test_MC_meet_no_meeting_since_recognition(void **state)
{
	struct pace_report p;

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_LEADERS, NULL, 0,
	    day("2025-01-01"), day("2025-03-05"), &p), 1);
	assert_int_equal(p.gap, 63);
	assert_day(p.gap_from, "2025-01-01");
}

static void
test_MC_mou_monthly(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-01-10"), day("2025-02-10"),
	    day("2025-03-14") };

	(void)state;
	/* 31 days, then 32: the second breaks "monthly". */
	assert_int_equal(rules_pace(&mc, GK_WORKING_GROUP, d, 2,
	    day("2025-01-10"), day("2025-02-20"), &p), 0);
	assert_int_equal(p.gap, 31);
	assert_int_equal(rules_pace(&mc, GK_WORKING_GROUP, d, 3,
	    day("2025-01-10"), day("2025-02-20"), &p), 1);
	assert_int_equal(p.gap, 32);
	assert_day(p.gap_from, "2025-02-10");
}

static void
test_MC_mou_planned_gap_counts(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2025-01-10"), day("2025-03-01") };

	(void)state;
	/* The next meeting is planned too late: flag it now. */
	assert_int_equal(rules_pace(&mc, GK_WORKING_GROUP, d, 2,
	    day("2025-01-10"), day("2025-01-20"), &p), 1);
	assert_int_equal(p.gap, 50);
	assert_int_equal(p.gap_open, 0);
}

static void
test_MC_meet_history_before_since_ignored(void **state)
{
	struct pace_report	p;
	const int		d[] = { day("2024-01-01"), day("2025-02-01") };

	(void)state;
	assert_int_equal(rules_pace(&mc, GK_LEADERS, d, 2, day("2025-01-15"),
	    day("2025-02-20"), &p), 0);
	assert_int_equal(p.gap, 19);
}

/* --- SA-6.3, MC-absence ------------------------------------------ */

static void
test_MC_absence_two_in_a_row(void **state)
{
	const enum attend	s[] = { AT_PRESENT, AT_ABSENT, AT_ABSENT };
	int			run;

	(void)state;
	assert_int_equal(rules_absence_flag(&mc, s, 3, &run), 1);
	assert_int_equal(run, 2);
}

static void
test_MC_absence_one_is_not_successive(void **state)
{
	const enum attend	s[] = { AT_ABSENT, AT_PRESENT, AT_ABSENT };
	int			run;

	(void)state;
	assert_int_equal(rules_absence_flag(&mc, s, 3, &run), 0);
	assert_int_equal(run, 1);
}

static void
test_SA_6_3_apologies_break_the_run(void **state)
{
	const enum attend	s[] = { AT_ABSENT, AT_ABSENT, AT_APOLOGIES,
	    AT_ABSENT, AT_ABSENT, AT_ABSENT };
	int			run;

	(void)state;
	assert_int_equal(rules_absence_flag(&sa, s, 5, &run), 0);
	assert_int_equal(run, 2);
	assert_int_equal(rules_absence_flag(&sa, s, 6, &run), 1);
	assert_int_equal(run, 3);
}

static void
test_SA_6_3_deputy_breaks_the_run(void **state)
{
	const enum attend	s[] = { AT_ABSENT, AT_ABSENT, AT_DEPUTY,
	    AT_ABSENT };

	(void)state;
	assert_int_equal(rules_absence_flag(&mc, s, 4, NULL), 0);
	assert_int_equal(rules_absence_flag(&mc, s, 2, NULL), 1);
}

static void
test_SA_6_3_zero_never_flags(void **state)
{
	struct constitution	c;
	const enum attend	s[] = { AT_ABSENT, AT_ABSENT, AT_ABSENT };
	int			run;

	(void)state;
	load("arrangement.name = T\n", &c);
	assert_int_equal(rules_absence_flag(&c, s, 3, &run), 0);
	assert_int_equal(run, 3);
	assert_int_equal(rules_absence_flag(&sa, s, 0, &run), 0);
	assert_int_equal(run, 0);
	constitution_free(&c);
}

static void
test_SA_6_3_attend_names(void **state)
{
	(void)state;
	assert_int_equal(rules_attend_parse("Apologies"), AT_APOLOGIES);
	assert_int_equal(rules_attend_parse("deputy"), AT_DEPUTY);
	assert_int_equal(rules_attend_parse("late"), -1);
	assert_int_equal(rules_attend_parse(NULL), -1);
	assert_string_equal(rules_attend_names[AT_ABSENT], "absent");
}

/* --- SA-9.3 nominations ------------------------------------------ */

static void
test_SA_9_3_window_of_three_weeks_accepted(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_nomination_window(&sa, day("2025-03-01"),
	    day("2025-03-22"), 0, why, sizeof(why)), 0);
}

static void
test_SA_9_3_short_window_refused(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_nomination_window(&sa, day("2025-03-01"),
	    day("2025-03-21"), 0, why, sizeof(why)), -1);
	assert_string_equal(why, "the nomination window is 20 days; at "
	    "least 21 are needed unless a reason for a shorter one is "
	    "recorded (SA-9.3)");
	assert_int_equal(rules_nomination_window(&sa, day("2025-03-01"),
	    day("2025-03-02"), 0, why, sizeof(why)), -1);
	assert_string_equal(why, "the nomination window is 1 day; at "
	    "least 21 are needed unless a reason for a shorter one is "
	    "recorded (SA-9.3)");
}

static void
test_SA_9_3_short_window_with_reason_accepted(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_nomination_window(&sa, day("2025-03-01"),
	    day("2025-03-08"), 1, why, sizeof(why)), 0);
}

static void
test_SA_9_3_window_closing_before_opening_refused(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_nomination_window(&sa, day("2025-03-08"),
	    day("2025-03-08"), 1, why, sizeof(why)), -1);
	assert_string_equal(why, "the nomination window closes on or "
	    "before the day it opens; expected a closing date after the "
	    "opening date (SA-9.3)");
}

static void
test_SA_9_3_complete_nomination_accepted(void **state)
{
	const struct nomination_facts f = {
		"Jo Bloggs, CEO, Example Trust", "To speak for carers",
		"Ten years running carers' services", "None", 1,
	};

	(void)state;
	assert_null(rules_nomination_missing(&sa, &f));
}

static void
test_SA_9_3_incomplete_nomination_names_missing(void **state)
{
	struct nomination_facts f = {
		"Jo Bloggs, CEO, Example Trust", "To speak for carers",
		"  ", "None", 1,
	};

	(void)state;
	assert_string_equal(rules_nomination_missing(&sa, &f),
	    "skills, knowledge and experience");
	f.skills = "Ten years";
	f.interests = NULL;
	assert_string_equal(rules_nomination_missing(&sa, &f),
	    "declarations of interest");
	f.interests = "None";
	f.guidance = 0;
	assert_string_equal(rules_nomination_missing(&sa, &f),
	    "declaration to abide by the Representative Guidance");
	f.details = "";
	assert_string_equal(rules_nomination_missing(&sa, &f),
	    "nominee details");
}

static void
test_SA_9_3_fields_are_a_setting(void **state)
{
	const struct nomination_facts f = { NULL, NULL, NULL, NULL, 0 };

	(void)state;
	assert_null(rules_nomination_missing(&mc, &f));
}

/* --- SA-7.1 chair terms ------------------------------------------ */

static void
test_SA_7_1_three_year_term(void **state)
{
	int end;

	(void)state;
	assert_int_equal(rules_chair_term_end(&sa, day("2022-10-01"), NULL,
	    &end), 0);
	assert_day(end, "2025-09-30");
}

static void
test_SA_7_1_midterm_chair_ends_with_original_term(void **state)
{
	int end, orig = day("2025-09-30");

	(void)state;
	assert_int_equal(rules_chair_term_end(&sa, day("2024-02-10"), &orig,
	    &end), 0);
	assert_day(end, "2025-09-30");
	/* An original term already over gives a full new term. */
	assert_int_equal(rules_chair_term_end(&sa, day("2025-10-01"), &orig,
	    &end), 0);
	assert_day(end, "2028-09-30");
}

static void
test_SA_7_1_midterm_rule_is_a_setting(void **state)
{
	struct constitution	c;
	int			end, orig = day("2025-09-30");

	(void)state;
	load("arrangement.name = T\nchair.midterm_ends_original = no\n", &c);
	assert_int_equal(rules_chair_term_end(&c, day("2024-02-29"), &orig,
	    &end), 0);
	assert_day(end, "2027-02-27");
	constitution_free(&c);
	load("arrangement.name = T\nchair.term_years = 0\n", &c);
	assert_int_equal(rules_chair_term_end(&c, day("2024-02-10"), NULL,
	    &end), -1);
	constitution_free(&c);
}

/* --- MC-mou alternating chair ------------------------------------ */

static void
test_MC_mou_chair_must_alternate(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_WORKING_GROUP,
	    "VCSE", "vcse ", why, sizeof(why)), -1);
	assert_string_equal(why, "the previous meeting was chaired from the "
	    "VCSE side; chairing alternates, so this meeting's chair must "
	    "come from another side (MC-mou)");
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_WORKING_GROUP,
	    "VCSE", "MLCO", why, sizeof(why)), 0);
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_WORKING_GROUP,
	    "MLCO", "VCSE", why, sizeof(why)), 0);
}

static void
test_MC_mou_first_meeting_either_side(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_WORKING_GROUP,
	    NULL, "MLCO", why, sizeof(why)), 0);
}

static void
test_MC_mou_chair_needs_a_side(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_WORKING_GROUP,
	    "MLCO", NULL, why, sizeof(why)), -1);
	assert_string_equal(why, "the chair's organisation has no side; "
	    "where chairing alternates between sides, the chair must come "
	    "from a member with a side (MC-mou)");
}

static void
test_MC_meet_leaders_chair_need_not_alternate(void **state)
{
	char why[200];

	(void)state;
	assert_int_equal(rules_mou_chair_alternates(&mc, GK_LEADERS,
	    "VCSE", "VCSE", why, sizeof(why)), 0);
	assert_int_equal(rules_mou_chair_alternates(&sa, GK_LOCAL_FORUM,
	    NULL, NULL, why, sizeof(why)), 0);
}

static void
test_SA_E3_6_conflicted_chair_hands_item_to_vice_chair(void **state)
{
	(void)state;
	assert_int_equal(rules_item_chair(0, 1, 0), ITEM_CHAIR);
	assert_int_equal(rules_item_chair(0, 0, 0), ITEM_CHAIR);
	/* The chair's conflict does not stop the chair for other items,
	 * nor does the vice-chair's own conflict matter then. */
	assert_int_equal(rules_item_chair(0, 1, 1), ITEM_CHAIR);
	assert_int_equal(rules_item_chair(1, 1, 0), ITEM_VICE_CHAIR);
}

static void
test_SA_E3_6_no_vice_chair_members_choose(void **state)
{
	(void)state;
	assert_int_equal(rules_item_chair(1, 0, 0), ITEM_MEMBERS_CHOOSE);
	assert_int_equal(rules_item_chair(1, 1, 1), ITEM_MEMBERS_CHOOSE);
}

/* SA-6.3: a newcomer is not absent from meetings held before it
 * joined; from then on its absences count as any member's. */
static void
test_SA_6_3_absence_counted_from_joining(void **state)
{
	enum attend	s[4] = { AT_ABSENT, AT_ABSENT, AT_ABSENT, AT_ABSENT };
	int		days[4] = { 100, 200, 300, 400 };
	int		run;

	(void)state;
	/* Joined on day 250: only the meetings of days 300 and 400. */
	assert_int_equal(rules_absence_flag_since(&sa, s, days, 4, 250,
	    &run), 0);
	assert_int_equal(run, 2);
	/* Joined before them all: four in a row, flagged at three. */
	assert_int_equal(rules_absence_flag_since(&sa, s, days, 4, 50,
	    &run), 1);
	assert_int_equal(run, 4);
	/* Joined on a meeting's day: that meeting counts. */
	assert_int_equal(rules_absence_flag_since(&sa, s, days, 4, 200,
	    &run), 1);
	assert_int_equal(run, 3);
	/* Joined after every meeting: nothing counts. */
	assert_int_equal(rules_absence_flag_since(&sa, s, days, 4, 500,
	    &run), 0);
	assert_int_equal(run, 0);
}

/* SA-6.3: the same senior representative each time; the first named
 * is the senior one, and a second person beside them is no change. */
static void
test_SA_6_3_same_senior_representative(void **state)
{
	(void)state;
	assert_int_equal(rules_representative_changed("Lead ww",
	    "lead WW "), 0);
	assert_int_equal(rules_representative_changed("Lead ww",
	    "Lead ww, Second ww"), 0);
	assert_int_equal(rules_representative_changed("Lead ww",
	    "Second ww"), 1);
	assert_int_equal(rules_representative_changed("Lead ww, Other",
	    "Someone Else; Lead ww"), 1);
	/* Nothing recorded on either side: nothing to compare. */
	assert_int_equal(rules_representative_changed(NULL, "Lead ww"), 0);
	assert_int_equal(rules_representative_changed("Lead ww", " "), 0);
}

static void
test_SA_11_1_draft_notes_only_to_those_who_write_them(void **state)
{
	struct meeting_sight s;

	(void)state;
	rules_meeting_sight(READER_PUBLIC, 1, 0, 0, 1, &s);
	assert_false(s.notes);
	rules_meeting_sight(READER_MEMBER, 1, 0, 0, 1, &s);
	assert_false(s.notes);
	rules_meeting_sight(READER_FULL_MEMBER, 1, 0, 0, 1, &s);
	assert_false(s.notes);
	rules_meeting_sight(READER_RUNS, 1, 0, 0, 1, &s);
	assert_true(s.notes);
	/* No notes written: nothing to show anyone. */
	rules_meeting_sight(READER_RUNS, 0, 0, 0, 1, &s);
	assert_false(s.notes);
}

static void
test_SA_11_1_members_only_notes_agenda_attendance(void **state)
{
	struct meeting_sight s;

	(void)state;
	/* Published for members: not the public's. */
	rules_meeting_sight(READER_PUBLIC, 1, 1, 0, 1, &s);
	assert_false(s.notes);
	assert_false(s.agenda);
	assert_false(s.attendance);
	assert_false(s.interests);
	assert_false(s.link);
	rules_meeting_sight(READER_MEMBER, 1, 1, 0, 1, &s);
	assert_true(s.notes);
	assert_true(s.agenda);
	assert_true(s.attendance);
	assert_true(s.interests);
	assert_true(s.link);
	/* Published for the public: everyone's notes, not the agenda. */
	rules_meeting_sight(READER_PUBLIC, 1, 1, 1, 1, &s);
	assert_true(s.notes);
	assert_false(s.agenda);
}

static void
test_SA_11_1_agenda_once_circulated(void **state)
{
	struct meeting_sight s;

	(void)state;
	rules_meeting_sight(READER_FULL_MEMBER, 0, 0, 0, 0, &s);
	assert_false(s.agenda);
	rules_meeting_sight(READER_FULL_MEMBER, 0, 0, 0, 1, &s);
	assert_true(s.agenda);
	/* The chair builds it before it goes out. */
	rules_meeting_sight(READER_RUNS, 0, 0, 0, 0, &s);
	assert_true(s.agenda);
}

static void
test_SA_3_1_assoc_vcse_items_never_to_associates_or_public(void **state)
{
	struct meeting_sight s;

	(void)state;
	rules_meeting_sight(READER_PUBLIC, 0, 0, 0, 1, &s);
	assert_false(s.vcse_items);
	rules_meeting_sight(READER_MEMBER, 0, 0, 0, 1, &s);
	assert_false(s.vcse_items);
	rules_meeting_sight(READER_FULL_MEMBER, 0, 0, 0, 1, &s);
	assert_true(s.vcse_items);
	rules_meeting_sight(READER_RUNS, 0, 0, 0, 1, &s);
	assert_true(s.vcse_items);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SA_10_2_agenda_due_a_week_before),
		cmocka_unit_test(test_SA_10_2_agenda_late_the_day_after_due),
		cmocka_unit_test(test_SA_10_2_notice_is_a_setting),
		cmocka_unit_test(test_SA_10_3_notes_due_three_weeks_after),
		cmocka_unit_test(test_SA_6_4_full_agenda_may_circulate),
		cmocka_unit_test(test_SA_6_4_missing_item_blocks_circulation),
		cmocka_unit_test(test_SA_6_4_items_match_ignoring_case_and_spaces),
		cmocka_unit_test(test_SA_6_4_empty_agenda_counts_all_missing),
		cmocka_unit_test(test_SA_6_4_no_mandatory_items_elsewhere),
		cmocka_unit_test(test_SA_6_2_below_pace_flagged),
		cmocka_unit_test(test_SA_6_2_on_pace_not_flagged),
		cmocka_unit_test(test_SA_6_2_year_end_needs_the_minimum),
		cmocka_unit_test(test_SA_6_2_recognised_mid_year_pro_rata),
		cmocka_unit_test(test_SA_6_2_thematic_has_no_minimum),
		cmocka_unit_test(test_MC_meet_gap_exceeded),
		cmocka_unit_test(test_MC_meet_gap_of_two_months_allowed),
		cmocka_unit_test(test_MC_meet_open_gap_runs_to_today),
		cmocka_unit_test(test_MC_meet_no_meeting_since_recognition),
		cmocka_unit_test(test_MC_mou_monthly),
		cmocka_unit_test(test_MC_mou_planned_gap_counts),
		cmocka_unit_test(test_MC_meet_history_before_since_ignored),
		cmocka_unit_test(test_MC_absence_two_in_a_row),
		cmocka_unit_test(test_SA_6_3_absence_counted_from_joining),
		cmocka_unit_test(test_SA_6_3_same_senior_representative),
		cmocka_unit_test(test_MC_absence_one_is_not_successive),
		cmocka_unit_test(test_SA_6_3_apologies_break_the_run),
		cmocka_unit_test(test_SA_6_3_deputy_breaks_the_run),
		cmocka_unit_test(test_SA_6_3_zero_never_flags),
		cmocka_unit_test(test_SA_6_3_attend_names),
		cmocka_unit_test(test_SA_9_3_window_of_three_weeks_accepted),
		cmocka_unit_test(test_SA_9_3_short_window_refused),
		cmocka_unit_test(test_SA_9_3_short_window_with_reason_accepted),
		cmocka_unit_test(test_SA_9_3_window_closing_before_opening_refused),
		cmocka_unit_test(test_SA_9_3_complete_nomination_accepted),
		cmocka_unit_test(test_SA_9_3_incomplete_nomination_names_missing),
		cmocka_unit_test(test_SA_9_3_fields_are_a_setting),
		cmocka_unit_test(test_SA_7_1_three_year_term),
		cmocka_unit_test(test_SA_7_1_midterm_chair_ends_with_original_term),
		cmocka_unit_test(test_SA_7_1_midterm_rule_is_a_setting),
		cmocka_unit_test(test_MC_mou_chair_must_alternate),
		cmocka_unit_test(
		    test_SA_E3_6_conflicted_chair_hands_item_to_vice_chair),
		cmocka_unit_test(test_SA_E3_6_no_vice_chair_members_choose),
		cmocka_unit_test(test_MC_mou_first_meeting_either_side),
		cmocka_unit_test(test_MC_mou_chair_needs_a_side),
		cmocka_unit_test(test_MC_meet_leaders_chair_need_not_alternate),
		cmocka_unit_test(
		    test_SA_11_1_draft_notes_only_to_those_who_write_them),
		cmocka_unit_test(test_SA_11_1_members_only_notes_agenda_attendance),
		cmocka_unit_test(test_SA_11_1_agenda_once_circulated),
		cmocka_unit_test(
		    test_SA_3_1_assoc_vcse_items_never_to_associates_or_public),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
