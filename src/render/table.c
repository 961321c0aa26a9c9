/*
 * Text tables and records for the terminal.
 */
#include <stdio.h>
#include <string.h>

#include "table.h"

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

/* Columns a UTF-8 string takes: its code points. */
static size_t
width(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xc0) != 0x80;
	return n;
}

/* Bytes of s that fit in w columns, not splitting a character. */
static size_t
fit(const char *s, size_t w)
{
	size_t i, n = 0;

	for (i = 0; s[i] != '\0'; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (n == w)
				return i;
			n++;
		}
	}
	return i;
}

void
render_table(FILE *f, const json_t *rows, const struct column *cols)
{
	const json_t	*r;
	size_t		 w[32], i, j, ncol, cw, max;
	char		 cell[2048];

	if (json_array_size(rows) == 0) {
		fputs("none\n", f);
		return;
	}
	for (ncol = 0; cols[ncol].key != NULL && ncol < 32; ncol++)
		w[ncol] = width(cols[ncol].title);
	json_array_foreach(rows, i, r)
		for (j = 0; j < ncol; j++) {
			max = cols[j].max ? (size_t)cols[j].max : 40;
			render_cell(json_object_get(r, cols[j].key), cell,
			    sizeof(cell));
			cw = width(cell);
			if (cw > max)
				cw = max;
			if (cw > w[j])
				w[j] = cw;
		}
	for (j = 0; j < ncol; j++)
		fprintf(f, "%s%-*s", j ? "  " : "", j + 1 < ncol ?
		    (int)(w[j] + strlen(cols[j].title) -
		    width(cols[j].title)) : 0, cols[j].title);
	fputc('\n', f);
	for (j = 0; j < ncol; j++) {
		fputs(j ? "  " : "", f);
		for (i = 0; i < w[j]; i++)
			fputc('-', f);
	}
	fputc('\n', f);
	json_array_foreach(rows, i, r) {
		for (j = 0; j < ncol; j++) {
			size_t b, pad;

			render_cell(json_object_get(r, cols[j].key), cell,
			    sizeof(cell));
			if (width(cell) > w[j]) {
				/* Cut long text, marking the cut. */
				b = fit(cell, w[j] - 1);
				snprintf(cell + b, sizeof(cell) - b, "~");
			}
			fputs(j ? "  " : "", f);
			fputs(cell, f);
			pad = w[j] - width(cell);
			while (j + 1 < ncol && pad-- > 0)
				fputc(' ', f);
		}
		fputc('\n', f);
	}
}

void
render_record(FILE *f, const json_t *obj, const struct column *cols)
{
	size_t	w = 0, j;
	char	cell[4096];

	for (j = 0; cols[j].key != NULL; j++)
		if (width(cols[j].title) > w)
			w = width(cols[j].title);
	for (j = 0; cols[j].key != NULL; j++) {
		render_cell(json_object_get(obj, cols[j].key), cell,
		    sizeof(cell));
		fprintf(f, "%s:%*s %s\n", cols[j].title,
		    (int)(w - width(cols[j].title)), "", cell);
	}
}

void
render_json(FILE *f, const json_t *v)
{
	json_dumpf(v, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(15));
	fputc('\n', f);
}
