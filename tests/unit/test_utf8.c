/*
 * Unit tests of src/rules/text.c: which bytes are UTF-8 text, the
 * repair a read makes of a stored value that is not, and a value not
 * given.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "rules/text.h"

static void
text_utf8_accepts_text(void **state)
{
	(void)state;
	assert_true(text_utf8("", 0));
	assert_true(text_utf8("Leek Community Trust", 20));
	/* £, é, Welsh ŵ, an emoji: two, two, two and four bytes. */
	assert_true(text_utf8("\xc2\xa3" "5 caf\xc3\xa9 \xc5\xb5 "
	    "\xf0\x9f\x98\x80", 17));
}

static void
text_utf8_refuses_bytes(void **state)
{
	(void)state;
	assert_false(text_utf8("\xff", 1));
	/* Windows-1252 "café", as Excel's plain CSV saves it. */
	assert_false(text_utf8("caf\xe9", 4));
	/* A sequence cut short, an overlong '/', a surrogate, and a code
	 * point past U+10FFFF. */
	assert_false(text_utf8("\xc3", 1));
	assert_false(text_utf8("\xc0\xaf", 2));
	assert_false(text_utf8("\xed\xa0\x80", 3));
	assert_false(text_utf8("\xf4\x90\x80\x80", 4));
	/* Only the len bytes given are looked at. */
	assert_true(text_utf8("ok\xff", 2));
}

static void
repaired(const char *in, const char *want)
{
	char *got = text_utf8_repair(in, strlen(in));

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
text_utf8_repair_replaces(void **state)
{
	(void)state;
	repaired("", "");
	repaired("caf\xc3\xa9", "caf\xc3\xa9");
	repaired("\xff", "\xef\xbf\xbd");
	repaired("caf\xe9 ok", "caf\xef\xbf\xbd ok");
	repaired("\xff\xfe" "a\xc3", "\xef\xbf\xbd\xef\xbf\xbd" "a"
	    "\xef\xbf\xbd");
}

/* Where a text may be cut: after whole characters, never inside one. */
static void
text_prefix_cuts_between_characters(void **state)
{
	(void)state;
	assert_int_equal(text_prefix("abc", 2), 2);
	assert_int_equal(text_prefix("abc", 9), 3);
	assert_int_equal(text_prefix("\xc3\xa9\xc3\xa9x", 1), 2);
	assert_int_equal(text_prefix("\xc3\xa9\xc3\xa9x", 2), 4);
	assert_int_equal(text_prefix("\xf0\x9f\x98\x80!", 1), 4);
	assert_int_equal(text_prefix("", 5), 0);
	/* A byte that is not UTF-8 counts as one character. */
	assert_int_equal(text_prefix("\xff" "a", 1), 1);
}

/* A value not given: none, empty, or only white space, line breaks
 * too (text_blank); text_given stores it as none, and any other value
 * as it was given, spaces and all. */
static void
text_given_is_none_when_blank(void **state)
{
	static const char	*blank[] = { "", " ", " \t ", "\r\n", "\n\t " };
	static const char	 name[] = "  Ann ";
	size_t			 i;

	(void)state;
	assert_true(text_blank(NULL));
	assert_null(text_given(NULL));
	for (i = 0; i < sizeof(blank) / sizeof(blank[0]); i++) {
		assert_true(text_blank(blank[i]));
		assert_null(text_given(blank[i]));
	}
	assert_false(text_blank(name));
	assert_ptr_equal(text_given(name), name);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_utf8_accepts_text),
		cmocka_unit_test(text_utf8_refuses_bytes),
		cmocka_unit_test(text_utf8_repair_replaces),
		cmocka_unit_test(text_prefix_cuts_between_characters),
		cmocka_unit_test(text_given_is_none_when_blank),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
