/*
 * JSON made at the edge, for the API and --json, from core's typed
 * records: each domain's builders, with the field names the API and
 * --json have always given (doc/openapi.json).  Each returns a new
 * reference, or NULL for no memory.
 */
#ifndef RENDER_JSON_H
#define RENDER_JSON_H

#include <jansson.h>

#include "core/core.h"

/* --- elections (json_election.c) --- */
/* An election as its viewer sees it: result and ballots are null and
 * absent until the viewer may read them (SA-9.4). */
json_t *json_election(const struct election_view *);
json_t *json_election_list(const struct rec_election_list *);
/* A count: {counts, winners, tied, ballots, outcome, runoff?}. */
json_t *json_election_result(const struct election_result *);
/* A verification: {voters, ballots, turnout, ineligible, problems, ok}. */
json_t *json_election_check(const struct election_check *);

#endif
