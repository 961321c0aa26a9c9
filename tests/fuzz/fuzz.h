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

#endif
