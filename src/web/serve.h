/*
 * The web application and JSON API of `alliance serve`: the whole of
 * src/web's interface to the rest of the program.  Everything else in
 * src/web is internal (web.h for the pages, route.h, request.h).
 */
#ifndef WEB_SERVE_H
#define WEB_SERVE_H

#include <stdio.h>

struct web_config {
	const char	*listen;	/* "127.0.0.1:8080" */
	const char	*db;
	const char	*arrangement;	/* slug, or NULL: the only one */
	const char	*assets;	/* govuk-frontend's dist/govuk */
	int		 trust_proxy;	/* believe X-Forwarded-Proto */
	int		 threads;
	int		 every;		/* seconds between reminder runs;
					   0: none */
	/* Optional: a file the chosen port is written to (tests ask for
	 * port 0 and read it back). */
	const char	*port_file;
	/* Optional: write the table of routes here, one "METHOD PATTERN
	 * ROLE name=kind ..." a line, and serve nothing. */
	FILE		*routes;
};

/* Runs until SIGTERM or SIGINT; in-flight requests finish first.
 * 0, or 1 when it could not start. */
int web_serve(const struct web_config *);

#endif
