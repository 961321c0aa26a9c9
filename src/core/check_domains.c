/*
 * Compliance, continued: the partners' promises, the disputes and the
 * agreement's term (MS-5, MS-2-eval, SC-consult, SC-champion, TP-5,
 * SC-plan, TP-2a, SC-resolve-2, SC-term), read from those domains' own
 * reads.  Called by
 * core_int_check_own with the constitution of the date being judged in
 * c->cons.
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
assessments_flags(struct core *c, const char *rule,
    const struct assess_year *y, struct flags *out)
{
	const struct rec_assessment	*s;
	size_t				 j;

	for (j = 0; j < y->assessments.n; j++) {
		s = &y->assessments.v[j];
		if (s->late)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: the %lld self-assessment was due by %s; %s",
			    s->organisation, (long long)y->cycle.year,
			    y->cycle.due, s->submitted != NULL ?
			    "submitted late" : "not submitted");
	}
	for (j = 0; j < y->assessments.n; j++) {
		s = &y->assessments.v[j];
		if (s->submitted != NULL && s->not_rated > 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rules_id(
			    &c->cons, DUTY_ASSESSMENT_RATED, -1), NULL, "%s: "
			    "the %lld self-assessment was submitted with %lld "
			    "commitment(s) not rated", s->organisation,
			    (long long)y->cycle.year, (long long)s->not_rated);
	}
}

/* MS-5, MS-2-eval: the self-assessments; SC-consult: short
 * consultations (with their reason) and outcomes not fed back. */
static int
check_accountability(struct core *c, struct flags *out)
{
	struct rec_cycle_list	 cycles = { NULL, 0 };
	struct rec_consult_list	 ks = { NULL, 0 };
	const struct rec_consult *k;
	struct assess_year	 y;
	const char		*rule, *crule;
	size_t			 i;
	int			 rc;

	rule = rules_id(&c->cons, DUTY_SELF_ASSESSMENT, -1);
	if (rule != NULL && (rc = core_assess_cycles(c, &viewer_system,
	    &cycles)) != CORE_OK)
		return rc;
	for (i = 0; i < cycles.n; i++) {
		if (core_assess_year(c, &viewer_system, (int)cycles.v[i].year,
		    &y) != CORE_OK)
			continue;
		assessments_flags(c, rule, &y, out);
		assess_year_free(&y);
	}
	rec_cycle_list_free(&cycles);
	if ((crule = rules_id(&c->cons, DUTY_CONSULTATION, -1)) == NULL)
		return CORE_OK;
	if ((rc = core_consults(c, &viewer_system, &ks)) != CORE_OK)
		return rc;
	for (i = 0; i < ks.n; i++) {
		k = &ks.v[i];
		if (k->is_short)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, crule, NULL,
			    "%s: \"%s\" ran %lld weeks: %s", k->organisation,
			    k->title, (long long)k->weeks, k->short_reason);
		if (k->significant && k->feedback_on == NULL &&
		    strcmp(k->closes, c->today) < 0)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, crule, NULL,
			    "%s: \"%s\" closed on %s and its outcome has not "
			    "been fed back", k->organisation, k->title,
			    k->closes);
	}
	rec_consult_list_free(&ks);
	return CORE_OK;
}

/* SC-champion, TP-5: partners with no named contact in post. */
static int
check_contacts(struct core *c, struct flags *out)
{
	struct rec_partner_list	 l = { NULL, 0 };
	const char		*nc = constitution_text(&c->cons,
				    "partners.named_contact");
	const char		*rule = rules_id(&c->cons, DUTY_CONTACT, -1);
	size_t			 i;
	int			 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_contact_gaps(c, &viewer_system, &l)) != CORE_OK)
		return rc;
	for (i = 0; i < l.n; i++)
		core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
		    "%s has named no %s", l.v[i].name, strcmp(nc,
		    "champion") == 0 ? "Compact Champion" : strcmp(nc,
		    "officer") == 0 ? "officer" : "single point of contact");
	rec_partner_list_free(&l);
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
	struct rec_plan_list		 pl = { NULL, 0 };
	struct rec_milestone_list	 ml = { NULL, 0 };
	struct rec_partnership_list	 sl = { NULL, 0 };
	const char			*rule;
	size_t				 i;
	int				 rc;

	if ((rc = check_contacts(c, out)) != CORE_OK)
		return rc;
	rule = rules_id(&c->cons, DUTY_PLAN, -1);
	if (rule != NULL && (rc = core_plan_read(c, &viewer_system, NULL,
	    &pl)) != CORE_OK)
		return rc;
	for (i = 0; i < pl.n; i++)
		if (pl.v[i].status == PLAN_OVERDUE)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: \"%s\" was due by %s (owner %s)",
			    pl.v[i].organisation, pl.v[i].action, pl.v[i].due,
			    pl.v[i].owner);
	rec_plan_list_free(&pl);
	rule = rules_id(&c->cons, DUTY_MILESTONE, -1);
	if (rule != NULL && (rc = core_milestones(c, &viewer_system, &ml)) !=
	    CORE_OK)
		return rc;
	for (i = 0; i < ml.n; i++)
		if (ml.v[i].status == MS_MISSED)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "milestone %lld was due by %s and is not recorded "
			    "as met: %s", (long long)ml.v[i].n, ml.v[i].due,
			    ml.v[i].label);
	rec_milestone_list_free(&ml);
	rule = rules_id(&c->cons, DUTY_REPRESENTATION, -1);
	if (rule == NULL || !constitution_bool(&c->cons,
	    "representatives.required_everywhere"))
		return CORE_OK;
	if ((rc = core_partnerships(c, &viewer_system, &sl)) != CORE_OK)
		return rc;
	for (i = 0; i < sl.n; i++)
		if (sl.v[i].status == PS_GAP)
			core_int_flag(out, CHECK_ABOUT_ARRANGEMENT, rule, NULL,
			    "%s: no sector representative and no agreed "
			    "justification", sl.v[i].name);
	rec_partnership_list_free(&sl);
	return CORE_OK;
}

/* SC-resolve-2: open disputes past the day they were due; a dispute
 * is between members, for the officers to read. */
static int
check_disputes(struct core *c, struct flags *out)
{
	struct rec_dispute_list	 ks = { NULL, 0 };
	const struct rec_dispute *k;
	const char		*rule = rules_id(&c->cons, DUTY_DISPUTE_DUE,
				    -1);
	size_t			 i;
	int			 rc;

	if (rule == NULL)
		return CORE_OK;
	if ((rc = core_dispute_cases(c, &viewer_system, &ks)) != CORE_OK)
		return rc;
	for (i = 0; i < ks.n; i++) {
		k = &ks.v[i];
		if (k->overdue)
			core_int_flag(out, CHECK_ABOUT_MEMBER, rule, NULL,
			    "case %lld, %s and %s, first raised on %s, was due "
			    "to be resolved by %s; still at %s",
			    (long long)k->id, k->org_a, k->org_b != NULL ?
			    k->org_b : "", k->first_contact, k->due,
			    k->stage_name);
	}
	rec_dispute_list_free(&ks);
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
