/*
 * The partners' tables (pages_partners.c): how each of their records
 * makes its row's cells, on the officers' pages and the public ones.
 */
#include <string.h>

#include "web.h"
#include "render/json.h"
#include "pages_partners.h"

static const char *const contact_heads[] = { "Partner", "Kind", "Area",
    "Name", "Job title", "Since" };

static void
contact_cells(const void *p, struct page_cell *c)
{
	const struct rec_contact *k = p;

	c[0] = CELL_T(k->organisation);
	c[1] = CELL_T(k->kind);
	c[2] = CELL_T(k->area);
	c[3] = CELL_T(k->name);
	c[4] = CELL_T(k->job_title);
	c[5] = CELL_T(k->since);
}
const struct page_cols cols_contact = { contact_heads, 6,
    contact_cells };
/* Public: no email addresses, nor since when. */
const struct page_cols cols_contact_public = { contact_heads, 5,
    contact_cells };

static const char *const plan_heads[] = { "#", "Partner", "Action",
    "Owner", "Due", "Status", "Done", "Progress" };

static void
plan_cells(const void *p, struct page_cell *c)
{
	const struct rec_plan *a = p;

	c[0] = CELL_N(a->id);
	c[1] = CELL_T(a->organisation);
	c[2] = CELL_T(a->action);
	c[3] = CELL_T(a->owner);
	c[4] = CELL_T(a->due);
	c[5] = CELL_T(json_plan_status[a->status]);
	c[6] = CELL_T(a->done_on);
	c[7] = CELL_T(a->progress);
}
const struct page_cols cols_plan = { plan_heads, 8, plan_cells };

/* Public: what each partner will deliver, and where it stands. */
static const char *const plan_public_heads[] = { "Partner", "Action",
    "Owner", "Due", "Status" };

static void
plan_public_cells(const void *p, struct page_cell *c)
{
	plan_cells(p, c);
	memmove(c, c + 1, 5 * sizeof(*c));
}
const struct page_cols cols_plan_public = { plan_public_heads, 5,
    plan_public_cells };

static const char *const ms_heads[] = { "#", "Due", "Milestone", "Status",
    "Met" };

static void
ms_cells(const void *p, struct page_cell *c)
{
	const struct rec_milestone *m = p;

	c[0] = CELL_N(m->n);
	c[1] = CELL_T(m->due);
	c[2] = CELL_T(m->label);
	c[3] = CELL_T(json_milestone_status[m->status]);
	c[4] = CELL_T(m->met_on);
}
const struct page_cols cols_milestone = { ms_heads, 5, ms_cells };

static const char *const inf_heads[] = { "Date", "Where",
    "Decision or policy", "What the sector changed", "Commitment" };

static void
inf_cells(const void *p, struct page_cell *c)
{
	const struct rec_influence *i = p;

	c[0] = CELL_T(i->on_date);
	c[1] = CELL_T(i->body);
	c[2] = CELL_T(i->decision);
	c[3] = CELL_T(i->change);
	c[4] = CELL_T(i->commitment);
}
const struct page_cols cols_influence = { inf_heads, 5, inf_cells };

static const char *const ps_heads[] = { "Partnership", "Section",
    "Representatives", "Status", "Justification", "Agreed by" };

static void
ps_cells(const void *p, struct page_cell *c)
{
	const struct rec_partnership *s = p;

	c[0] = CELL_T(s->name);
	c[1] = CELL_T(s->section);
	c[2] = CELL_N(s->representatives);
	c[3] = CELL_T(json_partnership_status[s->status]);
	c[4] = CELL_T(s->justification);
	c[5] = CELL_T(s->agreed_by);
}
const struct page_cols cols_partnership = { ps_heads, 6, ps_cells };

static const char *const fund_heads[] = { "Kind", "Funder", "Recipient",
    "Title", "Amount", "Starts", "Ends", "Months", "Length" };

static void
fund_cells(const void *p, struct page_cell *c)
{
	const struct rec_funding *f = p;

	c[0] = CELL_T(f->kind);
	c[1] = CELL_T(f->funder);
	c[2] = CELL_T(f->recipient);
	c[3] = CELL_T(f->title);
	c[4] = CELL_PENCE(f->amount_pence);
	c[5] = CELL_T(f->starts);
	c[6] = CELL_T(f->ends);
	c[7] = CELL_N(f->months);
	c[8] = CELL_T(json_funding_length[(unsigned)f->length < 3 ?
	    f->length : 0]);
}
const struct page_cols cols_funding = { fund_heads, 9, fund_cells };

static const char *const con_heads[] = { "Public body", "Consultation",
    "Opens", "Closes", "Weeks", "Short", "Fed back" };

static void
con_cells(const void *p, struct page_cell *c)
{
	const struct rec_consult *k = p;

	c[0] = CELL_T(k->organisation);
	c[1] = CELL_T(k->title);
	c[2] = CELL_T(k->opens);
	c[3] = CELL_T(k->closes);
	c[4] = CELL_N(k->weeks);
	c[5] = CELL_YES(k->is_short);
	c[6] = CELL_T(k->feedback_on);
}
const struct page_cols cols_consult = { con_heads, 7, con_cells };

static const char *const aim_heads[] = { "Partner", "Contracts", "Grants",
    "Small grants", "Total", "Aspiration", "Plan to meet it" };

/* A partner's spend by kind beside its aspiration, when it has one. */
static void
aim_cells(const void *p, struct page_cell *c)
{
	const struct spend_partner *s = p;

	c[0] = CELL_T(s->organisation);
	c[1] = CELL_PENCE(s->by_kind[0]);
	c[2] = CELL_PENCE(s->by_kind[1]);
	c[3] = CELL_PENCE(s->by_kind[2]);
	c[4] = CELL_PENCE(s->total_pence);
	if (s->has_aim) {
		c[5] = CELL_PENCE(s->aim_pence);
		c[6] = CELL_T(s->plan);
	}
}
const struct page_cols cols_spend = { aim_heads, 7, aim_cells };
