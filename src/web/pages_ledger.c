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
	static const char *const cols[] = { "receipt", "candidate", NULL };
	static const char *const heads[] = { "Receipt", "Vote" };
	struct html	*h = &r->body;
	json_t		*e = NULL, *box;
	char		 title[160];
	int64_t		 id = web_int(r, "id");

	if (id <= 0 || core_election_get(r->c, id, &e) != CORE_OK) {
		page_error(r, 404, "Page not found", "There is no such "
		    "election.");
		return;
	}
	snprintf(title, sizeof(title), "Counted ballots: election %lld",
	    (long long)id);
	page_begin(r, title);
	html_fmt(h, "<h1 class=\"govuk-heading-l\">Counted ballots</h1>\n"
	    "<p class=\"govuk-body-l\">%s of %s, round %lld</p>\n",
	    *web_str(e, "position") ? web_str(e, "position") :
	    web_str(e, "office"), web_str(e, "group_name"),
	    web_num(e, "round"));
	box = json_object_get(e, "ballots");
	if (!json_is_array(box))
		html_raw(h, "<p class=\"govuk-body\">The ballots are published "
		    "here, each by its receipt, once they are counted.</p>\n");
	else {
		html_fmt(h, "<p class=\"govuk-body\">Every ballot counted, by "
		    "its receipt: %zu in all. Anyone can recount them; a "
		    "voter finds their own by the receipt they were given "
		    "when they voted. No list links a receipt to a voter."
		    "</p>\n", json_array_size(box));
		page_table(r, "Ballots by receipt", box, cols, heads);
	}
	page_end(r);
	json_decref(e);
}
