#include "coach/catalog.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "coach/doc.h"
#include "coach/i18n.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool walk(const char *dir, int depth, char ***out, size_t *n, size_t *cap, struct diags *d)
{
	if (depth > 8) {
		diags_add(d, dir, 0, 0, _("directories nested too deeply"));
		return false;
	}
	DIR *dp = opendir(dir);
	if (!dp) {
		diags_add(d, dir, 0, 0, _("cannot read directory: %s"), strerror(errno));
		return false;
	}
	bool ok = true;
	struct dirent *e;
	char **names = NULL;
	size_t nn = 0, nc = 0;
	while ((e = readdir(dp))) {
		if (e->d_name[0] == '.')
			continue;
		xgrow((void **)&names, &nc, nn + 1, sizeof(*names));
		names[nn++] = xstrdup(e->d_name);
	}
	closedir(dp);
	if (nn) /* qsort of a NULL array, even of none, is undefined */
		qsort(names, nn, sizeof(*names), cmp_str);
	for (size_t i = 0; i < nn; i++) {
		char *path = xasprintf("%s/%s", dir, names[i]);
		free(names[i]);
		struct stat st;
		if (stat(path, &st) != 0) {
			free(path);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			ok &= walk(path, depth + 1, out, n, cap, d);
			free(path);
		} else if (S_ISREG(st.st_mode) &&
			   (str_has_suffix(path, ".yaml") || str_has_suffix(path, ".yml"))) {
			if (*n >= CATALOG_MAX_FILES) {
				diags_add(d, dir, 0, 0, _("more than %d files"), CATALOG_MAX_FILES);
				free(path);
				ok = false;
				for (size_t j = i + 1; j < nn; j++)
					free(names[j]);
				break;
			}
			xgrow((void **)out, cap, *n + 1, sizeof(**out));
			(*out)[(*n)++] = path;
		} else {
			free(path);
		}
	}
	free(names);
	return ok;
}

bool yaml_files_below(const char *dir, char ***out, size_t *n, struct diags *d)
{
	size_t cap = 0;
	*out = NULL;
	*n = 0;
	return walk(dir, 0, out, n, &cap, d);
}

/* A file's identity, whatever path reaches it: its device and inode. */
static bool file_id(const char *path, char *buf, size_t size)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return false;
	snprintf(buf, size, "%llx:%llx", (unsigned long long)st.st_dev,
		 (unsigned long long)st.st_ino);
	return true;
}

bool catalog_has_file(const struct catalog *cat, const char *path)
{
	char real[64];
	return file_id(path, real, sizeof(real)) && strmap_get(&cat->seen_files, real);
}

static bool mark_seen(struct catalog *cat, const char *path)
{
	char real[64];
	if (!file_id(path, real, sizeof(real)))
		return true; /* the open will report it */
	if (strmap_get(&cat->seen_files, real))
		return false;
	xgrow((void **)&cat->seen_paths, &cat->cap_seen, cat->n_seen + 1, sizeof(char *));
	char *copy = xstrdup(real);
	cat->seen_paths[cat->n_seen++] = copy;
	strmap_put(&cat->seen_files, copy, copy);
	return true;
}

/* Register the exercises and ladders of a file that read cleanly. */
static bool add_exercises(struct catalog *cat, struct yctx *c, struct exercise_file *f)
{
	bool ok = true;
	for (size_t i = 0; i < f->n_exercises; i++) {
		const struct exercise *prev = strmap_get(&cat->exercise_ids, f->exercises[i].id);
		if (prev) {
			struct srcpos p = f->exercises[i].pos;
			diags_add(c->d, p.path, p.line, p.col,
				  _("duplicate exercise id '%s' (also at %s:%d)"),
				  f->exercises[i].id, prev->pos.path, prev->pos.line);
			ok = false;
		}
		for (size_t j = 0; j < i; j++)
			if (strcmp(f->exercises[j].id, f->exercises[i].id) == 0) {
				struct srcpos p = f->exercises[i].pos;
				diags_add(c->d, p.path, p.line, p.col,
					  _("duplicate exercise id '%s' (also at line %d)"),
					  f->exercises[i].id, f->exercises[j].pos.line);
				ok = false;
			}
	}
	for (size_t i = 0; i < f->n_ladders; i++) {
		const struct ladder *prev = strmap_get(&cat->ladder_ids, f->ladders[i].id);
		if (prev) {
			struct srcpos p = f->ladders[i].pos;
			diags_add(c->d, p.path, p.line, p.col,
				  _("duplicate ladder id '%s' (also at %s:%d)"), f->ladders[i].id,
				  prev->pos.path, prev->pos.line);
			ok = false;
		}
		for (size_t j = 0; j < i; j++)
			if (strcmp(f->ladders[j].id, f->ladders[i].id) == 0) {
				struct srcpos p = f->ladders[i].pos;
				diags_add(c->d, p.path, p.line, p.col,
					  _("duplicate ladder id '%s' (also at line %d)"),
					  f->ladders[i].id, f->ladders[j].pos.line);
				ok = false;
			}
	}
	if (!ok)
		return false;
	for (size_t i = 0; i < f->n_exercises; i++) {
		xgrow((void **)&cat->exercises, &cat->cap_exercises, cat->n_exercises + 1,
		      sizeof(void *));
		cat->exercises[cat->n_exercises++] = &f->exercises[i];
		strmap_put(&cat->exercise_ids, f->exercises[i].id, &f->exercises[i]);
	}
	for (size_t i = 0; i < f->n_ladders; i++) {
		xgrow((void **)&cat->ladders, &cat->cap_ladders, cat->n_ladders + 1,
		      sizeof(void *));
		cat->ladders[cat->n_ladders++] = &f->ladders[i];
		strmap_put(&cat->ladder_ids, f->ladders[i].id, &f->ladders[i]);
	}
	return true;
}

bool catalog_add_file(struct catalog *cat, const char *path, struct diags *d)
{
	if (!mark_seen(cat, path))
		return true;
	cat->files_read++;
	struct ystream *s = xcalloc(1, sizeof(*s));
	size_t before = d->len;
	bool ok = ystream_load(s, path, d);
	/* the models go into the catalogue's arena; the tree goes when the file is read */
	struct yctx c;
	yctx_init(&c, arena_strdup(&cat->models, s->path), d, &cat->models);
	if (ok && s->n_docs != 1) {
		yerr(&c, s->n_docs ? s->docs[1] : NULL,
		     s->n_docs ? _("a catalogue file holds one document")
			       : _("file is empty (no YAML document in it)"));
		ok = false;
	}
	enum doc_kind kind = DOC_PROGRAM;
	if (ok && !doc_detect(&c, s->docs[0], &kind))
		ok = false;
	if (ok) {
		/* a problem found while reading (a duplicate key) keeps the file out too */
		bool clean = d->len == before;
		const struct ynode *root = s->docs[0];
		switch (kind) {
		case DOC_PROGRAM: {
			struct program *p = arena_alloc(&cat->models, sizeof(*p));
			ok = program_read(&c, root, p) && clean;
			if (!ok) {
				/* kept aside: its references are checked with the rest */
				xgrow((void **)&cat->rejected, &cat->cap_rejected,
				      cat->n_rejected + 1, sizeof(void *));
				cat->rejected[cat->n_rejected++] = p;
				break;
			}
			const struct program *prev = strmap_get(&cat->program_ids, p->id);
			if (prev) {
				yerr(&c, ynode_get(root, "id"),
				     _("duplicate program id '%s' (also in %s)"), p->id,
				     prev->pos.path);
				ok = false;
				break;
			}
			xgrow((void **)&cat->programs, &cat->cap_programs, cat->n_programs + 1,
			      sizeof(void *));
			cat->programs[cat->n_programs++] = p;
			strmap_put(&cat->program_ids, p->id, p);
			break;
		}
		case DOC_EXERCISES: {
			struct exercise_file *f = arena_alloc(&cat->models, sizeof(*f));
			ok = exercise_file_read(&c, root, f) && clean && add_exercises(cat, &c, f);
			break;
		}
		case DOC_POLICY: {
			struct policy pol;
			ok = policy_read(&c, root, &pol) && clean;
			if (ok) {
				/* a later policy (a --programs directory) replaces the bundled one
				 */
				cat->policy = pol;
				cat->has_policy = true;
			}
			break;
		}
		case DOC_CRISIS: {
			struct crisis cr;
			ok = crisis_read(&c, root, &cr) && clean;
			if (ok) {
				cat->crisis = cr;
				cat->has_crisis = true;
			}
			break;
		}
		case DOC_PROFILE:
		case DOC_SESSION:
		default:
			yerr(&c, root, _("a %s file does not belong in a program catalogue"),
			     _(doc_kind_names[kind]));
			ok = false;
			break;
		}
	}
	ystream_free(s);
	free(s);
	return ok && d->len == before;
}

bool catalog_add_dir(struct catalog *cat, const char *dir, struct diags *d)
{
	char **files;
	size_t n;
	bool ok = yaml_files_below(dir, &files, &n, d);
	for (size_t i = 0; i < n; i++) {
		ok &= catalog_add_file(cat, files[i], d);
		free(files[i]);
	}
	free(files);
	return ok;
}

const struct program *catalog_program(const struct catalog *cat, const char *id)
{
	return strmap_get(&cat->program_ids, id);
}

const struct exercise *catalog_exercise(const struct catalog *cat, const char *id)
{
	return strmap_get(&cat->exercise_ids, id);
}

const struct ladder *catalog_ladder(const struct catalog *cat, const char *id)
{
	return strmap_get(&cat->ladder_ids, id);
}

bool catalog_slot_seconds(const struct catalog *cat, const struct slot *s)
{
	const struct exercise *e = NULL;
	if (s->kind == SLOT_EXERCISE) {
		e = catalog_exercise(cat, s->ref);
	} else if (s->kind == SLOT_LADDER) {
		const struct ladder *l = catalog_ladder(cat, s->ref);
		e = l && l->n_steps ? catalog_exercise(cat, l->steps[0]) : NULL;
	}
	return e && e->seconds;
}

const char *catalog_slot_name(const struct catalog *cat, const struct slot *s)
{
	if (s->kind == SLOT_PATTERN)
		return pattern_names[s->pattern];
	if (s->kind == SLOT_LADDER) {
		const struct ladder *l = catalog_ladder(cat, s->ref);
		return l && l->name ? l->name : s->ref;
	}
	const struct exercise *e = catalog_exercise(cat, s->ref);
	return e ? e->name : s->ref;
}

const char *catalog_suggest_exercise(const struct catalog *cat, const char *id)
{
	const char **v = xcalloc(cat->n_exercises + 1, sizeof(*v));
	for (size_t i = 0; i < cat->n_exercises; i++)
		v[i] = cat->exercises[i]->id;
	const char *near = did_you_mean(id, v);
	free(v);
	return near;
}

const char *catalog_suggest_program(const struct catalog *cat, const char *id)
{
	const char **v = xcalloc(cat->n_programs + 1, sizeof(*v));
	for (size_t i = 0; i < cat->n_programs; i++)
		v[i] = cat->programs[i]->id;
	const char *near = did_you_mean(id, v);
	free(v);
	return near;
}

/* All exercise and ladder ids, for "did you mean". */
static const char **all_ids(const struct catalog *cat)
{
	const char **v = xcalloc(cat->n_exercises + cat->n_ladders + 1, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < cat->n_exercises; i++)
		v[k++] = cat->exercises[i]->id;
	for (size_t i = 0; i < cat->n_ladders; i++)
		v[k++] = cat->ladders[i]->id;
	return v;
}

static void equipment_list(unsigned bits, struct sbuf *b)
{
	int k = 0;
	for (int i = 0; i < EQ_COUNT; i++)
		if (bits & (1u << i))
			sbuf_printf(b, "%s%s", k++ ? ", " : "", equipment_names[i]);
}

static bool check_slot(struct catalog *cat, struct yctx *c, const struct program *p, struct slot *s,
		       const char ***ids)
{
	size_t before = yctx_errors(c);
	if (!s->ref_ok)
		return false; /* already reported where it was read */
	if (s->kind == SLOT_PATTERN) {
		bool any = false;
		for (size_t i = 0; i < cat->n_exercises && !any; i++) {
			const struct exercise *e = cat->exercises[i];
			any = e->pattern == s->pattern &&
			      !(e->equipment & ~p->equipment & ~(1u << EQ_BODYWEIGHT));
		}
		if (!any && p->equipment)
			yerr_at(c, s->ref_at,
				_("no exercise of pattern '%s' can be done with this program's "
				  "equipment"),
				pattern_names[s->pattern]);
		return yctx_errors(c) == before;
	}
	const struct exercise *e = catalog_exercise(cat, s->ref);
	const struct ladder *l = catalog_ladder(cat, s->ref);
	if (s->p.prog.model == PM_LADDER) {
		if (!l) {
			yerr_at(c, s->ref_at,
				_("'%s' is not a ladder, and the ladder model needs one"), s->ref);
			return false;
		}
		s->kind = SLOT_LADDER;
		return true;
	}
	if (!e && l) {
		s->kind = SLOT_LADDER;
		if (s->p.prog.model != PM_NONE)
			yerr_at(c, s->ref_at,
				_("'%s' is a ladder: it progresses with {model: ladder} (or none), "
				  "not %s"),
				s->ref, prog_model_names[s->p.prog.model]);
		return yctx_errors(c) == before;
	}
	if (!e) {
		if (!*ids)
			*ids = all_ids(cat);
		const char *near = did_you_mean(s->ref, *ids);
		if (near)
			yerr_at(c, s->ref_at, _("no exercise or ladder '%s' (did you mean '%s'?)"),
				s->ref, near);
		else
			yerr_at(c, s->ref_at, _("no exercise or ladder '%s' in the library"),
				s->ref);
		return false;
	}
	s->kind = SLOT_EXERCISE;
	unsigned missing = e->equipment & ~p->equipment & ~(1u << EQ_BODYWEIGHT);
	if (missing && p->equipment) {
		struct sbuf b = {0};
		equipment_list(missing, &b);
		yerr_at(c, s->ref_at,
			_("'%s' needs %s, which the program's 'equipment' does not list"), s->ref,
			sbuf_str(&b));
		sbuf_free(&b);
	}
	if (s->p.prog.model == PM_RIR && e->load != LOAD_EXTERNAL)
		yerr_at(c, s->ref_at,
			_("the rir model needs an exercise with an external load; '%s' is "
			  "%s"),
			s->ref, load_kind_names[e->load]);
	if (!e->seconds && s->p.reps_max > 100)
		yerr_at(c, s->p.reps_at.line ? s->p.reps_at : s->at,
			_("'reps' is %d; '%s' is counted in reps, at most 100"), s->p.reps_max,
			s->ref);
	return yctx_errors(c) == before;
}

/* Drop every exercise and ladder read from a file in bad (a set of paths). */
static void drop_files(struct catalog *cat, const struct strmap *bad)
{
	size_t k = 0;
	strmap_free(&cat->exercise_ids);
	for (size_t i = 0; i < cat->n_exercises; i++)
		if (!strmap_get(bad, cat->exercises[i]->pos.path)) {
			cat->exercises[k++] = cat->exercises[i];
			strmap_put(&cat->exercise_ids, cat->exercises[i]->id, cat->exercises[i]);
		}
	cat->n_exercises = k;
	k = 0;
	strmap_free(&cat->ladder_ids);
	for (size_t i = 0; i < cat->n_ladders; i++)
		if (!strmap_get(bad, cat->ladders[i]->pos.path)) {
			cat->ladders[k++] = cat->ladders[i];
			strmap_put(&cat->ladder_ids, cat->ladders[i]->id, cat->ladders[i]);
		}
	cat->n_ladders = k;
}

bool catalog_check(struct catalog *cat, struct diags *d)
{
	bool ok = true;
	const char **ids = NULL;
	struct strmap bad_files = {0};
	/* ladder steps must be exercises */
	for (size_t i = 0; i < cat->n_ladders; i++) {
		struct ladder *l = cat->ladders[i];
		struct yctx c;
		yctx_init(&c, l->pos.path, d, NULL);
		size_t before = yctx_errors(&c);
		for (size_t j = 0; j < l->n_steps; j++) {
			const struct exercise *e = catalog_exercise(cat, l->steps[j]);
			if (!e) {
				const char *near = catalog_suggest_exercise(cat, l->steps[j]);
				if (near)
					yerr_at(&c, l->step_at[j],
						_("ladder '%s' step '%s' is not an exercise (did "
						  "you "
						  "mean "
						  "'%s'?)"),
						l->id, l->steps[j], near);
				else
					yerr_at(&c, l->step_at[j],
						_("ladder '%s' step '%s' is not an exercise"),
						l->id, l->steps[j]);
				ok = false;
			} else if (e->pattern != l->pattern) {
				yerr_at(&c, l->step_at[j],
					_("ladder '%s' step '%s' is a %s exercise, but the ladder "
					  "is "
					  "%s"),
					l->id, l->steps[j], pattern_names[e->pattern],
					pattern_names[l->pattern]);
				ok = false;
			}
			if (yctx_errors(&c) != before)
				strmap_put(&bad_files, l->pos.path, l);
		}
	}
	/* a library file with a bad ladder adds nothing at all */
	if (bad_files.len)
		drop_files(cat, &bad_files);
	strmap_free(&bad_files);
	size_t kept = 0;
	for (size_t i = 0; i < cat->n_programs; i++) {
		struct program *p = cat->programs[i];
		struct yctx c;
		yctx_init(&c, p->pos.path, d, NULL);
		bool good = true;
		for (size_t j = 0; j < p->n_days; j++)
			for (size_t k = 0; k < p->days[j].n_slots; k++)
				good &= check_slot(cat, &c, p, &p->days[j].slots[k], &ids);
		if (good) {
			cat->programs[kept++] = p;
		} else {
			ok = false;
			strmap_free(&cat->program_ids);
		}
	}
	if (kept != cat->n_programs) {
		cat->n_programs = kept;
		for (size_t i = 0; i < kept; i++)
			strmap_put(&cat->program_ids, cat->programs[i]->id, cat->programs[i]);
	}
	for (size_t i = 0; i < cat->n_rejected; i++) {
		struct program *p = cat->rejected[i];
		struct yctx c;
		yctx_init(&c, p->pos.path, d, NULL);
		for (size_t j = 0; j < p->n_days; j++)
			for (size_t k = 0; k < p->days[j].n_slots; k++)
				check_slot(cat, &c, p, &p->days[j].slots[k], &ids);
	}
	/* each is checked once */
	cat->n_rejected = 0;
	free(ids);
	return ok;
}

void catalog_free(struct catalog *cat)
{
	if (!cat)
		return;
	arena_free(&cat->models);
	free(cat->programs);
	free(cat->rejected);
	free(cat->exercises);
	free(cat->ladders);
	strmap_free(&cat->program_ids);
	strmap_free(&cat->exercise_ids);
	strmap_free(&cat->ladder_ids);
	strmap_free(&cat->seen_files);
	for (size_t i = 0; i < cat->n_seen; i++)
		free(cat->seen_paths[i]);
	free(cat->seen_paths);
	memset(cat, 0, sizeof(*cat));
}

/* How well a slot matches a logged exercise: 3 the exercise itself, 2 a ladder
 * holding it, 1 its pattern, 0 not at all. */
static int slot_match(const struct catalog *cat, const struct slot *s, const char *exercise)
{
	const struct exercise *e = catalog_exercise(cat, exercise);
	if (s->kind == SLOT_EXERCISE)
		return s->ref && strcmp(s->ref, exercise) == 0 ? 3 : 0;
	if (s->kind == SLOT_LADDER) {
		const struct ladder *l = catalog_ladder(cat, s->ref);
		for (size_t i = 0; l && i < l->n_steps; i++)
			if (strcmp(l->steps[i], exercise) == 0)
				return 2;
		return 0;
	}
	return e && e->pattern == s->pattern ? 1 : 0;
}

const struct slot *program_find_slot(const struct program *p, const struct catalog *cat,
				     const char *day, const char *key, const char *exercise)
{
	char buf[80];
	if (key) {
		for (size_t i = 0; i < p->n_days; i++)
			for (size_t j = 0; j < p->days[i].n_slots; j++)
				if (strcmp(slot_key(&p->days[i].slots[j], buf, sizeof(buf)), key) ==
				    0)
					return &p->days[i].slots[j];
		return NULL;
	}
	const struct slot *best = NULL;
	int best_score = 0;
	for (int pass = 0; pass < 2 && !best; pass++) {
		/* first the day the session names, then any day */
		for (size_t i = 0; i < p->n_days; i++) {
			if (pass == 0 && (!day || strcmp(p->days[i].name, day) != 0))
				continue;
			for (size_t j = 0; j < p->days[i].n_slots; j++) {
				int m = slot_match(cat, &p->days[i].slots[j], exercise);
				if (m > best_score) {
					best_score = m;
					best = &p->days[i].slots[j];
				}
			}
		}
	}
	return best;
}
