/*
 * For the files of the annual report (report.c, report_partners.c,
 * report_draw.c): the helpers that make its blocks (see report.h), and
 * the sections made outside report.c.  Inline, so that each file has
 * them as its own.
 */
#ifndef RENDER_REPORT_INT_H
#define RENDER_REPORT_INT_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "core/core_report.h"
#include "when.h"

/* A text field, "" for none. */
#define S(x)	((x) != NULL ? (x) : "")

static inline const char *
str(const json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s != NULL ? s : "";
}

static inline json_t *
sprintf_j(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static inline json_t *
sprintf_j(const char *fmt, ...)
{
	char	buf[2048];
	va_list	ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return json_string(buf);
}

static inline void
h(json_t *doc, int level, const char *text)
{
	json_array_append_new(doc, json_pack("{s:i, s:s}", "h", level, "text",
	    text));
}

/* text (stolen) with its dates in words. */
static inline json_t *
in_words(json_t *text)
{
	char	 buf[4096];
	json_t	*w;

	if (!json_is_string(text))
		return text;
	render_when_text(json_string_value(text), buf, sizeof(buf));
	if ((w = json_string(buf)) == NULL)
		return text;
	json_decref(text);
	return w;
}

static inline void
p(json_t *doc, json_t *text)
{
	json_array_append_new(doc, json_pack("{s:o}", "p", in_words(text)));
}

static inline void
note(json_t *doc, json_t *text)
{
	json_array_append_new(doc, json_pack("{s:o}", "note",
	    in_words(text)));
}

/* A table block; rows is stolen. */
static inline void
table(json_t *doc, const char *caption, json_t *heads, json_t *rows)
{
	json_array_append_new(doc, json_pack("{s:{s:s, s:o, s:o}}", "table",
	    "caption", caption, "heads", heads, "rows", rows));
}

static inline json_t *
heads(const char *first, ...)
{
	json_t		*a = json_array();
	const char	*s;
	va_list		 ap;

	va_start(ap, first);
	for (s = first; s != NULL; s = va_arg(ap, const char *))
		json_array_append_new(a, json_string(s));
	va_end(ap);
	return a;
}

static inline const char *
plural(long long n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* Spend with the sector, partners, influence, partnerships, the plan,
 * milestones and disputes (report_partners.c), after consultations. */
void report_doc_partners(json_t *doc, const struct core_report *r);

#endif
