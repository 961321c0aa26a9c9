/*
 * qr: a QR code as SVG, one path of unit squares with a quiet zone of
 * four modules (ISO/IEC 18004), scaled by the viewBox.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qrencode.h>
#include <sodium.h>

#include "qr.h"

#define QUIET	4	/* modules of white border */

char *
qr_svg(const char *text)
{
	QRcode	*q;
	char	*out = NULL;
	size_t	 cap, n = 0;
	int	 x, y, w, used;

	if (text == NULL ||
	    (q = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1)) ==
	    NULL)
		return NULL;
	w = q->width + 2 * QUIET;
	/* At most one "M%d %dh1v1h-1z" of 20 bytes a module, and the head. */
	cap = (size_t)q->width * (size_t)q->width * 20 + 512;
	if ((out = malloc(cap)) == NULL)
		goto out;
	used = snprintf(out, cap, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" shape-rendering"
	    "=\"crispEdges\"><rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	    "<path fill=\"#000\" d=\"", w, w, w * 5, w * 5, w, w);
	n = (size_t)used;
	for (y = 0; y < q->width; y++)
		for (x = 0; x < q->width; x++)
			if (q->data[y * q->width + x] & 1) {
				used = snprintf(out + n, cap - n, "M%d %dh1v1h-1z",
				    x + QUIET, y + QUIET);
				n += (size_t)used;
			}
	snprintf(out + n, cap - n, "\"/></svg>");
out:
	QRcode_free(q);
	return out;
}

char *
qr_data_uri(const char *text)
{
	static const char pre[] = "data:image/svg+xml;base64,";
	char	*svg, *uri;
	size_t	 len, cap;

	if ((svg = qr_svg(text)) == NULL)
		return NULL;
	len = strlen(svg);
	cap = sizeof(pre) + sodium_base64_ENCODED_LEN(len,
	    sodium_base64_VARIANT_ORIGINAL);
	if ((uri = malloc(cap)) != NULL) {
		memcpy(uri, pre, sizeof(pre) - 1);
		sodium_bin2base64(uri + sizeof(pre) - 1, cap - sizeof(pre) + 1,
		    (const unsigned char *)svg, len,
		    sodium_base64_VARIANT_ORIGINAL);
	}
	free(svg);
	return uri;
}
