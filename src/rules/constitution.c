/*
 * Constitution settings: the table, the parser and the accessors.
 * Pure: no I/O, no clock.  See constitution.h for the file format.
 */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "constitution.h"
#include "date.h"
#include "parse.h"
#include "text.h"

const char *const group_kind_names[GK__MAX] = {
	"local-forum", "thematic", "task", "joint", "coordination",
	"leaders", "working-group", "partnership",
};

#define SIDES "none|majority|vcse-present N|sides A, B | C, D"

/*
 * A row of the table, by the setting's type: key; per_kind (1: the key
 * is followed by .GROUP-KIND); for S_INT its least and greatest value,
 * for S_ENUM and S_QUORUM its choices ("a|b|c", which S_LIST may have);
 * then its default (NULL: empty), the RULES.md id(s) it serves and
 * what it says.
 */
#define S_ROW(key, type, k, min, max, choices, def, rule, help) \
	{ key, type, k, min, max, choices, def, rule, help }
#define S_TEXT(key, k, def, rule, help) \
	S_ROW(key, CS_TEXT, k, 0, 0, NULL, def, rule, help)
#define S_DATE(key, k, def, rule, help) \
	S_ROW(key, CS_DATE, k, 0, 0, NULL, def, rule, help)
#define S_BOOL(key, k, def, rule, help) \
	S_ROW(key, CS_BOOL, k, 0, 0, NULL, def, rule, help)
#define S_INT(key, k, min, max, def, rule, help) \
	S_ROW(key, CS_INT, k, min, max, NULL, def, rule, help)
#define S_ENUM(key, k, choices, def, rule, help) \
	S_ROW(key, CS_ENUM, k, 0, 0, choices, def, rule, help)
#define S_LIST(key, k, choices, def, rule, help) \
	S_ROW(key, CS_LIST, k, 0, 0, choices, def, rule, help)
#define S_QUORUM(key, k, choices, def, rule, help) \
	S_ROW(key, CS_QUORUM, k, 0, 0, choices, def, rule, help)

/*
 * Every setting of RULES.md.  Defaults are the sensible values of
 * SETTINGS.md where a seed is silent; each template's constitution.txt
 * writes its own values out in full.
 */
const struct cs_setting constitution_settings[] = {
	S_TEXT("arrangement.name", 0, NULL, "", "the arrangement's full name"),
	S_ENUM("arrangement.kind", 0,
	    "alliance|compact|framework|leaders-group|pact", "alliance", "",
	    "what kind of body the arrangement is"),
	S_TEXT("arrangement.agreement", 0, NULL,
	    "SA-3.2, SC-partners, MS-2, TP-5",
	    "title of the agreement members sign"),
	S_LIST("arrangement.adopts", 0, NULL, NULL, "MS-3.1",
	    "documents a signatory adopts by signing the agreement"),
	S_DATE("arrangement.term_starts", 0, "none", "SC-term",
	    "first day of the agreement's term (none: no term)"),
	S_DATE("arrangement.term_ends", 0, "none", "SC-term",
	    "last day of the agreement's term, unless renewed "
	    "(none: no term)"),
	S_LIST("arrangement.secretariat", 0, NULL, NULL,
	    "SA-3.2, SA-7.1, MC-chair",
	    "infrastructure organisations that keep the record and may chair "
	    "as interim"),
	/* Membership */
	S_LIST("membership.kinds", 0, "full|associate|co-opted|guest", NULL,
	    "SA-3.1-full, SA-3.1-assoc, MC-closed",
	    "kinds of membership the arrangement has"),
	S_LIST("membership.full_sectors", 0, "vcse|public|private", NULL,
	    "SA-3.1-full, SC-partners",
	    "sectors whose organisations may be full members"),
	S_LIST("membership.associate_sectors", 0, "vcse|public|private", NULL,
	    "SA-3.1-assoc",
	    "sectors whose organisations may be associate members"),
	S_LIST("membership.declaration_fields", 0,
	    "name|role|organisation|date|authority", NULL, "SA-15.1, "
	    "SC-partners", "fields a declaration must have to be accepted"),
	S_LIST("membership.criteria", 0, NULL, NULL, "MC-criteria",
	    "criteria each member must meet, with evidence"),
	S_BOOL("membership.open", 0, "yes", "MC-closed",
	    "no: membership is by formal commitment, guests by invitation"),
	S_INT("membership.size_min", 0, 0, 100000, "0", "MC-size",
	    "fewest members expected (0: no limit)"),
	S_INT("membership.size_max", 0, 0, 100000, "0", "MC-size",
	    "most members expected (0: no limit)"),
	S_LIST("membership.coverage", 0, NULL, NULL, "MC-diversity",
	    "areas and kinds of organisation membership should cover"),
	S_INT("membership.resignation_notice_months", 0, 0, 24, "1", "SA-14.1",
	    "months of written notice a resigning member gives"),
	S_BOOL("membership.exclude_during_notice", 0, "yes", "SA-14.1",
	    "the chair may exclude a member during notice"),
	S_ENUM("membership.termination", 0, "group-vote|withdrawal|none",
	    "group-vote", "SA-14.3, MC-absence",
	    "how a membership is ended against the member's wish"),
	S_BOOL("membership.suspension", 0, "yes", "SA-13.2",
	    "a member in breach may be suspended"),
	/* Meetings */
	S_INT("meetings.min_per_year", 1, 0, 366, "0", "SA-6.2, SC-quarterly",
	    "fewest meetings a year (0: none set)"),
	S_INT("meetings.max_gap_days", 1, 0, 366, "0", "MC-meet, MC-mou",
	    "longest gap between meetings (0: none set)"),
	S_ENUM("meetings.chair", 1, "group-chair|alternate-sides",
	    "group-chair", "SA-7.3, SA-E3.6, MC-mou",
	    "who chairs a meeting of the kind"),
	S_TEXT("meetings.reports_to", 1, "none", "SC-report",
	    "the body each meeting of the kind reports into "
	    "(none: no report)"),
	S_INT("agenda.notice_days", 0, 0, 365, "7", "SA-10.2",
	    "days before a meeting the agenda goes out"),
	S_LIST("agenda.mandatory", 0, NULL, NULL, "SA-6.4",
	    "items every agenda must contain"),
	S_INT("notes.due_days", 0, 0, 365, "21", "SA-10.3",
	    "days after a meeting the notes are due"),
	S_ENUM("notes.visibility", 0, "members|public", "members",
	    "SA-11.1, MC-meet", "who sees notes by default"),
	S_INT("attendance.absences_flag", 0, 0, 100, "0", "SA-6.3, MC-absence",
	    "absences without apology in a row that "
	    "flag a member (0: never)"),
	S_BOOL("attendance.deputy_needs_agreement", 0, "no", "SA-6.3",
	    "a deputy attends only with the chair's prior agreement"),
	/* Decisions and elections */
	S_QUORUM("quorum", 1, SIDES, "majority", "SA-8.2",
	    "who must be present for a vote"),
	S_ENUM("vote.voters", 0, "vcse-full|full|partners|members", "members",
	    "SA-8.3, SA-E2.1", "who votes"),
	S_BOOL("vote.casting_vote", 0, "no", "SA-8.3",
	    "the chair has a casting vote"),
	S_ENUM("vote.tie", 0, "second-vote|fails", "second-vote", "SA-8.3",
	    "what a tied vote leads to"),
	S_ENUM("election.method", 0, "plurality|majority", "plurality",
	    "SA-E2.2", "how an election is counted: the most "
	    "votes, or more than half the votes cast"),
	S_ENUM("election.tie", 0, "runoff", "runoff", "SA-E2.2",
	    "what a tie at the top leads to"),
	S_INT("chair.term_years", 0, 0, 20, "3", "SA-7.1, SA-7.2",
	    "years a chair serves before re-election (0: no term)"),
	S_BOOL("chair.midterm_ends_original", 0, "yes", "SA-7.1",
	    "a chair elected mid-term ends at the original term's end"),
	S_INT("chair.first_election_months", 0, 0, 60, "0", "SA-7.1",
	    "months from recognition to the first chair election "
	    "(0: none set)"),
	S_ENUM("chair.selection", 1,
	    "online-poll|first-meeting|alternating|members", "members",
	    "SA-7.1, SA-7.2, MC-mou", "how the chair of the kind is chosen"),
	S_BOOL("chair.full_member_only", 0, "yes", "SA-E1, SA-3.1-assoc",
	    "a chair must be a full member of the group"),
	S_INT("nomination.window_days", 0, 0, 365, "21", "SA-9.3",
	    "days a nomination window stays open (shorter needs a reason)"),
	S_LIST("nomination.fields", 0, "details|why|skills|interests|guidance",
	    NULL, "SA-9.3", "fields a nomination must have"),
	S_BOOL("representatives.flag_sole", 0, "no", "SA-D2.4",
	    "flag positions with a single representative"),
	S_BOOL("representatives.expect_deputies", 0, "no", "SA-D2.5",
	    "flag positions without a named deputy"),
	S_INT("representatives.term_years", 0, 0, 20, "3", "SA-9.1",
	    "years an elected representative's term of office runs "
	    "(0: no end date)"),
	S_INT("representatives.training_missed_flag", 0, 0, 100, "0", "SA-D3.6",
	    "induction or training sessions missed in a row "
	    "that flag a representative (0: never)"),
	S_BOOL("representatives.required_everywhere", 0, "no", "TP-2a",
	    "every decision-making partnership needs sector "
	    "representation or a recorded justification"),
	S_INT("representatives.feedback_missed_flag", 0, 0, 100, "0",
	    "SA-D2.7, MS-board-reps", "board meetings a representative "
	    "has not fed back from that flag them (0: never)"),
	/* A group's make-up and reporting lines (MC-wg) */
	S_INT("makeup.from_parent", 1, 0, 100, "0", "MC-wg",
	    "people the group draws from its parent group's members "
	    "(0: none set)"),
	S_BOOL("makeup.parent_chair", 1, "no", "MC-wg",
	    "the parent group's chair is one of them"),
	S_LIST("makeup.seats", 1, NULL, NULL, "MC-wg",
	    "named seats the group has, each to be filled"),
	S_LIST("makeup.reports_to", 1, NULL, NULL, "MC-wg",
	    "bodies the group reports to, each at least once a year it meets"),
	S_LIST("membership.group_sectors", 1, "vcse|public|private", NULL,
	    "MC-criteria", "sectors whose organisations may be full "
	    "members of a group of the kind (none written: any of "
	    "membership.full_sectors)"),
	/* Accountability */
	S_ENUM("commitments.self_assessment", 0, "none|yearly", "none",
	    "MS-2-eval, SC-annual",
	    "signatory public bodies rate every commitment"),
	S_LIST("commitments.scale", 0, NULL, NULL, "MS-2-eval",
	    "the rating scale of a self-assessment"),
	S_LIST("report.annual", 0, NULL, NULL,
	    "SC-annual, MS-2-eval, MC-chair, MC-mou, TP-3",
	    "annual reports and who receives them"),
	S_INT("consultation.min_weeks", 0, 0, 52, "0", "SC-consult",
	    "weeks a significant consultation runs (0: none set)"),
	S_INT("funding.min_years", 0, 0, 20, "0",
	    "SC-contract, MS-3.4.2, MS-3.6.3", "aimed-for shortest funding "
	    "length (0: none set)"),
	S_INT("funding.max_years", 0, 0, 20, "0", "MS-3.4.2, MS-3.6.3",
	    "upper end of the aimed-for length"),
	S_BOOL("funding.publish_spend", 0, "no", "TP-3a",
	    "publish spend by contracts, grants and small grants"),
	S_ENUM("dispute.procedure", 0, "none|dialogue|three-stage", "none",
	    "SA-12, SC-resolve-1", "how disputes are handled"),
	S_INT("dispute.resolution_weeks", 0, 0, 52, "0", "SC-resolve-2",
	    "weeks from first contact to resolution"),
	S_ENUM("partners.named_contact", 0,
	    "none|champion|single-point|officer", "none",
	    "SC-champion, MS-3.7.1, TP-5", "the named contact each partner "
	    "gives"),
	S_LIST("milestones", 0, NULL, NULL, "MS-5, SA-7.1",
	    "dated milestones: DATE text"),
	/* Personal data: storage limitation (UK GDPR Art. 5(1)(e)) */
	S_INT("retention.signin_days", 0, 0, 3650, "90", "UK GDPR 5(1)(e)",
	    "days sign-in records (sessions, links, failed "
	    "sign-ins) are kept (0: no limit)"),
	S_INT("retention.mail_days", 0, 0, 3650, "365", "UK GDPR 5(1)(e)",
	    "days mail sent or given up is kept in the "
	    "outbox (0: no limit)"),
	S_INT("retention.audit_names_days", 0, 0, 36500, "0", "UK GDPR 5(1)(e)",
	    "days the audit log's details keep people's "
	    "names before they are redacted (0: kept with the record)"),
	{ NULL, 0, 0, 0, 0, NULL, NULL, NULL, NULL },
};

int
group_kind_parse(const char *name)
{
	int i;

	for (i = 0; i < GK__MAX; i++)
		if (strcmp(name, group_kind_names[i]) == 0)
			return i;
	return -1;
}

/* The table entry for a full key; sets *kind for per-kind keys. */
static const struct cs_setting *
cs_lookup(const char *key, int *kind)
{
	const struct cs_setting	*s;
	size_t			 n;

	*kind = -1;
	for (s = constitution_settings; s->key != NULL; s++) {
		n = strlen(s->key);
		if (!s->per_kind && strcmp(key, s->key) == 0)
			return s;
		if (s->per_kind && strncmp(key, s->key, n) == 0 &&
		    key[n] == '.' && (*kind = group_kind_parse(key + n + 1)) >= 0)
			return s;
	}
	return NULL;
}

const struct cs_setting *
constitution_setting(const char *key)
{
	int kind;

	return cs_lookup(key, &kind);
}

/* Does key start with a per-kind setting's name and a dot? */
static int
cs_per_kind_base(const char *key)
{
	const struct cs_setting	*s;
	size_t			 n;

	for (s = constitution_settings; s->key != NULL; s++) {
		n = strlen(s->key);
		/* The bare base, or base.kind with an unknown kind. */
		if (s->per_kind && strncmp(key, s->key, n) == 0 &&
		    (key[n] == '.' || key[n] == '\0'))
			return 1;
	}
	return 0;
}

static int
cs_choice(const char *choices, const char *v)
{
	const char	*p = choices, *bar;
	size_t		 n;

	while (p != NULL && *p != '\0') {
		bar = strchr(p, '|');
		n = bar != NULL ? (size_t)(bar - p) : strlen(p);
		if (strlen(v) == n && strncasecmp(p, v, n) == 0)
			return 1;
		p = bar != NULL ? bar + 1 : NULL;
	}
	return 0;
}

/* Writes choices "a|b|c" as "a, b or c". */
static void
cs_choices_text(const char *choices, char *buf, size_t sz)
{
	const char	*p;
	size_t		 n = 0;
	int		 bars = 0, seen = 0;

	for (p = choices; *p != '\0'; p++)
		bars += *p == '|';
	for (p = choices; *p != '\0' && n + 6 < sz; p++) {
		if (*p == '|') {
			seen++;
			n += (size_t)snprintf(buf + n, sz - n, "%s",
			    seen == bars ? " or " : ", ");
		} else
			buf[n++] = *p;
	}
	buf[n] = '\0';
}

/*
 * Checks a quorum value.  Accepted: none, majority, vcse-present N,
 * sides A, B | C (two or more sides of comma-separated names).
 */
static int
cs_quorum_ok(const char *v)
{
	const char	*p;
	int		 sides = 1;

	if (strcmp(v, "none") == 0 || strcmp(v, "majority") == 0)
		return 1;
	if (strncmp(v, "vcse-present ", 13) == 0) {
		return parse_int(v + 13, 1, 1000, NULL) == 0;
	}
	if (strncmp(v, "sides ", 6) == 0) {
		/* Each side needs a name: no side blank between bars. */
		int named = 0;

		for (p = v + 6; ; p++) {
			if (*p == '|' || *p == '\0') {
				if (!named)
					return 0;
				if (*p == '\0')
					break;
				sides++;
				named = 0;
			} else if (!isspace((unsigned char)*p) && *p != ',')
				named = 1;
		}
		return sides >= 2;
	}
	return 0;
}

/* Checks one value against its setting; 0 or -1 with err->msg set. */
static int
cs_check(const struct cs_setting *s, const char *v, struct cs_error *err)
{
	char	 buf[200];
	int64_t	 n;
	int	 n2;

	switch (s->type) {
	case CS_INT:
		/* "none": the arrangement's agreement does not state it. */
		if (strcmp(v, "none") == 0)
			return 0;
		if (parse_int(v, s->min, s->max, &n) != 0) {
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected a whole number from %d to %d, "
			    "or none", v, s->min, s->max);
			return -1;
		}
		return 0;
	case CS_BOOL:
		if (strcmp(v, "yes") != 0 && strcmp(v, "no") != 0) {
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected yes or no", v);
			return -1;
		}
		return 0;
	case CS_ENUM:
		if (!cs_choice(s->choices, v)) {
			cs_choices_text(s->choices, buf, sizeof(buf));
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected %s", v, buf);
			return -1;
		}
		return 0;
	case CS_LIST:
		if (s->choices != NULL && !cs_choice(s->choices, v)) {
			cs_choices_text(s->choices, buf, sizeof(buf));
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected one of %s", v, buf);
			return -1;
		}
		/* FALLTHROUGH */
	case CS_TEXT:
		if (*v == '\0') {
			snprintf(err->msg, sizeof(err->msg), "has no value; "
			    "expected some text");
			return -1;
		}
		return 0;
	case CS_DATE:
		if (strcmp(v, "none") != 0 && date_parse(v, &n2) != 0) {
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected a date, YYYY-MM-DD, or none",
			    v);
			return -1;
		}
		return 0;
	case CS_QUORUM:
		if (!cs_quorum_ok(v)) {
			snprintf(err->msg, sizeof(err->msg), "'%s' is not "
			    "accepted; expected none, majority, "
			    "vcse-present N (N from 1), or sides A, B | C "
			    "(two or more sides)", v);
			return -1;
		}
		return 0;
	}
	return -1;
}

static char *
cs_trim(char *s)
{
	char *e;

	while (isspace((unsigned char)*s))
		s++;
	e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/*
 * A line that is not UTF-8 (a file saved as Windows-1252, say): named
 * by what comes before its '=', shown with U+FFFD for the bad bytes.
 */
static void
cs_bad_text(const char *line, struct cs_error *err)
{
	char *shown = text_utf8_repair(line, strcspn(line, "="));

	snprintf(err->setting, sizeof(err->setting), "%.40s",
	    shown != NULL ? cs_trim(shown) : "");
	free(shown);
	snprintf(err->msg, sizeof(err->msg), "is not valid UTF-8 text; "
	    "save the file as UTF-8");
}

void
constitution_free(struct constitution *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->v[i].key);
		free(c->v[i].value);
	}
	free(c->v);
	c->v = NULL;
	c->n = 0;
}

int
constitution_parse(const char *text, struct constitution *c,
    struct cs_error *err)
{
	const struct cs_setting	*s;
	struct cs_value		*nv;
	char			*copy = NULL, *line, *next, *eq, *key, *val;
	size_t			 i;
	int			 lineno = 0, kind, rc = -1;

	memset(c, 0, sizeof(*c));
	memset(err, 0, sizeof(*err));
	if ((copy = strdup(text)) == NULL) {
		snprintf(err->msg, sizeof(err->msg), "out of memory");
		return -1;
	}
	for (line = copy; line != NULL; line = next) {
		lineno++;
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		line = cs_trim(line);
		if (!text_utf8(line, strlen(line))) {
			err->line = lineno;
			cs_bad_text(line, err);
			goto out;
		}
		if (*line == '\0' || *line == '#')
			continue;
		err->line = lineno;
		if ((eq = strchr(line, '=')) == NULL) {
			snprintf(err->setting, sizeof(err->setting), "%.*s",
			    40, line);
			snprintf(err->msg, sizeof(err->msg), "is not a setting "
			    "line; expected 'name = value'");
			goto out;
		}
		*eq = '\0';
		key = cs_trim(line);
		val = cs_trim(eq + 1);
		snprintf(err->setting, sizeof(err->setting), "%s", key);
		if ((s = cs_lookup(key, &kind)) == NULL) {
			snprintf(err->msg, sizeof(err->msg), "is not a known "
			    "setting; 'alliance constitution settings' lists "
			    "them%s", cs_per_kind_base(key) ? " (per-kind "
			    "settings end in .local-forum, .thematic, .task, "
			    ".joint, .coordination, .leaders, .working-group "
			    "or .partnership)" : "");
			goto out;
		}
		if (s->type != CS_LIST)
			for (i = 0; i < c->n; i++)
				if (strcmp(c->v[i].key, key) == 0) {
					snprintf(err->msg, sizeof(err->msg),
					    "is set twice (first on line %d); "
					    "only lists may repeat",
					    c->v[i].line);
					goto out;
				}
		if (cs_check(s, val, err) != 0)
			goto out;
		/* Choices are stored as the table spells them. */
		if (s->choices != NULL && s->type != CS_QUORUM)
			for (i = 0; val[i] != '\0'; i++)
				val[i] = (char)tolower((unsigned char)val[i]);
		nv = reallocarray(c->v, c->n + 1, sizeof(*c->v));
		if (nv == NULL) {
			snprintf(err->msg, sizeof(err->msg), "out of memory");
			goto out;
		}
		c->v = nv;
		c->v[c->n].key = strdup(key);
		c->v[c->n].value = strdup(val);
		c->v[c->n].line = lineno;
		c->n++;
		if (c->v[c->n - 1].key == NULL ||
		    c->v[c->n - 1].value == NULL) {
			snprintf(err->msg, sizeof(err->msg), "out of memory");
			goto out;
		}
	}
	err->line = 0;
	err->setting[0] = '\0';
	if (constitution_text(c, "arrangement.name") == NULL) {
		snprintf(err->setting, sizeof(err->setting),
		    "arrangement.name");
		snprintf(err->msg, sizeof(err->msg), "is missing; every "
		    "constitution names its arrangement");
		goto out;
	}
	if (constitution_int(c, "membership.size_max") != 0 &&
	    constitution_int(c, "membership.size_max") <
	    constitution_int(c, "membership.size_min")) {
		for (i = 0; i < c->n; i++)
			if (strcmp(c->v[i].key, "membership.size_max") == 0)
				err->line = c->v[i].line;
		snprintf(err->setting, sizeof(err->setting),
		    "membership.size_max");
		snprintf(err->msg, sizeof(err->msg), "is below "
		    "membership.size_min; expected 0 or a number at least "
		    "membership.size_min");
		goto out;
	}
	rc = 0;
out:
	free(copy);
	if (rc != 0)
		constitution_free(c);
	return rc;
}

const char *
constitution_text(const struct constitution *c, const char *key)
{
	const struct cs_setting	*s;
	size_t			 i;
	int			 kind;

	/* Lists: the first entry; others the only value. */
	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].key, key) == 0)
			return c->v[i].value;
	if ((s = cs_lookup(key, &kind)) == NULL)
		return NULL;
	return s->def;
}

int
constitution_states(const struct constitution *c, const char *key)
{
	const char *v = constitution_text(c, key);

	return v != NULL && strcmp(v, "none") != 0;
}

int
constitution_writes(const struct constitution *c, const char *key)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].key, key) == 0)
			return strcmp(c->v[i].value, "none") != 0;
	return 0;
}

/*
 * A whole-number value as the rules read it, through the one validator
 * (parse.h): 0 for none, for no value, and for anything that is not a
 * whole number that fits an int.  A file's values were checked against
 * their setting's range when it was read (cs_check), so 0 is only ever
 * what "none" means.
 */
static int
cs_number(const char *v)
{
	int64_t n;

	return v != NULL && parse_int(v, INT_MIN, INT_MAX, &n) == 0 ?
	    (int)n : 0;
}

int
constitution_int(const struct constitution *c, const char *key)
{
	return cs_number(constitution_text(c, key));
}

int
constitution_bool(const struct constitution *c, const char *key)
{
	const char *v = constitution_text(c, key);

	return v != NULL && strcmp(v, "yes") == 0;
}

const char *
constitution_kind_text(const struct constitution *c, const char *key,
    enum group_kind kind)
{
	char full[96];

	snprintf(full, sizeof(full), "%s.%s", key, group_kind_names[kind]);
	return constitution_text(c, full);
}

int
constitution_kind_int(const struct constitution *c, const char *key,
    enum group_kind kind)
{
	return cs_number(constitution_kind_text(c, key, kind));
}

size_t
constitution_list(const struct constitution *c, const char *key,
    const char **out, size_t max)
{
	size_t i, n = 0;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].key, key) == 0) {
			if (n < max)
				out[n] = c->v[i].value;
			n++;
		}
	return n;
}

int
constitution_list_has(const struct constitution *c, const char *key,
    const char *value)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->v[i].key, key) == 0 &&
		    strcasecmp(c->v[i].value, value) == 0)
			return 1;
	return 0;
}
