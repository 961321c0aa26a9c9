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
cells_text(const void *p, struct page_cell *c)
{
	const struct thing *t = p;

	c[0] = CELL_T(t->name);
	c[1] = CELL_T(t->on);
}

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

/* A drawn cell's markup is written by its function, given its record;
 * the register's table keeps its headings with no row. */
static void
link_to(struct req *r, const void *p)
{
	html_fmt(&r->body, "<a href=\"/x\">%s</a>", ((const struct thing *)
	    p)->name);
}

static void
linked_cells(const void *p, struct page_cell *c)
{
	c[0] = CELL_DRAW(link_to, p);
	c[1] = CELL_T(((const struct thing *)p)->on);
}
static const struct page_cols linked = { heads, 2, linked_cells };

static void
page_table_draws_a_cell_and_may_show_headings_with_no_row(void **state)
{
	const struct thing	 v[] = { { "A & B", "2026-12-01", 0, 0, 0, 0 } };
	struct req		 r;

	(void)state;
	memset(&r, 0, sizeof(r));
	html_init(&r.body);
	page_table(&r, "Things", &linked, v, 1, sizeof(*v));
	assert_non_null(strstr(r.body.p, "<th scope=\"row\" class=\"govuk-"
	    "table__header\"><a href=\"/x\">A &amp; B</a></th><td class=\""
	    "govuk-table__cell\" data-label=\"On\">1 December 2026</td>"));
	html_free(&r.body);
	html_init(&r.body);
	page_table_even_empty(&r, "Things", &linked, NULL, 0, sizeof(*v));
	assert_non_null(strstr(r.body.p, "<th scope=\"col\" class=\"govuk-"
	    "table__header\">On</th></tr></thead>\n<tbody class=\"govuk-"
	    "table__body\">\n</tbody>\n</table>\n"));
	assert_null(strstr(r.body.p, "none yet"));
	html_free(&r.body);
}

/* A drawn cell that makes its value and writes it with page_cell gives
 * the markup of a text cell (the constitution's settings table). */
static void
draw_made(struct req *r, const void *rec)
{
	const struct thing *t = rec;

	page_cell(r, &CELL_T(t->on));
}

static void
cells_drawn(const void *rec, struct page_cell *c)
{
	const struct thing *t = rec;

	c[0] = CELL_T(t->name);
	c[1] = CELL_DRAW(draw_made, t);
}

static void
page_cell_draws_as_a_text_cell(void **state)
{
	static const char *const two[] = { "Name", "On" };
	struct thing	 v[] = { { "Kinver <Youth>", "2026-12-01", 0, 0, 0, 0 } };
	struct page_cols typed = { two, 2, cells_text };
	struct page_cols drawn = { two, 2, cells_drawn };
	struct req	 a, b;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	html_init(&a.body);
	html_init(&b.body);
	page_table(&a, "Things", &drawn, v, 1, sizeof(*v));
	page_table(&b, "Things", &typed, v, 1, sizeof(*v));
	assert_string_equal(a.body.p, b.body.p);
	assert_non_null(strstr(a.body.p, "1 December 2026"));
	html_free(&a.body);
	html_free(&b.body);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(page_table_writes_each_cell_as_its_kind),
		cmocka_unit_test(page_table_aligns_money_by_the_first_row),
		cmocka_unit_test(page_table_says_none_yet),
		cmocka_unit_test(
		    page_table_draws_a_cell_and_may_show_headings_with_no_row),
		cmocka_unit_test(page_cell_draws_as_a_text_cell),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
