/*
 * paging: long lists a page at a time, in the pages (GOV.UK's
 * pagination component, ?page=N) and in the API (?page=N&limit=N).  A
 * page or limit that is not a whole number in range is refused with a
 * 400 naming it; a page past the last is a 404 that names the last
 * (page 1 of an empty list is a page, with nothing on it).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules/parse.h"
#include "web.h"

#define PAGE_MAX	1000000	/* no list is longer than this many pages */

/* ?name= as a whole number from 1 to max, or dflt when absent. */
static int
number(struct req *r, const char *name, int64_t dflt, int64_t max,
    int64_t *out, char *msg, size_t msgsz)
{
	const char	*v = web_query(r, name);
	size_t		 n;

	*out = dflt;
	if (v == NULL)
		return 0;
	n = strlen(v);
	if (v[0] == '0' || parse_int(v, 1, max, out) != 0) {
		snprintf(msg, msgsz, "%s must be a whole number from 1 to "
		    "%lld, such as %s=2; '%.40s%s' is not accepted", name,
		    (long long)max, name, v, n > 40 ? "..." : "");
		*out = dflt;
		return -1;
	}
	return 0;
}

int
web_paging(struct req *r, int64_t size, int64_t max_limit, struct paging *p,
    char *msg, size_t msgsz)
{
	memset(p, 0, sizeof(*p));
	p->size = size;
	snprintf(p->field, sizeof(p->field), "page");
	if (number(r, "page", 1, PAGE_MAX, &p->page, msg, msgsz) != 0)
		return -1;
	if (max_limit > 0) {
		snprintf(p->field, sizeof(p->field), "limit");
		if (number(r, "limit", size, max_limit, &p->size, msg,
		    msgsz) != 0)
			return -1;
		snprintf(p->field, sizeof(p->field), "page");
	}
	return 0;
}

int
web_paging_total(struct paging *p, int64_t total, char *msg, size_t msgsz)
{
	p->total = total;
	p->pages = total > 0 ? (total + p->size - 1) / p->size : 1;
	if (p->page <= p->pages)
		return 0;
	snprintf(msg, msgsz, "there is no page %lld: the list has %lld "
	    "page%s", (long long)p->page, (long long)p->pages,
	    p->pages == 1 ? "" : "s");
	return -1;
}

/* One numbered link of the component. */
static void
item(struct req *r, const char *path, int64_t n, int64_t current)
{
	/* html_fmt escapes each %s: the markup that differs is chosen
	 * whole. */
	if (n == current)
		html_fmt(&r->body, "<li class=\"govuk-pagination__item govuk-"
		    "pagination__item--current\"><a class=\"govuk-link govuk-"
		    "pagination__link\" href=\"%s?page=%lld\" aria-label=\""
		    "Page %lld\" aria-current=\"page\">%lld</a></li>\n", path,
		    (long long)n, (long long)n, (long long)n);
	else
		html_fmt(&r->body, "<li class=\"govuk-pagination__item\"><a "
		    "class=\"govuk-link govuk-pagination__link\" href=\"%s?"
		    "page=%lld\" aria-label=\"Page %lld\">%lld</a></li>\n",
		    path, (long long)n, (long long)n, (long long)n);
}

void
page_pagination(struct req *r, const char *path, const struct paging *p)
{
	int64_t n, last = 0;

	if (p->pages <= 1)
		return;
	html_raw(&r->body, "<nav class=\"govuk-pagination\" aria-label=\""
	    "Pagination\">\n");
	if (p->page > 1)
		html_fmt(&r->body, "<div class=\"govuk-pagination__prev\"><a "
		    "class=\"govuk-link govuk-pagination__link\" href=\"%s?page="
		    "%lld\" rel=\"prev\"><svg class=\"govuk-pagination__icon "
		    "govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/"
		    "2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" "
		    "focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938"
		    "-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-"
		    "3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path>"
		    "</svg><span class=\"govuk-pagination__link-title\">Previous"
		    "<span class=\"govuk-visually-hidden\"> page</span></span>"
		    "</a></div>\n", path, (long long)(p->page - 1));
	html_raw(&r->body, "<ul class=\"govuk-pagination__list\">\n");
	/* The first, the last, and the current with its neighbours; an
	 * ellipsis for each gap (as GOV.UK's pattern shows them). */
	for (n = 1; n <= p->pages; n++) {
		if (n != 1 && n != p->pages && (n < p->page - 1 ||
		    n > p->page + 1))
			continue;
		if (last != 0 && n > last + 1)
			html_raw(&r->body, "<li class=\"govuk-pagination__item "
			    "govuk-pagination__item--ellipsis\">&ctdot;</li>\n");
		item(r, path, n, p->page);
		last = n;
	}
	html_raw(&r->body, "</ul>\n");
	if (p->page < p->pages)
		html_fmt(&r->body, "<div class=\"govuk-pagination__next\"><a "
		    "class=\"govuk-link govuk-pagination__link\" href=\"%s?page="
		    "%lld\" rel=\"next\"><span class=\"govuk-pagination__link-"
		    "title\">Next<span class=\"govuk-visually-hidden\"> page"
		    "</span></span><svg class=\"govuk-pagination__icon govuk-"
		    "pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg"
		    "\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable"
		    "=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-"
		    "1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 "
		    "1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>"
		    "</a></div>\n", path, (long long)(p->page + 1));
	html_raw(&r->body, "</nav>\n");
}

/* "Showing 26 to 50 of 2,000 members": where this page lies. */
void
page_paging_summary(struct req *r, const struct paging *p, const char *what)
{
	int64_t from = (p->page - 1) * p->size + 1, to = p->page * p->size;

	if (to > p->total)
		to = p->total;
	if (p->total == 0)
		return;
	html_fmt(&r->body, "<p class=\"govuk-body\">Showing %lld to %lld of "
	    "%lld %s.</p>\n", (long long)from, (long long)to,
	    (long long)p->total, what);
}

/* A page past the last: 404, with a link to the last page. */
void
page_past_the_end(struct req *r, const char *path, const struct paging *p)
{
	html_free(&r->body);
	r->status = 404;
	r->type = "text/html; charset=utf-8";
	page_begin(r, "Page not found");
	html_fmt(&r->body, "<h1 class=\"govuk-heading-l\">Page not found</h1>"
	    "\n<p class=\"govuk-body\">There is no page %lld of this list. It "
	    "has %lld page%s.</p>\n<p class=\"govuk-body\"><a class=\"govuk-"
	    "link\" href=\"%s?page=%lld\">Go to the last page</a></p>\n",
	    (long long)p->page, (long long)p->pages, p->pages == 1 ? "" : "s",
	    path, (long long)p->pages);
	page_end(r);
}
