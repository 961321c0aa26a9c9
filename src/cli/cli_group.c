/*
 * Commands for the arrangement's groups (forums and other groups) and
 * for the principles and commitments of its agreement.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

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
	return done(c, "group added", id);
}

static int
run_group_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "slug", "Slug", 0 }, { "name", "Name", 0 },
		{ "kind", "Kind", 0 }, { "description", "Description", 0 },
		{ "geography", "Geography", 0 },
		{ "support_officer", "Support officer", 0 },
		{ "recognised", "Recognised", 0 }, { NULL, NULL, 0 },
	};
	static const struct column ocols[] = {
		{ "office", "Office", 0 }, { "person", "Person", 0 },
		{ "organisation", "Organisation", 40 },
		{ "interim", "Interim", 0 }, { "term_start", "From", 0 },
		{ "term_end", "To", 0 }, { NULL, NULL, 0 },
	};
	struct rec_group	 grp;
	struct rec_office_list	 offs;
	json_t			*g;
	int			 rc;

	if ((rc = core_group_find(&c->core, &viewer_system, c->arg[0], &grp,
	    &offs)) != CORE_OK)
		return cli_fail(c, rc);
	g = json_group(&grp, &offs);
	rec_group_clear(&grp);
	rec_office_list_free(&offs);
	if (g == NULL)
		return cli_fail(c, CORE_EFAULT);
	cli_record(c, g, cols);
	if (strcmp(c->format, "json") != 0) {
		printf("\nOffices\n");
		render_table_json(stdout, json_object_get(g, "offices"), ocols);
	}
	json_decref(g);
	return EXIT_OK;
}

static int
run_group_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "slug", "Slug", 0 }, { "name", "Name", 60 },
		{ "kind", "Kind", 0 }, { "geography", "Geography", 30 },
		{ "members", "Members", 0 }, { NULL, NULL, 0 },
	};
	struct rec_group_list	 l = { NULL, 0 };
	json_t			*rows = NULL;
	int			 rc;

	if ((rc = core_group_list(&c->core, &viewer_system, &l)) ==
	    CORE_OK && (rows = json_group_list(&l)) == NULL)
		rc = core_fail(&c->core, CORE_EFAULT, NULL, "out of memory");
	rec_group_list_free(&l);
	return cli_list(c, rc, rows, cols);
}

static int
run_commitment_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "code", "Code", 0 }, { "kind", "Kind", 0 },
		{ "heading", "Heading", 36 }, { "body", "Text", 70 },
		{ "party", "Rated by", 0 }, { NULL, NULL, 0 },
	};
	struct rec_commitment_list	 l = { NULL, 0 };
	json_t				*rows = NULL;
	int				 rc;

	if ((rc = core_commitment_list(&c->core, &l)) == CORE_OK &&
	    (rows = json_commitment_list(&l)) == NULL)
		rc = core_fail(&c->core, CORE_EFAULT, NULL, "out of memory");
	rec_commitment_list_free(&l);
	return cli_list(c, rc, rows, cols);
}

static int
run_commitment_add(struct cli *c)
{
	int rc = core_commitment_add(&c->core, O("code"), O("kind") != NULL ?
	    O("kind") : "commitment", O("heading"), O("body"), O("party"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "commitment added",
	    0);
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
	{ "group", "add", run_group_add, NULL, 0, group_opts,
	  "add a forum or group" },
	{ "group", "show", run_group_show, "REF", 1, NULL,
	  "show a group and its offices" },
	{ "group", "list", run_group_list, NULL, 0, NULL, "list groups" },
	{ "commitment", "list", run_commitment_list, NULL, 0, NULL,
	  "principles and commitments" },
	{ "commitment", "add", run_commitment_add, NULL, 0, commitment_opts,
	  "add a principle or commitment" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
