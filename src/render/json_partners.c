/*
 * The partners' records as JSON (json.h), with the field names the API
 * and --json have always given: the columns of the rows they were.
 */
#include <stdio.h>

#include <jansson.h>

#include "json.h"
#include "rules/membership.h"

static json_t *
contact_one(const void *p)
{
	const struct rec_contact *k = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}",
	    "id", (json_int_t)k->id, "kind", k->kind, "area", k->area,
	    "organisation", k->organisation, "name", k->name, "job_title",
	    k->job_title, "email", k->email, "since", k->since);
}

JSON_LIST(json_contact_list, rec_contact_list, contact_one)

const char *const json_plan_status[3] = { "open", "overdue", "done" };

static json_t *
plan_one(const void *p)
{
	const struct rec_plan *a = p;

	return json_pack("{s:I, s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:s}", "id", (json_int_t)a->id, "organisation_id",
	    (json_int_t)a->org_id, "organisation", a->organisation,
	    "commitment", a->commitment, "action", a->action, "owner",
	    a->owner, "due", a->due, "progress", a->progress, "done_on",
	    a->done_on, "status", json_plan_status[a->status]);
}

JSON_LIST(json_plan_list, rec_plan_list, plan_one)

const char *const json_milestone_status[4] = { "to come", "met",
    "met late", "missed" };

static json_t *
milestone_one(const void *p)
{
	const struct rec_milestone *m = p;

	/* met_on and note only once it is met. */
	if (m->met_on != NULL)
		return json_pack("{s:i, s:s?, s:s?, s:s, s:s?, s:s}", "n", m->n,
		    "due", m->due, "label", m->label, "met_on", m->met_on,
		    "note", m->note, "status",
		    json_milestone_status[m->status]);
	return json_pack("{s:i, s:s?, s:s?, s:s}", "n", m->n, "due", m->due,
	    "label", m->label, "status",
	    json_milestone_status[m->status]);
}

JSON_LIST(json_milestone_list, rec_milestone_list, milestone_one)

static json_t *
influence_one(const void *p)
{
	const struct rec_influence *i = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)i->id, "on_date", i->on_date, "body", i->body,
	    "decision", i->decision, "change", i->change, "commitment",
	    i->commitment, "source", i->source);
}

JSON_LIST(json_influence_list, rec_influence_list, influence_one)

static json_t *
attendance_one(const void *p)
{
	const struct rec_partner_attendance *a = p;

	return json_pack("{s:s?, s:s?, s:s?, s:I, s:I}", "grp", a->grp,
	    "group_name", a->group_name, "organisation", a->organisation,
	    "held", (json_int_t)a->held, "attended", (json_int_t)a->attended);
}

JSON_LIST(json_partner_attendance_list, rec_partner_attendance_list,
    attendance_one)

const char *const json_partnership_status[3] = { "represented",
    "justified", "gap" };

static json_t *
partnership_one(const void *p)
{
	const struct rec_partnership *s = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:I, s:s?, s:s?, s:s?, s:s}",
	    "id", (json_int_t)s->id, "slug", s->slug, "section", s->section,
	    "name", s->name, "representatives",
	    (json_int_t)s->representatives, "justification",
	    s->justification, "agreed_by", s->agreed_by, "agreed_on",
	    s->agreed_on, "status", json_partnership_status[s->status]);
}

JSON_LIST(json_partnership_list, rec_partnership_list, partnership_one)

/* --- funding --- */

const char *const json_funding_length[3] = { "aim", "short", "long" };

static json_t *
funding_one(const void *p)
{
	const struct rec_funding *f = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:I, s:I, s:s?, "
	    "s:s?, s:I, s:s?, s:s?, s:s?, s:s?, s:i, s:s}", "id",
	    (json_int_t)f->id, "kind", f->kind, "funder", f->funder,
	    "funder_identifier", f->funder_identifier, "recipient",
	    f->recipient, "recipient_identifier", f->recipient_identifier,
	    "funder_id", (json_int_t)f->funder_id, "recipient_id",
	    (json_int_t)f->recipient_id, "title", f->title, "description",
	    f->description, "amount_pence", (json_int_t)f->amount_pence,
	    "awarded", f->awarded, "starts", f->starts, "ends", f->ends,
	    "reference", f->reference, "months", f->months, "length",
	    json_funding_length[(unsigned)f->length < 3 ? f->length : 0]);
}

JSON_LIST(json_funding_list, rec_funding_list, funding_one)

static const char *const kinds[] = { "contract", "grant", "small-grant" };

static json_t *
spend_partner(const struct spend_partner *p)
{
	json_t	*o;
	size_t	 k;

	o = json_pack("{s:s?, s:I}", "organisation", p->organisation,
	    "total_pence", (json_int_t)p->total_pence);
	for (k = 0; o != NULL && k < 3; k++)
		json_object_set_new(o, kinds[k], json_integer(p->by_kind[k]));
	if (o != NULL && p->has_aim) {
		json_object_set_new(o, "aim_pence",
		    json_integer(p->aim_pence));
		json_object_set_new(o, "plan", p->plan != NULL ?
		    json_string(p->plan) : json_null());
	}
	return o;
}

json_t *
json_spend(const struct spend_view *sv)
{
	json_t	*o, *partners = json_array(), *kindt = json_object(), *p;
	size_t	 i, k;

	for (k = 0; k < 3 && kindt != NULL; k++)
		json_object_set_new(kindt, kinds[k],
		    json_integer(sv->by_kind[k]));
	for (i = 0; i < sv->npartners && partners != NULL; i++)
		if ((p = spend_partner(&sv->partners[i])) == NULL ||
		    json_array_append_new(partners, p) != 0) {
			json_decref(partners);
			partners = NULL;
		}
	o = json_pack("{s:i, s:I, s:o*, s:o*, s:{s:I, s:I, s:I}, s:o*, s:i, "
	    "s:i, s:b}", "year", sv->year, "total_pence",
	    (json_int_t)sv->total_pence, "by_kind", kindt, "partners",
	    partners, "lengths", "aim", (json_int_t)sv->lengths[0], "short",
	    (json_int_t)sv->lengths[1], "long", (json_int_t)sv->lengths[2],
	    "funding", json_funding_list(&sv->funding), "min_years",
	    sv->min_years, "max_years", sv->max_years, "published",
	    sv->published);
	if (o != NULL && sv->rules[0] != '\0')
		json_object_set_new(o, "rules", json_string(sv->rules));
	return o;
}

/* An organisation for 360Giving: its org-id, else one under pre. */
static json_t *
org_360(const char *pre, const char *ident, int64_t id, const char *name)
{
	char own[160];

	snprintf(own, sizeof(own), "%s-ORG-%lld", pre, (long long)id);
	return json_pack("[{s:s, s:s?}]", "id", ident != NULL ? ident : own,
	    "name", name);
}

json_t *
json_grants_360(const struct rec_funding_list *l, const char *pre)
{
	const struct rec_funding	*f;
	json_t				*grants = json_array(), *g;
	char				 ident[160];
	int64_t				 p;
	size_t				 i;

	for (i = 0; i < l->n && grants != NULL; i++) {
		f = &l->v[i];
		p = f->amount_pence;
		snprintf(ident, sizeof(ident), "%s-%lld", pre,
		    (long long)f->id);
		g = json_pack("{s:s, s:s?, s:s?, s:s, s:o, s:s?, s:[{s:s?, "
		    "s:s?, s:I}], s:o, s:o}", "id", ident, "title", f->title,
		    "description", f->description != NULL ? f->description :
		    f->title, "currency", "GBP", "amountAwarded", p % 100 ==
		    0 ? json_integer(p / 100) : json_real((double)p / 100),
		    "awardDate", f->awarded, "plannedDates", "startDate",
		    f->starts, "endDate", f->ends, "duration",
		    (json_int_t)f->months, "recipientOrganization",
		    org_360(pre, f->recipient_identifier, f->recipient_id,
		    f->recipient), "fundingOrganization", org_360(pre,
		    f->funder_identifier, f->funder_id, f->funder));
		if (g == NULL || json_array_append_new(grants, g) != 0) {
			json_decref(grants);
			return NULL;
		}
	}
	return grants != NULL ? json_pack("{s:o}", "grants", grants) : NULL;
}

/* --- the self-assessment and consultations --- */

static json_t *
cycle_one(const void *p)
{
	const struct rec_cycle *c = p;

	return json_pack("{s:I, s:I, s:I, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)c->id, "arrangement_id", (json_int_t)c->arrangement_id,
	    "year", (json_int_t)c->year, "due", c->due, "opened_by",
	    c->opened_by, "opened_at", c->opened_at);
}

JSON_LIST(json_cycle_list, rec_cycle_list, cycle_one)

static json_t *
rating_one(const void *p)
{
	const struct rec_rating *r = p;

	return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "code",
	    r->code, "heading", r->heading, "body", r->body, "rating",
	    r->rating, "evidence", r->evidence, "links", r->links,
	    "sector_view", r->sector_view);
}

static json_t *
assessment_one(const void *p)
{
	const struct rec_assessment *a = p;

	return json_pack("{s:I, s:I, s:s?, s:s?, s:s?, s:I, s:b, s:o*, s:I}",
	    "id", (json_int_t)a->id, "organisation_id", (json_int_t)a->org_id,
	    "organisation", a->organisation, "sector",
	    (unsigned)a->sector < SECTOR__MAX ? sector_names[a->sector] :
	    NULL, "submitted", a->submitted, "rated", (json_int_t)a->rated,
	    "late", a->late, "ratings", JSON_ARRAY(&a->ratings, rating_one),
	    "not_rated", (json_int_t)a->not_rated);
}

json_t *
json_assess_year(const struct assess_year *y)
{
	json_t *o = cycle_one(&y->cycle), *a;

	if (o == NULL)
		return NULL;
	if ((a = JSON_ARRAY(&y->assessments, assessment_one)) == NULL ||
	    json_object_set_new(o, "assessments", a) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *
consult_one(const void *p)
{
	const struct rec_consult *k = p;

	return json_pack("{s:I, s:s?, s:I, s:s?, s:s?, s:s?, s:i, s:s?, s:s?, "
	    "s:i, s:b}", "id", (json_int_t)k->id, "organisation",
	    k->organisation, "organisation_id", (json_int_t)k->org_id,
	    "title", k->title, "opens", k->opens, "closes", k->closes,
	    "significant", k->significant, "short_reason", k->short_reason,
	    "feedback_on", k->feedback_on, "weeks", k->weeks, "short",
	    k->is_short);
}

JSON_LIST(json_consult_list, rec_consult_list, consult_one)

/* --- disputes and breaches --- */

static json_t *
dispute_row(const void *p)
{
	const struct rec_dispute *d = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:I, s:s?, s:s?, "
	    "s:s?, s:b, s:s?, s:s?}", "id", (json_int_t)d->id, "kind", d->kind,
	    "subject", d->subject, "org_a", d->org_a, "org_b", d->org_b,
	    "first_contact", d->first_contact, "stage", (json_int_t)d->stage,
	    "due", d->due, "resolved", d->resolved, "signposted",
	    d->signposted, "overdue", d->overdue, "stage_name", d->stage_name,
	    "status", d->status);
}

JSON_LIST(json_dispute_list, rec_dispute_list, dispute_row)

static json_t *
event_one(const void *p)
{
	const struct rec_dispute_event *e = p;

	return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?}", "day", e->day,
	    "step", e->step, "detail", e->detail, "actor", e->actor, "at",
	    e->at);
}

static json_t *
panellist_one(const void *p)
{
	const struct rec_panellist *x = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)x->id, "name", x->name, "organisation",
	    x->organisation, "sector", x->sector, "drawn_by", x->drawn_by,
	    "drawn_at", x->drawn_at);
}

/* Every column of the case, in the table's order, then what core adds. */
json_t *
json_dispute(const struct dispute_view *v)
{
	const struct rec_dispute	*d = &v->d;
	json_t				*o, *miss;
	size_t				 i;

	o = json_pack("{s:I, s:I, s:s?, s:I, s:o, s:s?, s:s?, s:I, s:s?, s:s?, "
	    "s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "id", (json_int_t)d->id,
	    "arrangement_id", (json_int_t)d->arrangement_id, "kind", d->kind,
	    "org_a_id", (json_int_t)d->org_a_id, "org_b_id",
	    json_id_null(d->org_b_id),
	    "subject", d->subject, "first_contact", d->first_contact, "stage",
	    (json_int_t)d->stage, "problem", d->problem, "handled",
	    d->handled, "unresolved", d->unresolved, "outcome_sought",
	    d->outcome_sought, "statement_on", d->statement_on, "due", d->due,
	    "third_party", d->third_party, "signposted", d->signposted,
	    "resolved", d->resolved, "outcome", d->outcome, "resolved_by",
	    d->resolved_by, "recorded_by", d->recorded_by, "recorded_at",
	    d->recorded_at, "org_a", d->org_a, "sector_a", d->sector_a,
	    "legal_form_a", d->legal_form_a, "org_b", d->org_b, "sector_b",
	    d->sector_b, "legal_form_b", d->legal_form_b);
	if (o == NULL)
		return NULL;
	miss = json_array();
	for (i = 0; miss != NULL && i < v->nmissing; i++)
		json_array_append_new(miss, json_string(v->missing[i]));
	if (json_object_set_new(o, "overdue", json_boolean(d->overdue)) ||
	    json_object_set_new(o, "stage_name", json_string(d->stage_name)) ||
	    json_object_set_new(o, "status", json_string(d->status)) ||
	    json_object_set_new(o, "events", JSON_ARRAY(&v->events,
	    event_one)) ||
	    json_object_set_new(o, "statement_missing", miss) ||
	    json_object_set_new(o, "procedure", json_string(v->procedure)) ||
	    json_object_set_new(o, "cross_sector",
	    json_boolean(v->cross_sector)) ||
	    json_object_set_new(o, "panel", JSON_ARRAY(&v->panel,
	    panellist_one))) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *
eligible_one(const void *p)
{
	const struct rec_candidate *x = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:b}", "id",
	    (json_int_t)x->id, "name", x->name, "organisation",
	    x->organisation, "sector", x->sector, "drawn", x->drawn);
}

static json_t *
excluded_one(const void *p)
{
	const struct rec_candidate *x = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)x->id, "name", x->name, "organisation",
	    x->organisation, "sector", x->sector, "reason", x->reason);
}

json_t *
json_panel_view(const struct panel_view *v)
{
	return json_pack("{s:I, s:s?, s:s?, s:o, s:o, s:b, s:o}", "case",
	    (json_int_t)v->case_id, "group", v->group, "group_slug",
	    v->group_slug, "eligible", JSON_ARRAY(&v->eligible, eligible_one),
	    "excluded", JSON_ARRAY(&v->excluded, excluded_one), "cross_sector",
	    v->cross_sector, "panel", JSON_ARRAY(&v->panel, panellist_one));
}

json_t *
json_dispute_stats(const struct dispute_stats *s)
{
	return json_pack("{s:o, s:i, s:{s:i, s:i}, s:{s:i, s:i, s:i}, s:i, "
	    "s:i, s:i, s:i, s:i, s:i}", "year", s->year > 0 ?
	    json_integer(s->year) : json_null(), "cases", s->cases,
	    "by_kind", "dispute", s->disputes, "breach", s->breaches,
	    "stage_reached", "1", s->stage_reached[0], "2",
	    s->stage_reached[1], "3", s->stage_reached[2], "open", s->open,
	    "overdue", s->overdue, "resolved", s->resolved,
	    "resolved_in_time", s->in_time, "resolved_late", s->late,
	    "signposted", s->signposted);
}
