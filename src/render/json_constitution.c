/*
 * The constitution as JSON for --json (json.h): a version in force, its
 * settings and the list of versions, with the field names `alliance
 * constitution show`, `settings` and `versions` have always given.
 */
#include <jansson.h>

#include "json.h"
#include "core/core_constitution.h"
#include "store/rec_arrangement.h"

json_t *
json_constitution_version(const struct rec_constitution_version *r)
{
	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:o, s:o}", "id",
	    (json_int_t)r->id, "version", (json_int_t)r->version,
	    "effective_from", json_str_null(r->effective_from),
	    "effective_to", json_str_null(r->effective_to),
	    "body", json_str_null(r->body),
	    "applied_by", json_str_null(r->applied_by),
	    "applied_at", json_str_null(r->applied_at));
}

static json_t *
setting_one(const void *p)
{
	const struct constitution_setting	*s = p;
	json_t					*v;
	size_t					 i;

	if (!s->is_list)
		v = json_str_null(s->text);
	else if ((v = json_array()) != NULL)
		for (i = 0; i < s->lines.n; i++)
			if (json_array_append_new(v,
			    json_str_null(s->lines.v[i])) != 0) {
				json_decref(v);
				return NULL;
			}
	return json_pack("{s:o, s:o, s:o, s:o}",
	    "setting", json_str_null(s->setting),
	    "rule", json_str_null(s->rule),
	    "meaning", json_str_null(s->meaning), "value", v);
}

json_t *
json_constitution_settings(const struct constitution_setting_list *l)
{
	return JSON_ARRAY(l, setting_one);
}

static json_t *
constitution_versions_one(const void *p)
{
	const struct rec_constitution_version *r = p;

	return json_pack("{s:I, s:o, s:o, s:o, s:o}", "version",
	    (json_int_t)r->version, "effective_from",
	    json_str_null(r->effective_from), "effective_to",
	    json_str_null(r->effective_to), "applied_by",
	    json_str_null(r->applied_by),
	    "applied_at", json_str_null(r->applied_at));
}

json_t *
json_constitution_versions(const struct rec_constitution_version_list *l)
{
	return JSON_ARRAY(l, constitution_versions_one);
}
