/*
 * The constitution as core gives it to the page and the command line:
 * the version in force and every setting as records (core_constitution.h),
 * their JSON with the field names --json has always given
 * (render/json_constitution.c), and whole-number settings read through
 * the one validator (rules/parse.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/core.h"
#include "render/json.h"

#define OK(c, call) do { \
	int rc_ = (call); \
	if (rc_ != CORE_OK) \
		fail_msg("%s: %s", #call, (c)->err); \
} while (0)

/* A constitution made by hand, as no file could make it: values that
 * constitution_parse() refuses. */
static void
test_constitution_int_reads_only_whole_numbers(void **state)
{
	struct cs_value v[] = {
		{ "arrangement.name", "Test", 1 },
		{ "agenda.notice_days", "21 days", 2 },
		{ "notes.due_days", "99999999999", 3 },
		{ "nomination.window_days", "14", 4 },
		{ "chair.term_years", "none", 5 },
		{ "meetings.min_per_year.local-forum", "4x", 6 },
		{ "meetings.max_gap_days.local-forum", "90", 7 },
		{ "consultation.min_weeks", "", 8 },
	};
	struct constitution c = { v, sizeof(v) / sizeof(v[0]) };

	(void)state;
	/* Not a whole number: read as 0 (none), never as its first
	 * digits, nor cut to fit an int. */
	assert_int_equal(constitution_int(&c, "agenda.notice_days"), 0);
	assert_int_equal(constitution_int(&c, "notes.due_days"), 0);
	assert_int_equal(constitution_kind_int(&c, "meetings.min_per_year",
	    GK_LOCAL_FORUM), 0);
	assert_int_equal(constitution_int(&c, "consultation.min_weeks"), 0);
	/* Whole numbers and none read as before. */
	assert_int_equal(constitution_int(&c, "nomination.window_days"), 14);
	assert_int_equal(constitution_int(&c, "chair.term_years"), 0);
	assert_int_equal(constitution_kind_int(&c, "meetings.max_gap_days",
	    GK_LOCAL_FORUM), 90);
	/* Defaults of the table, and no such setting. */
	assert_int_equal(constitution_int(&c, "retention.mail_days"), 365);
	assert_int_equal(constitution_kind_int(&c, "meetings.min_per_year",
	    GK_THEMATIC), 0);
	assert_int_equal(constitution_int(&c, "no.such.setting"), 0);
}

/* The same values in a file are refused, naming the setting. */
static void
test_constitution_bad_number_refused_not_read(void **state)
{
	static const char *const bad[] = {
		"agenda.notice_days = 21 days", "notes.due_days = 99999999999",
		"meetings.min_per_year.local-forum = 4x",
		"agenda.notice_days = +7", NULL
	};
	struct constitution	c;
	struct cs_error		err;
	char			text[200];
	size_t			i;

	(void)state;
	for (i = 0; bad[i] != NULL; i++) {
		snprintf(text, sizeof(text), "arrangement.name = T\n%s\n",
		    bad[i]);
		assert_int_equal(constitution_parse(text, &c, &err), -1);
		assert_int_equal(err.line, 2);
		assert_int_equal(strncmp(bad[i], err.setting,
		    strlen(err.setting)), 0);
		assert_non_null(strstr(err.msg, "expected a whole number"));
		assert_int_equal(c.n, 0);
	}
}

struct fixture {
	struct core	c;
	char		dir[40], path[300];
};

static int
setup(void **state)
{
	struct fixture *f = calloc(1, sizeof(*f));

	if (f == NULL)
		return -1;
	snprintf(f->dir, sizeof(f->dir), "/tmp/alliance-consread.XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/test.db", f->dir);
	unsetenv("ALLIANCE_KEY");
	unsetenv("ALLIANCE_NOW");
	setenv("ALLIANCE_TODAY", "2025-06-02", 1);
	if (core_clock(&f->c) != CORE_OK || core_open(&f->c, f->path, 1) !=
	    CORE_OK)
		return -1;
	f->c.actor = "constitution test";
	if (core_init(&f->c, "staffordshire-alliance", NULL) != CORE_OK ||
	    core_use(&f->c, NULL) != CORE_OK)
		return -1;
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture	*f = *state;
	char		 cmd[80];

	core_close(&f->c);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->dir);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

static const struct constitution_setting *
find(const struct constitution_setting_list *l, const char *key)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i].setting, key) == 0)
			return &l->v[i];
	fail_msg("no setting %s", key);
	return NULL;
}

/* Every setting once (per-kind ones once per kind), lists as lines. */
static void
test_settings_are_records(void **state)
{
	struct fixture				*f = *state;
	struct constitution_setting_list	 l;
	const struct constitution_setting	*s;
	const struct cs_setting			*t;
	size_t					 want = 0;

	for (t = constitution_settings; t->key != NULL; t++)
		want += t->per_kind ? GK__MAX : 1;
	OK(&f->c, core_constitution_settings(&f->c, NULL, &l));
	assert_int_equal(l.n, want);
	assert_string_equal(l.v[0].setting, "arrangement.name");
	s = find(&l, "agenda.mandatory");
	assert_true(s->is_list);
	assert_null(s->text);
	assert_int_equal(s->lines.n, constitution_list(&f->c.cons,
	    "agenda.mandatory", NULL, 0));
	assert_string_equal(s->lines.v[0], constitution_text(&f->c.cons,
	    "agenda.mandatory"));
	assert_string_equal(s->rule, "SA-6.4");
	s = find(&l, "quorum.local-forum");
	assert_false(s->is_list);
	assert_string_equal(s->text, constitution_kind_text(&f->c.cons,
	    "quorum", GK_LOCAL_FORUM));
	/* A text setting with no value is "", a list with none empty. */
	s = find(&l, "arrangement.adopts");
	assert_true(s->is_list);
	assert_int_equal(s->lines.n, 0);
	constitution_setting_list_free(&l);
	assert_int_equal(core_constitution_settings(&f->c, "2025-13-01", &l),
	    CORE_EINVAL);
	assert_string_equal(f->c.field, "date");
	assert_int_equal(core_constitution_settings(&f->c, "2020-01-01", &l),
	    CORE_ENOTFOUND);
	assert_int_equal(l.n, 0);
}

/* A list longer than the old 64 entries is given whole. */
static void
test_long_list_given_whole(void **state)
{
	struct fixture				*f = *state;
	struct constitution_setting_list	 l;
	const struct constitution_setting	*s;
	char					*text;
	size_t					 i, n = 0, cap = 8192;

	text = malloc(cap);
	assert_non_null(text);
	n += (size_t)snprintf(text, cap, "arrangement.name = Long\n");
	for (i = 0; i < 70; i++)
		n += (size_t)snprintf(text + n, cap - n, "agenda.mandatory = "
		    "Item %zu\n", i + 1);
	OK(&f->c, core_constitution_apply(&f->c, text, "2025-06-03"));
	free(text);
	OK(&f->c, core_constitution_settings(&f->c, "2025-06-03", &l));
	s = find(&l, "agenda.mandatory");
	assert_int_equal(s->lines.n, 70);
	assert_string_equal(s->lines.v[69], "Item 70");
	constitution_setting_list_free(&l);
}

/* The text is the agreement's, for anyone; who applied it is the
 * secretariat's record. */
static void
test_who_applied_is_for_officers(void **state)
{
	struct fixture				*f = *state;
	struct rec_constitution_version		 v;
	struct rec_constitution_version_list	 l;
	const struct viewer			 off = { VIEWER_OFFICER, 1, 0 };
	const struct viewer			 mem = { VIEWER_MEMBER, 1, 1 };

	OK(&f->c, core_constitution_get(&f->c, &viewer_system, NULL, &v));
	assert_int_equal(v.version, 1);
	assert_string_equal(v.effective_from, "2022-04-01");
	assert_null(v.effective_to);
	assert_non_null(v.body);
	assert_non_null(v.applied_by);
	assert_non_null(v.applied_at);
	rec_constitution_version_clear(&v);
	OK(&f->c, core_constitution_get(&f->c, &off, "2025-01-01", &v));
	assert_non_null(v.applied_by);
	rec_constitution_version_clear(&v);
	OK(&f->c, core_constitution_get(&f->c, &mem, NULL, &v));
	assert_non_null(v.body);
	assert_null(v.applied_by);
	assert_null(v.applied_at);
	rec_constitution_version_clear(&v);
	OK(&f->c, core_constitution_get(&f->c, &viewer_public, NULL, &v));
	assert_null(v.applied_by);
	rec_constitution_version_clear(&v);
	OK(&f->c, core_constitution_versions(&f->c, &viewer_public, &l));
	assert_int_equal(l.n, 1);
	assert_null(l.v[0].applied_by);
	rec_constitution_version_list_free(&l);
	assert_int_equal(core_constitution_get(&f->c, &viewer_system,
	    "2020-01-01", &v), CORE_ENOTFOUND);
	assert_non_null(strstr(f->c.err, "no constitution of "
	    "staffordshire-alliance was in force on 2020-01-01"));
}

/* --json's field names, in their order. */
static void
test_json_keeps_field_names(void **state)
{
	struct fixture				*f = *state;
	struct constitution_setting_list	 l;
	struct rec_constitution_version		 v;
	json_t					*j;
	char					*s;

	OK(&f->c, core_constitution_get(&f->c, &viewer_system, NULL, &v));
	j = json_constitution_version(&v);
	rec_constitution_version_clear(&v);
	assert_non_null(j);
	json_object_del(j, "body");
	json_object_del(j, "applied_at");
	s = json_dumps(j, JSON_PRESERVE_ORDER | JSON_COMPACT);
	assert_string_equal(s, "{\"id\":1,\"version\":1,\"effective_from\":"
	    "\"2022-04-01\",\"effective_to\":null,\"applied_by\":"
	    "\"constitution test\"}");
	free(s);
	json_decref(j);
	OK(&f->c, core_constitution_settings(&f->c, NULL, &l));
	j = json_constitution_settings(&l);
	constitution_setting_list_free(&l);
	assert_non_null(j);
	s = json_dumps(json_array_get(j, 0), JSON_PRESERVE_ORDER |
	    JSON_COMPACT);
	assert_string_equal(s, "{\"setting\":\"arrangement.name\",\"rule\":"
	    "\"\",\"meaning\":\"the arrangement's full name\",\"value\":"
	    "\"Staffordshire and Stoke-on-Trent VCSE Healthy Communities "
	    "Alliance\"}");
	free(s);
	json_decref(j);
}

int
main(void)
{
	const struct CMUnitTest rules[] = {
		cmocka_unit_test(test_constitution_int_reads_only_whole_numbers),
		cmocka_unit_test(test_constitution_bad_number_refused_not_read),
	};
	/* One database for these (an arrangement takes a while to make,
	 * under valgrind most of all): the long list, a new version, comes
	 * last. */
	const struct CMUnitTest core[] = {
		cmocka_unit_test(test_settings_are_records),
		cmocka_unit_test(test_who_applied_is_for_officers),
		cmocka_unit_test(test_json_keeps_field_names),
		cmocka_unit_test(test_long_list_given_whole),
	};

	return cmocka_run_group_tests(rules, NULL, NULL) |
	    cmocka_run_group_tests(core, setup, teardown);
}
