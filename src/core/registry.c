/*
 * The registry's common ground: the field validators every file of
 * core uses (text, body, date, email), and the lookups of
 * organisations, people, groups and memberships by reference.  The
 * registry itself is in organisation.c, person.c, group.c, members.c
 * and office.c.
 */
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
#include "rules/text.h"
#include "store/rec_registry.h"
#include "store/store.h"

/* --- validators --- */

int
core_int_text(struct core *c, const char *field, const char *v,
    int required, size_t max)
{
	const unsigned char *p;

	if (text_blank(v)) {
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

	if (text_blank(v))
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

	if (text_blank(v)) {
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

	if (text_blank(v))
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
core_int_find_org(struct core *c, const char *ref, struct rec_org *out)
{
	struct rec_org_list	 l = { NULL, 0 };
	char			 norm[64];
	int64_t			 id;
	int			 rc, found = 0;

	memset(out, 0, sizeof(*out));
	if (text_blank(ref))
		return core_fail(c, CORE_EINVAL, "organisation", "organisation "
		    "is missing; give its name, short name, number or org-id");
	if ((id = ref_id(ref)) != 0)
		rc = store_org_by_id(c->st, id, out, &found);
	else if (strncasecmp(ref, "GB-", 3) == 0 ||
	    strncasecmp(ref, "XI-", 3) == 0) {
		rules_orgid_normalise(ref, norm, sizeof(norm));
		rc = store_org_by_identifier(c->st, norm, out, &found);
	} else {
		rc = store_org_by_name(c->st, ref, &l);
		if (rc == STORE_OK && l.n > 1 &&
		    strcasecmp(l.v[0].name, ref) != 0) {
			rec_org_list_free(&l);
			return core_fail(c, CORE_EINVAL, "organisation",
			    "'%s' names more than one organisation; give "
			    "its number or full name", ref);
		}
		if (rc == STORE_OK && l.n > 0) {
			*out = l.v[0];
			memset(&l.v[0], 0, sizeof(l.v[0]));
			found = 1;
		}
		rec_org_list_free(&l);
	}
	return core_int_found(c, rc, found, "finding the organisation",
	    "organisation", "no organisation '%s'; 'alliance org list' shows "
	    "them", ref);
}

int
core_int_find_person(struct core *c, const char *ref, struct rec_person *out)
{
	struct rec_person_list	 l = { NULL, 0 };
	int64_t			 id;
	int			 rc, found = 0;

	memset(out, 0, sizeof(*out));
	if (text_blank(ref))
		return core_fail(c, CORE_EINVAL, "person", "person is missing; "
		    "give their name, email or number");
	if ((id = ref_id(ref)) != 0)
		rc = store_person_by_id(c->st, id, out, &found);
	else if (strchr(ref, '@') != NULL)
		rc = store_person_by_email(c->st, ref, out, &found);
	else {
		rc = store_person_by_name(c->st, ref, &l);
		if (rc == STORE_OK && l.n > 1) {
			rec_person_list_free(&l);
			return core_fail(c, CORE_EINVAL, "person", "'%s' "
			    "names more than one person; give their email "
			    "or number", ref);
		}
		if (rc == STORE_OK && l.n == 1) {
			*out = l.v[0];
			memset(&l.v[0], 0, sizeof(l.v[0]));
			found = 1;
		}
		rec_person_list_free(&l);
	}
	return core_int_found(c, rc, found, "finding the person", "person",
	    "no person '%s'; 'alliance person list' shows them", ref);
}

int
core_int_find_group(struct core *c, const char *ref, struct rec_group *out)
{
	int rc, found = 0;

	memset(out, 0, sizeof(*out));
	if (text_blank(ref))
		return core_fail(c, CORE_EINVAL, "group", "group is missing; "
		    "give its short name (slug) or full name");
	rc = store_group_by_ref(c->st, c->arr, ref, out, &found);
	return core_int_found(c, rc, found, "finding the group", "group", "no "
	    "group '%s' in %s; 'alliance group list' shows them", ref,
	    c->arr_slug);
}

int
core_int_find_membership(struct core *c, const char *group, const char *org,
    struct rec_membership *out)
{
	struct rec_group	g;
	struct rec_org		o;
	int			rc, found = 0;

	memset(out, 0, sizeof(*out));
	memset(&o, 0, sizeof(o));
	if ((rc = core_int_find_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_memb_get(c->st, g.id, o.id, out, &found);
	rc = core_int_found(c, rc, found, "finding the membership",
	    "organisation", "%s is not a member of %s", o.name, g.name);
out:
	rec_group_clear(&g);
	rec_org_clear(&o);
	return rc;
}
