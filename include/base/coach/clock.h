/* clock.h - dates as day numbers, and the one place "today" comes from.
 *
 * A date is an int: days since 1970-01-01 (proleptic Gregorian).  The core
 * never reads the system clock except through clock_today(), which tests and
 * the --date option pin with clock_pin().
 */
#ifndef COACH_CLOCK_H
#define COACH_CLOCK_H

#include <stdbool.h>
#include <stddef.h>

enum {
	DATE_MIN = 10957, /* 2000-01-01 */
	DATE_MAX = 84005, /* 2199-12-31 */
};

/* Parses exactly YYYY-MM-DD with a real calendar day. */
bool date_parse(const char *s, int *days);
/* Writes YYYY-MM-DD (11 bytes with the NUL). */
void date_format(int days, char out[11]);
void date_civil(int days, int *y, int *m, int *d);
int date_from_civil(int y, int m, int d);
/* 0 = Monday ... 6 = Sunday. */
int date_weekday(int days);
/* The Monday of the week that holds days. */
int date_monday(int days);

/* Milliseconds of a monotonic clock, for timers that must not jump
 * (COACH_CLOCK_SCALE=N, for tests only, makes it run N times as fast). */
long clock_mono_ms(void);

/* Pin today (from --date or COACH_TODAY); the local date otherwise. */
void clock_pin(int days);
int clock_today(void);
/* Minutes after local midnight now (COACH_TIME=HH:MM pins it, for tests). */
int clock_minute(void);

#endif
