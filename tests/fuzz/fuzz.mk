# Fuzzing: a libFuzzer target for every parser of outside input, built
# with clang under AddressSanitizer and UndefinedBehaviorSanitizer into
# build-fuzz/ from the program's own sources (see doc/fuzzing.md).
#
#   make fuzz      each target for FUZZ_SECONDS (default 60); what it
#                  learns goes to build-fuzz/corpus/NAME, a crash to
#                  build-fuzz/crashes/NAME
#   make fuzz-ci   replays the committed corpus and tests/fuzz/crashes,
#                  then runs each target for FUZZ_CI_SECONDS (5): fails
#                  on any crash

FUZZ_TARGETS    = date money parse constitution csv cli query cookie \
                  urlencoded multipart api tmpl stored
FUZZ_SECONDS   ?= 60
FUZZ_CI_SECONDS ?= 5
FUZZ_BUILD      = build-fuzz
FUZZ_CFLAGS     = -O1 -g -fsanitize=fuzzer-no-link,address,undefined \
                  -fno-omit-frame-pointer -fno-sanitize-recover=all
FUZZ_LDFLAGS    = -fsanitize=fuzzer,address,undefined
FUZZ_BIN        = $(FUZZ_TARGETS:%=$(FUZZ_BUILD)/fuzz/fuzz_%)
FUZZ_ENV        = ALLIANCE_KEY=$(CURDIR)/$(FUZZ_BUILD)/installation.key \
                  ASAN_OPTIONS=detect_leaks=1 \
                  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
                  UBSAN_OPTIONS=print_stacktrace=1
# The targets' own output (errors printed for bad input) is noise here;
# libFuzzer still reports a crash.
FUZZ_RUN        = -close_fd_mask=3 -max_len=16384 -timeout=25 -rss_limit_mb=2048

.PHONY: fuzz fuzz-ci fuzz-build

# The targets' objects are the program's, compiled again by clang with
# the fuzzer's coverage and the sanitizers: one make run with BUILD set.
fuzz-build: deps
	$(MAKE) BUILD=$(FUZZ_BUILD) CC=clang CFLAGS="$(FUZZ_CFLAGS)" \
	  LDFLAGS="$(FUZZ_LDFLAGS)" $(FUZZ_BIN)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(BUILD)/fuzz/fuzz_util.o \
    $(LIB_OBJ) tests/fuzz/fuzz.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< \
	  $(BUILD)/fuzz/fuzz_util.o $(FUZZ_EXTRA) $(LIB_OBJ) $(PKG_LIBS)

$(BUILD)/fuzz/fuzz_util.o: tests/fuzz/fuzz_util.c tests/fuzz/fuzz.h \
    $(BUILD)/embedded.h $(BUILD)/stmts.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Itests/fuzz -c -o $@ $<

# The web's targets share the server harness.
FUZZ_HTTP = query cookie urlencoded multipart api
$(FUZZ_HTTP:%=$(BUILD)/fuzz/fuzz_%): $(BUILD)/fuzz/fuzz_http.o
$(FUZZ_HTTP:%=$(BUILD)/fuzz/fuzz_%): FUZZ_EXTRA = $(BUILD)/fuzz/fuzz_http.o
$(BUILD)/fuzz/fuzz_http.o: tests/fuzz/fuzz_http.c tests/fuzz/fuzz.h \
    $(BUILD)/embedded.h $(BUILD)/stmts.h $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Itests/fuzz -c -o $@ $<

# The command line's parser lives in main.c beside main(): the target
# links the command tables and main.c with its main() renamed.
FUZZ_CLI_OBJ = $(filter-out $(BUILD)/src/cli/main.o,$(CLI_OBJ)) \
               $(BUILD)/fuzz/cli_main.o
$(BUILD)/fuzz/cli_main.o: src/cli/main.c $(BUILD)/embedded.h $(BUILD)/stmts.h \
    $(wildcard src/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Dmain=alliance_main \
	  -Wno-missing-prototypes -c -o $@ $<
$(BUILD)/fuzz/fuzz_cli: tests/fuzz/fuzz_cli.c $(BUILD)/fuzz/fuzz_util.o \
    $(LIB_OBJ) $(FUZZ_CLI_OBJ) tests/fuzz/fuzz.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -Itests/fuzz $(LDFLAGS) -o $@ $< \
	  $(BUILD)/fuzz/fuzz_util.o $(FUZZ_CLI_OBJ) $(LIB_OBJ) $(PKG_LIBS)

fuzz: fuzz-build
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p $(FUZZ_BUILD)/corpus/$$t $(FUZZ_BUILD)/crashes/$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  $(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_$$t $(FUZZ_RUN) \
	    -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t/ \
	    $(FUZZ_BUILD)/corpus/$$t tests/fuzz/corpus/$$t || exit 1; \
	done

# One line per target and a last "fuzz: N passed, N failed" (which
# tests/check.sh adds up); a target's output is in build-fuzz/ci/NAME.log.
fuzz-ci: fuzz-build
	@pass=0; fail=0; \
	for t in $(FUZZ_TARGETS); do \
	  rm -rf $(FUZZ_BUILD)/ci/$$t; \
	  mkdir -p $(FUZZ_BUILD)/ci/$$t $(FUZZ_BUILD)/crashes/$$t; \
	  if { $(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_$$t $(FUZZ_RUN) \
	      tests/fuzz/corpus/$$t/* \
	      $$(ls -d tests/fuzz/crashes/$$t/* 2>/dev/null) && \
	    $(FUZZ_ENV) $(FUZZ_BUILD)/fuzz/fuzz_$$t $(FUZZ_RUN) \
	      -max_total_time=$(FUZZ_CI_SECONDS) \
	      -artifact_prefix=$(FUZZ_BUILD)/crashes/$$t/ \
	      $(FUZZ_BUILD)/ci/$$t tests/fuzz/corpus/$$t; } \
	    >$(FUZZ_BUILD)/ci/$$t.log 2>&1; then \
	    pass=$$((pass + 1)); \
	    echo "fuzz: $$t: $$(grep -o 'Done [0-9]* runs' \
	      $(FUZZ_BUILD)/ci/$$t.log | tail -1), no crash"; \
	  else \
	    fail=$$((fail + 1)); \
	    echo "fuzz: $$t CRASHED; the input is in" \
	      "$(FUZZ_BUILD)/crashes/$$t/"; \
	    grep -E 'ERROR|SUMMARY|Test unit' $(FUZZ_BUILD)/ci/$$t.log; \
	  fi; \
	done; \
	echo "fuzz: $$pass passed, $$fail failed"; [ $$fail -eq 0 ]
