/*
 * How a page opens, for the pages that open the same way: its menu
 * item, its title and its heading; an officer's page with its banner;
 * a form page's column; each with the error summary above the form
 * when something was refused.
 */
#include <stdio.h>

#include "web.h"

void
page_open(struct req *r, const char *nav, const char *title,
    const char *heading)
{
	snprintf(r->nav, sizeof(r->nav), "%s", nav);
	page_begin(r, title);
	html_fmt(&r->body, "<h1 class=\"govuk-heading-l\">%s</h1>\n",
	    heading);
}

void
page_open_officer(struct req *r, const char *title, const char *field,
    const char *err)
{
	int error = err != NULL || r->nerrs > 0;

	snprintf(r->nav, sizeof(r->nav), "officer");
	page_begin_of(r, error, title, NULL);
	page_banner(r);
	if (error)
		page_error_summary(r, field, err);
	html_fmt(&r->body, "<h1 class=\"govuk-heading-l\">%s</h1>\n", title);
}

void
page_open_form(struct req *r, const char *title, const char *field,
    const char *err)
{
	page_begin_of(r, err != NULL, title, NULL);
	html_raw(&r->body, "<div class=\"govuk-grid-row\"><div class=\"govuk-"
	    "grid-column-two-thirds\">\n");
	if (err != NULL)
		page_error_summary(r, field, err);
}
