/*
 * The JSON text kept in the database's columns (json_stored.h), made
 * with the same jansson calls as it always has been: the ledger hashed
 * it byte for byte.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "json_stored.h"

/* o's text (compact, with sorted keys when sorted); NULL for none or no
 * memory.  o is freed. */
static char *
text_of(json_t *o, int sorted)
{
	char *s = o != NULL ? json_dumps(o, JSON_COMPACT |
	    (sorted ? JSON_SORT_KEYS : 0)) : NULL;

	json_decref(o);
	return s;
}

/* v absent, null, or of type t. */
static int
opt_is(const json_t *v, json_type t)
{
	return v == NULL || json_is_null(v) || json_typeof(v) == t;
}

/* A copy of v's string into *to (NULL for none); -1 for no memory. */
static int
copy_str(const json_t *v, char **to)
{
	const char *s = json_string_value(v);

	*to = s != NULL ? strdup(s) : NULL;
	return s != NULL && *to == NULL ? -1 : 0;
}

/* --- an audit entry's detail --- */

char *
json_stored_detail(const char *fmt, va_list ap)
{
	return text_of(json_vpack_ex(NULL, 0, fmt, ap), 1);
}

char *
json_stored_detail_with(const char *key, const char *json)
{
	json_t *v = json != NULL ? json_loads(json, 0, NULL) : NULL;

	if (v == NULL || key == NULL)		/* the text is the detail */
		return text_of(v, 1);
	return text_of(json_pack("{s:o}", key, v), 1);
}

/* --- a decision's effect --- */

char *
json_stored_effect(const struct rec_effect *e)
{
	return text_of(json_pack("{s:s, s:I, s:s?, s:s?}", "do", e->what,
	    "organisation_id", (json_int_t)e->organisation_id, "organisation",
	    e->organisation, "effective", e->effective), 1);
}

int
json_stored_effect_parse(const char *text, struct rec_effect *e)
{
	json_t		*j, *id;
	const char	*what;
	int		 rc = -1;

	memset(e, 0, sizeof(*e));
	if (text == NULL || (j = json_loads(text, 0, NULL)) == NULL)
		return -1;
	what = json_string_value(json_object_get(j, "do"));
	id = json_object_get(j, "organisation_id");
	if (what != NULL && strlen(what) < sizeof(e->what) &&
	    opt_is(id, JSON_INTEGER) &&
	    opt_is(json_object_get(j, "organisation"), JSON_STRING) &&
	    opt_is(json_object_get(j, "effective"), JSON_STRING)) {
		snprintf(e->what, sizeof(e->what), "%s", what);
		e->organisation_id = json_integer_value(id);
		rc = copy_str(json_object_get(j, "organisation"),
		    &e->organisation) != 0 ||
		    copy_str(json_object_get(j, "effective"),
		    &e->effective) != 0 ? -1 : 0;
	}
	json_decref(j);
	if (rc != 0)
		rec_effect_free(e);
	return rc;
}

/* --- an election's result --- */

static json_t *
names_json(const struct rec_lines *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_string(l->v[i]));
	return a;
}

/* The result as it has always been kept: {counts, winners, tied,
 * ballots, outcome}; also the result the API and --json give. */
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
	    "winners", names_json(&r->winners), "tied", names_json(&r->tied),
	    "ballots", (json_int_t)r->ballots, "outcome",
	    r->outcome != NULL ? r->outcome : "");
	/* The run-off a tie opened, once it is open. */
	if (j != NULL && r->runoff != 0)
		json_object_set_new(j, "runoff", json_integer(r->runoff));
	return j;
}

char *
json_stored_result(const struct election_result *r)
{
	return text_of(json_election_result(r), 0);
}

char *
json_stored_names(const struct rec_lines *l)
{
	return text_of(names_json(l), 0);
}

static int
names_of(const json_t *a, struct rec_lines *l)
{
	const json_t	*x;
	size_t		 i;

	json_array_foreach(a, i, x)
		if (json_is_string(x) && rec_lines_add(l, "%s",
		    json_string_value(x)) != 0)
			return -1;
	return 0;
}

static int
result_fill(const json_t *j, struct election_result *r)
{
	const json_t	*counts = json_object_get(j, "counts"), *x;
	size_t		 i, n = json_array_size(counts);

	r->present = 1;
	if (n > 0 && (r->counts = calloc(n, sizeof(*r->counts))) == NULL)
		return -1;
	json_array_foreach(counts, i, x) {
		r->counts[i].votes = (int)json_integer_value(json_object_get(x,
		    "votes"));
		r->ncounts = i + 1;
		if (copy_str(json_object_get(x, "candidate"),
		    &r->counts[i].candidate) != 0 || (r->counts[i].candidate ==
		    NULL && (r->counts[i].candidate = strdup("")) == NULL))
			return -1;
	}
	r->ballots = json_integer_value(json_object_get(j, "ballots"));
	r->runoff = json_integer_value(json_object_get(j, "runoff"));
	if (names_of(json_object_get(j, "winners"), &r->winners) != 0 ||
	    names_of(json_object_get(j, "tied"), &r->tied) != 0 ||
	    copy_str(json_object_get(j, "outcome"), &r->outcome) != 0)
		return -1;
	return 0;
}

int
json_stored_result_parse(const char *text, struct election_result *r)
{
	json_t	*j;
	int	 rc = 0;

	memset(r, 0, sizeof(*r));
	if (text == NULL || (j = json_loads(text, 0, NULL)) == NULL)
		return 0;
	/* An object is a result.  One changed outside Alliance to keys
	 * of the wrong type is still read (such a key as none), so that
	 * `election verify` shows its figures against the ballots'. */
	if (json_is_object(j))
		rc = result_fill(j, r);
	json_decref(j);
	return rc;
}

/* --- what an erasure and a retention run did --- */

static json_t *
seqs(const int64_t *v, size_t n)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < n; i++)
		if (json_array_append_new(a, json_integer(v[i])) != 0) {
			json_decref(a);
			return NULL;
		}
	return a;
}

static json_t *
counts(const int64_t *v, const char *const *names, size_t n)
{
	json_t	*o = json_object();
	size_t	 i;

	for (i = 0; o != NULL && i < n; i++)
		if (json_object_set_new(o, names[i], json_integer(v[i])) != 0) {
			json_decref(o);
			return NULL;
		}
	return o;
}

char *
json_stored_erasure(const struct rec_erasure *e)
{
	return text_of(json_pack("{s:s, s:o, s:o, s:o}", "placeholder",
	    e->placeholder, "removed", counts(e->removed, erase_removed_names,
	    ER__MAX), "kept", counts(e->kept, erase_kept_names, EK__MAX),
	    "redacted", seqs(e->redacted, e->nredacted)), 1);
}

char *
json_stored_retention(int64_t signin, int64_t mail, const int64_t *redacted,
    size_t n)
{
	return text_of(json_pack("{s:I, s:I, s:o}", "sign_in_records",
	    (json_int_t)signin, "mail", (json_int_t)mail, "redacted",
	    seqs(redacted, n)), 1);
}
