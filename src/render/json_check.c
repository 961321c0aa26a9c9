/*
 * The compliance check's flags as JSON, for the API (/api/v1/check)
 * and check --json: [{rule, group, fact}], as they have always been;
 * and an action's flags, as lines.
 */
#include "json.h"

json_t *
json_check_list(const struct check_flag_list *l)
{
	json_t	*a = json_array(), *o;
	size_t	 i;

	if (a == NULL)
		return NULL;
	for (i = 0; i < l->n; i++) {
		o = json_pack("{s:s, s:s?, s:s}", "rule", l->v[i].rule,
		    "group", l->v[i].group, "fact", l->v[i].fact);
		if (o == NULL || json_array_append_new(a, o) != 0) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *
json_flag_lines(const struct check_flag_list *l)
{
	json_t	*a = json_array();
	size_t	 i;

	for (i = 0; a != NULL && i < l->n; i++)
		json_array_append_new(a, json_sprintf("%s %s", l->v[i].rule,
		    l->v[i].fact));
	return a;
}
