/*
 * Users, API tokens and a person's data as JSON (json.h), with the
 * field names the API and --json have always given: the columns of the
 * rows they were.
 */
#include <string.h>

#include <jansson.h>

#include "json.h"
#include "core/core_privacy.h"

static json_t *
user_one(const void *p)
{
	const struct rec_user *u = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:i, s:i, s:i, s:s?}", "id",
	    (json_int_t)u->id, "name", u->name, "email", u->email,
	    "organisation", u->organisation, "officer", u->officer,
	    "has_password", u->has_password, "second_factor",
	    u->second_factor, "created", u->created);
}

JSON_LIST(json_user_list, rec_user_list, user_one)

static json_t *
token_one(const void *p)
{
	const struct rec_token *t = p;

	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?}",
	    "id", (json_int_t)t->id, "name", t->name, "scope", t->scope,
	    "expires", t->expires, "last_used", t->last_used, "created_by",
	    t->created_by, "created", t->created, "revoked", t->revoked);
}

JSON_LIST(json_token_list, rec_token_list, token_one)

static json_t *
priv_person(const struct rec_priv_person *p)
{
	return json_pack("{s:I, s:s?, s:s?, s:s?, s:s?, s:o, s:s?, s:I, "
	    "s:s?, s:s?}", "id", (json_int_t)p->id, "name", p->name, "email",
	    p->email, "phone", p->phone, "job_title", p->job_title,
	    "organisation_id", p->org_id != 0 ? json_integer(p->org_id) :
	    json_null(), "organisation", p->organisation, "digest",
	    (json_int_t)p->digest, "restricted", p->restricted, "erased",
	    p->erased);
}

static json_t *
cell(const struct rec_cell *c, int as_json)
{
	json_t *v;

	switch (c->t) {
	case CELL_INT:
		return json_integer(c->i);
	case CELL_TEXT:
		/* An audit detail is kept as JSON text: shown as JSON. */
		if (as_json && (v = json_loads(c->s, 0, NULL)) != NULL)
			return v;
		return json_string(c->s);
	default:
		return json_null();
	}
}

/* Each row as an object of its columns; details as JSON. */
static json_t *
table(const struct rec_table *t, int details)
{
	json_t	*a = json_array(), *o;
	size_t	 r, k;

	for (r = 0; a != NULL && r < t->nrows; r++) {
		if ((o = json_object()) == NULL ||
		    json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
		for (k = 0; k < t->ncols; k++)
			if (json_object_set_new(o, t->cols[k], cell(
			    &t->cells[r * t->ncols + k], details &&
			    strcmp(t->cols[k], "detail") == 0)) != 0) {
				json_decref(a);
				return NULL;
			}
	}
	return a;
}

json_t *
json_person_export(const struct person_export *e)
{
	json_t	*o;
	size_t	 i;

	o = json_pack("{s:s?, s:s?, s:s?, s:o}", "exported_at",
	    e->exported_at, "exported_by", e->exported_by, "controller",
	    e->controller, "person", priv_person(&e->person));
	for (i = 0; o != NULL && i < EXP__MAX; i++)
		if (json_object_set_new(o, export_section_names[i],
		    table(&e->sections[i], i == EXP_AUDIT)) != 0) {
			json_decref(o);
			return NULL;
		}
	return o;
}

static json_t *
counts(const int64_t *v, const char *const *names, size_t n,
    json_int_t *sum)
{
	json_t	*o = json_object();
	size_t	 i;

	*sum = 0;
	for (i = 0; o != NULL && i < n; i++) {
		*sum += v[i];
		if (json_object_set_new(o, names[i], json_integer(v[i])) != 0) {
			json_decref(o);
			return NULL;
		}
	}
	return o;
}

json_t *
json_erasure(const struct rec_erasure *e)
{
	json_t		*removed, *kept;
	json_int_t	 nr, nk;

	removed = counts(e->removed, erase_removed_names, ER__MAX, &nr);
	kept = counts(e->kept, erase_kept_names, EK__MAX, &nk);
	return json_pack("{s:I, s:s, s:I, s:I, s:I, s:o, s:o}", "person",
	    (json_int_t)e->person, "placeholder", e->placeholder, "removed",
	    nr, "kept", nk, "redacted", (json_int_t)e->nredacted,
	    "removed_records", removed, "kept_records", kept);
}

json_t *
json_retention(const struct retention *r)
{
	return json_pack("{s:I, s:I, s:I}", "signin", (json_int_t)r->signin,
	    "mail", (json_int_t)r->mail, "audit", (json_int_t)r->audit);
}
