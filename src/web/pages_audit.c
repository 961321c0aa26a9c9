/*
 * pages_audit: the officer's audit log, newest first, 25 entries a
 * page (GOV.UK pagination), filtered by what was done and by who, each
 * entry a sentence: "Priya Shah recorded a vote on motion 3 on 12 May
 * 2026 at 3:04pm."  The whole chain is still checked on every visit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>

#include "web.h"

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

/* What the entry was done to, in words, from its details. */
static void
object_of(json_t *e, json_t *d, char *out, size_t sz)
{
	static const char *const keys[] = { "person", "name", "organisation",
	    "title", "text", "subject", "group", "slug", NULL };
	const char	*ent = web_str(e, "entity"), *v = NULL;
	size_t		 i;

	/* Meetings, motions, elections and disputes by their number. */
	if (strcmp(ent, "meeting") == 0 || strcmp(ent, "motion") == 0 ||
	    strcmp(ent, "election") == 0 || strcmp(ent, "dispute") == 0) {
		snprintf(out, sz, "%s %lld", strcmp(ent, "dispute") == 0 ?
		    "case" : ent, web_num(e, "entity_id"));
		return;
	}
	for (i = 0; keys[i] != NULL && v == NULL; i++)
		if (json_is_string(json_object_get(d, keys[i])))
			v = web_str(d, keys[i]);
	if (v != NULL)
		snprintf(out, sz, "%.80s%s", v, strlen(v) > 80 ? "..." : "");
	else
		snprintf(out, sz, "%s %lld", ent, web_num(e, "entity_id"));
}

/* One entry as a sentence. */
static void
sentence(struct req *r, json_t *e)
{
	json_t		*d;
	json_error_t	 je;
	char		 what[120], words[300], when[WHEN_LEN], who[200];
	const char	*act = web_str(e, "action");
	size_t		 i;

	d = json_loads(web_str(e, "detail"), 0, &je);
	object_of(e, d, what, sizeof(what));
	for (i = 0; i < NSAID; i++)
		if (strcmp(said[i].action, act) == 0)
			break;
	if (i < NSAID)
		snprintf(words, sizeof(words), said[i].words, what);
	else
		snprintf(words, sizeof(words), "did %s to %s", act, what);
	/* Who, with a capital; one who signed in is named by account. */
	if (strncmp(act, "user.", 5) == 0 && strncmp(web_str(e, "actor"),
	    "a visitor", 9) == 0)
		snprintf(who, sizeof(who), "The account %lld", web_num(e,
		    "entity_id"));
	else
		snprintf(who, sizeof(who), "%s", web_str(e, "actor"));
	if (who[0] >= 'a' && who[0] <= 'z')
		who[0] = (char)(who[0] - 'a' + 'A');
	html_fmt(&r->body, "<li class=\"app-audit__entry\"><span class=\""
	    "govuk-!-font-weight-bold\">%s</span> %s on %s.", who, words,
	    web_when(e, "at", when));
	html_fmt(&r->body, " <span class=\"govuk-body-s app-report__note\">"
	    "Entry %lld.</span></li>\n", web_num(e, "seq"));
	json_decref(d);
}

static int
wanted(json_t *e, const char *what, const char *who)
{
	return (what == NULL || *what == '\0' || strncmp(web_str(e, "action"),
	    what, strlen(what)) == 0) && (who == NULL || *who == '\0' ||
	    strcmp(web_str(e, "actor"), who) == 0);
}

/* The filters, as a GET form. */
static void
filters(struct req *r, json_t *rows, const char *what, const char *who)
{
	struct html	*h = &r->body;
	json_t		*seen = json_object(), *e;
	size_t		 i;

	html_raw(h, "<form method=\"get\" action=\"/officer/audit\" class=\""
	    "govuk-!-margin-bottom-6\" novalidate>\n<div class=\"govuk-form-"
	    "group\"><label class=\"govuk-label govuk-label--s\" for=\"what\">"
	    "What was done</label><select class=\"govuk-select\" id=\"what\" "
	    "name=\"what\">\n");
	for (i = 0; whats[i] != NULL; i += 2)
		html_fmt(h, "<option value=\"%s\"%s>%s</option>\n", whats[i],
		    what != NULL && strcmp(what, whats[i]) == 0 ? " selected" :
		    "", whats[i + 1]);
	html_raw(h, "</select></div>\n<div class=\"govuk-form-group\"><label "
	    "class=\"govuk-label govuk-label--s\" for=\"who\">Who did it"
	    "</label><select class=\"govuk-select\" id=\"who\" name=\"who\">\n"
	    "<option value=\"\">Anyone</option>\n");
	json_array_foreach(rows, i, e) {
		const char *a = web_str(e, "actor");

		if (*a == '\0' || json_object_get(seen, a) != NULL)
			continue;
		json_object_set_new(seen, a, json_true());
		html_fmt(h, "<option value=\"%s\"%s>%s</option>\n", a, who !=
		    NULL && strcmp(who, a) == 0 ? " selected" : "", a);
	}
	html_raw(h, "</select></div>\n<button type=\"submit\" class=\"govuk-"
	    "button govuk-button--secondary\" data-module=\"govuk-button\">"
	    "Show these</button>\n</form>\n");
	json_decref(seen);
}

/* The address of page n with the filters, into out. */
static void
page_href(int n, const char *what, const char *who, char *out, size_t sz)
{
	/* libcurl's escaping (its handle is not needed since 7.82). */
	char	*w = curl_easy_escape(NULL, what != NULL ? what : "", 0);
	char	*o = curl_easy_escape(NULL, who != NULL ? who : "", 0);

	snprintf(out, sz, "/officer/audit?page=%d%s%s%s%s", n, w != NULL &&
	    w[0] ? "&what=" : "", w != NULL ? w : "", o != NULL && o[0] ?
	    "&who=" : "", o != NULL ? o : "");
	curl_free(w);
	curl_free(o);
}

static void
pagination(struct req *r, int page, int pages, const char *what,
    const char *who)
{
	struct html	*h = &r->body;
	char		 href[512];
	int		 n;

	if (pages <= 1)
		return;
	html_raw(h, "<nav class=\"govuk-pagination\" aria-label=\"Pages of the "
	    "audit log\">\n");
	if (page > 1) {
		page_href(page - 1, what, who, href, sizeof(href));
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
		page_href(n, what, who, href, sizeof(href));
		html_fmt(h, "<li class=\"govuk-pagination__item%s\"><a class=\""
		    "govuk-link govuk-pagination__link\" href=\"%s\" aria-"
		    "label=\"Page %d\"%s>%d</a></li>\n", n == page ?
		    " govuk-pagination__item--current" : "", href, n, n ==
		    page ? " aria-current=\"page\"" : "", n);
	}
	html_raw(h, "</ul>\n");
	if (page < pages) {
		page_href(page + 1, what, who, href, sizeof(href));
		html_fmt(h, "<div class=\"govuk-pagination__next\"><a class=\""
		    "govuk-link govuk-pagination__link\" href=\"%s\" rel=\"next"
		    "\"><span class=\"govuk-pagination__link-title\">Older"
		    "<span class=\"govuk-visually-hidden\"> entries</span>"
		    "</span></a></div>\n", href);
	}
	html_raw(h, "</nav>\n");
}

void
page_audit(struct req *r)
{
	struct html	*h = &r->body;
	json_t		*rows = NULL, *bad = NULL, *e;
	const char	*what = web_query(r, "what"), *who = web_query(r, "who");
	const char	*pg = web_query(r, "page");
	int64_t		 checked = 0;
	long		 page = pg != NULL ? strtol(pg, NULL, 10) : 1;
	size_t		 i, n = 0, shown = 0;
	int		 rc, pages;

	if ((rc = core_audit_verify(r->c, &bad, &checked)) != CORE_OK ||
	    (rc = core_audit_list(r->c, &rows)) != CORE_OK) {
		page_core_error(r, rc);
		goto out;
	}
	for (i = json_array_size(rows); i > 0; i--)
		n += wanted(json_array_get(rows, i - 1), what, who);
	pages = (int)((n + PER_PAGE - 1) / PER_PAGE);
	if (page < 1 || page > (pages > 0 ? pages : 1))
		page = 1;
	snprintf(r->nav, sizeof(r->nav), "officer");
	page_begin(r, "Audit log");
	html_raw(h, "<a href=\"/officer\" class=\"govuk-back-link\">Officer"
	    "</a>\n<h1 class=\"govuk-heading-l\">Audit log</h1>\n");
	if (json_array_size(bad) == 0)
		html_fmt(h, "<p class=\"govuk-body\"><strong class=\"govuk-tag "
		    "govuk-tag--green\">Chain intact</strong> %lld entries "
		    "checked.</p>\n", (long long)checked);
	else {
		static const char *const bcols[] = { "seq", "table", "label",
		    "problem", NULL };
		static const char *const bheads[] = { "Entry", "Record",
		    "Which", "What was found" };

		html_fmt(h, "<div class=\"govuk-warning-text\"><span class=\""
		    "govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
		    "<strong class=\"govuk-warning-text__text\"><span class=\""
		    "govuk-visually-hidden\">Warning</span>%zu entries or "
		    "records were changed or removed outside Alliance."
		    "</strong></div>\n", json_array_size(bad));
		page_table(r, "What was found", bad, bcols, bheads);
	}
	filters(r, rows, what, who);
	html_fmt(h, "<h2 class=\"govuk-heading-m\">Newest first</h2>\n<p class="
	    "\"govuk-body\" id=\"audit-count\">%zu entr%s%s.</p>\n", n, n == 1 ?
	    "y" : "ies", n > PER_PAGE ? ", 25 a page" : "");
	html_raw(h, "<ol class=\"govuk-list govuk-list--spaced app-audit\">\n");
	for (i = json_array_size(rows); i > 0 && shown < (size_t)page *
	    PER_PAGE; i--) {
		e = json_array_get(rows, i - 1);
		if (!wanted(e, what, who))
			continue;
		if (shown++ >= (size_t)(page - 1) * PER_PAGE)
			sentence(r, e);
	}
	html_raw(h, "</ol>\n");
	pagination(r, (int)page, pages, what, who);
	page_end(r);
out:
	json_decref(rows);
	json_decref(bad);
}
