/*
 * Commands for what the partners of a compact, framework or pact keep
 * between them: named contacts, the implementation plan, milestones,
 * evidence of influence, the register of partnerships, and funding
 * with its aspiration and 360Giving export.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "rules/compact.h"

#define O(k) cli_opt(c, (k))

/* The number in arg[0]; 0 with core.err naming it ("milestone '1x' is
 * not accepted; expected its number") when it is not one. */
static int64_t
arg_id(struct cli *c)
{
	int64_t id;

	return id_arg(c, c->cmd->noun, &id) == 0 ? id : 0;
}

/* --- named contacts --- */

static int
run_contact_add(struct cli *c)
{
	struct contact_in	in = { O("organisation"), O("kind"), O("area"),
				    O("name"), O("job-title"), O("email"),
				    O("since") };
	int64_t			id = 0;
	int			rc;

	if ((rc = core_contact_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "contact named", id, NULL);
}

static int
run_contact_end(struct cli *c)
{
	int64_t	id = arg_id(c);
	int	rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_contact_end(&c->core, id, O("date"))) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "contact stood down", 0, NULL);
}

static void
contact_row(struct table *t, const void *p)
{
	const struct rec_contact *k = p;

	table_num(t, k->id);
	table_text(t, k->kind);
	table_text(t, k->area);
	table_text(t, k->organisation);
	table_text(t, k->name);
	table_text(t, k->job_title);
	table_text(t, k->email);
	table_text(t, k->since);
}

static int
run_contact_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Kind", 0, 0 }, { "Area", 28, 0 },
		{ "Partner", 30, 0 }, { "Name", 24, 0 }, { "Job title", 24, 0 },
		{ "Email", 30, 0 }, { "Since", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_contact_list	 l = { NULL, 0 };
	struct rec_partner_list	 miss = { NULL, 0 };
	size_t			 i;
	int			 rc;

	if ((rc = core_contact_list(&c->core, &viewer_system, O("kind"),
	    &l)) != CORE_OK || (rc = core_contact_gaps(&c->core,
	    &viewer_system, &miss)) != CORE_OK) {
		rec_contact_list_free(&l);
		return cli_fail(c, rc);
	}
	rc = CLI_LIST(c, CORE_OK, &l, json_contact_list, cols, contact_row,
	    rec_contact_list_free);
	if (rc == EXIT_OK && strcmp(c->format, "table") == 0)
		for (i = 0; i < miss.n; i++)
			printf("FLAG %s names no %s\n", miss.v[i].name,
			    constitution_text(&c->core.cons,
			    "partners.named_contact"));
	rec_partner_list_free(&miss);
	return rc;
}

/* --- the implementation plan --- */

static int
run_plan_add(struct cli *c)
{
	struct plan_in	in = { O("organisation"), O("commitment"),
			    O("action"), O("owner"), O("due") };
	int64_t		id = 0;
	int		rc;

	if ((rc = core_plan_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "action added to the plan", id, NULL);
}

static int
run_plan_progress(struct cli *c)
{
	const char	*done = O("done");
	int64_t		 id;
	int		 rc;

	/* --done alone means today. */
	if (done == NULL && cli_flag(c, "done-today"))
		done = c->core.today;
	if ((id = arg_id(c)) == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_plan_progress(&c->core, id, O("progress"), done);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, done != NULL ? "action done" : "progress recorded",
	    0, NULL);
}

static void
plan_row(struct table *t, const void *p)
{
	const struct rec_plan *a = p;

	table_num(t, a->id);
	table_text(t, a->organisation);
	table_text(t, a->commitment);
	table_text(t, a->action);
	table_text(t, a->owner);
	table_text(t, a->due);
	table_text(t, json_plan_status[a->status]);
	table_text(t, a->done_on);
	table_text(t, a->progress);
}

static int
run_plan_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Partner", 28, 0 }, { "Commitment", 0, 0 },
		{ "Action", 40, 0 }, { "Owner", 20, 0 }, { "Due", 0, 0 },
		{ "Status", 0, 0 }, { "Done", 0, 0 }, { "Progress", 30, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_plan_list	l = { NULL, 0 };
	int			rc;

	rc = core_plan_read(&c->core, &viewer_system, O("organisation"), &l);
	return CLI_LIST(c, rc, &l, json_plan_list, cols, plan_row,
	    rec_plan_list_free);
}

/* --- milestones --- */

static void
milestone_row(struct table *t, const void *p)
{
	const struct rec_milestone *m = p;

	table_num(t, m->n);
	table_text(t, m->due);
	table_text(t, m->label);
	table_text(t, json_milestone_status[m->status]);
	table_text(t, m->met_on);
}

static int
run_milestone_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Due", 0, 0 }, { "Milestone", 60, 0 },
		{ "Status", 0, 0 }, { "Met", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_milestone_list	l = { NULL, 0 };
	int				rc;

	rc = core_milestones(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_milestone_list, cols, milestone_row,
	    rec_milestone_list_free);
}

static int
run_milestone_met(struct cli *c)
{
	int64_t	n = arg_id(c);
	int	rc;

	if (n == 0)
		return cli_fail(c, CORE_EINVAL);
	/* Past the last int: no such milestone, as core says. */
	if ((rc = core_milestone_met(&c->core, n > INT_MAX ? 0 : (int)n,
	    O("date"),
	    O("note"))) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "milestone met", 0, NULL);
}

/* --- evidence of influence --- */

static int
run_influence_add(struct cli *c)
{
	struct influence_in	in = { O("date"), O("body"), O("decision"),
				    O("change"), O("commitment"),
				    O("source") };
	int64_t			id = 0;
	int			rc;

	if ((rc = core_influence_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "evidence recorded", id, NULL);
}

static void
influence_row(struct table *t, const void *p)
{
	const struct rec_influence *i = p;

	table_text(t, i->on_date);
	table_text(t, i->body);
	table_text(t, i->decision);
	table_text(t, i->change);
	table_text(t, i->commitment);
}

static int
run_influence_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Date", 0, 0 }, { "Where", 28, 0 },
		{ "Decision or policy", 36, 0 },
		{ "What the sector changed", 40, 0 }, { "Commitment", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_influence_list	l = { NULL, 0 };
	int				year = 0, rc;

	if (O("year") != NULL && (year = cli_year(c)) == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_influence_read(&c->core, &viewer_system, year, &l);
	return CLI_LIST(c, rc, &l, json_influence_list, cols, influence_row,
	    rec_influence_list_free);
}

static void
attendance_row(struct table *t, const void *p)
{
	const struct rec_partner_attendance *a = p;

	table_text(t, a->group_name);
	table_text(t, a->organisation);
	table_num(t, a->held);
	table_num(t, a->attended);
}

static int
run_attendance(struct cli *c)
{
	static const struct column cols[] = {
		{ "Partnership", 36, 0 }, { "Partner", 36, 0 },
		{ "Held", 0, 0 }, { "Attended", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_partner_attendance_list	l = { NULL, 0 };
	int					year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_partner_attendance(&c->core, &viewer_system, year, &l);
	return CLI_LIST(c, rc, &l, json_partner_attendance_list, cols,
	    attendance_row, rec_partner_attendance_list_free);
}

/* --- the register of partnerships --- */

static int
run_partnership_except(struct cli *c)
{
	int rc = core_partnership_except(&c->core, c->arg[0],
	    O("justification"), O("agreed-by"), O("agreed-on"));

	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "justification recorded", 0, NULL);
}

static void
partnership_row(struct table *t, const void *p)
{
	const struct rec_partnership *s = p;

	table_text(t, s->slug);
	table_text(t, s->name);
	table_num(t, s->representatives);
	table_text(t, json_partnership_status[s->status]);
	table_text(t, s->justification);
	table_text(t, s->agreed_by);
}

static int
run_partnership_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Slug", 0, 0 }, { "Partnership", 36, 0 },
		{ "Representatives", 0, 0 }, { "Status", 0, 0 },
		{ "Justification", 40, 0 }, { "Agreed by", 24, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_partnership_list	l = { NULL, 0 };
	int				rc;

	rc = core_partnerships(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_partnership_list, cols, partnership_row,
	    rec_partnership_list_free);
}

/* --- funding --- */

static int
run_funding_add(struct cli *c)
{
	struct funding_in	in = { O("kind"), O("funder"), O("recipient"),
				    O("title"), O("description"), O("amount"),
				    O("awarded"), O("starts"), O("ends"),
				    O("reference") };
	struct check_flag_list	flags = { NULL, 0 };
	int64_t			id = 0;
	int			rc;

	if ((rc = core_funding_add(&c->core, &in, &id, &flags)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "funding recorded", id, &flags);
}

/* An amount in pounds for people; pence stay in JSON. */
static void
table_pounds(struct table *t, int64_t pence)
{
	char b[40];

	rules_money_format(pence, b, sizeof(b));
	table_text(t, b);
}

static const char *const length_band[] = { "aim", "short", "long" };

static void
funding_row(struct table *t, const void *p)
{
	const struct rec_funding *f = p;

	table_num(t, f->id);
	table_text(t, f->kind);
	table_text(t, f->funder);
	table_text(t, f->recipient);
	table_text(t, f->title);
	table_pounds(t, f->amount_pence);
	table_text(t, f->starts);
	table_text(t, f->ends);
	table_num(t, f->months);
	table_text(t, length_band[(unsigned)f->length < 3 ? f->length : 0]);
}

static int
run_funding_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Kind", 0, 0 }, { "Funder", 28, 0 },
		{ "Recipient", 28, 0 }, { "Title", 30, 0 },
		{ "Amount (GBP)", 0, 0 }, { "Starts", 0, 0 }, { "Ends", 0, 0 },
		{ "Months", 0, 0 }, { "Length", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_funding_list	l = { NULL, 0 };
	int			year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_funding_read(&c->core, &viewer_system, year, &l);
	return CLI_LIST(c, rc, &l, json_funding_list, cols, funding_row,
	    rec_funding_list_free);
}

/* One grant in the columns of the 360Giving Data Standard; pre is the
 * publisher's prefix (the same identifiers json_grants_360 gives). */
static void
grant_row(struct table *t, const struct rec_funding *f, const char *pre)
{
	int64_t p = f->amount_pence;

	table_fmt(t, "%s-%lld", pre, (long long)f->id);
	table_text(t, f->title);
	table_text(t, f->description != NULL ? f->description : f->title);
	table_text(t, "GBP");
	/* The amount as written, never through a float for whole pounds. */
	if (p % 100 == 0)
		table_fmt(t, "%lld", (long long)(p / 100));
	else
		table_fmt(t, "%.2f", (double)p / 100);
	table_text(t, f->awarded);
	table_text(t, f->starts);
	table_text(t, f->ends);
	table_num(t, f->months);
	if (f->recipient_identifier != NULL)
		table_text(t, f->recipient_identifier);
	else
		table_fmt(t, "%s-ORG-%lld", pre, (long long)f->recipient_id);
	table_text(t, f->recipient);
	if (f->funder_identifier != NULL)
		table_text(t, f->funder_identifier);
	else
		table_fmt(t, "%s-ORG-%lld", pre, (long long)f->funder_id);
	table_text(t, f->funder);
}

/*
 * The 360Giving package: JSON {"grants": [...]} by default, or CSV with
 * the standard's column titles (--format csv).
 */
static int
run_funding_export(struct cli *c)
{
	static const struct column cols[] = {
		{ "Identifier", 0, 0 }, { "Title", 0, 0 },
		{ "Description", 0, 0 }, { "Currency", 0, 0 },
		{ "Amount Awarded", 0, 0 }, { "Award Date", 0, 0 },
		{ "Planned Dates:Start Date", 0, 0 },
		{ "Planned Dates:End Date", 0, 0 },
		{ "Planned Dates:Duration (months)", 0, 0 },
		{ "Recipient Org:Identifier", 0, 0 },
		{ "Recipient Org:Name", 0, 0 },
		{ "Funding Org:Identifier", 0, 0 },
		{ "Funding Org:Name", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_funding_list	l = { NULL, 0 };
	struct table		t;
	char			pre[120];
	size_t			i;
	int			year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_funding_grants(&c->core, &viewer_system, year,
	    O("prefix"), &l, pre)) != CORE_OK) {
		rec_funding_list_free(&l);
		return cli_fail(c, rc);
	}
	if (strcmp(c->format, "csv") != 0) {
		/* JSON unless CSV is asked. */
		rc = cli_json_out(c, json_grants_360(&l, pre));
		rec_funding_list_free(&l);
		return rc;
	}
	table_start(&t, cols);
	for (i = 0; i < l.n; i++)
		grant_row(&t, &l.v[i], pre);
	rec_funding_list_free(&l);
	if (t.nomem)
		rc = cli_fail(c, core_fail(&c->core, CORE_EFAULT, NULL,
		    "out of memory"));
	else {
		render_csv(stdout, &t);
		rc = EXIT_OK;
	}
	table_free(&t);
	return rc;
}

static int
run_spend_aim(struct cli *c)
{
	int year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_spend_aim(&c->core, O("organisation"), year, O("amount"),
	    O("plan"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "aspiration and plan recorded", 0, NULL);
}

static void
spend_row(struct table *t, const void *p)
{
	const struct spend_partner	*s = p;
	size_t				 k;

	table_text(t, s->organisation);
	for (k = 0; k < 3; k++)
		table_pounds(t, s->by_kind[k]);
	table_pounds(t, s->total_pence);
	if (s->has_aim)
		table_pounds(t, s->aim_pence);
	else
		table_text(t, NULL);
	table_text(t, s->has_aim ? s->plan : NULL);
}

static int
run_spend_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Partner", 30, 0 }, { "Contracts", 0, 0 }, { "Grants", 0, 0 },
		{ "Small grants", 0, 0 }, { "Total", 0, 0 },
		{ "Aspiration", 0, 0 }, { "Plan to meet it", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct spend_view	 sv;
	char			 tot[40];
	int			 year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_spend_read(&c->core, &viewer_system, year, &sv)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_spend(&sv));
	else
		rc = cli_print(c, CLI_AS_FORMAT, sv.partners, sv.npartners,
		    sizeof(*sv.partners), cols, spend_row);
	if (rc == EXIT_OK && strcmp(c->format, "table") == 0) {
		rules_money_format(sv.total_pence, tot, sizeof(tot));
		printf("Total %d: GBP %s\n", year, tot);
		printf("By length: %lld within the aim, %lld shorter, %lld "
		    "longer\n", (long long)sv.lengths[FUNDING_AIM],
		    (long long)sv.lengths[FUNDING_SHORT],
		    (long long)sv.lengths[FUNDING_LONG]);
	}
	spend_view_free(&sv);
	return rc;
}

static const struct cli_opt contact_opts[] = {
	{ "organisation", 0, "the partner" },
	{ "name", 0, "the person named" },
	{ "job-title", 0, "their job title" },
	{ "email", 0, "their email address" },
	{ "kind", 0, "champion, officer or single-point (default: the "
	    "constitution's)" },
	{ "area", 0, "the policy area or procurement process (MS-3.7.1)" },
	{ "since", &cli_is_date, "from, YYYY-MM-DD (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt date_opts[] = {
	{ "date", &cli_is_date, "when (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt kind_opts[] = {
	{ "kind", 0, "champion, officer or single-point" },
	{ NULL, 0, NULL },
};
static const struct cli_opt plan_opts[] = {
	{ "organisation", 0, "the partner delivering it" },
	{ "action", 0, "what will be done" },
	{ "owner", 0, "who owns it" },
	{ "due", &cli_is_date, "by when, YYYY-MM-DD" },
	{ "commitment", 0, "the commitment it serves, such as 1.2" },
	{ NULL, 0, NULL },
};
static const struct cli_opt progress_opts[] = {
	{ "progress", 0, "what has been done so far" },
	{ "done", 0, "the date it was done" },
	{ "done-today", CLI_FLAG, "it was done today" },
	{ NULL, 0, NULL },
};
static const struct cli_opt org_opts[] = {
	{ "organisation", 0, "one partner only" },
	{ NULL, 0, NULL },
};
static const struct cli_opt met_opts[] = {
	{ "date", &cli_is_date, "when it was met (default today)" },
	{ "note", 0, "what shows it" },
	{ NULL, 0, NULL },
};
static const struct cli_opt influence_opts[] = {
	{ "date", &cli_is_date, "when the decision was made (default today)" },
	{ "body", 0, "the board or partnership that made it" },
	{ "decision", 0, "the decision or policy" },
	{ "change", 0, "what the sector's voice changed" },
	{ "commitment", 0, "the commitment it shows, such as 1b" },
	{ "source", 0, "where the evidence is: minutes, a link" },
	{ NULL, 0, NULL },
};
static const struct cli_opt year_opts[] = {
	{ "year", &cli_is_year, "the year" },
	{ NULL, 0, NULL },
};
static const struct cli_opt except_opts[] = {
	{ "justification", 0, "why the sector is not represented" },
	{ "agreed-by", 0, "who agreed it" },
	{ "agreed-on", &cli_is_date, "when, YYYY-MM-DD" },
	{ NULL, 0, NULL },
};
static const struct cli_opt funding_opts[] = {
	{ "kind", 0, "contract, grant or small-grant" },
	{ "funder", 0, "the partner paying" },
	{ "recipient", 0, "the sector organisation" },
	{ "title", 0, "what it is for" },
	{ "description", 0, "more about it" },
	{ "amount", 0, "in pounds, such as 12500 or 12,500.50" },
	{ "starts", &cli_is_date, "first day, YYYY-MM-DD" },
	{ "ends", &cli_is_date, "last day, YYYY-MM-DD" },
	{ "awarded", &cli_is_date, "the award date (default the first day)" },
	{ "reference", 0, "the funder's own reference" },
	{ NULL, 0, NULL },
};
static const struct cli_opt export_opts[] = {
	{ "year", &cli_is_year, "the year the grants were awarded" },
	{ "prefix", 0, "the publisher's 360Giving prefix, such as "
	    "360G-staffscc (default 360G-<arrangement>)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt aim_opts[] = {
	{ "organisation", 0, "the partner" },
	{ "year", &cli_is_year, "the year" },
	{ "amount", 0, "the aspiration, in pounds" },
	{ "plan", 0, "the plan to meet it" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_partners_cmds[] = {
	{ "contact", "add", run_contact_add, NULL, contact_opts,
	  "name a partner's champion, officer or single point of contact "
	  "(SC-champion, TP-5, MS-3.7.1)" },
	{ "contact", "end", run_contact_end, "ID", date_opts,
	  "a contact stands down" },
	{ "contact", "list", run_contact_list, NULL, kind_opts,
	  "the named contacts, and the partners without one" },
	{ "plan", "add", run_plan_add, NULL, plan_opts,
	  "add an action to the implementation plan (SC-plan)" },
	{ "plan", "progress", run_plan_progress, "ID", progress_opts,
	  "record progress on an action, or that it is done" },
	{ "plan", "list", run_plan_list, NULL, org_opts,
	  "the plan, with overdue actions" },
	{ "milestone", "list", run_milestone_list, NULL, NULL,
	  "the constitution's milestones: met, missed or to come (MS-5)" },
	{ "milestone", "met", run_milestone_met, "N", met_opts,
	  "record milestone N as met" },
	{ "influence", "add", run_influence_add, NULL, influence_opts,
	  "record evidence of the sector's influence (TP-2b)" },
	{ "influence", "list", run_influence_list, NULL, year_opts,
	  "the evidence, for a year or all" },
	{ "partnership", "attendance", run_attendance, NULL, year_opts,
	  "each partner's attendance at its partnership's meetings "
	  "(SC-quarterly)" },
	{ "partnership", "list", run_partnership_list, NULL, NULL,
	  "each partnership: represented, justified or a gap (TP-2a)" },
	{ "partnership", "except", run_partnership_except, "POSITION",
	  except_opts, "record the agreed justification for no sector "
	  "representation (TP-2a)" },
	{ "funding", "add", run_funding_add, NULL, funding_opts,
	  "record a contract, grant or small grant (SC-contract, TP-3a)" },
	{ "funding", "list", run_funding_list, NULL, year_opts,
	  "a year's funding, with its length against the aim" },
	{ "funding", "export", run_funding_export, NULL, export_opts,
	  "a year's grants in the 360Giving Data Standard (JSON, or "
	  "--format csv)" },
	{ "spend", "aim", run_spend_aim, NULL, aim_opts,
	  "a partner's aspiration for its spend, and its plan (TP-3a)" },
	{ "spend", "show", run_spend_show, NULL, year_opts,
	  "a year's spend by partner and kind, beside each aspiration" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
