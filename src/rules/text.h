/*
 * Text is UTF-8 everywhere: the one check every entrance makes (the
 * command line, form fields, the constitution file, CSV cells), and the
 * repair a read makes of a stored value that is not (an older database,
 * an outside edit), so that no value can make a list unreadable.
 * Both by libunistring.
 */
#ifndef RULES_TEXT_H
#define RULES_TEXT_H

#include <stddef.h>

/* Returns 1 when the len bytes at s are well-formed UTF-8, else 0. */
int text_utf8(const char *s, size_t len);

/*
 * The len bytes at s with each sequence that is not UTF-8 replaced by
 * U+FFFD, NUL-terminated.  From malloc(); NULL when out of memory.
 */
char *text_utf8_repair(const char *s, size_t len);

/*
 * The bytes of s's first chars characters: where s may be cut without
 * splitting a character (a sequence that is not UTF-8 counts as one).
 */
size_t text_prefix(const char *s, size_t chars);
/* 1 when s is NULL, empty or only white space (a value not given). */
int text_blank(const char *s);
/* s, or NULL when it is blank: how a value not given is stored. */
const char *text_given(const char *s);

#endif
