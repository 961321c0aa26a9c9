/*
 * Unit tests of src/render/table.c and csvout.c: the command line's
 * tables, CSV and records from cells of text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/table.h"

static const struct column cols[] = {
	{ "#", 0, 0 }, { "Name", 6, 0 }, { "Member", 0, 0 }, { NULL, 0, 0 },
};

/* What fn printed of t. */
static char *
printed(void (*fn)(FILE *, const struct table *), const struct table *t)
{
	char	*s = NULL;
	size_t	 n = 0;
	FILE	*f = open_memstream(&s, &n);

	assert_non_null(f);
	fn(f, t);
	fclose(f);
	return s;
}

static void
two_rows(struct table *t)
{
	table_start(t, cols);
	table_num(t, 7);
	table_text(t, "Café Aïda");		/* 9 columns, 11 bytes */
	table_yes(t, 1);
	table_id(t, 0);
	table_text(t, NULL);
	table_yes(t, 0);
}

static void
table_aligns_by_characters_and_cuts_with_a_mark(void **state)
{
	struct table	 t;
	char		*s;

	(void)state;
	two_rows(&t);
	assert_int_equal(table_rows(&t), 2);
	assert_false(t.nomem);
	s = printed(render_table, &t);
	/* Name is at most 6 columns: "Café ~", not a byte cut. */
	assert_string_equal(s,
	    "#  Name    Member\n"
	    "-  ------  ------\n"
	    "7  Café ~  yes\n"
	    "           \n");
	free(s);
	table_free(&t);
}

static void
no_rows_print_none(void **state)
{
	struct table	 t;
	char		*s;

	(void)state;
	table_start(&t, cols);
	s = printed(render_table, &t);
	assert_string_equal(s, "none\n");
	free(s);
	s = printed(render_csv, &t);
	assert_string_equal(s, "#,Name,Member\r\n");
	free(s);
	table_free(&t);
}

static void
csv_quotes_and_guards_formulas(void **state)
{
	struct table	 t;
	char		*s, big[12001];

	(void)state;
	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	table_start(&t, cols);
	table_num(&t, 1);
	table_text(&t, "=SUM(A1), \"x\"");
	table_text(&t, big);
	s = printed(render_csv, &t);
	assert_int_equal(strncmp(s, "#,Name,Member\r\n1,\"'=SUM(A1), "
	    "\"\"x\"\"\",xxx", 32), 0);
	free(s);
	table_free(&t);
	/* A cell is never cut: 12,000 characters come out whole. */
	table_start(&t, cols);
	table_num(&t, 1);
	table_text(&t, "a");
	table_text(&t, big);
	s = printed(render_csv, &t);
	assert_int_equal(strlen(s), strlen("#,Name,Member\r\n1,a,") +
	    strlen(big) + 2);
	free(s);
	table_free(&t);
}

static void
record_prints_the_first_row_as_lines(void **state)
{
	struct table	 t;
	char		*s;

	(void)state;
	two_rows(&t);
	s = printed(render_record, &t);
	assert_string_equal(s, "#:      7\nName:   Café Aïda\nMember: yes\n");
	free(s);
	table_free(&t);
}

static void
join_and_fmt(void **state)
{
	static const struct column one[] = {
		{ "Holders", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_lines	 l = { NULL, 0 };
	struct table		 t;
	char			*s;

	(void)state;
	assert_int_equal(rec_lines_add(&l, "%s", "Ann (SuS)"), 0);
	assert_int_equal(rec_lines_add(&l, "%s interim", "Bo (VAST)"), 0);
	table_start(&t, one);
	table_join(&t, &l);
	table_fmt(&t, "%s-%lld", "360G-x", 12LL);
	s = printed(render_csv, &t);
	assert_string_equal(s, "Holders\r\n\"Ann (SuS); Bo (VAST) "
	    "interim\"\r\n360G-x-12\r\n");
	free(s);
	table_free(&t);
	rec_lines_free(&l);
}

/* A record's fields, as one row function adds them all. */
static void
record_fields(struct table *t, int64_t id)
{
	table_num(t, id);
	table_text(t, "Leek Trust");
	table_text(t, "vcse");
	table_text(t, "leek@example.org");
}

static void
columns_pick_a_records_fields(void **state)
{
	/* A list of two fields out of order, a record of all four. */
	static const struct column list[] = {
		{ "Name", 0, 2 }, { "#", 0, 1 }, { NULL, 0, 0 },
	};
	static const struct column all[] = {
		{ "Number", 0, 1 }, { "Name", 0, 2 }, { "Sector", 0, 3 },
		{ "Email", 0, 4 }, { NULL, 0, 0 },
	};
	struct table	 t;
	size_t		 from;
	int64_t		 id;
	char		*s;

	(void)state;
	table_start(&t, list);
	for (id = 7; id <= 9; id += 2) {
		from = t.cells.n;
		record_fields(&t, id);
		table_pick(&t, from);
	}
	assert_false(t.nomem);
	assert_int_equal(table_rows(&t), 2);
	s = printed(render_csv, &t);
	assert_string_equal(s, "Name,#\r\nLeek Trust,7\r\nLeek Trust,9\r\n");
	free(s);
	table_free(&t);
	table_start(&t, all);
	record_fields(&t, 7);
	table_pick(&t, 0);
	s = printed(render_record, &t);
	assert_string_equal(s, "Number: 7\nName:   Leek Trust\n"
	    "Sector: vcse\nEmail:  leek@example.org\n");
	free(s);
	table_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(table_aligns_by_characters_and_cuts_with_a_mark),
		cmocka_unit_test(no_rows_print_none),
		cmocka_unit_test(csv_quotes_and_guards_formulas),
		cmocka_unit_test(record_prints_the_first_row_as_lines),
		cmocka_unit_test(join_and_fmt),
		cmocka_unit_test(columns_pick_a_records_fields),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
