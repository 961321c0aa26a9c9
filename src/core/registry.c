/*
 * The registry's common ground: the field validators every file of
 * core uses (text, body, date, email), and the lookups of
 * organisations, people, groups and memberships by reference.  The
 * registry itself is in organisation.c, person.c, group.c, members.c
 * and office.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "rules/parse.h"
#include "rules/compact.h"
#include "rules/membership.h"
#include "rules/orgid.h"
#include "store/store.h"

/* --- validators --- */

int
core_int_blank(const char *s)
{
	if (s == NULL)
		return 1;
	while (isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

int
core_int_text(struct core *c, const char *field, const char *v,
    int required, size_t max)
{
	const unsigned char *p;

	if (core_int_blank(v)) {
		if (required)
			return core_fail(c, CORE_EINVAL, field, "%s is "
			    "missing; it is required", field);
		return CORE_OK;
	}
	if (strlen(v) > max)
		return core_fail(c, CORE_EINVAL, field, "%s is too long "
		    "(%zu characters); at most %zu are accepted", field,
		    strlen(v), max);
	for (p = (const unsigned char *)v; *p != '\0'; p++)
		if (*p < 0x20 && *p != '\t')
			return core_fail(c, CORE_EINVAL, field, "%s contains "
			    "a control character; plain text on one line is "
			    "accepted", field);
	return CORE_OK;
}

int
core_int_body(struct core *c, const char *field, const char *v,
    int required, size_t max)
{
	const unsigned char *p;

	if (core_int_blank(v))
		return required ? core_fail(c, CORE_EINVAL, field, "%s is "
		    "missing; it is required", field) : CORE_OK;
	if (strlen(v) > max)
		return core_fail(c, CORE_EINVAL, field, "%s is too long "
		    "(%zu characters); at most %zu are accepted", field,
		    strlen(v), max);
	for (p = (const unsigned char *)v; *p != '\0'; p++)
		if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			return core_fail(c, CORE_EINVAL, field, "%s contains "
			    "a control character; plain text is accepted",
			    field);
	return CORE_OK;
}

int
core_int_date(struct core *c, const char *field, const char *v, char *out)
{
	int days;

	if (core_int_blank(v)) {
		snprintf(out, DATE_LEN, "%s", c->today);
		return CORE_OK;
	}
	if (date_parse(v, &days) != 0)
		return core_fail(c, CORE_EINVAL, field, "%s '%s' is not a "
		    "date; expected YYYY-MM-DD, for example 2025-04-01",
		    field, v);
	date_format(days, out);
	return CORE_OK;
}

int
core_int_email(struct core *c, const char *field, const char *v)
{
	const char *at;

	if (core_int_blank(v))
		return CORE_OK;
	at = strchr(v, '@');
	if (at == NULL || at == v || strchr(at + 1, '@') != NULL ||
	    strchr(at + 1, '.') == NULL || at[1] == '.' ||
	    v[strlen(v) - 1] == '.' || strpbrk(v, " \t,;<>") != NULL)
		return core_fail(c, CORE_EINVAL, field, "%s '%s' is not an "
		    "email address; expected name@example.org", field, v);
	return core_int_text(c, field, v, 0, 254);
}

/* --- lookups --- */

/* Parses "12" or "#12" as an id; 0 if ref is not a number. */
static int64_t
ref_id(const char *ref)
{
	int64_t n;

	if (ref[0] == '#')
		ref++;
	return parse_id(ref, &n) == 0 ? n : 0;
}

int
core_int_org(struct core *c, const char *ref, json_t **out)
{
	json_t	*rows = NULL;
	char	 norm[64];
	int64_t	 id;
	int	 rc;

	*out = NULL;
	if (core_int_blank(ref))
		return core_fail(c, CORE_EINVAL, "organisation", "organisation "
		    "is missing; give its name, short name, number or org-id");
	if ((id = ref_id(ref)) != 0)
		rc = store_row(c->st, out, STMT_ORG_BY_ID, "l", id);
	else if (strncasecmp(ref, "GB-", 3) == 0 ||
	    strncasecmp(ref, "XI-", 3) == 0) {
		rules_orgid_normalise(ref, norm, sizeof(norm));
		rc = store_row(c->st, out, STMT_ORG_BY_IDENTIFIER, "s", norm);
	} else {
		rc = store_rows(c->st, &rows, STMT_ORG_BY_NAME, "s", ref);
		if (rc == STORE_OK && json_array_size(rows) > 0 &&
		    (json_array_size(rows) == 1 || strcasecmp(jstr(
		    json_array_get(rows, 0), "name"), ref) == 0))
			*out = json_incref(json_array_get(rows, 0));
		else if (rc == STORE_OK && json_array_size(rows) > 1) {
			json_decref(rows);
			return core_fail(c, CORE_EINVAL, "organisation",
			    "'%s' names more than one organisation; give "
			    "its number or full name", ref);
		}
		json_decref(rows);
	}
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "finding the organisation");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "organisation", "no "
		    "organisation '%s'; 'alliance org list' shows them", ref);
	return CORE_OK;
}

int
core_int_person(struct core *c, const char *ref, json_t **out)
{
	json_t	*rows = NULL;
	int64_t	 id;
	int	 rc;

	*out = NULL;
	if (core_int_blank(ref))
		return core_fail(c, CORE_EINVAL, "person", "person is missing; "
		    "give their name, email or number");
	if ((id = ref_id(ref)) != 0)
		rc = store_row(c->st, out, STMT_PERSON_BY_ID, "l", id);
	else if (strchr(ref, '@') != NULL)
		rc = store_row(c->st, out, STMT_PERSON_BY_EMAIL, "s", ref);
	else {
		rc = store_rows(c->st, &rows, STMT_PERSON_BY_NAME, "s", ref);
		if (rc == STORE_OK && json_array_size(rows) > 1) {
			json_decref(rows);
			return core_fail(c, CORE_EINVAL, "person", "'%s' "
			    "names more than one person; give their email "
			    "or number", ref);
		}
		if (rc == STORE_OK && json_array_size(rows) == 1)
			*out = json_incref(json_array_get(rows, 0));
		json_decref(rows);
	}
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "finding the person");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "person", "no person "
		    "'%s'; 'alliance person list' shows them", ref);
	return CORE_OK;
}

int
core_int_group(struct core *c, const char *ref, json_t **out)
{
	int rc;

	*out = NULL;
	if (core_int_blank(ref))
		return core_fail(c, CORE_EINVAL, "group", "group is missing; "
		    "give its short name (slug) or full name");
	rc = store_row(c->st, out, STMT_GROUP_BY_SLUG, "ls", c->arr, ref);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "finding the group");
	if (*out == NULL)
		return core_fail(c, CORE_ENOTFOUND, "group", "no group '%s' "
		    "in %s; 'alliance group list' shows them", ref,
		    c->arr_slug);
	return CORE_OK;
}

int
core_int_membership(struct core *c, const char *group, const char *org,
    json_t **out)
{
	json_t	*g = NULL, *o = NULL;
	int	 rc;

	*out = NULL;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_row(c->st, out, STMT_MEMB_GET, "ll", jint(g, "id"),
	    jint(o, "id"));
	if (rc != STORE_OK)
		rc = core_store_fail(c, rc, "finding the membership");
	else if (*out == NULL)
		rc = core_fail(c, CORE_ENOTFOUND, "organisation", "%s is not "
		    "a member of %s", jstr(o, "name"), jstr(g, "name"));
out:
	json_decref(g);
	json_decref(o);
	return rc;
}
