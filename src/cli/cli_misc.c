/*
 * Commands for arrangements, templates, the constitution, registers and
 * the audit log.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
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
	if (strcmp(c->format, "json") == 0) {
		json_t *o = json_pack("{s:s, s:s}", "arrangement",
		    c->core.arr_slug, "template", cli_opt(c, "template"));

		render_json(stdout, o);
		json_decref(o);
	} else
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
	json_t	*rows = json_array();
	size_t	 i;
	static const struct column cols[] = {
		{ "name", "Template", 0 }, { "what", "Arrangement", 70 },
		{ NULL, NULL, 0 },
	};

	for (i = 0; tmpl_names[i] != NULL; i++)
		json_array_append_new(rows, json_pack("{s:s, s:s}", "name",
		    tmpl_names[i], "what", what[i]));
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_arrangement_list(struct cli *c)
{
	struct rec_arrangement_list	 l = { NULL, 0 };
	json_t				*rows;
	int				 rc;
	static const struct column cols[] = {
		{ "slug", "Slug", 0 }, { "name", "Name", 60 },
		{ "kind", "Kind", 0 }, { "template", "Template", 0 },
		{ NULL, NULL, 0 },
	};

	rc = core_arrangements(&c->core, &l);
	rows = rc == CORE_OK ? json_arrangement_list(&l) : NULL;
	rec_arrangement_list_free(&l);
	if (rc == CORE_OK && rows == NULL)
		rc = CORE_EFAULT;
	return cli_list(c, rc, rows, cols);
}

static int
run_const_show(struct cli *c)
{
	struct rec_constitution_version	 v;
	json_t				*o;
	int				 rc;

	rc = core_constitution_get(&c->core, &viewer_system,
	    cli_opt(c, "date"), &v);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		if ((o = json_constitution_version(&v)) == NULL) {
			rec_constitution_version_clear(&v);
			return cli_fail(c, CORE_EFAULT);
		}
		render_json(stdout, o);
		json_decref(o);
	} else {
		printf("# %s constitution, version %lld, in force from %s%s%s"
		    "\n", c->core.arr_slug, (long long)v.version,
		    v.effective_from, v.effective_to != NULL ? " to " : "",
		    v.effective_to != NULL ? v.effective_to : "");
		fputs(v.body != NULL ? v.body : "", stdout);
	}
	rec_constitution_version_clear(&v);
	return EXIT_OK;
}

static int
run_const_settings(struct cli *c)
{
	struct constitution_setting_list	 l;
	json_t					*rows = NULL;
	int					 rc;
	static const struct column cols[] = {
		{ "setting", "Setting", 44 }, { "value", "Value", 50 },
		{ "rule", "Rule", 30 }, { NULL, NULL, 0 },
	};

	rc = core_constitution_settings(&c->core, cli_opt(c, "date"), &l);
	if (rc == CORE_OK) {
		rows = json_constitution_settings(&l);
		constitution_setting_list_free(&l);
		if (rows == NULL)
			rc = CORE_EFAULT;
	}
	return cli_list(c, rc, rows, cols);
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
	if (strcmp(c->format, "json") == 0) {
		json_t *v = json_pack("{s:s, s:b}", "file", c->arg[0],
		    "valid", 1);

		render_json(stdout, v);
		json_decref(v);
	} else
		printf("%s: the constitution is valid\n", c->arg[0]);
	return EXIT_OK;
}

static int
run_const_apply(struct cli *c)
{
	char	*text;
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
	printf("Applied %s to %s from %s; the earlier version is kept.\n",
	    c->arg[0], c->core.arr_slug, cli_opt(c, "effective") != NULL ?
	    cli_opt(c, "effective") : c->core.today);
	return EXIT_OK;
}

static int
run_const_versions(struct cli *c)
{
	struct rec_constitution_version_list	 l = { NULL, 0 };
	json_t					*rows;
	int					 rc;
	static const struct column cols[] = {
		{ "version", "Version", 0 }, { "effective_from", "From", 0 },
		{ "effective_to", "To", 0 }, { "applied_by", "Applied by", 0 },
		{ "applied_at", "Applied at", 0 }, { NULL, NULL, 0 },
	};

	rc = core_constitution_versions(&c->core, &viewer_system, &l);
	rows = rc == CORE_OK ? json_constitution_versions(&l) : NULL;
	rec_constitution_version_list_free(&l);
	if (rc == CORE_OK && rows == NULL)
		rc = CORE_EFAULT;
	return cli_list(c, rc, rows, cols);
}

static int
run_register(struct cli *c)
{
	static const struct column forums[] = {
		{ "name", "Forum/network", 44 },
		{ "description", "Brief description", 40 },
		{ "chair_label", "Chair / VC", 48 },
		{ "support", "Support organisation / officer", 34 },
		{ "members", "Members", 0 }, { NULL, NULL, 0 },
	};
	static const struct column positions[] = {
		{ "section", "Section", 22 }, { "name", "Board or portfolio", 36 },
		{ "representatives", "Representative(s)", 44 },
		{ "deputies", "Deputies", 30 },
		{ "how", "Appointed or elected", 40 }, { "term", "Term", 0 },
		{ NULL, NULL, 0 },
	};
	static const struct column members[] = {
		{ "organisation", "Organisation", 40 },
		{ "identifier", "Identifier", 0 }, { "sector", "Sector", 0 },
		{ "group_name", "Group", 40 }, { "kind", "Kind", 0 },
		{ "status", "Status", 0 }, { "since", "Since", 0 },
		{ "signed_on", "Signed", 0 }, { NULL, NULL, 0 },
	};
	static const struct column signatories[] = {
		{ "organisation", "Organisation", 40 },
		{ "sector", "Sector", 0 }, { "signer_name", "Signed by", 30 },
		{ "signer_role", "Role", 30 }, { "signed_on", "Date", 0 },
		{ NULL, NULL, 0 },
	};
	const char	*which = c->arg[0];
	json_t		*rows = NULL, *r;
	char		 buf[512];
	size_t		 i;
	int		 rc;

	if (strcmp(which, "forums") == 0) {
		struct rec_forum_list l = { NULL, 0 };

		if ((rc = core_register_forums(&c->core, &viewer_system, &l)))
			return cli_fail(c, rc);
		rows = json_forum_list(&l);
		rec_forum_list_free(&l);
		if (rows == NULL)
			return cli_fail(c, CORE_EFAULT);
		cli_rows(c, rows, forums);
	} else if (strcmp(which, "positions") == 0) {
		struct rec_position_list l = { NULL, 0 };

		if ((rc = core_register_positions(&c->core, &viewer_system,
		    &l)))
			return cli_fail(c, rc);
		rows = json_position_list(&l);
		rec_position_list_free(&l);
		if (rows == NULL)
			return cli_fail(c, CORE_EFAULT);
		json_array_foreach(rows, i, r) {
			const char *by = json_string_value(json_object_get(r,
			    "appointed_by"));
			const char *eg = json_string_value(json_object_get(r,
			    "electing_group"));

			snprintf(buf, sizeof(buf), "%s%s%s",
			    strcmp(json_string_value(json_object_get(r,
			    "method")), "elected") == 0 ? "Elected" :
			    "Appointed", eg || by ? (eg ? " by " : " by ") :
			    "", eg ? eg : by ? by : "");
			json_object_set_new(r, "how", json_string(buf));
		}
		cli_rows(c, rows, positions);
	} else if (strcmp(which, "members") == 0) {
		struct rec_membership_list l = { NULL, 0 };

		if ((rc = core_register_members(&c->core, &viewer_system, &l)))
			return cli_fail(c, rc);
		rows = json_membership_list(&l, 1);
		rec_membership_list_free(&l);
		if (rows == NULL)
			return cli_fail(c, CORE_EFAULT);
		cli_rows(c, rows, members);
	} else if (strcmp(which, "signatories") == 0) {
		struct rec_signatory_list l;

		memset(&l, 0, sizeof(l));
		if ((rc = core_register_signatories(&c->core, &viewer_system,
		    &l)))
			return cli_fail(c, rc);
		rows = json_signatory_list(&l);
		rec_signatory_list_free(&l);
		if (rows == NULL)
			return cli_fail(c, CORE_EFAULT);
		cli_rows(c, rows, signatories);
	} else {
		fprintf(stderr, "alliance: no register '%s'; expected forums, "
		    "members, positions or signatories\n", which);
		return EXIT_USAGE;
	}
	json_decref(rows);
	return EXIT_OK;
}

static int
run_audit_list(struct cli *c)
{
	json_t	*rows = NULL;
	int	 rc;
	static const struct column cols[] = {
		{ "seq", "#", 0 }, { "at", "At", 0 }, { "actor", "By", 24 },
		{ "action", "Action", 0 }, { "detail", "Detail", 70 },
		{ NULL, NULL, 0 },
	};

	struct rec_audit_list	 l;

	if ((rc = core_audit_list(&c->core, &l)) == CORE_OK) {
		rows = json_audit_list(&l);
		rec_audit_list_free(&l);
		if (rows == NULL)
			return cli_fail(c, core_fail(&c->core, CORE_EFAULT,
			    NULL, "out of memory"));
	}
	return cli_list(c, rc, rows, cols);
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
	{ "init", NULL, run_init, NULL, 0, init_opts,
	  "create an arrangement from a built-in template, with its example "
	  "data" },
	{ "template", "list", run_template_list, NULL, 0, NULL,
	  "list the built-in templates" },
	{ "arrangement", "list", run_arrangement_list, NULL, 0, NULL,
	  "list the arrangements in this database" },
	{ "constitution", "show", run_const_show, NULL, 0, date_opts,
	  "print the constitution in force (as its text file)" },
	{ "constitution", "settings", run_const_settings, NULL, 0, date_opts,
	  "every setting with its value in force and its rule ids" },
	{ "constitution", "check", run_const_check, "FILE", 1, NULL,
	  "check a constitution file; errors name the line, the setting and "
	  "what is accepted" },
	{ "constitution", "apply", run_const_apply, "FILE", 1, apply_opts,
	  "apply a new version; the old one is kept with its dates" },
	{ "constitution", "versions", run_const_versions, NULL, 0, NULL,
	  "every version with the dates it was in force" },
	{ "register", NULL, run_register,
	  "forums|members|positions|signatories", 1, NULL,
	  "print a register from live data (--format table, csv or json)" },
	{ "audit", "list", run_audit_list, NULL, 0, NULL,
	  "print the audit log" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
