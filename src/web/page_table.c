/*
 * page_table: a table of JSON rows for the pages that still read rows
 * (page_grid.c makes the tables of typed records): a cell per column
 * key, amounts in pounds aligned as numbers, a stacked row on a phone.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"

static void
cell(struct html *h, const json_t *v)
{
	char num[WHEN_LEN];

	if (json_is_string(v)) {
		/* Dates and times in words; other text as it is. */
		if (render_when(json_string_value(v), num, sizeof(num)) == 0)
			html_text(h, num);
		else
			html_text(h, json_string_value(v));
	} else if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%lld",
		    (long long)json_integer_value(v));
		html_raw(h, num);
	} else if (json_is_true(v))
		html_raw(h, "yes");
	else if (json_is_false(v))
		html_raw(h, "no");
}

/* Money: a column whose first cell is an amount in pounds is
 * right-aligned, as the Design System's numeric cells are. */
static int
money(const json_t *v)
{
	const char *s = json_string_value(v);

	return s != NULL && (strncmp(s, "\xc2\xa3", 2) == 0 ||
	    strncmp(s, "-\xc2\xa3", 3) == 0);
}

static void
table(struct req *r, const char *caption, int hidden, json_t *rows,
    const char *const *cols, const char *const *heads)
{
	struct html	*h = &r->body;
	json_t		*row, *first;
	size_t		 i, k;
	int		 num;

	if (json_array_size(rows) == 0) {
		html_fmt(h, "<p class=\"govuk-body\">%s: none yet.</p>\n",
		    caption);
		return;
	}
	first = json_array_get(rows, 0);
	html_fmt(h, "<table class=\"govuk-table app-table\">\n<caption "
	    "class=\"%s\">%s</caption>\n<thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\">", hidden ?
	    "govuk-visually-hidden" : "govuk-table__caption "
	    "govuk-table__caption--m", caption);
	for (k = 0; cols[k] != NULL; k++)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header%s"
		    "\">%s</th>", money(json_object_get(first, cols[k])) ?
		    " govuk-table__header--numeric" : "", heads[k]);
	html_raw(h, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	json_array_foreach(rows, i, row) {
		html_raw(h, "<tr class=\"govuk-table__row\">");
		for (k = 0; cols[k] != NULL; k++) {
			num = money(json_object_get(first, cols[k]));
			if (k == 0)
				html_raw(h, "<th scope=\"row\" class=\"govuk-"
				    "table__header\">");
			else
				html_fmt(h, "<td class=\"govuk-table__cell%s\" "
				    "data-label=\"%s\">", num ? " govuk-table__"
				    "cell--numeric" : "", heads[k]);
			cell(h, json_object_get(row, cols[k]));
			html_raw(h, k == 0 ? "</th>" : "</td>");
		}
		html_raw(h, "</tr>\n");
	}
	html_raw(h, "</tbody>\n</table>\n");
}

void
page_table(struct req *r, const char *caption, json_t *rows,
    const char *const *cols, const char *const *heads)
{
	table(r, caption, 0, rows, cols, heads);
}

void
page_table_under(struct req *r, const char *caption, json_t *rows,
    const char *const *cols, const char *const *heads)
{
	table(r, caption, 1, rows, cols, heads);
}
