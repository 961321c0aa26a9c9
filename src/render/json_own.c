/*
 * Each agreement's own records as JSON (json.h), from store/rec_own.h,
 * with the names --json has always given: the statements' columns; and
 * an import's problems by row.
 */
#include "json.h"
#include "core/own.h"
#include "rules/constitution.h"
#include "store/rec_arrangement.h"
#include "store/rec_check.h"
#include "store/rec_own.h"

/* A string, or null. */
static json_t *
str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

/* Appends o to a; a is NULL (and stays so) once memory runs out. */
static json_t *
add(json_t *a, json_t *o)
{
	if (a != NULL && (o == NULL || json_array_append_new(a, o) != 0)) {
		json_decref(a);
		return NULL;
	}
	return a;
}

json_t *
json_stepback_list(const struct rec_stepback_list *l)
{
	const struct rec_stepback	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:I, s:o, s:o, s:o, s:I, s:o, s:o, "
		    "s:o, s:o, s:o, s:b}", "id", (json_int_t)r->id,
		    "appointment_id", (json_int_t)r->appointment_id,
		    "conflict", str(r->conflict), "from_day", str(r->from_day),
		    "until_day", str(r->until_day), "permanent",
		    (json_int_t)r->permanent, "lifted", str(r->lifted),
		    "person", str(r->person), "position", str(r->position),
		    "position_name", str(r->position_name), "role",
		    str(r->role), "in_force", r->in_force));
	}
	return a;
}

json_t *
json_session_list(const struct rec_session_list *l)
{
	const struct rec_session	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:I, s:I, s:o}",
		    "id", (json_int_t)r->id, "title", str(r->title), "kind",
		    str(r->kind), "day", str(r->day), "invited",
		    (json_int_t)r->invited, "attended",
		    (json_int_t)r->attended, "people", str(r->people)));
	}
	return a;
}

json_t *
json_pos_decision_list(const struct rec_pos_decision_list *l)
{
	const struct rec_pos_decision	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}",
		    "id", (json_int_t)r->id, "position", str(r->position),
		    "position_name", str(r->position_name), "electing_group",
		    str(r->electing_group), "decided_by", str(r->decided_by),
		    "decided_on", str(r->decided_on), "note", str(r->note)));
	}
	return a;
}

json_t *
json_paper_list(const struct rec_paper_list *l)
{
	const struct rec_paper	*r;
	json_t			*a = json_array();
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, "
		    "s:o, s:o}", "id", (json_int_t)r->id, "title",
		    str(r->title), "kind", str(r->kind), "visibility",
		    str(r->visibility), "link", str(r->link), "body",
		    str(r->body), "added_on", str(r->added_on), "meeting_id",
		    r->meeting_id != 0 ? json_integer(r->meeting_id) :
		    json_null(), "meeting_day", str(r->meeting_day), "grp",
		    str(r->grp)));
	}
	return a;
}

json_t *
json_mreport_list(const struct rec_mreport_list *l)
{
	const struct rec_mreport	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:I, s:o, s:o, s:o, s:o, s:o}",
		    "id", (json_int_t)r->id, "meeting_id",
		    (json_int_t)r->meeting_id, "day", str(r->day), "grp",
		    str(r->grp), "to_body", str(r->to_body), "reported_on",
		    str(r->reported_on), "summary", str(r->summary)));
	}
	return a;
}

json_t *
json_import_problems(const struct import_report *r)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < r->nproblems; i++)
		a = add(a, json_pack("{s:I, s:s, s:s}", "line",
		    (json_int_t)r->problems[i].line, "field",
		    r->problems[i].field, "message", r->problems[i].message));
	return a;
}

json_t *
json_arrangement_list(const struct rec_arrangement_list *l)
{
	const struct rec_arrangement	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o}", "id",
		    (json_int_t)r->id, "slug", str(r->slug), "name",
		    str(r->name), "kind", str(r->kind), "template",
		    str(r->template), "created", str(r->created)));
	}
	return a;
}

json_t *
json_constitution_versions(const struct rec_constitution_version_list *l)
{
	const struct rec_constitution_version	*r;
	json_t					*a = json_array();
	size_t					 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o}", "version",
		    (json_int_t)r->version, "effective_from",
		    str(r->effective_from), "effective_to",
		    str(r->effective_to), "applied_by", str(r->applied_by),
		    "applied_at", str(r->applied_at)));
	}
	return a;
}

json_t *
json_origin_list(const struct rec_origin_list *l)
{
	const struct rec_origin	*r;
	json_t			*a = json_array();
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:i, s:I, s:o, s:i, "
		    "s:o}", "id", (json_int_t)r->id, "slug", str(r->slug),
		    "name", str(r->name), "kind", str(r->kind >= 0 ?
		    group_kind_names[r->kind] : NULL), "has_parent",
		    r->has_parent, "forums", (json_int_t)r->forums,
		    "formed_by", str(r->formed_by), "convened", r->convened,
		    "convened_on", str(r->convened_on)));
	}
	return a;
}

json_t *
json_invite_list(const struct rec_invite_list *l)
{
	const struct rec_invite	*r;
	json_t			*a = json_array();
	size_t			 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:i, "
		    "s:o}", "id", (json_int_t)r->id, "from_body",
		    str(r->from_body), "board", str(r->board), "received_on",
		    str(r->received_on), "decision", str(r->decision),
		    "person", str(r->person), "reason", str(r->reason),
		    "tokenistic", r->tokenistic, "decided_on",
		    str(r->decided_on)));
	}
	return a;
}

json_t *
json_request_list(const struct rec_request_list *l)
{
	const struct rec_request	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < l->n; i++) {
		r = &l->v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}",
		    "id", (json_int_t)r->id, "from_body", str(r->from_body),
		    "subject", str(r->subject), "received_on",
		    str(r->received_on), "passed_to", str(r->passed_to),
		    "kept_reason", str(r->kept_reason), "routed_on",
		    str(r->routed_on)));
	}
	return a;
}

json_t *
json_term(const struct term_view *t)
{
	const struct rec_renewal	*r;
	json_t				*a = json_array();
	size_t				 i;

	for (i = 0; a != NULL && i < t->renewals.n; i++) {
		r = &t->renewals.v[i];
		a = add(a, json_pack("{s:I, s:o, s:o, s:o, s:o, s:o}", "id",
		    (json_int_t)r->id, "renewed_on", str(r->renewed_on),
		    "until", str(r->until), "decided_by", str(r->decided_by),
		    "recorded_by", str(r->recorded_by), "recorded_at",
		    str(r->recorded_at)));
	}
	if (a == NULL)
		return NULL;
	return json_pack("{s:o, s:o, s:o, s:o, s:b}", "starts",
	    str(t->starts[0] != '\0' ? t->starts : NULL), "ends",
	    str(t->ends[0] != '\0' ? t->ends : NULL), "renewals", a,
	    "runs_to", str(t->runs_to[0] != '\0' ? t->runs_to : NULL),
	    "lapsed", t->lapsed);
}
