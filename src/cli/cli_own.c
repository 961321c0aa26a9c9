/*
 * Commands for the records each agreement asks for beyond the registry
 * and meetings (core/own.h): the agreement's term and its renewals, a
 * meeting's report to the body it reports into, a representative
 * stepping back for a conflict, induction and training, and papers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/own.h"
#include "render/json.h"
#include "store/rec_check.h"

#define O(k) cli_opt(c, (k))

/* --- SC-term --- */

static void
renewal_row(struct table *t, const void *p)
{
	const struct rec_renewal *r = p;

	table_text(t, r->renewed_on);
	table_text(t, r->until);
	table_text(t, r->decided_by);
}

static int
run_term_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Renewed", 0, 0 }, { "Until", 0, 0 }, { "Decided by", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct term_view	t;
	int			rc;

	if ((rc = core_term_show(&c->core, &t)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_term(&t));
	else {
		if (t.ends[0] == '\0')
			printf("The agreement states no term.\n");
		else
			printf("Term: %s to %s; runs to %s%s\n", t.starts[0] !=
			    '\0' ? t.starts : "(not stated)", t.ends,
			    t.runs_to[0] != '\0' ? t.runs_to : "no end date",
			    t.lapsed ? " (lapsed: no renewal in force)" : "");
		rc = CLI_PRINT(c, CLI_AS_TABLE, &t.renewals, cols,
		    renewal_row);
	}
	term_view_free(&t);
	return rc;
}

static int
run_term_renew(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_term_renew(&c->core, O("date"), O("until"),
		    O("decided-by"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the agreement's term renewal recorded", id, NULL);
}

/* --- SC-report --- */

static int
run_meeting_report(struct cli *c)
{
	int64_t	m, id = 0;
	int	rc;

	if (id_arg(c, "meeting", &m) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_meeting_report(&c->core, m, O("to"), O("date"),
	    O("summary"), &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the meeting's report recorded", id, NULL);
}

static void
mreport_row(struct table *t, const void *p)
{
	const struct rec_mreport *r = p;

	table_num(t, r->meeting_id);
	table_text(t, r->day);
	table_text(t, r->grp);
	table_text(t, r->to_body);
	table_text(t, r->reported_on);
	table_text(t, r->summary);
}

static int
run_meeting_reports(struct cli *c)
{
	static const struct column cols[] = {
		{ "Meeting", 0, 0 }, { "Held", 0, 0 }, { "Group", 0, 0 },
		{ "Reported to", 30, 0 }, { "On", 0, 0 }, { "Summary", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_mreport_list	 l = { NULL, 0 };
	int		 rc;

	rc = core_meeting_reports(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_mreport_list, cols, mreport_row,
	    rec_mreport_list_free);
}

/* --- SA-D2.8 --- */

static int
run_stepback(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_stepback(&c->core, O("position"), O("person"),
		    O("conflict"), O("date"), O("until"),
		    cli_flag(c, "permanent"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, cli_flag(c,
	    "permanent") ? "stepped back for good; the seat is vacant" :
	    "stepped back for the conflict", id, NULL);
}

static int
run_stepback_lift(struct cli *c)
{
	int rc = core_stepback_lift(&c->core, O("position"), O("person"),
	    O("date"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "back in the position", 0, NULL);
}

static void
stepback_row(struct table *t, const void *p)
{
	const struct rec_stepback *r = p;

	table_text(t, r->position_name);
	table_text(t, r->person);
	table_text(t, r->role);
	table_text(t, r->conflict);
	table_text(t, r->from_day);
	table_text(t, r->until_day);
	table_num(t, r->permanent);
	table_text(t, r->lifted);
	table_yes(t, r->in_force);
}

static int
run_stepbacks(struct cli *c)
{
	static const struct column cols[] = {
		{ "Position", 30, 0 }, { "Person", 24, 0 }, { "Role", 0, 0 },
		{ "Conflict", 40, 0 }, { "From", 0, 0 }, { "Until", 0, 0 },
		{ "For good", 0, 0 }, { "Returned", 0, 0 },
		{ "In force", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_stepback_list	 l = { NULL, 0 };
	int		 rc;

	rc = core_stepback_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_stepback_list, cols, stepback_row,
	    rec_stepback_list_free);
}

/* --- SA-5.4, SA-5.5 --- */

static int
run_group_formed(struct cli *c)
{
	int64_t	id = 0;
	int	rc;

	if (O("by") == NULL) {
		core_fail(&c->core, CORE_EINVAL, "by", "name the forum that "
		    "formed the group (--by)");
		return cli_fail(c, CORE_EINVAL);
	}
	rc = core_group_origin(&c->core, O("group"), O("by"), O("date"),
	    O("note"), &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the forum that formed it is recorded", id, NULL);
}

static int
run_group_convene(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_group_origin(&c->core, O("group"), NULL, O("date"),
		    O("note"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the joint agreement that convened it is recorded", id, NULL);
}

static void
origin_row(struct table *t, const void *p)
{
	const struct rec_origin *r = p;

	table_text(t, r->slug);
	table_text(t, r->kind >= 0 ? group_kind_names[r->kind] : NULL);
	table_text(t, r->formed_by);
	table_text(t, r->convened_on);
}

static int
run_group_origins(struct cli *c)
{
	static const struct column cols[] = {
		{ "Group", 0, 0 }, { "Kind", 0, 0 }, { "Formed by", 50, 0 },
		{ "Convened by joint agreement", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_origin_list	 l = { NULL, 0 };
	int			 rc;

	rc = core_group_origins(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_origin_list, cols, origin_row,
	    rec_origin_list_free);
}

/* --- SA-D2.2, SA-D2.3 --- */

static int
run_invitation_add(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_invitation_add(&c->core, O("from"), O("board"),
		    O("date"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "invitation recorded", id, NULL);
}

static int
run_invitation_decide(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "invitation", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if (cli_flag(c, "accept") == cli_flag(c, "decline")) {
		core_fail(&c->core, CORE_EINVAL, "accept", "say whether the "
		    "Alliance accepts (--accept) or declines (--decline)");
		return cli_fail(c, CORE_EINVAL);
	}
	rc = core_invitation_decide(&c->core, id, cli_flag(c, "accept"),
	    O("person"), O("reason"), cli_flag(c, "tokenistic"), O("date"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, cli_flag(c,
	    "accept") ? "accepted" : "declined", 0, NULL);
}

static void
invite_row(struct table *t, const void *p)
{
	const struct rec_invite *r = p;

	table_num(t, r->id);
	table_text(t, r->received_on);
	table_text(t, r->from_body);
	table_text(t, r->board);
	table_text(t, r->decision);
	table_text(t, r->person);
	table_text(t, r->reason);
}

static int
run_invitation_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Received", 0, 0 }, { "From", 30, 0 },
		{ "To", 30, 0 }, { "Decision", 0, 0 },
		{ "Representative", 24, 0 }, { "Reason", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_invite_list	 l = { NULL, 0 };
	int			 rc;

	rc = core_invitation_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_invite_list, cols, invite_row,
	    rec_invite_list_free);
}

/* --- SA-5.7 --- */

static int
run_request_add(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_request_add(&c->core, O("from"), O("subject"),
		    O("date"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "request recorded", id, NULL);
}

static int
run_request_route(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "request", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_request_route(&c->core, id, O("to"), O("keep"), O("date"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, O("to") != NULL ?
	    "passed down" : "kept, with the reason", 0, NULL);
}

static void
request_row(struct table *t, const void *p)
{
	const struct rec_request *r = p;

	table_num(t, r->id);
	table_text(t, r->received_on);
	table_text(t, r->from_body);
	table_text(t, r->subject);
	table_text(t, r->passed_to);
	table_text(t, r->kept_reason);
}

static int
run_request_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Received", 0, 0 }, { "From", 30, 0 },
		{ "Subject", 40, 0 }, { "Passed to", 30, 0 },
		{ "Kept, because", 40, 0 }, { NULL, 0, 0 },
	};
	struct rec_request_list	 l = { NULL, 0 };
	int			 rc;

	rc = core_request_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_request_list, cols, request_row,
	    rec_request_list_free);
}

/* --- SA-9.1, SA-9.2 --- */

static int
run_position_reason(struct cli *c)
{
	int rc = core_position_reason(&c->core, O("position"), O("person"),
	    O("reason"));

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the reason is recorded", 0, NULL);
}

static int
run_position_decide(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_position_decide(&c->core, O("position"), O("group"),
		    O("date"), O("note"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c,
	    "the co-ordination group's decision is recorded", id, NULL);
}

static void
pos_decision_row(struct table *t, const void *p)
{
	const struct rec_pos_decision *r = p;

	table_text(t, r->position_name);
	table_text(t, r->electing_group);
	table_text(t, r->decided_by);
	table_text(t, r->decided_on);
	table_text(t, r->note);
}

static int
run_position_decisions(struct cli *c)
{
	static const struct column cols[] = {
		{ "Position", 30, 0 }, { "Elected by", 30, 0 },
		{ "Decided by", 30, 0 }, { "On", 0, 0 }, { "Note", 40, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_pos_decision_list	 l = { NULL, 0 };
	int		 rc;

	rc = core_position_decisions(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_pos_decision_list, cols,
	    pos_decision_row, rec_pos_decision_list_free);
}

/* --- SA-D3.6 --- */

static int
run_training_add(struct cli *c)
{
	int64_t	id = 0;
	int	rc = core_training_add(&c->core, O("title"), O("kind"),
		    O("date"), &id);

	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "session added",
	    id, NULL);
}

static int
run_training_invite(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "session", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_training_invite(&c->core, id, O("person"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "invited", 0,
	    NULL);
}

static int
run_training_attend(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "session", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_training_attend(&c->core, id, O("person"),
	    !cli_flag(c, "absent"));
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, cli_flag(c,
	    "absent") ? "recorded as not coming" : "recorded as coming", 0,
	    NULL);
}

static void
training_row(struct table *t, const void *p)
{
	const struct rec_train_session *r = p;

	table_num(t, r->id);
	table_text(t, r->day);
	table_text(t, r->kind);
	table_text(t, r->title);
	table_num(t, r->invited);
	table_num(t, r->attended);
	table_text(t, r->people);
}

static int
run_training_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Day", 0, 0 }, { "Kind", 0, 0 },
		{ "Title", 30, 0 }, { "Invited", 0, 0 }, { "Came", 0, 0 },
		{ "Who", 50, 0 }, { NULL, 0, 0 },
	};
	struct rec_train_session_list	 l = { NULL, 0 };
	int		 rc;

	rc = core_training_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_train_session_list, cols, training_row,
	    rec_train_session_list_free);
}

/* --- SA-11.1 --- */

static int
run_paper_add(struct cli *c)
{
	struct paper_in	in = { number(O("meeting")), O("group"), O("title"),
			    O("kind"), O("visibility"), O("link"), O("text") };
	int64_t		id = 0;
	int		rc;

	if (O("meeting") != NULL && in.meeting == 0) {
		core_fail(&c->core, CORE_EINVAL, "meeting", "--meeting '%s' "
		    "is not accepted; expected the meeting's number",
		    O("meeting"));
		return cli_fail(c, CORE_EINVAL);
	}
	rc = core_paper_add(&c->core, &in, &id);
	return rc != CORE_OK ? cli_fail(c, rc) : cli_done(c, "paper added", id,
	    NULL);
}

static void
paper_row(struct table *t, const void *p)
{
	const struct rec_paper *r = p;

	table_num(t, r->id);
	table_text(t, r->added_on);
	table_text(t, r->grp);
	table_id(t, r->meeting_id);
	table_text(t, r->kind);
	table_text(t, r->title);
	table_text(t, r->visibility);
	table_text(t, r->link);
}

static int
run_paper_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, 0 }, { "Added", 0, 0 }, { "Group", 0, 0 },
		{ "Meeting", 0, 0 }, { "Kind", 0, 0 }, { "Title", 40, 0 },
		{ "Who may read it", 0, 0 }, { "Link", 40, 0 }, { NULL, 0, 0 },
	};
	const struct viewer	*v = cli_flag(c, "public") ? &viewer_public :
				    &viewer_system;
	struct rec_paper_list	 l = { NULL, 0 };
	int			 rc;

	rc = core_paper_list(&c->core, v, number(O("meeting")), &l);
	return CLI_LIST(c, rc, &l, json_paper_list, cols, paper_row,
	    rec_paper_list_free);
}

static const struct cli_opt renew_opts[] = {
	{ "date", &cli_is_date, "the day it was renewed (default today)" },
	{ "until", &cli_is_date, "the renewed term's last day (none: no end date)" },
	{ "decided-by", 0, "who decided it, such as the Strategic "
	    "Partnership" },
	{ NULL, 0, NULL },
};
static const struct cli_opt report_opts[] = {
	{ "to", 0, "the body reported to (default the constitution's "
	    "meetings.reports_to)" },
	{ "date", &cli_is_date, "the day it was reported (default today)" },
	{ "summary", 0, "what the report said" },
	{ NULL, 0, NULL },
};
static const struct cli_opt stepback_opts[] = {
	{ "position", 0, "the position (slug or name)" },
	{ "person", 0, "the representative or deputy" },
	{ "conflict", 0, "the conflict of interest declared" },
	{ "date", &cli_is_date, "from when (default today)" },
	{ "until", &cli_is_date, "until when, for a time" },
	{ "permanent", CLI_FLAG, "for good: the appointment ends" },
	{ NULL, 0, NULL },
};
static const struct cli_opt lift_opts[] = {
	{ "position", 0, "the position" },
	{ "person", 0, "the representative or deputy" },
	{ "date", &cli_is_date, "the day they return (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt formed_opts[] = {
	{ "group", 0, "the joint forum, thematic or task group" },
	{ "by", 0, "a forum that formed it (once for each)" },
	{ "date", &cli_is_date, "when (default today)" },
	{ "note", 0, "a note" },
	{ NULL, 0, NULL },
};
static const struct cli_opt convene_opts[] = {
	{ "group", 0, "the system-level thematic forum or task group" },
	{ "date", &cli_is_date, "the day the local forums and the co-ordination group "
	    "agreed (default today)" },
	{ "note", 0, "the agreement, as recorded" },
	{ NULL, 0, NULL },
};
static const struct cli_opt invitation_opts[] = {
	{ "from", 0, "the body inviting" },
	{ "board", 0, "the board or group the representative would sit on" },
	{ "date", &cli_is_date, "the day it was received (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt decide_invitation_opts[] = {
	{ "accept", CLI_FLAG, "the Alliance will be represented" },
	{ "decline", CLI_FLAG, "it will not" },
	{ "person", 0, "who represents it, when accepted" },
	{ "reason", 0, "why, when declined" },
	{ "tokenistic", CLI_FLAG, "declined as tokenistic (SA-D2.3)" },
	{ "date", &cli_is_date, "the day decided (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt request_opts[] = {
	{ "from", 0, "who asks (the ICB, the ICP...)" },
	{ "subject", 0, "the consultation, engagement or action asked" },
	{ "date", &cli_is_date, "the day it came (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt route_opts[] = {
	{ "to", 0, "the local forum it is passed down to" },
	{ "keep", 0, "or why the co-ordination group keeps it" },
	{ "date", &cli_is_date, "the day (default today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt reason_opts[] = {
	{ "position", 0, "the elected position" },
	{ "person", 0, "its holder" },
	{ "reason", 0, "why the seat was filled without an election" },
	{ NULL, 0, NULL },
};
static const struct cli_opt decide_opts[] = {
	{ "position", 0, "the elected position" },
	{ "group", 0, "the forum that elects it" },
	{ "date", &cli_is_date, "the day the co-ordination group decided (default "
	    "today)" },
	{ "note", 0, "a note for the register" },
	{ NULL, 0, NULL },
};
static const struct cli_opt training_opts[] = {
	{ "title", 0, "what it is" },
	{ "kind", 0, "induction, training (default) or networking" },
	{ "date", &cli_is_date, "the day, YYYY-MM-DD" },
	{ NULL, 0, NULL },
};
static const struct cli_opt person_opts[] = {
	{ "person", 0, "the person (name, email or number)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt attend_opts[] = {
	{ "person", 0, "the person invited" },
	{ "absent", CLI_FLAG, "they did not come" },
	{ NULL, 0, NULL },
};
static const struct cli_opt paper_opts[] = {
	{ "meeting", 0, "the meeting it is for (its number)" },
	{ "group", 0, "or the group it is for" },
	{ "title", 0, "its title" },
	{ "kind", 0, "agenda-paper, report, briefing or other" },
	{ "visibility", 0, "members (default) or public (SA-11.1)" },
	{ "link", 0, "where it is" },
	{ "text", 0, "its text" },
	{ NULL, 0, NULL },
};
static const struct cli_opt paper_list_opts[] = {
	{ "meeting", 0, "only this meeting's papers" },
	{ "public", CLI_FLAG, "only what the public may read" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_own_cmds[] = {
	{ "term", "show", run_term_show, NULL, NULL,
	  "the agreement's term, its renewals and whether it has lapsed "
	  "(SC-term)" },
	{ "term", "renew", run_term_renew, NULL, renew_opts,
	  "record that the agreement's term was renewed (SC-term)" },
	{ "meeting", "report", run_meeting_report, "ID", report_opts,
	  "record the meeting's report to the body it reports into "
	  "(SC-report)" },
	{ "meeting", "reports", run_meeting_reports, NULL, NULL,
	  "the meetings' reports" },
	{ "position", "stepback", run_stepback, NULL, stepback_opts,
	  "a representative declares a conflict and steps back, for a time "
	  "or for good (SA-D2.8)" },
	{ "position", "return", run_stepback_lift, NULL, lift_opts,
	  "a representative who stepped back for a time returns" },
	{ "position", "stepbacks", run_stepbacks, NULL, NULL,
	  "every stepping back, with the conflict declared" },
	{ "request", "add", run_request_add, NULL, request_opts,
	  "a request to the co-ordination group for consultation, "
	  "engagement or action (SA-5.7)" },
	{ "request", "route", run_request_route, "ID", route_opts,
	  "pass it down to a local forum, or keep it with the reason" },
	{ "request", "list", run_request_list, NULL, NULL,
	  "the requests and where each went" },
	{ "invitation", "add", run_invitation_add, NULL, invitation_opts,
	  "an invitation to send a representative (SA-D2.2)" },
	{ "invitation", "decide", run_invitation_decide, "ID",
	  decide_invitation_opts, "the Alliance accepts, naming who, or "
	  "declines, saying why (SA-D2.2, SA-D2.3)" },
	{ "invitation", "list", run_invitation_list, NULL, NULL,
	  "the invitations and their decisions" },
	{ "group", "formed", run_group_formed, NULL, formed_opts,
	  "record a forum that formed a joint forum or group (SA-5.4)" },
	{ "group", "convene", run_group_convene, NULL, convene_opts,
	  "record the joint agreement that convened a system-level forum "
	  "(SA-5.5)" },
	{ "group", "origins", run_group_origins, NULL, NULL,
	  "how each group came to be" },
	{ "position", "reason", run_position_reason, NULL, reason_opts,
	  "why an elected seat was filled without an election (SA-9.1)" },
	{ "position", "decide", run_position_decide, NULL, decide_opts,
	  "the co-ordination group decides which forum elects a position "
	  "(SA-9.2)" },
	{ "position", "decisions", run_position_decisions, NULL, NULL,
	  "the co-ordination group's decisions of which forum elects" },
	{ "training", "add", run_training_add, NULL, training_opts,
	  "an induction, training or networking session for "
	  "representatives (SA-D3.6)" },
	{ "training", "invite", run_training_invite, "ID", person_opts,
	  "invite a representative to the session" },
	{ "training", "attend", run_training_attend, "ID", attend_opts,
	  "record whether an invited person came" },
	{ "training", "list", run_training_list, NULL, NULL,
	  "the sessions, who was invited and who came" },
	{ "paper", "add", run_paper_add, NULL, paper_opts,
	  "a paper of a meeting or group, for members or the public "
	  "(SA-11.1)" },
	{ "paper", "list", run_paper_list, NULL, paper_list_opts,
	  "the papers, with who may read each" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
