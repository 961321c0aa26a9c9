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

static json_t *
stepback_one(const void *p)
{
	const struct rec_stepback *r = p;

	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:I, s:o, s:o, "
	    "s:o, s:o, s:o, s:b}", "id", (json_int_t)r->id,
	    "appointment_id", (json_int_t)r->appointment_id,
	    "conflict", str(r->conflict), "from_day", str(r->from_day),
	    "until_day", str(r->until_day), "permanent",
	    (json_int_t)r->permanent, "lifted", str(r->lifted),
	    "person", str(r->person), "position", str(r->position),
	    "position_name", str(r->position_name), "role",
	    str(r->role), "in_force", r->in_force);
}

json_t *
json_stepback_list(const struct rec_stepback_list *l)
{
	return JSON_ARRAY(l, stepback_one);
}

static json_t *
train_session_one(const void *p)
{
	const struct rec_train_session *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:I, s:I, s:o}",
	    "id", (json_int_t)r->id, "title", str(r->title), "kind",
	    str(r->kind), "day", str(r->day), "invited",
	    (json_int_t)r->invited, "attended",
	    (json_int_t)r->attended, "people", str(r->people));
}

json_t *
json_train_session_list(const struct rec_train_session_list *l)
{
	return JSON_ARRAY(l, train_session_one);
}

static json_t *
pos_decision_one(const void *p)
{
	const struct rec_pos_decision *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "id", (json_int_t)r->id, "position", str(r->position),
	    "position_name", str(r->position_name), "electing_group",
	    str(r->electing_group), "decided_by", str(r->decided_by),
	    "decided_on", str(r->decided_on), "note", str(r->note));
}

json_t *
json_pos_decision_list(const struct rec_pos_decision_list *l)
{
	return JSON_ARRAY(l, pos_decision_one);
}

static json_t *
paper_one(const void *p)
{
	const struct rec_paper *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:o, "
	    "s:o, s:o}", "id", (json_int_t)r->id, "title",
	    str(r->title), "kind", str(r->kind), "visibility",
	    str(r->visibility), "link", str(r->link), "body",
	    str(r->body), "added_on", str(r->added_on), "meeting_id",
	    r->meeting_id != 0 ? json_integer(r->meeting_id) :
	    json_null(), "meeting_day", str(r->meeting_day), "grp",
	    str(r->grp));
}

json_t *
json_paper_list(const struct rec_paper_list *l)
{
	return JSON_ARRAY(l, paper_one);
}

static json_t *
mreport_one(const void *p)
{
	const struct rec_mreport *r = p;

	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:o, s:o}",
	    "id", (json_int_t)r->id, "meeting_id",
	    (json_int_t)r->meeting_id, "day", str(r->day), "grp",
	    str(r->grp), "to_body", str(r->to_body), "reported_on",
	    str(r->reported_on), "summary", str(r->summary));
}

json_t *
json_mreport_list(const struct rec_mreport_list *l)
{
	return JSON_ARRAY(l, mreport_one);
}

static json_t *
problem_one(const void *p)
{
	const struct import_problem *r = p;

	return json_pack("{s:I, s:s, s:s}", "line", (json_int_t)r->line,
	    "field", r->field, "message", r->message);
}

json_t *
json_import_problems(const struct import_report *r)
{
	return json_array_of(r->problems, r->nproblems, sizeof(*r->problems),
	    problem_one);
}

static json_t *
arrangement_one(const void *p)
{
	const struct rec_arrangement *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o}", "id",
	    (json_int_t)r->id, "slug", str(r->slug), "name",
	    str(r->name), "kind", str(r->kind), "template",
	    str(r->template), "created", str(r->created));
}

json_t *
json_arrangement_list(const struct rec_arrangement_list *l)
{
	return JSON_ARRAY(l, arrangement_one);
}

static json_t *
constitution_versions_one(const void *p)
{
	const struct rec_constitution_version *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o}", "version",
	    (json_int_t)r->version, "effective_from",
	    str(r->effective_from), "effective_to",
	    str(r->effective_to), "applied_by", str(r->applied_by),
	    "applied_at", str(r->applied_at));
}

json_t *
json_constitution_versions(const struct rec_constitution_version_list *l)
{
	return JSON_ARRAY(l, constitution_versions_one);
}

static json_t *
origin_one(const void *p)
{
	const struct rec_origin *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:i, s:I, s:o, s:i, "
	    "s:o}", "id", (json_int_t)r->id, "slug", str(r->slug),
	    "name", str(r->name), "kind", str(r->kind >= 0 ?
	    group_kind_names[r->kind] : NULL), "has_parent",
	    r->has_parent, "forums", (json_int_t)r->forums,
	    "formed_by", str(r->formed_by), "convened", r->convened,
	    "convened_on", str(r->convened_on));
}

json_t *
json_origin_list(const struct rec_origin_list *l)
{
	return JSON_ARRAY(l, origin_one);
}

static json_t *
invite_one(const void *p)
{
	const struct rec_invite *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o, s:i, "
	    "s:o}", "id", (json_int_t)r->id, "from_body",
	    str(r->from_body), "board", str(r->board), "received_on",
	    str(r->received_on), "decision", str(r->decision),
	    "person", str(r->person), "reason", str(r->reason),
	    "tokenistic", r->tokenistic, "decided_on",
	    str(r->decided_on));
}

json_t *
json_invite_list(const struct rec_invite_list *l)
{
	return JSON_ARRAY(l, invite_one);
}

static json_t *
request_one(const void *p)
{
	const struct rec_request *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o, s:o}",
	    "id", (json_int_t)r->id, "from_body", str(r->from_body),
	    "subject", str(r->subject), "received_on",
	    str(r->received_on), "passed_to", str(r->passed_to),
	    "kept_reason", str(r->kept_reason), "routed_on",
	    str(r->routed_on));
}

json_t *
json_request_list(const struct rec_request_list *l)
{
	return JSON_ARRAY(l, request_one);
}

static json_t *
renewal_one(const void *p)
{
	const struct rec_renewal *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o, s:o}", "id",
	    (json_int_t)r->id, "renewed_on", str(r->renewed_on), "until",
	    str(r->until), "decided_by", str(r->decided_by), "recorded_by",
	    str(r->recorded_by), "recorded_at", str(r->recorded_at));
}

json_t *
json_term(const struct term_view *t)
{
	json_t *a = JSON_ARRAY(&t->renewals, renewal_one);

	if (a == NULL)
		return NULL;
	return json_pack("{s:o, s:o, s:o, s:o, s:b}", "starts",
	    str(t->starts[0] != '\0' ? t->starts : NULL), "ends",
	    str(t->ends[0] != '\0' ? t->ends : NULL), "renewals", a,
	    "runs_to", str(t->runs_to[0] != '\0' ? t->runs_to : NULL),
	    "lapsed", t->lapsed);
}
