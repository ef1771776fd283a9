#include "coach/import.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"

const char *const import_source_names[] = {"Strong", "Hevy", NULL};

/* --- CSV ------------------------------------------------------------------- */

struct csv {
	const char *p, *end;
	char sep;
	int line;
};

/* One record's fields (RFC 4180: quotes, doubled quotes, newlines in quotes).
 * Returns the number of fields, 0 at the end, -1 on an unclosed quote. */
static int csv_record(struct csv *c, struct arena *a, char **f, int max, int *line)
{
	if (c->p >= c->end)
		return 0;
	*line = c->line;
	int n = 0;
	for (;;) {
		struct sbuf b = {0};
		if (c->p < c->end && *c->p == '"') {
			c->p++;
			for (;;) {
				if (c->p >= c->end) {
					sbuf_free(&b);
					return -1;
				}
				if (*c->p == '"') {
					if (c->p + 1 < c->end && c->p[1] == '"') {
						sbuf_putc(&b, '"');
						c->p += 2;
						continue;
					}
					c->p++;
					break;
				}
				if (*c->p == '\n')
					c->line++;
				sbuf_putc(&b, *c->p++);
			}
		}
		while (c->p < c->end && *c->p != c->sep && *c->p != '\n' && *c->p != '\r')
			sbuf_putc(&b, *c->p++);
		if (n < max)
			f[n++] = arena_strdup(a, sbuf_str(&b));
		sbuf_free(&b);
		if (c->p < c->end && *c->p == c->sep) {
			c->p++;
			continue;
		}
		if (c->p < c->end && *c->p == '\r')
			c->p++;
		if (c->p < c->end && *c->p == '\n')
			c->p++;
		c->line++;
		return n;
	}
}

/* --- names ----------------------------------------------------------------- */

/* lower case letters and digits only: "Squat (Barbell)" -> "squatbarbell" */
static void squash(const char *s, char *out, size_t size)
{
	size_t k = 0;
	for (; *s && k + 1 < size; s++)
		if (isalnum((unsigned char)*s))
			out[k++] = (char)tolower((unsigned char)*s);
	out[k] = '\0';
}

/* The library exercise an app's name stands for, or NULL. */
static const struct exercise *import_match(const struct catalog *cat, const char *name)
{
	char want[128], have[128];
	squash(name, want, sizeof(want));
	if (!want[0])
		return NULL;
	for (size_t i = 0; i < cat->n_exercises; i++) {
		const struct exercise *e = cat->exercises[i];
		squash(e->name, have, sizeof(have));
		if (strcmp(have, want) == 0)
			return e;
		squash(e->id, have, sizeof(have));
		if (strcmp(have, want) == 0)
			return e;
		for (size_t j = 0; j < e->n_aliases; j++) {
			squash(e->aliases[j], have, sizeof(have));
			if (strcmp(have, want) == 0)
				return e;
		}
	}
	/* "Bench Press (Dumbbell)" -> "dumbbell bench press" */
	const char *open = strchr(name, '(');
	const char *close = open ? strchr(open, ')') : NULL;
	if (open && close && close > open + 1) {
		char re[160];
		snprintf(re, sizeof(re), "%.*s %.*s", (int)(close - open - 1), open + 1,
			 (int)(open - name), name);
		squash(re, want, sizeof(want));
		for (size_t i = 0; i < cat->n_exercises; i++) {
			squash(cat->exercises[i]->name, have, sizeof(have));
			if (strcmp(have, want) == 0)
				return cat->exercises[i];
		}
	}
	return NULL;
}

/* --- dates and numbers --------------------------------------------------------- */

static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
				     "jul", "aug", "sep", "oct", "nov", "dec"};

/* "2023-01-15 08:30:00" (Strong) or "15 Jan 2023, 08:30" (Hevy) */
static bool parse_when(const char *s, int *date)
{
	char d[11];
	if (strlen(s) >= 10 && s[4] == '-') {
		memcpy(d, s, 10);
		d[10] = '\0';
		return date_parse(d, date);
	}
	int day, year;
	char mon[16];
	if (sscanf(s, "%d %15s %d", &day, mon, &year) == 3) {
		for (int m = 0; m < 12; m++)
			if (strncasecmp(mon, months[m], 3) == 0) {
				if (day < 1 || day > 31)
					return false;
				*date = date_from_civil(year, m + 1, day);
				int y, mm, dd;
				date_civil(*date, &y, &mm, &dd);
				return y == year && mm == m + 1 && dd == day;
			}
	}
	return false;
}

static bool number(const char *s, double *out)
{
	if (!*s) {
		*out = 0;
		return true;
	}
	char *end;
	double v = strtod(s, &end);
	if (*end || v != v || v < 0 || v > 100000)
		return false;
	*out = v;
	return true;
}

/* --- reading ----------------------------------------------------------------- */

enum { MAXF = 32 };

static int column(char **head, int n, const char *const *names)
{
	for (int i = 0; i < n; i++)
		for (const char *const *k = names; *k; k++)
			if (strcasecmp(head[i], *k) == 0)
				return i;
	return -1;
}

struct building {
	struct session *v;
	size_t n, cap;
	char *key; /* the workout the last row belonged to */
};

static struct exercise_done *exercise_in(struct arena *a, struct session *s, const char *id)
{
	/* a new block whenever the exercise changes from the row before */
	if (s->n_exercises && strcmp(s->exercises[s->n_exercises - 1].id, id) == 0)
		return &s->exercises[s->n_exercises - 1];
	struct exercise_done *v = arena_array(a, s->n_exercises + 1, sizeof(*v));
	if (s->n_exercises)
		memcpy(v, s->exercises, s->n_exercises * sizeof(*v));
	s->exercises = v;
	struct exercise_done *e = &v[s->n_exercises++];
	e->id = id;
	return e;
}

static void add_set(struct arena *a, struct exercise_done *e, const struct set_done *x)
{
	struct set_done *v = arena_array(a, e->n_sets + 1, sizeof(*v));
	if (e->n_sets)
		memcpy(v, e->sets, e->n_sets * sizeof(*v));
	v[e->n_sets++] = *x;
	e->sets = v;
}

static void unknown(struct import_result *r, const char *name)
{
	for (size_t i = 0; i < r->n_unknown; i++)
		if (strcmp(r->unknown[i].name, name) == 0) {
			r->unknown[i].sets++;
			return;
		}
	struct import_unknown *v = arena_array(&r->arena, r->n_unknown + 1, sizeof(*v));
	if (r->n_unknown)
		memcpy(v, r->unknown, r->n_unknown * sizeof(*v));
	v[r->n_unknown].name = arena_strdup(&r->arena, name);
	v[r->n_unknown].sets = 1;
	r->unknown = v;
	r->n_unknown++;
}

static int cmp_date(const void *a, const void *b)
{
	const struct session *x = a, *y = b;
	return x->date - y->date;
}

bool import_read(const char *path, const char *buf, size_t len, const struct catalog *cat,
		 enum units units, int today, struct import_result *r, struct diags *d)
{
	memset(r, 0, sizeof(*r));
	size_t before = d->len;
	/* the delimiter is whichever of , ; or tab the header line has most of */
	const char *nl = memchr(buf, '\n', len);
	size_t hl = nl ? (size_t)(nl - buf) : len;
	int counts[3] = {0};
	for (size_t i = 0; i < hl; i++)
		counts[0] += buf[i] == ',', counts[1] += buf[i] == ';', counts[2] += buf[i] == '\t';
	char sep = counts[1] > counts[0] ? ';' : ',';
	if (counts[2] > counts[0] && counts[2] > counts[1])
		sep = '\t';
	struct csv c = {buf, buf + len, sep, 1};
	/* a byte-order mark before the header */
	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		c.p += 3;
	char *head[MAXF];
	int line, nh = csv_record(&c, &r->arena, head, MAXF, &line);
	static const char
		*const s_date[] = {"Date", NULL},
		       *const s_workout[] = {"Workout Name", NULL},
		       *const s_ex[] = {"Exercise Name", NULL},
		       *const s_order[] = {"Set Order", NULL}, *const s_weight[] = {"Weight", NULL},
		       *const s_unit[] = {"Weight Unit", NULL}, *const s_reps[] = {"Reps", NULL},
		       *const s_secs[] = {"Seconds", NULL}, *const s_rpe[] = {"RPE", NULL};
	static const char
		*const h_date[] = {"start_time", NULL},
		       *const h_title[] = {"title", NULL}, *const h_ex[] = {"exercise_title", NULL},
		       *const h_type[] = {"set_type", NULL}, *const h_kg[] = {"weight_kg", NULL},
		       *const h_lb[] = {"weight_lbs", NULL}, *const h_reps[] = {"reps", NULL},
		       *const h_secs[] = {"duration_seconds", NULL}, *const h_rpe[] = {"rpe", NULL};
	int cdate, cwork, cex, corder = -1, ctype = -1, cw, cunit = -1, creps, csecs, crpe;
	double wscale = 1; /* export unit to profile unit */
	bool export_lb = false;
	if (nh > 0 && column(head, nh, s_ex) >= 0 && column(head, nh, s_order) >= 0) {
		r->source = IMPORT_STRONG;
		cdate = column(head, nh, s_date);
		cwork = column(head, nh, s_workout);
		cex = column(head, nh, s_ex);
		corder = column(head, nh, s_order);
		cw = column(head, nh, s_weight);
		cunit = column(head, nh, s_unit);
		creps = column(head, nh, s_reps);
		csecs = column(head, nh, s_secs);
		crpe = column(head, nh, s_rpe);
		/* Strong without a unit column writes the app's unit: take the profile's */
	} else if (nh > 0 && column(head, nh, h_ex) >= 0 && column(head, nh, h_date) >= 0) {
		r->source = IMPORT_HEVY;
		cdate = column(head, nh, h_date);
		cwork = column(head, nh, h_title);
		cex = column(head, nh, h_ex);
		ctype = column(head, nh, h_type);
		cw = column(head, nh, h_kg);
		if (cw < 0) {
			cw = column(head, nh, h_lb);
			export_lb = cw >= 0;
		}
		creps = column(head, nh, h_reps);
		csecs = column(head, nh, h_secs);
		crpe = column(head, nh, h_rpe);
	} else {
		diags_add(d, path, 1, 1,
			  "not a Strong or Hevy export: the first line should name "
			  "columns such as 'Exercise Name' (Strong) or 'exercise_title' "
			  "(Hevy)");
		return false;
	}
	if (cdate < 0 || creps < 0) {
		diags_add(d, path, 1, 1, "the export has no %s column",
			  cdate < 0 ? "date" : "reps");
		return false;
	}
	if (r->source == IMPORT_HEVY)
		wscale = units == UNITS_KG ? (export_lb ? 0.45359237 : 1)
					   : (export_lb ? 1 : 1 / 0.45359237);
	struct building bl = {0};
	char *f[MAXF];
	int n;
	while ((n = csv_record(&c, &r->arena, f, MAXF, &line)) != 0) {
		if (n < 0) {
			diags_add(d, path, line, 1, "a quoted field is not closed");
			break;
		}
		if (n == 1 && !f[0][0])
			continue; /* a blank line */
		if (n < nh) {
			diags_add(d, path, line, 1, "%d fields where the header has %d", n, nh);
			if (d->len - before > 20)
				break;
			continue;
		}
		int date;
		if (!parse_when(f[cdate], &date)) {
			diags_add(d, path, line, 1,
				  "'%s' is not a date and time this importer reads", f[cdate]);
			continue;
		}
		if (date > today || date < DATE_MIN) {
			diags_add(d, path, line, 1, "the date %s is %s", f[cdate],
				  date > today ? "after today" : "before 2000");
			continue;
		}
		/* warm-ups are not working sets */
		if ((corder >= 0 && toupper((unsigned char)f[corder][0]) == 'W') ||
		    (ctype >= 0 && strcasecmp(f[ctype], "warmup") == 0)) {
			r->warmups_skipped++;
			continue;
		}
		double reps = 0, w = 0, secs = 0, rpe = 0;
		if (!number(f[creps], &reps) || (cw >= 0 && !number(f[cw], &w)) ||
		    (csecs >= 0 && !number(f[csecs], &secs)) ||
		    (crpe >= 0 && !number(f[crpe], &rpe))) {
			diags_add(d, path, line, 1, "a number is not a number");
			continue;
		}
		if (r->source == IMPORT_STRONG) {
			bool lb = cunit >= 0 && strncasecmp(f[cunit], "lb", 2) == 0;
			bool kg = cunit >= 0 && strcasecmp(f[cunit], "kg") == 0;
			wscale = units == UNITS_KG ? (lb ? 0.45359237 : 1)
						   : (kg ? 1 / 0.45359237 : 1);
		}
		const struct exercise *e = import_match(cat, f[cex]);
		if (!e) {
			unknown(r, f[cex]);
			continue;
		}
		/* a workout is its date and start (and name): a new one starts a session */
		char *key = xasprintf("%s|%s", f[cdate], cwork >= 0 ? f[cwork] : "");
		if (!bl.key || strcmp(bl.key, key) != 0) {
			xgrow((void **)&bl.v, &bl.cap, bl.n + 1, sizeof(*bl.v));
			memset(&bl.v[bl.n], 0, sizeof(bl.v[0]));
			bl.v[bl.n].date = date;
			bl.n++;
			free(bl.key);
			bl.key = key;
		} else {
			free(key);
		}
		struct exercise_done *x = exercise_in(&r->arena, &bl.v[bl.n - 1], e->id);
		struct set_done sd = {.reps = e->seconds && secs > 0 ? (int)(secs + 0.5)
								     : (int)(reps + 0.5),
				      .load = e->load == LOAD_EXTERNAL
						      ? (double)(long)(w * wscale * 100 + 0.5) / 100
						      : 0,
				      .band = -1,
				      .rir = rpe >= 6 && rpe <= 10 ? (int)(10 - rpe + 0.5) : -1};
		if (sd.reps > 1000 || sd.load > 1000) {
			diags_add(d, path, line, 1, "%d reps at %g is beyond what the log takes",
				  sd.reps, sd.load);
			continue;
		}
		add_set(&r->arena, x, &sd);
		r->sets++;
	}
	free(bl.key);
	if (d->len != before) {
		free(bl.v);
		return false;
	}
	/* into the arena, oldest first */
	r->sessions = arena_array(&r->arena, bl.n, sizeof(*r->sessions));
	if (bl.n)
		memcpy(r->sessions, bl.v, bl.n * sizeof(*bl.v));
	r->n_sessions = bl.n;
	free(bl.v);
	qsort(r->sessions, r->n_sessions, sizeof(*r->sessions), cmp_date);
	return true;
}

void import_free(struct import_result *r)
{
	if (!r)
		return;
	arena_free(&r->arena);
	memset(r, 0, sizeof(*r));
}
