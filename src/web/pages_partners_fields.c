/*
 * The officers' partners forms' fields (pages_partners.h), each said
 * once: how the form shows it, and what it needs before core is asked,
 * in the form's own terms.
 */
#include <stdio.h>
#include <string.h>

#include "web.h"
#include "pages_partners.h"

/* A field: its name, label, hint and kind as the form shows it; its
 * need and the need's words (NEED_NONE, NULL: it may be left empty). */
#define FIELD(n, label, hint, kind, need, words) \
	{ { n, label, hint, kind, NULL, 0 }, need, words }
/* The first field of a form that records something of a record: the
 * records waiting for it, chosen from a list (filled per request). */
#define CHOOSE(n, label, words) FIELD(n, label, NULL, FIELD_SELECT, \
	NEED_TEXT, words)
#define END { { NULL, NULL, NULL, 0, NULL, 0 }, NEED_NONE, NULL }

const struct area_field contact_fields[] = {
	FIELD("organisation", "Partner", "Its name, short name or org-id",
	    FIELD_TEXT, NEED_TEXT, "Enter the partner: its name, short name "
	    "or org-id"),
	FIELD("name", "Name of the person", NULL, FIELD_TEXT, NEED_TEXT,
	    "Enter the name of the person"),
	FIELD("job-title", "Job title", NULL, FIELD_TEXT, NEED_NONE, NULL),
	FIELD("email", "Email address", NULL, FIELD_TEXT, NEED_NONE, NULL),
	FIELD("area", "Policy area or procurement process", "For a single "
	    "point of contact", FIELD_TEXT, NEED_NONE, NULL),
	FIELD("since", "In post from", "Leave empty for today", FIELD_DATE,
	    NEED_DATE_OPT, "the date they are in post from"),
	END,
};
const struct area_field plan_fields[] = {
	FIELD("organisation", "Partner delivering it", NULL, FIELD_TEXT,
	    NEED_TEXT, "Enter the partner delivering the action"),
	FIELD("action", "Action", NULL, FIELD_TEXT, NEED_TEXT, "Enter the "
	    "action"),
	FIELD("owner", "Owner", NULL, FIELD_TEXT, NEED_TEXT, "Enter the owner "
	    "of the action"),
	FIELD("due", "Due by", NULL, FIELD_DATE, NEED_DATE, "the date the "
	    "action is due by"),
	FIELD("commitment", "Commitment it serves", "Its number, such as 1.2; "
	    "optional", FIELD_TEXT, NEED_NONE, NULL),
	END,
};
const struct area_field progress_fields[] = {
	CHOOSE("action", "Action", "Select the action"),
	FIELD("progress", "What has been done", NULL, FIELD_TEXTAREA,
	    NEED_NONE, NULL),
	FIELD("done", "Done on", "Leave empty if it is not done yet",
	    FIELD_DATE, NEED_DATE_OPT, "the date it was done"),
	END,
};
const struct area_field milestone_fields[] = {
	CHOOSE("milestone", "Milestone", "Select the milestone"),
	FIELD("date", "Met on", "Leave empty for today", FIELD_DATE,
	    NEED_DATE_OPT, "the date it was met"),
	FIELD("note", "What shows it", NULL, FIELD_TEXT, NEED_NONE, NULL),
	END,
};
const struct area_field influence_fields[] = {
	FIELD("date", "Date of the decision", "Leave empty for today",
	    FIELD_DATE, NEED_DATE_OPT, "the date of the decision"),
	FIELD("body", "Board or partnership", NULL, FIELD_TEXT, NEED_TEXT,
	    "Enter the board or partnership"),
	FIELD("decision", "Decision or policy", NULL, FIELD_TEXTAREA,
	    NEED_TEXT, "Enter the decision or policy"),
	FIELD("change", "What the sector's voice changed", NULL,
	    FIELD_TEXTAREA, NEED_TEXT, "Enter what the sector's voice "
	    "changed"),
	FIELD("commitment", "Commitment it shows", "Such as 1b; optional",
	    FIELD_TEXT, NEED_NONE, NULL),
	FIELD("source", "Where the evidence is", "Minutes, a report or a "
	    "link", FIELD_TEXT, NEED_NONE, NULL),
	END,
};
const struct area_field partnership_fields[] = {
	CHOOSE("position", "Partnership", "Select the partnership"),
	FIELD("justification", "The agreed justification", NULL,
	    FIELD_TEXTAREA, NEED_TEXT, "Enter the agreed justification"),
	FIELD("agreed-by", "Agreed by", NULL, FIELD_TEXT, NEED_TEXT, "Enter "
	    "who agreed the justification"),
	FIELD("agreed-on", "Agreed on", NULL, FIELD_DATE, NEED_DATE, "the "
	    "date it was agreed"),
	END,
};
static const char *const funding_kinds[] = { "contract", "Contract",
    "grant", "Grant", "small-grant", "Small grant", NULL };
const struct area_field funding_fields[] = {
	{ { "kind", "Kind", NULL, FIELD_RADIOS, funding_kinds, 1 }, NEED_TEXT,
	    "Select contract, grant or small grant" },
	FIELD("funder", "Funder", "The partner paying", FIELD_TEXT, NEED_TEXT,
	    "Enter the funder: the partner paying"),
	FIELD("recipient", "Recipient", "The sector organisation", FIELD_TEXT,
	    NEED_TEXT, "Enter the recipient: the sector organisation"),
	FIELD("title", "Title", NULL, FIELD_TEXT, NEED_TEXT, "Enter the title "
	    "of the funding"),
	FIELD("description", "Description", "Optional", FIELD_TEXTAREA,
	    NEED_NONE, NULL),
	FIELD("amount", "Amount in pounds", "For example, 12500 or 12,500.50",
	    FIELD_TEXT, NEED_TEXT, "Enter the amount in pounds, for example "
	    "12500"),
	FIELD("starts", "First day", NULL, FIELD_DATE, NEED_DATE, "the first "
	    "day of the funding"),
	FIELD("ends", "Last day", NULL, FIELD_DATE, NEED_DATE, "the last day "
	    "of the funding"),
	FIELD("awarded", "Award date", "Leave empty for the first day",
	    FIELD_DATE, NEED_DATE_OPT, "the award date"),
	FIELD("reference", "The funder's reference", "Optional", FIELD_TEXT,
	    NEED_NONE, NULL),
	END,
};
const struct area_field aim_fields[] = {
	FIELD("organisation", "Partner", NULL, FIELD_TEXT, NEED_TEXT, "Enter "
	    "the partner"),
	FIELD("year", "Year", "For example, 2026", FIELD_TEXT, NEED_YEAR, "the "
	    "year"),
	FIELD("amount", "Aspiration in pounds", NULL, FIELD_TEXT, NEED_TEXT,
	    "Enter the aspiration in pounds, for example 50000"),
	FIELD("plan", "Plan to meet it", NULL, FIELD_TEXTAREA, NEED_TEXT,
	    "Enter the plan to meet the aspiration"),
	END,
};
const struct area_field consult_fields[] = {
	FIELD("organisation", "Public body consulting", NULL, FIELD_TEXT,
	    NEED_TEXT, "Enter the public body consulting"),
	FIELD("title", "What it is about", NULL, FIELD_TEXT, NEED_TEXT, "Enter "
	    "what the consultation is about"),
	FIELD("opens", "First day", NULL, FIELD_DATE, NEED_DATE, "the first "
	    "day of the consultation"),
	FIELD("closes", "Last day", NULL, FIELD_DATE, NEED_DATE, "the last day "
	    "of the consultation"),
	FIELD("significant", "It significantly affects the sector", NULL,
	    FIELD_CHECK, NEED_NONE, NULL),
	FIELD("reason", "Why it is shorter than the constitution asks", "Only "
	    "for a significant consultation shorter than the minimum",
	    FIELD_TEXTAREA, NEED_NONE, NULL),
	END,
};
const struct area_field feedback_fields[] = {
	CHOOSE("consultation", "Consultation", "Select the consultation"),
	FIELD("feedback", "The outcome fed back", NULL, FIELD_TEXTAREA,
	    NEED_TEXT, "Enter the outcome fed back"),
	FIELD("date", "Fed back on", "Leave empty for today", FIELD_DATE,
	    NEED_DATE_OPT, "the date it was fed back"),
	END,
};

void
needs_check(struct req *r, const struct area_field *n)
{
	const char	*name, *v;
	char		 day[32];
	int		 year;

	for (; (name = n->shown.name) != NULL; n++) {
		v = web_form(r, name);
		while (v != NULL && (*v == ' ' || *v == '\t'))
			v++;
		switch (n->need) {
		case NEED_NONE:
			break;
		case NEED_TEXT:
			if (v == NULL || *v == '\0')
				page_err_add(r, name, NULL, 0, "%s",
				    n->words);
			break;
		case NEED_YEAR:
			if (v == NULL || *v == '\0')
				page_err_add(r, name, NULL, 0, "Enter %s, "
				    "for example 2026", n->words);
			else if (parse_year(v, &year) != 0)
				page_err_add(r, name, NULL, 0, "The year "
				    "must be a year such as 2026");
			break;
		case NEED_DATE:
		case NEED_DATE_OPT:
			(void)page_date_check(r, name, n->words,
			    n->need == NEED_DATE_OPT, day);
			break;
		}
	}
}
