/*
 * pages_audit: the officer's audit log, newest first, 25 entries a
 * page (GOV.UK pagination), filtered by what was done, by who, and by
 * when (the first and last day, GOV.UK date inputs, days of London's
 * calendar), each entry a sentence: "Priya Shah recorded a vote on
 * motion 3 on 12 May 2026 at 3:04pm."  The whole chain is still checked
 * on every visit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "rules/date.h"
#include "rules/text.h"
#include "web.h"
#include "render/json.h"

#define PER_PAGE	25

/* What an action did, in words; %s is what it was done to. */
static const struct {
	const char	*action, *words;
} said[] = {
	{ "action.add", "added an action to the plan: %s" },
	{ "action.done", "marked an action done: %s" },
	{ "agenda.add", "added an item to the agenda of %s" },
	{ "agenda.remove", "removed an item from the agenda of %s" },
	{ "arrangement.init", "set up the agreement %s" },
	{ "assessment.open", "opened the self-assessment %s" },
	{ "assessment.rate", "rated a commitment in %s" },
	{ "assessment.submit", "submitted the self-assessment %s" },
	{ "assessment.view", "opened the self-assessment %s" },
	{ "commitment.add", "added the commitment %s" },
	{ "constitution.apply", "applied a new version of the constitution" },
	{ "consultation.add", "recorded the consultation %s" },
	{ "consultation.feedback", "recorded feedback on the consultation %s" },
	{ "contact.add", "named %s as a contact" },
	{ "contact.end", "ended %s as a contact" },
	{ "declaration.sign", "recorded the signed declaration of %s" },
	{ "dispute.draw", "drew a panel member for %s" },
	{ "dispute.open", "opened %s" },
	{ "dispute.record", "added to the written record of %s" },
	{ "dispute.resolve", "resolved %s" },
	{ "dispute.stage", "moved %s to its next stage" },
	{ "dispute.statement", "saved the statement of %s" },
	{ "election.announce", "announced the result of %s" },
	{ "election.ballot", "opened the ballot of %s" },
	{ "election.count", "counted the ballots of %s" },
	{ "election.nominate", "recorded a nomination in %s" },
	{ "election.open", "sought nominations for %s" },
	{ "election.verify", "verified the turnout of %s" },
	{ "election.vote", "recorded a ballot in %s" },
	{ "funding.add", "recorded the funding %s" },
	{ "group.add", "added the group %s" },
	{ "influence.add", "recorded evidence of influence: %s" },
	{ "meeting.attend", "recorded attendance at %s" },
	{ "meeting.cancel", "cancelled %s" },
	{ "meeting.chair", "recorded who chaired %s" },
	{ "meeting.circulate", "circulated the agenda of %s" },
	{ "meeting.interest", "recorded a declared interest at %s" },
	{ "meeting.notes", "saved the notes of %s" },
	{ "meeting.publish", "published the notes of %s" },
	{ "meeting.schedule", "scheduled %s" },
	{ "membership.add", "added the membership of %s" },
	{ "membership.status", "changed the membership of %s" },
	{ "motion.close", "closed and counted %s" },
	{ "motion.propose", "put %s to the vote" },
	{ "motion.vote", "recorded a vote on %s" },
	{ "office.set", "recorded %s in office" },
	{ "organisation.add", "added the organisation %s" },
	{ "organisation.update", "changed the details of %s" },
	{ "person.add", "added %s" },
	{ "person.digest", "changed how %s gets news" },
	{ "person.role", "gave %s a role" },
	{ "position.add", "added the position %s" },
	{ "position.appoint", "appointed %s" },
	{ "position.remove", "removed %s from a position" },
	{ "report.respond", "recorded the response to %s" },
	{ "spend.aim", "recorded the spend aspiration of %s" },
	{ "token.create", "made an API token %s" },
	{ "token.revoke", "revoked the API token %s" },
	{ "user.add", "let %s sign in" },
	{ "user.password", "set a password for %s" },
	{ "user.sign-in", "signed in" },
	{ "user.reauth", "confirmed their password again" },
	{ "user.totp-enrol", "set up a second factor" },
	{ "user.totp-set", "set up a second factor for %s" },
};
#define NSAID	(sizeof(said) / sizeof(said[0]))

/* The filter "what": a part of the work, by the start of its actions. */
static const char *const whats[] = {
	"", "Everything",
	"meeting.", "Meetings and agendas",
	"motion.", "Votes and polls",
	"election.", "Elections",
	"membership.", "Memberships",
	"declaration.", "Declarations",
	"organisation.", "Organisations",
	"person.", "People",
	"user.", "Sign-ins and accounts",
	"constitution.", "The constitution",
	"dispute.", "Disputes",
	NULL
};

/* The filters asked for: what (the start of an action), who (an
 * actor), and the first and last day shown as UTC bounds of London's
 * days: from <= at < until ("" when not asked). */
struct audit_filter {
	const char	*what, *who;
	char		 from[32], to[32];	/* YYYY-MM-DD, as typed */
	char		 lo[24], hi[24];	/* UTC, YYYY-MM-DDTHH:MM */
};

/* What the entry was done to, in words, from its details. */
static void
object_of(const struct rec_audit *e, char *out, size_t sz)
{
	static const char *const keys[] = { "person", "name", "organisation",
	    "title", "text", "subject", "group", "slug", NULL };
	const char	*ent = WEB_S(e->entity);
	char		*v;
	size_t		 i;

	/* Meetings, motions, elections and disputes by their number. */
	if (strcmp(ent, "meeting") == 0 || strcmp(ent, "motion") == 0 ||
	    strcmp(ent, "election") == 0 || strcmp(ent, "dispute") == 0) {
		snprintf(out, sz, "%s %lld", strcmp(ent, "dispute") == 0 ?
		    "case" : ent, (long long)e->entity_id);
		return;
	}
	/* The detail is kept as JSON text (the chain hashes it so). */
	v = json_detail_text(e->detail, keys);
	/* At most 80 characters, cut between two of them. */
	if (v != NULL) {
		i = text_prefix(v, 80);
		snprintf(out, sz, "%.*s%s", (int)i, v, v[i] != '\0' ? "..." :
		    "");
	} else
		snprintf(out, sz, "%s %lld", ent, (long long)e->entity_id);
	free(v);
}

/* One entry as a sentence. */
static void
sentence(struct req *r, const struct rec_audit *e)
{
	/* what: 80 characters of up to 4 bytes, and "..." (object_of). */
	char		 what[330], words[700], when[WHEN_LEN], who[400];
	const char	*act = WEB_S(e->action);
	size_t		 i;

	object_of(e, what, sizeof(what));
	for (i = 0; i < NSAID; i++)
		if (strcmp(said[i].action, act) == 0)
			break;
	if (i < NSAID)
		snprintf(words, sizeof(words), said[i].words, what);
	else
		snprintf(words, sizeof(words), "did %s to %s", act, what);
	/* Who, with a capital; one who signed in is named by account. */
	if (strncmp(act, "user.", 5) == 0 && strncmp(WEB_S(e->actor),
	    "a visitor", 9) == 0)
		snprintf(who, sizeof(who), "The account %lld",
		    (long long)e->entity_id);
	else
		snprintf(who, sizeof(who), "%.*s", (int)text_prefix(
		    WEB_S(e->actor), 99), WEB_S(e->actor));
	if (who[0] >= 'a' && who[0] <= 'z')
		who[0] = (char)(who[0] - 'a' + 'A');
	render_when(WEB_S(e->at), when, sizeof(when));
	html_fmt(&r->body, "<li class=\"app-audit__entry\"><span class=\""
	    "govuk-!-font-weight-bold\">%s</span> %s on %s.", who, words, when);
	html_fmt(&r->body, " <span class=\"govuk-body-s app-report__note\">"
	    "Entry %lld.</span></li>\n", (long long)e->seq);
}

static int
wanted(const struct rec_audit *e, const struct audit_filter *f)
{
	const char *at = WEB_S(e->at);

	return (f->what == NULL || *f->what == '\0' ||
	    strncmp(WEB_S(e->action), f->what, strlen(f->what)) == 0) &&
	    (f->who == NULL || *f->who == '\0' ||
	    strcmp(WEB_S(e->actor), f->who) == 0) &&
	    (f->lo[0] == '\0' || strcmp(at, f->lo) >= 0) &&
	    (f->hi[0] == '\0' || strcmp(at, f->hi) < 0);
}

/*
 * The first and last day, typed as GOV.UK date inputs: each a real
 * date, the last not before the first; as UTC bounds of London's days.
 * 0, or -1 with each fault added for the error summary.
 */
static int
when_filter(struct req *r, struct audit_filter *f)
{
	char	london[40];
	int	from, to, bad = 0;

	bad |= page_date_check(r, "from", "the first day", 1, f->from) != 0;
	bad |= page_date_check(r, "to", "the last day", 1, f->to) != 0;
	if (bad)
		return -1;
	if (f->from[0] != '\0' && f->to[0] != '\0' &&
	    date_parse(f->from, &from) == 0 && date_parse(f->to, &to) == 0 &&
	    to < from) {
		page_err_add(r, "to", "to-day", 0, "The last day must be the "
		    "same as or after the first day");
		return -1;
	}
	/* London's midnight is never an hour its clocks skip. */
	if (f->from[0] != '\0') {
		snprintf(london, sizeof(london), "%sT00:00", f->from);
		if (render_when_utc(london, f->lo) != 0)
			f->lo[0] = '\0';
	}
	if (f->to[0] != '\0' && date_parse(f->to, &to) == 0) {
		date_format(to + 1, london);
		snprintf(london + strlen(london), sizeof(london) -
		    strlen(london), "T00:00");
		if (render_when_utc(london, f->hi) != 0)
			f->hi[0] = '\0';
	}
	return 0;
}

/* The first and last day, with what was typed kept. */
static void
date_inputs(struct req *r)
{
	html_raw(&r->body, "<div class=\"app-audit__when\">\n");
	page_date_input(r, "from", "From", "The first day to show, for "
	    "example 1 6 2025", 0, NULL);
	page_date_input(r, "to", "To", "The last day to show, for example "
	    "30 6 2025", 0, NULL);
	html_raw(&r->body, "</div>\n");
}

/* The filters, as a GET form. */
static void
filters(struct req *r, const struct rec_audit_list *rows,
    const struct audit_filter *f)
{
	struct html	*h = &r->body;
	const char	**seen = NULL, *a;
	size_t		 i, k, nseen = 0;

	html_raw(h, "<form method=\"get\" action=\"/officer/audit\" class=\""
	    "govuk-!-margin-bottom-6\" novalidate>\n<div class=\"govuk-form-"
	    "group\"><label class=\"govuk-label govuk-label--s\" for=\"what\">"
	    "What was done</label><select class=\"govuk-select\" id=\"what\" "
	    "name=\"what\">\n");
	for (i = 0; whats[i] != NULL; i += 2)
		html_fmt(h, "<option value=\"%s\"%s>%s</option>\n", whats[i],
		    f->what != NULL && strcmp(f->what, whats[i]) == 0 ?
		    " selected" : "", whats[i + 1]);
	html_raw(h, "</select></div>\n<div class=\"govuk-form-group\"><label "
	    "class=\"govuk-label govuk-label--s\" for=\"who\">Who did it"
	    "</label><select class=\"govuk-select\" id=\"who\" name=\"who\">\n"
	    "<option value=\"\">Anyone</option>\n");
	/* Each actor once, in the order of the log. */
	seen = calloc(rows->n + 1, sizeof(*seen));
	for (i = 0; seen != NULL && i < rows->n; i++) {
		a = WEB_S(rows->v[i].actor);
		for (k = 0; k < nseen && strcmp(seen[k], a) != 0; k++)
			;
		if (*a == '\0' || k < nseen)
			continue;
		seen[nseen++] = a;
		html_fmt(h, "<option value=\"%s\"%s>%s</option>\n", a, f->who !=
		    NULL && strcmp(f->who, a) == 0 ? " selected" : "", a);
	}
	free(seen);
	html_raw(h, "</select></div>\n");
	date_inputs(r);
	html_raw(h, "<button type=\"submit\" class=\"govuk-button govuk-button"
	    "--secondary\" data-module=\"govuk-button\">Show these</button>\n"
	    "</form>\n");
}

/* One query parameter, escaped, when it has a value. */
static void
href_add(char *out, size_t sz, const char *name, const char *v)
{
	/* libcurl's escaping (its handle is not needed since 7.82). */
	char	*e;
	size_t	 n = strlen(out);

	if (v == NULL || *v == '\0' || (e = curl_easy_escape(NULL, v, 0)) ==
	    NULL)
		return;
	snprintf(out + n, n < sz ? sz - n : 0, "&%s=%s", name, e);
	curl_free(e);
}

/* The address of page n with the filters, into out. */
static void
page_href(struct req *r, int n, const struct audit_filter *f, char *out,
    size_t sz)
{
	static const char *const parts[] = { "from-day", "from-month",
	    "from-year", "to-day", "to-month", "to-year", NULL };
	size_t i;

	snprintf(out, sz, "/officer/audit?page=%d", n);
	href_add(out, sz, "what", f->what);
	href_add(out, sz, "who", f->who);
	for (i = 0; parts[i] != NULL; i++)
		href_add(out, sz, parts[i], web_query(r, parts[i]));
}

static void
pagination(struct req *r, int page, int pages, const struct audit_filter *f)
{
	struct html	*h = &r->body;
	/* Whole for the longest filter the router accepts (routes.c:
	 * what 40 characters, who 200, each date part 10), each of a
	 * character's up to 4 bytes escaped as %XX. */
	char		 href[160 + 12 * (40 + 200 + 6 * 10)];
	int		 n;

	if (pages <= 1)
		return;
	html_raw(h, "<nav class=\"govuk-pagination\" aria-label=\"Pages of the "
	    "audit log\">\n");
	if (page > 1) {
		page_href(r, page - 1, f, href, sizeof(href));
		html_fmt(h, "<div class=\"govuk-pagination__prev\"><a class=\""
		    "govuk-link govuk-pagination__link\" href=\"%s\" rel=\"prev"
		    "\"><span class=\"govuk-pagination__link-title\">Newer"
		    "<span class=\"govuk-visually-hidden\"> entries</span>"
		    "</span></a></div>\n", href);
	}
	html_raw(h, "<ul class=\"govuk-pagination__list\">\n");
	for (n = 1; n <= pages; n++) {
		/* The first, the last, and those beside this one. */
		if (n != 1 && n != pages && (n < page - 1 || n > page + 1)) {
			if (n == page - 2 || n == page + 2)
				html_raw(h, "<li class=\"govuk-pagination__item "
				    "govuk-pagination__item--ellipses\">&ctdot;"
				    "</li>\n");
			continue;
		}
		page_href(r, n, f, href, sizeof(href));
		html_fmt(h, "<li class=\"govuk-pagination__item%s\"><a class=\""
		    "govuk-link govuk-pagination__link\" href=\"%s\" aria-"
		    "label=\"Page %d\"%s>%d</a></li>\n", n == page ?
		    " govuk-pagination__item--current" : "", href, n, n ==
		    page ? " aria-current=\"page\"" : "", n);
	}
	html_raw(h, "</ul>\n");
	if (page < pages) {
		page_href(r, page + 1, f, href, sizeof(href));
		html_fmt(h, "<div class=\"govuk-pagination__next\"><a class=\""
		    "govuk-link govuk-pagination__link\" href=\"%s\" rel=\"next"
		    "\"><span class=\"govuk-pagination__link-title\">Older"
		    "<span class=\"govuk-visually-hidden\"> entries</span>"
		    "</span></a></div>\n", href);
	}
	html_raw(h, "</nav>\n");
}

static const char *const found_heads[] = { "Entry", "Record", "Which",
    "What was found" };

static void
found_cells(const void *q, struct page_cell *c)
{
	const struct rec_ledger_problem *p = q;

	if (p->seq != 0)
		c[0] = CELL_N(p->seq);
	c[1] = CELL_T(p->table);
	c[2] = CELL_T(p->label);
	c[3] = CELL_T(p->problem);
}
static const struct page_cols found_cols = { found_heads, 4, found_cells };

/* What audit verify found, as a table. */
static void
found_table(struct req *r, const struct rec_ledger_problems *bad)
{

	html_fmt(&r->body, "<div class=\"govuk-warning-text\"><span class=\""
	    "govuk-warning-text__icon\" aria-hidden=\"true\">!</span><strong "
	    "class=\"govuk-warning-text__text\"><span class=\"govuk-visually-"
	    "hidden\">Warning</span>%zu entries or records were changed or "
	    "removed outside Alliance.</strong></div>\n", bad->n);
	PAGE_TABLE(r, "What was found", &found_cols, bad);
}

/* "12 entries from 1 June 2025 to 30 June 2025, 25 a page." */
static void
count_line(struct req *r, size_t n, const struct audit_filter *f)
{
	char from[WHEN_LEN], to[WHEN_LEN];

	html_fmt(&r->body, "<p class=\"govuk-body\" id=\"audit-count\">%zu "
	    "entr%s", n, n == 1 ? "y" : "ies");
	if (f->from[0] != '\0')
		html_fmt(&r->body, " from %s", web_when_of(f->from, NULL,
		    from));
	if (f->to[0] != '\0')
		html_fmt(&r->body, " to %s", web_when_of(f->to, NULL, to));
	html_fmt(&r->body, "%s.</p>\n", n > PER_PAGE ? ", 25 a page" : "");
}

void
page_audit(struct req *r)
{
	struct html			*h = &r->body;
	struct rec_audit_list		 rows = { NULL, 0 };
	struct rec_ledger_problems	 bad = { NULL, 0 };
	struct audit_filter		 f;
	int64_t				 checked = 0, page = web_int(r,
					    "page");
	size_t				 i, n = 0, shown = 0;
	int				 rc, pages, refused;

	memset(&f, 0, sizeof(f));
	f.what = web_query(r, "what");
	f.who = web_query(r, "who");
	refused = when_filter(r, &f) != 0;
	if ((rc = core_audit_verify(r->c, &bad, &checked)) != CORE_OK ||
	    (rc = core_audit_list(r->c, &rows)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	for (i = rows.n; !refused && i > 0; i--)
		n += wanted(&rows.v[i - 1], &f);
	pages = (int)((n + PER_PAGE - 1) / PER_PAGE);
	if (page < 1 || page > (pages > 0 ? pages : 1))
		page = 1;
	snprintf(r->nav, sizeof(r->nav), "officer");
	if (refused)
		r->status = 400;
	page_begin_of(r, refused, "Audit log", NULL);
	html_raw(h, "<a href=\"/officer\" class=\"govuk-back-link\">Officer"
	    "</a>\n");
	if (refused)
		page_error_summary(r, NULL, NULL);
	html_raw(h, "<h1 class=\"govuk-heading-l\">Audit log</h1>\n");
	if (bad.n == 0)
		html_fmt(h, "<p class=\"govuk-body\"><strong class=\"govuk-tag "
		    "govuk-tag--green\">Chain intact</strong> %lld entries "
		    "checked.</p>\n", (long long)checked);
	else
		found_table(r, &bad);
	filters(r, &rows, &f);
	html_raw(h, "<h2 class=\"govuk-heading-m\">Newest first</h2>\n");
	if (refused) {
		html_raw(h, "<p class=\"govuk-body\">Correct the dates above "
		    "to see the entries.</p>\n");
		page_end(r);
		goto out;
	}
	count_line(r, n, &f);
	html_raw(h, "<ol class=\"govuk-list govuk-list--spaced app-audit\">\n");
	for (i = rows.n; i > 0 && shown < (size_t)page * PER_PAGE; i--) {
		if (!wanted(&rows.v[i - 1], &f))
			continue;
		if (shown++ >= (size_t)(page - 1) * PER_PAGE)
			sentence(r, &rows.v[i - 1]);
	}
	html_raw(h, "</ol>\n");
	pagination(r, (int)page, pages, &f);
	page_end(r);
out:
	rec_audit_list_free(&rows);
	rec_ledger_problems_free(&bad);
}
