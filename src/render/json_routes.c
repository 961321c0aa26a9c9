/*
 * json_routes: the JSON API's index of its routes, made from what the
 * router (web/route.c) hands over (GET /api/v1/).  Its refusals are
 * json_web_error's (json_web.c).
 */
#include "json.h"

json_t *
json_routes_index(const char *arrangement, const char *const *paths,
    size_t n)
{
	json_t	*list, *doc;
	size_t	 i;

	if ((list = json_array()) == NULL)
		return NULL;
	for (i = 0; i < n; i++)
		if (json_array_append_new(list, json_string(paths[i])) != 0) {
			json_decref(list);
			return NULL;
		}
	doc = json_pack("{s:s, s:s, s:o}", "arrangement", arrangement != NULL ?
	    arrangement : "", "openapi", "/api/v1/openapi.json", "paths", list);
	return doc;
}
