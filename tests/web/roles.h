/*
 * The security suite's viewers and routes (roles.c), shared by
 * test_matrix.c (who may reach what, and CSRF) and test_hostile.c
 * (hostile forms, kill -9): every kind of viewer of tests/web/fixture.sh
 * signed in once, the routes as `alliance serve --routes` lists them
 * from the router's own tables, and the forms the pages offer.
 */
#ifndef TESTS_WEB_ROLES_H
#define TESTS_WEB_ROLES_H

#include <stddef.h>
#include <curl/curl.h>

#include "harness.h"

enum role {
	ANON,		/* no session */
	ASSOC,		/* an associate member (the ICB) */
	FULL,		/* a full member in good standing */
	SUSP,		/* a suspended member */
	PEND,		/* a member whose declaration is not signed */
	CHAIR,		/* the chair of the Southwest forum */
	OCHAIR,		/* the chair of another forum */
	OFFICER,	/* password and TOTP code */
	TPUB,		/* an API token of scope public */
	TMEM,		/* ... members */
	TWRITE,		/* ... write */
	NROLES
};
#define IS_TOKEN(ro)	((ro) >= TPUB)
#define SIGNED_IN(ro)	((ro) > ANON && (ro) < TPUB)

struct viewer {
	const char	*name;
	const char	*email;		/* sign-in link; NULL: none */
	CURL		*h;
	char		 csrf[64];	/* the session's form token */
	char		 bearer[200];	/* "Authorization: Bearer T" */
};
extern struct viewer	 viewer[NROLES];

struct route {
	char	 method[8];
	char	 pattern[128];	/* ":x" or "{x}": one segment */
	char	 access[24];	/* public, signed-in, officer, token-S */
};
#define MAXROUTES	160
extern struct route	 route[MAXROUTES];
extern size_t		 nroute;

/* A form a page offers: its fields with the values the page gave. */
#define MAXFIELDS	24
struct form {
	enum role	 who;
	char		 action[200];
	size_t		 n;
	char		 name[MAXFIELDS][48];
	char		*value[MAXFIELDS];
};
#define MAXFORMS	300
extern struct form	 form[MAXFORMS];
extern size_t		 nform;

/* The arrangement's own: setup() then every viewer signed in, tokens
 * of each scope, and the routes read from `serve --routes`. */
int	 roles_setup(void **);
int	 roles_teardown(void **);
/* GET (body NULL) or POST path as ro would: its cookies, its token. */
void	 as(enum role, const char *path, const char *body, struct resp *);
/* pattern with each ":x" or "{x}" filled from the fixture; out 256. */
void	 fill(const char *pattern, char *out);
/* 1 when path is what pattern names. */
int	 matches(const char *pattern, const char *path);
/* Adds the forms with method post of html, as found by ro. */
void	 forms_of(enum role, const char *html);
/* "csrf=T&" then the fields, field k (k < n) replaced by v; from
 * malloc().  token NULL: no csrf field at all. */
char	*form_body(const struct form *, const char *token, size_t k,
	    const char *v);
/* Every GET page route filled, for the crawls; out[i] 256 bytes. */
size_t	 page_paths(char out[][256], size_t max);

#endif
