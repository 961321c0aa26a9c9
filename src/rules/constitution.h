/*
 * The constitution of an arrangement: every number and choice that
 * RULES.md marks as a setting, read from a plain text file:
 *
 *	# comment
 *	agenda.notice_days = 7
 *	meetings.min_per_year.local-forum = 4
 *	agenda.mandatory = Declarations of interests     (lists repeat the key)
 *
 * Parsing is pure: text in, settings out, or the first error with its
 * line, the setting and what is accepted.  Settings left out of a file
 * take the default of the settings table (constitution.c).
 */
#ifndef RULES_CONSTITUTION_H
#define RULES_CONSTITUTION_H

#include <stddef.h>

/* Kinds of group, used as suffix of per-kind settings. */
enum group_kind {
	GK_LOCAL_FORUM,
	GK_THEMATIC,
	GK_TASK,
	GK_JOINT,
	GK_COORDINATION,
	GK_LEADERS,
	GK_WORKING_GROUP,
	GK_PARTNERSHIP,
	GK__MAX
};
extern const char *const group_kind_names[GK__MAX];
/* Returns the kind, or -1 if name is not one. */
int group_kind_parse(const char *name);

enum cs_type {
	CS_INT,		/* whole number within [min, max] */
	CS_BOOL,	/* yes | no */
	CS_ENUM,	/* one of choices */
	CS_TEXT,	/* free text, one line */
	CS_LIST,	/* free text, key repeated for each entry */
	CS_QUORUM,	/* none | majority | vcse-present N | sides A, B | C */
	CS_DATE		/* YYYY-MM-DD, or none */
};

struct cs_setting {
	const char	*key;
	enum cs_type	 type;
	int		 per_kind;	/* key is followed by .GROUP-KIND */
	int		 min, max;	/* CS_INT */
	const char	*choices;	/* CS_ENUM: "a|b|c" */
	const char	*def;		/* default; NULL: empty */
	const char	*rule;		/* RULES.md id(s) it serves */
	const char	*help;
};

/* The table of every setting, ending with a NULL key. */
extern const struct cs_setting constitution_settings[];

struct cs_value {
	char		*key;		/* full key, kind suffix included */
	char		*value;		/* from malloc() */
	int		 line;
};

struct constitution {
	struct cs_value	*v;		/* from malloc(), n entries */
	size_t		 n;
};

struct cs_error {
	int	line;			/* 0: not tied to a line */
	char	setting[96];
	char	msg[320];
};

/*
 * Parses text.  Returns 0 and fills *c (free with constitution_free), or
 * -1 with *err filled and *c empty.
 */
int constitution_parse(const char *text, struct constitution *c,
    struct cs_error *err);
void constitution_free(struct constitution *);

/*
 * Accessors: the value set in the file, else the table's default.
 * For per-kind settings pass the base key and the kind.
 */
const char *constitution_text(const struct constitution *, const char *key);
int constitution_int(const struct constitution *, const char *key);
int constitution_bool(const struct constitution *, const char *key);
const char *constitution_kind_text(const struct constitution *,
    const char *key, enum group_kind);
int constitution_kind_int(const struct constitution *, const char *key,
    enum group_kind);
/*
 * A whole-number setting may be "none": the arrangement's agreement does
 * not state it, and the rule that reads it is silent.  constitution_int
 * reads none as 0.  constitution_states is 1 when key has a value, set
 * or by default, other than none; constitution_writes is 1 only when the
 * file itself writes key with a value other than none.
 */
int constitution_states(const struct constitution *, const char *key);
int constitution_writes(const struct constitution *, const char *key);
/* Entries of a list setting, in file order; returns how many. */
size_t constitution_list(const struct constitution *, const char *key,
    const char **out, size_t max);
/* 1 if value (case-insensitive) is an entry of the list setting key. */
int constitution_list_has(const struct constitution *, const char *key,
    const char *value);

/* The setting's table entry for a full key (kind suffix allowed). */
const struct cs_setting *constitution_setting(const char *key);

#endif
