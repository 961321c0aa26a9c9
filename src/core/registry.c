/*
 * The registry: organisations, people, groups, memberships and their
 * status history, declarations, offices, positions and commitments.
 * Every change is one transaction with an audit entry.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
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
	char	*end;
	long long n;

	if (ref[0] == '#')
		ref++;
	if (!isdigit((unsigned char)ref[0]))
		return 0;
	n = strtoll(ref, &end, 10);
	return *end == '\0' && n > 0 ? n : 0;
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

/* --- organisations --- */

int
core_org_validate(struct core *c, const struct org_in *in)
{
	char	why[200], norm[64];
	int	rc;

	if ((rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "short_name", in->short_name, 0, 40)) ||
	    (rc = core_int_text(c, "legal_form", in->legal_form, 0, 80)) ||
	    (rc = core_int_text(c, "geography", in->geography, 0, 200)) ||
	    (rc = core_int_email(c, "email", in->email)))
		return rc;
	if (core_int_blank(in->sector))
		return core_fail(c, CORE_EINVAL, "sector", "sector is missing; "
		    "expected vcse, public or private");
	if (sector_parse(in->sector) < 0)
		return core_fail(c, CORE_EINVAL, "sector", "sector '%s' is not "
		    "accepted; expected vcse, public or private", in->sector);
	if (!core_int_blank(in->identifier)) {
		rules_orgid_normalise(in->identifier, norm, sizeof(norm));
		if (rules_orgid_check(norm, why, sizeof(why)) != 0)
			return core_fail(c, CORE_EINVAL, "identifier",
			    "identifier '%s' is not in org-id form; expected "
			    "%s", in->identifier, why);
	}
	return CORE_OK;
}

/* Refuses a second organisation of the same name or identifier. */
static int
org_unique(struct core *c, const struct org_in *in, const char *norm,
    int64_t self)
{
	json_t	*dup = NULL;
	int	 rc;

	rc = store_row(c->st, &dup, STMT_ORG_BY_IDENTIFIER, "s", norm);
	if (rc == STORE_OK && dup != NULL && jint(dup, "id") != self) {
		rc = core_fail(c, CORE_EEXIST, "identifier", "identifier %s "
		    "is already held by %s (#%lld)", norm, jstr(dup, "name"),
		    (long long)jint(dup, "id"));
		json_decref(dup);
		return rc;
	}
	json_decref(dup);
	dup = NULL;
	if (rc == STORE_OK && in->name != NULL)
		rc = store_row(c->st, &dup, STMT_ORG_BY_NAME, "s", in->name);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "checking for duplicates");
	if (dup != NULL && strcasecmp(jstr(dup, "name"), in->name) == 0 &&
	    jint(dup, "id") != self) {
		rc = core_fail(c, CORE_EEXIST, "name", "an organisation named "
		    "'%s' already exists (#%lld)", jstr(dup, "name"),
		    (long long)jint(dup, "id"));
		json_decref(dup);
		return rc;
	}
	json_decref(dup);
	return CORE_OK;
}

static json_t *
org_detail(const struct org_in *in, const char *norm)
{
	return json_pack("{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:b}",
	    "name", in->name, "short_name", in->short_name, "sector",
	    in->sector, "legal_form", in->legal_form, "identifier",
	    norm[0] ? norm : NULL, "geography", in->geography, "email",
	    in->email, "infrastructure", in->infrastructure > 0);
}

int
core_org_add(struct core *c, const struct org_in *in, int64_t *id)
{
	char	 norm[64] = "";
	json_t	*d;
	int	 rc;

	if ((rc = core_org_validate(c, in)) != CORE_OK)
		return rc;
	if (!core_int_blank(in->identifier))
		rules_orgid_normalise(in->identifier, norm, sizeof(norm));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = org_unique(c, in, norm, 0)) != CORE_OK)
		return core_end(c, rc);
	rc = store_exec(c->st, STMT_ORG_INSERT, "sssssssi", in->name,
	    core_int_blank(in->short_name) ? NULL : in->short_name,
	    sector_names[sector_parse(in->sector)],
	    core_int_blank(in->legal_form) ? NULL : in->legal_form,
	    norm[0] ? norm : NULL, core_int_blank(in->geography) ? NULL :
	    in->geography, core_int_blank(in->email) ? NULL : in->email,
	    in->infrastructure > 0);
	if (rc != STORE_OK)
		return core_end(c, core_store_fail(c, rc, "adding the "
		    "organisation"));
	*id = store_last_id(c->st);
	d = org_detail(in, norm);
	rc = core_audit(c, "organisation.add", "organisation", *id, d);
	json_decref(d);
	return core_end(c, rc);
}

int
core_org_update(struct core *c, const char *ref, const struct org_in *ch)
{
	struct org_in	 m;
	json_t		*o = NULL, *d = NULL;
	char		 norm[64] = "";
	int		 rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, ref, &o)) != CORE_OK)
		goto out;
	/* Merge: a NULL field keeps its value, "" clears it. */
#define PICK(f) (ch->f != NULL ? ch->f : jstr(o, #f))
	m.name = PICK(name);
	m.short_name = PICK(short_name);
	m.sector = PICK(sector);
	m.legal_form = PICK(legal_form);
	m.identifier = PICK(identifier);
	m.geography = PICK(geography);
	m.email = PICK(email);
#undef PICK
	m.infrastructure = ch->infrastructure >= 0 ? ch->infrastructure :
	    (int)jint(o, "infrastructure");
	if ((rc = core_org_validate(c, &m)) != CORE_OK)
		goto out;
	if (!core_int_blank(m.identifier))
		rules_orgid_normalise(m.identifier, norm, sizeof(norm));
	if ((rc = org_unique(c, &m, norm, jint(o, "id"))) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ORG_UPDATE, "sssssssil", m.name,
	    core_int_blank(m.short_name) ? NULL : m.short_name,
	    sector_names[sector_parse(m.sector)],
	    core_int_blank(m.legal_form) ? NULL : m.legal_form, norm[0] ? norm : NULL,
	    core_int_blank(m.geography) ? NULL : m.geography,
	    core_int_blank(m.email) ? NULL : m.email, m.infrastructure,
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "updating the organisation");
		goto out;
	}
	d = json_pack("{s:O, s:o}", "before", o, "after", org_detail(&m,
	    norm));
	rc = core_audit(c, "organisation.update", "organisation",
	    jint(o, "id"), d);
out:
	json_decref(o);
	json_decref(d);
	return core_end(c, rc);
}

int
core_org_find(struct core *c, const char *ref, json_t **out)
{
	return core_int_org(c, ref, out);
}

int
core_org_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_ORG_LIST, "");

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing organisations");
}

/* --- people --- */

int
core_person_validate(struct core *c, const struct person_in *in)
{
	int rc;

	if ((rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_email(c, "email", in->email)) ||
	    (rc = core_int_text(c, "phone", in->phone, 0, 40)) ||
	    (rc = core_int_text(c, "job_title", in->job_title, 0, 120)))
		return rc;
	return CORE_OK;
}

int
core_person_add(struct core *c, const struct person_in *in, int64_t *id)
{
	json_t	*o = NULL, *dup = NULL, *d;
	int64_t	 org = 0;
	int	 rc;

	if ((rc = core_person_validate(c, in)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (!core_int_blank(in->organisation)) {
		if ((rc = core_int_org(c, in->organisation, &o)) != CORE_OK)
			goto out;
		org = jint(o, "id");
	}
	if (!core_int_blank(in->email)) {
		rc = store_row(c->st, &dup, STMT_PERSON_BY_EMAIL, "s",
		    in->email);
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "checking the email");
			goto out;
		}
		if (dup != NULL) {
			rc = core_fail(c, CORE_EEXIST, "email", "email %s is "
			    "already %s's (#%lld)", in->email,
			    jstr(dup, "name"), (long long)jint(dup, "id"));
			goto out;
		}
	}
	rc = store_exec(c->st, STMT_PERSON_INSERT, "sssns", in->name,
	    core_int_blank(in->email) ? NULL : in->email,
	    core_int_blank(in->phone) ? NULL : in->phone, org,
	    core_int_blank(in->job_title) ? NULL : in->job_title);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the person");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s?, s:s?}", "name", in->name, "email",
	    in->email, "organisation", o != NULL ? jstr(o, "name") : NULL);
	rc = core_audit(c, "person.add", "person", *id, d);
	json_decref(d);
out:
	json_decref(o);
	json_decref(dup);
	return core_end(c, rc);
}

int
core_person_find(struct core *c, const char *ref, json_t **out)
{
	json_t	*roles = NULL;
	int	 rc;

	if ((rc = core_int_person(c, ref, out)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &roles, STMT_ROLE_LIST, "ll",
	    jint(*out, "id"), c->arr);
	if (rc != STORE_OK) {
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading roles");
	}
	json_object_set_new(*out, "roles", roles);
	return CORE_OK;
}

int
core_person_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_PERSON_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing people");
}

static const char *const person_roles[] = {
	"officer", "contact", "deputy-contact", "champion", "single-point",
	"support-officer", "secretariat", NULL,
};

int
core_person_role(struct core *c, const char *person, const char *role,
    const char *area)
{
	json_t	*p = NULL, *d;
	size_t	 i;
	int	 rc;

	for (i = 0; person_roles[i] != NULL; i++)
		if (role != NULL && strcmp(role, person_roles[i]) == 0)
			break;
	if (person_roles[i] == NULL)
		return core_fail(c, CORE_EINVAL, "role", "role '%s' is not "
		    "accepted; expected officer, contact, deputy-contact, "
		    "champion, single-point, support-officer or secretariat",
		    role != NULL ? role : "");
	if ((rc = core_int_text(c, "area", area, 0, 200)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_person(c, person, &p)) != CORE_OK ||
	    (rc = core_int_restricted(c, p)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ROLE_INSERT, "llss", jint(p, "id"),
	    c->arr, role, core_int_blank(area) ? NULL : area);
	if (rc == STORE_CONSTRAINT) {
		rc = core_fail(c, CORE_EEXIST, "role", "%s already has the "
		    "role %s", jstr(p, "name"), role);
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the role");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s?}", "person", jstr(p, "name"),
	    "role", role, "area", area);
	rc = core_audit(c, "person.role", "person", jint(p, "id"), d);
	json_decref(d);
out:
	json_decref(p);
	return core_end(c, rc);
}

/* --- groups --- */

int
core_group_add(struct core *c, const struct group_in *in, int64_t *id)
{
	json_t		*parent = NULL, *sup = NULL, *dup = NULL, *d;
	char		 rec[DATE_LEN];
	const char	*p;
	int		 rc;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "description", in->description, 0,
	    2000)) ||
	    (rc = core_int_text(c, "geography", in->geography, 0, 200)) ||
	    (rc = core_int_text(c, "support_officer", in->support_officer,
	    0, 200)) ||
	    (rc = core_int_date(c, "recognised", in->recognised, rec)))
		return rc;
	for (p = in->slug; *p != '\0'; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p)
		    && *p != '-')
			return core_fail(c, CORE_EINVAL, "slug", "slug '%s' is "
			    "not accepted; expected lower-case letters, digits "
			    "and dashes, such as southwest-forum", in->slug);
	if (in->kind == NULL || group_kind_parse(in->kind) < 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected local-forum, thematic, task, joint, "
		    "coordination, leaders, working-group or partnership",
		    in->kind != NULL ? in->kind : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &dup, STMT_GROUP_BY_SLUG, "ls", c->arr,
	    in->slug);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "checking the group");
		goto out;
	}
	if (dup != NULL) {
		rc = core_fail(c, CORE_EEXIST, "slug", "a group '%s' already "
		    "exists in %s", in->slug, c->arr_slug);
		goto out;
	}
	if (!core_int_blank(in->parent) &&
	    (rc = core_int_group(c, in->parent, &parent)) != CORE_OK)
		goto out;
	if (!core_int_blank(in->support_org) &&
	    (rc = core_int_org(c, in->support_org, &sup)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_GROUP_INSERT, "lsssssnnss", c->arr,
	    in->slug, in->name, in->kind, core_int_blank(in->description) ? NULL :
	    in->description, core_int_blank(in->geography) ? NULL : in->geography,
	    parent != NULL ? jint(parent, "id") : (int64_t)0,
	    sup != NULL ? jint(sup, "id") : (int64_t)0,
	    core_int_blank(in->support_officer) ? NULL : in->support_officer, rec);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the group");
		goto out;
	}
	*id = store_last_id(c->st);
	d = json_pack("{s:s, s:s, s:s, s:s?, s:s?}", "slug", in->slug,
	    "name", in->name, "kind", in->kind, "parent", in->parent,
	    "support_org", sup != NULL ? jstr(sup, "name") : NULL);
	rc = core_audit(c, "group.add", "group", *id, d);
	json_decref(d);
out:
	json_decref(parent);
	json_decref(sup);
	json_decref(dup);
	return core_end(c, rc);
}

int
core_group_find(struct core *c, const char *ref, json_t **out)
{
	json_t	*off = NULL;
	int	 rc;

	if ((rc = core_int_group(c, ref, out)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &off, STMT_OFFICE_CURRENT, "l",
	    jint(*out, "id"));
	if (rc != STORE_OK) {
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading offices");
	}
	json_object_set_new(*out, "offices", off);
	return CORE_OK;
}

int
core_group_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_GROUP_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing groups");
}

/* --- memberships --- */

/* Records a status change in the membership and its history. */
static int
memb_set(struct core *c, json_t *m, enum memb_status to, const char *eff,
    const char *until, const char *reason)
{
	json_t	*d;
	int	 rc;

	rc = store_exec(c->st, STMT_MEMB_SET_STATUS, "ssl",
	    memb_status_names[to], until, jint(m, "id"));
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    jint(m, "id"), memb_status_names[to], eff, until, reason,
		    c->actor, c->now);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "changing the membership");
	d = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s?, s:s?}",
	    "organisation", jstr(m, "organisation"), "group", jstr(m, "grp"),
	    "from", jstr(m, "status"), "to", memb_status_names[to],
	    "effective", eff, "until", until, "reason", reason);
	rc = core_audit(c, "membership.status", "membership", jint(m, "id"),
	    d);
	json_decref(d);
	/* SA-13.1: a breach is dealt with in writing; so are suspension,
	 * notice and the end of a membership. */
	if (rc == CORE_OK && to != MS_PENDING &&
	    !(to == MS_ACTIVE && strcmp(jstr(m, "status"), "pending") == 0)) {
		char subject[300], text[1600];

		snprintf(subject, sizeof(subject), "Your membership of %s: %s",
		    jstr(m, "group_name"), memb_status_names[to]);
		snprintf(text, sizeof(text), "This letter records that the "
		    "membership of %s in %s is %s from %s%s%s.%s%s",
		    jstr(m, "organisation"), jstr(m, "group_name"),
		    memb_status_names[to], eff, until ? " until " : "",
		    until ? until : "", reason ? " Reason: " : "",
		    reason ? reason : "");
		rc = core_int_notify_org(c, jint(m, "organisation_id"),
		    "membership", subject, text, NULL);
	}
	return rc;
}

/* The declaration of org against the agreement in force, or NULL. */
static int
declaration_of(struct core *c, int64_t org, json_t **agreement,
    json_t **decl)
{
	int rc;

	*decl = NULL;
	rc = store_row(c->st, agreement, STMT_AGREEMENT_CURRENT, "l", c->arr);
	if (rc == STORE_OK && *agreement != NULL)
		rc = store_row(c->st, decl, STMT_DECL_GET, "ll",
		    jint(*agreement, "id"), org);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the declaration");
}

int
core_member_add(struct core *c, const char *group, const char *org,
    const char *kind, const char *side, const char *date)
{
	json_t	*g = NULL, *o = NULL, *m = NULL, *agr = NULL, *decl = NULL;
	json_t	*d;
	char	 since[DATE_LEN], why[256];
	int	 k, rc;

	if ((rc = core_int_date(c, "since", date, since)) ||
	    (rc = core_int_text(c, "side", side, 0, 80)))
		return rc;
	if (kind == NULL || (k = memb_kind_parse(kind)) < 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected full, associate, co-opted or guest",
		    kind != NULL ? kind : "");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	/* SA-3.1-full, SA-3.1-assoc */
	if (rules_kind_allowed(&c->cons, k, sector_parse(jstr(o, "sector")),
	    why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "kind", "%s: %s",
		    jstr(o, "name"), why);
		goto out;
	}
	rc = store_row(c->st, &m, STMT_MEMB_GET, "ll", jint(g, "id"),
	    jint(o, "id"));
	if (rc == STORE_OK && m != NULL) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s already "
		    "has a %s membership of %s (%s)", jstr(o, "name"),
		    jstr(m, "kind"), jstr(g, "name"), jstr(m, "status"));
		goto out;
	}
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_INSERT, "llssss",
		    jint(g, "id"), jint(o, "id"), memb_kind_names[k],
		    memb_status_names[MS_PENDING], core_int_blank(side) ? NULL : side,
		    since);
	if (rc == STORE_OK)
		rc = store_row(c->st, &m, STMT_MEMB_BY_ID, "l",
		    store_last_id(c->st));
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
		    jint(m, "id"), memb_status_names[MS_PENDING], since, NULL,
		    "membership applied for", c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the membership");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s?, s:s}", "organisation",
	    jstr(o, "name"), "group", jstr(g, "slug"), "kind",
	    memb_kind_names[k], "side", side, "since", since);
	rc = core_audit(c, "membership.add", "membership", jint(m, "id"), d);
	json_decref(d);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: an organisation that has signed the agreement in force
	 * is active at once; otherwise it waits for its declaration. */
	if ((rc = declaration_of(c, jint(o, "id"), &agr, &decl)) != CORE_OK)
		goto out;
	if (decl != NULL)
		rc = memb_set(c, m, MS_ACTIVE, since, NULL, "agreement already "
		    "signed");
out:
	json_decref(g);
	json_decref(o);
	json_decref(m);
	json_decref(agr);
	json_decref(decl);
	return core_end(c, rc);
}

int
core_member_sign(struct core *c, const struct declaration_in *in)
{
	struct declaration_facts	 f;
	json_t				*o = NULL, *agr = NULL, *decl = NULL;
	json_t				*ms = NULL, *m, *d;
	const char			*missing;
	char				 date[DATE_LEN] = "";
	size_t				 i;
	int				 rc, days, today;

	if ((rc = core_int_text(c, "name", in->name, 0, 200)) ||
	    (rc = core_int_text(c, "role", in->role, 0, 200)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, in->organisation, &o)) != CORE_OK)
		goto out;
	memset(&f, 0, sizeof(f));
	f.name = in->name;
	f.role = in->role;
	f.organisation = jstr(o, "name");
	f.date = in->date;
	f.authority = in->authority;
	/* SA-15.1: an incomplete declaration is refused, naming the field. */
	if ((missing = rules_declaration_missing(&c->cons, &f)) != NULL) {
		rc = core_fail(c, CORE_EINVAL, missing, "the declaration is "
		    "missing its %s; %s", missing,
		    strcmp(missing, "date") == 0 ? "expected the date of "
		    "signing as YYYY-MM-DD" :
		    strcmp(missing, "confirmation of authority") == 0 ?
		    "the signer must confirm they have authority to sign "
		    "for the organisation (--authority)" :
		    "every field of the declaration is required");
		goto out;
	}
	if ((rc = core_int_date(c, "date", in->date, date)) != CORE_OK)
		goto out;
	date_parse(date, &days);
	date_parse(c->today, &today);
	if (days > today) {
		rc = core_fail(c, CORE_EINVAL, "date", "the declaration is "
		    "dated %s, after today (%s); a declaration is dated when "
		    "it is signed", date, c->today);
		goto out;
	}
	if ((rc = declaration_of(c, jint(o, "id"), &agr, &decl)) != CORE_OK)
		goto out;
	if (agr == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "agreement", "%s has no "
		    "agreement in force to sign", c->arr_slug);
		goto out;
	}
	if (decl != NULL) {
		rc = core_fail(c, CORE_EEXIST, "organisation", "%s signed %s "
		    "on %s already", jstr(o, "name"), jstr(agr, "title"),
		    jstr(decl, "signed_on"));
		goto out;
	}
	rc = store_exec(c->st, STMT_DECL_INSERT, "llsssiss", jint(agr, "id"),
	    jint(o, "id"), core_int_blank(in->name) ? "" : in->name,
	    core_int_blank(in->role) ? NULL : in->role, date, in->authority != 0,
	    c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the declaration");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:b}", "organisation",
	    jstr(o, "name"), "agreement", jstr(agr, "version"), "name",
	    in->name, "role", in->role, "date", date, "authority",
	    in->authority != 0);
	rc = core_audit(c, "declaration.sign", "organisation", jint(o, "id"),
	    d);
	json_decref(d);
	if (rc != CORE_OK)
		goto out;
	/* SA-3.2: the signature starts every pending membership. */
	rc = store_rows(c->st, &ms, STMT_MEMB_OF_ORG, "ll", c->arr,
	    jint(o, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading memberships");
		goto out;
	}
	json_array_foreach(ms, i, m)
		if (strcmp(jstr(m, "status"), "pending") == 0 &&
		    (rc = memb_set(c, m, MS_ACTIVE, date, NULL,
		    "agreement signed")) != CORE_OK)
			goto out;
out:
	json_decref(o);
	json_decref(agr);
	json_decref(decl);
	json_decref(ms);
	return core_end(c, rc);
}

int
core_member_status(struct core *c, const char *group, const char *org,
    const char *status, const char *date, const char *reason)
{
	json_t	*m = NULL;
	char	 eff[DATE_LEN], why[200];
	int	 to, from, rc;

	to = memb_status_parse(status);
	if (to != MS_SUSPENDED && to != MS_ACTIVE && to != MS_WITHDRAWN &&
	    to != MS_TERMINATED)
		return core_fail(c, CORE_EINVAL, "status", "status '%s' is not "
		    "accepted here; expected suspended, active (reinstate), "
		    "withdrawn or terminated (resignation has its own "
		    "command)", status != NULL ? status : "");
	if ((rc = core_int_date(c, "date", date, eff)) ||
	    (rc = core_int_text(c, "reason", reason, to != MS_ACTIVE, 2000)))
		return rc;
	if (to == MS_SUSPENDED &&
	    !constitution_bool(&c->cons, "membership.suspension"))
		return core_fail(c, CORE_EINVAL, "status", "this "
		    "arrangement's constitution does not provide for "
		    "suspension (membership.suspension = no)");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	from = memb_status_parse(jstr(m, "status"));
	/* SA-13.2 suspension and reinstatement, SA-14.3 termination. */
	if (rules_status_change(from, to, why, sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s: %s",
		    jstr(m, "organisation"), jstr(m, "group_name"), why);
		goto out;
	}
	rc = memb_set(c, m, to, eff, NULL, core_int_blank(reason) ?
	    (from == MS_UNDER_NOTICE ? "notice withdrawn" : "reinstated") :
	    reason);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_resign(struct core *c, const char *group, const char *org,
    const char *date, const char *reason)
{
	json_t	*m = NULL;
	char	 given[DATE_LEN], until[DATE_LEN], why[200];
	int	 from, days, rc;

	if ((rc = core_int_date(c, "date", date, given)) ||
	    (rc = core_int_text(c, "reason", reason, 0, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	from = memb_status_parse(jstr(m, "status"));
	if (rules_status_change(from, MS_UNDER_NOTICE, why,
	    sizeof(why)) != 0) {
		rc = core_fail(c, CORE_EINVAL, "status", "%s in %s cannot "
		    "resign: %s", jstr(m, "organisation"),
		    jstr(m, "group_name"), why);
		goto out;
	}
	/* SA-14.1: one month's written notice, ending on its own date. */
	date_parse(given, &days);
	date_format(rules_notice_end(&c->cons, days), until);
	rc = memb_set(c, m, MS_UNDER_NOTICE, given, until, core_int_blank(reason) ?
	    "written notice of resignation" : reason);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_exclude(struct core *c, const char *group, const char *org,
    const char *reason)
{
	json_t	*m = NULL, *d;
	int	 rc;

	if ((rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	if (!constitution_bool(&c->cons, "membership.exclude_during_notice"))
		return core_fail(c, CORE_EINVAL, "organisation", "this "
		    "arrangement's constitution does not let the chair exclude "
		    "a member during notice");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	/* SA-14.1: only during notice; the membership stays until it ends. */
	if (strcmp(jstr(m, "status"), "under notice") != 0) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is %s, not "
		    "under notice; only a member under notice is excluded "
		    "(SA-14.1)", jstr(m, "organisation"), jstr(m, "status"));
		goto out;
	}
	if ((rc = store_exec(c->st, STMT_MEMB_EXCLUDE, "l", jint(m, "id")))) {
		rc = core_store_fail(c, rc, "excluding the member");
		goto out;
	}
	rc = store_exec(c->st, STMT_MEMB_HISTORY_INSERT, "lssssss",
	    jint(m, "id"), "under notice", c->today, jstr(m, "status_until"),
	    reason, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the exclusion");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "organisation",
	    jstr(m, "organisation"), "group", jstr(m, "grp"), "reason", reason);
	rc = core_audit(c, "membership.exclude", "membership", jint(m, "id"),
	    d);
	json_decref(d);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_int_schedule_status(struct core *c, int64_t membership,
    const char *status, const char *effective, const char *reason)
{
	json_t	*d;
	int	 rc;

	rc = store_exec(c->st, STMT_SCHED_INSERT, "lssss", membership, status,
	    effective, reason, c->actor);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "scheduling the change");
	d = json_pack("{s:s, s:s, s:s}", "status", status, "effective",
	    effective, "reason", reason);
	rc = core_audit(c, "membership.schedule", "membership", membership,
	    d);
	json_decref(d);
	return rc;
}

int
core_int_settle(struct core *c)
{
	json_t		*due = NULL, *sched = NULL, *m;
	const char	*saved = c->actor;
	char		 why[200];
	size_t		 i;
	int		 rc, from, to;

	rc = store_rows(c->st, &due, STMT_MEMB_NOTICE_DUE, "ls", c->arr,
	    c->today);
	if (rc == STORE_OK)
		rc = store_rows(c->st, &sched, STMT_SCHED_DUE, "ls", c->arr,
		    c->today);
	if (rc != STORE_OK) {
		json_decref(due);
		return core_store_fail(c, rc, "reading notice periods");
	}
	if (json_array_size(due) == 0 && json_array_size(sched) == 0) {
		json_decref(due);
		json_decref(sched);
		return CORE_OK;
	}
	if ((rc = core_begin(c)) != CORE_OK) {
		json_decref(due);
		json_decref(sched);
		return rc;
	}
	/* SA-14.1: notice ends on its own date. */
	c->actor = "alliance (notice period ended)";
	json_array_foreach(due, i, m)
		if ((rc = memb_set(c, m, MS_RESIGNED, jstr(m, "status_until"),
		    NULL, "notice period ended")) != CORE_OK)
			break;
	/* SA-14.3: a termination voted with a later date takes effect. */
	c->actor = "alliance (dated decision)";
	json_array_foreach(sched, i, m) {
		if (rc != CORE_OK)
			break;
		from = memb_status_parse(jstr(m, "status"));
		to = memb_status_parse(jstr(m, "to_status"));
		if (to >= 0 && rules_status_change(from, to, why,
		    sizeof(why)) == 0)
			rc = memb_set(c, m, to, jstr(m, "effective"), NULL,
			    jstr(m, "reason"));
		if (rc == CORE_OK && store_exec(c->st, STMT_SCHED_DELETE, "l",
		    jint(m, "sched_id")) != STORE_OK)
			rc = core_store_fail(c, STORE_ERROR, "settling");
	}
	c->actor = saved;
	json_decref(due);
	json_decref(sched);
	return core_end(c, rc);
}

int
core_member_criterion(struct core *c, const char *group, const char *org,
    const char *criterion, const char *evidence)
{
	const char	*crit[32], *name = NULL;
	json_t		*m = NULL, *d;
	size_t		 i, n;
	char		 list[1024] = "";
	int		 rc;
	long		 num;
	char		*end;

	if ((rc = core_int_text(c, "evidence", evidence, 1, 4000)))
		return rc;
	n = constitution_list(&c->cons, "membership.criteria", crit, 32);
	if (n == 0)
		return core_fail(c, CORE_EINVAL, "criterion", "this "
		    "arrangement's constitution sets no membership criteria");
	/* A criterion by its number in the constitution or its text. */
	num = criterion != NULL ? strtol(criterion, &end, 10) : 0;
	if (criterion != NULL && *end == '\0' && num >= 1 && (size_t)num <= n)
		name = crit[num - 1];
	for (i = 0; name == NULL && criterion != NULL && i < n && i < 32; i++)
		if (strcasecmp(crit[i], criterion) == 0)
			name = crit[i];
	if (name == NULL) {
		for (i = 0; i < n && i < 32; i++)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%zu. %s", i ? "; " : "", i + 1,
			    crit[i]);
		return core_fail(c, CORE_EINVAL, "criterion", "criterion '%s' "
		    "is not one of the constitution's; expected a number or "
		    "the text of: %s", criterion != NULL ? criterion : "",
		    list);
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_membership(c, group, org, &m)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_CRIT_UPSERT, "lssss", jint(m, "id"),
	    name, evidence, c->actor, c->today);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording evidence");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s}", "organisation",
	    jstr(m, "organisation"), "group", jstr(m, "grp"), "criterion",
	    name, "evidence", evidence);
	rc = core_audit(c, "membership.criterion", "membership",
	    jint(m, "id"), d);
	json_decref(d);
out:
	json_decref(m);
	return core_end(c, rc);
}

int
core_member_show(struct core *c, const char *group, const char *org,
    json_t **out)
{
	json_t		*hist = NULL, *crit = NULL, *gaps, *agr = NULL;
	json_t		*decl = NULL, *r;
	const char	*have[32], *missing[32];
	size_t		 i, n;
	int		 rc;

	if ((rc = core_int_membership(c, group, org, out)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, &hist, STMT_MEMB_HISTORY, "l",
	    jint(*out, "id"));
	if (rc == STORE_OK)
		rc = store_rows(c->st, &crit, STMT_CRIT_LIST, "l",
		    jint(*out, "id"));
	if (rc != STORE_OK) {
		json_decref(hist);
		json_decref(*out);
		*out = NULL;
		return core_store_fail(c, rc, "reading the membership");
	}
	/* MC-criteria: every criterion without evidence is a gap. */
	n = 0;
	json_array_foreach(crit, i, r)
		if (n < 32)
			have[n++] = jstr(r, "criterion");
	n = rules_criteria_gaps(&c->cons, have, n, missing, 32);
	gaps = json_array();
	for (i = 0; i < n && i < 32; i++)
		json_array_append_new(gaps, json_string(missing[i]));
	json_object_set_new(*out, "history", hist);
	json_object_set_new(*out, "criteria", crit);
	json_object_set_new(*out, "criteria_gaps", gaps);
	if ((rc = declaration_of(c, jint(*out, "organisation_id"), &agr,
	    &decl)) != CORE_OK) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	json_object_set_new(*out, "declaration", decl != NULL ? decl :
	    json_null());
	json_decref(agr);
	return CORE_OK;
}

int
core_member_list(struct core *c, const char *group, json_t **out)
{
	json_t	*g = NULL;
	int	 rc;

	if (group == NULL)
		return core_register_members(c, out);
	if ((rc = core_int_group(c, group, &g)) != CORE_OK)
		return rc;
	rc = store_rows(c->st, out, STMT_MEMB_LIST_GROUP, "l", jint(g, "id"));
	json_decref(g);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing members");
}

/* --- offices and positions --- */

/* Is the organisation one of the arrangement's secretariat (SA-7.1)? */
static int
is_secretariat(struct core *c, const json_t *org)
{
	const char	*sec[16];
	size_t		 i, n;

	n = constitution_list(&c->cons, "arrangement.secretariat", sec, 16);
	for (i = 0; i < n && i < 16; i++)
		if (strcasecmp(sec[i], jstr(org, "name")) == 0 ||
		    (jstr(org, "short_name") != NULL &&
		    strcasecmp(sec[i], jstr(org, "short_name")) == 0))
			return 1;
	return 0;
}

/*
 * The person's standing for an office or position: the membership of
 * their organisation in group (or, with group 0, the best in the
 * arrangement).  Returns 1 when rules_may_hold_office says yes; sets
 * *assoc when the organisation is an associate anywhere in it.
 */
static int
standing(struct core *c, const json_t *p, int64_t group, int *assoc,
    int *rc)
{
	json_t	*ms = NULL, *m;
	size_t	 i;
	int	 ok = 0, k, s;

	*assoc = 0;
	*rc = CORE_OK;
	if (jint(p, "organisation_id") == 0)
		return 0;
	if (store_rows(c->st, &ms, STMT_MEMB_OF_ORG, "ll", c->arr,
	    jint(p, "organisation_id")) != STORE_OK) {
		*rc = core_store_fail(c, STORE_ERROR, "reading memberships");
		return 0;
	}
	json_array_foreach(ms, i, m) {
		k = memb_kind_parse(jstr(m, "kind"));
		s = memb_status_parse(jstr(m, "status"));
		if (k == MK_ASSOCIATE)
			*assoc = 1;
		if ((group == 0 || jint(m, "group_id") == group) &&
		    rules_may_hold_office(k, s))
			ok = 1;
	}
	json_decref(ms);
	return ok;
}

int
core_office_set(struct core *c, const char *group, const char *person,
    const char *office, int interim, const char *start, const char *end)
{
	json_t		*g = NULL, *p = NULL, *org = NULL, *cur = NULL, *r, *d;
	char		 from[DATE_LEN], to[DATE_LEN] = "";
	const char	*until = NULL;
	size_t		 i;
	int		 rc, assoc, ok, days, days2, years;

	if (office == NULL || (strcmp(office, "chair") != 0 &&
	    strcmp(office, "vice-chair") != 0))
		return core_fail(c, CORE_EINVAL, "office", "office '%s' is not "
		    "accepted; expected chair or vice-chair",
		    office != NULL ? office : "");
	if ((rc = core_int_date(c, "start", start, from)) != CORE_OK)
		return rc;
	if (!core_int_blank(end)) {
		if ((rc = core_int_date(c, "end", end, to)) != CORE_OK)
			return rc;
		if (strcmp(to, from) < 0)
			return core_fail(c, CORE_EINVAL, "end", "end %s is "
			    "before start %s; expected a later date", to,
			    from);
		until = to;
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_group(c, group, &g)) != CORE_OK ||
	    (rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	ok = standing(c, p, jint(g, "id"), &assoc, &rc);
	if (rc != CORE_OK)
		goto out;
	if (jint(p, "organisation_id") != 0 &&
	    (rc = core_int_org(c, jstr(p, "organisation"), &org)) != CORE_OK)
		goto out;
	/* SA-3.1-assoc: never an associate.  SA-E1: a full member of the
	 * group.  SA-7.1: an interim chair may come from the secretariat. */
	if (assoc && !ok) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s's organisation "
		    "is an associate member, and associates may not stand "
		    "as chair or vice-chair (SA-3.1-assoc)", jstr(p, "name"));
		goto out;
	}
	if (!ok && !(interim && org != NULL && is_secretariat(c, org)) &&
	    constitution_bool(&c->cons, "chair.full_member_only")) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not from an "
		    "active full member of %s; a %s must be (SA-E1)%s",
		    jstr(p, "name"), jstr(g, "name"), office,
		    interim ? " or, as interim, from the secretariat" : "");
		goto out;
	}
	rc = store_rows(c->st, &cur, STMT_OFFICE_CURRENT, "l", jint(g, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading offices");
		goto out;
	}
	years = constitution_int(&c->cons, "chair.term_years");
	if (until == NULL && !interim && years > 0) {
		/* SA-7.1: a three-year term; a chair elected mid-term
		 * serves to the end of the original term. */
		date_parse(from, &days);
		days2 = date_add_months(days, 12 * years) - 1;
		json_array_foreach(cur, i, r)
			if (strcmp(jstr(r, "office"), office) == 0 &&
			    !jint(r, "interim") && jstr(r, "term_end") &&
			    strcmp(jstr(r, "term_end"), from) >= 0 &&
			    constitution_bool(&c->cons,
			    "chair.midterm_ends_original"))
				date_parse(jstr(r, "term_end"), &days2);
		date_format(days2, to);
		until = to;
	}
	rc = store_exec(c->st, STMT_OFFICE_END, "sls", from, jint(g, "id"),
	    office);
	if (rc == STORE_OK)
		rc = store_exec(c->st, STMT_OFFICE_INSERT, "llsiss",
		    jint(g, "id"), jint(p, "id"), office, interim != 0, from,
		    until);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the office");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:b, s:s, s:s?}", "group",
	    jstr(g, "slug"), "person", jstr(p, "name"), "office", office,
	    "interim", interim != 0, "start", from, "end", until);
	rc = core_audit(c, "office.set", "group", jint(g, "id"), d);
	json_decref(d);
out:
	json_decref(g);
	json_decref(p);
	json_decref(org);
	json_decref(cur);
	return core_end(c, rc);
}

int
core_position_add(struct core *c, const struct position_in *in)
{
	json_t		*eg = NULL, *dup = NULL, *d;
	const char	*p;
	int		 rc;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "section", in->section, 1, 200)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "appointed_by", in->appointed_by, 0,
	    200)) ||
	    (rc = core_int_text(c, "note", in->note, 0, 2000)))
		return rc;
	for (p = in->slug; *p != '\0'; p++)
		if (!islower((unsigned char)*p) && !isdigit((unsigned char)*p)
		    && *p != '-')
			return core_fail(c, CORE_EINVAL, "slug", "slug '%s' is "
			    "not accepted; expected lower-case letters, digits "
			    "and dashes", in->slug);
	if (in->method == NULL || (strcmp(in->method, "elected") != 0 &&
	    strcmp(in->method, "appointed") != 0))
		return core_fail(c, CORE_EINVAL, "method", "method '%s' is not "
		    "accepted; expected elected or appointed",
		    in->method != NULL ? in->method : "");
	if (in->seats < 1 || in->seats > 50)
		return core_fail(c, CORE_EINVAL, "seats", "seats %d is not "
		    "accepted; expected a whole number from 1 to 50",
		    in->seats);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &dup, STMT_POS_BY_SLUG, "ls", c->arr, in->slug);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "checking the position");
		goto out;
	}
	if (dup != NULL) {
		rc = core_fail(c, CORE_EEXIST, "slug", "a position '%s' "
		    "already exists", in->slug);
		goto out;
	}
	if (!core_int_blank(in->electing_group) &&
	    (rc = core_int_group(c, in->electing_group, &eg)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_POS_INSERT, "lsssssnis", c->arr,
	    in->slug, in->section, in->name, in->method,
	    core_int_blank(in->appointed_by) ? NULL : in->appointed_by,
	    eg != NULL ? jint(eg, "id") : (int64_t)0, in->seats,
	    core_int_blank(in->note) ? NULL : in->note);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the position");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s, s:s?, s:i}", "slug", in->slug,
	    "section", in->section, "name", in->name, "method", in->method,
	    "electing_group", eg != NULL ? jstr(eg, "slug") : NULL,
	    "seats", in->seats);
	rc = core_audit(c, "position.add", "position", store_last_id(c->st),
	    d);
	json_decref(d);
out:
	json_decref(eg);
	json_decref(dup);
	return core_end(c, rc);
}

int
core_position_appoint(struct core *c, const char *position,
    const char *person, const char *role, int interim, const char *scope,
    const char *start, const char *end)
{
	json_t	*pos = NULL, *p = NULL, *cnt = NULL, *d;
	char	 from[DATE_LEN] = "", to[DATE_LEN] = "";
	int64_t	 eg;
	int	 rc, assoc, ok;

	if (role == NULL || (strcmp(role, "representative") != 0 &&
	    strcmp(role, "deputy") != 0))
		return core_fail(c, CORE_EINVAL, "role", "role '%s' is not "
		    "accepted; expected representative or deputy",
		    role != NULL ? role : "");
	if ((rc = core_int_text(c, "scope", scope, 0, 200)))
		return rc;
	if (!core_int_blank(start) && (rc = core_int_date(c, "start", start, from)))
		return rc;
	if (!core_int_blank(end) && (rc = core_int_date(c, "end", end, to)))
		return rc;
	if (from[0] && to[0] && strcmp(to, from) < 0)
		return core_fail(c, CORE_EINVAL, "end", "end %s is before "
		    "start %s; expected a later date", to, from);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr, position);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if (pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'; 'alliance register positions' lists them",
		    position != NULL ? position : "");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	/* SA-3.1-assoc: associates never represent.  SA-9.1: an elected,
	 * non-interim holder comes from a full member of the electing
	 * group; others from a full member of the arrangement. */
	eg = jint(pos, "electing_group_id");
	ok = standing(c, p, (!interim && eg != 0 &&
	    strcmp(jstr(pos, "method"), "elected") == 0) ? eg : 0, &assoc,
	    &rc);
	if (rc != CORE_OK)
		goto out;
	if (!ok) {
		rc = core_fail(c, CORE_EINVAL, "person", assoc ?
		    "%s's organisation is an associate member; associates "
		    "may not stand as representatives (SA-3.1-assoc)%s" :
		    "%s is not from an active full member%s; representatives "
		    "are (SA-3.1-full, SA-9.1)", jstr(p, "name"), assoc ? "" :
		    (eg != 0 && !interim ? " of the electing group" :
		    " of the arrangement"));
		goto out;
	}
	rc = store_row(c->st, &cnt, STMT_APPT_COUNT, "ls", jint(pos, "id"),
	    role);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "counting seats");
		goto out;
	}
	if (strcmp(role, "representative") == 0 &&
	    jint(cnt, "n") >= jint(pos, "seats")) {
		rc = core_fail(c, CORE_EINVAL, "position", "all %lld seat(s) "
		    "of %s are filled; end an appointment first",
		    (long long)jint(pos, "seats"), jstr(pos, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_APPT_INSERT, "llsisss", jint(pos, "id"),
	    jint(p, "id"), role, interim != 0, core_int_blank(scope) ? NULL : scope,
	    from[0] ? from : NULL, to[0] ? to : NULL);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the appointment");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:b, s:s?, s:s?}", "position",
	    jstr(pos, "slug"), "person", jstr(p, "name"), "role", role,
	    "interim", interim != 0, "start", from[0] ? from : NULL, "end",
	    to[0] ? to : NULL);
	rc = core_audit(c, "position.appoint", "position", jint(pos, "id"),
	    d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	json_decref(cnt);
	return core_end(c, rc);
}

int
core_position_remove(struct core *c, const char *position,
    const char *person, const char *date, const char *reason)
{
	json_t	*pos = NULL, *p = NULL, *d;
	char	 on[DATE_LEN];
	int	 rc;

	if ((rc = core_int_date(c, "date", date, on)) ||
	    (rc = core_int_text(c, "reason", reason, 1, 2000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr,
	    position != NULL ? position : "");
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if (pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'", position != NULL ? position : "");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_APPT_END_PERSON, "sll", on,
	    jint(pos, "id"), jint(p, "id"));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "ending the appointment");
		goto out;
	}
	if (store_changes(c->st) == 0) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    jstr(p, "name"), jstr(pos, "name"));
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s, s:s}", "position", jstr(pos, "slug"),
	    "person", jstr(p, "name"), "date", on, "reason", reason);
	rc = core_audit(c, "position.remove", "position", jint(pos, "id"), d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	return core_end(c, rc);
}

int
core_position_concern(struct core *c, const char *position,
    const char *person, const char *org, const char *text)
{
	json_t	*pos = NULL, *p = NULL, *o = NULL, *hold = NULL, *h, *d;
	size_t	 i;
	int	 rc, holds = 0;

	if ((rc = core_int_text(c, "text", text, 1, 4000)))
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_row(c->st, &pos, STMT_POS_BY_SLUG, "ls", c->arr,
	    position != NULL ? position : "");
	if (rc == STORE_OK && pos == NULL) {
		rc = core_fail(c, CORE_ENOTFOUND, "position", "no position "
		    "'%s'", position != NULL ? position : "");
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "finding the position");
		goto out;
	}
	if ((rc = core_int_person(c, person, &p)) != CORE_OK ||
	    (rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	if (strcmp(jstr(o, "sector"), "public") != 0) {
		rc = core_fail(c, CORE_EINVAL, "organisation", "%s is not a "
		    "statutory body; SA-D5.3 concerns come from statutory "
		    "bodies", jstr(o, "name"));
		goto out;
	}
	if ((rc = store_rows(c->st, &hold, STMT_APPT_CURRENT, "l",
	    jint(pos, "id"))) != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the position");
		goto out;
	}
	json_array_foreach(hold, i, h)
		if (strcmp(jstr(h, "person"), jstr(p, "name")) == 0)
			holds = 1;
	if (!holds) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s does not hold %s",
		    jstr(p, "name"), jstr(pos, "name"));
		goto out;
	}
	rc = store_exec(c->st, STMT_CONCERN_INSERT, "lllsss", jint(pos, "id"),
	    jint(p, "id"), jint(o, "id"), text, c->today, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the concern");
		goto out;
	}
	d = json_pack("{s:s, s:s, s:s}", "position", jstr(pos, "slug"),
	    "person", jstr(p, "name"), "raised_by", jstr(o, "name"));
	rc = core_audit(c, "position.concern", "position", jint(pos, "id"),
	    d);
	json_decref(d);
out:
	json_decref(pos);
	json_decref(p);
	json_decref(o);
	json_decref(hold);
	return core_end(c, rc);
}

int
core_position_concerns(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_CONCERN_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing concerns");
}

int
core_org_cover(struct core *c, const char *org, const char *aim)
{
	const char	*aims[32], *name = NULL;
	json_t		*o = NULL, *d;
	char		 list[1024] = "", *end;
	size_t		 i, n;
	long		 num;
	int		 rc;

	n = constitution_list(&c->cons, "membership.coverage", aims, 32);
	num = aim != NULL ? strtol(aim, &end, 10) : 0;
	if (aim != NULL && *end == '\0' && num >= 1 && (size_t)num <= n)
		name = aims[num - 1];
	for (i = 0; name == NULL && aim != NULL && i < n && i < 32; i++)
		if (strcasecmp(aims[i], aim) == 0)
			name = aims[i];
	if (name == NULL) {
		for (i = 0; i < n && i < 32; i++)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%zu. %s", i ? "; " : "", i + 1,
			    aims[i]);
		return core_fail(c, CORE_EINVAL, "aim", "aim '%s' is not one "
		    "of the constitution's coverage aims; expected a number "
		    "or the text of: %s", aim != NULL ? aim : "",
		    n ? list : "(none set)");
	}
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_COVER_INSERT, "lls", jint(o, "id"),
	    c->arr, name);
	if (rc == STORE_CONSTRAINT) {
		rc = core_fail(c, CORE_EEXIST, "aim", "%s already covers "
		    "\"%s\"", jstr(o, "name"), name);
		goto out;
	}
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording coverage");
		goto out;
	}
	d = json_pack("{s:s, s:s}", "organisation", jstr(o, "name"), "aim",
	    name);
	rc = core_audit(c, "organisation.cover", "organisation",
	    jint(o, "id"), d);
	json_decref(d);
out:
	json_decref(o);
	return core_end(c, rc);
}

int
core_commitment_add(struct core *c, const char *code, const char *kind,
    const char *heading, const char *body, const char *party)
{
	json_t	*d;
	int	 rc;

	if ((rc = core_int_text(c, "code", code, 1, 20)) ||
	    (rc = core_int_text(c, "kind", kind, 1, 40)) ||
	    (rc = core_int_text(c, "heading", heading, 0, 200)) ||
	    (rc = core_int_text(c, "body", body, 1, 8000)))
		return rc;
	/* MS-4: who rates it; a numbered commitment binds the public
	 * bodies unless it says otherwise. */
	if (core_int_blank(party))
		party = strcmp(kind, "commitment") == 0 ? "public" : NULL;
	else if (!rules_party_ok(party))
		return core_fail(c, CORE_EINVAL, "party", "party '%s' is not "
		    "accepted; expected public, vcse or all", party);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_COMMIT_INSERT, "lsssss", c->arr, code,
	    kind, core_int_blank(heading) ? NULL : heading, body, party);
	if (rc == STORE_CONSTRAINT)
		return core_end(c, core_fail(c, CORE_EEXIST, "code",
		    "commitment %s already exists", code));
	if (rc != STORE_OK)
		return core_end(c, core_store_fail(c, rc, "adding the "
		    "commitment"));
	d = json_pack("{s:s, s:s, s:s?, s:s?}", "code", code, "kind", kind,
	    "heading", heading, "party", party);
	rc = core_audit(c, "commitment.add", "commitment",
	    store_last_id(c->st), d);
	json_decref(d);
	return core_end(c, rc);
}

int
core_commitment_list(struct core *c, json_t **out)
{
	int rc = store_rows(c->st, out, STMT_COMMIT_LIST, "l", c->arr);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing commitments");
}
