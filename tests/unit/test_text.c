/* The text layer (text.h): how numbers, loads, reps, tempo and dates read on
 * both front ends, and how wide text is on a terminal. */
#include <string.h>

#include "coach/clock.h"
#include "coach/model.h"
#include "coach/text.h"
#include "suites.h"

START_TEST(numbers_read_short_and_exact)
{
	char b[32];
	ck_assert_str_eq(num_text(12, b, sizeof(b)), "12");
	ck_assert_str_eq(num_text(12.5, b, sizeof(b)), "12.5");
	ck_assert_str_eq(num_text(1.25, b, sizeof(b)), "1.25");
	ck_assert_str_eq(num_text(0.1, b, sizeof(b)), "0.1");
	ck_assert_str_eq(num_text(-2, b, sizeof(b)), "-2");
	ck_assert_str_eq(num_text(1e7, b, sizeof(b)), "10000000"); /* never an exponent */
}
END_TEST

START_TEST(loads_read_with_their_unit)
{
	char b[48];
	ck_assert_str_eq(load_text(12, "kg", b, sizeof(b)), "12 kg");
	ck_assert_str_eq(load_text(17.5, "lb", b, sizeof(b)), "17.5 lb");
	/* a volume in whole units, cut not rounded (what was lifted, no more) */
	ck_assert_str_eq(volume_text(1234.9, "kg", b, sizeof(b)), "1234 kg");
	/* an estimate to a tenth, rounded */
	ck_assert_str_eq(estimate_text(41.26, "kg", b, sizeof(b)), "41.3 kg");
	ck_assert_str_eq(estimate_text(40.04, "kg", b, sizeof(b)), "40 kg");
	/* a short buffer truncates, never overflows */
	ck_assert_str_eq(load_text(12, "kg", b, 4), "12 ");
	/* tenths round half away from zero, both ways */
	ck_assert_str_eq(tenths_text(3.26, b, sizeof(b)), "3.3");
	ck_assert_str_eq(tenths_text(-1.26, b, sizeof(b)), "-1.3");
	ck_assert_double_eq_tol(round_tenth(2.04), 2.0, 1e-12);
	/* bands by colour, in a list or in a reason */
	ck_assert_str_eq(band_text(BAND_YELLOW, false, b, sizeof(b)), "yellow band");
	ck_assert_str_eq(band_text(BAND_RED, true, b, sizeof(b)), "the red band");
	ck_assert_str_eq(band_text(-1, false, b, sizeof(b)), "? band");
}
END_TEST

START_TEST(reps_and_tempo_read_as_ranges)
{
	char b[24];
	ck_assert_str_eq(reps_text(8, 12, b, sizeof(b)), "8-12");
	ck_assert_str_eq(reps_text(10, 10, b, sizeof(b)), "10");
	int tempo[4] = {3, 1, 1, 0};
	ck_assert_str_eq(tempo_text(tempo, 3, b, sizeof(b)), "3-1-1");
	ck_assert_str_eq(tempo_text(tempo, 4, b, sizeof(b)), "3-1-1-0");
	ck_assert_str_eq(tempo_text(tempo, 0, b, sizeof(b)), "");
	ck_assert_str_eq(tempo_text(tempo, 4, b, 4), "3-1");
}
END_TEST

START_TEST(dates_read_as_text)
{
	int d;
	char buf[32];
	ck_assert(date_parse("2026-11-25", &d));
	ck_assert_str_eq(date_text(d, false, buf, sizeof(buf)), "Wed 25 Nov");
	ck_assert_str_eq(date_text(d, true, buf, sizeof(buf)), "Wednesday 25 Nov");
	ck_assert(date_parse("2027-01-03", &d));
	ck_assert_str_eq(date_text(d, true, buf, sizeof(buf)), "Sunday 3 Jan");
	/* a short buffer truncates, never overflows */
	ck_assert_str_eq(date_text(d, false, buf, 5), "Sun ");
}
END_TEST

START_TEST(weekday_names_follow_date_weekday)
{
	int d;
	ck_assert(date_parse("2026-11-26", &d));
	ck_assert_str_eq(weekday_abbrs[date_weekday(d)], "Thu");
	ck_assert_str_eq(weekday_words[date_weekday(d)], "Thursday");
	ck_assert_str_eq(weekday_abbrs[0], "Mon");
	ck_assert_ptr_null(weekday_abbrs[7]);
}
END_TEST

START_TEST(utf8_width_counts_columns)
{
	ck_assert_uint_eq(utf8_width("Goblet squat"), 12);
	ck_assert_uint_eq(utf8_width("Kraft für Anfänger"), 18);
	ck_assert_uint_eq(utf8_width("休息"), 4); /* wide characters take two columns */
	ck_assert_uint_eq(utf8_width("a·b"), 3);
}
END_TEST

START_TEST(utf8_fit_never_splits_a_character)
{
	ck_assert_uint_eq(utf8_fit("Goblet squat", 6), 6);
	ck_assert_uint_eq(utf8_fit("Goblet", 60), 6);
	/* "für": f(1) ü(2 bytes) r(1) -> 2 columns = 3 bytes */
	ck_assert_uint_eq(utf8_fit("für", 2), 3);
	/* a wide character that does not fit is left out whole */
	ck_assert_uint_eq(utf8_fit("a休", 2), 1);
	ck_assert_uint_eq(utf8_fit("a休", 3), 4);
}
END_TEST

/* text_wrap's lines, joined with '|' */
static void collect(void *ctx, int index, const char *line)
{
	char *out = ctx;
	if (index)
		strcat(out, "|");
	strcat(out, line);
}

static const char *wrapped(const char *text, int first, int rest, unsigned flags, char *out)
{
	out[0] = '\0';
	int n = text_wrap(text, first, rest, flags, collect, out);
	/* the count is the lines handed out */
	int bars = 0;
	for (const char *p = out; *p; p++)
		bars += *p == '|';
	ck_assert_int_eq(n, *out || n ? bars + 1 : 0);
	return out;
}

START_TEST(wrap_breaks_at_spaces_and_keeps_units)
{
	char b[256];
	ck_assert_str_eq(wrapped("rest two minutes between", 10, 10, 0, b),
			 "rest two|minutes|between");
	/* a number keeps its unit: "12 kg" is never split across lines */
	ck_assert_str_eq(wrapped("goblet squat 12 kg", 15, 15, 0, b), "goblet squat|12 kg");
	ck_assert_str_eq(wrapped("hold for 30 s) then", 11, 11, 0, b), "hold for|30 s) then");
	/* a phone number's groups of digits stay on one line */
	ck_assert_str_eq(
		wrapped("TelefonSeelsorge: call 0800 111 0 111 or 0800 111 0 222", 30, 30, 0, b),
		"TelefonSeelsorge: call|0800 111 0 111 or|0800 111 0 222");
	ck_assert_str_eq(wrapped("or text 0477 13 11 14; 24/7", 12, 12, 0, b),
			 "or text|0477 13 11 14;|24/7");
	ck_assert_str_eq(wrapped("a 12 kg b", 4, 4, 0, b), "a|12 kg|b");
	ck_assert_str_eq(wrapped("(\"Sam: 07700 900123\")", 12, 12, 0, b),
			 "(\"Sam:|07700 900123\")");
	/* a hanging first line: narrower first, wider rest */
	ck_assert_str_eq(wrapped("aa bb cc dd", 5, 8, 0, b), "aa bb|cc dd");
	ck_assert_str_eq(wrapped("", 10, 10, 0, b), "");
}
END_TEST

START_TEST(wrap_newlines_fold_or_break)
{
	char b[256];
	/* screens: every newline ends a line, spaces stay as written */
	ck_assert_str_eq(wrapped("one\n\n  two", 20, 20, 0, b), "one||  two");
	/* prose: one newline is a space, a blank line a paragraph */
	ck_assert_str_eq(wrapped("one\ntwo\n\nthree", 20, 20, TEXT_FOLD, b), "one two||three");
	ck_assert_str_eq(wrapped("one   two", 20, 20, TEXT_FOLD, b), "one two");
}
END_TEST

START_TEST(wrap_cuts_a_long_word_only_when_asked)
{
	char b[256];
	ck_assert_str_eq(wrapped("see /a/very/long/path ok", 8, 8, 0, b),
			 "see|/a/very/long/path|ok");
	ck_assert_str_eq(wrapped("see /a/very/long/path ok", 8, 8, TEXT_CUT_LONG, b),
			 "see|/a/very/|long/pat|h ok");
	/* never inside a character: "für" at width 2 */
	ck_assert_str_eq(wrapped("füür", 2, 2, TEXT_CUT_LONG, b), "fü|ür");
	/* a wide character that cannot fit at all still takes a line of its own */
	ck_assert_str_eq(wrapped("休", 1, 1, TEXT_CUT_LONG, b), "休");
}
END_TEST

Suite *suite_text(void)
{
	Suite *s = suite_create("text");
	TCase *t = tcase_create("text");
	tcase_add_test(t, numbers_read_short_and_exact);
	tcase_add_test(t, loads_read_with_their_unit);
	tcase_add_test(t, reps_and_tempo_read_as_ranges);
	tcase_add_test(t, dates_read_as_text);
	tcase_add_test(t, weekday_names_follow_date_weekday);
	tcase_add_test(t, utf8_width_counts_columns);
	tcase_add_test(t, utf8_fit_never_splits_a_character);
	tcase_add_test(t, wrap_breaks_at_spaces_and_keeps_units);
	tcase_add_test(t, wrap_newlines_fold_or_break);
	tcase_add_test(t, wrap_cuts_a_long_word_only_when_asked);
	suite_add_tcase(s, t);
	return s;
}
