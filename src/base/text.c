/* text.c - the one text layer (text.h). */
#define _XOPEN_SOURCE 700
#include "coach/text.h"

#include <ctype.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/util.h"

/* --- numbers, loads, reps, tempo ---------------------------------------------- */

const char *num_text(double v, char *buf, size_t size)
{
	/* fixed notation only: the readers take no exponents */
	for (int prec = 0; prec <= 6; prec++) {
		snprintf(buf, size, "%.*f", prec, v);
		if (strtod(buf, NULL) == v)
			return buf;
	}
	return buf;
}

double round_tenth(double v)
{
	return (double)(long)(v * 10 + (v >= 0 ? 0.5 : -0.5)) / 10;
}

const char *tenths_text(double v, char *buf, size_t size)
{
	return num_text(round_tenth(v), buf, size);
}

const char *load_text(double v, const char *unit, char *buf, size_t size)
{
	char n[32];
	snprintf(buf, size, "%s %s", num_text(v, n, sizeof(n)), unit);
	return buf;
}

const char *volume_text(double v, const char *unit, char *buf, size_t size)
{
	return load_text((double)(long)v, unit, buf, size);
}

const char *estimate_text(double v, const char *unit, char *buf, size_t size)
{
	char n[32];
	snprintf(buf, size, "%s %s", tenths_text(v, n, sizeof(n)), unit);
	return buf;
}

const char *reps_text(int lo, int hi, char *buf, size_t size)
{
	if (lo == hi)
		snprintf(buf, size, "%d", lo);
	else
		snprintf(buf, size, "%d-%d", lo, hi);
	return buf;
}

const char *tempo_text(const int *tempo, int n, char *buf, size_t size)
{
	size_t off = 0;
	buf[0] = '\0';
	for (int i = 0; i < n && off < size; i++)
		off += (size_t)snprintf(buf + off, size - off, i ? "-%d" : "%d", tempo[i]);
	return buf;
}

/* --- dates ----------------------------------------------------------------------- */

const char *const weekday_words[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
				     "Friday", "Saturday", "Sunday",	NULL};
const char *const weekday_abbrs[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", NULL};

/* The C locale's dates keep the coach's own words and order (the tests'
 * and the English screens'); any other locale's LC_TIME gives its own. */
static bool time_locale_is_c(void)
{
	const char *l = setlocale(LC_TIME, NULL);
	return !l || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0 || strncmp(l, "C.", 2) == 0;
}

const char *weekday_abbr(int wd)
{
	if (wd < 0 || wd > 6)
		return "?";
	if (time_locale_is_c())
		return weekday_abbrs[wd];
	/* nl_langinfo counts from Sunday */
	return nl_langinfo((nl_item)(ABDAY_1 + (wd + 1) % 7));
}

const char *date_text(int days, bool long_weekday, char *buf, size_t size)
{
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, d;
	date_civil(days, &y, &m, &d);
	int wd = date_weekday(days); /* 0 Monday */
	if (time_locale_is_c()) {
		const char *w = weekday_words[wd];
		snprintf(buf, size, "%.*s %d %s", long_weekday ? 9 : 3, w, d, mon[m - 1]);
		return buf;
	}
	/* nl_langinfo counts from Sunday; the order is the locale's date format's */
	int sun = (wd + 1) % 7;
	const char *w = nl_langinfo((nl_item)((long_weekday ? DAY_1 : ABDAY_1) + sun));
	const char *mo = nl_langinfo((nl_item)(ABMON_1 + m - 1));
	const char *f = nl_langinfo(D_FMT);
	const char *dpos = strpbrk(f, "de"), *mpos = strpbrk(f, "mbB");
	if (dpos && mpos && mpos < dpos)
		snprintf(buf, size, "%s %s %d", w, mo, d);
	else if (dpos && dpos[1] == '.')
		snprintf(buf, size, "%s %d. %s", w, d, mo);
	else
		snprintf(buf, size, "%s %d %s", w, d, mo);
	return buf;
}

const char *decimal_show(const char *s, char **owned)
{
	*owned = NULL;
	const char *sign = i18n_decimal();
	if (strcmp(sign, ".") == 0)
		return s;
	struct sbuf b = {0};
	bool changed = false;
	for (const char *p = s; *p;) {
		if (!isdigit((unsigned char)*p)) {
			sbuf_putc(&b, *p++);
			continue;
		}
		/* one number: its digits and points */
		const char *q = p;
		int points = 0;
		while (isdigit((unsigned char)*q) || (*q == '.' && isdigit((unsigned char)q[1])))
			points += *q++ == '.';
		bool word = p > s && (isalpha((unsigned char)p[-1]) || p[-1] == '.');
		for (; p < q; p++) {
			if (*p == '.' && points == 1 && !word) {
				sbuf_puts(&b, sign);
				changed = true;
			} else {
				sbuf_putc(&b, *p);
			}
		}
	}
	if (!changed) {
		sbuf_free(&b);
		return s;
	}
	return *owned = b.s;
}

/* --- display width ------------------------------------------------------------- */

size_t utf8_width(const char *s)
{
	return utf8_width_n(s, strlen(s));
}

size_t utf8_width_n(const char *s, size_t left)
{
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t w = 0;
	while (left) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s, left, &st);
		if (n == (size_t)-1 || n == (size_t)-2) {
			/* not decodable in this locale: one column per byte */
			memset(&st, 0, sizeof(st));
			w++;
			s++;
			left--;
			continue;
		}
		if (n == 0)
			break;
		int cw = wcwidth(wc);
		w += cw > 0 ? (size_t)cw : 0;
		s += n;
		left -= n;
	}
	return w;
}

size_t utf8_fit(const char *s, size_t cols)
{
	mbstate_t st;
	memset(&st, 0, sizeof(st));
	size_t w = 0, off = 0, left = strlen(s);
	while (left) {
		wchar_t wc;
		size_t n = mbrtowc(&wc, s + off, left, &st);
		int cw = 1;
		if (n == (size_t)-1 || n == (size_t)-2) {
			memset(&st, 0, sizeof(st));
			n = 1;
		} else if (n == 0) {
			break;
		} else {
			cw = wcwidth(wc);
			if (cw < 0)
				cw = 0;
		}
		if (w + (size_t)cw > cols)
			break;
		w += (size_t)cw;
		off += n;
		left -= n;
	}
	return off;
}

/* --- wrapping ------------------------------------------------------------------ */

/* n bytes of digits (with some of ",;.)\"'" at the end when ends). */
static bool digit_group(const char *p, size_t n, bool ends)
{
	while (ends && n > 1 && strchr(",;.)\"'", p[n - 1]))
		n--;
	for (size_t i = 0; i < n; i++)
		if (p[i] < '0' || p[i] > '9')
			return false;
	return n > 0;
}

/* The bytes of the word at p, with a unit that follows it after one space
 * ("12 kg", "2 s)"): a line never starts with the unit of the number before;
 * and groups of digits one space apart are one word, so that a phone number
 * ("0800 111 0 111", "13 11 14;") is never split across lines. */
static size_t word_len(const char *p)
{
	static const char *const units[] = {"s",    "s)",   "s.", "s;",	 "s,",	"kg",
					    "kg.",  "kg,",  "lb", "lb.", "lb,", "min",
					    "min.", "min,", "h",  "h)",	 NULL};
	size_t len = strcspn(p, " \n"), group = 0;
	while (p[len] == ' ' && digit_group(p + group, len - group, false)) {
		size_t nl = strcspn(p + len + 1, " \n");
		if (!digit_group(p + len + 1, nl, true))
			break;
		group = len + 1;
		len += 1 + nl;
	}
	if (p[len] != ' ')
		return len;
	const char *nx = p + len + 1;
	size_t nl = strcspn(nx, " \n");
	for (const char *const *u = units; *u; u++)
		if (strlen(*u) == nl && strncmp(nx, *u, nl) == 0)
			return len + 1 + nl;
	return len;
}

struct wrap {
	struct sbuf line;
	int cols, index;
	bool any; /* the line holds a word (not only kept spaces) */
	text_line_fn *fn;
	void *ctx;
};

static void wrap_emit(struct wrap *w)
{
	w->fn(w->ctx, w->index++, sbuf_str(&w->line));
	w->line.len = 0;
	if (w->line.s)
		w->line.s[0] = '\0';
	w->cols = 0;
	w->any = false;
}

int text_wrap(const char *text, int first_width, int rest_width, unsigned flags, text_line_fn *fn,
	      void *ctx)
{
	struct wrap w = {.fn = fn, .ctx = ctx};
	const char *p = text ? text : "";
	bool fold = flags & TEXT_FOLD;
	while (*p) {
		/* the separator before the next word */
		size_t spaces = 0;
		while (*p == ' ' || *p == '\n') {
			if (*p == '\n' && !fold) {
				wrap_emit(&w);
				spaces = 0;
			} else if (*p == '\n' && p[1] == '\n') {
				/* a paragraph ends: its line, then one empty line */
				while (*p == '\n' || *p == ' ')
					p++;
				if (w.any)
					wrap_emit(&w);
				if (*p && w.index)
					wrap_emit(&w);
				spaces = 0;
				continue;
			} else {
				spaces++;
			}
			p++;
		}
		if (!*p)
			break;
		size_t sep = fold ? (w.any ? 1 : 0) : spaces;
		size_t len = word_len(p);
		int ww = (int)utf8_width_n(p, len);
		int width = w.index ? rest_width : first_width;
		if (width < 1)
			width = 1;
		if (w.any && w.cols + (int)sep + ww > width) {
			wrap_emit(&w);
			sep = 0;
			width = rest_width < 1 ? 1 : rest_width;
		}
		while ((flags & TEXT_CUT_LONG) && w.cols + (int)sep + ww > width) {
			/* a word wider than the line: as much as fits, the rest below */
			int room = width - w.cols - (int)sep;
			size_t fit = room > 0 ? utf8_fit(p, (size_t)room) : 0;
			if (fit > len)
				fit = len;
			if (fit == 0 && !w.any && w.cols == 0) {
				fit = 1; /* at least one character a line */
				while ((p[fit] & 0xc0) == 0x80)
					fit++;
			}
			if (fit) {
				for (size_t i = 0; i < sep; i++)
					sbuf_putc(&w.line, ' ');
				sbuf_add(&w.line, p, fit);
				w.any = true;
			}
			wrap_emit(&w);
			p += fit;
			len -= fit;
			ww = (int)utf8_width_n(p, len);
			sep = 0;
			width = rest_width < 1 ? 1 : rest_width;
		}
		if (len == 0)
			continue; /* the word ended with its last cut */
		for (size_t i = 0; i < sep; i++)
			sbuf_putc(&w.line, ' ');
		sbuf_add(&w.line, p, len);
		w.cols += (int)sep + ww;
		w.any = true;
		p += len;
	}
	if (w.any)
		wrap_emit(&w);
	sbuf_free(&w.line);
	return w.index;
}
