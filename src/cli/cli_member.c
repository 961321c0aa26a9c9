/*
 * Commands for memberships: add, the signed declaration (SA-15.1),
 * changes of status (suspend, reinstate, resign, exclude, withdraw,
 * terminate), evidence of the criteria (MC-criteria), show and list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "rules/membership.h"

#define O(k) cli_opt(c, (k))

static int
run_member_add(struct cli *c)
{
	int rc = core_member_add(&c->core, O("group"), O("organisation"),
	    O("kind"), O("side"), O("since"));

	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "membership added; it is active once the agreement "
	    "is signed", 0, NULL);
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
	return cli_done(c, msg, 0, NULL);
}

static int
member_status(struct cli *c, const char *status, const char *what)
{
	int rc = core_member_status(&c->core, O("group"), O("organisation"),
	    status, O("date"), O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, what, 0, NULL);
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
	struct rec_membership_detail	d;
	int				rc;

	rc = core_member_resign(&c->core, O("group"), O("organisation"),
	    O("date"), O("reason"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (core_member_show(&c->core, &viewer_system, O("group"),
	    O("organisation"), &d) != CORE_OK)
		return cli_fail(c, CORE_EFAULT);
	if (cli_json(c))
		rc = cli_json_out(c, json_membership_detail(&d));
	else
		printf("notice of resignation recorded; the membership ends "
		    "on %s\n", d.m.status_until);
	rec_membership_detail_free(&d);
	return rc;
}

static int
run_member_exclude(struct cli *c)
{
	int rc = core_member_exclude(&c->core, O("group"), O("organisation"),
	    O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "member excluded "
	    "for the rest of its notice", 0, NULL);
}

static int
run_member_criterion(struct cli *c)
{
	int rc = core_member_criterion(&c->core, O("group"),
	    O("organisation"), O("criterion"), O("evidence"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "evidence recorded",
	    0, NULL);
}

static void
membership_row(struct table *t, const void *p)
{
	const struct rec_membership *m = p;

	table_text(t, m->organisation);
	table_text(t, m->group_name);
	table_text(t, CLI_NAME(memb_kind_names, m->kind));
	table_text(t, CLI_NAME(memb_status_names, m->status));
	table_text(t, m->status_until);
	table_text(t, m->since);
	table_text(t, m->side);
}

static void
history_row(struct table *t, const void *p)
{
	const struct rec_memb_history *h = p;

	table_text(t, h->effective);
	table_text(t, h->status);
	table_text(t, h->until);
	table_text(t, h->reason);
	table_text(t, h->recorded_by);
}

static void
criterion_row(struct table *t, const void *p)
{
	const struct rec_criterion *r = p;

	table_text(t, r->criterion);
	table_text(t, r->evidence);
	table_text(t, r->recorded_on);
}

/* The membership as text: its record, declaration, history and the
 * evidence of its criteria. */
static int
member_text(struct cli *c, const struct rec_membership_detail *md)
{
	static const struct column cols[] = {
		{ "Organisation", 0, 0 }, { "Group", 0, 0 }, { "Kind", 0, 0 },
		{ "Status", 0, 0 }, { "Until", 0, 0 }, { "Since", 0, 0 },
		{ "Side", 0, 0 }, { NULL, 0, 0 },
	};
	static const struct column hcols[] = {
		{ "Date", 0, 0 }, { "Status", 0, 0 }, { "Until", 0, 0 },
		{ "Why", 50, 0 }, { "By", 24, 0 }, { NULL, 0, 0 },
	};
	static const struct column ccols[] = {
		{ "Criterion", 50, 0 }, { "Evidence", 50, 0 },
		{ "Recorded", 0, 0 }, { NULL, 0, 0 },
	};
	const struct rec_declaration	*d = &md->declaration;
	size_t				 i;
	int				 rc;

	if ((rc = cli_print(c, CLI_AS_RECORD, &md->m, 1, 0, cols,
	    membership_row)) != EXIT_OK)
		return rc;
	if (md->declared)
		printf("Declaration:  signed %s by %s%s%s\n", d->signed_on !=
		    NULL ? d->signed_on : "(null)", d->signer_name != NULL ?
		    d->signer_name : "(null)", d->signer_role != NULL ? ", " :
		    "", d->signer_role != NULL ? d->signer_role : "");
	else
		printf("Declaration:  not signed\n");
	printf("\nHistory\n");
	if ((rc = CLI_PRINT(c, CLI_AS_TABLE, &md->history, hcols,
	    history_row)) != EXIT_OK)
		return rc;
	if (md->criteria.n > 0 || md->ngaps > 0) {
		printf("\nCriteria (MC-criteria)\n");
		if ((rc = CLI_PRINT(c, CLI_AS_TABLE, &md->criteria, ccols,
		    criterion_row)) != EXIT_OK)
			return rc;
		for (i = 0; i < md->ngaps; i++)
			printf("GAP: no evidence for \"%s\"\n", md->gaps[i]);
	}
	return EXIT_OK;
}

static int
run_member_show(struct cli *c)
{
	struct rec_membership_detail	md;
	int				rc;

	rc = core_member_show(&c->core, &viewer_system, O("group"),
	    O("organisation"), &md);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	rc = cli_json(c) ? cli_json_out(c, json_membership_detail(&md)) :
	    member_text(c, &md);
	rec_membership_detail_free(&md);
	return rc;
}

static void
member_row(struct table *t, const void *p)
{
	const struct rec_membership *m = p;

	table_text(t, m->organisation);
	table_text(t, CLI_NAME(sector_names, m->sector));
	table_text(t, m->group_name);
	table_text(t, CLI_NAME(memb_kind_names, m->kind));
	table_text(t, CLI_NAME(memb_status_names, m->status));
	table_text(t, m->since);
	table_text(t, m->side);
}

static int
run_member_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Organisation", 44, 0 }, { "Sector", 0, 0 },
		{ "Group", 40, 0 }, { "Kind", 0, 0 }, { "Status", 0, 0 },
		{ "Since", 0, 0 }, { "Side", 24, 0 }, { NULL, 0, 0 },
	};
	struct rec_membership_list	l = { NULL, 0 };
	int				rc;

	rc = core_member_list(&c->core, &viewer_system, O("group"), &l);
	rc = cli_records(c, rc, rc == CORE_OK && cli_json(c) ?
	    json_membership_list(&l, O("group") == NULL) : NULL, l.v, l.n,
	    sizeof(*l.v), cols, member_row);
	rec_membership_list_free(&l);
	return rc;
}

static const struct cli_opt member_opts[] = {
	{ "group", 0, "the group (slug or name)" },
	{ "organisation", 0, "the organisation (name, number or org-id)" },
	{ "kind", 0, "full, associate, co-opted or guest" },
	{ "side", 0, "side for quorum, such as Stoke-on-Trent & North" },
	{ "since", &cli_is_date, "date applied (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt sign_opts[] = {
	{ "organisation", 0, "the organisation signing" },
	{ "name", 0, "name of the person signing" },
	{ "role", 0, "their role or position in the organisation" },
	{ "date", &cli_is_date, "date signed, YYYY-MM-DD" },
	{ "authority", CLI_FLAG, "they confirm their authority to sign for the "
	    "organisation" },
	{ NULL, 0, NULL },
};
static const struct cli_opt status_opts[] = {
	{ "group", 0, "the group" },
	{ "organisation", 0, "the organisation" },
	{ "date", &cli_is_date, "effective date (default today)" },
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

const struct cli_cmd cli_member_cmds[] = {
	{ "member", "add", run_member_add, NULL, member_opts,
	  "add a membership (pending until the agreement is signed, SA-3.2)" },
	{ "member", "sign", run_member_sign, NULL, sign_opts,
	  "record the electronic declaration (SA-15.1)" },
	{ "member", "suspend", run_member_suspend, NULL, status_opts,
	  "suspend a member in breach (SA-13.2); --reason required" },
	{ "member", "reinstate", run_member_reinstate, NULL, status_opts,
	  "reinstate a suspended member, or withdraw a notice" },
	{ "member", "resign", run_member_resign, NULL, status_opts,
	  "record written notice of resignation (SA-14.1)" },
	{ "member", "exclude", run_member_exclude, NULL, status_opts,
	  "exclude a member under notice from business (SA-14.1)" },
	{ "member", "withdraw", run_member_withdraw, NULL, status_opts,
	  "withdraw a membership (MC-absence); --reason required" },
	{ "member", "terminate", run_member_terminate, NULL, status_opts,
	  "terminate a membership (SA-14.3); --reason required" },
	{ "member", "criterion", run_member_criterion, NULL, crit_opts,
	  "record evidence for a membership criterion (MC-criteria)" },
	{ "member", "show", run_member_show, NULL, show_opts,
	  "a membership with its history, declaration and criteria" },
	{ "member", "list", run_member_list, NULL, list_opts,
	  "list memberships" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
