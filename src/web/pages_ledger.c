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

static const char *const ballot_heads[] = { "Receipt", "Vote" };

static void
ballot_cells(const void *p, struct page_cell *c)
{
	const struct rec_ballot *b = p;

	c[0] = CELL_T(b->receipt);
	c[1] = CELL_T(b->candidate);
}
static const struct page_cols ballot_cols = { ballot_heads, 2,
    ballot_cells };

void
page_election_receipts(struct req *r)
{
	struct html		*h = &r->body;
	struct election_view	 v;
	struct viewer		 vw;
	char			 title[160];
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
		PAGE_TABLE(r, "Ballots by receipt", &ballot_cols, &v.ballots);
	}
	page_end(r);
	election_view_free(&v);
}
