/*
 * A person's own business, as their home page shows it (me.c): core's
 * declarations, free of JSON.  Core decides what the person sees: each
 * membership with whether it may vote now and why not, only the ballots
 * their organisation may cast, only the elections it may stand in.
 */
#ifndef CORE_ME_H
#define CORE_ME_H

#include <stddef.h>
#include <stdint.h>

#include "store/rec_election.h"
#include "store/rec_me.h"
#include "store/rec_registry.h"

struct core;
struct viewer;

#ifndef WUR
#define WUR __attribute__((warn_unused_result))
#endif

/* A membership of the person's organisation, and whether it votes. */
struct core_me_membership {
	struct rec_membership	 m;
	int			 may_vote;
	const char		*why_not;	/* rules_elig_why(): a
						   sentence ending with its
						   rule ids in brackets; ""
						   when it votes; static */
};

enum core_me_kind { CORE_ME_POLL, CORE_ME_ELECTION };

/* A poll or an election's ballot open now to the organisation. */
struct core_me_ballot {
	enum core_me_kind	 kind;
	int64_t			 id;	/* the motion's or the election's */
	char			*what;	/* the poll's text, or the office */
	char			*closes; /* UTC, YYYY-MM-DDTHH:MM */
	int			 voted;	/* the organisation has voted */
	const char		*group;	/* its group's name (borrowed from
					   memberships) */
};

/* An election taking nominations where the organisation may stand. */
struct core_me_nomination {
	const struct rec_election *e;	/* borrowed from elections */
	const char		*group;	/* borrowed from memberships */
};

struct core_me {
	struct { struct core_me_membership *v; size_t n; } memberships;
	struct { struct core_me_ballot *v; size_t n; } ballots;
	struct { struct core_me_nomination *v; size_t n; } nominations;
	struct rec_office_held_list	 offices;	/* groups chaired */
	struct rec_position_held_list	 positions;	/* SA-9.1 */
	int				 news;	/* CORE_NEWS_NOW, _DIGEST,
						   _NONE */
	struct rec_election_list	 elections;	/* the nominations' */
};

/*
 * SA-3.1-assoc, SA-13.2, SA-E2.1, SA-9.3, SA-E1: the viewer's own
 * business (their person and organisation): memberships, the ballots
 * open to the organisation where it may vote, elections taking
 * nominations where it may stand, the groups the person chairs, the
 * positions they hold and their choice of news.  A viewer with no
 * person or organisation gets empty lists; the public, CORE_EPERM.
 */
int core_me(struct core *, const struct viewer *, struct core_me *) WUR;
void core_me_free(struct core_me *);
/* Only the memberships and the ballots of kind open to the organisation
 * (me.ballots as core_me gives them, in the same order). */
int core_me_ballots(struct core *, const struct viewer *,
    enum core_me_kind kind, struct core_me *) WUR;

#endif
