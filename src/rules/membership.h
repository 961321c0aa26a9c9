/*
 * Membership rules: kinds, the status life-cycle, the declaration, the
 * rights of each kind.  Pure functions of the constitution and facts.
 */
#ifndef RULES_MEMBERSHIP_H
#define RULES_MEMBERSHIP_H

#include <stddef.h>

#include "constitution.h"

enum memb_kind { MK_FULL, MK_ASSOCIATE, MK_COOPTED, MK_GUEST, MK__MAX };
enum memb_status {
	MS_PENDING, MS_ACTIVE, MS_SUSPENDED, MS_UNDER_NOTICE, MS_RESIGNED,
	MS_TERMINATED, MS_WITHDRAWN, MS__MAX
};
enum sector { SECTOR_VCSE, SECTOR_PUBLIC, SECTOR_PRIVATE, SECTOR__MAX };

extern const char *const memb_kind_names[MK__MAX];
extern const char *const memb_status_names[MS__MAX];
extern const char *const sector_names[SECTOR__MAX];
/* Each returns the enum value, or -1 if name is not one. */
int memb_kind_parse(const char *name);
int memb_status_parse(const char *name);
int sector_parse(const char *name);

/*
 * SA-3.1-full, SA-3.1-assoc: may an organisation of this sector hold a
 * membership of this kind?  0 if so; else -1 with why filled.
 */
int rules_kind_allowed(const struct constitution *, enum memb_kind,
    enum sector, char *why, size_t whysz);
/*
 * MC-criteria: a group of a kind may take full members of some sectors
 * only (membership.group_sectors.KIND; the Leaders Group is VCSE).  0
 * if so or none is written; else -1 with why filled.
 */
int rules_group_sectors(const struct constitution *, enum group_kind,
    enum memb_kind, enum sector, char *why, size_t whysz);

/*
 * May a membership move from one status to another?  0 if so; else -1
 * with why filled.  Ended statuses (resigned, terminated, withdrawn)
 * are final.
 */
int rules_status_change(enum memb_status from, enum memb_status to,
    char *why, size_t whysz);

/* The facts of an electronic declaration (SA-15.1). */
struct declaration_facts {
	const char	*name;		/* who signs */
	const char	*role;		/* their role in the organisation */
	const char	*organisation;
	const char	*date;		/* YYYY-MM-DD */
	int		 authority;	/* confirms authority to sign */
};

/*
 * SA-3.2, SA-15.1, SC-partners: returns NULL when the declaration has
 * every field the constitution requires, else the name of the first
 * missing one ("role", "confirmation of authority"...).
 */
const char *rules_declaration_missing(const struct constitution *,
    const struct declaration_facts *);

/*
 * SA-3.1-full, SA-3.1-assoc, SA-13.2, SA-14.1: may a member of this kind
 * and status vote?  Associates and guests never; suspended, pending and
 * ended memberships not.
 */
int rules_may_vote(enum memb_kind, enum memb_status);

/*
 * SA-3.1-assoc, SA-E1: may a person whose organisation holds this
 * membership be chair, vice-chair or representative?  Only a full
 * member in good standing.
 */
int rules_may_hold_office(enum memb_kind, enum memb_status);

/* SA-14.1: the last day of notice given on day given_on. */
int rules_notice_end(const struct constitution *, int given_on);

/*
 * MC-criteria: counts the constitution's criteria that have no evidence
 * in have[0..nhave).  Writes up to max missing names into missing.
 */
size_t rules_criteria_gaps(const struct constitution *,
    const char *const *have, size_t nhave, const char **missing,
    size_t max);

#endif
