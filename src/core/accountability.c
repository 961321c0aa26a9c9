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
#include "core_partners.h"
#include "rules/compact.h"
#include "store/rec_partners.h"
#include "store/store.h"

/* The sector's name, as commitments name the party that rates them. */
static const char *
sector_of(enum sector s)
{
	return (unsigned)s < SECTOR__MAX ? sector_names[s] : "";
}

static int
get_cycle(struct core *c, int year, struct rec_cycle *out)
{
	int found, rc = store_cycle_get(c->st, c->arr, year, out, &found);

	return core_int_found(c, rc, found, "reading the self-assessment",
	    "year", "no self-assessment for %d; an officer opens one with "
	    "'alliance assessment open --year %d --due DATE'", year, year);
}

/* The cycle of year and the organisation's assessment in it. */
static int
get_assessment(struct core *c, int year, const char *org,
    struct rec_cycle *cycle, struct rec_assessment *a)
{
	struct rec_org	 o = { 0 };
	int	 rc, found = 0;

	memset(cycle, 0, sizeof(*cycle));
	memset(a, 0, sizeof(*a));
	if ((rc = get_cycle(c, year, cycle)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_assessment_get(c->st, cycle->id, o.id, a, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the self-assessment");
		goto out;
	}
	if (!found)
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s has no "
		    "self-assessment for %d: only the signatories with "
		    "commitments of their own to rate assess themselves "
		    "(MS-2-eval, MS-4)",
		    o.name, year);
out:
	rec_org_clear(&o);
	return rc;
}

/* MS-5: the organisation's self-assessment of year, which no one may
 * change once it is submitted: refused with code, its message ending
 * with then. */
static int
get_unsubmitted(struct core *c, int year, const char *org,
    struct rec_cycle *cycle, struct rec_assessment *a, int code,
    const char *then)
{
	int rc;

	if ((rc = get_assessment(c, year, org, cycle, a)) != CORE_OK)
		return rc;
	if (a->submitted != NULL)
		return core_fail(c, code, "organisation", "%s submitted its "
		    "%d self-assessment on %s%s", a->organisation, year,
		    a->submitted, then);
	return CORE_OK;
}

/* A body's year and one of its commitments: what a rating, and the
 * sector's view beside it, are of. */
struct rated {
	struct rec_cycle		cy;
	struct rec_assessment		a;
	struct rec_commitment_ref	cm;
};

/* The commitment code of r's arrangement; to rate, one a party rates
 * (MS-4). */
static int
get_commitment(struct core *c, const char *code, int to_rate,
    struct rated *r)
{
	int rc, found = 0;

	rc = store_commitment_by_code(c->st, c->arr, code, &r->cm, &found);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading commitments");
	if (!found || (to_rate && r->cm.party == NULL))
		return core_fail(c, CORE_ENOTFOUND, "commitment", "no "
		    "commitment '%s'%s", code != NULL ? code : "", to_rate ?
		    " to rate; 'alliance commitment list' shows them" : "");
	return CORE_OK;
}

/* Ends the change to r with rc. */
static int
rated_end(struct core *c, struct rated *r, int rc)
{
	rec_cycle_clear(&r->cy);
	rec_assessment_clear(&r->a);
	rec_commitment_ref_clear(&r->cm);
	return core_end(c, rc);
}

int
core_assess_open(struct core *c, int year, const char *due, int *count)
{
	struct rec_cycle		 cy;
	struct rec_assessment_list	 rows = { NULL, 0 };
	char				 day[DATE_LEN], text[400], link[64];
	int64_t				 id;
	size_t				 i;
	int				 rc, found = 0;

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
	if (store_cycle_get(c->st, c->arr, year, &cy, &found) == STORE_OK &&
	    found) {
		rec_cycle_clear(&cy);
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
	rc = core_auditf(c, "assessment.open", "assessment_cycle", id,
	    "{s:i, s:s, s:i}", "year", year, "due", day, "bodies", *count);
	/* Each signatory is told, in writing. */
	if (rc == CORE_OK) {
		snprintf(text, sizeof(text), "The %d self-assessment of the "
		    "commitments is open. Rate each commitment with your "
		    "evidence and submit by %s (MS-2-eval).", year, day);
		snprintf(link, sizeof(link), "/assessment/%d", year);
		if (store_assessment_list(c->st, id, &rows) == STORE_OK)
			for (i = 0; i < rows.n && rc == CORE_OK; i++)
				rc = core_int_notify_org(c, rows.v[i].org_id,
				    "assessment", "Self-assessment open: "
				    "submit by the due date", text, link);
		rec_assessment_list_free(&rows);
	}
out:
	return core_end(c, rc);
}

int
core_assess_rate(struct core *c, int year, const char *org, const char *code,
    const char *rating, const char *evidence, const char *links)
{
	struct rated	 r;
	char		 scale[200] = "";
	const char	*s[16];
	size_t		 i, n;
	int		 rc;

	memset(&r, 0, sizeof(r));
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
	if ((rc = get_unsubmitted(c, year, org, &r.cy, &r.a, CORE_EINVAL,
	    "; it can no longer change")) != CORE_OK ||
	    (rc = get_commitment(c, code, 1, &r)) != CORE_OK)
		return rated_end(c, &r, rc);
	/* MS-3-commitments, MS-4: each side rates its own commitments. */
	if (!rules_party_rates(r.cm.party, sector_of(r.a.sector)))
		rc = core_fail(c, CORE_EINVAL, "commitment", "commitment %s is "
		    "rated by the %s, and %s is not one (MS-4)", code,
		    rules_party_label(r.cm.party), r.a.organisation);
	else if ((rc = store_exec(c->st, STMT_RATING_UPSERT, "llsssss",
	    r.a.id, r.cm.id, rating, text_given(evidence), text_given(links),
	    c->actor, c->now)) != STORE_OK)
		rc = core_store_fail(c, rc, "saving the rating");
	else
		rc = core_auditf(c, "assessment.rate", "assessment", r.a.id,
		    "{s:i, s:s, s:s, s:s}", "year", year, "organisation",
		    r.a.organisation, "commitment", code, "rating", rating);
	return rated_end(c, &r, rc);
}

int
core_assess_view(struct core *c, int year, const char *org, const char *code,
    const char *view)
{
	struct rated	r;
	int		rc;

	memset(&r, 0, sizeof(r));
	if ((rc = core_int_body(c, "view", view, 1, 8000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_assessment(c, year, org, &r.cy, &r.a)) != CORE_OK ||
	    (rc = get_commitment(c, code, 0, &r)) != CORE_OK)
		return rated_end(c, &r, rc);
	if ((rc = store_exec(c->st, STMT_RATING_VIEW, "lls", r.a.id, r.cm.id,
	    view)) != STORE_OK)
		rc = core_store_fail(c, rc, "saving the view");
	else
		rc = core_auditf(c, "assessment.view", "assessment", r.a.id,
		    "{s:i, s:s, s:s}", "year", year, "organisation",
		    r.a.organisation, "commitment", code);
	return rated_end(c, &r, rc);
}

int
core_assess_submit(struct core *c, int year, const char *org,
    struct check_flag_list *flags)
{
	struct rec_cycle	cy;
	struct rec_assessment	a;
	struct rec_code_list	miss = { NULL, 0 };
	char			list[300] = "";
	size_t			i;
	int			rc, due, today, bad = 0;

	memset(flags, 0, sizeof(*flags));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_unsubmitted(c, year, org, &cy, &a, CORE_EEXIST,
	    " already")) != CORE_OK)
		goto out;
	rc = store_rating_missing(c->st, c->arr, a.id, sector_of(a.sector),
	    &miss);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the ratings");
		goto out;
	}
	for (i = 0; i < miss.n && i < 12; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list),
		    "%s%s", i ? ", " : "", miss.v[i].code);
	rc = store_exec(c->st, STMT_ASSESS_SUBMIT, "ssl", c->today, c->actor,
	    a.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "submitting");
		goto out;
	}
	/* MS-2-eval: every commitment is rated.  A body that submits
	 * with some unrated has done so: recorded and flagged. */
	if (miss.n > 0 && rules_id(&c->cons, DUTY_ASSESSMENT_RATED, -1) !=
	    NULL)
		bad |= check_flag_add(flags, CHECK_ABOUT_ARRANGEMENT,
		    rules_id(&c->cons, DUTY_ASSESSMENT_RATED, -1), NULL,
		    "submitted with %zu commitment(s) not rated: %s%s",
		    miss.n, list, miss.n > 12 ? "..." : "");
	date_parse(cy.due, &due);
	date_parse(c->today, &today);
	/* MS-5: a late submission is accepted and flagged. */
	if (rules_assessment_late(due, today, today) && rules_id(&c->cons,
	    DUTY_SELF_ASSESSMENT, -1) != NULL)
		bad |= check_flag_add(flags, CHECK_ABOUT_ARRANGEMENT,
		    rules_id(&c->cons, DUTY_SELF_ASSESSMENT, -1), NULL,
		    "submitted late: due by %s, submitted %s", cy.due,
		    c->today);
	if (bad) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = core_auditf(c, "assessment.submit", "assessment", a.id,
	    "{s:i, s:s, s:b, s:I}", "year", year, "organisation",
	    a.organisation, "late", rules_assessment_late(due, today, today),
	    "not_rated", (int64_t)miss.n);
out:
	rec_cycle_clear(&cy);
	rec_assessment_clear(&a);
	rec_code_list_free(&miss);
	return core_int_end_flags(c, rc, flags);
}

void
assess_year_free(struct assess_year *y)
{
	if (y == NULL)
		return;
	rec_cycle_clear(&y->cycle);
	rec_assessment_list_free(&y->assessments);
}

/* The year's self-assessment: each body with its status and ratings. */
int
core_assess_year(struct core *c, const struct viewer *v, int year,
    struct assess_year *out)
{
	struct rec_assessment	*s;
	int			 rc, due, today, sub;
	size_t			 i, j;

	(void)v;	/* the self-assessment is published (MS-2-eval) */
	memset(out, 0, sizeof(*out));
	if ((rc = get_cycle(c, year, &out->cycle)) != CORE_OK)
		return rc;
	rc = store_assessment_list(c->st, out->cycle.id, &out->assessments);
	if (rc != STORE_OK) {
		assess_year_free(out);
		return core_store_fail(c, rc, "reading the self-assessment");
	}
	date_parse(out->cycle.due, &due);
	date_parse(c->today, &today);
	for (i = 0; i < out->assessments.n; i++) {
		s = &out->assessments.v[i];
		sub = -1;
		if (s->submitted != NULL)
			date_parse(s->submitted, &sub);
		s->late = rules_assessment_late(due, sub, today);
		rc = store_rating_list(c->st, c->arr, s->id,
		    sector_of(s->sector), &s->ratings);
		if (rc != STORE_OK) {
			assess_year_free(out);
			return core_store_fail(c, rc, "reading the ratings");
		}
		for (j = 0; j < s->ratings.n; j++)
			s->not_rated += s->ratings.v[j].rating == NULL;
	}
	return CORE_OK;
}

int
core_assess_cycles(struct core *c, const struct viewer *v,
    struct rec_cycle_list *out)
{
	int rc;

	(void)v;	/* the years are public */
	rc = store_cycle_list(c->st, c->arr, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing self-assessments");
}

/* --- consultations (SC-consult) --- */

int
core_consult_add(struct core *c, const struct consult_in *in, int64_t *id,
    struct check_flag_list *flags)
{
	struct rec_org	 o = { 0 };
	char		 op[DATE_LEN], cl[DATE_LEN];
	int		 rc, a, b;
	enum consult	 k;

	memset(flags, 0, sizeof(*flags));
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
	    !text_blank(in->reason));
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
	    text_given(in->reason), c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the consultation");
		goto out;
	}
	*id = store_last_id(c->st);
	/* SC-consult: a short one happened; it is recorded and flagged,
	 * with its reason or with none given. */
	if ((k == CONSULT_SHORT || k == CONSULT_SHORT_NO_REASON) &&
	    check_flag_add(flags, CHECK_ABOUT_ARRANGEMENT, rules_id(&c->cons,
	    DUTY_CONSULTATION, -1), NULL, "runs %d days, under %d weeks: %s",
	    rules_period_days(a, b),
	    constitution_int(&c->cons, "consultation.min_weeks"),
	    k == CONSULT_SHORT ? in->reason : "no reason given") != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = core_auditf(c, "consultation.add", "consultation", *id,
	    "{s:s, s:s, s:s, s:s, s:b}", "organisation", o.name, "title",
	    in->title, "opens", op, "closes", cl, "significant",
	    in->significant != 0);
out:
	rec_org_clear(&o);
	return core_int_end_flags(c, rc, flags);
}

int
core_consult_feedback(struct core *c, int64_t id, const char *text,
    const char *date)
{
	struct rec_consult	k;
	char			on[DATE_LEN];
	int			rc, found = 0;

	memset(&k, 0, sizeof(k));
	if ((rc = core_int_body(c, "feedback", text, 1, 20000)) ||
	    (rc = core_int_date(c, "date", date, on)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_consult_get(c->st, c->arr, id, &k, &found);
	if ((rc = core_int_found(c, rc, found, "reading the consultation",
	    "consultation", "no consultation %lld", (long long)id)) != CORE_OK)
		goto out;
	if (strcmp(on, k.closes) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "feedback is given "
		    "after the consultation closes (%s), not on %s",
		    k.closes, on);
		goto out;
	}
	rc = store_exec(c->st, STMT_CONSULT_FEEDBACK, "ssl", text, on, id);
	rc = core_audited(c, rc, "saving the feedback", "consultation.feedback",
	    "consultation", id, "{s:s, s:s}", "title", k.title, "on", on);
out:
	rec_consult_clear(&k);
	return core_end(c, rc);
}

int
core_consults(struct core *c, const struct viewer *v,
    struct rec_consult_list *out)
{
	struct rec_consult	*k;
	size_t			 i;
	int			 rc, a, b;

	(void)v;	/* consultations are public */
	rc = store_consult_list(c->st, c->arr, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing consultations");
	for (i = 0; i < out->n; i++) {
		k = &out->v[i];
		date_parse(k->opens, &a);
		date_parse(k->closes, &b);
		k->weeks = rules_period_days(a, b) / 7;
		k->is_short = rules_consult_check(&c->cons, a, b,
		    k->significant, 1) == CONSULT_SHORT;
		if (k->is_short && k->short_reason == NULL &&
		    (k->short_reason = strdup("no reason given")) == NULL) {
			rec_consult_list_free(out);
			return core_fail(c, CORE_EFAULT, NULL,
			    "out of memory");
		}
	}
	return CORE_OK;
}
