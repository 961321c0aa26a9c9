/*
 * Commands for the outbox and reminders.  The SMTP server comes from the
 * environment (the configuration), never from the database:
 *
 *	ALLIANCE_SMTP_URL	smtp://host:port (or smtps://)
 *	ALLIANCE_SMTP_USER, ALLIANCE_SMTP_PASSWORD
 *	ALLIANCE_SMTP_STARTTLS	yes to require STARTTLS
 *	ALLIANCE_MAIL_FROM, ALLIANCE_MAIL_FROM_NAME
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <curl/curl.h>

#include "cli.h"
#include "net/smtp.h"
#include "render/json.h"

#define O(k) cli_opt(c, (k))

static int
run_mail_send(struct cli *c)
{
	struct smtp_config	 cf;
	struct mail_sent	 r;
	int64_t			 every = cli_int(c, "every");
	int			 rc, tries = 8;

	if (smtp_config_env(&cf) != 0) {
		core_fail(&c->core, CORE_EINVAL, "ALLIANCE_SMTP_URL", "no mail "
		    "server is configured; set ALLIANCE_SMTP_URL to "
		    "smtp://host:port");
		return cli_fail(c, CORE_EINVAL);
	}
	if (O("max-tries") != NULL)
		tries = (int)cli_int(c, "max-tries");
	curl_global_init(CURL_GLOBAL_DEFAULT);
	for (;;) {
		rc = core_mail_send(&c->core, &cf, tries, &r);
		if (rc != CORE_OK)
			break;
		if (cli_json(c))
			(void)cli_json_out(c, json_mail_sent(&r));
		else
			printf("%d sent, %d not sent (queued again or "
			    "failed)\n", r.sent, r.not_sent);
		fflush(stdout);
		if (every == 0)
			break;
		sleep((unsigned)every);
	}
	curl_global_cleanup();
	return rc != CORE_OK ? cli_fail(c, rc) : EXIT_OK;
}

/* A message's fields, in mail_row's order: the columns of its list and
 * of one message pick from them. */
enum {
	MAIL_ID = 1, MAIL_KIND, MAIL_TO, MAIL_SUBJECT, MAIL_STATUS,
	MAIL_TRIES, MAIL_NEXT, MAIL_ERROR, MAIL_QUEUED, MAIL_SENT
};

static void
mail_row(struct table *t, const void *p)
{
	const struct rec_mail *m = p;

	table_num(t, m->id);
	table_text(t, m->kind);
	table_text(t, m->recipient);
	table_text(t, m->subject);
	table_text(t, m->status);
	table_num(t, m->attempts);
	table_text(t, m->next_attempt);
	table_text(t, m->last_error);
	table_text(t, m->created);
	table_text(t, m->sent);
}

static int
run_mail_list(struct cli *c)
{
	static const struct column cols[] = {
		{ "#", 0, MAIL_ID }, { "Kind", 0, MAIL_KIND },
		{ "To", 30, MAIL_TO }, { "Subject", 50, MAIL_SUBJECT },
		{ "Status", 0, MAIL_STATUS }, { "Tries", 0, MAIL_TRIES },
		{ "Last error", 40, MAIL_ERROR }, { NULL, 0, 0 },
	};
	struct rec_mail_list	l;
	int			rc;

	if ((rc = core_mail_list(&c->core, O("status"), &l)) != CORE_OK)
		return cli_fail(c, rc);
	return CLI_LIST(c, CORE_OK, &l, json_mail_list, cols, mail_row,
	    rec_mail_list_free);
}

static int
run_mail_show(struct cli *c)
{
	static const struct column cols[] = {
		{ "Message", 0, MAIL_ID }, { "Kind", 0, MAIL_KIND },
		{ "To", 0, MAIL_TO }, { "Subject", 0, MAIL_SUBJECT },
		{ "Status", 0, MAIL_STATUS }, { "Tries", 0, MAIL_TRIES },
		{ "Next try", 0, MAIL_NEXT }, { "Last error", 0, MAIL_ERROR },
		{ "Queued", 0, MAIL_QUEUED }, { "Sent", 0, MAIL_SENT },
		{ NULL, 0, 0 },
	};
	struct rec_mail	rec;
	int		rc;
	int64_t		id;

	if (id_arg(c, "message", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_mail_get(&c->core, id, &rec)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_mail(&rec));
	else if ((rc = cli_print(c, CLI_AS_RECORD, &rec, 1, 0, cols,
	    mail_row)) == EXIT_OK)
		printf("\n%s", rec.body_text != NULL ? rec.body_text : "");
	rec_mail_clear(&rec);
	return rc;
}

static int
run_mail_retry(struct cli *c)
{
	int64_t	id;
	int	rc;

	if (id_arg(c, "message", &id) != 0)
		return cli_fail(c, CORE_EINVAL);
	if ((rc = core_mail_retry(&c->core, id)) != CORE_OK)
		return cli_fail(c, rc);
	return cli_done(c, "message queued to be sent again", 0, NULL);
}

static void
remind_row(struct table *t, const void *p)
{
	const struct remind_note *r = p;

	table_text(t, r->kind);
	table_text(t, r->to);
	table_text(t, r->about);
}

static int
run_remind(struct cli *c)
{
	static const struct column cols[] = {
		{ "Reminder", 0, 0 }, { "To", 36, 0 }, { "About", 70, 0 },
		{ NULL, 0, 0 },
	};
	struct remind_list	l;
	int			rc;

	if ((rc = core_remind(&c->core, cli_flag(c, "dry-run"), &l)) !=
	    CORE_OK)
		return cli_fail(c, rc);
	return CLI_LIST(c, CORE_OK, &l, json_remind_list, cols, remind_row,
	    remind_list_free);
}

static const struct cli_opt send_opts[] = {
	{ "max-tries", &cli_is_pos, "tries before a message is marked failed "
	    "(default 8)" },
	{ "every", &cli_is_pos, "keep running, sending every so many seconds" },
	{ NULL, 0, NULL },
};
static const struct cli_opt list_opts[] = {
	{ "status", 0, "queued, sending, sent, failed or uncertain" },
	{ NULL, 0, NULL },
};
static const struct cli_opt remind_opts[] = {
	{ "dry-run", CLI_FLAG, "show the reminders without queueing them" },
	{ NULL, 0, NULL },
};

static int
run_mail_digest(struct cli *c)
{
	struct mail_digest	d;
	int			rc;

	if ((rc = core_mail_digest(&c->core, &d)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		return cli_json_out(c, json_mail_digest(&d));
	else
		printf("%d digest(s) made from %d held message(s)\n",
		    d.digests, d.messages);
	return EXIT_OK;
}

const struct cli_cmd cli_mail_cmds[] = {
	{ "mail", "digest", run_mail_digest, NULL, NULL,
	  "bundle today's held news into one message per person" },
	{ "mail", "send", run_mail_send, NULL, send_opts,
	  "deliver the outbox through the configured SMTP server" },
	{ "mail", "list", run_mail_list, NULL, list_opts,
	  "the outbox, with failures for an officer to see" },
	{ "mail", "show", run_mail_show, "ID", NULL, "one message" },
	{ "mail", "retry", run_mail_retry, "ID", NULL,
	  "send a failed or uncertain message again" },
	{ "remind", NULL, run_remind, NULL, remind_opts,
	  "queue the reminders due today (each once)" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
