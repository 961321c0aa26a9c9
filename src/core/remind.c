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
	struct core		*c;
	int			 dry;
	struct remind_list	 out;
	int			 rc;
};

void
remind_list_free(struct remind_list *l)
{
	size_t i;

	for (i = 0; l->v != NULL && i < l->n; i++) {
		free(l->v[i].kind);
		free(l->v[i].to);
		free(l->v[i].about);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

/* 1 when the reminder with this once key has gone out already. */
static int
sent_already(struct remind *r, const char *once)
{
	int sent;

	if (once == NULL || store_mail_once_sent(r->c->st, once, &sent) !=
	    STORE_OK)
		return 0;
	return sent;
}

static void
note(struct remind *r, const char *kind, const char *to, const char *what)
{
	struct remind_note *n;

	if ((n = store_grow((void **)&r->out.v, &r->out.n, sizeof(*n))) ==
	    NULL || (n->kind = strdup(kind)) == NULL ||
	    (n->to = strdup(to)) == NULL || (n->about = strdup(what)) == NULL)
		r->rc = core_fail(r->c, CORE_EFAULT, NULL, "out of memory");
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

/* The chair of a group: name and email, or "". */
static void
chair_of(struct core *c, int64_t group, char *name, char *email, size_t sz)
{
	struct rec_office_list	 off = { NULL, 0 };
	struct rec_person	 p;
	size_t			 i;
	int			 found;

	name[0] = email[0] = '\0';
	if (store_office_current(c->st, group, &off) != STORE_OK)
		return;
	for (i = 0; i < off.n; i++)
		if (off.v[i].office != NULL && strcmp(off.v[i].office,
		    "chair") == 0 && name[0] == '\0') {
			snprintf(name, sz, "%s", off.v[i].person != NULL ?
			    off.v[i].person : "");
			if (store_person_by_id(c->st, off.v[i].person_id, &p,
			    &found) == STORE_OK && found && p.email != NULL)
				snprintf(email, sz, "%s", p.email);
			rec_person_clear(&p);
		}
	rec_office_list_free(&off);
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

/* One organisation's polls (ballots 0) or ballots in a group closing
 * before soon that it has not voted in. */
static void
ballots_of(struct remind *r, const struct rec_group *g,
    const struct rec_membership *m, int ballots, const char *soon)
{
	struct core			*c = r->c;
	struct rec_open_vote_list	 open;
	const struct rec_open_vote	*b;
	char				 subject[300], text[700], link[64];
	char				 once[80];
	size_t				 k;

	if (store_open_votes(c->st, ballots, g->id, m->org_id, c->now,
	    &open) != STORE_OK)
		return;
	for (k = 0; k < open.n; k++) {
		b = &open.v[k];
		if (b->voted || b->closes == NULL || strncmp(b->closes, soon,
		    16) > 0)
			continue;
		snprintf(once, sizeof(once), "remind:%s:%lld:%lld", !ballots ?
		    "poll" : "ballot", (long long)b->id, (long long)m->org_id);
		snprintf(link, sizeof(link), "/%s/%lld", !ballots ? "polls" :
		    "elections", (long long)b->id);
		snprintf(subject, sizeof(subject), "Your organisation has not "
		    "voted: %s closes %s", !ballots ? "the poll" : "the ballot",
		    b->closes);
		snprintf(text, sizeof(text), "%s has not yet voted in %s \"%s\" "
		    "of %s, which closes at %s. One vote counts for the "
		    "organisation.", m->organisation != NULL ? m->organisation :
		    "(null)", !ballots ? "the poll" : "the election of",
		    b->what != NULL ? b->what : "(null)", g->name != NULL ?
		    g->name : "(null)", b->closes);
		to_org(r, m->org_id, m->organisation != NULL ? m->organisation :
		    "(null)", !ballots ? "remind-poll" : "remind-ballot", once,
		    subject, text, link);
	}
	rec_open_vote_list_free(&open);
}

/*
 * SA-8.4, SA-E2: a poll or ballot closing within two days, to each
 * organisation that may vote and has not.
 */
static void
ballots(struct remind *r)
{
	struct core			*c = r->c;
	struct rec_group_list		 gs = { NULL, 0 };
	struct rec_membership_list	 ms;
	const struct rec_membership	*m;
	struct attendee			 a;
	char				 soon[32];
	size_t				 i, j;

	core_int_later(c->now, 48 * 60, soon);
	if (store_group_list(c->st, c->arr, &gs) != STORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	for (i = 0; i < gs.n; i++) {
		if (store_memb_list_group(c->st, gs.v[i].id, &ms) != STORE_OK)
			continue;
		for (j = 0; j < ms.n; j++) {
			m = &ms.v[j];
			memset(&a, 0, sizeof(a));
			a.org = m->org_id;
			a.kind = m->kind;
			a.status = m->status;
			a.vcse = m->sector == SECTOR_VCSE;
			a.excluded = m->excluded;
			a.attend = AT_PRESENT;
			if (rules_may_cast(&c->cons, &a, 0) != ELIG_OK)
				continue;
			ballots_of(r, &gs.v[i], m, 0, soon);
			ballots_of(r, &gs.v[i], m, 1, soon);
		}
		rec_membership_list_free(&ms);
	}
	rec_group_list_free(&gs);
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
	struct core			*c = r->c;
	struct rec_cycle_list		 cycles = { NULL, 0 };
	const struct rec_cycle		*cy;
	struct assess_year		 full;
	const struct rec_assessment	*s;
	struct rec_consult_list		 ks = { NULL, 0 };
	const struct rec_consult	*k;
	const char			*rule;
	char				 subject[300], text[700], once[80];
	char				 link[64];
	size_t				 i, j;
	int				 due, closes;

	if (core_assess_cycles(c, &viewer_system, &cycles) != CORE_OK)
		return;
	for (i = 0; i < cycles.n; i++) {
		cy = &cycles.v[i];
		date_parse(cy->due, &due);
		if (today < due - 14 || core_assess_year(c, &viewer_system,
		    (int)cy->year, &full) != CORE_OK)
			continue;
		snprintf(link, sizeof(link), "/assessment/%lld",
		    (long long)cy->year);
		for (j = 0; j < full.assessments.n; j++) {
			s = &full.assessments.v[j];
			if (s->submitted != NULL)
				continue;
			snprintf(once, sizeof(once), "remind:assessment:%lld:"
			    "%lld:%s", (long long)cy->id, (long long)s->org_id,
			    today > due ? "overdue" : "due");
			snprintf(subject, sizeof(subject), "%s: your %lld "
			    "self-assessment %s %s", s->organisation,
			    (long long)cy->year, today > due ? "was due by" :
			    "is due by", cy->due);
			snprintf(text, sizeof(text), "%lld of the commitments "
			    "are rated so far. Rate each one with its evidence "
			    "and submit (MS-2-eval, MS-5).", (long long)s->rated);
			to_org(r, s->org_id, s->organisation, today > due ?
			    "assessment-overdue" : "remind-assessment", once,
			    subject, text, link);
		}
		assess_year_free(&full);
	}
	rec_cycle_list_free(&cycles);
	/* Only where the arrangement's agreement asks for it. */
	if ((rule = rules_id(&c->cons, DUTY_CONSULTATION, -1)) == NULL ||
	    core_consults(c, &viewer_system, &ks) != CORE_OK)
		return;
	for (i = 0; i < ks.n; i++) {
		k = &ks.v[i];
		date_parse(k->closes, &closes);
		if (!k->significant || k->feedback_on != NULL ||
		    today <= closes)
			continue;
		snprintf(once, sizeof(once), "remind:consult:%lld",
		    (long long)k->id);
		snprintf(subject, sizeof(subject), "Feedback due: %s",
		    k->title);
		snprintf(text, sizeof(text), "The consultation \"%s\" closed "
		    "on %s. The agreement asks that its outcome is fed back "
		    "to the sector (%s).", k->title, k->closes, rule);
		to_org(r, k->org_id, k->organisation, "remind-consultation",
		    once, subject, text, NULL);
	}
	rec_consult_list_free(&ks);
}

/*
 * SC-plan: an action of the implementation plan due within two weeks,
 * and once more when it is overdue, to the partner delivering it.
 */
static void
plan(struct remind *r, int today)
{
	struct rec_plan_list	 ps = { NULL, 0 };
	const struct rec_plan	*p;
	const char		*rule = rules_id(&r->c->cons, DUTY_PLAN, -1);
	char			 subject[400], text[1400], once[80];
	size_t			 i;
	int			 due, late;

	if (core_plan_read(r->c, &viewer_system, NULL, &ps) != CORE_OK)
		return;
	for (i = 0; i < ps.n; i++) {
		p = &ps.v[i];
		date_parse(p->due, &due);
		if (p->done_on != NULL || today < due - 14)
			continue;
		late = today > due;
		snprintf(once, sizeof(once), "remind:plan:%lld:%s",
		    (long long)p->id, late ? "overdue" : "due");
		snprintf(subject, sizeof(subject), "Implementation plan: an "
		    "action %s %s", late ? "was due by" : "is due by", p->due);
		snprintf(text, sizeof(text), "\"%s\" (owner %s) %s %s. Record "
		    "its progress, or that it is done, with the secretariat"
		    "%s%s%s.", p->action, p->owner, late ? "was due by" :
		    "is due by", p->due, rule != NULL ? " (" : "", rule != NULL ?
		    rule : "", rule != NULL ? ")" : "");
		to_org(r, p->org_id, p->organisation, "remind-plan", once,
		    subject, text, "/partners");
	}
	rec_plan_list_free(&ps);
}

/*
 * SC-resolve-2: a dispute due within a week and still open, to each
 * officer, once.  No organisation is named: the link shows the case.
 */
static void
disputes(struct remind *r, int today)
{
	struct core			*c = r->c;
	struct rec_user_list		 us = { 0 };
	const struct rec_user		*u;
	struct rec_dispute_list		 ks = { NULL, 0 };
	const struct rec_dispute	*k;
	char				 subject[300], text[600], once[320];
	char				 link[64];
	size_t				 i, j;
	int				 due;

	if (core_dispute_cases(c, &viewer_system, &ks) != CORE_OK ||
	    core_user_list(c, &us) != CORE_OK) {
		rec_dispute_list_free(&ks);
		return;
	}
	for (i = 0; i < ks.n; i++) {
		k = &ks.v[i];
		if (k->resolved != NULL || k->due == NULL)
			continue;
		date_parse(k->due, &due);
		if (today < due - 7 || today > due)
			continue;
		snprintf(subject, sizeof(subject), "Case %lld is due to be "
		    "resolved by %s", (long long)k->id, k->due);
		snprintf(text, sizeof(text), "Case %lld, at %s, is due to be "
		    "resolved by %s, %d weeks from first contact "
		    "(SC-resolve-2).", (long long)k->id, k->stage_name,
		    k->due, constitution_int(&c->cons,
		    "dispute.resolution_weeks"));
		snprintf(link, sizeof(link), "/officer/disputes/%lld",
		    (long long)k->id);
		for (j = 0; j < us.n; j++) {
			u = &us.v[j];
			if (!u->officer || u->email == NULL)
				continue;
			snprintf(once, sizeof(once), "remind:dispute:%lld:%s",
			    (long long)k->id, u->email);
			to_person(r, "remind-dispute", once, u->email, u->name,
			    subject, text, link);
		}
	}
	rec_dispute_list_free(&ks);
	rec_user_list_free(&us);
}

/* SA-7.2: does a group of this kind select its chair at a meeting? */
static int
selects(struct core *c, const struct rec_group *g)
{
	const char *how;

	how = (int)g->kind >= 0 ? constitution_kind_text(&c->cons,
	    "chair.selection", g->kind) : NULL;
	return how != NULL && strcmp(how, "first-meeting") == 0;
}

/* One office whose term ends between today and soon. */
static void
term_of(struct remind *r, const struct rec_group *g,
    const struct rec_office *f)
{
	struct core		*c = r->c;
	struct rec_person	 p;
	char			 subject[300], text[600], once[64];
	const char		*rule;
	int			 found;

	snprintf(once, sizeof(once), "remind:term:%lld:%s", (long long)f->id,
	    f->term_end);
	snprintf(subject, sizeof(subject), "Your term as %s of %s ends on %s",
	    f->office, g->name, f->term_end);
	/* The group's own rule: SA-7.1 elects, SA-7.2 selects; none where
	 * its agreement sets no term. */
	rule = rules_id(&c->cons, DUTY_CHAIR, g->kind);
	snprintf(text, sizeof(text), "Your term as %s ends on %s%s%s%s. %s is "
	    "needed before then; you may stand again.", f->office, f->term_end,
	    rule != NULL ? " (" : "", rule != NULL ? rule : "", rule != NULL ?
	    ")" : "", selects(c, g) ? "A new selection" : "An election");
	if (store_person_by_id(c->st, f->person_id, &p, &found) == STORE_OK &&
	    found)
		to_person(r, "remind-term", once, p.email, p.name, subject, text,
		    NULL);
	rec_person_clear(&p);
}

/* Terms ending within three months (SA-7.1, SA-9.1). */
static void
terms(struct remind *r, int today)
{
	struct core		*c = r->c;
	struct rec_group_list	 gs = { NULL, 0 };
	struct rec_office_list	 off;
	const struct rec_office	*f;
	char			 soon[DATE_LEN], todays[DATE_LEN];
	size_t			 i, j;

	date_format(today, todays);
	date_format(date_add_months(today, 3), soon);
	if (store_group_list(c->st, c->arr, &gs) != STORE_OK) {
		r->rc = CORE_EFAULT;
		return;
	}
	for (i = 0; i < gs.n; i++) {
		if (store_office_current(c->st, gs.v[i].id, &off) != STORE_OK)
			continue;
		for (j = 0; j < off.n; j++) {
			f = &off.v[j];
			if (f->term_end == NULL || f->office == NULL ||
			    strcmp(f->term_end, todays) < 0 ||
			    strcmp(f->term_end, soon) > 0)
				continue;
			term_of(r, &gs.v[i], f);
		}
		rec_office_list_free(&off);
	}
	rec_group_list_free(&gs);
}

int
core_remind(struct core *c, int dry_run, struct remind_list *out)
{
	struct remind	r;
	int		today, rc;

	memset(out, 0, sizeof(*out));
	memset(&r, 0, sizeof(r));
	r.c = c;
	r.dry = dry_run;
	r.rc = CORE_OK;
	date_parse(c->today, &today);
	if (!dry_run && (rc = core_begin(c)) != CORE_OK)
		return rc;
	meetings(&r, today);
	elections(&r, today);
	terms(&r, today);
	ballots(&r);
	notices(&r, today);
	accountability(&r, today);
	plan(&r, today);
	disputes(&r, today);
	if (!dry_run && (rc = core_end(c, r.rc)) != CORE_OK) {
		remind_list_free(&r.out);
		return rc;
	}
	if (r.rc != CORE_OK) {
		remind_list_free(&r.out);
		return r.rc;
	}
	*out = r.out;
	return CORE_OK;
}
