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

/*
 * The dispute records read for the command line (a system viewer) and
 * made into JSON by render, for --json and the tables.
 */
#define AS_JSON(fn, type, read, json, free_fn) \
static int \
fn(struct cli *c, int64_t id, json_t **out) \
{ \
	type	v; \
	int	rc; \
\
	*out = NULL; \
	if ((rc = read(&c->core, &viewer_system, id, &v)) != CORE_OK) \
		return rc; \
	*out = json(&v); \
	free_fn(&v); \
	return *out != NULL ? CORE_OK : core_fail(&c->core, CORE_EFAULT, \
	    NULL, "out of memory"); \
}
AS_JSON(case_json, struct dispute_view, core_dispute_read, json_dispute,
    dispute_view_free)
AS_JSON(panel_json, struct panel_view, core_dispute_proposal,
    json_panel_view, panel_view_free)

static int
stats_json(struct cli *c, int year, json_t **out)
{
	struct dispute_stats	st;
	int			rc;

	*out = NULL;
	if ((rc = core_dispute_figures(&c->core, &viewer_system, year, &st)) !=
	    CORE_OK)
		return rc;
	*out = json_dispute_stats(&st);
	return *out != NULL ? CORE_OK : core_fail(&c->core, CORE_EFAULT,
	    NULL, "out of memory");
}

static int
run_open(struct cli *c)
{
	struct dispute_in	 in;
	json_t			*d = NULL;
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
	if (case_json(c, id, &d) != CORE_OK)
		return cli_fail(c, CORE_EFAULT);
	snprintf(msg, sizeof(msg), "case %lld opened: %s%s%s", (long long)id,
	    json_string_value(json_object_get(d, "stage_name")),
	    json_string_value(json_object_get(d, "due")) != NULL ?
	    ", resolution due by " : "", json_string_value(json_object_get(d,
	    "due")) != NULL ? json_string_value(json_object_get(d, "due")) :
	    "");
	json_decref(d);
	cli_said(c, msg, NULL);
	return EXIT_OK;
}

/* A step on a case: refused (its flags, if any, freed), or said with
 * its flags. */
static int
case_said(struct cli *c, int rc, const char *msg,
    struct check_flag_list *flags)
{
	if (rc != CORE_OK) {
		if (flags != NULL)
			check_flag_list_free(flags);
		return cli_fail(c, rc);
	}
	cli_said(c, msg, flags);
	return EXIT_OK;
}

static int
run_statement(struct cli *c)
{
	struct statement_in	in;
	int64_t			id = case_of(c);
	int			rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	in.problem = O("problem");
	in.handled = O("handled");
	in.unresolved = O("unresolved");
	in.outcome = O("outcome");
	rc = core_dispute_statement(&c->core, id, &in);
	return case_said(c, rc, "statement recorded", NULL);
}

static int
run_stage(struct cli *c)
{
	struct check_flag_list flags = { NULL, 0 };
	int64_t		 id = case_of(c);
	char		 msg[80];
	int		 n = (int)cli_int(c, "to"), rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_dispute_stage(&c->core, id, n, O("third-party"),
	    cli_flag(c, "agreed"), O("note"), &flags);
	snprintf(msg, sizeof(msg), "case %lld at stage %d", (long long)id, n);
	return case_said(c, rc, msg, &flags);
}

static int
run_panel(struct cli *c)
{
	static const struct column ok_cols[] = {
		{ "name", "Eligible", 30 }, { "organisation", "Organisation",
		  36 }, { "sector", "Sector", 0 }, { "drawn", "Drawn", 0 },
		{ NULL, NULL, 0 },
	};
	static const struct column no_cols[] = {
		{ "name", "Excluded", 30 }, { "organisation", "Organisation",
		  30 }, { "reason", "Why", 60 }, { NULL, NULL, 0 },
	};
	json_t	*o = NULL;
	int64_t	 id = case_of(c);
	int	 rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = panel_json(c, id, &o)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		cli_record(c, o, NULL);
	else {
		printf("Panel for case %lld, from the %s (SC-resolve-2)\n",
		    (long long)id, json_string_value(json_object_get(o,
		    "group")));
		cli_rows(c, json_object_get(o, "eligible"), ok_cols);
		cli_rows(c, json_object_get(o, "excluded"), no_cols);
		if (json_array_size(json_object_get(o, "panel")) > 0 &&
		    !json_is_true(json_object_get(o, "cross_sector")))
			printf("FLAG SC-resolve-2 the panel is not "
			    "cross-sector yet\n");
	}
	json_decref(o);
	return EXIT_OK;
}

static int
run_draw(struct cli *c)
{
	struct check_flag_list flags = { NULL, 0 };
	int64_t	 id = case_of(c);
	char	 msg[300];
	int	 rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_dispute_draw(&c->core, id, O("person"), &flags);
	snprintf(msg, sizeof(msg), "%s drawn for the panel of case %lld",
	    O("person") != NULL ? O("person") : "", (long long)id);
	return case_said(c, rc, msg, &flags);
}

static int
run_record(struct cli *c)
{
	int64_t	id = case_of(c);
	int	rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_dispute_record(&c->core, id, O("text"));
	return case_said(c, rc, "recorded in the case log", NULL);
}

static int
run_resolve(struct cli *c)
{
	struct check_flag_list flags = { NULL, 0 };
	int64_t	 id = case_of(c);
	char	 msg[80];
	int	 rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_dispute_resolve(&c->core, id, O("outcome"), O("date"),
	    &flags);
	snprintf(msg, sizeof(msg), "case %lld resolved", (long long)id);
	return case_said(c, rc, msg, &flags);
}

static int
run_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "#", 0 }, { "kind", "Kind", 0 },
		{ "org_a", "Organisation", 30 }, { "org_b", "With", 30 },
		{ "subject", "Subject", 30 }, { "first_contact", "First "
		  "contact", 0 }, { "stage_name", "Stage", 0 },
		{ "due", "Due", 0 }, { "status", "Status", 0 },
		{ NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	{
		struct rec_dispute_list l;

		if ((rc = core_dispute_cases(&c->core, &viewer_system, &l)) ==
		    CORE_OK && (rows = json_dispute_list(&l)) == NULL)
			rc = core_fail(&c->core, CORE_EFAULT, NULL,
			    "out of memory");
		rec_dispute_list_free(&l);
	}
	return cli_list(c, rc, rows, cols);
}

static void
line(const char *label, const json_t *o, const char *key)
{
	const char *v = json_string_value(json_object_get(o, key));

	if (v != NULL)
		printf("%-28s %s\n", label, v);
}

static int
run_show(struct cli *c)
{
	static const struct column ev_cols[] = {
		{ "day", "Day", 0 }, { "step", "Step", 0 },
		{ "detail", "In writing", 70 }, { "actor", "By", 0 },
		{ NULL, NULL, 0 },
	};
	json_t	*o = NULL, *m;
	int64_t	 id = case_of(c);
	size_t	 i;
	int	 rc;

	if (id == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = case_json(c, id, &o)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		cli_record(c, o, NULL);
		json_decref(o);
		return EXIT_OK;
	}
	printf("Case %lld (%s): %s\n", (long long)id,
	    json_string_value(json_object_get(o, "kind")),
	    json_string_value(json_object_get(o, "subject")));
	line("Organisation", o, "org_a");
	line("With", o, "org_b");
	line("First contact", o, "first_contact");
	line("Stage", o, "stage_name");
	line("Due", o, "due");
	line("Status", o, "status");
	line("What the problem is", o, "problem");
	line("How dealt with so far", o, "handled");
	line("Why not resolved", o, "unresolved");
	line("A good outcome", o, "outcome_sought");
	line("Independent third party", o, "third_party");
	line("Signposted to", o, "signposted");
	line("Resolved", o, "resolved");
	line("Outcome", o, "outcome");
	json_array_foreach(json_object_get(o, "statement_missing"), i, m)
		printf("%-28s %s\n", i == 0 ? "Statement lacks" : "",
		    json_string_value(m));
	json_array_foreach(json_object_get(o, "panel"), i, m)
		printf("%-28s %s (%s, %s)\n", i == 0 ? "Panel" : "",
		    json_string_value(json_object_get(m, "name")),
		    json_string_value(json_object_get(m, "organisation")),
		    json_string_value(json_object_get(m, "sector")));
	cli_rows(c, json_object_get(o, "events"), ev_cols);
	json_decref(o);
	return EXIT_OK;
}

static int
run_stats(struct cli *c)
{
	json_t		*o = NULL;
	const char	*y = O("year");
	int		 rc;

	if ((rc = stats_json(c, (int)cli_int(c, "year"),
	    &o)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		cli_record(c, o, NULL);
	else {
		json_t *k = json_object_get(o, "by_kind");
		json_t *s = json_object_get(o, "stage_reached");

		printf("Cases%s%s (SC-monitor)\n", y != NULL ? " in " : "",
		    y != NULL ? y : "");
		printf("%-28s %lld\n", "Disputes", json_integer_value(
		    json_object_get(k, "dispute")));
		printf("%-28s %lld\n", "Breaches", json_integer_value(
		    json_object_get(k, "breach")));
		printf("%-28s %lld / %lld / %lld\n", "Stage reached 1 / 2 / 3",
		    json_integer_value(json_object_get(s, "1")),
		    json_integer_value(json_object_get(s, "2")),
		    json_integer_value(json_object_get(s, "3")));
		printf("%-28s %lld\n", "Open", json_integer_value(
		    json_object_get(o, "open")));
		printf("%-28s %lld\n", "Overdue", json_integer_value(
		    json_object_get(o, "overdue")));
		printf("%-28s %lld\n", "Resolved in time",
		    json_integer_value(json_object_get(o,
		    "resolved_in_time")));
		printf("%-28s %lld\n", "Resolved late", json_integer_value(
		    json_object_get(o, "resolved_late")));
		printf("%-28s %lld\n", "Signposted", json_integer_value(
		    json_object_get(o, "signposted")));
	}
	json_decref(o);
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
	{ "dispute", "open", run_open, NULL, 0, open_opts,
	  "open a dispute at stage one, or a breach (SC-resolve-1, SA-12, "
	  "SA-13.1)" },
	{ "dispute", "statement", run_statement, "ID", 1, statement_opts,
	  "record parts of the written statement (SC-resolve-2)" },
	{ "dispute", "stage", run_stage, "ID", 1, stage_opts,
	  "move to the next stage (SC-resolve-2, SC-resolve-3, SA-12)" },
	{ "dispute", "panel", run_panel, "ID", 1, NULL,
	  "who may sit on the panel, and who may not and why "
	  "(SC-resolve-2)" },
	{ "dispute", "draw", run_draw, "ID", 1, draw_opts,
	  "draw an eligible person for the panel (SC-resolve-2)" },
	{ "dispute", "record", run_record, "ID", 1, record_opts,
	  "add a step to the case's written record (SA-13.1)" },
	{ "dispute", "resolve", run_resolve, "ID", 1, resolve_opts,
	  "resolve, with the outcome in writing to the organisations" },
	{ "dispute", "list", run_list, NULL, 0, NULL,
	  "cases with their stage, due date and status" },
	{ "dispute", "show", run_show, "ID", 1, NULL,
	  "a case: statement, panel and its written record" },
	{ "dispute", "stats", run_stats, NULL, 0, stats_opts,
	  "figures for the annual review, without names (SC-monitor)" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
