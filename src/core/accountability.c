/*
 * accountability: holding the public bodies of a compact, framework or
 * pact to what they signed: the annual self-assessment of every
 * commitment (MS-2-eval, MS-5, SC-annual, TP-3) with the sector's view
 * beside each rating, and consultations by public bodies (SC-consult).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/compact.h"
#include "store/store.h"

static int
get_cycle(struct core *c, int year, json_t **out)
{
	int rc = store_row(c->st, out, STMT_CYCLE_GET, "li", c->arr, year);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the self-assessment");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "year", "no self-assessment "
		    "for %d; an officer opens one with 'alliance assessment "
		    "open --year %d --due DATE'", year, year);
	return CORE_OK;
}

/* The cycle of year and the organisation's assessment in it. */
static int
get_assessment(struct core *c, int year, const char *org, json_t **cycle,
    json_t **a)
{
	struct rec_org	 o = { 0 };
	int	 rc;

	*cycle = *a = NULL;
	if ((rc = get_cycle(c, year, cycle)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_row(c->st, a, STMT_ASSESS_GET, "ll", jint(*cycle, "id"),
	    o.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the self-assessment");
		goto out;
	}
	if (*a == NULL)
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s has no "
		    "self-assessment for %d: only the signatories with "
		    "commitments of their own to rate assess themselves "
		    "(MS-2-eval, MS-4)",
		    o.name, year);
out:
	rec_org_clear(&o);
	return rc;
}

int
core_assess_open(struct core *c, int year, const char *due, int *count)
{
	json_t	*d = NULL;
	char	 day[DATE_LEN], text[400], link[64];
	int64_t	 id;
	int	 rc;

	*count = 0;
	if (due == NULL)
		return core_fail(c, CORE_EINVAL, "due", "the due date is "
		    "missing; expected YYYY-MM-DD (MS-5)");
	if ((rc = core_int_year(c, year, NULL, NULL)) != CORE_OK ||
	    (rc = core_int_date(c, "due", due, day)) != CORE_OK)
		return rc;
	if (strcmp(constitution_text(&c->cons, "commitments.self_assessment"),
	    "yearly") != 0)
		return core_fail(c, CORE_EINVAL, "year", "this arrangement's "
		    "constitution has no self-assessment "
		    "(commitments.self_assessment = none)");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (store_row(c->st, &d, STMT_CYCLE_GET, "li", c->arr, year) ==
	    STORE_OK && d != NULL) {
		json_decref(d);
		rc = core_fail(c, CORE_EEXIST, "year", "the self-assessment "
		    "for %d is open already", year);
		goto out;
	}
	rc = store_exec(c->st, STMT_CYCLE_INSERT, "lisss", c->arr, year, day,
	    c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "opening the self-assessment");
		goto out;
	}
	id = store_last_id(c->st);
	rc = store_exec(c->st, STMT_ASSESS_INSERT_SIGNATORIES, "ll", id,
	    c->arr);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "listing the signatories");
		goto out;
	}
	*count = store_changes(c->st);
	if (*count == 0) {
		/* Nothing to assess: refused, so the year can open later. */
		rc = core_fail(c, CORE_EINVAL, "year", "no organisation has "
		    "signed yet, so there is no one to rate the commitments; "
		    "record signatures with 'member sign' first (MS-2-eval)");
		goto out;
	}
	d = json_pack("{s:i, s:s, s:i}", "year", year, "due", day, "bodies",
	    *count);
	rc = core_audit(c, "assessment.open", "assessment_cycle", id, d);
	json_decref(d);
	/* Each signatory is told, in writing. */
	if (rc == CORE_OK) {
		json_t	*rows = NULL, *r;
		size_t	 i;

		snprintf(text, sizeof(text), "The %d self-assessment of the "
		    "commitments is open. Rate each commitment with your "
		    "evidence and submit by %s (MS-2-eval).", year, day);
		snprintf(link, sizeof(link), "/assessment/%d", year);
		if (store_rows(c->st, &rows, STMT_ASSESS_LIST, "l", id) ==
		    STORE_OK)
			json_array_foreach(rows, i, r)
				if (rc == CORE_OK)
					rc = core_int_notify_org(c, jint(r,
					    "organisation_id"), "assessment",
					    "Self-assessment open: submit by "
					    "the due date", text, link);
		json_decref(rows);
	}
out:
	return core_end(c, rc);
}

int
core_assess_rate(struct core *c, int year, const char *org, const char *code,
    const char *rating, const char *evidence, const char *links)
{
	json_t	*cy = NULL, *a = NULL, *cm = NULL, *d;
	char	 scale[200] = "";
	const char *s[16];
	size_t	 i, n;
	int	 rc;

	if ((rc = core_int_body(c, "evidence", evidence, 0, 8000)) ||
	    (rc = core_int_text(c, "links", links, 0, 2000)))
		return rc;
	/* MS-2-eval: a small fixed scale. */
	if (!rules_rating_ok(&c->cons, rating)) {
		n = rules_scale(&c->cons, s, 16);
		for (i = 0; i < n; i++)
			snprintf(scale + strlen(scale), sizeof(scale) -
			    strlen(scale), "%s%s", i ? ", " : "", s[i]);
		return core_fail(c, CORE_EINVAL, "rating", "rating '%s' is not "
		    "on the scale; expected one of: %s", rating != NULL ?
		    rating : "", scale);
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_assessment(c, year, org, &cy, &a)) != CORE_OK)
		goto out;
	if (jstr(a, "submitted") != NULL) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s submitted "
		    "its %d self-assessment on %s; it can no longer change",
		    jstr(a, "organisation"), year, jstr(a, "submitted"));
		goto out;
	}
	rc = store_row(c->st, &cm, STMT_COMMIT_BY_CODE, "ls", c->arr, code);
	if (rc != STORE_OK || cm == NULL || jstr(cm, "party") == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading "
		    "commitments") : core_fail(c, CORE_ENOTFOUND, "commitment",
		    "no commitment '%s' to rate; 'alliance commitment list' "
		    "shows them", code != NULL ? code : "");
		goto out;
	}
	/* MS-3-commitments, MS-4: each side rates its own commitments. */
	if (!rules_party_rates(jstr(cm, "party"), jstr(a, "sector"))) {
		rc = core_fail(c, CORE_EINVAL, "commitment", "commitment %s is "
		    "rated by the %s, and %s is not one (MS-4)", code,
		    rules_party_label(jstr(cm, "party")),
		    jstr(a, "organisation"));
		goto out;
	}
	rc = store_exec(c->st, STMT_RATING_UPSERT, "llsssss", jint(a, "id"),
	    jint(cm, "id"), rating, core_int_blank(evidence) ? NULL :
	    evidence, core_int_blank(links) ? NULL : links, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the rating");
		goto out;
	}
	d = json_pack("{s:i, s:s, s:s, s:s}", "year", year, "organisation",
	    jstr(a, "organisation"), "commitment", code, "rating", rating);
	rc = core_audit(c, "assessment.rate", "assessment", jint(a, "id"), d);
	json_decref(d);
out:
	json_decref(cy);
	json_decref(a);
	json_decref(cm);
	return core_end(c, rc);
}

int
core_assess_view(struct core *c, int year, const char *org, const char *code,
    const char *view)
{
	json_t	*cy = NULL, *a = NULL, *cm = NULL, *d;
	int	 rc;

	if ((rc = core_int_body(c, "view", view, 1, 8000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_assessment(c, year, org, &cy, &a)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &cm, STMT_COMMIT_BY_CODE, "ls", c->arr, code);
	if (rc != STORE_OK || cm == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading "
		    "commitments") : core_fail(c, CORE_ENOTFOUND, "commitment",
		    "no commitment '%s'", code != NULL ? code : "");
		goto out;
	}
	rc = store_exec(c->st, STMT_RATING_VIEW, "lls", jint(a, "id"),
	    jint(cm, "id"), view);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the view");
		goto out;
	}
	d = json_pack("{s:i, s:s, s:s}", "year", year, "organisation",
	    jstr(a, "organisation"), "commitment", code);
	rc = core_audit(c, "assessment.view", "assessment", jint(a, "id"), d);
	json_decref(d);
out:
	json_decref(cy);
	json_decref(a);
	json_decref(cm);
	return core_end(c, rc);
}

int
core_assess_submit(struct core *c, int year, const char *org, json_t **flags)
{
	json_t	*cy = NULL, *a = NULL, *miss = NULL, *d, *m;
	char	 list[300] = "";
	size_t	 i;
	int	 rc, due, today;

	*flags = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_assessment(c, year, org, &cy, &a)) != CORE_OK)
		goto out;
	if (jstr(a, "submitted") != NULL) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s submitted "
		    "its %d self-assessment on %s already",
		    jstr(a, "organisation"), year, jstr(a, "submitted"));
		goto out;
	}
	rc = store_rows(c->st, &miss, STMT_RATING_MISSING, "lls", c->arr,
	    jint(a, "id"), jstr(a, "sector"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the ratings");
		goto out;
	}
	json_array_foreach(miss, i, m)
		if (i < 12)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%s", i ? ", " : "",
			    jstr(m, "code"));
	rc = store_exec(c->st, STMT_ASSESS_SUBMIT, "ssl", c->today, c->actor,
	    jint(a, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "submitting");
		goto out;
	}
	*flags = json_array();
	/* MS-2-eval: every commitment is rated.  A body that submits
	 * with some unrated has done so: recorded and flagged. */
	if (json_array_size(miss) > 0 && rules_id(&c->cons,
	    DUTY_ASSESSMENT_RATED, -1) != NULL)
		json_array_append_new(*flags, json_sprintf("%s submitted with "
		    "%zu commitment(s) not rated: %s%s", rules_id(&c->cons,
		    DUTY_ASSESSMENT_RATED, -1), json_array_size(miss), list,
		    json_array_size(miss) > 12 ? "..." : ""));
	date_parse(jstr(cy, "due"), &due);
	date_parse(c->today, &today);
	/* MS-5: a late submission is accepted and flagged. */
	if (rules_assessment_late(due, today, today) && rules_id(&c->cons,
	    DUTY_SELF_ASSESSMENT, -1) != NULL)
		json_array_append_new(*flags, json_sprintf("%s submitted "
		    "late: due by %s, submitted %s", rules_id(&c->cons,
		    DUTY_SELF_ASSESSMENT, -1), jstr(cy, "due"), c->today));
	d = json_pack("{s:i, s:s, s:b, s:I}", "year", year, "organisation",
	    jstr(a, "organisation"), "late", rules_assessment_late(due, today,
	    today), "not_rated", (json_int_t)json_array_size(miss));
	rc = core_audit(c, "assessment.submit", "assessment", jint(a, "id"),
	    d);
	json_decref(d);
out:
	json_decref(cy);
	json_decref(a);
	json_decref(miss);
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		json_decref(*flags);
		*flags = NULL;
	}
	return rc;
}

/* The year's self-assessment: each body with its status and ratings. */
int
core_assess_get(struct core *c, int year, json_t **out)
{
	json_t	*cy = NULL, *list = NULL, *s, *rat;
	int	 rc, due, today, sub;
	size_t	 i;

	*out = NULL;
	if ((rc = get_cycle(c, year, &cy)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &list, STMT_ASSESS_LIST, "l", jint(cy, "id"));
	if (rc != STORE_OK) {
		json_decref(cy);
		return core_store_fail(c, rc, "reading the self-assessment");
	}
	date_parse(jstr(cy, "due"), &due);
	date_parse(c->today, &today);
	json_array_foreach(list, i, s) {
		sub = -1;
		if (jstr(s, "submitted") != NULL)
			date_parse(jstr(s, "submitted"), &sub);
		json_object_set_new(s, "late", json_boolean(
		    rules_assessment_late(due, sub, today)));
		rat = NULL;
		if (store_rows(c->st, &rat, STMT_RATING_LIST, "lls", c->arr,
		    jint(s, "id"), jstr(s, "sector")) == STORE_OK) {
			json_t	*r;
			size_t	 j, none = 0;

			json_array_foreach(rat, j, r)
				none += jstr(r, "rating") == NULL;
			json_object_set_new(s, "ratings", rat);
			json_object_set_new(s, "not_rated",
			    json_integer((json_int_t)none));
		}
	}
	json_object_set_new(cy, "assessments", list);
	*out = cy;
	return CORE_OK;
}

int
core_assess_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_CYCLE_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing self-assessments");
}

/* --- consultations (SC-consult) --- */

int
core_consult_add(struct core *c, const struct consult_in *in, int64_t *id,
    json_t **flags)
{
	struct rec_org	 o = { 0 };
	json_t		*d;
	char		 op[DATE_LEN], cl[DATE_LEN];
	int		 rc, a, b;
	enum consult	 k;

	*flags = NULL;
	if ((rc = core_int_text(c, "title", in->title, 1, 300)) ||
	    (rc = core_int_text(c, "reason", in->reason, 0, 2000)))
		return rc;
	if (in->opens == NULL || in->closes == NULL)
		return core_fail(c, CORE_EINVAL, in->opens == NULL ? "opens" :
		    "closes", "the %s date is missing; expected YYYY-MM-DD",
		    in->opens == NULL ? "opening" : "closing");
	if ((rc = core_int_date(c, "opens", in->opens, op)) ||
	    (rc = core_int_date(c, "closes", in->closes, cl)))
		return rc;
	date_parse(op, &a);
	date_parse(cl, &b);
	k = rules_consult_check(&c->cons, a, b, in->significant,
	    !core_int_blank(in->reason));
	if (k == CONSULT_BAD_DATES)
		return core_fail(c, CORE_EINVAL, "closes", "the consultation "
		    "closes (%s) before it opens (%s); expected a later date",
		    cl, op);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	if (o.sector != SECTOR_PUBLIC) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "public body; consultations are recorded for public "
		    "bodies", o.name);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONSULT_INSERT, "llsssisss", c->arr,
	    o.id, in->title, op, cl, in->significant != 0,
	    core_int_blank(in->reason) ? NULL : in->reason, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the consultation");
		goto out;
	}
	*id = store_last_id(c->st);
	*flags = json_array();
	/* SC-consult: a short one happened; it is recorded and flagged,
	 * with its reason or with none given. */
	if ((k == CONSULT_SHORT || k == CONSULT_SHORT_NO_REASON) &&
	    rules_id(&c->cons, DUTY_CONSULTATION, -1) != NULL)
		json_array_append_new(*flags, json_sprintf("%s runs %d "
		    "days, under %d weeks: %s", rules_id(&c->cons,
		    DUTY_CONSULTATION, -1), rules_period_days(a, b),
		    constitution_int(&c->cons, "consultation.min_weeks"),
		    k == CONSULT_SHORT ? in->reason : "no reason given"));
	d = json_pack("{s:s, s:s, s:s, s:s, s:b}", "organisation",
	    o.name, "title", in->title, "opens", op, "closes", cl,
	    "significant", in->significant != 0);
	rc = core_audit(c, "consultation.add", "consultation", *id, d);
	json_decref(d);
out:
	rec_org_clear(&o);
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		json_decref(*flags);
		*flags = NULL;
	}
	return rc;
}

int
core_consult_feedback(struct core *c, int64_t id, const char *text,
    const char *date)
{
	json_t	*k = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_body(c, "feedback", text, 1, 20000)) ||
	    (rc = core_int_date(c, "date", date, on)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &k, STMT_CONSULT_GET, "ll", id, c->arr);
	if (rc != STORE_OK || k == NULL) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "reading the "
		    "consultation") : core_fail(c, CORE_ENOTFOUND,
		    "consultation", "no consultation %lld", (long long)id);
		goto out;
	}
	if (strcmp(on, jstr(k, "closes")) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "feedback is given "
		    "after the consultation closes (%s), not on %s",
		    jstr(k, "closes"), on);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONSULT_FEEDBACK, "ssl", text, on, id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the feedback");
		goto out;
	}
	d = json_pack("{s:s, s:s}", "title", jstr(k, "title"), "on", on);
	rc = core_audit(c, "consultation.feedback", "consultation", id, d);
	json_decref(d);
out:
	json_decref(k);
	return core_end(c, rc);
}

int
core_consult_list(struct core *c, json_t **out)
{
	json_t	*k;
	size_t	 i;
	int	 rc, a, b;

	rc = store_rows(c->st, out, STMT_CONSULT_LIST, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing consultations");
	json_array_foreach(*out, i, k) {
		date_parse(jstr(k, "opens"), &a);
		date_parse(jstr(k, "closes"), &b);
		json_object_set_new(k, "weeks", json_integer(
		    rules_period_days(a, b) / 7));
		json_object_set_new(k, "short", json_boolean(
		    rules_consult_check(&c->cons, a, b, (int)jint(k,
		    "significant"), 1) == CONSULT_SHORT));
		if (json_is_true(json_object_get(k, "short")) &&
		    jstr(k, "short_reason") == NULL)
			json_object_set_new(k, "short_reason",
			    json_string("no reason given"));
	}
	return CORE_OK;
}
