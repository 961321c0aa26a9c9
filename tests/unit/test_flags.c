/*
 * Unit tests of the one kind of flag (store/rec_flag.h): an action that
 * records what breaks a rule returns the same typed flag as the
 * compliance check, its rule id a field of its own beside the fact in
 * plain words and whom it is about, not a sentence that starts with the
 * id.  On the template's own arrangement: SA-10.2's late agenda.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "fresh.h"

static const struct viewer member = { VIEWER_MEMBER, 0, 0 };

static void
fresh(struct core *c)
{
	fresh_alliance(c, NULL, 0);
}

/* The flag of l under rule, or NULL. */
static const struct check_flag *
under(const struct check_flag_list *l, const char *rule)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].rule, rule) == 0)
			return &l->v[i];
	return NULL;
}

/* SA-10.2: an agenda circulated the day before the meeting is recorded
 * and flagged; the action, the meeting's own record and the compliance
 * check all give the one flag, with the rule id as its own field. */
static void
test_flag_SA_10_2_late_agenda_one_kind(void **state)
{
	struct meeting_in	 in = { "coordination", "2025-06-03", "10:00",
				    NULL, "Hall", NULL };
	struct core		 c;
	struct check_flag_list	 flags, check;
	struct meeting_view	 v;
	const struct check_flag	*f;
	int64_t			 id;

	(void)state;
	fresh(&c);
	assert_int_equal(core_meeting_schedule(&c, &viewer_system, &in, &id),
	    CORE_OK);
	assert_int_equal(core_meeting_circulate(&c, &viewer_system, id,
	    "2025-06-02", &flags), CORE_OK);
	assert_int_equal(flags.n, 1);
	assert_string_equal(flags.v[0].rule, "SA-10.2");
	assert_string_equal(flags.v[0].fact, "agenda circulated 2025-06-02, "
	    "after 2025-05-27");
	assert_int_equal(flags.v[0].about, CHECK_ABOUT_ARRANGEMENT);
	check_flag_list_free(&flags);
	assert_int_equal(flags.n, 0);

	assert_int_equal(core_meeting_get(&c, &viewer_system, id, &v),
	    CORE_OK);
	assert_int_equal(v.m.flags.n, 1);
	assert_string_equal(v.m.flags.v[0].rule, "SA-10.2");
	meeting_view_free(&v);

	/* The check reads the meeting's flag whole, about the
	 * arrangement, so a member reads it too. */
	assert_int_equal(core_check(&c, &member, "coordination",
	    "2025-06-10", &check), CORE_OK);
	assert_non_null(f = under(&check, "SA-10.2"));
	assert_string_equal(f->group, "coordination");
	assert_string_equal(f->fact, "meeting 1 of 2025-06-03: agenda "
	    "circulated 2025-06-02, after 2025-05-27");
	assert_int_equal(f->about, CHECK_ABOUT_ARRANGEMENT);
	check_flag_list_free(&check);
	core_close(&c);
}

/* A flag under no rule (the arrangement states no such duty) is not
 * kept; one under a rule is, whole. */
static void
test_flag_add_keeps_rule_apart(void **state)
{
	struct check_flag_list	l = { NULL, 0 };

	(void)state;
	assert_int_equal(check_flag_add(&l, CHECK_ABOUT_PERSON, NULL, NULL,
	    "nothing %d", 1), 0);
	assert_int_equal(l.n, 0);
	assert_int_equal(check_flag_add(&l, CHECK_ABOUT_PERSON,
	    "an-arrangement-own-rule-id-longer-than-thirty-two", "g",
	    "item %d: chaired by %s", 2, "Vic"), 0);
	assert_int_equal(l.n, 1);
	assert_string_equal(l.v[0].rule,
	    "an-arrangement-own-rule-id-longer-than-thirty-two");
	assert_string_equal(l.v[0].group, "g");
	assert_string_equal(l.v[0].fact, "item 2: chaired by Vic");
	check_flag_list_free(&l);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_flag_SA_10_2_late_agenda_one_kind),
		cmocka_unit_test(test_flag_add_keeps_rule_apart),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
