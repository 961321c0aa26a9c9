/*
 * represent: what is kept of representatives beyond their appointment:
 * stepping back from a position for a conflict, for a time or for good
 * (SA-D2.8), shown in the register of positions; a term of office that
 * has ended, no longer a holder (SA-9.1); and the induction and
 * training they are invited to, with who came (SA-D3.6).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "store/rec_own.h"
#include "store/rec_registry.h"
#include "store/store.h"

/* A person's current appointment to a position: both found. */
struct held {
	struct rec_position	pos;
	struct rec_person	p;
	int64_t			id;	/* the appointment */
};

static void
held_clear(struct held *h)
{
	rec_position_clear(&h->pos);
	rec_person_clear(&h->p);
}

/* The position and person, and the person's current appointment to
 * it, into *h (the caller clears it). */
static int
held(struct core *c, const char *position, const char *person,
    struct held *h)
{
	int rc;

	memset(h, 0, sizeof(*h));
	if ((rc = core_int_find_position(c, position, "; 'alliance register "
	    "positions' lists them", &h->pos)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_person(c, person, &h->p)) != CORE_OK)
		return rc;
	if ((rc = store_appt_held(c->st, h->pos.id, h->p.id, &h->id)) !=
	    STORE_OK)
		return core_store_fail(c, rc, "reading the appointment");
	if (h->id == 0)
		return core_fail(c, CORE_ENOTFOUND, "person", "%s holds no "
		    "current appointment to %s", h->p.name, h->pos.name);
	return CORE_OK;
}

/* SA-D2.8: declares the conflict and steps back. */
int
core_stepback(struct core *c, const char *position, const char *person,
    const char *conflict, const char *from, const char *until,
    int permanent, int64_t *id)
{
	struct held	a;
	char		day[DATE_LEN], to[DATE_LEN] = "";
	int		rc;

	memset(&a, 0, sizeof(a));
	if ((rc = core_int_text(c, "conflict", conflict, 1, 1000)) ||
	    (rc = core_int_date(c, "date", from, day)) ||
	    (!text_blank(until) &&
	    (rc = core_int_date(c, "until", until, to))))
		return rc;
	if (permanent && to[0] != '\0')
		return core_fail(c, CORE_EINVAL, "until", "a representative "
		    "steps back either until a date or for good; give "
		    "--until or --permanent, not both");
	if (to[0] != '\0' && strcmp(to, day) < 0)
		return core_fail(c, CORE_EINVAL, "until", "until %s is before "
		    "the day they step back (%s); expected a later date", to,
		    day);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = held(c, position, person, &a)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_STEPBACK_INSERT, "lsssiss", a.id,
	    conflict, day, to[0] != '\0' ? to : NULL, permanent != 0,
	    c->actor, c->now);
	/* For good: the appointment ends that day; the seat falls vacant
	 * and the electing group fills it (SA-9.3). */
	if (rc == STORE_OK && permanent)
		rc = store_exec(c->st, STMT_APPT_END_PERSON, "sll", day,
		    a.pos.id, a.p.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the stepping back");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "position.stepback", "appointment", a.id,
	    "{s:s, s:s, s:s, s:s, s:s?, s:b}", "position", a.pos.name,
	    "person", a.p.name, "conflict", conflict, "from", day, "until",
	    to[0] != '\0' ? to : NULL, "permanent", permanent != 0);
out:
	held_clear(&a);
	return core_end(c, rc);
}

int
core_stepback_lift(struct core *c, const char *position, const char *person,
    const char *date)
{
	struct held	a;
	char		day[DATE_LEN];
	int		rc;

	memset(&a, 0, sizeof(a));
	if ((rc = core_int_date(c, "date", date, day)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = held(c, position, person, &a)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_STEPBACK_LIFT, "sl", day, a.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the return");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s has not stepped "
		    "back from %s", a.p.name, a.pos.name);
		goto out;
	}
	rc = core_auditf(c, "position.stepback.lift", "appointment", a.id,
	    "{s:s, s:s, s:s}", "position", a.pos.name, "person", a.p.name,
	    "returned", day);
out:
	held_clear(&a);
	return core_end(c, rc);
}

/* 1 when the stepping back r is in force on c->today. */
static int
in_force(struct core *c, const struct rec_stepback *r)
{
	int from, until = -1, today, lifted;

	if (r->from_day == NULL || date_parse(r->from_day, &from) != 0 ||
	    date_parse(c->today, &today) != 0)
		return 0;
	if (r->until_day != NULL)
		date_parse(r->until_day, &until);
	if (r->lifted != NULL && date_parse(r->lifted, &lifted) == 0 &&
	    lifted <= today)
		return 0;
	return rules_stepped_back(from, until, (int)r->permanent, today);
}

int
core_stepback_list(struct core *c, struct rec_stepback_list *out)
{
	size_t	i;
	int	rc = store_stepback_list(c->st, c->arr, out);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the register");
	for (i = 0; i < out->n; i++)
		out->v[i].in_force = in_force(c, &out->v[i]);
	return CORE_OK;
}

/* SA-9.1: the holder's term of office includes c->today. */
static int
holds(struct core *c, const struct rec_appointment *e)
{
	int start = -1, end = -1, today;

	if (date_parse(c->today, &today) != 0)
		return 1;
	if (e->term_start != NULL)
		date_parse(e->term_start, &start);
	if (e->term_end != NULL)
		date_parse(e->term_end, &end);
	/* A term not yet begun is an appointment to come, not an end. */
	return rules_term_holds(-1, end, today) || start > today;
}

/* SA-D2.8: marks holder e of position slug when a stepping back in sb
 * is in force today. */
static int
mark_stepped(struct core *c, const struct rec_stepback_list *sb,
    const char *slug, struct rec_appointment *e)
{
	const struct rec_stepback	*r;
	const char			*until;
	char				*label;
	size_t				 k;

	for (k = 0; k < sb->n; k++) {
		r = &sb->v[k];
		if (!r->in_force || slug == NULL || e->person == NULL ||
		    r->position == NULL || r->person == NULL ||
		    strcmp(r->position, slug) != 0 ||
		    strcmp(r->person, e->person) != 0)
			continue;
		until = r->until_day;
		if (asprintf(&label, "%s, stepped back for a conflict of "
		    "interest%s%s", e->holder != NULL ? e->holder : "",
		    until != NULL ? " until " : "", until != NULL ? until :
		    "") < 0)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
		free(e->holder);
		e->holder = label;
		free(e->stepped_back_until);
		e->stepped_back_until = NULL;
		if (until != NULL && (e->stepped_back_until = strdup(until))
		    == NULL)
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
		e->stepped_back = 1;
	}
	return CORE_OK;
}

/* Moves the holders of *l whose term has ended to p->expired, with
 * role, and marks those stepped back.  On a fault every entry is still
 * in exactly one of the two lists, so each is freed once. */
static int
sort_holders(struct core *c, const struct rec_stepback_list *sb,
    struct rec_position_entry *p, struct rec_appointment_list *l,
    const char *role)
{
	struct rec_appointment	*e;
	char			*r;
	size_t			 j, keep = 0, n = l->n;
	int			 rc = CORE_OK;

	for (j = 0; j < n && rc == CORE_OK; j++) {
		e = &l->v[j];
		if (holds(c, e)) {
			rc = mark_stepped(c, sb, p->p.slug, e);
			l->v[keep++] = *e;
			continue;
		}
		if ((r = strdup(role)) == NULL) {
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
			l->v[keep++] = *e;
			continue;
		}
		free(e->role);
		e->role = r;
		/* p->expired has room: its array is sized at the start. */
		p->expired.v[p->expired.n++] = *e;
	}
	/* Those not looked at stay where they are, once each. */
	for (; j < n; j++)
		l->v[keep++] = l->v[j];
	l->n = keep;
	return rc;
}

/* SA-9.2: the co-ordination group's decision on p, the latest. */
static int
decided(struct core *c, const struct rec_pos_decision_list *dec,
    struct rec_position_entry *p)
{
	const struct rec_pos_decision	*r;
	size_t				 k;

	for (k = 0; k < dec->n; k++) {
		r = &dec->v[k];
		if (p->p.slug == NULL || r->position == NULL ||
		    strcmp(r->position, p->p.slug) != 0)
			continue;
		free(p->electing_decided);
		if (asprintf(&p->electing_decided, "%s, as the %s decided on "
		    "%s", r->electing_group, r->decided_by, r->decided_on) <
		    0) {
			p->electing_decided = NULL;
			return core_fail(c, CORE_EFAULT, NULL, "out of memory");
		}
	}
	return CORE_OK;
}

/*
 * Called by core_register_positions on its records: a holder whose term
 * of office has ended is listed as expired, not as holding the seat
 * (SA-9.1); a holder stepped back for a conflict is marked so (SA-D2.8).
 */
int
core_int_register_own(struct core *c, struct rec_position_list *positions)
{
	struct rec_position_entry	*p;
	struct rec_stepback_list	 sb = { NULL, 0 };
	struct rec_pos_decision_list	 dec = { NULL, 0 };
	size_t				 i, n;
	int				 rc;

	if ((rc = core_stepback_list(c, &sb)) != CORE_OK)
		return rc;
	if ((rc = core_position_decisions(c, &dec)) != CORE_OK)
		goto out;
	for (i = 0; i < positions->n; i++) {
		p = &positions->v[i];
		if ((rc = decided(c, &dec, p)) != CORE_OK)
			goto out;
		n = p->reps.n + p->deps.n;
		if (n > 0 && (p->expired.v = calloc(n, sizeof(*p->expired.v)))
		    == NULL) {
			rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
			goto out;
		}
		if ((rc = sort_holders(c, &sb, p, &p->reps, "representative"))
		    != CORE_OK || (rc = sort_holders(c, &sb, p, &p->deps,
		    "deputy")) != CORE_OK)
			goto out;
	}
out:
	rec_stepback_list_free(&sb);
	rec_pos_decision_list_free(&dec);
	return rc;
}

/* --- SA-D3.6 induction and training --- */

int
core_training_add(struct core *c, const char *title, const char *kind,
    const char *date, int64_t *id)
{
	char	day[DATE_LEN];
	int	rc;

	if (text_blank(kind))
		kind = "training";
	if (strcmp(kind, "induction") != 0 && strcmp(kind, "training") != 0 &&
	    strcmp(kind, "networking") != 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected induction, training or networking",
		    kind);
	if ((rc = core_int_text(c, "title", title, 1, 300)) ||
	    (rc = core_int_date(c, "date", date, day)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_TRAIN_INSERT, "lssss", c->arr, title,
	    kind, day, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the session");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "training.add", "training", *id, "{s:s, s:s, s:s}",
	    "title", title, "kind", kind, "day", day);
out:
	return core_end(c, rc);
}

/* Begins a change about the session id and the person, both found into
 * *t and *p; on an error nothing is begun and both are cleared. */
static int
session_begin(struct core *c, int64_t id, const char *person,
    struct rec_train_session *t, struct rec_person *p)
{
	int found, rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_train_session_get(c->st, id, c->arr, t, &found);
	if ((rc = core_int_found(c, rc, found, "reading the session",
	    "session", "no induction or training session %lld; 'alliance "
	    "training list' shows them", (long long)id)) != CORE_OK ||
	    (rc = core_int_find_person(c, person, p)) != CORE_OK) {
		rec_train_session_clear(t);
		rec_person_clear(p);
		return core_end(c, rc);
	}
	return CORE_OK;
}

int
core_training_invite(struct core *c, int64_t id, const char *person)
{
	struct rec_train_session	t = { 0 };
	struct rec_person	p = { 0 };
	int			rc;

	if ((rc = session_begin(c, id, person, &t, &p)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_TRAIN_INVITE, "ll", id, p.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the invitation");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EEXIST, "person", "%s is invited to "
		    "\"%s\" already", p.name, t.title);
		goto out;
	}
	rc = core_auditf(c, "training.invite", "training", id, "{s:s, s:s}",
	    "session", t.title, "person", p.name);
out:
	rec_train_session_clear(&t);
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_training_attend(struct core *c, int64_t id, const char *person,
    int attended)
{
	struct rec_train_session	t = { 0 };
	struct rec_person	p = { 0 };
	int			rc;

	if ((rc = session_begin(c, id, person, &t, &p)) != CORE_OK)
		return rc;
	if (t.day != NULL && strcmp(t.day, c->today) > 0) {
		rc = core_fail(c, CORE_EINVAL, "session", "\"%s\" is on %s; "
		    "who came is recorded once it has taken place", t.title,
		    t.day);
		goto out;
	}
	rc = store_exec(c->st, STMT_TRAIN_ATTEND, "ill", attended != 0, id,
	    p.id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording attendance");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s was not invited "
		    "to \"%s\"; invite them first", p.name, t.title);
		goto out;
	}
	rc = core_auditf(c, "training.attend", "training", id,
	    "{s:s, s:s, s:b}", "session", t.title, "person", p.name,
	    "attended", attended != 0);
out:
	rec_train_session_clear(&t);
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_training_list(struct core *c, struct rec_train_session_list *out)
{
	int rc = store_train_session_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the sessions");
}

/* --- SA-9.1, SA-9.2: how a position is filled --- */

int
core_position_reason(struct core *c, const char *position,
    const char *person, const char *reason)
{
	struct held	a;
	int		rc;

	memset(&a, 0, sizeof(a));
	if ((rc = core_int_text(c, "reason", reason, 1, 1000)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = held(c, position, person, &a)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_APPT_REASON_INSERT, "lsss", a.id,
	    reason, c->actor, c->now);
	rc = core_audited(c, rc, "recording the reason", "position.reason",
	    "appointment", a.id, "{s:s, s:s, s:s}", "position", a.pos.name,
	    "person", a.p.name, "reason", reason);
out:
	held_clear(&a);
	return core_end(c, rc);
}

int
core_position_decide(struct core *c, const char *position, const char *group,
    const char *on, const char *note, int64_t *id)
{
	struct rec_position	pos = { 0 };
	struct rec_group	g = { 0 }, co = { 0 };
	char			day[DATE_LEN];
	int			rc, found = 0;

	if ((rc = core_int_date(c, "date", on, day)) ||
	    (rc = core_int_text(c, "note", note, 0, 1000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_position(c, position, "; 'alliance register "
	    "positions' lists them", &pos)) != CORE_OK)
		goto out;
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK)
		goto out;
	/* SA-9.2: the co-ordination group decides. */
	rc = store_group_of_kind(c->st, c->arr, "coordination", &co, &found);
	if (rc != STORE_OK || !found) {
		rc = rc != STORE_OK ? core_store_fail(c, rc, "finding the "
		    "co-ordination group") : core_fail(c, CORE_EINVAL,
		    "position", "this arrangement has no co-ordination group "
		    "to decide which forum elects (SA-9.2)");
		goto out;
	}
	if (pos.method == NULL || strcmp(pos.method, "elected") != 0) {
		rc = core_fail(c, CORE_EINVAL, "position", "%s is appointed "
		    "(%s), not elected; no forum elects it", pos.name,
		    pos.appointed_by != NULL ? pos.appointed_by : "by its "
		    "appointing body");
		goto out;
	}
	rc = store_exec(c->st, STMT_POS_DECISION_INSERT, "lllssss", pos.id,
	    g.id, co.id, day, text_given(note), c->actor,
	    c->now);
	if (rc == STORE_OK)
		*id = store_last_id(c->st);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_POS_SET_ELECTING, "ll", g.id,
		    pos.id);
	rc = core_audited(c, rc, "recording the decision", "position.decide",
	    "position", pos.id, "{s:s, s:s, s:s, s:s}", "position", pos.slug,
	    "electing_group", g.slug, "decided_by", co.slug, "decided_on", day);
out:
	rec_position_clear(&pos);
	rec_group_clear(&g);
	rec_group_clear(&co);
	return core_end(c, rc);
}

int
core_position_decisions(struct core *c, struct rec_pos_decision_list *out)
{
	int rc = store_pos_decision_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the decisions");
}
