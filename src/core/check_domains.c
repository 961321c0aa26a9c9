/*
 * Compliance, continued: the partners' promises, the disputes and the
 * agreement's term (MS-5, MS-2-eval, SC-consult, SC-champion, TP-5,
 * SC-plan, TP-2a, SC-resolve-2, SC-term), read from those domains' own
 * reads.  Called by
 * core_int_check_own with the constitution of the date being judged in
 * c->cons.  The domains' reads still give JSON rows: read here and
 * nowhere above this file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "check_int.h"
#include "own.h"

/* MS-5: self-assessments not submitted by their due date; MS-2-eval:
 * those submitted with commitments unrated. */
static void
assessments_flags(struct core *c, const char *rule, const json_t *cy,
    const json_t *full, struct flags *out)
{
	const json_t	*s;
	size_t		 j;

	json_array_foreach(json_object_get(full, "assessments"), j, s)
		if (json_is_true(json_object_get(s, "late")))
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: the %lld self-assessment was due by %s; %s",
			    jstr(s, "organisation"), (long long)jint(cy,
			    "year"), jstr(cy, "due"), jstr(s, "submitted") !=
			    NULL ? "submitted late" : "not submitted");
	json_array_foreach(json_object_get(full, "assessments"), j, s)
		if (jstr(s, "submitted") != NULL && jint(s, "not_rated") > 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rules_id(
			    &c->cons, DUTY_ASSESSMENT_RATED, -1), NULL, "%s: "
			    "the %lld self-assessment was submitted with %lld "
			    "commitment(s) not rated", jstr(s, "organisation"),
			    (long long)jint(cy, "year"), (long long)jint(s,
			    "not_rated"));
}

/* MS-5, MS-2-eval: the self-assessments; SC-consult: short
 * consultations (with their reason) and outcomes not fed back. */
static int
check_accountability(struct core *c, struct flags *out)
{
	json_t		*cycles = NULL, *cy, *full, *ks = NULL, *k;
	const char	*rule, *crule;
	size_t		 i;
	int		 rc;

	rule = rules_id(&c->cons, DUTY_SELF_ASSESSMENT, -1);
	if (rule != NULL && (rc = core_assess_list(c, &cycles)) != CORE_OK)
		return rc;
	json_array_foreach(cycles, i, cy) {
		full = NULL;
		if (core_assess_get(c, (int)jint(cy, "year"), &full) != CORE_OK)
			continue;
		assessments_flags(c, rule, cy, full, out);
		json_decref(full);
	}
	json_decref(cycles);
	if ((crule = rules_id(&c->cons, DUTY_CONSULTATION, -1)) == NULL)
		return CORE_OK;
	if ((rc = core_consult_list(c, &ks)) != CORE_OK)
		return rc;
	json_array_foreach(ks, i, k) {
		if (json_is_true(json_object_get(k, "short")))
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, crule, NULL,
			    "%s: \"%s\" ran %lld weeks: %s", jstr(k,
			    "organisation"), jstr(k, "title"),
			    (long long)jint(k, "weeks"), jstr(k,
			    "short_reason"));
		if (jint(k, "significant") && jstr(k, "feedback_on") == NULL &&
		    strcmp(jstr(k, "closes"), c->today) < 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, crule, NULL,
			    "%s: \"%s\" closed on %s and its outcome has not "
			    "been fed back", jstr(k, "organisation"), jstr(k,
			    "title"), jstr(k, "closes"));
	}
	json_decref(ks);
	return CORE_OK;
}

/*
 * The partners' own promises: named contacts (SC-champion, TP-5), the
 * plan's actions (SC-plan), the milestones (MS-5) and representation on
 * every partnership (TP-2a).
 */
static int
check_partners(struct core *c, struct flags *out)
{
	json_t		*rows = NULL, *r;
	const char	*nc = constitution_text(&c->cons,
			    "partners.named_contact");
	const char	*rule;
	size_t		 i;
	int		 rc;

	rule = rules_id(&c->cons, DUTY_CONTACT, -1);
	if (rule != NULL && (rc = core_contact_missing(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
		    "%s has named no %s", jstr(r, "name"), strcmp(nc,
		    "champion") == 0 ? "Compact Champion" : strcmp(nc,
		    "officer") == 0 ? "officer" : "single point of contact");
	json_decref(rows);
	rows = NULL;
	rule = rules_id(&c->cons, DUTY_PLAN, -1);
	if (rule != NULL && (rc = core_plan_list(c, NULL, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "overdue") == 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: \"%s\" was due by %s (owner %s)", jstr(r,
			    "organisation"), jstr(r, "action"), jstr(r, "due"),
			    jstr(r, "owner"));
	json_decref(rows);
	rows = NULL;
	rule = rules_id(&c->cons, DUTY_MILESTONE, -1);
	if (rule != NULL && (rc = core_milestone_list(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "missed") == 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "milestone %lld was due by %s and is not recorded "
			    "as met: %s", (long long)jint(r, "n"), jstr(r,
			    "due"), jstr(r, "label"));
	json_decref(rows);
	rule = rules_id(&c->cons, DUTY_REPRESENTATION, -1);
	if (rule == NULL || !constitution_bool(&c->cons,
	    "representatives.required_everywhere"))
		return CORE_OK;
	if ((rc = core_partnership_register(c, &rows)) != CORE_OK)
		return rc;
	json_array_foreach(rows, i, r)
		if (strcmp(jstr(r, "status"), "gap") == 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: no sector representative and no agreed "
			    "justification", jstr(r, "name"));
	json_decref(rows);
	return CORE_OK;
}

/* SC-resolve-2: open disputes past the day they were due; a dispute
 * is between members, for the officers to read. */
static int
check_disputes(struct core *c, struct flags *out)
{
	json_t		*ks = NULL, *k;
	const char	*rule = rules_id(&c->cons, DUTY_DISPUTE_DUE, -1);
	size_t		 i;
	int		 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_dispute_list(c, &ks)) != CORE_OK)
		return rc;
	json_array_foreach(ks, i, k)
		if (json_is_true(json_object_get(k, "overdue")))
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, NULL,
			    "case %lld, %s and %s, first raised on %s, was due "
			    "to be resolved by %s; still at %s",
			    (long long)jint(k, "id"), jstr(k, "org_a"),
			    jstr(k, "org_b") != NULL ? jstr(k, "org_b") : "",
			    jstr(k, "first_contact"), jstr(k, "due"), jstr(k,
			    "stage_name"));
	json_decref(ks);
	return CORE_OK;
}

/* SC-term: the agreement past its term with no renewal recorded. */
static int
check_term(struct core *c, int today, struct flags *out)
{
	struct term_view	 t;
	const char		*rule = rules_id(&c->cons, DUTY_AGREEMENT_TERM,
				    -1);
	char			 ended[DATE_LEN];
	int			 rc, end;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_term_show(c, &t)) != CORE_OK)
		return rc;
	if (t.lapsed && date_parse(t.runs_to, &end) == 0 && end < today) {
		date_format(end, ended);
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL, "the "
		    "agreement's term ended on %s and %s", ended,
		    t.renewals.n == 0 ? "no renewal is recorded" : "its last "
		    "renewal has run out");
	}
	term_view_free(&t);
	return CORE_OK;
}

/* The partners' promises and the disputes (check_own.c calls it). */
int
core_int_check_partners(struct core *c, struct flags *out)
{
	int rc;

	if ((rc = check_accountability(c, out)) != CORE_OK ||
	    (rc = check_partners(c, out)) != CORE_OK)
		return rc;
	return check_disputes(c, out);
}

/* SC-term, on day today (check_own.c calls it). */
int
core_int_check_term(struct core *c, int today, struct flags *out)
{
	return check_term(c, today, out);
}
