/*
 * The annual report's sections whose domains still read as JSON (see
 * report_int.h): the self-assessment by commitment and rating, the
 * consultations, and the partners' figures, each as its domain gives
 * it.  These move to typed records with their domains
 * (accountability.c, partners.c, funding.c, dispute.c, ledger.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "report_int.h"
#include "rules/compact.h"

/* MS-2-eval, MS-5: the year's self-assessment by commitment and
 * rating, when the year has one. */
static int
assessment(struct core *c, const struct constitution *cons, int year,
    json_t *out)
{
	json_t		*a = NULL, *s, *r, *bodies, *cms, *cm, *tot, *by;
	const char	*scale[16], *rating;
	size_t		 ns, i, j, k;
	int		 rc, late = 0, submitted = 0;

	rc = core_assess_get(c, year, &a);
	if (rc == CORE_ENOTFOUND || (rc == CORE_OK && a == NULL)) {
		c->err[0] = c->field[0] = '\0';
		json_object_set_new(out, "assessment", json_null());
		return CORE_OK;
	}
	if (rc != CORE_OK)
		return rc;
	ns = rules_scale(cons, scale, 16);
	bodies = json_array();
	cms = json_array();
	tot = json_object();
	for (k = 0; k < ns; k++)
		json_object_set_new(tot, scale[k], json_integer(0));
	json_object_set_new(tot, "not rated", json_integer(0));
	json_array_foreach(json_object_get(a, "assessments"), i, s) {
		json_array_append_new(bodies, json_pack("{s:s, s:s?, s:b, "
		    "s:i}", "organisation", jstr(s, "organisation"),
		    "submitted", jstr(s, "submitted"), "late",
		    json_is_true(json_object_get(s, "late")), "rated",
		    (int)jint(s, "rated")));
		if (jstr(s, "submitted") != NULL)
			submitted++;
		if (json_is_true(json_object_get(s, "late")))
			late++;
		json_array_foreach(json_object_get(s, "ratings"), j, r) {
			/* One row per commitment, in the order listed. */
			cm = json_array_get(cms, j);
			if (cm == NULL) {
				by = json_object();
				for (k = 0; k < ns; k++)
					json_object_set_new(by, scale[k],
					    json_integer(0));
				json_object_set_new(by, "not rated",
				    json_integer(0));
				cm = json_pack("{s:s, s:s?, s:o}", "code",
				    jstr(r, "code"), "heading", jstr(r,
				    "heading"), "ratings", by);
				json_array_append_new(cms, cm);
			}
			rating = "not rated";
			for (k = 0; k < ns && jstr(r, "rating") != NULL; k++)
				if (strcasecmp(jstr(r, "rating"), scale[k]) == 0)
					rating = scale[k];
			by = json_object_get(cm, "ratings");
			json_object_set_new(by, rating, json_integer(
			    jint(by, rating) + 1));
			json_object_set_new(tot, rating, json_integer(
			    jint(tot, rating) + 1));
		}
	}
	s = json_array();
	for (k = 0; k < ns; k++)
		json_array_append_new(s, json_string(scale[k]));
	json_array_append_new(s, json_string("not rated"));
	json_object_set_new(out, "assessment", json_pack("{s:s, s:o, s:o, "
	    "s:o, s:o, s:i, s:i}", "due", jstr(a, "due"), "scale", s,
	    "bodies", bodies, "commitments", cms, "totals", tot,
	    "submitted", submitted, "late", late));
	json_decref(a);
	return CORE_OK;
}

/* SC-consult: consultations that opened or closed in the year. */
static int
consultations(struct core *c, const char *from, const char *to,
    json_t *out)
{
	json_t		*ks = NULL, *k, *rows = json_array();
	int		 rc, a, b, sig = 0, shrt = 0, fed = 0, owed = 0;
	size_t		 i;

	if ((rc = core_consult_list(c, &ks)) != CORE_OK) {
		json_decref(rows);
		return rc;
	}
	json_array_foreach(ks, i, k) {
		if ((strcmp(jstr(k, "opens"), from) < 0 ||
		    strcmp(jstr(k, "opens"), to) > 0) &&
		    (strcmp(jstr(k, "closes"), from) < 0 ||
		    strcmp(jstr(k, "closes"), to) > 0))
			continue;
		date_parse(jstr(k, "opens"), &a);
		date_parse(jstr(k, "closes"), &b);
		json_object_set_new(k, "days", json_integer(b - a));
		if (jint(k, "significant"))
			sig++;
		if (json_is_true(json_object_get(k, "short")))
			shrt++;
		if (jstr(k, "feedback_on") != NULL)
			fed++;
		else if (jint(k, "significant") &&
		    strcmp(jstr(k, "closes"), c->today) < 0)
			owed++;
		json_object_del(k, "organisation_id");
		json_array_append(rows, k);
	}
	json_decref(ks);
	json_object_set_new(out, "consultations", rows);
	json_object_set_new(out, "consultation_counts", json_pack("{s:I, "
	    "s:i, s:i, s:i, s:i}", "total", (json_int_t)json_array_size(rows),
	    "significant", sig, "short", shrt, "fed_back", fed,
	    "feedback_owed", owed));
	return CORE_OK;
}

/*
 * The place for the sections whose tables are being built beside this
 * file: the public bodies' spend with the sector by contracts, grants
 * and small grants, beside the aspiration and the plan (TP-3a,
 * SC-contract, MS-3.4.2 / MS-3.6.3: funding counted by length), the
 * evidence of VCFSE influence gathered through the year (TP-2b), and the
 * register of partnerships with their VCFSE representation (TP-2a).
 *
 * Each adds its figures to out under its own key ("spend", "influence",
 * "partnerships") for the year from..to; render/report.c draws them in
 * report_doc_more().  Until then there is nothing to add.
 */
/* Rows whose key (a date) falls in from..to. */
static json_t *
in_year(json_t *rows, const char *key, const char *from, const char *to)
{
	json_t		*out = json_array(), *r;
	const char	*d;
	size_t		 i;

	json_array_foreach(rows, i, r) {
		d = jstr(r, key);
		if (d != NULL && strcmp(d, from) >= 0 && strcmp(d, to) <= 0)
			json_array_append(out, r);
	}
	return out;
}

static int
report_more(struct core *c, int year, const char *from, const char *to,
    json_t *out)
{
	json_t	*x = NULL;
	int	 rc;

	/* TP-3a, SC-contract, MS-3.4.2 / MS-3.6.3. */
	if ((rc = core_spend(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "spend", x);
	/* TP-2b. */
	if ((rc = core_influence_list(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "influence", x);
	/* TP-2a: only where the constitution asks for it everywhere. */
	if (constitution_bool(&c->cons,
	    "representatives.required_everywhere")) {
		if ((rc = core_partnership_register(c, &x)) != CORE_OK)
			return rc;
		json_object_set_new(out, "partnerships", x);
	}
	/* SC-quarterly: attendance by partner. */
	if ((rc = core_attendance_by_partner(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "attendance", x);
	/* SC-plan: the actions due in the year. */
	if ((rc = core_plan_list(c, NULL, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "plan", in_year(x, "due", from, to));
	json_decref(x);
	/* MS-5: the milestones due in the year. */
	if ((rc = core_milestone_list(c, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "milestones", in_year(x, "due", from, to));
	json_decref(x);
	/* SC-monitor: complaints for the annual review, without names. */
	if (strcmp(constitution_text(&c->cons, "dispute.procedure"),
	    "none") != 0) {
		if ((rc = core_dispute_stats(c, year, &x)) != CORE_OK)
			return rc;
		json_object_set_new(out, "disputes", x);
	}
	return CORE_OK;
}


/* The key k of o (a new reference), or NULL for none or null. */
static json_t *
take(json_t *o, const char *k)
{
	json_t *v = json_object_get(o, k);

	return v != NULL && !json_is_null(v) ? json_incref(v) : NULL;
}

int
report_others(struct core *c, const struct constitution *cons,
    struct core_report *r)
{
	json_t	*o = json_object();
	int	 rc;

	if (o == NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	if ((rc = assessment(c, cons, r->year, o)) == CORE_OK &&
	    (rc = consultations(c, r->from, r->to, o)) == CORE_OK)
		rc = report_more(c, r->year, r->from, r->to, o);
	r->assessment = take(o, "assessment");
	r->consultations = take(o, "consultations");
	r->consultation_counts = take(o, "consultation_counts");
	r->spend = take(o, "spend");
	r->influence = take(o, "influence");
	r->partnerships = take(o, "partnerships");
	r->attendance = take(o, "attendance");
	r->plan = take(o, "plan");
	r->milestones = take(o, "milestones");
	r->disputes = take(o, "disputes");
	json_decref(o);
	return rc;
}

void
report_others_head(struct core *c, struct core_report *r)
{
	struct audit_head head;

	r->audit_head = NULL;
	if (core_audit_head(c, &head) != CORE_OK) {
		c->err[0] = c->field[0] = '\0';
		return;
	}
	r->audit_head = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "seq",
	    (json_int_t)head.seq, "at", head.at, "hash", head.hash, "sig",
	    head.sig, "key", head.key, "head", head.line);
	audit_head_free(&head);
}

void
report_others_free(struct core_report *r)
{
	json_decref(r->assessment);
	json_decref(r->consultations);
	json_decref(r->consultation_counts);
	json_decref(r->spend);
	json_decref(r->influence);
	json_decref(r->partnerships);
	json_decref(r->attendance);
	json_decref(r->plan);
	json_decref(r->milestones);
	json_decref(r->disputes);
	json_decref(r->audit_head);
}
