/*
 * Commands that keep the records safe: backup and restore, a person's
 * data (export, erase, restrict) and the retention of personal data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "core/records.h"
#include "render/json.h"

/*
 * A backup or a restore (restored) said, core's rc its outcome: its
 * report with --json, else a line.  Frees r.
 */
static int
backup_said(struct cli *c, int rc, struct backup_report *r, int restored)
{
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c))
		rc = cli_json_out(c, json_backup_report(r));
	else if (restored)
		printf("restored %s from %s: integrity ok, %lld audit entries "
		    "verified\n", c->db, r->file, (long long)r->audit_entries);
	else
		printf("backed up to %s: %lld pages, %lld bytes in %lld ms "
		    "(%d restart%s); integrity ok, %lld audit entries "
		    "verified\n", r->file, (long long)r->pages,
		    (long long)r->bytes, (long long)r->ms, r->restarts,
		    r->restarts == 1 ? "" : "s", (long long)r->audit_entries);
	backup_report_free(r);
	return rc;
}

static int
run_backup(struct cli *c)
{
	struct backup_report r;

	return backup_said(c, core_backup(&c->core, c->db, c->arg[0], &r), &r,
	    0);
}

/* Runs with no database open (main.c): the database is replaced. */
int
cli_records_restore(struct cli *c, const char *actor)
{
	struct backup_report r;

	return backup_said(c, core_restore(&c->core, actor, c->db, c->arg[0],
	    &r), &r, 1);
}

/* Never called: main.c runs restore before opening the database. */
static int
run_restore(struct cli *c)
{
	(void)c;
	return EXIT_FAULT;
}

static int
run_export(struct cli *c)
{
	struct person_export	 e;
	json_t			*r;
	char			*s;
	int			 rc;

	if ((rc = core_person_export(&c->core, c->arg[0], &e)) != CORE_OK)
		return cli_fail(c, rc);
	r = json_person_export(&e);
	person_export_free(&e);
	s = r != NULL ? json_dumps(r, JSON_INDENT(2) | JSON_PRESERVE_ORDER) :
	    NULL;
	json_decref(r);
	if (s == NULL)
		return EXIT_FAULT;
	puts(s);
	free(s);
	return EXIT_OK;
}

static int
run_erase(struct cli *c)
{
	struct rec_erasure	 e;
	json_t			*r = NULL;
	int64_t			 removed = 0, kept = 0;
	size_t			 k;
	int			 rc;

	if (!cli_flag(c, "yes")) {
		core_fail(&c->core, CORE_EINVAL, "yes", "erasing cannot be "
		    "undone: add --yes to confirm (export the data first "
		    "with 'alliance person export')");
		return cli_fail(c, CORE_EINVAL);
	}
	if ((rc = core_person_erase(&c->core, c->arg[0], &e)) != CORE_OK)
		return cli_fail(c, rc);
	if (cli_json(c) && (r = json_erasure(&e)) == NULL) {
		rec_erasure_free(&e);
		return EXIT_FAULT;
	}
	if (r != NULL) {
		render_json(stdout, r);
		json_decref(r);
	} else {
		for (k = 0; k < ER__MAX; k++)
			removed += e.removed[k];
		for (k = 0; k < EK__MAX; k++)
			kept += e.kept[k];
		printf("person %lld erased: now \"%s\"; %lld record(s) "
		    "removed, %lld kept under the placeholder, %zu audit "
		    "detail(s) redacted\n", (long long)e.person,
		    e.placeholder, (long long)removed, (long long)kept,
		    e.nredacted);
	}
	rec_erasure_free(&e);
	return EXIT_OK;
}

static int
run_restrict(struct cli *c)
{
	char	msg[600];	/* a name or email, under 300 */
	int	lift = cli_flag(c, "lift"), rc;

	if ((rc = core_person_restrict(&c->core, c->arg[0], lift)) != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), lift ? "processing of %s's data is no "
	    "longer restricted" : "processing of %s's data is restricted: no "
	    "mail, no new roles; '--lift' ends it", c->arg[0]);
	return cli_done(c, msg, 0, NULL);
}

static int
run_retention(struct cli *c)
{
	struct retention	 t;
	json_t			*r;
	int			 rc;

	if ((rc = core_retention_apply(&c->core, &t)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		if ((r = json_retention(&t)) == NULL)
			return EXIT_FAULT;
		render_json(stdout, r);
		json_decref(r);
	} else
		printf("retention applied: %lld sign-in record(s), %lld "
		    "message(s), %lld audit detail(s) naming people removed\n",
		    (long long)t.signin, (long long)t.mail,
		    (long long)t.audit);
	return EXIT_OK;
}

static const struct cli_opt erase_opts[] = {
	{ "yes", CLI_FLAG, "confirm: erasing cannot be undone" },
	{ NULL, 0, NULL },
};
static const struct cli_opt restrict_opts[] = {
	{ "lift", CLI_FLAG, "end the restriction" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_records_cmds[] = {
	{ "backup", NULL, run_backup, "FILE", NULL,
	  "copy the database to FILE while the server runs, and check the "
	  "copy (integrity and audit chain)" },
	{ "restore", NULL, run_restore, "FILE", NULL,
	  "replace the database by the backup FILE, if it passes both "
	  "checks and nothing else has the database open" },
	{ "person", "export", run_export, "PERSON", NULL,
	  "everything held about a person, as JSON (UK GDPR access)" },
	{ "person", "erase", run_erase, "PERSON", erase_opts,
	  "erase a person's data, keeping the governance record under a "
	  "placeholder name" },
	{ "person", "restrict", run_restrict, "PERSON", restrict_opts,
	  "stop processing a person's data without deleting it" },
	{ "retention", "apply", run_retention, NULL, NULL,
	  "remove personal data kept longer than the constitution's "
	  "retention settings" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
