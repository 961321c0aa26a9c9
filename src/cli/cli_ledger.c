/*
 * Commands for the tamper-evident record: `audit verify` (the chain,
 * the rows it vouches for, the signed head), `audit head` (the signed
 * head to publish) and `election receipts` (every counted ballot by its
 * receipt, and a voter's own).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "render/json_cli.h"

#define O(k) cli_opt(c, (k))

/* One problem as a line: an entry, or a row and the entry vouching. */
static void
ledger_print(const struct rec_ledger_problem *p)
{
	if (p->table == NULL) {
		printf("audit entry %lld %s\n", (long long)p->seq,
		    p->problem != NULL ? p->problem : "");
		return;
	}
	printf("%s row %s (%s) %s", p->table, p->row != NULL ? p->row : "",
	    p->label != NULL ? p->label : "", p->problem != NULL ?
	    p->problem : "");
	if (p->seq != 0)
		printf(" [vouched for by audit entry %lld, %s]",
		    (long long)p->seq, p->action != NULL ? p->action :
		    "now missing");
	printf("\n");
}

static int
run_audit_verify(struct cli *c)
{
	struct audit_check	a;
	size_t			i;
	int			rc;

	if ((rc = core_audit_check(&c->core, O("head"), 1, &a)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c)) {
		if (cli_json_out(c, json_audit_check(&a)) != EXIT_OK) {
			audit_check_free(&a);
			return EXIT_FAULT;
		}
	} else if (a.problems.n == 0) {
		printf("audit log intact: %lld entries checked, chain "
		    "unbroken\n", (long long)a.checked);
		if (a.from_seq != 0)
			printf("rows intact: %lld governed rows match what "
			    "the log vouches for (data vouched for since "
			    "entry %lld, %s)\n", (long long)a.rows,
			    (long long)a.from_seq, a.from_at);
		else
			printf("the rows are not vouched for yet: they are "
			    "from the next action recorded\n");
		if (a.head_state == AUDIT_HEAD_SIGNED)
			printf("signed head: %s\n", a.head.line);
		else if (a.head_state == AUDIT_HEAD_UNCHECKED)
			printf("the head's signature was not checked: %s\n",
			    a.unchecked);
		if (O("head") != NULL)
			printf("the head you gave is in the chain\n");
	} else
		for (i = 0; i < a.problems.n; i++)
			ledger_print(&a.problems.v[i]);
	rc = a.problems.n == 0 ? EXIT_OK : EXIT_TAMPERED;
	if (rc != EXIT_OK)
		fprintf(stderr, "alliance: the audit log or the data it vouches "
		    "for has been altered: %zu problem(s) found\n",
		    a.problems.n);
	audit_check_free(&a);
	return rc;
}

static int
run_audit_head(struct cli *c)
{
	struct audit_head	h;
	int			rc;

	if ((rc = core_audit_head(&c->core, &h)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_audit_head(&h));
	else {
		printf("%s\n", h.line);
		rc = EXIT_OK;
	}
	audit_head_free(&h);
	return rc;
}

static int
run_election_receipts(struct cli *c)
{
	struct election_view	 v;
	const struct rec_ballot	*b, *mine = NULL;
	const char		*want = O("receipt");
	size_t			 i;
	int			 rc;

	if ((rc = cli_election_read(c, &v)) != EXIT_OK)
		return rc;
	/* SA-9.4: the ballots are published once counted. */
	if (!v.results) {
		core_fail(&c->core, CORE_EINVAL, "election", "election %lld is "
		    "not counted yet; its ballots are published once counted",
		    (long long)v.e.id);
		election_view_free(&v);
		return cli_fail(c, CORE_EINVAL);
	}
	for (i = 0; want != NULL && i < v.ballots.n; i++) {
		b = &v.ballots.v[i];
		if (b->receipt != NULL && strcmp(want, b->receipt) == 0)
			mine = b;
	}
	if (want != NULL && mine == NULL) {
		core_fail(&c->core, CORE_ENOTFOUND, "receipt", "no ballot with "
		    "receipt %s was counted in election %lld", want,
		    (long long)v.e.id);
		election_view_free(&v);
		return cli_fail(c, CORE_ENOTFOUND);
	}
	if (mine != NULL && strcmp(c->format, "table") == 0)
		printf("ballot %s was counted: a vote for %s\n", want,
		    mine->candidate != NULL ? mine->candidate : "(null)");
	else if (mine != NULL)
		rc = cli_show(c, cli_json(c) ? json_ballot(mine) : NULL, mine,
		    cli_ballot_cols, cli_ballot_row);
	else
		rc = cli_records(c, CORE_OK, cli_json(c) ?
		    json_ballots(&v.ballots) : NULL, v.ballots.v, v.ballots.n,
		    sizeof(*v.ballots.v), cli_ballot_cols, cli_ballot_row);
	election_view_free(&v);
	return rc;
}

static const struct cli_opt verify_opts[] = {
	{ "head", 0, "a signed head kept from earlier (alliance audit head): "
	    "the chain must still hold it" },
	{ NULL, 0, NULL },
};
static const struct cli_opt receipt_opts[] = {
	{ "receipt", 0, "your receipt: show only your ballot" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_ledger_cmds[] = {
	{ "audit", "verify", run_audit_verify, NULL, verify_opts,
	  "check the audit log's hash chain, its signed head, and every "
	  "governed row against what the log vouches for; names each entry "
	  "or row altered outside the program" },
	{ "audit", "head", run_audit_head, NULL, NULL,
	  "print the audit log's head signed with this installation's key, "
	  "to publish and to check later with 'audit verify --head'" },
	{ "election", "receipts", run_election_receipts, "ID",
	  receipt_opts, "every counted ballot by its receipt, for a recount; "
	  "with --receipt, your own" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
