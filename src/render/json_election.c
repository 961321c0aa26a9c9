/*
 * Elections as JSON, for the API and --json, in the fields they have
 * always had.
 */
#include <jansson.h>

#include "json.h"

/* A string, or null. */
static json_t *
str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* An id, or null for none. */
static json_t *
id_or_null(int64_t id)
{
	return id != 0 ? json_integer(id) : json_null();
}

static json_t *
names(const struct rec_lines *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_string(l->v[i]));
	return a;
}

json_t *
json_election_result(const struct election_result *r)
{
	json_t	*counts = json_array(), *j;
	size_t	 i;

	for (i = 0; counts != NULL && i < r->ncounts; i++)
		json_array_append_new(counts, json_pack("{s:s, s:i}",
		    "candidate", r->counts[i].candidate, "votes",
		    r->counts[i].votes));
	j = json_pack("{s:o, s:o, s:o, s:I, s:s}", "counts", counts,
	    "winners", names(&r->winners), "tied", names(&r->tied), "ballots",
	    (json_int_t)r->ballots, "outcome", r->outcome != NULL ?
	    r->outcome : "");
	if (j != NULL && r->runoff != 0)
		json_object_set_new(j, "runoff", json_integer(r->runoff));
	return j;
}

static json_t *
nominations(const struct rec_nomination_list *l)
{
	const struct rec_nomination	*n;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		n = &l->v[i];
		json_array_append_new(a, json_pack("{s:I, s:I, s:o, s:o, s:o, "
		    "s:o, s:o, s:o, s:o, s:i, s:o}", "id", (json_int_t)n->id,
		    "person_id", (json_int_t)n->person_id, "person",
		    str(n->person), "organisation", str(n->organisation),
		    "organisation_id", id_or_null(n->organisation_id),
		    "details", str(n->details), "why", str(n->why), "skills",
		    str(n->skills), "interests", str(n->interests),
		    "guidance", n->guidance, "nominated_on",
		    str(n->nominated_on)));
	}
	return a;
}

static json_t *
ballots(const struct rec_ballot_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_pack("{s:o, s:I, s:o}",
		    "receipt", str(l->v[i].receipt), "nomination_id",
		    (json_int_t)l->v[i].nomination_id, "candidate",
		    str(l->v[i].candidate)));
	return a;
}

json_t *
json_election(const struct election_view *v)
{
	const struct rec_election	*e = &v->e;
	json_t				*j;

	j = json_pack("{s:I, s:I, s:o, s:o, s:i, s:o, s:o, s:o, s:o, s:o, "
	    "s:i, s:o, s:s, s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "id", (json_int_t)e->id, "group_id", (json_int_t)e->group_id,
	    "office", str(e->office), "position_id",
	    id_or_null(e->position_id), "seats", e->seats,
	    "nominations_open", str(e->nominations_open),
	    "nominations_close", str(e->nominations_close), "short_reason",
	    str(e->short_reason), "voting_opens", str(e->voting_opens),
	    "voting_closes", str(e->voting_closes), "round", e->round,
	    "previous_id", id_or_null(e->previous_id), "status",
	    election_status_names[e->status], "verified_by",
	    str(e->verified_by), "announced_by", str(e->announced_by),
	    "created_by", str(e->created_by), "grp", str(e->grp),
	    "group_name", str(e->group_name), "group_kind",
	    str(e->group_kind), "position", str(e->position),
	    "position_slug", str(e->position_slug));
	if (j == NULL)
		return NULL;
	json_object_set_new(j, "nominations", nominations(&v->nominations));
	json_object_set_new(j, "turnout", json_integer(v->turnout));
	if (v->voted >= 0)
		json_object_set_new(j, "voted", json_boolean(v->voted));
	json_object_set_new(j, "result", v->results && e->result.present ?
	    json_election_result(&e->result) : json_null());
	if (v->results)
		json_object_set_new(j, "ballots", ballots(&v->ballots));
	return j;
}

json_t *
json_election_list(const struct rec_election_list *l)
{
	const struct rec_election	*e;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		e = &l->v[i];
		json_array_append_new(a, json_pack("{s:I, s:o, s:o, s:i, s:i, "
		    "s:s, s:o, s:o, s:o}", "id", (json_int_t)e->id, "office",
		    str(e->office), "position", str(e->position), "seats",
		    e->seats, "round", e->round, "status",
		    election_status_names[e->status], "nominations_close",
		    str(e->nominations_close), "voting_closes",
		    str(e->voting_closes), "grp", str(e->grp)));
	}
	return a;
}

json_t *
json_election_check(const struct election_check *k)
{
	const struct election_problem	*p;
	json_t				*turnout = json_array(), *probs;
	size_t				 i;

	for (i = 0; turnout != NULL && i < k->turnout.n; i++)
		json_array_append_new(turnout, json_pack("{s:I, s:o, s:o}",
		    "organisation_id",
		    (json_int_t)k->turnout.v[i].organisation_id,
		    "organisation", str(k->turnout.v[i].organisation),
		    "voted_on", str(k->turnout.v[i].voted_on)));
	probs = json_array();
	for (i = 0; probs != NULL && i < k->problems.n; i++) {
		p = &k->problems.v[i];
		json_array_append_new(probs, p->table != NULL ?
		    json_pack("{s:s, s:o, s:o, s:s}", "table", p->table, "row",
		    str(p->row), "label", str(p->label), "problem",
		    p->problem) : json_pack("{s:s}", "problem", p->problem));
	}
	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:b}", "voters",
	    (json_int_t)k->voters, "ballots", (json_int_t)k->ballots,
	    "turnout", turnout, "ineligible", names(&k->ineligible),
	    "problems", probs, "ok", k->ok);
}
