/*
 * The public recount: every ballot counted in an election, by its
 * receipt, so that anyone can recount and each voter can find their
 * own.  Nothing here names a voter: the receipts were sealed with the
 * ballots and shuffled at the count.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "web.h"

void
page_election_receipts(struct req *r)
{
	static const char *const heads[] = { "Receipt", "Vote" };
	struct html		*h = &r->body;
	struct election_view	 v;
	struct viewer		 vw;
	const char		*cells[2];
	char			 title[160];
	size_t			 i;
	int64_t			 id = web_int(r, "id");

	viewer_of_who(&vw, &r->who);
	if (id <= 0 || core_election_get(r->c, &vw, id, &v) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "election.");
		return;
	}
	snprintf(title, sizeof(title), "Counted ballots: election %lld",
	    (long long)id);
	page_begin(r, title);
	html_fmt(h, "<h1 class=\"govuk-heading-l\">Counted ballots</h1>\n"
	    "<p class=\"govuk-body-l\">%s of %s, round %lld</p>\n",
	    v.e.position != NULL ? v.e.position : WEB_S(v.e.office),
	    WEB_S(v.e.group_name), (long long)v.e.round);
	if (!v.results)
		html_raw(h, "<p class=\"govuk-body\">The ballots are published "
		    "here, each by its receipt, once they are counted.</p>\n");
	else {
		html_fmt(h, "<p class=\"govuk-body\">Every ballot counted, by "
		    "its receipt: %zu in all. Anyone can recount them; a "
		    "voter finds their own by the receipt they were given "
		    "when they voted. No list links a receipt to a voter."
		    "</p>\n", v.ballots.n);
		/* The rows of the table: receipts and choices, no voter. */
		if (page_grid_begin(r, "Ballots by receipt", 0, heads, 2,
		    v.ballots.n)) {
			for (i = 0; i < v.ballots.n; i++) {
				cells[0] = WEB_S(v.ballots.v[i].receipt);
				cells[1] = WEB_S(v.ballots.v[i].candidate);
				page_grid_row(r, heads, cells, 2);
			}
			page_grid_end(r);
		}
	}
	page_end(r);
	election_view_free(&v);
}
