/*
 * chart: horizontal bar charts and stacked bar charts of a report's
 * figures.  The geometry (scale, ticks, bar lengths) is computed here
 * once, so that the inline SVG of a page and the drawing of a PDF show
 * the same picture.  The SVG goes through the escaping HTML writer, with
 * role="img" and a <title>, and the same figures follow in a table for
 * screen readers.
 *
 * Values are counts or amounts of zero or more; a negative value is drawn
 * as zero.  All figures are printed as whole numbers.
 */
#ifndef RENDER_CHART_H
#define RENDER_CHART_H

#include <stddef.h>

#include "html.h"

#define CHART_MAXBARS	64
#define CHART_MAXSERIES	8
#define CHART_TICKS	6

/*
 * One chart.  A plain bar chart has one series; a stacked one has
 * several, each bar split into their segments.  Everything is borrowed.
 */
struct chart {
	const char		*id;	  /* unique on the page: ids of parts */
	const char		*title;	  /* <title>, caption and table caption */
	const char		*unit;	  /* the table's column of totals */
	const char *const	*labels;  /* nbars labels, one per bar */
	size_t			 nbars;
	const char *const	*series;  /* nseries names (legend) */
	size_t			 nseries;
	const double		*values;  /* nbars * nseries: [bar][series] */
	const char *const	*colours; /* nseries "#rrggbb", or NULL: the
					     palette */
	int			 keyed;	  /* each bar is of one series only
					     (its value there, zero in the
					     others): coloured and keyed by
					     it; the table gives its total */
};

/* Where everything goes, in the units of the drawing (SVG user units,
 * PDF points alike). */
struct chart_layout {
	double	width, height;	/* the whole drawing */
	double	label_w;	/* the column of bar labels */
	double	plot_x, plot_w;	/* the bars' area */
	double	top;		/* first bar's top edge */
	double	bar_h, gap;	/* a bar's thickness and the space after */
	double	legend_y;	/* baseline of the legend (stacked only) */
	double	axis_y;		/* the axis line under the bars */
	double	max;		/* the axis runs 0..max */
	double	ticks[CHART_TICKS];
	size_t	nticks;
};

/* A round axis maximum (1, 2 or 5 times a power of ten) at least max;
 * 1 when max is 0 or less, so an empty chart still has an axis. */
double chart_nice_max(double max);

/* The length of a bar of value on an axis of max drawn plot_w long:
 * 0 for a negative value, plot_w at most. */
double chart_bar_len(double value, double max, double plot_w);

/* Total of bar i over its series (negative values count as zero). */
double chart_bar_total(const struct chart *, size_t i);

/*
 * Lays out a chart width units wide (label_frac of it for the labels).
 * Returns 0, or -1 when the chart has too many bars or series, or none.
 */
int chart_layout(const struct chart *, double width, double label_frac,
    struct chart_layout *out);

/* The colour of series i as "#rrggbb" and as 0..1 components. */
const char *chart_colour(const struct chart *, size_t i);
void chart_rgb(const struct chart *, size_t i, double *r, double *g,
    double *b);

/* A figure's text: a whole number, with thousands separated by commas.
 * Writes into buf (size sz). */
void chart_figure(double v, char *buf, size_t sz);

/* The chart as inline SVG and its figures as a visually hidden table,
 * in a <figure>.  Two drawings: one for wide screens, labels beside
 * the bars; one for phones, each label in full above its bar, at a
 * size that stays readable at 375 px (CSS shows one). */
void chart_svg(struct html *, const struct chart *);

#endif
