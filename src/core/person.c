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
#include "store/rec_registry.h"
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
	struct rec_org		o;
	struct rec_person	dup;
	int64_t			org = 0;
	int			rc, found = 0;

	memset(&o, 0, sizeof(o));
	memset(&dup, 0, sizeof(dup));
	if ((rc = core_person_validate(c, in)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if (!text_blank(in->organisation)) {
		if ((rc = core_int_find_org(c, in->organisation, &o)) != CORE_OK)
			goto out;
		org = o.id;
	}
	if (!text_blank(in->email)) {
		rc = store_person_by_email(c->st, in->email, &dup, &found);
		if (rc != STORE_OK) {
			rc = core_store_fail(c, rc, "checking the email");
			goto out;
		}
		if (found) {
			rc = core_fail(c, CORE_EEXIST, "email", "email %s is "
			    "already %s's (#%lld)", in->email, dup.name,
			    (long long)dup.id);
			goto out;
		}
	}
	rc = store_exec(c->st, STMT_PERSON_INSERT, "sssns", in->name,
	    text_given(in->email),
	    text_given(in->phone), org,
	    text_given(in->job_title));
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the person");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "person.add", "person", *id, "{s:s, s:s?, s:s?}",
	    "name", in->name, "email", in->email, "organisation", o.name);
out:
	rec_org_clear(&o);
	rec_person_clear(&dup);
	return core_end(c, rc);
}

/* People are for members; a person's email and phone for officers and
 * the person. */
static int
person_for(struct core *c, const struct viewer *v, struct rec_person *p)
{
	if (!viewer_is_member(v))
		return core_fail(c, CORE_EPERM, NULL, "the people of the "
		    "registry are shown to members only");
	if (p != NULL && !viewer_is_officer(v) && v->person != p->id) {
		free(p->email);
		free(p->phone);
		p->email = p->phone = NULL;
	}
	return CORE_OK;
}

int
core_person_find(struct core *c, const struct viewer *v, const char *ref,
    struct rec_person *out, struct rec_role_list *roles)
{
	int rc;

	memset(out, 0, sizeof(*out));
	memset(roles, 0, sizeof(*roles));
	if ((rc = person_for(c, v, NULL)) != CORE_OK ||
	    (rc = core_int_find_person(c, ref, out)) != CORE_OK)
		return rc;
	person_for(c, v, out);
	rc = store_role_list(c->st, out->id, c->arr, roles);
	if (rc != STORE_OK) {
		rec_person_clear(out);
		return core_store_fail(c, rc, "reading roles");
	}
	return CORE_OK;
}

int
core_person_list(struct core *c, const struct viewer *v,
    struct rec_person_list *out)
{
	size_t	i;
	int	rc;

	out->v = NULL;
	out->n = 0;
	if ((rc = person_for(c, v, NULL)) != CORE_OK)
		return rc;
	if ((rc = store_person_list(c->st, c->arr, out)) != STORE_OK)
		return core_store_fail(c, rc, "listing people");
	for (i = 0; i < out->n; i++)
		person_for(c, v, &out->v[i]);
	return CORE_OK;
}

static const char *const person_roles[] = {
	"officer", "contact", "deputy-contact", "champion", "single-point",
	"support-officer", "secretariat", NULL,
};

int
core_person_role(struct core *c, const char *person, const char *role,
    const char *area)
{
	struct rec_person	p;
	size_t			i;
	int			rc;

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
	memset(&p, 0, sizeof(p));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_person(c, person, &p)) != CORE_OK ||
	    (rc = core_int_restricted(c, &p)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ROLE_INSERT, "llss", p.id, c->arr, role,
	    text_given(area));
	if ((rc = core_int_added(c, rc, "adding the role", "role",
	    "%s already has the role %s", p.name, role)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "person.role", "person", p.id, "{s:s, s:s, s:s?}",
	    "person", p.name, "role", role, "area", area);
out:
	rec_person_clear(&p);
	return core_end(c, rc);
}
