/*
 * Text tables, CSV and key: value records for the terminal, from the
 * typed records: the caller adds each row's cells as text, in the order
 * of its columns (table_text, table_num ...), and one writer prints
 * them as an aligned table, as CSV or as a record.  Every register
 * prints the same ways.
 */
#ifndef RENDER_TABLE_H
#define RENDER_TABLE_H

#include <stdint.h>
#include <stdio.h>
#include <jansson.h>

#include "store/rec_list.h"

struct column {
	const char	*title;	/* heading; NULL ends the columns */
	int		 max;	/* widest a cell prints in a table; 0: 40 */
	int		 field;	/* 0: the row's cells in order; else which
				   of a record's fields (1 the first) */
};

/* The cells of a table, row by row, each the text it prints. */
struct table {
	const struct column	*cols;
	size_t			 ncol;
	struct rec_lines	 cells;		/* ncol a row */
	int			 nomem;		/* a cell could not be kept */
};

/* An empty table of cols. */
void table_start(struct table *, const struct column *cols);
/* The next cell: text (NULL prints empty), a number in decimal, an id
 * (0, none, prints empty), "yes" or empty, printf. */
void table_text(struct table *, const char *);
void table_num(struct table *, int64_t);
void table_id(struct table *, int64_t);
void table_yes(struct table *, int);
void table_fmt(struct table *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The next cell: the lines joined with "; ". */
void table_join(struct table *, const struct rec_lines *);
/*
 * When the columns name fields (each its own, 1 the first; the first
 * column says for all): the cells added since from are a record's
 * fields, in the order its row function adds them, and each column
 * keeps its field, in the columns' order.  So one row function serves
 * every table of a record.  Columns that name no fields keep the cells
 * as added.
 */
void table_pick(struct table *, size_t from);
/* Rows added so far. */
size_t table_rows(const struct table *);
void table_free(struct table *);

/* An aligned text table with a heading row; no rows prints "none". */
void render_table(FILE *, const struct table *);
/*
 * RFC 4180 CSV with a heading row.  Cells that a spreadsheet would run
 * as a formula (= + - @ at the start) are prefixed with ' .
 */
void render_csv(FILE *, const struct table *);
/* Key: value lines for the table's first row, in column order. */
void render_record(FILE *, const struct table *);

/* Pretty JSON and a newline. */
void render_json(FILE *, const json_t *);

#endif
