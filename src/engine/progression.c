#include "coach/progression.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "coach/loads.h"
#include "coach/schedule.h"
#include "coach/strength.h"

static const double EPS = 1e-6;

int progression_start_rung(const struct profile *prof, const struct ladder *l)
{
	if (!l || l->n_steps == 0)
		return 0;
	switch (prof->level) {
	case LEVEL_INTERMEDIATE:
		return (int)(l->n_steps * 6 / 10);
	case LEVEL_ADVANCED:
		return (int)l->n_steps - 1;
	default:
		return 0;
	}
}

static int ladder_index(const struct ladder *l, const char *exercise)
{
	for (size_t i = 0; l && i < l->n_steps; i++)
		if (strcmp(l->steps[i], exercise) == 0)
			return (int)i;
	return -1;
}

/* The sets of one session, and what they add up to. */
struct done {
	const char *exercise;
	size_t n;
	int min_reps; /* the fewest reps of any set */
	double load;  /* the heaviest load used (0 bodyweight) */
	double min_load;
	int band;    /* the band used (-1) */
	double e1rm; /* best estimate from the sets */
};

static void summarise(const struct logged_session *s, const struct policy *pol, struct done *d)
{
	memset(d, 0, sizeof(*d));
	d->band = -1;
	d->min_reps = 1 << 30;
	d->min_load = 1e9;
	for (size_t i = 0; i < s->n_sets; i++) {
		const struct logged_set *x = &s->sets[i];
		if (!d->exercise)
			d->exercise = x->exercise;
		if (strcmp(x->exercise, d->exercise) != 0)
			continue; /* the first exercise done in the slot is what counts */
		d->n++;
		if (x->reps < d->min_reps)
			d->min_reps = x->reps;
		if (x->load > d->load)
			d->load = x->load;
		if (x->load < d->min_load)
			d->min_load = x->load;
		if (x->band > d->band)
			d->band = x->band;
		double e = e1rm_of_set(x->load, x->reps, x->rir, (int)pol->rir_model_max_reps_rts,
				       (int)pol->rir_model_epley_cap_reps);
		if (e > d->e1rm)
			d->e1rm = e;
	}
	if (!d->n) {
		d->min_reps = 0;
		d->min_load = 0;
	}
}

static void set_exercise(struct slot_state *st, const char *id)
{
	snprintf(st->exercise, sizeof(st->exercise), "%s", id);
}

/* One session of an external-load or band exercise. */
static void step_loaded(const struct exercise *e, const struct profile *prof,
			const struct slot_params *sp, const struct policy *pol,
			const struct done *d, struct slot_state *st)
{
	struct loadset ls;
	loadset_for(&ls, e, prof);
	bool band = ls.tool == TOOL_BAND;
	double used = band ? d->band : d->load;
	double working = band ? st->band : st->load;
	bool fresh = !st->known || strcmp(st->exercise, e->id) != 0 ||
		     (band ? st->band < 0 : st->load <= 0);
	if (d->e1rm > 0 && !band)
		st->e1rm = d->e1rm;
	if (fresh) {
		/* the first time (a calibration set) or a new exercise: what was done seeds it */
		set_exercise(st, e->id);
		working = used;
		st->failures = 0;
		st->outcome = OUT_SEEDED;
	}
	bool at_load = (band ? d->band : d->min_load) >= working - EPS;
	bool all_top = d->min_reps >= sp->reps_max;
	double next = working;
	if (!at_load && !fresh) {
		st->outcome = OUT_KEPT; /* done lighter than prescribed: nothing changes */
	} else {
		switch (sp->prog.model) {
		case PM_DOUBLE:
		case PM_LINEAR:
			if (all_top) {
				next = band ? load_next_up(&ls, working)
					    : load_round_up(&ls, working + sp->prog.increment);
				if (next <= working + EPS)
					st->outcome = OUT_TOP; /* nothing heavier to move to */
				else
					st->outcome = OUT_UP;
				st->failures = 0;
			} else if (sp->prog.model == PM_LINEAR) {
				st->failures++;
				st->outcome = OUT_FAILED;
				if (st->failures >= sp->prog.fail_limit) {
					next = band ? working
						    : load_round_down(
							      &ls, working * (1 - sp->prog.deload));
					st->failures = 0;
					st->outcome = OUT_DELOADED;
				}
			} else if (!fresh) {
				st->outcome = OUT_KEPT;
			}
			break;
		case PM_RIR:
		case PM_NONE:
		default:
			next = used; /* the load follows what was done */
			if (!fresh)
				st->outcome = OUT_KEPT;
			break;
		}
	}
	if (band) {
		st->prev_band = d->band;
		st->band = (int)next;
	} else {
		st->prev_load = used;
		st->load = next;
	}
	loadset_free(&ls);
}

/* One session of a bodyweight or timed exercise (ladders climb here). */
static void step_bodyweight(const struct catalog *cat, const struct slot *s,
			    const struct slot_params *sp, const struct done *d,
			    struct slot_state *st)
{
	const struct ladder *l = s->kind == SLOT_LADDER ? catalog_ladder(cat, s->ref) : NULL;
	int idx = ladder_index(l, d->exercise);
	if (!st->known || strcmp(st->exercise, d->exercise) != 0) {
		set_exercise(st, d->exercise);
		st->extra_reps = 0;
		st->outcome = OUT_SEEDED;
		if (idx >= 0)
			st->rung = idx;
	}
	int target = sp->reps_max + st->extra_reps;
	if (!l || sp->prog.model != PM_LADDER) {
		st->outcome = d->min_reps >= sp->reps_max ? OUT_TOP : OUT_KEPT;
		return;
	}
	if (d->min_reps < target) {
		st->outcome = OUT_KEPT;
		return;
	}
	if (idx >= 0 && idx + 1 < (int)l->n_steps) {
		st->rung = idx + 1;
		set_exercise(st, l->steps[idx + 1]);
		st->extra_reps = 0;
		st->outcome = OUT_RUNG_UP;
	} else {
		st->extra_reps++; /* the last rung: keep adding reps */
		st->outcome = OUT_MORE_REPS;
	}
}

void progression_replay(const struct catalog *cat, const struct profile *prof,
		     const struct program *prog, const struct slot *s,
		     const struct logged_list *sessions, struct slot_state *st)
{
	memset(st, 0, sizeof(*st));
	st->band = st->prev_band = -1;
	st->last_date = -1;
	progression_apply(cat, prof, prog, s, sessions, st);
}

void progression_apply(const struct catalog *cat, const struct profile *prof,
		    const struct program *prog, const struct slot *s,
		    const struct logged_list *sessions, struct slot_state *st)
{
	const struct policy *pol = &cat->policy;
	for (size_t i = 0; i < sessions->n; i++) {
		const struct logged_session *ls = &sessions->v[i];
		struct done d;
		summarise(ls, pol, &d);
		if (!d.n)
			continue;
		const struct exercise *e = catalog_exercise(cat, d.exercise);
		if (!e)
			continue; /* an exercise no longer in the library */
		/* after a long gap the working load starts lower (Mujika & Padilla 2001) */
		if (st->known && st->last_date >= 0) {
			int gap = ls->date - st->last_date;
			double f = gap > pol->long_time_off_gap_days
					   ? pol->long_time_off_load_factor
				   : gap > pol->time_off_gap_days ? pol->time_off_load_factor
								  : 1;
			if (f < 1 && st->load > 0) {
				struct loadset lset;
				loadset_for(&lset, e, prof);
				st->load = load_round_down(&lset, st->load * f);
				loadset_free(&lset);
			}
		}
		if (ls->hold || ls->deload) {
			st->last_date = ls->date; /* trained, but it neither moves on nor fails */
			if (!st->known) {
				/* still, what was done tells the load to start from */
				set_exercise(st, e->id);
				st->load = st->prev_load = d.load;
				st->band = st->prev_band = d.band;
				st->known = true;
				st->outcome = OUT_SEEDED;
			} else {
				st->outcome = OUT_KEPT;
			}
			continue;
		}
		int week = ls->week > 0 ? ls->week : schedule_week(prof, ls->date);
		struct slot_params sp = program_slot_week(prog, s, week > 0 ? week : 1);
		if (e->load == LOAD_EXTERNAL || e->load == LOAD_BAND)
			step_loaded(e, prof, &sp, pol, &d, st);
		else
			step_bodyweight(cat, s, &sp, &d, st);
		st->known = true;
		st->last_date = ls->date;
		st->sessions++;
	}
}

bool progression_update(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct program *prog, int since)
{
	char key[80];
	for (size_t i = 0; i < prog->n_days; i++) {
		for (size_t j = 0; j < prog->days[i].n_slots; j++) {
			const struct slot *s = &prog->days[i].slots[j];
			slot_key(s, key, sizeof(key));
			/* a key on several days is replayed once, for its first slot */
			bool seen = false;
			char other[80];
			for (size_t a = 0; a <= i && !seen; a++)
				for (size_t b = 0; b < prog->days[a].n_slots; b++) {
					if (a == i && b == j)
						break;
					if (strcmp(slot_key(&prog->days[a].slots[b], other,
							    sizeof(other)),
						   key) == 0) {
						seen = true;
						break;
					}
				}
			if (seen)
				continue;
			struct slot_state state;
			if (!store_get_state(st, prog->id, key, &state))
				return false;
			/* only what is new, when it all comes after what the state has seen */
			bool onward = since >= 0 && state.known && state.last_date < since;
			struct logged_list l;
			if (!store_slot_sessions(st, prog->id, key, onward ? state.last_date : -1,
						 &l))
				return false;
			if (onward)
				progression_apply(cat, prof, prog, s, &l, &state);
			else
				progression_replay(cat, prof, prog, s, &l, &state);
			logged_list_free(&l);
			if (state.known && !store_put_state(st, prog->id, key, &state))
				return false;
		}
	}
	return true;
}
