/*
 * fuzz_parse: the validators every path segment, query and form field,
 * command-line option and argument passes (src/rules/parse.c).  The
 * first byte chooses the kind; the rest is the value.  What a validator
 * accepts must be what it says: a number prints back as the digits
 * sent (less leading zeros) and lies in its range, a choice is one of
 * the list, text is UTF-8 within its length; and what is accepted is
 * described without overflowing.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/parse.h"
#include "rules/text.h"
#include "fuzz.h"

static const char *const values[] = { "contacts", "plan", "for", "", NULL };

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct parse_spec	 p;
	struct parse_val	 v;
	char			*s, back[32], words[300];
	const char		*digits;

	if (size < 1)
		return 0;
	memset(&p, 0, sizeof(p));
	p.kind = (enum parse_kind)(data[0] % PARSE__MAX);
	p.values = values;
	p.min = (data[0] & 0x80) ? -100 : 1;
	p.max = (data[0] & 0x40) ? INT64_MAX : 64;
	s = fuzz_str(data + 1, size - 1);
	parse_accepts(&p, words, sizeof(words));
	if (parse_value(&p, s, &v) == 0) {
		switch (p.kind) {
		case PARSE_ID:
		case PARSE_INT:
		case PARSE_YEAR:
			snprintf(back, sizeof(back), "%" PRId64, v.n < 0 ?
			    -v.n : v.n);
			digits = s + (*s == '-');
			digits += strspn(digits, "0");
			if (strcmp(back, *digits ? digits : "0") != 0 ||
			    (p.kind == PARSE_ID && v.n < 1) ||
			    (p.kind == PARSE_INT && (v.n < p.min ||
			    v.n > p.max)) || (p.kind == PARSE_YEAR &&
			    (v.n < 2000 || v.n > 2100)))
				abort();
			break;
		case PARSE_ENUM:
			if (v.n < 0 || strcmp(values[v.n], s) != 0)
				abort();
			break;
		case PARSE_TEXT:
		case PARSE_SLUG:
		case PARSE_TOKEN:
			if (!text_utf8(s, strlen(s)) || v.s != s)
				abort();
			break;
		default:
			break;
		}
	}
	free(s);
	return 0;
}
