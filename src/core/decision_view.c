/*
 * What a viewer reads of the decisions, for the pages, the API and the
 * command line alike: decisions are the members' record; a decision on
 * a VCSE-only item is for those who take part in VCSE-only business
 * (SA-3.1-assoc); a poll's votes are shown once it has closed (SA-8.4).
 */
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "rules/meeting.h"
#include "store/store.h"

void
motion_view_free(struct motion_view *v)
{
	rec_motion_free(&v->mo);
	rec_vote_list_free(&v->votes);
	memset(v, 0, sizeof(*v));
}

/* Decisions are the members' record: a public viewer finds none. */
static int
members_only(struct core *c, const struct viewer *v, int64_t id)
{
	if (viewer_is_member(v))
		return CORE_OK;
	return id != 0 ? core_fail(c, CORE_ENOTFOUND, "motion", "no motion "
	    "%lld in %s", (long long)id, c->arr_slug) : core_fail(c,
	    CORE_ENOTFOUND, "motion", "decisions are for members");
}

/*
 * SA-3.1-assoc: a decision on a VCSE-only item is for those who take
 * part in VCSE-only business, as the item itself is (rules_meeting_sight):
 * not an associate, nor a token that speaks for no organisation.
 * *seen: 1 when v may read mo.
 */
static int
motion_seen(struct core *c, const struct viewer *v,
    const struct rec_motion *mo, int *seen)
{
	enum meeting_reader	r;
	struct meeting_sight	s;
	int			rc;

	*seen = 1;
	if (!mo->vcse_only)
		return CORE_OK;
	if ((rc = core_int_group_reader(c, v, mo->group_id, &r)) != CORE_OK)
		return rc;
	rules_meeting_sight(r, 0, 0, 0, 0, &s);
	*seen = s.vcse_items;
	return CORE_OK;
}

int
core_motion_get(struct core *c, const struct viewer *v, int64_t motion,
    struct motion_view *out)
{
	int rc, seen;

	memset(out, 0, sizeof(*out));
	if ((rc = members_only(c, v, motion)) != CORE_OK ||
	    (rc = core_int_motion(c, motion, &out->mo)) != CORE_OK)
		return rc;
	if ((rc = motion_seen(c, v, &out->mo, &seen)) != CORE_OK ||
	    !seen) {
		motion_view_free(out);
		if (rc != CORE_OK)
			return rc;
		return core_fail(c, CORE_ENOTFOUND, "motion", "no motion "
		    "%lld in %s", (long long)motion, c->arr_slug);
	}
	/* SA-8.4: a poll's votes are shown only once it has closed. */
	if (out->mo.method == METHOD_POLL && out->mo.status == MOTION_OPEN)
		return CORE_OK;
	rc = store_vote_list(c->st, motion, &out->votes);
	if (rc != STORE_OK) {
		motion_view_free(out);
		return core_store_fail(c, rc, "reading votes");
	}
	out->votes_shown = 1;
	return CORE_OK;
}

/* The group of motion, for the router's chair check: no more is read. */
int
core_motion_group(struct core *c, int64_t motion, int64_t *group)
{
	int rc = store_motion_group(c->st, motion, c->arr, group);

	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the motion");
	return *group != 0 ? CORE_OK : core_fail(c, CORE_ENOTFOUND, "motion",
	    "no motion %lld in %s", (long long)motion, c->arr_slug);
}

int
core_motion_list(struct core *c, const struct viewer *v, const char *group,
    struct rec_motion_list *out)
{
	struct rec_group	g;
	size_t			i, keep = 0;
	int			rc, seen;

	memset(out, 0, sizeof(*out));
	memset(&g, 0, sizeof(g));
	if ((rc = members_only(c, v, 0)) != CORE_OK)
		return rc;
	if (group != NULL && (rc = core_int_find_group(c, group, &g)) !=
	    CORE_OK)
		return rc;
	rc = store_motion_list(c->st, c->arr, g.id, out);
	rec_group_clear(&g);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "listing decisions");
	/* SA-3.1-assoc: leave out what v may not read. */
	for (i = 0; i < out->n; i++) {
		if ((rc = motion_seen(c, v, &out->v[i], &seen)) != CORE_OK) {
			/* The ones kept and the ones not looked at. */
			for (; i < out->n; i++)
				out->v[keep++] = out->v[i];
			out->n = keep;
			rec_motion_list_free(out);
			return rc;
		}
		if (seen)
			out->v[keep++] = out->v[i];
		else
			rec_motion_free(&out->v[i]);
	}
	out->n = keep;
	return CORE_OK;
}
