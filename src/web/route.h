/*
 * route: the one table of the web application's routes, pages and
 * JSON API alike.  Each route declares its method, its path
 * pattern, the role a visitor needs, and every parameter it reads
 * (path segments, query and form fields) with the validator of its
 * kind (rules/parse.h); fields named after a record are declared as a
 * family ("att-" and an organisation's id).  The router checks all of
 * them before any handler runs, as kcgi checks its keys: a field sent
 * that nothing declares, or a value refused, is a 400 that names it and
 * what would be accepted, and nothing is done;
 * text typed into a form that is refused shows the route's form again
 * with the GOV.UK error summary naming the field (web_route.form).
 * The table is routes.c; the router route.c.  Internal to src/web.
 */
#ifndef WEB_ROUTE_H
#define WEB_ROUTE_H

#include "rules/parse.h"
#include "web.h"

/* Who may ask.  The router enforces each before a handler runs. */
enum web_role {
	ROLE_ANYONE,		/* "public" */
	ROLE_MEMBER,		/* "signed-in": any signed-in person */
	ROLE_CHAIR,		/* "chair": the chair or vice-chair of the
				   route's group, or an officer */
	ROLE_OFFICER,		/* "officer": the secretariat, with its
				   second factor */
	ROLE_TOKEN_PUBLIC,	/* "token-public": an API token, any scope */
	ROLE_TOKEN_MEMBERS,	/* "token-members" */
	ROLE_LINK,		/* "link": anyone holding the signed link of
				   an email, with no sign-in and no form
				   token (one-click unsubscribe, RFC 8058);
				   the page checks the link */
	ROLE__MAX
};

/* For ROLE_CHAIR: how the route's group is found from its parameters. */
enum web_group {
	GROUP_NONE,
	GROUP_SLUG,		/* the group itself, ":slug" */
	GROUP_POLL,		/* a poll's, ":id" */
	GROUP_ELECTION		/* an election's, ":id" */
};

enum web_in { IN_PATH, IN_QUERY, IN_FORM };

struct web_param {
	const char		*name;		/* NULL ends a list */
	enum web_in		 in;
	struct parse_spec	 spec;
	int			 required;	/* query and form: must be
						   sent (a path's always) */
	const char		*suffix;	/* a path's may end in it
						   (".pdf": r->suffixed) */
	/*
	 * A family of form fields, one per record or per name of a
	 * closed list: name is their prefix ("att-"), and a field is the
	 * prefix and a tail that known accepts ("att-12": an
	 * organisation's id; "set.quorum": a setting's name).  family
	 * names the tail in the route list ("att-{id}").  Every field of
	 * the family sent is checked by spec (one sent empty is handed
	 * over as ""); read them with web_form_of and web_form_next.
	 */
	const char		*family;
	int			(*known)(const char *tail);
};

struct web_route {
	const char		*method;
	const char		*pattern;	/* ":name" is a segment,
						   declared in params */
	enum web_role		 role;
	void			(*page)(struct req *);
	/* An API route: the document, or a core error. */
	int			(*api)(struct req *, json_t **out);
	const struct web_param	*params;	/* or NULL */
	enum web_group		 group;
	/*
	 * The page whose form posts here, shown again (400) with the
	 * GOV.UK error summary naming a form field the router refused,
	 * the way a field core refuses is shown; NULL: the plain 400 page.
	 */
	void			(*form)(struct req *, const char *field,
				    const char *err);
};

/* The table's routes, ending in a NULL method (routes.c). */
extern const struct web_route web_routes[];
/* The parameters of the API's lists (?page=, ?limit=): the router
 * answers their page. */
extern const struct web_param *const web_api_list;

/*
 * Routes and answers a request whose state is ready (request.c): the
 * route found, its visitor identified and allowed, its parameters
 * checked and typed, then its handler run in one read snapshot.
 */
struct conn_state;
struct MHD_Connection;
void route_dispatch(struct MHD_Connection *, struct conn_state *);

#endif
