/*
 * dispute: disputes between partners and breaches of the agreement.
 * The Compact's three stages (SC-resolve-1: informal discussion;
 * SC-resolve-2: a written statement of four parts, a cross-sector panel
 * from the working group with no links to either organisation, due six
 * weeks from first contact; SC-resolve-3: further mediation, and a
 * complaint against a local authority signposted to the Local
 * Government Ombudsman); the Alliance's dialogue, then an independent
 * third party by mutual agreement (SA-12); a breach resolved by the
 * chair in writing (SA-13.1).  Every step is kept in writing in the
 * case's log.  Figures for the annual review carry no names
 * (SC-monitor).
 *
 * This file holds the cases and their stages; the panel of stage two
 * is drawn in dispute_panel.c.
 *
 * SA-12: a dispute never blocks suspension (SA-13.2) or termination
 * (SA-14): nothing in member status changes looks at open cases.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "core_dispute.h"
#include "rules/dispute.h"
#include "store/rec_partners.h"
#include "store/store.h"

#define OMBUDSMAN "the Local Government Ombudsman"

static const char *const stage_names[2][4] = {
	{ "", "dialogue", "independent third party", "" },
	{ "", "stage one (informal)", "stage two (formal)",
	  "stage three (additional)" },
};

/* The stage's name under the procedure. */
static const char *
stage_name(enum dispute_proc p, int stage)
{
	if (stage < 1 || stage > 3)
		return "";
	return stage_names[p == DISPUTE_THREE_STAGE][stage];
}

int
get_case(struct core *c, int64_t id, struct rec_dispute *out)
{
	int found, rc = store_dispute_get(c->st, c->arr, id, out, &found);

	return core_int_found(c, rc, found, "reading the case", "case", "no "
	    "case %lld; 'alliance dispute list' shows them", (long long)id);
}

int
is_breach(const struct rec_dispute *d)
{
	return d->kind != NULL && strcmp(d->kind, "breach") == 0;
}

/* The case's log: each step in writing, with who and when (SA-13.1). */
int
log_step(struct core *c, int64_t id, const char *day, const char *step,
    const char *detail)
{
	int rc = store_exec(c->st, STMT_DISPUTE_EVENT_INSERT, "lsssss", id,
	    day, step, detail, c->actor, c->now);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "writing the case log");
}

int
not_closed(struct core *c, const struct rec_dispute *d)
{
	if (d->resolved == NULL)
		return CORE_OK;
	return core_fail(c, CORE_EINVAL, "case", "case %lld was resolved on "
	    "%s; a resolved case does not change", (long long)d->id,
	    d->resolved);
}

/* The statement's parts as the rules take them. */
static void
parts_of(const struct rec_dispute *d, const char *parts[PART__MAX])
{
	parts[PART_PROBLEM] = d->problem;
	parts[PART_HANDLED] = d->handled;
	parts[PART_UNRESOLVED] = d->unresolved;
	parts[PART_OUTCOME] = d->outcome_sought;
}

/* "why it is not resolved; what a good outcome would be" */
static void
missing_text(unsigned m, char *buf, size_t sz, int *first)
{
	int i;

	buf[0] = '\0';
	*first = -1;
	for (i = 0; i < PART__MAX; i++)
		if (m & (1u << i)) {
			if (*first < 0)
				*first = i;
			snprintf(buf + strlen(buf), sz - strlen(buf), "%s%s",
			    buf[0] ? "; " : "", rules_statement_label(i));
		}
}

int
core_dispute_open(struct core *c, const struct dispute_in *in, int64_t *id)
{
	enum dispute_proc	 p = rules_dispute_procedure(&c->cons);
	struct rec_org		 a = { 0 }, b = { 0 };
	char			 on[DATE_LEN], due[DATE_LEN], text[9000];
	int			 rc, breach, day, today;

	*id = 0;
	if (in->kind == NULL || (strcmp(in->kind, "dispute") != 0 &&
	    strcmp(in->kind, "breach") != 0))
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected dispute or breach", in->kind != NULL ?
		    in->kind : "");
	breach = strcmp(in->kind, "breach") == 0;
	if ((rc = core_int_text(c, "subject", in->subject, 1, 300)) ||
	    (rc = core_int_body(c, "detail", in->detail, 0, 8000)) ||
	    (rc = core_int_date(c, "first-contact", in->first_contact, on)))
		return rc;
	date_parse(on, &day);
	date_parse(c->today, &today);
	if (day > today)
		return core_fail(c, CORE_EINVAL, "first-contact", "first "
		    "contact on %s is after today (%s); expected the day the "
		    "organisation first raised it", on, c->today);
	if (!breach && p == DISPUTE_NONE)
		return core_fail(c, CORE_EINVAL, "kind", "this arrangement's "
		    "constitution has no dispute procedure (dispute.procedure "
		    "= none)");
	if (!breach && text_blank(in->against))
		return core_fail(c, CORE_EINVAL, "against", "a dispute is "
		    "between two organisations; name the other with "
		    "--against");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, in->organisation, &a)) != CORE_OK)
		goto out;
	if (!text_blank(in->against) &&
	    (rc = core_int_find_org(c, in->against, &b)) != CORE_OK) {
		snprintf(c->field, sizeof(c->field), "against");
		goto out;
	}
	if (b.id != 0 && a.id == b.id) {
		rc = core_fail(c, CORE_EINVAL, "against", "%s cannot be in "
		    "dispute with itself; name the other organisation",
		    a.name);
		goto out;
	}
	due[0] = '\0';
	if (!breach && rules_dispute_due(&c->cons, day) >= 0)
		date_format(rules_dispute_due(&c->cons, day), due);
	rc = store_exec(c->st, STMT_DISPUTE_INSERT, "lslnssss" "s", c->arr,
	    in->kind, a.id, b.id,
	    in->subject, on, due[0] ? due : NULL, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "opening the case");
		goto out;
	}
	*id = store_last_id(c->st);
	if (breach)
		snprintf(text, sizeof(text), "Breach by %s reported to the "
		    "chair (SA-13.1): %s%s%s", a.name, in->subject,
		    text_blank(in->detail) ? "" : ". ", text_blank(
		    in->detail) ? "" : in->detail);
	else
		snprintf(text, sizeof(text), "%s and %s: %s (%s)%s%s%s%s",
		    a.name, b.name, p == DISPUTE_THREE_STAGE ?
		    "stage one, informal discussion between the organisations" :
		    "dialogue between the organisations, possibly with a "
		    "senior person of each", p == DISPUTE_THREE_STAGE ?
		    "SC-resolve-1" : "SA-12", due[0] ? "; resolution due by " :
		    "", due, text_blank(in->detail) ? "" : ". ",
		    text_blank(in->detail) ? "" : in->detail);
	if ((rc = log_step(c, *id, on, "open", text)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "dispute.open", "dispute_case", *id,
	    "{s:s, s:s, s:s?, s:s, s:s?}", "kind", in->kind, "organisation",
	    a.name, "against", b.id != 0 ? b.name : NULL, "first_contact", on,
	    "due", due[0] ? due : NULL);
out:
	rec_org_clear(&a);
	rec_org_clear(&b);
	rc = core_end(c, rc);
	if (rc != CORE_OK)
		*id = 0;
	return rc;
}

int
core_dispute_statement(struct core *c, int64_t id,
    const struct statement_in *in)
{
	const char		*given[PART__MAX], *parts[PART__MAX];
	struct rec_dispute	 d, n;
	char			 text[34000], miss[300];
	int			 rc, i, first;

	memset(&d, 0, sizeof(d));
	memset(&n, 0, sizeof(n));
	given[PART_PROBLEM] = in->problem;
	given[PART_HANDLED] = in->handled;
	given[PART_UNRESOLVED] = in->unresolved;
	given[PART_OUTCOME] = in->outcome;
	for (i = 0; i < PART__MAX; i++) {
		if ((rc = core_int_body(c, rules_statement_field(i), given[i],
		    0, 8000)) != CORE_OK)
			return rc;
		if (text_blank(given[i]))
			given[i] = NULL;
	}
	if (rules_statement_missing(given) == (1u << PART__MAX) - 1)
		return core_fail(c, CORE_EINVAL, "problem", "the statement is "
		    "empty; give at least one part: what the problem is, how "
		    "it has been dealt with so far, why it is not resolved, "
		    "what a good outcome would be (SC-resolve-2)");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = not_closed(c, &d)) != CORE_OK)
		goto out;
	if (is_breach(&d)) {
		rc = core_fail(c, CORE_EINVAL, "case", "case %lld is a breach; "
		    "the chair resolves it in writing (SA-13.1) with 'alliance "
		    "dispute resolve'", (long long)id);
		goto out;
	}
	rc = store_exec(c->st, STMT_DISPUTE_STATEMENT, "ssssl",
	    given[PART_PROBLEM], given[PART_HANDLED], given[PART_UNRESOLVED],
	    given[PART_OUTCOME], id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "saving the statement");
		goto out;
	}
	text[0] = '\0';
	for (i = 0; i < PART__MAX; i++)
		if (given[i] != NULL)
			snprintf(text + strlen(text), sizeof(text) -
			    strlen(text), "%s%s: %s", text[0] ? "; " : "",
			    rules_statement_label(i), given[i]);
	if ((rc = log_step(c, id, c->today, "statement", text)) != CORE_OK)
		goto out;
	if ((rc = get_case(c, id, &n)) != CORE_OK)
		goto out;
	parts_of(&n, parts);
	missing_text(rules_statement_missing(parts), miss, sizeof(miss),
	    &first);
	rc = core_auditf(c, "dispute.statement", "dispute_case", id,
	    "{s:b, s:s}", "complete", first < 0, "missing", miss);
out:
	rec_dispute_clear(&d);
	rec_dispute_clear(&n);
	return core_end(c, rc);
}

/* Why the step to stage to is refused (SA-12, SC-resolve-1..3), as
 * rules_dispute_step() answers; CORE_OK when it may be taken. */
static int
stage_refused(struct core *c, enum dispute_proc p,
    const struct rec_dispute *d, int64_t id, int to, unsigned m,
    size_t npanel, int agreed, int named)
{
	char	miss[300];
	int	first;

	switch (rules_dispute_step(p, is_breach(d), d->resolved != NULL,
	    (int)d->stage, to, m, (int)npanel, agreed && named)) {
	case STEP_OK:
		return CORE_OK;
	case STEP_BREACH:
		return core_fail(c, CORE_EINVAL, "case", "case %lld is a "
		    "breach, which has no stages: the chair resolves it in "
		    "writing (SA-13.1) with 'alliance dispute resolve'",
		    (long long)id);
	case STEP_NO_PROCEDURE:
		return core_fail(c, CORE_EINVAL, "case", "this arrangement's "
		    "constitution has no dispute procedure "
		    "(dispute.procedure = none)");
	case STEP_CLOSED:
		return not_closed(c, d);
	case STEP_NO_SUCH_STAGE:
		return core_fail(c, CORE_EINVAL, "to", "the %s procedure has "
		    "%d stages; stage %d is not one of them", p ==
		    DISPUTE_THREE_STAGE ? "three-stage" : "dialogue",
		    rules_dispute_stages(p), to);
	case STEP_NOT_NEXT:
		return core_fail(c, CORE_EINVAL, "to", "case %lld is at stage "
		    "%lld; stages go one at a time, so expected stage %lld",
		    (long long)id, (long long)d->stage,
		    (long long)d->stage + 1);
	case STEP_STATEMENT:
		missing_text(m, miss, sizeof(miss), &first);
		return core_fail(c, CORE_EINVAL, rules_statement_field(first),
		    "stage two needs the written statement in four parts "
		    "(SC-resolve-2); missing: %s", miss);
	case STEP_NO_PANEL:
		return core_fail(c, CORE_EINVAL, "to", "at stage three the "
		    "panel supports further mediation (SC-resolve-3); draw "
		    "the panel first");
	case STEP_NOT_AGREED:
		return core_fail(c, CORE_EINVAL, named ? "agreed" :
		    "third-party", "the independent third party is chosen by "
		    "mutual agreement (SA-12): %s", named ? "confirm that both "
		    "organisations agree" : "name them, and confirm that both "
		    "organisations agree");
	}
	return CORE_OK;
}

/* The log's line for the step to stage to, with the chair's note. */
static void
stage_text(enum dispute_proc p, const struct rec_dispute *d, int to,
    const char *third_party, const char *party, const char *note,
    char *text, size_t sz)
{
	if (p == DISPUTE_THREE_STAGE && to == 2)
		snprintf(text, sz, "Stage two (SC-resolve-2): the written "
		    "statement is logged and a panel is drawn from the "
		    "working group%s%s", d->due != NULL ? "; resolution due "
		    "by " : "", d->due != NULL ? d->due : "");
	else if (p == DISPUTE_THREE_STAGE)
		snprintf(text, sz, "Stage three (SC-resolve-3): the panel "
		    "supports both organisations in seeking further "
		    "mediation%s%s%s", party != NULL ? "; the complaint against "
		    : "", party != NULL ? party : "", party != NULL ? ", a local "
		    "authority, is signposted to " OMBUDSMAN : "");
	else
		snprintf(text, sz, "Independent third party (SA-12): %s, by "
		    "mutual agreement of both organisations", third_party);
	if (!text_blank(note))
		snprintf(text + strlen(text), sz - strlen(text), ". %s", note);
}

/* What the chair should know after the step: a local authority
 * signposted, a panel not cross-sector, the resolution's due date. */
static int
stage_flags(enum dispute_proc p, const struct rec_dispute *d,
    const struct rec_panellist_list *panel, int to, const char *party,
    struct check_flag_list *flags)
{
	const char	*sec[64];
	size_t		 i;
	int		 n = 0, bad = 0;

	if (party != NULL)
		bad |= check_flag_add(flags, CHECK_ABOUT_MEMBER,
		    "SC-resolve-3", NULL, "signposted to " OMBUDSMAN ": %s "
		    "is a local authority", party);
	if (p == DISPUTE_THREE_STAGE && to == 3) {
		for (i = 0; i < panel->n && n < 64; i++)
			sec[n++] = panel->v[i].sector;
		if (!rules_panel_cross_sector(sec, n))
			bad |= check_flag_add(flags, CHECK_ABOUT_MEMBER,
			    "SC-resolve-2", NULL, "the panel is not "
			    "cross-sector: every panellist is from the %s "
			    "sector", n > 0 && sec[0] != NULL ? sec[0] : "");
	}
	if (p == DISPUTE_THREE_STAGE && to == 2 && d->due != NULL)
		bad |= check_flag_add(flags, CHECK_ABOUT_MEMBER,
		    "SC-resolve-2", NULL, "draw the panel from the working "
		    "group; resolution is due by %s", d->due);
	return bad;
}

int
core_dispute_stage(struct core *c, int64_t id, int to,
    const char *third_party, int agreed, const char *note,
    struct check_flag_list *flags)
{
	enum dispute_proc	 p = rules_dispute_procedure(&c->cons);
	const char		*parts[PART__MAX], *party = NULL;
	struct rec_dispute	 d;
	struct rec_panellist_list panel = { NULL, 0 };
	char			 text[9000];
	int			 rc, named;

	memset(flags, 0, sizeof(*flags));
	memset(&d, 0, sizeof(d));
	named = !text_blank(third_party);
	if ((rc = core_int_text(c, "third-party", third_party, 0, 300)) ||
	    (rc = core_int_body(c, "note", note, 0, 8000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK)
		goto out;
	parts_of(&d, parts);
	rc = store_dispute_panel(c->st, id, &panel);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the panel");
		goto out;
	}
	if ((rc = stage_refused(c, p, &d, id, to, rules_statement_missing(
	    parts), panel.n, agreed, named)) != CORE_OK)
		goto out;
	if (p == DISPUTE_THREE_STAGE && to == 3 && rules_dispute_ombudsman(p,
	    d.legal_form_a, d.legal_form_b))
		party = strcasecmp(d.legal_form_a != NULL ? d.legal_form_a :
		    "", "local authority") == 0 ? d.org_a : d.org_b;
	rc = store_exec(c->st, STMT_DISPUTE_STAGE, "isssl", to,
	    p == DISPUTE_THREE_STAGE && to == 2 ? c->today : NULL,
	    p == DISPUTE_DIALOGUE && to == 2 ? third_party : NULL,
	    party != NULL ? OMBUDSMAN : NULL, id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "moving the case on");
		goto out;
	}
	stage_text(p, &d, to, third_party, party, note, text, sizeof(text));
	if ((rc = log_step(c, id, c->today, stage_name(p, to), text)) !=
	    CORE_OK)
		goto out;
	if (stage_flags(p, &d, &panel, to, party, flags) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = core_auditf(c, "dispute.stage", "dispute_case", id,
	    "{s:i, s:s, s:s?, s:s?}", "stage", to, "name", stage_name(p, to),
	    "third_party", named ? third_party : NULL, "signposted",
	    party != NULL ? OMBUDSMAN : NULL);
out:
	rec_dispute_clear(&d);
	rec_panellist_list_free(&panel);
	return core_int_end_flags(c, rc, flags);
}

int
core_dispute_record(struct core *c, int64_t id, const char *text)
{
	struct rec_dispute	d;
	int			rc;

	memset(&d, 0, sizeof(d));
	if ((rc = core_int_body(c, "text", text, 1, 8000)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = not_closed(c, &d)) != CORE_OK ||
	    (rc = log_step(c, id, c->today, "note", text)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "dispute.record", "dispute_case", id, "{s:s}",
	    "step", "note");
out:
	rec_dispute_clear(&d);
	return core_end(c, rc);
}

int
core_dispute_resolve(struct core *c, int64_t id, const char *outcome,
    const char *date, struct check_flag_list *flags)
{
	struct rec_dispute	d;
	char			on[DATE_LEN], subject[400], text[9000];
	int			rc, day, today, first, due = -1;

	memset(flags, 0, sizeof(*flags));
	memset(&d, 0, sizeof(d));
	if ((rc = core_int_body(c, "outcome", outcome, 1, 8000)) ||
	    (rc = core_int_date(c, "date", date, on)))
		return rc;
	date_parse(on, &day);
	date_parse(c->today, &today);
	if (day > today)
		return core_fail(c, CORE_EINVAL, "date", "the date %s is after "
		    "today (%s); a case is resolved on or before today", on,
		    c->today);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK)
		goto out;
	if (d.resolved != NULL) {
		rc = core_fail(c, CORE_EEXIST, "case", "case %lld was resolved "
		    "on %s already", (long long)id, d.resolved);
		goto out;
	}
	date_parse(d.first_contact, &first);
	if (day < first) {
		rc = core_fail(c, CORE_EINVAL, "date", "the date %s is before "
		    "first contact (%s)", on, d.first_contact);
		goto out;
	}
	rc = store_exec(c->st, STMT_DISPUTE_RESOLVE, "sssl", on, outcome,
	    c->actor, id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "resolving the case");
		goto out;
	}
	snprintf(text, sizeof(text), "%s: %s", is_breach(&d) ? "Resolved by "
	    "the chair in writing (SA-13.1)" : "Resolved", outcome);
	if ((rc = log_step(c, id, on, "resolved", text)) != CORE_OK)
		goto out;
	/* In writing to the organisations concerned. */
	snprintf(subject, sizeof(subject), "%s resolved: %s", is_breach(&d) ?
	    "Breach" : "Dispute", d.subject);
	rc = core_int_notify_org(c, d.org_a_id, is_breach(&d) ? "breach" :
	    "dispute", subject, text, NULL);
	if (rc == CORE_OK && d.org_b_id != 0)
		rc = core_int_notify_org(c, d.org_b_id, "dispute", subject,
		    text, NULL);
	if (rc != CORE_OK)
		goto out;
	if (d.due != NULL)
		date_parse(d.due, &due);
	if (!rules_dispute_in_time(due, day) && check_flag_add(flags,
	    CHECK_ABOUT_MEMBER, "SC-resolve-2", NULL, "resolved %d days "
	    "after the due date (%s)", day - due, d.due) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = core_auditf(c, "dispute.resolve", "dispute_case", id,
	    "{s:s, s:s, s:b}", "kind", d.kind, "on", on, "in_time",
	    rules_dispute_in_time(due, day));
out:
	rec_dispute_clear(&d);
	return core_int_end_flags(c, rc, flags);
}

/* status and overdue, computed for today. */
static void
annotate(struct core *c, struct rec_dispute *d)
{
	enum dispute_proc	p = rules_dispute_procedure(&c->cons);
	int			due = -1, today;

	date_parse(c->today, &today);
	if (d->due != NULL)
		date_parse(d->due, &due);
	d->overdue = rules_dispute_overdue(due, d->resolved != NULL ? 0 : -1,
	    today);
	d->stage_name = is_breach(d) ? "breach (SA-13.1)" : stage_name(p,
	    (int)d->stage);
	d->status = d->resolved != NULL ? "resolved" : d->overdue ?
	    "overdue" : "open";
}

/* The cases are the officers' (SA-12, SA-13.1): they name the
 * organisations in dispute. */
static int
officers_only(struct core *c, const struct viewer *v)
{
	if (viewer_is_officer(v))
		return CORE_OK;
	return core_fail(c, CORE_EPERM, NULL, "disputes and breaches are "
	    "kept by the officers");
}

int
core_dispute_cases(struct core *c, const struct viewer *v,
    struct rec_dispute_list *out)
{
	size_t	i;
	int	rc;

	memset(out, 0, sizeof(*out));
	if ((rc = officers_only(c, v)) != CORE_OK)
		return rc;
	if ((rc = store_dispute_list(c->st, c->arr, out)) != STORE_OK)
		return core_store_fail(c, rc, "listing cases");
	for (i = 0; i < out->n; i++)
		annotate(c, &out->v[i]);
	return CORE_OK;
}

void
dispute_view_free(struct dispute_view *dv)
{
	if (dv == NULL)
		return;
	rec_dispute_clear(&dv->d);
	rec_dispute_event_list_free(&dv->events);
	rec_panellist_list_free(&dv->panel);
}

int
core_dispute_read(struct core *c, const struct viewer *v, int64_t id,
    struct dispute_view *out)
{
	const char	*parts[PART__MAX];
	unsigned	 m;
	int		 rc, i;

	memset(out, 0, sizeof(*out));
	if ((rc = officers_only(c, v)) != CORE_OK ||
	    (rc = get_case(c, id, &out->d)) != CORE_OK)
		return rc;
	annotate(c, &out->d);
	rc = store_dispute_events(c->st, id, &out->events);
	if (rc != STORE_OK) {
		dispute_view_free(out);
		return core_store_fail(c, rc, "reading the case log");
	}
	parts_of(&out->d, parts);
	m = rules_statement_missing(parts);
	for (i = 0; i < PART__MAX; i++)
		if (m & (1u << i))
			out->missing[out->nmissing++] =
			    rules_statement_label(i);
	out->procedure = constitution_text(&c->cons, "dispute.procedure");
	if ((rc = panel_of(c, id, &out->panel, &out->cross_sector)) !=
	    CORE_OK)
		dispute_view_free(out);
	return rc;
}

/* SC-monitor: counts only; no organisation or person is named. */
int
core_dispute_figures(struct core *c, const struct viewer *v, int year,
    struct dispute_stats *out)
{
	struct rec_dispute_figure_list	 rows = { NULL, 0 };
	struct rec_dispute_figure	*r;
	char				 y[8];
	size_t				 i;
	int				 rc, today, due, res;

	(void)v;	/* figures without names are public (SC-monitor) */
	memset(out, 0, sizeof(*out));
	out->year = year;
	snprintf(y, sizeof(y), "%d", year);
	rc = store_dispute_figures(c->st, c->arr, year > 0 ? y : NULL, &rows);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "counting cases");
	date_parse(c->today, &today);
	out->cases = (int)rows.n;
	for (i = 0; i < rows.n; i++) {
		r = &rows.v[i];
		due = res = -1;
		if (r->due != NULL)
			date_parse(r->due, &due);
		if (r->resolved != NULL)
			date_parse(r->resolved, &res);
		if (strcmp(r->kind, "dispute") == 0) {
			out->disputes++;
			if (r->stage >= 1 && r->stage <= 3)
				out->stage_reached[r->stage - 1]++;
		} else
			out->breaches++;
		if (res >= 0) {
			out->resolved++;
			if (rules_dispute_in_time(due, res))
				out->in_time++;
			else
				out->late++;
		} else {
			out->open++;
			if (rules_dispute_overdue(due, res, today))
				out->overdue++;
		}
		if (r->signposted)
			out->signposted++;
	}
	rec_dispute_figure_list_free(&rows);
	return CORE_OK;
}
