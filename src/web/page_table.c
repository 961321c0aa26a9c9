/*
 * page_table: a table of typed records, the one writer of a page's
 * table markup.  The page says how a record makes its row's cells
 * (struct page_cols); a cell is written as the kind of value it holds:
 * text (dates and times in words), a number, an amount in pounds
 * (right-aligned, as the Design System's numeric cells are), yes or no.
 * A stacked row on a phone.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"
#include "rules/compact.h"

void
page_cell(struct req *r, const struct page_cell *c)
{
	struct html	*h = &r->body;
	char		 b[WHEN_LEN];

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
	case PAGE_DRAW:
		c->draw(r, c->of);
		break;
	case PAGE_NONE:
		break;
	}
}

enum { TABLE_HIDDEN = 1, TABLE_EVEN_EMPTY = 2 };

/* The caption and the headings, or "caption: none yet." and 0 when
 * there are no rows.  first: the first row's cells (NULL: all text); a
 * column whose first cell is an amount is aligned as a number. */
static int
table_head(struct html *h, const char *caption, int how,
    const char *const *heads, size_t n, size_t nrows,
    const struct page_cell *first)
{
	size_t k;

	if (nrows == 0 && !(how & TABLE_EVEN_EMPTY)) {
		html_fmt(h, "<p class=\"govuk-body\">%s: none yet.</p>\n",
		    caption);
		return 0;
	}
	html_fmt(h, "<table class=\"govuk-table app-table\">\n<caption "
	    "class=\"%s\">%s</caption>\n<thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\">", how & TABLE_HIDDEN ?
	    "govuk-visually-hidden" : "govuk-table__caption "
	    "govuk-table__caption--m", caption);
	for (k = 0; k < n; k++)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header%s"
		    "\">%s</th>", first != NULL && first[k].kind ==
		    PAGE_MONEY ? " govuk-table__header--numeric" : "",
		    heads[k]);
	html_raw(h, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	return 1;
}

static void
table_row(struct req *r, const char *const *heads, size_t n,
    const struct page_cell *c, const struct page_cell *first)
{
	struct html	*h = &r->body;
	size_t		 k;

	html_raw(h, "<tr class=\"govuk-table__row\">");
	for (k = 0; k < n; k++) {
		if (k == 0)
			html_raw(h, "<th scope=\"row\" class=\"govuk-"
			    "table__header\">");
		else
			html_fmt(h, "<td class=\"govuk-table__cell%s\" "
			    "data-label=\"%s\">", first != NULL &&
			    first[k].kind == PAGE_MONEY ?
			    " govuk-table__cell--numeric" : "", heads[k]);
		page_cell(r, &c[k]);
		html_raw(h, k == 0 ? "</th>" : "</td>");
	}
	html_raw(h, "</tr>\n");
}

static void
table_end(struct html *h)
{
	html_raw(h, "</tbody>\n</table>\n");
}

static void
table(struct req *r, const char *caption, int how,
    const struct page_cols *cols, const void *rows, size_t nrows,
    size_t size)
{
	struct html		*h = &r->body;
	struct page_cell	 first[PAGE_COLS], c[PAGE_COLS];
	size_t			 i, n = cols->n < PAGE_COLS ? cols->n :
				    PAGE_COLS;

	memset(first, 0, sizeof(first));
	if (nrows > 0)
		cols->fill(rows, first);
	if (!table_head(h, caption, how, cols->heads, n, nrows, first))
		return;
	for (i = 0; i < nrows; i++) {
		memset(c, 0, sizeof(c));
		cols->fill((const char *)rows + i * size, c);
		table_row(r, cols->heads, n, c, first);
	}
	table_end(h);
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
	table(r, caption, TABLE_HIDDEN, cols, rows, nrows, size);
}

void
page_table_even_empty(struct req *r, const char *caption,
    const struct page_cols *cols, const void *rows, size_t nrows,
    size_t size)
{
	table(r, caption, TABLE_EVEN_EMPTY, cols, rows, nrows, size);
}
