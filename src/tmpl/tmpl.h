/*
 * tmpl: a template's files read into typed records.  A template is an
 * arrangement's constitution (text the rules parse) and its example
 * data (templates/NAME/data.json), built into the program by
 * scripts/embed.sh.  This layer sits below core, beside store: it
 * knows the data file's format (JSON) and nothing of the database, the
 * rules or core; core (template.c) loads a struct tmpl through the
 * same functions an officer uses.  See tmpl.c for why it is here.
 *
 * Every string is malloc'd, NULL where the file has null or nothing;
 * each list is { v, n }.  tmpl_free() frees the whole.
 */
#ifndef TMPL_TMPL_H
#define TMPL_TMPL_H

#include <stddef.h>

struct tmpl_agreement {
	char	*version, *title;
	char	*in_force_from;		/* YYYY-MM-DD; NULL: the day loaded */
};

struct tmpl_org {
	char	*name, *short_name, *sector, *legal_form, *identifier;
	char	*geography, *email;
	int	 infrastructure;
};
struct tmpl_person {
	char	*name, *email, *organisation, *job_title;
};
struct tmpl_role {
	char	*person, *role, *area;
};
struct tmpl_group {
	char	*slug, *name, *kind, *description, *geography, *parent;
	char	*support_org, *support_officer, *recognised;
};
struct tmpl_membership {
	char	*group, *organisation, *kind, *side, *since;
};
struct tmpl_declaration {
	char	*organisation, *name, *role, *date;
	int	 authority;
};
struct tmpl_criterion {
	char	*group, *organisation, *criterion, *evidence;
};
struct tmpl_office {
	char	*group, *person, *office, *start, *end;
	int	 interim;
};
struct tmpl_holder {
	char	*person, *role, *scope, *start, *end;
	int	 interim;
};
struct tmpl_holder_list {
	struct tmpl_holder	*v;
	size_t			 n;
};
struct tmpl_position {
	char			*slug, *section, *name, *method;
	char			*appointed_by, *electing_group, *note;
	int			 seats;		/* 1 when the file has none */
	struct tmpl_holder_list	 holders;
};
/* SA-5.3: a place, with the groups whose remit it is and the positions
 * that serve it, each as text ("Area; Area", "slug, slug"). */
struct tmpl_place {
	char	*slug, *name, *areas, *groups, *positions;
};
struct tmpl_commitment {
	char	*code, *kind, *heading, *body, *party;
};

#define TMPL_LIST(name, type) \
	struct name { struct type *v; size_t n; }
TMPL_LIST(tmpl_org_list, tmpl_org);
TMPL_LIST(tmpl_person_list, tmpl_person);
TMPL_LIST(tmpl_role_list, tmpl_role);
TMPL_LIST(tmpl_group_list, tmpl_group);
TMPL_LIST(tmpl_membership_list, tmpl_membership);
TMPL_LIST(tmpl_declaration_list, tmpl_declaration);
TMPL_LIST(tmpl_criterion_list, tmpl_criterion);
TMPL_LIST(tmpl_office_list, tmpl_office);
TMPL_LIST(tmpl_position_list, tmpl_position);
TMPL_LIST(tmpl_place_list, tmpl_place);
TMPL_LIST(tmpl_commitment_list, tmpl_commitment);
#undef TMPL_LIST

/* A template: in data.json, an object of these members, each list an
 * array of objects with the fields above (any may be left out). */
struct tmpl {
	char				*name;
	char				*constitution;	/* its text */
	struct tmpl_agreement		 agreement;
	struct tmpl_org_list		 organisations;
	struct tmpl_person_list		 people;
	struct tmpl_role_list		 roles;
	struct tmpl_group_list		 groups;
	struct tmpl_membership_list	 memberships;
	struct tmpl_declaration_list	 declarations;
	struct tmpl_criterion_list	 criteria;
	struct tmpl_office_list		 offices;
	struct tmpl_position_list	 positions;
	struct tmpl_place_list		 places;
	struct tmpl_commitment_list	 commitments;
};

/* The built-in templates' names, NULL-terminated. */
extern const char *const tmpl_names[];
/* 1 when name is one of them. */
int tmpl_known(const char *name);

/*
 * Reads the built-in template name into *t (its constitution's text and
 * its data): 0, or -1 with err (errsz bytes) saying which file, where
 * in it (line, or field as "positions[2].holders[0].interim") and what
 * is accepted there.  *t is zeroed first and empty on error.
 */
int tmpl_load(const char *name, struct tmpl *t, char *err, size_t errsz);
/*
 * The same from data.json's text json (len bytes; a NUL inside is
 * refused) for the template name, leaving t->constitution NULL.
 */
int tmpl_parse(const char *name, const char *json, size_t len,
    struct tmpl *t, char *err, size_t errsz);
void tmpl_free(struct tmpl *);

#endif
