/*
 * cache: public pages kept per connection while the data stays the
 * same, and gzip for what the client accepts compressed.
 *
 * Each connection of the pool (one core, one SQLite connection) has its
 * own cache, used only by the request that holds the connection, so it
 * needs no lock; store_version() numbers are that connection's own.  A
 * page is kept for one minute at most, since pages that show what is
 * open or due change with the clock as well as with the data.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <microhttpd.h>
#include <zlib.h>

#include "cache.h"

#define CACHE_PAGES	16		/* pages kept per connection */
#define CACHE_PAGE_MAX	(512u * 1024u)	/* larger pages are not kept */
#define GZIP_MIN	1400		/* smaller fit one packet anyway */

struct cache {
	struct cache_page	 p[CACHE_PAGES];
	unsigned		 next;		/* the slot to reuse next */
};

struct cache *
cache_new(void)
{
	return calloc(1, sizeof(struct cache));
}

static void
page_clear(struct cache_page *p)
{
	free(p->body);
	free(p->gz);
	memset(p, 0, sizeof(*p));
}

void
cache_free(struct cache *k)
{
	size_t i;

	if (k == NULL)
		return;
	for (i = 0; i < CACHE_PAGES; i++)
		page_clear(&k->p[i]);
	free(k);
}

const struct cache_page *
cache_get(struct cache *k, const char *key, uint64_t version,
    const char *minute)
{
	size_t i;

	if (k == NULL || version == 0)
		return NULL;
	for (i = 0; i < CACHE_PAGES; i++)
		if (k->p[i].body != NULL && k->p[i].version == version &&
		    strcmp(k->p[i].minute, minute) == 0 &&
		    strcmp(k->p[i].key, key) == 0)
			return &k->p[i];
	return NULL;
}

void
cache_put(struct cache *k, const char *key, uint64_t version,
    const char *minute, const char *type, const char *body, size_t len)
{
	struct cache_page	*p = NULL;
	size_t			 i;

	if (k == NULL || version == 0 || len > CACHE_PAGE_MAX ||
	    strlen(key) >= sizeof(p->key))
		return;
	/* The same address's old page, else a slot in turn. */
	for (i = 0; i < CACHE_PAGES && p == NULL; i++)
		if (k->p[i].body != NULL && strcmp(k->p[i].key, key) == 0)
			p = &k->p[i];
	if (p == NULL)
		p = &k->p[k->next++ % CACHE_PAGES];
	page_clear(p);
	if ((p->body = malloc(len + 1)) == NULL)
		return;
	memcpy(p->body, body, len);
	p->body[len] = '\0';
	p->len = len;
	if (len >= GZIP_MIN && cache_gzip(body, len, &p->gz, &p->gzlen) != 0)
		p->gz = NULL;
	snprintf(p->key, sizeof(p->key), "%s", key);
	snprintf(p->minute, sizeof(p->minute), "%s", minute);
	p->version = version;
	p->type = type;
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

struct MHD_Response *
cache_response(const struct cache_page *hit, char *body, size_t len,
    const char *type, const char *ae, size_t *sent, int *gz)
{
	struct MHD_Response	*resp;
	char			*z = NULL;
	size_t			 zlen = 0;
	int			 text = type != NULL && (strncmp(type, "text/",
	    5) == 0 || strncmp(type, "application/json", 16) == 0);

	*gz = 0;
	if (hit != NULL) {
		free(body);
		*gz = hit->gz != NULL && cache_gzip_wanted(ae, hit->len);
		*sent = *gz ? hit->gzlen : hit->len;
		return MHD_create_response_from_buffer(*sent, *gz ? hit->gz :
		    hit->body, MHD_RESPMEM_MUST_COPY);
	}
	if (body != NULL && text && cache_gzip_wanted(ae, len) &&
	    cache_gzip(body, len, &z, &zlen) == 0) {
		free(body);
		body = z;
		len = zlen;
		*gz = 1;
	}
	*sent = body != NULL ? len : 0;
	resp = MHD_create_response_from_buffer(*sent, body != NULL ? body :
	    "", body != NULL ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
	if (resp == NULL)
		free(body);
	return resp;
}
