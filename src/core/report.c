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
#include "rules/parse.h"
#include "rules/compact.h"
#include "rules/meeting.h"
#include "store/store.h"

#define MAXMEET	512

/*
 * "X to the Board, with ..." as {text, title, recipient}: the title is
 * what comes before " to " (or ", shared with"), the recipient what
 * follows, up to a comma or " on " / " with ".
 */
static json_t *
report_entry(const char *text)
{
	const char	*to, *end;
	char		 title[400], recip[400] = "";
	size_t		 n, k;

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
	snprintf(title, sizeof(title), "%.*s", (int)n, text);
	if (to != NULL) {
		k = strcspn(to, ",");
		if ((end = strstr(to, " on ")) != NULL &&
		    (size_t)(end - to) < k)
			k = (size_t)(end - to);
		if ((end = strstr(to, " with ")) != NULL &&
		    (size_t)(end - to) < k)
			k = (size_t)(end - to);
		snprintf(recip, sizeof(recip), "%.*s", (int)k, to);
	}
	return json_pack("{s:s, s:s, s:s?}", "text", text, "title", title,
	    "recipient", recip[0] != '\0' ? recip : NULL);
}

/* The group whose chair presents the report (MC-chair): the Leaders
 * Group, else the co-ordination group, else the partnership, else the
 * first group. */
static int
presenter(struct core *c, const json_t *groups, json_t *out)
{
	static const char *const order[] = { "leaders", "coordination",
	    "partnership", NULL };
	const json_t	*g = NULL, *x;
	json_t		*offices = NULL, *f;
	size_t		 i, k;
	int		 rc;

	for (k = 0; order[k] != NULL && g == NULL; k++)
		json_array_foreach(groups, i, x)
			if (g == NULL && strcmp(jstr(x, "kind"), order[k]) == 0)
				g = x;
	if (g == NULL)
		g = json_array_get(groups, 0);
	if (g == NULL) {
		json_object_set_new(out, "presented_by", json_null());
		return CORE_OK;
	}
	rc = store_rows(c->st, &offices, STMT_OFFICE_CURRENT, "l",
	    jint(g, "id"));
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading offices");
	json_object_set_new(out, "presented_by", json_null());
	json_array_foreach(offices, i, f)
		if (strcmp(jstr(f, "office"), "chair") == 0) {
			json_object_set_new(out, "presented_by", json_pack(
			    "{s:s, s:s, s:s?, s:s, s:b}", "group", jstr(g,
			    "name"), "person", jstr(f, "person"),
			    "organisation", jstr(f, "organisation"),
			    "office", "chair", "interim",
			    (int)jint(f, "interim")));
			break;
		}
	if (json_is_null(json_object_get(out, "presented_by")))
		json_object_set_new(out, "presented_by", json_pack(
		    "{s:s, s:n, s:n, s:s, s:b}", "group", jstr(g, "name"),
		    "person", "organisation", "office", "chair", "interim", 0));
	json_decref(offices);
	return CORE_OK;
}

/*
 * SA-6.2, SC-quarterly, MC-meet, MC-mou: one group's meetings in the
 * year against its pace, judged on asof.  The gap that runs into the
 * year starts at the group's last meeting before it.
 */
static json_t *
group_pace(const struct constitution *cons, const json_t *g,
    const struct rec_meeting_list *meets, int jan1, int dec31, int asof)
{
	struct pace_report	 pr;
	const struct rec_meeting *m;
	int			 days[MAXMEET], d, since = jan1, prior = -1;
	int			 kind, rec = -1, cancelled = 0, repeats = 0;
	size_t			 i, n = 0;
	const char		*rule = NULL, *verdict, *last = NULL;
	char			 gap[64] = "";
	json_t			*sides = json_object(), *row;

	kind = group_kind_parse(jstr(g, "kind"));
	if (jstr(g, "recognised") == NULL ||
	    date_parse(jstr(g, "recognised"), &rec) != 0)
		rec = -1;
	if (rec > since)
		since = rec;
	for (i = 0; i < meets->n; i++) {
		m = &meets->v[i];
		if (m->group_id != jint(g, "id") || date_parse(m->day, &d) != 0)
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
			json_object_set_new(sides, m->chair_side,
			    json_integer(jint(sides, m->chair_side) + 1));
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
	if (kind >= 0)
		rules_pace(cons, (enum group_kind)kind, days, n, since, asof,
		    &pr);
	/* The arrangement's own ids (SA-6.2, SC-quarterly, MC-meet,
	 * MC-mou); none where its agreement sets no pace. */
	if (pr.min_per_year > 0)
		rule = rules_id(cons, DUTY_PACE, kind);
	if (pr.max_gap > 0 && (rule == NULL || pr.gap_exceeded) &&
	    rules_id(cons, DUTY_GAP, kind) != NULL)
		rule = rules_id(cons, DUTY_GAP, kind);
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
		snprintf(gap, sizeof(gap), "%s to %s%s", a, b, pr.gap_open ?
		    " (nothing since)" : "");
	}
	row = json_pack("{s:s, s:s, s:s, s:i, s:i, s:i, s:i, s:i, s:i, "
	    "s:i, s:s, s:b, s:b, s:b, s:s?, s:s}",
	    "group", jstr(g, "name"), "slug", jstr(g, "slug"),
	    "kind", jstr(g, "kind"), "held", pr.held, "planned", pr.planned,
	    "cancelled", cancelled, "min_per_year", pr.min_per_year,
	    "expected", pr.expected, "max_gap", pr.max_gap, "gap", pr.gap,
	    "gap_when", gap, "behind", pr.behind, "gap_exceeded",
	    pr.gap_exceeded, "met", !pr.behind && !pr.gap_exceeded, "rule",
	    rule, "verdict", verdict);
	if (json_object_size(sides) > 0) {
		json_object_set_new(row, "chair_sides", sides);
		json_object_set_new(row, "chair_repeats", json_integer(
		    repeats));
	} else
		json_decref(sides);
	return row;
}

static int
meetings(struct core *c, const struct constitution *cons, const json_t *groups,
    int jan1, int dec31, int asof, json_t *out)
{
	struct rec_meeting_list	 meets;
	json_t		*rows = json_array(), *full;
	const json_t	*g;
	size_t		 i;
	int		 rc, held = 0;

	if ((rc = core_meeting_list(c, NULL, &meets)) != CORE_OK) {
		json_decref(rows);
		return rc;
	}
	json_array_foreach(groups, i, g) {
		full = NULL;
		if ((rc = core_int_group(c, jstr(g, "slug"), &full)) != CORE_OK)
			break;
		json_array_append_new(rows, group_pace(cons, full, &meets, jan1,
		    dec31, asof));
		held += (int)jint(json_array_get(rows, i), "held");
		json_decref(full);
	}
	rec_meeting_list_free(&meets);
	json_object_set_new(out, "meetings", rows);
	json_object_set_new(out, "meetings_held", json_integer(held));
	return rc;
}

/* SA-8.1, SA-8.3, SA-8.4: the decisions of the year, by method. */
static int
decisions(struct core *c, const char *from, const char *to, json_t *out)
{
	static const char *const methods[] = { "consensus", "vote", "poll",
	    "email", NULL };
	json_t	*rows = NULL, *m, *counts;
	size_t	 i, k;
	int	 rc, made = 0;

	rc = store_rows(c->st, &rows, STMT_REPORT_MOTIONS, "lss", c->arr,
	    from, to);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading decisions");
	counts = json_object();
	for (k = 0; methods[k] != NULL; k++)
		json_object_set_new(counts, methods[k], json_integer(0));
	json_array_foreach(rows, i, m) {
		for (k = 0; methods[k] != NULL; k++)
			if (strcmp(jstr(m, "method"), methods[k]) == 0)
				json_object_set_new(counts, methods[k],
				    json_integer(jint(counts, methods[k]) + 1));
		if (jstr(m, "outcome") != NULL &&
		    (strcmp(jstr(m, "outcome"), "carried") == 0 ||
		    strncmp(jstr(m, "outcome"), "agreed", 6) == 0))
			made++;
	}
	json_object_set_new(out, "decisions", rows);
	json_object_set_new(out, "decision_methods", counts);
	json_object_set_new(out, "decisions_made", json_integer(made));
	return CORE_OK;
}

/* SA-7.1, SA-9.4, SA-E2.2: elections whose ballot closed in the year. */
static int
elections(struct core *c, const char *from, const char *to, json_t *out)
{
	json_t		*rows = NULL, *e, *res, *w, *names;
	json_error_t	 jerr;
	char		 buf[600];
	size_t		 i, j, len;
	int		 rc;

	rc = store_rows(c->st, &rows, STMT_REPORT_ELECTIONS, "lss", c->arr,
	    from, to);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading elections");
	json_array_foreach(rows, i, e) {
		res = jstr(e, "result") != NULL ? json_loads(jstr(e,
		    "result"), 0, &jerr) : NULL;
		names = json_object_get(res, "winners");
		buf[0] = '\0';
		len = 0;
		json_array_foreach(names, j, w)
			if (len < sizeof(buf))
				len += (size_t)snprintf(buf + len, sizeof(buf) -
				    len, "%s%s", j == 0 ? "" : j + 1 ==
				    json_array_size(names) ? " and " : ", ",
				    json_string_value(w));
		json_object_set_new(e, "winners", json_string(buf));
		json_object_set_new(e, "ballots", json_integer(
		    json_integer_value(json_object_get(res, "ballots"))));
		json_object_set_new(e, "outcome", json_string(
		    json_string_value(json_object_get(res, "outcome")) ?
		    json_string_value(json_object_get(res, "outcome")) :
		    "not counted"));
		json_object_set(e, "counts", json_object_get(res, "counts") ?
		    json_object_get(res, "counts") : json_null());
		json_object_del(e, "result");
		json_decref(res);
	}
	json_object_set_new(out, "elections", rows);
	return CORE_OK;
}

/* "A (X); B (Y)": the holders of a position, as the register shows;
 * NULL for no memory. */
static char *
holders(const struct rec_appointment_list *l)
{
	size_t	 i, len = 1;
	char	*buf;

	for (i = 0; i < l->n; i++)
		len += strlen(l->v[i].holder) + 2;
	if ((buf = malloc(len)) == NULL)
		return NULL;
	buf[0] = '\0';
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			strcat(buf, "; ");
		strcat(buf, l->v[i].holder);
	}
	return buf;
}

/* SA-9.1 / App. C: the register of representatives as it stands. */
static int
positions(struct core *c, json_t *out)
{
	struct rec_position_list	 pos = { NULL, 0 };
	const struct rec_position_entry	*p;
	json_t				*rows = json_array();
	char				*reps, *deps;
	size_t				 i;
	int				 rc, vacant = 0;

	if ((rc = core_register_positions(c, &viewer_public, &pos)) !=
	    CORE_OK) {
		json_decref(rows);
		return rc;
	}
	for (i = 0; i < pos.n; i++) {
		p = &pos.v[i];
		/* The same cell text as 'alliance register positions'. */
		reps = holders(&p->reps);
		deps = holders(&p->deps);
		if (p->reps.n == 0)
			vacant++;
		json_array_append_new(rows, json_pack("{s:s, s:s, s:s, s:s?, "
		    "s:s?, s:s, s:s, s:s, s:b}", "name", p->p.name,
		    "section", p->p.section, "method", p->p.method,
		    "electing_group", p->p.electing_group,
		    "appointed_by", p->p.appointed_by,
		    "representatives", reps != NULL ? reps : "",
		    "deputies", deps != NULL ? deps : "", "term", p->term,
		    "vacant", p->reps.n == 0));
		free(reps);
		free(deps);
	}
	rec_position_list_free(&pos);
	json_object_set_new(out, "positions", rows);
	json_object_set_new(out, "positions_vacant", json_integer(vacant));
	return CORE_OK;
}

/* MS-2-eval, MS-5: the year's self-assessment by commitment and
 * rating, when the year has one. */
static int
assessment(struct core *c, const struct constitution *cons, int year,
    json_t *out)
{
	json_t		*a = NULL, *s, *r, *bodies, *cms, *cm, *tot, *by;
	const char	*scale[16], *rating;
	size_t		 ns, i, j, k;
	int		 rc, late = 0, submitted = 0;

	rc = core_assess_get(c, year, &a);
	if (rc == CORE_ENOTFOUND || (rc == CORE_OK && a == NULL)) {
		c->err[0] = c->field[0] = '\0';
		json_object_set_new(out, "assessment", json_null());
		return CORE_OK;
	}
	if (rc != CORE_OK)
		return rc;
	ns = rules_scale(cons, scale, 16);
	bodies = json_array();
	cms = json_array();
	tot = json_object();
	for (k = 0; k < ns; k++)
		json_object_set_new(tot, scale[k], json_integer(0));
	json_object_set_new(tot, "not rated", json_integer(0));
	json_array_foreach(json_object_get(a, "assessments"), i, s) {
		json_array_append_new(bodies, json_pack("{s:s, s:s?, s:b, "
		    "s:i}", "organisation", jstr(s, "organisation"),
		    "submitted", jstr(s, "submitted"), "late",
		    json_is_true(json_object_get(s, "late")), "rated",
		    (int)jint(s, "rated")));
		if (jstr(s, "submitted") != NULL)
			submitted++;
		if (json_is_true(json_object_get(s, "late")))
			late++;
		json_array_foreach(json_object_get(s, "ratings"), j, r) {
			/* One row per commitment, in the order listed. */
			cm = json_array_get(cms, j);
			if (cm == NULL) {
				by = json_object();
				for (k = 0; k < ns; k++)
					json_object_set_new(by, scale[k],
					    json_integer(0));
				json_object_set_new(by, "not rated",
				    json_integer(0));
				cm = json_pack("{s:s, s:s?, s:o}", "code",
				    jstr(r, "code"), "heading", jstr(r,
				    "heading"), "ratings", by);
				json_array_append_new(cms, cm);
			}
			rating = "not rated";
			for (k = 0; k < ns && jstr(r, "rating") != NULL; k++)
				if (strcasecmp(jstr(r, "rating"), scale[k]) == 0)
					rating = scale[k];
			by = json_object_get(cm, "ratings");
			json_object_set_new(by, rating, json_integer(
			    jint(by, rating) + 1));
			json_object_set_new(tot, rating, json_integer(
			    jint(tot, rating) + 1));
		}
	}
	s = json_array();
	for (k = 0; k < ns; k++)
		json_array_append_new(s, json_string(scale[k]));
	json_array_append_new(s, json_string("not rated"));
	json_object_set_new(out, "assessment", json_pack("{s:s, s:o, s:o, "
	    "s:o, s:o, s:i, s:i}", "due", jstr(a, "due"), "scale", s,
	    "bodies", bodies, "commitments", cms, "totals", tot,
	    "submitted", submitted, "late", late));
	json_decref(a);
	return CORE_OK;
}

/* SC-consult: consultations that opened or closed in the year. */
static int
consultations(struct core *c, const char *from, const char *to,
    json_t *out)
{
	json_t		*ks = NULL, *k, *rows = json_array();
	int		 rc, a, b, sig = 0, shrt = 0, fed = 0, owed = 0;
	size_t		 i;

	if ((rc = core_consult_list(c, &ks)) != CORE_OK) {
		json_decref(rows);
		return rc;
	}
	json_array_foreach(ks, i, k) {
		if ((strcmp(jstr(k, "opens"), from) < 0 ||
		    strcmp(jstr(k, "opens"), to) > 0) &&
		    (strcmp(jstr(k, "closes"), from) < 0 ||
		    strcmp(jstr(k, "closes"), to) > 0))
			continue;
		date_parse(jstr(k, "opens"), &a);
		date_parse(jstr(k, "closes"), &b);
		json_object_set_new(k, "days", json_integer(b - a));
		if (jint(k, "significant"))
			sig++;
		if (json_is_true(json_object_get(k, "short")))
			shrt++;
		if (jstr(k, "feedback_on") != NULL)
			fed++;
		else if (jint(k, "significant") &&
		    strcmp(jstr(k, "closes"), c->today) < 0)
			owed++;
		json_object_del(k, "organisation_id");
		json_array_append(rows, k);
	}
	json_decref(ks);
	json_object_set_new(out, "consultations", rows);
	json_object_set_new(out, "consultation_counts", json_pack("{s:I, "
	    "s:i, s:i, s:i, s:i}", "total", (json_int_t)json_array_size(rows),
	    "significant", sig, "short", shrt, "fed_back", fed,
	    "feedback_owed", owed));
	return CORE_OK;
}

/*
 * The place for the sections whose tables are being built beside this
 * file: the public bodies' spend with the sector by contracts, grants
 * and small grants, beside the aspiration and the plan (TP-3a,
 * SC-contract, MS-3.4.2 / MS-3.6.3: funding counted by length), the
 * evidence of VCFSE influence gathered through the year (TP-2b), and the
 * register of partnerships with their VCFSE representation (TP-2a).
 *
 * Each adds its figures to out under its own key ("spend", "influence",
 * "partnerships") for the year from..to; render/report.c draws them in
 * report_doc_more().  Until then there is nothing to add.
 */
/* Rows whose key (a date) falls in from..to. */
static json_t *
in_year(json_t *rows, const char *key, const char *from, const char *to)
{
	json_t		*out = json_array(), *r;
	const char	*d;
	size_t		 i;

	json_array_foreach(rows, i, r) {
		d = jstr(r, key);
		if (d != NULL && strcmp(d, from) >= 0 && strcmp(d, to) <= 0)
			json_array_append(out, r);
	}
	return out;
}

static int
report_more(struct core *c, int year, const char *from, const char *to,
    json_t *out)
{
	json_t	*x = NULL;
	int	 rc;

	/* TP-3a, SC-contract, MS-3.4.2 / MS-3.6.3. */
	if ((rc = core_spend(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "spend", x);
	/* TP-2b. */
	if ((rc = core_influence_list(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "influence", x);
	/* TP-2a: only where the constitution asks for it everywhere. */
	if (constitution_bool(&c->cons,
	    "representatives.required_everywhere")) {
		if ((rc = core_partnership_register(c, &x)) != CORE_OK)
			return rc;
		json_object_set_new(out, "partnerships", x);
	}
	/* SC-quarterly: attendance by partner. */
	if ((rc = core_attendance_by_partner(c, year, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "attendance", x);
	/* SC-plan: the actions due in the year. */
	if ((rc = core_plan_list(c, NULL, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "plan", in_year(x, "due", from, to));
	json_decref(x);
	/* MS-5: the milestones due in the year. */
	if ((rc = core_milestone_list(c, &x)) != CORE_OK)
		return rc;
	json_object_set_new(out, "milestones", in_year(x, "due", from, to));
	json_decref(x);
	/* SC-monitor: complaints for the annual review, without names. */
	if (strcmp(constitution_text(&c->cons, "dispute.procedure"),
	    "none") != 0) {
		if ((rc = core_dispute_stats(c, year, &x)) != CORE_OK)
			return rc;
		json_object_set_new(out, "disputes", x);
	}
	return CORE_OK;
}

int
core_report_annual(struct core *c, int year, json_t **out)
{
	struct constitution	 yc;
	const struct constitution *cons = &c->cons;
	json_t			*r = NULL, *groups = NULL, *reps, *resp = NULL;
	struct audit_head	 head;
	const char		*list[16];
	char			 from[DATE_LEN], to[DATE_LEN], asof[DATE_LEN];
	size_t			 n, i;
	int			 rc, jan1, dec31, today, own = 0;

	*out = NULL;
	if ((rc = core_int_year(c, year, NULL, NULL)) != CORE_OK)
		return rc;
	snprintf(from, sizeof(from), "%04d-01-01", year);
	snprintf(to, sizeof(to), "%04d-12-31", year);
	date_parse(from, &jan1);
	date_parse(to, &dec31);
	date_parse(c->today, &today);
	if (today < jan1)
		return core_fail(c, CORE_EINVAL, "year", "%d has not begun "
		    "(today is %s); a report covers a year that has", year,
		    c->today);
	snprintf(asof, sizeof(asof), "%s", today < dec31 ? c->today : to);
	/* The rules in force at the end of the year, if there were any
	 * yet; else today's. */
	if (core_int_constitution_at(c, asof, &yc) == CORE_OK) {
		cons = &yc;
		own = 1;
	}
	c->err[0] = c->field[0] = '\0';
	r = json_pack("{s:i, s:s, s:s, s:s, s:b, s:s, s:s, s:s}", "year",
	    year, "from", from, "to", to, "as_of", asof, "complete",
	    today > dec31, "generated", c->today, "arrangement", c->arr_name,
	    "slug", c->arr_slug);
	/* SC-annual, MS-2-eval, MC-chair, MC-mou, TP-3: what the report
	 * is and who receives it. */
	reps = json_array();
	n = constitution_list(cons, "report.annual", list, 16);
	for (i = 0; i < n && i < 16; i++)
		json_array_append_new(reps, report_entry(list[i]));
	json_object_set_new(r, "reports", reps);
	if ((rc = core_int_group_rows(c, &groups)) != CORE_OK ||
	    (rc = presenter(c, groups, r)) != CORE_OK ||
	    (rc = meetings(c, cons, groups, jan1, dec31, today < dec31 ?
	    today : dec31, r)) != CORE_OK ||
	    (rc = decisions(c, from, to, r)) != CORE_OK ||
	    (rc = elections(c, from, to, r)) != CORE_OK ||
	    (rc = positions(c, r)) != CORE_OK ||
	    (rc = assessment(c, cons, year, r)) != CORE_OK ||
	    (rc = consultations(c, from, to, r)) != CORE_OK ||
	    (rc = report_more(c, year, from, to, r)) != CORE_OK)
		goto out;
	/* MC-mou: the recipient's formal response, once recorded. */
	rc = store_row(c->st, &resp, STMT_REPORT_RESPONSE_GET, "li", c->arr,
	    year);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the response");
		goto out;
	}
	json_object_set_new(r, "response", resp != NULL ? resp : json_null());
	/* The audit log's signed head, for readers to keep. */
	if (core_audit_head(c, &head) != CORE_OK) {
		resp = NULL;
		c->err[0] = c->field[0] = '\0';
	} else {
		resp = json_pack("{s:I, s:s, s:s, s:s, s:s, s:s}", "seq",
		    (json_int_t)head.seq, "at", head.at, "hash", head.hash,
		    "sig", head.sig, "key", head.key, "head", head.line);
		audit_head_free(&head);
	}
	json_object_set_new(r, "audit_head", resp != NULL ? resp :
	    json_null());
	*out = r;
	r = NULL;
out:
	if (own)
		constitution_free(&yc);
	json_decref(groups);
	json_decref(r);
	return rc;
}

int
core_report_years(struct core *c, json_t **out)
{
	json_t	*rows = NULL, *y;
	size_t	 i;
	int	 rc, today, yr;

	*out = NULL;
	rc = store_rows(c->st, &rows, STMT_REPORT_YEARS, "l", c->arr);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the years");
	date_parse(c->today, &today);
	*out = json_array();
	json_array_foreach(rows, i, y) {
		if (parse_year(jstr(y, "year"), &yr) == 0 &&
		    yr <= date_year(today))
			json_array_append_new(*out, json_integer(yr));
	}
	json_decref(rows);
	return CORE_OK;
}

int
core_report_respond(struct core *c, int year, const char *responder,
    const char *text, const char *date)
{
	json_t		*old = NULL, *d;
	const char	*list[16], *who = responder;
	json_t		*e = NULL;
	char		 on[DATE_LEN], first[DATE_LEN];
	size_t		 n, i;
	int		 rc;

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
	if (core_int_blank(who)) {
		who = NULL;
		n = constitution_list(&c->cons, "report.annual", list, 16);
		for (i = 0; i < n && i < 16 && who == NULL; i++)
			if (strcasestr(list[i], "response") != NULL) {
				e = report_entry(list[i]);
				who = jstr(e, "recipient");
			}
		if (who == NULL && n > 0) {
			json_decref(e);
			e = report_entry(list[0]);
			who = jstr(e, "recipient");
		}
		if (who == NULL) {
			json_decref(e);
			return core_fail(c, CORE_EINVAL, "from", "say who "
			    "responded with --from: the constitution's "
			    "report.annual names no recipient");
		}
	}
	if ((rc = core_begin(c)) != CORE_OK) {
		json_decref(e);
		return rc;
	}
	rc = store_row(c->st, &old, STMT_REPORT_RESPONSE_GET, "li", c->arr,
	    year);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the response");
		goto out;
	}
	if (old != NULL) {
		rc = core_fail(c, CORE_EEXIST, "year", "the response of %s to "
		    "the %d report was recorded already (%s)", jstr(old,
		    "responder"), year, jstr(old, "responded_on"));
		goto out;
	}
	rc = store_exec(c->st, STMT_REPORT_RESPONSE_INSERT, "lisssss", c->arr,
	    year, who, text, on, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the response");
		goto out;
	}
	d = json_pack("{s:i, s:s, s:s}", "year", year, "responder", who,
	    "on", on);
	rc = core_audit(c, "report.respond", "report_response",
	    store_last_id(c->st), d);
	json_decref(d);
out:
	json_decref(old);
	json_decref(e);
	return core_end(c, rc);
}
