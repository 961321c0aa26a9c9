/*
 * Disputes between partners and breaches of the agreement: which
 * procedure the constitution sets, when a case is due, which stage may
 * follow which, whether the written statement is complete, and who may
 * sit on a panel.  Pure functions of the constitution and the facts;
 * dates are day numbers (date.h) passed in by the caller.
 */
#ifndef RULES_DISPUTE_H
#define RULES_DISPUTE_H

#include "constitution.h"

enum dispute_proc {
	DISPUTE_NONE = 0,	/* the arrangement has no procedure */
	DISPUTE_DIALOGUE,	/* SA-12: dialogue, then a third party */
	DISPUTE_THREE_STAGE	/* SC-resolve-1..3 */
};

/* dispute.procedure of the constitution. */
enum dispute_proc rules_dispute_procedure(const struct constitution *);

/* How many stages a dispute has under the procedure: 0, 2 or 3. */
int rules_dispute_stages(enum dispute_proc);

/*
 * SC-resolve-2: the day resolution is due, dispute.resolution_weeks
 * after first contact; -1 when the constitution sets no clock.
 */
int rules_dispute_due(const struct constitution *, int first_contact_day);

/*
 * SC-resolve-2: 1 when a case due on due_day (-1: no clock) is overdue
 * on today: still open after the due day (resolved_day < 0).
 */
int rules_dispute_overdue(int due_day, int resolved_day, int today);

/* SC-monitor: 1 when a resolved case was resolved by its due day (a case
 * with no clock counts as in time). */
int rules_dispute_in_time(int due_day, int resolved_day);

/* SC-resolve-2: the four parts of the written statement. */
enum statement_part {
	PART_PROBLEM = 0,	/* what the problem is */
	PART_HANDLED,		/* how it has been dealt with so far */
	PART_UNRESOLVED,	/* why it is not resolved */
	PART_OUTCOME,		/* what a good outcome would be */
	PART__MAX
};
/* The form field and the wording of a part. */
const char *rules_statement_field(enum statement_part);
const char *rules_statement_label(enum statement_part);
/*
 * SC-resolve-2: a bit (1 << part) for each part that is missing or
 * blank in parts[PART__MAX]; 0 when the statement is complete.
 */
unsigned rules_statement_missing(const char *const parts[PART__MAX]);

enum dispute_step {
	STEP_OK = 0,
	STEP_NO_PROCEDURE,	/* the constitution has none (disputes) */
	STEP_BREACH,		/* SA-13.1: a breach has no stages */
	STEP_CLOSED,		/* the case is resolved */
	STEP_NOT_NEXT,		/* stages go one at a time, forwards */
	STEP_NO_SUCH_STAGE,	/* beyond the procedure's last stage */
	STEP_STATEMENT,		/* SC-resolve-2: the statement is incomplete */
	STEP_NO_PANEL,		/* SC-resolve-3: mediation needs the panel */
	STEP_NOT_AGREED		/* SA-12: the third party needs both
				   organisations' agreement, and a name */
};
/*
 * SC-resolve-1..3, SA-12: may a case at stage from move to stage to?
 * breach: the case is a breach (SA-13.1); resolved: it is closed;
 * statement_missing: rules_statement_missing() of its statement;
 * panel: how many panellists are drawn; agreed: the parties agreed the
 * independent third party, who is named.
 */
enum dispute_step rules_dispute_step(enum dispute_proc, int breach,
    int resolved, int from, int to, unsigned statement_missing, int panel,
    int agreed);

/* The facts known about a person proposed for the panel. */
struct panel_facts {
	int	in_group;	/* of a member organisation of the group */
	int	employed;	/* their organisation is a party */
	int	role;		/* holds a role with a party */
	int	interest;	/* declared an interest naming a party */
};
enum panel_bar {
	PANEL_ELIGIBLE = 0,
	PANEL_NOT_IN_GROUP,	/* not of the working group's members */
	PANEL_EMPLOYED,		/* works for a party */
	PANEL_ROLE,		/* a role or position with a party */
	PANEL_INTEREST		/* a declared interest naming a party */
};
/*
 * SC-resolve-2: the panel is drawn from the working group, of people
 * who have no links with either organisation.  Returns the first bar,
 * in the order of the enum.
 */
enum panel_bar rules_panellist(const struct panel_facts *);

/*
 * SC-resolve-2: a panel is cross-sector when its people come from more
 * than one sector (sectors[n], NULL entries ignored).
 */
int rules_panel_cross_sector(const char *const *sectors, int n);

/*
 * SC-resolve-3: 1 when a case at stage three is signposted to the Local
 * Government Ombudsman: the procedure is three-stage and a party's
 * legal form is "local authority".
 */
int rules_dispute_ombudsman(enum dispute_proc, const char *legal_form_a,
    const char *legal_form_b);

#endif
