#include "coach/clock.h"
#include "suites.h"

START_TEST(dates_parse_and_format)
{
	int d;
	char b[11];
	ck_assert(date_parse("1970-01-01", &d));
	ck_assert_int_eq(d, 0);
	ck_assert(date_parse("2000-01-01", &d));
	ck_assert_int_eq(d, DATE_MIN);
	ck_assert(date_parse("2026-11-26", &d));
	date_format(d, b);
	ck_assert_str_eq(b, "2026-11-26");
	ck_assert(date_parse("2199-12-31", &d));
	ck_assert_int_eq(d, DATE_MAX);
}
END_TEST

START_TEST(impossible_dates_are_refused)
{
	int d;
	ck_assert(!date_parse("2026-02-30", &d));
	ck_assert(!date_parse("2026-13-01", &d));
	ck_assert(!date_parse("2025-02-29", &d)); /* not a leap year */
	ck_assert(date_parse("2024-02-29", &d));  /* a leap year */
	ck_assert(!date_parse("1900-02-29", &d)); /* century rule */
	ck_assert(date_parse("2000-02-29", &d));  /* 400-year rule */
	ck_assert(!date_parse("26-11-2026", &d));
	ck_assert(!date_parse("2026-1-5", &d));
	ck_assert(!date_parse("2026-11-26x", &d));
	ck_assert(!date_parse("", &d));
}
END_TEST

START_TEST(weekdays_and_mondays)
{
	int d;
	ck_assert(date_parse("2026-11-26", &d));
	ck_assert_int_eq(date_weekday(d), 3); /* a Thursday */
	int m = date_monday(d);
	char b[11];
	date_format(m, b);
	ck_assert_str_eq(b, "2026-11-23");
	ck_assert(date_parse("2026-11-23", &d));
	ck_assert_int_eq(date_monday(d), d);
	ck_assert(date_parse("2026-11-29", &d)); /* Sunday belongs to the week before */
	ck_assert_int_eq(date_monday(d), m);
}
END_TEST

START_TEST(today_can_be_pinned)
{
	clock_pin(20000);
	ck_assert_int_eq(clock_today(), 20000);
}
END_TEST

Suite *suite_clock(void)
{
	Suite *s = suite_create("clock");
	TCase *t = tcase_create("clock");
	tcase_add_test(t, dates_parse_and_format);
	tcase_add_test(t, impossible_dates_are_refused);
	tcase_add_test(t, weekdays_and_mondays);
	tcase_add_test(t, today_can_be_pinned);
	suite_add_tcase(s, t);
	return s;
}
