/*
 * UTF-8 text: the check and the repair, by libunistring rather than a
 * decoder of our own (overlong forms, surrogates and code points past
 * U+10FFFF are all refused by u8_check).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "text.h"

int
text_utf8(const char *s, size_t len)
{
	return u8_check((const uint8_t *)s, len) == NULL;
}

char *
text_utf8_repair(const char *s, size_t len)
{
	const uint8_t	*p = (const uint8_t *)s, *end = p + len, *bad;
	char		*out, *o;
	ucs4_t		 uc;
	size_t		 good;

	/* At worst every byte becomes the three of U+FFFD. */
	if (len > (SIZE_MAX - 1) / 3 || (out = malloc(len * 3 + 1)) == NULL)
		return NULL;
	o = out;
	while (p < end) {
		bad = u8_check(p, (size_t)(end - p));
		good = bad != NULL ? (size_t)(bad - p) : (size_t)(end - p);
		memcpy(o, p, good);
		o += good;
		p += good;
		if (bad == NULL)
			break;
		/* u8_mbtouc says how many bytes the bad sequence takes. */
		p += u8_mbtouc(&uc, p, (size_t)(end - p));
		memcpy(o, "\xef\xbf\xbd", 3);
		o += 3;
	}
	*o = '\0';
	return out;
}

size_t
text_prefix(const char *s, size_t chars)
{
	const uint8_t	*p = (const uint8_t *)s;
	size_t		 n = strlen(s), at = 0;
	ucs4_t		 uc;

	while (chars-- > 0 && at < n)
		at += (size_t)u8_mbtouc(&uc, p + at, n - at);
	return at;
}

int
text_blank(const char *s)
{
	if (s == NULL)
		return 1;
	while (isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

const char *
text_given(const char *s)
{
	return text_blank(s) ? NULL : s;
}
