/*
 * Reminders, computed from the constitution and the facts of today, so
 * that a rule is kept before it is broken.  Each goes once to each
 * address (the outbox's once_key); --dry-run shows them without sending.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/meeting.h"
#include "rules/vote.h"
#include "store/store.h"

struct remind {
	struct core	*c;
	int		 dry;
	json_t		*out;
	int		 rc;
};

/* 1 when the reminder with this once key has gone out already. */
static int
sent_already(struct remind *r, const char *once)
{
	json_t	*row = NULL;
	int	 yes;

	if (once == NULL || store_row(r->c->st, &row, STMT_OUT_ONCE_SENT, "s",
	    once) != STORE_OK)
		return 0;
	yes = row != NULL;
	json_decref(row);
	return yes;
}

static void
note(struct remind *r, const char *kind, const char *to, const char *what)
{
	json_array_append_new(r->out, json_pack("{s:s, s:s, s:s}", "kind",
	    kind, "to", to, "about", what));
}

/* To a person (the chair, a representative). */
static void
to_person(struct remind *r, const char *kind, const char *once,
    const char *email, const char *name, const char *subject,
    const char *text, const char *link)
{
	if (r->rc != CORE_OK || sent_already(r, once))
		return;
	note(r, kind, email != NULL ? email : "(no email on record)",
	    subject);
	if (!r->dry && email != NULL)
		r->rc = core_int_notify_person(r->c, email, name, kind, once,
		    subject, text, link);
}

/* To a group's members (without associates). */
static void
to_group(struct remind *r, int64_t group, const char *group_name,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link)
{
	if (r->rc != CORE_OK || sent_already(r, once))
		return;
	note(r, kind, group_name, subject);
	if (!r->dry)
		r->rc = core_int_notify_group(r->c, group, 1, kind, once,
		    subject, text, link, NULL, NULL);
}

/* The chair of a group: name and email, or NULLs. */
static void
chair_of(struct core *c, int64_t group, char *name, char *email, size_t sz)
{
	json_t	*off = NULL, *f, *p = NULL;
	size_t	 i;

	name[0] = email[0] = '\0';
	if (store_rows(c->st, &off, STMT_OFFICE_CURRENT, "l", group) !=
	    STORE_OK)
		return;
	json_array_foreach(off, i, f)
		if (strcmp(jstr(f, "office"), "chair") == 0 && name[0] == '\0') {
			snprintf(name, sz, "%s", jstr(f, "person"));
			if (store_row(c->st, &p, STMT_PERSON_BY_ID, "l",
			    jint(f, "person_id")) == STORE_OK && p != NULL &&
			    jstr(p, "email") != NULL)
				snprintf(email, sz, "%s", jstr(p, "email"));
			json_decref(p);
			p = NULL;
		}
	json_decref(off);
}

static void
meetings(struct remind *r, int today)
{
	struct core		*c = r->c;
	struct rec_meeting_list	 ms;
	const struct rec_meeting *m;
	char		 name[200], email[300], subject[300], text[600];
	char		 link[64], once[64], due[DATE_LEN];
	size_t		 i;
	int		 day, gk;

	if (core_meeting_list(c, NULL, &ms) != CORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	for (i = 0; i < ms.n; i++) {
		m = &ms.v[i];
		if (m->status == MEETING_CANCELLED)
			continue;
		date_parse(m->day, &day);
		chair_of(c, m->group_id, name, email, sizeof(name));
		snprintf(link, sizeof(link), "/meetings/%lld",
		    (long long)m->id);
		/* SA-10.2: the agenda is due; two days' warning.  No
		 * reminder where the agreement sets no notice. */
		gk = group_kind_parse(m->group_kind);
		if (m->agenda_due != NULL && m->circulated ==
		    NULL && day >= today && rules_agenda_due(&c->cons, day) -
		    2 <= today) {
			date_format(rules_agenda_due(&c->cons, day), due);
			snprintf(once, sizeof(once), "remind:agenda:%lld",
			    (long long)m->id);
			snprintf(subject, sizeof(subject), "Reminder: circulate "
			    "the agenda for %s by %s", m->group_name,
			    due);
			snprintf(text, sizeof(text), "The agenda for the "
			    "meeting on %s goes to members by %s (%s) "
			    "and has not been circulated yet.",
			    m->day, due, rules_id(&c->cons,
			    DUTY_AGENDA_NOTICE, gk));
			to_person(r, "remind-agenda", once, email[0] ? email :
			    NULL, name[0] ? name : NULL, subject, text, link);
		}
		/* SA-10.3: notes due within three days. */
		if (m->notes_due != NULL && m->notes_published == NULL && day <= today &&
		    rules_notes_due(&c->cons, day) - 3 <= today) {
			date_format(rules_notes_due(&c->cons, day), due);
			snprintf(once, sizeof(once), "remind:notes:%lld",
			    (long long)m->id);
			snprintf(subject, sizeof(subject), "Reminder: the notes "
			    "of %s are due by %s", m->group_name, due);
			snprintf(text, sizeof(text), "The notes of the meeting "
			    "on %s go to all members by %s (%s).",
			    m->day, due, rules_id(&c->cons,
			    DUTY_NOTES_DUE, gk));
			to_person(r, "remind-notes", once, email[0] ? email :
			    NULL, name[0] ? name : NULL, subject, text, link);
		}
	}
	rec_meeting_list_free(&ms);
}

static void
elections(struct remind *r, int today)
{
	struct core			*c = r->c;
	struct rec_election_list	 es;
	const struct rec_election	*e;
	char				 subject[300], text[600], link[64];
	char				 once[64];
	size_t				 i;
	int				 close;

	if (core_election_list(c, &viewer_system, &es) != CORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	for (i = 0; i < es.n; i++) {
		e = &es.v[i];
		snprintf(link, sizeof(link), "/elections/%lld",
		    (long long)e->id);
		/* SA-9.3: the nomination window closing within 3 days. */
		if (e->status == ELECTION_NOMINATIONS &&
		    date_parse(e->nominations_close, &close) == 0 &&
		    close >= today && close - 3 <= today) {
			snprintf(once, sizeof(once), "remind:nominations:%lld",
			    (long long)e->id);
			snprintf(subject, sizeof(subject), "Nominations close "
			    "on %s", e->nominations_close);
			snprintf(text, sizeof(text), "Nominations for %s close "
			    "on %s.", e->position ? e->position : e->office,
			    e->nominations_close);
			to_group(r, e->group_id, e->grp, "remind-nominations",
			    once, subject, text, link);
		}
	}
	rec_election_list_free(&es);
}

/* To an organisation's people (and its own address). */
static void
to_org(struct remind *r, int64_t org, const char *org_name,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link)
{
	if (r->rc != CORE_OK || sent_already(r, once))
		return;
	note(r, kind, org_name, subject);
	if (!r->dry)
		r->rc = core_int_notify_org_once(r->c, org, kind, once,
		    subject, text, link);
}

/*
 * SA-8.4, SA-E2: a poll or ballot closing within two days, to each
 * organisation that may vote and has not.
 */
static void
ballots(struct remind *r)
{
	struct core	*c = r->c;
	json_t		*gs = NULL, *g, *ms = NULL, *m, *rows = NULL, *b;
	struct attendee	 a;
	char		 soon[32], subject[300], text[700], link[64], once[80];
	size_t		 i, j, k, q;
	static const enum stmt qs[] = { STMT_OPEN_POLLS, STMT_OPEN_ELECTIONS };

	core_int_later(c->now, 48 * 60, soon);
	if (core_int_group_rows(c, &gs) != CORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	json_array_foreach(gs, i, g) {
		if (store_rows(c->st, &ms, STMT_MEMB_LIST_GROUP, "l",
		    jint(g, "id")) != STORE_OK)
			continue;
		json_array_foreach(ms, j, m) {
			memset(&a, 0, sizeof(a));
			a.org = jint(m, "organisation_id");
			a.kind = memb_kind_parse(jstr(m, "kind"));
			a.status = memb_status_parse(jstr(m, "status"));
			a.vcse = strcmp(jstr(m, "sector"), "vcse") == 0;
			a.excluded = (int)jint(m, "excluded");
			a.attend = AT_PRESENT;
			if (rules_may_cast(&c->cons, &a, 0) != ELIG_OK)
				continue;
			for (q = 0; q < 2; q++) {
				if (store_rows(c->st, &rows, qs[q], "lls",
				    jint(g, "id"), a.org, c->now) != STORE_OK)
					continue;
				json_array_foreach(rows, k, b) {
					const char *cl = jstr(b, q == 0 ?
					    "closes" : "voting_closes");

					if (jint(b, "voted") || cl == NULL ||
					    strncmp(cl, soon, 16) > 0)
						continue;
					snprintf(once, sizeof(once),
					    "remind:%s:%lld:%lld", q == 0 ?
					    "poll" : "ballot", (long long)jint(b,
					    "id"), (long long)a.org);
					snprintf(link, sizeof(link), "/%s/%lld",
					    q == 0 ? "polls" : "elections",
					    (long long)jint(b, "id"));
					snprintf(subject, sizeof(subject), "Your "
					    "organisation has not voted: %s "
					    "closes %s", q == 0 ? "the poll" :
					    "the ballot", cl);
					snprintf(text, sizeof(text), "%s has not "
					    "yet voted in %s \"%s\" of %s, which "
					    "closes at %s. One vote counts for "
					    "the organisation.", jstr(m,
					    "organisation"), q == 0 ? "the poll" :
					    "the election of", q == 0 ? jstr(b,
					    "text") : jstr(b, "office"), jstr(g,
					    "name"), cl);
					to_org(r, a.org, jstr(m, "organisation"),
					    q == 0 ? "remind-poll" :
					    "remind-ballot", once, subject, text,
					    link);
				}
				json_decref(rows);
				rows = NULL;
			}
		}
		json_decref(ms);
		ms = NULL;
	}
	json_decref(gs);
}

/* SA-14.1: a notice period ending within two weeks, to the
 * organisation, in writing. */
static void
notices(struct remind *r, int today)
{
	struct core	*c = r->c;
	struct rec_membership_list	 ms = { NULL, 0 };
	const struct rec_membership	*m;
	char				 subject[300], text[700], once[64];
	char				 soon[DATE_LEN];
	size_t				 i;

	date_format(today + 14, soon);
	if (core_register_members(c, &viewer_system, &ms) != CORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	for (i = 0; i < ms.n; i++) {
		m = &ms.v[i];
		if (m->status != MS_UNDER_NOTICE || m->status_until == NULL ||
		    strcmp(m->status_until, c->today) < 0 ||
		    strcmp(m->status_until, soon) > 0)
			continue;
		snprintf(once, sizeof(once), "remind:notice:%lld:%s",
		    (long long)m->id, m->status_until);
		snprintf(subject, sizeof(subject), "Your notice to leave %s "
		    "ends on %s", m->group_name, m->status_until);
		snprintf(text, sizeof(text), "The notice %s gave to leave %s "
		    "ends on %s (SA-14.1). Its membership ends that day. If "
		    "the organisation wishes to stay, tell the chair before "
		    "then.", m->organisation, m->group_name, m->status_until);
		to_org(r, m->org_id, m->organisation, "remind-notice", once,
		    subject, text, "/me");
	}
	rec_membership_list_free(&ms);
}

/*
 * MS-5: a self-assessment due within two weeks and not submitted, and
 * once more when it is overdue; SC-consult: the outcome of a closed
 * consultation not yet fed back.  To the public body, in writing.
 */
static void
accountability(struct remind *r, int today)
{
	struct core	*c = r->c;
	json_t		*cycles = NULL, *cy, *full, *s, *ks = NULL, *k;
	const char	*rule;
	char		 subject[300], text[700], once[80], link[64];
	size_t		 i, j;
	int		 due, closes;

	if (core_assess_list(c, &cycles) != CORE_OK)
		return;
	json_array_foreach(cycles, i, cy) {
		full = NULL;
		date_parse(jstr(cy, "due"), &due);
		if (today < due - 14 ||
		    core_assess_get(c, (int)jint(cy, "year"), &full) != CORE_OK)
			continue;
		snprintf(link, sizeof(link), "/assessment/%lld",
		    (long long)jint(cy, "year"));
		json_array_foreach(json_object_get(full, "assessments"), j, s) {
			if (jstr(s, "submitted") != NULL)
				continue;
			snprintf(once, sizeof(once), "remind:assessment:%lld:"
			    "%lld:%s", (long long)jint(cy, "id"),
			    (long long)jint(s, "organisation_id"), today > due ?
			    "overdue" : "due");
			snprintf(subject, sizeof(subject), "%s: your %lld "
			    "self-assessment %s %s", jstr(s, "organisation"),
			    (long long)jint(cy, "year"), today > due ?
			    "was due by" : "is due by", jstr(cy, "due"));
			snprintf(text, sizeof(text), "%lld of the commitments "
			    "are rated so far. Rate each one with its evidence "
			    "and submit (MS-2-eval, MS-5).", (long long)jint(s,
			    "rated"));
			to_org(r, jint(s, "organisation_id"), jstr(s,
			    "organisation"), today > due ? "assessment-overdue" :
			    "remind-assessment", once, subject, text, link);
		}
		json_decref(full);
	}
	json_decref(cycles);
	/* Only where the arrangement's agreement asks for it. */
	if ((rule = rules_id(&c->cons, DUTY_CONSULTATION, -1)) == NULL ||
	    core_consult_list(c, &ks) != CORE_OK)
		return;
	json_array_foreach(ks, i, k) {
		date_parse(jstr(k, "closes"), &closes);
		if (!jint(k, "significant") || jstr(k, "feedback_on") != NULL ||
		    today <= closes)
			continue;
		snprintf(once, sizeof(once), "remind:consult:%lld",
		    (long long)jint(k, "id"));
		snprintf(subject, sizeof(subject), "Feedback due: %s",
		    jstr(k, "title"));
		snprintf(text, sizeof(text), "The consultation \"%s\" closed "
		    "on %s. The agreement asks that its outcome is fed back "
		    "to the sector (%s).", jstr(k, "title"), jstr(k, "closes"),
		    rule);
		to_org(r, jint(k, "organisation_id"), jstr(k, "organisation"),
		    "remind-consultation", once, subject, text, NULL);
	}
	json_decref(ks);
}

/*
 * SC-plan: an action of the implementation plan due within two weeks,
 * and once more when it is overdue, to the partner delivering it.
 */
static void
plan(struct remind *r, int today)
{
	json_t		*ps = NULL, *p;
	const char	*rule = rules_id(&r->c->cons, DUTY_PLAN, -1);
	char		 subject[400], text[1400], once[80];
	size_t		 i;
	int		 due, late;

	if (core_plan_list(r->c, NULL, &ps) != CORE_OK)
		return;
	json_array_foreach(ps, i, p) {
		date_parse(jstr(p, "due"), &due);
		if (jstr(p, "done_on") != NULL || today < due - 14)
			continue;
		late = today > due;
		snprintf(once, sizeof(once), "remind:plan:%lld:%s",
		    (long long)jint(p, "id"), late ? "overdue" : "due");
		snprintf(subject, sizeof(subject), "Implementation plan: an "
		    "action %s %s", late ? "was due by" : "is due by",
		    jstr(p, "due"));
		snprintf(text, sizeof(text), "\"%s\" (owner %s) %s %s. Record "
		    "its progress, or that it is done, with the secretariat"
		    "%s%s%s.", jstr(p, "action"), jstr(p, "owner"), late ?
		    "was due by" : "is due by", jstr(p, "due"), rule != NULL ?
		    " (" : "", rule != NULL ? rule : "", rule != NULL ? ")" :
		    "");
		to_org(r, jint(p, "organisation_id"), jstr(p, "organisation"),
		    "remind-plan", once, subject, text, "/partners");
	}
	json_decref(ps);
}

/*
 * SC-resolve-2: a dispute due within a week and still open, to each
 * officer, once.  No organisation is named: the link shows the case.
 */
static void
disputes(struct remind *r, int today)
{
	struct core	*c = r->c;
	struct rec_user_list	 us = { 0 };
	const struct rec_user	*u;
	json_t		*ks = NULL, *k;
	char		 subject[300], text[600], once[320], link[64];
	size_t		 i, j;
	int		 due;

	if (core_dispute_list(c, &ks) != CORE_OK ||
	    core_user_list(c, &us) != CORE_OK) {
		json_decref(ks);
		return;
	}
	json_array_foreach(ks, i, k) {
		if (jstr(k, "resolved") != NULL || jstr(k, "due") == NULL)
			continue;
		date_parse(jstr(k, "due"), &due);
		if (today < due - 7 || today > due)
			continue;
		snprintf(subject, sizeof(subject), "Case %lld is due to be "
		    "resolved by %s", (long long)jint(k, "id"),
		    jstr(k, "due"));
		snprintf(text, sizeof(text), "Case %lld, at %s, is due to be "
		    "resolved by %s, %d weeks from first contact "
		    "(SC-resolve-2).", (long long)jint(k, "id"),
		    jstr(k, "stage_name"), jstr(k, "due"), constitution_int(
		    &c->cons, "dispute.resolution_weeks"));
		snprintf(link, sizeof(link), "/officer/disputes/%lld",
		    (long long)jint(k, "id"));
		for (j = 0; j < us.n; j++) {
			u = &us.v[j];
			if (!u->officer || u->email == NULL)
				continue;
			snprintf(once, sizeof(once), "remind:dispute:%lld:%s",
			    (long long)jint(k, "id"), u->email);
			to_person(r, "remind-dispute", once, u->email, u->name,
			    subject, text, link);
		}
	}
	json_decref(ks);
	rec_user_list_free(&us);
}

/* SA-7.2: does a group of this kind select its chair at a meeting? */
static int
selects(struct core *c, const json_t *g)
{
	const char	*how;
	int		 kind = group_kind_parse(jstr(g, "kind"));

	how = kind >= 0 ? constitution_kind_text(&c->cons, "chair.selection",
	    kind) : NULL;
	return how != NULL && strcmp(how, "first-meeting") == 0;
}

/* Terms ending within three months (SA-7.1, SA-9.1). */
static void
terms(struct remind *r, int today)
{
	struct core	*c = r->c;
	json_t		*gs = NULL, *g, *off = NULL, *f, *p = NULL;
	char		 subject[300], text[600], once[64], soon[DATE_LEN];
	char		 todays[DATE_LEN];
	const char	*rule;
	size_t		 i, j;

	date_format(today, todays);
	date_format(date_add_months(today, 3), soon);
	if (core_int_group_rows(c, &gs) != CORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	json_array_foreach(gs, i, g) {
		if (store_rows(c->st, &off, STMT_OFFICE_CURRENT, "l",
		    jint(g, "id")) != STORE_OK)
			continue;
		json_array_foreach(off, j, f) {
			if (jstr(f, "term_end") == NULL ||
			    strcmp(jstr(f, "term_end"), todays) < 0 ||
			    strcmp(jstr(f, "term_end"), soon) > 0)
				continue;
			snprintf(once, sizeof(once), "remind:term:%lld:%s",
			    (long long)jint(f, "id"), jstr(f, "term_end"));
			snprintf(subject, sizeof(subject), "Your term as %s of "
			    "%s ends on %s", jstr(f, "office"), jstr(g, "name"),
			    jstr(f, "term_end"));
			/* The group's own rule: SA-7.1 elects, SA-7.2
			 * selects; none where its agreement sets no term. */
			rule = rules_id(&c->cons, DUTY_CHAIR,
			    group_kind_parse(jstr(g, "kind")));
			snprintf(text, sizeof(text), "Your term as %s ends on "
			    "%s%s%s%s. %s is needed before then; you may stand "
			    "again.", jstr(f, "office"), jstr(f, "term_end"),
			    rule != NULL ? " (" : "", rule != NULL ? rule : "",
			    rule != NULL ? ")" : "", selects(c, g) ?
			    "A new selection" : "An election");
			if (store_row(c->st, &p, STMT_PERSON_BY_ID, "l",
			    jint(f, "person_id")) == STORE_OK && p != NULL)
				to_person(r, "remind-term", once,
				    jstr(p, "email"), jstr(p, "name"), subject,
				    text, NULL);
			json_decref(p);
			p = NULL;
		}
		json_decref(off);
		off = NULL;
	}
	json_decref(gs);
}

int
core_remind(struct core *c, int dry_run, json_t **out)
{
	struct remind	r;
	int		today, rc;

	*out = NULL;
	memset(&r, 0, sizeof(r));
	r.c = c;
	r.dry = dry_run;
	r.out = json_array();
	r.rc = CORE_OK;
	date_parse(c->today, &today);
	if (!dry_run && (rc = core_begin(c)) != CORE_OK) {
		json_decref(r.out);
		return rc;
	}
	meetings(&r, today);
	elections(&r, today);
	terms(&r, today);
	ballots(&r);
	notices(&r, today);
	accountability(&r, today);
	plan(&r, today);
	disputes(&r, today);
	if (!dry_run && (rc = core_end(c, r.rc)) != CORE_OK) {
		json_decref(r.out);
		return rc;
	}
	if (r.rc != CORE_OK) {
		json_decref(r.out);
		return r.rc;
	}
	*out = r.out;
	return CORE_OK;
}
