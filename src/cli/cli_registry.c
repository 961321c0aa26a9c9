/*
 * Commands for the registry: organisations, people, groups, memberships,
 * offices, positions and commitments.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define O(k) cli_opt(c, (k))

static const struct column org_cols[] = {
	{ "id", "#", 0 }, { "name", "Name", 44 }, { "short_name", "Short", 0 },
	{ "sector", "Sector", 0 }, { "identifier", "Identifier", 0 },
	{ "legal_form", "Legal form", 24 }, { "geography", "Geography", 24 },
	{ NULL, NULL, 0 },
};

/* Prints "what" done, or its JSON. */
static int
done(struct cli *c, const char *what, int64_t id)
{
	if (strcmp(c->format, "json") == 0) {
		json_t *o = json_pack("{s:s, s:I}", "done", what, "id",
		    (json_int_t)id);

		render_json(stdout, o);
		json_decref(o);
	} else if (id > 0)
		printf("%s (#%lld)\n", what, (long long)id);
	else
		printf("%s\n", what);
	return EXIT_OK;
}

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
	return done(c, "organisation added", id);
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
	return done(c, "organisation updated", 0);
}

static int
run_org_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "Number", 0 }, { "name", "Name", 0 },
		{ "short_name", "Short name", 0 }, { "sector", "Sector", 0 },
		{ "legal_form", "Legal form", 0 },
		{ "identifier", "Identifier", 0 },
		{ "geography", "Geography", 0 }, { "email", "Email", 0 },
		{ "infrastructure", "Infrastructure", 0 }, { NULL, NULL, 0 },
	};
	json_t	*o = NULL;
	int	 rc;

	if ((rc = core_org_find(&c->core, c->arg[0], &o)) != CORE_OK)
		return cli_fail(c, rc);
	cli_record(c, o, cols);
	json_decref(o);
	return EXIT_OK;
}

static int
run_org_list(struct cli *c)
{
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_org_list(&c->core, &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, org_cols);
	json_decref(rows);
	return EXIT_OK;
}

static void
progress(size_t rows, void *arg)
{
	(void)arg;
	fprintf(stderr, "\rimporting: %zu rows read", rows);
	fflush(stderr);
}

static int
run_import(struct cli *c, enum import_kind kind)
{
	static const struct column cols[] = {
		{ "line", "Line", 0 }, { "field", "Field", 16 },
		{ "message", "Problem", 90 }, { NULL, NULL, 0 },
	};
	struct import_report	 rep;
	int			 rc;

	rc = core_import_csv(&c->core, kind, c->arg[0],
	    cli_flag(c, "only-clean"), &rep, isatty(2) ? progress : NULL,
	    NULL);
	if (rep.rows >= 1000 && isatty(2))
		fputc('\n', stderr);
	if (strcmp(c->format, "json") == 0) {
		json_t *o = json_pack("{s:I, s:I, s:I, s:O, s:b}", "rows",
		    (json_int_t)rep.rows, "bad", (json_int_t)rep.bad,
		    "imported", (json_int_t)rep.imported, "problems",
		    rep.problems, "ok", rc == CORE_OK);

		render_json(stdout, o);
		json_decref(o);
	} else {
		if (json_array_size(rep.problems) > 0)
			render_table(stdout, rep.problems, cols);
		printf("%zu rows read, %zu with problems, %zu imported\n",
		    rep.rows, rep.bad, rep.imported);
	}
	core_import_report_free(&rep);
	return rc == CORE_OK ? EXIT_OK : cli_fail(c, rc);
}

static int
run_org_import(struct cli *c)
{
	return run_import(c, IMPORT_ORGANISATIONS);
}

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
	return done(c, "person added", id);
}

static int
run_person_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "Number", 0 }, { "name", "Name", 0 },
		{ "email", "Email", 0 }, { "phone", "Phone", 0 },
		{ "organisation", "Organisation", 0 },
		{ "job_title", "Job title", 0 }, { "roles", "Roles", 0 },
		{ "restricted", "Restricted since", 0 },
		{ NULL, NULL, 0 },
	};
	json_t	*o = NULL, *r;
	size_t	 i;
	int	 rc;

	if ((rc = core_person_find(&c->core, c->arg[0], &o)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") != 0) {
		json_t *names = json_array();
		char	buf[300];

		json_array_foreach(json_object_get(o, "roles"), i, r) {
			snprintf(buf, sizeof(buf), "%s%s%s%s",
			    json_string_value(json_object_get(r, "role")),
			    json_is_string(json_object_get(r, "area")) ?
			    " (" : "", json_is_string(json_object_get(r,
			    "area")) ? json_string_value(json_object_get(r,
			    "area")) : "", json_is_string(json_object_get(r,
			    "area")) ? ")" : "");
			json_array_append_new(names, json_string(buf));
		}
		json_object_set_new(o, "roles", names);
	}
	cli_record(c, o, cols);
	json_decref(o);
	return EXIT_OK;
}

static int
run_person_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "#", 0 }, { "name", "Name", 30 },
		{ "email", "Email", 36 }, { "organisation", "Organisation", 40 },
		{ "job_title", "Job title", 30 }, { "roles", "Roles", 30 },
		{ NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_person_list(&c->core, &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_person_role(struct cli *c)
{
	int rc = core_person_role(&c->core, c->arg[0], O("role"), O("area"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "role added", 0);
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
	return done(c, on ? "news will come in a daily digest" :
	    "each message will come at once", 0);
}

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
	json_t	*g = NULL;
	int	 rc;

	if ((rc = core_group_find(&c->core, c->arg[0], &g)) != CORE_OK)
		return cli_fail(c, rc);
	cli_record(c, g, cols);
	if (strcmp(c->format, "json") != 0) {
		printf("\nOffices\n");
		render_table(stdout, json_object_get(g, "offices"), ocols);
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
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_group_list(&c->core, &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_member_add(struct cli *c)
{
	int rc = core_member_add(&c->core, O("group"), O("organisation"),
	    O("kind"), O("side"), O("since"));

	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return done(c, "membership added; it is active once the agreement "
	    "is signed", 0);
}

static int
run_member_sign(struct cli *c)
{
	struct declaration_in in = { O("organisation"), O("name"), O("role"),
	    O("date"), cli_flag(c, "authority") };
	const char	*docs[16];
	char		 msg[1200];
	size_t		 k, n;
	int		 rc;

	if ((rc = core_member_sign(&c->core, &in)) != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "declaration recorded; pending memberships "
	    "are now active");
	/* MS-3.1: what signing adopts with the agreement. */
	n = constitution_list(&c->core.cons, "arrangement.adopts", docs, 16);
	for (k = 0; k < n; k++)
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), "%s%s",
		    k == 0 ? "; signing adopts the " : " and the ", docs[k]);
	if (n > 0)
		snprintf(msg + strlen(msg), sizeof(msg) - strlen(msg), " too "
		    "(MS-3.1)");
	return done(c, msg, 0);
}

static int
member_status(struct cli *c, const char *status, const char *what)
{
	int rc = core_member_status(&c->core, O("group"), O("organisation"),
	    status, O("date"), O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, what, 0);
}

static int
run_member_suspend(struct cli *c)
{
	return member_status(c, "suspended", "membership suspended");
}

static int
run_member_reinstate(struct cli *c)
{
	return member_status(c, "active", "membership reinstated");
}

static int
run_member_withdraw(struct cli *c)
{
	return member_status(c, "withdrawn", "membership withdrawn");
}

static int
run_member_terminate(struct cli *c)
{
	return member_status(c, "terminated", "membership terminated");
}

static int
run_member_resign(struct cli *c)
{
	json_t	*m = NULL;
	int	 rc;

	rc = core_member_resign(&c->core, O("group"), O("organisation"),
	    O("date"), O("reason"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (core_member_show(&c->core, O("group"), O("organisation"), &m)
	    != CORE_OK)
		return cli_fail(c, CORE_EFAULT);
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, m);
	else
		printf("notice of resignation recorded; the membership ends "
		    "on %s\n", json_string_value(json_object_get(m,
		    "status_until")));
	json_decref(m);
	return EXIT_OK;
}

static int
run_member_exclude(struct cli *c)
{
	int rc = core_member_exclude(&c->core, O("group"), O("organisation"),
	    O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "member excluded "
	    "for the rest of its notice", 0);
}

static int
run_member_criterion(struct cli *c)
{
	int rc = core_member_criterion(&c->core, O("group"),
	    O("organisation"), O("criterion"), O("evidence"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "evidence recorded",
	    0);
}

static int
run_member_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "organisation", "Organisation", 0 },
		{ "group_name", "Group", 0 }, { "kind", "Kind", 0 },
		{ "status", "Status", 0 }, { "status_until", "Until", 0 },
		{ "since", "Since", 0 }, { "side", "Side", 0 },
		{ NULL, NULL, 0 },
	};
	static const struct column hcols[] = {
		{ "effective", "Date", 0 }, { "status", "Status", 0 },
		{ "until", "Until", 0 }, { "reason", "Why", 50 },
		{ "recorded_by", "By", 24 }, { NULL, NULL, 0 },
	};
	static const struct column ccols[] = {
		{ "criterion", "Criterion", 50 }, { "evidence", "Evidence", 50 },
		{ "recorded_on", "Recorded", 0 }, { NULL, NULL, 0 },
	};
	json_t		*m = NULL, *d, *g;
	size_t		 i;
	int		 rc;

	rc = core_member_show(&c->core, O("group"), O("organisation"), &m);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		render_json(stdout, m);
		json_decref(m);
		return EXIT_OK;
	}
	render_record(stdout, m, cols);
	d = json_object_get(m, "declaration");
	if (json_is_object(d))
		printf("Declaration:  signed %s by %s%s%s\n",
		    json_string_value(json_object_get(d, "signed_on")),
		    json_string_value(json_object_get(d, "signer_name")),
		    json_is_string(json_object_get(d, "signer_role")) ?
		    ", " : "", json_is_string(json_object_get(d,
		    "signer_role")) ? json_string_value(json_object_get(d,
		    "signer_role")) : "");
	else
		printf("Declaration:  not signed\n");
	printf("\nHistory\n");
	render_table(stdout, json_object_get(m, "history"), hcols);
	if (json_array_size(json_object_get(m, "criteria")) > 0 ||
	    json_array_size(json_object_get(m, "criteria_gaps")) > 0) {
		printf("\nCriteria (MC-criteria)\n");
		render_table(stdout, json_object_get(m, "criteria"), ccols);
		json_array_foreach(json_object_get(m, "criteria_gaps"), i, g)
			printf("GAP: no evidence for \"%s\"\n",
			    json_string_value(g));
	}
	json_decref(m);
	return EXIT_OK;
}

static int
run_member_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "organisation", "Organisation", 44 },
		{ "sector", "Sector", 0 }, { "group_name", "Group", 40 },
		{ "kind", "Kind", 0 }, { "status", "Status", 0 },
		{ "since", "Since", 0 }, { "side", "Side", 24 },
		{ NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_member_list(&c->core, O("group"), &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_office_set(struct cli *c)
{
	int rc = core_office_set(&c->core, O("group"), O("person"),
	    O("office"), cli_flag(c, "interim"), O("start"), O("end"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "office recorded",
	    0);
}

static int
run_position_add(struct cli *c)
{
	struct position_in	in = { O("slug"), O("section"), O("name"),
	    O("method"), O("appointed-by"), O("electing-group"), O("note"),
	    1 };
	char			*end;
	int			 rc;

	if (O("seats") != NULL) {
		in.seats = (int)strtol(O("seats"), &end, 10);
		if (*end != '\0' || end == O("seats"))
			in.seats = 0;
	}
	if ((rc = core_position_add(&c->core, &in)) != CORE_OK)
		return cli_fail(c, rc);
	return done(c, "position added", 0);
}

static int
run_position_appoint(struct cli *c)
{
	int rc = core_position_appoint(&c->core, O("position"), O("person"),
	    O("role") != NULL ? O("role") : "representative",
	    cli_flag(c, "interim"), O("scope"), O("start"), O("end"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c,
	    "appointment recorded", 0);
}

static int
run_position_remove(struct cli *c)
{
	int rc = core_position_remove(&c->core, O("position"), O("person"),
	    O("date"), O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c,
	    "representative removed; the register is updated", 0);
}

static int
run_position_concern(struct cli *c)
{
	int rc = core_position_concern(&c->core, O("position"), O("person"),
	    O("organisation"), O("text"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "concern recorded "
	    "for the co-ordination group chair; nobody is removed by it", 0);
}

static int
run_position_concerns(struct cli *c)
{
	static const struct column cols[] = {
		{ "position", "Position", 30 }, { "person", "Representative", 24 },
		{ "raised_by", "Raised by", 36 }, { "body", "Concern", 50 },
		{ "raised", "Date", 0 }, { NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_position_concerns(&c->core, &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_org_cover(struct cli *c)
{
	int rc = core_org_cover(&c->core, c->arg[0], O("aim"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "coverage recorded",
	    0);
}

static int
run_commitment_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "code", "Code", 0 }, { "kind", "Kind", 0 },
		{ "heading", "Heading", 36 }, { "body", "Text", 70 },
		{ "party", "Rated by", 0 }, { NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	if ((rc = core_commitment_list(&c->core, &rows)) != CORE_OK)
		return cli_fail(c, rc);
	cli_rows(c, rows, cols);
	json_decref(rows);
	return EXIT_OK;
}

static int
run_commitment_add(struct cli *c)
{
	int rc = core_commitment_add(&c->core, O("code"), O("kind") != NULL ?
	    O("kind") : "commitment", O("heading"), O("body"), O("party"));

	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "commitment added",
	    0);
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
static const struct cli_opt import_opts[] = {
	{ "only-clean", 1, "import the clean rows even if others are bad" },
	{ NULL, 0, NULL },
};
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
	{ "recognised", 0, "date recognised (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt member_opts[] = {
	{ "group", 0, "the group (slug or name)" },
	{ "organisation", 0, "the organisation (name, number or org-id)" },
	{ "kind", 0, "full, associate, co-opted or guest" },
	{ "side", 0, "side for quorum, such as Stoke-on-Trent & North" },
	{ "since", 0, "date applied (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt sign_opts[] = {
	{ "organisation", 0, "the organisation signing" },
	{ "name", 0, "name of the person signing" },
	{ "role", 0, "their role or position in the organisation" },
	{ "date", 0, "date signed, YYYY-MM-DD" },
	{ "authority", 1, "they confirm their authority to sign for the "
	    "organisation" },
	{ NULL, 0, NULL },
};
static const struct cli_opt status_opts[] = {
	{ "group", 0, "the group" },
	{ "organisation", 0, "the organisation" },
	{ "date", 0, "effective date (default today)" },
	{ "reason", 0, "why, for the record" },
	{ NULL, 0, NULL },
};
static const struct cli_opt crit_opts[] = {
	{ "group", 0, "the group" },
	{ "organisation", 0, "the organisation" },
	{ "criterion", 0, "number or text of the criterion" },
	{ "evidence", 0, "the evidence seen" },
	{ NULL, 0, NULL },
};
static const struct cli_opt show_opts[] = {
	{ "group", 0, "the group" },
	{ "organisation", 0, "the organisation" },
	{ NULL, 0, NULL },
};
static const struct cli_opt list_opts[] = {
	{ "group", 0, "only this group" },
	{ NULL, 0, NULL },
};
static const struct cli_opt office_opts[] = {
	{ "group", 0, "the group" },
	{ "person", 0, "the person (name, email or number)" },
	{ "office", 0, "chair or vice-chair" },
	{ "interim", 1, "an interim appointment (SA-7.1)" },
	{ "start", 0, "first day (default today)" },
	{ "end", 0, "last day (default: the constitution's term)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt position_opts[] = {
	{ "slug", 0, "short name (required)" },
	{ "section", 0, "ICB Portfolios, ICB Place Boards..." },
	{ "name", 0, "board or portfolio" },
	{ "method", 0, "elected or appointed" },
	{ "appointed-by", 0, "who appoints, for appointed positions" },
	{ "electing-group", 0, "the forum that elects (SA-9.1)" },
	{ "seats", 0, "number of representatives (default 1)" },
	{ "note", 0, "a note for the register" },
	{ NULL, 0, NULL },
};
static const struct cli_opt appoint_opts[] = {
	{ "position", 0, "the position (slug or name)" },
	{ "person", 0, "the person" },
	{ "role", 0, "representative (default) or deputy" },
	{ "interim", 1, "an interim holder" },
	{ "scope", 0, "limit, such as 'south only'" },
	{ "start", 0, "term start" },
	{ "end", 0, "term end" },
	{ NULL, 0, NULL },
};
static const struct cli_opt remove_opts[] = {
	{ "position", 0, "the position" },
	{ "person", 0, "the representative" },
	{ "date", 0, "effective date (default today)" },
	{ "reason", 0, "why the electing group removed them (SA-9.5)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt concern_opts[] = {
	{ "position", 0, "the position" },
	{ "person", 0, "the representative" },
	{ "organisation", 0, "the statutory body raising it" },
	{ "text", 0, "the concern" },
	{ NULL, 0, NULL },
};
static const struct cli_opt cover_opts[] = {
	{ "aim", 0, "number or text of a coverage aim (MC-diversity)" },
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

const struct cli_cmd cli_registry_cmds[] = {
	{ "org", "add", run_org_add, NULL, 0, org_opts,
	  "add an organisation" },
	{ "org", "update", run_org_update, "REF", 1, org_opts,
	  "change an organisation's details" },
	{ "org", "show", run_org_show, "REF", 1, NULL,
	  "show an organisation (REF: number, org-id, name or short name)" },
	{ "org", "list", run_org_list, NULL, 0, NULL, "list organisations" },
	{ "org", "import", run_org_import, "FILE.csv", 1, import_opts,
	  "import organisations from CSV (columns: name, short name, sector, "
	  "legal form, identifier, geography, email, infrastructure)" },
	{ "person", "add", run_person_add, NULL, 0, person_opts,
	  "add a person" },
	{ "person", "show", run_person_show, "REF", 1, NULL,
	  "show a person and their roles" },
	{ "person", "list", run_person_list, NULL, 0, NULL, "list people" },
	{ "person", "role", run_person_role, "REF", 1, role_opts,
	  "give a person a role in the arrangement" },
	{ "person", "digest", run_person_digest, "REF yes|no", 2, NULL,
	  "news (notes, results) in one message a day, or each at once" },
	{ "person", "import", run_person_import, "FILE.csv", 1, import_opts,
	  "import people from CSV (columns: name, email, phone, "
	  "organisation, job title)" },
	{ "group", "add", run_group_add, NULL, 0, group_opts,
	  "add a forum or group" },
	{ "group", "show", run_group_show, "REF", 1, NULL,
	  "show a group and its offices" },
	{ "group", "list", run_group_list, NULL, 0, NULL, "list groups" },
	{ "member", "add", run_member_add, NULL, 0, member_opts,
	  "add a membership (pending until the agreement is signed, SA-3.2)" },
	{ "member", "sign", run_member_sign, NULL, 0, sign_opts,
	  "record the electronic declaration (SA-15.1)" },
	{ "member", "suspend", run_member_suspend, NULL, 0, status_opts,
	  "suspend a member in breach (SA-13.2); --reason required" },
	{ "member", "reinstate", run_member_reinstate, NULL, 0, status_opts,
	  "reinstate a suspended member, or withdraw a notice" },
	{ "member", "resign", run_member_resign, NULL, 0, status_opts,
	  "record written notice of resignation (SA-14.1)" },
	{ "member", "exclude", run_member_exclude, NULL, 0, status_opts,
	  "exclude a member under notice from business (SA-14.1)" },
	{ "member", "withdraw", run_member_withdraw, NULL, 0, status_opts,
	  "withdraw a membership (MC-absence); --reason required" },
	{ "member", "terminate", run_member_terminate, NULL, 0, status_opts,
	  "terminate a membership (SA-14.3); --reason required" },
	{ "member", "criterion", run_member_criterion, NULL, 0, crit_opts,
	  "record evidence for a membership criterion (MC-criteria)" },
	{ "member", "show", run_member_show, NULL, 0, show_opts,
	  "a membership with its history, declaration and criteria" },
	{ "member", "list", run_member_list, NULL, 0, list_opts,
	  "list memberships" },
	{ "office", "set", run_office_set, NULL, 0, office_opts,
	  "record a chair or vice-chair (SA-7.1, SA-E1)" },
	{ "position", "add", run_position_add, NULL, 0, position_opts,
	  "add a representative position (SA-9.1)" },
	{ "position", "appoint", run_position_appoint, NULL, 0, appoint_opts,
	  "record a representative or deputy" },
	{ "position", "remove", run_position_remove, NULL, 0, remove_opts,
	  "the electing group removes a representative (SA-9.5)" },
	{ "position", "concern", run_position_concern, NULL, 0, concern_opts,
	  "record a statutory body's concern (SA-D5.3)" },
	{ "position", "concerns", run_position_concerns, NULL, 0, NULL,
	  "the concerns on record" },
	{ "org", "cover", run_org_cover, "REF", 1, cover_opts,
	  "record a coverage aim the organisation meets (MC-diversity)" },
	{ "commitment", "list", run_commitment_list, NULL, 0, NULL,
	  "principles and commitments" },
	{ "commitment", "add", run_commitment_add, NULL, 0, commitment_opts,
	  "add a principle or commitment" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
