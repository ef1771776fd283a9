/* import.c - the CSV exports of other apps, read one record at a time.
 *
 * Memory does not grow with the file: one record is held at a time, and one
 * workout (at most SESSION_MAX_EXERCISES exercises of SESSION_MAX_SETS sets,
 * the limits `coach log` has), which is handed to the caller as soon as its
 * last row is read.  Only the names the library does not know are kept, in a
 * hash map, to be listed at the end.
 *
 * A layout is one app's way of naming its columns: adding one is one more
 * row of `layouts` (the header names of each column it has) and, if its
 * dates are new, a word in `month_words` or a case in parse_when.
 */
#include "coach/import.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "store_private.h"
#include "coach/i18n.h"

const char *const import_source_names[] = {"Strong", "Hevy", "StrongLifts", "FitNotes", NULL};

/* --- layouts ------------------------------------------------------------------ */

enum col {
	C_DATE,	     /* the workout's date and start */
	C_WORKOUT,   /* its name */
	C_EXERCISE,  /* the app's exercise name */
	C_ORDER,     /* set number, "W" for a warm-up, "Rest Timer" (Strong) */
	C_TYPE,	     /* "warmup", "normal" ... (Hevy) */
	C_CATEGORY,  /* "Cardio", "Legs" ... (FitNotes) */
	C_WEIGHT,    /* in the unit column's unit, or the file's */
	C_WEIGHT_KG, /* in kilograms */
	C_WEIGHT_LB, /* in pounds */
	C_UNIT,	     /* "kg", "kgs", "lbs" per row */
	C_REPS,
	C_SECONDS,	 /* a duration in seconds */
	C_TIME,		 /* a duration as H:MM:SS (FitNotes) */
	C_DISTANCE,	 /* in the distance unit column's unit, or metres */
	C_DISTANCE_M,	 /* in metres */
	C_DISTANCE_KM,	 /* in kilometres */
	C_DISTANCE_MI,	 /* in miles */
	C_DISTANCE_UNIT, /* "m", "km", "mi" per row */
	C_NOTES,	 /* the set's or exercise's note */
	C_WORKOUT_NOTES, /* the workout's */
	C_BODYWEIGHT_KG, /* the person's weight that day (StrongLifts) */
	C_BODYWEIGHT_LB,
	C_RPE,
	C_SETS_REPS, /* "5x5" (StrongLifts): tells the layout apart */
	C_N
};

enum layout_flags {
	L_SET_COLUMNS = 1, /* a row is an exercise, its sets' reps in "Set 1", "Set 2" ... */
	L_DAY_WORKOUT = 2, /* no workout name or time: a day is one workout */
};

struct layout {
	enum import_source source;
	const char *names[C_N][4]; /* the header names of each column (none: absent) */
	enum col tell[2];	   /* columns whose presence tells this layout apart */
	unsigned flags;
};

/* One row an app.  Strong's layouts differ only in their names, so they
 * share a row: "Weight" with or without "Weight Unit" (2019-2022), the
 * quoted semicolon "Weight (kg)" / "Weight (lbs)" layout (2023-), and the
 * 2016 "kg" layout whose set order starts at 0. */
static const struct layout layouts[] = {
	{IMPORT_STRONG,
	 {[C_DATE] = {"Date"},
	  [C_WORKOUT] = {"Workout Name"},
	  [C_EXERCISE] = {"Exercise Name"},
	  [C_ORDER] = {"Set Order"},
	  [C_WEIGHT] = {"Weight"},
	  [C_WEIGHT_KG] = {"Weight (kg)", "kg"},
	  [C_WEIGHT_LB] = {"Weight (lbs)", "Weight (lb)", "lbs"},
	  [C_UNIT] = {"Weight Unit"},
	  [C_REPS] = {"Reps"},
	  [C_SECONDS] = {"Seconds"}, /* "Duration" is the workout's, "1h 5m" */
	  [C_DISTANCE] = {"Distance"},
	  [C_DISTANCE_M] = {"Distance (meters)", "Distance (m)"},
	  [C_DISTANCE_KM] = {"km", "Distance (km)"},
	  [C_DISTANCE_MI] = {"mi", "Distance (miles)"},
	  [C_DISTANCE_UNIT] = {"Distance Unit"},
	  [C_NOTES] = {"Notes"},
	  [C_WORKOUT_NOTES] = {"Workout Notes"},
	  [C_RPE] = {"RPE"}},
	 {C_EXERCISE, C_ORDER},
	 0},
	{IMPORT_HEVY,
	 {[C_DATE] = {"start_time"},
	  [C_WORKOUT] = {"title"},
	  [C_EXERCISE] = {"exercise_title"},
	  [C_TYPE] = {"set_type"},
	  [C_WEIGHT_KG] = {"weight_kg"},
	  [C_WEIGHT_LB] = {"weight_lbs", "weight_lb"},
	  [C_REPS] = {"reps"},
	  [C_SECONDS] = {"duration_seconds"},
	  [C_DISTANCE_KM] = {"distance_km"},
	  [C_DISTANCE_MI] = {"distance_miles", "distance_mi"},
	  [C_NOTES] = {"exercise_notes"},
	  [C_WORKOUT_NOTES] = {"description"},
	  [C_RPE] = {"rpe"}},
	 {C_EXERCISE, C_DATE},
	 0},
	{IMPORT_STRONGLIFTS,
	 {[C_DATE] = {"Date (yyyy/mm/dd)", "Date"},
	  [C_WORKOUT] = {"Workout", "Workout Name"},
	  [C_EXERCISE] = {"Exercise", "Exercise Name"},
	  [C_WEIGHT_KG] = {"Weight (kg)"},
	  [C_WEIGHT_LB] = {"Weight (lb)", "Weight (lbs)"},
	  [C_NOTES] = {"Notes", "Note"},
	  [C_BODYWEIGHT_KG] = {"Body Weight (kg)", "Bodyweight (kg)"},
	  [C_BODYWEIGHT_LB] = {"Body Weight (lb)", "Body Weight (lbs)", "Bodyweight (lb)"},
	  [C_SETS_REPS] = {"Sets\xc3\x97Reps", "Sets x Reps", "SetsxReps"}},
	 {C_EXERCISE, C_SETS_REPS},
	 L_SET_COLUMNS},
	{IMPORT_FITNOTES,
	 {[C_DATE] = {"Date"},
	  [C_EXERCISE] = {"Exercise"},
	  [C_CATEGORY] = {"Category"},
	  [C_WEIGHT] = {"Weight"},
	  [C_WEIGHT_KG] = {"Weight (kg)", "Weight (kgs)"},
	  [C_WEIGHT_LB] = {"Weight (lbs)"},
	  [C_UNIT] = {"Weight Unit"},
	  [C_REPS] = {"Reps"},
	  [C_TIME] = {"Time"},
	  [C_DISTANCE] = {"Distance"},
	  [C_DISTANCE_UNIT] = {"Distance Unit"},
	  [C_NOTES] = {"Comment"}},
	 {C_EXERCISE, C_CATEGORY},
	 L_DAY_WORKOUT},
};

/* Cardio that has no place in the strength library: a row of it is aerobic
 * minutes of this kind (matched on the squashed name's start). */
static const struct {
	const char *word, *kind;
} cardio_words[] = {
	{"running", "run"},
	{"run", "run"},
	{"jogging", "run"},
	{"treadmill", "run"},
	{"walking", "walk"},
	{"walk", "walk"},
	{"hiking", "walk"},
	{"cycling", "ride"},
	{"bike", "ride"},
	{"biking", "ride"},
	{"spinning", "ride"},
	{"rowing", "row"},
	{"rower", "row"},
	{"swimming", "swim"},
	{"swim", "swim"},
	{"elliptical", "elliptical"},
	{"crosstrainer", "elliptical"},
	{"stairmaster", "stairs"},
	{"stairclimber", "stairs"},
	{"stepper", "stairs"},
	{"skipping", "skip"},
	{"jumprope", "skip"},
	{"skierg", "ski"},
	{"cardio", "cardio"},
};

/* One record (RFC 4180: quotes, doubled quotes, newlines in quotes).
 * Returns the number of fields, 0 at the end, -1 with *why on a problem. */
int csv_record(struct csv *c, const char **why, int *why_col)
{
	c->b.len = 0;
	c->n = 0;
	c->start_line = c->line;
	int ch = getc(c->fp);
	if (ch == EOF)
		return 0;
	int colno = 1;
	bool quoted = false, field_start = true;
	for (;;) {
		if (field_start) {
			if (c->n == MAX_FIELDS) {
				*why = _("more than 256 columns");
				*why_col = colno;
				return -1;
			}
			c->off[c->n] = c->b.len;
			c->col[c->n] = colno;
			c->n++;
			field_start = false;
			if (ch == '"') {
				quoted = true;
				colno++;
				ch = getc(c->fp);
				continue;
			}
		}
		if (ch == EOF) {
			if (quoted) {
				*why = _("a quoted field is not closed");
				*why_col = c->col[c->n - 1];
				return -1;
			}
			break;
		}
		if (ch == '\0') {
			*why = _("a NUL byte; this is not a text export");
			*why_col = colno;
			return -1;
		}
		if (c->b.len >= MAX_RECORD) {
			*why = _("a record longer than 1 MiB");
			*why_col = c->col[c->n - 1];
			return -1;
		}
		if (quoted) {
			if (ch == '"') {
				int next = getc(c->fp);
				if (next == '"') {
					sbuf_putc(&c->b, '"');
					colno += 2;
					ch = getc(c->fp);
					continue;
				}
				quoted = false;
				colno++;
				ch = next;
				continue;
			}
			if (ch == '\n') {
				c->line++;
				colno = 0;
			}
			sbuf_putc(&c->b, (char)ch);
			if (((unsigned)ch & 0xc0) != 0x80)
				colno++;
			ch = getc(c->fp);
			continue;
		}
		if (ch == c->sep) {
			sbuf_putc(&c->b, '\0');
			field_start = true;
			colno++;
			ch = getc(c->fp);
			continue;
		}
		if (ch == '\r' || ch == '\n') {
			if (ch == '\r') {
				int next = getc(c->fp);
				if (next != '\n' && next != EOF)
					ungetc(next, c->fp);
			}
			break;
		}
		sbuf_putc(&c->b, (char)ch);
		if (((unsigned)ch & 0xc0) != 0x80)
			colno++;
		ch = getc(c->fp);
	}
	sbuf_putc(&c->b, '\0');
	c->line++;
	return c->n;
}

static const char *field(const struct csv *c, int i)
{
	return c->b.s + c->off[i];
}

/* --- names ------------------------------------------------------------------------ */

/* lower case letters and digits only: "Squat (Barbell)" -> "squatbarbell" */
static void squash(const char *s, char *out, size_t size)
{
	size_t k = 0;
	for (; *s && k + 1 < size; s++)
		if (isalnum((unsigned char)*s))
			out[k++] = (char)tolower((unsigned char)*s);
	out[k] = '\0';
}

/* Every library name, id and alias squashed, to its exercise (built once). */
struct names {
	struct strmap map;
	struct arena arena;
	const char **keys; /* every key, NULL-terminated, for the nearest name */
	size_t n_keys, cap_keys;
};

static void names_add(struct names *nm, const char *name, const struct exercise *e)
{
	char key[128];
	squash(name, key, sizeof(key));
	if (key[0] && !strmap_get(&nm->map, key)) {
		char *k = arena_strdup(&nm->arena, key);
		strmap_put(&nm->map, k, (void *)e);
		xgrow((void **)&nm->keys, &nm->cap_keys, nm->n_keys + 2, sizeof(*nm->keys));
		nm->keys[nm->n_keys++] = k;
		nm->keys[nm->n_keys] = NULL;
	}
}

static void names_init(struct names *nm, const struct catalog *cat)
{
	memset(nm, 0, sizeof(*nm));
	/* names first: a name wins over another exercise's alias */
	for (size_t i = 0; i < cat->n_exercises; i++)
		names_add(nm, cat->exercises[i]->name, cat->exercises[i]);
	for (size_t i = 0; i < cat->n_exercises; i++) {
		const struct exercise *e = cat->exercises[i];
		names_add(nm, e->id, e);
		for (size_t j = 0; j < e->n_aliases; j++)
			names_add(nm, e->aliases[j], e);
	}
}

static void names_free(struct names *nm)
{
	free(nm->keys);
	strmap_free(&nm->map);
	arena_free(&nm->arena);
}

static const struct exercise *names_match(const struct names *nm, const char *name)
{
	char want[128];
	squash(name, want, sizeof(want));
	if (!want[0])
		return NULL;
	const struct exercise *e = strmap_get(&nm->map, want);
	if (e)
		return e;
	/* "Bench Press (Dumbbell)" -> "dumbbell bench press" */
	const char *open = strchr(name, '(');
	const char *close = open ? strchr(open, ')') : NULL;
	if (open && close && close > open + 1) {
		char re[160];
		snprintf(re, sizeof(re), "%.*s %.*s", (int)(close - open - 1), open + 1,
			 (int)(open - name), name);
		squash(re, want, sizeof(want));
		e = strmap_get(&nm->map, want);
	}
	return e;
}

/* The library's name nearest to an app's name that matched none, or NULL. */
static const char *names_near(const struct names *nm, const char *name)
{
	char want[128];
	squash(name, want, sizeof(want));
	if (!want[0] || !nm->keys)
		return NULL;
	const char *k = did_you_mean(want, nm->keys);
	const struct exercise *e = k ? strmap_get(&nm->map, k) : NULL;
	return e ? e->name : NULL;
}

/* --- dates and numbers ------------------------------------------------------------ */

/* Month names and abbreviations as the apps write them in English, German,
 * Spanish, Portuguese, French, Italian and Dutch: a word names the month
 * of the first entry it starts with (lower case; accents as UTF-8). */
static const struct {
	const char *word;
	int month;
} month_words[] = {
	{"jan", 1},
	{"ene", 1},
	{"gen", 1},
	{"feb", 2},
	{"fev", 2},
	{"f\xc3\xa9v", 2},
	{"mar", 3},
	{"m\xc3\xa4r", 3},
	{"mrz", 3},
	{"apr", 4},
	{"abr", 4},
	{"avr", 4},
	{"may", 5},
	{"mai", 5},
	{"mag", 5},
	{"mei", 5},
	{"juin", 6},
	{"jun", 6},
	{"giu", 6},
	{"juil", 7},
	{"jul", 7},
	{"lug", 7},
	{"aug", 8},
	{"ago", 8},
	{"ao\xc3\xbb", 8},
	{"sep", 9},
	{"set", 9},
	{"oct", 10},
	{"okt", 10},
	{"out", 10},
	{"ott", 10},
	{"nov", 11},
	{"dec", 12},
	{"dez", 12},
	{"dic", 12},
	{"d\xc3\xa9"
	 "c",
	 12},
};

static int month_of(const char *word, size_t len)
{
	char w[16];
	if (len < 3 || len >= sizeof(w))
		return -1;
	for (size_t i = 0; i < len; i++)
		w[i] = (char)tolower((unsigned char)word[i]);
	w[len] = '\0';
	/* an accented capital (É, Ä) in UTF-8: its small letter is 0x20 further on */
	for (size_t i = 0; i + 1 < len; i++)
		if ((unsigned char)w[i] == 0xc3 && (unsigned char)w[i + 1] >= 0x80 &&
		    (unsigned char)w[i + 1] < 0xa0)
			w[i + 1] = (char)((unsigned char)w[i + 1] + 0x20);
	for (size_t i = 0; i < ARRAY_LEN(month_words); i++)
		if (strncmp(w, month_words[i].word, strlen(month_words[i].word)) == 0)
			return month_words[i].month;
	return -1;
}

/* Up to `max` digits at *s (at least one): the value, or -1. */
static int digits(const char **s, int max)
{
	int v = 0, n = 0;
	while (n < max && isdigit((unsigned char)**s)) {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n ? v : -1;
}

static bool civil(int year, int m, int day, int *date)
{
	if (year < 1000 || year > 9999 || m < 1 || m > 12 || day < 1 || day > 31)
		return false;
	*date = date_from_civil(year, m, day);
	int y, mm, dd;
	date_civil(*date, &y, &mm, &dd);
	return y == year && mm == m && dd == day;
}

/* The date of a date and time in any form the apps write: ISO
 * ("2023-01-15 08:30:00", "2023-01-15T08:30"), slashes ("2023/01/15"), day
 * month year ("15 Jan 2023, 08:30", "5 Mai 2026, 07:34", "28 Abr 2026",
 * "5. März 2026", "28 de abr. de 2026") and month day year ("Jun 11, 2026,
 * 1:01 PM").  Every number is read with a bounded count of digits, so
 * nothing overflows; the time is not needed. */
static bool parse_when(const char *s, int *date)
{
	while (*s == ' ')
		s++;
	const char *p = s;
	int first = digits(&p, 4);
	if (first >= 1000 && (*p == '-' || *p == '/')) {
		char sep = *p++;
		int m = digits(&p, 2);
		if (*p++ != sep)
			return false;
		int d = digits(&p, 2);
		if (isdigit((unsigned char)*p) || (*p && *p != ' ' && *p != 'T' && *p != ','))
			return false;
		return civil(first, m, d, date);
	}
	/* words and numbers: the day, the month's name and the year, in either order */
	int nums[3], n_nums = 0, month = -1;
	for (p = s; *p && n_nums < 3;) {
		if (isdigit((unsigned char)*p)) {
			int v = digits(&p, 4);
			if (isdigit((unsigned char)*p))
				return false;
			if (*p == ':') /* the time: the date is over */
				break;
			nums[n_nums++] = v;
		} else if (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80) {
			const char *w = p;
			while (isalpha((unsigned char)*p) || (unsigned char)*p >= 0x80)
				p++;
			size_t len = (size_t)(p - w);
			if (len == 2 && strncasecmp(w, "de", 2) == 0)
				continue; /* "28 de abr. de 2026" */
			if (month > 0)
				return false;
			month = month_of(w, len);
			if (month < 0)
				return false;
		} else if (*p == ' ' || *p == ',' || *p == '.' || *p == '-') {
			p++;
		} else {
			return false;
		}
	}
	if (month < 0 || n_nums < 2)
		return false;
	/* "15 Jan 2023" and "Jun 11, 2026" alike: the day, then the year */
	return civil(nums[1], month, nums[0], date);
}

/* "1:02:03", "2:03" or "63": seconds, or -1. */
static double duration(const char *s)
{
	double total = 0;
	int parts = 0;
	while (*s == ' ')
		s++;
	if (!*s)
		return 0;
	for (;;) {
		int v = digits(&s, 6);
		if (v < 0 || ++parts > 3)
			return -1;
		total = total * 60 + v;
		if (*s == ':') {
			s++;
			continue;
		}
		if (*s == '.') { /* fractions of a second */
			s++;
			while (isdigit((unsigned char)*s))
				s++;
		}
		break;
	}
	while (*s == ' ')
		s++;
	return *s ? -1 : total;
}

/* A plain decimal: digits, then at most one decimal mark and digits ("62.5",
 * or "62,5" when the separator is not a comma).  No sign, no exponent, no
 * hex, no inf.  Empty is 0. */
static bool decimal(const char *s, char mark, double *out)
{
	while (*s == ' ')
		s++;
	if (!*s) {
		*out = 0;
		return true;
	}
	double v = 0, scale = 1;
	bool any = false, frac = false;
	for (; *s && *s != ' '; s++) {
		if (isdigit((unsigned char)*s)) {
			any = true;
			if (frac)
				v += (*s - '0') * (scale /= 10);
			else if (v < 1e9)
				v = v * 10 + (*s - '0');
			else
				return false;
		} else if ((*s == '.' || *s == mark) && !frac) {
			frac = true;
		} else {
			return false;
		}
	}
	while (*s == ' ')
		s++;
	if (*s || !any)
		return false;
	*out = v;
	return true;
}

/* --- reading ---------------------------------------------------------------------- */

enum { MAX_LEFT = 100, MAX_SET_COLUMNS = 20 };

struct reader {
	const char *path;
	const struct catalog *cat;
	const struct layout *lay;
	const struct import_options *o;
	int col[C_N];		      /* field index of each column, -1 when absent */
	int set_col[MAX_SET_COLUMNS]; /* StrongLifts: the Set 1, Set 2 ... fields */
	int n_set_cols;
	const char *colname[C_N]; /* each column's name as the file writes it */
	int colpos[C_N];	  /* and where it is in the header */
	int nh;			  /* header fields */
	char mark;		  /* the decimal mark numbers may use besides '.' */
	struct csv c;
	struct diags *d;
	size_t errors;
	struct names names;
	struct import_stats *st;
	/* the workout being read */
	struct session s;
	struct exercise_done ex[SESSION_MAX_EXERCISES];
	struct set_done sets[SESSION_MAX_EXERCISES][SESSION_MAX_SETS];
	struct aerobic aer[SESSION_MAX_EXERCISES];
	struct arena wa; /* its notes and kinds */
	char key[512];	 /* its date and name, as the file writes them */
	uint64_t hash;	 /* its rows in kilograms and seconds: its source */
	char source[48];
	bool open, too_big;
	int first_line;
	import_fn *fn;
	void *ctx;
	bool stopped;
};

static void problem(struct reader *r, int line, int col, const char *fmt, ...) COACH_PRINTF(4, 5);
static void problem(struct reader *r, int line, int col, const char *fmt, ...)
{
	if (r->errors++ >= MAX_ERRORS)
		return;
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(r->d, r->path, line, col, fmt, ap);
	va_end(ap);
	if (r->errors == MAX_ERRORS)
		diags_add(r->d, r->path, line, col,
			  _("too many problems; the rest are not listed"));
}

/* A row that cannot be read: left out and listed, or (strict) a problem. */
static void left_out(struct reader *r, int line, int col, const char *fmt, ...) COACH_PRINTF(4, 5);
static void left_out(struct reader *r, int line, int col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (r->o->strict) {
		if (r->errors++ < MAX_ERRORS)
			diags_vadd(r->d, r->path, line, col, fmt, ap);
		if (r->errors == MAX_ERRORS)
			diags_add(r->d, r->path, line, col,
				  _("too many problems; the rest are not listed"));
	} else {
		if (r->o->left && r->st->left_out < MAX_LEFT)
			diags_vadd(r->o->left, r->path, line, col, fmt, ap);
		r->st->left_out++;
	}
	va_end(ap);
}

static void unknown(struct reader *r, const char *name)
{
	struct import_unknown *u = strmap_get(&r->st->names, name);
	if (u) {
		u->sets++;
		return;
	}
	xgrow((void **)&r->st->unknown, &r->st->cap_unknown, r->st->n_unknown + 1,
	      sizeof(*r->st->unknown)); /* NOLINT(bugprone-sizeof-expression): of pointers */
	u = arena_alloc(&r->st->arena, sizeof(*u));
	u->name = arena_strdup(&r->st->arena, name);
	u->near = names_near(&r->names, name);
	u->sets = 1;
	r->st->unknown[r->st->n_unknown++] = u;
	strmap_put(&r->st->names, u->name, u);
}

/* FNV-1a over the text and a separator. */
static void mix(uint64_t *h, const char *s)
{
	for (; *s; s++)
		*h = (*h ^ (unsigned char)*s) * 1099511628211u;
	*h = (*h ^ 0x1f) * 1099511628211u;
}

/* The workout read so far is whole: hand it on. */
static void finish(struct reader *r)
{
	if (!r->open)
		return;
	r->open = false;
	if (r->too_big || (r->s.n_exercises == 0 && r->s.n_aerobic == 0) || r->errors)
		return;
	r->st->sessions++;
	snprintf(r->source, sizeof(r->source), "%s:%016llx", import_source_names[r->lay->source],
		 (unsigned long long)r->hash);
	r->s.source = r->source;
	if (!r->stopped && r->fn && !r->fn(r->ctx, &r->s, r->first_line))
		r->stopped = true;
}

static void start(struct reader *r, int date, int line)
{
	memset(&r->s, 0, sizeof(r->s));
	r->s.date = date;
	r->s.exercises = r->ex;
	r->s.aerobic = r->aer;
	r->open = true;
	r->too_big = false;
	r->first_line = line;
	arena_free(&r->wa);
	r->hash = 14695981039346656037u;
	mix(&r->hash, r->key);
}

static bool add_set(struct reader *r, const struct exercise *e, const struct set_done *x, int line)
{
	struct session *s = &r->s;
	/* a new block whenever the exercise changes from the row before */
	if (!s->n_exercises || strcmp(s->exercises[s->n_exercises - 1].id, e->id) != 0) {
		if (s->n_exercises == SESSION_MAX_EXERCISES) {
			if (!r->too_big)
				problem(r, r->first_line, 1,
					_("the workout '%s' has more than %d exercises; the log "
					  "takes at most %d a session, as 'coach log' does"),
					r->key, SESSION_MAX_EXERCISES, SESSION_MAX_EXERCISES);
			r->too_big = true;
			return false;
		}
		struct exercise_done *n = &r->ex[s->n_exercises];
		memset(n, 0, sizeof(*n));
		n->id = e->id;
		n->sets = r->sets[s->n_exercises];
		s->n_exercises++;
	}
	struct exercise_done *cur = &r->ex[s->n_exercises - 1];
	if (cur->n_sets == SESSION_MAX_SETS) {
		if (!r->too_big)
			problem(r, line, 1,
				_("the workout '%s' has more than %d sets of '%s' in a row; the "
				  "log "
				  "takes at most %d, as 'coach log' does"),
				r->key, SESSION_MAX_SETS, e->name, SESSION_MAX_SETS);
		r->too_big = true;
		return false;
	}
	struct set_done *to = &r->sets[s->n_exercises - 1][cur->n_sets];
	*to = *x;
	/* an exercise's note repeated on each of its rows (Hevy) is kept once */
	if (x->notes && cur->n_sets) {
		for (size_t i = cur->n_sets; i-- > 0;)
			if (cur->sets[i].notes) {
				if (strcmp(cur->sets[i].notes, x->notes) == 0)
					to->notes = NULL;
				break;
			}
	}
	if (to->notes) {
		to->notes = arena_strdup(&r->wa, to->notes);
		r->st->notes++;
	}
	cur->n_sets++;
	r->st->sets++;
	return true;
}

static const char *field_name(const struct reader *r, int k)
{
	return r->colname[k] ? r->colname[k] : "?";
}

/* A number in column k of the row: *out, or the row is left out naming the column and value. */
static bool number_at(struct reader *r, int k, double max, bool whole, const char *what,
		      double *out)
{
	*out = 0;
	int i = r->col[k];
	if (i < 0)
		return true;
	const char *v = field(&r->c, i);
	double x;
	if (!decimal(v, r->mark, &x) || x > max || (whole && x != (double)(long)x)) {
		left_out(r, r->c.start_line, r->c.col[i], _("'%s' in column '%s' is not %s"), v,
			 field_name(r, k), what);
		return false;
	}
	*out = x;
	return true;
}

static const char *text_at(struct reader *r, int k)
{
	int i = r->col[k];
	if (i < 0)
		return NULL;
	const char *v = field(&r->c, i);
	while (*v == ' ')
		v++;
	return *v ? v : NULL;
}

/* The aerobic kind of a cardio name, or NULL. */
static const char *cardio_kind(const char *name)
{
	char sq[128];
	squash(name, sq, sizeof(sq));
	for (size_t i = 0; i < ARRAY_LEN(cardio_words); i++)
		if (strncmp(sq, cardio_words[i].word, strlen(cardio_words[i].word)) == 0)
			return cardio_words[i].kind;
	return NULL;
}

/* What a weight column's value is in kg: its unit by column, by the unit
 * column, or the file's. */
static double kg_per_unit(struct reader *r, int wk)
{
	if (wk == C_WEIGHT_KG || wk == C_BODYWEIGHT_KG)
		return 1;
	if (wk == C_WEIGHT_LB || wk == C_BODYWEIGHT_LB)
		return 0.45359237;
	const char *u = text_at(r, C_UNIT);
	if (u)
		return strncasecmp(u, "lb", 2) == 0 ? 0.45359237 : 1;
	return r->o->file_unit == UNITS_LB ? 0.45359237 : 1;
}

static int weight_col(const struct reader *r, int kg, int lb, int plain)
{
	return r->col[kg] >= 0			  ? kg
	       : r->col[lb] >= 0		  ? lb
	       : plain >= 0 && r->col[plain] >= 0 ? plain
						  : -1;
}

/* The row's date; false (the row left out) when it has none this reads. */
static bool row_date(struct reader *r, int *date)
{
	struct csv *c = &r->c;
	const char *when = field(c, r->col[C_DATE]);
	if (!parse_when(when, date)) {
		left_out(r, c->start_line, c->col[r->col[C_DATE]],
			 _("'%s' in column '%s' is not a date this importer reads (like "
			   "2023-01-15 08:30:00, 15 Jan 2023, 08:30 or Jun 11, 2026, 1:01 PM)"),
			 when, field_name(r, C_DATE));
		return false;
	}
	if (*date > r->o->today || *date < DATE_MIN) {
		left_out(r, c->start_line, c->col[r->col[C_DATE]], _("the date '%s' is %s"), when,
			 *date > r->o->today ? _("after today") : _("before 2000"));
		return false;
	}
	return true;
}

/* A new workout whenever the date and start, or the name, change. */
static void workout_of(struct reader *r, int date, int line)
{
	struct csv *c = &r->c;
	char key[sizeof(r->key)];
	const char *when = field(c, r->col[C_DATE]);
	if (r->lay->flags & L_DAY_WORKOUT) {
		char d[11];
		date_format(date, d);
		snprintf(key, sizeof(key), "%s", d);
	} else {
		snprintf(key, sizeof(key), "%s|%s", when,
			 r->col[C_WORKOUT] >= 0 ? field(c, r->col[C_WORKOUT]) : "");
	}
	if (!r->open || strcmp(key, r->key) != 0) {
		finish(r);
		memcpy(r->key, key, sizeof(key));
		start(r, date, line);
	}
	const char *wn = text_at(r, C_WORKOUT_NOTES);
	if (wn && !r->s.notes) {
		r->s.notes = arena_strdup(&r->wa, wn);
		r->st->notes++;
	}
	int bk = weight_col(r, C_BODYWEIGHT_KG, C_BODYWEIGHT_LB, -1);
	double bw;
	if (bk >= 0 && !r->s.bodyweight && text_at(r, bk) &&
	    number_at(r, bk, 1000, false, _("a body weight"), &bw) && bw > 0) {
		double kg = bw * kg_per_unit(r, bk);
		r->s.bodyweight =
			(double)(long)((r->o->units == UNITS_KG ? kg : kg / 0.45359237) * 10 +
				       0.5) /
			10;
	}
}

/* A cardio row: aerobic minutes of its kind, with its distance. */
static void cardio_row(struct reader *r, const char *kind, double secs, int line)
{
	struct csv *c = &r->c;
	double dist = 0, scale = 1;
	int dk = r->col[C_DISTANCE_M] >= 0    ? C_DISTANCE_M
		 : r->col[C_DISTANCE_KM] >= 0 ? C_DISTANCE_KM
		 : r->col[C_DISTANCE_MI] >= 0 ? C_DISTANCE_MI
					      : C_DISTANCE;
	if (!number_at(r, dk, 1e7, false, _("a distance"), &dist))
		return;
	if (dk == C_DISTANCE_KM)
		scale = 1000;
	else if (dk == C_DISTANCE_MI)
		scale = 1609.344;
	else if (dk == C_DISTANCE) {
		const char *u = text_at(r, C_DISTANCE_UNIT);
		scale = !u			       ? 1
			: strncasecmp(u, "km", 2) == 0 ? 1000
			: strncasecmp(u, "mi", 2) == 0 ? 1609.344
			: strncasecmp(u, "ft", 2) == 0 ? 0.3048
						       : 1;
	}
	int minutes = (int)(secs / 60 + 0.5);
	if (secs > 0 && minutes < 1)
		minutes = 1;
	if (minutes < 1 || minutes > 600) {
		left_out(r, line, r->col[C_EXERCISE] >= 0 ? c->col[r->col[C_EXERCISE]] : 1,
			 _("the cardio row '%s' has %s; the log takes 1 to 600 minutes"),
			 field(c, r->col[C_EXERCISE]),
			 minutes < 1 ? _("no time") : _("more than 600 minutes"));
		return;
	}
	if (r->s.n_aerobic == SESSION_MAX_EXERCISES) {
		left_out(r, line, 1, _("more than %d cardio rows in one workout"),
			 SESSION_MAX_EXERCISES);
		return;
	}
	struct aerobic *a = &r->aer[r->s.n_aerobic++];
	a->kind = arena_strdup(&r->wa, kind);
	a->minutes = minutes;
	a->distance_m = (double)(long)(dist * scale + 0.5);
	char h[64];
	snprintf(h, sizeof(h), "%s|%d|%.0f", kind, minutes, a->distance_m);
	mix(&r->hash, h);
	r->st->aerobic++;
}

/* One set of a library exercise, in the profile's unit. */
static void set_row(struct reader *r, const struct exercise *e, double reps, double kg, double secs,
		    double rpe, const char *notes, int line)
{
	double shown = r->o->units == UNITS_KG ? kg : kg / 0.45359237;
	struct set_done sd = {
		/* a timed exercise keeps its seconds (a plank of 60 s is not 0 reps) */
		.reps = e->seconds && secs > 0 ? (int)(secs + 0.5) : (int)(reps + 0.5),
		.load = e->load == LOAD_EXTERNAL ? (double)(long)(shown * 100 + 0.5) / 100 : 0,
		.band = -1,
		.rir = rpe >= 6 && rpe <= 10 ? (int)(10 - rpe + 0.5) : -1,
		.notes = notes};
	if (sd.reps > 1000 || sd.load > 1000) {
		left_out(r, line, 1, _("%d reps at %g is beyond what the log takes"), sd.reps,
			 sd.load);
		return;
	}
	if (!add_set(r, e, &sd, line))
		return;
	/* the digest in kilograms: the same workout whatever the profile's unit */
	char h[192];
	snprintf(h, sizeof(h), "%s|%d|%ld|%.0f", e->id, sd.reps, (long)(kg * 100 + 0.5), secs);
	mix(&r->hash, h);
}

static void row(struct reader *r)
{
	struct csv *c = &r->c;
	int line = c->start_line;
	int date;
	if (!row_date(r, &date))
		return;
	/* warm-ups and rest timers are not working sets */
	const char *order = text_at(r, C_ORDER);
	const char *type = text_at(r, C_TYPE);
	if (order && strncasecmp(order, "rest", 4) == 0) {
		r->st->rests_skipped++;
		return;
	}
	if ((order && toupper((unsigned char)order[0]) == 'W') ||
	    (type && strcasecmp(type, "warmup") == 0)) {
		r->st->warmups_skipped++;
		return;
	}
	double reps = 0, w = 0, secs = 0, rpe = 0;
	int wk = weight_col(r, C_WEIGHT_KG, C_WEIGHT_LB, C_WEIGHT);
	if (!number_at(r, C_REPS, 1000, true, _("a whole number of reps from 0 to 1000"), &reps) ||
	    (wk >= 0 &&
	     !number_at(r, wk, 100000, false, _("a weight (a plain number, not negative)"), &w)) ||
	    !number_at(r, C_SECONDS, 86400, false, _("a number of seconds"), &secs) ||
	    !number_at(r, C_RPE, 10, false, _("an RPE from 0 to 10"), &rpe))
		return;
	const char *t = text_at(r, C_TIME);
	if (t) {
		secs = duration(t);
		if (secs < 0 || secs > 86400) {
			left_out(r, line, c->col[r->col[C_TIME]],
				 _("'%s' in column '%s' is not a time (like 1:05:00)"), t,
				 field_name(r, C_TIME));
			return;
		}
	}
	double kg = wk >= 0 ? w * kg_per_unit(r, wk) : 0;
	const char *name = field(c, r->col[C_EXERCISE]);
	const char *category = text_at(r, C_CATEGORY);
	const struct exercise *e = names_match(&r->names, name);
	const char *kind = cardio_kind(name);
	if ((category && strcasecmp(category, "cardio") == 0) || (!e && kind)) {
		workout_of(r, date, line);
		cardio_row(r, kind ? kind : "cardio", secs, line);
		return;
	}
	if (!e) {
		unknown(r, name);
		return;
	}
	workout_of(r, date, line);
	const char *notes = text_at(r, C_NOTES);
	if (!(r->lay->flags & L_SET_COLUMNS)) {
		set_row(r, e, reps, kg, secs, rpe, notes, line);
		return;
	}
	/* StrongLifts: one row an exercise, each set's reps in its own column */
	for (int i = 0; i < r->n_set_cols; i++) {
		const char *v = field(c, r->set_col[i]);
		double x;
		while (*v == ' ')
			v++;
		if (!*v)
			continue;
		if (!decimal(v, r->mark, &x) || x > 1000 || x != (double)(long)x) {
			left_out(r, line, c->col[r->set_col[i]],
				 _("'%s' in column 'Set %d' is not a whole number of reps"), v,
				 i + 1);
			continue;
		}
		set_row(r, e, x, kg, 0, 0, i == 0 ? notes : NULL, line);
	}
}

/* The header: which layout, and where each of its columns is. */
static bool header(struct reader *r, struct arena *names)
{
	struct csv *c = &r->c;
	/* the first line, to see its delimiter: whichever of , ; or tab it has most of */
	struct sbuf first = {0};
	int ch;
	while ((ch = getc(c->fp)) != EOF && ch != '\n' && first.len < MAX_RECORD)
		/* a byte of the file as char, the same bits (gcc, clang) */
		sbuf_putc(&first, ch ? (char)ch : ' '); /* NOLINT(bugprone-narrowing-conversions) */
	int counts[3] = {0};
	for (size_t i = 0; i < first.len; i++)
		counts[0] += first.s[i] == ',', counts[1] += first.s[i] == ';',
			counts[2] += first.s[i] == '\t';
	c->sep = counts[1] > counts[0] ? ';' : ',';
	if (counts[2] > counts[0] && counts[2] > counts[1])
		c->sep = '\t';
	r->mark = c->sep == ',' ? '.' : ',';
	/* its fields, read as a record of its own */
	const char *line = sbuf_str(&first);
	if (strncmp(line, "\xef\xbb\xbf", 3) == 0) /* a byte-order mark */
		line += 3;
	FILE *hf = fmemopen((void *)line, strlen(line) ? strlen(line) : 1, "r");
	if (!hf)
		die("out of memory");
	struct csv h = {.fp = hf, .sep = c->sep, .line = 1};
	const char *why = NULL;
	int why_col = 1;
	r->nh = *line ? csv_record(&h, &why, &why_col) : 0;
	fclose(hf);
	c->line = 2;
	if (r->nh < 0)
		problem(r, 1, why_col, "%s", why);
	for (size_t l = 0; l < ARRAY_LEN(layouts) && !r->lay && r->nh > 0; l++) {
		const struct layout *lay = &layouts[l];
		int col[C_N];
		for (int k = 0; k < C_N; k++) {
			col[k] = -1;
			for (int i = 0; i < r->nh && col[k] < 0; i++) {
				const char *f = field(&h, i);
				while (*f == ' ')
					f++;
				for (int j = 0; j < 4 && lay->names[k][j]; j++)
					if (strcasecmp(f, lay->names[k][j]) == 0)
						col[k] = i;
			}
		}
		if (col[lay->tell[0]] >= 0 && col[lay->tell[1]] >= 0) {
			r->lay = lay;
			memcpy(r->col, col, sizeof(col));
		}
	}
	for (int k = 0; r->lay && k < C_N; k++) {
		r->colname[k] = r->col[k] >= 0 ? arena_strdup(names, field(&h, r->col[k])) : NULL;
		r->colpos[k] = r->col[k] >= 0 ? h.col[r->col[k]] : 1;
	}
	/* StrongLifts: "Set 1", "Set 2" ... hold each set's reps */
	for (int i = 0; r->lay && (r->lay->flags & L_SET_COLUMNS) && i < r->nh; i++) {
		const char *f = field(&h, i);
		const char *p = f + 4;
		if (strncasecmp(f, "set ", 4) == 0 && isdigit((unsigned char)*p)) {
			int n = digits(&p, 2);
			if ((!*p || *p == ' ') && n >= 1 && n <= MAX_SET_COLUMNS) {
				r->set_col[n - 1] = i;
				if (n > r->n_set_cols)
					r->n_set_cols = n;
			}
		}
	}
	sbuf_free(&h.b);
	sbuf_free(&first);
	if (r->nh < 0)
		return false;
	if (!r->lay) {
		problem(r, 1, 1,
			_("not an export this importer reads: the first line should name columns "
			  "such as 'Exercise Name' (Strong), 'exercise_title' (Hevy), 'Exercise' "
			  "and 'Category' (FitNotes) or 'Exercise' and 'Sets\xc3\x97Reps' "
			  "(StrongLifts); "
			  "a coach export starts with coach_export: 1"));
		return false;
	}
	for (int i = 0; i < r->n_set_cols; i++)
		if (r->set_col[i] < 0) {
			problem(r, 1, 1,
				_("the column 'Set %d' is missing (the header has 'Set %d')"),
				i + 1, r->n_set_cols);
			return false;
		}
	if (r->col[C_DATE] < 0 || (r->col[C_REPS] < 0 && !r->n_set_cols)) {
		problem(r, 1, 1, _("the export has no %s column ('%s')"),
			r->col[C_DATE] < 0 ? _("date") : _("reps"),
			r->lay->names[r->col[C_DATE] < 0 ? C_DATE : C_REPS][0]);
		return false;
	}
	/* a weight column that names no unit, and no unit column: the file's unit */
	if (weight_col(r, C_WEIGHT_KG, C_WEIGHT_LB, C_WEIGHT) == C_WEIGHT && r->col[C_UNIT] < 0) {
		if (r->o->file_unit < 0) {
			problem(r, 1, r->colpos[C_WEIGHT],
				_("the column '%s' names no unit and the file has no unit column; "
				  "give --unit kg or --unit lb"),
				r->colname[C_WEIGHT]);
			return false;
		}
		r->st->unit_assumed = true;
	}
	r->st->source = r->lay->source;
	return true;
}

bool import_stream(const char *path, FILE *fp, const struct catalog *cat,
		   const struct import_options *o, import_fn *fn, void *ctx,
		   struct import_stats *st, struct diags *d)
{
	memset(st, 0, sizeof(*st));
	struct reader *r = xcalloc(1, sizeof(*r));
	struct arena colnames = {0};
	r->path = path;
	r->cat = cat;
	r->o = o;
	r->d = d;
	r->st = st;
	r->fn = fn;
	r->ctx = ctx;
	r->c.fp = fp;
	r->c.line = 1;
	for (int i = 0; i < MAX_SET_COLUMNS; i++)
		r->set_col[i] = -1;
	names_init(&r->names, cat);
	bool ok = header(r, &colnames);
	if (ok) {
		int n;
		const char *why = NULL;
		int why_col = 1;
		while (!r->stopped && r->errors < MAX_ERRORS &&
		       (n = csv_record(&r->c, &why, &why_col)) != 0) {
			if (n < 0) {
				problem(r, r->c.start_line, why_col, "%s", why);
				break;
			}
			if (n == 1 && !field(&r->c, 0)[0])
				continue; /* a blank line */
			if (n < r->nh) {
				left_out(r, r->c.start_line, 1,
					 _("%d fields where the header has %d"), n, r->nh);
				continue;
			}
			row(r);
		}
		finish(r);
		if (ferror(fp)) {
			problem(r, r->c.line, 1, _("cannot read the file"));
		}
		ok = r->errors == 0 && !r->stopped;
	}
	names_free(&r->names);
	arena_free(&r->wa);
	arena_free(&colnames);
	sbuf_free(&r->c.b);
	free(r);
	return ok;
}

void import_stats_free(struct import_stats *st)
{
	if (!st)
		return;
	free(st->unknown);
	strmap_free(&st->names);
	arena_free(&st->arena);
	memset(st, 0, sizeof(*st));
}
