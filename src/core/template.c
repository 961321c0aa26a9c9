/*
 * The five built-in templates: each seed's constitution and example data,
 * compiled into the program (scripts/embed.sh).  A template is loaded
 * through the same core functions an officer uses, so its data passes
 * every rule, and the whole load is one transaction.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "embedded.h"
#include "store/rec_arrangement.h"
#include "store/store.h"

const char *const core_templates[] = {
	"staffordshire-alliance",
	"staffordshire-compact",
	"medway-swale-framework",
	"manchester-leaders",
	"tameside-pact",
	NULL,
};

/* A string member of o, or NULL. */
#define S(o, k) json_string_value(json_object_get((o), (k)))
#define B(o, k) json_is_true(json_object_get((o), (k)))

/* Prefixes core.err with where in the template data it went wrong. */
static int
where(struct core *c, int rc, const char *tmpl, const char *part, size_t i)
{
	char msg[sizeof(c->err)];

	if (rc == CORE_OK)
		return rc;
	snprintf(msg, sizeof(msg), "template %s, %s[%zu]: %s", tmpl, part, i,
	    c->err);
	memcpy(c->err, msg, sizeof(c->err));
	return rc;
}

static int
load_data(struct core *c, const char *tmpl, json_t *data)
{
	struct rec_org		 ho;
	struct rec_person	 hp;
	json_t			*e, *h;
	int64_t			 id;
	size_t			 i, j;
	int			 rc = CORE_OK;

	/* Organisations and people are shared between arrangements: one
	 * already in the database (by name, or by email) is reused. */
	json_array_foreach(json_object_get(data, "organisations"), i, e) {
		struct org_in in = { S(e, "name"), S(e, "short_name"),
		    S(e, "sector"), S(e, "legal_form"), S(e, "identifier"),
		    S(e, "geography"), S(e, "email"), B(e, "infrastructure") };

		if (S(e, "name") != NULL &&
		    core_int_find_org(c, S(e, "name"), &ho) == CORE_OK) {
			rec_org_clear(&ho);
			continue;
		}
		if ((rc = where(c, core_org_add(c, &in, &id), tmpl,
		    "organisations", i)))
			return rc;
	}
	json_array_foreach(json_object_get(data, "people"), i, e) {
		struct person_in in = { S(e, "name"), S(e, "email"), NULL,
		    S(e, "organisation"), S(e, "job_title") };

		if (S(e, "email") != NULL &&
		    core_int_find_person(c, S(e, "email"), &hp) == CORE_OK) {
			rec_person_clear(&hp);
			continue;
		}
		if ((rc = where(c, core_person_add(c, &in, &id), tmpl,
		    "people", i)))
			return rc;
	}
	json_array_foreach(json_object_get(data, "roles"), i, e)
		if ((rc = where(c, core_person_role(c, S(e, "person"),
		    S(e, "role"), S(e, "area")), tmpl, "roles", i)))
			return rc;
	json_array_foreach(json_object_get(data, "groups"), i, e) {
		struct group_in in = { S(e, "slug"), S(e, "name"),
		    S(e, "kind"), S(e, "description"), S(e, "geography"),
		    S(e, "parent"), S(e, "support_org"),
		    S(e, "support_officer"), S(e, "recognised") };

		if ((rc = where(c, core_group_add(c, &in, &id), tmpl,
		    "groups", i)))
			return rc;
	}
	json_array_foreach(json_object_get(data, "memberships"), i, e)
		if ((rc = where(c, core_member_add(c, S(e, "group"),
		    S(e, "organisation"), S(e, "kind"), S(e, "side"),
		    S(e, "since")), tmpl, "memberships", i)))
			return rc;
	json_array_foreach(json_object_get(data, "declarations"), i, e) {
		struct declaration_in in = { S(e, "organisation"),
		    S(e, "name"), S(e, "role"), S(e, "date"),
		    B(e, "authority") };

		if ((rc = where(c, core_member_sign(c, &in), tmpl,
		    "declarations", i)))
			return rc;
	}
	json_array_foreach(json_object_get(data, "criteria"), i, e)
		if ((rc = where(c, core_member_criterion(c, S(e, "group"),
		    S(e, "organisation"), S(e, "criterion"),
		    S(e, "evidence")), tmpl, "criteria", i)))
			return rc;
	json_array_foreach(json_object_get(data, "offices"), i, e)
		if ((rc = where(c, core_office_set(c, S(e, "group"),
		    S(e, "person"), S(e, "office"), B(e, "interim"),
		    S(e, "start"), S(e, "end")), tmpl, "offices", i)))
			return rc;
	json_array_foreach(json_object_get(data, "positions"), i, e) {
		struct position_in in = { S(e, "slug"), S(e, "section"),
		    S(e, "name"), S(e, "method"), S(e, "appointed_by"),
		    S(e, "electing_group"), S(e, "note"),
		    json_is_integer(json_object_get(e, "seats")) ?
		    (int)json_integer_value(json_object_get(e, "seats")) : 1 };

		if ((rc = where(c, core_position_add(c, &in), tmpl,
		    "positions", i)))
			return rc;
		json_array_foreach(json_object_get(e, "holders"), j, h)
			if ((rc = where(c, core_position_appoint(c,
			    S(e, "slug"), S(h, "person"), S(h, "role"),
			    B(h, "interim"), S(h, "scope"), S(h, "start"),
			    S(h, "end")), tmpl, "positions.holders", j)))
				return rc;
	}
	json_array_foreach(json_object_get(data, "commitments"), i, e)
		if ((rc = where(c, core_commitment_add(c, S(e, "code"),
		    S(e, "kind"), S(e, "heading"), S(e, "body"),
		    S(e, "party")), tmpl,
		    "commitments", i)))
			return rc;
	return rc;
}

int
core_template_check(struct core *c, const char *tmpl)
{
	char	names[256] = "";
	size_t	i;

	for (i = 0; core_templates[i] != NULL; i++) {
		if (tmpl != NULL && strcmp(tmpl, core_templates[i]) == 0)
			return CORE_OK;
		snprintf(names + strlen(names), sizeof(names) - strlen(names),
		    "%s%s", i ? ", " : "", core_templates[i]);
	}
	return core_fail(c, CORE_EINVAL, "template", "template '%s' is not "
	    "built in; expected one of %s", tmpl != NULL ? tmpl : "", names);
}

int
core_init(struct core *c, const char *tmpl, const char *slug)
{
	struct cs_error	 cerr;
	json_error_t	 jerr;
	json_t		*data = NULL, *agr, *d, *dup = NULL;
	const char	*text, *json, *from;
	char		 path[128], when[DATE_LEN];
	int		 rc;

	if ((rc = core_template_check(c, tmpl)) != CORE_OK)
		return rc;
	if (slug == NULL)
		slug = tmpl;
	snprintf(path, sizeof(path), "templates/%s/constitution.txt", tmpl);
	text = embedded_get(path, NULL);
	snprintf(path, sizeof(path), "templates/%s/data.json", tmpl);
	json = embedded_get(path, NULL);
	if (text == NULL || json == NULL)
		return core_fail(c, CORE_EFAULT, "template", "template %s is "
		    "missing from this build", tmpl);
	if ((data = json_loads(json, 0, &jerr)) == NULL)
		return core_fail(c, CORE_EFAULT, "template", "template %s "
		    "data, line %d: %s", tmpl, jerr.line, jerr.text);
	constitution_free(&c->cons);
	if (constitution_parse(text, &c->cons, &cerr) != 0) {
		json_decref(data);
		return core_fail(c, CORE_EFAULT, "template", "template %s "
		    "constitution, line %d: setting '%s' %s", tmpl,
		    cerr.line, cerr.setting, cerr.msg);
	}
	agr = json_object_get(data, "agreement");
	from = S(agr, "in_force_from");
	if ((rc = core_int_date(c, "agreement.in_force_from", from, when)))
		goto out;
	if ((rc = core_begin(c)) != CORE_OK)
		goto out;
	rc = store_row(c->st, &dup, STMT_ARR_BY_SLUG, "s", slug);
	if (rc == STORE_OK && dup != NULL) {
		rc = core_end(c, core_fail(c, CORE_EEXIST, "template",
		    "this database already holds the arrangement '%s'", slug));
		goto out;
	}
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_ARR_INSERT, "sssss", slug,
		    constitution_text(&c->cons, "arrangement.name"),
		    constitution_text(&c->cons, "arrangement.kind"), tmpl,
		    c->now);
	if (rc != STORE_OK) {
		rc = core_end(c, core_store_fail(c, rc, "creating the "
		    "arrangement"));
		goto out;
	}
	c->arr = store_last_id(c->st);
	snprintf(c->arr_slug, sizeof(c->arr_slug), "%s", slug);
	/* The constitution is in force from the agreement's start. */
	rc = store_exec(c->st, STMT_CONST_INSERT, "lssss", c->arr, when, text,
	    c->actor, c->now);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_AGREEMENT_INSERT, "lsss", c->arr,
		    S(agr, "version") != NULL ? S(agr, "version") : "1",
		    S(agr, "title") != NULL ? S(agr, "title") :
		    constitution_text(&c->cons, "arrangement.agreement"),
		    when);
	if (rc != STORE_OK) {
		rc = core_end(c, core_store_fail(c, rc, "creating the "
		    "arrangement"));
		goto out;
	}
	d = json_pack("{s:s, s:s}", "template", tmpl, "slug", slug);
	rc = core_audit(c, "arrangement.init", "arrangement", c->arr, d);
	json_decref(d);
	if (rc == CORE_OK)
		rc = load_data(c, tmpl, data);
	rc = core_end(c, rc);
out:
	if (rc != CORE_OK) {
		c->arr = 0;
		c->arr_slug[0] = '\0';
	}
	json_decref(dup);
	json_decref(data);
	return rc;
}

int
core_arrangements(struct core *c, struct rec_arrangement_list *out)
{
	int rc = store_arr_list(c->st, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing arrangements");
}
