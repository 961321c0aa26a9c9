/*
 * Commands for disputes between partners and breaches of the
 * agreement: the Compact's three stages (SC-resolve-1..3), the
 * Alliance's dialogue and third party (SA-12), breaches (SA-13.1) and
 * the figures for the annual review (SC-monitor).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

/* The case number of the first argument; 0 with core.err set. */
static int64_t
case_of(struct cli *c)
{
	int64_t v;

	if (parse_id(c->arg[0], &v) != 0) {
		core_fail(&c->core, CORE_EINVAL, "case", "case '%s' is not "
		    "accepted; expected its number, as 'alliance dispute "
		    "list' shows", c->arg[0]);
		return 0;
	}
	return (int64_t)v;
}

static int
run_open(struct cli *c)
{
	struct dispute_in	 in;
	struct dispute_view	 v;
	int64_t			 id = 0;
	char			 msg[200];
	int			 rc;

	memset(&in, 0, sizeof(in));
	in.kind = O("kind") != NULL ? O("kind") : "dispute";
	in.organisation = O("organisation");
	in.against = O("against");
	in.subject = O("subject");
	in.first_contact = O("first-contact");
	in.detail = O("detail");
	if ((rc = core_dispute_open(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	if (core_dispute_read(&c->core, &viewer_system, id, &v) != CORE_OK)
		return cli_fail(c, CORE_EFAULT);
	/* The case's number as every record's (cli_done): "(#N)", or
	 * "id" under --json, for the steps that name it. */
	snprintf(msg, sizeof(msg), "case opened: %s%s%s", v.d.stage_name,
	    v.d.due != NULL ? ", resolution due by " : "",
	    v.d.due != NULL ? v.d.due : "");
	dispute_view_free(&v);
	return cli_done(c, msg, id, NULL);
}

/*
 * A step on a case, the verb's: its one core call, then what was done
 * with the flags it raised, or refused (the flags freed).
 */
static int
run_step(struct cli *c)
{
	struct check_flag_list	 flags = { NULL, 0 }, *raised = &flags;
	struct statement_in	 in = { O("problem"), O("handled"),
				    O("unresolved"), O("outcome") };
	const char		*verb = c->cmd->verb;
	int64_t			 id = case_of(c);
	int			 to = (int)cli_int(c, "to"), rc;
	char			 msg[300];

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if (strcmp(verb, "statement") == 0) {
		rc = core_dispute_statement(&c->core, id, &in);
		snprintf(msg, sizeof(msg), "statement recorded");
		raised = NULL;
	} else if (strcmp(verb, "stage") == 0) {
		rc = core_dispute_stage(&c->core, id, to, O("third-party"),
		    cli_flag(c, "agreed"), O("note"), &flags);
		snprintf(msg, sizeof(msg), "case %lld at stage %d",
		    (long long)id, to);
	} else if (strcmp(verb, "draw") == 0) {
		rc = core_dispute_draw(&c->core, id, O("person"), &flags);
		snprintf(msg, sizeof(msg), "%s drawn for the panel of case "
		    "%lld", O("person") != NULL ? O("person") : "",
		    (long long)id);
	} else if (strcmp(verb, "record") == 0) {
		rc = core_dispute_record(&c->core, id, O("text"));
		snprintf(msg, sizeof(msg), "recorded in the case log");
		raised = NULL;
	} else {
		rc = core_dispute_resolve(&c->core, id, O("outcome"),
		    O("date"), &flags);
		snprintf(msg, sizeof(msg), "case %lld resolved",
		    (long long)id);
	}
	if (rc != CORE_OK) {
		check_flag_list_free(&flags);
		return cli_fail(c, rc);
	}
	return cli_done(c, msg, 0, raised);
}

static void
eligible_row(struct table *t, const void *p)
{
	const struct rec_candidate *x = p;

	table_text(t, x->name);
	table_text(t, x->organisation);
	table_text(t, x->sector);
	table_yes(t, x->drawn);
}

static void
excluded_row(struct table *t, const void *p)
{
	const struct rec_candidate *x = p;

	table_text(t, x->name);
	table_text(t, x->organisation);
	table_text(t, x->reason);
}

static int
run_panel(struct cli *c)
{
	static const struct column ok_cols[] = {
		{ "Eligible", 30, 0 }, { "Organisation", 36, 0 },
		{ "Sector", 0, 0 }, { "Drawn", 0, 0 }, { NULL, 0, 0 },
	};
	static const struct column no_cols[] = {
		{ "Excluded", 30, 0 }, { "Organisation", 30, 0 },
		{ "Why", 60, 0 }, { NULL, 0, 0 },
	};
	struct panel_view	v;
	int64_t			id = case_of(c);
	int			rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_dispute_proposal(&c->core, &viewer_system, id, &v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_panel_view(&v));
	else {
		printf("Panel for case %lld, from the %s (SC-resolve-2)\n",
		    (long long)id, v.group != NULL ? v.group : "(null)");
		rc = CLI_PRINT(c, CLI_AS_FORMAT, &v.eligible, ok_cols,
		    eligible_row);
		if (rc == EXIT_OK)
			rc = CLI_PRINT(c, CLI_AS_FORMAT, &v.excluded, no_cols,
			    excluded_row);
		if (rc == EXIT_OK && v.panel.n > 0 && !v.cross_sector)
			printf("FLAG SC-resolve-2 the panel is not "
			    "cross-sector yet\n");
	}
	panel_view_free(&v);
	return rc;
}

static void
case_row(struct table *t, const void *p)
{
	const struct rec_dispute *d = p;

	table_num(t, d->id);
	table_text(t, d->kind);
	table_text(t, d->org_a);
	table_text(t, d->org_b);
	table_text(t, d->subject);
	table_text(t, d->first_contact);
	table_text(t, d->stage_name);
	table_text(t, d->due);
	table_text(t, d->status);
}

static int
run_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Kind", 0, 0 }, { "Organisation", 30, 0 },
		{ "With", 30, 0 }, { "Subject", 30, 0 },
		{ "First contact", 0, 0 }, { "Stage", 0, 0 }, { "Due", 0, 0 },
		{ "Status", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_dispute_list	l = { NULL, 0 };
	int			rc;

	rc = core_dispute_cases(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_dispute_list, cols, case_row,
	    rec_dispute_list_free);
}

static void
line(const char *label, const char *v)
{
	if (v != NULL)
		printf("%-28s %s\n", label, v);
}

static void
event_row(struct table *t, const void *p)
{
	const struct rec_dispute_event *e = p;

	table_text(t, e->day);
	table_text(t, e->step);
	table_text(t, e->detail);
	table_text(t, e->actor);
}

/* The case as text: its statement, panel and written record. */
static int
case_text(struct cli *c, const struct dispute_view *v)
{
	static const struct column ev_cols[] = {
		{ "Day", 0, 0 }, { "Step", 0, 0 }, { "In writing", 70, 0 },
		{ "By", 0, 0 }, { NULL, 0, 0 },
	};
	const struct rec_dispute	*d = &v->d;
	const struct rec_panellist	*m;
	size_t				 i;

	printf("Case %lld (%s): %s\n", (long long)d->id, d->kind != NULL ?
	    d->kind : "(null)", d->subject != NULL ? d->subject : "(null)");
	line("Organisation", d->org_a);
	line("With", d->org_b);
	line("First contact", d->first_contact);
	line("Stage", d->stage_name);
	line("Due", d->due);
	line("Status", d->status);
	line("What the problem is", d->problem);
	line("How dealt with so far", d->handled);
	line("Why not resolved", d->unresolved);
	line("A good outcome", d->outcome_sought);
	line("Independent third party", d->third_party);
	line("Signposted to", d->signposted);
	line("Resolved", d->resolved);
	line("Outcome", d->outcome);
	for (i = 0; i < v->nmissing; i++)
		printf("%-28s %s\n", i == 0 ? "Statement lacks" : "",
		    v->missing[i]);
	for (i = 0; i < v->panel.n; i++) {
		m = &v->panel.v[i];
		printf("%-28s %s (%s, %s)\n", i == 0 ? "Panel" : "",
		    m->name != NULL ? m->name : "(null)",
		    m->organisation != NULL ? m->organisation : "(null)",
		    m->sector != NULL ? m->sector : "(null)");
	}
	return CLI_PRINT(c, CLI_AS_FORMAT, &v->events, ev_cols, event_row);
}

static int
run_show(struct cli *c)
{
	struct dispute_view	v;
	int64_t			id = case_of(c);
	int			rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_dispute_read(&c->core, &viewer_system, id, &v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	rc = cli_json(c) ? cli_json_out(c, json_dispute(&v)) :
	    case_text(c, &v);
	dispute_view_free(&v);
	return rc;
}

static int
run_stats(struct cli *c)
{
	struct dispute_stats	 s;
	const char		*y = O("year");
	int			 rc;

	if ((rc = core_dispute_figures(&c->core, &viewer_system,
	    (int)cli_int(c, "year"), &s)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		return cli_json_out(c, json_dispute_stats(&s));
	printf("Cases%s%s (SC-monitor)\n", y != NULL ? " in " : "",
	    y != NULL ? y : "");
	printf("%-28s %d\n", "Disputes", s.disputes);
	printf("%-28s %d\n", "Breaches", s.breaches);
	printf("%-28s %d / %d / %d\n", "Stage reached 1 / 2 / 3",
	    s.stage_reached[0], s.stage_reached[1], s.stage_reached[2]);
	printf("%-28s %d\n", "Open", s.open);
	printf("%-28s %d\n", "Overdue", s.overdue);
	printf("%-28s %d\n", "Resolved in time", s.in_time);
	printf("%-28s %d\n", "Resolved late", s.late);
	printf("%-28s %d\n", "Signposted", s.signposted);
	return EXIT_OK;
}

/* A stage of SA-12's procedure. */
static const struct cli_kind stage = { 0, { PARSE_INT, NULL, 1, 9 }, 1 };

static const struct cli_opt open_opts[] = {
	{ "kind", 0, "dispute (the default) or breach (SA-13.1)" },
	{ "organisation", 0, "the organisation raising it, or in breach" },
	{ "against", 0, "the other organisation in a dispute" },
	{ "subject", 0, "what it is about, in a line (no personal details)" },
	{ "first-contact", &cli_is_date, "the day it was first raised (default today); "
	    "the clock runs from it (SC-resolve-2)" },
	{ "detail", 0, "the first contact, in writing" },
	{ NULL, 0, NULL },
};
static const struct cli_opt statement_opts[] = {
	{ "problem", 0, "what the problem is" },
	{ "handled", 0, "how it has been dealt with so far" },
	{ "unresolved", 0, "why it is not resolved" },
	{ "outcome", 0, "what a good outcome would be" },
	{ NULL, 0, NULL },
};
static const struct cli_opt stage_opts[] = {
	{ "to", &stage, "the next stage: 2 or 3" },
	{ "third-party", 0, "SA-12: the independent third party" },
	{ "agreed", CLI_FLAG, "SA-12: both organisations agree the third party" },
	{ "note", 0, "what was done, in writing" },
	{ NULL, 0, NULL },
};
static const struct cli_opt draw_opts[] = {
	{ "person", 0, "name, email or number of a person of the working "
	    "group" },
	{ NULL, 0, NULL },
};
static const struct cli_opt record_opts[] = {
	{ "text", 0, "the step, in writing (SA-13.1)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt resolve_opts[] = {
	{ "outcome", 0, "the resolution, in writing" },
	{ "date", &cli_is_date, "when (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt stats_opts[] = {
	{ "year", &cli_is_year, "cases first raised in this year (default: all)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_dispute_cmds[] = {
	{ "dispute", "open", run_open, NULL, open_opts,
	  "open a dispute at stage one, or a breach (SC-resolve-1, SA-12, "
	  "SA-13.1)" },
	{ "dispute", "statement", run_step, "ID", statement_opts,
	  "record parts of the written statement (SC-resolve-2)" },
	{ "dispute", "stage", run_step, "ID", stage_opts,
	  "move to the next stage (SC-resolve-2, SC-resolve-3, SA-12)" },
	{ "dispute", "panel", run_panel, "ID", NULL,
	  "who may sit on the panel, and who may not and why "
	  "(SC-resolve-2)" },
	{ "dispute", "draw", run_step, "ID", draw_opts,
	  "draw an eligible person for the panel (SC-resolve-2)" },
	{ "dispute", "record", run_step, "ID", record_opts,
	  "add a step to the case's written record (SA-13.1)" },
	{ "dispute", "resolve", run_step, "ID", resolve_opts,
	  "resolve, with the outcome in writing to the organisations" },
	{ "dispute", "list", run_list, NULL, NULL,
	  "cases with their stage, due date and status" },
	{ "dispute", "show", run_show, "ID", NULL,
	  "a case: statement, panel and its written record" },
	{ "dispute", "stats", run_stats, NULL, stats_opts,
	  "figures for the annual review, without names (SC-monitor)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
