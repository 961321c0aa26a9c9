/*
 * Commands for the web application: serve it, and keep its users and
 * API tokens.  A password is read from standard input (or
 * ALLIANCE_PASSWORD), never from the command line where `ps` shows it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "cli.h"
#include "render/json.h"
#include "web/serve.h"

#define O(k) cli_opt(c, (k))

#ifndef ALLIANCE_ASSETS
#define ALLIANCE_ASSETS "node_modules/govuk-frontend/dist/govuk"
#endif

static const struct cli_kind threads = { 0, { PARSE_INT, NULL, 1, 64 }, 0 };
/* Seconds, 0 for no reminders. */
static const struct cli_kind seconds = { 0, { PARSE_INT, NULL, 0, 86400 },
    0 };

static int
run_serve(struct cli *c)
{
	struct web_config	 cf;

	memset(&cf, 0, sizeof(cf));
	if (cli_flag(c, "routes")) {
		cf.routes = stdout;
		return web_serve(&cf) == 0 ? EXIT_OK : EXIT_FAULT;
	}
	cf.listen = O("listen") != NULL ? O("listen") : "127.0.0.1:8080";
	cf.db = c->db;
	cf.arrangement = c->arrangement;
	cf.assets = O("assets") != NULL ? O("assets") :
	    getenv("ALLIANCE_ASSETS") != NULL ? getenv("ALLIANCE_ASSETS") :
	    ALLIANCE_ASSETS;
	cf.trust_proxy = cli_flag(c, "trust-proxy");
	cf.port_file = O("port-file");
	cf.threads = O("threads") != NULL ? (int)cli_int(c, "threads") : 4;
	cf.every = O("every") != NULL ? (int)cli_int(c, "every") : 300;
	return web_serve(&cf) == 0 ? EXIT_OK : EXIT_FAULT;
}

static int
run_user_add(struct cli *c)
{
	char	msg[700];
	int	rc = core_user_add(&c->core, c->arg[0], cli_flag(c, "officer"));

	if (rc != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "%s may now sign in%s", c->arg[0],
	    cli_flag(c, "officer") ? " as an officer; set a password with "
	    "'alliance user password'" : " by an emailed link");
	return cli_done(c, msg, 0, NULL);
}

static int
run_user_password(struct cli *c)
{
	char	 buf[256], *pw = getenv("ALLIANCE_PASSWORD"), msg[600];
	size_t	 n;
	int	 rc;

	if (pw == NULL) {
		if (fgets(buf, sizeof(buf), stdin) == NULL)
			buf[0] = '\0';
		n = strlen(buf);
		while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
			buf[--n] = '\0';
		pw = buf;
	}
	rc = core_user_password(&c->core, c->arg[0], pw);
	sodium_memzero(buf, sizeof(buf));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "password set for %s", c->arg[0]);
	return cli_done(c, msg, 0, NULL);
}

static void
user_row(struct table *t, const void *p)
{
	const struct rec_user *u = p;

	table_text(t, u->name);
	table_text(t, u->email);
	table_text(t, u->organisation);
	table_num(t, u->officer);
	table_num(t, u->second_factor);
}

static int
run_user_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Name", 30, 0 }, { "Email", 34, 0 },
		{ "Organisation", 30, 0 }, { "Officer", 0, 0 },
		{ "Second factor", 0, 0 }, { NULL, 0, 0 },
	};
	struct rec_user_list	l = { 0 };
	int			rc;

	rc = core_user_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_user_list, cols, user_row,
	    rec_user_list_free);
}

static int
run_token_create(struct cli *c)
{
	char	*tok = NULL;
	int	 rc;

	rc = core_token_create(&c->core, O("name"), O("scope"), O("expires"),
	    &tok);
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	/* Shown once: only its hash is kept. */
	printf("%s\n", tok);
	sodium_memzero(tok, strlen(tok));
	free(tok);
	return EXIT_OK;
}

static void
token_row(struct table *t, const void *p)
{
	const struct rec_token *k = p;

	table_num(t, k->id);
	table_text(t, k->name);
	table_text(t, k->scope);
	table_text(t, k->expires);
	table_text(t, k->last_used);
	table_text(t, k->created_by);
	table_text(t, k->created);
	table_text(t, k->revoked);
}

static int
run_token_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "Id", 0, 0 }, { "Name", 30, 0 }, { "Scope", 0, 0 },
		{ "Expires", 0, 0 }, { "Last used", 0, 0 },
		{ "Made by", 20, 0 }, { "Made", 0, 0 }, { "Revoked", 0, 0 },
		{ NULL, 0, 0 },
	};
	struct rec_token_list	l = { 0 };
	int			rc;

	rc = core_token_list(&c->core, &l);
	return CLI_LIST(c, rc, &l, json_token_list, cols, token_row,
	    rec_token_list_free);
}

static int
run_token_revoke(struct cli *c)
{
	char	msg[80];
	int	rc = core_token_revoke(&c->core, c->arg[0]);

	if (rc != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "token %s revoked", c->arg[0]);
	return cli_done(c, msg, 0, NULL);
}

/* Removes an officer's second factor, or (tests) sets a known one. */
static int
run_user_totp(struct cli *c)
{
	char	msg[700];
	int	reset = cli_flag(c, "reset"), rc;

	if (reset == (O("secret") != NULL)) {
		core_fail(&c->core, CORE_EINVAL, "reset", "give --reset, or "
		    "--secret BASE32 to set a known secret");
		return cli_fail(c, CORE_EINVAL);
	}
	if ((rc = core_user_totp(&c->core, c->arg[0], reset, O("secret"))) !=
	    CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), reset ? "second factor removed for %s; they "
	    "set up a new one at their next sign-in" : "second factor set for "
	    "%s", c->arg[0]);
	return cli_done(c, msg, 0, NULL);
}

static const struct cli_opt serve_opts[] = {
	{ "listen", 0, "ADDRESS:PORT to listen on (default 127.0.0.1:8080)" },
	{ "assets", 0, "govuk-frontend's dist/govuk folder (default: where "
	    "npm put it)" },
	{ "threads", &threads, "worker threads (default 4)" },
	{ "trust-proxy", CLI_FLAG, "believe X-Forwarded-Proto from a reverse proxy" },
	{ "port-file", 0, "write the port listened on to this file" },
	{ "every", &seconds, "seconds between runs of the reminders and the mail "
	    "sender (default 300; 0: none)" },
	{ "routes", CLI_FLAG, "list the pages' and the API's routes with who may "
	    "use each, and stop" },
	{ NULL, 0, NULL },
};
static const struct cli_opt user_opts[] = {
	{ "officer", CLI_FLAG, "an officer of the secretariat (may administer)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt token_opts[] = {
	{ "name", 0, "what the token is for (required)" },
	{ "scope", 0, "public (what anyone sees), members (what a member "
	    "sees) or write (default public)" },
	{ "expires", &cli_is_date, "its last day, YYYY-MM-DD (default a year from "
	    "today)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt totp_opts[] = {
	{ "reset", CLI_FLAG, "remove the second factor: a new one is set up at the "
	    "next sign-in" },
	{ "secret", 0, "BASE32: set this secret (for setting up tests)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_web_cmds[] = {
	{ "serve", NULL, run_serve, NULL, serve_opts,
	  "run the web application and JSON API until stopped" },
	{ "user", "add", run_user_add, "PERSON", user_opts,
	  "let a person of the registry sign in" },
	{ "user", "password", run_user_password, "PERSON", NULL,
	  "set an officer's password, read from standard input" },
	{ "user", "list", run_user_list, NULL, NULL, "who may sign in" },
	{ "user", "totp", run_user_totp, "PERSON", totp_opts,
	  "reset an officer's second factor (TOTP)" },
	{ "token", "create", run_token_create, NULL, token_opts,
	  "make an API token; it is shown once" },
	{ "token", "list", run_token_list, NULL, NULL, "the API tokens" },
	{ "token", "revoke", run_token_revoke, "ID", NULL,
	  "withdraw an API token at once" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
