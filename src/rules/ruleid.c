/*
 * The table of whose rule each duty is: arrangement kind, group kind,
 * and the id of RULES.md the arrangement's agreement states it under.
 * A duty with no row for an arrangement is not in its agreement.
 */
#include <stdio.h>
#include <string.h>

#include "ruleid.h"

#define ANY	(-1)

static const struct {
	enum duty	 duty;
	const char	*arrangement;	/* arrangement.kind */
	int		 gkind;		/* group kind, or ANY */
	const char	*id;
} rules_owner[] = {
	{ DUTY_PACE, "alliance", ANY, "SA-6.2" },
	{ DUTY_PACE, "compact", GK_PARTNERSHIP, "SC-quarterly" },
	{ DUTY_GAP, "leaders-group", GK_LEADERS, "MC-meet" },
	{ DUTY_GAP, "leaders-group", GK_WORKING_GROUP, "MC-mou" },
	{ DUTY_AGENDA_NOTICE, "alliance", ANY, "SA-10.2" },
	{ DUTY_NOTES_DUE, "alliance", ANY, "SA-10.3" },
	{ DUTY_ABSENCE, "alliance", ANY, "SA-6.3" },
	{ DUTY_ABSENCE, "leaders-group", GK_LEADERS, "MC-absence" },
	{ DUTY_SAME_REP, "alliance", ANY, "SA-6.3" },
	/* Local forums elect their chairs (SA-7.1); other groups select
	 * theirs (SA-7.2).  The Leaders Group has a chair (MC-chair); the
	 * MoU Working Group's chairing alternates instead (MC-mou). */
	{ DUTY_CHAIR, "alliance", GK_LOCAL_FORUM, "SA-7.1" },
	{ DUTY_CHAIR, "alliance", ANY, "SA-7.2" },
	{ DUTY_CHAIR, "leaders-group", GK_LEADERS, "MC-chair" },
	{ DUTY_CHAIR_ALTERNATES, "leaders-group", GK_WORKING_GROUP, "MC-mou" },
	{ DUTY_ITEM_CHAIR, "alliance", ANY, "SA-E3.6" },
	{ DUTY_MEETING_CHAIR, "alliance", ANY, "SA-E1" },
	{ DUTY_SUSPENSION, "alliance", ANY, "SA-13.2" },
	{ DUTY_NOTICE, "alliance", ANY, "SA-14.1" },
	{ DUTY_VACANCY, "alliance", ANY, "SA-9.3" },
	/* The Framework's agreed representatives on the H&CP board and
	 * the PHM steering group; Tameside's seats are TP-2a's register. */
	{ DUTY_VACANCY, "framework", ANY, "MS-board-reps" },
	{ DUTY_SOLE_REP, "alliance", ANY, "SA-D2.4" },
	{ DUTY_DEPUTIES, "alliance", ANY, "SA-D2.5" },
	{ DUTY_CONSULTATION, "compact", ANY, "SC-consult" },
	{ DUTY_FUNDING, "compact", ANY, "SC-contract" },
	{ DUTY_FUNDING, "framework", ANY, "MS-3.4.2" },
	{ DUTY_GRANT, "compact", ANY, "SC-contract" },
	{ DUTY_GRANT, "framework", ANY, "MS-3.6.3" },
	{ DUTY_CONTACT, "compact", ANY, "SC-champion" },
	{ DUTY_CONTACT, "framework", ANY, "MS-3.7.1" },
	{ DUTY_CONTACT, "pact", ANY, "TP-5" },
	{ DUTY_PLAN, "compact", ANY, "SC-plan" },
	{ DUTY_MILESTONE, "framework", ANY, "MS-5" },
	{ DUTY_MILESTONE, "alliance", ANY, "SA-7.1" },
	{ DUTY_SELF_ASSESSMENT, "framework", ANY, "MS-5" },
	{ DUTY_ASSESSMENT_RATED, "framework", ANY, "MS-2-eval" },
	{ DUTY_REPRESENTATION, "pact", ANY, "TP-2a" },
	{ DUTY_DISPUTE, "alliance", ANY, "SA-12" },
	{ DUTY_DISPUTE, "compact", ANY, "SC-resolve-1" },
	{ DUTY_DISPUTE_DUE, "compact", ANY, "SC-resolve-2" },
	/* Issue 16: the rest of the catalogue. */
	{ DUTY_FIRST_MEETING_CHAIR, "alliance", ANY, "SA-7.2" },
	{ DUTY_TERM_ENDED, "alliance", ANY, "SA-9.1" },
	{ DUTY_TRAINING, "alliance", ANY, "SA-D3.6" },
	{ DUTY_AGREEMENT_TERM, "compact", ANY, "SC-term" },
	{ DUTY_MEETING_REPORT, "compact", GK_PARTNERSHIP, "SC-report" },
	{ DUTY_UNELECTED, "alliance", ANY, "SA-9.1" },
	{ DUTY_ELECTING_FORUM, "alliance", ANY, "SA-9.2" },
	{ DUTY_COORD_MAKEUP, "alliance", GK_COORDINATION, "SA-5.8" },
	{ DUTY_JOINT_FORUMS, "alliance", ANY, "SA-5.4" },
	{ DUTY_CONVENED, "alliance", ANY, "SA-5.5" },
	{ DUTY_SUBSIDIARITY, "alliance", GK_COORDINATION, "SA-5.7" },
	{ DUTY_TIMETABLE, "alliance", GK_LOCAL_FORUM, "SA-6.2-timetable" },
	/* SA-D2.3 (tokenistic representation declined) is a reason under
	 * SA-D2.2's record of each invitation. */
	{ DUTY_INVITATION, "alliance", ANY, "SA-D2.2" },
	{ DUTY_REP_FEEDBACK, "alliance", ANY, "SA-D2.7" },
	{ DUTY_BOARD_REPS, "framework", ANY, "MS-board-reps" },
	{ DUTY_WG_MAKEUP, "leaders-group", GK_WORKING_GROUP, "MC-wg" },
	{ DUTY_REMIT, "alliance", ANY, "SA-5.3" },
};

/* The setting an officer writes to hold an arrangement to a duty its
 * agreement does not state; NULL where there is none. */
static const char *const rules_duty_setting[DUTY__MAX] = {
	[DUTY_PACE] = "meetings.min_per_year",
	[DUTY_GAP] = "meetings.max_gap_days",
	[DUTY_AGENDA_NOTICE] = "agenda.notice_days",
	[DUTY_NOTES_DUE] = "notes.due_days",
	[DUTY_ABSENCE] = "attendance.absences_flag",
	[DUTY_CONSULTATION] = "consultation.min_weeks",
	[DUTY_FUNDING] = "funding.min_years",
	[DUTY_GRANT] = "funding.min_years",
	[DUTY_SELF_ASSESSMENT] = "commitments.self_assessment",
	[DUTY_ASSESSMENT_RATED] = "commitments.self_assessment",
	[DUTY_DISPUTE_DUE] = "dispute.resolution_weeks",
	[DUTY_TRAINING] = "representatives.training_missed_flag",
	[DUTY_AGREEMENT_TERM] = "arrangement.term_ends",
};

const char *
rules_id(const struct constitution *c, enum duty duty, int gkind)
{
	const char	*kind = constitution_text(c, "arrangement.kind");
	const char	*key;
	const struct cs_setting *s;
	char		 full[96];
	size_t		 i;

	if (duty < 0 || duty >= DUTY__MAX)
		return NULL;
	for (i = 0; i < sizeof(rules_owner) / sizeof(rules_owner[0]); i++)
		if (rules_owner[i].duty == duty && kind != NULL &&
		    strcmp(rules_owner[i].arrangement, kind) == 0 &&
		    (rules_owner[i].gkind == ANY ||
		    rules_owner[i].gkind == gkind))
			return rules_owner[i].id;
	if ((key = rules_duty_setting[duty]) == NULL)
		return NULL;
	s = constitution_setting(key);
	if (s == NULL && gkind >= 0 && gkind < GK__MAX) {
		/* A per-kind setting: the group's own line. */
		snprintf(full, sizeof(full), "%s.%s", key,
		    group_kind_names[gkind]);
		return constitution_writes(c, full) &&
		    constitution_int(c, full) > 0 ? key : NULL;
	}
	if (s == NULL || !constitution_writes(c, key))
		return NULL;
	if (s->type == CS_INT && constitution_int(c, key) <= 0)
		return NULL;
	if (s->type == CS_ENUM && strcmp(constitution_text(c, key),
	    "none") == 0)
		return NULL;
	return key;
}
