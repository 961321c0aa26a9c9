/*
 * The annual report's sections on the partners (see report_int.h): the
 * self-assessment by commitment and rating, the consultations, and the
 * partners' figures, each read from its domain's typed records
 * (core_partners.h, core_dispute.h, core_audit.h).  The report is
 * published, the same for every viewer: each is read as the command
 * line reads it.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "report_int.h"
#include "rules/compact.h"
#include "store/rec_list.h"

/* 1 when the date d falls in from..to. */
static int
in_year(const char *d, const char *from, const char *to)
{
	return d != NULL && strcmp(d, from) >= 0 && strcmp(d, to) <= 0;
}

/* The rating's place on the scale (case-insensitive), or ns for one
 * not rated or not on it. */
static size_t
rating_at(const struct report_assessment *a, size_t ns, const char *rating)
{
	size_t k, at = ns;

	for (k = 0; k < ns && rating != NULL; k++)
		if (strcasecmp(rating, a->scale[k]) == 0)
			at = k;
	return at;
}

/* Each body of y (its strings taken), and its ratings counted by
 * commitment, one row per commitment in the order listed. */
static int
assessment_count(struct core *c, struct assess_year *y, size_t ns,
    struct report_assessment *a)
{
	struct rec_assessment		*s;
	struct rec_rating		*rt;
	struct report_commitment	*cm;
	size_t				 i, j, k;

	if ((a->bodies = calloc(y->assessments.n + 1,
	    sizeof(*a->bodies))) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	for (i = 0; i < y->assessments.n; i++) {
		s = &y->assessments.v[i];
		a->bodies[i].organisation = s->organisation;
		a->bodies[i].submitted = s->submitted;
		s->organisation = s->submitted = NULL;
		a->bodies[i].late = s->late;
		a->bodies[i].rated = (int)s->rated;
		a->nbodies++;
		a->submitted += a->bodies[i].submitted != NULL;
		a->late += s->late != 0;
		for (j = 0; j < s->ratings.n; j++) {
			rt = &s->ratings.v[j];
			if (j < a->ncommitments)
				cm = &a->commitments[j];
			else if ((cm = store_int_grow((void **)&a->commitments,
			    &a->ncommitments, sizeof(*cm))) == NULL)
				return core_fail(c, CORE_EFAULT, NULL,
				    "out of memory");
			else {
				cm->code = rt->code;
				cm->heading = rt->heading;
				rt->code = rt->heading = NULL;
			}
			k = rating_at(a, ns, rt->rating);
			cm->by[k]++;
			a->totals[k]++;
		}
	}
	return CORE_OK;
}

/* MS-2-eval, MS-5: the year's self-assessment by commitment and
 * rating, when the year has one. */
static int
assessment(struct core *c, const struct constitution *cons, int year,
    struct core_report *r)
{
	struct report_assessment	*a = &r->assessment;
	struct assess_year		 y;
	const char			*scale[REPORT_RATINGS - 1];
	size_t				 ns, k;
	int				 rc;

	rc = core_assess_year(c, &viewer_system, year, &y);
	if (rc == CORE_ENOTFOUND) {
		c->err[0] = c->field[0] = '\0';
		return CORE_OK;
	}
	if (rc != CORE_OK)
		return rc;
	r->has_assessment = 1;
	ns = rules_scale(cons, scale, REPORT_RATINGS - 1);
	for (k = 0; k <= ns; k++) {
		if ((a->scale[k] = strdup(k < ns ? scale[k] : "not rated")) ==
		    NULL) {
			assess_year_free(&y);
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
		}
		a->nscale++;
	}
	a->due = y.cycle.due;
	y.cycle.due = NULL;
	rc = assessment_count(c, &y, ns, a);
	assess_year_free(&y);
	return rc;
}

/* SC-consult: consultations that opened or closed in the year. */
static int
consultations(struct core *c, const char *from, const char *to,
    struct core_report *r)
{
	struct report_consult_counts	*n = &r->consultation_counts;
	struct rec_consult_list		 ks;
	struct rec_consult		*k;
	struct report_consult		*x;
	size_t				 i;
	int				 rc, a, b;

	if ((rc = core_consults(c, &viewer_system, &ks)) != CORE_OK)
		return rc;
	for (i = 0; i < ks.n; i++) {
		k = &ks.v[i];
		if (!in_year(k->opens, from, to) &&
		    !in_year(k->closes, from, to))
			continue;
		if ((x = store_int_grow((void **)&r->consultations.v,
		    &r->consultations.n, sizeof(*x))) == NULL) {
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
			break;
		}
		x->k = *k;
		memset(k, 0, sizeof(*k));
		a = b = 0;
		date_parse(x->k.opens, &a);
		date_parse(x->k.closes, &b);
		x->days = b - a;
		n->significant += x->k.significant != 0;
		n->shorter += x->k.is_short != 0;
		if (x->k.feedback_on != NULL)
			n->fed_back++;
		else if (x->k.significant && x->k.closes != NULL &&
		    strcmp(x->k.closes, c->today) < 0)
			n->feedback_owed++;
	}
	n->total = (int)r->consultations.n;
	rec_consult_list_free(&ks);
	return rc;
}

/*
 * Keeps in v (n records of sz bytes, each with its date at off) those
 * dated in from..to, in order, and gives back the others, moved to a
 * new array of *nrest, for their list's free; NULL for no memory
 * (nothing moved).
 */
static void *
keep_year(void *v, size_t *n, size_t sz, size_t off, const char *from,
    const char *to, size_t *nrest)
{
	char		*b = v, *rest;
	const char	*d;
	size_t		 i, k = 0;

	*nrest = 0;
	if ((rest = calloc(*n + 1, sz)) == NULL)
		return NULL;
	for (i = 0; i < *n; i++) {
		memcpy(&d, b + i * sz + off, sizeof(d));
		if (in_year(d, from, to))
			memmove(b + k++ * sz, b + i * sz, sz);
		else
			memcpy(rest + (*nrest)++ * sz, b + i * sz, sz);
	}
	*n = k;
	return rest;
}

/* SC-plan, MS-5: the actions and the milestones due in the year. */
static int
due_in_year(struct core *c, const char *from, const char *to,
    struct core_report *r)
{
	struct rec_plan_list		 pr = { NULL, 0 };
	struct rec_milestone_list	 mr = { NULL, 0 };
	int				 rc;

	if ((rc = core_plan_read(c, &viewer_system, NULL, &r->plan)) !=
	    CORE_OK)
		return rc;
	if ((pr.v = keep_year(r->plan.v, &r->plan.n, sizeof(*pr.v),
	    offsetof(struct rec_plan, due), from, to, &pr.n)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	rec_plan_list_free(&pr);
	if ((rc = core_milestones(c, &viewer_system, &r->milestones)) !=
	    CORE_OK)
		return rc;
	if ((mr.v = keep_year(r->milestones.v, &r->milestones.n,
	    sizeof(*mr.v), offsetof(struct rec_milestone, due), from, to,
	    &mr.n)) == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	rec_milestone_list_free(&mr);
	return CORE_OK;
}

/*
 * The public bodies' spend with the sector by contracts, grants and
 * small grants, beside the aspiration and the plan (TP-3a,
 * SC-contract, MS-3.4.2 / MS-3.6.3: funding counted by length), the
 * evidence of VCFSE influence gathered through the year (TP-2b), the
 * register of partnerships with their VCFSE representation (TP-2a),
 * attendance by partner, the plan, the milestones and the complaints;
 * render/report_partners.c draws them.
 */
static int
report_more(struct core *c, int year, const char *from, const char *to,
    struct core_report *r)
{
	int rc;

	/* TP-3a, SC-contract, MS-3.4.2 / MS-3.6.3. */
	if ((rc = core_spend_read(c, &viewer_system, year, &r->spend)) !=
	    CORE_OK)
		return rc;
	/* TP-2b. */
	if ((rc = core_influence_read(c, &viewer_system, year,
	    &r->influence)) != CORE_OK)
		return rc;
	/* TP-2a: only where the constitution asks for it everywhere. */
	if (constitution_bool(&c->cons,
	    "representatives.required_everywhere")) {
		if ((rc = core_partnerships(c, &viewer_system,
		    &r->partnerships)) != CORE_OK)
			return rc;
		r->has_partnerships = 1;
	}
	/* SC-quarterly: attendance by partner. */
	if ((rc = core_partner_attendance(c, &viewer_system, year,
	    &r->attendance)) != CORE_OK)
		return rc;
	/* SC-plan, MS-5. */
	if ((rc = due_in_year(c, from, to, r)) != CORE_OK)
		return rc;
	/* SC-monitor: complaints for the annual review, without names. */
	if (strcmp(constitution_text(&c->cons, "dispute.procedure"),
	    "none") != 0) {
		if ((rc = core_dispute_figures(c, &viewer_system, year,
		    &r->disputes)) != CORE_OK)
			return rc;
		r->has_disputes = 1;
	}
	return CORE_OK;
}

int
report_others(struct core *c, const struct constitution *cons,
    struct core_report *r)
{
	int rc;

	if ((rc = assessment(c, cons, r->year, r)) == CORE_OK &&
	    (rc = consultations(c, r->from, r->to, r)) == CORE_OK)
		rc = report_more(c, r->year, r->from, r->to, r);
	return rc;
}

void
report_others_head(struct core *c, struct core_report *r)
{
	if (core_audit_head(c, &r->audit_head) != CORE_OK) {
		audit_head_free(&r->audit_head);
		c->err[0] = c->field[0] = '\0';
		return;
	}
	r->has_audit_head = 1;
}

static void
assessment_free(struct report_assessment *a)
{
	size_t i;

	free(a->due);
	for (i = 0; i < a->nscale; i++)
		free(a->scale[i]);
	for (i = 0; i < a->nbodies; i++) {
		free(a->bodies[i].organisation);
		free(a->bodies[i].submitted);
	}
	free(a->bodies);
	for (i = 0; i < a->ncommitments; i++) {
		free(a->commitments[i].code);
		free(a->commitments[i].heading);
	}
	free(a->commitments);
	memset(a, 0, sizeof(*a));
}

void
report_others_free(struct core_report *r)
{
	size_t i;

	assessment_free(&r->assessment);
	for (i = 0; i < r->consultations.n; i++)
		rec_consult_clear(&r->consultations.v[i].k);
	free(r->consultations.v);
	spend_view_free(&r->spend);
	rec_influence_list_free(&r->influence);
	rec_partnership_list_free(&r->partnerships);
	rec_partner_attendance_list_free(&r->attendance);
	rec_plan_list_free(&r->plan);
	rec_milestone_list_free(&r->milestones);
	audit_head_free(&r->audit_head);
}
