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
#include "core_dispute.h"
#include "rules/dispute.h"
#include "store/rec_partners.h"
#include "store/store.h"

/* The group panels are drawn from (SC-resolve-2): the group with slug
 * working-group, else the first of kind working-group; its name and
 * slug into pv. */
static int
working_group(struct core *c, struct panel_view *pv, int64_t *id)
{
	struct rec_group_list	 gs = { NULL, 0 };
	struct rec_group	*g = NULL;
	size_t			 i;
	int			 rc;

	*id = 0;
	if ((rc = store_group_list(c->st, c->arr, &gs)) != STORE_OK)
		return core_store_fail(c, rc, "reading the groups");
	for (i = 0; i < gs.n && g == NULL; i++)
		if (strcmp(gs.v[i].slug, "working-group") == 0)
			g = &gs.v[i];
	for (i = 0; i < gs.n && g == NULL; i++)
		if (gs.v[i].kind == GK_WORKING_GROUP)
			g = &gs.v[i];
	if (g == NULL) {
		rec_group_list_free(&gs);
		return core_fail(c, CORE_EINVAL, "group", "this arrangement has "
		    "no working group to draw a panel from (SC-resolve-2); add "
		    "one with 'alliance group add --slug working-group --kind "
		    "working-group'");
	}
	*id = g->id;
	pv->group = g->name;
	pv->group_slug = g->slug;
	g->name = g->slug = NULL;
	rec_group_list_free(&gs);
	return CORE_OK;
}

/*
 * Why a candidate may not sit on the panel, or NULL when they may: the
 * first bar by the rules, then every other link known, so the officer
 * sees them all.
 */
static const char *
bar_reason(const struct rec_candidate *p, char *buf, size_t sz)
{
	struct panel_facts f;

	f.in_group = 1;
	f.employed = p->employed;
	f.role = p->roles != NULL;
	f.interest = p->interests != NULL;
	if (rules_panellist(&f) == PANEL_ELIGIBLE)
		return NULL;
	buf[0] = '\0';
	if (f.employed)
		snprintf(buf, sz, "works for %s, a party to the case",
		    p->organisation);
	if (f.role)
		snprintf(buf + strlen(buf), sz - strlen(buf), "%sholds a role "
		    "with a party: %s", buf[0] ? "; " : "", p->roles);
	if (f.interest)
		snprintf(buf + strlen(buf), sz - strlen(buf), "%sdeclared an "
		    "interest naming a party: %s", buf[0] ? "; " : "",
		    p->interests);
	return buf;
}

/* A three-stage dispute, the only kind with a panel. */
static int
panel_case(struct core *c, const struct rec_dispute *d)
{
	if (is_breach(d) || rules_dispute_procedure(&c->cons) !=
	    DISPUTE_THREE_STAGE)
		return core_fail(c, CORE_EINVAL, "case", "case %lld has no "
		    "panel: panels are drawn at stage two of the three-stage "
		    "procedure (SC-resolve-2)%s", (long long)d->id,
		    is_breach(d) ? "; a breach is resolved by the chair in "
		    "writing (SA-13.1)" : "");
	return CORE_OK;
}

/* The drawn panel and whether it is cross-sector. */
int
panel_of(struct core *c, int64_t id, struct rec_panellist_list *out,
    int *cross_sector)
{
	const char	*sec[64];
	size_t		 i;
	int		 n = 0, rc;

	rc = store_dispute_panel(c->st, id, out);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the panel");
	for (i = 0; i < out->n && n < 64; i++)
		sec[n++] = out->v[i].sector;
	*cross_sector = rules_panel_cross_sector(sec, n);
	return CORE_OK;
}

void
panel_view_free(struct panel_view *pv)
{
	if (pv == NULL)
		return;
	free(pv->group);
	free(pv->group_slug);
	rec_candidate_list_free(&pv->eligible);
	rec_candidate_list_free(&pv->excluded);
	rec_panellist_list_free(&pv->panel);
	memset(pv, 0, sizeof(*pv));
}

/* Each candidate to eligible or, with the reason, to excluded. */
static int
sort_candidates(struct panel_view *pv, struct rec_candidate_list *all)
{
	struct rec_candidate	*p;
	char			 why[600];
	const char		*r;
	size_t			 i;

	pv->eligible.v = calloc(all->n + 1, sizeof(*pv->eligible.v));
	pv->excluded.v = calloc(all->n + 1, sizeof(*pv->excluded.v));
	if (pv->eligible.v == NULL || pv->excluded.v == NULL)
		return -1;
	for (i = 0; i < all->n; i++) {
		p = &all->v[i];
		if ((r = bar_reason(p, why, sizeof(why))) == NULL)
			pv->eligible.v[pv->eligible.n++] = *p;
		else {
			pv->excluded.v[pv->excluded.n] = *p;
			if ((pv->excluded.v[pv->excluded.n++].reason =
			    strdup(r)) == NULL) {
				memset(p, 0, sizeof(*p));
				return -1;
			}
		}
		memset(p, 0, sizeof(*p));
	}
	return 0;
}

int
core_dispute_proposal(struct core *c, const struct viewer *v, int64_t id,
    struct panel_view *out)
{
	struct rec_dispute		d;
	struct rec_candidate_list	all = { NULL, 0 };
	int64_t				group;
	int				rc;

	memset(out, 0, sizeof(*out));
	memset(&d, 0, sizeof(d));
	out->case_id = id;
	if (!viewer_is_officer(v))
		return core_fail(c, CORE_EPERM, NULL, "the panel is proposed "
		    "by the officers");
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = panel_case(c, &d)) != CORE_OK ||
	    (rc = working_group(c, out, &group)) != CORE_OK)
		goto out;
	rc = store_dispute_candidates(c->st, c->arr, group, d.org_a_id,
	    d.org_b_id, id, &all);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading the working group");
		goto out;
	}
	if (sort_candidates(out, &all) != 0) {
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
		goto out;
	}
	rc = panel_of(c, id, &out->panel, &out->cross_sector);
out:
	rec_dispute_clear(&d);
	rec_candidate_list_free(&all);
	if (rc != CORE_OK)
		panel_view_free(out);
	return rc;
}

int
core_dispute_draw(struct core *c, int64_t id, const char *person,
    struct check_flag_list *flags)
{
	struct rec_person	 who = { 0 };
	struct rec_dispute	 d;
	struct panel_view	 prop;
	struct rec_candidate	*hit = NULL;
	char	 text[700];
	size_t	 i;
	int	 rc;

	memset(flags, 0, sizeof(*flags));
	memset(&d, 0, sizeof(d));
	memset(&prop, 0, sizeof(prop));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = get_case(c, id, &d)) != CORE_OK ||
	    (rc = not_closed(c, &d)) != CORE_OK ||
	    (rc = panel_case(c, &d)) != CORE_OK)
		goto out;
	if (d.stage < 2) {
		rc = core_fail(c, CORE_EINVAL, "case", "case %lld is at stage "
		    "one; the panel is drawn at stage two, once the written "
		    "statement is logged (SC-resolve-2)", (long long)id);
		goto out;
	}
	if ((rc = core_int_find_person(c, person, &who)) != CORE_OK ||
	    (rc = core_dispute_proposal(c, &viewer_system, id, &prop)) !=
	    CORE_OK)
		goto out;
	for (i = 0; i < prop.excluded.n; i++)
		if (prop.excluded.v[i].id == who.id) {
			rc = core_fail(c, CORE_EINVAL, "person", "%s cannot sit "
			    "on the panel: %s; the panel has no links with "
			    "either organisation (SC-resolve-2)", who.name,
			    prop.excluded.v[i].reason);
			goto out;
		}
	for (i = 0; i < prop.eligible.n; i++)
		if (prop.eligible.v[i].id == who.id)
			hit = &prop.eligible.v[i];
	if (hit == NULL) {
		rc = core_fail(c, CORE_EINVAL, "person", "%s is not of a member "
		    "organisation of the %s; the panel is drawn from within "
		    "the group (SC-resolve-2)", who.name, prop.group);
		goto out;
	}
	if (hit->drawn) {
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
	    "from the %s", who.name, hit->organisation, hit->sector,
	    prop.group);
	if ((rc = log_step(c, id, c->today, "panel", text)) != CORE_OK)
		goto out;
	rc = core_auditf(c, "dispute.draw", "dispute_case", id,
	    "{s:s, s:s}", "person", who.name, "organisation",
	    hit->organisation);
	rec_panellist_list_free(&prop.panel);
	if (rc != CORE_OK || (rc = panel_of(c, id, &prop.panel,
	    &prop.cross_sector)) != CORE_OK)
		goto out;
	/* SC-resolve-2: the flag for a panel of one sector. */
	if (prop.panel.n > 0 && !prop.cross_sector && check_flag_add(flags,
	    CHECK_ABOUT_MEMBER, "SC-resolve-2", NULL, "the panel is not "
	    "cross-sector yet: every panellist is from the %s sector; draw "
	    "someone from another sector",
	    prop.panel.v[0].sector) != 0)
		rc = core_fail(c, CORE_EFAULT, NULL, "out of memory");
out:
	rec_dispute_clear(&d);
	rec_person_clear(&who);
	panel_view_free(&prop);
	return core_int_end_flags(c, rc, flags);
}
