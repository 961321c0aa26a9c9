/*
 * Commands for offices (chairs and vice-chairs, SA-7.1) and
 * representative positions: add, appoint, remove (SA-9.5), and the
 * statutory bodies' concerns (SA-D5.3).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

static int
run_office_set(struct cli *c)
{
	int rc = core_office_set(&c->core, O("group"), O("person"),
	    O("office"), cli_flag(c, "interim"), O("start"), O("end"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "office recorded",
	    0, NULL);
}

static int
run_position_add(struct cli *c)
{
	struct position_in	in = { O("slug"), O("section"), O("name"),
	    O("method"), O("appointed-by"), O("electing-group"), O("note"),
	    1 };
	int			 rc;

	in.seats = (int)cli_int(c, "seats");
	if ((rc = core_position_add(&c->core, &in)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "position added", 0, NULL);
}

static int
run_position_appoint(struct cli *c)
{
	int rc = core_position_appoint(&c->core, O("position"), O("person"),
	    O("role") != NULL ? O("role") : "representative",
	    cli_flag(c, "interim"), O("scope"), O("start"), O("end"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "appointment recorded", 0, NULL);
}

static int
run_position_remove(struct cli *c)
{
	int rc = core_position_remove(&c->core, O("position"), O("person"),
	    O("date"), O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "representative removed; the register is updated", 0, NULL);
}

static int
run_position_concern(struct cli *c)
{
	int rc = core_position_concern(&c->core, O("position"), O("person"),
	    O("organisation"), O("text"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "concern recorded "
	    "for the co-ordination group chair; nobody is removed by it", 0,
	    NULL);
}

static void
concern_row(struct table *t, const void *p)
{
	const struct rec_concern *k = p;

	table_text(t, k->position);
	table_text(t, k->person);
	table_text(t, k->raised_by);
	table_text(t, k->body);
	table_text(t, k->raised);
}

static int
run_position_concerns(struct cli *c)
{
	static const struct column cols[] = {
		{ "Position", 30, 0 }, { "Representative", 24, 0 },
		{ "Raised by", 36, 0 }, { "Concern", 50, 0 }, { "Date", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_concern_list	l = { NULL, 0 };
	int			rc;

	rc = core_position_concerns(&c->core, &viewer_system, &l);
	return CLI_LIST(c, rc, &l, json_concern_list, cols, concern_row,
	    rec_concern_list_free);
}

static const struct cli_opt office_opts[] = {
	{ "group", 0, "the group" },
	{ "person", 0, "the person (name, email or number)" },
	{ "office", 0, "chair or vice-chair" },
	{ "interim", CLI_FLAG, "an interim appointment (SA-7.1)" },
	{ "start", &cli_is_date, "first day (default today)" },
	{ "end", &cli_is_date, "last day (default: the constitution's term)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt position_opts[] = {
	{ "slug", 0, "short name (required)" },
	{ "section", 0, "ICB Portfolios, ICB Place Boards..." },
	{ "name", 0, "board or portfolio" },
	{ "method", 0, "elected or appointed" },
	{ "appointed-by", 0, "who appoints, for appointed positions" },
	{ "electing-group", 0, "the forum that elects (SA-9.1)" },
	{ "seats", &cli_is_pos, "number of representatives (default 1)" },
	{ "note", 0, "a note for the register" },
	{ NULL, 0, NULL },
};
static const struct cli_opt appoint_opts[] = {
	{ "position", 0, "the position (slug or name)" },
	{ "person", 0, "the person" },
	{ "role", 0, "representative (default) or deputy" },
	{ "interim", CLI_FLAG, "an interim holder" },
	{ "scope", 0, "limit, such as 'south only'" },
	{ "start", &cli_is_date, "term start" },
	{ "end", &cli_is_date, "term end" },
	{ NULL, 0, NULL },
};
static const struct cli_opt remove_opts[] = {
	{ "position", 0, "the position" },
	{ "person", 0, "the representative" },
	{ "date", &cli_is_date, "effective date (default today)" },
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

const struct cli_cmd cli_office_cmds[] = {
	{ "office", "set", run_office_set, NULL, office_opts,
	  "record a chair or vice-chair (SA-7.1, SA-E1)" },
	{ "position", "add", run_position_add, NULL, position_opts,
	  "add a representative position (SA-9.1)" },
	{ "position", "appoint", run_position_appoint, NULL, appoint_opts,
	  "record a representative or deputy" },
	{ "position", "remove", run_position_remove, NULL, remove_opts,
	  "the electing group removes a representative (SA-9.5)" },
	{ "position", "concern", run_position_concern, NULL, concern_opts,
	  "record a statutory body's concern (SA-D5.3)" },
	{ "position", "concerns", run_position_concerns, NULL, NULL,
	  "the concerns on record" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
