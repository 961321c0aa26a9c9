/*
 * Commands for elections: opened, nominations, the secret ballot and
 * its receipts, the count and any run-off, the chair's verification,
 * the announcement, shown and listed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "render/json_cli.h"

#define O(k) cli_opt(c, (k))

static int
run_election_open(struct cli *c)
{
	struct election_in in = { O("group"), O("office"), O("position"),
	    O("opens"), O("closes"), O("reason"), (int)cli_int(c, "seats") };
	int64_t id;
	int rc;

	if ((rc = core_election_open(&c->core, &in, &id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "election opened; nominations are sought", id, NULL);
}

static int
run_election_nominate(struct cli *c)
{
	struct nomination_in in = { O("person"), O("details"), O("why"),
	    O("skills"), O("interests"), cli_flag(c, "guidance") };
	int64_t id;
	int rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_nominate(&c->core, id, &in)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "nomination accepted", 0, NULL);
}

static int
run_election_ballot(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_election_ballot(&c->core, id, O("opens"), O("closes"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the ballot is set; "
	    "every nomination is shown to voters", 0, NULL);
}

static int
run_election_vote(struct cli *c)
{
	char	*receipt = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_election_vote(&c->core, &viewer_system, id,
	    O("organisation"), O("candidate"), &receipt);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_receipt(receipt));
	else
		printf("ballot recorded; receipt %s (keep it to find your "
		    "ballot in the published result)\n", receipt);
	free(receipt);
	return rc;
}

/* Names as the tables join them: "A; B". */
static void
names_line(const struct rec_lines *l, char *buf, size_t sz)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < l->n && n < sz; i++)
		n += (size_t)snprintf(buf + n, sz - n, "%s%s", i ? "; " : "",
		    l->v[i]);
}

static void
count_row(struct table *t, const void *p)
{
	const struct rec_count *k = p;

	table_text(t, k->candidate);
	table_num(t, k->votes);
}

static int
run_election_count(struct cli *c)
{
	static const struct column cols[] = {
		{ "Candidate", 40, 0 }, { "Votes", 0, 0 }, { NULL, 0, 0 },
	};
	struct election_result	res;
	char			buf[1024];
	int64_t			id;
	int			rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_count(&c->core, id, &res)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_election_result(&res));
	else if ((rc = cli_print(c, CLI_AS_TABLE, res.counts, res.ncounts,
	    sizeof(*res.counts), cols, count_row)) == EXIT_OK) {
		names_line(&res.winners, buf, sizeof(buf));
		printf("outcome: %s%s%s\n", res.outcome, buf[0] ?
		    "; elected: " : "", buf);
		if (res.runoff != 0) {
			names_line(&res.tied, buf, sizeof(buf));
			printf("%s %s: run-off election %lld is "
			    "open for its ballot (SA-E2.2).\n",
			    strcmp(res.outcome, "no majority") == 0 ?
			    "No majority of the votes cast; the highest are" :
			    "A tie between", buf, (long long)res.runoff);
		}
	}
	election_result_free(&res);
	return rc;
}

static int
run_election_verify(struct cli *c)
{
	const struct election_problem	*p;
	struct election_check		 k;
	int64_t				 id;
	size_t				 i;
	int				 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_verify(&c->core, id, &k)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		json_t *r = json_election_check(&k);

		render_json(stdout, r);
		json_decref(r);
	} else {
		/* What is wrong, named, before the figures. */
		for (i = 0; i < k.problems.n; i++) {
			p = &k.problems.v[i];
			if (p->table != NULL)
				printf("%s row %s (%s) %s\n", p->table,
				    p->row ? p->row : "", p->label ? p->label :
				    "", p->problem);
			else
				printf("%s\n", p->problem);
		}
		printf("turnout: %lld organisations voted, %lld ballots in the "
		    "box; %zu ineligible voter(s); %s\n", (long long)k.voters,
		    (long long)k.ballots, k.ineligible.n, k.ok ? "verified" :
		    "NOT verified: the figures do not agree");
	}
	rc = k.problems.n > 0 ? EXIT_TAMPERED : EXIT_OK;
	election_check_free(&k);
	return rc;
}

static int
run_election_announce(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_announce(&c->core, id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "result announced; the register is updated", 0,
	    NULL);
}

static void
election_rec_row(struct table *t, const void *p)
{
	const struct election_view	*v = p;
	const struct rec_election	*e = &v->e;

	table_num(t, e->id);
	table_text(t, e->group_name);
	table_text(t, e->office);
	table_text(t, e->position);
	table_num(t, e->seats);
	table_num(t, e->round);
	table_text(t, election_status_names[e->status]);
	table_text(t, e->nominations_close);
	table_text(t, e->voting_opens);
	table_text(t, e->voting_closes);
	table_num(t, v->turnout);
}

static void
nomination_row(struct table *t, const void *p)
{
	const struct rec_nomination *n = p;

	table_text(t, n->person);
	table_text(t, n->organisation);
	table_text(t, n->why);
	table_text(t, n->interests);
}

void
cli_ballot_row(struct table *t, const void *p)
{
	const struct rec_ballot *b = p;

	table_text(t, b->receipt);
	table_text(t, b->candidate);
}

static int
run_election_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Election", 0, 0 }, { "Group", 0, 0 }, { "Office", 0, 0 },
		{ "Position", 0, 0 }, { "Seats", 0, 0 }, { "Round", 0, 0 },
		{ "Status", 0, 0 }, { "Nominations close", 0, 0 },
		{ "Voting opens", 0, 0 }, { "Voting closes", 0, 0 },
		{ "Turnout", 0, 0 }, { NULL, 0, 0 },
	};
	static const struct column ncols[] = {
		{ "Candidate", 30, 0 }, { "Organisation", 36, 0 },
		{ "Why", 40, 0 }, { "Interests", 30, 0 }, { NULL, 0, 0 },
	};
	struct election_view	v;
	int			rc;

	if ((rc = cli_election_read(c, &v)) != EXIT_OK)
		return rc;
	if (cli_json(c))
		rc = cli_json_out(c, json_election(&v));
	else if ((rc = cli_print(c, CLI_AS_RECORD, &v, 1, 0, cols,
	    election_rec_row)) == EXIT_OK) {
		printf("\nNominations\n");
		rc = CLI_PRINT(c, CLI_AS_TABLE, &v.nominations, ncols,
		    nomination_row);
		/* SA-9.4: every counted ballot, once the result is shown. */
		if (rc == EXIT_OK && v.results) {
			printf("\nEvery counted ballot\n");
			rc = CLI_PRINT(c, CLI_AS_TABLE, &v.ballots,
			    cli_ballot_cols, cli_ballot_row);
		}
	}
	election_view_free(&v);
	return rc;
}

const struct column cli_ballot_cols[] = {
	{ "Receipt", 0, 0 }, { "Vote", 40, 0 }, { NULL, 0, 0 },
};

int
cli_election_read(struct cli *c, struct election_view *v)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_get(&c->core, &viewer_system, id, v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	return EXIT_OK;
}

static void
election_row(struct table *t, const void *p)
{
	const struct rec_election *e = p;

	table_num(t, e->id);
	table_text(t, e->grp);
	table_text(t, e->office);
	table_text(t, e->position);
	table_num(t, e->round);
	table_text(t, election_status_names[e->status]);
	table_text(t, e->nominations_close);
	table_text(t, e->voting_closes);
}

static int
run_election_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Group", 0, 0 }, { "Office", 0, 0 },
		{ "Position", 36, 0 }, { "Round", 0, 0 }, { "Status", 0, 0 },
		{ "Nominations close", 0, 0 }, { "Voting closes", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_election_list	l;
	int				rc;

	if ((rc = core_election_list(&c->core, &viewer_system, &l)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	return CLI_LIST(c, CORE_OK, &l, json_election_list, cols, election_row,
	    rec_election_list_free);
}

static const struct cli_opt election_opts[] = {
	{ "group", 0, "the electing group" },
	{ "office", 0, "chair, vice-chair or representative" },
	{ "position", 0, "for a representative: the position" },
	{ "seats", &cli_is_pos, "seats to fill (default the position's)" },
	{ "opens", 0, "nominations open (default today)" },
	{ "closes", 0, "nomination deadline" },
	{ "reason", 0, "why a window shorter than the constitution's" },
	{ NULL, 0, NULL },
};
static const struct cli_opt nominate_opts[] = {
	{ "person", 0, "the nominee" },
	{ "details", 0, "nominee details" },
	{ "why", 0, "why they want the role" },
	{ "skills", 0, "skills, knowledge and experience" },
	{ "interests", 0, "declarations of interest ('none' is an answer)" },
	{ "guidance", CLI_FLAG, "they will abide by the Representative Guidance" },
	{ NULL, 0, NULL },
};
static const struct cli_opt ballot_opts[] = {
	{ "opens", 0, "YYYY-MM-DDTHH:MM" },
	{ "closes", 0, "YYYY-MM-DDTHH:MM" },
	{ NULL, 0, NULL },
};
static const struct cli_opt evote_opts[] = {
	{ "organisation", 0, "the voting member" },
	{ "candidate", 0, "the candidate" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_election_cmds[] = {
	{ "election", "open", run_election_open, NULL, election_opts,
	  "open an election and seek nominations (SA-7.1, SA-9.3)" },
	{ "election", "nominate", run_election_nominate, "ID",
	  nominate_opts, "nominate a candidate (every field of SA-9.3)" },
	{ "election", "ballot", run_election_ballot, "ID", ballot_opts,
	  "open the online poll for its times" },
	{ "election", "vote", run_election_vote, "ID", evote_opts,
	  "one organisation's secret ballot; prints its receipt" },
	{ "election", "count", run_election_count, "ID", NULL,
	  "count after close; a tie opens a run-off (SA-E2.2)" },
	{ "election", "verify", run_election_verify, "ID", NULL,
	  "the chair checks turnout and eligibility (SA-9.4)" },
	{ "election", "announce", run_election_announce, "ID", NULL,
	  "announce; offices and appendix C update themselves" },
	{ "election", "show", run_election_show, "ID", NULL,
	  "an election, its nominations and, once counted, every ballot by "
	  "receipt" },
	{ "election", "list", run_election_list, NULL, NULL,
	  "elections" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
