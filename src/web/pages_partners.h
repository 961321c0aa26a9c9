/*
 * The fields of each of the officers' partners forms, each said once
 * (pages_partners_fields.c): how the form shows it, and what it needs,
 * checked before core is asked so that every field at fault is named at
 * once and linked to its field, with what was typed kept (#17).  Core
 * still checks everything it is given.
 */
#ifndef WEB_PAGES_PARTNERS_H
#define WEB_PAGES_PARTNERS_H

#include "web.h"

enum need_kind { NEED_NONE, NEED_TEXT, NEED_DATE, NEED_DATE_OPT, NEED_YEAR };
struct area_field {
	/* As the form shows it; FIELD_SELECT: the records' choices,
	 * filled per request. */
	struct form_field	 shown;
	enum need_kind		 need;
	/* A text's message when left empty; what a date or year is. */
	const char		*words;
};

extern const struct area_field contact_fields[], plan_fields[],
    progress_fields[], milestone_fields[], influence_fields[],
    partnership_fields[], funding_fields[], aim_fields[], consult_fields[],
    feedback_fields[];

/* Adds every field at fault (page_err_add). */
void needs_check(struct req *, const struct area_field *);

/* The tables' columns (pages_partners_cols.c); the public's show no
 * contact's start nor an action's number, and spend is by partner. */
struct page_cols;
extern const struct page_cols cols_contact, cols_contact_public, cols_plan,
    cols_plan_public, cols_milestone, cols_influence, cols_partnership,
    cols_funding, cols_consult, cols_spend;

#endif
