/*
 * Commands for the arrangement's groups (forums and other groups) and
 * for the principles and commitments of its agreement.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "rules/constitution.h"

#define O(k) cli_opt(c, (k))

static int
run_group_add(struct cli *c)
{
	struct group_in	in = { O("slug"), O("name"), O("kind"),
	    O("description"), O("geography"), O("parent"), O("support-org"),
	    O("support-officer"), O("recognised") };
	int64_t		id;
	int		rc;

	if ((rc = core_group_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "group added", id, NULL);
}

static void
group_rec_row(struct table *t, const void *p)
{
	const struct rec_group *g = p;

	table_text(t, g->slug);
	table_text(t, g->name);
	table_text(t, CLI_NAME(group_kind_names, g->kind));
	table_text(t, g->description);
	table_text(t, g->geography);
	table_text(t, g->support_officer);
	table_text(t, g->recognised);
}

static void
office_row(struct table *t, const void *p)
{
	const struct rec_office *f = p;

	table_text(t, f->office);
	table_text(t, f->person);
	table_text(t, f->organisation);
	table_num(t, f->interim);
	table_text(t, f->term_start);
	table_text(t, f->term_end);
}

static int
run_group_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Slug", 0, 0 }, { "Name", 0, 0 }, { "Kind", 0, 0 },
		{ "Description", 0, 0 }, { "Geography", 0, 0 },
		{ "Support officer", 0, 0 }, { "Recognised", 0, 0 },
		{ NULL, 0, 0 },
	};
	static const struct column ocols[] = {
		{ "Office", 0, 0 }, { "Person", 0, 0 },
		{ "Organisation", 40, 0 }, { "Interim", 0, 0 },
		{ "From", 0, 0 }, { "To", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_group	grp;
	struct rec_office_list	offs;
	int			rc;

	if ((rc = core_group_find(&c->core, &viewer_system, c->arg[0], &grp,
	    &offs)) != CORE_OK)
		return cli_fail(c, rc);
	rc = cli_show(c, cli_json(c) ? json_group(&grp, &offs) : NULL, &grp,
	    cols, group_rec_row);
	if (rc == EXIT_OK && !cli_json(c)) {
		printf("\nOffices\n");
		rc = CLI_PRINT(c, CLI_AS_TABLE, &offs, ocols, office_row);
	}
	rec_group_clear(&grp);
	rec_office_list_free(&offs);
	return rc;
}

static void
group_row(struct table *t, const void *p)
{
	const struct rec_group *g = p;

	table_text(t, g->slug);
	table_text(t, g->name);
	table_text(t, CLI_NAME(group_kind_names, g->kind));
	table_text(t, g->geography);
	table_num(t, g->members);
}

static int
run_group_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Slug", 0, 0 }, { "Name", 60, 0 }, { "Kind", 0, 0 },
		{ "Geography", 30, 0 }, { "Members", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_group_list	l = { NULL, 0 };
	int			rc;

	rc = core_group_list(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_group_list, cols, group_row,
	    rec_group_list_free);
}

static void
commitment_row(struct table *t, const void *p)
{
	const struct rec_commitment *m = p;

	table_text(t, m->code);
	table_text(t, m->kind);
	table_text(t, m->heading);
	table_text(t, m->body);
	table_text(t, m->party);
}

static int
run_commitment_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Code", 0, 0 }, { "Kind", 0, 0 }, { "Heading", 36, 0 },
		{ "Text", 70, 0 }, { "Rated by", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_commitment_list	l = { NULL, 0 };
	int				rc;

	rc = core_commitment_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_commitment_list, cols, commitment_row,
	    rec_commitment_list_free);
}

static int
run_commitment_add(struct cli *c)
{
	int rc = core_commitment_add(&c->core, O("code"), O("kind") != NULL ?
	    O("kind") : "commitment", O("heading"), O("body"), O("party"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "commitment added",
	    0, NULL);
}

static const struct cli_opt group_opts[] = {
	{ "slug", 0, "short name: lower case and dashes (required)" },
	{ "name", 0, "full name (required)" },
	{ "kind", 0, "local-forum, thematic, task, joint, coordination, "
	    "leaders, working-group or partnership" },
	{ "description", 0, "brief description (appendix B)" },
	{ "geography", 0, "geographic remit (SA-5.3)" },
	{ "parent", 0, "group that formed it (SA-5.4)" },
	{ "support-org", 0, "supporting organisation" },
	{ "support-officer", 0, "supporting officer" },
	{ "recognised", &cli_is_date, "date recognised (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt commitment_opts[] = {
	{ "code", 0, "its number, such as 1a or 3.3.1" },
	{ "kind", 0, "principle, commitment or objective" },
	{ "heading", 0, "heading" },
	{ "body", 0, "text" },
	{ "party", 0, "who rates it: public, vcse or all (MS-4)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_group_cmds[] = {
	{ "group", "add", run_group_add, NULL, group_opts,
	  "add a forum or group" },
	{ "group", "show", run_group_show, "REF", NULL,
	  "show a group and its offices" },
	{ "group", "list", run_group_list, NULL, NULL, "list groups" },
	{ "commitment", "list", run_commitment_list, NULL, NULL,
	  "principles and commitments" },
	{ "commitment", "add", run_commitment_add, NULL, commitment_opts,
	  "add a principle or commitment" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
