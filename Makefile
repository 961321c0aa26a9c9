# Alliance: governance of VCSE partnerships.
#
#   make            build ./alliance
#   make demo       set up, build, and serve a demo arrangement on 127.0.0.1
#   make check      set up, build and run every suite once under its safety
#                   net (what CI runs; tests/check.sh says which runs where)
#   make test       the plain suite only (quick, for development)
#   make bench      Alliance beside nginx and raw SQLite, as a table (scripts/bench.sh)
#   make check-asan, make check-valgrind   every suite under one net
#   make fuzz       every fuzz target for FUZZ_SECONDS each (clang,
#                   libFuzzer); make fuzz-ci: briefly, and replays the
#                   corpus and past crashes (tests/fuzz/fuzz.mk)

PKGS     = sqlite3 libsodium jansson libical libcurl libmicrohttpd \
           cairo pangocairo liboath libqrencode zlib libqpdf
CC      ?= cc
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wpointer-arith -Wformat=2 -Wno-format-nonliteral \
           -Werror
# gcc warns of snprintf truncation that is by design; clang has no such
# warning and refuses the option.
WARN    += $(shell $(CC) -Werror -Wno-format-truncation -x c -c -o /dev/null /dev/null 2>/dev/null && echo -Wno-format-truncation)
CFLAGS  ?= -O2 -g
BUILD   ?= build
# CFLAGS and LDFLAGS stay the user's (make CFLAGS=...); ours are added.
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) -Isrc -I$(BUILD) $(CFLAGS)
# Where npm put govuk-frontend; `alliance serve --assets` overrides.
ASSETS_DIR ?= $(CURDIR)/node_modules/govuk-frontend/dist/govuk
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lunistring

RULES_SRC  = src/rules/date.c src/rules/orgid.c src/rules/constitution.c \
             src/rules/membership.c src/rules/meeting.c src/rules/vote.c \
             src/rules/compact.c src/rules/dispute.c src/rules/text.c \
             src/rules/ruleid.c src/rules/parse.c src/rules/forum.c \
             src/rules/place.c
STORE_SRC  = src/store/store.c src/store/backup.c src/store/ledger.c \
             src/store/ledger_prior.c src/store/ledger_check.c src/store/ballot.c src/store/meeting.c \
             src/store/decision.c src/store/registry.c src/store/election.c \
             src/store/own.c src/store/arrangement.c \
             src/store/colmap.c src/store/auth.c src/store/privacy.c \
             src/store/check.c src/store/partners.c src/store/audit.c \
             src/store/mail.c src/store/report.c src/store/agree.c \
             src/store/flag.c src/store/me.c
CORE_SRC   = src/core/core.c src/core/audit.c src/core/registry.c \
             src/core/organisation.c src/core/person.c src/core/group.c \
             src/core/members.c src/core/office.c \
             src/core/constitution_apply.c src/core/template.c \
             src/core/import.c src/core/registers.c src/core/meeting.c \
             src/core/ical.c src/core/actions.c src/core/meeting_chair.c \
             src/core/meeting_view.c \
             src/core/decision.c src/core/election.c src/core/check.c \
             src/core/notify.c src/core/remind.c src/core/auth.c src/core/me.c \
             src/core/accountability.c src/core/partners.c \
             src/core/funding.c src/core/dispute.c src/core/dispute_panel.c \
             src/core/report.c src/core/totp.c src/core/token.c \
             src/core/backup.c src/core/privacy.c src/core/ledger.c \
             src/core/ballot_box.c src/core/viewer.c src/core/attendance.c \
             src/core/meeting_who.c \
             src/core/group_commit.c src/core/lists.c \
             src/core/election_count.c src/core/election_view.c \
             src/core/decision_view.c \
             src/core/check_own.c src/core/term.c src/core/represent.c \
             src/core/papers.c src/core/forums.c \
             src/core/report_others.c src/core/check_domains.c \
             src/core/agree.c src/core/check_agree.c \
             src/net/smtp.c
RENDER_SRC = src/render/table.c src/render/json_cli.c src/render/csvout.c src/render/html.c \
             src/render/chart.c src/render/pdf.c src/render/report.c \
             src/render/qr.c src/render/report_record.c src/render/when.c \
             src/render/report_partners.c src/render/report_draw.c \
             src/render/json_meeting.c src/render/json_registry.c \
             src/render/json_election.c src/render/json_own.c \
             src/render/json_auth.c src/render/json_check.c \
             src/render/json_partners.c src/render/json_audit.c \
             src/render/json_mail.c \
             src/render/json_report.c src/render/json_constitution.c \
             src/render/json_web.c src/render/json_routes.c \
             src/render/json_stored.c
WEB_SRC    = src/web/server.c src/web/request.c src/web/request_write.c src/web/form.c src/web/session.c \
             src/web/route.c src/web/routes.c src/web/page_table.c src/web/guard.c src/web/assets.c src/web/schedule.c \
             src/web/cache.c src/web/paging.c \
             src/web/page.c src/web/page_open.c src/web/page_date.c src/web/page_tasks.c \
             src/web/pages_public.c \
             src/web/pages_member.c src/web/pages_me.c src/web/pages_officer.c src/web/api.c \
             src/web/pages_chair.c src/web/pages_admin.c src/web/pages_compact.c \
             src/web/pages_partners_fields.c src/web/pages_partners_cols.c \
             src/web/pages_partners.c src/web/pages_dispute.c \
             src/web/pages_report.c src/web/pages_auth.c src/web/pages_ledger.c \
             src/web/pages_outcome.c src/web/pages_forum.c src/web/pages_register.c src/web/pages_audit.c src/web/pages_constitution.c \
             src/web/pages_papers.c
CLI_SRC    = src/cli/main.c src/cli/cli_org.c src/cli/cli_person.c \
             src/cli/cli_group.c src/cli/cli_member.c src/cli/cli_office.c \
             src/cli/cli_misc.c src/cli/cli_meeting.c src/cli/cli_decision.c \
             src/cli/cli_election.c src/cli/cli_mail.c src/cli/cli_web.c \
             src/cli/cli_compact.c src/cli/cli_partners.c src/cli/cli_dispute.c \
             src/cli/cli_report.c src/cli/cli_records.c src/cli/cli_ledger.c \
             src/cli/cli_own.c src/cli/cli_agree.c

# A template's files read into typed records, below core (src/tmpl/tmpl.c).
TMPL_SRC   = src/tmpl/tmpl.c
LIB_SRC = $(RULES_SRC) $(STORE_SRC) $(TMPL_SRC) $(CORE_SRC) $(RENDER_SRC) $(WEB_SRC)
LIB_OBJ = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/embedded.o $(BUILD)/stmts.o
CLI_OBJ = $(CLI_SRC:%.c=$(BUILD)/%.o)

TEMPLATES = staffordshire-alliance staffordshire-compact medway-swale-framework \
            manchester-leaders tameside-pact
# The schema's migrations, listed here only: migrations/NNNN-name.sql,
# run in order (scripts/migrations.sh checks the numbering and writes
# store.c's list).  migrations/schema.snapshot.sql is the schema they
# make, checked by tests/scenario/18_migrations.sh.
MIGRATIONS = $(sort $(wildcard migrations/[0-9][0-9][0-9][0-9]-*.sql))
EMBED = $(MIGRATIONS) \
        $(foreach t,$(TEMPLATES),templates/$(t)/constitution.txt templates/$(t)/data.json) \
        web/alliance.js web/init.mjs web/alliance.css doc/openapi.json

UNIT_TESTS = test_tmpl test_date test_orgid test_constitution test_membership \
             test_meeting test_vote test_compact test_dispute test_chart \
             test_utf8 test_parse test_errors test_ruleid test_ballot_secrecy \
             test_election_view test_smtp test_when test_store_sql test_forum \
             test_group_commit test_registry test_motion_view \
             test_check test_place test_constitution_read test_report \
             test_flags test_me test_json_web test_page_table \
             test_writer_now test_table test_stamp test_json_stored \
             test_attendance test_meeting_who test_poll_who test_audit_seal \
             test_core_spare test_session_lock \
             test_core_use test_html test_vote_choice
UNIT_BIN   = $(UNIT_TESTS:%=$(BUILD)/tests/%)
WEB_TESTS  = test_http test_security test_text test_auth test_matrix test_same \
             test_hostile test_pages test_scale test_writer test_fields
HTTP_BIN   = $(WEB_TESTS:%=$(BUILD)/tests/%)

.PHONY: all demo demo-code schema-snapshot sizes check test test-unit test-scenario test-web check-asan check-valgrind bench \
        deps install clean build-all asan-unit asan-scenario asan-web asan-browser \
        valgrind-unit valgrind-web valgrind-tour test-readme

all: alliance

alliance: $(BUILD)/alliance
	cp $(BUILD)/alliance alliance

$(BUILD)/alliance: $(LIB_OBJ) $(CLI_OBJ) | $(BUILD)/maps.ok
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

# Every column map of the store is in store_maps[], so that the start-up
# check holds it to its statement (scripts/maps.sh names one left out).
$(BUILD)/maps.ok: $(wildcard src/store/*.c) src/store/colmap.h scripts/maps.sh
	@mkdir -p $(BUILD)
	sh scripts/maps.sh && touch $@

$(BUILD)/%.o: %.c $(BUILD)/embedded.h $(BUILD)/stmts.h $(BUILD)/migrations.h \
    $(wildcard src/*/*.h) Makefile

	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -DALLIANCE_ASSETS='"$(ASSETS_DIR)"' -c -o $@ $<

# Schema and templates are compiled into the binary: "built-in".
# One run writes both files: a grouped target (&:), so make -j runs it once.
$(BUILD)/embedded.c $(BUILD)/embedded.h &: $(EMBED) scripts/embed.sh
	@mkdir -p $(BUILD)
	sh scripts/embed.sh $(BUILD)/embedded $(EMBED)

$(BUILD)/embedded.o: $(BUILD)/embedded.c
	$(CC) $(ALL_CFLAGS) -Wno-missing-prototypes -c -o $@ $<

# The store's statements, each under its name in src/store/sql/*.sql:
# their text in stmts.c, and enum stmt in stmts.h, which the script
# rewrites only when a name comes or goes (so that a change of a
# statement's text rebuilds stmts.o alone).
SQL = $(sort $(wildcard src/store/sql/*.sql))
$(BUILD)/stmts.c: $(SQL) scripts/sql.sh
	@mkdir -p $(BUILD)
	sh scripts/sql.sh $(BUILD)/stmts $(SQL)
$(BUILD)/stmts.h: $(BUILD)/stmts.c ;

$(BUILD)/migrations.h: $(MIGRATIONS) scripts/migrations.sh
	@mkdir -p $(BUILD)
	sh scripts/migrations.sh $@ $(MIGRATIONS)

$(BUILD)/stmts.o: $(BUILD)/stmts.c src/store/store_int.h src/store/store.h
	$(CC) $(ALL_CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

# roles.c: the security suite's viewers, routes and forms.
HTTP_SRC = tests/web/harness.c tests/web/totp.c tests/web/roles.c
$(HTTP_BIN): $(BUILD)/tests/%: tests/web/%.c $(HTTP_SRC) tests/web/harness.h tests/web/totp.h tests/web/roles.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $(PKG_CFLAGS) -o $@ $< $(HTTP_SRC) $(PKG_LIBS) -lcmocka

$(BUILD)/tests/%: tests/unit/%.c $(LIB_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $(PKG_CFLAGS) -o $@ $< $(LIB_OBJ) $(PKG_LIBS) -lcmocka

# The schema every migration makes, for review: a change to it shows in
# migrations/schema.snapshot.sql (checked by scenario 18_migrations).
schema-snapshot: $(BUILD)/alliance
	rm -rf $(BUILD)/snapshot && mkdir -p $(BUILD)/snapshot
	ALLIANCE_KEY=$(BUILD)/snapshot/key $(BUILD)/alliance --db $(BUILD)/snapshot/a.db \
	  init --template staffordshire-alliance >/dev/null
	sh scripts/schema.sh $(BUILD)/snapshot/a.db > migrations/schema.snapshot.sql

# No new file of src/ over 800 lines nor function over 120 (those still
# to split are in tests/sizes.allow).
sizes:
	sh scripts/sizes.sh

# Installs Debian packages once (a stamp records it); safe to run again.
deps: .deps-stamp
.deps-stamp: scripts/setup.sh package-lock.json
	sh scripts/setup.sh
	touch $@

# A year of an arrangement in demo.db, served on 127.0.0.1 (DEMO_PORT,
# default 8080) until Ctrl-C; it prints how to sign in as each role.
demo: deps alliance
	ALLIANCE=./alliance sh scripts/demo.sh demo.db

# The demo officer's code for now, as an authenticator app shows it.
demo-code:
	@sh scripts/demo.sh --code

test-unit: $(UNIT_BIN)
	sh tests/run-unit.sh $(UNIT_BIN)

test-scenario: $(BUILD)/alliance
	ALLIANCE=$(abspath $(BUILD)/alliance) sh tests/run-scenarios.sh

# The web: HTTP tests in C against the real server, then the journeys
# in Chromium (playwright-core, axe-core; screenshots in tests/out/).
WEB_ENV = FIXTURE=$(CURDIR)/tests/web/fixture.sh OPENAPI=$(CURDIR)/doc/openapi.json

test-web: $(BUILD)/alliance $(HTTP_BIN)
	ALLIANCE=$(abspath $(BUILD)/alliance) $(WEB_ENV) sh tests/run-unit.sh $(HTTP_BIN)
	ALLIANCE=$(abspath $(BUILD)/alliance) node tests/browser/journeys.mjs
	ALLIANCE=$(abspath $(BUILD)/alliance) node tests/browser/pages.mjs

test: deps
	$(MAKE) test-unit test-scenario test-web test-readme

# The sanitizer build: every test runs against it in `make check`.
ASAN_BUILD = $(MAKE) BUILD=build-asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined"
ASAN_ENV = ASAN_OPTIONS=detect_leaks=1 \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
	  UBSAN_OPTIONS=print_stacktrace=1
ASAN_UNIT = $(addprefix build-asan/tests/,$(UNIT_TESTS))
ASAN_WEB  = $(addprefix build-asan/tests/,$(WEB_TESTS))
VALGRIND_CMD = valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
	  --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
	  --suppressions=$(CURDIR)/tests/valgrind.supp

build-all: deps
	$(MAKE) -j2 $(BUILD)/alliance alliance $(UNIT_BIN) $(HTTP_BIN)
	$(ASAN_BUILD) -j2 $(ASAN_UNIT) $(ASAN_WEB) build-asan/alliance

# The steps of `make check`, each usable alone.  HTTP test binaries run
# WEB_JOBS at a time (they mostly wait: on code steps, timeouts).  Under
# valgrind, make check leaves out the unit test and HTTP tests named
# here, which ASan runs (why each is safe: tests/check.sh);
# check-valgrind runs them all.
WEB_JOBS      ?= 3
VALGRIND_UNIT  = $(filter-out %/test_ballot_secrecy,$(UNIT_BIN))
VALGRIND_WEB   = $(filter-out %/test_hostile %/test_same %/test_scale %/test_writer,$(HTTP_BIN))
asan-unit:
	$(ASAN_ENV) sh tests/run-unit.sh $(ASAN_UNIT)
asan-scenario:
	$(ASAN_ENV) ALLIANCE=$(abspath build-asan/alliance) sh tests/run-scenarios.sh
asan-web:
	$(ASAN_ENV) ALLIANCE=$(abspath build-asan/alliance) $(WEB_ENV) JOBS=$(WEB_JOBS) sh tests/run-unit.sh $(ASAN_WEB)
asan-browser:
	$(ASAN_ENV) ALLIANCE=$(abspath build-asan/alliance) node tests/browser/journeys.mjs
	$(ASAN_ENV) ALLIANCE=$(abspath build-asan/alliance) node tests/browser/pages.mjs
valgrind-unit:
	VALGRIND="$(VALGRIND_CMD)" sh tests/run-unit.sh $(VALGRIND_UNIT)
valgrind-web:
	VALGRIND="$(VALGRIND_CMD)" ALLIANCE=$(abspath build/alliance) $(WEB_ENV) JOBS=2 sh tests/run-unit.sh $(VALGRIND_WEB)
valgrind-tour:
	VALGRIND="$(VALGRIND_CMD)" ALLIANCE=$(abspath build/alliance) sh tests/readme.sh
test-readme: $(BUILD)/alliance
	ALLIANCE=$(abspath $(BUILD)/alliance) sh tests/readme.sh

check-asan: deps
	$(ASAN_BUILD) -j2 $(ASAN_UNIT) $(ASAN_WEB) build-asan/alliance
	$(MAKE) asan-unit asan-scenario asan-web asan-browser

# Every suite under valgrind, the scenarios included (about 20 minutes).
check-valgrind: deps
	$(MAKE) -j2 $(BUILD)/alliance $(UNIT_BIN) $(HTTP_BIN)
	$(MAKE) valgrind-unit valgrind-web valgrind-tour VALGRIND_UNIT="$(UNIT_BIN)" \
	  VALGRIND_WEB="$(HTTP_BIN)"
	VALGRIND="$(VALGRIND_CMD)" ALLIANCE=$(abspath build/alliance) sh tests/run-scenarios.sh

# What CI runs: see tests/check.sh for the steps and what each is for.
check: deps
	sh tests/check.sh

# Throughput of the web server, measured with wrk (not part of check).
bench: deps $(BUILD)/alliance
	sh scripts/bench.sh

PREFIX ?= /usr/local
install: alliance
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 alliance $(DESTDIR)$(PREFIX)/bin/alliance
	install -m 644 doc/alliance.1 $(DESTDIR)$(PREFIX)/share/man/man1/alliance.1
	install -d $(DESTDIR)$(PREFIX)/share/alliance/govuk
	install -m 644 node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css \
	  node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js \
	  $(DESTDIR)$(PREFIX)/share/alliance/govuk/

clean:
	rm -rf build build-asan build-fuzz alliance

include tests/fuzz/fuzz.mk
