/*
 * Unit tests of src/render/chart.c: the scale, ticks and bar lengths
 * that the inline SVG of a report page and its PDF share (SC-annual,
 * MS-2-eval), and the accessible markup of the SVG (role="img", a
 * <title>, the figures in a table).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "render/chart.h"
#include "render/html.h"

static const char *const groups[] = { "Southwest forum", "Southeast forum",
    "Co-ordination group" };
static const char *const one[] = { "Meetings held" };
static const double held[] = { 3, 4, 0 };

static const char *const scale[] = { "not started", "in progress", "met" };
static const char *const codes[] = { "3.3.1", "3.3.2" };
/* [commitment][rating] */
static const double ratings[] = { 1, 2, 3,  0, 0, 6 };

static struct chart
bars(void)
{
	struct chart c;

	memset(&c, 0, sizeof(c));
	c.id = "chart-meetings";
	c.title = "Meetings held in the year, by group";
	c.labels = groups;
	c.nbars = 3;
	c.series = one;
	c.nseries = 1;
	c.values = held;
	return c;
}

static struct chart
stacked(void)
{
	struct chart c;

	memset(&c, 0, sizeof(c));
	c.id = "chart-ratings";
	c.title = "Ratings <by> commitment";
	c.labels = codes;
	c.nbars = 2;
	c.series = scale;
	c.nseries = 3;
	c.values = ratings;
	return c;
}

static void
test_SC_annual_nice_max_is_round(void **state)
{
	(void)state;
	assert_true(chart_nice_max(0) == 1);
	assert_true(chart_nice_max(-3) == 1);
	assert_true(chart_nice_max(1) == 1);
	assert_true(chart_nice_max(3) == 5);
	assert_true(chart_nice_max(5) == 5);
	assert_true(chart_nice_max(7) == 10);
	assert_true(chart_nice_max(11) == 20);
	assert_true(chart_nice_max(21) == 50);
	assert_true(chart_nice_max(120) == 200);
	assert_true(chart_nice_max(1999999) == 2000000);
}

static void
test_SC_annual_bar_length_scales_and_clamps(void **state)
{
	(void)state;
	assert_true(chart_bar_len(5, 10, 400) == 200);
	assert_true(chart_bar_len(10, 10, 400) == 400);
	assert_true(chart_bar_len(0, 10, 400) == 0);
	/* A negative figure is drawn as nothing; past the axis, full. */
	assert_true(chart_bar_len(-2, 10, 400) == 0);
	assert_true(chart_bar_len(15, 10, 400) == 400);
	assert_true(chart_bar_len(3, 0, 400) == 0);
}

static void
test_SC_annual_layout_of_a_bar_chart(void **state)
{
	struct chart		c = bars();
	struct chart_layout	l;

	(void)state;
	assert_int_equal(chart_layout(&c, 640, 0.36, &l), 0);
	/* The longest bar, 4, on an axis to 5 with whole-number ticks. */
	assert_true(l.max == 5);
	assert_int_equal(l.nticks, 6);
	assert_true(l.ticks[0] == 0 && l.ticks[5] == 5);
	assert_true(l.plot_x > l.label_w);
	assert_true(l.plot_x + l.plot_w < l.width);
	/* Each bar a row; the axis under the last; no legend. */
	assert_true(l.axis_y > l.top + 2 * (l.bar_h + l.gap));
	assert_true(l.height > l.axis_y);
	assert_true(l.legend_y == 0);
}

static void
test_SC_annual_more_bars_make_a_taller_chart(void **state)
{
	struct chart		c = bars();
	struct chart_layout	a, b;

	(void)state;
	c.nbars = 1;
	assert_int_equal(chart_layout(&c, 640, 0.36, &a), 0);
	c.nbars = 3;
	assert_int_equal(chart_layout(&c, 640, 0.36, &b), 0);
	assert_true(b.height - a.height == 2 * (a.bar_h + a.gap));
}

static void
test_SC_annual_no_bars_no_chart(void **state)
{
	struct chart		c = bars();
	struct chart_layout	l;

	(void)state;
	c.nbars = 0;
	assert_int_equal(chart_layout(&c, 640, 0.36, &l), -1);
	c.nbars = CHART_MAXBARS + 1;
	assert_int_equal(chart_layout(&c, 640, 0.36, &l), -1);
}

static void
test_MS_2_eval_stacked_segments_add_up_to_the_bar(void **state)
{
	struct chart		c = stacked();
	struct chart_layout	l;
	double			sum = 0;
	size_t			j;

	(void)state;
	assert_true(chart_bar_total(&c, 0) == 6);
	assert_true(chart_bar_total(&c, 1) == 6);
	assert_int_equal(chart_layout(&c, 640, 0.36, &l), 0);
	assert_true(l.max == 10);
	for (j = 0; j < c.nseries; j++)
		sum += chart_bar_len(c.values[j], l.max, l.plot_w);
	assert_true(sum > chart_bar_len(6, l.max, l.plot_w) - 1e-9 &&
	    sum < chart_bar_len(6, l.max, l.plot_w) + 1e-9);
	/* A legend below the axis for the ratings. */
	assert_true(l.legend_y > l.axis_y);
	assert_true(l.height > l.legend_y);
}

static void
test_MS_2_eval_ticks_of_twenty_are_fives(void **state)
{
	static const double v[] = { 17 };
	struct chart		c = bars();
	struct chart_layout	l;

	(void)state;
	c.nbars = 1;
	c.values = v;
	assert_int_equal(chart_layout(&c, 640, 0.36, &l), 0);
	assert_true(l.max == 20);
	assert_int_equal(l.nticks, 5);
	assert_true(l.ticks[1] == 5 && l.ticks[4] == 20);
}

static void
test_SC_annual_figures_are_whole_with_commas(void **state)
{
	char buf[32];

	(void)state;
	chart_figure(0, buf, sizeof(buf));
	assert_string_equal(buf, "0");
	chart_figure(999, buf, sizeof(buf));
	assert_string_equal(buf, "999");
	chart_figure(1234567, buf, sizeof(buf));
	assert_string_equal(buf, "1,234,567");
	chart_figure(-4500, buf, sizeof(buf));
	assert_string_equal(buf, "-4,500");
}

static void
test_SC_annual_colours(void **state)
{
	static const char *const own[] = { "#d4351c", "bad", "#00703c" };
	struct chart	c = stacked();
	double		r, g, b;

	(void)state;
	assert_string_equal(chart_colour(&c, 0), "#1d70b8");
	c.colours = own;
	assert_string_equal(chart_colour(&c, 0), "#d4351c");
	/* Not a colour: the palette's instead. */
	assert_string_equal(chart_colour(&c, 1), "#00703c");
	chart_rgb(&c, 0, &r, &g, &b);
	assert_true(r > 0.83 && r < 0.84 && g > 0.20 && g < 0.21 &&
	    b > 0.10 && b < 0.12);
}

static void
test_SC_annual_svg_is_an_accessible_image(void **state)
{
	struct chart	c = stacked();
	struct html	h;

	(void)state;
	html_init(&h);
	chart_svg(&h, &c);
	assert_false(h.oom);
	assert_non_null(strstr(h.p, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "role=\"img\" class=\"app-chart__svg app-chart__svg--wide\" "
	    "aria-labelledby=\""
	    "chart-ratings-title\""));
	/* The title is escaped like any text. */
	assert_non_null(strstr(h.p, "<title id=\"chart-ratings-title\">"
	    "Ratings &lt;by&gt; commitment</title>"));
	assert_null(strstr(h.p, "<by>"));
	/* The same figures in a table, with a total per bar. */
	assert_non_null(strstr(h.p, "<th scope=\"row\" class=\"govuk-table__"
	    "header\">3.3.1</th><td class=\"govuk-table__cell\">1</td><td "
	    "class=\"govuk-table__cell\">2</td><td class=\"govuk-table__cell"
	    "\">3</td><td class=\"govuk-table__cell\">6</td>"));
	/* No style attributes: the CSP forbids inline styles. */
	assert_null(strstr(h.p, "style="));
	html_free(&h);
}

static void
test_SC_annual_long_labels_are_cut_in_the_svg_only(void **state)
{
	static const char *const lab[] = { "Stoke-on-Trent & North "
	    "Staffordshire VCSE Healthy Communities Forum" };
	struct chart	c = bars();
	struct html	h;

	(void)state;
	c.labels = lab;
	c.nbars = 1;
	html_init(&h);
	chart_svg(&h, &c);
	/* Cut in the middle at whole words, so that the ends of labels
	 * still tell them apart; in full in the table. */
	assert_non_null(strstr(h.p, ">Stoke-on-Trent &amp; North \xe2\x80\xa6 "
	    "Forum</text>"));
	assert_non_null(strstr(h.p, ">Stoke-on-Trent &amp; North "
	    "Staffordshire VCSE Healthy Communities Forum</th>"));
	html_free(&h);
	/* Two labels that differ only at their end read apart. */
	{
		static const char *const two[] = {
		    "Southwest Staffordshire Forum: spend",
		    "Southwest Staffordshire Forum: aspiration" };
		double	v2[] = { 1, 2 };

		c.labels = two;
		c.values = v2;
		c.nbars = 2;
		html_init(&h);
		chart_svg(&h, &c);
		assert_non_null(strstr(h.p, "\xe2\x80\xa6 spend</text>"));
		assert_non_null(strstr(h.p, "\xe2\x80\xa6 aspiration</text>"));
		/* On a phone, in full above the bar. */
		assert_non_null(strstr(h.p, ">Southwest Staffordshire "
		    "Forum: aspiration</text>"));
	}
	html_free(&h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_SC_annual_nice_max_is_round),
		cmocka_unit_test(test_SC_annual_bar_length_scales_and_clamps),
		cmocka_unit_test(test_SC_annual_layout_of_a_bar_chart),
		cmocka_unit_test(test_SC_annual_more_bars_make_a_taller_chart),
		cmocka_unit_test(test_SC_annual_no_bars_no_chart),
		cmocka_unit_test(
		    test_MS_2_eval_stacked_segments_add_up_to_the_bar),
		cmocka_unit_test(test_MS_2_eval_ticks_of_twenty_are_fives),
		cmocka_unit_test(test_SC_annual_figures_are_whole_with_commas),
		cmocka_unit_test(test_SC_annual_colours),
		cmocka_unit_test(test_SC_annual_svg_is_an_accessible_image),
		cmocka_unit_test(
		    test_SC_annual_long_labels_are_cut_in_the_svg_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
