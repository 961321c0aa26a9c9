/*
 * papers: the documents of a group or a meeting (agenda papers,
 * reports, briefings), each with its visibility (SA-11.1): information
 * shared in the Alliance is for members unless it is marked for
 * sharing.  A read answers for its viewer: the public sees only the
 * papers marked public.
 */
#include <stdio.h>
#include <string.h>

#include "core.h"
#include "core_int.h"
#include "own.h"
#include "store/store.h"

int
core_int_visibility(struct core *c, const char *vis)
{
	if (strcmp(vis, "members") == 0 || strcmp(vis, "public") == 0)
		return CORE_OK;
	return core_fail(c, CORE_EINVAL, "visibility", "visibility '%s' is "
	    "not accepted; expected members or public", vis);
}

int
core_paper_add(struct core *c, const struct paper_in *in, int64_t *id)
{
	struct rec_meeting	 m;
	struct rec_group	 g = { 0 };
	const char	*kind = text_blank(in->kind) ? "other" : in->kind;
	const char	*vis = text_blank(in->visibility) ? "members" :
			    in->visibility;
	int		 rc;

	memset(&m, 0, sizeof(m));
	if (strcmp(kind, "agenda-paper") != 0 && strcmp(kind, "report") != 0 &&
	    strcmp(kind, "briefing") != 0 && strcmp(kind, "other") != 0)
		return core_fail(c, CORE_EINVAL, "kind", "kind '%s' is not "
		    "accepted; expected agenda-paper, report, briefing or "
		    "other", kind);
	/* SA-11.1: members-only unless marked for sharing. */
	if ((rc = core_int_visibility(c, vis)) ||
	    (rc = core_int_text(c, "title", in->title, 1, 300)) ||
	    (rc = core_int_text(c, "link", in->link, 0, 2000)) ||
	    (rc = core_int_body(c, "text", in->body, 0, 200000)))
		return rc;
	if (text_blank(in->link) && text_blank(in->body))
		return core_fail(c, CORE_EINVAL, "link", "a paper needs its "
		    "text (--text) or a link to it (--link)");
	if (in->meeting == 0 && text_blank(in->group))
		return core_fail(c, CORE_EINVAL, "meeting", "name the meeting "
		    "(--meeting) or the group (--group) the paper is for");
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((in->meeting != 0 && (rc = core_int_meeting(c, in->meeting, &m))) ||
	    (in->meeting == 0 && (rc = core_int_find_group(c, in->group,
	    &g))))
		goto out;
	rc = store_exec(c->st, STMT_PAPER_INSERT, "lnnsssssss", c->arr,
	    g.id, in->meeting, in->title, kind, vis,
	    text_given(in->link),
	    text_given(in->body), c->today, c->actor);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "recording the paper");
		goto out;
	}
	*id = store_last_id(c->st);
	rc = core_auditf(c, "paper.add", "paper", *id, "{s:s, s:s, s:s, s:I}",
	    "title", in->title, "kind", kind, "visibility", vis, "meeting",
	    (long long)in->meeting);
out:
	rec_meeting_free(&m);
	rec_group_clear(&g);
	return core_end(c, rc);
}

int
core_paper_list(struct core *c, const struct viewer *v, int64_t meeting,
    struct rec_paper_list *out)
{
	int rc;

	/* SA-11.1: whoever is not a member sees only what is public. */
	rc = store_paper_list(c->st, c->arr, meeting, !viewer_is_member(v),
	    out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the papers");
}
