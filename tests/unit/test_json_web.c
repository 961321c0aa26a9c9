/*
 * Unit tests of src/render/json_web.c: the API's error body in the
 * shape doc/openapi.json gives it, a list's page, and the named thing
 * of an audit entry's detail (the one JSON the pages read).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "render/json.h"

static void
dumped(json_t *j, const char *want)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	assert_non_null(s);
	assert_string_equal(s, want);
	free(s);
	json_decref(j);
}

/* The Error schema: field is a string when there is one, never null. */
static void
json_web_error_names_the_field_or_leaves_it_out(void **state)
{
	(void)state;
	dumped(json_web_error("invalid", "page", "page must be 1 or more"),
	    "{\"error\":{\"code\":\"invalid\",\"field\":\"page\","
	    "\"message\":\"page must be 1 or more\"}}");
	dumped(json_web_error("method", NULL, "the API reads only; use GET"),
	    "{\"error\":{\"code\":\"method\",\"message\":\"the API reads only; "
	    "use GET\"}}");
}

static void
json_web_slice_gives_the_page_and_no_more(void **state)
{
	json_t *all = json_pack("[i, i, i, i, i]", 1, 2, 3, 4, 5);

	(void)state;
	dumped(json_web_slice(all, 0, 2), "[1,2]");
	dumped(json_web_slice(all, 4, 2), "[5]");
	dumped(json_web_slice(all, 5, 2), "[]");
	dumped(json_web_slice(all, 99, 100), "[]");
	/* The items are shared, the list left whole. */
	assert_int_equal(json_array_size(all), 5);
	json_decref(all);
}

static void
json_detail_text_reads_the_first_key_holding_text(void **state)
{
	static const char *const keys[] = { "person", "name", "title",
	    NULL };
	char *v;

	(void)state;
	v = json_detail_text("{\"name\": \"Kinver Youth Trust\", "
	    "\"person\": \"Ann Lee\"}", keys);
	assert_string_equal(v, "Ann Lee");
	free(v);
	/* A number is not a name; the next key is read. */
	v = json_detail_text("{\"person\": 7, \"title\": \"Winter letter\"}",
	    keys);
	assert_string_equal(v, "Winter letter");
	free(v);
	assert_null(json_detail_text("{\"id\": 3}", keys));
	assert_null(json_detail_text("not JSON", keys));
	assert_null(json_detail_text("", keys));
	assert_null(json_detail_text(NULL, keys));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(json_web_error_names_the_field_or_leaves_it_out),
		cmocka_unit_test(json_web_slice_gives_the_page_and_no_more),
		cmocka_unit_test(
		    json_detail_text_reads_the_first_key_holding_text),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
