/*
 * The partners' records as JSON (json.h), with the field names the API
 * and --json have always given: the columns of the rows they were.
 */
#include <jansson.h>

#include "json.h"
#include "rules/membership.h"

/* Appends each of n records made by one(rec) to a new array. */
static json_t *
array(const void *v, size_t n, size_t size, json_t *(*one)(const void *))
{
	json_t	*a = json_array(), *o;
	size_t	 i;

	if (a == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		if ((o = one((const char *)v + i * size)) == NULL ||
		    json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
	return a;
}
#define ARRAY(l, fn) array((l)->v, (l)->n, sizeof(*(l)->v), fn)

static json_t *
contact_one(const void *p)
{
	const struct rec_contact *k = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}",
	    "id", (json_int_t)k->id, "kind", k->kind, "area", k->area,
	    "organisation", k->organisation, "name", k->name, "job_title",
	    k->job_title, "email", k->email, "since", k->since);
}

json_t *
json_contact_list(const struct rec_contact_list *l)
{
	return ARRAY(l, contact_one);
}

static json_t *
partner_one(const void *p)
{
	const struct rec_partner *o = p;

	return json_pack("{s:I, s:s?, s:s?}", "id", (json_int_t)o->id,
	    "name", o->name, "sector", (unsigned)o->sector < SECTOR__MAX ?
	    sector_names[o->sector] : NULL);
}

json_t *
json_partner_list(const struct rec_partner_list *l)
{
	return ARRAY(l, partner_one);
}

static const char *const plan_status[] = { "open", "overdue", "done" };

static json_t *
plan_one(const void *p)
{
	const struct rec_plan *a = p;

	return json_pack("{s:I, s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:s}", "id", (json_int_t)a->id, "organisation_id",
	    (json_int_t)a->org_id, "organisation", a->organisation,
	    "commitment", a->commitment, "action", a->action, "owner",
	    a->owner, "due", a->due, "progress", a->progress, "done_on",
	    a->done_on, "status", plan_status[a->status]);
}

json_t *
json_plan_list(const struct rec_plan_list *l)
{
	return ARRAY(l, plan_one);
}

static const char *const ms_status[] = { "to come", "met", "met late",
    "missed" };

static json_t *
milestone_one(const void *p)
{
	const struct rec_milestone *m = p;

	/* met_on and note only once it is met. */
	if (m->met_on != NULL)
		return json_pack("{s:i, s:s?, s:s?, s:s, s:s?, s:s}", "n", m->n,
		    "due", m->due, "label", m->label, "met_on", m->met_on,
		    "note", m->note, "status", ms_status[m->status]);
	return json_pack("{s:i, s:s?, s:s?, s:s}", "n", m->n, "due", m->due,
	    "label", m->label, "status", ms_status[m->status]);
}

json_t *
json_milestone_list(const struct rec_milestone_list *l)
{
	return ARRAY(l, milestone_one);
}

static json_t *
influence_one(const void *p)
{
	const struct rec_influence *i = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)i->id, "on_date", i->on_date, "body", i->body,
	    "decision", i->decision, "change", i->change, "commitment",
	    i->commitment, "source", i->source);
}

json_t *
json_influence_list(const struct rec_influence_list *l)
{
	return ARRAY(l, influence_one);
}

static json_t *
attendance_one(const void *p)
{
	const struct rec_partner_attendance *a = p;

	return json_pack("{s:s?, s:s?, s:s?, s:I, s:I}", "grp", a->grp,
	    "group_name", a->group_name, "organisation", a->organisation,
	    "held", (json_int_t)a->held, "attended", (json_int_t)a->attended);
}

json_t *
json_partner_attendance_list(const struct rec_partner_attendance_list *l)
{
	return ARRAY(l, attendance_one);
}

static const char *const ps_status[] = { "represented", "justified",
    "gap" };

static json_t *
partnership_one(const void *p)
{
	const struct rec_partnership *s = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:I, s:s?, s:s?, s:s?, s:s}",
	    "id", (json_int_t)s->id, "slug", s->slug, "section", s->section,
	    "name", s->name, "representatives",
	    (json_int_t)s->representatives, "justification",
	    s->justification, "agreed_by", s->agreed_by, "agreed_on",
	    s->agreed_on, "status", ps_status[s->status]);
}

json_t *
json_partnership_list(const struct rec_partnership_list *l)
{
	return ARRAY(l, partnership_one);
}
