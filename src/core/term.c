/*
 * term: an agreement's term and its renewals (SC-term), and each
 * meeting's report into the body it reports to (SC-report).
 */
#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "rules/date.h"
#include "rules/forum.h"
#include "store/store.h"

/* The setting's date, or NULL where the agreement states none. */
static const char *
term_day(struct core *c, const char *key)
{
	const char *v = constitution_text(&c->cons, key);

	return v == NULL || strcmp(v, "none") == 0 ? NULL : v;
}

int
core_term_renew(struct core *c, const char *on, const char *until,
    const char *decided_by, int64_t *id)
{
	char	day[DATE_LEN], to[DATE_LEN] = "";
	int	rc;

	if (term_day(c, "arrangement.term_ends") == NULL)
		return core_fail(c, CORE_EINVAL, "arrangement", "this "
		    "arrangement's agreement states no term "
		    "(arrangement.term_ends = none), so there is none to "
		    "renew");
	if ((rc = core_int_date(c, "date", on, day)) != CORE_OK ||
	    (!text_blank(until) &&
	    (rc = core_int_date(c, "until", until, to)) != CORE_OK) ||
	    (rc = core_int_text(c, "decided-by", decided_by, 1, 300)))
		return rc;
	if (to[0] != '\0' && strcmp(to, day) <= 0)
		return core_fail(c, CORE_EINVAL, "until", "the renewed term "
		    "ends (%s) on or before the day it was renewed (%s); "
		    "expected a later date", to, day);
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_TERM_RENEW_INSERT, "lsssss", c->arr, day,
	    to[0] != '\0' ? to : NULL, decided_by, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the renewal");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "term.renew", "term_renewal", *id,
	    "{s:s, s:s?, s:s}", "renewed_on", day, "until", to[0] != '\0' ?
	    to : NULL, "decided_by", decided_by);
out:
	return core_end(c, rc);
}

void
term_view_free(struct term_view *t)
{
	rec_renewal_list_free(&t->renewals);
	memset(t, 0, sizeof(*t));
}

int
core_term_show(struct core *c, struct term_view *out)
{
	const struct rec_renewal	*r;
	const char			*ends = term_day(c, "arrangement.term_ends");
	const char			*starts = term_day(c,
					    "arrangement.term_starts");
	const char			*runs = ends;
	size_t				 i;
	int				 rc, until = -1, today, open = 0, last;

	memset(out, 0, sizeof(*out));
	rc = store_renewal_list(c->st, c->arr, &out->renewals);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the renewals");
	/* SC-term: the latest end of the term or of a renewal. */
	for (i = 0; i < out->renewals.n; i++) {
		r = &out->renewals.v[i];
		if (r->until == NULL)
			open = 1;
		else if (date_parse(r->until, &last) == 0 && last > until) {
			until = last;
			if (runs == NULL || strcmp(r->until, runs) > 0)
				runs = r->until;
		}
	}
	if (ends != NULL && !open && date_parse(c->today, &today) == 0)
		out->lapsed = rules_term_lapsed(&c->cons, until, today, NULL);
	snprintf(out->starts, sizeof(out->starts), "%s", starts != NULL ?
	    starts : "");
	snprintf(out->ends, sizeof(out->ends), "%s", ends != NULL ? ends :
	    "");
	snprintf(out->runs_to, sizeof(out->runs_to), "%s", !open &&
	    runs != NULL ? runs : "");
	return CORE_OK;
}

int
core_meeting_report(struct core *c, int64_t meeting, const char *to,
    const char *on, const char *summary, int64_t *id)
{
	struct rec_meeting	 m;
	const char		*body = to;
	char			 day[DATE_LEN];
	int			 rc, kind;

	memset(&m, 0, sizeof(m));
	if ((rc = core_int_date(c, "date", on, day)) != CORE_OK ||
	    (rc = core_int_text(c, "to", to, 0, 300)) != CORE_OK ||
	    (rc = core_int_body(c, "summary", summary, 1, 20000)) != CORE_OK)
		return rc;
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_meeting(c, meeting, &m)) != CORE_OK)
		goto out;
	/* SC-report: the body the meeting's kind reports into. */
	kind = group_kind_parse(m.group_kind);
	if (text_blank(body) && kind >= 0)
		body = constitution_kind_text(&c->cons, "meetings.reports_to",
		    kind);
	if (text_blank(body) || strcmp(body, "none") == 0) {
		rc = core_fail(c, CORE_EINVAL, "to", "name the body the "
		    "meeting reports to (--to); the constitution names none "
		    "for this group (meetings.reports_to)");
		goto out;
	}
	if (strcmp(day, m.day) < 0) {
		rc = core_fail(c, CORE_EINVAL, "date", "the report (%s) is "
		    "dated before the meeting (%s); expected the meeting's "
		    "day or later", day, m.day);
		goto out;
	}
	rc = store_exec(c->st, STMT_MREPORT_INSERT, "lsssss", meeting, body,
	    day, summary, c->actor, c->now);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the report");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "meeting.report", "meeting", meeting,
	    "{s:I, s:s, s:s}", "meeting", (long long)meeting, "to", body,
	    "reported_on", day);
out:
	rec_meeting_free(&m);
	return core_end(c, rc);
}

int
core_meeting_reports(struct core *c, struct rec_mreport_list *out)
{
	int rc = store_mreport_list(c->st, c->arr, out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the reports");
}
