/*
 * Commands for the records of core_agree.h: places and remits (SA-5.3),
 * representatives' views and feedback (SA-D2.7, MS-board-reps),
 * system-wide matters and the local forums' timetables
 * (SA-6.2-timetable), and seats on a group (MC-wg).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json_cli.h"
#include "core/core_agree.h"
#include "render/table.h"

#define O(k) cli_opt(c, (k))

static int
run_place_add(struct cli *c)
{
	struct place_in	in = { O("slug"), O("name"), O("areas"), O("groups"),
			    O("positions") };
	int64_t		id = 0;
	int		rc = core_place_add(&c->core, &in, &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "place added", id,
	    NULL);
}

static int
run_place_set(struct cli *c)
{
	int rc;

	if (O("group") != NULL)
		rc = core_place_set(&c->core, "group", O("group"), O("place"));
	else
		rc = core_place_set(&c->core, "position", O("position"),
		    O("place"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    O("group") != NULL ?
	    "the group's area recorded" : "the place the position serves "
	    "recorded", 0, NULL);
}

static int
run_exchange(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_rep_exchange(&c->core, O("position"), O("person"),
		    O("board-meeting"), O("direction"), O("summary"),
		    O("date"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "recorded", id,
	    NULL);
}

static void
exchange_row(struct table *t, const void *p)
{
	const struct rec_exchange *x = p;

	table_text(t, x->board_day);
	table_text(t, x->position_name);
	table_text(t, x->person);
	table_text(t, x->direction);
	table_text(t, x->summary);
}

static int
run_exchanges(struct cli *c)
{
	static const struct column cols[] = {
		{ "Board met", 0, 0 }, { "Position", 30, 0 }, { "Who", 0, 0 },
		{ "Views or feedback", 0, 0 }, { "Summary", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_exchange_list	l = { NULL, 0 };
	int				rc;

	rc = core_rep_exchanges(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_exchange_list, cols, exchange_row,
	    rec_exchange_list_free);
}

static int
run_matter(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_system_matter(&c->core, cli_int(c, "meeting"),
		    O("subject"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "system-wide matter recorded", id, NULL);
}

static void
timetable_row(struct table *t, const void *p)
{
	const struct rec_timetable *m = p;

	table_fmt(t, "%.7s", m->day != NULL ? m->day : "");
	table_text(t, m->grp);
	table_text(t, m->day);
	table_text(t, m->status);
}

static int
run_timetable(struct cli *c)
{
	static const struct column cols[] = {
		{ "Month", 0, 0 }, { "Forum", 40, 0 }, { "Day", 0, 0 },
		{ "Status", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_timetable_list	l = { NULL, 0 };
	int				rc;

	rc = core_timetable(&c->core, (int)cli_int(c, "year"), &l);
	return CLI_LIST(c, rc, &l, json_timetable, cols, timetable_row,
	    rec_timetable_list_free);
}

static int
run_seat(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_seat_add(&c->core, O("group"), O("person"),
		    O("seat"), O("since"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "seat recorded",
	    id, NULL);
}

static const struct cli_kind req_text = { 0, { PARSE_TEXT, NULL, 0, 0 }, 1 };
static const struct cli_kind req_id = { 0, { PARSE_ID, NULL, 0, 0 }, 1 };
static const struct cli_kind req_year = { 0, { PARSE_YEAR, NULL, 0, 0 }, 1 };

static const struct cli_opt place_opts[] = {
	{ "slug", &req_text, "its short name" },
	{ "name", &req_text, "its name" },
	{ "areas", &req_text, "the areas it covers, separated by ';'" },
	{ "groups", 0, "groups whose area it is, separated by ','" },
	{ "positions", 0, "positions that serve it, separated by ','" },
	{ NULL, 0, NULL },
};
static const struct cli_opt place_set_opts[] = {
	{ "place", &req_text, "the place" },
	{ "group", 0, "the group whose area it is" },
	{ "position", 0, "or the position that serves it" },
	{ NULL, 0, NULL },
};
static const struct cli_opt exchange_opts[] = {
	{ "position", &req_text, "the position" },
	{ "person", &req_text, "the representative" },
	{ "board-meeting", &req_text, "the day the board met (YYYY-MM-DD)" },
	{ "direction", &req_text, "views (sought before) or feedback "
	  "(given after)" },
	{ "summary", &req_text, "what was sought or fed back" },
	{ "date", &cli_is_date, "when (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt matter_opts[] = {
	{ "meeting", &req_id, "the meeting that discussed it" },
	{ "subject", &req_text, "the matter" },
	{ NULL, 0, NULL },
};
static const struct cli_opt timetable_opts[] = {
	{ "year", &req_year, "the year" },
	{ NULL, 0, NULL },
};
static const struct cli_opt seat_opts[] = {
	{ "group", &req_text, "the group" },
	{ "person", &req_text, "who sits on it" },
	{ "seat", &req_text, "member (of the parent group) or a named seat" },
	{ "since", &cli_is_date, "from (default today)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_agree_cmds[] = {
	{ "place", "add", run_place_add, NULL, place_opts,
	  "a place: the areas it covers, and the groups and positions of "
	  "it (SA-5.3)" },
	{ "place", "set", run_place_set, NULL, place_set_opts,
	  "a group's area, or the place a position serves (SA-5.3)" },
	{ "position", "exchange", run_exchange, NULL, exchange_opts,
	  "a representative sought members' views before a board meeting "
	  "or fed back after it (SA-D2.7, MS-board-reps)" },
	{ "position", "exchanges", run_exchanges, NULL, NULL,
	  "the representatives' views sought and feedback given" },
	{ "meeting", "matter", run_matter, NULL, matter_opts,
	  "a system-wide matter discussed at a meeting (SA-6.2-timetable)" },
	{ "meeting", "timetable", run_timetable, NULL, timetable_opts,
	  "the local forums' meetings of a year side by side" },
	{ "group", "seat", run_seat, NULL, seat_opts,
	  "a person sits on a group for a seat (MC-wg)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
