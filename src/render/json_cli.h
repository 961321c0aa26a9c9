/*
 * The small JSON documents only the command line gives with --json:
 * what an action did, a ballot's receipt, an import's report.  Each
 * returns a new reference, or NULL for no memory (json_cli.c).
 */
#ifndef RENDER_JSON_CLI_H
#define RENDER_JSON_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <jansson.h>

struct check_flag_list;
struct import_report;
struct rec_ballot;
struct rec_ballot_list;
struct rec_exchange_list;
struct rec_position;
struct rec_position_list;
struct rec_timetable_list;

/* What an action did, the one shape of every action's --json:
 * {done, id, flags}; "id" (the record it made or named) only when above
 * 0; "flags" the flags it raised as lines, null for an action that
 * flags nothing (flags NULL). */
json_t *json_done(const char *what, int64_t id,
    const struct check_flag_list *flags);
/* {receipt} */
json_t *json_receipt(const char *receipt);
/* {receipt, nomination_id, candidate}: one counted ballot. */
json_t *json_ballot(const struct rec_ballot *);
/* The counted ballots: [{receipt, nomination_id, candidate}]. */
json_t *json_ballots(const struct rec_ballot_list *);
/* {rows, bad, imported, problems, ok} */
json_t *json_import(const struct import_report *, int ok);
/* {arrangement, template} */
json_t *json_created(const char *arrangement, const char *template_name);
/* {file, valid: true} */
json_t *json_valid(const char *file);
/* [{name, what}]: the n templates and what each makes. */
json_t *json_templates(const char *const *names, const char *const *what,
    size_t n);
/* The representatives' exchanges with their boards: [{id, position,
 * position_name, board_day, person, direction, summary, on_date}]. */
json_t *json_exchange_list(const struct rec_exchange_list *);
/* The year's timetable of meetings: [{month, grp, day, status}]. */
json_t *json_timetable(const struct rec_timetable_list *);
/* How a position is filled, as the register says: "Elected by the
 * Southwest forum", "Appointed by the ICB", "Appointed". */
void position_how(const struct rec_position *, char *buf, size_t sz);
/* The register of positions: json_position_list's, each with "how". */
json_t *json_register_positions(const struct rec_position_list *);

#endif
