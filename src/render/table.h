/*
 * Text tables, CSV and JSON from the rows core returns (JSON arrays of
 * objects), so that every register prints the same three ways.
 */
#ifndef RENDER_TABLE_H
#define RENDER_TABLE_H

#include <stdio.h>
#include <jansson.h>

struct column {
	const char	*key;	/* member of each row object */
	const char	*title;	/* heading */
	int		 max;	/* widest a cell prints in a table; 0: 40 */
};

/*
 * A cell's text: strings as they are, numbers in decimal, true as "yes",
 * false and null empty, arrays joined with "; " (objects by their
 * "holder" or "name" member).  Writes into buf (size sz).
 */
void render_cell(const json_t *v, char *buf, size_t sz);

/* An aligned text table with a heading row; no rows prints "none". */
void render_table(FILE *, const json_t *rows, const struct column *cols);

/*
 * RFC 4180 CSV with a heading row.  Cells that a spreadsheet would run
 * as a formula (= + - @ at the start) are prefixed with ' .
 */
void render_csv(FILE *, const json_t *rows, const struct column *cols);

/* Pretty JSON and a newline. */
void render_json(FILE *, const json_t *);

/* Key: value lines for one object, in cols order. */
void render_record(FILE *, const json_t *obj, const struct column *cols);

#endif
