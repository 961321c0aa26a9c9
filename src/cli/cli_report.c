/*
 * Commands for the annual report (SC-annual, MS-2-eval, MC-chair,
 * MC-mou, TP-3): the report of a year as HTML, PDF or JSON, and the
 * recipient's formal response.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "embedded.h"
#include "core/core_report.h"
#include "render/json.h"
#include "render/report.h"

#define O(k) cli_opt(c, (k))

/* Writes len bytes to --out (or stdout); EXIT_OK or EXIT_REFUSED. */
static int
emit(struct cli *c, const char *bytes, size_t len)
{
	const char	*path = O("out");
	FILE		*f = stdout;
	int		 bad;

	if (path != NULL && (f = fopen(path, "wb")) == NULL) {
		core_fail(&c->core, CORE_EINVAL, "out", "cannot write %s: %s",
		    path, strerror(errno));
		return cli_fail(c, CORE_EINVAL);
	}
	bad = fwrite(bytes, 1, len, f) != len;
	if (path != NULL)
		bad |= fclose(f) != 0;
	else
		bad |= fflush(f) != 0;
	if (bad) {
		core_fail(&c->core, CORE_EINVAL, "out", "cannot write %s: %s",
		    path != NULL ? path : "standard output", strerror(errno));
		return cli_fail(c, CORE_EINVAL);
	}
	if (path != NULL)
		fprintf(stderr, "wrote %s (%zu bytes)\n", path, len);
	return EXIT_OK;
}

static int
run_annual(struct cli *c)
{
	const char	*fmt = O("format") != NULL ? O("format") : "html";
	struct html	 h;
	struct core_report r;
	char		*pdf = NULL;
	size_t		 len = 0;
	int		 year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	if (strcmp(fmt, "html") != 0 && strcmp(fmt, "pdf") != 0 &&
	    strcmp(fmt, "json") != 0) {
		core_fail(&c->core, CORE_EINVAL, "format", "--format '%s' is "
		    "not accepted; expected html, pdf or json", fmt);
		return cli_fail(c, CORE_EINVAL);
	}
	if (strcmp(c->format, "json") == 0)
		fmt = "json";
	/* A PDF is not for a terminal: name a file, or redirect. */
	if (strcmp(fmt, "pdf") == 0 && O("out") == NULL && isatty(1)) {
		core_fail(&c->core, CORE_EINVAL, "out", "a PDF needs --out FILE "
		    "(or standard output sent to a file or a pipe)");
		return cli_fail(c, CORE_EINVAL);
	}
	if ((rc = core_report_annual(&c->core, year, &r)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(fmt, "json") == 0) {
		json_t	*j = json_report(&r);
		char	*s = j != NULL ? json_dumps(j, JSON_INDENT(2) |
		    JSON_PRESERVE_ORDER) : NULL;

		rc = s != NULL ? emit(c, s, strlen(s)) : EXIT_FAULT;
		if (s != NULL && O("out") == NULL)
			putchar('\n');
		free(s);
		json_decref(j);
	} else if (strcmp(fmt, "pdf") == 0) {
		/* The web page of the report, where the site's address is
		 * known (as emails' links are). */
		if (getenv("ALLIANCE_BASE_URL") != NULL &&
		    *getenv("ALLIANCE_BASE_URL") != '\0') {
			char online[400];

			snprintf(online, sizeof(online), "%s/reports/annual/%d",
			    getenv("ALLIANCE_BASE_URL"), year);
			r.online = strdup(online);
		}
		if (report_pdf(&r, &pdf, &len) != 0) {
			core_fail(&c->core, CORE_EFAULT, NULL, "the PDF could "
			    "not be made");
			rc = cli_fail(c, CORE_EFAULT);
		} else
			rc = emit(c, pdf, len);
		free(pdf);
	} else {
		html_init(&h);
		report_html_file(&h, &r, embedded_get("web/alliance.css",
		    NULL));
		if (h.oom) {
			core_fail(&c->core, CORE_EFAULT, NULL, "the report is "
			    "too large");
			rc = cli_fail(c, CORE_EFAULT);
		} else
			rc = emit(c, h.p, h.len);
		html_free(&h);
	}
	core_report_free(&r);
	return rc;
}

static int
run_respond(struct cli *c)
{
	char	msg[80];
	int	year = cli_year(c), rc;

	if (year == 0)
		return cli_fail(c, CORE_EINVAL);
	rc = core_report_respond(&c->core, year, O("from"), O("text"),
	    O("date"));
	if (rc != CORE_OK)
		return cli_fail(c, rc);
	snprintf(msg, sizeof(msg), "the response to the %d report is recorded",
	    year);
	return cli_done(c, msg, 0, NULL);
}

static int
run_years(struct cli *c)
{
	json_t	*j;
	int	*ys = NULL;
	size_t	 i, n = 0;
	int	 rc;

	if ((rc = core_report_years(&c->core, &ys, &n)) != CORE_OK)
		return cli_fail(c, rc);
	if (strcmp(c->format, "json") == 0) {
		j = json_report_years(ys, n);
		render_json(stdout, j);
		json_decref(j);
	} else if (n == 0)
		puts("no years to report yet: a year has one when a meeting, "
		    "decision, election, self-assessment or consultation "
		    "falls in it, up to this year");
	else
		for (i = 0; i < n; i++)
			printf("%d\n", ys[i]);
	free(ys);
	return EXIT_OK;
}

static const struct cli_opt annual_opts[] = {
	{ "year", &cli_is_year, "the year reported on" },
	{ "format", 0, "html (default), pdf or json" },
	{ "out", 0, "the file to write (default standard output)" },
	{ NULL, 0, NULL },
};
static const struct cli_opt respond_opts[] = {
	{ "year", &cli_is_year, "the year of the report" },
	{ "text", 0, "the response, as given" },
	{ "from", 0, "who responded (default: the report's recipient)" },
	{ "date", &cli_is_date, "when it was given (default today)" },
	{ NULL, 0, NULL },
};

const struct cli_cmd cli_report_cmds[] = {
	{ "report", "annual", run_annual, NULL, annual_opts,
	  "the annual report of a year from live data (SC-annual, "
	  "MS-2-eval, MC-chair, TP-3)" },
	{ "report", "respond", run_respond, NULL, respond_opts,
	  "record the recipient's formal response to a year's report "
	  "(MC-mou)" },
	{ "report", "years", run_years, NULL, NULL,
	  "the years with anything to report" },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};
