/*
 * pdf: the document writer (see pdf.h).  Units are PDF points.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <qpdf/qpdf-c.h>

#include "pdf.h"

#define PAGE_W		595.276		/* A4 */
#define PAGE_H		841.890
#define MARGIN		56.0
#define CONTENT_W	(PAGE_W - 2 * MARGIN)
#define BOTTOM		(PAGE_H - MARGIN)
#define FONT		"DejaVu Sans, Liberation Sans, Arial, sans-serif"

struct pdf {
	cairo_surface_t	*surf;
	cairo_t		*cr;
	PangoFontMap	*fm;		/* our own: one per document, so that
					   threads share nothing */
	PangoContext	*ctx;
	char		*buf;		/* the PDF so far, from malloc() */
	size_t		 len, cap;
	int		 oom;
	int		 page;		/* 1 for the first */
	int		 empty;		/* nothing drawn on this page yet */
	double		 y;		/* where the next block starts */
	char		 title[200];
};

static cairo_status_t
sink(void *arg, const unsigned char *data, unsigned int n)
{
	struct pdf	*p = arg;
	size_t		 want;
	char		*nb;

	if (p->oom)
		return CAIRO_STATUS_WRITE_ERROR;
	if (n > PDF_MAX - p->len) {
		p->oom = 1;
		return CAIRO_STATUS_WRITE_ERROR;
	}
	if (p->len + n > p->cap) {
		want = p->cap ? p->cap : 65536;
		while (want < p->len + n)
			want *= 2;
		if ((nb = realloc(p->buf, want)) == NULL) {
			p->oom = 1;
			return CAIRO_STATUS_WRITE_ERROR;
		}
		p->buf = nb;
		p->cap = want;
	}
	memcpy(p->buf + p->len, data, n);
	p->len += n;
	return CAIRO_STATUS_SUCCESS;
}

struct pdf *
pdf_new(const char *title, const char *author)
{
	struct pdf	*p;

	if ((p = calloc(1, sizeof(*p))) == NULL)
		return NULL;
	p->surf = cairo_pdf_surface_create_for_stream(sink, p, PAGE_W, PAGE_H);
	p->cr = cairo_create(p->surf);
	p->fm = pango_cairo_font_map_new();
	p->ctx = pango_font_map_create_context(p->fm);
	pango_cairo_context_set_resolution(p->ctx, 72);
	pango_cairo_update_context(p->cr, p->ctx);
	snprintf(p->title, sizeof(p->title), "%s", title != NULL ? title : "");
	if (title != NULL)
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_TITLE, title);
	if (author != NULL)
		cairo_pdf_surface_set_metadata(p->surf,
		    CAIRO_PDF_METADATA_AUTHOR, author);
	cairo_pdf_surface_set_metadata(p->surf, CAIRO_PDF_METADATA_CREATOR,
	    "Alliance");
	/* A tagged PDF: its structure (headings, paragraphs, tables,
	 * figures, links) under one Document, for screen readers. */
	cairo_tag_begin(p->cr, "Document", NULL);
	p->page = 1;
	p->empty = 1;
	p->y = MARGIN;
	return p;
}

void
pdf_free(struct pdf *p)
{
	if (p == NULL)
		return;
	if (p->ctx != NULL)
		g_object_unref(p->ctx);
	if (p->fm != NULL)
		g_object_unref(p->fm);
	if (p->cr != NULL)
		cairo_destroy(p->cr);
	if (p->surf != NULL)
		cairo_surface_destroy(p->surf);
	free(p->buf);
	free(p);
}

/* A layout of text (plain, never markup) wrapped to width points. */
static PangoLayout *
layout(struct pdf *p, const char *text, double size, int bold,
    double width)
{
	PangoLayout		*l = pango_layout_new(p->ctx);
	PangoFontDescription	*fd = pango_font_description_from_string(FONT);
	char			*fixed = NULL;

	pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
	pango_font_description_set_weight(fd, bold ? PANGO_WEIGHT_BOLD :
	    PANGO_WEIGHT_NORMAL);
	pango_layout_set_font_description(l, fd);
	pango_font_description_free(fd);
	pango_layout_set_width(l, (int)(width * PANGO_SCALE));
	pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
	if (text == NULL)
		text = "";
	if (!g_utf8_validate(text, -1, NULL))
		text = fixed = g_utf8_make_valid(text, -1);
	pango_layout_set_text(l, text, -1);
	g_free(fixed);
	return l;
}

static double
layout_h(PangoLayout *l)
{
	int	w, h;

	pango_layout_get_size(l, &w, &h);
	return (double)h / PANGO_SCALE;
}

static void
grey(struct pdf *p, double v)
{
	cairo_set_source_rgb(p->cr, v, v, v);
}

static void
ink(struct pdf *p)
{
	cairo_set_source_rgb(p->cr, 0.043, 0.047, 0.047);	/* #0b0c0c */
}

/* The page's footer: the document's title and the page number. */
static void
footer(struct pdf *p)
{
	PangoLayout	*l;
	char		 text[260];

	snprintf(text, sizeof(text), "%s - page %d", p->title, p->page);
	l = layout(p, text, 8, 0, CONTENT_W);
	grey(p, 0.31);
	cairo_move_to(p->cr, MARGIN, PAGE_H - MARGIN / 2 - 8);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

static void
new_page(struct pdf *p)
{
	footer(p);
	cairo_show_page(p->cr);
	p->page++;
	p->empty = 1;
	p->y = MARGIN;
}

void
pdf_page_break(struct pdf *p)
{
	if (!p->empty)
		new_page(p);
}

/* Makes room for h points, on a new page if need be. */
static void
room(struct pdf *p, double h)
{
	if (!p->empty && p->y + h > BOTTOM)
		new_page(p);
}

/*
 * Draws l at the left margin line by line, breaking the page between
 * lines, then leaves after points of space.
 */
static void
flow(struct pdf *p, PangoLayout *l, double x, double after)
{
	PangoLayoutIter	*it = pango_layout_get_iter(l);
	PangoRectangle	 lr;
	double		 origin = p->y, top, h, end = p->y;

	do {
		pango_layout_iter_get_line_extents(it, NULL, &lr);
		top = (double)lr.y / PANGO_SCALE;
		h = (double)lr.height / PANGO_SCALE;
		if (origin + top + h > BOTTOM && !(p->empty && origin + top ==
		    p->y)) {
			new_page(p);
			origin = p->y - top;
		}
		cairo_move_to(p->cr, x + (double)lr.x / PANGO_SCALE, origin +
		    (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE);
		pango_cairo_show_layout_line(p->cr,
		    pango_layout_iter_get_line_readonly(it));
		p->empty = 0;
		end = origin + top + h;
	} while (pango_layout_iter_next_line(it));
	pango_layout_iter_free(it);
	p->y = end + after;
}

void
pdf_heading(struct pdf *p, int level, const char *text)
{
	static const double size[] = { 22, 16, 12.5 };
	PangoLayout	*l;
	char		 dest[64];
	int		 k = level < 1 ? 0 : level > 3 ? 2 : level - 1;

	l = layout(p, text, size[k], 1, CONTENT_W);
	/* A heading keeps with what follows it. */
	room(p, layout_h(l) + 60);
	if (!p->empty)
		p->y += k == 0 ? 0 : k == 1 ? 14 : 8;
	if (k == 1) {
		snprintf(dest, sizeof(dest), "page=%d pos=[%.0f %.0f]",
		    p->page, MARGIN, p->y);
		cairo_pdf_surface_add_outline(p->surf,
		    CAIRO_PDF_OUTLINE_ROOT, text != NULL ? text : "", dest, 0);
	}
	ink(p);
	cairo_tag_begin(p->cr, k == 0 ? "H1" : k == 1 ? "H2" : "H3", NULL);
	flow(p, l, MARGIN, k == 0 ? 12 : 6);
	cairo_tag_end(p->cr, k == 0 ? "H1" : k == 1 ? "H2" : "H3");
	g_object_unref(l);
}

void
pdf_para(struct pdf *p, const char *text)
{
	PangoLayout *l = layout(p, text, 10.5, 0, CONTENT_W);

	ink(p);
	cairo_tag_begin(p->cr, "P", NULL);
	flow(p, l, MARGIN, 7);
	cairo_tag_end(p->cr, "P");
	g_object_unref(l);
}

void
pdf_link(struct pdf *p, const char *text, const char *uri)
{
	PangoLayout	*l = layout(p, text, 10.5, 0, CONTENT_W);
	char		 attr[600];

	/* cairo's attributes quote with ' and escape with \: a link
	 * with either is left as plain text. */
	if (uri == NULL || strpbrk(uri, "'\\") != NULL || strlen(uri) > 500) {
		pdf_para(p, text);
		g_object_unref(l);
		return;
	}
	snprintf(attr, sizeof(attr), "uri='%s'", uri);
	cairo_set_source_rgb(p->cr, 0.114, 0.439, 0.722);	/* #1d70b8 */
	cairo_tag_begin(p->cr, "P", NULL);
	cairo_tag_begin(p->cr, CAIRO_TAG_LINK, attr);
	flow(p, l, MARGIN, 7);
	cairo_tag_end(p->cr, CAIRO_TAG_LINK);
	cairo_tag_end(p->cr, "P");
	g_object_unref(l);
}

void
pdf_note(struct pdf *p, const char *text)
{
	PangoLayout *l = layout(p, text, 9, 0, CONTENT_W);

	grey(p, 0.31);
	cairo_tag_begin(p->cr, "P", NULL);
	flow(p, l, MARGIN, 7);
	cairo_tag_end(p->cr, "P");
	g_object_unref(l);
}

/* Column widths: the first twice the others. */
static void
widths(size_t ncols, double *w)
{
	size_t	j;

	for (j = 0; j < ncols; j++)
		w[j] = CONTENT_W * (j == 0 && ncols > 1 ? 2.0 : 1.0) /
		    (double)(ncols + (ncols > 1 ? 1 : 0));
}

#define PAD	3.5
#define MAXCOLS	12

/* One row of cells; head: bold on a grey band.  Returns its height. */
static double
row_height(struct pdf *p, size_t ncols, const char *const *cells,
    const double *w, int head)
{
	PangoLayout	*l;
	double		 h, max = 0;
	size_t		 j;

	for (j = 0; j < ncols; j++) {
		l = layout(p, cells[j], 9, head, w[j] - 2 * PAD);
		if ((h = layout_h(l)) > max)
			max = h;
		g_object_unref(l);
	}
	return max + 2 * PAD;
}

/* head: 0 a row of cells, 1 the heading row, 2 the heading row again
 * on a new page (drawn, not tagged a second time). */
static void
draw_row(struct pdf *p, size_t ncols, const char *const *cells,
    const double *w, double h, int head)
{
	PangoLayout	*l;
	double		 x = MARGIN;
	size_t		 j;
	const char	*cell = head ? "TH" : "TD";

	if (head) {
		grey(p, 0.953);
		cairo_rectangle(p->cr, MARGIN, p->y, CONTENT_W, h);
		cairo_fill(p->cr);
	}
	if (head != 2)
		cairo_tag_begin(p->cr, "TR", NULL);
	for (j = 0; j < ncols; j++) {
		l = layout(p, cells[j], 9, head || j == 0, w[j] - 2 * PAD);
		ink(p);
		if (head != 2)
			cairo_tag_begin(p->cr, cell, NULL);
		cairo_move_to(p->cr, x + PAD, p->y + PAD);
		pango_cairo_show_layout(p->cr, l);
		if (head != 2)
			cairo_tag_end(p->cr, cell);
		g_object_unref(l);
		x += w[j];
	}
	if (head != 2)
		cairo_tag_end(p->cr, "TR");
	grey(p, 0.69);
	cairo_set_line_width(p->cr, head ? 1.0 : 0.5);
	cairo_move_to(p->cr, MARGIN, p->y + h);
	cairo_line_to(p->cr, MARGIN + CONTENT_W, p->y + h);
	cairo_stroke(p->cr);
	p->empty = 0;
	p->y += h;
}

/* Opens a tagged table or figure (closed by the caller) and flows its
 * caption (taken), gap points above what follows. */
static void
captioned(struct pdf *p, const char *tag, PangoLayout *cap, double gap)
{
	ink(p);
	cairo_tag_begin(p->cr, tag, NULL);
	cairo_tag_begin(p->cr, "Caption", NULL);
	flow(p, cap, MARGIN, gap);
	cairo_tag_end(p->cr, "Caption");
	g_object_unref(cap);
}

void
pdf_table(struct pdf *p, const char *caption, size_t ncols,
    const char *const *heads, const char *const *cells, size_t nrows)
{
	PangoLayout	*cap;
	double		 w[MAXCOLS], hh, rh;
	size_t		 i;

	if (ncols == 0 || ncols > MAXCOLS)
		return;
	widths(ncols, w);
	cap = layout(p, caption, 10.5, 1, CONTENT_W);
	hh = row_height(p, ncols, heads, w, 1);
	rh = nrows > 0 ? row_height(p, ncols, cells, w, 0) : 0;
	room(p, layout_h(cap) + 4 + hh + rh);
	captioned(p, "Table", cap, 4);
	draw_row(p, ncols, heads, w, hh, 1);
	for (i = 0; i < nrows; i++) {
		rh = row_height(p, ncols, cells + i * ncols, w, 0);
		if (p->y + rh > BOTTOM) {
			new_page(p);
			draw_row(p, ncols, heads, w, hh, 2);
		}
		draw_row(p, ncols, cells + i * ncols, w, rh, 0);
	}
	cairo_tag_end(p->cr, "Table");
	p->y += 12;
}

/* Text at (x, y) top-left, at most width wide, aligned. */
static void
label(struct pdf *p, const char *text, double x, double y, double width,
    PangoAlignment align, double size)
{
	PangoLayout *l = layout(p, text, size, 0, width);

	pango_layout_set_alignment(l, align);
	pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
	pango_layout_set_height(l, -1);	/* one line */
	ink(p);
	cairo_move_to(p->cr, x, y);
	pango_cairo_show_layout(p->cr, l);
	g_object_unref(l);
}

/* Draws c (whole) at the current position; the caller made room. */
static void
draw_chart(struct pdf *p, const struct chart *c, const struct chart_layout *lp)
{
	const struct chart_layout *l = lp;
	char			 fig[40];
	double			 x, y, w, r, g, b;
	size_t			 i, j;

	cairo_save(p->cr);
	cairo_translate(p->cr, MARGIN, p->y);
	cairo_set_line_width(p->cr, 0.5);
	for (i = 0; i < l->nticks; i++) {
		x = l->plot_x + chart_bar_len(l->ticks[i], l->max, l->plot_w);
		grey(p, 0.69);
		cairo_move_to(p->cr, x, l->top - 2);
		cairo_line_to(p->cr, x, l->axis_y);
		cairo_stroke(p->cr);
		chart_figure(l->ticks[i], fig, sizeof(fig));
		label(p, fig, x - 30, l->axis_y + 4, 60, PANGO_ALIGN_CENTER, 8);
	}
	for (i = 0; i < c->nbars; i++) {
		y = l->top + (double)i * (l->bar_h + l->gap);
		label(p, c->labels[i], 0, y + l->bar_h / 2 - 6, l->label_w,
		    PANGO_ALIGN_RIGHT, 9);
		x = l->plot_x;
		for (j = 0; j < c->nseries; j++) {
			w = chart_bar_len(c->values[i * c->nseries + j], l->max,
			    l->plot_w);
			if (w <= 0)
				continue;
			chart_rgb(c, j, &r, &g, &b);
			cairo_set_source_rgb(p->cr, r, g, b);
			cairo_rectangle(p->cr, x, y, w, l->bar_h);
			cairo_fill(p->cr);
			x += w;
		}
		chart_figure(chart_bar_total(c, i), fig, sizeof(fig));
		label(p, fig, x + 4, y + l->bar_h / 2 - 6, 50,
		    PANGO_ALIGN_LEFT, 9);
	}
	ink(p);
	cairo_set_line_width(p->cr, 1);
	cairo_move_to(p->cr, l->plot_x, l->axis_y);
	cairo_line_to(p->cr, l->plot_x + l->plot_w, l->axis_y);
	cairo_stroke(p->cr);
	if (c->nseries > 1) {
		x = l->plot_x;
		for (j = 0; j < c->nseries; j++) {
			chart_rgb(c, j, &r, &g, &b);
			cairo_set_source_rgb(p->cr, r, g, b);
			cairo_rectangle(p->cr, x, l->legend_y - 9, 9, 9);
			cairo_fill(p->cr);
			label(p, c->series[j], x + 12, l->legend_y - 11, 120,
			    PANGO_ALIGN_LEFT, 8.5);
			x += 24 + 5.2 * (double)strlen(c->series[j]);
		}
	}
	cairo_restore(p->cr);
	p->empty = 0;
	p->y += l->height + 12;
}

/*
 * A chart taller than the page goes on in parts, each with its own
 * axis and legend, on the same scale as the whole.
 */
void
pdf_chart(struct pdf *p, const struct chart *c)
{
	struct chart_layout	 whole, l;
	struct chart		 part;
	PangoLayout		*cap;
	double			 per, fixed, fit;
	size_t			 off = 0, n;

	if (chart_layout(c, CONTENT_W, 0.36, &whole) != 0)
		return;
	per = whole.bar_h + whole.gap;
	fixed = whole.height - (double)c->nbars * per;
	cap = layout(p, c->title, 10.5, 1, CONTENT_W);
	room(p, layout_h(cap) + 6 + fixed + per * (c->nbars < 4 ?
	    (double)c->nbars : 4));
	captioned(p, "Figure", cap, 6);
	while (off < c->nbars) {
		fit = (BOTTOM - p->y - fixed) / per;
		if (fit < 2 && !p->empty) {
			new_page(p);
			continue;
		}
		n = fit < 1 ? 1 : (size_t)fit;
		if (n > c->nbars - off)
			n = c->nbars - off;
		part = *c;
		part.labels = c->labels + off;
		part.values = c->values + off * c->nseries;
		part.nbars = n;
		if (chart_layout(&part, CONTENT_W, 0.36, &l) != 0)
			break;
		/* The same scale in every part. */
		l.max = whole.max;
		l.nticks = whole.nticks;
		memcpy(l.ticks, whole.ticks, sizeof(l.ticks));
		draw_chart(p, &part, &l);
		off += n;
	}
	cairo_tag_end(p->cr, "Figure");
}

/*
 * PDF/UA and WCAG (PDF16, PDF18): the document's language in its
 * catalogue (/Lang), and readers told to show its Title rather than
 * the file's name (/ViewerPreferences /DisplayDocTitle).  Cairo 1.16
 * writes neither, so the finished file is opened with qpdf, the two
 * keys put in its catalogue, and written again (the rest as it was; the
 * same bytes in, the same bytes out).  p->buf is replaced; -1 on a
 * fault.
 */
static int
catalogue(struct pdf *p)
{
	qpdf_data	 q = qpdf_init();
	qpdf_oh		 root, vp;
	const unsigned char *b;
	size_t		 n;
	char		*nb;
	int		 rc = -1;

	if (q == NULL)
		return -1;
	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	if (qpdf_read_memory(q, "report", p->buf, p->len, NULL) &
	    QPDF_ERRORS)
		goto out;
	root = qpdf_get_root(q);
	qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_string(q,
	    "en-GB"));
	vp = qpdf_oh_new_dictionary(q);
	qpdf_oh_replace_key(q, vp, "/DisplayDocTitle", qpdf_oh_new_bool(q,
	    QPDF_TRUE));
	qpdf_oh_replace_key(q, root, "/ViewerPreferences", vp);
	if (qpdf_has_error(q))
		goto out;
	if (qpdf_init_write_memory(q) & QPDF_ERRORS)
		goto out;
	qpdf_set_deterministic_ID(q, QPDF_TRUE);
	if (qpdf_write(q) & QPDF_ERRORS)
		goto out;
	n = qpdf_get_buffer_length(q);
	if ((b = qpdf_get_buffer(q)) == NULL || n > PDF_MAX ||
	    (nb = malloc(n)) == NULL)
		goto out;
	memcpy(nb, b, n);
	free(p->buf);
	p->buf = nb;
	p->len = p->cap = n;
	rc = 0;
out:
	qpdf_cleanup(&q);
	return rc;
}

int
pdf_finish(struct pdf *p, char **out, size_t *len)
{
	*out = NULL;
	*len = 0;
	cairo_tag_end(p->cr, "Document");
	footer(p);
	cairo_show_page(p->cr);
	cairo_destroy(p->cr);
	p->cr = NULL;
	cairo_surface_finish(p->surf);
	if (cairo_surface_status(p->surf) != CAIRO_STATUS_SUCCESS || p->oom ||
	    catalogue(p) != 0)
		return -1;
	*out = p->buf;
	*len = p->len;
	p->buf = NULL;
	p->len = p->cap = 0;
	return 0;
}
