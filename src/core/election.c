/*
 * Elections of chairs, vice-chairs (SA-7, SA-E1, SA-E2) and
 * representatives (SA-9): nominations by a deadline and an online
 * secret ballot with one vote per organisation.  The count, its
 * verification and the announcement are in election_count.c; what a
 * viewer sees of an election in election_view.c.
 *
 * Secrecy: who voted goes into ballot_voter, what was voted is sealed
 * to the election's counting key (ballot_box.c) under a random receipt,
 * and opened and shuffled into ballot_box at the count; the audit log
 * records that an organisation voted, never how.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "core_agree.h"
#include "rules/parse.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/vote.h"
#include "store/store.h"

int
core_int_election(struct core *c, int64_t id, struct rec_election *e)
{
	int found, rc = store_election_get(c->st, c->arr, id, e, &found);

	return core_int_found(c, rc, found, "reading the election", "election",
	    "no election %lld in %s", (long long)id, c->arr_slug);
}

int
core_int_stamp_before(const char *a, const char *b)
{
	return strncmp(a != NULL ? a : "", b != NULL ? b : "", 16) < 0;
}

static int
stamp_ok(const char *s)
{
	return parse_stamp(s, NULL) == 0;
}

static const char *
status_name(const struct rec_election *e)
{
	return election_status_names[e->status];
}

/* The position of a representative election, checked (SA-9.1). */
static int
open_position(struct core *c, const struct election_in *in,
    const struct rec_group *g, struct rec_position *pos)
{
	int rc = core_int_find_position(c, in->position, "; a representative "
	    "election names its position", pos);

	if (rc != CORE_OK)
		return rc;
	/* SA-9.1: elected by the relevant forum and no other. */
	if (pos->electing_group_id != 0 && pos->electing_group_id != g->id)
		return core_fail(c, CORE_EINVAL, "group", "%s is elected by "
		    "another group, not %s (SA-9.1)", pos->name, g->name);
	/* SA-5.3: only a forum whose area holds the place it serves. */
	return core_int_place_covers(c, g->id, g->name, pos->id, pos->name,
	    "group");
}

/* SA-9.3: the chair seeks nominations from the relevant members. */
static int
open_notify(struct core *c, int64_t id, const struct election_in *in,
    const struct rec_group *g, const char *position, int seats,
    const char *to)
{
	char subject[300], text[800], link[64];

	snprintf(link, sizeof(link), "/elections/%lld", (long long)id);
	snprintf(subject, sizeof(subject), "Nominations sought: %s of %s",
	    position != NULL ? position : in->office, g->name);
	snprintf(text, sizeof(text), "Nominations are sought for %s (%s, %d "
	    "seat%s). Nominations close on %s. A nomination gives the "
	    "nominee's details, why they want the role, their skills, "
	    "knowledge and experience, their declarations of interest, and "
	    "their declaration to abide by the Representative Guidance.",
	    position != NULL ? position : in->office, g->name, seats,
	    seats == 1 ? "" : "s", to);
	return core_int_notify_group(c, g->id, 1, "nominations", NULL,
	    subject, text, link, NULL, NULL);
}

int
core_election_open(struct core *c, const struct election_in *in,
    int64_t *id)
{
	struct rec_group	 g = { 0 };
	struct rec_position	 pos = { 0 };
	char			 from[DATE_LEN], to[DATE_LEN], why[300];
	int			 rc, o, cl, rep, seats = in->seats;

	if (in->office == NULL || (strcmp(in->office, "chair") != 0 &&
	    strcmp(in->office, "vice-chair") != 0 &&
	    strcmp(in->office, "representative") != 0))
		return core_fail(c, CORE_EINVAL, "office", "office '%s' is not "
		    "accepted; expected chair, vice-chair or representative",
		    in->office != NULL ? in->office : "");
	if (in->closes == NULL)
		return core_fail(c, CORE_EINVAL, "closes", "closes is missing; "
		    "expected the nomination deadline as YYYY-MM-DD");
	if ((rc = core_int_date(c, "opens", in->opens, from)) ||
	    (rc = core_int_date(c, "closes", in->closes, to)) ||
	    (rc = core_int_text(c, "reason", in->reason, 0, 1000)))
		return rc;
	date_parse(from, &o);
	date_parse(to, &cl);
	/* SA-9.3: at least three weeks, shorter only with a reason. */
	if (rules_nomination_window(&c->cons, o, cl, in->reason != NULL &&
	    in->reason[0] != '\0', why, sizeof(why)) != 0)
		return core_fail(c, CORE_EINVAL, "closes", "%s", why);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rep = strcmp(in->office, "representative") == 0;
	if ((rc = core_int_find_group(c, in->group, &g)) != CORE_OK ||
	    (rep && (rc = open_position(c, in, &g, &pos)) != CORE_OK))
		goto out;
	if (seats <= 0)
		seats = rep ? (int)pos.seats : 1;
	rc = store_exec(c->st, STMT_ELEC_INSERT, "lsnisssinssss", g.id,
	    in->office, pos.id, seats, from, to, in->reason, 1, (int64_t)0,
	    "nominations", NULL, NULL, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "opening the election");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "election.open", "election", *id, "{s:s, s:s, "
	    "s:s?, s:i, s:s, s:s, s:s?}", "group", g.slug, "office",
	    in->office, "position", rep ? pos.slug : NULL, "seats", seats,
	    "nominations_open", from, "nominations_close", to, "reason",
	    in->reason);
	if (rc == CORE_OK)
		rc = open_notify(c, *id, in, &g, rep ? pos.name : NULL, seats,
		    to);
out:
	rec_group_clear(&g);
	rec_position_clear(&pos);
	return core_end(c, rc);
}

int
core_election_nominate(struct core *c, int64_t election,
    const struct nomination_in *in)
{
	struct nomination_facts	 f;
	struct rec_election	 e = { 0 };
	struct rec_person	 p = { 0 };
	struct rec_membership	 mb = { 0 };
	const char		*missing;
	enum elig		 el;
	int			 rc, found = 0;

	memset(&f, 0, sizeof(f));
	f.details = in->details;
	f.why = in->why;
	f.skills = in->skills;
	f.interests = in->interests;
	f.guidance = in->guidance;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_NOMINATIONS ||
	    strcmp(c->today, e.nominations_close) > 0 ||
	    strcmp(c->today, e.nominations_open) < 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "nominations for "
		    "election %lld are taken from %s to %s; today is %s",
		    (long long)election, e.nominations_open,
		    e.nominations_close, c->today);
		goto out;
	}
	/* SA-9.3: an incomplete nomination is refused, naming the gap.
	 * Chairs' nominations ask the same questions. */
	if ((missing = rules_nomination_missing(&c->cons, &f)) != NULL) {
		rc = core_fail(c, CORE_EINVAL, missing, "the nomination is "
		    "missing its %s (SA-9.3); every field is required",
		    missing);
		goto out;
	}
	if ((rc = core_int_find_person(c, in->person, &p)) != CORE_OK ||
	    (rc = core_int_restricted(c, &p)) != CORE_OK)
		goto out;
	/* SA-E1, SA-3.1-assoc: a full member of the electing group. */
	if (p.org_id != 0 && (rc = store_memb_get(c->st, e.group_id, p.org_id,
	    &mb, &found)) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	el = !found ? ELIG_NOT_FULL : rules_may_stand(&c->cons, mb.kind,
	    mb.status);
	if (el != ELIG_OK) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s cannot stand in "
		    "%s: %s", p.name, e.group_name, !found ? "their "
		    "organisation is not a member of the group (SA-E1)" :
		    rules_elig_why(el, 1));
		goto out;
	}
	rc = store_exec(c->st, STMT_NOM_INSERT, "llssssis", election, p.id,
	    in->details, in->why, in->skills, in->interests,
	    in->guidance != 0, c->today);
	if ((rc = core_int_added(c, rc, "recording the nomination",
	    "person", "%s is already nominated", p.name)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "election.nominate", "election", election,
	    "{s:I, s:s}", "election", (long long)election, "person", p.name);
out:
	rec_election_free(&e);
	rec_person_clear(&p);
	rec_membership_clear(&mb);
	return core_end(c, rc);
}

/* SA-9.4: every nomination is shown, with how to vote. */
static int
ballot_notify(struct core *c, const struct rec_election *e,
    const char *opens, const char *closes, size_t n)
{
	char subject[300], text[800], link[64];

	snprintf(link, sizeof(link), "/elections/%lld", (long long)e->id);
	snprintf(subject, sizeof(subject), "Voting is open: %s of %s",
	    e->position ? e->position : e->office, e->group_name);
	snprintf(text, sizeof(text), "Voting is open from %s until %s (UTC). "
	    "Each member organisation has one vote; the ballot is secret and "
	    "you will get a receipt to check it was counted. All %zu "
	    "nominations can be read before you vote.", opens, closes, n);
	return core_int_notify_group(c, e->group_id, 1, "ballot", NULL,
	    subject, text, link, NULL, NULL);
}

int
core_election_ballot(struct core *c, int64_t election, const char *opens,
    const char *closes)
{
	struct rec_election		e = { 0 };
	struct rec_nomination_list	noms = { 0 };
	int				rc;

	if (!stamp_ok(opens))
		return core_fail(c, CORE_EINVAL, "opens", "opens '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM", opens ? opens : "");
	if (!stamp_ok(closes) || !core_int_stamp_before(opens, closes))
		return core_fail(c, CORE_EINVAL, "closes", "closes '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM after opens",
		    closes ? closes : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_NOMINATIONS) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; the ballot opens once, after nominations",
		    (long long)election, status_name(&e));
		goto out;
	}
	if (strncmp(opens, e.nominations_close, 10) <= 0) {
		rc = core_fail(c, CORE_EINVAL, "opens", "nominations close on "
		    "%s; the ballot opens after that (SA-9.3)",
		    e.nominations_close);
		goto out;
	}
	if ((rc = store_nomination_list(c->st, election, &noms)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading nominations");
		goto out;
	}
	if (noms.n == 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld has "
		    "no nominations; seek nominations again",
		    (long long)election);
		goto out;
	}
	rc = store_exec(c->st, STMT_ELEC_SET_VOTING, "ssl", opens, closes,
	    election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "opening the ballot");
		goto out;
	}
	rc = core_auditf(c, "election.ballot", "election", election, "{s:s, "
	    "s:s, s:I}", "opens", opens, "closes", closes, "candidates",
	    (long long)noms.n);
	if (rc == CORE_OK)
		rc = ballot_notify(c, &e, opens, closes, noms.n);
out:
	rec_election_free(&e);
	rec_nomination_list_free(&noms);
	return core_end(c, rc);
}

/* SA-E2.1, SA-E2.2: may this organisation cast its ballot now? */
static int
vote_may(struct core *c, const struct rec_election *e,
    const struct rec_org *o)
{
	struct rec_membership	mb;
	struct attendee		a;
	enum ballot_check	b;
	enum elig		el;
	int64_t			self = o->id;
	int			voted, rc, found;

	/* This organisation's ballot, by the key (the primary key keeps
	 * it to one even so). */
	if ((rc = store_voter_has(c->st, e->id, self, &voted)) != STORE_OK)
		return core_store_fail(c, rc, "reading turnout");
	/* The poll's times, and one ballot per organisation (SA-E2.2). */
	b = rules_ballot_accept(self, &self, voted,
	    core_int_stamp_before(c->now, e->voting_opens) ? 0 :
	    core_int_stamp_before(c->now, e->voting_closes) ? 1 : 2, 1, 1);
	if (b != BALLOT_OK)
		return core_fail(c, CORE_EINVAL, "organisation", "%s: %s",
		    o->name, rules_ballot_why(b));
	/* SA-E2.1: full VCSE members only; associates never see a ballot. */
	if ((rc = store_memb_get(c->st, e->group_id, o->id, &mb, &found)) !=
	    STORE_OK)
		return core_store_fail(c, rc, "reading the membership");
	if (!found)
		return core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s and cannot vote", o->name, e->group_name);
	memset(&a, 0, sizeof(a));
	a.org = o->id;
	a.kind = mb.kind;
	a.status = mb.status;
	a.vcse = o->sector == SECTOR_VCSE;
	a.excluded = mb.excluded;
	a.attend = AT_PRESENT;
	rec_membership_clear(&mb);
	if ((el = rules_may_cast(&c->cons, &a, 0)) != ELIG_OK)
		return core_fail(c, CORE_EINVAL, "organisation", "%s cannot "
		    "vote in this election: %s", o->name,
		    rules_elig_why(el, 0));
	return CORE_OK;
}

int
core_election_vote(struct core *c, const struct viewer *v, int64_t election,
    const char *org, const char *candidate, char **receipt)
{
	struct rec_election		 e = { 0 };
	struct rec_nomination_list	 noms = { 0 };
	struct rec_org			 o = { 0 };
	struct rec_person		 p = { 0 };
	int64_t				 nom = 0;
	char				 code[17];
	size_t				 i;
	int				 rc;

	*receipt = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_election(c, election, &e)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	if (e.status != ELECTION_VOTING) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "not taking votes (it is %s)", (long long)election,
		    status_name(&e));
		goto out;
	}
	/* SA-E2.1: an organisation casts its own ballot (officers and
	 * the command line record any). */
	if (!viewer_is_officer(v) && !(viewer_is_member(v) && v->org != 0 &&
	    v->org == o.id)) {
		rc = core_fail(c, CORE_EPERM, "member", "A member votes only "
		    "for its own organisation.");
		goto out;
	}
	if ((rc = vote_may(c, &e, &o)) != CORE_OK ||
	    (rc = core_int_find_person(c, candidate, &p)) != CORE_OK)
		goto out;
	if ((rc = store_nomination_list(c->st, election, &noms)) !=
	    STORE_OK) {
		rc = core_store_fail(c, rc, "reading nominations");
		goto out;
	}
	for (i = 0; i < noms.n; i++)
		if (noms.v[i].person_id == p.id)
			nom = noms.v[i].id;
	if (nom == 0) {
		rc = core_fail(c, CORE_EINVAL, "candidate", "%s is not a "
		    "candidate in election %lld", p.name, (long long)election);
		goto out;
	}
	rc = store_exec(c->st, STMT_VOTER_INSERT, "lls", election, o.id,
	    c->today);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the ballot");
		goto out;
	}
	if ((rc = core_int_ballot_cast(c, election, nom, code)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "election.vote", "election", election, "{s:I, "
	    "s:s}", "election", (long long)election, "organisation", o.name);
	if (rc == CORE_OK && (*receipt = strdup(code)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	rec_election_free(&e);
	rec_nomination_list_free(&noms);
	rec_org_clear(&o);
	rec_person_clear(&p);
	return core_end(c, rc);
}
