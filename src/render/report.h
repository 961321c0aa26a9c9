/*
 * report: the annual report (core_report_annual()'s figures) as a page
 * and as a PDF.  Both are drawn from one list of blocks made here, so
 * the two say the same thing:
 *
 *   {"h": 1..3, "text": T}          a heading
 *   {"p": T} / {"note": T}          a paragraph / a small grey one
 *   {"list": [T, ...]}              a bulleted list
 *   {"table": {"caption": T, "heads": [T...], "rows": [[T...]...],
 *              "empty": T or absent (said when there are no rows)}}
 *   {"chart": {"id": T, "title": T, "labels": [T...],
 *              "series": [T...], "values": [[n...]...],
 *              "colours": ["#rrggbb"...] or absent}}
 *
 * Text is plain: the HTML writer escapes it, pango never reads markup.
 */
#ifndef RENDER_REPORT_H
#define RENDER_REPORT_H

#include <stddef.h>
#include <jansson.h>

#include "core/core_report.h"
#include "html.h"

/* The blocks of report r (a new reference). */
json_t *report_doc(const struct core_report *r);
/* Its last section: the audit log's signed head (report_record.c). */
void report_doc_record(json_t *doc, const struct core_report *r);

/* "A, B and C": an election's winners; from malloc(), NULL for no
 * memory. */
char *report_names(const struct rec_lines *);
/* "A (X); B (Y)": the holders of a position, as the register shows;
 * from malloc(), NULL for no memory. */
char *report_holders(const struct rec_appointment_list *);

/* The report as the content of a page (GOV.UK Frontend classes). */
void report_html(struct html *, const struct core_report *r);
/*
 * A whole printable HTML document, for a file: css (may be NULL) is put
 * in its <style>.
 */
void report_html_file(struct html *, const struct core_report *r,
    const char *css);
/* The report as a PDF; *out from malloc().  Returns 0 or -1. */
int report_pdf(const struct core_report *r, char **out, size_t *len)
    __attribute__((warn_unused_result));

#endif
