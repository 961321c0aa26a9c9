/*
 * alliance: the command line.  Finds the command in the tables of the
 * cli_*.c files, checks its options, opens the database and runs it.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "render/json_cli.h"
#include "rules/text.h"

static const char *progname = "alliance";

static const struct cli_cmd *const tables[] = {
	cli_misc_cmds, cli_org_cmds, cli_person_cmds, cli_group_cmds,
	cli_member_cmds, cli_office_cmds, cli_meeting_cmds,
	cli_decision_cmds, cli_election_cmds, cli_mail_cmds,
	cli_web_cmds, cli_compact_cmds, cli_partners_cmds, cli_dispute_cmds,
	cli_report_cmds, cli_records_cmds, cli_ledger_cmds, cli_own_cmds, cli_agree_cmds,
	NULL,
};

static const char *const nouns_help[][2] = {
	{ "init", "create an arrangement from a built-in template" },
	{ "template", "the built-in templates" },
	{ "arrangement", "the arrangements in this database" },
	{ "constitution", "show, check and apply the constitution" },
	{ "org", "organisations: add, update, show, list, import, cover" },
	{ "person", "people and their roles: add, show, list, role, import; "
	    "their data: export, erase, restrict" },
	{ "group", "forums and groups: add, show, list, formed, convene, "
	    "origins" },
	{ "member", "memberships: add, sign, suspend, reinstate, resign, "
	    "exclude, withdraw, terminate, criterion, show, list" },
	{ "office", "chairs and vice-chairs" },
	{ "position", "representative positions: add, appoint, remove, concern, "
	    "concerns, stepback, return, stepbacks, reason, decide, decisions" },
	{ "commitment", "principles and commitments of the agreement" },
	{ "meeting", "meetings: schedule, show, list, circulate, attend, "
	    "interest, chair, notes, publish, cancel, ical, report, reports" },
	{ "agenda", "agenda items: add, remove" },
	{ "action", "the action log: add, done, list" },
	{ "decision", "decisions: consensus, propose, vote, close, poll, "
	    "show, list" },
	{ "election", "elections: open, nominate, ballot, vote, count, "
	    "verify, announce, show, list, receipts" },
	{ "check", "every rule not being met, with its rule id" },
	{ "mail", "the outbox: send, list, show, retry" },
	{ "remind", "queue the reminders the constitution calls for" },
	{ "register", "registers from live data: forums, members, positions, "
	    "signatories" },
	{ "audit", "the tamper-evident audit log: verify, head, list" },
	{ "assessment", "the annual self-assessment of the commitments: open, "
	    "rate, view, submit, show" },
	{ "consultation", "public bodies' consultations: add, feedback, list" },
	{ "contact", "partners' champions, officers and single points of "
	    "contact: add, end, list" },
	{ "plan", "the implementation plan: add, progress, list" },
	{ "milestone", "the dated milestones: list, met" },
	{ "influence", "evidence of the sector's influence: add, list" },
	{ "partnership", "the register of partnerships: list, except, "
	    "attendance" },
	{ "funding", "contracts and grants: add, list, export (360Giving)" },
	{ "spend", "spend by partner beside its aspiration: aim, show" },
	{ "dispute", "disputes and breaches: open, statement, stage, panel, "
	    "draw, record, resolve, list, show, stats" },
	{ "report", "annual reports from live data: annual, respond, years" },
	{ "term", "the agreement's term and its renewals: show, renew" },
	{ "request", "requests to the co-ordination group and where they "
	    "went: add, route, list" },
	{ "invitation", "invitations to send a representative: add, decide, "
	    "list" },
	{ "training", "induction and training for representatives: add, "
	    "invite, attend, list" },
	{ "paper", "papers of meetings and groups, members or public: add, "
	    "list" },
	{ "backup", "copy the database while it runs, checked" },
	{ "restore", "replace the database by a checked backup" },
	{ "retention", "remove personal data kept past its time: apply" },
	{ "serve", "run the web application and JSON API" },
	{ "user", "people who may sign in: add, password, totp, list" },
	{ "token", "API tokens: create, list, revoke" },
	{ NULL, NULL },
};

const struct cli_kind cli_is_flag = { 1, { PARSE_TEXT, NULL, 0, 0 }, 0 };
const struct cli_kind cli_is_id = { 0, { PARSE_ID, NULL, 0, 0 }, 0 };
const struct cli_kind cli_is_pos = { 0, { PARSE_INT, NULL, 1, 2147483647 },
    0 };
const struct cli_kind cli_is_year = { 0, { PARSE_YEAR, NULL, 0, 0 }, 0 };
const struct cli_kind cli_is_date = { 0, { PARSE_DATE, NULL, 0, 0 }, 0 };

#define IS_FLAG(o)	((o)->kind != NULL && (o)->kind->flag)

int64_t
cli_int(const struct cli *c, const char *name)
{
	int i;

	for (i = 0; c->cmd->opts != NULL && c->cmd->opts[i].name != NULL; i++)
		if (strcmp(c->cmd->opts[i].name, name) == 0)
			return c->val[i] != NULL ? c->num[i] : 0;
	return 0;
}

/* Each option of a kind checked, and typed into c->num; each required
 * one given.  0, or EXIT_REFUSED after naming the first at fault. */
static int
opts_checked(struct cli *c)
{
	const struct cli_opt	*o;
	struct parse_val	 v;
	char			 accepts[200];
	int			 j;

	for (j = 0; c->cmd->opts != NULL && c->cmd->opts[j].name != NULL;
	    j++) {
		o = &c->cmd->opts[j];
		if (o->kind == NULL || o->kind->flag)
			continue;
		parse_accepts(&o->kind->spec, accepts, sizeof(accepts));
		if (c->val[j] == NULL) {
			if (!o->kind->required)
				continue;
			fprintf(stderr, "%s: --%s is missing; expected %s\n",
			    progname, o->name, accepts);
			return EXIT_REFUSED;
		}
		/* Text that is not UTF-8 is named as such (text_refused). */
		if (!text_utf8(c->val[j], strlen(c->val[j])))
			continue;
		if (parse_value(&o->kind->spec, c->val[j], &v) != 0) {
			fprintf(stderr, "%s: --%s '%s' is not accepted; "
			    "expected %s\n", progname, o->name, c->val[j],
			    accepts);
			return EXIT_REFUSED;
		}
		c->num[j] = v.n;
	}
	return 0;
}

const char *
cli_opt(const struct cli *c, const char *name)
{
	int i;

	for (i = 0; c->cmd->opts != NULL && c->cmd->opts[i].name != NULL; i++)
		if (strcmp(c->cmd->opts[i].name, name) == 0)
			return c->val[i];
	return NULL;
}

int
cli_flag(const struct cli *c, const char *name)
{
	return cli_opt(c, name) != NULL;
}

int
cli_fail(struct cli *c, int rc)
{
	fprintf(stderr, "%s: %s\n", progname, c->core.err[0] != '\0' ?
	    c->core.err : "failed");
	switch (rc) {
	case CORE_EINVAL:
	case CORE_ENOTFOUND:
	case CORE_EEXIST:
	case CORE_ELIMIT:
		return EXIT_REFUSED;
	default:
		return EXIT_FAULT;
	}
}

int
cli_json(const struct cli *c)
{
	return strcmp(c->format, "json") == 0;
}

void
cli_table(const struct cli *c, const struct table *t)
{
	if (strcmp(c->format, "csv") == 0)
		render_csv(stdout, t);
	else if (strcmp(c->format, "excel-csv") == 0) {
		/* A UTF-8 byte order mark: Excel then reads £ and é right. */
		fputs("\xef\xbb\xbf", stdout);
		render_csv(stdout, t);
	} else
		render_table(stdout, t);
}

int
cli_json_out(struct cli *c, json_t *json)
{
	if (json == NULL)
		return cli_fail(c, core_fail(&c->core, CORE_EFAULT, NULL,
		    "out of memory"));
	render_json(stdout, json);
	json_decref(json);
	return EXIT_OK;
}

int
cli_done(struct cli *c, const char *what, int64_t id,
    struct check_flag_list *flags)
{
	size_t	i;
	int	rc = EXIT_OK;

	if (cli_json(c))
		rc = cli_json_out(c, json_done(what, id, flags));
	else {
		if (id > 0)
			printf("%s (#%lld)\n", what, (long long)id);
		else
			printf("%s\n", what);
		for (i = 0; flags != NULL && i < flags->n; i++)
			printf("FLAG %s %s\n", flags->v[i].rule,
			    flags->v[i].fact);
	}
	if (flags != NULL)
		check_flag_list_free(flags);
	return rc;
}

int
cli_print(struct cli *c, enum cli_as as, const void *v, size_t n,
    size_t size, const struct column *cols, cli_row_fn *row)
{
	struct table	t;
	size_t		i, from;

	table_start(&t, cols);
	for (i = 0; i < n; i++) {
		from = t.cells.n;
		row(&t, (const char *)v + i * size);
		table_pick(&t, from);
	}
	if (t.nomem) {
		table_free(&t);
		return cli_fail(c, core_fail(&c->core, CORE_EFAULT, NULL,
		    "out of memory"));
	}
	if (as == CLI_AS_RECORD)
		render_record(stdout, &t);
	else if (as == CLI_AS_TABLE)
		render_table(stdout, &t);
	else
		cli_table(c, &t);
	table_free(&t);
	return EXIT_OK;
}

int
cli_records(struct cli *c, int rc, json_t *json, const void *v, size_t n,
    size_t size, const struct column *cols, cli_row_fn *row)
{
	if (rc != CORE_OK) {
		json_decref(json);
		return cli_fail(c, rc);
	}
	if (cli_json(c))
		return cli_json_out(c, json);
	return cli_print(c, CLI_AS_FORMAT, v, n, size, cols, row);
}

int
cli_show(struct cli *c, json_t *json, const void *rec,
    const struct column *cols, cli_row_fn *row)
{
	if (cli_json(c))
		return cli_json_out(c, json);
	json_decref(json);
	return cli_print(c, CLI_AS_RECORD, rec, 1, 0, cols, row);
}

char *
cli_slurp(struct cli *c, const char *path)
{
	FILE	*f;
	char	*buf = NULL, *nb;
	size_t	 len = 0, cap = 0, n;

	if ((f = fopen(path, "rb")) == NULL) {
		core_fail(&c->core, CORE_EINVAL, "file", "cannot read %s: %s",
		    path, strerror(errno));
		return NULL;
	}
	do {
		/* A constitution is a few kilobytes: cap at 1 MB. */
		if (cap - len < 4096) {
			cap = cap ? cap * 2 : 8192;
			if (cap > (1u << 20) || (nb = realloc(buf, cap + 1))
			    == NULL) {
				free(buf);
				fclose(f);
				core_fail(&c->core, CORE_EINVAL, "file", "%s is "
				    "too large; at most 1 MB is read", path);
				return NULL;
			}
			buf = nb;
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	buf[len] = '\0';
	if (strlen(buf) != len) {
		free(buf);
		core_fail(&c->core, CORE_EINVAL, "file", "%s is not a text "
		    "file", path);
		return NULL;
	}
	return buf;
}

static void
usage(FILE *f)
{
	int i;

	fprintf(f, "usage: %s [--db PATH] [--arrangement SLUG] [--by NAME] "
	    "NOUN VERB [options] [--json]\n\n", progname);
	fputs("Alliance keeps the rules of a VCSE partnership: its "
	    "constitution, members,\nforums, representatives and registers. "
	    "Commands:\n\n", f);
	for (i = 0; nouns_help[i][0] != NULL; i++)
		fprintf(f, "  %-13s %s\n", nouns_help[i][0], nouns_help[i][1]);
	fputs("\nGlobal options:\n"
	    "  --db PATH            database file (default ./alliance.db)\n"
	    "  --arrangement SLUG   which arrangement, when the database "
	    "holds several\n"
	    "  --by NAME            who is acting, for the audit log "
	    "(default $USER)\n"
	    "  --key PATH           the installation's signing key (default "
	    "the database's\n                       path with .key; or "
	    "$ALLIANCE_KEY)\n"
	    "  --json               JSON output (same as --format json)\n"
	    "  --format F           table, csv, excel-csv (CSV that Excel "
	    "opens as UTF-8)\n"
	    "                       or json, for lists and registers\n\n"
	    "'alliance NOUN --help' shows a command's options; "
	    "'man alliance' (or 'man ./doc/alliance.1')\nthe whole manual.\n", f);
}

static void
cmd_help(FILE *f, const char *noun)
{
	const struct cli_cmd	*t;
	int			 j, k;

	for (k = 0; tables[k] != NULL; k++)
		for (t = tables[k]; t->noun != NULL; t++) {
			if (strcmp(t->noun, noun) != 0)
				continue;
			fprintf(f, "%s %s%s%s%s%s\n    %s\n", progname, t->noun,
			    t->verb ? " " : "", t->verb ? t->verb : "",
			    t->args ? " " : "", t->args ? t->args : "",
			    t->help);
			for (j = 0; t->opts != NULL && t->opts[j].name != NULL;
			    j++)
				fprintf(f, "      --%s%s%*s%s\n", t->opts[j].name,
				    IS_FLAG(&t->opts[j]) ? "" : " VALUE",
				    (int)(22 - strlen(t->opts[j].name) -
				    (IS_FLAG(&t->opts[j]) ? 0 : 6)) > 0 ?
				    (int)(22 - strlen(t->opts[j].name) -
				    (IS_FLAG(&t->opts[j]) ? 0 : 6)) : 1, "",
				    t->opts[j].help);
		}
}

/* Every command of the tables, one a line: NOUN VERB ARGS, "-" for
 * none (alliance help --commands; tests/scenario/19_json.sh runs every
 * read among them). */
static void
cmd_list(FILE *f)
{
	const struct cli_cmd	*t;
	int			 k;

	for (k = 0; tables[k] != NULL; k++)
		for (t = tables[k]; t->noun != NULL; t++)
			fprintf(f, "%s %s %s\n", t->noun, t->verb ? t->verb :
			    "-", t->args ? t->args : "-");
}

/* alliance help [NOUN | --commands], and NOUN [VERB] --help: the exit
 * status. */
static int
help(const char *what)
{
	int known;

	if (what == NULL)
		usage(stdout);
	else if (strcmp(what, "--commands") == 0)
		cmd_list(stdout);
	else {
		cli_find(what, NULL, &known);
		if (!known) {
			fprintf(stderr, "%s: no command '%s'; 'alliance help' "
			    "lists them\n", progname, what);
			return EXIT_USAGE;
		}
		cmd_help(stdout, what);
	}
	return EXIT_OK;
}

const struct cli_cmd *
cli_find(const char *noun, const char *verb, int *noun_known)
{
	const struct cli_cmd	*t;
	int			 k;

	*noun_known = 0;
	for (k = 0; tables[k] != NULL; k++)
		for (t = tables[k]; t->noun != NULL; t++) {
			if (strcmp(t->noun, noun) != 0)
				continue;
			*noun_known = 1;
			if (t->verb == NULL ||
			    (verb != NULL && strcmp(t->verb, verb) == 0))
				return t;
		}
	return NULL;
}

/* Accepts --name VALUE and --name=VALUE; flags take no value. */
/* The arguments a command needs: the words of its args, less those in
 * brackets. */
static int
args_needed(const char *args)
{
	int n = 0;

	for (; args != NULL && *args != '\0'; args += strcspn(args, " ")) {
		args += strspn(args, " ");
		n += *args != '[' && *args != '\0';
	}
	return n;
}

int
cli_parse_opts(struct cli *c, int argc, char *argv[])
{
	const struct cli_opt	*o;
	char			 name[64], list[512];
	const char		*eq, *value;
	int			 i, j, n, nargs;

	for (i = 0; i < argc; i++) {
		if (strncmp(argv[i], "--", 2) != 0 || argv[i][2] == '\0') {
			if (c->narg >= CLI_MAXARG) {
				fprintf(stderr, "%s: too many arguments at '%s'"
				    "\n", progname, argv[i]);
				return EXIT_USAGE;
			}
			c->arg[c->narg++] = argv[i];
			continue;
		}
		eq = strchr(argv[i], '=');
		snprintf(name, sizeof(name), "%.*s", eq ? (int)(eq - argv[i] -
		    2) : (int)strlen(argv[i] + 2), argv[i] + 2);
		if (strcmp(name, "json") == 0) {
			c->format = "json";
			continue;
		}
		o = NULL;
		for (j = 0; c->cmd->opts != NULL &&
		    c->cmd->opts[j].name != NULL; j++)
			if (strcmp(c->cmd->opts[j].name, name) == 0) {
				o = &c->cmd->opts[j];
				break;
			}
		if (o == NULL && strcmp(name, "format") != 0) {
			n = 0;
			list[0] = '\0';
			for (j = 0; c->cmd->opts != NULL &&
			    c->cmd->opts[j].name != NULL && n < 400; j++)
				n += snprintf(list + n, sizeof(list) - (size_t)n,
				    "%s--%s", j ? ", " : "",
				    c->cmd->opts[j].name);
			fprintf(stderr, "%s: unknown option --%s for '%s%s%s'; "
			    "accepted: %s\n", progname, name, c->cmd->noun,
			    c->cmd->verb ? " " : "", c->cmd->verb ?
			    c->cmd->verb : "", n ? list : "--json only");
			return EXIT_USAGE;
		}
		if (o != NULL && IS_FLAG(o)) {
			if (eq != NULL) {
				fprintf(stderr, "%s: option --%s takes no value"
				    "\n", progname, name);
				return EXIT_USAGE;
			}
			c->val[j] = "yes";
			continue;
		}
		if (eq != NULL)
			value = eq + 1;
		else if (i + 1 < argc)
			value = argv[++i];
		else {
			fprintf(stderr, "%s: option --%s needs a value\n",
			    progname, name);
			return EXIT_USAGE;
		}
		if (o == NULL)
			c->format = value;
		else
			c->val[j] = value;
	}
	if (strcmp(c->format, "table") != 0 && strcmp(c->format, "csv") != 0
	    && strcmp(c->format, "excel-csv") != 0 &&
	    strcmp(c->format, "json") != 0) {
		fprintf(stderr, "%s: format '%s' is not accepted; expected "
		    "table, csv, excel-csv or json\n", progname, c->format);
		return EXIT_USAGE;
	}
	if (c->narg < (nargs = args_needed(c->cmd->args))) {
		fprintf(stderr, "%s: '%s %s' needs %s\n", progname,
		    c->cmd->noun, c->cmd->verb ? c->cmd->verb : "",
		    c->cmd->args);
		return EXIT_USAGE;
	}
	if (c->narg > nargs && (c->cmd->args == NULL ||
	    strchr(c->cmd->args, '[') == NULL)) {
		fprintf(stderr, "%s: unexpected argument '%s'\n", progname,
		    c->arg[nargs]);
		return EXIT_USAGE;
	}
	return opts_checked(c);
}

/*
 * Text is UTF-8: an option or argument that is not is refused by its
 * name before the database is opened, as bad input (nothing changed).
 * --db is a file name for the system, never stored, and is not text.
 */
static int
text_refused(const struct cli *c, const char *by, const char *by_name)
{
	const char	*args, *w;
	char		 name[64];
	int		 i, k;

	if (c->arrangement != NULL &&
	    !text_utf8(c->arrangement, strlen(c->arrangement)))
		snprintf(name, sizeof(name), "--arrangement");
	else if (!text_utf8(by, strlen(by)))
		snprintf(name, sizeof(name), "%s", by_name);
	else {
		name[0] = '\0';
		for (i = 0; name[0] == '\0' && c->cmd->opts != NULL &&
		    c->cmd->opts[i].name != NULL; i++)
			if (c->val[i] != NULL &&
			    !text_utf8(c->val[i], strlen(c->val[i])))
				snprintf(name, sizeof(name), "--%s",
				    c->cmd->opts[i].name);
		/* An argument is named as the command's help names it. */
		for (i = 0; name[0] == '\0' && i < c->narg; i++) {
			if (text_utf8(c->arg[i], strlen(c->arg[i])))
				continue;
			args = c->cmd->args != NULL ? c->cmd->args : "";
			for (w = args, k = 0; k < i && strchr(w, ' ') != NULL;
			    k++)
				w = strchr(w, ' ') + 1;
			w += strspn(w, "[");
			if (k == i && *w != '\0')
				snprintf(name, sizeof(name), "%.*s",
				    (int)strcspn(w, " []"), w);
			else
				snprintf(name, sizeof(name), "argument %d",
				    i + 1);
		}
	}
	if (name[0] == '\0')
		return 0;
	fprintf(stderr, "%s: %s: not valid UTF-8 text\n", progname, name);
	return 1;
}

/* A --db in a folder that does not exist is named as such, rather than
 * left to SQLite's "unable to open database file" (or to "no database",
 * when init could not make one either).  A database that cannot be
 * used: exit 3, as the man page says. */
static int
db_folder_missing(const char *db)
{
	struct stat	 st;
	const char	*slash = strrchr(db, '/');
	char		 dir[PATH_MAX];

	if (slash == NULL)
		return 0;
	snprintf(dir, sizeof(dir), "%.*s", slash == db ? 1 :
	    (int)(slash - db), db);
	if (stat(dir, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	fprintf(stderr, "%s: --db: no folder %s\n", progname, dir);
	return 1;
}

int
main(int argc, char *argv[])
{
	struct cli	 c;
	const char	*db = "alliance.db", *by = NULL, *noun, *verb;
	const char	*by_name = "ALLIANCE_BY";
	int		 i, rc, known, create;

	memset(&c, 0, sizeof(c));
	c.format = "table";
	if ((by = getenv("ALLIANCE_BY")) == NULL || *by == '\0') {
		by_name = "USER";
		if ((by = getenv("USER")) == NULL || *by == '\0')
			by = "officer";
	}
	c.arrangement = getenv("ALLIANCE_ARRANGEMENT");
	if (c.arrangement != NULL && *c.arrangement == '\0')
		c.arrangement = NULL;
	/* Global options come before the noun. */
	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--help") == 0 ||
		    strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		if (strcmp(argv[i], "--version") == 0) {
			puts("alliance 0.1");
			return EXIT_OK;
		}
		if (strcmp(argv[i], "--json") == 0) {
			c.format = "json";
			continue;
		}
		if (i + 1 >= argc) {
			fprintf(stderr, "%s: option %s needs a value\n",
			    progname, argv[i]);
			return EXIT_USAGE;
		}
		if (strcmp(argv[i], "--db") == 0)
			db = argv[++i];
		else if (strcmp(argv[i], "--arrangement") == 0)
			c.arrangement = argv[++i];
		else if (strcmp(argv[i], "--key") == 0)
			setenv("ALLIANCE_KEY", argv[++i], 1);
		else if (strcmp(argv[i], "--by") == 0) {
			by = argv[++i];
			by_name = "--by";
		}
		else {
			fprintf(stderr, "%s: unknown option %s; global options "
			    "are --db, --arrangement, --by, --key, --json (see "
			    "'alliance help')\n", progname, argv[i]);
			return EXIT_USAGE;
		}
	}
	if (i >= argc) {
		usage(stderr);
		return EXIT_USAGE;
	}
	noun = argv[i++];
	if (strcmp(noun, "help") == 0)
		return help(i < argc ? argv[i] : NULL);
	verb = i < argc && strncmp(argv[i], "--", 2) != 0 ? argv[i] : NULL;
	if (i < argc && (strcmp(argv[i], "--help") == 0 ||
	    (verb != NULL && i + 1 < argc &&
	    strcmp(argv[i + 1], "--help") == 0)))
		return help(noun);
	c.cmd = cli_find(noun, verb, &known);
	if (c.cmd == NULL) {
		if (!known)
			fprintf(stderr, "%s: no command '%s'; 'alliance help' "
			    "lists them\n", progname, noun);
		else {
			fprintf(stderr, "%s: '%s' needs one of these:\n",
			    progname, noun);
			cmd_help(stderr, noun);
		}
		return EXIT_USAGE;
	}
	if (c.cmd->verb != NULL)
		i++;
	/* Text first: a value that is not UTF-8 is named as such. */
	if ((rc = cli_parse_opts(&c, argc - i, argv + i)) == EXIT_USAGE)
		return rc;
	if (text_refused(&c, by, by_name))
		return EXIT_REFUSED;
	if (rc != 0)
		return rc;
	create = strcmp(c.cmd->noun, "init") == 0;
	/* Refuse a bad template before a database file is made. */
	if (create && cli_opt(&c, "template") != NULL &&
	    (rc = core_template_check(&c.core,
	    cli_opt(&c, "template"))) != CORE_OK)
		return cli_fail(&c, rc);
	if (strcmp(c.cmd->noun, "template") == 0)
		return c.cmd->run(&c);
	if (db_folder_missing(db))
		return EXIT_FAULT;
	/* The database is replaced: it must not be open here. */
	if (strcmp(c.cmd->noun, "restore") == 0) {
		c.db = db;
		return cli_records_restore(&c, by);
	}
	if ((rc = core_open(&c.core, db, create)) != CORE_OK) {
		rc = cli_fail(&c, rc);
		core_close(&c.core);
		return rc;
	}
	c.core.actor = by;
	c.db = db;
	if (!create && strcmp(c.cmd->noun, "arrangement") != 0 &&
	    (rc = core_use(&c.core, c.arrangement)) != CORE_OK) {
		rc = cli_fail(&c, rc);
		core_close(&c.core);
		return rc;
	}
	rc = c.cmd->run(&c);
	core_close(&c.core);
	return rc;
}
