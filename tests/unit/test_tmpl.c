/*
 * Unit tests of the template reader (src/tmpl/tmpl.c) and of core's
 * load of its typed records (src/core/template.c): each built-in
 * template reads whole; a data file of the wrong shape is refused
 * naming the field and what is accepted there (it was read silently
 * before, a misspelt field or a "yes" for true simply lost); core loads
 * a struct tmpl made without any JSON.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "tmpl/tmpl.h"

static char err[512];

static int
parse(const char *json, struct tmpl *t)
{
	memset(err, 0, sizeof(err));
	return tmpl_parse("t", json, strlen(json), t, err, sizeof(err));
}

/* json is refused with exactly msg, and leaves nothing to free. */
static void
refused(const char *json, const char *msg)
{
	struct tmpl t;

	assert_int_equal(parse(json, &t), -1);
	assert_string_equal(err, msg);
	assert_null(t.name);
	assert_null(t.organisations.v);
	assert_null(t.positions.v);
}

static void
test_every_builtin_template_reads_whole(void **state)
{
	struct tmpl	t;
	size_t		i, holders = 0;

	(void)state;
	for (i = 0; tmpl_names[i] != NULL; i++) {
		assert_int_equal(tmpl_load(tmpl_names[i], &t, err,
		    sizeof(err)), 0);
		assert_string_equal(t.name, tmpl_names[i]);
		assert_non_null(strstr(t.constitution, "arrangement.name"));
		assert_true(t.groups.n > 0);
		tmpl_free(&t);
	}
	assert_int_equal(i, 5);
	assert_int_equal(tmpl_load("staffordshire-alliance", &t, err,
	    sizeof(err)), 0);
	assert_int_equal(t.organisations.n, 5);
	assert_int_equal(t.people.n, 9);
	assert_int_equal(t.roles.n, 10);
	assert_int_equal(t.groups.n, 8);
	assert_int_equal(t.memberships.n, 8);
	assert_int_equal(t.declarations.n, 3);
	assert_int_equal(t.offices.n, 9);
	assert_int_equal(t.positions.n, 18);
	assert_int_equal(t.places.n, 7);
	assert_int_equal(t.commitments.n, 5);
	for (i = 0; i < t.positions.n; i++)
		holders += t.positions.v[i].holders.n;
	assert_int_equal(holders, 15);
	assert_true(t.organisations.v[0].infrastructure);
	assert_string_equal(t.agreement.in_force_from, "2022-04-01");
	tmpl_free(&t);
	/* The Leaders Group's agreement has no start: null is NULL. */
	assert_int_equal(tmpl_load("manchester-leaders", &t, err,
	    sizeof(err)), 0);
	assert_null(t.agreement.in_force_from);
	assert_null(t.organisations.v[0].email);
	tmpl_free(&t);
}

static void
test_an_unknown_template_is_refused(void **state)
{
	struct tmpl t;

	(void)state;
	assert_false(tmpl_known("staffordshire"));
	assert_false(tmpl_known(NULL));
	assert_true(tmpl_known("tameside-pact"));
	assert_int_equal(tmpl_load("staffordshire", &t, err, sizeof(err)),
	    -1);
	assert_string_equal(err, "template 'staffordshire' is not built in");
}

static void
test_a_misspelt_field_is_named_with_the_fields_accepted(void **state)
{
	(void)state;
	refused("{\"groups\": [{\"slug\": \"g\", \"nmae\": \"G\"}]}",
	    "template t data, groups[0].nmae: is not a field of a group; "
	    "expected slug, name, kind, description, geography, parent, "
	    "support_org, support_officer or recognised");
	refused("{\"organisation\": []}",
	    "template t data, organisation: is not a field of a template; "
	    "expected agreement, organisations, people, roles, groups, "
	    "memberships, declarations, criteria, offices, positions, "
	    "places or commitments");
	refused("{\"positions\": [{\"slug\": \"p\"}, {\"holders\": "
	    "[{\"person\": \"a\", \"end_date\": null}]}]}",
	    "template t data, positions[1].holders[0].end_date: is not a "
	    "field of a holder; expected person, role, interim, scope, "
	    "start or end");
}

static void
test_a_value_of_the_wrong_kind_is_named_with_what_is_accepted(void **state)
{
	(void)state;
	refused("{\"organisations\": [{\"name\": \"A\", "
	    "\"infrastructure\": \"yes\"}]}",
	    "template t data, organisations[0].infrastructure: expected "
	    "true or false, not text");
	refused("{\"positions\": [{\"slug\": \"p\", \"seats\": 2.5}]}",
	    "template t data, positions[0].seats: expected a whole number "
	    "such as 1, not a number with a fraction");
	refused("{\"positions\": [{\"seats\": 9999999999}]}",
	    "template t data, positions[0].seats: expected a whole number "
	    "such as 1, not one this large");
	refused("{\"people\": [{\"name\": 7}]}",
	    "template t data, people[0].name: expected text or null, not a "
	    "whole number");
	refused("{\"people\": {\"name\": \"A\"}}",
	    "template t data, people: expected a list [...] of people, not "
	    "an object");
	refused("{\"criteria\": [\"evidence\"]}",
	    "template t data, criteria[0]: expected a criterion as an "
	    "object {...}, not text");
	refused("{\"agreement\": []}",
	    "template t data, agreement: expected the agreement as an "
	    "object {...}, not a list");
	refused("[]", "template t data: expected a template as an object "
	    "{...}, not a list");
}

static void
test_a_file_that_is_not_json_names_its_line(void **state)
{
	(void)state;
	refused("{\n\"groups\": [\n{\"slug\": \"g\",}\n]}",
	    "template t data, line 3: string or '}' expected near '}'");
	/* One of two values would go unread. */
	refused("{\"groups\": [{\"slug\": \"a\", \"slug\": \"b\"}]}",
	    "template t data, line 1: duplicate object key near "
	    "'\"slug\"'");
	refused("", "template t data, line 1: '[' or '{' expected near end "
	    "of file");
}

static void
test_absent_values_take_their_defaults(void **state)
{
	struct tmpl t;

	(void)state;
	assert_int_equal(parse("{\"positions\": [{\"slug\": \"p\", \"note\": "
	    "null, \"holders\": null}, {\"seats\": 3, \"holders\": [{}]}], "
	    "\"places\": null}", &t), 0);
	assert_int_equal(t.positions.n, 2);
	assert_int_equal(t.positions.v[0].seats, 1);
	assert_null(t.positions.v[0].note);
	assert_int_equal(t.positions.v[0].holders.n, 0);
	assert_int_equal(t.positions.v[1].seats, 3);
	assert_int_equal(t.positions.v[1].holders.n, 1);
	assert_false(t.positions.v[1].holders.v[0].interim);
	assert_int_equal(t.places.n, 0);
	assert_null(t.constitution);
	tmpl_free(&t);
	tmpl_free(&t);		/* freed twice: nothing left */
}

static char *
copy(const char *s)
{
	char *d = strdup(s);

	assert_non_null(d);
	return d;
}

/* A template made in C, no JSON: one organisation and one forum. */
static void
made(struct tmpl *t, const char *kind)
{
	struct tmpl base;

	assert_int_equal(tmpl_load("staffordshire-alliance", &base, err,
	    sizeof(err)), 0);
	memset(t, 0, sizeof(*t));
	t->name = copy("made");
	t->constitution = base.constitution;
	base.constitution = NULL;
	tmpl_free(&base);
	t->agreement.in_force_from = copy("2024-04-01");
	t->organisations.n = 1;
	assert_non_null(t->organisations.v = calloc(1,
	    sizeof(*t->organisations.v)));
	t->organisations.v[0].name = copy("Made Charity");
	t->organisations.v[0].sector = copy("vcse");
	t->organisations.v[0].geography = copy("Stafford");
	t->groups.n = 1;
	assert_non_null(t->groups.v = calloc(1, sizeof(*t->groups.v)));
	t->groups.v[0].slug = copy("made-forum");
	t->groups.v[0].name = copy("Made Forum");
	t->groups.v[0].kind = copy(kind);
	t->groups.v[0].geography = copy("Stafford");
}

static void
test_core_loads_typed_records(void **state)
{
	struct core		 c;
	struct rec_org		 o;
	struct tmpl		 t, made_t;
	char			 dir[] = "/tmp/alliance-tmpl-XXXXXX";
	char			 key[160];

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(key, sizeof(key), "%s/a.key", dir);
	setenv("ALLIANCE_KEY", key, 1);
	setenv("ALLIANCE_TODAY", "2025-06-01", 1);
	memset(&c, 0, sizeof(c));
	c.actor = "test";
	assert_int_equal(core_open(&c, ":memory:", 1), CORE_OK);
	made(&t, "local-forum");
	assert_int_equal(core_init_from(&c, &t, NULL), CORE_OK);
	assert_string_equal(c.arr_slug, "made");
	assert_int_equal(core_org_find(&c, &viewer_system, "Made Charity",
	    &o), CORE_OK);
	assert_string_equal(o.geography, "Stafford");
	rec_org_clear(&o);
	/* The same slug again: refused, nothing made, no arrangement in
	 * use. */
	assert_int_equal(core_init_from(&c, &t, NULL), CORE_EEXIST);
	assert_int_equal(c.arr, 0);
	tmpl_free(&t);
	/* What core refuses is named by list and entry. */
	made(&t, "local forum");
	assert_int_equal(core_init_from(&c, &t, "other"), CORE_EINVAL);
	assert_non_null(strstr(c.err, "template made, groups[0]: kind "
	    "'local forum' is not accepted"));
	tmpl_free(&t);
	/* A holder is named by its position too. */
	made(&t, "local-forum");
	free(t.name);
	assert_int_equal(parse("{\"positions\": [{\"slug\": \"icp\", "
	    "\"section\": \"ICB Portfolios\", \"name\": \"ICP\", "
	    "\"method\": \"appointed\", \"appointed_by\": \"the ICB\", "
	    "\"holders\": [{\"person\": \"Nobody Known\", \"role\": "
	    "\"representative\"}]}]}", &made_t), 0);
	t.name = made_t.name;
	made_t.name = NULL;
	t.positions = made_t.positions;
	memset(&made_t.positions, 0, sizeof(made_t.positions));
	tmpl_free(&made_t);
	assert_int_equal(core_init_from(&c, &t, "third"), CORE_ENOTFOUND);
	assert_non_null(strstr(c.err, "template t, positions[0].holders[0]: "
	    "no person 'Nobody Known'"));
	tmpl_free(&t);
	core_close(&c);
	unlink(key);
	rmdir(dir);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_builtin_template_reads_whole),
		cmocka_unit_test(test_an_unknown_template_is_refused),
		cmocka_unit_test(
		    test_a_misspelt_field_is_named_with_the_fields_accepted),
		cmocka_unit_test(
		    test_a_value_of_the_wrong_kind_is_named_with_what_is_accepted),
		cmocka_unit_test(test_a_file_that_is_not_json_names_its_line),
		cmocka_unit_test(test_absent_values_take_their_defaults),
		cmocka_unit_test(test_core_loads_typed_records),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
