/*
 * Commands for arrangements, templates, the constitution, registers and
 * the audit log.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "render/json_cli.h"
#include "rules/membership.h"
#include "store/rec_arrangement.h"
#include "tmpl/tmpl.h"

static int
run_init(struct cli *c)
{
	int rc;

	if (cli_opt(c, "template") == NULL) {
		fprintf(stderr, "alliance: init needs --template NAME; "
		    "'alliance template list' shows the five\n");
		return EXIT_USAGE;
	}
	rc = core_init(&c->core, cli_opt(c, "template"), cli_opt(c, "slug"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		return cli_json_out(c, json_created(c->core.arr_slug,
		    cli_opt(c, "template")));
	else
		printf("Created %s (%s) from the %s template.\n",
		    constitution_text(&c->core.cons, "arrangement.name"),
		    c->core.arr_slug, cli_opt(c, "template"));
	return EXIT_OK;
}

static int
run_template_list(struct cli *c)
{
	static const char *const what[] = {
		("Staffordshire & Stoke-on-Trent VCSE Healthy Communities "
		    "Alliance (forums, chairs, representatives)"),
		"Staffordshire & Stoke-on-Trent Compact (cross-sector partners)",
		"Medway & Swale VCS Strategic Framework (numbered commitments)",
		"Manchester VCSE Leaders Group and MLCO MoU Working Group",
		"Tameside PACT (3 principles, 9 commitments)",
	};
	static const struct column cols[] = {
		{ "Template", 0, 0 }, { "Arrangement", 70, 0 }, { NULL, 0, 0 },
	};
	struct table	t;
	size_t		i, n;

	for (n = 0; tmpl_names[n] != NULL; n++)
		continue;
	if (cli_json(c))
		return cli_json_out(c, json_templates(tmpl_names, what, n));
	table_start(&t, cols);
	for (i = 0; i < n; i++) {
		table_text(&t, tmpl_names[i]);
		table_text(&t, what[i]);
	}
	cli_table(c, &t);
	table_free(&t);
	return EXIT_OK;
}

static void
arrangement_row(struct table *t, const void *p)
{
	const struct rec_arrangement *r = p;

	table_text(t, r->slug);
	table_text(t, r->name);
	table_text(t, r->kind);
	table_text(t, r->template);
}

static int
run_arrangement_list(struct cli *c)
{
	struct rec_arrangement_list	l = { NULL, 0 };
	int				rc;
	static const struct column cols[] = {
		{ "Slug", 0, 0 }, { "Name", 60, 0 }, { "Kind", 0, 0 },
		{ "Template", 0, 0 }, { NULL, 0, 0 },
	};

	rc = core_arrangements(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_arrangement_list, cols, arrangement_row,
	    rec_arrangement_list_free);
}

static int
run_const_show(struct cli *c)
{
	struct rec_constitution_version	v;
	int				rc;

	rc = core_constitution_get(&c->core, &viewer_system,
	    cli_opt(c, "date"), &v);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_constitution_version(&v));
	else {
		printf("# %s constitution, version %lld, in force from %s%s%s"
		    "\n", c->core.arr_slug, (long long)v.version,
		    v.effective_from, v.effective_to != NULL ? " to " : "",
		    v.effective_to != NULL ? v.effective_to : "");
		fputs(v.body != NULL ? v.body : "", stdout);
	}
	rec_constitution_version_clear(&v);
	return rc;
}

static void
setting_row(struct table *t, const void *p)
{
	const struct constitution_setting *s = p;

	table_text(t, s->setting);
	if (s->is_list)
		table_join(t, &s->lines);
	else
		table_text(t, s->text);
	table_text(t, s->rule);
}

static int
run_const_settings(struct cli *c)
{
	struct constitution_setting_list	l;
	int					rc;
	static const struct column cols[] = {
		{ "Setting", 44, 0 }, { "Value", 50, 0 }, { "Rule", 30, 0 },
		{ NULL, 0, 0 },
	};

	if ((rc = core_constitution_settings(&c->core, cli_opt(c, "date"),
	    &l)) != CORE_OK)
		return cli_fail(c, rc);
	return CLI_LIST(c, CORE_OK, &l, json_constitution_settings, cols,
	    setting_row, constitution_setting_list_free);
}

static int
run_const_check(struct cli *c)
{
	char	*text;
	int	 rc;

	if ((text = cli_slurp(c, c->arg[0])) == NULL)
		return cli_fail(c, CORE_EINVAL);
	rc = core_constitution_check(&c->core, text);
	free(text);
	if (rc != CORE_OK) {
		/* Name the file the way compilers do. */
		fprintf(stderr, "alliance: %s: %s\n", c->arg[0], c->core.err);
		return EXIT_REFUSED;
	}
	if (cli_json(c))
		return cli_json_out(c, json_valid(c->arg[0]));
	else
		printf("%s: the constitution is valid\n", c->arg[0]);
	return EXIT_OK;
}

static int
run_const_apply(struct cli *c)
{
	char	*text, msg[PATH_MAX + 200];
	int	 rc;

	if ((text = cli_slurp(c, c->arg[0])) == NULL)
		return cli_fail(c, CORE_EINVAL);
	rc = core_constitution_apply(&c->core, text,
	    cli_opt(c, "effective"));
	free(text);
	if (rc != CORE_OK) {
		fprintf(stderr, "alliance: %s: %s\n", c->arg[0], c->core.err);
		return EXIT_REFUSED;
	}
	snprintf(msg, sizeof(msg), "Applied %s to %s from %s; the earlier "
	    "version is kept.", c->arg[0], c->core.arr_slug,
	    cli_opt(c, "effective") != NULL ? cli_opt(c, "effective") :
	    c->core.today);
	return cli_done(c, msg, 0, NULL);
}

static void
version_row(struct table *t, const void *p)
{
	const struct rec_constitution_version *r = p;

	table_num(t, r->version);
	table_text(t, r->effective_from);
	table_text(t, r->effective_to);
	table_text(t, r->applied_by);
	table_text(t, r->applied_at);
}

static int
run_const_versions(struct cli *c)
{
	struct rec_constitution_version_list	l = { NULL, 0 };
	int					rc;
	static const struct column cols[] = {
		{ "Version", 0, 0 }, { "From", 0, 0 }, { "To", 0, 0 },
		{ "Applied by", 0, 0 }, { "Applied at", 0, 0 }, { NULL, 0, 0 },
	};

	rc = core_constitution_versions(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_constitution_versions, cols,
	    version_row, rec_constitution_version_list_free);
}

static void
forum_row(struct table *t, const void *p)
{
	const struct rec_forum *f = p;

	table_text(t, f->name);
	table_text(t, f->description);
	table_text(t, f->chair_label);
	table_text(t, f->support);
	table_num(t, f->members);
}

/* The holders of a seat in a cell: "A (X); B (Y) interim". */
static void
holders_cell(struct table *t, const struct rec_appointment_list *l)
{
	struct rec_lines	lines = { NULL, 0 };
	size_t			i;

	for (i = 0; i < l->n; i++)
		if (rec_lines_add(&lines, "%s%s", l->v[i].holder != NULL ?
		    l->v[i].holder : "", l->v[i].interim ? " interim" : "") !=
		    0)
			t->nomem = 1;
	table_join(t, &lines);
	rec_lines_free(&lines);
}

static void
position_row(struct table *t, const void *p)
{
	const struct rec_position_entry	*e = p;
	char				 how[512];

	table_text(t, e->p.section);
	table_text(t, e->p.name);
	holders_cell(t, &e->reps);
	holders_cell(t, &e->deps);
	position_how(&e->p, how, sizeof(how));
	table_text(t, how);
	table_text(t, e->term);
}

static void
register_member_row(struct table *t, const void *p)
{
	const struct rec_membership *m = p;

	table_text(t, m->organisation);
	table_text(t, m->identifier);
	table_text(t, CLI_NAME(sector_names, m->sector));
	table_text(t, m->group_name);
	table_text(t, CLI_NAME(memb_kind_names, m->kind));
	table_text(t, CLI_NAME(memb_status_names, m->status));
	table_text(t, m->since);
	table_text(t, m->signed_on);
}

static void
signatory_row(struct table *t, const void *p)
{
	const struct rec_signatory *g = p;

	table_text(t, g->organisation);
	table_text(t, CLI_NAME(sector_names, g->sector));
	table_text(t, g->signer_name);
	table_text(t, g->signer_role);
	table_text(t, g->signed_on);
}

static int
run_register(struct cli *c)
{
	static const struct column forums[] = {
		{ "Forum/network", 44, 0 }, { "Brief description", 40, 0 },
		{ "Chair / VC", 48, 0 },
		{ "Support organisation / officer", 34, 0 },
		{ "Members", 0, 0 }, { NULL, 0, 0 },
	};
	static const struct column positions[] = {
		{ "Section", 22, 0 }, { "Board or portfolio", 36, 0 },
		{ "Representative(s)", 44, 0 }, { "Deputies", 30, 0 },
		{ "Appointed or elected", 40, 0 }, { "Term", 0, 0 },
		{ NULL, 0, 0 },
	};
	static const struct column members[] = {
		{ "Organisation", 40, 0 }, { "Identifier", 0, 0 },
		{ "Sector", 0, 0 }, { "Group", 40, 0 }, { "Kind", 0, 0 },
		{ "Status", 0, 0 }, { "Since", 0, 0 }, { "Signed", 0, 0 },
		{ NULL, 0, 0 },
	};
	static const struct column signatories[] = {
		{ "Organisation", 40, 0 }, { "Sector", 0, 0 },
		{ "Signed by", 30, 0 }, { "Role", 30, 0 }, { "Date", 0, 0 },
		{ NULL, 0, 0 },
	};
	const char	*which = c->arg[0];
	int		 rc;

	if (strcmp(which, "forums") == 0) {
		struct rec_forum_list l = { NULL, 0 };

		rc = core_register_forums(&c->core, &viewer_system, &l);
		rc = CLI_LIST(c, rc, &l, json_forum_list, forums, forum_row,
		    rec_forum_list_free);
	} else if (strcmp(which, "positions") == 0) {
		struct rec_position_list l = { NULL, 0 };

		rc = core_register_positions(&c->core, &viewer_system, &l);
		rc = CLI_LIST(c, rc, &l, json_register_positions, positions,
		    position_row, rec_position_list_free);
	} else if (strcmp(which, "members") == 0) {
		struct rec_membership_list l = { NULL, 0 };

		rc = core_register_members(&c->core, &viewer_system, &l);
		rc = cli_records(c, rc, rc == CORE_OK && cli_json(c) ?
		    json_membership_list(&l, 1) : NULL, l.v, l.n,
		    sizeof(*l.v), members, register_member_row);
		rec_membership_list_free(&l);
	} else if (strcmp(which, "signatories") == 0) {
		struct rec_signatory_list l;

		memset(&l, 0, sizeof(l));
		rc = core_register_signatories(&c->core, &viewer_system, &l);
		rc = CLI_LIST(c, rc, &l, json_signatory_list, signatories,
		    signatory_row, rec_signatory_list_free);
	} else {
		fprintf(stderr, "alliance: no register '%s'; expected forums, "
		    "members, positions or signatories\n", which);
		return EXIT_USAGE;
	}
	return rc;
}

static void
audit_row(struct table *t, const void *p)
{
	const struct rec_audit *e = p;

	table_num(t, e->seq);
	table_text(t, e->at);
	table_text(t, e->actor);
	table_text(t, e->action);
	table_text(t, e->detail);
}

static int
run_audit_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "At", 0, 0 }, { "By", 24, 0 },
		{ "Action", 0, 0 }, { "Detail", 70, 0 }, { NULL, 0, 0 },
	};
	struct rec_audit_list	l = { NULL, 0 };
	int			rc;

	if ((rc = core_audit_list(&c->core, &l)) != CORE_OK)
		return cli_fail(c, rc);
	return CLI_LIST(c, CORE_OK, &l, json_audit_list, cols, audit_row,
	    rec_audit_list_free);
}

static const struct cli_opt init_opts[] = {
	{ "template", 0, "one of the five built-in templates" },
	{ "slug", 0, "short name of the arrangement (default: the "
	    "template's)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt date_opts[] = {
	{ "date", &cli_is_date, "the version in force on this date (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt apply_opts[] = {
	{ "effective", &cli_is_date, "date the new version takes effect (default "
	    "today)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_misc_cmds[] = {
	{ "init", NULL, run_init, NULL, init_opts,
	  "create an arrangement from a built-in template, with its example "
	  "data" },
	{ "template", "list", run_template_list, NULL, NULL,
	  "list the built-in templates" },
	{ "arrangement", "list", run_arrangement_list, NULL, NULL,
	  "list the arrangements in this database" },
	{ "constitution", "show", run_const_show, NULL, date_opts,
	  "print the constitution in force (as its text file)" },
	{ "constitution", "settings", run_const_settings, NULL, date_opts,
	  "every setting with its value in force and its rule ids" },
	{ "constitution", "check", run_const_check, "FILE", NULL,
	  "check a constitution file; errors name the line, the setting and "
	  "what is accepted" },
	{ "constitution", "apply", run_const_apply, "FILE", apply_opts,
	  "apply a new version; the old one is kept with its dates" },
	{ "constitution", "versions", run_const_versions, NULL, NULL,
	  "every version with the dates it was in force" },
	{ "register", NULL, run_register,
	  "forums|members|positions|signatories", NULL,
	  "print a register from live data (--format table, csv or json)" },
	{ "audit", "list", run_audit_list, NULL, NULL,
	  "print the audit log" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
