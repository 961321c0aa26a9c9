/*
 * The partners' records as JSON rows, for the files of core that still
 * take rows (report_others.c): each reads the typed records
 * as the command line does and makes them into JSON by render, with the
 * same fields.  Remove a function here when its last caller reads the
 * records (core_partners.h).
 */
#include "core.h"
#include "core_partners.h"
#include "render/json.h"

/* The list read by read, as JSON by json, into *out. */
#define ROWS(fn, list, read, json, ...) \
int \
fn \
{ \
	struct list	l; \
	int		rc; \
\
	*out = NULL; \
	if ((rc = read(c, &viewer_system, __VA_ARGS__ &l)) != CORE_OK) \
		return rc; \
	*out = json(&l); \
	list##_free(&l); \
	return *out != NULL ? CORE_OK : core_fail(c, CORE_EFAULT, NULL, \
	    "out of memory"); \
}

ROWS(core_plan_list(struct core *c, const char *org, json_t **out),
    rec_plan_list, core_plan_read, json_plan_list, org,)
ROWS(core_milestone_list(struct core *c, json_t **out), rec_milestone_list,
    core_milestones, json_milestone_list)
ROWS(core_influence_list(struct core *c, int year, json_t **out),
    rec_influence_list, core_influence_read, json_influence_list, year,)
ROWS(core_attendance_by_partner(struct core *c, int year, json_t **out),
    rec_partner_attendance_list, core_partner_attendance,
    json_partner_attendance_list, year,)
ROWS(core_partnership_register(struct core *c, json_t **out),
    rec_partnership_list, core_partnerships, json_partnership_list)
ROWS(core_consult_list(struct core *c, json_t **out), rec_consult_list,
    core_consults, json_consult_list)

int
core_dispute_stats(struct core *c, int year, json_t **out)
{
	struct dispute_stats	s;
	int			rc;

	*out = NULL;
	if ((rc = core_dispute_figures(c, &viewer_system, year, &s)) !=
	    CORE_OK)
		return rc;
	*out = json_dispute_stats(&s);
	return *out != NULL ? CORE_OK : core_fail(c, CORE_EFAULT, NULL,
	    "out of memory");
}

int
core_assess_get(struct core *c, int year, json_t **out)
{
	struct assess_year	y;
	int			rc;

	*out = NULL;
	if ((rc = core_assess_year(c, &viewer_system, year, &y)) != CORE_OK)
		return rc;
	*out = json_assess_year(&y);
	assess_year_free(&y);
	return *out != NULL ? CORE_OK : core_fail(c, CORE_EFAULT, NULL,
	    "out of memory");
}

int
core_spend(struct core *c, int year, json_t **out)
{
	struct spend_view	sv;
	int			rc;

	*out = NULL;
	if ((rc = core_spend_read(c, &viewer_system, year, &sv)) != CORE_OK)
		return rc;
	*out = json_spend(&sv);
	spend_view_free(&sv);
	return *out != NULL ? CORE_OK : core_fail(c, CORE_EFAULT, NULL,
	    "out of memory");
}
