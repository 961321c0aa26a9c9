/*
 * People in the registry and their roles in the arrangement.  Every
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
#include "store/store.h"

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
