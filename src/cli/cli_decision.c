/*
 * Commands for decisions: by consensus (SA-8.1), put to a vote and
 * counted (SA-8.2, SA-8.3), by email consensus or an electronic poll
 * when urgent (SA-8.4), shown and listed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

static int
run_decide(struct cli *c)
{
	int64_t	id;
	int	rc, pos;

	if (id_arg(c, "meeting", &id) != 0 || item_opt(c, &pos) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_decide_consensus(&c->core, &viewer_system, id, pos, O("text"),
	    &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "decision recorded as made by consensus", id, NULL);
}

static int
run_decide_email(struct cli *c)
{
	int64_t	id;
	int	rc;

	rc = core_decide_email(&c->core, &viewer_system, O("group"), O("text"),
	    &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "decision recorded as made by email consensus", id, NULL);
}

static int
run_motion_propose(struct cli *c)
{
	int64_t	id;
	int	rc, pos;

	if (id_arg(c, "meeting", &id) != 0 || item_opt(c, &pos) != 0)
		return cli_fail(c, CORE_EINVAL);
	struct motion_effect eff = { O("coopt"), O("terminate"),
	    O("recommend-termination"), O("terminate-from-alliance"),
	    O("effective") };

	rc = core_motion_propose(&c->core, &viewer_system, id, pos, O("text"),
	    number(O("second-vote-of")), &eff, &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the meeting is quorate; the vote is open", id, NULL);
}

static int
run_poll_open(struct cli *c)
{
	int64_t	id;
	int	rc;

	rc = core_poll_open(&c->core, &viewer_system, O("group"), O("text"),
	    O("opens"), O("closes"), &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "poll opened", id,
	    NULL);
}

static int
run_motion_cast(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "motion", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_motion_cast(&c->core, &viewer_system, id, O("organisation"),
	    O("choice"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "vote recorded", 0,
	    NULL);
}

static int
run_motion_close(struct cli *c)
{
	struct motion_result	r;
	int64_t			id;
	int			rc;

	if (id_arg(c, "motion", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_motion_close(&c->core, &viewer_system, id, &r)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		return cli_json_out(c, json_motion_result(&r));
	else {
		printf("%s: %u for, %u against, %u abstaining\n", r.outcome,
		    r.votes_for, r.votes_against, r.votes_abstain);
		if (r.tie)
			printf("A tie decides nothing (SA-8.3). After further "
			    "debate the chair may put a second vote with "
			    "--second-vote-of %lld.\n", (long long)id);
	}
	return EXIT_OK;
}

/* A count, empty before the motion is closed. */
static void
count_cell(struct table *t, const struct rec_motion *m, int n)
{
	if (m->counted)
		table_num(t, n);
	else
		table_text(t, NULL);
}

/* A motion's fields, in motion_row's order: the columns of the list and
 * of one motion pick from them. */
enum {
	MO_ID = 1, MO_GROUP, MO_TEXT, MO_METHOD, MO_ROUND, MO_STATUS,
	MO_OUTCOME, MO_FOR, MO_AGAINST, MO_ABSTAIN, MO_OPENS, MO_CLOSES
};

static void
motion_row(struct table *t, const void *p)
{
	const struct rec_motion *m = p;

	table_num(t, m->id);
	table_text(t, m->grp);
	table_text(t, m->body);
	table_text(t, motion_method_names[m->method]);
	table_num(t, m->round);
	table_text(t, motion_status_names[m->status]);
	table_text(t, m->outcome);
	count_cell(t, m, m->votes_for);
	count_cell(t, m, m->votes_against);
	count_cell(t, m, m->votes_abstain);
	table_text(t, m->opens);
	table_text(t, m->closes);
}

static void
vote_row(struct table *t, const void *p)
{
	const struct rec_vote *v = p;

	table_text(t, v->organisation);
	table_text(t, v->choice);
	table_text(t, v->cast_at);
}

static int
run_motion_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Motion", 0, MO_ID }, { "Group", 0, MO_GROUP },
		{ "Text", 0, MO_TEXT }, { "Method", 0, MO_METHOD },
		{ "Round", 0, MO_ROUND }, { "Status", 0, MO_STATUS },
		{ "Outcome", 0, MO_OUTCOME }, { "For", 0, MO_FOR },
		{ "Against", 0, MO_AGAINST }, { "Abstain", 0, MO_ABSTAIN },
		{ "Opens", 0, MO_OPENS }, { "Closes", 0, MO_CLOSES },
		{ NULL, 0, 0 },
	};
	static const struct column vcols[] = {
		{ "Organisation", 40, 0 }, { "Vote", 0, 0 }, { "At", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct motion_view	v;
	int64_t			id;
	int			rc;

	if (id_arg(c, "motion", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_motion_get(&c->core, &viewer_system, id, &v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_motion(&v));
	else if ((rc = cli_print(c, CLI_AS_RECORD, &v.mo, 1, 0, cols,
	    motion_row)) == EXIT_OK) {
		/* SA-8.4: a poll's votes once it has closed. */
		if (v.votes_shown) {
			printf("\nVotes\n");
			rc = CLI_PRINT(c, CLI_AS_TABLE, &v.votes, vcols,
			    vote_row);
		} else
			printf("\nVotes are shown when the poll closes.\n");
	}
	motion_view_free(&v);
	return rc;
}

static int
run_motion_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, MO_ID }, { "Group", 0, MO_GROUP },
		{ "Decision", 50, MO_TEXT }, { "Method", 0, MO_METHOD },
		{ "Round", 0, MO_ROUND }, { "Outcome", 0, MO_OUTCOME },
		{ "For", 0, MO_FOR }, { "Against", 0, MO_AGAINST },
		{ NULL, 0, 0 },
	};
	struct rec_motion_list	l;
	int			rc;

	rc = core_motion_list(&c->core, &viewer_system, O("group"), &l);
	return CLI_LIST(c, rc, &l, json_motion_list, cols, motion_row,
	    rec_motion_list_free);
}

static const struct cli_opt decide_opts[] = {
	{ "item", 0, "the item's number" },
	{ "text", 0, "the decision" },
	{ NULL, 0, NULL },
};
static const struct cli_opt propose_opts[] = {
	{ "item", 0, "the item's number" },
	{ "text", 0, "the motion" },
	{ "second-vote-of", 0, "the tied motion this is the second vote of" },
	{ "coopt", 0, "if carried, co-opt this organisation (SA-5.8)" },
	{ "terminate", 0, "if carried, terminate its membership (SA-14.3)" },
	{ "recommend-termination", 0, "if carried, refer its termination "
	    "from the whole Alliance to the co-ordination group" },
	{ "terminate-from-alliance", 0, "co-ordination group: if carried, "
	    "end all its memberships" },
	{ "effective", &cli_is_date, "a termination's date of effect (default: at "
	    "once)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt poll_opts[] = {
	{ "group", 0, "the group polled" },
	{ "text", 0, "the question" },
	{ "opens", 0, "YYYY-MM-DDTHH:MM" },
	{ "closes", 0, "YYYY-MM-DDTHH:MM" },
	{ NULL, 0, NULL },
};
static const struct cli_opt email_opts[] = {
	{ "group", 0, "the group" },
	{ "text", 0, "the decision" },
	{ NULL, 0, NULL },
};
static const struct cli_opt cast_opts[] = {
	{ "organisation", 0, "the voting member" },
	{ "choice", 0, "for, against or abstain" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_decision_cmds[] = {
	{ "decision", "consensus", run_decide, "MEETING", decide_opts,
	  "record a decision made by consensus (SA-8.1)" },
	{ "decision", "propose", run_motion_propose, "MEETING",
	  propose_opts, "put an item to a vote; refused unless quorate "
	  "(SA-8.2)" },
	{ "decision", "vote", run_motion_cast, "MOTION", cast_opts,
	  "one organisation's vote (SA-8.3)" },
	{ "decision", "close", run_motion_close, "MOTION", NULL,
	  "count the votes: carried, lost or a tie" },
	{ "decision", "show", run_motion_show, "MOTION", NULL,
	  "a decision and its votes" },
	{ "decision", "list", run_motion_list, NULL, group_only,
	  "decisions" },
	{ "decision", "email", run_decide_email, NULL, email_opts,
	  "record an urgent decision made by email consensus (SA-8.4)" },
	{ "decision", "poll", run_poll_open, NULL, poll_opts,
	  "an electronic poll for an urgent decision (SA-8.4)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
