/*
 * page_table: a table of typed records.  The page says how a record
 * makes its row's cells (struct page_cols); a cell is written as the
 * kind of value it holds: text (dates and times in words), a number,
 * an amount in pounds (right-aligned, as the Design System's numeric
 * cells are), yes or no.  A stacked row on a phone.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"
#include "rules/compact.h"

static void
cell(struct html *h, const struct page_cell *c)
{
	char b[WHEN_LEN];

	switch (c->kind) {
	case PAGE_TEXT:
		if (c->text == NULL)
			break;
		/* Dates and times in words; other text as it is. */
		if (render_when(c->text, b, sizeof(b)) == 0)
			html_text(h, b);
		else
			html_text(h, c->text);
		break;
	case PAGE_NUM:
		html_fmt(h, "%lld", (long long)c->num);
		break;
	case PAGE_MONEY:
		rules_money_format(c->num, b, sizeof(b));
		html_fmt(h, "\xc2\xa3%s", b);	/* £ */
		break;
	case PAGE_YES_NO:
		html_raw(h, c->num ? "yes" : "no");
		break;
	case PAGE_NONE:
		break;
	}
}

static void
table(struct req *r, const char *caption, int hidden,
    const struct page_cols *cols, const void *rows, size_t nrows,
    size_t size)
{
	struct html		*h = &r->body;
	struct page_cell	 first[PAGE_COLS], c[PAGE_COLS];
	size_t			 i, k, n = cols->n < PAGE_COLS ? cols->n :
				    PAGE_COLS;

	if (nrows == 0) {
		html_fmt(h, "<p class=\"govuk-body\">%s: none yet.</p>\n",
		    caption);
		return;
	}
	/* Money: a column whose first cell is an amount is aligned as a
	 * number. */
	memset(first, 0, sizeof(first));
	cols->fill(rows, first);
	html_fmt(h, "<table class=\"govuk-table app-table\">\n<caption "
	    "class=\"%s\">%s</caption>\n<thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\">", hidden ?
	    "govuk-visually-hidden" : "govuk-table__caption "
	    "govuk-table__caption--m", caption);
	for (k = 0; k < n; k++)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header%s"
		    "\">%s</th>", first[k].kind == PAGE_MONEY ?
		    " govuk-table__header--numeric" : "", cols->heads[k]);
	html_raw(h, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	for (i = 0; i < nrows; i++) {
		memset(c, 0, sizeof(c));
		cols->fill((const char *)rows + i * size, c);
		html_raw(h, "<tr class=\"govuk-table__row\">");
		for (k = 0; k < n; k++) {
			if (k == 0)
				html_raw(h, "<th scope=\"row\" class=\"govuk-"
				    "table__header\">");
			else
				html_fmt(h, "<td class=\"govuk-table__cell%s\" "
				    "data-label=\"%s\">", first[k].kind ==
				    PAGE_MONEY ? " govuk-table__cell--numeric" :
				    "", cols->heads[k]);
			cell(h, &c[k]);
			html_raw(h, k == 0 ? "</th>" : "</td>");
		}
		html_raw(h, "</tr>\n");
	}
	html_raw(h, "</tbody>\n</table>\n");
}

void
page_table(struct req *r, const char *caption, const struct page_cols *cols,
    const void *rows, size_t nrows, size_t size)
{
	table(r, caption, 0, cols, rows, nrows, size);
}

void
page_table_under(struct req *r, const char *caption,
    const struct page_cols *cols, const void *rows, size_t nrows,
    size_t size)
{
	table(r, caption, 1, cols, rows, nrows, size);
}
