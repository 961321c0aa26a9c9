/*
 * The cross-sector panel of a three-stage dispute (SC-resolve-2): drawn
 * from the working group, with no links to either organisation, each
 * candidate's bars shown to the officer, and a flag while every
 * panellist is from one sector.  The cases themselves and their stages
 * are in dispute.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core.h"
#include "core_int.h"
#include "rules/dispute.h"
#include "store/store.h"

/* The group panels are drawn from (SC-resolve-2): the group with slug
 * working-group, else the first of kind working-group. */
static int
working_group(struct core *c, json_t **out)
{
	json_t	*gs = NULL, *g;
	size_t	 i;
	int	 rc;

	*out = NULL;
	if ((rc = core_int_group_rows(c, &gs)) != CORE_OK)
		return rc;
	json_array_foreach(gs, i, g)
		if (strcmp(jstr(g, "slug"), "working-group") == 0) {
			*out = json_incref(g);
			break;
		}
	json_array_foreach(gs, i, g)
		if (*out == NULL && strcmp(jstr(g, "kind"),
		    "working-group") == 0)
			*out = json_incref(g);
	json_decref(gs);
	if (*out == NULL)
		return core_fail(c, CORE_EINVAL, "group", "this arrangement has "
		    "no working group to draw a panel from (SC-resolve-2); add "
		    "one with 'alliance group add --slug working-group --kind "
		    "working-group'");
	return CORE_OK;
}

/*
 * Why a candidate may not sit on the panel, or NULL when they may: the
 * first bar by the rules, then every other link known, so the officer
 * sees them all.
 */
static const char *
bar_reason(const json_t *p, char *buf, size_t sz)
{
	struct panel_facts f;

	f.in_group = 1;
	f.employed = jint(p, "employed") != 0;
	f.role = jstr(p, "roles") != NULL;
	f.interest = jstr(p, "interests") != NULL;
	if (rules_panellist(&f) == PANEL_ELIGIBLE)
		return NULL;
	buf[0] = '\0';
	if (f.employed)
		snprintf(buf, sz, "works for %s, a party to the case",
		    jstr(p, "organisation"));
	if (f.role)
		snprintf(buf + strlen(buf), sz - strlen(buf), "%sholds a role "
		    "with a party: %s", buf[0] ? "; " : "", jstr(p, "roles"));
	if (f.interest)
		snprintf(buf + strlen(buf), sz - strlen(buf), "%sdeclared an "
		    "interest naming a party: %s", buf[0] ? "; " : "",
		    jstr(p, "interests"));
	return buf;
}

/* A three-stage dispute, the only kind with a panel. */
static int
panel_case(struct core *c, const json_t *d)
{
	if (is_breach(d) || rules_dispute_procedure(&c->cons) !=
	    DISPUTE_THREE_STAGE)
		return core_fail(c, CORE_EINVAL, "case", "case %lld has no "
		    "panel: panels are drawn at stage two of the three-stage "
		    "procedure (SC-resolve-2)%s", (long long)jint(d, "id"),
		    is_breach(d) ? "; a breach is resolved by the chair in "
		    "writing (SA-13.1)" : "");
	return CORE_OK;
}

/* The drawn panel, {panel, sectors, cross_sector} into out. */
int
panel_of(struct core *c, int64_t id, json_t *out)
{
	json_t		*rows = NULL, *p;
	const char	*sec[64];
	size_t		 i;
	int		 n = 0, rc;

	rc = store_rows(c->st, &rows, STMT_DISPUTE_PANEL, "l", id);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the panel");
	json_array_foreach(rows, i, p)
		if (n < 64)
			sec[n++] = jstr(p, "sector");
	json_object_set_new(out, "cross_sector", json_boolean(
	    rules_panel_cross_sector(sec, n)));
	json_object_set_new(out, "panel", rows);
	return CORE_OK;
}

int
core_dispute_panel(struct core *c, int64_t id, json_t **out)
{
	json_t	*d = NULL, *g = NULL, *rows = NULL, *p, *ok, *no;
	char	 why[600];
	size_t	 i;
	int	 rc;

	*out = NULL;
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = panel_case(c, d)) != CORE_OK ||
	    (rc = working_group(c, &g)) != CORE_OK)
		goto out;
	rc = store_rows(c->st, &rows, STMT_DISPUTE_CANDIDATES, "lnnll",
	    jint(g, "id"), jint(d, "org_a_id"), jint(d, "org_b_id"), c->arr,
	    id);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the working group");
		goto out;
	}
	ok = json_array();
	no = json_array();
	json_array_foreach(rows, i, p) {
		const char *r = bar_reason(p, why, sizeof(why));

		if (r == NULL)
			json_array_append_new(ok, json_pack("{s:I, s:s, s:s, "
			    "s:s, s:b}", "id", (json_int_t)jint(p, "id"),
			    "name", jstr(p, "name"), "organisation", jstr(p,
			    "organisation"), "sector", jstr(p, "sector"),
			    "drawn", jint(p, "drawn") != 0));
		else
			json_array_append_new(no, json_pack("{s:I, s:s, s:s, "
			    "s:s, s:s}", "id", (json_int_t)jint(p, "id"),
			    "name", jstr(p, "name"), "organisation", jstr(p,
			    "organisation"), "sector", jstr(p, "sector"),
			    "reason", r));
	}
	*out = json_pack("{s:I, s:s, s:s, s:o, s:o}", "case", (json_int_t)id,
	    "group", jstr(g, "name"), "group_slug", jstr(g, "slug"),
	    "eligible", ok, "excluded", no);
	rc = panel_of(c, id, *out);
out:
	json_decref(d);
	json_decref(g);
	json_decref(rows);
	if (rc != CORE_OK) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

/* SC-resolve-2: the flag for a panel of one sector. */
static void
cross_sector_flag(json_t *panel, json_t *flags)
{
	json_t *p = json_array_get(json_object_get(panel, "panel"), 0);

	if (p != NULL && !json_is_true(json_object_get(panel, "cross_sector")))
		json_array_append_new(flags, json_sprintf("SC-resolve-2 the "
		    "panel is not cross-sector yet: every panellist is from "
		    "the %s sector; draw someone from another sector",
		    jstr(p, "sector")));
}

int
core_dispute_draw(struct core *c, int64_t id, const char *person,
    json_t **flags)
{
	struct rec_person	 who = { 0 };
	json_t			*d = NULL, *prop = NULL, *p, *hit = NULL, *au;
	char	 text[700];
	size_t	 i;
	int	 rc;

	*flags = NULL;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = not_closed(c, d)) != CORE_OK ||
	    (rc = panel_case(c, d)) != CORE_OK)
		goto out;
	if (jint(d, "stage") < 2) {
		rc = core_fail(c, CORE_EINVAL, "case", "case %lld is at stage "
		    "one; the panel is drawn at stage two, once the written "
		    "statement is logged (SC-resolve-2)", (long long)id);
		goto out;
	}
	if ((rc = core_int_find_person(c, person, &who)) != CORE_OK ||
	    (rc = core_dispute_panel(c, id, &prop)) != CORE_OK)
		goto out;
	json_array_foreach(json_object_get(prop, "excluded"), i, p)
		if (jint(p, "id") == who.id) {
			rc = core_fail(c, CORE_EINVAL, "person", "%s cannot sit "
			    "on the panel: %s; the panel has no links with "
			    "either organisation (SC-resolve-2)", who.name,
			    jstr(p, "reason"));
			goto out;
		}
	json_array_foreach(json_object_get(prop, "eligible"), i, p)
		if (jint(p, "id") == who.id)
			hit = p;
	if (hit == NULL) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not of a member "
		    "organisation of the %s; the panel is drawn from within "
		    "the group (SC-resolve-2)", who.name, jstr(prop,
		    "group"));
		goto out;
	}
	if (json_is_true(json_object_get(hit, "drawn"))) {
		rc = core_fail(c, CORE_EEXIST, "person", "%s is on the panel "
		    "of case %lld already", who.name, (long long)id);
		goto out;
	}
	rc = store_exec(c->st, STMT_DISPUTE_PANEL_INSERT, "llss", id,
	    who.id, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "drawing the panellist");
		goto out;
	}
	snprintf(text, sizeof(text), "%s (%s, %s sector) drawn for the panel "
	    "from the %s", who.name, jstr(hit, "organisation"),
	    jstr(hit, "sector"), jstr(prop, "group"));
	if ((rc = log_step(c, id, c->today, "panel", text)) != CORE_OK)
		goto out;
	au = json_pack("{s:s, s:s}", "person", who.name,
	    "organisation", jstr(hit, "organisation"));
	rc = core_audit(c, "dispute.draw", "dispute_case", id, au);
	json_decref(au);
	if (rc != CORE_OK || (rc = panel_of(c, id, prop)) != CORE_OK)
		goto out;
	*flags = json_array();
	cross_sector_flag(prop, *flags);
out:
	json_decref(d);
	rec_person_clear(&who);
	json_decref(prop);
	rc = core_end(c, rc);
	if (rc != CORE_OK) {
		json_decref(*flags);
		*flags = NULL;
	}
	return rc;
}
