/*
 * Commands for organisations: add, update, show, list, the coverage
 * aims they meet (MC-diversity), and the import of a CSV file, which
 * cli_person.c uses for people.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "render/json.h"
#include "render/json_cli.h"
#include "rules/membership.h"

#define O(k) cli_opt(c, (k))


/* yes/no option: -1 when absent; sets *bad for other values. */
static int
yesno(struct cli *c, const char *name, int *bad)
{
	const char *v = O(name);

	if (v == NULL)
		return -1;
	if (strcmp(v, "yes") == 0)
		return 1;
	if (strcmp(v, "no") == 0)
		return 0;
	core_fail(&c->core, CORE_EINVAL, name, "--%s '%s' is not accepted; "
	    "expected yes or no", name, v);
	*bad = 1;
	return -1;
}

static int
run_org_add(struct cli *c)
{
	struct org_in	in = { O("name"), O("short-name"), O("sector"),
	    O("legal-form"), O("identifier"), O("geography"), O("email"), 0 };
	int64_t		id;
	int		rc, bad = 0;

	in.infrastructure = yesno(c, "infrastructure", &bad);
	if (bad)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_org_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "organisation added", id, NULL);
}

static int
run_org_update(struct cli *c)
{
	struct org_in	in = { O("name"), O("short-name"), O("sector"),
	    O("legal-form"), O("identifier"), O("geography"), O("email"), 0 };
	int		rc, bad = 0;

	in.infrastructure = yesno(c, "infrastructure", &bad);
	if (bad)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_org_update(&c->core, c->arg[0], &in)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "organisation updated", 0, NULL);
}

/* An organisation's fields, in org_row's order: the columns of the list
 * and of one organisation pick from them. */
enum {
	ORG_ID = 1, ORG_NAME, ORG_SHORT, ORG_SECTOR, ORG_LEGAL, ORG_IDENT,
	ORG_GEO, ORG_EMAIL, ORG_INFRA
};

static void
org_row(struct table *t, const void *p)
{
	const struct rec_org *o = p;

	table_num(t, o->id);
	table_text(t, o->name);
	table_text(t, o->short_name);
	table_text(t, CLI_NAME(sector_names, o->sector));
	table_text(t, o->legal_form);
	table_text(t, o->identifier);
	table_text(t, o->geography);
	table_text(t, o->email);
	table_num(t, o->infrastructure);
}

static int
run_org_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Number", 0, ORG_ID }, { "Name", 0, ORG_NAME },
		{ "Short name", 0, ORG_SHORT }, { "Sector", 0, ORG_SECTOR },
		{ "Legal form", 0, ORG_LEGAL }, { "Identifier", 0, ORG_IDENT },
		{ "Geography", 0, ORG_GEO }, { "Email", 0, ORG_EMAIL },
		{ "Infrastructure", 0, ORG_INFRA }, { NULL, 0, 0 },
	};
	struct rec_org	org;
	int		rc;

	if ((rc = core_org_find(&c->core, &viewer_system, c->arg[0], &org)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	rc = cli_show(c, cli_json(c) ? json_org(&org) : NULL, &org, cols,
	    org_row);
	rec_org_clear(&org);
	return rc;
}

static int
run_org_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, ORG_ID }, { "Name", 44, ORG_NAME },
		{ "Short", 0, ORG_SHORT }, { "Sector", 0, ORG_SECTOR },
		{ "Identifier", 0, ORG_IDENT }, { "Legal form", 24, ORG_LEGAL },
		{ "Geography", 24, ORG_GEO }, { NULL, 0, 0 },
	};
	struct rec_org_list	l = { NULL, 0 };
	int			rc;

	rc = core_org_list(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_org_list, cols, org_row,
	    rec_org_list_free);
}

static void
progress(size_t rows, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rimporting: %zu rows read", rows);
	fflush(stderr);
}

static void
problem_row(struct table *t, const void *p)
{
	const struct import_problem *q = p;

	table_num(t, q->line);
	table_text(t, q->field);
	table_text(t, q->message);
}

int
run_import(struct cli *c, enum import_kind kind)
{
	static const struct column cols[] = {
		{ "Line", 0, 0 }, { "Field", 16, 0 }, { "Problem", 90, 0 },
		{ NULL, 0, 0 },
	};
	struct import_report	rep;
	int			rc, out = EXIT_OK;

	rc = core_import_csv(&c->core, kind, c->arg[0],
	    cli_flag(c, "only-clean"), &rep, isatty(2) ? progress : NULL,
	    NULL);
	if (rep.rows >= 1000 && isatty(2))
		fputc('\n', stderr);
	if (cli_json(c))
		out = cli_json_out(c, json_import(&rep, rc == CORE_OK));
	else {
		if (rep.nproblems > 0)
			out = cli_print(c, CLI_AS_TABLE, rep.problems,
			    rep.nproblems, sizeof(*rep.problems), cols,
			    problem_row);
		printf("%zu rows read, %zu with problems, %zu imported\n",
		    rep.rows, rep.bad, rep.imported);
	}
	core_import_report_free(&rep);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return out;
}

static int
run_org_import(struct cli *c)
{
	return run_import(c, IMPORT_ORGANISATIONS);
}

static int
run_org_cover(struct cli *c)
{
	int rc = core_org_cover(&c->core, c->arg[0], O("aim"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "coverage recorded",
	    0, NULL);
}

static const struct cli_opt org_opts[] = {
	{ "name", 0, "full name (required)" },
	{ "sector", 0, "vcse, public or private (required)" },
	{ "short-name", 0, "short name, such as SuS" },
	{ "legal-form", 0, "charity, CIO, company limited by guarantee..." },
	{ "identifier", 0, "org-id, such as GB-CHC-1234567 or "
	    "GB-COH-01234567" },
	{ "geography", 0, "area the organisation works in" },
	{ "email", 0, "contact email" },
	{ "infrastructure", 0, "yes if an infrastructure organisation" },
	{ NULL, 0, NULL },
};
const struct cli_opt import_opts[] = {
	{ "only-clean", CLI_FLAG, "import the clean rows even if others are bad" },
	{ NULL, 0, NULL },
};
static const struct cli_opt cover_opts[] = {
	{ "aim", 0, "number or text of a coverage aim (MC-diversity)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_org_cmds[] = {
	{ "org", "add", run_org_add, NULL, org_opts,
	  "add an organisation" },
	{ "org", "update", run_org_update, "REF", org_opts,
	  "change an organisation's details" },
	{ "org", "show", run_org_show, "REF", NULL,
	  "show an organisation (REF: number, org-id, name or short name)" },
	{ "org", "list", run_org_list, NULL, NULL, "list organisations" },
	{ "org", "import", run_org_import, "FILE.csv", import_opts,
	  "import organisations from CSV (columns: name, short name, sector, "
	  "legal form, identifier, geography, email, infrastructure)" },
	{ "org", "cover", run_org_cover, "REF", cover_opts,
	  "record a coverage aim the organisation meets (MC-diversity)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
