/*
 * Elections of chairs, vice-chairs (SA-7, SA-E1, SA-E2) and
 * representatives (SA-9): nominations by a deadline, an online secret
 * ballot with one vote per organisation, the count with run-offs on a
 * tie, verification by the chair and the announcement that updates the
 * offices or the register of appendix C.
 *
 * Secrecy: who voted goes into ballot_voter, what was voted is sealed
 * to the election's counting key (ballot_box.c) under a random receipt,
 * and opened and shuffled into ballot_box at the count; the audit log
 * records that an organisation voted, never how.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "core.h"
#include "core_int.h"
#include "rules/parse.h"
#include "rules/meeting.h"
#include "rules/membership.h"
#include "rules/vote.h"
#include "store/store.h"

#define MAXCAND 64

static int
get_election(struct core *c, int64_t id, json_t **e)
{
	int rc = store_row(c->st, e, STMT_ELEC_GET, "ll", id, c->arr);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the election");
	if (*e == NULL)
		return core_fail(c, CORE_ENOTFOUND, "election", "no election "
		    "%lld in %s", (long long)id, c->arr_slug);
	return CORE_OK;
}

/* "YYYY-MM-DDTHH:MM" and the core's now, compared as text (UTC). */
static int
before(const char *a, const char *b)
{
	return strncmp(a, b, 16) < 0;
}

static int
stamp_ok(const char *s)
{
	return parse_stamp(s, NULL) == 0;
}

int
core_election_open(struct core *c, const struct election_in *in,
    int64_t *id)
{
	json_t	*g = NULL, *pos = NULL, *d;
	char	 from[DATE_LEN], to[DATE_LEN], why[300];
	int	 rc, o, cl, seats = in->seats;

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
	if ((rc = core_int_group(c, in->group, &g)) != CORE_OK)
		goto out;
	if (strcmp(in->office, "representative") == 0) {
		rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr,
		    in->position != NULL ? in->position : "");
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "reading the position");
			goto out;
		}
		if (pos == NULL) {
			rc = core_fail(c, CORE_ENOTFOUND, "position", "no "
			    "position '%s'; a representative election names "
			    "its position", in->position ? in->position : "");
			goto out;
		}
		/* SA-9.1: elected by the relevant forum and no other. */
		if (jint(pos, "electing_group_id") != 0 &&
		    jint(pos, "electing_group_id") != jint(g, "id")) {
			rc = core_fail(c, CORE_EINVAL, "group", "%s is elected "
			    "by another group, not %s (SA-9.1)",
			    jstr(pos, "name"), jstr(g, "name"));
			goto out;
		}
		if (seats <= 0)
			seats = (int)jint(pos, "seats");
	} else if (seats <= 0)
		seats = 1;
	rc = store_exec(c->st, STMT_ELEC_INSERT, "lsnisssinssss",
	    jint(g, "id"), in->office, pos != NULL ? jint(pos, "id") :
	    (int64_t)0, seats, from, to, in->reason, 1, (int64_t)0,
	    "nominations", NULL, NULL, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "opening the election");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s?, s:i, s:s, s:s, s:s?}", "group",
	    jstr(g, "slug"), "office", in->office, "position",
	    pos != NULL ? jstr(pos, "slug") : NULL, "seats", seats,
	    "nominations_open", from, "nominations_close", to, "reason",
	    in->reason);
	rc = core_audit(c, "election.open", "election", *id, d);
	json_decref(d);
	/* SA-9.3: the chair seeks nominations from the relevant members. */
	if (rc == CORE_OK) {
		char subject[300], text[800], link[64];

		snprintf(link, sizeof(link), "/elections/%lld",
		    (long long)*id);
		snprintf(subject, sizeof(subject), "Nominations sought: %s "
		    "of %s", pos != NULL ? jstr(pos, "name") : in->office,
		    jstr(g, "name"));
		snprintf(text, sizeof(text), "Nominations are sought for %s "
		    "(%s, %d seat%s). Nominations close on %s. A nomination "
		    "gives the nominee's details, why they want the role, "
		    "their skills, knowledge and experience, their "
		    "declarations of interest, and their declaration to abide "
		    "by the Representative Guidance.", pos != NULL ?
		    jstr(pos, "name") : in->office, jstr(g, "name"), seats,
		    seats == 1 ? "" : "s", to);
		rc = core_int_notify_group(c, jint(g, "id"), 1, "nominations",
		    NULL, subject, text, link, NULL, NULL);
	}
out:
	json_decref(g);
	json_decref(pos);
	return core_end(c, rc);
}

int
core_election_nominate(struct core *c, int64_t election,
    const struct nomination_in *in)
{
	struct nomination_facts	 f;
	json_t			*e = NULL, *p = NULL, *mb = NULL, *d;
	const char		*missing;
	enum elig		 el;
	int			 rc;

	memset(&f, 0, sizeof(f));
	f.details = in->details;
	f.why = in->why;
	f.skills = in->skills;
	f.interests = in->interests;
	f.guidance = in->guidance;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_election(c, election, &e)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "nominations") != 0 ||
	    strcmp(c->today, jstr(e, "nominations_close")) > 0 ||
	    strcmp(c->today, jstr(e, "nominations_open")) < 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "nominations for "
		    "election %lld are taken from %s to %s; today is %s",
		    (long long)election, jstr(e, "nominations_open"),
		    jstr(e, "nominations_close"), c->today);
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
	if ((rc = core_int_person(c, in->person, &p)) != CORE_OK ||
	    (rc = core_int_restricted(c, p)) != CORE_OK)
		goto out;
	/* SA-E1, SA-3.1-assoc: a full member of the electing group. */
	rc = store_row(c->st, &mb, STMT_MEMB_ACTIVE_FOR_PERSON, "ll",
	    jint(e, "group_id"), jint(p, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	el = mb == NULL ? ELIG_NOT_FULL : rules_may_stand(&c->cons,
	    memb_kind_parse(jstr(mb, "kind")),
	    memb_status_parse(jstr(mb, "status")));
	if (el != ELIG_OK) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s cannot stand in "
		    "%s: %s", jstr(p, "name"), jstr(e, "group_name"),
		    mb == NULL ? "their organisation is not a member of the "
		    "group (SA-E1)" : rules_elig_why(el, 1));
		goto out;
	}
	rc = store_exec(c->st, STMT_NOM_INSERT, "llssssis", election,
	    jint(p, "id"), in->details, in->why, in->skills, in->interests,
	    in->guidance != 0, c->today);
	if (rc == STORE_CONSTRAINT) {
		rc = core_fail(c, CORE_EEXIST, "person", "%s is already "
		    "nominated", jstr(p, "name"));
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the nomination");
		goto out;
	}
	d = json_pack("{s:I, s:s}", "election", (json_int_t)election,
	    "person", jstr(p, "name"));
	rc = core_audit(c, "election.nominate", "election", election, d);
	json_decref(d);
out:
	json_decref(e);
	json_decref(p);
	json_decref(mb);
	return core_end(c, rc);
}

int
core_election_ballot(struct core *c, int64_t election, const char *opens,
    const char *closes)
{
	json_t	*e = NULL, *noms = NULL, *d;
	int	 rc;

	if (!stamp_ok(opens))
		return core_fail(c, CORE_EINVAL, "opens", "opens '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM", opens ? opens : "");
	if (!stamp_ok(closes) || !before(opens, closes))
		return core_fail(c, CORE_EINVAL, "closes", "closes '%s' is not "
		    "accepted; expected YYYY-MM-DDTHH:MM after opens",
		    closes ? closes : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_election(c, election, &e)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "nominations") != 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; the ballot opens once, after nominations",
		    (long long)election, jstr(e, "status"));
		goto out;
	}
	if (strncmp(opens, jstr(e, "nominations_close"), 10) <= 0) {
		rc = core_fail(c, CORE_EINVAL, "opens", "nominations close on "
		    "%s; the ballot opens after that (SA-9.3)",
		    jstr(e, "nominations_close"));
		goto out;
	}
	rc = store_rows(c->st, &noms, STMT_NOM_LIST, "l", election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading nominations");
		goto out;
	}
	if (json_array_size(noms) == 0) {
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
	d = json_pack("{s:s, s:s, s:I}", "opens", opens, "closes", closes,
	    "candidates", (json_int_t)json_array_size(noms));
	rc = core_audit(c, "election.ballot", "election", election, d);
	json_decref(d);
	/* SA-9.4: every nomination is shown, with how to vote. */
	if (rc == CORE_OK) {
		char subject[300], text[800], link[64];

		snprintf(link, sizeof(link), "/elections/%lld",
		    (long long)election);
		snprintf(subject, sizeof(subject), "Voting is open: %s of %s",
		    jstr(e, "position") ? jstr(e, "position") :
		    jstr(e, "office"), jstr(e, "group_name"));
		snprintf(text, sizeof(text), "Voting is open from %s until %s "
		    "(UTC). Each member organisation has one vote; the ballot "
		    "is secret and you will get a receipt to check it was "
		    "counted. All %zu nominations can be read before you "
		    "vote.", opens, closes, json_array_size(noms));
		rc = core_int_notify_group(c, jint(e, "group_id"), 1, "ballot",
		    NULL, subject, text, link, NULL, NULL);
	}
out:
	json_decref(e);
	json_decref(noms);
	return core_end(c, rc);
}

int
core_election_vote(struct core *c, int64_t election, const char *org,
    const char *candidate, char **receipt)
{
	struct attendee	 a;
	json_t		*e = NULL, *o = NULL, *mb = NULL, *noms = NULL;
	json_t		*voted = NULL, *n, *p = NULL, *d;
	int64_t		 nom = 0, self;
	char		 code[17];
	enum ballot_check b;
	enum elig	 el;
	size_t		 i;
	int		 rc;

	*receipt = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_election(c, election, &e)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "voting") != 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "not taking votes (it is %s)", (long long)election,
		    jstr(e, "status"));
		goto out;
	}
	/* This organisation's ballot, by the key (the primary key keeps
	 * it to one even so). */
	self = jint(o, "id");
	rc = store_row(c->st, &voted, STMT_VOTER_HAS, "ll", election, self);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading turnout");
		goto out;
	}
	/* The poll's times, and one ballot per organisation (SA-E2.2). */
	b = rules_ballot_accept(self, &self, voted != NULL,
	    before(c->now, jstr(e, "voting_opens")) ? 0 :
	    before(c->now, jstr(e, "voting_closes")) ? 1 : 2, 1, 1);
	if (b != BALLOT_OK) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s: %s",
		    jstr(o, "name"), rules_ballot_why(b));
		goto out;
	}
	/* SA-E2.1: full VCSE members only; associates never see a ballot. */
	rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll", jint(e, "group_id"),
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the membership");
		goto out;
	}
	if (mb == NULL) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "member of %s and cannot vote", jstr(o, "name"),
		    jstr(e, "group_name"));
		goto out;
	}
	memset(&a, 0, sizeof(a));
	a.org = jint(o, "id");
	a.kind = memb_kind_parse(jstr(mb, "kind"));
	a.status = memb_status_parse(jstr(mb, "status"));
	a.vcse = strcmp(jstr(o, "sector"), "vcse") == 0;
	a.excluded = (int)jint(mb, "excluded");
	a.attend = AT_PRESENT;
	if ((el = rules_may_cast(&c->cons, &a, 0)) != ELIG_OK) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s cannot vote "
		    "in this election: %s", jstr(o, "name"),
		    rules_elig_why(el, 0));
		goto out;
	}
	if ((rc = core_int_person(c, candidate, &p)) != CORE_OK)
		goto out;
	rc = store_rows(c->st, &noms, STMT_NOM_LIST, "l", election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading nominations");
		goto out;
	}
	json_array_foreach(noms, i, n)
		if (jint(n, "person_id") == jint(p, "id"))
			nom = jint(n, "id");
	if (nom == 0) {
		rc = core_fail(c, CORE_EINVAL, "candidate", "%s is not a "
		    "candidate in election %lld", jstr(p, "name"),
		    (long long)election);
		goto out;
	}
	rc = store_exec(c->st, STMT_VOTER_INSERT, "lls", election,
	    jint(o, "id"), c->today);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the ballot");
		goto out;
	}
	if ((rc = core_int_ballot_cast(c, election, nom, code)) != CORE_OK)
		goto out;
	d = json_pack("{s:I, s:s}", "election", (json_int_t)election,
	    "organisation", jstr(o, "name"));
	rc = core_audit(c, "election.vote", "election", election, d);
	json_decref(d);
	if (rc == CORE_OK && (*receipt = strdup(code)) == NULL)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	json_decref(e);
	json_decref(o);
	json_decref(mb);
	json_decref(noms);
	json_decref(voted);
	json_decref(p);
	return core_end(c, rc);
}

int
core_election_count(struct core *c, int64_t election, json_t **out)
{
	json_t		*e = NULL, *noms = NULL, *box = NULL, *n, *r, *d;
	json_t		*res = NULL, *winners, *tiedj, *counts;
	unsigned	 votes[MAXCAND];
	size_t		 won[MAXCAND], tied[MAXCAND], nwon = 0, ntied = 0;
	size_t		 i, j, ncand;
	json_int_t	 ballots = 0;
	enum election	 outcome;
	char		*text = NULL;
	int64_t		 runoff = 0;
	int		 rc;

	*out = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_election(c, election, &e)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "voting") != 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; only a closed ballot is counted", (long long)election,
		    jstr(e, "status"));
		goto out;
	}
	if (before(c->now, jstr(e, "voting_closes"))) {
		rc = core_fail(c, CORE_EINVAL, "election", "the ballot closes "
		    "at %s; it is counted after it closes",
		    jstr(e, "voting_closes"));
		goto out;
	}
	if ((rc = core_int_ballot_open(c, election)) != CORE_OK)
		goto out;
	if ((rc = store_rows(c->st, &noms, STMT_NOM_LIST, "l", election)) ||
	    (rc = store_rows(c->st, &box, STMT_BOX_TALLY, "l", election))) {
		rc = core_store_fail(c, rc, "reading the ballots");
		goto out;
	}
	ncand = json_array_size(noms);
	if (ncand > MAXCAND)
		ncand = MAXCAND;
	/* Counted by the database: a row per candidate, not per ballot. */
	for (i = 0; i < ncand; i++) {
		votes[i] = 0;
		json_array_foreach(box, j, r)
			if (jint(r, "nomination_id") ==
			    jint(json_array_get(noms, i), "id"))
				votes[i] = (unsigned)jint(r, "n");
	}
	json_array_foreach(box, j, r)
		ballots += jint(r, "n");
	/* SA-E2.2: simple majority; a tie at the top goes to a run-off. */
	outcome = rules_election_count(votes, ncand,
	    (size_t)jint(e, "seats"), won, &nwon, tied, &ntied);
	counts = json_array();
	for (i = 0; i < ncand; i++)
		json_array_append_new(counts, json_pack("{s:s, s:i}",
		    "candidate", jstr(json_array_get(noms, i), "person"),
		    "votes", (int)votes[i]));
	winners = json_array();
	for (i = 0; i < nwon; i++)
		json_array_append_new(winners, json_string(jstr(
		    json_array_get(noms, won[i]), "person")));
	tiedj = json_array();
	for (i = 0; i < ntied; i++)
		json_array_append_new(tiedj, json_string(jstr(
		    json_array_get(noms, tied[i]), "person")));
	res = json_pack("{s:o, s:o, s:o, s:I, s:s}", "counts", counts,
	    "winners", winners, "tied", tiedj, "ballots", ballots, "outcome",
	    outcome == ELECT_DECIDED ? "decided" : outcome == ELECT_TIE ?
	    "tie" : outcome == ELECT_NO_VOTES ? "no votes" : "no candidates");
	text = json_dumps(res, JSON_COMPACT);
	rc = store_exec(c->st, STMT_ELEC_SET_STATUS, "ssl", outcome ==
	    ELECT_TIE ? "tied" : "counted", text, election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the count");
		goto out;
	}
	if (outcome == ELECT_TIE) {
		/* A new round between the tied candidates, for the seats
		 * the first round left open; the chair opens its ballot. */
		rc = store_exec(c->st, STMT_ELEC_INSERT, "lsnisssinssss",
		    jint(e, "group_id"), jstr(e, "office"),
		    jint(e, "position_id"), (int)(jint(e, "seats") -
		    (int64_t)nwon), jstr(e, "nominations_open"),
		    jstr(e, "nominations_close"), jstr(e, "short_reason"),
		    (int)jint(e, "round") + 1, election, "nominations", NULL,
		    NULL, c->actor);
		runoff = store_last_id(c->st);
		for (i = 0; i < ntied && rc == STORE_OK; i++) {
			n = json_array_get(noms, tied[i]);
			rc = store_exec(c->st, STMT_NOM_INSERT, "llssssis",
			    runoff, jint(n, "person_id"), jstr(n, "details"),
			    jstr(n, "why"), jstr(n, "skills"),
			    jstr(n, "interests"), (int)jint(n, "guidance"),
			    jstr(n, "nominated_on"));
		}
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "opening the run-off");
			goto out;
		}
		json_object_set_new(res, "runoff", json_integer(runoff));
	}
	d = json_pack("{s:O}", "result", res);
	rc = core_audit(c, "election.count", "election", election, d);
	json_decref(d);
	if (rc == CORE_OK)
		*out = json_incref(res);
out:
	free(text);
	json_decref(res);
	json_decref(e);
	json_decref(noms);
	json_decref(box);
	return core_end(c, rc);
}

int
core_election_verify(struct core *c, int64_t election, json_t **out)
{
	struct attendee	 a;
	json_t		*e = NULL, *voters = NULL, *box = NULL, *v, *mb = NULL;
	json_t		*bad, *d, *problems = NULL;
	size_t		 i;
	int		 rc;

	*out = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_election(c, election, &e)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "counted") != 0 &&
	    strcmp(jstr(e, "status"), "tied") != 0 &&
	    strcmp(jstr(e, "status"), "announced") != 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; it is verified once counted", (long long)election,
		    jstr(e, "status"));
		goto out;
	}
	if ((rc = store_rows(c->st, &voters, STMT_VOTER_LIST, "l",
	    election)) || (rc = store_rows(c->st, &box, STMT_BOX_LIST, "l",
	    election))) {
		rc = core_store_fail(c, rc, "reading the ballots");
		goto out;
	}
	/* SA-9.4: turnout and eligibility, without seeing any choice. */
	bad = json_array();
	json_array_foreach(voters, i, v) {
		rc = store_row(c->st, &mb, STMT_MEMB_GET, "ll",
		    jint(e, "group_id"), jint(v, "organisation_id"));
		if (rc != STORE_OK) {
			json_decref(bad);
			rc = core_store_fail(c, rc, "reading memberships");
			goto out;
		}
		memset(&a, 0, sizeof(a));
		a.attend = AT_PRESENT;
		if (mb != NULL) {
			a.kind = memb_kind_parse(jstr(mb, "kind"));
			a.status = memb_status_parse(jstr(mb, "status"));
			a.vcse = strcmp(jstr(mb, "sector"), "vcse") == 0;
		}
		if (mb == NULL || rules_may_cast(&c->cons, &a, 0) != ELIG_OK)
			json_array_append_new(bad, json_string(jstr(v,
			    "organisation")));
		json_decref(mb);
		mb = NULL;
	}
	/* The recount, and the rows as the audit log vouches for them. */
	if ((problems = json_array()) == NULL ||
	    (rc = core_int_ballot_verify(c, e, box, problems)) != CORE_OK) {
		json_decref(bad);
		goto out;
	}
	*out = json_pack("{s:I, s:I, s:O, s:o, s:O, s:b}", "voters",
	    (json_int_t)json_array_size(voters), "ballots",
	    (json_int_t)json_array_size(box), "turnout", voters,
	    "ineligible", bad, "problems", problems, "ok",
	    json_array_size(voters) == json_array_size(box) &&
	    json_array_size(bad) == 0 && json_array_size(problems) == 0);
	/* Found altered: not recorded as verified, and nothing rewritten
	 * (which would vouch for the altered rows). */
	if (json_array_size(problems) > 0)
		goto out;
	rc = store_exec(c->st, STMT_ELEC_VERIFY, "sl", c->actor, election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the verification");
		goto out;
	}
	d = json_pack("{s:O, s:O, s:O}", "voters", json_object_get(*out,
	    "voters"), "ballots", json_object_get(*out, "ballots"), "ok",
	    json_object_get(*out, "ok"));
	rc = core_audit(c, "election.verify", "election", election, d);
	json_decref(d);
out:
	if (rc != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	json_decref(e);
	json_decref(voters);
	json_decref(box);
	json_decref(problems);
	return core_end(c, rc);
}

/* "A, B and C". */
static void
render_names(const json_t *names, char *out, size_t sz)
{
	size_t	i, n = json_array_size(names), len = 0;

	out[0] = '\0';
	for (i = 0; i < n && len < sz; i++)
		len += (size_t)snprintf(out + len, sz - len, "%s%s",
		    i == 0 ? "" : i + 1 == n ? " and " : ", ",
		    json_string_value(json_array_get(names, i)));
}

/* The winners of this round and of the rounds before it. */
static int
all_winners(struct core *c, json_t *e, json_t *names)
{
	json_t		*res, *prev = NULL, *w;
	json_error_t	 jerr;
	size_t		 i;
	int		 rc = CORE_OK;

	res = jstr(e, "result") != NULL ? json_loads(jstr(e, "result"), 0,
	    &jerr) : NULL;
	json_array_foreach(json_object_get(res, "winners"), i, w)
		json_array_append(names, w);
	json_decref(res);
	if (jint(e, "previous_id") != 0) {
		if ((rc = get_election(c, jint(e, "previous_id"), &prev)))
			return rc;
		rc = all_winners(c, prev, names);
		json_decref(prev);
	}
	return rc;
}

int
core_election_announce(struct core *c, int64_t election)
{
	json_t	*e = NULL, *names = json_array(), *w, *d;
	char	 end[DATE_LEN];
	size_t	 i;
	int	 rc, days;

	if ((rc = core_begin(c)) != CORE_OK) {
		json_decref(names);
		return rc;
	}
	if ((rc = get_election(c, election, &e)) != CORE_OK)
		goto out;
	if (strcmp(jstr(e, "status"), "counted") != 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "election %lld is "
		    "%s; a result is announced once counted without a tie",
		    (long long)election, jstr(e, "status"));
		goto out;
	}
	if (jstr(e, "verified_by") == NULL) {
		rc = core_fail(c, CORE_EINVAL, "election", "the chair verifies "
		    "the count before it is announced (SA-9.4); run "
		    "'alliance election verify %lld'", (long long)election);
		goto out;
	}
	if ((rc = all_winners(c, e, names)) != CORE_OK)
		goto out;
	if (json_array_size(names) == 0) {
		rc = core_fail(c, CORE_EINVAL, "election", "nobody was elected "
		    "in election %lld (no votes); seek nominations again",
		    (long long)election);
		goto out;
	}
	/* The offices and appendix C update themselves. */
	if (strcmp(jstr(e, "office"), "representative") == 0) {
		date_parse(c->today, &days);
		date_format(date_add_months(days, 12 *
		    constitution_int(&c->cons, "chair.term_years")) - 1, end);
		rc = store_exec(c->st, STMT_APPT_END, "sls", c->today,
		    jint(e, "position_id"), "representative");
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "ending the old term");
			goto out;
		}
		json_array_foreach(names, i, w)
			if ((rc = core_position_appoint(c,
			    jstr(e, "position_slug"), json_string_value(w),
			    "representative", 0, NULL, c->today,
			    constitution_int(&c->cons, "chair.term_years") ?
			    end : NULL)) != CORE_OK)
				goto out;
	} else
		json_array_foreach(names, i, w)
			if ((rc = core_office_set(c, jstr(e, "grp"),
			    json_string_value(w), jstr(e, "office"), 0,
			    c->today, NULL)) != CORE_OK)
				goto out;
	rc = store_exec(c->st, STMT_ELEC_ANNOUNCE, "sl", c->actor, election);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "announcing");
		goto out;
	}
	d = json_pack("{s:O}", "elected", names);
	rc = core_audit(c, "election.announce", "election", election, d);
	json_decref(d);
	if (rc == CORE_OK) {
		char subject[300], text[1200], link[64], who[800];

		render_names(names, who, sizeof(who));
		snprintf(link, sizeof(link), "/elections/%lld",
		    (long long)election);
		snprintf(subject, sizeof(subject), "Result: %s of %s",
		    jstr(e, "position") ? jstr(e, "position") :
		    jstr(e, "office"), jstr(e, "group_name"));
		snprintf(text, sizeof(text), "The count has been verified. "
		    "Elected: %s. Every counted ballot is published by its "
		    "receipt so that anyone can recount.", who);
		rc = core_int_notify_group(c, jint(e, "group_id"), 0, "result",
		    NULL, subject, text, link, NULL, NULL);
	}
out:
	json_decref(e);
	json_decref(names);
	return core_end(c, rc);
}

int
core_election_get(struct core *c, int64_t election, json_t **out)
{
	json_t		*noms = NULL, *voters = NULL, *box = NULL, *res;
	json_error_t	 jerr;
	int		 rc;

	if ((rc = get_election(c, election, out)) != CORE_OK)
		return rc;
	if ((rc = store_rows(c->st, &noms, STMT_NOM_LIST, "l", election)) ||
	    (rc = store_rows(c->st, &voters, STMT_VOTER_LIST, "l",
	    election))) {
		json_decref(noms);
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading the election");
	}
	json_object_set_new(*out, "nominations", noms);
	json_object_set_new(*out, "turnout", json_integer((json_int_t)
	    json_array_size(voters)));
	json_decref(voters);
	/* Once counted, every ballot is published by its receipt so that
	 * anyone can recount and each voter can find their own. */
	if (strcmp(jstr(*out, "status"), "nominations") != 0 &&
	    strcmp(jstr(*out, "status"), "voting") != 0) {
		if ((rc = store_rows(c->st, &box, STMT_BOX_LIST, "l",
		    election)) != STORE_OK) {
			json_decref(*out);
			*out = NULL;
			return core_store_fail(c, rc, "reading the ballots");
		}
		json_object_set_new(*out, "ballots", box);
		res = json_loads(jstr(*out, "result"), 0, &jerr);
		json_object_set_new(*out, "result", res != NULL ? res :
		    json_null());
	} else
		json_object_set_new(*out, "result", json_null());
	return CORE_OK;
}

int
core_election_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_ELEC_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing elections");
}
