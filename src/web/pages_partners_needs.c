/*
 * The officers' partners forms' needs (pages_partners.h): each field a
 * form asks for, in the form's own terms.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"
#include "pages_partners.h"

const struct need contact_needs[] = {
	{ "organisation", NEED_TEXT, "Enter the partner: its name, short "
	    "name or org-id" },
	{ "name", NEED_TEXT, "Enter the name of the person" },
	{ "since", NEED_DATE_OPT, "the date they are in post from" },
	{ NULL, 0, NULL },
};
const struct need plan_needs[] = {
	{ "organisation", NEED_TEXT, "Enter the partner delivering the "
	    "action" },
	{ "action", NEED_TEXT, "Enter the action" },
	{ "owner", NEED_TEXT, "Enter the owner of the action" },
	{ "due", NEED_DATE, "the date the action is due by" },
	{ NULL, 0, NULL },
};
const struct need progress_needs[] = {
	{ "action", NEED_TEXT, "Select the action" },
	{ "done", NEED_DATE_OPT, "the date it was done" },
	{ NULL, 0, NULL },
};
const struct need milestone_needs[] = {
	{ "milestone", NEED_TEXT, "Select the milestone" },
	{ "date", NEED_DATE_OPT, "the date it was met" },
	{ NULL, 0, NULL },
};
const struct need influence_needs[] = {
	{ "date", NEED_DATE_OPT, "the date of the decision" },
	{ "body", NEED_TEXT, "Enter the board or partnership" },
	{ "decision", NEED_TEXT, "Enter the decision or policy" },
	{ "change", NEED_TEXT, "Enter what the sector's voice changed" },
	{ NULL, 0, NULL },
};
const struct need partnership_needs[] = {
	{ "position", NEED_TEXT, "Select the partnership" },
	{ "justification", NEED_TEXT, "Enter the agreed justification" },
	{ "agreed-by", NEED_TEXT, "Enter who agreed the justification" },
	{ "agreed-on", NEED_DATE, "the date it was agreed" },
	{ NULL, 0, NULL },
};
const struct need funding_needs[] = {
	{ "kind", NEED_TEXT, "Select contract, grant or small grant" },
	{ "funder", NEED_TEXT, "Enter the funder: the partner paying" },
	{ "recipient", NEED_TEXT, "Enter the recipient: the sector "
	    "organisation" },
	{ "title", NEED_TEXT, "Enter the title of the funding" },
	{ "amount", NEED_TEXT, "Enter the amount in pounds, for example "
	    "12500" },
	{ "starts", NEED_DATE, "the first day of the funding" },
	{ "ends", NEED_DATE, "the last day of the funding" },
	{ "awarded", NEED_DATE_OPT, "the award date" },
	{ NULL, 0, NULL },
};
const struct need aim_needs[] = {
	{ "organisation", NEED_TEXT, "Enter the partner" },
	{ "year", NEED_YEAR, "the year" },
	{ "amount", NEED_TEXT, "Enter the aspiration in pounds, for example "
	    "50000" },
	{ "plan", NEED_TEXT, "Enter the plan to meet the aspiration" },
	{ NULL, 0, NULL },
};
const struct need consult_needs[] = {
	{ "organisation", NEED_TEXT, "Enter the public body consulting" },
	{ "title", NEED_TEXT, "Enter what the consultation is about" },
	{ "opens", NEED_DATE, "the first day of the consultation" },
	{ "closes", NEED_DATE, "the last day of the consultation" },
	{ NULL, 0, NULL },
};
const struct need feedback_needs[] = {
	{ "consultation", NEED_TEXT, "Select the consultation" },
	{ "feedback", NEED_TEXT, "Enter the outcome fed back" },
	{ "date", NEED_DATE_OPT, "the date it was fed back" },
	{ NULL, 0, NULL },
};

void
needs_check(struct req *r, const struct need *n)
{
	const char	*v;
	char		 day[32];
	int		 year;

	for (; n->field != NULL; n++) {
		v = web_form(r, n->field);
		while (v != NULL && (*v == ' ' || *v == '\t'))
			v++;
		switch (n->kind) {
		case NEED_TEXT:
			if (v == NULL || *v == '\0')
				page_err_add(r, n->field, NULL, 0, "%s",
				    n->words);
			break;
		case NEED_YEAR:
			if (v == NULL || *v == '\0')
				page_err_add(r, n->field, NULL, 0, "Enter %s, "
				    "for example 2026", n->words);
			else if (parse_year(v, &year) != 0)
				page_err_add(r, n->field, NULL, 0, "The year "
				    "must be a year such as 2026");
			break;
		case NEED_DATE:
		case NEED_DATE_OPT:
			(void)page_date_check(r, n->field, n->words,
			    n->kind == NEED_DATE_OPT, day);
			break;
		}
	}
}
