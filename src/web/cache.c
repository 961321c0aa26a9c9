/*
 * cache: pages kept per thread while the data stays the same, and gzip
 * for what the client accepts compressed.
 *
 * Each thread that answers requests keeps its own pages, used by no
 * other, so they need no lock.  A page is known by the data's stamp
 * (core_stamp: the same for every connection and process) and the
 * clock: a public page for one minute at most, since pages that show
 * what is open or due change with the clock as well as with the data;
 * a person's own page for one second, the clock a session's expiry is
 * read by.  Each is kept as libmicrohttpd answers, headers and all,
 * which count their references: the same answer is queued on every
 * connection that asks, and freed when the last is sent.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <microhttpd.h>
#include <sodium.h>
#include <zlib.h>

#include "cache.h"

#define CACHE_PAGES	16		/* pages kept per thread */
#define OWNER_LEN	crypto_generichash_BYTES
#define CACHE_PAGE_MAX	(512u * 1024u)	/* larger pages are not kept */
#define GZIP_MIN	1400		/* smaller fit one packet anyway */

struct cache_page {
	char			 key[512];	/* the path */
	unsigned char		 owner[OWNER_LEN];	/* of the session's
						 * cookie, or of "" */
	uint64_t		 stamp;		/* core_stamp() when made */
	char			 when[24];	/* the clock's minute or second */
	struct MHD_Response	*plain, *gz;	/* a reference each, or NULL */
	size_t			 len, gzlen;
};

struct cache {
	struct cache_page	 p[CACHE_PAGES];
	unsigned		 next;		/* the slot to reuse next */
};

static pthread_key_t	 cache_key;
static int		 cache_on;

static void
page_clear(struct cache_page *p)
{
	if (p->plain != NULL)
		MHD_destroy_response(p->plain);
	if (p->gz != NULL)
		MHD_destroy_response(p->gz);
	memset(p, 0, sizeof(*p));
}

/* At a thread's end: its pages' references go. */
static void
cache_free(void *arg)
{
	struct cache	*k = arg;
	size_t		 i;

	for (i = 0; i < CACHE_PAGES; i++)
		page_clear(&k->p[i]);
	free(k);
}

int
cache_start(void)
{
	if (pthread_key_create(&cache_key, cache_free) != 0)
		return -1;
	cache_on = 1;
	return 0;
}

void
cache_stop(void)
{
	struct cache *k;

	if (!cache_on)
		return;
	/* The threads that answered are gone, their pages with them; this
	 * one's, if any, goes now. */
	if ((k = pthread_getspecific(cache_key)) != NULL) {
		pthread_setspecific(cache_key, NULL);
		cache_free(k);
	}
	pthread_key_delete(cache_key);
	cache_on = 0;
}

struct cache *
cache_mine(void)
{
	struct cache *k;

	if (!cache_on)
		return NULL;
	if ((k = pthread_getspecific(cache_key)) == NULL &&
	    (k = calloc(1, sizeof(*k))) != NULL &&
	    pthread_setspecific(cache_key, k) != 0) {
		free(k);
		k = NULL;
	}
	return k;
}

/* owner is a secret (a session's cookie): only its digest is kept, and
 * digests are compared in a time that does not tell how much matched. */
static void
owner_digest(const char *owner, unsigned char d[OWNER_LEN])
{
	crypto_generichash(d, OWNER_LEN, (const unsigned char *)owner,
	    strlen(owner), NULL, 0);
}

static int
owner_is(const struct cache_page *p, const unsigned char d[OWNER_LEN])
{
	return sodium_memcmp(p->owner, d, OWNER_LEN) == 0;
}

struct MHD_Response *
cache_find(struct cache *k, const char *key, const char *owner,
    uint64_t stamp, const char *when, const char *ae, size_t *len, int *gz)
{
	const struct cache_page	*p;
	unsigned char		 d[OWNER_LEN];
	size_t			 i;

	if (k == NULL || stamp == 0)
		return NULL;
	owner_digest(owner, d);
	for (i = 0; i < CACHE_PAGES; i++) {
		p = &k->p[i];
		if (p->plain == NULL || p->stamp != stamp ||
		    strcmp(p->when, when) != 0 || strcmp(p->key, key) != 0 ||
		    !owner_is(p, d))
			continue;
		*gz = p->gz != NULL && cache_gzip_wanted(ae, p->len);
		*len = *gz ? p->gzlen : p->len;
		return *gz ? p->gz : p->plain;
	}
	return NULL;
}

void
cache_put(struct cache *k, const char *key, const char *owner,
    uint64_t stamp, const char *when, struct MHD_Response *plain,
    size_t len, struct MHD_Response *gz, size_t gzlen)
{
	struct cache_page	*p = NULL;
	unsigned char		 d[OWNER_LEN];
	size_t			 i;

	if (k == NULL || stamp == 0 || plain == NULL || len > CACHE_PAGE_MAX ||
	    strlen(key) >= sizeof(p->key) || strlen(when) >= sizeof(p->when)) {
		if (plain != NULL)
			MHD_destroy_response(plain);
		if (gz != NULL)
			MHD_destroy_response(gz);
		return;
	}
	owner_digest(owner, d);
	/* The same address's old page for the same owner, else an empty
	 * slot or one made from other data (so that pages of data since
	 * changed, or erased, do not stay), else a slot in turn. */
	for (i = 0; i < CACHE_PAGES && p == NULL; i++)
		if (k->p[i].plain != NULL && strcmp(k->p[i].key, key) == 0 &&
		    owner_is(&k->p[i], d))
			p = &k->p[i];
	for (i = 0; i < CACHE_PAGES && p == NULL; i++)
		if (k->p[i].plain == NULL || k->p[i].stamp != stamp)
			p = &k->p[i];
	if (p == NULL)
		p = &k->p[k->next++ % CACHE_PAGES];
	page_clear(p);
	snprintf(p->key, sizeof(p->key), "%s", key);
	memcpy(p->owner, d, sizeof(p->owner));
	snprintf(p->when, sizeof(p->when), "%s", when);
	p->stamp = stamp;
	p->plain = plain;
	p->len = len;
	p->gz = gz;
	p->gzlen = gzlen;
}

int
cache_keeps(size_t len)
{
	return len <= CACHE_PAGE_MAX;
}

int
cache_gzip_worth(size_t len)
{
	return len >= GZIP_MIN;
}

/*
 * RFC 9110 12.5.3: gzip (or x-gzip) listed without q=0, or "*" with a
 * weight when gzip is not named.
 */
int
cache_gzip_wanted(const char *ae, size_t len)
{
	const char	*t, *semi, *end;
	size_t		 n;
	int		 named = 0, star = 0, ok;

	if (ae == NULL || len < GZIP_MIN)
		return 0;
	for (t = ae; *t != '\0'; t = *end != '\0' ? end + 1 : end) {
		t += strspn(t, " \t");
		end = t + strcspn(t, ",");
		semi = memchr(t, ';', (size_t)(end - t));
		n = (size_t)((semi != NULL ? semi : end) - t);
		while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t'))
			n--;
		ok = 1;
		if (semi != NULL) {
			const char *q = semi + 1 + strspn(semi + 1, " \t");

			/* q=0, q=0.0, q=0.00...: not acceptable. */
			if (strncasecmp(q, "q=", 2) == 0 && q[2] == '0' &&
			    strspn(q + 3, ".0") == (size_t)(end - q - 3))
				ok = 0;
		}
		if ((n == 4 && strncasecmp(t, "gzip", 4) == 0) ||
		    (n == 6 && strncasecmp(t, "x-gzip", 6) == 0))
			named = ok ? 1 : -1;
		else if (n == 1 && *t == '*')
			star = ok;
	}
	return named == 1 || (named == 0 && star);
}

int
cache_gzip(const char *in, size_t len, char **out, size_t *outlen)
{
	z_stream	 z;
	size_t		 cap;

	*out = NULL;
	*outlen = 0;
	memset(&z, 0, sizeof(z));
	/* 15 + 16: a gzip header and trailer; level 6, zlib's default. */
	if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK)
		return -1;
	cap = deflateBound(&z, (uLong)len);
	if ((*out = malloc(cap)) == NULL) {
		deflateEnd(&z);
		return -1;
	}
	z.next_in = (Bytef *)(uintptr_t)in;
	z.avail_in = (uInt)len;
	z.next_out = (Bytef *)*out;
	z.avail_out = (uInt)cap;
	if (deflate(&z, Z_FINISH) != Z_STREAM_END) {
		deflateEnd(&z);
		free(*out);
		*out = NULL;
		return -1;
	}
	*outlen = cap - z.avail_out;
	deflateEnd(&z);
	return 0;
}

