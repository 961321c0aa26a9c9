/*
 * Tables from JSON rows: what is left of the command line's text made
 * from render's JSON (table.h prints it).
 */
#ifndef RENDER_TABLE_JSON_H
#define RENDER_TABLE_JSON_H

#include <jansson.h>

#include "table.h"

/*
 * A cell's text: strings as they are, numbers in decimal, true as "yes",
 * false and null empty, arrays joined with "; " (objects by their
 * "holder" or "name" member).  Writes into buf (size sz).
 */
void render_cell(const json_t *v, char *buf, size_t sz);
/* Adds a row of t's columns (by key) for each object of rows. */
void table_json_rows(struct table *, const json_t *rows);

/* table.h's writers, for JSON rows, or one object. */
void render_table_json(FILE *, const json_t *rows, const struct column *);
void render_csv_json(FILE *, const json_t *rows, const struct column *);
void render_record_json(FILE *, const json_t *obj, const struct column *);

#endif
