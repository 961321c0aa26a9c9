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

#define O(k) cli_opt(c, (k))

/* One problem as a line: an entry, or a row and the entry vouching. */
static void
ledger_print(const json_t *p)
{
	const char *tbl = json_string_value(json_object_get(p, "table"));
	json_int_t  seq = json_integer_value(json_object_get(p, "seq"));

	if (tbl == NULL) {
		printf("audit entry %lld %s\n", (long long)seq,
		    json_string_value(json_object_get(p, "problem")));
		return;
	}
	printf("%s row %s (%s) %s", tbl,
	    json_string_value(json_object_get(p, "row")),
	    json_string_value(json_object_get(p, "label")),
	    json_string_value(json_object_get(p, "problem")));
	if (seq != 0)
		printf(" [vouched for by audit entry %lld, %s]", (long long)seq,
		    json_string_value(json_object_get(p, "action")) != NULL ?
		    json_string_value(json_object_get(p, "action")) :
		    "now missing");
	printf("\n");
}

static int
run_audit_verify(struct cli *c)
{
	json_t	*r = NULL, *bad, *b, *from, *head;
	size_t	 i;
	int	 rc;

	if ((rc = core_audit_check(&c->core, O("head"), 1, &r)) != CORE_OK)
		return cli_fail(c, rc);
	bad = json_object_get(r, "problems");
	from = json_object_get(r, "vouched_from");
	head = json_object_get(r, "head");
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, r);
	else if (json_array_size(bad) == 0) {
		printf("audit log intact: %lld entries checked, chain "
		    "unbroken\n", (long long)json_integer_value(
		    json_object_get(r, "checked")));
		if (json_is_object(from))
			printf("rows intact: %lld governed rows match what "
			    "the log vouches for (data vouched for since "
			    "entry %lld, %s)\n", (long long)json_integer_value(
			    json_object_get(r, "rows")),
			    (long long)json_integer_value(json_object_get(from,
			    "seq")), json_string_value(json_object_get(from,
			    "at")));
		else
			printf("the rows are not vouched for yet: they are "
			    "from the next action recorded\n");
		if (json_is_object(head) && json_object_get(head, "head"))
			printf("signed head: %s\n", json_string_value(
			    json_object_get(head, "head")));
		else if (json_is_object(head))
			printf("the head's signature was not checked: %s\n",
			    json_string_value(json_object_get(head,
			    "unchecked")));
		if (O("head") != NULL)
			printf("the head you gave is in the chain\n");
	} else
		json_array_foreach(bad, i, b)
			ledger_print(b);
	rc = json_array_size(bad) == 0 ? EXIT_OK : EXIT_TAMPERED;
	if (rc != EXIT_OK)
		fprintf(stderr, "alliance: the audit log or the data it vouches "
		    "for has been altered: %zu problem(s) found\n",
		    json_array_size(bad));
	json_decref(r);
	return rc;
}

static int
run_audit_head(struct cli *c)
{
	json_t	*r = NULL;
	int	 rc;

	if ((rc = core_audit_head(&c->core, &r)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, r);
	else
		printf("%s\n", json_string_value(json_object_get(r, "head")));
	json_decref(r);
	return EXIT_OK;
}

static int
run_election_receipts(struct cli *c)
{
	static const struct column cols[] = {
		{ "receipt", "Receipt", 0 }, { "candidate", "Vote", 40 },
		{ NULL, NULL, 0 },
	};
	struct election_view	 v;
	json_t			*e, *box, *b, *mine = NULL;
	const char		*want = O("receipt");
	int64_t			 id;
	size_t		 i;
	int		 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_get(&c->core, &viewer_system, id, &v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	e = json_election(&v);
	election_view_free(&v);
	if (!json_is_array(box = json_object_get(e, "ballots"))) {
		json_decref(e);
		core_fail(&c->core, CORE_EINVAL, "election", "election %lld is "
		    "not counted yet; its ballots are published once counted",
		    (long long)id);
		return cli_fail(c, CORE_EINVAL);
	}
	json_array_foreach(box, i, b)
		if (want != NULL && strcmp(want, json_string_value(
		    json_object_get(b, "receipt"))) == 0)
			mine = b;
	if (want != NULL && mine == NULL) {
		json_decref(e);
		core_fail(&c->core, CORE_ENOTFOUND, "receipt", "no ballot with "
		    "receipt %s was counted in election %lld", want, (long long)id);
		return cli_fail(c, CORE_ENOTFOUND);
	}
	if (mine != NULL && strcmp(c->format, "table") == 0)
		printf("ballot %s was counted: a vote for %s\n", want,
		    json_string_value(json_object_get(mine, "candidate")));
	else if (mine != NULL)
		cli_record(c, mine, cols);
	else
		cli_rows(c, box, cols);
	json_decref(e);
	return EXIT_OK;
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
	{ "audit", "verify", run_audit_verify, NULL, 0, verify_opts,
	  "check the audit log's hash chain, its signed head, and every "
	  "governed row against what the log vouches for; names each entry "
	  "or row altered outside the program" },
	{ "audit", "head", run_audit_head, NULL, 0, NULL,
	  "print the audit log's head signed with this installation's key, "
	  "to publish and to check later with 'audit verify --head'" },
	{ "election", "receipts", run_election_receipts, "ID", 1,
	  receipt_opts, "every counted ballot by its receipt, for a recount; "
	  "with --receipt, your own" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
