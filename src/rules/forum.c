/*
 * Rules of forums, chairs, representatives and an agreement's term.
 * Pure: no I/O, no clock.  See forum.h.
 */
#include <string.h>

#include "date.h"
#include "forum.h"

/* SA-7.2: a new group selects its chair at its first meeting. */
int
rules_first_meeting_chair(const struct constitution *c, int kind,
    int first, const struct chair_term *terms, size_t n)
{
	const char	*how;
	size_t		 i;

	if (kind < 0 || kind >= GK__MAX || first < 0)
		return 0;
	how = constitution_kind_text(c, "chair.selection", kind);
	if (how == NULL || strcmp(how, "first-meeting") != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (!terms[i].interim && terms[i].start >= 0 &&
		    terms[i].start <= first &&
		    (terms[i].end < 0 || terms[i].end >= first))
			return 0;
	return 1;
}

/* SA-9.1, App. C: the term of office. */
int
rules_term_holds(int start, int end, int today)
{
	if (start >= 0 && today < start)
		return 0;
	return end < 0 || today <= end;
}

/* SA-D2.8: stepped back, temporarily or for good. */
int
rules_stepped_back(int from, int until, int permanent, int today)
{
	if (today < from)
		return 0;
	return permanent || until < 0 || today <= until;
}

/* SA-D3.6: persistent non-engagement with induction and training. */
int
rules_training_disengaged(const struct constitution *c, const int *attended,
    size_t n, int *run)
{
	int count = 0, limit;

	while (n > 0 && !attended[n - 1]) {
		count++;
		n--;
	}
	if (run != NULL)
		*run = count;
	limit = constitution_int(c, "representatives.training_missed_flag");
	return limit > 0 && count >= limit;
}

/* SC-term: the Compact runs 2014-2018 unless renewed. */
int
rules_term_lapsed(const struct constitution *c, int renewed_until,
    int today, int *ended)
{
	const char	*v = constitution_text(c, "arrangement.term_ends");
	int		 end;

	if (v == NULL || strcmp(v, "none") == 0 || date_parse(v, &end) != 0)
		return 0;
	if (renewed_until > end)
		end = renewed_until;
	if (ended != NULL)
		*ended = end;
	return today > end;
}

/* SA-9.1: elected by the relevant forum and by no other means. */
int
rules_elected_seat_unelected(int elected, int interim, int by_election,
    int reason)
{
	return elected && !interim && !by_election && !reason;
}

/* SA-9.2: the co-ordination group decides which forum elects. */
int
rules_electing_forum_unsettled(int elected, int has_group)
{
	return elected && !has_group;
}

/* SA-5.8: three chairs, two infrastructure organisations, co-opted. */
int
rules_coordination_member_out_of_place(int chair_org, int infra,
    int coopted, int associate)
{
	return !chair_org && !infra && !coopted && !associate;
}

/* SA-5.4, SA-5.5: who formed a group, or convened it. */
enum origin_gap
rules_group_origin(int kind, int forums, int convened)
{
	if (kind == GK_JOINT)
		return forums >= 2 ? ORIGIN_OK : ORIGIN_JOINT_FORUMS;
	if ((kind == GK_THEMATIC || kind == GK_TASK) && forums == 0 &&
	    !convened)
		return ORIGIN_NOT_CONVENED;
	return ORIGIN_OK;
}

/* TP-5: named officers from each partner agency; SC-champion: from
 * every signatory. */
int
rules_named_contact_asked(const char *kind, const char *sector)
{
	if (kind != NULL && strcmp(kind, "officer") == 0)
		return sector == NULL || strcmp(sector, "vcse") != 0;
	return 1;
}

/* SA-D2.2, SA-D2.3: accepted with the person, or declined with why. */
enum invitation_check
rules_invitation_decision(int accepted, int person_given, int reason_given,
    int tokenistic)
{
	if (accepted && tokenistic)
		return INVITE_TOKENISTIC;
	if (accepted && !person_given)
		return INVITE_NO_PERSON;
	if (!accepted && !reason_given && !tokenistic)
		return INVITE_NO_REASON;
	return INVITE_OK;
}

/* SA-5.7: subsidiarity to the local forums, or a reason to keep it. */
int
rules_request_misrouted(int to_local_forum, int kept_reason)
{
	return !to_local_forum && !kept_reason;
}
