/*
 * dispute: disputes and breaches (see dispute.h).
 */
#include <string.h>
#include <strings.h>

#include "dispute.h"
#include "text.h"

enum dispute_proc
rules_dispute_procedure(const struct constitution *c)
{
	const char *p = constitution_text(c, "dispute.procedure");

	if (p == NULL)
		return DISPUTE_NONE;
	if (strcmp(p, "three-stage") == 0)
		return DISPUTE_THREE_STAGE;
	if (strcmp(p, "dialogue") == 0)
		return DISPUTE_DIALOGUE;
	return DISPUTE_NONE;
}

int
rules_dispute_stages(enum dispute_proc p)
{
	switch (p) {
	case DISPUTE_THREE_STAGE:
		return 3;
	case DISPUTE_DIALOGUE:
		return 2;
	default:
		return 0;
	}
}

int
rules_dispute_due(const struct constitution *c, int first_contact_day)
{
	int weeks = constitution_int(c, "dispute.resolution_weeks");

	return weeks > 0 ? first_contact_day + 7 * weeks : -1;
}

int
rules_dispute_overdue(int due_day, int resolved_day, int today)
{
	return due_day >= 0 && resolved_day < 0 && today > due_day;
}

int
rules_dispute_in_time(int due_day, int resolved_day)
{
	return resolved_day >= 0 && (due_day < 0 || resolved_day <= due_day);
}

static const char *const part_field[PART__MAX] = { "problem", "handled",
    "unresolved", "outcome" };
static const char *const part_label[PART__MAX] = { "what the problem is",
    "how it has been dealt with so far", "why it is not resolved",
    "what a good outcome would be" };

const char *
rules_statement_field(enum statement_part p)
{
	return p < PART__MAX ? part_field[p] : "";
}

const char *
rules_statement_label(enum statement_part p)
{
	return p < PART__MAX ? part_label[p] : "";
}

unsigned
rules_statement_missing(const char *const parts[PART__MAX])
{
	unsigned	m = 0;
	int		i;

	for (i = 0; i < PART__MAX; i++)
		if (text_blank(parts[i]))
			m |= 1u << i;
	return m;
}

enum dispute_step
rules_dispute_step(enum dispute_proc p, int breach, int resolved, int from,
    int to, unsigned statement_missing, int panel, int agreed)
{
	if (breach)
		return STEP_BREACH;
	if (p == DISPUTE_NONE)
		return STEP_NO_PROCEDURE;
	if (resolved)
		return STEP_CLOSED;
	if (to > rules_dispute_stages(p))
		return STEP_NO_SUCH_STAGE;
	if (to != from + 1)
		return STEP_NOT_NEXT;
	if (p == DISPUTE_THREE_STAGE) {
		/* SC-resolve-2: the written statement is logged first. */
		if (to == 2 && statement_missing != 0)
			return STEP_STATEMENT;
		/* SC-resolve-3: the panel supports further mediation. */
		if (to == 3 && panel <= 0)
			return STEP_NO_PANEL;
		return STEP_OK;
	}
	/* SA-12: an independent third party, by mutual agreement. */
	if (to == 2 && !agreed)
		return STEP_NOT_AGREED;
	return STEP_OK;
}

enum panel_bar
rules_panellist(const struct panel_facts *f)
{
	if (!f->in_group)
		return PANEL_NOT_IN_GROUP;
	if (f->employed)
		return PANEL_EMPLOYED;
	if (f->role)
		return PANEL_ROLE;
	if (f->interest)
		return PANEL_INTEREST;
	return PANEL_ELIGIBLE;
}

int
rules_panel_cross_sector(const char *const *sectors, int n)
{
	const char	*first = NULL;
	int		 i;

	for (i = 0; i < n; i++) {
		if (sectors[i] == NULL)
			continue;
		if (first == NULL)
			first = sectors[i];
		else if (strcasecmp(first, sectors[i]) != 0)
			return 1;
	}
	return 0;
}

int
rules_dispute_ombudsman(enum dispute_proc p, const char *a, const char *b)
{
	if (p != DISPUTE_THREE_STAGE)
		return 0;
	return (a != NULL && strcasecmp(a, "local authority") == 0) ||
	    (b != NULL && strcasecmp(b, "local authority") == 0);
}
