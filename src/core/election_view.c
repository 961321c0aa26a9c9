/*
 * What a viewer sees of an election, for the pages, the API and the
 * command line alike.  The nominations and the turnout are for the
 * members (SA-9.4); a member learns whether its own organisation has voted; the
 * count and every ballot by its receipt are for the officers and the
 * group's chairs once counted, who verify it, and for everyone once the
 * result is announced (SA-9.4).  No one, an officer included, is shown
 * who cast which ballot: the box holds receipts, not voters.
 */
#include <stdlib.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "store/store.h"

void
election_view_free(struct election_view *v)
{
	rec_election_free(&v->e);
	rec_nomination_list_free(&v->nominations);
	rec_ballot_list_free(&v->ballots);
	memset(v, 0, sizeof(*v));
}

void
election_problems_free(struct election_problems *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].table);
		free(l->v[i].row);
		free(l->v[i].label);
		free(l->v[i].problem);
	}
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

static int
dup_or_null(const char *s, char **out)
{
	*out = NULL;
	return s != NULL && (*out = strdup(s)) == NULL ? -1 : 0;
}

int
election_problem_add(struct election_problems *l, const char *table,
    const char *row, const char *label, const char *problem)
{
	struct election_problem	*p;

	if ((p = store_int_grow((void **)&l->v, &l->n, sizeof(*p))) == NULL)
		return -1;
	return dup_or_null(table, &p->table) || dup_or_null(row, &p->row) ||
	    dup_or_null(label, &p->label) || dup_or_null(problem != NULL ?
	    problem : "", &p->problem) ? -1 : 0;
}

void
election_check_free(struct election_check *k)
{
	rec_turnout_free(&k->turnout);
	rec_lines_free(&k->ineligible);
	election_problems_free(&k->problems);
	memset(k, 0, sizeof(*k));
}

/*
 * SA-E2.2, SA-9.4: a tied round is never announced itself; its count is
 * published with the outcome, once the run-off that decided it (or the
 * run-off of that run-off) is announced.
 */
static int
decided_later(struct core *c, const struct rec_election *e)
{
	struct rec_election	next;
	int64_t			id = e->result.runoff;
	int			rounds, yes = 0;

	for (rounds = 0; id != 0 && rounds < 32 && !yes; rounds++) {
		memset(&next, 0, sizeof(next));
		if (core_int_election(c, id, &next) != CORE_OK)
			break;
		yes = next.status == ELECTION_ANNOUNCED;
		id = next.status == ELECTION_TIED ? next.result.runoff : 0;
		rec_election_free(&next);
	}
	return yes;
}

/* SA-9.4: the count is read by those who verify it, then announced. */
static int
results_visible(struct core *c, const struct viewer *v,
    const struct rec_election *e)
{
	if (e->status == ELECTION_NOMINATIONS || e->status == ELECTION_VOTING)
		return 0;
	return e->status == ELECTION_ANNOUNCED || viewer_is_officer(v) ||
	    core_viewer_chairs(c, v, e->group_id) ||
	    (e->status == ELECTION_TIED && decided_later(c, e));
}

int
core_election_get(struct core *c, const struct viewer *v, int64_t election,
    struct election_view *out)
{
	struct rec_turnout	voters = { 0 };
	int			rc;

	memset(out, 0, sizeof(*out));
	if ((rc = core_int_election(c, election, &out->e)) != CORE_OK)
		return rc;
	out->voted = -1;
	/* SA-9.4: the nominations, and so who has voted, are made
	 * available to the members; the public reads neither. */
	if (!viewer_is_member(v))
		goto results;
	if ((rc = store_nomination_list(c->st, election, &out->nominations)) ||
	    (rc = store_voter_list(c->st, election, &voters)))
		goto fail;
	out->turnout = (int64_t)voters.n;
	rec_turnout_free(&voters);
	if (v->org != 0 && (rc = store_voter_has(c->st, election, v->org,
	    &out->voted)) != STORE_OK)
		goto fail;
results:
	/* Once counted, every ballot is published by its receipt so that
	 * anyone can recount and each voter can find their own. */
	out->results = results_visible(c, v, &out->e);
	if (!out->results)
		election_result_free(&out->e.result);
	else if ((rc = store_ballot_list(c->st, election, &out->ballots)) !=
	    STORE_OK)
		goto fail;
	return CORE_OK;
fail:
	election_view_free(out);
	return core_store_fail(c, rc, "reading the election");
}

/* The group of election, for the router's chair check: no more is
 * read. */
int
core_election_group(struct core *c, int64_t election, int64_t *group)
{
	int rc = store_election_group(c->st, c->arr, election, group);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the election");
	return *group != 0 ? CORE_OK : core_fail(c, CORE_ENOTFOUND,
	    "election", "no election %lld in %s", (long long)election,
	    c->arr_slug);
}

int
core_election_list(struct core *c, const struct viewer *v,
    struct rec_election_list *out)
{
	int rc = store_election_list(c->st, c->arr, out);

	(void)v;	/* every election is listed, with its status */
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing elections");
}
