/*
 * The constitution's versions and settings (constitution_apply.c):
 * core's declarations, free of JSON.  The command line and the
 * officers' page read these records; render/json_constitution.c makes
 * their JSON for --json.
 */
#ifndef CORE_CONSTITUTION_H
#define CORE_CONSTITUTION_H

#include <stddef.h>

#include "store/rec_arrangement.h"
#include "store/rec_list.h"

struct core;
struct viewer;

#ifndef WUR
#define WUR __attribute__((warn_unused_result))
#endif

/* Checks text; on error core.err names line, setting and what is
 * accepted. */
int core_constitution_check(struct core *, const char *text) WUR;
/* Applies text from date effective (default today); the old version is
 * kept, closed the day the new one starts. */
int core_constitution_apply(struct core *, const char *text,
    const char *effective) WUR;

/*
 * The version in force on date (NULL: today): its number, dates and
 * text, which anyone may read (the agreement is public).  Who applied
 * it and when (applied_by, applied_at) are the secretariat's record:
 * NULL unless the viewer administers.  Clear out with
 * rec_constitution_version_clear().
 */
int core_constitution_get(struct core *, const struct viewer *,
    const char *date, struct rec_constitution_version *out) WUR;
/* Every version, oldest first, without its text; who applied each as
 * core_constitution_get() says. */
int core_constitution_versions(struct core *, const struct viewer *,
    struct rec_constitution_version_list *) WUR;

/* One setting in force: what it is called, serves and means, and its
 * value. */
struct constitution_setting {
	char		*setting;	/* the full name, with the kind of
					   group for per-kind settings */
	const char	*rule;		/* RULES.md ids (the settings
					   table's; not owned) */
	const char	*meaning;	/* in plain words (the table's) */
	int		 is_list;	/* the value is lines, not text */
	char		*text;		/* not a list: the value, "" for
					   none */
	struct rec_lines lines;		/* a list: its entries, in the
					   file's order */
};
struct constitution_setting_list {
	struct constitution_setting	*v;
	size_t				 n;
};
void constitution_setting_list_free(struct constitution_setting_list *);
/* Every setting, in the order of the settings table (each per-kind
 * setting once per kind of group), with its value in force on date
 * (NULL: today).  No viewer: the settings are the agreement's, for
 * anyone to read, and name no one. */
int core_constitution_settings(struct core *, const char *date,
    struct constitution_setting_list *out) WUR;

#endif
