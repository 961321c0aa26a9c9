/*
 * Tables of typed records: the page fills each row's cells as text
 * from its record's fields, and the cells are written as page_table
 * writes them (dates in words, text escaped).
 */
#include <stdio.h>
#include <string.h>

#include "web.h"

int
page_grid_begin(struct req *r, const char *caption, int hidden,
    const char *const *heads, size_t ncols, size_t nrows)
{
	struct html	*h = &r->body;
	size_t		 k;

	if (nrows == 0) {
		html_fmt(h, "<p class=\"govuk-body\">%s: none yet.</p>\n",
		    caption);
		return 0;
	}
	html_fmt(h, "<table class=\"govuk-table app-table\">\n<caption "
	    "class=\"%s\">%s</caption>\n<thead class=\"govuk-table__head\">"
	    "<tr class=\"govuk-table__row\">", hidden ?
	    "govuk-visually-hidden" : "govuk-table__caption "
	    "govuk-table__caption--m", caption);
	for (k = 0; k < ncols; k++)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header\">"
		    "%s</th>", heads[k]);
	html_raw(h, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	return 1;
}

void
page_grid_row(struct req *r, const char *const *heads,
    const char *const *cells, size_t ncols)
{
	struct html	*h = &r->body;
	char		 when[WHEN_LEN];
	size_t		 k;

	html_raw(h, "<tr class=\"govuk-table__row\">");
	for (k = 0; k < ncols; k++) {
		if (k == 0)
			html_raw(h, "<th scope=\"row\" class=\"govuk-table__"
			    "header\">");
		else
			html_fmt(h, "<td class=\"govuk-table__cell\" "
			    "data-label=\"%s\">", heads[k]);
		if (cells[k] != NULL) {
			/* Dates and times in words; other text as it is. */
			if (render_when(cells[k], when, sizeof(when)) == 0)
				html_text(h, when);
			else
				html_text(h, cells[k]);
		}
		html_raw(h, k == 0 ? "</th>" : "</td>");
	}
	html_raw(h, "</tr>\n");
}

void
page_grid_end(struct req *r)
{
	html_raw(&r->body, "</tbody>\n</table>\n");
}
