/* import.c - the CSV exports of other apps, read one record at a time.
 *
 * Memory does not grow with the file: one record is held at a time, and one
 * workout (at most SESSION_MAX_EXERCISES exercises of SESSION_MAX_SETS sets,
 * the limits `coach log` has), which is handed to the caller as soon as its
 * last row is read.  Only the names the library does not know are kept, in a
 * hash map, to be listed at the end.
 *
 * A layout is one app's way of naming its columns: adding one (issue 14) is
 * one more entry in `layouts` and, if its dates are new, a case in parse_when.
 */
#include "coach/import.h"

#include <ctype.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "store_private.h"

const char *const import_source_names[] = {"Strong", "Hevy", NULL};

/* --- layouts ------------------------------------------------------------------ */

enum col {
	C_DATE,	     /* the workout's date and start */
	C_WORKOUT,   /* its name */
	C_EXERCISE,  /* the app's exercise name */
	C_ORDER,     /* set number, "W" for a warm-up (Strong) */
	C_TYPE,	     /* "warmup", "normal" ... (Hevy) */
	C_WEIGHT,    /* in the unit column's unit, or kg */
	C_WEIGHT_LB, /* in pounds */
	C_UNIT,	     /* "kg" or "lbs" per row */
	C_REPS,
	C_SECONDS,
	C_RPE,
	C_N
};

struct layout {
	enum import_source source;
	const char *names[C_N][3]; /* the header names of each column (none: absent) */
	enum col tell[2];	   /* columns whose presence tells this layout apart */
};

static const struct layout layouts[] = {
	{IMPORT_STRONG,
	 {[C_DATE] = {"Date"},
	  [C_WORKOUT] = {"Workout Name"},
	  [C_EXERCISE] = {"Exercise Name"},
	  [C_ORDER] = {"Set Order"},
	  [C_WEIGHT] = {"Weight"},
	  [C_UNIT] = {"Weight Unit"},
	  [C_REPS] = {"Reps"},
	  [C_SECONDS] = {"Seconds"},
	  [C_RPE] = {"RPE"}},
	 {C_EXERCISE, C_ORDER}},
	{IMPORT_HEVY,
	 {[C_DATE] = {"start_time"},
	  [C_WORKOUT] = {"title"},
	  [C_EXERCISE] = {"exercise_title"},
	  [C_TYPE] = {"set_type"},
	  [C_WEIGHT] = {"weight_kg"},
	  [C_WEIGHT_LB] = {"weight_lbs"},
	  [C_REPS] = {"reps"},
	  [C_SECONDS] = {"duration_seconds"},
	  [C_RPE] = {"rpe"}},
	 {C_EXERCISE, C_DATE}},
};

/* --- CSV, streamed ---------------------------------------------------------------- */

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
				*why = "more than 256 columns";
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
				*why = "a quoted field is not closed";
				*why_col = c->col[c->n - 1];
				return -1;
			}
			break;
		}
		if (ch == '\0') {
			*why = "a NUL byte; this is not a text export";
			*why_col = colno;
			return -1;
		}
		if (c->b.len >= MAX_RECORD) {
			*why = "a record longer than 1 MiB";
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
};

static void names_add(struct names *nm, const char *name, const struct exercise *e)
{
	char key[128];
	squash(name, key, sizeof(key));
	if (key[0] && !strmap_get(&nm->map, key))
		strmap_put(&nm->map, arena_strdup(&nm->arena, key), (void *)e);
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

/* --- dates and numbers ------------------------------------------------------------ */

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
				     "jul", "aug", "sep", "oct", "nov", "dec"};

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

/* "2023-01-15 08:30:00" (Strong) or "15 Jan 2023, 08:30" (Hevy).  Every
 * number is read with a bounded count of digits, so nothing overflows. */
static bool parse_when(const char *s, int *date)
{
	char d[11];
	if (strlen(s) >= 10 && s[4] == '-') {
		memcpy(d, s, 10);
		d[10] = '\0';
		return date_parse(d, date);
	}
	int day = digits(&s, 2);
	if (day < 1 || day > 31 || *s++ != ' ')
		return false;
	int m = -1;
	for (int i = 0; i < 12 && m < 0; i++)
		if (strncasecmp(s, months[i], 3) == 0)
			m = i + 1;
	if (m < 0)
		return false;
	while (isalpha((unsigned char)*s))
		s++;
	if (*s++ != ' ')
		return false;
	int year = digits(&s, 4);
	if (year < 1000 || isdigit((unsigned char)*s))
		return false;
	*date = date_from_civil(year, m, day);
	int y, mm, dd;
	date_civil(*date, &y, &mm, &dd);
	return y == year && mm == m && dd == day;
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

struct reader {
	const char *path;
	const struct catalog *cat;
	const struct layout *lay;
	int col[C_N]; /* field index of each column, -1 when absent */
	int nh;	      /* header fields */
	char mark;    /* the decimal mark numbers may use besides '.' */
	enum units units;
	int today;
	struct csv c;
	struct diags *d;
	size_t errors;
	struct names names;
	struct import_stats *st;
	/* the workout being read */
	struct session s;
	struct exercise_done ex[SESSION_MAX_EXERCISES];
	struct set_done sets[SESSION_MAX_EXERCISES][SESSION_MAX_SETS];
	char key[512]; /* its date and name, as the file writes them */
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
		diags_add(r->d, r->path, line, col, "too many problems; the rest are not listed");
}

static void unknown(struct reader *r, const char *name)
{
	struct import_unknown *u = strmap_get(&r->st->names, name);
	if (u) {
		u->sets++;
		return;
	}
	xgrow((void **)&r->st->unknown, &r->st->cap_unknown, r->st->n_unknown + 1,
	      sizeof(*r->st->unknown));
	u = arena_alloc(&r->st->arena, sizeof(*u));
	u->name = arena_strdup(&r->st->arena, name);
	u->sets = 1;
	r->st->unknown[r->st->n_unknown++] = u;
	strmap_put(&r->st->names, u->name, u);
}

/* The workout read so far is whole: hand it on. */
static void finish(struct reader *r)
{
	if (!r->open)
		return;
	r->open = false;
	if (r->too_big || r->s.n_exercises == 0 || r->errors)
		return;
	r->st->sessions++;
	if (!r->stopped && r->fn && !r->fn(r->ctx, &r->s, r->first_line))
		r->stopped = true;
}

static void start(struct reader *r, int date, int line)
{
	memset(&r->s, 0, sizeof(r->s));
	r->s.date = date;
	r->s.exercises = r->ex;
	r->open = true;
	r->too_big = false;
	r->first_line = line;
}

static void add_set(struct reader *r, const struct exercise *e, const struct set_done *x, int line)
{
	struct session *s = &r->s;
	/* a new block whenever the exercise changes from the row before */
	if (!s->n_exercises || strcmp(s->exercises[s->n_exercises - 1].id, e->id) != 0) {
		if (s->n_exercises == SESSION_MAX_EXERCISES) {
			if (!r->too_big)
				problem(r, r->first_line, 1,
					"the workout '%s' has more than %d exercises; the log "
					"takes "
					"at most %d a session, as 'coach log' does",
					r->key, SESSION_MAX_EXERCISES, SESSION_MAX_EXERCISES);
			r->too_big = true;
			return;
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
				"the workout '%s' has more than %d sets of '%s' in a row; the log "
				"takes at most %d, as 'coach log' does",
				r->key, SESSION_MAX_SETS, e->name, SESSION_MAX_SETS);
		r->too_big = true;
		return;
	}
	r->sets[s->n_exercises - 1][cur->n_sets++] = *x;
	r->st->sets++;
}

/* A number in column k of the row: *out, or a problem naming the column and value. */
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
		problem(r, r->c.start_line, r->c.col[i], "'%s' in column '%s' is not %s", v,
			r->lay->names[k][0] ? r->lay->names[k][0] : "?", what);
		return false;
	}
	*out = x;
	return true;
}

static void row(struct reader *r)
{
	struct csv *c = &r->c;
	int line = c->start_line;
	const char *when = field(c, r->col[C_DATE]);
	int date;
	if (!parse_when(when, &date)) {
		problem(r, line, c->col[r->col[C_DATE]],
			"'%s' is not a date and time this importer reads (like 2023-01-15 "
			"08:30:00 or 15 Jan 2023, 08:30)",
			when);
		return;
	}
	if (date > r->today || date < DATE_MIN) {
		problem(r, line, c->col[r->col[C_DATE]], "the date '%s' is %s", when,
			date > r->today ? "after today" : "before 2000");
		return;
	}
	/* warm-ups are not working sets */
	if ((r->col[C_ORDER] >= 0 && toupper((unsigned char)field(c, r->col[C_ORDER])[0]) == 'W') ||
	    (r->col[C_TYPE] >= 0 && strcasecmp(field(c, r->col[C_TYPE]), "warmup") == 0)) {
		r->st->warmups_skipped++;
		return;
	}
	double reps, w = 0, secs, rpe;
	int wk = r->col[C_WEIGHT] >= 0 ? C_WEIGHT : C_WEIGHT_LB;
	if (!number_at(r, C_REPS, 1000, true, "a whole number of reps from 0 to 1000", &reps) ||
	    !number_at(r, wk, 100000, false, "a weight (a plain number, not negative)", &w) ||
	    !number_at(r, C_SECONDS, 86400, false, "a number of seconds", &secs) ||
	    !number_at(r, C_RPE, 10, false, "an RPE from 0 to 10", &rpe))
		return;
	/* to the profile's unit */
	bool lb;
	if (wk == C_WEIGHT_LB)
		lb = true;
	else if (r->col[C_UNIT] >= 0)
		lb = strncasecmp(field(c, r->col[C_UNIT]), "lb", 2) == 0;
	else if (r->lay->source == IMPORT_HEVY)
		lb = false; /* weight_kg */
	else
		lb = r->units == UNITS_LB; /* Strong without a unit column: the app's unit */
	double scale = r->units == UNITS_KG ? (lb ? 0.45359237 : 1) : (lb ? 1 : 1 / 0.45359237);
	const char *name = field(c, r->col[C_EXERCISE]);
	const struct exercise *e = names_match(&r->names, name);
	if (!e) {
		unknown(r, name);
		return;
	}
	/* a workout is its date and start, and its name: a new one starts a session */
	char key[sizeof(r->key)];
	snprintf(key, sizeof(key), "%s|%s", when,
		 r->col[C_WORKOUT] >= 0 ? field(c, r->col[C_WORKOUT]) : "");
	if (!r->open || strcmp(key, r->key) != 0) {
		finish(r);
		start(r, date, line);
		memcpy(r->key, key, sizeof(key));
	}
	struct set_done sd = {
		.reps = e->seconds && secs > 0 ? (int)(secs + 0.5) : (int)(reps + 0.5),
		.load = e->load == LOAD_EXTERNAL ? (double)(long)(w * scale * 100 + 0.5) / 100 : 0,
		.band = -1,
		.rir = rpe >= 6 && rpe <= 10 ? (int)(10 - rpe + 0.5) : -1};
	if (sd.reps > 1000 || sd.load > 1000) {
		problem(r, line, 1, "%d reps at %g is beyond what the log takes", sd.reps, sd.load);
		return;
	}
	add_set(r, e, &sd, line);
}

/* The header: which layout, and where each of its columns is. */
static bool header(struct reader *r)
{
	struct csv *c = &r->c;
	/* the first line, to see its delimiter: whichever of , ; or tab it has most of */
	struct sbuf first = {0};
	int ch;
	while ((ch = getc(c->fp)) != EOF && ch != '\n' && first.len < MAX_RECORD)
		sbuf_putc(&first, ch ? (char)ch : ' ');
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
			for (int i = 0; i < r->nh && col[k] < 0; i++)
				for (int j = 0; j < 3 && lay->names[k][j]; j++)
					if (strcasecmp(field(&h, i), lay->names[k][j]) == 0)
						col[k] = i;
		}
		if (col[lay->tell[0]] >= 0 && col[lay->tell[1]] >= 0) {
			r->lay = lay;
			memcpy(r->col, col, sizeof(col));
		}
	}
	sbuf_free(&h.b);
	sbuf_free(&first);
	if (r->nh < 0)
		return false;
	if (!r->lay) {
		problem(r, 1, 1,
			"not a Strong or Hevy export: the first line should name columns such as "
			"'Exercise Name' (Strong) or 'exercise_title' (Hevy)");
		return false;
	}
	if (r->col[C_DATE] < 0 || r->col[C_REPS] < 0) {
		problem(r, 1, 1, "the export has no %s column ('%s')",
			r->col[C_DATE] < 0 ? "date" : "reps",
			r->lay->names[r->col[C_DATE] < 0 ? C_DATE : C_REPS][0]);
		return false;
	}
	r->st->source = r->lay->source;
	return true;
}

bool import_stream(const char *path, FILE *fp, const struct catalog *cat, enum units units,
		   int today, import_fn *fn, void *ctx, struct import_stats *st, struct diags *d)
{
	memset(st, 0, sizeof(*st));
	struct reader *r = xcalloc(1, sizeof(*r));
	r->path = path;
	r->cat = cat;
	r->units = units;
	r->today = today;
	r->d = d;
	r->st = st;
	r->fn = fn;
	r->ctx = ctx;
	r->c.fp = fp;
	r->c.line = 1;
	bool ok = header(r);
	if (ok) {
		names_init(&r->names, cat);
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
				problem(r, r->c.start_line, 1, "%d fields where the header has %d",
					n, r->nh);
				continue;
			}
			row(r);
		}
		finish(r);
		names_free(&r->names);
		if (ferror(fp)) {
			problem(r, r->c.line, 1, "cannot read the file");
		}
		ok = r->errors == 0 && !r->stopped;
	}
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
