/*
 * CSV out, RFC 4180, safe to open in a spreadsheet.
 */
#include <stdio.h>
#include <string.h>

#include "table.h"

static void
csv_cell(FILE *f, const char *s)
{
	/* A cell starting = + - @ (or tab, CR) would run as a formula in
	 * Excel: a leading apostrophe keeps it text. */
	int guard = strchr("=+-@\t\r", s[0]) != NULL && s[0] != '\0';

	if (!guard && strpbrk(s, ",\"\r\n") == NULL) {
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
render_csv(FILE *f, const json_t *rows, const struct column *cols)
{
	const json_t	*r;
	size_t		 i, j;
	char		 cell[8192];

	for (j = 0; cols[j].key != NULL; j++) {
		fputs(j ? "," : "", f);
		csv_cell(f, cols[j].title);
	}
	fputs("\r\n", f);
	json_array_foreach(rows, i, r) {
		for (j = 0; cols[j].key != NULL; j++) {
			render_cell(json_object_get(r, cols[j].key), cell,
			    sizeof(cell));
			fputs(j ? "," : "", f);
			csv_cell(f, cell);
		}
		fputs("\r\n", f);
	}
}
