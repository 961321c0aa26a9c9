/*
 * pages_report: the annual reports, for anyone to read (SC-annual,
 * MS-2-eval, MC-chair, MC-mou, TP-3): the years with anything to
 * report, each year's report as a page with inline SVG charts, and the
 * same report as a PDF.  Both come from core_report_annual(), as
 * `alliance report annual` does.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "render/report.h"
#include "web.h"

void
page_reports(struct req *r)
{
	struct html	*h = &r->body;
	json_t		*years = NULL, *y;
	size_t		 i;
	long long	 yr;
	int		 rc;

	if ((rc = core_report_years(r->c, &years)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_begin(r, "Annual reports");
	html_raw(h, "<h1 class=\"govuk-heading-l\">Annual reports</h1>\n"
	    "<p class=\"govuk-body\">Each year's report is drawn from the "
	    "arrangement's live records: meetings, decisions, elections, "
	    "representatives, self-assessments and consultations.</p>\n");
	if (json_array_size(years) == 0)
		html_raw(h, "<p class=\"govuk-body\">Nothing has been recorded "
		    "yet, so there is no report.</p>\n");
	else {
		html_raw(h, "<ul class=\"govuk-list\">\n");
		json_array_foreach(years, i, y) {
			yr = (long long)json_integer_value(y);
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/reports/"
			    "annual/%lld\">Annual report %lld</a> (<a class="
			    "\"govuk-link\" href=\"/reports/annual/%lld.pdf\">"
			    "PDF<span class=\"govuk-visually-hidden\"> of the "
			    "%lld report</span></a>)</li>\n", yr, yr, yr, yr);
		}
		html_raw(h, "</ul>\n");
	}
	page_end(r);
	json_decref(years);
}

/* "2025" or "2025.pdf": the year, *pdf set for the second; 0 if not
 * one of them. */
static int
year_arg(const char *a, int *pdf)
{
	size_t	i;

	*pdf = 0;
	if (a == NULL)
		return 0;
	for (i = 0; i < 4; i++)
		if (!isdigit((unsigned char)a[i]))
			return 0;
	if (strcmp(a + 4, ".pdf") == 0)
		*pdf = 1;
	else if (a[4] != '\0')
		return 0;
	return atoi(a);
}

void
page_report_annual(struct req *r)
{
	struct html	*h = &r->body;
	json_t		*rep = NULL;
	char		 title[64], *pdf = NULL;
	size_t		 len = 0;
	int		 year, as_pdf, rc;

	year = year_arg(r->arg[0], &as_pdf);
	if (year < 2000 || year > 2100) {
		page_error(r, 404, "Page not found", "There is no report for "
		    "that year. The list of annual reports shows those there "
		    "are.");
		return;
	}
	if ((rc = core_report_annual(r->c, year, &rep)) != CORE_OK) {
		if (rc == CORE_EINVAL)
			page_error(r, 404, "Page not found", r->c->err);
		else
			page_core_error(r, rc);
		return;
	}
	if (as_pdf) {
		if (report_pdf(rep, &pdf, &len) != 0)
			page_error(r, 500, "Sorry, there is a problem with the "
			    "service", "The PDF could not be made.");
		else {
			html_free(h);
			r->type = "application/pdf";
			html_bytes(h, pdf, len);
		}
		free(pdf);
		json_decref(rep);
		return;
	}
	snprintf(title, sizeof(title), "Annual report %d", year);
	page_begin(r, title);
	html_fmt(h, "<a href=\"/reports\" class=\"govuk-back-link\">All annual "
	    "reports</a>\n<p class=\"govuk-body app-report__download\"><a "
	    "class=\"govuk-link\" href=\"/reports/annual/%d.pdf\">Download "
	    "the %d report as a PDF</a></p>\n", year, year);
	report_html(h, rep);
	page_end(r);
	json_decref(rep);
}
