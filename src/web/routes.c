/*
 * routes: the table of every route of the web application and its
 * JSON API (route.h), each with the parameters it reads and their
 * kinds; the router (route.c) checks a request against it before any
 * handler runs.
 *
 * An action of a page is a route of its own ("/meetings/:id/vote"),
 * with the parameters that action reads: no handler routes again.
 * The fields of a form are declared with the kind core takes them in
 * (an id, one of the choices offered, text of core's length), and a
 * refused one shows the form again, naming it, where the route says
 * which page holds the form.
 */
#include <stddef.h>

#include "route.h"
#include "rules/constitution.h"

/* --- the kinds of parameter --- */
/* One parameter: its name, where it is, its kind with the kind's
 * choices or range, whether it must be sent, a path's suffix. */
#define PARAM(n, in, kind, v, lo, hi, req, sfx) \
	{ n, in, { kind, v, lo, hi }, req, sfx, NULL, NULL }
#define ID(n, in, req)	PARAM(n, in, PARSE_ID, NULL, 0, 0, req, NULL)
#define POS(n)		PARAM(n, IN_FORM, PARSE_INT, NULL, 1, 2147483647, \
			    0, NULL)
#define YEAR(n, in)	PARAM(n, in, PARSE_YEAR, NULL, 0, 0, 0, NULL)
#define SLUG(n, in)	PARAM(n, in, PARSE_SLUG, NULL, 0, 0, 0, NULL)
#define TEXT(n, in, max) PARAM(n, in, PARSE_TEXT, NULL, 0, max, 0, NULL)
#define ENUM(n, v)	PARAM(n, IN_FORM, PARSE_ENUM, v, 0, 0, 0, NULL)
#define NUM(n, in, max)	PARAM(n, in, PARSE_INT, NULL, 1, max, 0, NULL)
#define END		PARAM(NULL, IN_PATH, PARSE__MAX, NULL, 0, 0, 0, NULL)
/* A family of form fields, one per record or per name of a closed list
 * (route.h): prefix, what its tail is, the tails accepted, the kind of
 * each field's value. */
#define FAMILY(prefix, tail, known, kind, v, max) { prefix, IN_FORM, \
			    { kind, v, 0, max }, 0, NULL, tail, known }

/* The tails of the families: a record's id; a setting's name. */
static int
tail_id(const char *s)
{
	return parse_id(s, NULL) == 0;
}

static int
tail_setting(const char *s)
{
	return constitution_setting(s) != NULL;
}

/* Every page may say what was just done (?done=, page_banner). */
static const struct web_param p_page[] = { SLUG("done", IN_QUERY), END };
static const struct web_param p_id[] = { ID("id", IN_PATH, 1),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_slug[] = { SLUG("slug", IN_PATH),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_token[] = {
	PARAM("token", IN_PATH, PARSE_TOKEN, NULL, 0, 0, 1, NULL),
	TEXT("next", IN_QUERY, 200), END };
static const struct web_param p_next[] = { TEXT("next", IN_QUERY, 200),
    END };
static const struct web_param p_back[] = { TEXT("back", IN_QUERY, 200),
    END };
static const struct web_param p_spend[] = { YEAR("year", IN_QUERY), END };
/* A meeting's page: the register's banner says how many it recorded. */
static const struct web_param p_meeting[] = { ID("id", IN_PATH, 1),
    SLUG("done", IN_QUERY), NUM("n", IN_QUERY, 9999), END };
/* The audit log: a page of it, filtered by what and who. */
static const struct web_param p_audit[] = { NUM("page", IN_QUERY, 1000000),
    TEXT("what", IN_QUERY, 40),
    TEXT("who", IN_QUERY, 200), SLUG("done", IN_QUERY),
    TEXT("from-day", IN_QUERY, 10), TEXT("from-month", IN_QUERY, 10),
    TEXT("from-year", IN_QUERY, 10), TEXT("to-day", IN_QUERY, 10),
    TEXT("to-month", IN_QUERY, 10), TEXT("to-year", IN_QUERY, 10), END };
/* The constitution: its settings as a form, or ?as=text. */
static const struct web_param p_constitution[] = { SLUG("as", IN_QUERY),
    SLUG("done", IN_QUERY), END };
/* A news email's one-click link: "ID-MAC", checked by core. */
static const struct web_param p_news[] = { TEXT("token", IN_PATH, 64),
    END };
/* A mail program's one-click POST (RFC 8058), and the page's button. */
static const char *const one_click[] = { "One-Click", NULL };
static const struct web_param p_news_post[] = { TEXT("token", IN_PATH, 64),
    ENUM("List-Unsubscribe", one_click), END };
/* Signing in: an email for a link, or an officer's password and code;
 * where to go back to, in the address or the form. */
static const struct web_param p_signin[] = { TEXT("next", IN_QUERY, 200),
    TEXT("next", IN_FORM, 200), TEXT("email", IN_FORM, 320), END };
static const struct web_param p_signin_password[] = {
    TEXT("next", IN_QUERY, 200), TEXT("next", IN_FORM, 200),
    TEXT("officer-email", IN_FORM, 320), TEXT("password", IN_FORM, 1000),
    TEXT("code", IN_FORM, 64), END };
static const struct web_param p_totp[] = { TEXT("code", IN_FORM, 64), END };
static const struct web_param p_confirm[] = { TEXT("back", IN_FORM, 200),
    TEXT("password", IN_FORM, 1000), TEXT("code", IN_FORM, 64), END };
static const struct web_param p_year[] = { YEAR("year", IN_PATH),
    SLUG("done", IN_QUERY), END };
static const struct web_param p_year_code[] = { YEAR("year", IN_PATH),
    TEXT("code", IN_PATH, 32), END };
static const struct web_param p_report[] = {
	PARAM("year", IN_PATH, PARSE_YEAR, NULL, 0, 0, 1, ".pdf"),
	SLUG("done", IN_QUERY), END };
/* The meeting's forms (pages_chair.c), each field as core takes it:
 * agenda items by their number on it, organisations by id or name. */
static const char *const choices[] = { "for", "against", "abstain", NULL };
static const char *const attend_as[] = { "present", "apologies", "absent",
    "deputy", NULL };
static const char *const visible_to[] = { "members", "public", NULL };
static const char *const ticked[] = { "yes", NULL };
static const struct web_param p_request[] = { ID("id", IN_PATH, 1),
    TEXT("request-title", IN_FORM, 300), END };
static const struct web_param p_interest[] = { ID("id", IN_PATH, 1),
    POS("interest-item"), TEXT("interest-org", IN_FORM, 200),
    TEXT("nature", IN_FORM, 1000), END };
static const struct web_param p_agenda[] = { ID("id", IN_PATH, 1),
    TEXT("title", IN_FORM, 300), ENUM("vcse-only", ticked), END };
static const struct web_param p_decide[] = { ID("id", IN_PATH, 1),
    POS("item"), TEXT("decision", IN_FORM, 4000), END };
static const struct web_param p_propose[] = { ID("id", IN_PATH, 1),
    POS("motion-item"), TEXT("motion", IN_FORM, 4000), END };
static const struct web_param p_motion[] = { ID("id", IN_PATH, 1),
    ID("motion", IN_FORM, 0), END };
static const struct web_param p_vote[] = { ID("id", IN_PATH, 1),
    ID("motion", IN_FORM, 0), TEXT("voter", IN_FORM, 200),
    ENUM("choice", choices), END };
static const struct web_param p_attend[] = { ID("id", IN_PATH, 1),
    TEXT("organisation", IN_FORM, 200), ENUM("as", attend_as), END };
/* The register: one field per member organisation, "att-" and its id
 * (pages_register.c), each one of the ways to attend. */
static const struct web_param p_register[] = { ID("id", IN_PATH, 1),
    FAMILY("att-", "id", tail_id, PARSE_ENUM, attend_as, 0), END };
static const struct web_param p_notes[] = { ID("id", IN_PATH, 1),
    TEXT("notes", IN_FORM, 200000), END };
static const struct web_param p_publish[] = { ID("id", IN_PATH, 1),
    ENUM("visibility", visible_to), END };
static const struct web_param p_poll[] = { ID("id", IN_PATH, 1),
    ENUM("choice", choices), ENUM("confirm", ticked), END };
/* What an officer or a chair types into a form: a line, and a longer
 * text.  Core takes each field at its own length; these are the outer
 * bounds, and a refused one shows the form again, naming it. */
#define LINE(n)		TEXT(n, IN_FORM, 1000)
#define BODY(n)		TEXT(n, IN_FORM, 20000)
#define TICK(n)		ENUM(n, ticked)
/* A GOV.UK date input's three parts (page_date.c), and a moment's four
 * (with its time of day), as typed: page_date_check reads them. */
#define DAY(p)		TEXT(p "-day", IN_FORM, 20), \
			TEXT(p "-month", IN_FORM, 20), \
			TEXT(p "-year", IN_FORM, 20)
#define MOMENT(p)	DAY(p), TEXT(p "-time", IN_FORM, 20)

/* A member's own forms (pages_member.c, pages_me.c): the declaration
 * signed for their organisation, how they get news, a ballot cast
 * (the candidate as the form names them; "confirm" once checked). */
static const struct web_param p_sign[] = { LINE("name"), LINE("role"),
    DAY("date"), TICK("authority"), END };
static const char *const news[] = { "now", "digest", "none", NULL };
static const struct web_param p_digest[] = { ENUM("digest", news), END };
static const struct web_param p_ballot_cast[] = { ID("id", IN_PATH, 1),
    LINE("candidate"), TICK("confirm"), END };
/* The constitution's text, or its settings as a form: one field per
 * setting of the settings table, "set." and its name ("set.quorum",
 * "set.meetings.min_per_year.local-forum"; pages_constitution.c), its
 * value as typed (a list's one entry a line), which core checks. */
static const struct web_param p_constitution_post[] = {
    TEXT("constitution", IN_FORM, 200000), DAY("effective"),
    FAMILY("set.", "setting", tail_setting, PARSE_TEXT, NULL, 20000), END };

/* A group's chair (pages_chair.c, pages_admin.c). */
static const char *const offices[] = { "chair", "vice-chair",
    "representative", NULL };
static const char *const changes[] = { "suspended", "active", "terminated",
    NULL };
static const struct web_param p_schedule[] = { SLUG("slug", IN_PATH),
    MOMENT("date"), LINE("end"), LINE("place"), END };
static const struct web_param p_poll_open[] = { SLUG("slug", IN_PATH),
    BODY("poll-text"), MOMENT("poll-opens"), MOMENT("poll-closes"), END };
static const struct web_param p_nominations[] = { SLUG("slug", IN_PATH),
    ENUM("el-office", offices), LINE("el-position"), DAY("el-closes"),
    LINE("el-reason"), END };
static const struct web_param p_membership[] = { SLUG("slug", IN_PATH),
    LINE("ms-organisation"), ENUM("ms-status", changes), DAY("ms-date"),
    BODY("ms-reason"), END };
static const struct web_param p_ballot[] = { ID("id", IN_PATH, 1),
    MOMENT("opens"), MOMENT("closes"), END };
static const struct web_param p_nominate[] = { ID("id", IN_PATH, 1),
    BODY("details"), BODY("why"), BODY("skills"), BODY("interests"),
    TICK("guidance"), END };
/* The secretariat's registers (pages_officer.c). */
static const char *const sectors[] = { "vcse", "public", "private", NULL };
static const char *const import_kinds[] = { "organisations", "people",
    NULL };
static const char *const appoint_as[] = { "representative", "deputy",
    NULL };
static const struct web_param p_org[] = { LINE("name"), LINE("short_name"),
    ENUM("sector", sectors), LINE("identifier"), LINE("email"), END };
static const struct web_param p_person[] = { LINE("name"), LINE("email"),
    LINE("organisation"), LINE("job_title"), TICK("officer"), END };
static const struct web_param p_appoint[] = { LINE("position"),
    LINE("appoint-person"), ENUM("appoint-role", appoint_as),
    TICK("interim"), END };
static const struct web_param p_role[] = { LINE("role-person"),
    LINE("role"), LINE("area"), END };
static const struct web_param p_import[] = { ENUM("kind", import_kinds),
    END };
/* Disputes and breaches (pages_dispute.c). */
static const char *const case_kinds[] = { "dispute", "breach", NULL };
static const struct web_param p_case[] = { ENUM("kind", case_kinds),
    LINE("organisation"), LINE("against"), LINE("subject"),
    DAY("first-contact"), BODY("detail"), END };
static const struct web_param p_statement[] = { ID("id", IN_PATH, 1),
    BODY("problem"), BODY("handled"), BODY("unresolved"), BODY("outcome"),
    END };
static const struct web_param p_stage[] = { ID("id", IN_PATH, 1),
    LINE("third-party"), TICK("agreed"), BODY("note"), END };
static const struct web_param p_draw[] = { ID("id", IN_PATH, 1),
    ID("person", IN_FORM, 0), END };
static const struct web_param p_record[] = { ID("id", IN_PATH, 1),
    BODY("text"), END };
static const struct web_param p_resolve[] = { ID("id", IN_PATH, 1),
    BODY("resolve-outcome"), END };
/* The partners' records, an area a form (pages_partners.c). */
static const char *const funding_kinds[] = { "contract", "grant",
    "small-grant", NULL };
static const struct web_param p_contacts[] = { LINE("organisation"),
    LINE("name"), LINE("job-title"), LINE("email"), LINE("area"),
    DAY("since"), END };
static const struct web_param p_plan[] = { LINE("organisation"),
    LINE("action"), LINE("owner"), DAY("due"), LINE("commitment"), END };
static const struct web_param p_progress[] = { ID("action", IN_FORM, 0),
    BODY("progress"), DAY("done"), END };
static const struct web_param p_milestone[] = { POS("milestone"),
    DAY("date"), BODY("note"), END };
static const struct web_param p_influence[] = { DAY("date"), LINE("body"),
    BODY("decision"), BODY("change"), LINE("commitment"), LINE("source"),
    END };
static const struct web_param p_partnership[] = { LINE("position"),
    BODY("justification"), LINE("agreed-by"), DAY("agreed-on"), END };
static const struct web_param p_funding[] = { ENUM("kind", funding_kinds),
    LINE("funder"), LINE("recipient"), LINE("title"), BODY("description"),
    LINE("amount"), DAY("starts"), DAY("ends"), DAY("awarded"),
    LINE("reference"), END };
static const struct web_param p_consult[] = { LINE("organisation"),
    LINE("title"), DAY("opens"), DAY("closes"), TICK("significant"),
    BODY("reason"), END };
/* The year as typed: core names it on the form when it is not one. */
static const struct web_param p_aim[] = { LINE("organisation"),
    LINE("year"), LINE("amount"), BODY("plan"), END };
static const struct web_param p_feedback[] = { ID("consultation", IN_FORM,
    0), BODY("feedback"), DAY("date"), END };
/* A self-assessment's rating, and the annual report's response. */
static const struct web_param p_rate[] = { YEAR("year", IN_PATH),
    TEXT("code", IN_PATH, 32), LINE("rating"), BODY("evidence"),
    LINE("links"), END };
static const struct web_param p_respond[] = { YEAR("year", IN_PATH),
    LINE("from"), BODY("text"), DAY("date"), END };

/* A long list's page (paging.c). */
static const struct web_param p_list[] = { SLUG("done", IN_QUERY),
    NUM("page", IN_QUERY, 1000000), END };
/* The API's lists, a page at a time: ?page= and ?limit= (paging.c). */
static const struct web_param a_list[] = { NUM("page", IN_QUERY, 1000000),
    NUM("limit", IN_QUERY, 500), END };
const struct web_param *const web_api_list = a_list;
/* The API's: {id}, {ref} and {year}. */
static const struct web_param a_id[] = { ID("id", IN_PATH, 1), END };
static const struct web_param a_ref[] = { TEXT("ref", IN_PATH, 200), END };
static const struct web_param a_year[] = { YEAR("year", IN_PATH), END };

#define PAGE(m, pat, role, fn, par) \
	{ m, pat, role, fn, NULL, par, GROUP_NONE, NULL }
#define ACT(m, pat, role, fn, par, grp, form) \
	{ m, pat, role, fn, NULL, par, grp, form }
#define API(pat, role, fn, par) \
	{ "GET", "/api/v1" pat, role, NULL, fn, par, GROUP_NONE, NULL }
/* A meeting's action: a refused field shows the meeting page again.
 * MEETING_AT for an action whose name is no C name. */
#define MEETING_AT(act, fn, par) ACT("POST", "/meetings/:id/" act, \
	ROLE_MEMBER, page_meeting_##fn, par, GROUP_NONE, meeting_render)
#define MEETING(act, par) MEETING_AT(#act, act, par)
/* A form posted: a refused field shows the page of form again. */
#define FORM(pat, role, fn, par, form) \
	{ "POST", pat, role, fn, NULL, par, GROUP_NONE, form }
/* A form of a group's page, for its chair: a refused field shows the
 * group's page again. */
#define GROUP_FORM(what, fn, par) ACT("POST", "/groups/:slug/" what, \
	ROLE_CHAIR, page_group_##fn, par, GROUP_SLUG, group_render)
/* A step of running an election, for its group's chair. */
#define ELECTION(step, par, form) \
	ACT("POST", "/elections/:id/manage/" #step, ROLE_CHAIR, \
	    page_election_##step, par, GROUP_ELECTION, form)
/* A step of a dispute or breach: a refused field shows the case. */
#define CASE(step, par) FORM("/officer/disputes/:id/" #step, \
	ROLE_OFFICER, page_dispute_##step, par, dispute_case_form)
/* A page and the form on it, posted to the page's own address. */
#define WITH_FORM(pat, role, fn, ppar, post, par, form) \
	PAGE("GET", pat, role, fn, ppar), FORM(pat, role, post, par, form)
/* A page that says what was just done and no more (p_page). */
#define SEE(pat, role, fn) PAGE("GET", pat, role, fn, p_page)
/* A partners' area: its page and its form (pages_partners.c). */
#define PARTNERS(area, par) WITH_FORM("/officer/partners/" #area, \
	ROLE_OFFICER, page_partners_##area, p_page, \
	page_partners_##area##_post, par, partners_area_form)

const struct web_route web_routes[] = {
	SEE("/", ROLE_ANYONE, page_home),
	SEE("/forums", ROLE_ANYONE, page_forums),
	SEE("/papers", ROLE_ANYONE, page_papers),
	PAGE("GET", "/forums/:slug", ROLE_ANYONE, page_forum, p_slug),
	SEE("/representatives", ROLE_ANYONE, page_representatives),
	PAGE("GET", "/members", ROLE_ANYONE, page_members, p_list),
	SEE("/signatories", ROLE_ANYONE, page_signatories),
	SEE("/meetings", ROLE_ANYONE, page_meetings),
	PAGE("GET", "/meetings/:id", ROLE_ANYONE, page_meeting, p_meeting),
	/* The register: every organisation's attendance at once
	 * (core_meeting_register checks the chair). */
	ACT("POST", "/meetings/:id/register", ROLE_MEMBER,
	    page_meeting_register_post, p_register, GROUP_NONE, register_form),
	/* A member's and a chair's forms on a meeting (pages_chair.c). */
	MEETING(apologies, p_id),
	MEETING(request, p_request),
	MEETING(interest, p_interest),
	MEETING(agenda, p_agenda),
	MEETING(circulate, p_id),
	MEETING(attend, p_attend),
	MEETING(decide, p_decide),
	MEETING(propose, p_propose),
	MEETING(vote, p_vote),
	MEETING_AT("close-vote", close_vote, p_motion),
	MEETING(notes, p_notes),
	MEETING(publish, p_publish),
	/* A group's chair runs its business (pages_admin.c). */
	GROUP_FORM("meetings", schedule, p_schedule),
	GROUP_FORM("polls", poll, p_poll_open),
	GROUP_FORM("elections", election, p_nominations),
	GROUP_FORM("membership", membership, p_membership),
	ACT("POST", "/polls/:id/close", ROLE_CHAIR, page_poll_close, p_id,
	    GROUP_POLL, NULL),
	ACT("GET", "/elections/:id/manage", ROLE_CHAIR, page_election_manage,
	    p_id, GROUP_ELECTION, NULL),
	ELECTION(ballot, p_ballot, election_manage_form),
	ELECTION(count, p_id, NULL),
	ELECTION(verify, p_id, NULL),
	ELECTION(announce, p_id, NULL),
	PAGE("GET", "/elections/:id/receipts", ROLE_ANYONE,
	    page_election_receipts, p_id),
	WITH_FORM("/elections/:id/nominate", ROLE_MEMBER, page_nominate, p_id,
	    page_nominate_post, p_nominate, nomination_form),
	/* Signing in and out (pages_auth.c). */
	WITH_FORM("/sign-in", ROLE_ANYONE, page_signin, p_next,
	    page_signin_post, p_signin, NULL),
	WITH_FORM("/sign-in/:token", ROLE_ANYONE, page_signin_link, p_token,
	    page_signin_link, p_token, NULL),
	PAGE("POST", "/sign-in-password", ROLE_ANYONE, page_signin_password,
	    p_signin_password),
	PAGE("POST", "/sign-out", ROLE_ANYONE, page_signout, NULL),
	WITH_FORM("/unsubscribe/:token", ROLE_LINK, page_unsubscribe, p_news,
	    page_unsubscribe_post, p_news_post, NULL),
	WITH_FORM("/two-factor", ROLE_MEMBER, page_totp, NULL, page_totp_post,
	    p_totp, NULL),
	WITH_FORM("/confirm", ROLE_OFFICER, page_confirm, p_back,
	    page_confirm_post, p_confirm, NULL),
	/* A member's own (pages_me.c, pages_member.c). */
	SEE("/me", ROLE_MEMBER, page_me),
	WITH_FORM("/me/sign", ROLE_MEMBER, page_sign, p_page, page_sign_post,
	    p_sign, sign_form),
	PAGE("POST", "/me/digest", ROLE_MEMBER, page_digest_post, p_digest),
	WITH_FORM("/polls/:id", ROLE_MEMBER, page_poll, p_id, page_poll_post,
	    p_poll, NULL),
	PAGE("GET", "/decisions/:id", ROLE_ANYONE, page_decision, p_id),
	WITH_FORM("/elections/:id", ROLE_MEMBER, page_election, p_id,
	    page_election_post, p_ballot_cast, NULL),
	ACT("GET", "/groups/:slug", ROLE_CHAIR, page_group, p_slug, GROUP_SLUG,
	    NULL),
	PAGE("GET", "/assessment/:year", ROLE_MEMBER, page_assessment, p_year),
	WITH_FORM("/assessment/:year/:code", ROLE_MEMBER, page_assessment_item,
	    p_year_code, page_assessment_post, p_rate, assessment_form),
	/* The secretariat's (pages_officer.c, pages_constitution.c). */
	SEE("/officer", ROLE_OFFICER, page_officer),
	WITH_FORM("/officer/import", ROLE_OFFICER, page_import, p_page,
	    page_import_post, p_import, import_form),
	PAGE("GET", "/officer/audit", ROLE_OFFICER, page_audit, p_audit),
	WITH_FORM("/officer/organisations", ROLE_OFFICER, page_orgs, p_page,
	    page_orgs_post, p_org, orgs_render),
	WITH_FORM("/officer/people", ROLE_OFFICER, page_people, p_page,
	    page_people_post, p_person, people_render),
	WITH_FORM("/officer/constitution", ROLE_OFFICER, page_constitution,
	    p_constitution, page_constitution_post, p_constitution_post,
	    constitution_render),
	SEE("/officer/positions", ROLE_OFFICER, page_positions),
	FORM("/officer/positions/appoint", ROLE_OFFICER,
	    page_positions_appoint, p_appoint, positions_render),
	FORM("/officer/positions/role", ROLE_OFFICER, page_positions_role,
	    p_role, positions_render),
	SEE("/partners", ROLE_ANYONE, page_partners),
	PAGE("GET", "/spend", ROLE_ANYONE, page_spend, p_spend),
	/* The partners' records, an area a page (pages_partners.c). */
	PARTNERS(contacts, p_contacts),
	PARTNERS(plan, p_plan),
	PARTNERS(progress, p_progress),
	PARTNERS(milestones, p_milestone),
	PARTNERS(influence, p_influence),
	PARTNERS(partnerships, p_partnership),
	PARTNERS(funding, p_funding),
	PARTNERS(aims, p_aim),
	PARTNERS(consultations, p_consult),
	PARTNERS(feedback, p_feedback),
	/* disputes and breaches (pages_dispute.c) */
	WITH_FORM("/officer/disputes", ROLE_OFFICER, page_disputes, p_page,
	    page_disputes_post, p_case, disputes_form),
	PAGE("GET", "/officer/disputes/:id", ROLE_OFFICER, page_dispute, p_id),
	CASE(statement, p_statement),
	CASE(stage, p_stage),
	CASE(draw, p_draw),
	CASE(record, p_record),
	CASE(resolve, p_resolve),
	/* annual reports (pages_report.c) */
	SEE("/reports", ROLE_ANYONE, page_reports),
	PAGE("GET", "/reports/annual/:year", ROLE_ANYONE, page_report_annual,
	    p_report),
	FORM("/reports/annual/:year/response", ROLE_OFFICER,
	    page_report_respond, p_respond, report_response_form),

	/* The JSON API (api.c), read with a token of the scope named. */
	API("/organisations", ROLE_TOKEN_PUBLIC, api_org_list, a_list),
	API("/organisations/:ref", ROLE_TOKEN_PUBLIC, api_org_one, a_ref),
	API("/groups", ROLE_TOKEN_MEMBERS, api_group_list, a_list),
	API("/groups/:ref", ROLE_TOKEN_MEMBERS, api_group_one, a_ref),
	API("/memberships", ROLE_TOKEN_PUBLIC, api_memberships, a_list),
	API("/registers/forums", ROLE_TOKEN_PUBLIC, api_forums, a_list),
	API("/registers/representatives", ROLE_TOKEN_PUBLIC, api_positions,
	    a_list),
	API("/registers/signatories", ROLE_TOKEN_PUBLIC, api_signatories,
	    a_list),
	API("/meetings", ROLE_TOKEN_PUBLIC, api_meeting_list, a_list),
	API("/meetings/:id", ROLE_TOKEN_PUBLIC, api_meeting_one, a_id),
	API("/decisions", ROLE_TOKEN_MEMBERS, api_decision_list, a_list),
	API("/decisions/:id", ROLE_TOKEN_MEMBERS, api_decision_one, a_id),
	API("/elections", ROLE_TOKEN_MEMBERS, api_election_list, a_list),
	API("/elections/:id", ROLE_TOKEN_MEMBERS, api_election_one, a_id),
	API("/check", ROLE_TOKEN_MEMBERS, api_check, a_list),
	API("/assessments", ROLE_TOKEN_MEMBERS, api_assess_list, a_list),
	API("/assessments/:year", ROLE_TOKEN_MEMBERS, api_assess_one, a_year),
	API("/consultations", ROLE_TOKEN_PUBLIC, api_consults, a_list),
	API("/contacts", ROLE_TOKEN_MEMBERS, api_contacts, a_list),
	API("/plan", ROLE_TOKEN_PUBLIC, api_plan, a_list),
	API("/milestones", ROLE_TOKEN_PUBLIC, api_milestones, a_list),
	API("/influence", ROLE_TOKEN_PUBLIC, api_influence, a_list),
	API("/partnerships", ROLE_TOKEN_PUBLIC, api_partnerships, a_list),
	API("/funding/:year", ROLE_TOKEN_PUBLIC, api_funding, a_year),
	API("/spend/:year", ROLE_TOKEN_PUBLIC, api_spend, a_year),
	API("/grants/:year", ROLE_TOKEN_PUBLIC, api_grants, a_year),
	API("/disputes/stats", ROLE_TOKEN_MEMBERS, api_dispute_stats, NULL),
	{ NULL, NULL, ROLE_ANYONE, NULL, NULL, NULL, GROUP_NONE, NULL },
};
