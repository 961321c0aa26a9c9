/*
 * Unit tests of src/rules/constitution.c: the settings file parser, its
 * error messages (line, setting, what is accepted), defaults and the
 * accessors.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "rules/constitution.h"

/* Line 1 of most texts below, so the line under test is line 2. */
#define NAME	"arrangement.name = Test Arrangement\n"

/* Parses text, which must be accepted. */
static void
parse_ok(const char *text, struct constitution *c)
{
	struct cs_error err;

	if (constitution_parse(text, c, &err) != 0)
		fail_msg("refused: line %d, %s %s", err.line, err.setting,
		    err.msg);
	assert_int_equal(err.line, 0);
	assert_string_equal(err.setting, "");
}

/*
 * Parses text, which must be refused on line with setting, and a message
 * containing want.  The constitution is left empty.
 */
static void
parse_fails(const char *text, int line, const char *setting,
    const char *want)
{
	struct constitution	c;
	struct cs_error		err;

	memset(&c, 0xa5, sizeof(c));
	if (constitution_parse(text, &c, &err) != -1) {
		constitution_free(&c);
		fail_msg("accepted: %s", text);
	}
	assert_null(c.v);
	assert_int_equal(c.n, 0);
	assert_int_equal(err.line, line);
	assert_string_equal(err.setting, setting);
	if (strstr(err.msg, want) == NULL)
		fail_msg("message \"%s\" lacks \"%s\"", err.msg, want);
}

/* Parses NAME plus "key = value": accepted or not. */
static int
value_accepted(const char *key, const char *value)
{
	struct constitution	c;
	struct cs_error		err;
	char			text[512];

	snprintf(text, sizeof(text), NAME "%s = %s\n", key, value);
	if (constitution_parse(text, &c, &err) != 0)
		return 0;
	constitution_free(&c);
	return 1;
}

#define QUORUM_EXPECTED "expected none, majority, vcse-present N (N from " \
	"1), or sides A, B | C (two or more sides)"

static void
test_constitution_minimal_file_takes_defaults(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME, &c);
	assert_int_equal(c.n, 1);
	assert_string_equal(constitution_text(&c, "arrangement.name"),
	    "Test Arrangement");
	assert_string_equal(constitution_text(&c, "arrangement.kind"),
	    "alliance");
	assert_null(constitution_text(&c, "arrangement.agreement"));
	assert_int_equal(constitution_int(&c, "agenda.notice_days"), 7);
	assert_int_equal(constitution_int(&c, "notes.due_days"), 21);
	assert_int_equal(constitution_int(&c, "nomination.window_days"), 21);
	assert_int_equal(constitution_int(&c, "chair.term_years"), 3);
	assert_int_equal(constitution_int(&c,
	    "membership.resignation_notice_months"), 1);
	assert_int_equal(constitution_int(&c, "membership.size_min"), 0);
	assert_int_equal(constitution_int(&c, "membership.size_max"), 0);
	assert_int_equal(constitution_bool(&c, "membership.open"), 1);
	assert_int_equal(constitution_bool(&c, "vote.casting_vote"), 0);
	assert_int_equal(constitution_bool(&c, "chair.full_member_only"), 1);
	assert_string_equal(constitution_text(&c, "vote.voters"), "members");
	assert_string_equal(constitution_text(&c, "vote.tie"), "second-vote");
	assert_string_equal(constitution_text(&c, "notes.visibility"),
	    "members");
	constitution_free(&c);
}

static void
test_constitution_per_kind_defaults(void **state)
{
	struct constitution	c;
	int			k;

	(void)state;
	parse_ok(NAME, &c);
	for (k = 0; k < GK__MAX; k++) {
		assert_string_equal(constitution_kind_text(&c, "quorum", k),
		    "majority");
		assert_int_equal(constitution_kind_int(&c,
		    "meetings.min_per_year", k), 0);
		assert_string_equal(constitution_kind_text(&c,
		    "chair.selection", k), "members");
		assert_string_equal(constitution_kind_text(&c,
		    "meetings.chair", k), "group-chair");
	}
	constitution_free(&c);
}

static void
test_constitution_absent_lists_are_empty(void **state)
{
	struct constitution	c;
	const char		*out[4] = { "sentinel", NULL, NULL, NULL };

	(void)state;
	parse_ok(NAME, &c);
	assert_int_equal(constitution_list(&c, "membership.kinds", out, 4), 0);
	assert_string_equal(out[0], "sentinel");
	assert_int_equal(constitution_list(&c, "agenda.mandatory", out, 4), 0);
	assert_null(constitution_text(&c, "membership.criteria"));
	assert_int_equal(constitution_list_has(&c, "membership.kinds",
	    "full"), 0);
	constitution_free(&c);
}

static void
test_constitution_unknown_key_reads_as_nothing(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME, &c);
	assert_null(constitution_text(&c, "no.such.setting"));
	assert_int_equal(constitution_int(&c, "no.such.setting"), 0);
	assert_int_equal(constitution_bool(&c, "no.such.setting"), 0);
	constitution_free(&c);
}

static void
test_constitution_values_override_defaults(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME
	    "agenda.notice_days = 10\n"
	    "membership.open = no\n"
	    "vote.voters = vcse-full\n"
	    "meetings.min_per_year.local-forum = 4\n"
	    "quorum.coordination = sides A, B | C\n"
	    "chair.selection.local-forum = online-poll\n", &c);
	assert_int_equal(c.n, 7);
	assert_int_equal(constitution_int(&c, "agenda.notice_days"), 10);
	assert_int_equal(constitution_bool(&c, "membership.open"), 0);
	assert_string_equal(constitution_text(&c, "vote.voters"), "vcse-full");
	assert_int_equal(constitution_kind_int(&c, "meetings.min_per_year",
	    GK_LOCAL_FORUM), 4);
	assert_int_equal(constitution_kind_int(&c, "meetings.min_per_year",
	    GK_COORDINATION), 0);
	assert_string_equal(constitution_kind_text(&c, "quorum",
	    GK_COORDINATION), "sides A, B | C");
	assert_string_equal(constitution_kind_text(&c, "quorum",
	    GK_LOCAL_FORUM), "majority");
	assert_string_equal(constitution_kind_text(&c, "chair.selection",
	    GK_LOCAL_FORUM), "online-poll");
	assert_string_equal(constitution_text(&c,
	    "meetings.min_per_year.local-forum"), "4");
	constitution_free(&c);
}

static void
test_constitution_records_line_of_each_value(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok("# heading\n\n" NAME "\n  # indented comment\n"
	    "agenda.notice_days = 9\n", &c);
	assert_int_equal(c.n, 2);
	assert_string_equal(c.v[0].key, "arrangement.name");
	assert_int_equal(c.v[0].line, 3);
	assert_string_equal(c.v[1].key, "agenda.notice_days");
	assert_string_equal(c.v[1].value, "9");
	assert_int_equal(c.v[1].line, 6);
	constitution_free(&c);
}

static void
test_constitution_blanks_and_crlf_trimmed(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok("\t arrangement.name   =   Spaced  Name \t\r\n"
	    "agenda.notice_days=5\r\n"
	    "   \r\n", &c);
	assert_string_equal(constitution_text(&c, "arrangement.name"),
	    "Spaced  Name");
	assert_int_equal(constitution_int(&c, "agenda.notice_days"), 5);
	constitution_free(&c);
}

static void
test_constitution_value_may_contain_equals(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok("arrangement.name = A = B\n", &c);
	assert_string_equal(constitution_text(&c, "arrangement.name"),
	    "A = B");
	constitution_free(&c);
}

static void
test_constitution_no_final_newline(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME "notes.due_days = 14", &c);
	assert_int_equal(constitution_int(&c, "notes.due_days"), 14);
	constitution_free(&c);
}

static void
test_constitution_unknown_setting_named(void **state)
{
	(void)state;
	parse_fails(NAME "agenda.notice = 7\n", 2, "agenda.notice",
	    "is not a known setting; 'alliance constitution settings' "
	    "lists them");
	parse_fails("# c\n\nwho.knows = x\n" NAME, 3, "who.knows",
	    "is not a known setting");
	parse_fails(NAME "= 7\n", 2, "", "is not a known setting");
	/* A per-kind setting needs its kind. */
	parse_fails(NAME "quorum = majority\n", 2, "quorum",
	    "is not a known setting");
	/* A plain setting takes no kind. */
	parse_fails(NAME "agenda.notice_days.local-forum = 7\n", 2,
	    "agenda.notice_days.local-forum", "is not a known setting");
}

static void
test_constitution_unknown_plain_setting_has_no_kind_hint(void **state)
{
	struct constitution	c;
	struct cs_error		err;

	(void)state;
	assert_int_equal(constitution_parse(NAME "agenda.notice = 7\n", &c,
	    &err), -1);
	assert_null(strstr(err.msg, "per-kind"));
}

static void
test_constitution_per_kind_bad_kind(void **state)
{
	(void)state;
	parse_fails(NAME "meetings.min_per_year.forum = 4\n", 2,
	    "meetings.min_per_year.forum",
	    "(per-kind settings end in .local-forum, .thematic, .task, "
	    ".joint, .coordination, .leaders, .working-group or "
	    ".partnership)");
	parse_fails(NAME "meetings.min_per_year = 4\n", 2,
	    "meetings.min_per_year", "per-kind settings end in");
	parse_fails(NAME "meetings.chair.Local-Forum = group-chair\n", 2,
	    "meetings.chair.Local-Forum", "per-kind settings end in");
}

/*
 * Regression (was a bug in src/rules/constitution.c constitution_parse: the hint
 * that names the group kinds is given only for keys starting
 * "meetings.", though quorum and chair.selection are per-kind too.
 */
static void
test_constitution_per_kind_bad_kind_hint_for_every_per_kind_key(
    void **state)
{
	(void)state;
	parse_fails(NAME "quorum.forum = majority\n", 2, "quorum.forum",
	    "per-kind settings end in .local-forum");
	parse_fails(NAME "chair.selection.forum = members\n", 2,
	    "chair.selection.forum", "per-kind settings end in .local-forum");
}

static void
test_constitution_per_kind_every_kind_accepted(void **state)
{
	struct constitution	c;
	char			text[2048];
	size_t			n;
	int			k;

	(void)state;
	n = (size_t)snprintf(text, sizeof(text), NAME);
	for (k = 0; k < GK__MAX; k++)
		n += (size_t)snprintf(text + n, sizeof(text) - n,
		    "meetings.min_per_year.%s = %d\n", group_kind_names[k],
		    k + 1);
	parse_ok(text, &c);
	for (k = 0; k < GK__MAX; k++)
		assert_int_equal(constitution_kind_int(&c,
		    "meetings.min_per_year", k), k + 1);
	constitution_free(&c);
}

static void
test_constitution_line_without_equals(void **state)
{
	(void)state;
	parse_fails(NAME "agenda.notice_days 7\n", 2, "agenda.notice_days 7",
	    "is not a setting line; expected 'name = value'");
	parse_fails("\n\n\n  just words  \n", 4, "just words",
	    "is not a setting line");
}

static void
test_constitution_line_without_equals_setting_cut_to_40(void **state)
{
	struct constitution	c;
	struct cs_error		err;

	(void)state;
	assert_int_equal(constitution_parse(NAME
	    "0123456789012345678901234567890123456789TAIL\n", &c, &err), -1);
	assert_int_equal(err.line, 2);
	assert_string_equal(err.setting,
	    "0123456789012345678901234567890123456789");
}

static void
test_constitution_int_out_of_range(void **state)
{
	(void)state;
	parse_fails(NAME "agenda.notice_days = 366\n", 2, "agenda.notice_days",
	    "'366' is not accepted; expected a whole number from 0 to 365");
	parse_fails(NAME "agenda.notice_days = -1\n", 2, "agenda.notice_days",
	    "'-1' is not accepted; expected a whole number from 0 to 365");
	parse_fails(NAME "membership.resignation_notice_months = 25\n", 2,
	    "membership.resignation_notice_months",
	    "expected a whole number from 0 to 24");
	parse_fails(NAME "meetings.min_per_year.local-forum = 367\n", 2,
	    "meetings.min_per_year.local-forum",
	    "expected a whole number from 0 to 366");
	parse_fails(NAME "notes.due_days = 99999999999999999999\n", 2,
	    "notes.due_days", "expected a whole number from 0 to 365");
}

static void
test_constitution_int_bounds_accepted(void **state)
{
	(void)state;
	assert_true(value_accepted("agenda.notice_days", "0"));
	assert_true(value_accepted("agenda.notice_days", "365"));
	assert_true(value_accepted("membership.size_max", "100000"));
	assert_false(value_accepted("membership.size_max", "100001"));
	assert_true(value_accepted("attendance.absences_flag", "100"));
	assert_false(value_accepted("attendance.absences_flag", "101"));
}

static void
test_constitution_int_not_a_number(void **state)
{
	(void)state;
	parse_fails(NAME "notes.due_days = three weeks\n", 2, "notes.due_days",
	    "'three weeks' is not accepted; expected a whole number");
	parse_fails(NAME "notes.due_days = 21 days\n", 2, "notes.due_days",
	    "'21 days' is not accepted");
	parse_fails(NAME "notes.due_days = 2.5\n", 2, "notes.due_days",
	    "'2.5' is not accepted");
	parse_fails(NAME "notes.due_days = 0x10\n", 2, "notes.due_days",
	    "'0x10' is not accepted");
	parse_fails(NAME "notes.due_days =\n", 2, "notes.due_days",
	    "'' is not accepted; expected a whole number from 0 to 365");
}

static void
test_constitution_bool_refused(void **state)
{
	(void)state;
	parse_fails(NAME "membership.open = true\n", 2, "membership.open",
	    "'true' is not accepted; expected yes or no");
	parse_fails(NAME "membership.open = 1\n", 2, "membership.open",
	    "expected yes or no");
	parse_fails(NAME "membership.open =\n", 2, "membership.open",
	    "expected yes or no");
	assert_true(value_accepted("membership.open", "yes"));
	assert_true(value_accepted("membership.open", "no"));
}

static void
test_constitution_enum_refused_names_choices(void **state)
{
	(void)state;
	parse_fails(NAME "arrangement.kind = council\n", 2,
	    "arrangement.kind", "'council' is not accepted; expected "
	    "alliance, compact, framework, leaders-group or pact");
	parse_fails(NAME "notes.visibility = everyone\n", 2,
	    "notes.visibility", "'everyone' is not accepted; expected "
	    "members or public");
	parse_fails(NAME "election.method = stv\n", 2, "election.method",
	    "'stv' is not accepted; expected plurality");
	parse_fails(NAME "meetings.chair.thematic = rotating\n", 2,
	    "meetings.chair.thematic", "expected group-chair or "
	    "alternate-sides");
	parse_fails(NAME "vote.voters =\n", 2, "vote.voters",
	    "'' is not accepted; expected vcse-full, full, partners or "
	    "members");
}

static void
test_constitution_enum_choice_is_whole_word(void **state)
{
	(void)state;
	assert_false(value_accepted("notes.visibility", "member"));
	assert_false(value_accepted("notes.visibility", "members|public"));
	assert_false(value_accepted("notes.visibility", "publicity"));
	assert_true(value_accepted("notes.visibility", "public"));
}

static void
test_constitution_list_entry_outside_choices(void **state)
{
	(void)state;
	parse_fails(NAME "membership.kinds = full\n"
	    "membership.kinds = patron\n", 3, "membership.kinds",
	    "'patron' is not accepted; expected one of full, associate, "
	    "co-opted or guest");
	parse_fails(NAME "membership.full_sectors = charity\n", 2,
	    "membership.full_sectors", "expected one of vcse, public or "
	    "private");
	parse_fails(NAME "membership.declaration_fields = signature\n", 2,
	    "membership.declaration_fields", "expected one of name, role, "
	    "organisation, date or authority");
}

static void
test_constitution_empty_text_refused(void **state)
{
	(void)state;
	parse_fails("arrangement.name =\n", 1, "arrangement.name",
	    "has no value; expected some text");
	parse_fails(NAME "agenda.mandatory =  \n", 2, "agenda.mandatory",
	    "has no value; expected some text");
}

static void
test_constitution_non_list_set_twice_names_first_line(void **state)
{
	(void)state;
	parse_fails(NAME "agenda.notice_days = 7\n# again\n"
	    "agenda.notice_days = 7\n", 4, "agenda.notice_days",
	    "is set twice (first on line 2); only lists may repeat");
	parse_fails("# x\n" NAME "arrangement.name = Other\n", 3,
	    "arrangement.name", "is set twice (first on line 2)");
	parse_fails(NAME "quorum.task = none\nquorum.task = majority\n", 3,
	    "quorum.task", "is set twice (first on line 2)");
}

static void
test_constitution_same_setting_other_kind_is_not_twice(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME "quorum.task = none\nquorum.joint = none\n", &c);
	assert_int_equal(c.n, 3);
	constitution_free(&c);
}

static void
test_constitution_lists_in_file_order(void **state)
{
	struct constitution	c;
	const char		*out[8];

	(void)state;
	parse_ok(NAME
	    "agenda.mandatory = Welcome\n"
	    "notes.due_days = 21\n"
	    "agenda.mandatory = Declarations of interests\n"
	    "agenda.mandatory = Date of next meeting\n", &c);
	assert_int_equal(constitution_list(&c, "agenda.mandatory", out, 8), 3);
	assert_string_equal(out[0], "Welcome");
	assert_string_equal(out[1], "Declarations of interests");
	assert_string_equal(out[2], "Date of next meeting");
	/* constitution_text gives a list's first entry. */
	assert_string_equal(constitution_text(&c, "agenda.mandatory"),
	    "Welcome");
	constitution_free(&c);
}

static void
test_constitution_list_counts_beyond_max(void **state)
{
	struct constitution	c;
	const char		*out[3] = { NULL, NULL, "sentinel" };

	(void)state;
	parse_ok(NAME "milestones = 2025-01-01 a\nmilestones = 2025-02-01 b\n"
	    "milestones = 2025-03-01 c\n", &c);
	assert_int_equal(constitution_list(&c, "milestones", out, 2), 3);
	assert_string_equal(out[0], "2025-01-01 a");
	assert_string_equal(out[1], "2025-02-01 b");
	assert_string_equal(out[2], "sentinel");
	constitution_free(&c);
}

static void
test_constitution_list_has_ignores_case(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME "membership.kinds = full\nmembership.kinds = Guest\n",
	    &c);
	assert_int_equal(constitution_list_has(&c, "membership.kinds",
	    "FULL"), 1);
	assert_int_equal(constitution_list_has(&c, "membership.kinds",
	    "guest"), 1);
	assert_int_equal(constitution_list_has(&c, "membership.kinds",
	    "associate"), 0);
	assert_int_equal(constitution_list_has(&c, "membership.kind",
	    "full"), 0);
	constitution_free(&c);
}

static void
test_SA_8_2_quorum_forms_accepted(void **state)
{
	static const char *const ok[] = {
		"none", "majority", "vcse-present 1", "vcse-present 4",
		"vcse-present 1000", "sides A | B", "sides A|B",
		"sides A, B | C", "sides A | B | C",
		"sides Staffordshire, Southwest, Southeast | "
		    "Stoke-on-Trent & North",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!value_accepted("quorum.coordination", ok[i]))
			fail_msg("quorum \"%s\" refused", ok[i]);
}

static void
test_SA_8_2_quorum_forms_refused(void **state)
{
	static const char *const bad[] = {
		"some", "Majority", "all", "vcse-present", "vcse-present 0",
		"vcse-present -4", "vcse-present 1001", "vcse-present four",
		"vcse-present 4x", "vcse-present 4 members", "4",
		"sides", "sides A", "sides A, B", "sides |A", "sides A|",
		"sides A||B", "sides A | B |", "sideways A | B",
	};
	char	text[256];
	size_t	i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), NAME "quorum.local-forum = %s\n",
		    bad[i]);
		parse_fails(text, 2, "quorum.local-forum", QUORUM_EXPECTED);
	}
	parse_fails(NAME "quorum.local-forum = vcse-present 0\n", 2,
	    "quorum.local-forum", "'vcse-present 0' is not accepted");
	parse_fails(NAME "quorum.local-forum =\n", 2, "quorum.local-forum",
	    "'' is not accepted");
}

/*
 * Regression (was a bug in src/rules/constitution.c cs_quorum_ok: a side made only
 * of blanks ("A | | B", "  | B") passes, since only "||" and a '|'
 * right after "sides " are looked for.
 */
static void
test_SA_8_2_quorum_empty_side_refused(void **state)
{
	(void)state;
	parse_fails(NAME "quorum.coordination = sides A | | B\n", 2,
	    "quorum.coordination", QUORUM_EXPECTED);
	parse_fails(NAME "quorum.coordination = sides  | B\n", 2,
	    "quorum.coordination", QUORUM_EXPECTED);
}

static void
test_constitution_missing_arrangement_name(void **state)
{
	(void)state;
	parse_fails("agenda.notice_days = 7\n", 0, "arrangement.name",
	    "is missing; every constitution names its arrangement");
	parse_fails("", 0, "arrangement.name", "is missing");
	parse_fails("# only a comment\n\n", 0, "arrangement.name",
	    "is missing");
}

static void
test_constitution_first_error_wins(void **state)
{
	(void)state;
	/* The line error comes before the missing name. */
	parse_fails("agenda.notice_days = 700\nbogus = 1\n", 1,
	    "agenda.notice_days", "from 0 to 365");
}

static void
test_MC_size_max_below_size_min_refused(void **state)
{
	(void)state;
	parse_fails(NAME "membership.size_min = 15\n"
	    "membership.size_max = 10\n", 3, "membership.size_max",
	    "is below membership.size_min; expected 0 or a number at least "
	    "membership.size_min");
}

/*
 * Regression (was a bug in src/rules/constitution.c constitution_parse: the
 * size_max below size_min error has line 0, though the value sits on a
 * line of the file; it should carry the line of membership.size_max.
 */
static void
test_MC_size_max_below_size_min_names_its_line(void **state)
{
	(void)state;
	parse_fails(NAME "membership.size_min = 15\n"
	    "membership.size_max = 10\n", 3, "membership.size_max",
	    "is below membership.size_min");
	parse_fails(NAME "membership.size_max = 10\n"
	    "membership.size_min = 15\n", 2, "membership.size_max",
	    "is below membership.size_min");
}

static void
test_MC_size_range_accepted(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME "membership.size_min = 15\nmembership.size_max = 20\n",
	    &c);
	assert_int_equal(constitution_int(&c, "membership.size_min"), 15);
	assert_int_equal(constitution_int(&c, "membership.size_max"), 20);
	constitution_free(&c);
	/* Equal bounds, and 0 meaning no upper limit. */
	parse_ok(NAME "membership.size_min = 15\nmembership.size_max = 15\n",
	    &c);
	constitution_free(&c);
	parse_ok(NAME "membership.size_min = 15\nmembership.size_max = 0\n",
	    &c);
	constitution_free(&c);
	parse_ok(NAME "membership.size_min = 15\n", &c);
	constitution_free(&c);
}

static void
test_constitution_setting_lookup(void **state)
{
	const struct cs_setting *s;

	(void)state;
	s = constitution_setting("agenda.notice_days");
	assert_non_null(s);
	assert_string_equal(s->key, "agenda.notice_days");
	assert_int_equal(s->type, CS_INT);
	assert_int_equal(s->min, 0);
	assert_int_equal(s->max, 365);
	assert_string_equal(s->def, "7");
	assert_non_null(strstr(s->rule, "SA-10.2"));
	s = constitution_setting("quorum.coordination");
	assert_non_null(s);
	assert_string_equal(s->key, "quorum");
	assert_int_equal(s->type, CS_QUORUM);
	assert_null(constitution_setting("quorum"));
	assert_null(constitution_setting("quorum.nowhere"));
	assert_null(constitution_setting("agenda.notice_days.task"));
	assert_null(constitution_setting(""));
}

static void
test_constitution_group_kind_parse(void **state)
{
	int k;

	(void)state;
	for (k = 0; k < GK__MAX; k++)
		assert_int_equal(group_kind_parse(group_kind_names[k]), k);
	assert_int_equal(group_kind_parse("local-forum"), GK_LOCAL_FORUM);
	assert_int_equal(group_kind_parse("partnership"), GK_PARTNERSHIP);
	assert_int_equal(group_kind_parse("Local-Forum"), -1);
	assert_int_equal(group_kind_parse("local forum"), -1);
	assert_int_equal(group_kind_parse(""), -1);
}

/* Every default in the table is a value the parser itself accepts. */
static void
test_constitution_every_default_is_valid(void **state)
{
	const struct cs_setting	*s;
	char			 key[128];

	(void)state;
	for (s = constitution_settings; s->key != NULL; s++) {
		if (s->def == NULL)
			continue;
		snprintf(key, sizeof(key), "%s%s", s->key,
		    s->per_kind ? ".local-forum" : "");
		if (!value_accepted(key, s->def))
			fail_msg("default of %s ('%s') is refused", key,
			    s->def);
	}
}

/* Every setting names the RULES.md rule it serves, and says what it is. */
static void
test_constitution_every_setting_has_help(void **state)
{
	const struct cs_setting *s;

	(void)state;
	for (s = constitution_settings; s->key != NULL; s++) {
		assert_non_null(s->help);
		assert_true(strlen(s->help) > 0);
		assert_non_null(s->rule);
		if (s->type == CS_ENUM)
			assert_non_null(s->choices);
		if (s->type == CS_INT)
			assert_true(s->min <= s->max);
	}
}

static void
test_constitution_free_empties(void **state)
{
	struct constitution c;

	(void)state;
	parse_ok(NAME "agenda.mandatory = A\n", &c);
	constitution_free(&c);
	assert_null(c.v);
	assert_int_equal(c.n, 0);
	constitution_free(&c);		/* twice is harmless */
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_constitution_minimal_file_takes_defaults),
		cmocka_unit_test(test_constitution_per_kind_defaults),
		cmocka_unit_test(test_constitution_absent_lists_are_empty),
		cmocka_unit_test(test_constitution_unknown_key_reads_as_nothing),
		cmocka_unit_test(test_constitution_values_override_defaults),
		cmocka_unit_test(test_constitution_records_line_of_each_value),
		cmocka_unit_test(test_constitution_blanks_and_crlf_trimmed),
		cmocka_unit_test(test_constitution_value_may_contain_equals),
		cmocka_unit_test(test_constitution_no_final_newline),
		cmocka_unit_test(test_constitution_unknown_setting_named),
		cmocka_unit_test(
		    test_constitution_unknown_plain_setting_has_no_kind_hint),
		cmocka_unit_test(test_constitution_per_kind_bad_kind),
		cmocka_unit_test(
		    test_constitution_per_kind_bad_kind_hint_for_every_per_kind_key),
		cmocka_unit_test(test_constitution_per_kind_every_kind_accepted),
		cmocka_unit_test(test_constitution_line_without_equals),
		cmocka_unit_test(
		    test_constitution_line_without_equals_setting_cut_to_40),
		cmocka_unit_test(test_constitution_int_out_of_range),
		cmocka_unit_test(test_constitution_int_bounds_accepted),
		cmocka_unit_test(test_constitution_int_not_a_number),
		cmocka_unit_test(test_constitution_bool_refused),
		cmocka_unit_test(test_constitution_enum_refused_names_choices),
		cmocka_unit_test(test_constitution_enum_choice_is_whole_word),
		cmocka_unit_test(test_constitution_list_entry_outside_choices),
		cmocka_unit_test(test_constitution_empty_text_refused),
		cmocka_unit_test(
		    test_constitution_non_list_set_twice_names_first_line),
		cmocka_unit_test(
		    test_constitution_same_setting_other_kind_is_not_twice),
		cmocka_unit_test(test_constitution_lists_in_file_order),
		cmocka_unit_test(test_constitution_list_counts_beyond_max),
		cmocka_unit_test(test_constitution_list_has_ignores_case),
		cmocka_unit_test(test_SA_8_2_quorum_forms_accepted),
		cmocka_unit_test(test_SA_8_2_quorum_forms_refused),
		cmocka_unit_test(test_SA_8_2_quorum_empty_side_refused),
		cmocka_unit_test(test_constitution_missing_arrangement_name),
		cmocka_unit_test(test_constitution_first_error_wins),
		cmocka_unit_test(test_MC_size_max_below_size_min_refused),
		cmocka_unit_test(test_MC_size_max_below_size_min_names_its_line),
		cmocka_unit_test(test_MC_size_range_accepted),
		cmocka_unit_test(test_constitution_setting_lookup),
		cmocka_unit_test(test_constitution_group_kind_parse),
		cmocka_unit_test(test_constitution_every_default_is_valid),
		cmocka_unit_test(test_constitution_every_setting_has_help),
		cmocka_unit_test(test_constitution_free_empties),
	};

	return cmocka_run_group_tests_name("constitution", tests, NULL, NULL);
}
