/*
 * Personal data (privacy.c): a person's access request (export),
 * erasure, restriction of processing and retention, on typed records
 * (store/rec_auth.h); render/json_auth.c makes their JSON.
 */
#ifndef CORE_PRIVACY_H
#define CORE_PRIVACY_H

#include <stdint.h>

#include "store/rec_auth.h"

struct core;

#ifndef WUR
#define WUR __attribute__((warn_unused_result))
#endif

/* The sections of an access request, in the order it gives them. */
enum export_section {
	EXP_ROLES, EXP_DECLS, EXP_NOMS, EXP_OFFICES, EXP_POSITIONS,
	EXP_INTERESTS, EXP_OTHER, EXP_TRAINING, EXP_INVITATIONS,
	EXP_STEPBACKS, EXP_ACCOUNT, EXP_FAILS, EXP_MAIL, EXP_AUDIT,
	EXP__MAX
};
extern const char *const export_section_names[EXP__MAX];

/* Everything held about a person: who exported it, when, for whom. */
struct person_export {
	char			*exported_at;
	char			*exported_by;
	char			*controller;
	struct rec_priv_person	 person;
	struct rec_table	 sections[EXP__MAX];
};
void person_export_free(struct person_export *);

/* Everything held about a person (ref: number, email or name). */
int core_person_export(struct core *, const char *ref,
    struct person_export *) WUR;
/*
 * Erases what the law lets go and keeps the governance record under
 * the placeholder "Erased person N".  *out: what was done (the caller
 * frees it with rec_erasure_free).
 */
int core_person_erase(struct core *, const char *ref,
    struct rec_erasure *out) WUR;
/* Restricts processing (lift: ends the restriction). */
int core_person_restrict(struct core *, const char *ref, int lift) WUR;

/* What retention removed: sign-in records, messages, audit details. */
struct retention {
	int64_t	 signin;
	int64_t	 mail;
	int64_t	 audit;
};
/*
 * Removes sign-in records, outbox mail and names in audit details
 * older than the constitution's retention settings.  *out: counts.
 */
int core_retention_apply(struct core *, struct retention *out) WUR;

#endif
