/*
 * Unit tests of src/web/page_table.c: a table of typed records, each
 * cell written as the kind of value it holds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "web/web.h"

struct thing {
	const char	*name, *on;
	int64_t		 pence, count;
	int		 late, has_pence;
};

static const char *const heads[] = { "Name", "On", "Amount", "Count",
    "Late" };

static void
cells(const void *p, struct page_cell *c)
{
	const struct thing *t = p;

	c[0] = CELL_T(t->name);
	c[1] = CELL_T(t->on);
	if (t->has_pence)
		c[2] = CELL_PENCE(t->pence);
	c[3] = CELL_N(t->count);
	c[4] = CELL_YES(t->late);
}
static const struct page_cols cols = { heads, 5, cells };

static void
drawn(const struct thing *v, size_t n, struct req *r)
{
	memset(r, 0, sizeof(*r));
	html_init(&r->body);
	page_table(r, "Things", &cols, v, n, sizeof(*v));
	assert_false(r->body.oom);
}

/* Dates in words, amounts in pounds, numbers, yes or no, and NULL
 * text as an empty cell. */
static void
page_table_writes_each_cell_as_its_kind(void **state)
{
	const struct thing v[] = {
		{ "Kinver <Youth>", "2026-12-01", 1250050, 3, 1, 1 },
		{ NULL, "not a date", -500, 0, 0, 1 },
	};
	struct req r;

	(void)state;
	drawn(v, 2, &r);
	assert_non_null(strstr(r.body.p, "<th scope=\"row\" class=\"govuk-"
	    "table__header\">Kinver &lt;Youth&gt;</th><td class=\"govuk-"
	    "table__cell\" data-label=\"On\">1 December 2026</td><td class=\""
	    "govuk-table__cell govuk-table__cell--numeric\" data-label=\""
	    "Amount\">\xc2\xa3" "12,500.50</td><td class=\"govuk-table__cell\" "
	    "data-label=\"Count\">3</td><td class=\"govuk-table__cell\" "
	    "data-label=\"Late\">yes</td>"));
	assert_non_null(strstr(r.body.p, "<th scope=\"row\" class=\"govuk-"
	    "table__header\"></th><td class=\"govuk-table__cell\" data-label="
	    "\"On\">not a date</td>"));
	assert_non_null(strstr(r.body.p, "data-label=\"Late\">no</td>"));
	assert_non_null(strstr(r.body.p, "<th scope=\"col\" class=\"govuk-"
	    "table__header govuk-table__header--numeric\">Amount</th>"));
	html_free(&r.body);
}

/* A column is aligned as numbers when its first row holds an amount,
 * as the tables drawn from JSON rows were. */
static void
page_table_aligns_money_by_the_first_row(void **state)
{
	const struct thing v[] = {
		{ "A", NULL, 0, 1, 0, 0 },
		{ "B", NULL, 100, 2, 0, 1 },
	};
	struct req r;

	(void)state;
	drawn(v, 2, &r);
	assert_null(strstr(r.body.p, "numeric"));
	assert_non_null(strstr(r.body.p, "data-label=\"Amount\">\xc2\xa3"
	    "1.00</td>"));
	assert_non_null(strstr(r.body.p, "data-label=\"Amount\"></td>"));
	html_free(&r.body);
}

static void
page_table_says_none_yet(void **state)
{
	struct req r;

	(void)state;
	drawn(NULL, 0, &r);
	assert_string_equal(r.body.p, "<p class=\"govuk-body\">Things: none "
	    "yet.</p>\n");
	html_free(&r.body);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(page_table_writes_each_cell_as_its_kind),
		cmocka_unit_test(page_table_aligns_money_by_the_first_row),
		cmocka_unit_test(page_table_says_none_yet),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
