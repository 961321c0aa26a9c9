/*
 * pdf: a small document writer on cairo and pango: A4 pages with
 * margins, headings, wrapped paragraphs, simple tables and the bar
 * charts of chart.h, flowing onto new pages as they fill.  Text is
 * laid out by pango (any language, wrapped at words) and is plain text:
 * nothing given is read as markup.
 *
 * The document is built in memory; pdf_finish() hands the bytes over.
 */
#ifndef RENDER_PDF_H
#define RENDER_PDF_H

#include <stddef.h>

#include "chart.h"

#define PDF_MAX	(32u * 1024u * 1024u)	/* bytes of one document */

struct pdf;

/*
 * A new document; title and author go in its metadata (either may be
 * NULL).  Returns NULL when out of memory.
 */
struct pdf *pdf_new(const char *title, const char *author);
/* Frees the document, finished or not. */
void pdf_free(struct pdf *);

/* level 1 (the title), 2 or 3. */
void pdf_heading(struct pdf *, int level, const char *text);
void pdf_para(struct pdf *, const char *text);
/* A paragraph that is a link to uri (tagged, and clickable). */
void pdf_link(struct pdf *, const char *text, const char *uri);
/* A smaller, grey paragraph (dates, sources). */
void pdf_note(struct pdf *, const char *text);
/*
 * A table of nrows rows of ncols cells (cells row-major, NULL prints
 * nothing) under a heading row; the first column is widest.  A table
 * that runs onto a new page repeats its heading row.
 */
void pdf_table(struct pdf *, const char *caption, size_t ncols,
    const char *const *heads, const char *const *cells, size_t nrows);
/* The chart, drawn as chart_svg() draws it. */
void pdf_chart(struct pdf *, const struct chart *);
/* Starts a new page unless the page is empty. */
void pdf_page_break(struct pdf *);

/*
 * Ends the document: *out (from malloc()) holds *len bytes of PDF.
 * Returns 0, or -1 when cairo failed or the document grew past PDF_MAX.
 */
int pdf_finish(struct pdf *, char **out, size_t *len)
    __attribute__((warn_unused_result));

#endif
