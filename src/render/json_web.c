/*
 * The web's own JSON (json.h): the API's error bodies and a list's
 * page, and the one JSON the pages read, an audit entry's detail (kept
 * as the JSON text the ledger hashed).
 */
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "json.h"

json_t *
json_web_error(const char *code, const char *field, const char *message)
{
	if (field == NULL)
		return json_pack("{s:{s:s, s:s}}", "error", "code", code,
		    "message", message);
	return json_pack("{s:{s:s, s:s, s:s}}", "error", "code", code,
	    "field", field, "message", message);
}

json_t *
json_web_slice(const json_t *array, size_t from, size_t n)
{
	json_t	*page = json_array();
	size_t	 i;

	for (i = from; page != NULL && i < from + n && i <
	    json_array_size(array); i++)
		if (json_array_append(page, json_array_get(array, i)) != 0) {
			json_decref(page);
			return NULL;
		}
	return page;
}

char *
json_detail_text(const char *detail, const char *const *keys)
{
	json_t		*d;
	const char	*v = NULL;
	char		*out;
	size_t		 i;

	if (detail == NULL || (d = json_loads(detail, 0, NULL)) == NULL)
		return NULL;
	for (i = 0; keys[i] != NULL && v == NULL; i++)
		v = json_string_value(json_object_get(d, keys[i]));
	out = v != NULL ? strdup(v) : NULL;
	json_decref(d);
	return out;
}
