/*
 * The command line: alliance [--db PATH] NOUN VERB [options] [--json].
 * Parsing and printing only; every action is a core function.
 */
#ifndef CLI_H
#define CLI_H

#include "core/core.h"
#include "render/table.h"
#include "rules/parse.h"

/* Exit codes, also in the man page. */
enum cli_exit {
	EXIT_OK = 0,
	EXIT_REFUSED = 1,	/* bad input: nothing was changed */
	EXIT_USAGE = 2,		/* unknown command or option */
	EXIT_FAULT = 3,		/* database locked or a storage fault */
	EXIT_TAMPERED = 4	/* audit verify found a broken chain */
};

#define CLI_MAXOPT 16
#define CLI_MAXARG 4

/*
 * An option of a command: its kind is checked by the validators of
 * rules/parse.h when the command line is read, before the database is
 * opened, and a value refused is named ("--year '20x5' is not
 * accepted; expected a year such as 2026"), exit 1, nothing changed.
 */
struct cli_kind {
	int			 flag;		/* takes no value */
	struct parse_spec	 spec;		/* else: what it takes */
	int			 required;	/* must be given */
};
struct cli_opt {
	const char		*name;		/* without the dashes */
	const struct cli_kind	*kind;		/* 0: UTF-8 text */
	const char		*help;
};
/* The kinds the tables use. */
extern const struct cli_kind cli_is_flag;	/* takes no value */
extern const struct cli_kind cli_is_id;		/* a number above 0 */
extern const struct cli_kind cli_is_pos;	/* the same, as an int */
extern const struct cli_kind cli_is_year;	/* 2000 .. 2100 */
extern const struct cli_kind cli_is_date;	/* YYYY-MM-DD */
#define CLI_FLAG	(&cli_is_flag)

struct cli;
struct cli_cmd {
	const char	*noun, *verb;	/* verb NULL: the noun alone */
	int		(*run)(struct cli *);
	const char	*args;		/* positional arguments, each a word
					   ("REF yes|no"); "[FILE]" optional */
	const struct cli_opt *opts;	/* NULL-terminated, or NULL */
	const char	*help;
};

struct cli {
	struct core		 core;
	const struct cli_cmd	*cmd;
	const char		*val[CLI_MAXOPT];	/* by index in cmd->opts */
	int64_t			 num[CLI_MAXOPT];	/* the same,
							   typed */
	const char		*arg[CLI_MAXARG];
	int			 narg;
	const char		*format;	/* table, csv or json */
	const char		*arrangement;
	const char		*db;		/* --db */
	int			 listed;	/* CLI_LIST's exit code */
};

/* The command for noun and verb (main.c); *noun_known says whether
 * the noun alone is one. */
const struct cli_cmd *cli_find(const char *noun, const char *verb,
    int *noun_known);
/* Reads a command's options and arguments (those after NOUN VERB) into
 * c, each checked by its kind; 0, or after saying what is wrong on
 * stderr EXIT_USAGE (an unknown option, a missing value) or
 * EXIT_REFUSED (a value not of its kind, a required one missing). */
int cli_parse_opts(struct cli *c, int argc, char *argv[]);
/* The value of option name, or NULL when not given. */
const char *cli_opt(const struct cli *, const char *name);
/* An option of a kind, typed (a year, an id, a date's days); 0 when it
 * was not given. */
int64_t cli_int(const struct cli *, const char *name);
int cli_flag(const struct cli *, const char *name);

/* Prints core's error and maps it to an exit code. */
int cli_fail(struct cli *, int core_rc);
/* --json asked. */
int cli_json(const struct cli *);
/* Prints JSON made by render, and frees it: EXIT_OK, or a fault when it
 * could not be made (NULL). */
int cli_json_out(struct cli *, json_t *);
/* Prints a table in the chosen format: CSV, or aligned text. */
void cli_table(const struct cli *, const struct table *);
/* Adds a record's cells to a table, in the order of its columns. */
typedef void cli_row_fn(struct table *, const void *rec);
/* Prints the n records of size bytes at v, a row(t, rec) each: as the
 * format asks (a table or CSV), as key: value lines of the first, or as
 * a text table whatever the format.  The exit code. */
enum cli_as { CLI_AS_FORMAT, CLI_AS_RECORD, CLI_AS_TABLE };
int cli_print(struct cli *, enum cli_as, const void *v, size_t n,
    size_t size, const struct column *cols, cli_row_fn *row);
#define CLI_PRINT(c, as, l, cols, row)					\
	cli_print((c), (as), (l)->v, (l)->n, sizeof(*(l)->v), (cols), (row))
/* The name of an enum's value v in names[] (NULL past its end). */
#define CLI_NAME(names, v)						\
	((unsigned)(v) < sizeof(names) / sizeof(*(names)) ? (names)[v] : NULL)
/*
 * The runner's end for a list of typed records: with --json, json (made
 * by render, freed here); else a table of cols, a row(t, rec) for each
 * of the n records of size bytes at v.  Core's error when rc is not
 * CORE_OK.  The exit code.  CLI_LIST, the end of every list command,
 * does it for a list { v, n } (its JSON made only for --json), then
 * frees the list with free_fn.
 */
int cli_records(struct cli *, int rc, json_t *json, const void *v, size_t n,
    size_t size, const struct column *cols, cli_row_fn *row);
#define CLI_LIST(c, rc, l, json_fn, cols, row, free_fn)			\
	((c)->listed = cli_records((c), (rc), (rc) == CORE_OK &&	\
	    cli_json(c) ? json_fn(l) : NULL, (l)->v, (l)->n,		\
	    sizeof(*(l)->v), (cols), (row)), free_fn(l), (c)->listed)
/* One typed record: with --json, json (freed here); else key: value
 * lines of cols from row(t, rec).  The exit code. */
int cli_show(struct cli *, json_t *json, const void *rec,
    const struct column *cols, cli_row_fn *row);
/* Reads a whole file into memory (free()); NULL with core.err set. */
char *cli_slurp(struct cli *, const char *path);
/* --year as a number; 0 with core.err set when it is missing or not a
 * year. */
int cli_year(struct cli *);
/*
 * Says what an action did: every command that changes something ends
 * with it.  As text, "what", then " (#id)" when id is above 0 (the
 * record the action made or named), then "FLAG rule fact" for each
 * flag.  With --json, one shape (the man page's --json):
 *	{"done": what, "id": id, "flags": ["rule fact", ...]}
 * "id" only when above 0; "flags" null for an action that flags
 * nothing (flags NULL), else its lines (maybe []).  Frees flags.  The
 * exit code.
 */
int cli_done(struct cli *, const char *what, int64_t id,
    struct check_flag_list *flags);

/* Command tables of the two files. */
extern const struct cli_cmd cli_org_cmds[];
extern const struct cli_cmd cli_person_cmds[];
extern const struct cli_cmd cli_group_cmds[];
extern const struct cli_cmd cli_member_cmds[];
extern const struct cli_cmd cli_office_cmds[];
extern const struct cli_cmd cli_misc_cmds[];
extern const struct cli_cmd cli_meeting_cmds[];
extern const struct cli_cmd cli_decision_cmds[];
extern const struct cli_cmd cli_election_cmds[];
extern const struct cli_cmd cli_mail_cmds[];
extern const struct cli_cmd cli_web_cmds[];
extern const struct cli_cmd cli_compact_cmds[];
extern const struct cli_cmd cli_partners_cmds[];
extern const struct cli_cmd cli_dispute_cmds[];
extern const struct cli_cmd cli_report_cmds[];
extern const struct cli_cmd cli_records_cmds[];
extern const struct cli_cmd cli_ledger_cmds[];
extern const struct cli_cmd cli_own_cmds[];
extern const struct cli_cmd cli_agree_cmds[];
/* restore runs before the database is opened (cli_records.c). */
int cli_records_restore(struct cli *, const char *actor);

/*
 * Shared by the commands of the registry (cli_org.c, cli_person.c,
 * cli_group.c, cli_member.c, cli_office.c): the import of a CSV file of
 * organisations or people, and its options.
 */
int run_import(struct cli *, enum import_kind kind);
extern const struct cli_opt import_opts[];

/*
 * Shared by the commands of meetings, decisions and elections
 * (cli_meeting.c, cli_decision.c, cli_election.c): a positive whole
 * number from an argument or option, else 0; the id in arg[0], or -1
 * with an error naming what is accepted; --item as the item's number
 * on the agenda, likewise; the options of a command that takes only
 * --group.
 */
int64_t number(const char *);
int id_arg(struct cli *, const char *what, int64_t *id);
/* The election the first argument names, as the command line sees it
 * (cli_election.c): EXIT_OK with *v (the caller's to
 * election_view_free), or the exit status of the failure.  Its counted
 * ballots print with cli_ballot_cols, a cli_ballot_row each. */
int cli_election_read(struct cli *, struct election_view *v);
extern const struct column cli_ballot_cols[];
cli_row_fn cli_ballot_row;
int item_opt(struct cli *, int *pos);
extern const struct cli_opt group_only[];

#endif
