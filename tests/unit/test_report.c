/*
 * The annual report's sections on the partners, as records
 * (core_report.h): the self-assessment counted by commitment and
 * rating (MS-2-eval, MS-5), the consultations that opened or closed in
 * the year with their length and counts (SC-consult), the plan and the
 * milestones due in the year (SC-plan, MS-5), the register of
 * partnerships only where every partnership needs a representative
 * (TP-2a), the complaints only where there is a procedure (SC-monitor),
 * and the audit log's signed head.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/core.h"
#include "core/core_report.h"

#define OK(c, call) do { \
	int rc_ = (call); \
	if (rc_ != CORE_OK) \
		fail_msg("%s: %s", #call, (c)->err); \
} while (0)

static void
at(struct core *c, const char *day)
{
	setenv("ALLIANCE_TODAY", day, 1);
	assert_int_equal(core_clock(c), CORE_OK);
}

/* A fresh database from template tmpl, on day. */
static void
fresh(struct core *c, const char *tmpl, const char *day)
{
	char	dir[] = "/tmp/alliance-report.XXXXXX";
	char	path[300], key[300];

	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/test.db", dir);
	snprintf(key, sizeof(key), "%s/test.key", dir);
	setenv("ALLIANCE_KEY", key, 1);
	setenv("ALLIANCE_TODAY", day, 1);
	OK(c, core_open(c, path, 1));
	c->actor = "report test";
	OK(c, core_init(c, tmpl, NULL));
	OK(c, core_use(c, NULL));
	at(c, day);
}

/* A public body that signs the framework. */
static void
signs(struct core *c, const char *name)
{
	struct org_in		o;
	struct declaration_in	d;
	int64_t			id;

	memset(&o, 0, sizeof(o));
	o.name = name;
	o.sector = "public";
	o.infrastructure = -1;
	OK(c, core_org_add(c, &o, &id));
	memset(&d, 0, sizeof(d));
	d.organisation = name;
	d.name = "Chief Executive";
	d.role = "Chief Executive";
	d.date = "2026-01-05";
	d.authority = 1;
	OK(c, core_member_sign(c, &d));
}

static void
consult(struct core *c, const char *title, const char *opens,
    const char *closes)
{
	struct consult_in	k;
	struct check_flag_list	flags = { NULL, 0 };
	int64_t			id;

	memset(&k, 0, sizeof(k));
	k.organisation = "Medway Council";
	k.title = title;
	k.opens = opens;
	k.closes = closes;
	k.significant = 1;
	OK(c, core_consult_add(c, &k, &id, &flags));
	check_flag_list_free(&flags);
}

static void
plan(struct core *c, const char *action, const char *due)
{
	struct plan_in	p;
	int64_t		id;

	memset(&p, 0, sizeof(p));
	p.organisation = "Medway Council";
	p.action = action;
	p.owner = "Head of Commissioning";
	p.due = due;
	OK(c, core_plan_add(c, &p, &id));
}

/* The place of name on the report's scale, or -1. */
static int
scale_at(const struct report_assessment *a, const char *name)
{
	size_t k;

	for (k = 0; k < a->nscale; k++)
		if (strcmp(a->scale[k], name) == 0)
			return (int)k;
	return -1;
}

/* MS-2-eval, MS-5, SC-consult, SC-plan: the Medway & Swale Framework's
 * 2026 so far, and its 2022. */
static void
test_MS_2_eval_SC_consult_SC_plan_MS_5_report_records(void **state)
{
	struct core_report		 r;
	const struct report_assessment	*a = &r.assessment;
	struct core			 c;
	int				 met, prog, nr;
	size_t				 i;

	(void)state;
	fresh(&c, "medway-swale-framework", "2026-01-05");
	signs(&c, "Medway Council");
	signs(&c, "Swale Borough Council");
	{
		int n = 0;

		OK(&c, core_assess_open(&c, 2026, "2026-03-31", &n));
		assert_int_equal(n, 2);
	}
	OK(&c, core_assess_rate(&c, 2026, "Medway Council", "3.3.1", "met",
	    NULL, NULL));
	/* The scale is matched whatever the case. */
	OK(&c, core_assess_rate(&c, 2026, "Swale Borough Council", "3.3.1",
	    "In Progress", NULL, NULL));
	consult(&c, "Last year's review", "2025-01-06", "2025-02-03");
	consult(&c, "Grants review", "2026-04-06", "2026-05-04");
	plan(&c, "Publish the commissioning approach", "2026-06-30");
	plan(&c, "Review the approach", "2027-03-31");
	at(&c, "2026-06-01");
	OK(&c, core_report_annual(&c, 2026, &r));

	/* MS-2-eval: every public commitment counted by rating, the
	 * scale's three and "not rated" after them. */
	assert_true(r.has_assessment);
	assert_string_equal(a->due, "2026-03-31");
	assert_int_equal(a->nscale, 4);
	assert_string_equal(a->scale[3], "not rated");
	met = scale_at(a, "met");
	prog = scale_at(a, "in progress");
	nr = scale_at(a, "not rated");
	assert_true(met >= 0 && prog >= 0);
	assert_int_equal(a->nbodies, 2);
	assert_int_equal(a->submitted, 0);
	/* MS-5: neither submitted by its due date. */
	assert_int_equal(a->late, 2);
	for (i = 0; i < a->nbodies; i++) {
		assert_true(a->bodies[i].late);
		assert_null(a->bodies[i].submitted);
		assert_int_equal(a->bodies[i].rated, 1);
	}
	assert_int_equal(a->ncommitments, 38);
	assert_string_equal(a->commitments[0].code, "3.3.1");
	assert_non_null(a->commitments[0].heading);
	assert_int_equal(a->commitments[0].by[met], 1);
	assert_int_equal(a->commitments[0].by[prog], 1);
	assert_int_equal(a->commitments[0].by[nr], 0);
	assert_int_equal(a->commitments[1].by[nr], 2);
	assert_int_equal(a->totals[met], 1);
	assert_int_equal(a->totals[prog], 1);
	assert_int_equal(a->totals[nr], 2 * 38 - 2);

	/* SC-consult: only the year's, four weeks long, closed and owing
	 * its feedback. */
	assert_int_equal(r.consultations.n, 1);
	assert_string_equal(r.consultations.v[0].k.title, "Grants review");
	assert_int_equal(r.consultations.v[0].days, 28);
	assert_int_equal(r.consultations.v[0].k.weeks, 4);
	assert_int_equal(r.consultation_counts.total, 1);
	assert_int_equal(r.consultation_counts.significant, 1);
	assert_int_equal(r.consultation_counts.fed_back, 0);
	assert_int_equal(r.consultation_counts.feedback_owed, 1);

	/* SC-plan: the action due in the year, not the next year's. */
	assert_int_equal(r.plan.n, 1);
	assert_string_equal(r.plan.v[0].due, "2026-06-30");
	assert_int_equal(r.plan.v[0].status, PLAN_OPEN);
	/* MS-5: the Framework's milestones are all before 2026. */
	assert_int_equal(r.milestones.n, 0);
	/* TP-2a, SC-monitor: neither asked for by the Framework. */
	assert_false(r.has_partnerships);
	assert_false(r.has_disputes);
	assert_int_equal(r.spend.year, 2026);
	assert_int_equal(r.spend.funding.n, 0);
	assert_true(r.has_audit_head);
	assert_true(r.audit_head.seq > 0);
	assert_non_null(r.audit_head.line);
	core_report_free(&r);

	/* 2022: no self-assessment, last year's consultation is not its,
	 * and the one milestone due in it, missed. */
	OK(&c, core_report_annual(&c, 2022, &r));
	assert_false(r.has_assessment);
	assert_int_equal(r.consultations.n, 0);
	assert_int_equal(r.consultation_counts.total, 0);
	assert_int_equal(r.plan.n, 0);
	assert_int_equal(r.milestones.n, 1);
	assert_int_equal(r.milestones.v[0].n, 2);
	assert_string_equal(r.milestones.v[0].due, "2022-03-31");
	assert_int_equal(r.milestones.v[0].status, MS_MISSED);
	core_report_free(&r);
	core_close(&c);
}

/* TP-2a: the register of partnerships where every partnership needs
 * the sector; SC-monitor: the complaints where there is a procedure. */
static void
test_TP_2a_SC_monitor_sections_by_constitution(void **state)
{
	struct core_report	r;
	struct core		c;

	(void)state;
	fresh(&c, "tameside-pact", "2026-01-05");
	OK(&c, core_report_annual(&c, 2026, &r));
	assert_true(r.has_partnerships);
	assert_true(r.partnerships.n > 0);
	assert_false(r.has_disputes);
	core_report_free(&r);
	core_close(&c);

	fresh(&c, "staffordshire-compact", "2026-01-05");
	OK(&c, core_report_annual(&c, 2026, &r));
	assert_false(r.has_partnerships);
	assert_true(r.has_disputes);
	assert_int_equal(r.disputes.year, 2026);
	assert_int_equal(r.disputes.cases, 0);
	core_report_free(&r);
	core_close(&c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(
		    test_MS_2_eval_SC_consult_SC_plan_MS_5_report_records),
		cmocka_unit_test(
		    test_TP_2a_SC_monitor_sections_by_constitution),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
