/*
 * pages_compact: a public body completes its annual self-assessment of
 * the commitments (MS-2-eval, MS-5) in the browser: a task list of the
 * commitments with their status, one page per commitment with the
 * rating on the constitution's scale, evidence and links, and a submit
 * that is refused until every commitment is rated.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/compact.h"
#include "web.h"
#include "render/when.h"

/* Text for the page: "" for none. */
#define S(v)	((v) != NULL ? (v) : "")

/* The signed-in person's organisation's assessment in the year's
 * cycle (borrowed from *y, the caller's to assess_year_free), or NULL
 * with an error page. */
static struct rec_assessment *
my_assessment(struct req *r, int year, struct assess_year *y)
{
	struct viewer	v;
	size_t		i;
	int		rc;

	memset(y, 0, sizeof(*y));
	viewer_of_who(&v, &r->who);
	if (year < 2000 || year > 2100 ||
	    (rc = core_assess_year(r->c, &v, year, y)) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no "
		    "self-assessment for that year.");
		return NULL;
	}
	for (i = 0; i < y->assessments.n; i++)
		if (y->assessments.v[i].org_id == r->who.org)
			return &y->assessments.v[i];
	page_error(r, 403, "This self-assessment is not yours", "Only the "
	    "signatories with commitments of their own to rate assess "
	    "themselves.");
	return NULL;
}

static void
list_render(struct req *r, int year, const struct rec_cycle *cy,
    const struct rec_assessment *s, const char *err)
{
	char			 when[WHEN_LEN];
	struct html		*h = &r->body;
	const struct rec_rating	*rt;
	size_t			 i;

	page_begin(r, err != NULL ? "Error: Self-assessment" :
	    "Self-assessment");
	page_banner(r);
	if (err != NULL)
		page_error_summary(r, NULL, err);
	html_fmt(h, "<span class=\"govuk-caption-l\">%s</span>\n<h1 class=\""
	    "govuk-heading-l\">Self-assessment %d</h1>\n<p class=\"govuk-body\">"
	    "Due by %s. %lld of %zu commitments rated.</p>\n",
	    S(s->organisation), year, (render_when(S(cy->due), when,
	    sizeof(when)), when), (long long)s->rated, s->ratings.n);
	if (s->submitted != NULL)
		html_fmt(h, "<div class=\"govuk-inset-text\">Submitted on %s"
		    "%s.</div>\n", s->submitted, s->late ? ", after the due "
		    "date" : "");
	html_raw(h, "<ul class=\"govuk-task-list\">\n");
	for (i = 0; i < s->ratings.n; i++) {
		rt = &s->ratings.v[i];
		html_fmt(h, "<li class=\"govuk-task-list__item govuk-task-list__"
		    "item--with-link\"><div class=\"govuk-task-list__name-and-"
		    "hint\"><a class=\"govuk-link govuk-task-list__link\" href=\""
		    "/assessment/%d/%s\" aria-describedby=\"c%zu-status\">%s %s"
		    "</a><div class=\"govuk-task-list__hint\">%s</div></div><div "
		    "class=\"govuk-task-list__status\" id=\"c%zu-status\">", year,
		    S(rt->code), i, S(rt->code), S(rt->heading), S(rt->body), i);
		if (rt->rating != NULL)
			html_fmt(h, "%s", rt->rating);
		else
			html_raw(h, "<strong class=\"govuk-tag govuk-tag--blue\">"
			    "Not rated yet</strong>");
		html_raw(h, "</div></li>\n");
	}
	html_raw(h, "</ul>\n");
	if (s->submitted == NULL) {
		html_fmt(h, "<form method=\"post\" action=\"/assessment/%d/"
		    "submit\" novalidate>\n", year);
		page_csrf(r);
		html_raw(h, "<button type=\"submit\" class=\"govuk-button\" "
		    "data-module=\"govuk-button\">Submit the self-assessment"
		    "</button>\n</form>\n");
	}
	page_end(r);
}

void
page_assessment(struct req *r)
{
	struct assess_year	 y;
	struct rec_assessment	*s;
	int			 year = (int)web_int(r, "year");

	if ((s = my_assessment(r, year, &y)) != NULL)
		list_render(r, year, &y.cycle, s, NULL);
	assess_year_free(&y);
}

static void
rate_render(struct req *r, int year, const struct rec_assessment *s,
    const struct rec_rating *rt, const char *field, const char *err)
{
	const char		*scale[16];
	const char		*choices[33];
	size_t			 i, n;
	char			 action[96];
	struct form_field	 f[] = {
		{ "rating", "Rating", NULL, FIELD_RADIOS, NULL, 1 },
		{ "evidence", "Evidence", "What shows the commitment is "
		    "kept", FIELD_TEXTAREA, NULL, 0 },
		{ "links", "Links to the evidence", "Optional", FIELD_TEXT,
		    NULL, 0 },
		{ NULL, NULL, NULL, 0, NULL, 0 },
	};

	n = rules_scale(&r->c->cons, scale, 16);
	for (i = 0; i < n; i++) {
		choices[2 * i] = scale[i];
		choices[2 * i + 1] = scale[i];
	}
	choices[2 * n] = NULL;
	f[0].choices = choices;
	/* Show what is recorded unless the person typed something. */
	if (rt->rating != NULL)
		web_field_default(r, "rating", rt->rating);
	web_field_default(r, "evidence", S(rt->evidence));
	web_field_default(r, "links", S(rt->links));
	page_begin(r, err != NULL ? "Error: Rate a commitment" :
	    "Rate a commitment");
	if (err != NULL)
		page_error_summary(r, field, err);
	html_fmt(&r->body, "<span class=\"govuk-caption-l\">%s, self-assessment"
	    " %d</span>\n<h1 class=\"govuk-heading-l\">%s %s</h1>\n<p class=\""
	    "govuk-body\">%s</p>\n", S(s->organisation), year, S(rt->code),
	    S(rt->heading), S(rt->body));
	if (rt->sector_view != NULL && rt->sector_view[0] != '\0')
		html_fmt(&r->body, "<div class=\"govuk-inset-text\"><strong>The "
		    "sector's view:</strong> %s</div>\n", rt->sector_view);
	snprintf(action, sizeof(action), "/assessment/%d/%s", year,
	    S(rt->code));
	page_form(r, action, "Your rating", f, "Save and return", field, err);
	page_end(r);
}

/* The commitment code of this page, from the ratings. */
static const struct rec_rating *
rating_of(const struct rec_assessment *s, const char *code)
{
	size_t i;

	for (i = 0; i < s->ratings.n; i++)
		if (strcmp(S(s->ratings.v[i].code), code) == 0)
			return &s->ratings.v[i];
	return NULL;
}

void
page_assessment_item(struct req *r)
{
	struct assess_year	 y;
	struct rec_assessment	*s;
	const struct rec_rating	*rt;
	int			 year = (int)web_int(r, "year");

	if ((s = my_assessment(r, year, &y)) == NULL)
		goto out;
	if ((rt = rating_of(s, r->arg[1])) == NULL) {
		page_error(r, 404, "Page not found", "There is no such "
		    "commitment.");
		goto out;
	}
	rate_render(r, year, s, rt, NULL, NULL);
out:
	assess_year_free(&y);
}

void
assessment_form(struct req *r, const char *field, const char *err)
{
	struct assess_year	 y;
	struct rec_assessment	*s;
	const struct rec_rating	*rt;
	int			 year = (int)web_int(r, "year");

	page_hold(r, &field, &err);
	if ((s = my_assessment(r, year, &y)) == NULL)
		goto out;
	if ((rt = rating_of(s, r->arg[1])) == NULL)
		page_error(r, 404, "Page not found", "There is no such "
		    "commitment.");
	else
		rate_render(r, year, s, rt, field, err);
out:
	assess_year_free(&y);
}

void
page_assessment_post(struct req *r)
{
	struct assess_year	 y;
	struct rec_assessment	*s;
	const struct rec_rating	*rt;
	struct check_flag_list	 flags = { NULL, 0 };
	char			 org[32], to[80], msg[200];
	int			 year = (int)web_int(r, "year"), rc;

	if ((s = my_assessment(r, year, &y)) == NULL)
		goto out;
	snprintf(org, sizeof(org), "%lld", (long long)r->who.org);
	if (strcmp(r->arg[1], "submit") == 0 && s->not_rated > 0) {
		/* The body's own form asks for every rating before it is
		 * sent; a submission an officer records is kept as made
		 * and flagged (MS-2-eval). */
		snprintf(msg, sizeof(msg), "every commitment needs a rating "
		    "before the self-assessment is submitted (MS-2-eval); "
		    "%lld not rated", (long long)s->not_rated);
		r->status = 400;
		list_render(r, year, &y.cycle, s, msg);
		goto out;
	}
	if (strcmp(r->arg[1], "submit") == 0) {
		rc = core_assess_submit(r->c, year, org, &flags);
		if (rc == CORE_OK) {
			snprintf(to, sizeof(to), "/assessment/%d?done=%s", year,
			    flags.n > 0 ? "submitted-late" :
			    "submitted");
			web_redirect(r, to);
		} else {
			r->status = rc == CORE_EINVAL || rc == CORE_EEXIST ?
			    400 : 503;
			list_render(r, year, &y.cycle, s, r->c->err);
		}
		goto out;
	}
	if ((rt = rating_of(s, r->arg[1])) == NULL) {
		page_error(r, 404, "Page not found", "There is no such "
		    "commitment.");
		goto out;
	}
	rc = core_assess_rate(r->c, year, org, r->arg[1], web_form(r,
	    "rating"), web_form(r, "evidence"), web_form(r, "links"));
	if (rc != CORE_OK) {
		r->status = rc == CORE_EINVAL ? 400 : 503;
		rate_render(r, year, s, rt, r->c->field, r->c->err);
		goto out;
	}
	snprintf(to, sizeof(to), "/assessment/%d?done=rated", year);
	web_redirect(r, to);
out:
	check_flag_list_free(&flags);
	assess_year_free(&y);
}
