/*
 * The constitution as JSON for --json (json.h): a version in force, and
 * its settings, with the field names `alliance constitution show` and
 * `settings` have always given.
 */
#include <jansson.h>

#include "json.h"
#include "core/core_constitution.h"

static json_t *
str(const char *s)
{
	return s != NULL ? json_string(s) : json_null();
}

json_t *
json_constitution_version(const struct rec_constitution_version *r)
{
	return json_pack("{s:I, s:I, s:o, s:o, s:o, s:o, s:o}", "id",
	    (json_int_t)r->id, "version", (json_int_t)r->version,
	    "effective_from", str(r->effective_from), "effective_to",
	    str(r->effective_to), "body", str(r->body), "applied_by",
	    str(r->applied_by), "applied_at", str(r->applied_at));
}

static json_t *
setting_one(const void *p)
{
	const struct constitution_setting	*s = p;
	json_t					*v;
	size_t					 i;

	if (!s->is_list)
		v = str(s->text);
	else if ((v = json_array()) != NULL)
		for (i = 0; i < s->lines.n; i++)
			if (json_array_append_new(v, str(s->lines.v[i])) != 0) {
				json_decref(v);
				return NULL;
			}
	return json_pack("{s:o, s:o, s:o, s:o}", "setting", str(s->setting),
	    "rule", str(s->rule), "meaning", str(s->meaning), "value", v);
}

json_t *
json_constitution_settings(const struct constitution_setting_list *l)
{
	return JSON_ARRAY(l, setting_one);
}
