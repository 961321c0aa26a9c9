/*
 * Unit tests of src/render/json_stored.c: the JSON text kept in the
 * database's columns.  The made texts are compared byte for byte (the
 * ledger hashed them so; `audit verify` depends on it); the parsers
 * read a column of a database that may have been copied or edited, so
 * a text that is not what it should be is refused, never a crash.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "render/json_stored.h"

static void
text_is(char *got, const char *want)
{
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static char *
detail(const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = json_stored_detail(fmt, ap);
	va_end(ap);
	return s;
}

static void
detail_is_compact_with_its_keys_sorted(void **state)
{
	(void)state;
	text_is(detail("{s:s, s:I, s:s?}", "title", "Ann's \"motion\"", "id",
	    (long long)12, "effective", NULL),
	    "{\"effective\":null,\"id\":12,\"title\":\"Ann's \\\"motion\\\"\"}");
	text_is(detail("{}"), "{}");
	/* A format that does not make a detail makes no text. */
	assert_null(detail("{s:s", "a", "b"));
}

static void
detail_with_wraps_a_text_and_refuses_one_that_is_not_json(void **state)
{
	(void)state;
	text_is(json_stored_detail_with("result", "{\"z\":1,\"a\":[2]}"),
	    "{\"result\":{\"a\":[2],\"z\":1}}");
	text_is(json_stored_detail_with(NULL, "{\"z\":1,\"a\":2}"),
	    "{\"a\":2,\"z\":1}");
	text_is(json_stored_detail_with("elected", "[\"B\",\"A\"]"),
	    "{\"elected\":[\"B\",\"A\"]}");
	assert_null(json_stored_detail_with("result", "not json"));
	assert_null(json_stored_detail_with(NULL, "{\"a\":"));
	assert_null(json_stored_detail_with("result", NULL));
}

static void
effect_made_as_kept_and_read_back_whole(void **state)
{
	struct rec_effect	 e = { "coopt", 7, "Acme \"CIC\"",
				    "2026-12-01" }, back;
	char			*t;

	(void)state;
	t = json_stored_effect(&e);
	assert_non_null(t);
	assert_string_equal(t, "{\"do\":\"coopt\",\"effective\":"
	    "\"2026-12-01\",\"organisation\":\"Acme \\\"CIC\\\"\","
	    "\"organisation_id\":7}");
	assert_int_equal(json_stored_effect_parse(t, &back), 0);
	assert_string_equal(back.what, "coopt");
	assert_int_equal(back.organisation_id, 7);
	assert_string_equal(back.organisation, "Acme \"CIC\"");
	assert_string_equal(back.effective, "2026-12-01");
	text_is(json_stored_effect(&back), t);
	free(t);
	rec_effect_free(&back);

	/* None named and no date: nulls, read back as none. */
	memset(&e, 0, sizeof(e));
	strcpy(e.what, "terminate_all");
	t = json_stored_effect(&e);
	assert_string_equal(t, "{\"do\":\"terminate_all\",\"effective\":null,"
	    "\"organisation\":null,\"organisation_id\":0}");
	assert_int_equal(json_stored_effect_parse(t, &back), 0);
	assert_string_equal(back.what, "terminate_all");
	assert_null(back.organisation);
	assert_null(back.effective);
	free(t);
	rec_effect_free(&back);
}

static void
effect_parse_refuses_what_is_not_an_effect(void **state)
{
	static const char *const bad[] = {
		NULL, "", "not json", "[\"coopt\"]", "{}",
		"{\"organisation_id\":7}",			/* no do */
		"{\"do\":7}",
		"{\"do\":\"a_great_deal_too_long\"}",
		"{\"do\":\"coopt\",\"organisation_id\":\"7\"}",
		"{\"do\":\"coopt\",\"organisation\":7}",
		"{\"do\":\"coopt\",\"effective\":[\"2026-12-01\"]}",
		"{\"do\":\"coopt\",\"organisation\":{}}",
	};
	struct rec_effect	e;
	size_t			i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&e, 0xff, sizeof(e));
		assert_int_equal(json_stored_effect_parse(bad[i], &e), -1);
		assert_null(e.organisation);
		assert_null(e.effective);
		assert_int_equal(e.organisation_id, 0);
	}
	/* Keys it does not know are no harm. */
	assert_int_equal(json_stored_effect_parse("{\"do\":\"recommend\","
	    "\"organisation_id\":3,\"why\":1}", &e), 0);
	assert_int_equal(e.organisation_id, 3);
	rec_effect_free(&e);
}

/* Two candidates, one elected, a run-off opened. */
static void
result_example(struct election_result *r)
{
	static struct rec_count	counts[2];

	memset(r, 0, sizeof(*r));
	counts[0].candidate = (char *)"Ann \u00e9";
	counts[0].votes = 3;
	counts[1].candidate = (char *)"Bob";
	counts[1].votes = 2;
	r->counts = counts;
	r->ncounts = 2;
	r->ballots = 5;
	r->outcome = (char *)"decided";
	r->runoff = 9;
}

static void
result_made_as_kept_and_read_back_whole(void **state)
{
	struct election_result	 r, back;
	char			*t;

	(void)state;
	result_example(&r);
	assert_int_equal(rec_lines_add(&r.winners, "%s", "Ann \u00e9"), 0);
	t = json_stored_result(&r);
	/* In the order it has always been kept, not sorted. */
	assert_string_equal(t, "{\"counts\":[{\"candidate\":\"Ann \u00e9\","
	    "\"votes\":3},{\"candidate\":\"Bob\",\"votes\":2}],\"winners\":"
	    "[\"Ann \u00e9\"],\"tied\":[],\"ballots\":5,\"outcome\":"
	    "\"decided\",\"runoff\":9}");
	assert_int_equal(json_stored_result_parse(t, &back), 0);
	assert_true(back.present);
	assert_int_equal(back.ncounts, 2);
	assert_string_equal(back.counts[1].candidate, "Bob");
	assert_int_equal(back.counts[0].votes, 3);
	assert_int_equal(back.winners.n, 1);
	assert_int_equal(back.tied.n, 0);
	assert_int_equal(back.ballots, 5);
	assert_int_equal(back.runoff, 9);
	assert_string_equal(back.outcome, "decided");
	text_is(json_stored_result(&back), t);
	free(t);
	election_result_free(&back);
	rec_lines_free(&r.winners);

	/* No run-off: no key; the names elected are a list. */
	result_example(&r);
	r.runoff = 0;
	r.outcome = NULL;
	assert_int_equal(rec_lines_add(&r.tied, "%s", "Ann"), 0);
	assert_int_equal(rec_lines_add(&r.tied, "%s", "Bob"), 0);
	text_is(json_stored_result(&r), "{\"counts\":[{\"candidate\":"
	    "\"Ann \u00e9\",\"votes\":3},{\"candidate\":\"Bob\",\"votes\":2}],"
	    "\"winners\":[],\"tied\":[\"Ann\",\"Bob\"],\"ballots\":5,"
	    "\"outcome\":\"\"}");
	text_is(json_stored_names(&r.tied), "[\"Ann\",\"Bob\"]");
	rec_lines_free(&r.tied);
	text_is(json_stored_names(&r.tied), "[]");
}

static void
result_parse_finds_no_result_in_text_that_is_not_one(void **state)
{
	static const char *const bad[] = {
		NULL, "", "not json", "[1]", "\"counts\"", "null",
	};
	/* A result of the wrong shape (changed outside Alliance) is
	 * still a result: its wrong keys read as none. */
	static const char *const wrong[] = {
		"{\"counts\":{}}", "{\"counts\":null}",
		"{\"counts\":[1]}",
		"{\"counts\":[{\"votes\":3}]}",			/* no name */
		"{\"counts\":[{\"candidate\":\"A\",\"votes\":\"3\"}]}",
		"{\"counts\":[{\"candidate\":null,\"votes\":3}]}",
		"{\"winners\":\"Ann\"}",
		"{\"winners\":[\"Ann\",7]}",
		"{\"tied\":[null]}",
		"{\"ballots\":\"5\"}", "{\"ballots\":5.5}",
		"{\"runoff\":true}",
		"{\"outcome\":3}",
	};
	struct election_result	r;
	size_t			i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		memset(&r, 0xff, sizeof(r));
		assert_int_equal(json_stored_result_parse(bad[i], &r), 0);
		assert_false(r.present);
		assert_null(r.counts);
		assert_int_equal(r.winners.n, 0);
		assert_null(r.outcome);
	}
	for (i = 0; i < sizeof(wrong) / sizeof(wrong[0]); i++) {
		memset(&r, 0xff, sizeof(r));
		assert_int_equal(json_stored_result_parse(wrong[i], &r), 0);
		assert_true(r.present);
		assert_int_equal(r.ballots, 0);
		assert_int_equal(r.runoff, 0);
		assert_null(r.outcome);
		assert_true(r.ncounts == 0 || r.counts[0].candidate != NULL);
		election_result_free(&r);
	}
	assert_int_equal(json_stored_result_parse("{\"winners\":[\"Ann\",7],"
	    "\"ballots\":4}", &r), 0);
	assert_true(r.present);
	assert_int_equal(r.winners.n, 1);
	assert_int_equal(r.ballots, 4);
	election_result_free(&r);
	/* Keys left out are none (a count of an empty election). */
	assert_int_equal(json_stored_result_parse("{}", &r), 0);
	assert_true(r.present);
	assert_int_equal(r.ncounts, 0);
	assert_int_equal(r.ballots, 0);
	assert_null(r.outcome);
	election_result_free(&r);
}

static void
erasure_and_retention_made_as_kept(void **state)
{
	int64_t			seqs[] = { 4, 17 };
	struct rec_erasure	e;
	size_t			i;

	(void)state;
	memset(&e, 0, sizeof(e));
	strcpy(e.placeholder, "Erased person 3");
	for (i = 0; i < ER__MAX; i++)
		e.removed[i] = (int64_t)i;
	for (i = 0; i < EK__MAX; i++)
		e.kept[i] = (int64_t)(10 + i);
	e.redacted = seqs;
	e.nredacted = 2;
	text_is(json_stored_erasure(&e), "{\"kept\":{\"actions\":14,"
	    "\"attendance\":13,\"declarations\":11,\"interests\":12,"
	    "\"nominations\":10,\"step_backs\":15},\"placeholder\":"
	    "\"Erased person 3\",\"redacted\":[4,17],\"removed\":"
	    "{\"failed_sign_ins\":4,\"mail\":5,\"roles\":0,\"sessions\":1,"
	    "\"sign_in_account\":3,\"sign_in_links\":2}}");
	text_is(json_stored_retention(2, 0, seqs, 2),
	    "{\"mail\":0,\"redacted\":[4,17],\"sign_in_records\":2}");
	text_is(json_stored_retention(0, 0, NULL, 0),
	    "{\"mail\":0,\"redacted\":[],\"sign_in_records\":0}");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(detail_is_compact_with_its_keys_sorted),
		cmocka_unit_test(
		    detail_with_wraps_a_text_and_refuses_one_that_is_not_json),
		cmocka_unit_test(effect_made_as_kept_and_read_back_whole),
		cmocka_unit_test(effect_parse_refuses_what_is_not_an_effect),
		cmocka_unit_test(result_made_as_kept_and_read_back_whole),
		cmocka_unit_test(
		    result_parse_finds_no_result_in_text_that_is_not_one),
		cmocka_unit_test(erasure_and_retention_made_as_kept),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
