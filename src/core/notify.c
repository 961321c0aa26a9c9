/*
 * Notifications (SA-10.4: members are contacted by email).  Actions put
 * their messages in the outbox inside their own transaction; the sender
 * delivers them with retries; reminders are computed from the
 * constitution and queued once each.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <sodium.h>

#include "rules/parse.h"
#include "core.h"
#include "core_int.h"
#include "net/smtp.h"
#include "render/when.h"
#include "store/store.h"

/* A growable text buffer, capped so a runaway message cannot eat memory. */
struct buf {
	char	*p;
	size_t	 len, cap;
	int	 fail;
};
#define BUF_CAP (1u << 20)

static void
buf_add(struct buf *b, const char *s, size_t n)
{
	char	*np;
	size_t	 want;

	if (b->fail)
		return;
	if (b->len + n + 1 > b->cap) {
		want = b->cap ? b->cap * 2 : 1024;
		while (want < b->len + n + 1)
			want *= 2;
		if (want > BUF_CAP || (np = realloc(b->p, want)) == NULL) {
			b->fail = 1;
			return;
		}
		b->p = np;
		b->cap = want;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

/* HTML text: the five characters that matter, escaped. */
static void
buf_esc(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++)
		switch (*s) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		case '\'': buf_puts(b, "&#39;"); break;
		case '\n': buf_puts(b, "<br>\n"); break;
		default: buf_add(b, s, 1); break;
		}
}

static const char *
base_url(void)
{
	const char *u = getenv("ALLIANCE_BASE_URL");

	return u != NULL && *u != '\0' ? u : "http://127.0.0.1:8080";
}

/*
 * What may wait for a daily digest: news, not deadlines.  Sign-in links,
 * agendas with their invitations, ballots, letters (SA-13.1: in
 * writing) and reminders always go at once.
 */
static int
can_wait(const char *kind)
{
	return strcmp(kind, "notes") == 0 || strcmp(kind, "result") == 0;
}

/* The person's choice of news (CORE_NEWS_*); now for an address that
 * is no one's. */
static int
news_choice(struct core *c, const char *email)
{
	int64_t	person;
	int	v, found;

	if (store_mail_news_choice(c->st, email, &person, &v, &found) !=
	    STORE_OK || !found)
		return CORE_NEWS_NOW;
	return v;
}

/* n characters of s are digits. */
static int
digits_at(const char *s, int n)
{
	for (; n > 0; n--, s++)
		if (*s < '0' || *s > '9')
			return 0;
	return 1;
}

/*
 * A message in the words people write (from the text the actions give):
 * "2026-12-01T17:00", a poll's or a ballot's moment in UTC, becomes
 * "1 December 2026 at 5pm" in London's time, and the "(UTC)" after it
 * goes; "2026-12-01 at 10:00", a meeting's wall clock, "1 December 2026
 * at 10am"; a day alone "1 December 2026"; and a rule's id in brackets,
 * " (SA-10.2)", is left to the pages' officers.  Into b.
 */
static void
buf_words(struct buf *b, const char *s)
{
	char	iso[24], out[WHEN_LEN];
	size_t	k;

	buf_add(b, "", 0);
	while (*s != '\0') {
		if (digits_at(s, 4) && s[4] == '-' && digits_at(s + 5, 2) &&
		    s[7] == '-' && digits_at(s + 8, 2)) {
			if (s[10] == 'T' && digits_at(s + 11, 2) && s[13] == ':' &&
			    digits_at(s + 14, 2)) {
				snprintf(iso, sizeof(iso), "%.16sZ", s);
				s += 16;
				if (strncmp(s, " (UTC)", 6) == 0)
					s += 6;
			} else if (strncmp(s + 10, " at ", 4) == 0 &&
			    digits_at(s + 14, 2) && s[16] == ':' &&
			    digits_at(s + 17, 2)) {
				snprintf(iso, sizeof(iso), "%.10sT%.5s", s,
				    s + 14);
				s += 19;
			} else {
				snprintf(iso, sizeof(iso), "%.10s", s);
				s += 10;
			}
			render_when(iso, out, sizeof(out));
			buf_puts(b, out);
			continue;
		}
		if (strncmp(s, " (", 2) == 0 && s[2] >= 'A' && s[2] <= 'Z' &&
		    s[3] >= 'A' && s[3] <= 'Z' && s[4] == '-' &&
		    (k = strcspn(s + 2, ") ")) > 3 && s[2 + k] == ')' &&
		    (strncmp(s + 2, "SA", 2) == 0 || strncmp(s + 2, "SC", 2) ==
		    0 || strncmp(s + 2, "MS", 2) == 0 || strncmp(s + 2, "MC",
		    2) == 0 || strncmp(s + 2, "TP", 2) == 0)) {
			s += 3 + k;
			continue;
		}
		buf_add(b, s, 1);
		s++;
	}
}

/*
 * Queues one message for each address.  text is plain English; link is
 * the path of the page that acts on it.  once, if not NULL, makes the
 * message go once per address ("remind:agenda:12").
 */
static int
enqueue(struct core *c, const char *kind, const char *once,
    const char *to, const char *name, const char *subject, const char *text,
    const char *link, const char *ical, const char *method)
{
	struct buf	 t = { 0 }, h = { 0 }, words = { 0 }, subj = { 0 };
	char		 key[300];
	int		 rc;

	/* News to one who chose none is not sent at all. */
	if (can_wait(kind) && news_choice(c, to) == CORE_NEWS_NONE)
		return CORE_OK;
	buf_words(&words, text);
	buf_words(&subj, subject);
	if (words.fail || subj.fail || words.p == NULL || subj.p == NULL) {
		free(words.p);
		free(subj.p);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	text = words.p;
	subject = subj.p;

	buf_puts(&t, name != NULL ? "Dear " : "Hello,");
	if (name != NULL) {
		buf_puts(&t, name);
		buf_puts(&t, ",");
	}
	buf_puts(&t, "\n\n");
	buf_puts(&t, text);
	if (link != NULL) {
		buf_puts(&t, "\n\nSee it here: ");
		buf_puts(&t, base_url());
		buf_puts(&t, link);
	}
	buf_puts(&t, "\n\nThis message was sent by Alliance for ");
	buf_puts(&t, c->arr_name[0] ? c->arr_name : c->arr_slug);
	buf_puts(&t, ".\n");

	buf_puts(&h, "<!DOCTYPE html><html lang=\"en\"><body style=\""
	    "font-family: Arial, sans-serif; font-size: 16px\"><p>");
	buf_esc(&h, name != NULL ? "Dear " : "Hello,");
	if (name != NULL) {
		buf_esc(&h, name);
		buf_esc(&h, ",");
	}
	buf_puts(&h, "</p><p>");
	buf_esc(&h, text);
	buf_puts(&h, "</p>");
	if (link != NULL) {
		buf_puts(&h, "<p><a href=\"");
		buf_esc(&h, base_url());
		buf_esc(&h, link);
		buf_puts(&h, "\">");
		buf_esc(&h, subject);
		buf_puts(&h, "</a></p>");
	}
	buf_puts(&h, "<p style=\"color: #505a5f\">This message was sent by "
	    "Alliance for ");
	buf_esc(&h, c->arr_name[0] ? c->arr_name : c->arr_slug);
	buf_puts(&h, ".</p></body></html>\n");
	if (t.fail || h.fail) {
		free(t.p);
		free(h.p);
		free(words.p);
		free(subj.p);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	if (once != NULL)
		snprintf(key, sizeof(key), "%s:%s", once, to);
	rc = store_exec(c->st, STMT_OUT_INSERT, "nsssssssssssi", c->arr, kind,
	    once != NULL ? key : NULL, to, name, subject, t.p, h.p, ical,
	    method, c->now, c->now, can_wait(kind) && news_choice(c, to) != CORE_NEWS_NOW);
	free(t.p);
	free(h.p);
	free(words.p);
	free(subj.p);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "queueing the message");
}

/* The message queued to each of the contacts read (src: the read's
 * result), which are freed. */
static int
enqueue_each(struct core *c, int src, struct rec_recipient_list *to,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link, const char *ical,
    const char *method)
{
	size_t	i;
	int	rc;

	if (src != STORE_OK)
		return core_store_fail(c, src, "reading contacts");
	for (i = 0, rc = CORE_OK; i < to->n && rc == CORE_OK; i++)
		rc = enqueue(c, kind, once, to->v[i].email, to->v[i].name,
		    subject, text, link, ical, method);
	rec_recipient_list_free(to);
	return rc;
}

int
core_int_notify_group(struct core *c, int64_t group, int no_associates,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link, const char *ical,
    const char *method)
{
	struct rec_recipient_list	 to;
	int				 rc;

	rc = store_mail_group_contacts(c->st, group, no_associates, &to);
	return enqueue_each(c, rc, &to, kind, once, subject, text, link,
	    ical, method);
}

int
core_int_notify_org_once(struct core *c, int64_t org, const char *kind,
    const char *once, const char *subject, const char *text,
    const char *link)
{
	struct rec_recipient_list	 to;
	int				 rc;

	rc = store_mail_org_contacts(c->st, org, &to);
	return enqueue_each(c, rc, &to, kind, once, subject, text, link,
	    NULL, NULL);
}

int
core_int_notify_org(struct core *c, int64_t org, const char *kind,
    const char *subject, const char *text, const char *link)
{
	return core_int_notify_org_once(c, org, kind, NULL, subject, text,
	    link);
}

int
core_int_notify_person(struct core *c, const char *email, const char *name,
    const char *kind, const char *once, const char *subject,
    const char *text, const char *link)
{
	if (email == NULL)
		return CORE_OK;
	return enqueue(c, kind, once, email, name, subject, text, link, NULL,
	    NULL);
}

/* --- the sender --- */

/* now plus minutes, as the outbox's "YYYY-MM-DDTHH:MM:SSZ". */
void
core_int_later(const char *now, int minutes, char out[32])
{
	/* The last few answers of this thread: a signed-in request asks
	 * the same three (idle, oldest, touch) of the same second. */
	static _Thread_local struct {
		char	now[32], out[32];
		int	minutes;
	} memo[4];
	static _Thread_local unsigned	next;
	struct tm	tm;
	time_t		t;
	size_t		i;

	for (i = 0; i < sizeof(memo) / sizeof(memo[0]); i++)
		if (memo[i].minutes == minutes && memo[i].now[0] != '\0' &&
		    strcmp(memo[i].now, now) == 0) {
			memcpy(out, memo[i].out, 32);
			return;
		}
	/* The key is kept before out is written (out may be now). */
	i = next++ % (sizeof(memo) / sizeof(memo[0]));
	memo[i].now[0] = '\0';
	if (strlen(now) < sizeof(memo[0].now))
		memcpy(memo[i].now, now, strlen(now) + 1);
	memset(&tm, 0, sizeof(tm));
	strptime(now, "%Y-%m-%dT%H:%M:%SZ", &tm);
	t = timegm(&tm) + (time_t)minutes * 60;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
	memcpy(memo[i].out, out, 32);
	memo[i].minutes = minutes;
}

/*
 * A Message-ID unique to this installation and stable across retries:
 * the outbox row's number and a digest of the arrangement, the row's
 * creation time and recipient, at the sender's own domain (RFC 5322
 * 3.6.4), so that two installations never give the same one.
 */
static void
message_id(struct core *c, const struct smtp_config *cf,
    const struct rec_mail *r, char *out, size_t sz)
{
	unsigned char	 h[8];
	char		 hex[17], seed[600];
	const char	*dom = cf->from != NULL ? strrchr(cf->from, '@') : NULL;

	snprintf(seed, sizeof(seed), "%s|%lld|%s|%s", c->arr_slug,
	    (long long)r->id, r->created != NULL ? r->created : "(null)",
	    r->recipient != NULL ? r->recipient : "(null)");
	crypto_generichash(h, sizeof(h), (const unsigned char *)seed,
	    strlen(seed), NULL, 0);
	sodium_bin2hex(hex, sizeof(hex), h, sizeof(h));
	snprintf(out, sz, "<outbox-%lld.%s@%s>", (long long)r->id, hex,
	    dom != NULL && dom[1] != '\0' ? dom + 1 : "alliance.invalid");
}

int
core_mail_send(struct core *c, const struct smtp_config *cf, int max_tries,
    struct mail_sent *out)
{
	struct smtp_message	 m;
	struct rec_mail_list	 due;
	const struct rec_mail	*r;
	char			 err[512], id[160], date[64], next[32];
	char			 unsub[300], tok[64];
	time_t			 now = time(NULL);
	struct tm		 tm;
	size_t			 i;
	int			 rc = CORE_OK, ok, tries, delay;
	int			 sent = 0, failed = 0;

	memset(out, 0, sizeof(*out));
	/* A message a stopped sender left half-sent is not sent again. */
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_OUT_UNCERTAIN, "");
	if ((rc = core_end(c, rc == STORE_OK ? CORE_OK :
	    core_store_fail(c, rc, "checking the outbox"))) != CORE_OK)
		return rc;
	rc = store_mail_due(c->st, c->now, &due);
	if (rc != STORE_OK)
		return core_store_fail(c, rc, "reading the outbox");
	gmtime_r(&now, &tm);
	strftime(date, sizeof(date), "%a, %d %b %Y %H:%M:%S +0000", &tm);
	for (i = 0; i < due.n; i++) {
		r = &due.v[i];
		/* Claim it: only one sender sends a message. */
		if ((rc = core_begin(c)) != CORE_OK)
			break;
		rc = store_exec(c->st, STMT_OUT_CLAIM, "l", r->id);
		if (rc != STORE_OK || store_changes(c->st) == 0) {
			core_end(c, CORE_EINVAL);
			continue;
		}
		if ((rc = core_end(c, CORE_OK)) != CORE_OK)
			break;
		memset(&m, 0, sizeof(m));
		message_id(c, cf, r, id, sizeof(id));
		/* News says how to stop it, in one click (RFC 8058). */
		if (r->kind != NULL && (strcmp(r->kind, "digest") == 0 ||
		    can_wait(r->kind)) && core_news_token(c, r->recipient,
		    tok) == CORE_OK) {
			snprintf(unsub, sizeof(unsub), "%s/unsubscribe/%s",
			    base_url(), tok);
			m.unsubscribe = unsub;
		}
		m.to = r->recipient;
		m.to_name = r->recipient_name;
		m.subject = r->subject;
		m.text = r->body_text;
		m.html = r->body_html;
		m.ical = r->ical;
		m.ical_method = r->ical_method;
		m.message_id = id;
		m.date = date;
		err[0] = '\0';
		ok = smtp_send(cf, &m, err, sizeof(err)) == 0;
		if ((rc = core_begin(c)) != CORE_OK)
			break;
		if (ok) {
			rc = store_exec(c->st, STMT_OUT_SENT, "sl", c->now,
			    r->id);
			sent++;
		} else {
			/* Back off: 1, 2, 4... minutes, at most 6 hours. */
			tries = (int)r->attempts + 1;
			delay = tries >= 9 ? 360 : 1 << (tries - 1);
			core_int_later(c->now, delay, next);
			rc = store_exec(c->st, STMT_OUT_RETRY, "sssl",
			    tries >= max_tries ? "failed" : "queued", next, err,
			    r->id);
			failed++;
		}
		if ((rc = core_end(c, rc == STORE_OK ? CORE_OK :
		    core_store_fail(c, rc, "recording delivery"))) != CORE_OK)
			break;
	}
	rec_mail_list_free(&due);
	if (rc != CORE_OK)
		return rc;
	out->sent = sent;
	out->not_sent = failed;
	return CORE_OK;
}

int
core_mail_list(struct core *c, const char *status,
    struct rec_mail_list *out)
{
	int rc = store_mail_list(c->st, status != NULL ? status : "", out);

	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the outbox");
}

int
core_mail_get(struct core *c, int64_t id, struct rec_mail *out)
{
	int found, rc = store_mail_get(c->st, id, out, &found);

	return core_int_found(c, rc, found, "reading the outbox", "message",
	    "no message %lld in the outbox", (long long)id);
}

int
core_mail_retry(struct core *c, int64_t id)
{
	int rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_exec(c->st, STMT_OUT_REQUEUE, "sl", c->now, id);
	if (rc != STORE_OK)
		return core_end(c, core_store_fail(c, rc, "requeueing"));
	if (store_changes(c->st) == 0)
		return core_end(c, core_fail(c, CORE_EINVAL, "message",
		    "message %lld is not failed or uncertain; only those are "
		    "sent again by hand", (long long)id));
	return core_end(c, core_auditf(c, "mail.retry", "outbox", id, "{s:I}",
	    "message", (long long)id));
}

/* --- the daily digest --- */

int
core_person_digest(struct core *c, const char *person, int on)
{
	struct rec_person	 p = { 0 };
	int			 rc;

	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	if ((rc = core_int_find_person(c, person, &p)) != CORE_OK)
		goto out;
	if (on < CORE_NEWS_NOW || on > CORE_NEWS_NONE)
		on = CORE_NEWS_DIGEST;
	rc = store_exec(c->st, STMT_PERSON_DIGEST_SET, "il", on, p.id);
	rc = core_audited(c, rc, "saving the choice", "person.digest", "person",
	    p.id, "{s:s, s:b, s:b}", "person", p.name, "digest",
	    on == CORE_NEWS_DIGEST, "news", on != CORE_NEWS_NONE);
out:
	rec_person_clear(&p);
	return core_end(c, rc);
}

int
core_news_token(struct core *c, const char *email, char out[64])
{
	char	 msg[64], mac[33];
	int64_t	 person;
	int	 rc, choice, found = 0;

	out[0] = '\0';
	if (email == NULL || store_mail_news_choice(c->st, email, &person,
	    &choice, &found) != STORE_OK || !found)
		return core_fail(c, CORE_ENOTFOUND, "email", "no one has that "
		    "address");
	snprintf(msg, sizeof(msg), "alliance news\n%lld", (long long)person);
	if ((rc = core_int_mac(c, msg, mac)) == CORE_OK)
		snprintf(out, 64, "%lld-%s", (long long)person, mac);
	return rc;
}

int
core_news_stop(struct core *c, const char *token, struct rec_person *who)
{
	char		 msg[64], mac[33], id[24];
	const char	*dash;
	int64_t		 n;
	int		 rc;

	memset(who, 0, sizeof(*who));
	dash = token != NULL ? strchr(token, '-') : NULL;
	if (dash == NULL || dash == token || dash - token > 18 ||
	    strlen(dash + 1) != 32)
		goto bad;
	snprintf(id, sizeof(id), "%.*s", (int)(dash - token), token);
	if (parse_id(id, &n) != 0)
		goto bad;
	snprintf(msg, sizeof(msg), "alliance news\n%lld", (long long)n);
	if ((rc = core_int_mac(c, msg, mac)) != CORE_OK)
		return rc;
	if (sodium_memcmp(mac, dash + 1, 32) != 0)
		goto bad;
	if ((rc = core_person_digest(c, id, CORE_NEWS_NONE)) != CORE_OK)
		return rc;
	return core_int_find_person(c, id, who);
bad:
	return core_fail(c, CORE_ENOTFOUND, "token", "this link is not one "
	    "Alliance sent");
}

/* One recipient's held messages, bundled into a single message. */
static int
bundle(struct core *c, const struct rec_mail_list *held, size_t from,
    size_t to, int *made)
{
	const struct rec_mail	*m = &held->v[from];
	struct buf		 t = { 0 };
	char		 subject[200], once[64], ref[32];
	size_t		 i;
	int64_t		 id;
	int		 rc;

	snprintf(subject, sizeof(subject), "Your Alliance digest: %zu "
	    "message%s", to - from, to - from == 1 ? "" : "s");
	buf_puts(&t, "Here is what happened since your last digest.\n");
	for (i = from; i < to; i++) {
		const struct rec_mail *h = &held->v[i];

		buf_puts(&t, "\n--- ");
		buf_puts(&t, h->subject != NULL ? h->subject : "");
		buf_puts(&t, " ---\n\n");
		buf_puts(&t, h->body_text != NULL ? h->body_text : "");
	}
	if (t.fail) {
		free(t.p);
		return core_fail(c, CORE_EFAULT, NULL, "out of memory");
	}
	/* Once a day per person: the key carries the date. */
	snprintf(once, sizeof(once), "digest:%s", c->today);
	rc = enqueue(c, "digest", once, m->recipient, m->recipient_name,
	    subject, t.p, "/me", NULL, NULL);
	free(t.p);
	if (rc != CORE_OK)
		return rc;
	if (store_changes(c->st) == 0)
		return CORE_OK;		/* today's digest went already */
	id = store_last_id(c->st);
	snprintf(ref, sizeof(ref), "%lld", (long long)id);
	for (i = from; i < to && rc == CORE_OK; i++)
		if (store_exec(c->st, STMT_OUT_BUNDLED, "lss", held->v[i].id,
		    ref, c->now) != STORE_OK)
			rc = core_store_fail(c, STORE_ERROR, "bundling");
	(*made)++;
	return rc;
}

int
core_mail_digest(struct core *c, struct mail_digest *out)
{
	struct rec_mail_list	 held = { NULL, 0 };
	size_t			 i, start = 0;
	int			 rc, made = 0;

	memset(out, 0, sizeof(*out));
	if ((rc = core_begin(c)) != CORE_OK)
		return rc;
	rc = store_mail_held(c->st, c->arr, &held);
	if (rc != STORE_OK) {
		rc = core_store_fail(c, rc, "reading held messages");
		goto out;
	}
	for (i = 1; i <= held.n && rc == CORE_OK; i++)
		if (i == held.n || strcmp(held.v[i].recipient != NULL ?
		    held.v[i].recipient : "", held.v[start].recipient != NULL ?
		    held.v[start].recipient : "") != 0) {
			rc = bundle(c, &held, start, i, &made);
			start = i;
		}
	if (rc == CORE_OK) {
		out->digests = made;
		out->messages = (int)held.n;
	}
out:
	rec_mail_list_free(&held);
	rc = core_end(c, rc);
	if (rc != CORE_OK)
		memset(out, 0, sizeof(*out));
	return rc;
}
