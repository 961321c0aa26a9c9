/*
 * The JSON text kept in the database's columns, made and read in one
 * place from the store's typed records: an audit entry's detail, a
 * decision's effect, an election's result and the names it elected, and
 * what an erasure or a retention run did.  The ledger has hashed these
 * texts byte for byte (`audit verify` checks old databases against
 * them), so each is made exactly as it has always been.  This header
 * needs no jansson: the store and core include it.
 *
 * Made texts are from malloc(), NULL for no memory.  A parser reads a
 * column of a database that may have been copied or edited by hand: a
 * text that is not what it should be is refused, never a crash.
 */
#ifndef RENDER_JSON_STORED_H
#define RENDER_JSON_STORED_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "store/rec_auth.h"
#include "store/rec_election.h"
#include "store/rec_meeting.h"

/*
 * An audit entry's detail (keys sorted, compact): from a jansson pack
 * format and its arguments; or {key: json} with json a JSON text (key
 * NULL: json itself is the detail).  NULL also for a bad format or a
 * json that does not parse.
 */
char *json_stored_detail(const char *fmt, va_list ap);
char *json_stored_detail_with(const char *key, const char *json);

/* A decision's effect: {do, organisation_id, organisation?,
 * effective?}, keys sorted.  The parser: 0, or -1 when text is not an
 * effect (not JSON, "do" missing or too long, a key of the wrong type)
 * or for no memory; e is zeroed first and empty after -1. */
char *json_stored_effect(const struct rec_effect *);
int json_stored_effect_parse(const char *text, struct rec_effect *);

/* An election's result as its row keeps it: {counts, winners, tied,
 * ballots, outcome[, runoff]} in that order, compact.  The parser
 * zeroes r; r->present is 0 for no text or a text that is not a result
 * (not JSON, not an object); in an object, a key of the wrong type is
 * read as none (a name that is not a text is left out), so that a
 * result changed outside Alliance still shows, and `election verify`
 * finds it out; -1 only for no memory. */
char *json_stored_result(const struct election_result *);
int json_stored_result_parse(const char *text, struct election_result *r);
/* The names elected, a JSON array of strings. */
char *json_stored_names(const struct rec_lines *);
/* The same result as a JSON object for the API and --json (also
 * declared in render/json.h); free with json_decref(). */
struct json_t *json_election_result(const struct election_result *);

/* What an erasure did: {kept, placeholder, redacted, removed}; what a
 * retention run did: {mail, redacted, sign_in_records}. */
char *json_stored_erasure(const struct rec_erasure *);
char *json_stored_retention(int64_t signin, int64_t mail,
    const int64_t *redacted, size_t n);

#endif
