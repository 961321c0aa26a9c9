/*
 * The arrangement's groups (forums, task groups, partnerships), and
 * the principles and commitments of its agreement (MS-4).  Every
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
