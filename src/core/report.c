/*
 * report: the annual report of an arrangement, drawn from live data
 * whenever it is asked for, never typed twice (SC-annual, MS-2-eval,
 * MC-chair, MC-mou, TP-3).  For a year it gathers each group's meetings
 * against the pace its constitution requires, the decisions, polls and
 * elections, the register of representatives, the self-assessment of
 * the commitments, the consultations, and what the constitution's
 * report.annual says the report is and who receives it; and the
 * recipient's formal response once recorded (MC-mou).
 *
 * A year is judged by the constitution in force on its last day (or
 * today, for the year in progress), as core_check() judges a date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "core_report.h"
#include "report_int.h"
#include "rules/parse.h"
#include "rules/compact.h"
#include "rules/meeting.h"
#include "store/store.h"

#define MAXMEET	512

static char *
dup_n(const char *s, size_t n)
{
	return strndup(s != NULL ? s : "", n);
}

/*
 * "X to the Board, with ..." as {text, title, recipient}: the title is
 * what comes before " to " (or ", shared with"), the recipient what
 * follows, up to a comma or " on " / " with ".  -1 for no memory.
 */
static int
report_entry(const char *text, struct report_entry *e)
{
	const char	*to, *end;
	size_t		 n, k;

	memset(e, 0, sizeof(*e));
	if ((to = strstr(text, " to ")) != NULL) {
		n = (size_t)(to - text);
		to += 4;
	} else if ((to = strstr(text, ", shared with ")) != NULL) {
		n = (size_t)(to - text);
		to += 14;
	} else
		n = strlen(text);
	while (n > 0 && (text[n - 1] == ',' || text[n - 1] == ' '))
		n--;
	e->text = strdup(text);
	e->title = dup_n(text, n);
	if (to != NULL) {
		k = strcspn(to, ",");
		if ((end = strstr(to, " on ")) != NULL &&
		    (size_t)(end - to) < k)
			k = (size_t)(end - to);
		if ((end = strstr(to, " with ")) != NULL &&
		    (size_t)(end - to) < k)
			k = (size_t)(end - to);
		if (k > 0)
			e->recipient = dup_n(to, k);
		if (k > 0 && e->recipient == NULL)
			return -1;
	}
	return e->text == NULL || e->title == NULL ? -1 : 0;
}

static void
report_entry_free(struct report_entry *e)
{
	free(e->text);
	free(e->title);
	free(e->recipient);
	memset(e, 0, sizeof(*e));
}

/* The group whose chair presents the report (MC-chair): the Leaders
 * Group, else the co-ordination group, else the partnership, else the
 * first group. */
static int
presenter(struct core *c, const struct rec_group_list *groups,
    struct core_report *out)
{
	static const enum group_kind order[] = { GK_LEADERS, GK_COORDINATION,
	    GK_PARTNERSHIP };
	const struct rec_group	*g = NULL;
	struct rec_office_list	 offices = { NULL, 0 };
	struct report_presenter	*p = &out->presented_by;
	size_t			 i, k;
	int			 rc;

	for (k = 0; k < sizeof(order) / sizeof(order[0]) && g == NULL; k++)
		for (i = 0; i < groups->n && g == NULL; i++)
			if (groups->v[i].kind == order[k])
				g = &groups->v[i];
	if (g == NULL && groups->n > 0)
		g = &groups->v[0];
	if (g == NULL)
		return CORE_OK;
	if ((rc = store_office_current(c->st, g->id, &offices)) != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	if ((p->group = strdup(g->name)) == NULL)
		rc = CORE_EFAULT;
	for (i = 0; rc == CORE_OK && i < offices.n; i++)
		if (strcmp(offices.v[i].office, "chair") == 0) {
			p->person = strdup(offices.v[i].person);
			p->organisation = offices.v[i].organisation != NULL ?
			    strdup(offices.v[i].organisation) : NULL;
			p->interim = offices.v[i].interim;
			if (p->person == NULL || (p->organisation == NULL &&
			    offices.v[i].organisation != NULL))
				rc = CORE_EFAULT;
			break;
		}
	rec_office_list_free(&offices);
	return rc == CORE_OK ? CORE_OK : core_fail(c, rc, NULL, "out of "
	    "memory");
}

/* MC-mou: one more meeting chaired by side (row->sides has room for
 * every meeting of the year). */
static int
side_count(struct report_pace *row, const char *side)
{
	size_t i;

	for (i = 0; i < row->nsides; i++)
		if (strcmp(row->sides[i].side, side) == 0) {
			row->sides[i].n++;
			return 0;
		}
	if ((row->sides[i].side = strdup(side)) == NULL)
		return -1;
	row->sides[i].n = 1;
	row->nsides++;
	return 0;
}

/*
 * SA-6.2, SC-quarterly, MC-meet, MC-mou: one group's meetings in the
 * year against its pace, judged on asof.  The gap that runs into the
 * year starts at the group's last meeting before it.  -1 for no memory.
 */
static int
group_pace(const struct constitution *cons, const struct rec_group *g,
    const struct rec_meeting_list *meets, int jan1, int dec31, int asof,
    struct report_pace *row)
{
	struct pace_report	 pr;
	const struct rec_meeting *m;
	int			 days[MAXMEET], d, since = jan1, prior = -1;
	int			 rec = -1, cancelled = 0, repeats = 0;
	size_t			 i, n = 0;
	const char		*rule = NULL, *verdict, *last = NULL;

	if (g->recognised == NULL || date_parse(g->recognised, &rec) != 0)
		rec = -1;
	if (rec > since)
		since = rec;
	if (meets->n > 0 && (row->sides = calloc(meets->n,
	    sizeof(*row->sides))) == NULL)
		return -1;
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != g->id || date_parse(m->day, &d) != 0)
			continue;
		if (m->status == MEETING_CANCELLED) {
			if (d >= jan1 && d <= dec31)
				cancelled++;
			continue;
		}
		if (d < jan1 && d >= rec && d > prior)
			prior = d;
		else if (d >= jan1 && d <= dec31 && n < MAXMEET - 1)
			days[n++] = d;
		/* MC-mou: which side chaired each meeting of the year, and
		 * how often the same side chaired again. */
		if (d >= jan1 && d <= dec31 && m->chair_side != NULL) {
			if (side_count(row, m->chair_side) != 0)
				return -1;
			if (last != NULL && strcmp(last, m->chair_side) == 0)
				repeats++;
			last = m->chair_side;
		}
	}
	if (prior >= 0) {
		days[n++] = prior;
		since = prior;
	}
	memset(&pr, 0, sizeof(pr));
	if ((int)g->kind >= 0)
		rules_pace(cons, g->kind, days, n, since, asof, &pr);
	/* The arrangement's own ids (SA-6.2, SC-quarterly, MC-meet,
	 * MC-mou); none where its agreement sets no pace. */
	if (pr.min_per_year > 0)
		rule = rules_id(cons, DUTY_PACE, (int)g->kind);
	if (pr.max_gap > 0 && (rule == NULL || pr.gap_exceeded) &&
	    rules_id(cons, DUTY_GAP, (int)g->kind) != NULL)
		rule = rules_id(cons, DUTY_GAP, (int)g->kind);
	if (pr.min_per_year == 0 && pr.max_gap == 0)
		verdict = "no pace set";
	else if (pr.behind && pr.gap_exceeded)
		verdict = "behind the pace, and a gap too long";
	else if (pr.behind)
		verdict = "behind the pace";
	else if (pr.gap_exceeded)
		verdict = "a gap too long";
	else
		verdict = "kept the pace";
	if (pr.gap > 0) {
		char a[DATE_LEN], b[DATE_LEN];

		date_format(pr.gap_from, a);
		date_format(pr.gap_to, b);
		snprintf(row->gap_when, sizeof(row->gap_when), "%s to %s%s", a,
		    b, pr.gap_open ? " (nothing since)" : "");
	}
	row->group = strdup(g->name);
	row->slug = strdup(g->slug);
	row->kind = (int)g->kind >= 0 && g->kind < GK__MAX ?
	    group_kind_names[g->kind] : "";
	row->held = pr.held;
	row->planned = pr.planned;
	row->cancelled = cancelled;
	row->min_per_year = pr.min_per_year;
	row->expected = pr.expected;
	row->max_gap = pr.max_gap;
	row->gap = pr.gap;
	row->behind = pr.behind;
	row->gap_exceeded = pr.gap_exceeded;
	row->met = !pr.behind && !pr.gap_exceeded;
	row->rule = rule;
	row->verdict = verdict;
	row->chair_repeats = repeats;
	return row->group == NULL || row->slug == NULL ? -1 : 0;
}

static int
meetings(struct core *c, const struct constitution *cons,
    const struct rec_group_list *groups, int jan1, int dec31, int asof,
    struct core_report *out)
{
	struct rec_meeting_list	 meets;
	struct rec_group	 full;
	struct report_pace	*row;
	size_t			 i;
	int			 rc, found;

	if ((rc = core_meeting_list(c, NULL, &meets)) != CORE_OK)
		return rc;
	if (groups->n > 0 && (out->meetings = calloc(groups->n,
	    sizeof(*out->meetings))) == NULL) {
		rec_meeting_list_free(&meets);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	for (i = 0; rc == CORE_OK && i < groups->n; i++) {
		/* The group's own record: its recognition is not in the
		 * list's. */
		if ((rc = store_group_by_ref(c->st, c->arr, groups->v[i].slug,
		    &full, &found)) != STORE_OK) {
			rc = core_store_fail(c, rc, "reading a group");
			break;
		}
		if (!found)
			continue;
		row = &out->meetings[out->nmeetings++];
		if (group_pace(cons, &full, &meets, jan1, dec31, asof, row) !=
		    0)
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		else
			out->meetings_held += row->held;
		rec_group_clear(&full);
	}
	rec_meeting_list_free(&meets);
	return rc;
}

/* SA-8.1, SA-8.3, SA-8.4: the decisions of the year, by method. */
static int
decisions(struct core *c, const char *from, const char *to,
    struct core_report *out)
{
	const struct rec_report_motion	*m;
	size_t				 i;
	int				 rc;

	rc = store_report_motions(c->st, c->arr, from, to, &out->decisions);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading decisions");
	for (i = 0; i < out->decisions.n; i++) {
		m = &out->decisions.v[i];
		if (strcmp(m->method, "consensus") == 0)
			out->methods.consensus++;
		else if (strcmp(m->method, "vote") == 0)
			out->methods.vote++;
		else if (strcmp(m->method, "poll") == 0)
			out->methods.poll++;
		else if (strcmp(m->method, "email") == 0)
			out->methods.email++;
		if (m->outcome != NULL && (strcmp(m->outcome, "carried") == 0 ||
		    strncmp(m->outcome, "agreed", 6) == 0))
			out->decisions_made++;
	}
	return CORE_OK;
}

/* SA-7.1, SA-9.4, SA-E2.2: elections whose ballot closed in the year. */
static int
elections(struct core *c, const char *from, const char *to,
    struct core_report *out)
{
	int rc = store_report_elections(c->st, c->arr, from, to,
	    &out->elections);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading elections");
}

/* SA-9.1 / App. C: the register of representatives as it stands, as
 * the public read it. */
static int
positions(struct core *c, struct core_report *out)
{
	size_t	i;
	int	rc;

	if ((rc = core_register_positions(c, &viewer_public,
	    &out->positions)) != CORE_OK)
		return rc;
	for (i = 0; i < out->positions.n; i++)
		if (out->positions.v[i].reps.n == 0)
			out->positions_vacant++;
	return CORE_OK;
}

void
core_report_free(struct core_report *r)
{
	size_t i, k;

	if (r == NULL)
		return;
	free(r->arrangement);
	free(r->slug);
	for (i = 0; i < r->nreports; i++)
		report_entry_free(&r->reports[i]);
	free(r->reports);
	free(r->presented_by.group);
	free(r->presented_by.person);
	free(r->presented_by.organisation);
	for (i = 0; i < r->nmeetings; i++) {
		free(r->meetings[i].group);
		free(r->meetings[i].slug);
		for (k = 0; k < r->meetings[i].nsides; k++)
			free(r->meetings[i].sides[k].side);
		free(r->meetings[i].sides);
	}
	free(r->meetings);
	rec_report_motion_list_free(&r->decisions);
	rec_report_election_list_free(&r->elections);
	rec_position_list_free(&r->positions);
	report_others_free(r);
	rec_report_response_clear(&r->response);
	free(r->online);
	memset(r, 0, sizeof(*r));
}

/* What the report is and who receives it (SC-annual, MS-2-eval,
 * MC-chair, MC-mou, TP-3): report.annual's entries. */
static int
entries(struct core *c, const struct constitution *cons,
    struct core_report *out)
{
	const char	*list[16];
	size_t		 n, i;

	n = constitution_list(cons, "report.annual", list, 16);
	if (n > 16)
		n = 16;
	if (n > 0 && (out->reports = calloc(n, sizeof(*out->reports))) ==
	    NULL)
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	for (i = 0; i < n; i++) {
		out->nreports = i + 1;
		if (report_entry(list[i], &out->reports[i]) != 0)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	return CORE_OK;
}

int
core_report_annual(struct core *c, int year, struct core_report *r)
{
	struct constitution	 yc;
	const struct constitution *cons = &c->cons;
	struct rec_group_list	 groups = { NULL, 0 };
	int			 rc, jan1, dec31, today, own = 0;

	memset(r, 0, sizeof(*r));
	if ((rc = core_int_year(c, year, NULL, NULL)) != CORE_OK)
		return rc;
	snprintf(r->from, sizeof(r->from), "%04d-01-01", year);
	snprintf(r->to, sizeof(r->to), "%04d-12-31", year);
	date_parse(r->from, &jan1);
	date_parse(r->to, &dec31);
	date_parse(c->today, &today);
	if (today < jan1)
		return core_fail(c, CORE_EINVAL, "year", "%d has not begun "
		    "(today is %s); a report covers a year that has", year,
		    c->today);
	snprintf(r->as_of, sizeof(r->as_of), "%s", today < dec31 ? c->today :
	    r->to);
	/* The rules in force at the end of the year, if there were any
	 * yet; else today's. */
	if (core_int_constitution_at(c, r->as_of, &yc) == CORE_OK) {
		cons = &yc;
		own = 1;
	}
	c->err[0] = c->field[0] = '\0';
	r->year = year;
	r->complete = today > dec31;
	snprintf(r->generated, sizeof(r->generated), "%s", c->today);
	if ((r->arrangement = strdup(c->arr_name)) == NULL ||
	    (r->slug = strdup(c->arr_slug)) == NULL) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	if ((rc = store_group_list(c->st, c->arr, &groups)) != STORE_OK) {
		rc = core_store_fail(c, rc, "listing groups");
		goto out;
	}
	if ((rc = entries(c, cons, r)) != CORE_OK ||
	    (rc = presenter(c, &groups, r)) != CORE_OK ||
	    (rc = meetings(c, cons, &groups, jan1, dec31, today < dec31 ?
	    today : dec31, r)) != CORE_OK ||
	    (rc = decisions(c, r->from, r->to, r)) != CORE_OK ||
	    (rc = elections(c, r->from, r->to, r)) != CORE_OK ||
	    (rc = positions(c, r)) != CORE_OK ||
	    (rc = report_others(c, cons, r)) != CORE_OK)
		goto out;
	/* MC-mou: the recipient's formal response, once recorded. */
	rc = store_report_response(c->st, c->arr, year, &r->response,
	    &r->has_response);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the response");
		goto out;
	}
	/* The audit log's signed head, for readers to keep. */
	report_others_head(c, r);
out:
	if (own)
		constitution_free(&yc);
	rec_group_list_free(&groups);
	if (rc != CORE_OK)
		core_report_free(r);
	return rc;
}

int
core_report_years(struct core *c, int **years, size_t *n)
{
	struct rec_lines	 rows = { NULL, 0 };
	size_t			 i;
	int			 rc, today, yr;

	*years = NULL;
	*n = 0;
	rc = store_report_years(c->st, c->arr, &rows);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the years");
	date_parse(c->today, &today);
	if (rows.n > 0 && (*years = calloc(rows.n, sizeof(**years))) ==
	    NULL) {
		rec_lines_free(&rows);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	for (i = 0; i < rows.n; i++)
		if (parse_year(rows.v[i], &yr) == 0 && yr <= date_year(today))
			(*years)[(*n)++] = yr;
	rec_lines_free(&rows);
	return CORE_OK;
}

int
core_report_respond(struct core *c, int year, const char *responder,
    const char *text, const char *date)
{
	struct rec_report_response old;
	struct report_entry	 e = { NULL, NULL, NULL };
	const char		*list[16], *who = responder;
	char			 on[DATE_LEN], first[DATE_LEN];
	size_t			 n, i;
	int			 rc, found;

	if ((rc = core_int_year(c, year, NULL, NULL)) != CORE_OK ||
	    (rc = core_int_body(c, "text", text, 1, 20000)) != CORE_OK ||
	    (rc = core_int_text(c, "from", responder, 0, 300)) != CORE_OK ||
	    (rc = core_int_date(c, "date", date, on)) != CORE_OK)
		return rc;
	snprintf(first, sizeof(first), "%04d-01-01", year);
	if (strcmp(on, first) < 0)
		return core_fail(c, CORE_EINVAL, "date", "a response to the %d "
		    "report comes after the year begins, not on %s", year, on);
	/* MC-mou: by default, the recipient of the report that asks for a
	 * response (else of the first report). */
	if (text_blank(who)) {
		who = NULL;
		n = constitution_list(&c->cons, "report.annual", list, 16);
		for (i = 0; i < n && i < 16 && who == NULL; i++)
			if (strcasestr(list[i], "response") != NULL) {
				report_entry_free(&e);
				if (report_entry(list[i], &e) != 0)
					break;
				who = e.recipient;
			}
		if (who == NULL && n > 0) {
			report_entry_free(&e);
			if (report_entry(list[0], &e) == 0)
				who = e.recipient;
		}
		if (who == NULL) {
			report_entry_free(&e);
			return core_fail(c, CORE_EINVAL, "from", "say who "
			    "responded with --from: the constitution's "
			    "report.annual names no recipient");
		}
	}
	if ((rc = core_begin(c)) != CORE_OK) {
		report_entry_free(&e);
		return rc;
	}
	rc = store_report_response(c->st, c->arr, year, &old, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the response");
		goto out;
	}
	if (found) {
		rc = core_fail(c, CORE_EEXIST, "year", "the response of %s to "
		    "the %d report was recorded already (%s)", old.responder,
		    year, old.responded_on);
		goto out;
	}
	rc = store_exec(c->st, STMT_REPORT_RESPONSE_INSERT, "lisssss", c->arr,
	    year, who, text, on, c->actor, c->now);
	rc = core_audited(c, rc, "recording the response", "report.respond",
	    "report_response", store_last_id(c->st), "{s:i, s:s, s:s}", "year",
	    year, "responder", who, "on", on);
out:
	rec_report_response_clear(&old);
	report_entry_free(&e);
	return core_end(c, rc);
}
