#include "coach/profile.h"

#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/doc.h"
#include "coach/paths.h"
#include "coach/yemit.h"
#include "coach/yread.h"
#include "coach/i18n.h"

typedef bool field_fn(struct yctx *c, const struct ynode *v, struct profile *p);

static const char *copy_str(struct yctx *c, const char *s)
{
	return s ? arena_strdup(c->arena, s) : NULL;
}

static double *copy_nums(struct yctx *c, const double *v, size_t n)
{
	double *out = arena_array(c->arena, n, sizeof(*out));
	if (n)
		memcpy(out, v, n * sizeof(*out));
	return out;
}

static bool rd_name(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char *s;
	if (ynode_is_null(v)) {
		p->name = NULL;
		return true;
	}
	if (!ystr(c, v, "'name'", 60, &s))
		return false;
	p->name = copy_str(c, s);
	return true;
}

static bool rd_units(struct yctx *c, const struct ynode *v, struct profile *p)
{
	int k;
	if (!yenum(c, v, "'units'", units_names, &k))
		return false;
	p->units = (enum units)k;
	return true;
}

static bool rd_level(struct yctx *c, const struct ynode *v, struct profile *p)
{
	int k;
	if (!yenum(c, v, "'level'", level_names, &k))
		return false;
	p->level = (enum level)k;
	return true;
}

static bool rd_weekdays(struct yctx *c, const struct ynode *v, struct profile *p)
{
	unsigned bits;
	if (!yenum_bits(c, v, "'weekdays'", weekday_names, &bits))
		return false;
	if (!bits) {
		yerr(c, v, _("'weekdays' is empty; name the days you can train, like [mon, thu]"));
		return false;
	}
	p->weekdays = bits;
	return true;
}

static bool rd_age(struct yctx *c, const struct ynode *v, struct profile *p)
{
	long x;
	if (ynode_is_null(v)) {
		p->age = 0;
		return true;
	}
	if (!yint(c, v, "'age'", 13, 120, &x))
		return false;
	p->age = (int)x;
	return true;
}

static bool rd_minutes(struct yctx *c, const struct ynode *v, struct profile *p)
{
	long x;
	if (!yint(c, v, "'minutes'", 10, 180, &x))
		return false;
	p->minutes = (int)x;
	return true;
}

static bool rd_loads(struct yctx *c, const struct ynode *v, const char *what, double max,
		     bool repeats, double **out, size_t *n)
{
	double *tmp;
	size_t k;
	if (!ynum_list(c, v, what, 0.25, max, repeats, &tmp, &k))
		return false;
	*out = copy_nums(c, tmp, k);
	*n = k;
	return true;
}

static bool rd_dumbbells(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return rd_loads(c, v, "'dumbbells'", 200, false, &p->dumbbells, &p->n_dumbbells);
}

static bool rd_kettlebells(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return rd_loads(c, v, "'kettlebells'", 200, false, &p->kettlebells, &p->n_kettlebells);
}

/* A gym's weight stacks: the loads its pins make (a plate-loaded leg press too). */
static bool rd_machine(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return rd_loads(c, v, "'machine'", 500, false, &p->machine, &p->n_machine);
}

static bool rd_cable(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return rd_loads(c, v, "'cable'", 500, false, &p->cable, &p->n_cable);
}

static bool rd_bands(struct yctx *c, const struct ynode *v, struct profile *p)
{
	unsigned bits;
	if (!yenum_bits(c, v, "'bands'", band_names, &bits))
		return false;
	p->bands = bits;
	return true;
}

static bool rd_bar(struct yctx *c, const struct ynode *v, struct profile *p)
{
	double x;
	if (!ynum(c, v, "'bar'", 1, 50, &x))
		return false;
	p->bar = x;
	p->has_barbell = true;
	return true;
}

static bool rd_plates(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return rd_loads(c, v, "'plates'", 50, true, &p->plates, &p->n_plates);
}

static const char *const barbell_keys[] = {"bar", "plates", NULL};

static bool rd_barbell(struct yctx *c, const struct ynode *v, struct profile *p)
{
	if (ynode_is_null(v) || (v->kind == YNODE_SCALAR && strcmp(v->str, "none") == 0)) {
		p->has_barbell = false;
		p->bar = 0;
		p->plates = NULL;
		p->n_plates = 0;
		return true;
	}
	size_t before = yctx_errors(c);
	if (!ymap(c, v, "'barbell'", barbell_keys))
		return false;
	const struct ynode *x;
	if ((x = yreq(c, v, "bar", "'barbell'")))
		rd_bar(c, x, p);
	if ((x = ynode_get(v, "plates")))
		rd_plates(c, x, p);
	return yctx_errors(c) == before;
}

static bool rd_bench(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return ybool(c, v, "'bench'", &p->bench);
}

static bool rd_pullup(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return ybool(c, v, "'pullup-bar'", &p->pullup_bar);
}

static bool rd_dislikes(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char **ids;
	size_t n;
	if (!yid_list(c, v, "'dislikes'", &ids, &n))
		return false;
	for (size_t i = 0; i < n; i++)
		ids[i] = copy_str(c, ids[i]);
	p->dislikes = ids;
	p->n_dislikes = n;
	return true;
}

static bool rd_hypertension(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return ybool(c, v, "'hypertension'", &p->hypertension);
}

static bool rd_parq(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return ybool(c, v, "'parq_cleared'", &p->parq_cleared);
}

static bool rd_country(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char *s;
	if (ynode_is_null(v)) {
		p->country = NULL;
		return true;
	}
	if (!yid(c, v, "'country'", &s))
		return false;
	p->country = copy_str(c, s);
	return true;
}

static int hhmm(const char *s, const char **end);

/* train_at: "18:00", the time of day the person trains (calendar reminders) */
static bool rd_train_at(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char *s, *e;
	if (ynode_is_null(v)) {
		p->train_at = -1;
		return true;
	}
	if (!ystr(c, v, "'train_at'", 8, &s))
		return false;
	int t = hhmm(s, &e);
	if (t < 0 || *e) {
		yerr(c, v, _("'train_at' is a time of day HH:MM, for example \"18:00\"; not '%s'"),
		     s);
		return false;
	}
	p->train_at = t;
	return true;
}

static bool rd_program(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char *s;
	if (ynode_is_null(v)) {
		p->program = NULL;
		return true;
	}
	if (!yid(c, v, "'program'", &s))
		return false;
	p->program = copy_str(c, s);
	return true;
}

static bool rd_start(struct yctx *c, const struct ynode *v, struct profile *p)
{
	if (ynode_is_null(v)) {
		p->start = -1;
		return true;
	}
	return ydate(c, v, "'start'", &p->start);
}

const char *const profile_colors_names[] = {"auto", "dark", "light", "none", NULL};

static bool rd_bell(struct yctx *c, const struct ynode *v, struct profile *p)
{
	return ybool(c, v, "'bell'", &p->rest_bell);
}

static bool rd_colors(struct yctx *c, const struct ynode *v, struct profile *p)
{
	int k;
	if (!yenum(c, v, "'colors'", profile_colors_names, &k))
		return false;
	p->colors = (enum profile_colors)k;
	return true;
}

/* "HH:MM" into minutes after midnight, or -1. */
static int hhmm(const char *s, const char **end)
{
	int h = 0, m = 0, n = 0;
	while (*s >= '0' && *s <= '9' && n < 2)
		h = h * 10 + (*s++ - '0'), n++;
	if (!n || *s++ != ':' || !(s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'))
		return -1;
	m = (s[0] - '0') * 10 + (s[1] - '0');
	*end = s + 2;
	return h < 24 && m < 60 ? h * 60 + m : -1;
}

static bool rd_quiet(struct yctx *c, const struct ynode *v, struct profile *p)
{
	const char *s, *e;
	if (ynode_is_null(v)) {
		p->quiet_from = p->quiet_to = -1;
		return true;
	}
	if (!ystr(c, v, "'quiet_hours'", 16, &s))
		return false;
	int from = hhmm(s, &e);
	int to = from >= 0 && *e == '-' ? hhmm(e + 1, &e) : -1;
	if (from < 0 || to < 0 || *e) {
		yerr(c, v, _("'quiet_hours' is HH:MM-HH:MM, for example \"22:00-07:00\"; not '%s'"),
		     s);
		return false;
	}
	p->quiet_from = from;
	p->quiet_to = to;
	return true;
}

bool profile_quiet_at(const struct profile *p, int minute)
{
	if (p->quiet_from < 0 || p->quiet_from == p->quiet_to)
		return false;
	if (p->quiet_from < p->quiet_to)
		return minute >= p->quiet_from && minute < p->quiet_to;
	return minute >= p->quiet_from || minute < p->quiet_to; /* over midnight */
}

struct field {
	const char *key; /* dotted path for profile_set */
	field_fn *read;
	bool list; /* a comma-separated value on the command line is a list */
	bool required;
};

static const struct field fields[] = {
	{"name", rd_name, false, false},
	{"units", rd_units, false, true},
	{"level", rd_level, false, true},
	{"weekdays", rd_weekdays, true, true},
	{"minutes", rd_minutes, false, true},
	{"age", rd_age, false, false},
	{"equipment.dumbbells", rd_dumbbells, true, false},
	{"equipment.kettlebells", rd_kettlebells, true, false},
	{"equipment.bands", rd_bands, true, false},
	{"equipment.barbell.bar", rd_bar, false, false},
	{"equipment.barbell.plates", rd_plates, true, false},
	{"equipment.barbell", rd_barbell, false, false},
	{"equipment.bench", rd_bench, false, false},
	{"equipment.pullup-bar", rd_pullup, false, false},
	{"equipment.machine", rd_machine, true, false},
	{"equipment.cable", rd_cable, true, false},
	{"dislikes", rd_dislikes, true, false},
	{"health.hypertension", rd_hypertension, false, false},
	{"health.parq_cleared", rd_parq, false, false},
	{"country", rd_country, false, false},
	{"train_at", rd_train_at, false, false},
	{"program", rd_program, false, false},
	{"start", rd_start, false, false},
	{"interface.bell", rd_bell, false, false},
	{"interface.quiet_hours", rd_quiet, false, false},
	{"interface.colors", rd_colors, false, false},
};

/* The keys profile_set knows, NULL-terminated, for its messages. */
static const char *const profile_keys[] = {"name",
					   "units",
					   "level",
					   "weekdays",
					   "minutes",
					   "age",
					   "equipment.dumbbells",
					   "equipment.kettlebells",
					   "equipment.bands",
					   "equipment.barbell",
					   "equipment.barbell.bar",
					   "equipment.barbell.plates",
					   "equipment.bench",
					   "equipment.pullup-bar",
					   "equipment.machine",
					   "equipment.cable",
					   "dislikes",
					   "health.hypertension",
					   "health.parq_cleared",
					   "country",
					   "train_at",
					   "program",
					   "start",
					   "interface.bell",
					   "interface.quiet_hours",
					   "interface.colors",
					   NULL};

static const char *const top_keys[] = {"coach_profile", "name",	     "units",	 "level",
				       "weekdays",	"minutes",   "age",	 "equipment",
				       "dislikes",	"health",    "country",	 "program",
				       "start",		"interface", "train_at", NULL};
static const char *const equipment_keys[] = {"dumbbells", "kettlebells", "bands",
					     "barbell",	  "bench",	 "pullup-bar",
					     "machine",	  "cable",	 NULL};
static const char *const health_keys[] = {"hypertension", "parq_cleared", NULL};
static const char *const interface_keys[] = {"bell", "quiet_hours", "colors", NULL};

static const struct field *field_of(const char *key)
{
	for (size_t i = 0; i < ARRAY_LEN(fields); i++)
		if (strcmp(fields[i].key, key) == 0)
			return &fields[i];
	return NULL;
}

/* Read the keys of map m whose dotted names are prefix + key. */
static void read_section(struct yctx *c, const struct ynode *m, const char *prefix,
			 struct profile *p)
{
	for (size_t i = 0; i < m->n; i++) {
		char key[64];
		snprintf(key, sizeof(key), "%s%s", prefix, ynode_key(m, i)->str);
		const struct field *f = field_of(key);
		if (f)
			f->read(c, ynode_val(m, i), p);
	}
}

void profile_defaults(struct profile *p)
{
	memset(p, 0, sizeof(*p));
	p->units = UNITS_KG;
	p->level = LEVEL_BEGINNER;
	p->weekdays = (1u << WD_MON) | (1u << WD_THU);
	p->minutes = 30;
	p->parq_cleared = true;
	p->start = -1;
	p->rest_bell = true;
	p->quiet_from = p->quiet_to = -1;
	p->train_at = -1;
}

bool profile_read(struct profile *p, const struct ynode *root, struct diags *d)
{
	struct yctx c;
	yctx_init(&c, p->src.path ? p->src.path : "profile", d, &p->src.arena);
	struct ystream keep = p->src;
	profile_defaults(p);
	p->src = keep;
	if (!ymap(&c, root, N_("the profile"), top_keys))
		return false;
	for (size_t i = 0; i < ARRAY_LEN(fields); i++)
		if (fields[i].required && !strchr(fields[i].key, '.'))
			yreq(&c, root, fields[i].key, N_("the profile"));
	read_section(&c, root, "", p);
	const struct ynode *v;
	if ((v = ynode_get(root, "equipment")) && !ynode_is_null(v) &&
	    ymap(&c, v, "'equipment'", equipment_keys))
		read_section(&c, v, "equipment.", p);
	if ((v = ynode_get(root, "health")) && ymap(&c, v, "'health'", health_keys))
		read_section(&c, v, "health.", p);
	if ((v = ynode_get(root, "interface")) && ymap(&c, v, "'interface'", interface_keys))
		read_section(&c, v, "interface.", p);
	return yctx_errors(&c) == 0;
}

bool profile_load(struct profile *p, const char *path, struct diags *d)
{
	profile_defaults(p);
	size_t before = d->len;
	if (!ystream_load(&p->src, path, d))
		return false;
	struct yctx c;
	yctx_init(&c, p->src.path, d, &p->src.arena);
	if (p->src.n_docs != 1) {
		yerr(&c, NULL,
		     p->src.n_docs ? _("a profile holds one document") : _("file is empty"));
		return false;
	}
	enum doc_kind k;
	if (!doc_detect(&c, p->src.docs[0], &k))
		return false;
	if (k != DOC_PROFILE) {
		yerr(&c, p->src.docs[0], _("this is a %s file, not a profile"),
		     _(doc_kind_names[k]));
		return false;
	}
	return profile_read(p, p->src.docs[0], d) && d->len == before;
}

unsigned profile_equipment(const struct profile *p)
{
	unsigned e = 1u << EQ_BODYWEIGHT;
	if (p->n_dumbbells)
		e |= 1u << EQ_DUMBBELL;
	if (p->n_kettlebells)
		e |= 1u << EQ_KETTLEBELL;
	if (p->bands)
		e |= 1u << EQ_BAND;
	if (p->has_barbell)
		e |= 1u << EQ_BARBELL;
	if (p->bench)
		e |= 1u << EQ_BENCH;
	if (p->pullup_bar)
		e |= 1u << EQ_PULLUP_BAR;
	if (p->n_machine)
		e |= 1u << EQ_MACHINE;
	if (p->n_cable)
		e |= 1u << EQ_CABLE;
	return e;
}

static void emit_nums(struct yemit *e, const char *key, const double *v, size_t n)
{
	yemit_key(e, key);
	yemit_seq_flow(e);
	for (size_t i = 0; i < n; i++)
		yemit_num(e, v[i]);
	yemit_seq_end(e);
}

static void emit_bits(struct yemit *e, const char *key, unsigned bits, const char *const *names)
{
	yemit_key(e, key);
	yemit_seq_flow(e);
	for (int i = 0; names[i]; i++)
		if (bits & (1u << i))
			yemit_word(e, names[i]);
	yemit_seq_end(e);
}

char *profile_to_yaml(const struct profile *p)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "coach_profile");
	yemit_int(e, 1);
	if (p->name) {
		yemit_key(e, "name");
		yemit_str(e, p->name);
	}
	yemit_key(e, "units");
	yemit_word(e, units_names[p->units]);
	yemit_key(e, "level");
	yemit_word(e, level_names[p->level]);
	emit_bits(e, "weekdays", p->weekdays, weekday_names);
	yemit_key(e, "minutes");
	yemit_int(e, p->minutes);
	if (p->age > 0) {
		yemit_key(e, "age");
		yemit_int(e, p->age);
	}
	yemit_key(e, "equipment");
	yemit_map(e);
	emit_nums(e, "dumbbells", p->dumbbells, p->n_dumbbells);
	emit_nums(e, "kettlebells", p->kettlebells, p->n_kettlebells);
	emit_bits(e, "bands", p->bands, band_names);
	if (p->has_barbell) {
		yemit_key(e, "barbell");
		yemit_map_flow(e);
		yemit_key(e, "bar");
		yemit_num(e, p->bar);
		emit_nums(e, "plates", p->plates, p->n_plates);
		yemit_map_end(e);
	}
	yemit_key(e, "bench");
	yemit_bool(e, p->bench);
	yemit_key(e, "pullup-bar");
	yemit_bool(e, p->pullup_bar);
	if (p->n_machine)
		emit_nums(e, "machine", p->machine, p->n_machine);
	if (p->n_cable)
		emit_nums(e, "cable", p->cable, p->n_cable);
	yemit_map_end(e);
	yemit_key(e, "dislikes");
	yemit_seq_flow(e);
	for (size_t i = 0; i < p->n_dislikes; i++)
		yemit_word(e, p->dislikes[i]);
	yemit_seq_end(e);
	yemit_key(e, "health");
	yemit_map(e);
	yemit_key(e, "hypertension");
	yemit_bool(e, p->hypertension);
	yemit_key(e, "parq_cleared");
	yemit_bool(e, p->parq_cleared);
	yemit_map_end(e);
	if (p->country) {
		yemit_key(e, "country");
		yemit_word(e, p->country);
	}
	if (p->train_at >= 0) {
		char t[16];
		snprintf(t, sizeof(t), "%02d:%02d", p->train_at / 60, p->train_at % 60);
		yemit_key(e, "train_at");
		yemit_str(e, t);
	}
	if (p->program) {
		yemit_key(e, "program");
		yemit_word(e, p->program);
	}
	if (p->start >= 0) {
		char b[11];
		date_format(p->start, b);
		yemit_key(e, "start");
		yemit_word(e, b);
	}
	/* the interface's section only when something differs from the defaults */
	if (!p->rest_bell || p->quiet_from >= 0 || p->colors != COLORS_AUTO) {
		yemit_key(e, "interface");
		yemit_map(e);
		yemit_key(e, "bell");
		yemit_bool(e, p->rest_bell);
		if (p->quiet_from >= 0) {
			char q[48];
			snprintf(q, sizeof(q), "%02d:%02d-%02d:%02d", p->quiet_from / 60,
				 p->quiet_from % 60, p->quiet_to / 60, p->quiet_to % 60);
			yemit_key(e, "quiet_hours");
			yemit_str(e, q);
		}
		yemit_key(e, "colors");
		yemit_word(e, profile_colors_names[p->colors]);
		yemit_map_end(e);
	}
	yemit_map_end(e);
	char *out;
	if (!yemit_finish(e, &out))
		die("could not write the profile as YAML");
	return out;
}

bool profile_save(const struct profile *p, const char *path, char **err)
{
	char *text = profile_to_yaml(p);
	bool ok = write_file_atomic(path, text, strlen(text), err);
	free(text);
	return ok;
}

bool profile_set(struct profile *p, const char *key, const char *value, const char *label,
		 struct diags *d)
{
	const struct field *f = field_of(key);
	if (!f) {
		const char *near = did_you_mean(key, profile_keys);
		if (near) {
			diags_add(d, "", 0, 0, _("unknown profile key '%s' (did you mean '%s'?)"),
				  key, near);
		} else {
			struct sbuf b = {0};
			for (const char *const *k = profile_keys; *k; k++)
				sbuf_printf(&b, "%s%s", b.len ? ", " : "", *k);
			diags_add(d, "", 0, 0, _("unknown profile key '%s'; the keys are: %s"), key,
				  sbuf_str(&b));
			sbuf_free(&b);
		}
		return false;
	}
	/* Parse the value as YAML, so it is checked exactly like the file. */
	char *text;
	if (f->list && value[0] != '[' && value[0]) /* a, b, c or one item */
		text = xasprintf("[%s]", value);
	else
		text = xstrdup(value);
	char *where = xasprintf("%s", key);
	size_t before = d->len;
	struct ystream s = {0};
	bool ok = ystream_parse(&s, where, text, strlen(text), d);
	if (ok && s.n_docs == 0) {
		/* an empty value clears optional keys */
		ystream_free(&s);
		ok = ystream_parse(&s, where, "null", 4, d);
	}
	if (ok) {
		struct profile tmp = *p;
		struct yctx c;
		yctx_init(&c, where, d, &p->src.arena);
		if (f->read(&c, s.docs[0], &tmp)) {
			tmp.src = p->src;
			*p = tmp;
		} else {
			ok = false;
		}
	}
	/* messages are about the value typed, not about a file position */
	for (size_t i = before; i < d->len; i++) {
		free(d->v[i].path);
		d->v[i].path = label ? xstrdup(label) : xasprintf("profile set %s", key);
		d->v[i].line = d->v[i].col = 0;
	}
	ystream_free(&s);
	free(text);
	free(where);
	return ok;
}

void profile_free(struct profile *p)
{
	if (!p)
		return;
	ystream_free(&p->src);
	profile_defaults(p);
}
