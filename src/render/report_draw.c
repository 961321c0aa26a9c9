/*
 * The annual report's blocks (report_doc()) drawn: as a page or a file
 * of HTML through the escaping writer, and as a PDF (pdf.c), with the
 * same charts in each (chart.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "chart.h"
#include "pdf.h"
#include "report.h"
#include "report_int.h"

/* --- charts from blocks --- */

struct chart_buf {
	struct chart	 c;
	const char	*labels[CHART_MAXBARS];
	const char	*series[CHART_MAXSERIES];
	const char	*colours[CHART_MAXSERIES];
	double		 values[CHART_MAXBARS * CHART_MAXSERIES];
};

/* Fills b from a chart block; -1 when it is too large to draw. */
static int
chart_of(const json_t *x, struct chart_buf *b)
{
	const json_t	*l = json_object_get(x, "labels");
	const json_t	*s = json_object_get(x, "series");
	const json_t	*v = json_object_get(x, "values");
	const json_t	*col = json_object_get(x, "colours");
	size_t		 i, j;

	memset(b, 0, sizeof(*b));
	b->c.nbars = json_array_size(l);
	b->c.nseries = json_array_size(s);
	if (b->c.nbars == 0 || b->c.nbars > CHART_MAXBARS ||
	    b->c.nseries == 0 || b->c.nseries > CHART_MAXSERIES)
		return -1;
	b->c.id = str(x, "id");
	b->c.title = str(x, "title");
	b->c.unit = json_string_value(json_object_get(x, "unit"));
	for (i = 0; i < b->c.nbars; i++) {
		b->labels[i] = json_string_value(json_array_get(l, i));
		if (b->labels[i] == NULL)
			b->labels[i] = "";
		for (j = 0; j < b->c.nseries; j++)
			b->values[i * b->c.nseries + j] = json_number_value(
			    json_array_get(json_array_get(v, i), j));
	}
	for (j = 0; j < b->c.nseries; j++) {
		b->series[j] = json_string_value(json_array_get(s, j));
		if (b->series[j] == NULL)
			b->series[j] = "";
		b->colours[j] = json_string_value(json_array_get(col, j));
	}
	b->c.labels = b->labels;
	b->c.series = b->series;
	b->c.values = b->values;
	b->c.colours = json_is_array(col) ? b->colours : NULL;
	b->c.keyed = json_is_true(json_object_get(x, "keyed"));
	return 0;
}

/* --- HTML --- */

/* An amount in pounds: right-aligned in its column. */
static int
is_money(const json_t *cell)
{
	const char *s = json_string_value(cell);

	return s != NULL && (strncmp(s, "\xc2\xa3", 2) == 0 ||
	    strncmp(s, "-\xc2\xa3", 3) == 0);
}

static void
html_table(struct html *w, const json_t *t)
{
	const json_t	*row, *cell, *hd, *heads, *first;
	char		 when[WHEN_LEN];
	size_t		 i, j;

	if (json_array_size(json_object_get(t, "rows")) == 0) {
		if (*str(t, "empty"))
			html_fmt(w, "<p class=\"govuk-body\">%s</p>\n",
			    str(t, "empty"));
		else
			html_fmt(w, "<p class=\"govuk-body\">%s: none in the "
			    "year.</p>\n", str(t, "caption"));
		return;
	}
	heads = json_object_get(t, "heads");
	first = json_array_get(json_object_get(t, "rows"), 0);
	html_fmt(w, "<table class=\"govuk-table app-table app-report__table\">"
	    "\n<caption class=\"govuk-table__caption govuk-table__caption--s\">"
	    "%s</caption>\n<thead class=\"govuk-table__head\"><tr class=\""
	    "govuk-table__row\">", str(t, "caption"));
	json_array_foreach(heads, i, hd)
		html_fmt(w, "<th scope=\"col\" class=\"govuk-table__header%s\">"
		    "%s</th>", is_money(json_array_get(first, i)) ?
		    " govuk-table__header--numeric" : "",
		    json_string_value(hd));
	html_raw(w, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	json_array_foreach(json_object_get(t, "rows"), i, row) {
		html_raw(w, "<tr class=\"govuk-table__row\">");
		json_array_foreach(row, j, cell) {
			if (j == 0)
				html_fmt(w, "<th scope=\"row\" class=\"govuk-"
				    "table__header\">%s</th>",
				    render_when(json_string_value(cell), when,
				    sizeof(when)) == 0 ? when :
				    json_string_value(cell));
			else
				html_fmt(w, "<td class=\"govuk-table__cell%s\" "
				    "data-label=\"%s\">%s</td>",
				    is_money(json_array_get(first, j)) ?
				    " govuk-table__cell--numeric" : "",
				    json_string_value(json_array_get(heads,
				    j)), render_when(json_string_value(cell),
				    when, sizeof(when)) == 0 ? when :
				    json_string_value(cell));
		}
		html_raw(w, "</tr>\n");
	}
	html_raw(w, "</tbody>\n</table>\n");
}

static void
html_blocks(struct html *w, const json_t *doc)
{
	static const char *const hc[] = { "govuk-heading-xl",
	    "govuk-heading-l", "govuk-heading-m" };
	struct chart_buf	*cb;
	const json_t		*b, *x, *li;
	size_t			 i, j;
	int			 lv;

	cb = malloc(sizeof(*cb));
	json_array_foreach(doc, i, b) {
		if ((x = json_object_get(b, "h")) != NULL) {
			lv = (int)json_integer_value(x);
			lv = lv < 1 ? 1 : lv > 3 ? 3 : lv;
			html_fmt(w, "<h%d class=\"%s\">%s</h%d>\n", lv,
			    hc[lv - 1], str(b, "text"), lv);
		} else if ((x = json_object_get(b, "p")) != NULL)
			html_fmt(w, "<p class=\"govuk-body\">%s</p>\n",
			    json_string_value(x));
		else if ((x = json_object_get(b, "note")) != NULL)
			html_fmt(w, "<p class=\"govuk-body-s app-report__note\">"
			    "%s</p>\n", json_string_value(x));
		else if ((x = json_object_get(b, "list")) != NULL) {
			html_raw(w, "<ul class=\"govuk-list govuk-list--bullet"
			    "\">\n");
			json_array_foreach(x, j, li)
				html_fmt(w, "<li>%s</li>\n",
				    json_string_value(li));
			html_raw(w, "</ul>\n");
		} else if ((x = json_object_get(b, "table")) != NULL)
			html_table(w, x);
		else if ((x = json_object_get(b, "chart")) != NULL &&
		    cb != NULL && chart_of(x, cb) == 0)
			chart_svg(w, &cb->c);
	}
	free(cb);
}

void
report_html(struct html *w, const struct core_report *r)
{
	json_t *doc = report_doc(r);

	html_raw(w, "<div class=\"app-report\">\n");
	html_blocks(w, doc);
	html_raw(w, "</div>\n");
	json_decref(doc);
}

void
report_html_file(struct html *w, const struct core_report *r,
    const char *css)
{
	html_fmt(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta "
	    "charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width="
	    "device-width, initial-scale=1\">\n<title>%s: annual report %d"
	    "</title>\n", r->arrangement, r->year);
	/* The program's own stylesheet, not data. */
	html_raw(w, "<style>\nbody { font-family: arial, sans-serif; color: "
	    "#0b0c0c; max-width: 60em; margin: 2em auto; padding: 0 1em; "
	    "line-height: 1.4; }\n.govuk-visually-hidden { position: absolute "
	    "!important; width: 1px !important; height: 1px !important; "
	    "margin: 0 !important; padding: 0 !important; overflow: hidden "
	    "!important; clip: rect(0 0 0 0) !important; border: 0 "
	    "!important; white-space: nowrap !important; }\n"
	    ".govuk-table { border-collapse: collapse; width: 100%; margin: "
	    "0 0 1.5em; }\n.govuk-table__header, .govuk-table__cell { "
	    "text-align: left; vertical-align: top; border-bottom: 1px solid "
	    "#b1b4b6; padding: .4em .6em .4em 0; }\n.govuk-table__caption { "
	    "text-align: left; font-weight: 700; margin-bottom: .4em; }\n"
	    ".app-report__note, .govuk-body-s { color: #505a5f; font-size:"
	    ".9em; }\n");
	if (css != NULL)
		html_raw(w, css);
	html_raw(w, "</style>\n</head>\n<body>\n<main>\n");
	report_html(w, r);
	html_raw(w, "</main>\n</body>\n</html>\n");
}

/* --- PDF --- */

#define PDF_MAXCOLS	12

static void
pdf_tab(struct pdf *d, const json_t *t)
{
	const json_t	*hd = json_object_get(t, "heads");
	const json_t	*rows = json_object_get(t, "rows");
	const char	*heads_[PDF_MAXCOLS], **cells;
	char		 none[300];
	size_t		 nc = json_array_size(hd), nr = json_array_size(rows);
	size_t		 i, j;

	if (nr == 0) {
		if (*str(t, "empty"))
			snprintf(none, sizeof(none), "%s", str(t, "empty"));
		else
			snprintf(none, sizeof(none), "%s: none in the year.",
			    str(t, "caption"));
		pdf_para(d, none);
		return;
	}
	if (nc == 0 || nc > PDF_MAXCOLS ||
	    (cells = calloc(nr * nc, sizeof(*cells))) == NULL)
		return;
	for (j = 0; j < nc; j++)
		heads_[j] = json_string_value(json_array_get(hd, j));
	for (i = 0; i < nr; i++)
		for (j = 0; j < nc; j++)
			cells[i * nc + j] = json_string_value(json_array_get(
			    json_array_get(rows, i), j));
	pdf_table(d, str(t, "caption"), nc, heads_, cells, nr);
	free(cells);
}

int
report_pdf(const struct core_report *r, char **out, size_t *len)
{
	struct chart_buf	*cb = NULL;
	struct pdf		*d;
	json_t			*doc;
	const json_t		*b, *x, *li;
	char			 title[400], item[2100];
	size_t			 i, j;
	int			 rc = -1;

	*out = NULL;
	*len = 0;
	snprintf(title, sizeof(title), "%s: annual report %d",
	    r->arrangement, r->year);
	if ((d = pdf_new(title, r->arrangement)) == NULL)
		return -1;
	doc = report_doc(r);
	if ((cb = malloc(sizeof(*cb))) == NULL)
		goto out;
	json_array_foreach(doc, i, b) {
		if ((x = json_object_get(b, "h")) != NULL) {
			pdf_heading(d, (int)json_integer_value(x),
			    str(b, "text"));
			/* Under the title, where the report is online. */
			if (i == 0 && r->online != NULL)
				pdf_link(d, "Read this report online, with its "
				    "figures as tables", r->online);
		} else if ((x = json_object_get(b, "p")) != NULL)
			pdf_para(d, json_string_value(x));
		else if ((x = json_object_get(b, "note")) != NULL)
			pdf_note(d, json_string_value(x));
		else if ((x = json_object_get(b, "list")) != NULL)
			json_array_foreach(x, j, li) {
				snprintf(item, sizeof(item), "\xe2\x80\xa2 %s",
				    json_string_value(li));
				pdf_para(d, item);
			}
		else if ((x = json_object_get(b, "table")) != NULL)
			pdf_tab(d, x);
		else if ((x = json_object_get(b, "chart")) != NULL &&
		    chart_of(x, cb) == 0)
			pdf_chart(d, &cb->c);
	}
	rc = pdf_finish(d, out, len);
out:
	free(cb);
	json_decref(doc);
	pdf_free(d);
	return rc;
}
