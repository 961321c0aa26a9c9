/*
 * Commands for elections: opened, nominations, the secret ballot and
 * its receipts, the count and any run-off, the chair's verification,
 * the announcement, shown and listed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

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
	return done(c, "election opened; nominations are sought", id);
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
	return done(c, "nomination accepted", 0);
}

static int
run_election_ballot(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_election_ballot(&c->core, id, O("opens"), O("closes"));
	return rc != CORE_OK ? cli_fail(c, rc) : done(c, "the ballot is set; "
	    "every nomination is shown to voters", 0);
}

static int
run_election_vote(struct cli *c)
{
	char	*receipt = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_election_vote(&c->core, id, O("organisation"),
	    O("candidate"), &receipt);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		json_t *o = json_pack("{s:s}", "receipt", receipt);

		render_json(stdout, o);
		json_decref(o);
	} else
		printf("ballot recorded; receipt %s (keep it to find your "
		    "ballot in the published result)\n", receipt);
	free(receipt);
	return EXIT_OK;
}

static int
run_election_count(struct cli *c)
{
	static const struct column cols[] = {
		{ "candidate", "Candidate", 40 }, { "votes", "Votes", 0 },
		{ NULL, NULL, 0 },
	};
	json_t	*r = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_count(&c->core, id, &r)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, r);
	else {
		char buf[1024];

		render_table(stdout, json_object_get(r, "counts"), cols);
		render_cell(json_object_get(r, "winners"), buf, sizeof(buf));
		printf("outcome: %s%s%s\n", json_string_value(json_object_get(
		    r, "outcome")), buf[0] ? "; elected: " : "", buf);
		if (json_is_integer(json_object_get(r, "runoff"))) {
			render_cell(json_object_get(r, "tied"), buf,
			    sizeof(buf));
			printf("A tie between %s: run-off election %lld is "
			    "open for its ballot (SA-E2.2).\n", buf,
			    (long long)json_integer_value(json_object_get(r,
			    "runoff")));
		}
	}
	json_decref(r);
	return EXIT_OK;
}

static int
run_election_verify(struct cli *c)
{
	json_t	*r = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_verify(&c->core, id, &r)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, r);
	else {
		json_t	*p;
		size_t	 i;

		/* What is wrong, named, before the figures. */
		json_array_foreach(json_object_get(r, "problems"), i, p)
			if (json_object_get(p, "table") != NULL)
				printf("%s row %s (%s) %s\n", json_string_value(
				    json_object_get(p, "table")),
				    json_string_value(json_object_get(p, "row")),
				    json_string_value(json_object_get(p,
				    "label")), json_string_value(
				    json_object_get(p, "problem")));
			else
				printf("%s\n", json_string_value(
				    json_object_get(p, "problem")));
	}
	if (strcmp(c->format, "json") != 0)
		printf("turnout: %lld organisations voted, %lld ballots in the "
		    "box; %zu ineligible voter(s); %s\n",
		    (long long)json_integer_value(json_object_get(r, "voters")),
		    (long long)json_integer_value(json_object_get(r,
		    "ballots")), json_array_size(json_object_get(r,
		    "ineligible")), json_is_true(json_object_get(r, "ok")) ?
		    "verified" : "NOT verified: the figures do not agree");
	rc = json_array_size(json_object_get(r, "problems")) > 0 ?
	    EXIT_TAMPERED : EXIT_OK;
	json_decref(r);
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
	return done(c, "result announced; the register is updated", 0);
}

static int
run_election_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "Election", 0 }, { "group_name", "Group", 0 },
		{ "office", "Office", 0 }, { "position", "Position", 0 },
		{ "seats", "Seats", 0 }, { "round", "Round", 0 },
		{ "status", "Status", 0 },
		{ "nominations_close", "Nominations close", 0 },
		{ "voting_opens", "Voting opens", 0 },
		{ "voting_closes", "Voting closes", 0 },
		{ "turnout", "Turnout", 0 }, { NULL, NULL, 0 },
	};
	static const struct column ncols[] = {
		{ "person", "Candidate", 30 },
		{ "organisation", "Organisation", 36 },
		{ "why", "Why", 40 }, { "interests", "Interests", 30 },
		{ NULL, NULL, 0 },
	};
	static const struct column bcols[] = {
		{ "receipt", "Receipt", 0 }, { "candidate", "Vote", 40 },
		{ NULL, NULL, 0 },
	};
	json_t	*e = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "election", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_election_get(&c->core, id, &e)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0)
		render_json(stdout, e);
	else {
		render_record(stdout, e, cols);
		printf("\nNominations\n");
		render_table(stdout, json_object_get(e, "nominations"), ncols);
		if (json_is_array(json_object_get(e, "ballots"))) {
			printf("\nEvery counted ballot\n");
			render_table(stdout, json_object_get(e, "ballots"),
			    bcols);
		}
	}
	json_decref(e);
	return EXIT_OK;
}

static int
run_election_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "id", "#", 0 }, { "grp", "Group", 0 },
		{ "office", "Office", 0 }, { "position", "Position", 36 },
		{ "round", "Round", 0 }, { "status", "Status", 0 },
		{ "nominations_close", "Nominations close", 0 },
		{ "voting_closes", "Voting closes", 0 }, { NULL, NULL, 0 },
	};
	json_t	*rows = NULL;
	int	 rc;

	rc = core_election_list(&c->core, &rows);
	return cli_list(c, rc, rows, cols);
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
	{ "election", "open", run_election_open, NULL, 0, election_opts,
	  "open an election and seek nominations (SA-7.1, SA-9.3)" },
	{ "election", "nominate", run_election_nominate, "ID", 1,
	  nominate_opts, "nominate a candidate (every field of SA-9.3)" },
	{ "election", "ballot", run_election_ballot, "ID", 1, ballot_opts,
	  "open the online poll for its times" },
	{ "election", "vote", run_election_vote, "ID", 1, evote_opts,
	  "one organisation's secret ballot; prints its receipt" },
	{ "election", "count", run_election_count, "ID", 1, NULL,
	  "count after close; a tie opens a run-off (SA-E2.2)" },
	{ "election", "verify", run_election_verify, "ID", 1, NULL,
	  "the chair checks turnout and eligibility (SA-9.4)" },
	{ "election", "announce", run_election_announce, "ID", 1, NULL,
	  "announce; offices and appendix C update themselves" },
	{ "election", "show", run_election_show, "ID", 1, NULL,
	  "an election, its nominations and, once counted, every ballot by "
	  "receipt" },
	{ "election", "list", run_election_list, NULL, 0, NULL,
	  "elections" },
	{ NULL, NULL, NULL, NULL, 0, NULL, NULL },
};
