/*
 * Commands for the accountability of compacts, frameworks and pacts:
 * the annual self-assessment and consultations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"
#include "render/json_cli.h"

#define O(k) cli_opt(c, (k))

int
cli_year(struct cli *c)
{
	/* Its kind (a year) was checked with the other options. */
	if (O("year") == NULL) {
		core_fail(&c->core, CORE_EINVAL, "year", "--year is missing; "
		    "expected a year such as 2026");
		return 0;
	}
	return (int)cli_int(c, "year");
}

static int
run_assess_open(struct cli *c)
{
	char	msg[120];
	int	year = cli_year(c), n, rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_assess_open(&c->core, year, O("due"), &n)) != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "self-assessment %d open for %d "
	    "signator%s", year, n, n == 1 ? "y" : "ies");
	return cli_done(c, msg, 0, NULL);
}

static int
run_assess_rate(struct cli *c)
{
	int year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_assess_rate(&c->core, year, O("organisation"),
	    O("commitment"), O("rating"), O("evidence"), O("links"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "rating recorded", 0, NULL);
}

static int
run_assess_view(struct cli *c)
{
	int year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_assess_view(&c->core, year, O("organisation"),
	    O("commitment"), O("view"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "the sector's view recorded", 0, NULL);
}

static int
run_assess_submit(struct cli *c)
{
	struct check_flag_list	flags = { NULL, 0 };
	int			year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_assess_submit(&c->core, year, O("organisation"), &flags);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "self-assessment submitted", 0, &flags);
}

static void
assessment_row(struct table *t, const void *p)
{
	const struct rec_assessment *a = p;

	table_text(t, a->organisation);
	table_num(t, a->rated);
	table_text(t, a->submitted);
	table_yes(t, a->late);
}

static int
run_assess_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Signatory", 40, 0 }, { "Rated", 0, 0 },
		{ "Submitted", 0, 0 }, { "Late", 0, 0 }, { NULL, 0, 0 },
	};
	struct assess_year	y;
	int			year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_assess_year(&c->core, &viewer_system, year, &y)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_assess_year(&y));
	else {
		printf("Self-assessment %d, due %s\n", year, y.cycle.due);
		rc = CLI_PRINT(c, CLI_AS_FORMAT, &y.assessments, cols,
		    assessment_row);
	}
	assess_year_free(&y);
	return rc;
}

static int
run_consult_add(struct cli *c)
{
	struct consult_in	 in;
	struct check_flag_list	 flags = { NULL, 0 };
	int64_t			 id = 0;
	int			 rc;

	memset(&in, 0, sizeof(in));
	in.organisation = O("organisation");
	in.title = O("title");
	in.opens = O("opens");
	in.closes = O("closes");
	in.reason = O("reason");
	in.significant = cli_flag(c, "significant");
	if ((rc = core_consult_add(&c->core, &in, &id, &flags)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "consultation recorded", id, &flags);
}

static int
run_consult_feedback(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "consultation", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_consult_feedback(&c->core, id, O("text"),
	    O("date"))) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "feedback recorded", 0, NULL);
}

static void
consult_row(struct table *t, const void *p)
{
	const struct rec_consult *k = p;

	table_num(t, k->id);
	table_text(t, k->organisation);
	table_text(t, k->title);
	table_text(t, k->opens);
	table_text(t, k->closes);
	table_num(t, k->weeks);
	table_yes(t, k->is_short);
	table_text(t, k->feedback_on);
}

static int
run_consult_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Public body", 30, 0 },
		{ "Consultation", 36, 0 }, { "Opens", 0, 0 },
		{ "Closes", 0, 0 }, { "Weeks", 0, 0 }, { "Short", 0, 0 },
		{ "Feedback", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_consult_list	l = { NULL, 0 };
	int			rc;

	rc = core_consults(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_consult_list, cols, consult_row,
	    rec_consult_list_free);
}

static const struct cli_opt open_opts[] = {
	{ "year", &cli_is_year, "the year assessed" },
	{ "due", &cli_is_date, "the date submissions are due (MS-5)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt rate_opts[] = {
	{ "year", &cli_is_year, "the year" },
	{ "organisation", 0, "the signatory" },
	{ "commitment", 0, "the commitment's number, such as 3.3.1 or 1a" },
	{ "rating", 0, "on the scale: not started, in progress or met" },
	{ "evidence", 0, "what shows it" },
	{ "links", 0, "links to the evidence" },
	{ NULL, 0, NULL },
};
static const struct cli_opt view_opts[] = {
	{ "year", &cli_is_year, "the year" },
	{ "organisation", 0, "the signatory" },
	{ "commitment", 0, "the commitment's number" },
	{ "view", 0, "the sector's view of the rating" },
	{ NULL, 0, NULL },
};
static const struct cli_opt submit_opts[] = {
	{ "year", &cli_is_year, "the year" },
	{ "organisation", 0, "the signatory" },
	{ NULL, 0, NULL },
};
static const struct cli_opt year_opts[] = {
	{ "year", &cli_is_year, "the year" },
	{ NULL, 0, NULL },
};
static const struct cli_opt consult_opts[] = {
	{ "organisation", 0, "the public body consulting" },
	{ "title", 0, "what it is about" },
	{ "opens", &cli_is_date, "first day, YYYY-MM-DD" },
	{ "closes", &cli_is_date, "last day, YYYY-MM-DD" },
	{ "significant", CLI_FLAG, "it significantly affects the sector "
	    "(SC-consult)" },
	{ "reason", 0, "why it is shorter than the constitution asks" },
	{ NULL, 0, NULL },
};
static const struct cli_opt feedback_opts[] = {
	{ "text", 0, "the outcome fed back" },
	{ "date", &cli_is_date, "when (default today)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_compact_cmds[] = {
	{ "assessment", "open", run_assess_open, NULL, open_opts,
	  "open the year's self-assessment for the signatories (MS-2-eval, MS-4)" },
	{ "assessment", "rate", run_assess_rate, NULL, rate_opts,
	  "rate a commitment, with evidence (MS-2-eval)" },
	{ "assessment", "view", run_assess_view, NULL, view_opts,
	  "the sector's view beside a rating" },
	{ "assessment", "submit", run_assess_submit, NULL, submit_opts,
	  "submit, once every commitment is rated (late ones flagged, MS-5)" },
	{ "assessment", "show", run_assess_show, NULL, year_opts,
	  "each signatory's progress and lateness" },
	{ "consultation", "add", run_consult_add, NULL, consult_opts,
	  "record a public body's consultation (SC-consult)" },
	{ "consultation", "feedback", run_consult_feedback, "ID",
	  feedback_opts, "record the outcome fed back" },
	{ "consultation", "list", run_consult_list, NULL, NULL,
	  "consultations, with their length and feedback" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
