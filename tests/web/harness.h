/*
 * The HTTP tests' harness: `alliance serve` started on a free loopback
 * port over the arrangement of tests/web/fixture.sh, and a browser made
 * of a libcurl handle that keeps its cookies.  Every HTTP test file
 * shares it (with totp.c, the officer's codes); each binary starts its
 * own server on its own database.
 *
 * Environment: ALLIANCE (the binary), FIXTURE (fixture.sh), OPENAPI
 * (doc/openapi.json), and VALGRIND (a prefix for the server) if set.
 */
#ifndef HARNESS_H
#define HARNESS_H
#include <stddef.h>
#include <curl/curl.h>

struct resp {
	long	 status;
	char	*body;		/* from malloc(), NUL-terminated */
	size_t	 len;
	char	 headers[8192];
};

extern char	 dir[64], db[128], portfile[128], base[64];
extern char	*token;		/* an API token made by the CLI */
extern int	 every;		/* --every for the next start: 0 none */
extern int	 trust;		/* --trust-proxy for the next start */

void	 resp_free(struct resp *);
/* A browser: a curl handle with its own cookies. */
CURL	*browser(void);
/* A second browser with the cookies of the first. */
CURL	*same_person(CURL *);
/* GET or (body != NULL) POST path; extra: one header or NULL. */
void	 http(CURL *, const char *path, const char *body, const char *extra,
	    struct resp *);
/* The CSRF token of the first form on path; out: 64 bytes. */
void	 csrf_of(CURL *, const char *path, char *out);
/* Runs a shell command; its first output line into out (or NULL). */
void	 sh(const char *cmd, char *out, size_t outsz);
/* A digest of every row in the database. */
void	 digest(char out[64]);
/* ALLIANCE_NOW for the server: YYYY-MM-DDTHH:MM. */
void	 start_server(const char *now);
/* SIGTERM: the server finishes and exits; its status (0 is clean). */
int	 stop_server(void);
/* The server's process id (for a signal sent at a moment of one's own
 * choosing); then kill_server(SIGKILL) reaps it. */
int	 server_pid(void);
/* Sends sig and waits for the server; its status as stop_server's. */
int	 kill_server(int sig);
/* The cmocka group's: the fixture, a token, the server; and after. */
int	 setup(void **);
int	 teardown(void **);
/* Signs in by the emailed link; the session stays in the handle. */
void	 sign_in(CURL *, const char *email);
/* Signs Olive Officer in with her password and a fresh code. */
void	 officer_sign_in(CURL *);
/* Runs the command line's cmd on the test's database on 2 June 2025;
 * it must succeed. */
void	 cli_run(const char *cmd);
/* n new organisations "NAME 00"..., short names REF00..., each a signed
 * full member of the Southwest forum with its lead person
 * (lead@REF00.example.org). */
void	 add_signed_members(int n, const char *name, const char *ref);

#endif
