/*
 * The registry's records as JSON (json.h), with the field names the
 * API and --json have always given: the columns of the rows they were.
 */
#include <jansson.h>

#include "json.h"
#include "rules/constitution.h"
#include "rules/membership.h"

#define NAME(names, max, v)	((unsigned)(v) < (max) ? (names)[v] : NULL)
#define SECTOR(v)	NAME(sector_names, SECTOR__MAX, v)
#define GKIND(v)	NAME(group_kind_names, GK__MAX, v)

json_t *
json_array_of(const void *v, size_t n, size_t size,
    json_t *(*one)(const void *))
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

json_t *
json_str_null(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

json_t *
json_id_null(int64_t id)
{
	return id != 0 ? json_integer(id) : json_null();
}

json_t *
json_lines(const struct rec_lines *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_string(l->v[i]));
	return a;
}
#define ARRAY(l, fn) json_array_of((l)->v, (l)->n, sizeof(*(l)->v), fn)

json_t *
json_org(const struct rec_org *o)
{
	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:i}", "id", (json_int_t)o->id, "name", o->name, "short_name",
	    o->short_name, "sector", SECTOR(o->sector), "legal_form",
	    o->legal_form, "identifier", o->identifier, "geography",
	    o->geography, "email", o->email, "infrastructure",
	    o->infrastructure);
}

static json_t *org_one(const void *p) { return json_org(p); }

json_t *
json_org_list(const struct rec_org_list *l)
{
	return ARRAY(l, org_one);
}

static json_t *
person(const struct rec_person *p)
{
	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:o, s:s?, s:s?}",
	    "id", (json_int_t)p->id, "name", p->name, "email", p->email,
	    "phone", p->phone, "job_title", p->job_title, "organisation_id",
	    json_id_null(p->org_id), "organisation", p->organisation,
	    "restricted",
	    p->restricted);
}

static json_t *
role_one(const void *v)
{
	const struct rec_role *r = v;

	return json_pack("{s:s?, s:s?}", "role", r->role, "area", r->area);
}

json_t *
json_person(const struct rec_person *p, const struct rec_role_list *roles)
{
	json_t *o = person(p);

	if (o != NULL && json_object_set_new(o, "roles", ARRAY(roles,
	    role_one)) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *
person_one(const void *v)
{
	const struct rec_person	*p = v;
	json_t			*o = person(p);

	if (o != NULL && json_object_set_new(o, "roles", p->roles != NULL ?
	    json_string(p->roles) : json_null()) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *
json_person_list(const struct rec_person_list *l)
{
	return ARRAY(l, person_one);
}

static json_t *
office_one(const void *v)
{
	const struct rec_office *f = v;

	return json_pack("{s:I, s:s?, s:i, s:s?, s:s?, s:I, s:s?, s:s?, s:s?}",
	    "id", (json_int_t)f->id, "office", f->office, "interim",
	    f->interim, "term_start", f->term_start, "term_end", f->term_end,
	    "person_id", (json_int_t)f->person_id, "person", f->person,
	    "organisation", f->organisation, "short_name", f->short_name);
}

json_t *
json_group(const struct rec_group *g, const struct rec_office_list *offices)
{
	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:o, s:o, s:s?, "
	    "s:s?, s:o}", "id", (json_int_t)g->id, "slug", g->slug, "name",
	    g->name, "kind", GKIND(g->kind), "description", g->description,
	    "geography", g->geography, "parent_id", json_id_null(g->parent_id),
	    "support_org_id", json_id_null(g->support_org_id),
	    "support_officer",
	    g->support_officer, "recognised", g->recognised, "offices",
	    ARRAY(offices, office_one));
}

static json_t *
group_one(const void *v)
{
	const struct rec_group *g = v;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:I}", "id",
	    (json_int_t)g->id, "slug", g->slug, "name", g->name, "kind",
	    GKIND(g->kind), "geography", g->geography, "members",
	    (json_int_t)g->members);
}

json_t *
json_group_list(const struct rec_group_list *l)
{
	return ARRAY(l, group_one);
}

static json_t *
membership(const struct rec_membership *m)
{
	return json_pack("{s:I, s:I, s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:i, "
	    "s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "id", (json_int_t)m->id,
	    "group_id", (json_int_t)m->group_id, "organisation_id",
	    (json_int_t)m->org_id, "kind", NAME(memb_kind_names, MK__MAX,
	    m->kind), "status", NAME(memb_status_names, MS__MAX, m->status),
	    "side", m->side, "since", m->since, "status_until",
	    m->status_until, "excluded", m->excluded, "organisation",
	    m->organisation, "sector", SECTOR(m->sector), "identifier",
	    m->identifier, "grp", m->grp, "group_name", m->group_name,
	    "group_kind", GKIND(m->group_kind));
}

static json_t *
memb_one(const void *v)
{
	return membership(v);
}

static json_t *
memb_signed_one(const void *v)
{
	const struct rec_membership	*m = v;
	json_t				*o = membership(m);

	if (o != NULL && json_object_set_new(o, "signed_on", m->signed_on !=
	    NULL ? json_string(m->signed_on) : json_null()) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

json_t *
json_membership_list(const struct rec_membership_list *l, int with_signed)
{
	return ARRAY(l, with_signed ? memb_signed_one : memb_one);
}

static json_t *
history_one(const void *v)
{
	const struct rec_memb_history *h = v;

	return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}", "status",
	    h->status, "effective", h->effective, "until", h->until, "reason",
	    h->reason, "recorded_by", h->recorded_by, "recorded_at",
	    h->recorded_at);
}

static json_t *
crit_one(const void *v)
{
	const struct rec_criterion *r = v;

	return json_pack("{s:s?, s:s?, s:s?, s:s?}", "criterion", r->criterion,
	    "evidence", r->evidence, "recorded_by", r->recorded_by,
	    "recorded_on", r->recorded_on);
}

json_t *
json_membership_detail(const struct rec_membership_detail *d)
{
	json_t	*o = membership(&d->m), *gaps = json_array(), *decl;
	size_t	 i;

	for (i = 0; gaps != NULL && i < d->ngaps; i++)
		json_array_append_new(gaps, json_string(d->gaps[i]));
	decl = d->declared ? json_pack("{s:I, s:s?, s:s?, s:s?, s:i}", "id",
	    (json_int_t)d->declaration.id, "signer_name",
	    d->declaration.signer_name, "signer_role",
	    d->declaration.signer_role, "signed_on",
	    d->declaration.signed_on, "authority",
	    d->declaration.authority) : json_null();
	if (o == NULL || gaps == NULL || decl == NULL ||
	    json_object_set_new(o, "history", ARRAY(&d->history,
	    history_one)) != 0 ||
	    json_object_set_new(o, "criteria", ARRAY(&d->criteria,
	    crit_one)) != 0 ||
	    json_object_set_new(o, "criteria_gaps", gaps) != 0 ||
	    json_object_set_new(o, "declaration", decl) != 0) {
		json_decref(o);
		return NULL;
	}
	return o;
}

static json_t *
forum_one(const void *v)
{
	const struct rec_forum *f = v;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, "
	    "s:s?, s:I, s:s?, s:b, s:s?, s:s?, s:b, s:s?, s:s?}", "id",
	    (json_int_t)f->id, "slug", f->slug, "name", f->name, "kind",
	    GKIND(f->kind), "description", f->description, "geography",
	    f->geography, "support_organisation", f->support_organisation,
	    "support_short", f->support_short, "support_officer",
	    f->support_officer, "members", (json_int_t)f->members, "chair",
	    f->chair, "chair_interim", f->chair_interim, "chair_term_end",
	    f->chair_term_end, "vice_chair", f->vice_chair,
	    "vice_chair_interim", f->vice_chair_interim, "chair_label",
	    f->chair_label, "support", f->support);
}

json_t *
json_forum_list(const struct rec_forum_list *l)
{
	return ARRAY(l, forum_one);
}

static json_t *
holder_one(const void *v)
{
	const struct rec_appointment	*a = v;
	json_t				*o;

	o = json_pack("{s:s?, s:s?, s:s?, s:b, s:s?, s:s?, s:s?}", "holder",
	    a->holder, "person", a->person, "organisation", a->organisation,
	    "interim", a->interim, "scope", a->scope, "term_start",
	    a->term_start, "term_end", a->term_end);
	/* SA-D2.8: present only for a holder stepped back. */
	if (o != NULL && a->stepped_back) {
		json_object_set_new(o, "stepped_back_until",
		    a->stepped_back_until != NULL ?
		    json_string(a->stepped_back_until) : json_null());
		json_object_set_new(o, "stepped_back", json_true());
	}
	return o;
}

/* SA-9.1: a holder whose term has ended, with the seat they held. */
static json_t *
expired_one(const void *v)
{
	const struct rec_appointment	*a = v;
	json_t				*o = holder_one(v);

	if (o != NULL)
		json_object_set_new(o, "role", a->role != NULL ?
		    json_string(a->role) : json_null());
	return o;
}

static json_t *
position_one(const void *v)
{
	const struct rec_position_entry	*e = v;
	const struct rec_position	*p = &e->p;
	json_t				*o;

	o = json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:I, "
	    "s:s?, s:s?, s:o, s:o, s:o, s:b}", "id", (json_int_t)p->id, "slug",
	    p->slug, "section", p->section, "name", p->name, "method",
	    p->method, "appointed_by", p->appointed_by, "electing_group",
	    p->electing_group, "seats", (json_int_t)p->seats, "note", p->note,
	    "term", e->term, "representatives", ARRAY(&e->reps, holder_one),
	    "deputies", ARRAY(&e->deps, holder_one), "expired",
	    ARRAY(&e->expired, expired_one), "vacant", e->reps.n == 0);
	/* SA-9.2: present only once the co-ordination group decided. */
	if (o != NULL && e->electing_decided != NULL)
		json_object_set_new(o, "electing_decided",
		    json_string(e->electing_decided));
	return o;
}

json_t *
json_position_list(const struct rec_position_list *l)
{
	return ARRAY(l, position_one);
}

json_t *
json_signatory_list(const struct rec_signatory_list *l)
{
	const struct rec_signatory	*s;
	json_t				*a = json_array(), *o, *ad;
	size_t				 i, k;

	for (i = 0; a != NULL && i < l->n; i++) {
		s = &l->v[i];
		ad = json_array();
		for (k = 0; ad != NULL && k < l->nadopts; k++)
			json_array_append_new(ad, json_string(l->adopts[k]));
		o = json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:o}",
		    "organisation", s->organisation, "sector",
		    SECTOR(s->sector), "signer_name", s->signer_name,
		    "signer_role", s->signer_role, "signed_on", s->signed_on,
		    "agreement_version", s->agreement_version, "adopts", ad);
		if (o == NULL || json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static json_t *
commitment_one(const void *v)
{
	const struct rec_commitment *m = v;

	return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?}", "code", m->code,
	    "kind", m->kind, "heading", m->heading, "body", m->body, "party",
	    m->party);
}

json_t *
json_commitment_list(const struct rec_commitment_list *l)
{
	return ARRAY(l, commitment_one);
}

static json_t *
concern_one(const void *v)
{
	const struct rec_concern *c = v;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?}", "id",
	    (json_int_t)c->id, "position", c->position, "person", c->person,
	    "raised_by", c->raised_by, "body", c->body, "raised", c->raised);
}

json_t *
json_concern_list(const struct rec_concern_list *l)
{
	return ARRAY(l, concern_one);
}
