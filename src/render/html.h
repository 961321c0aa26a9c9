/*
 * html: the escaping writer.  Markup is only ever written through it:
 * user data goes through html_text() or as a %s argument of
 * html_fmt(), both of which escape & < > " ' so that the same text is
 * safe in element content and in quoted attribute values.  html_raw()
 * is for the program's own literal markup and never for data.
 *
 * The buffer grows up to HTML_MAX bytes; past it (or when memory runs
 * out) writes are dropped and oom is set, which the server answers with
 * an error page rather than a truncated one.
 */
#ifndef RENDER_HTML_H
#define RENDER_HTML_H

#include <stddef.h>

#define HTML_MAX	(16u * 1024u * 1024u)

struct html {
	char	*p;	/* from malloc(); NUL-terminated while not oom */
	size_t	 len, cap;
	int	 oom;
};

void html_init(struct html *);
void html_free(struct html *);
/* Hands the buffer to the caller (from malloc()) and resets h. */
char *html_take(struct html *, size_t *len);

void html_raw(struct html *, const char *markup);
void html_text(struct html *, const char *text);
/* Like html_text, but a newline becomes <br>. */
void html_lines(struct html *, const char *text);
/*
 * printf-shaped with a fixed set of conversions: %s (escaped; NULL
 * prints nothing), %d, %ld, %lld, %zu and %%.  Any other conversion
 * sets oom, so a mistake shows at once in the tests.
 */
void html_fmt(struct html *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Bytes that are not markup (a PDF answered in place of a page). */
void html_bytes(struct html *, const void *bytes, size_t n);

/* Escapes into a caller's buffer (for tests and headers); returns the
 * length written, or the length needed when it does not fit. */
size_t html_escape(const char *in, char *out, size_t outsz);

#endif
