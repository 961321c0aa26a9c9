/*
 * html: the escaping writer (see html.h).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "html.h"

void
html_init(struct html *h)
{
	memset(h, 0, sizeof(*h));
}

void
html_free(struct html *h)
{
	free(h->p);
	html_init(h);
}

char *
html_take(struct html *h, size_t *len)
{
	char *p = h->p;

	*len = h->len;
	html_init(h);
	return p;
}

static void
add(struct html *h, const char *s, size_t n)
{
	size_t	 want;
	char	*np;

	if (h->oom)
		return;
	if (n >= HTML_MAX - h->len) {
		h->oom = 1;
		return;
	}
	if (h->len + n + 1 > h->cap) {
		want = h->cap ? h->cap : 4096;
		while (want < h->len + n + 1)
			want *= 2;
		if (want > HTML_MAX)
			want = HTML_MAX;
		if ((np = realloc(h->p, want)) == NULL) {
			h->oom = 1;
			return;
		}
		h->p = np;
		h->cap = want;
	}
	memcpy(h->p + h->len, s, n);
	h->len += n;
	h->p[h->len] = '\0';
}

void
html_raw(struct html *h, const char *markup)
{
	if (markup != NULL)
		add(h, markup, strlen(markup));
}

static const char *
entity(char ch)
{
	switch (ch) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	default: return NULL;
	}
}

static void
escape(struct html *h, const char *s, int lines)
{
	const char	*e;
	size_t		 n;

	if (s == NULL)
		return;
	/* The text up to the next character that needs an entity (or a
	 * line break) is copied as it is. */
	for (;;) {
		n = strcspn(s, lines ? "&<>\"'\n" : "&<>\"'");
		add(h, s, n);
		if (s[n] == '\0')
			break;
		e = entity(s[n]);
		add(h, e != NULL ? e : "<br>\n", strlen(e != NULL ? e :
		    "<br>\n"));
		s += n + 1;
	}
}

void
html_bytes(struct html *h, const void *bytes, size_t n)
{
	if (bytes != NULL && n > 0)
		add(h, bytes, n);
}

void
html_text(struct html *h, const char *text)
{
	escape(h, text, 0);
}

void
html_lines(struct html *h, const char *text)
{
	escape(h, text, 1);
}

void
html_fmt(struct html *h, const char *fmt, ...)
{
	va_list		 ap;
	const char	*run = fmt;
	char		 num[32];
	int		 longs;

	va_start(ap, fmt);
	/* From one conversion to the next (strchr: the text between is
	 * copied as it is, not looked at byte by byte). */
	for (; (fmt = strchr(fmt, '%')) != NULL; fmt++) {
		add(h, run, (size_t)(fmt - run));
		fmt++;
		for (longs = 0; *fmt == 'l'; fmt++)
			longs++;
		if (*fmt == 'z' && fmt[1] == 'u') {
			fmt++;
			snprintf(num, sizeof(num), "%zu", va_arg(ap, size_t));
			add(h, num, strlen(num));
		} else if (*fmt == 's' && longs == 0)
			escape(h, va_arg(ap, const char *), 0);
		else if (*fmt == 'd' && longs == 0) {
			snprintf(num, sizeof(num), "%d", va_arg(ap, int));
			add(h, num, strlen(num));
		} else if (*fmt == 'd' && longs == 1) {
			snprintf(num, sizeof(num), "%ld", va_arg(ap, long));
			add(h, num, strlen(num));
		} else if (*fmt == 'd' && longs == 2) {
			snprintf(num, sizeof(num), "%lld",
			    va_arg(ap, long long));
			add(h, num, strlen(num));
		} else if (*fmt == '%' && longs == 0)
			add(h, "%", 1);
		else {
			h->oom = 1;	/* a conversion we do not do */
			break;
		}
		run = fmt + 1;
	}
	if (!h->oom)
		add(h, run, strlen(run));
	va_end(ap);
}

size_t
html_escape(const char *in, char *out, size_t outsz)
{
	struct html	 h;
	size_t		 n;

	html_init(&h);
	html_text(&h, in);
	n = h.len;
	if (!h.oom && outsz > 0) {
		if (n < outsz)
			memcpy(out, h.p != NULL ? h.p : "", n + 1);
		else
			out[0] = '\0';
	}
	html_free(&h);
	return n;
}
