/*
 * Text tables and records for the terminal, from cells of text.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"

void
table_start(struct table *t, const struct column *cols)
{
	memset(t, 0, sizeof(*t));
	t->cols = cols;
	while (cols[t->ncol].title != NULL)
		t->ncol++;
}

void
table_fmt(struct table *t, const char *fmt, ...)
{
	va_list	 ap;
	char	*s, **slot;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	slot = s != NULL ? store_int_grow((void **)&t->cells.v, &t->cells.n,
	    sizeof(*t->cells.v)) : NULL;
	if (slot == NULL) {
		free(s);
		t->nomem = 1;
		return;
	}
	*slot = s;
}

void
table_text(struct table *t, const char *s)
{
	table_fmt(t, "%s", s != NULL ? s : "");
}

void
table_num(struct table *t, int64_t n)
{
	table_fmt(t, "%lld", (long long)n);
}

void
table_id(struct table *t, int64_t id)
{
	if (id != 0)
		table_num(t, id);
	else
		table_text(t, NULL);
}

void
table_yes(struct table *t, int yes)
{
	table_text(t, yes ? "yes" : NULL);
}

void
table_pick(struct table *t, size_t from)
{
	char	**got = t->cells.v + from, *keep[32];
	size_t	  n = t->cells.n - from, i, j, f;

	if (t->ncol == 0 || t->cols[0].field == 0 || t->nomem)
		return;
	if (t->ncol > n || t->ncol > 32) {
		t->nomem = 1;	/* a table of more fields than a record has */
		return;
	}
	for (j = 0; j < t->ncol; j++) {
		f = (size_t)t->cols[j].field;
		keep[j] = f >= 1 && f <= n ? got[f - 1] : NULL;
		if (f >= 1 && f <= n)
			got[f - 1] = NULL;
	}
	for (i = 0; i < n; i++)
		free(got[i]);
	for (j = 0; j < t->ncol; j++)
		got[j] = keep[j] != NULL ? keep[j] : strdup("");
	t->cells.n = from + t->ncol;
	for (j = 0; j < t->ncol; j++)
		if (got[j] == NULL)
			t->nomem = 1;
}

size_t
table_rows(const struct table *t)
{
	return t->ncol > 0 ? t->cells.n / t->ncol : 0;
}

void
table_free(struct table *t)
{
	rec_lines_free(&t->cells);
	t->nomem = 0;
}

/* Row r's cell j; empty past the cells added. */
static const char *
cell(const struct table *t, size_t r, size_t j)
{
	size_t i = r * t->ncol + j;

	return i < t->cells.n ? t->cells.v[i] : "";
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
render_table(FILE *f, const struct table *t)
{
	const char	*s;
	size_t		 w[32], i, j, r, ncol, nrow, cw, max, pad;

	if ((nrow = table_rows(t)) == 0) {
		fputs("none\n", f);
		return;
	}
	ncol = t->ncol < 32 ? t->ncol : 32;
	for (j = 0; j < ncol; j++)
		w[j] = width(t->cols[j].title);
	for (r = 0; r < nrow; r++)
		for (j = 0; j < ncol; j++) {
			max = t->cols[j].max ? (size_t)t->cols[j].max : 40;
			if ((cw = width(cell(t, r, j))) > max)
				cw = max;
			if (cw > w[j])
				w[j] = cw;
		}
	for (j = 0; j < ncol; j++)
		fprintf(f, "%s%-*s", j ? "  " : "", j + 1 < ncol ?
		    (int)(w[j] + strlen(t->cols[j].title) -
		    width(t->cols[j].title)) : 0, t->cols[j].title);
	fputc('\n', f);
	for (j = 0; j < ncol; j++) {
		fputs(j ? "  " : "", f);
		for (i = 0; i < w[j]; i++)
			fputc('-', f);
	}
	fputc('\n', f);
	for (r = 0; r < nrow; r++) {
		for (j = 0; j < ncol; j++) {
			s = cell(t, r, j);
			fputs(j ? "  " : "", f);
			if ((cw = width(s)) > w[j]) {
				/* Cut long text, marking the cut. */
				fwrite(s, 1, fit(s, w[j] - 1), f);
				fputc('~', f);
				cw = w[j];
			} else
				fputs(s, f);
			pad = w[j] - cw;
			while (j + 1 < ncol && pad-- > 0)
				fputc(' ', f);
		}
		fputc('\n', f);
	}
}

void
render_record(FILE *f, const struct table *t)
{
	size_t	w = 0, j;

	for (j = 0; j < t->ncol; j++)
		if (width(t->cols[j].title) > w)
			w = width(t->cols[j].title);
	for (j = 0; j < t->ncol; j++)
		fprintf(f, "%s:%*s %s\n", t->cols[j].title,
		    (int)(w - width(t->cols[j].title)), "", cell(t, 0, j));
}

void
render_json(FILE *f, const json_t *v)
{
	json_dumpf(v, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(15));
	fputc('\n', f);
}

void
table_join(struct table *t, const struct rec_lines *l)
{
	char	*s = NULL;
	size_t	 n = 0, i;
	FILE	*f;

	if ((f = open_memstream(&s, &n)) == NULL) {
		t->nomem = 1;
		return;
	}
	for (i = 0; i < l->n; i++)
		fprintf(f, "%s%s", i ? "; " : "", l->v[i] != NULL ? l->v[i] :
		    "");
	if (fclose(f) != 0)
		t->nomem = 1;
	else
		table_text(t, s);
	free(s);
}
