/*
 * The command line: alliance [--db PATH] NOUN VERB [options] [--json].
 * Parsing and printing only; every action is a core function.
 */
#ifndef CLI_H
#define CLI_H

#include "core/core.h"
#include "render/table.h"

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

struct cli_opt {
	const char	*name;		/* without the dashes */
	int		 flag;		/* takes no value */
	const char	*help;
};

struct cli;
struct cli_cmd {
	const char	*noun, *verb;	/* verb NULL: the noun alone */
	int		(*run)(struct cli *);
	const char	*args;		/* positional arguments, for help */
	int		 nargs;		/* how many are required */
	const struct cli_opt *opts;	/* NULL-terminated, or NULL */
	const char	*help;
};

struct cli {
	struct core		 core;
	const struct cli_cmd	*cmd;
	const char		*val[CLI_MAXOPT];	/* by index in cmd->opts */
	const char		*arg[CLI_MAXARG];
	int			 narg;
	const char		*format;	/* table, csv or json */
	const char		*arrangement;
	const char		*db;		/* --db */
};

/* The command for noun and verb (main.c); *noun_known says whether
 * the noun alone is one. */
const struct cli_cmd *cli_find(const char *noun, const char *verb,
    int *noun_known);
/* Reads a command's options and arguments (those after NOUN VERB) into
 * c; 0, or -1 after saying what is wrong on stderr. */
int cli_parse_opts(struct cli *c, int argc, char *argv[]);
/* The value of option name, or NULL when not given. */
const char *cli_opt(const struct cli *, const char *name);
int cli_flag(const struct cli *, const char *name);

/* Prints core's error and maps it to an exit code. */
int cli_fail(struct cli *, int core_rc);
/* Prints rows in the chosen format with cols. */
void cli_rows(const struct cli *, const json_t *rows,
    const struct column *cols);
/* Prints one record (JSON with --json). */
void cli_record(const struct cli *, const json_t *obj,
    const struct column *cols);
/* Reads a whole file into memory (free()); NULL with core.err set. */
char *cli_slurp(struct cli *, const char *path);
/* --year as a number; 0 with core.err set when it is missing or not a
 * year. */
int cli_year(struct cli *);
/* "what" was done, with any flags (FLAG lines, or JSON). */
void cli_said(struct cli *, const char *what, json_t *flags);

/* Command tables of the two files. */
extern const struct cli_cmd cli_registry_cmds[];
extern const struct cli_cmd cli_misc_cmds[];
extern const struct cli_cmd cli_meeting_cmds[];
extern const struct cli_cmd cli_mail_cmds[];
extern const struct cli_cmd cli_web_cmds[];
extern const struct cli_cmd cli_compact_cmds[];
extern const struct cli_cmd cli_partners_cmds[];
extern const struct cli_cmd cli_dispute_cmds[];
extern const struct cli_cmd cli_report_cmds[];
extern const struct cli_cmd cli_records_cmds[];
/* restore runs before the database is opened (cli_records.c). */
int cli_records_restore(struct cli *, const char *actor);

#endif
