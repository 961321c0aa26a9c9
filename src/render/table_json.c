/*
 * The rows of a table read from JSON rows (objects keyed by the
 * columns' keys), for the commands that still print render's JSON
 * as text.
 */
#include <stdio.h>
#include <string.h>

#include "table_json.h"

void
render_cell(const json_t *v, char *buf, size_t sz)
{
	const json_t	*e, *name;
	size_t		 i, n = 0;
	char		 part[512];

	buf[0] = '\0';
	if (v == NULL)		/* a member the row does not have */
		return;
	switch (json_typeof(v)) {
	case JSON_STRING:
		snprintf(buf, sz, "%s", json_string_value(v));
		break;
	case JSON_INTEGER:
		snprintf(buf, sz, "%lld", (long long)json_integer_value(v));
		break;
	case JSON_REAL:
		snprintf(buf, sz, "%g", json_real_value(v));
		break;
	case JSON_TRUE:
		snprintf(buf, sz, "yes");
		break;
	case JSON_ARRAY:
		json_array_foreach(v, i, e) {
			if (json_is_object(e)) {
				name = json_object_get(e, "holder");
				if (name == NULL)
					name = json_object_get(e, "name");
				render_cell(name, part, sizeof(part));
				if (json_is_true(json_object_get(e,
				    "interim")))
					strncat(part, " interim",
					    sizeof(part) - strlen(part) - 1);
			} else
				render_cell(e, part, sizeof(part));
			if (n < sz)
				n += (size_t)snprintf(buf + n, sz - n, "%s%s",
				    i ? "; " : "", part);
		}
		break;
	default:
		break;
	}
}

void
table_json_rows(struct table *t, const json_t *rows)
{
	const json_t	*r;
	size_t		 i, j;
	char		 buf[8192];

	json_array_foreach(rows, i, r)
		for (j = 0; j < t->ncol; j++) {
			render_cell(json_object_get(r, t->cols[j].key), buf,
			    sizeof(buf));
			table_text(t, buf);
		}
}

/* Prints rows (or the one object obj) as fmt does a table of cols. */
static void
print_json(FILE *f, const json_t *rows, const json_t *obj,
    const struct column *cols, void (*fmt)(FILE *, const struct table *))
{
	struct table	 t;
	json_t		*one = NULL;

	table_start(&t, cols);
	if (obj != NULL && (one = json_array()) != NULL &&
	    json_array_append(one, (json_t *)obj) == 0)
		rows = one;
	table_json_rows(&t, rows);
	fmt(f, &t);
	json_decref(one);
	table_free(&t);
}

void
render_table_json(FILE *f, const json_t *rows, const struct column *cols)
{
	print_json(f, rows, NULL, cols, render_table);
}

void
render_csv_json(FILE *f, const json_t *rows, const struct column *cols)
{
	print_json(f, rows, NULL, cols, render_csv);
}

void
render_record_json(FILE *f, const json_t *obj, const struct column *cols)
{
	print_json(f, NULL, obj, cols, render_record);
}
