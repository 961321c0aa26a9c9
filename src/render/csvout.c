/*
 * CSV out, RFC 4180, safe to open in a spreadsheet.
 */
#include <stdio.h>
#include <string.h>

#include "table.h"

/*
 * 1 when a spreadsheet could read part of s as a formula (OWASP, CSV
 * Injection): a cell that starts with = + - @, a tab or a carriage
 * return, also after leading spaces or quotes; or a separator (, or ;)
 * or a line break inside it followed by one, since a spreadsheet that
 * splits on ; starts a new cell there.
 */
static int
csv_formula(const char *s)
{
	const char *p = s;

	for (;;) {
		p += strspn(p, " \"'");
		if (*p != '\0' && strchr("=+-@\t\r", *p) != NULL)
			return 1;
		if ((p = strpbrk(p, ",;\n\r\t")) == NULL)
			return 0;
		p++;
	}
}

static void
csv_cell(FILE *f, const char *s)
{
	/* A leading apostrophe keeps such a cell text, and the quotes
	 * keep it one cell whatever the separator. */
	int guard = csv_formula(s);

	if (!guard && strpbrk(s, ",;\"\r\n") == NULL) {
		fputs(s, f);
		return;
	}
	fputc('"', f);
	if (guard)
		fputc('\'', f);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', f);
		fputc(*s, f);
	}
	fputc('"', f);
}

void
render_csv(FILE *f, const struct table *t)
{
	size_t	i, j;

	for (j = 0; j < t->ncol; j++) {
		fputs(j ? "," : "", f);
		csv_cell(f, t->cols[j].title);
	}
	fputs("\r\n", f);
	for (i = 0; i < t->cells.n; i++) {
		fputs(i % t->ncol ? "," : "", f);
		csv_cell(f, t->cells.v[i]);
		if (i % t->ncol == t->ncol - 1)
			fputs("\r\n", f);
	}
}
