/*
 * me: a person's own business, as their home page shows it, with what
 * core decides they see (core_me.h).
 */
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "core_me.h"
#include "rules/vote.h"
#include "store/store.h"
#include "store/store_int.h"
#include "viewer.h"

void
core_me_free(struct core_me *me)
{
	size_t i;

	if (me == NULL)
		return;
	for (i = 0; i < me->memberships.n; i++)
		rec_membership_clear(&me->memberships.v[i].m);
	free(me->memberships.v);
	for (i = 0; i < me->ballots.n; i++) {
		free(me->ballots.v[i].what);
		free(me->ballots.v[i].closes);
	}
	free(me->ballots.v);
	free(me->nominations.v);
	rec_office_held_list_free(&me->offices);
	rec_position_held_list_free(&me->positions);
	rec_election_list_free(&me->elections);
	memset(me, 0, sizeof(*me));
}

/*
 * SA-3.1-assoc, SA-13.2, SA-E2.1: whether each membership votes now
 * (and why not); the memberships are moved from l.
 */
static int
me_memberships(struct core *c, int64_t org, struct rec_membership_list *l,
    struct core_me *me)
{
	struct rec_org			 o;
	struct core_me_membership	*cm;
	struct attendee			 a;
	enum elig			 e;
	size_t				 i;
	int				 found = 0, vcse;

	if (store_org_by_id(c->st, org, &o, &found) != STORE_OK)
		return -1;
	vcse = found && o.sector == SECTOR_VCSE;
	rec_org_clear(&o);
	if (l->n > 0 && (me->memberships.v = calloc(l->n,
	    sizeof(*me->memberships.v))) == NULL)
		return -1;
	for (i = 0; i < l->n; i++) {
		cm = &me->memberships.v[me->memberships.n++];
		cm->m = l->v[i];
		memset(&l->v[i], 0, sizeof(l->v[i]));
		memset(&a, 0, sizeof(a));
		a.org = org;
		a.kind = cm->m.kind;
		a.status = cm->m.status;
		a.vcse = vcse;
		a.excluded = cm->m.excluded;
		a.attend = AT_PRESENT;
		e = rules_may_cast(&c->cons, &a, 0);
		cm->may_vote = e == ELIG_OK;
		cm->why_not = rules_elig_why(e, 0);
	}
	return 0;
}

/* The polls (or elections' ballots) open now in the membership's group,
 * appended to me's ballots. */
static int
me_ballots(struct core *c, int64_t org, const struct core_me_membership *cm,
    enum core_me_kind kind, struct core_me *me)
{
	struct rec_open_vote_list	 l;
	struct core_me_ballot		*b;
	size_t				 i;
	int				 rc = 0;

	if (store_open_votes(c->st, kind == CORE_ME_ELECTION, cm->m.group_id,
	    org, c->now, &l) != STORE_OK)
		return -1;
	for (i = 0; i < l.n && rc == 0; i++) {
		if ((b = store_int_grow((void **)&me->ballots.v,
		    &me->ballots.n, sizeof(*b))) == NULL) {
			rc = -1;
			break;
		}
		b->kind = kind;
		b->id = l.v[i].id;
		b->what = l.v[i].what;
		b->closes = l.v[i].closes;
		b->voted = l.v[i].voted;
		b->group = cm->m.group_name;
		l.v[i].what = l.v[i].closes = NULL;
	}
	rec_open_vote_list_free(&l);
	return rc;
}

/* SA-9.3, SA-E1: elections taking nominations where the organisation
 * may stand, in the order of the elections. */
static int
me_nominations(struct core *c, struct core_me *me)
{
	const struct core_me_membership	*cm;
	const struct rec_election	*e;
	struct core_me_nomination	*n;
	size_t				 i, j;

	if (store_election_list(c->st, c->arr, &me->elections) != STORE_OK)
		return -1;
	for (i = 0; i < me->elections.n; i++) {
		e = &me->elections.v[i];
		if (e->status != ELECTION_NOMINATIONS || e->grp == NULL ||
		    e->nominations_close == NULL ||
		    strcmp(c->today, e->nominations_close) > 0)
			continue;
		for (j = 0; j < me->memberships.n; j++) {
			cm = &me->memberships.v[j];
			if (cm->m.grp == NULL || strcmp(e->grp, cm->m.grp) != 0 ||
			    rules_may_stand(&c->cons, cm->m.kind,
			    cm->m.status) != ELIG_OK)
				continue;
			if ((n = store_int_grow((void **)&me->nominations.v,
			    &me->nominations.n, sizeof(*n))) == NULL)
				return -1;
			n->e = e;
			n->group = cm->m.group_name;
		}
	}
	return 0;
}

/* The person's choice of news (CORE_NEWS_NOW when none is recorded). */
static int
me_news(struct core *c, int64_t person, int *news)
{
	struct rec_person	 p;
	int64_t			 id;
	int			 found = 0, choice = CORE_NEWS_NOW, rc;

	*news = CORE_NEWS_NOW;
	if (person == 0)
		return 0;
	if (store_person_by_id(c->st, person, &p, &found) != STORE_OK)
		return -1;
	rc = found && p.email != NULL ? store_mail_news_choice(c->st, p.email,
	    &id, &choice, &found) : STORE_OK;
	rec_person_clear(&p);
	if (rc != STORE_OK)
		return -1;
	if (found)
		*news = choice;
	return 0;
}

/* Who may see their business: anyone signed in; me is emptied. */
static int
me_begin(struct core *c, const struct viewer *v, struct core_me *me)
{
	memset(me, 0, sizeof(*me));
	if (v->role == VIEWER_PUBLIC)
		return core_fail(c, CORE_EPERM, NULL, "sign in to see your "
		    "organisation's business");
	return CORE_OK;
}

/*
 * SA-3.1-assoc, SA-13.2: the organisation's memberships, and where it
 * may vote, the ballots open now of the kinds asked (a bit of kinds
 * each, 1 << CORE_ME_POLL, 1 << CORE_ME_ELECTION): no ballot where the
 * organisation may not vote.
 */
static int
me_votes(struct core *c, int64_t org, unsigned kinds, struct core_me *me)
{
	struct rec_membership_list	 ms = { NULL, 0 };
	enum core_me_kind		 k;
	size_t				 i;
	int				 rc;

	rc = store_me_memberships(c->st, org, c->arr, &ms);
	if (rc == STORE_OK && me_memberships(c, org, &ms, me) != 0)
		rc = STORE_ERROR;
	rec_membership_list_free(&ms);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading your business");
	for (i = 0; i < me->memberships.n; i++)
		for (k = CORE_ME_POLL; k <= CORE_ME_ELECTION; k++)
			if (me->memberships.v[i].may_vote &&
			    (kinds & 1u << k) && me_ballots(c, org,
			    &me->memberships.v[i], k, me) != 0)
				return core_fail(c, CORE_EFAULT, NULL,
				    "reading polls and elections");
	return CORE_OK;
}

int
core_me(struct core *c, const struct viewer *v, struct core_me *me)
{
	int rc;

	if ((rc = me_begin(c, v, me)) != CORE_OK)
		return rc;
	rc = store_me_offices(c->st, v->person, c->arr, c->today, &me->offices);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading your business");
		goto out;
	}
	if (v->org != 0 && (rc = me_votes(c, v->org, 1u << CORE_ME_POLL |
	    1u << CORE_ME_ELECTION, me)) != CORE_OK)
		goto out;
	if (me_nominations(c, me) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "reading elections");
		goto out;
	}
	if (me_news(c, v->person, &me->news) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "reading your choices");
		goto out;
	}
	if (store_me_positions(c->st, v->person, c->arr, &me->positions) !=
	    STORE_OK) {
		rc = core_fail(c, CORE_EFAULT, NULL, "reading your positions");
		goto out;
	}
	rc = CORE_OK;
out:
	if (rc != CORE_OK)
		core_me_free(me);
	return rc;
}

/*
 * SA-3.1-assoc, SA-13.2: the ballots of one kind open now to the
 * viewer's organisation, as core_me lists them, with the memberships
 * they borrow from; the rest of me is left empty.  A ballot's own page
 * needs no more, and core_me's other reads cost more than its commit.
 */
int
core_me_ballots(struct core *c, const struct viewer *v,
    enum core_me_kind kind, struct core_me *me)
{
	int rc;

	if ((rc = me_begin(c, v, me)) != CORE_OK || v->org == 0)
		return rc;
	if ((rc = me_votes(c, v->org, 1u << kind, me)) != CORE_OK)
		core_me_free(me);
	return rc;
}
