/*
 * Organisations in the registry: validated, added, updated, found and
 * listed, and the coverage aims they meet (MC-diversity).  Every
 * change is one transaction with an audit entry.
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
#include "rules/parse.h"
#include "store/store.h"

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

/* An organisation for a viewer: an officer reads it all; anyone else
 * only one the registers name, without its contact address (which no
 * page shows them). */
int
core_org_find(struct core *c, const struct viewer *v, const char *ref,
    json_t **out)
{
	json_t	*seen = NULL, *o = NULL;
	size_t	 i;
	int	 rc;

	if ((rc = core_int_org(c, ref, out)) != CORE_OK ||
	    viewer_is_officer(v))
		return rc;
	if ((rc = core_org_list(c, v, &seen)) != CORE_OK) {
		json_decref(*out);
		*out = NULL;
		return rc;
	}
	json_array_foreach(seen, i, o)
		if (jint(o, "id") == jint(*out, "id"))
			break;
	json_decref(*out);
	*out = i < json_array_size(seen) ? json_incref(o) : NULL;
	json_decref(seen);
	return *out != NULL ? CORE_OK : core_fail(c, CORE_ENOTFOUND,
	    "organisation", "no organisation '%s'", ref);
}

int
core_org_list(struct core *c, const struct viewer *v, json_t **out)
{
	int rc = store_rows(c->st, out, viewer_is_officer(v) ? STMT_ORG_LIST :
	    STMT_ORG_LIST_SEEN, "");

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing organisations");
}

int
core_org_cover(struct core *c, const char *org, const char *aim)
{
	const char	*aims[32], *name = NULL;
	json_t		*o = NULL, *d;
	char		 list[1024] = "";
	size_t		 i, n;
	int64_t		 num;
	int		 rc;

	n = constitution_list(&c->cons, "membership.coverage", aims, 32);
	if (parse_int(aim, 1, (int64_t)n, &num) == 0)
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
