/*
 * What each of the officers' partners forms asks for, in the form's
 * own terms (pages_partners_needs.c), for pages_partners.c: checked
 * before core is asked, so that every field at fault is named at once
 * and linked to its field, with what was typed kept (#17).  Core still
 * checks everything it is given.
 */
#ifndef WEB_PAGES_PARTNERS_H
#define WEB_PAGES_PARTNERS_H

struct req;

enum need_kind { NEED_TEXT, NEED_DATE, NEED_DATE_OPT, NEED_YEAR };
struct need {
	const char	*field;
	enum need_kind	 kind;
	const char	*words;	/* text: the message; dates: what it is */
};

extern const struct need contact_needs[], plan_needs[], progress_needs[],
    milestone_needs[], influence_needs[], partnership_needs[],
    funding_needs[], aim_needs[], consult_needs[], feedback_needs[];

/* Adds every field of needs at fault (page_err_add). */
void needs_check(struct req *, const struct need *);

/* The tables' columns (pages_partners_cols.c); the public's show no
 * contact's start nor an action's number, and spend is by partner. */
struct page_cols;
extern const struct page_cols cols_contact, cols_contact_public, cols_plan,
    cols_plan_public, cols_milestone, cols_influence, cols_partnership,
    cols_funding, cols_consult, cols_spend;

#endif
