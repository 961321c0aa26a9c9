/*
 * Each agreement's own records as JSON (json.h), from store/rec_own.h,
 * with the names --json has always given: the statements' columns; and
 * an import's problems by row.
 */
#include "json.h"
#include "core/own.h"
#include "store/rec_arrangement.h"
#include "store/rec_check.h"
#include "store/rec_own.h"

static json_t *
stepback_one(const void *p)
{
	const struct rec_stepback *r = p;

	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:I, s:o, s:o, "
	    "s:o, s:o, s:o, s:b}", "id", (json_int_t)r->id,
	    "appointment_id", (json_int_t)r->appointment_id,
	    "conflict", json_str_null(r->conflict), "from_day",
	    json_str_null(r->from_day),
	    "until_day", json_str_null(r->until_day), "permanent",
	    (json_int_t)r->permanent, "lifted", json_str_null(r->lifted),
	    "person", json_str_null(r->person), "position",
	    json_str_null(r->position),
	    "position_name", json_str_null(r->position_name), "role",
	    json_str_null(r->role), "in_force", r->in_force);
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
	    "id", (json_int_t)r->id, "title", json_str_null(r->title), "kind",
	    json_str_null(r->kind), "day", json_str_null(r->day), "invited",
	    (json_int_t)r->invited, "attended",
	    (json_int_t)r->attended, "people", json_str_null(r->people));
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
	    "id", (json_int_t)r->id, "position", json_str_null(r->position),
	    "position_name", json_str_null(r->position_name), "electing_group",
	    json_str_null(r->electing_group), "decided_by",
	    json_str_null(r->decided_by),
	    "decided_on", json_str_null(r->decided_on), "note",
	    json_str_null(r->note));
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
	    json_str_null(r->title), "kind", json_str_null(r->kind),
	    "visibility",
	    json_str_null(r->visibility), "link", json_str_null(r->link),
	    "body",
	    json_str_null(r->body), "added_on", json_str_null(r->added_on),
	    "meeting_id",
	    r->meeting_id != 0 ? json_integer(r->meeting_id) :
	    json_null(), "meeting_day", json_str_null(r->meeting_day), "grp",
	    json_str_null(r->grp));
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
	    (json_int_t)r->meeting_id, "day", json_str_null(r->day), "grp",
	    json_str_null(r->grp), "to_body", json_str_null(r->to_body),
	    "reported_on",
	    json_str_null(r->reported_on), "summary",
	    json_str_null(r->summary));
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
	    (json_int_t)r->id, "slug", json_str_null(r->slug), "name",
	    json_str_null(r->name), "kind", json_str_null(r->kind), "template",
	    json_str_null(r->template), "created", json_str_null(r->created));
}

json_t *
json_arrangement_list(const struct rec_arrangement_list *l)
{
	return JSON_ARRAY(l, arrangement_one);
}

static json_t *
origin_one(const void *p)
{
	const struct rec_origin *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:i, s:I, s:o, s:i, "
	    "s:o}", "id", (json_int_t)r->id, "slug", json_str_null(r->slug),
	    "name", json_str_null(r->name), "kind", json_str_null(r->kind >= 0 ?
	    group_kind_names[r->kind] : NULL), "has_parent",
	    r->has_parent, "forums", (json_int_t)r->forums,
	    "formed_by", json_str_null(r->formed_by), "convened", r->convened,
	    "convened_on", json_str_null(r->convened_on));
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
	    json_str_null(r->from_body), "board", json_str_null(r->board),
	    "received_on",
	    json_str_null(r->received_on), "decision",
	    json_str_null(r->decision),
	    "person", json_str_null(r->person), "reason",
	    json_str_null(r->reason),
	    "tokenistic", r->tokenistic, "decided_on",
	    json_str_null(r->decided_on));
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
	    "id", (json_int_t)r->id, "from_body", json_str_null(r->from_body),
	    "subject", json_str_null(r->subject), "received_on",
	    json_str_null(r->received_on), "passed_to",
	    json_str_null(r->passed_to),
	    "kept_reason", json_str_null(r->kept_reason), "routed_on",
	    json_str_null(r->routed_on));
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
	    (json_int_t)r->id, "renewed_on", json_str_null(r->renewed_on),
	    "until",
	    json_str_null(r->until), "decided_by", json_str_null(r->decided_by),
	    "recorded_by",
	    json_str_null(r->recorded_by), "recorded_at",
	    json_str_null(r->recorded_at));
}

json_t *
json_term(const struct term_view *t)
{
	json_t *a = JSON_ARRAY(&t->renewals, renewal_one);

	if (a == NULL)
		return NULL;
	return json_pack("{s:o, s:o, s:o, s:o, s:b}", "starts",
	    json_str_null(t->starts[0] != '\0' ? t->starts : NULL), "ends",
	    json_str_null(t->ends[0] != '\0' ? t->ends : NULL), "renewals", a,
	    "runs_to", json_str_null(t->runs_to[0] != '\0' ? t->runs_to : NULL),
	    "lapsed", t->lapsed);
}
