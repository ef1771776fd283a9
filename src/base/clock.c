#include "coach/clock.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Howard Hinnant's days_from_civil / civil_from_days. */
int date_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	const int era = (y >= 0 ? y : y - 399) / 400;
	const unsigned yoe = (unsigned)(y - era * 400);
	const unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int)doe - 719468;
}

void date_civil(int z, int *y, int *m, int *d)
{
	z += 719468;
	const int era = (z >= 0 ? z : z - 146096) / 146097;
	const unsigned doe = (unsigned)(z - era * 146097);
	const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	const unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)yoe + era * 400 + (*m <= 2);
}

bool date_parse(const char *s, int *days)
{
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return false;
	int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	int m = (s[5] - '0') * 10 + (s[6] - '0');
	int d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return false;
	int z = date_from_civil(y, m, d);
	int yy, mm, dd;
	date_civil(z, &yy, &mm, &dd);
	if (yy != y || mm != m || dd != d)
		return false; /* 2026-02-30 and friends */
	*days = z;
	return true;
}

void date_format(int days, char out[11])
{
	int y, m, d;
	date_civil(days, &y, &m, &d);
	y = y < 0 ? 0 : y % 10000;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
}

int date_weekday(int days)
{
	/* 1970-01-01 was a Thursday (3 when Monday is 0) */
	int w = (days + 3) % 7;
	return w < 0 ? w + 7 : w;
}

int date_monday(int days)
{
	return days - date_weekday(days);
}

/* COACH_CLOCK_SCALE=N (tests only, 1-1000): the monotonic clock runs N
 * times as fast, so a test sees minutes of a pacer or a rest in seconds. */
static long mono_scale(void)
{
	static long scale;
	if (!scale) {
		const char *v = getenv("COACH_CLOCK_SCALE");
		scale = 1;
		if (v && *v) {
			char *end;
			long n = strtol(v, &end, 10);
			if (!*end && n >= 1 && n <= 1000)
				scale = n;
		}
	}
	return scale;
}

long clock_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000) * mono_scale();
}

static int pinned = -1;

void clock_pin(int days)
{
	pinned = days;
}

int clock_minute(void)
{
	const char *pin = getenv("COACH_TIME");
	int h, m;
	if (pin && sscanf(pin, "%d:%d", &h, &m) == 2 && h >= 0 && h < 24 && m >= 0 && m < 60)
		return h * 60 + m;
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return tm.tm_hour * 60 + tm.tm_min;
}

int clock_today(void)
{
	if (pinned >= 0)
		return pinned;
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return date_from_civil(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
