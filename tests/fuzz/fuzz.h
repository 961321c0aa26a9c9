/*
 * fuzz: helpers shared by the libFuzzer targets in this folder.  Each
 * target feeds one parser of outside input with what the fuzzer makes;
 * see doc/fuzzing.md.
 */
#ifndef FUZZ_H
#define FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "core/core.h"

/* libFuzzer's entry points. */
int LLVMFuzzerTestOneInput(const uint8_t *, size_t);
int LLVMFuzzerInitialize(int *, char ***);

/* The input as a C string (from malloc(); it stops at a NUL byte). */
char *fuzz_str(const uint8_t *, size_t);

/*
 * Opens an in-memory database holding the arrangement of template tmpl
 * with its example data, on a fixed day; exits on failure.  Targets
 * wrap each run in core_begin() and core_end(c, CORE_EINVAL), so that
 * whatever an input writes is rolled back and every run starts alike.
 */
void fuzz_core(struct core *, const char *tmpl);

/*
 * The web server's request handling, run here (fuzz_http.c).  Init
 * once: an in-memory arrangement with an officer signed in.  In what
 * the targets send, @SID@ stands for the officer's session, @CSRF@ for
 * its form token and @TOKEN@ for an API token: fuzz_http_fill()
 * replaces them (the result from malloc()).  fuzz_http() sends one
 * request and reads the answer: its status, or 0 when none came.
 */
void fuzz_http_init(void);
char *fuzz_http_fill(const uint8_t *, size_t, size_t *len);
int fuzz_http(const char *req, size_t len);
/* A form posted by the officer: the input's first line is the path,
 * the rest the body, of content type ctype. */
int fuzz_http_post(const uint8_t *, size_t, const char *ctype);

#endif
