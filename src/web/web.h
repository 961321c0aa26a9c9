/*
 * web: the inside of the web application and JSON API of `alliance
 * serve` (the outside is serve.h).
 *
 * server.c runs the daemon and its pool of cores; request.c a
 * request's life in libmicrohttpd (bodies, headers, the access log);
 * session.c who is asking; route.c the one table of routes, pages and
 * API alike, whose parameters are checked and typed before a handler
 * runs.  The page files each render a few pages through the escaping
 * writer and call core for every action, exactly as the command line
 * does.
 */
#ifndef WEB_H
#define WEB_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <jansson.h>

#include "core/core.h"
#include "render/html.h"
#include "render/when.h"

/*
 * What the handlers of the pages and the API may use: the request and
 * its typed parameters (route.c), the answer, and the page parts.
 * Internal to src/web; the program outside sees serve.h only.
 */
#include "serve.h"
#include "rules/parse.h"

/* A typed record's text, or "" for NULL, for the pages. */
#define WEB_S(s) ((s) != NULL ? (s) : "")

/* Lists the routes (route.c): "METHOD PATTERN ROLE name=kind ...". */
void web_routes_print(FILE *);

/*
 * The same request handling with no listening socket and no thread of
 * its own, over n cores opened by the caller (borrowed): the fuzz
 * targets hand it one end of a socketpair (MHD_add_connection) and
 * turn it with MHD_run.  Once per process.
 */
struct MHD_Daemon;
struct MHD_Daemon *web_daemon_external(const struct web_config *,
    struct core *cores, int n);

struct req;
struct web_route;

#define WEB_ARGS	3	/* captures of a path */
#define WEB_PARAMS	24	/* declared parameters of a route */

/* A declared parameter as the router accepted it. */
struct web_val {
	const char		*name;
	int			 in;		/* enum web_in (route.h) */
	struct parse_val	 v;		/* its number, its text */
};

/* --- what a page handler may use (request.c, route.c) --- */
/* A POST's form: its fields in the order sent, one of each name, each
 * value UTF-8 text (request.c: raw_finish; web_field reads one). */
struct req_field {
	char	*name, *value;	/* from malloc(); value ends in a NUL */
	size_t	 len;		/* value's bytes, which may hold a NUL */
};
struct req_form {
	struct req_field	*v;
	size_t			 n, cap;
};

struct req {
	struct core		*c;		/* borrowed from the pool */
	const char		*method;	/* GET or POST */
	const char		*path;
	const char		*arg[WEB_ARGS];	/* pattern captures (":x"),
						   in order, validated */
	/* The route's declared parameters, checked and typed before the
	 * handler runs (route.c): read them with web_int, web_query. */
	const struct web_route	*route;
	struct web_val		 val[WEB_PARAMS];
	int			 nval;
	int			 suffixed;	/* a path parameter ended in
						   its suffix (".pdf") */
	enum core_scope		 scope;		/* an API token's */
	struct req_form		 form;		/* POST fields */
	char			 bad_text[64];	/* a field that was not UTF-8
						   text ("": none); the form
						   is refused */
	char			*upload;	/* a file field, from malloc() */
	size_t			 upload_len;
	char			 upload_name[256];
	int			 signed_in;
	struct core_who		 who;
	char			 csrf[48];	/* this visitor's form token */
	char			 set_csrf;	/* set the anonymous cookie */
	const char		*sid;		/* the session cookie, or NULL */
	int			 secure;	/* the client came over TLS */
	const char		*client;	/* its IP address, or "" */

	/* The answer. */
	int			 status;
	const char		*type;		/* content type */
	struct html		 body;
	char			 location[512];	/* a redirect */
	char			 cookie[256];	/* a Set-Cookie, or "" */
	char			 cookie2[320];	/* a second one, or "" */
	char			 allow[32];	/* with a 405: "GET, POST" */
	char			 link[400];	/* a Link header (RFC 8288),
						   or "": the API's pages */
	long long		 total;		/* X-Total-Count, or -1 */
	char			 title[200];
	char			 held_field[64];	/* page_hold() */
	char			 held_err[640];
	/* Every field at fault, found at the edge before core is asked
	 * (page_err_add): the error summary lists each one. */
	struct page_err {
		char	 field[48];	/* the field's name */
		char	 anchor[56];	/* the id the summary links to */
		char	 msg[200];
		int	 parts;		/* a date's parts at fault (DATE_*),
					   0: the whole */
	}			 errs[8];
	int			 nerrs;
	char			 nav[32];	/* the menu entry to mark */
};

/*
 * A list core reads for the viewer asking, made into JSON by render:
 * defines fn(r, &out), CORE_OK and *out, or core's error.  viewer_of
 * makes the viewer from the request: web_viewer_page (who is signed
 * in) or web_viewer_token (an API token's scope).  Arguments of read
 * before the list follow, each with its comma ("NULL,").
 */
#define WEB_LIST(linkage, fn, list, read, json, viewer_of, ...) \
linkage int \
fn(struct req *r, json_t **out) \
{ \
	struct viewer	v; \
	struct list	l; \
	int		rc; \
\
	viewer_of(&v, r); \
	memset(&l, 0, sizeof(l)); \
	*out = NULL; \
	if ((rc = read(r->c, &v, __VA_ARGS__ &l)) == CORE_OK && \
	    (*out = json(&l)) == NULL) \
		rc = core_fail(r->c, CORE_EFAULT, NULL, "out of memory"); \
	list##_free(&l); \
	return rc; \
}
#define web_viewer_page(v, r)	viewer_of_who((v), &(r)->who)
#define web_viewer_token(v, r)	viewer_of_scope((v), (r)->scope)

/*
 * A record's day, or day and time of day, as people read it ("1
 * December 2026 at 5pm", render_when), into out; the text as it is
 * when it is not one (time NULL: the day alone; day NULL: "").
 */
const char *web_when_of(const char *day, const char *time,
    char out[WHEN_LEN]);
/* A poll's or a ballot's opening or closing: a moment in UTC
 * (YYYY-MM-DDTHH:MM), shown in London's time. */
const char *web_when_utc_of(const char *, char out[WHEN_LEN]);
/* Looks up a form field; NULL when missing. */
const char *web_field(const struct req *, const char *name);
/* Sets a form field to value when the form has none (a form showing
 * what is recorded). */
void web_field_default(struct req *, const char *name, const char *value);
/* A query-string parameter the route declares, as the router
 * accepted it; NULL when missing or not declared. */
const char *web_query(const struct req *, const char *name);
/* A form field the route declares, as the router accepted it (valid
 * UTF-8 of its length, one of its choices); NULL when it was sent empty
 * or not at all, or is not declared. */
const char *web_form(const struct req *, const char *name);
/* 1 when the form field the route declares was sent, even empty. */
int web_form_sent(const struct req *, const char *name);
/* A field of a family the route declares (route.h: "att-" and an
 * organisation's id, "set." and a setting's name), as the router
 * accepted it: "" when it was sent empty, NULL when not sent.  */
const char *web_form_of(const struct req *, const char *prefix,
    const char *tail);
/* The next field of the family prefix that was sent, from *iter (NULL
 * at first): its tail ("12" of "att-12"), its value in *value; NULL
 * after the last. */
const char *web_form_next(const struct req *, const char *prefix,
    void **iter, const char **value);
/* A parameter the route declares (path, query or form) as a number:
 * an id, a year, a position, a date's days, an enum's index; 0 when
 * it was not sent (the router refused it if it was not one). */
int64_t web_int(const struct req *, const char *name);
/* A cookie the client sent; NULL when missing. */
const char *web_cookie(const struct req *, const char *name);
/*
 * 1 when path may be where sign-in returns to: a path of this site
 * ("/polls/1"; not "//host", not a scheme, no "..", no query), and not
 * the sign-in pages themselves.  Anything else is never followed.
 */
int web_next_ok(const char *path);
/*
 * A change committed by the writer with the others waiting (a ballot):
 * fn(c, arg) runs there, in a group's transaction, and the request
 * holds no thread of the server meanwhile.  Once the commit holding it
 * is done, then(r, arg, rc) makes the answer, on a core of the pool
 * whose err and field hold the change's message.  arg (len bytes) is
 * copied; what it points to must last as long as the request (the
 * form's fields).  Without the writer (a daemon without the pool) the
 * change is made at once and then is called before this returns.
 */
void web_write(struct req *, core_action_fn fn, const void *arg,
    size_t len, void (*then)(struct req *, void *arg, int rc));
/* 303 See Other to path (after a successful POST). */
void web_redirect(struct req *, const char *path);
/* Sets the session cookie to sid (NULL: clears it). */
void web_session_cookie(struct req *, const char *sid);
/* A JSON answer (steals j). */
void web_json(struct req *, int status, json_t *j);

/* --- pages (page.c) --- */
/* The head and header; title is escaped. */
void page_begin(struct req *, const char *title);
/* The same with a title that names the page and what it is of: "Poll:
 * Endorse the winter letter", after "Error: " when error is set. */
void page_begin_of(struct req *, int error, const char *what,
    const char *of);
/* (page_open.c) The page of menu item nav, with its title and heading
 * (escaped). */
void page_open(struct req *, const char *nav, const char *title,
    const char *heading);
/* An officer's page, its title its heading, under the banner: "Error: "
 * before its title and the error summary when err is set or a field
 * was refused (page_err_add). */
void page_open_officer(struct req *, const char *title, const char *field,
    const char *err);
/* A form page in a two-thirds column: "Error: " before its title and
 * the error summary (its link to field) when err is set; the page
 * closes the column. */
void page_open_form(struct req *, const char *title, const char *field,
    const char *err);
void page_end(struct req *);
/* An error page with a status and a sentence. */
void page_error(struct req *, int status, const char *title,
    const char *text);
/*
 * Keeps a core error for the page that shows it: the reads a page makes
 * before printing reuse core's message buffers, so *field and *err are
 * copied into the request and pointed there.
 */
void page_hold(struct req *, const char **field, const char **err);
/* A form refused because a field was not UTF-8 text (r->bad_text):
 * 400, naming the field; nothing was changed. */
void page_bad_text(struct req *);
/* A page for a core failure: 404 for not found, 400 else. */
void page_core_error(struct req *, int rc);
/* A page holding a form, shown again naming the field at fault. */
typedef void page_form_fn(struct req *, const char *field, const char *err);
/* Core refused a form (rc): the form again (400) with core's field and
 * message when the input was at fault, else page_core_error. */
void page_refused(struct req *, int rc, page_form_fn *form);
/* A form's action answered: on CORE_OK a 303 to the page that says it
 * was done (the path as printf makes it), else page_refused. */
void page_answer(struct req *, int rc, page_form_fn *form, const char *fmt,
    ...) __attribute__((format(printf, 4, 5)));
/* The GOV.UK error summary: one entry linking to field (may be NULL). */
void page_error_summary(struct req *, const char *field, const char *msg);
/* A field's own error message, with the id its aria-describedby
 * names (id-error). */
void page_field_error(struct req *, const char *id, const char *msg);
/* A hidden CSRF field for a form. */
void page_csrf(struct req *);
/* The visitor's form token, made (and its cookie set) when first asked. */
const char *session_csrf(struct req *);
/* Form parts: label, hint, error (when field is the one at fault) and
 * the value typed, kept. */
void page_input(struct req *, const char *name, const char *label,
    const char *hint, const char *value, const char *type,
    const char *err_field, const char *err);
void page_textarea(struct req *, const char *name, const char *label,
    const char *hint, const char *value, const char *err_field,
    const char *err);
/*
 * Fields at fault found by the page before core is asked: each one is
 * listed in the error summary, linked to anchor (the field itself when
 * NULL), and shown beside its field.  Up to 8; more are dropped.
 */
enum { DATE_DAY = 1, DATE_MONTH = 2, DATE_YEAR = 4, DATE_TIME = 8 };
void page_err_add(struct req *, const char *field, const char *anchor,
    int parts, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* The message for field, or NULL when it is not at fault. */
const struct page_err *page_err_of(const struct req *, const char *field);

/* page_date.c: the GOV.UK date input (prefix-day, -month, -year), and
 * the same with a time of day (prefix-time) for a moment. */
void page_date_input(struct req *, const char *prefix, const char *legend,
    const char *hint, int bad, const char *err);
void page_moment_input(struct req *, const char *prefix, const char *legend,
    const char *hint, int bad, const char *err);
/* Its value: YYYY-MM-DD, "" if left empty, "not-a-date" if not one. */
void page_date_value(struct req *, const char *prefix, char out[32]);
/*
 * The date typed as YYYY-MM-DD into out; or -1, with the fault added
 * (page_err_add) in the form's own terms: what is "the date the meeting
 * is on", and the message says which of day, month and year is missing
 * or not a real date.  Empty is a fault unless optional (then out "").
 */
int page_date_check(struct req *, const char *prefix, const char *what,
    int optional, char out[32]);
/*
 * A moment typed in London's time (date and time of day: "5pm",
 * "17:30", "midday") as UTC, YYYY-MM-DDTHH:MM, into out; or -1 with
 * every missing or wrong part added as page_date_check does.
 */
int page_moment_check(struct req *, const char *prefix, const char *what,
    char out[32]);
/* The same kept as London's wall clock: the day (YYYY-MM-DD) and the
 * time of day (HH:MM), as a meeting's are. */
int page_day_time_check(struct req *, const char *prefix, const char *what,
    char day[32], char hm[6]);
/* A time of day as typed ("5pm", "5:30pm", "17:30", "midday") as HH:MM
 * into out; -1 when it is not one. */
int page_time_parse(const char *typed, char out[6]);

/* A form made from a table, ending in a field whose name is NULL. */
enum field_kind {
	FIELD_TEXT, FIELD_TEXTAREA, FIELD_DATE, FIELD_MOMENT, FIELD_CHECK,
	FIELD_RADIOS, FIELD_SELECT
};
struct form_field {
	const char		*name, *label, *hint;
	enum field_kind		 kind;
	const char *const	*choices;	/* value, label, ..., NULL */
	int			 no_default;	/* radios: none chosen */
};
void page_form(struct req *, const char *action, const char *title,
    const struct form_field *, const char *button, const char *field,
    const char *err);
/*
 * A table of typed records (page_table.c): the columns' headings, and
 * fill, which makes a record's cells (zeroed before: PAGE_NONE) in the
 * columns' order.  Text is shown in words when it is a date or time
 * (NULL: empty); a column whose first row holds an amount is aligned
 * as a number; a drawn cell's markup (a link, a tag, a form) is
 * written by its function, given the record.
 */
enum page_cell_kind { PAGE_NONE, PAGE_TEXT, PAGE_NUM, PAGE_MONEY,
    PAGE_YES_NO, PAGE_DRAW };
struct page_cell {
	enum page_cell_kind	 kind;
	const char		*text;	/* PAGE_TEXT */
	int64_t			 num;	/* a number, pence, 0 or 1 */
	void			(*draw)(struct req *, const void *);
	const void		*of;	/* PAGE_DRAW: the record */
};
#define CELL_T(s)	((struct page_cell){ .kind = PAGE_TEXT, .text = (s) })
#define CELL_N(n)	((struct page_cell){ .kind = PAGE_NUM, .num = (n) })
#define CELL_PENCE(p)	((struct page_cell){ .kind = PAGE_MONEY, .num = (p) })
#define CELL_YES(b)	((struct page_cell){ .kind = PAGE_YES_NO, \
	.num = (b) != 0 })
#define CELL_DRAW(fn, rec) \
	((struct page_cell){ .kind = PAGE_DRAW, .draw = (fn), .of = (rec) })
/* An enum's name from its table of names (an array of known size);
 * empty when the value is out of the table. */
#define CELL_NAME(names, i) CELL_T((size_t)(i) < sizeof(names) / \
	sizeof((names)[0]) ? (names)[i] : NULL)
#define PAGE_COLS	12	/* columns a table may have */
struct page_cols {
	const char *const	*heads;
	size_t			 n;
	void			(*fill)(const void *, struct page_cell *);
};
void page_table(struct req *, const char *caption, const struct page_cols *,
    const void *rows, size_t nrows, size_t size);
/* The same under a heading that names it: the caption is for screen
 * readers only. */
void page_table_under(struct req *, const char *caption,
    const struct page_cols *, const void *rows, size_t nrows, size_t size);
/* The same with its headings even when there are no rows. */
void page_table_even_empty(struct req *, const char *caption,
    const struct page_cols *, const void *rows, size_t nrows, size_t size);
/* A list's records ({ v, n }) as a table. */
#define PAGE_TABLE(r, caption, cols, l) \
	page_table((r), (caption), (cols), (l)->v, (l)->n, sizeof(*(l)->v))
/* One cell, written as a table writes it (for a drawn cell that makes
 * its value). */
void page_cell(struct req *, const struct page_cell *);
void page_tag(struct req *, const char *status);

/* --- long lists a page at a time (paging.c) --- */
struct paging {
	int64_t	 page;		/* from 1 */
	int64_t	 size;		/* rows a page */
	int64_t	 total;		/* rows in the whole list */
	int64_t	 pages;		/* 1 for an empty list */
	char	 field[8];	/* the parameter refused: page or limit */
};
/* Reads ?page= (and ?limit=, up to max_limit, when max_limit > 0; size
 * without one): 0, or -1 with msg naming the parameter (field). */
int web_paging(struct req *, int64_t size, int64_t max_limit,
    struct paging *, char *msg, size_t msgsz);
/* With the list's length: 0, or -1 with msg when the page is past the
 * last. */
int web_paging_total(struct paging *, int64_t total, char *msg,
    size_t msgsz);
/* GOV.UK's pagination component: links to path?page=N. */
void page_pagination(struct req *, const char *path, const struct paging *);
/* "Showing 26 to 50 of 2000 WHAT." */
void page_paging_summary(struct req *, const struct paging *,
    const char *what);
/* 404 for a page past the last, with a link to the last. */
void page_past_the_end(struct req *, const char *path,
    const struct paging *);
/* For officers only, the ids of the rules a part of a page applies
 * ("SA-8.2, SA-8.3"), in a "Which rule is this?" details element: the
 * public and members read plain words. */
void page_rule(struct req *, const char *ids);
/* The banner that says what just happened (?done=...). */
void page_banner(struct req *);

/* --- handlers --- */
/* pages_partners.c: SC-champion, TP-5, MS-3.7.1, SC-plan, MS-5,
 * TP-2a, TP-2b, SC-contract, TP-3a. */
void page_partners(struct req *);
void page_spend(struct req *);
void page_partners_contacts(struct req *);
void page_partners_contacts_post(struct req *);
void page_partners_plan(struct req *);
void page_partners_plan_post(struct req *);
void page_partners_progress(struct req *);
void page_partners_progress_post(struct req *);
void page_partners_milestones(struct req *);
void page_partners_milestones_post(struct req *);
void page_partners_influence(struct req *);
void page_partners_influence_post(struct req *);
void page_partners_partnerships(struct req *);
void page_partners_partnerships_post(struct req *);
void page_partners_funding(struct req *);
void page_partners_funding_post(struct req *);
void page_partners_aims(struct req *);
void page_partners_aims_post(struct req *);
void page_partners_consultations(struct req *);
void page_partners_consultations_post(struct req *);
void page_partners_feedback(struct req *);
void page_partners_feedback_post(struct req *);
void page_home(struct req *);
void page_forums(struct req *);
/* SA-11.1: the papers a viewer may read (pages_papers.c). */
void page_papers(struct req *);
/* pages_forum.c: one forum's page, for anyone; a group's members as
 * a table (its page, the chair's dashboard). */
void page_forum(struct req *);
void group_members_table(struct req *, const struct rec_membership_list *);
void page_representatives(struct req *);
void page_members(struct req *);
void page_signatories(struct req *);
void page_meetings(struct req *);
void page_meeting(struct req *);
void page_signin(struct req *);
void page_signin_post(struct req *);
void page_signin_link(struct req *);
void page_signin_password(struct req *);
void page_signout(struct req *);
/* /unsubscribe/TOKEN: news stopped in one click, from the email. */
void page_unsubscribe(struct req *);
void page_unsubscribe_post(struct req *);
/* --- the second factor and re-authentication (pages_auth.c) --- */
void page_totp(struct req *);
void page_totp_post(struct req *);
void page_confirm(struct req *);
void page_confirm_post(struct req *);
/*
 * For the most dangerous actions (applying a constitution, terminating
 * a membership, importing): 1 when the session's sign-in or its last
 * re-authentication is recent (core_fresh); else answers with a page
 * that asks the officer for the password and a code again (a chair to
 * sign in again) and returns to back afterwards, and returns 0:
 * nothing was changed.
 */
int page_fresh(struct req *, const char *back);
/* pages_me.c: the signed-in person's own business, as core_me gives
 * it for their viewer. */
int page_me_read(struct req *, struct core_me *);
void page_me(struct req *);
/* The polls and ballots open to the organisation, each marked voted
 * (the text after it) when it has voted. */
void me_open_ballots(struct req *, const struct core_me *,
    const char *voted);
void page_sign(struct req *);
void page_digest_post(struct req *);
void page_sign_post(struct req *);
void page_poll(struct req *);
/* /decisions/N, the address a poll's email gives: the poll's page. */
void page_decision(struct req *);
void page_poll_post(struct req *);
void page_election(struct req *);
void page_election_post(struct req *);
void page_group(struct req *);
void page_officer(struct req *);
void page_import(struct req *);
void page_import_post(struct req *);
void page_audit(struct req *);
void page_orgs(struct req *);
void page_orgs_post(struct req *);
void page_people(struct req *);
void page_people_post(struct req *);
void page_constitution(struct req *);
void page_constitution_post(struct req *);
void page_positions(struct req *);
void page_positions_appoint(struct req *);
void page_positions_role(struct req *);

/*
 * The pages that hold a form, shown again with the error summary naming
 * the field at fault (field, err; NULLs: none), as the router shows
 * them when it refuses a field (route.h) and the handlers when core
 * refuses one.
 */
void election_manage_form(struct req *, const char *field, const char *err);
/* The election id as the signed-in person sees it (pages_admin.c). */
struct election_view;
int web_election(struct req *, int64_t id, struct election_view *);
void nomination_form(struct req *, const char *field, const char *err);
void assessment_form(struct req *, const char *field, const char *err);
void import_form(struct req *, const char *field, const char *err);
void orgs_render(struct req *, const char *field, const char *err);
void people_render(struct req *, const char *field, const char *err);
void positions_render(struct req *, const char *field, const char *err);
void partners_area_form(struct req *, const char *field, const char *err);
void disputes_form(struct req *, const char *field, const char *err);
void dispute_case_form(struct req *, const char *field, const char *err);
void report_response_form(struct req *, const char *field,
    const char *err);
void sign_form(struct req *, const char *field, const char *err);
void constitution_render(struct req *, const char *field, const char *err);
/* The meeting page, with an error for the form at fault (or NULLs). */
void meeting_render(struct req *, const char *field, const char *err);
/* The meeting's page, a refused row of its register ("att-12") shown at
 * the register (pages_register.c). */
void register_form(struct req *, const char *field, const char *err);
/* pages_chair.c: the forms a member and a chair see on a meeting. */
void meeting_member_forms(struct req *, const struct meeting_view *,
    const char *field, const char *err);
void meeting_chair_forms(struct req *, const struct meeting_view *,
    const char *field,
    const char *err);
/* A meeting's actions, each its own route (pages_chair.c). */
void page_meeting_apologies(struct req *);
void page_meeting_request(struct req *);
void page_meeting_interest(struct req *);
void page_meeting_agenda(struct req *);
void page_meeting_circulate(struct req *);
void page_meeting_attend(struct req *);
void page_meeting_decide(struct req *);
void page_meeting_propose(struct req *);
void page_meeting_vote(struct req *);
void page_meeting_close_vote(struct req *);
void page_meeting_notes(struct req *);
void page_meeting_publish(struct req *);
/* pages_register.c: attendance as one register for every member
 * organisation, with the quorum (SA-6.3, SA-8.2). */
void meeting_register(struct req *, const struct meeting_view *,
    const struct rec_membership_list *members, const char *field,
    const char *err);
void page_meeting_register_post(struct req *);
/* The group dashboard, with an error for the schedule form. */
void group_render(struct req *, const char *field, const char *err);
void page_group_schedule(struct req *);
/* page_tasks.c: the chair's dashboard's task lists: problems linked
 * to their fixes, then meetings, polls and elections with their state. */
void group_tasks(struct req *, const struct rec_group *g,
    const struct check_flag_list *flags,
    const struct rec_meeting_list *meetings);
/* pages_admin.c */
void group_chair_forms(struct req *, const struct rec_group *g,
    const struct rec_membership_list *members, const char *field,
    const char *err);
void page_group_poll(struct req *);
void page_group_election(struct req *);
void page_group_membership(struct req *);
void page_poll_close(struct req *);
void page_election_manage(struct req *);
void page_election_ballot(struct req *);
void page_election_count(struct req *);
void page_election_verify(struct req *);
void page_election_announce(struct req *);
void page_nominate(struct req *);
void page_nominate_post(struct req *);
/* pages_ledger.c */
void page_election_receipts(struct req *);

/* pages_compact.c */
void page_assessment(struct req *);
void page_assessment_item(struct req *);
void page_assessment_post(struct req *);

/* pages_dispute.c: disputes and breaches (SC-resolve, SA-12, SA-13.1) */
void page_disputes(struct req *);
void page_disputes_post(struct req *);
void page_dispute(struct req *);
void page_dispute_statement(struct req *);
void page_dispute_stage(struct req *);
void page_dispute_draw(struct req *);
void page_dispute_record(struct req *);
void page_dispute_resolve(struct req *);
/* pages_outcome.c: a closed poll's or election's outcome; 1 when the
 * page was written, 0 when there is none to show (still open, or not
 * counted yet). */
int outcome_poll(struct req *, int64_t id);
int outcome_election(struct req *, int64_t id);
/* A member's home: results of the last 90 days in their groups. */
void outcome_recent(struct req *, const struct core_me *);
/* pages_report.c: annual reports (SC-annual, MC-chair, TP-3) */
void page_reports(struct req *);
void page_report_annual(struct req *);
void page_report_respond(struct req *);

/* --- JSON API (api.c): the document of each route, for the token
 * of r->scope; a core error else.  Routed by route.c. --- */
int api_org_list(struct req *, json_t **);
int api_org_one(struct req *, json_t **);
int api_group_list(struct req *, json_t **);
int api_group_one(struct req *, json_t **);
int api_memberships(struct req *, json_t **);
int api_forums(struct req *, json_t **);
int api_positions(struct req *, json_t **);
int api_signatories(struct req *, json_t **);
int api_meeting_list(struct req *, json_t **);
int api_meeting_one(struct req *, json_t **);
/* A list's page (?page=, ?limit=): 0, or -1 after the answer. */
int api_page(struct req *, json_t **out);
int api_decision_list(struct req *, json_t **);
int api_decision_one(struct req *, json_t **);
int api_election_list(struct req *, json_t **);
int api_election_one(struct req *, json_t **);
int api_check(struct req *, json_t **);
int api_assess_list(struct req *, json_t **);
int api_assess_one(struct req *, json_t **);
int api_consults(struct req *, json_t **);
int api_contacts(struct req *, json_t **);
int api_plan(struct req *, json_t **);
int api_milestones(struct req *, json_t **);
int api_influence(struct req *, json_t **);
int api_partnerships(struct req *, json_t **);
int api_funding(struct req *, json_t **);
int api_spend(struct req *, json_t **);
int api_grants(struct req *, json_t **);
int api_dispute_stats(struct req *, json_t **);
/* GET /api/v1/openapi.json: doc/openapi.json, built in; no token. */
void api_document(struct req *);

#endif
