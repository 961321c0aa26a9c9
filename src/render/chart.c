/*
 * chart: bar charts as inline SVG, with the geometry the PDF shares
 * (see chart.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"

/* GOV.UK colours that keep 3:1 against white (WCAG 1.4.11). */
static const char *const palette[] = {
	"#1d70b8", "#00703c", "#d4351c", "#4c2c92", "#505a5f", "#912b88",
	"#942514", "#003078",
};
#define PALETTE (sizeof(palette) / sizeof(palette[0]))

/* Label cut in the SVG, in characters (beside the bars, and above
 * them on a phone); the table keeps the whole. */
#define LABEL_CHARS	34
#define LABEL_CHARS_ABOVE 44
/* The phone's drawing: as wide as a phone's column, so its text is
 * drawn at about its own size. */
#define NARROW_W	340

double
chart_nice_max(double max)
{
	double	p = 1;

	if (!(max > 0))
		return 1;
	for (;;) {
		if (max <= p)
			return p;
		if (max <= 2 * p)
			return 2 * p;
		if (max <= 5 * p)
			return 5 * p;
		p *= 10;
		if (p > 1e15)
			return max;
	}
}

double
chart_bar_len(double value, double max, double plot_w)
{
	if (!(value > 0) || !(max > 0))
		return 0;
	if (value >= max)
		return plot_w;
	return plot_w * value / max;
}

double
chart_bar_total(const struct chart *c, size_t i)
{
	double	t = 0, v;
	size_t	j;

	for (j = 0; j < c->nseries; j++) {
		v = c->values[i * c->nseries + j];
		if (v > 0)
			t += v;
	}
	return t;
}

/* Ticks of an axis 0..max as chart_nice_max makes it: whole numbers. */
static size_t
ticks(double max, double *out)
{
	double	p = 1, step, m;
	size_t	n = 0;

	while (p * 10 <= max)
		p *= 10;
	m = max / p;
	if (max <= 1)
		step = 1;
	else if (max <= 2)
		step = 1;
	else if (m > 1.5 && m < 2.5)
		step = max / 4;		/* 20, 200: steps of 5, 50 */
	else
		step = max / 5;		/* 5, 10, 50, 100 */
	if (step <= 0)
		step = max;
	for (n = 0; n < CHART_TICKS && n * step <= max + step / 1e6; n++)
		out[n] = n * step;
	return n;
}

int
chart_layout(const struct chart *c, double width, double label_frac,
    struct chart_layout *out)
{
	double	max = 0, t;
	size_t	i;

	memset(out, 0, sizeof(*out));
	if (c->nbars == 0 || c->nbars > CHART_MAXBARS || c->nseries == 0 ||
	    c->nseries > CHART_MAXSERIES)
		return -1;
	for (i = 0; i < c->nbars; i++)
		if ((t = chart_bar_total(c, i)) > max)
			max = t;
	out->width = width;
	out->label_w = width * label_frac;
	out->plot_x = out->label_w + 8;
	/* Room after the longest bar for its figure. */
	out->plot_w = width - out->plot_x - 56;
	out->bar_h = 22;
	out->gap = 10;
	out->top = 6;
	out->axis_y = out->top + (double)c->nbars * (out->bar_h + out->gap) -
	    out->gap / 2;
	out->max = chart_nice_max(max);
	out->nticks = ticks(out->max, out->ticks);
	if (c->nseries > 1) {
		out->legend_y = out->axis_y + 44;
		out->height = out->legend_y + 10;
	} else
		out->height = out->axis_y + 26;
	return 0;
}

const char *
chart_colour(const struct chart *c, size_t i)
{
	if (c->colours != NULL && c->colours[i] != NULL &&
	    strlen(c->colours[i]) == 7 && c->colours[i][0] == '#')
		return c->colours[i];
	return palette[i % PALETTE];
}

void
chart_rgb(const struct chart *c, size_t i, double *r, double *g, double *b)
{
	unsigned long	v = strtoul(chart_colour(c, i) + 1, NULL, 16);

	*r = (double)((v >> 16) & 0xff) / 255.0;
	*g = (double)((v >> 8) & 0xff) / 255.0;
	*b = (double)(v & 0xff) / 255.0;
}

void
chart_figure(double v, char *buf, size_t sz)
{
	char	 digits[32];
	size_t	 n, i, o = 0;
	int	 neg = v < 0;

	snprintf(digits, sizeof(digits), "%.0f", neg ? -v : v);
	n = strlen(digits);
	if (sz == 0)
		return;
	if (neg && o + 1 < sz)
		buf[o++] = '-';
	for (i = 0; i < n && o + 1 < sz; i++) {
		if (i > 0 && (n - i) % 3 == 0 && o + 2 < sz)
			buf[o++] = ',';
		buf[o++] = digits[i];
	}
	buf[o] = '\0';
}

/* Rounds a non-negative coordinate to a whole unit for the writer. */
static long
px(double v)
{
	return v > 0 ? (long)(v + 0.5) : 0;
}

/* Bytes of the first n characters of s (UTF-8 kept whole). */
static size_t
chars_len(const char *s, size_t n)
{
	size_t i = 0, chars = 0;

	while (s[i] != '\0' && chars < n) {
		i++;
		while ((s[i] & 0xc0) == 0x80)
			i++;
		chars++;
	}
	return i;
}

/*
 * s in at most max characters: cut in the middle, so that labels that
 * differ only at their end ("...: spend", "...: aspiration") still
 * read apart, with an ellipsis where it was cut.
 */
static void
cut_label(const char *s, size_t max, char *buf, size_t sz)
{
	size_t		 n = 0, head, tn = 0, i;
	const char	*tail, *p;

	if (s == NULL)
		s = "";
	for (i = 0; s[i] != '\0'; i++)
		n += (s[i] & 0xc0) != 0x80;
	if (n <= max) {
		snprintf(buf, sz, "%s", s);
		return;
	}
	/* The end kept: what follows the last ": ", or the last word, or
	 * the last 12 characters. */
	if ((p = strstr(s, ": ")) != NULL) {
		while (strstr(p + 2, ": ") != NULL)
			p = strstr(p + 2, ": ");
		tail = p + 2;
	} else
		tail = (p = strrchr(s, ' ')) != NULL ? p + 1 : s;
	for (i = 0; tail[i] != '\0'; i++)
		tn += (tail[i] & 0xc0) != 0x80;
	if (tn > 14 || tail == s) {
		tail = s + chars_len(s, n - 12);
		tn = 12;
	}
	head = chars_len(s, max - tn - 3);
	/* At a whole word, when there is one to cut at. */
	for (i = head; i > head / 2 && s[i] != ' '; i--)
		;
	if (s[i] == ' ')
		head = i;
	snprintf(buf, sz, "%.*s \xe2\x80\xa6 %s", (int)head, s, tail);
}

static void legend(struct html *, const struct chart *, double, double);

static void
svg(struct html *h, const struct chart *c, const struct chart_layout *l)
{
	char	 fig[40], label[160];
	double	 x, w, y;
	size_t	 i, j;

	html_fmt(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
	    "class=\"app-chart__svg app-chart__svg--wide\" aria-labelledby=\""
	    "%s-title\" viewBox=\"0 "
	    "0 %ld %ld\" width=\"%ld\" height=\"%ld\" font-size=\"14\">\n"
	    "<title id=\"%s-title\">%s</title>\n", c->id, px(l->width),
	    px(l->height), px(l->width), px(l->height), c->id, c->title);
	/* Grid lines at the ticks, then the bars over them. */
	for (i = 0; i < l->nticks; i++) {
		x = l->plot_x + chart_bar_len(l->ticks[i], l->max, l->plot_w);
		chart_figure(l->ticks[i], fig, sizeof(fig));
		html_fmt(h, "<line x1=\"%ld\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\" "
		    "stroke=\"#b1b4b6\" stroke-width=\"1\"/>"
		    "<text x=\"%ld\" y=\"%ld\" text-anchor=\"middle\" fill=\""
		    "#0b0c0c\">%s</text>\n", px(x), px(l->top - 2), px(x),
		    px(l->axis_y), px(x), px(l->axis_y + 18), fig);
	}
	for (i = 0; i < c->nbars; i++) {
		y = l->top + (double)i * (l->bar_h + l->gap);
		cut_label(c->labels[i], LABEL_CHARS, label, sizeof(label));
		html_fmt(h, "<text x=\"%ld\" y=\"%ld\" text-anchor=\"end\" fill="
		    "\"#0b0c0c\">%s</text>", px(l->label_w), px(y + l->bar_h -
		    6), label);
		x = l->plot_x;
		for (j = 0; j < c->nseries; j++) {
			w = chart_bar_len(c->values[i * c->nseries + j],
			    l->max, l->plot_w);
			if (w <= 0)
				continue;
			html_fmt(h, "<rect x=\"%ld\" y=\"%ld\" width=\"%ld\" "
			    "height=\"%ld\" fill=\"%s\" stroke=\"#ffffff\" "
			    "stroke-width=\"1\"/>", px(x), px(y), px(x + w) -
			    px(x), px(l->bar_h), chart_colour(c, j));
			x += w;
		}
		chart_figure(chart_bar_total(c, i), fig, sizeof(fig));
		html_fmt(h, "<text x=\"%ld\" y=\"%ld\" fill=\"#0b0c0c\">%s"
		    "</text>\n", px(x + 6), px(y + l->bar_h - 6), fig);
	}
	html_fmt(h, "<line x1=\"%ld\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\" "
	    "stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n", px(l->plot_x),
	    px(l->axis_y), px(l->plot_x + l->plot_w), px(l->axis_y));
	legend(h, c, l->plot_x, l->legend_y);
	html_raw(h, "</svg>\n");
}

/* The key of the series' colours, from x on the baseline y. */
static void
legend(struct html *h, const struct chart *c, double x, double y)
{
	size_t j;

	if (c->nseries <= 1)
		return;
	for (j = 0; j < c->nseries; j++) {
		html_fmt(h, "<rect x=\"%ld\" y=\"%ld\" width=\"12\" height=\""
		    "12\" fill=\"%s\"/><text x=\"%ld\" y=\"%ld\" fill=\""
		    "#0b0c0c\">%s</text>\n", px(x), px(y - 11), chart_colour(c,
		    j), px(x + 16), px(y), c->series[j]);
		x += 30 + 7.5 * (double)strlen(c->series[j]);
	}
}

/*
 * The phone's drawing: NARROW_W wide, each label above its bar (cut at
 * LABEL_CHARS_ABOVE, in the middle), the figure after the bar.
 */
static void
svg_narrow(struct html *h, const struct chart *c)
{
	struct chart_layout	 l;
	char			 fig[40], label[200];
	double			 x, w, y, row = 52, top = 4, axis, height;
	size_t			 i, j;

	if (chart_layout(c, NARROW_W, 0, &l) != 0)
		return;
	l.plot_x = 1;
	l.plot_w = NARROW_W - l.plot_x - 64;
	axis = top + (double)c->nbars * row;
	height = axis + 24 + (c->nseries > 1 ? 30 : 0);
	html_fmt(h, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
	    "class=\"app-chart__svg app-chart__svg--narrow\" aria-labelledby="
	    "\"%s-title-narrow\" viewBox=\"0 0 %ld %ld\" width=\"%ld\" "
	    "height=\"%ld\" font-size=\"14\">\n<title id=\"%s-title-narrow\">"
	    "%s</title>\n", c->id, (long)NARROW_W, px(height),
	    (long)NARROW_W, px(height), c->id, c->title);
	for (i = 0; i < l.nticks; i++) {
		x = l.plot_x + chart_bar_len(l.ticks[i], l.max, l.plot_w);
		chart_figure(l.ticks[i], fig, sizeof(fig));
		html_fmt(h, "<line x1=\"%ld\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\" "
		    "stroke=\"#b1b4b6\" stroke-width=\"1\"/>\n", px(x),
		    px(top), px(x), px(axis));
		/* Every other figure: a phone's axis has room for three. */
		if (i % 2 == 0 || l.nticks <= 3)
			html_fmt(h, "<text x=\"%ld\" y=\"%ld\" text-anchor=\"%s"
			    "\" fill=\"#0b0c0c\">%s</text>\n", px(x), px(axis +
			    18), i == 0 ? "start" : "middle", fig);
	}
	for (i = 0; i < c->nbars; i++) {
		y = top + (double)i * row;
		cut_label(c->labels[i], LABEL_CHARS_ABOVE, label,
		    sizeof(label));
		html_fmt(h, "<text x=\"0\" y=\"%ld\" fill=\"#0b0c0c\">%s"
		    "</text>", px(y + 14), label);
		x = l.plot_x;
		for (j = 0; j < c->nseries; j++) {
			w = chart_bar_len(c->values[i * c->nseries + j], l.max,
			    l.plot_w);
			if (w <= 0)
				continue;
			html_fmt(h, "<rect x=\"%ld\" y=\"%ld\" width=\"%ld\" "
			    "height=\"22\" fill=\"%s\" stroke=\"#ffffff\" "
			    "stroke-width=\"1\"/>", px(x), px(y + 20), px(x +
			    w) - px(x), chart_colour(c, j));
			x += w;
		}
		chart_figure(chart_bar_total(c, i), fig, sizeof(fig));
		html_fmt(h, "<text x=\"%ld\" y=\"%ld\" fill=\"#0b0c0c\">%s"
		    "</text>\n", px(x + 6), px(y + 36), fig);
	}
	html_fmt(h, "<line x1=\"%ld\" y1=\"%ld\" x2=\"%ld\" y2=\"%ld\" "
	    "stroke=\"#0b0c0c\" stroke-width=\"1\"/>\n", px(l.plot_x),
	    px(axis), px(l.plot_x + l.plot_w), px(axis));
	legend(h, c, 1, axis + 48);
	html_raw(h, "</svg>\n");
}

/* The same figures for screen readers: a table, visually hidden. */
static void
table(struct html *h, const struct chart *c)
{
	char	fig[40];
	size_t	i, j;

	/* Hidden by a block around it: a hidden table itself would still
	 * be as wide as its content and make a phone's page scroll. */
	html_fmt(h, "<div class=\"govuk-visually-hidden\">\n"
	    "<table class=\"govuk-table\">\n"
	    "<caption class=\"govuk-table__caption\">%s</caption>\n<thead "
	    "class=\"govuk-table__head\"><tr class=\"govuk-table__row\"><td "
	    "class=\"govuk-table__header\"></td>", c->title);
	for (j = 0; j < c->nseries && !c->keyed; j++)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header\">%s"
		    "</th>", c->series[j]);
	if (c->nseries > 1)
		html_fmt(h, "<th scope=\"col\" class=\"govuk-table__header\">%s"
		    "</th>", c->unit != NULL ? c->unit : "Total");
	html_raw(h, "</tr></thead>\n<tbody class=\"govuk-table__body\">\n");
	for (i = 0; i < c->nbars; i++) {
		html_fmt(h, "<tr class=\"govuk-table__row\"><th scope=\"row\" "
		    "class=\"govuk-table__header\">%s</th>", c->labels[i]);
		for (j = 0; j < c->nseries && !c->keyed; j++) {
			chart_figure(c->values[i * c->nseries + j], fig,
			    sizeof(fig));
			html_fmt(h, "<td class=\"govuk-table__cell\">%s</td>",
			    fig);
		}
		if (c->nseries > 1) {
			chart_figure(chart_bar_total(c, i), fig, sizeof(fig));
			html_fmt(h, "<td class=\"govuk-table__cell\">%s</td>",
			    fig);
		}
		html_raw(h, "</tr>\n");
	}
	html_raw(h, "</tbody>\n</table>\n</div>\n");
}

void
chart_svg(struct html *h, const struct chart *c)
{
	struct chart_layout	l;

	if (chart_layout(c, 640, 0.40, &l) != 0)
		return;
	html_fmt(h, "<figure class=\"app-chart\" id=\"%s\">\n", c->id);
	svg(h, c, &l);
	svg_narrow(h, c);
	table(h, c);
	html_raw(h, "</figure>\n");
}
