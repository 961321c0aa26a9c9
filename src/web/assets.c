/*
 * assets: the static files, read once at start (assets.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embedded.h"
#include "assets.h"

static struct asset assets[] = {
	{ "/assets/govuk-frontend.min.css", "text/css; charset=utf-8",
	    NULL, 0, 0 },
	{ "/assets/govuk-frontend.min.js", "text/javascript; charset=utf-8",
	    NULL, 0, 0 },
	{ "/assets/alliance.js", "text/javascript; charset=utf-8", NULL, 0,
	    0 },
	{ "/assets/init.mjs", "text/javascript; charset=utf-8", NULL, 0, 0 },
	{ "/assets/alliance.css", "text/css; charset=utf-8", NULL, 0, 0 },
};
#define ASSETS (sizeof(assets) / sizeof(assets[0]))

static char *
slurp(const char *path, size_t *len)
{
	FILE	*f;
	char	*p = NULL;
	long	 n;

	if ((f = fopen(path, "rb")) == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 &&
	    fseek(f, 0, SEEK_SET) == 0 && (p = malloc((size_t)n + 1)) != NULL) {
		if (fread(p, 1, (size_t)n, f) != (size_t)n) {
			free(p);
			p = NULL;
		} else {
			p[n] = '\0';
			*len = (size_t)n;
		}
	}
	fclose(f);
	return p;
}

/*
 * The service is not GOV.UK: the GDS Transport font is not ours to
 * use, so its @font-face rules go and the font stacks fall back to
 * Arial (ECOSYSTEM: serve the precompiled CSS without the font files).
 */
static void
css_unbrand(char *css, size_t *len)
{
	static const char	 face[] = "@font-face{";
	static const char	 fam[] = "GDS Transport,";
	char			*p, *end;

	while ((p = strstr(css, face)) != NULL &&
	    (end = strchr(p, '}')) != NULL) {
		memmove(p, end + 1, strlen(end + 1) + 1);
	}
	while ((p = strstr(css, fam)) != NULL)
		memmove(p, p + sizeof(fam) - 1, strlen(p + sizeof(fam) - 1) +
		    1);
	*len = strlen(css);
}

int
assets_load(const char *dir)
{
	char	path[1024];
	size_t	n;

	snprintf(path, sizeof(path), "%s/govuk-frontend.min.css", dir);
	if ((assets[0].data = slurp(path, &assets[0].len)) == NULL) {
		fprintf(stderr, "alliance: cannot read %s: %s\n(the set-up "
		    "script installs govuk-frontend with npm; run `make "
		    "deps`, or give --assets DIR)\n", path, strerror(errno));
		return -1;
	}
	assets[0].owned = 1;
	css_unbrand(assets[0].data, &assets[0].len);
	snprintf(path, sizeof(path), "%s/govuk-frontend.min.js", dir);
	if ((assets[1].data = slurp(path, &assets[1].len)) == NULL) {
		fprintf(stderr, "alliance: cannot read %s: %s\n", path,
		    strerror(errno));
		return -1;
	}
	assets[1].owned = 1;
	assets[2].data = (char *)embedded_get("web/alliance.js", &n);
	assets[2].len = n;
	assets[3].data = (char *)embedded_get("web/init.mjs", &n);
	assets[3].len = n;
	assets[4].data = (char *)embedded_get("web/alliance.css", &n);
	assets[4].len = n;
	return 0;
}

void
assets_free(void)
{
	size_t i;

	for (i = 0; i < ASSETS; i++)
		if (assets[i].owned) {
			free(assets[i].data);
			assets[i].data = NULL;
		}
}

const struct asset *
assets_find(const char *path)
{
	size_t i;

	for (i = 0; i < ASSETS; i++)
		if (strcmp(assets[i].path, path) == 0 && assets[i].data != NULL)
			return &assets[i];
	return NULL;
}
