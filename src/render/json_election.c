/*
 * Elections as JSON, for the API and --json, in the fields they have
 * always had.
 */
#include <jansson.h>

#include "json.h"

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
		    json_str_null(n->person), "organisation",
		    json_str_null(n->organisation),
		    "organisation_id", json_id_null(n->organisation_id),
		    "details", json_str_null(n->details), "why",
		    json_str_null(n->why), "skills",
		    json_str_null(n->skills), "interests",
		    json_str_null(n->interests),
		    "guidance", n->guidance, "nominated_on",
		    json_str_null(n->nominated_on)));
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
		    "receipt", json_str_null(l->v[i].receipt), "nomination_id",
		    (json_int_t)l->v[i].nomination_id, "candidate",
		    json_str_null(l->v[i].candidate)));
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
	    "office", json_str_null(e->office), "position_id",
	    json_id_null(e->position_id), "seats", e->seats,
	    "nominations_open", json_str_null(e->nominations_open),
	    "nominations_close", json_str_null(e->nominations_close),
	    "short_reason",
	    json_str_null(e->short_reason), "voting_opens",
	    json_str_null(e->voting_opens),
	    "voting_closes", json_str_null(e->voting_closes), "round", e->round,
	    "previous_id", json_id_null(e->previous_id), "status",
	    election_status_names[e->status], "verified_by",
	    json_str_null(e->verified_by), "announced_by",
	    json_str_null(e->announced_by),
	    "created_by", json_str_null(e->created_by), "grp",
	    json_str_null(e->grp),
	    "group_name", json_str_null(e->group_name), "group_kind",
	    json_str_null(e->group_kind), "position",
	    json_str_null(e->position),
	    "position_slug", json_str_null(e->position_slug));
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
		    json_str_null(e->office), "position",
		    json_str_null(e->position), "seats",
		    e->seats, "round", e->round, "status",
		    election_status_names[e->status], "nominations_close",
		    json_str_null(e->nominations_close), "voting_closes",
		    json_str_null(e->voting_closes), "grp",
		    json_str_null(e->grp)));
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
		    "organisation", json_str_null(k->turnout.v[i].organisation),
		    "voted_on", json_str_null(k->turnout.v[i].voted_on)));
	probs = json_array();
	for (i = 0; probs != NULL && i < k->problems.n; i++) {
		p = &k->problems.v[i];
		json_array_append_new(probs, p->table != NULL ?
		    json_pack("{s:s, s:o, s:o, s:s}", "table", p->table, "row",
		    json_str_null(p->row), "label", json_str_null(p->label),
		    "problem",
		    p->problem) : json_pack("{s:s}", "problem", p->problem));
	}
	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:b}", "voters",
	    (json_int_t)k->voters, "ballots", (json_int_t)k->ballots,
	    "turnout", turnout, "ineligible", json_lines(&k->ineligible),
	    "problems", probs, "ok", k->ok);
}
