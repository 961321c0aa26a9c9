/*
 * The escaping writer (src/render/html.c): html_fmt's conversions and
 * the text between them, html_text and html_lines' escaping, each
 * against the markup written out by hand.  A format it cannot do marks
 * the page failed (oom), never a page cut short.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "render/html.h"

/* h's markup is want, and h has not failed. */
static void
is(struct html *h, const char *want)
{
	assert_false(h->oom);
	assert_int_equal(h->len, strlen(want));
	assert_string_equal(h->p != NULL ? h->p : "", want);
	html_free(h);
}

/* NULL, as a page's missing field (volatile: the compiler is not to
 * see that it is NULL and refuse the call). */
static const char *volatile none = NULL;

static void
test_fmt_s_escapes_the_five_characters(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_fmt(&h, "<p class=\"x\">%s</p>", "Tom & Jerry's <b>\"best\"</b>");
	is(&h, "<p class=\"x\">Tom &amp; Jerry&#39;s &lt;b&gt;&quot;best"
	    "&quot;&lt;/b&gt;</p>");
	html_init(&h);
	html_fmt(&h, "%s", "&<>\"'");
	is(&h, "&amp;&lt;&gt;&quot;&#39;");
	html_init(&h);
	html_fmt(&h, "%s%s", "&&", "''");
	is(&h, "&amp;&amp;&#39;&#39;");
	/* NULL prints nothing; the empty text likewise. */
	html_init(&h);
	html_fmt(&h, "[%s|%s]", none, "");
	is(&h, "[|]");
	/* The format's own text is markup, not escaped. */
	html_init(&h);
	html_fmt(&h, "<a href=\"/x?a=1&b=2\">'%s'</a>", "a<b");
	is(&h, "<a href=\"/x?a=1&b=2\">'a&lt;b'</a>");
}

static void
test_fmt_numbers_and_percent(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_fmt(&h, "%d %d %ld %lld %zu", 0, -42, -1234567890L,
	    -9007199254740993LL, (size_t)18446744073709551615ULL);
	is(&h, "0 -42 -1234567890 -9007199254740993 18446744073709551615");
	html_init(&h);
	html_fmt(&h, "%d%%", 75);
	is(&h, "75%");
	html_init(&h);
	html_fmt(&h, "%%d %%%s%%", "&");
	is(&h, "%d %&amp;%");
	html_init(&h);
	html_fmt(&h, "width:%zupx;%lld", (size_t)375, 9223372036854775807LL);
	is(&h, "width:375px;9223372036854775807");
}

static void
test_fmt_text_after_last_conversion(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_fmt(&h, "<li>%d items</li>\n", 3);
	is(&h, "<li>3 items</li>\n");
	html_init(&h);
	html_fmt(&h, "%s and after, with no percent at all", "<x>");
	is(&h, "&lt;x&gt; and after, with no percent at all");
	html_init(&h);
	html_fmt(&h, "%%.");
	is(&h, "%.");
}

static void
test_fmt_empty_and_text_only(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_raw(&h, "a");
	html_fmt(&h, "%s", "");
	html_fmt(&h, "%s", "");
	is(&h, "a");
	html_init(&h);
	html_raw(&h, "<div>");
	html_fmt(&h, "%s", "");
	html_fmt(&h, "<p class=\"govuk-body\">Only markup & 'quotes'</p>");
	html_fmt(&h, "</div>");
	is(&h, "<div><p class=\"govuk-body\">Only markup & 'quotes'</p>"
	    "</div>");
}

/* The empty format on its own writes nothing (and fails nothing). */
static void
test_fmt_empty_format_writes_nothing(void **state)
{
	struct html	 h;
	const char	*empty = "";

	(void)state;
	html_init(&h);
	html_raw(&h, "x");
	html_fmt(&h, empty, 0);
	html_fmt(&h, "%s", empty);
	is(&h, "x");
}

/* A trailing lone '%', an unknown conversion, or a length the writer
 * does not do: the page is failed, not written in part. */
static void
test_fmt_lone_percent_or_unknown_conversion_fails_page(void **state)
{
	static const char *const bad[] = {
		"50%", "%", "%x", "a %u b", "%f", "%ls", "%lu", "%llld", "%zd",
		"%l", "%z", "%5d", "%-s",
	};
	struct html	 h;
	size_t		 i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		html_init(&h);
		html_fmt(&h, bad[i], 1, 2);
		if (!h.oom)
			fail_msg("format \"%s\" did not fail the page", bad[i]);
		html_free(&h);
	}
	/* Failed stays failed: nothing more is written. */
	html_init(&h);
	html_raw(&h, "<p>");
	html_fmt(&h, bad[2], 1);
	assert_true(h.oom);
	html_fmt(&h, "more");
	html_text(&h, "more");
	assert_true(h.oom);
	html_free(&h);
}

static void
test_text_null_and_plain(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_text(&h, NULL);
	html_lines(&h, NULL);
	assert_false(h.oom);
	assert_int_equal(h.len, 0);
	html_text(&h, "");
	assert_int_equal(h.len, 0);
	html_text(&h, "plain words, no markup");
	is(&h, "plain words, no markup");
	html_init(&h);
	html_text(&h, "a\nb & c");
	is(&h, "a\nb &amp; c");
}

static void
test_lines_newline_becomes_br(void **state)
{
	struct html h;

	(void)state;
	html_init(&h);
	html_lines(&h, "one\ntwo & <three>\n\n'four'\n");
	is(&h, "one<br>\ntwo &amp; &lt;three&gt;<br>\n<br>\n&#39;four&#39;"
	    "<br>\n");
	html_init(&h);
	html_lines(&h, "\n");
	is(&h, "<br>\n");
	html_init(&h);
	html_lines(&h, "no break");
	is(&h, "no break");
}

/* A run of 10,000 characters with an entity at each end and in the
 * middle, and the same long run as a %s argument. */
static void
test_long_runs_escaped_whole(void **state)
{
	struct html	 h;
	char		*in, *want;
	size_t		 n = 10000, i, w = 0;

	(void)state;
	in = malloc(n + 1);
	want = malloc(n * 6 + 64);
	assert_non_null(in);
	assert_non_null(want);
	for (i = 0; i < n; i++)
		in[i] = (char)('a' + i % 26);
	in[0] = '<';
	in[n / 2] = '&';
	in[n - 1] = '"';
	in[n] = '\0';
	for (i = 0; i < n; i++) {
		const char *e = i == 0 ? "&lt;" : i == n / 2 ? "&amp;" :
		    i == n - 1 ? "&quot;" : NULL;

		if (e != NULL) {
			memcpy(want + w, e, strlen(e));
			w += strlen(e);
		} else
			want[w++] = in[i];
	}
	want[w] = '\0';
	assert_int_equal(w, n - 3 + 4 + 5 + 6);
	html_init(&h);
	html_text(&h, in);
	/* The ends and the middle, written out by hand ('a' + i % 26:
	 * in[4997] is 'f', in[9998] 'o'). */
	assert_false(h.oom);
	assert_memory_equal(h.p, "&lt;bcdefgh", 11);
	assert_memory_equal(h.p + 3 + 4997, "fgh&amp;jkl", 11);
	assert_string_equal(h.p + h.len - 10, "lmno&quot;");
	is(&h, want);
	html_init(&h);
	html_fmt(&h, "<p>%s</p>", in);
	assert_false(h.oom);
	assert_int_equal(h.len, w + 7);
	assert_memory_equal(h.p, "<p>&lt;bcdef", 12);
	assert_memory_equal(h.p + 3, want, w);
	assert_string_equal(h.p + 3 + w - 10, "lmno&quot;</p>");
	html_free(&h);
	/* With line breaks at both ends and in the middle. */
	in[0] = in[n / 2] = in[n - 1] = '\n';
	html_init(&h);
	html_lines(&h, in);
	assert_false(h.oom);
	assert_int_equal(h.len, n - 3 + 3 * 5);
	assert_memory_equal(h.p, "<br>\nbcdef", 10);
	assert_memory_equal(h.p + 4 + 4997, "fgh<br>\njkl", 11);
	assert_string_equal(h.p + h.len - 9, "lmno<br>\n");
	html_free(&h);
	free(in);
	free(want);
}

static void
test_escape_into_buffer(void **state)
{
	char	out[32];

	(void)state;
	assert_int_equal(html_escape("a<b", out, sizeof(out)), 6);
	assert_string_equal(out, "a&lt;b");
	/* Too small: the length needed, and an empty buffer. */
	assert_int_equal(html_escape("'&'", out, 8), 15);
	assert_string_equal(out, "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fmt_s_escapes_the_five_characters),
		cmocka_unit_test(test_fmt_numbers_and_percent),
		cmocka_unit_test(test_fmt_text_after_last_conversion),
		cmocka_unit_test(test_fmt_empty_and_text_only),
		cmocka_unit_test(test_fmt_empty_format_writes_nothing),
		cmocka_unit_test(
		    test_fmt_lone_percent_or_unknown_conversion_fails_page),
		cmocka_unit_test(test_text_null_and_plain),
		cmocka_unit_test(test_lines_newline_becomes_br),
		cmocka_unit_test(test_long_runs_escaped_whole),
		cmocka_unit_test(test_escape_into_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
