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
#include "core/viewer.h"
#include "store/rec_registry.h"
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
	if (text_blank(in->sector))
		return core_fail(c, CORE_EINVAL, "sector", "sector is missing; "
		    "expected vcse, public or private");
	if (sector_parse(in->sector) < 0)
		return core_fail(c, CORE_EINVAL, "sector", "sector '%s' is not "
		    "accepted; expected vcse, public or private", in->sector);
	if (!text_blank(in->identifier)) {
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
	struct rec_org_list	 l = { NULL, 0 };
	struct rec_org		 dup;
	int			 rc, found = 0;

	rc = store_org_by_identifier(c->st, norm, &dup, &found);
	if (rc == STORE_OK && found && dup.id != self) {
		rc = core_fail(c, CORE_EEXIST, "identifier", "identifier %s "
		    "is already held by %s (#%lld)", norm, dup.name,
		    (long long)dup.id);
		rec_org_clear(&dup);
		return rc;
	}
	rec_org_clear(&dup);
	if (rc == STORE_OK && in->name != NULL)
		rc = store_org_by_name(c->st, in->name, &l);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "checking for duplicates");
	if (l.n > 0 && strcasecmp(l.v[0].name, in->name) == 0 &&
	    l.v[0].id != self) {
		rc = core_fail(c, CORE_EEXIST, "name", "an organisation named "
		    "'%s' already exists (#%lld)", l.v[0].name,
		    (long long)l.v[0].id);
		rec_org_list_free(&l);
		return rc;
	}
	rec_org_list_free(&l);
	return CORE_OK;
}

/* The audit's detail of an organisation: the fields as given. */
#define ORG_DETAIL "{s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:b}"
#define ORG_DETAIL_ARGS(in, norm) "name", (in)->name, "short_name", \
	(in)->short_name, "sector", (in)->sector, "legal_form", \
	(in)->legal_form, "identifier", (norm)[0] ? (norm) : NULL, \
	"geography", (in)->geography, "email", (in)->email, \
	"infrastructure", (in)->infrastructure > 0

int
core_org_add(struct core *c, const struct org_in *in, int64_t *id)
{
	char	 norm[64] = "";
	int	 rc;

	if ((rc = core_org_validate(c, in)) != CORE_OK)
		return rc;
	if (!text_blank(in->identifier))
		rules_orgid_normalise(in->identifier, norm, sizeof(norm));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = org_unique(c, in, norm, 0)) != CORE_OK)
		return core_end(c, rc);
	rc = store_exec(c->st, STMT_ORG_INSERT, "sssssssi", in->name,
	    text_given(in->short_name),
	    sector_names[sector_parse(in->sector)],
	    text_given(in->legal_form),
	    norm[0] ? norm : NULL, text_given(in->geography),
	    text_given(in->email), in->infrastructure > 0);
	if (rc != STORE_OK)
		return core_end(c, core_store_fail(c, rc, "adding the "
		    "organisation"));
	*id = store_last_id(c->st);
	rc = core_auditf(c, "organisation.add", "organisation", *id,
	    ORG_DETAIL, ORG_DETAIL_ARGS(in, norm));
	return core_end(c, rc);
}

static const char *
sector_name(enum sector s)
{
	return (unsigned)s < SECTOR__MAX ? sector_names[s] : NULL;
}

int
core_org_update(struct core *c, const char *ref, const struct org_in *ch)
{
	struct org_in	 m;
	struct rec_org	 o;
	char		 norm[64] = "";
	int		 rc;

	memset(&o, 0, sizeof(o));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, ref, &o)) != CORE_OK)
		goto out;
	/* Merge: a NULL field keeps its value, "" clears it. */
#define PICK(f, v) (ch->f != NULL ? ch->f : (v))
	m.name = PICK(name, o.name);
	m.short_name = PICK(short_name, o.short_name);
	m.sector = PICK(sector, sector_name(o.sector));
	m.legal_form = PICK(legal_form, o.legal_form);
	m.identifier = PICK(identifier, o.identifier);
	m.geography = PICK(geography, o.geography);
	m.email = PICK(email, o.email);
#undef PICK
	m.infrastructure = ch->infrastructure >= 0 ? ch->infrastructure :
	    o.infrastructure;
	if ((rc = core_org_validate(c, &m)) != CORE_OK)
		goto out;
	if (!text_blank(m.identifier))
		rules_orgid_normalise(m.identifier, norm, sizeof(norm));
	if ((rc = org_unique(c, &m, norm, o.id)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_ORG_UPDATE, "sssssssil", m.name,
	    text_given(m.short_name),
	    sector_names[sector_parse(m.sector)],
	    text_given(m.legal_form), norm[0] ? norm : NULL,
	    text_given(m.geography),
	    text_given(m.email), m.infrastructure,
	    o.id);
	rc = core_audited(c, rc, "updating the organisation",
	    "organisation.update", "organisation", o.id,
	    "{s:{s:I, s:s, s:s?, s:s?, s:s?, s:s?, s:s?, s:s?, s:i}, "
	    "s:" ORG_DETAIL "}", "before",
	    "id", (long long)o.id, "name", o.name, "short_name", o.short_name,
	    "sector", sector_name(o.sector), "legal_form", o.legal_form,
	    "identifier", o.identifier, "geography", o.geography, "email",
	    o.email, "infrastructure", o.infrastructure, "after",
	    ORG_DETAIL_ARGS(&m, norm));
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}

/* What v may read of organisations: an officer all; anyone else those
 * the registers name, without their contact address (which no page
 * shows them). */
static void
org_for(const struct viewer *v, struct rec_org *o)
{
	if (!viewer_is_officer(v)) {
		free(o->email);
		o->email = NULL;
	}
}

int
core_org_list(struct core *c, const struct viewer *v,
    struct rec_org_list *out)
{
	size_t	i;
	int	rc;

	rc = viewer_is_officer(v) ? store_org_list(c->st, out) :
	    store_org_list_seen(c->st, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing organisations");
	for (i = 0; i < out->n; i++)
		org_for(v, &out->v[i]);
	return CORE_OK;
}

int
core_org_find(struct core *c, const struct viewer *v, const char *ref,
    struct rec_org *out)
{
	struct rec_org_list	seen = { NULL, 0 };
	size_t			i;
	int			rc;

	if ((rc = core_int_find_org(c, ref, out)) != CORE_OK ||
	    viewer_is_officer(v))
		return rc;
	if ((rc = core_org_list(c, v, &seen)) != CORE_OK) {
		rec_org_clear(out);
		return rc;
	}
	for (i = 0; i < seen.n && seen.v[i].id != out->id; i++)
		;
	rc = i < seen.n ? CORE_OK : core_fail(c, CORE_ENOTFOUND,
	    "organisation", "no organisation '%s'", ref);
	rec_org_list_free(&seen);
	if (rc != CORE_OK)
		rec_org_clear(out);
	else
		org_for(v, out);
	return rc;
}

int
core_org_cover(struct core *c, const char *org, const char *aim)
{
	const char	*aims[32], *name = NULL;
	struct rec_org	 o;
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
	memset(&o, 0, sizeof(o));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_org(c, org, &o)) != CORE_OK)
		goto out;
	rc = store_exec(c->st, STMT_COVER_INSERT, "lls", o.id, c->arr, name);
	if ((rc = core_int_added(c, rc, "recording coverage", "aim",
	    "%s already covers \"%s\"", o.name, name)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "organisation.cover", "organisation", o.id,
	    "{s:s, s:s}", "organisation", o.name, "aim", name);
out:
	rec_org_clear(&o);
	return core_end(c, rc);
}
