/*
 * The arrangement's groups (forums, task groups, partnerships), and
 * the principles and commitments of its agreement (MS-4).  Every
 * change is one transaction with an audit entry.
 */
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
#include "store/rec_registry.h"
#include "store/store.h"

int
core_group_add(struct core *c, const struct group_in *in, int64_t *id)
{
	struct rec_group	 parent, dup;
	struct rec_org		 sup;
	char			 rec[DATE_LEN];
	int			 rc, found = 0;

	if ((rc = core_int_text(c, "slug", in->slug, 1, 40)) ||
	    (rc = core_int_text(c, "name", in->name, 1, 200)) ||
	    (rc = core_int_text(c, "description", in->description, 0,
	    2000)) ||
	    (rc = core_int_text(c, "geography", in->geography, 0, 200)) ||
	    (rc = core_int_text(c, "support_officer", in->support_officer,
	    0, 200)) ||
	    (rc = core_int_date(c, "recognised", in->recognised, rec)))
		return rc;
	/* The slug's length is checked above, as text. */
	if (parse_slug(in->slug, 40) != 0)
		return core_fail(c, CORE_EINVAL, "slug", "slug '%s' is not "
		    "accepted; expected lower-case letters, digits and "
		    "dashes, such as southwest-forum", in->slug);
	if (in->kind == NULL || group_kind_parse(in->kind) < 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected local-forum, thematic, task, joint, "
		    "coordination, leaders, working-group or partnership",
		    in->kind != NULL ? in->kind : "");
	memset(&parent, 0, sizeof(parent));
	memset(&dup, 0, sizeof(dup));
	memset(&sup, 0, sizeof(sup));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_group_by_ref(c->st, c->arr, in->slug, &dup, &found);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "checking the group");
		goto out;
	}
	if (found) {
		rc = core_fail(c, CORE_EEXIST, "slug", "a group '%s' already "
		    "exists in %s", in->slug, c->arr_slug);
		goto out;
	}
	if (!text_blank(in->parent) &&
	    (rc = core_int_find_group(c, in->parent, &parent)) != CORE_OK)
		goto out;
	if (!text_blank(in->support_org) &&
	    (rc = core_int_find_org(c, in->support_org, &sup)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_GROUP_INSERT, "lsssssnnss", c->arr,
	    in->slug, in->name, in->kind, text_given(in->description),
	    text_given(in->geography), parent.id, sup.id,
	    text_given(in->support_officer), rec);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "adding the group");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "group.add", "group", *id,
	    "{s:s, s:s, s:s, s:s?, s:s?}", "slug", in->slug, "name", in->name,
	    "kind", in->kind, "parent", in->parent, "support_org", sup.name);
out:
	rec_group_clear(&parent);
	rec_group_clear(&dup);
	rec_org_clear(&sup);
	return core_end(c, rc);
}

/* The groups' own pages are for members; the public read the register
 * of forums (appendix B). */
static int
groups_for(struct core *c, const struct viewer *v)
{
	if (viewer_is_member(v))
		return CORE_OK;
	return core_fail(c, CORE_EPERM, NULL, "the forums and groups are "
	    "shown to members; the register of forums is public");
}

int
core_group_find(struct core *c, const struct viewer *v, const char *ref,
    struct rec_group *out, struct rec_office_list *offices)
{
	int rc;

	memset(out, 0, sizeof(*out));
	if (offices != NULL)
		memset(offices, 0, sizeof(*offices));
	if ((rc = groups_for(c, v)) != CORE_OK ||
	    (rc = core_int_find_group(c, ref, out)) != CORE_OK)
		return rc;
	if (offices == NULL)
		return CORE_OK;
	rc = store_office_current(c->st, out->id, offices);
	if (rc != STORE_OK) {
		rec_group_clear(out);
		return core_store_fail(c, rc, "reading offices");
	}
	return CORE_OK;
}

int
core_group_list(struct core *c, const struct viewer *v,
    struct rec_group_list *out)
{
	int rc;

	out->v = NULL;
	out->n = 0;
	if ((rc = groups_for(c, v)) != CORE_OK)
		return rc;
	rc = store_group_list(c->st, c->arr, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing groups");
}

int
core_commitment_add(struct core *c, const char *code, const char *kind,
    const char *heading, const char *body, const char *party)
{
	int rc;

	if ((rc = core_int_text(c, "code", code, 1, 20)) ||
	    (rc = core_int_text(c, "kind", kind, 1, 40)) ||
	    (rc = core_int_text(c, "heading", heading, 0, 200)) ||
	    (rc = core_int_text(c, "body", body, 1, 8000)))
		return rc;
	/* MS-4: who rates it; a numbered commitment binds the public
	 * bodies unless it says otherwise. */
	if (text_blank(party))
		party = strcmp(kind, "commitment") == 0 ? "public" : NULL;
	else if (!rules_party_ok(party))
		return core_fail(c, CORE_EINVAL, "party", "party '%s' is not "
		    "accepted; expected public, vcse or all", party);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_COMMIT_INSERT, "lsssss", c->arr, code,
	    kind, text_given(heading), body, party);
	if ((rc = core_int_added(c, rc, "adding the commitment", "code",
	    "commitment %s already exists", code)) != CORE_OK)
		return core_end(c, rc);
	rc = core_auditf(c, "commitment.add", "commitment",
	    store_last_id(c->st), "{s:s, s:s, s:s?, s:s?}", "code", code,
	    "kind", kind, "heading", heading, "party", party);
	return core_end(c, rc);
}

int
core_commitment_list(struct core *c, struct rec_commitment_list *out)
{
	int rc = store_commit_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "listing commitments");
}
