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
	int		*years = NULL;
	size_t		 i, n = 0;
	int		 rc, yr;

	if ((rc = core_report_years(r->c, &years, &n)) != CORE_OK) {
		page_core_error(r, rc);
		return;
	}
	page_open(r, "reports", "Annual reports", "Annual reports");
	html_raw(h, "<p class=\"govuk-body\">Each year's report is drawn from the "
	    "partnership's live records: meetings, decisions, elections, "
	    "representatives, self-assessments and consultations.</p>\n");
	if (n == 0)
		html_raw(h, "<p class=\"govuk-body\">Nothing has been recorded "
		    "yet, so there is no report.</p>\n");
	else {
		html_raw(h, "<ul class=\"govuk-list\">\n");
		for (i = 0; i < n; i++) {
			yr = years[i];
			html_fmt(h, "<li><a class=\"govuk-link\" href=\"/reports/"
			    "annual/%d\">Annual report %d</a> (<a class="
			    "\"govuk-link\" href=\"/reports/annual/%d.pdf\">"
			    "PDF<span class=\"govuk-visually-hidden\"> of the "
			    "%d report</span></a>)</li>\n", yr, yr, yr, yr);
		}
		html_raw(h, "</ul>\n");
	}
	page_end(r);
	free(years);
}

/* MC-mou: the form an officer records the recipient's formal response
 * with, while none is recorded. */
static void
respond_form(struct req *r, int year, const char *field, const char *err)
{
	static const struct form_field f[] = {
		{ "from", "Who responded", "Leave empty for the recipient the "
		    "constitution names, such as the MLCO Board", FIELD_TEXT,
		    NULL, 0 },
		{ "text", "The response, as given", NULL, FIELD_TEXTAREA, NULL,
		    0 },
		{ "date", "When it was given", "For example, 19 1 2026; leave "
		    "empty for today", FIELD_DATE, NULL, 0 },
		{ NULL, NULL, NULL, 0, NULL, 0 },
	};
	char action[64];

	snprintf(action, sizeof(action), "/reports/annual/%d/response", year);
	page_form(r, action, "Record the formal response", f,
	    "Record the response", field, err);
}

/* The report of year as a page (rep borrowed); field and err: the
 * response form's error, or NULLs. */
static void
report_render(struct req *r, int year, const struct core_report *rep,
    const char *field, const char *err)
{
	struct html	*h = &r->body;
	char		 title[64];

	page_hold(r, &field, &err);
	snprintf(title, sizeof(title), "Annual report %d", year);
	snprintf(r->nav, sizeof(r->nav), "reports");
	page_begin(r, title);
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(h, "<a href=\"/reports\" class=\"govuk-back-link\">All annual "
	    "reports</a>\n<p class=\"govuk-body app-report__download\"><a "
	    "class=\"govuk-link\" href=\"/reports/annual/%d.pdf\">Download "
	    "the %d report as a PDF</a></p>\n", year, year);
	report_html(h, rep);
	if (r->who.officer && !rep->has_response)
		respond_form(r, year, field, err);
	page_end(r);
}

void
page_report_annual(struct req *r)
{
	struct html	*h = &r->body;
	struct core_report rep;
	char		*pdf = NULL;
	size_t		 len = 0;
	int		 year, as_pdf, rc;

	/* "2025" or "2025.pdf" (the router's suffix). */
	year = (int)web_int(r, "year");
	as_pdf = r->suffixed;
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
		/* Its web page, at the address emails use too. */
		const char	*base = getenv("ALLIANCE_BASE_URL");
		char		 online[400];

		snprintf(online, sizeof(online), "%s/reports/annual/%d", base !=
		    NULL && *base != '\0' ? base : "http://127.0.0.1:8080",
		    year);
		rep.online = strdup(online);
		if (report_pdf(&rep, &pdf, &len) != 0)
			page_error(r, 500, "Sorry, there is a problem with the "
			    "service", "The PDF could not be made.");
		else {
			html_free(h);
			r->type = "application/pdf";
			html_bytes(h, pdf, len);
		}
		free(pdf);
	} else
		report_render(r, year, &rep, NULL, NULL);
	core_report_free(&rep);
}

/* MC-mou: an officer records the recipient's formal response. */
void
page_report_respond(struct req *r)
{
	char	 date[32], to[64];
	int	 year, as_pdf, rc;

	year = (int)web_int(r, "year");
	as_pdf = r->suffixed;
	if (year < 2000 || year > 2100 || as_pdf) {
		page_error(r, 404, "Page not found", "There is no report for "
		    "that year.");
		return;
	}
	page_date_value(r, "date", date);
	rc = core_report_respond(r->c, year, web_form(r, "from"),
	    web_form(r, "text"), date[0] != '\0' ? date : NULL);
	if (rc == CORE_OK) {
		snprintf(to, sizeof(to), "/reports/annual/%d", year);
		web_redirect(r, to);
		return;
	}
	r->status = rc == CORE_EINVAL || rc == CORE_EEXIST ? 400 : 503;
	report_response_form(r, r->c->field, r->c->err);
}

void
report_response_form(struct req *r, const char *field, const char *err)
{
	struct core_report	 rep;
	int			 year = (int)web_int(r, "year");

	page_hold(r, &field, &err);
	if (core_report_annual(r->c, year, &rep) != CORE_OK) {
		page_error(r, 400, "That cannot be done", err);
		return;
	}
	report_render(r, year, &rep, field, err);
	core_report_free(&rep);
}
