/*
 * Commands for meetings, agendas and actions, and the compliance
 * check.  The helpers at the top are shared with the commands for
 * decisions (cli_decision.c) and elections (cli_election.c).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

/* A positive whole number from an argument or option ("12", or "#12"
 * as lists print it), else 0. */
int64_t
number(const char *s)
{
	int64_t n;

	if (s != NULL && *s == '#')
		s++;
	return parse_id(s, &n) == 0 ? n : 0;
}

/* The id in arg[0], or an error naming what is accepted. */
int
id_arg(struct cli *c, const char *what, int64_t *id)
{
	if ((*id = number(c->arg[0])) == 0) {
		core_fail(&c->core, CORE_EINVAL, what, "%s '%s' is not "
		    "accepted; expected its number", what, c->arg[0]);
		return -1;
	}
	return 0;
}

int
item_opt(struct cli *c, int *pos)
{
	*pos = (int)number(O("item"));
	if (*pos == 0) {
		core_fail(&c->core, CORE_EINVAL, "item", "--item '%s' is not "
		    "accepted; expected the item's number on the agenda",
		    O("item") != NULL ? O("item") : "");
		return -1;
	}
	return 0;
}

/* Prints flags as warnings (they do not refuse an action). */
static void
warn_flags(const struct check_flag_list *flags)
{
	size_t i;

	for (i = 0; i < flags->n; i++)
		printf("FLAG: %s %s\n", flags->v[i].rule, flags->v[i].fact);
}

static int
run_meeting_schedule(struct cli *c)
{
	struct meeting_in in = { O("group"), O("date"), O("time"), O("end"),
	    O("place"), O("link") };
	int64_t id;
	int rc;

	if ((rc = core_meeting_schedule(&c->core, &viewer_system, &in, &id)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "meeting scheduled; its agenda holds the mandatory "
	    "items", id, NULL);
}

/* The flags as one cell: "rule fact; rule fact". */
static void
flags_cell(struct table *t, const struct check_flag_list *l)
{
	struct rec_lines	lines = { NULL, 0 };
	size_t			i;

	for (i = 0; i < l->n; i++)
		if (rec_lines_add(&lines, "%s %s", l->v[i].rule,
		    l->v[i].fact) != 0)
			t->nomem = 1;
	table_join(t, &lines);
	rec_lines_free(&lines);
}

static void
meeting_rec_row(struct table *t, const void *p)
{
	const struct meeting_view	*v = p;
	const struct rec_meeting	*m = &v->m;

	table_num(t, m->id);
	table_text(t, m->group_name);
	table_text(t, m->day);
	table_text(t, m->starts);
	table_text(t, m->ends);
	table_text(t, m->place);
	table_text(t, v->sight.link ? m->link : NULL);
	table_text(t, meeting_status_names[m->status]);
	table_text(t, m->chair);
	table_text(t, m->agenda_due);
	table_text(t, m->circulated);
	table_text(t, m->notes_due);
	table_text(t, m->notes_published);
}

static void
item_row(struct table *t, const void *p)
{
	const struct rec_item *i = p;

	table_num(t, i->pos);
	table_text(t, i->title);
	table_num(t, i->mandatory);
	table_num(t, i->vcse_only);
	table_text(t, i->visibility);
	table_text(t, i->requested_by);
	table_text(t, i->chaired_by);
}

static void
attendance_row(struct table *t, const void *p)
{
	const struct rec_attendance *a = p;

	table_text(t, a->organisation);
	table_text(t, a->attend);
	table_text(t, a->people);
	table_num(t, a->deputy_agreed);
	table_text(t, a->kind);
}

static void
interest_row(struct table *t, const void *p)
{
	const struct rec_interest *i = p;

	table_num(t, i->item);
	table_text(t, i->organisation);
	table_text(t, i->person);
	table_text(t, i->nature);
	table_text(t, i->declared);
}

static int
run_meeting_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Meeting", 0, 0 }, { "Group", 0, 0 }, { "Date", 0, 0 },
		{ "From", 0, 0 }, { "To", 0, 0 }, { "Place", 0, 0 },
		{ "Online", 0, 0 }, { "Status", 0, 0 }, { "Chair", 0, 0 },
		{ "Agenda due", 0, 0 }, { "Circulated", 0, 0 },
		{ "Notes due", 0, 0 }, { "Notes published", 0, 0 },
		{ NULL, 0, 0 },
	};
	static const struct column items[] = {
		{ "#", 0, 0 }, { "Item", 60, 0 }, { "Mandatory", 0, 0 },
		{ "VCSE only", 0, 0 }, { "Visibility", 0, 0 },
		{ "Requested by", 30, 0 }, { "Chaired by", 30, 0 },
		{ NULL, 0, 0 },
	};
	static const struct column att[] = {
		{ "Organisation", 40, 0 }, { "Attendance", 0, 0 },
		{ "People", 30, 0 }, { "Deputy agreed", 0, 0 },
		{ "Member", 0, 0 }, { NULL, 0, 0 },
	};
	static const struct column ints[] = {
		{ "Item", 0, 0 }, { "Organisation", 40, 0 },
		{ "Person", 24, 0 }, { "Interest", 50, 0 },
		{ "Declared", 0, 0 }, { NULL, 0, 0 },
	};
	struct meeting_view	v;
	int64_t			id;
	int			rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_meeting_get(&c->core, &viewer_system, id, &v)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c)) {
		rc = cli_json_out(c, json_meeting(&v));
		meeting_view_free(&v);
		return rc;
	}
	/* What the viewer may not see prints as none (SA-11.1). */
	rc = cli_print(c, CLI_AS_RECORD, &v, 1, 0, cols, meeting_rec_row);
	printf("\nAgenda\n");
	if (rc == EXIT_OK)
		rc = cli_print(c, CLI_AS_TABLE, v.agenda.v, v.sight.agenda ?
		    v.agenda.n : 0, sizeof(*v.agenda.v), items, item_row);
	printf("\nAttendance\n");
	if (rc == EXIT_OK)
		rc = cli_print(c, CLI_AS_TABLE, v.attendance.v,
		    v.sight.attendance ? v.attendance.n : 0,
		    sizeof(*v.attendance.v), att, attendance_row);
	printf("\nDeclarations of interest\n");
	if (rc == EXIT_OK)
		rc = cli_print(c, CLI_AS_TABLE, v.interests.v,
		    v.sight.interests ? v.interests.n : 0,
		    sizeof(*v.interests.v), ints, interest_row);
	if (v.m.notes != NULL && (v.sight.notes || v.reader == READER_RUNS))
		printf("\nNotes\n%s\n", v.m.notes);
	warn_flags(&v.m.flags);
	meeting_view_free(&v);
	return rc;
}

static void
meeting_row(struct table *t, const void *p)
{
	const struct rec_meeting *m = p;

	table_num(t, m->id);
	table_text(t, m->grp);
	table_text(t, m->day);
	table_text(t, m->starts);
	table_text(t, m->place);
	table_text(t, meeting_status_names[m->status]);
	table_text(t, m->circulated);
	table_text(t, m->notes_published);
	flags_cell(t, &m->flags);
}

static int
run_meeting_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Group", 0, 0 }, { "Date", 0, 0 },
		{ "From", 0, 0 }, { "Place", 30, 0 }, { "Status", 0, 0 },
		{ "Agenda out", 0, 0 }, { "Notes out", 0, 0 },
		{ "Flags", 60, 0 }, { NULL, 0, 0 },
	};
	struct rec_meeting_list	l;
	int			rc;

	rc = core_meeting_list(&c->core, O("group"), &l);
	return CLI_LIST(c, rc, &l, json_meeting_list, cols, meeting_row,
	    rec_meeting_list_free);
}

static int
run_agenda_add(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_agenda_add(&c->core, &viewer_system, id, O("title"),
	    cli_flag(c, "vcse-only"), cli_flag(c, "public") ? "public" :
	    "members", O("requested-by"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "item added", 0,
	    NULL);
}

static int
run_agenda_remove(struct cli *c)
{
	int64_t	id;
	int	rc, pos;

	if (id_arg(c, "meeting", &id) != 0 || item_opt(c, &pos) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_agenda_remove(&c->core, &viewer_system, id, pos);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "item removed", 0,
	    NULL);
}

/* An action on a meeting said with the flags it raised: with --json in
 * cli_done's shape; as text, a "FLAG:" warning line for each after. */
static int
meeting_done(struct cli *c, const char *what, struct check_flag_list *flags)
{
	if (cli_json(c))
		return cli_done(c, what, 0, flags);
	cli_done(c, what, 0, NULL);
	warn_flags(flags);
	check_flag_list_free(flags);
	return EXIT_OK;
}

static int
run_meeting_circulate(struct cli *c)
{
	struct check_flag_list flags;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_meeting_circulate(&c->core, &viewer_system, id,
	    O("date"), &flags)))
		return cli_fail(c, rc);
	return meeting_done(c, "agenda circulated", &flags);
}

static int
run_meeting_attend(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_attend(&c->core, &viewer_system, id,
	    O("organisation"), O("as"), O("people"), cli_flag(c,
	    "deputy-agreed"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "attendance recorded", 0, NULL);
}

static int
run_meeting_interest(struct cli *c)
{
	int64_t	id;
	int	rc, pos;

	if (id_arg(c, "meeting", &id) != 0 || item_opt(c, &pos) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_interest(&c->core, &viewer_system, id, pos,
	    O("organisation"), O("person"), O("nature"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "interest declared and entered in the register", 0, NULL);
}

static int
run_meeting_chair(struct cli *c)
{
	struct check_flag_list flags;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_chair(&c->core, &viewer_system, id, O("person"),
	    &flags);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return meeting_done(c, "chair recorded", &flags);
}

static int
run_meeting_notes(struct cli *c)
{
	char	*text = NULL;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if (O("file") != NULL) {
		if ((text = cli_slurp(c, O("file"))) == NULL)
			return cli_fail(c, CORE_EINVAL);
	}
	rc = core_meeting_notes(&c->core, &viewer_system, id, text != NULL ?
	    text : O("text"));
	free(text);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "notes saved", 0,
	    NULL);
}

static int
run_meeting_publish(struct cli *c)
{
	struct check_flag_list flags;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_publish(&c->core, &viewer_system, id, O("date"),
	    cli_flag(c, "public") ? "public" : NULL, &flags);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	return meeting_done(c, "notes published", &flags);
}

static int
run_meeting_cancel(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_cancel(&c->core, &viewer_system, id, O("reason"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "meeting cancelled",
	    0, NULL);
}

static int
run_meeting_ical(struct cli *c)
{
	char	*text;
	int64_t	 id;
	int	 rc;

	if (id_arg(c, "meeting", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_meeting_ical(&c->core, id, &text)) != CORE_OK)
		return cli_fail(c, rc);
	fputs(text, stdout);
	free(text);
	return EXIT_OK;
}

static int
run_action_add(struct cli *c)
{
	int64_t	id;
	int	rc;

	rc = core_action_add(&c->core, O("group"), number(O("meeting")),
	    O("text"), O("owner"), O("due"), &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "action logged",
	    id, NULL);
}

static int
run_action_done(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "action", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_action_done(&c->core, id, O("date"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "action done", 0,
	    NULL);
}

static void
action_row(struct table *t, const void *p)
{
	const struct rec_action *a = p;

	table_num(t, a->id);
	table_text(t, a->body);
	table_text(t, a->owner);
	table_text(t, a->due);
	table_text(t, a->raised);
	table_text(t, a->done);
}

static int
run_action_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Action", 50, 0 }, { "Owner", 24, 0 },
		{ "Due", 0, 0 }, { "Raised", 0, 0 }, { "Done", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_action_list	l;
	int			rc;

	rc = core_action_list(&c->core, O("group"), !cli_flag(c, "all"),
	    &l);
	return CLI_LIST(c, rc, &l, json_action_list, cols, action_row,
	    rec_action_list_free);
}

static void
flag_row(struct table *t, const void *p)
{
	const struct check_flag *f = p;

	table_text(t, f->rule);
	table_text(t, f->group);
	table_text(t, f->fact);
}

static int
run_check(struct cli *c)
{
	static const struct column cols[] = {
		{ "Rule", 0, 0 }, { "Group", 0, 0 },
		{ "What is not met", 100, 0 }, { NULL, 0, 0 },
	};
	struct check_flag_list	l;
	int			rc;

	if ((rc = core_check(&c->core, &viewer_system, O("group"), O("date"),
	    &l)))
		return cli_fail(c, rc);
	if (strcmp(c->format, "table") != 0 || l.n > 0)
		return CLI_LIST(c, CORE_OK, &l, json_check_list, cols, flag_row,
		    check_flag_list_free);
	printf("every rule is met\n");
	check_flag_list_free(&l);
	return EXIT_OK;
}

static const struct cli_opt schedule_opts[] = {
	{ "group", 0, "the group meeting" },
	{ "date", &cli_is_date, "the day, YYYY-MM-DD" },
	{ "time", 0, "start, HH:MM" },
	{ "end", 0, "end, HH:MM" },
	{ "place", 0, "where" },
	{ "link", 0, "online link" },
	{ NULL, 0, NULL },
};
const struct cli_opt group_only[] = {
	{ "group", 0, "only this group" },
	{ NULL, 0, NULL },
};
static const struct cli_opt agenda_opts[] = {
	{ "title", 0, "the item" },
	{ "vcse-only", CLI_FLAG, "associates are excluded (SA-3.1-assoc)" },
	{ "public", CLI_FLAG, "the item may be shared publicly (SA-11.1)" },
	{ "requested-by", 0, "the member organisation asking (SA-10.2)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt item_only[] = {
	{ "item", 0, "the item's number" },
	{ NULL, 0, NULL },
};
static const struct cli_opt date_only[] = {
	{ "date", &cli_is_date, "the date (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt attend_opts[] = {
	{ "organisation", 0, "the member organisation" },
	{ "as", 0, "present, apologies, absent or deputy" },
	{ "people", 0, "who came" },
	{ "deputy-agreed", CLI_FLAG, "the chair agreed to the deputy beforehand "
	    "(SA-6.3)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt interest_opts[] = {
	{ "item", 0, "the item's number" },
	{ "organisation", 0, "whose interest" },
	{ "person", 0, "who declares it" },
	{ "nature", 0, "what the interest is" },
	{ NULL, 0, NULL },
};
static const struct cli_opt chair_opts[] = {
	{ "person", 0, "who chairs this meeting" },
	{ NULL, 0, NULL },
};
static const struct cli_opt notes_opts[] = {
	{ "file", 0, "a text file of the notes" },
	{ "text", 0, "the notes" },
	{ NULL, 0, NULL },
};
static const struct cli_opt publish_opts[] = {
	{ "date", &cli_is_date, "the date sent (default today)" },
	{ "public", CLI_FLAG, "publish to the public, not only members" },
	{ NULL, 0, NULL },
};
static const struct cli_opt cancel_opts[] = {
	{ "reason", 0, "why" },
	{ NULL, 0, NULL },
};
static const struct cli_opt action_opts[] = {
	{ "group", 0, "the group" },
	{ "meeting", 0, "the meeting that agreed it" },
	{ "text", 0, "the action" },
	{ "owner", 0, "who does it" },
	{ "due", &cli_is_date, "by when" },
	{ NULL, 0, NULL },
};
static const struct cli_opt action_list_opts[] = {
	{ "group", 0, "the group" },
	{ "all", CLI_FLAG, "done actions too" },
	{ NULL, 0, NULL },
};
static const struct cli_opt check_opts[] = {
	{ "group", 0, "only this group" },
	{ "date", &cli_is_date, "judge on this date (default today)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_meeting_cmds[] = {
	{ "meeting", "schedule", run_meeting_schedule, NULL, schedule_opts,
	  "schedule a meeting; the agenda starts with the mandatory items" },
	{ "meeting", "show", run_meeting_show, "ID", NULL,
	  "a meeting: agenda, attendance, interests, notes and flags" },
	{ "meeting", "list", run_meeting_list, NULL, group_only,
	  "meetings, with their flags" },
	{ "meeting", "circulate", run_meeting_circulate, "ID", date_only,
	  "circulate the agenda (refused while a mandatory item is missing)" },
	{ "meeting", "attend", run_meeting_attend, "ID", attend_opts,
	  "record attendance, apologies or a deputy" },
	{ "meeting", "interest", run_meeting_interest, "ID", interest_opts,
	  "declare an interest on an item (SA-11.2)" },
	{ "meeting", "chair", run_meeting_chair, "ID", chair_opts,
	  "who chairs this meeting (MC-mou alternation is checked)" },
	{ "meeting", "notes", run_meeting_notes, "ID", notes_opts,
	  "write the notes: key points and agreed actions" },
	{ "meeting", "publish", run_meeting_publish, "ID", publish_opts,
	  "send the notes to members, or publish them (SA-10.3)" },
	{ "meeting", "cancel", run_meeting_cancel, "ID", cancel_opts,
	  "cancel a meeting" },
	{ "meeting", "ical", run_meeting_ical, "ID", NULL,
	  "print the meeting's iCalendar invitation" },
	{ "agenda", "add", run_agenda_add, "MEETING", agenda_opts,
	  "add an item, or a member's requested item" },
	{ "agenda", "remove", run_agenda_remove, "MEETING", item_only,
	  "remove an item" },
	{ "action", "add", run_action_add, NULL, action_opts,
	  "log an action; it is carried until done" },
	{ "action", "done", run_action_done, "ID", date_only,
	  "mark an action done" },
	{ "action", "list", run_action_list, NULL, action_list_opts,
	  "the action log" },
	{ "check", NULL, run_check, NULL, check_opts,
	  "every rule not being met, with its rule id and the fact" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
