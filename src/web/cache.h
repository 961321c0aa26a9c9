/*
 * cache: the public pages one connection has made, kept while the data,
 * the minute and the address stay the same, so that a page that is the
 * same for every visitor is made once and then costs what sending bytes
 * costs; and gzip (zlib) for the pages a client accepts it for.
 */
#ifndef WEB_CACHE_H
#define WEB_CACHE_H

#include <stddef.h>
#include <stdint.h>

struct cache_page {
	char		 key[512];	/* the path */
	uint64_t	 version;	/* store_version() when made */
	char		 minute[17];	/* YYYY-MM-DDTHH:MM when made */
	const char	*type;		/* a constant content type */
	char		*body;		/* from malloc(), len bytes */
	size_t		 len;
	char		*gz;		/* from malloc(): gzip of body, or NULL */
	size_t		 gzlen;
};

struct cache;

struct cache *cache_new(void);
void cache_free(struct cache *);

/* The page kept for key at version and minute, or NULL.  It stays
 * valid until the next cache_put on the same cache. */
const struct cache_page *cache_get(struct cache *, const char *key,
    uint64_t version, const char *minute);
/* Keeps a copy of body (len bytes) for key, with its gzip when it is
 * worth sending compressed; a page too large is not kept. */
void cache_put(struct cache *, const char *key, uint64_t version,
    const char *minute, const char *type, const char *body, size_t len);

/* 1 when a body of len bytes is worth compressing for a client whose
 * Accept-Encoding is ae (NULL: none). */
int cache_gzip_wanted(const char *ae, size_t len);
/* *out (from malloc(), *outlen bytes): in compressed as gzip; 0, or -1
 * with *out NULL. */
int cache_gzip(const char *in, size_t len, char **out, size_t *outlen);

struct MHD_Response;
/*
 * The answer's body: the kept page hit when not NULL (body is then
 * freed), else body (from malloc(), taken; NULL for none), gzipped when
 * its type is text and the client's Accept-Encoding ae takes it.  *sent:
 * the bytes that go out.  *gz: 1 when compressed.  NULL when out of
 * memory.
 */
struct MHD_Response *cache_response(const struct cache_page *hit,
    char *body, size_t len, const char *type, const char *ae,
    size_t *sent, int *gz);

#endif
