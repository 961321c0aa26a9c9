/*
 * Commands for people: add, show, list, their roles in the
 * arrangement, their choice of a daily digest, and their import from
 * CSV.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

static int
run_person_import(struct cli *c)
{
	return run_import(c, IMPORT_PEOPLE);
}

static int
run_person_add(struct cli *c)
{
	struct person_in	in = { O("name"), O("email"), O("phone"),
	    O("organisation"), O("job-title") };
	int64_t			id;
	int			rc;

	if ((rc = core_person_add(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "person added", id, NULL);
}

/* A person with their roles, as person show prints them. */
struct person_roles {
	const struct rec_person		*p;
	const struct rec_role_list	*roles;
};

static void
person_rec_row(struct table *t, const void *v)
{
	const struct person_roles	*pr = v;
	const struct rec_person		*p = pr->p;
	struct rec_lines		 names = { NULL, 0 };
	const char			*a;
	size_t				 i;

	table_num(t, p->id);
	table_text(t, p->name);
	table_text(t, p->email);
	table_text(t, p->phone);
	table_text(t, p->organisation);
	table_text(t, p->job_title);
	/* In text, each role as "contact (area)". */
	for (i = 0; i < pr->roles->n; i++) {
		a = pr->roles->v[i].area;
		if (rec_lines_add(&names, "%s%s%s%s", pr->roles->v[i].role,
		    a != NULL ? " (" : "", a != NULL ? a : "", a != NULL ?
		    ")" : "") != 0)
			t->nomem = 1;
	}
	table_join(t, &names);
	rec_lines_free(&names);
	table_text(t, p->restricted);
}

static int
run_person_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Number", 0, 0 }, { "Name", 0, 0 }, { "Email", 0, 0 },
		{ "Phone", 0, 0 }, { "Organisation", 0, 0 },
		{ "Job title", 0, 0 }, { "Roles", 0, 0 },
		{ "Restricted since", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_person	p;
	struct rec_role_list	roles;
	struct person_roles	pr = { &p, &roles };
	int			rc;

	if ((rc = core_person_find(&c->core, &viewer_system, c->arg[0], &p,
	    &roles)) != CORE_OK)
		return cli_fail(c, rc);
	rc = cli_show(c, cli_json(c) ? json_person(&p, &roles) : NULL, &pr,
	    cols, person_rec_row);
	rec_person_clear(&p);
	rec_role_list_free(&roles);
	return rc;
}

static void
person_row(struct table *t, const void *v)
{
	const struct rec_person *p = v;

	table_num(t, p->id);
	table_text(t, p->name);
	table_text(t, p->email);
	table_text(t, p->organisation);
	table_text(t, p->job_title);
	table_text(t, p->roles);
}

static int
run_person_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Name", 30, 0 }, { "Email", 36, 0 },
		{ "Organisation", 40, 0 }, { "Job title", 30, 0 },
		{ "Roles", 30, 0 }, { NULL, 0, 0 },
	};
	struct rec_person_list	l = { NULL, 0 };
	int			rc;

	rc = core_person_list(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_person_list, cols, person_row,
	    rec_person_list_free);
}

static int
run_person_role(struct cli *c)
{
	int rc = core_person_role(&c->core, c->arg[0], O("role"), O("area"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "role added", 0,
	    NULL);
}

static int
run_person_digest(struct cli *c)
{
	const char	*v = c->arg[1];
	int		 rc, on;

	if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0) {
		core_fail(&c->core, CORE_EINVAL, "digest", "'%s' is not "
		    "accepted; expected yes (news once a day) or no (each "
		    "message at once)", v);
		return cli_fail(c, CORE_EINVAL);
	}
	on = strcmp(v, "yes") == 0;
	if ((rc = core_person_digest(&c->core, c->arg[0], on)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, on ? "news will come in a daily digest" :
	    "each message will come at once", 0, NULL);
}

static const struct cli_opt person_opts[] = {
	{ "name", 0, "full name (required)" },
	{ "email", 0, "email address" },
	{ "phone", 0, "telephone" },
	{ "organisation", 0, "their organisation (name, number or org-id)" },
	{ "job-title", 0, "their job title" },
	{ NULL, 0, NULL },
};
static const struct cli_opt role_opts[] = {
	{ "role", 0, "officer, contact, deputy-contact, champion, "
	    "single-point, support-officer or secretariat" },
	{ "area", 0, "policy area or remit, for single points of contact" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_person_cmds[] = {
	{ "person", "add", run_person_add, NULL, person_opts,
	  "add a person" },
	{ "person", "show", run_person_show, "REF", NULL,
	  "show a person and their roles" },
	{ "person", "list", run_person_list, NULL, NULL, "list people" },
	{ "person", "role", run_person_role, "REF", role_opts,
	  "give a person a role in the arrangement" },
	{ "person", "digest", run_person_digest, "REF yes|no", NULL,
	  "news (notes, results) in one message a day, or each at once" },
	{ "person", "import", run_person_import, "FILE.csv", import_opts,
	  "import people from CSV (columns: name, email, phone, "
	  "organisation, job title)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
