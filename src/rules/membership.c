/*
 * Membership rules (SA-3, SA-13, SA-14, SA-15, MC-criteria).
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "membership.h"
#include "text.h"

const char *const memb_kind_names[MK__MAX] = {
	"full", "associate", "co-opted", "guest",
};
const char *const memb_status_names[MS__MAX] = {
	"pending", "active", "suspended", "under notice", "resigned",
	"terminated", "withdrawn",
};
const char *const sector_names[SECTOR__MAX] = {
	"vcse", "public", "private",
};

static int
name_parse(const char *const *names, int n, const char *name)
{
	int i;

	for (i = 0; name != NULL && i < n; i++)
		if (strcasecmp(names[i], name) == 0)
			return i;
	return -1;
}

int
memb_kind_parse(const char *name)
{
	return name_parse(memb_kind_names, MK__MAX, name);
}

int
memb_status_parse(const char *name)
{
	/* "under-notice" is accepted for the command line. */
	if (name != NULL && strcasecmp(name, "under-notice") == 0)
		return MS_UNDER_NOTICE;
	return name_parse(memb_status_names, MS__MAX, name);
}

int
sector_parse(const char *name)
{
	if (name != NULL && (strcasecmp(name, "voluntary") == 0 ||
	    strcasecmp(name, "vcs") == 0 || strcasecmp(name, "vcfse") == 0))
		return SECTOR_VCSE;
	return name_parse(sector_names, SECTOR__MAX, name);
}

/* "a" or "an" before a word, as English has it. */
static const char *
article(const char *word)
{
	return strchr("aeiou", word[0]) != NULL && word[0] != '\0' ?
	    "an" : "a";
}

int
rules_kind_allowed(const struct constitution *c, enum memb_kind kind,
    enum sector sector, char *why, size_t whysz)
{
	const char	*kinds[MK__MAX], *sectors[SECTOR__MAX];
	const char	*key;
	char		 list[64] = "";
	size_t		 i, n;

	if (!constitution_list_has(c, "membership.kinds",
	    memb_kind_names[kind])) {
		n = constitution_list(c, "membership.kinds", kinds, MK__MAX);
		for (i = 0; i < n && i < MK__MAX; i++)
			snprintf(list + strlen(list), sizeof(list) -
			    strlen(list), "%s%s", i ? ", " : "", kinds[i]);
		snprintf(why, whysz, "this arrangement has no %s members; "
		    "it accepts %s", memb_kind_names[kind],
		    n ? list : "no kinds (see membership.kinds)");
		return -1;
	}
	if (kind == MK_GUEST || kind == MK_COOPTED)
		return 0;
	/* SA-3.1-full: full members are VCSE; SA-3.1-assoc: associates
	 * are statutory bodies. */
	key = kind == MK_FULL ? "membership.full_sectors" :
	    "membership.associate_sectors";
	if (constitution_list_has(c, key, sector_names[sector]))
		return 0;
	n = constitution_list(c, key, sectors, SECTOR__MAX);
	for (i = 0; i < n && i < SECTOR__MAX; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list),
		    "%s%s", i ? " or " : "", sectors[i]);
	snprintf(why, whysz, "a %s organisation cannot be %s %s member; %s "
	    "members are %s organisations", sector_names[sector],
	    article(memb_kind_names[kind]), memb_kind_names[kind],
	    memb_kind_names[kind], n ? list : "no");
	return -1;
}

int
rules_group_sectors(const struct constitution *c, enum group_kind gk,
    enum memb_kind kind, enum sector sector, char *why, size_t whysz)
{
	const char	*sectors[SECTOR__MAX];
	char		 key[96], list[64] = "";
	size_t		 i, n;

	if (kind != MK_FULL || (int)gk < 0 || gk >= GK__MAX)
		return 0;
	snprintf(key, sizeof(key), "membership.group_sectors.%s",
	    group_kind_names[gk]);
	if ((n = constitution_list(c, key, sectors, SECTOR__MAX)) == 0 ||
	    constitution_list_has(c, key, sector_names[sector]))
		return 0;
	for (i = 0; i < n && i < SECTOR__MAX; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list),
		    "%s%s", i ? " or " : "", sectors[i]);
	snprintf(why, whysz, "a %s organisation cannot be a full member of "
	    "a group of this kind; its full members are %s organisations",
	    sector_names[sector], list);
	return -1;
}

int
rules_status_change(enum memb_status from, enum memb_status to,
    char *why, size_t whysz)
{
	/* allowed[from] is the set of statuses reachable from it. */
	static const unsigned allowed[MS__MAX] = {
		/* SA-3.2: pending becomes active only by the declaration
		 * (core_member_sign), never by a status change. */
		[MS_PENDING] = 1u << MS_WITHDRAWN | 1u << MS_TERMINATED,
		[MS_ACTIVE] = 1u << MS_SUSPENDED | 1u << MS_UNDER_NOTICE |
		    1u << MS_TERMINATED | 1u << MS_WITHDRAWN,
		[MS_SUSPENDED] = 1u << MS_ACTIVE | 1u << MS_UNDER_NOTICE |
		    1u << MS_TERMINATED | 1u << MS_WITHDRAWN,
		[MS_UNDER_NOTICE] = 1u << MS_RESIGNED | 1u << MS_TERMINATED |
		    1u << MS_ACTIVE,
	};

	if (allowed[from] & (1u << to))
		return 0;
	if (from == MS_RESIGNED || from == MS_TERMINATED ||
	    from == MS_WITHDRAWN)
		snprintf(why, whysz, "the membership has ended (%s); a new "
		    "membership must be made", memb_status_names[from]);
	else if (from == to)
		snprintf(why, whysz, "the membership is already %s",
		    memb_status_names[from]);
	else if (to == MS_ACTIVE && from == MS_PENDING)
		snprintf(why, whysz, "a membership becomes active only when "
		    "the agreement is signed");
	else if (from == MS_UNDER_NOTICE)
		snprintf(why, whysz, "a membership cannot become %s while "
		    "under notice", memb_status_names[to]);
	else if (to == MS_UNDER_NOTICE)
		snprintf(why, whysz, "%s %s membership cannot be put under "
		    "notice", article(memb_status_names[from]),
		    memb_status_names[from]);
	else
		snprintf(why, whysz, "%s %s membership cannot become %s",
		    article(memb_status_names[from]), memb_status_names[from],
		    memb_status_names[to]);
	return -1;
}

const char *
rules_declaration_missing(const struct constitution *c,
    const struct declaration_facts *d)
{
	int dummy;

	/* SA-15.1: name, role, organisation, date, authority; the Compact
	 * (SC-partners) asks name, organisation, position, date. */
	if (constitution_list_has(c, "membership.declaration_fields", "name")
	    && text_blank(d->name))
		return "name";
	if (constitution_list_has(c, "membership.declaration_fields", "role")
	    && text_blank(d->role))
		return "role";
	if (constitution_list_has(c, "membership.declaration_fields",
	    "organisation") && text_blank(d->organisation))
		return "organisation";
	if (constitution_list_has(c, "membership.declaration_fields", "date")
	    && (text_blank(d->date) || date_parse(d->date, &dummy) != 0))
		return "date";
	if (constitution_list_has(c, "membership.declaration_fields",
	    "authority") && !d->authority)
		return "confirmation of authority";
	return NULL;
}

int
rules_may_vote(enum memb_kind kind, enum memb_status status)
{
	if (kind == MK_ASSOCIATE || kind == MK_GUEST)
		return 0;
	/* SA-14.1: the agreement applies during notice. */
	return status == MS_ACTIVE || status == MS_UNDER_NOTICE;
}

int
rules_may_hold_office(enum memb_kind kind, enum memb_status status)
{
	return kind == MK_FULL &&
	    (status == MS_ACTIVE || status == MS_UNDER_NOTICE);
}

int
rules_notice_end(const struct constitution *c, int given_on)
{
	return date_add_months(given_on,
	    constitution_int(c, "membership.resignation_notice_months"));
}

size_t
rules_criteria_gaps(const struct constitution *c, const char *const *have,
    size_t nhave, const char **missing, size_t max)
{
	const char	*crit[32];
	size_t		 i, j, n, gaps = 0;

	n = constitution_list(c, "membership.criteria", crit, 32);
	for (i = 0; i < n && i < 32; i++) {
		for (j = 0; j < nhave; j++)
			if (strcasecmp(crit[i], have[j]) == 0)
				break;
		if (j == nhave) {
			if (gaps < max)
				missing[gaps] = crit[i];
			gaps++;
		}
	}
	return gaps;
}
