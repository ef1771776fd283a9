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
	int band;	      /* the band used (-1) */
	double e1rm;	      /* best estimate from the sets */
	double e1rm_firm;     /* the same from sets near enough to failure (0 none) */
	double e1rm_floor;    /* what sets further off surely show (Hackett 2017), 0 none */
	int low_rir;	      /* the fewest reps in reserve logged (-1: none logged) */
	struct target target; /* what was prescribed (given false: not known) */
	bool careful;	      /* a low (hold) or anxious day */
	bool hold;	      /* a hold day: low, very sore, or the short session */
	bool distress;	      /* mood after the session below mood before */
	bool short_night;     /* the check-in's sleep was in the short-sleep band */
};

/* The sets of the first exercise done in the slot, the first `limit` of them
 * (a program's first set group: the back-off sets after it do not move it). */
static void summarise(const struct logged_session *s, const struct policy *pol, size_t limit,
		      struct done *d)
{
	memset(d, 0, sizeof(*d));
	d->band = d->low_rir = -1;
	d->min_reps = 1 << 30;
	d->min_load = 1e9;
	for (size_t i = 0; i < s->n_sets; i++) {
		const struct logged_set *x = &s->sets[i];
		if (!d->exercise)
			d->exercise = x->exercise;
		if (strcmp(x->exercise, d->exercise) != 0 || d->n >= limit)
			continue; /* the first exercise done in the slot is what counts */
		d->n++;
		if (x->target.given && !d->target.given)
			d->target = x->target;
		if (x->reps < d->min_reps)
			d->min_reps = x->reps;
		if (x->load > d->load)
			d->load = x->load;
		if (x->load < d->min_load)
			d->min_load = x->load;
		if (x->band > d->band)
			d->band = x->band;
		if (x->rir >= 0 && (d->low_rir < 0 || x->rir < d->low_rir))
			d->low_rir = x->rir;
		double e = e1rm_of_set(x->load, x->reps, x->rir, (int)pol->rir_model_max_reps_rts,
				       (int)pol->rir_model_epley_cap_reps);
		if (e > d->e1rm)
			d->e1rm = e;
		/* an estimate from a set near enough to failure: the chart's (RIR 0-4, 12
		 * reps or fewer), or Epley on the reps that were left up to firm_rir_max
		 * (Hackett 2017: RIR is judged to about a rep there), also past the chart's
		 * 12 reps, where the 10-rep cap would understate it; a set stopped further
		 * off only bounds the max */
		bool on_chart = x->reps <= pol->rir_model_max_reps_rts;
		double firm = x->rir < 0 || x->rir > pol->rir_model_firm_rir_max
				      ? 0
				      : e1rm_epley(x->load, x->reps + x->rir);
		/* the caps rest on it: the lower of the chart's and Epley's (at 12 reps the
		 * chart puts the max about 10% above Epley's) */
		if (firm > 0 && on_chart && x->rir <= 10 - RTS_RPE_MIN && e < firm)
			firm = e;
		if (firm > d->e1rm_firm)
			d->e1rm_firm = firm;
		/* a set further off: the reps left, less the error of judging them there */
		int left = x->rir - (int)pol->rir_model_far_rir_error;
		double floor = x->rir > pol->rir_model_firm_rir_max && left > 0
				       ? e1rm_epley(x->load, x->reps + left)
				       : 0;
		if (floor > d->e1rm_floor)
			d->e1rm_floor = floor;
	}
	if (!d->n) {
		d->min_reps = 0;
		d->min_load = 0;
	}
	d->hold = s->hold;
	d->careful = s->hold || (s->readiness && strcmp(s->readiness, "anxious") == 0);
	d->distress = s->mood_after > 0 && s->checkin.given && s->mood_after < s->checkin.mood;
	d->short_night = s->checkin.given && s->checkin.sleep >= pol->short_sleep_from_h &&
			 s->checkin.sleep <= pol->short_sleep_to_h;
}

enum verdict progression_verdict(int logged_sets, int min_reps, int low_rir, int want_sets,
				 int want_reps, int rir_floor)
{
	if (logged_sets < want_sets)
		return V_SHORT;
	if (low_rir >= 0 && low_rir < rir_floor)
		return V_EFFORT;
	return min_reps < want_reps ? V_REPS : V_MET;
}

static void set_exercise(struct slot_state *st, const char *id)
{
	snprintf(st->exercise, sizeof(st->exercise), "%s", id);
}

/* The next makeable load below x (x itself when none is lighter). */
static double step_down(const struct loadset *ls, double x)
{
	double best = x;
	for (size_t i = 0; i < ls->n; i++)
		if (ls->v[i] < x - EPS)
			best = ls->v[i];
	return best;
}

double progression_step_up(const struct loadset *ls, const struct slot_params *sp,
			   const struct policy *pol, double x)
{
	if (ls->tool == TOOL_BAND)
		return load_next_up(ls, x);
	double inc = sp->prog.increment;
	double pct = x * pol->progression_increment_pct / 100;
	if (sp->prog.model == PM_DOUBLE && pct > 0 && pct < inc)
		inc = pct;
	return load_round_up(ls, x + inc);
}

/* Double progression with weights: is the step from x to next more than the
 * policy's max_jump_pct, with the rep range not yet longer for it? */
static bool too_big_a_jump(const struct loadset *ls, const struct slot_params *sp,
			   const struct policy *pol, const struct slot_state *st, double x,
			   double next)
{
	return sp->prog.model == PM_DOUBLE && ls->tool != TOOL_BAND && x > 0 &&
	       pol->progression_extend_reps > 0 && st->extra_reps < pol->progression_extend_reps &&
	       next - x > x * pol->progression_max_jump_pct / 100 + EPS;
}

/* Double progression: may the range grow (policy extend_reps) before, or
 * instead of, a heavier load?  Not once it has grown. */
static bool may_extend(const struct slot_params *sp, const struct policy *pol,
		       const struct slot_state *st)
{
	return sp->prog.model == PM_DOUBLE && pol->progression_extend_reps > 0 &&
	       st->extra_reps < pol->progression_extend_reps;
}

/* The fewest reps a set may have under the person's health limits (0: any). */
static int health_min_reps(const struct profile *prof, const struct policy *pol)
{
	int n = prof->hypertension ? (int)pol->hypertension_min_reps : 0;
	if (!prof->parq_cleared && pol->parq_min_reps > n)
		n = (int)pol->parq_min_reps;
	return n;
}

/* Double and linear progression after a session that missed its target. */
static double missed(const struct loadset *ls, const struct slot_params *sp,
		     const struct policy *pol, const struct done *d, enum verdict v, double working,
		     struct slot_state *st)
{
	double next = working;
	if (sp->prog.model == PM_LINEAR) {
		st->failures++;
		st->outcome = v == V_SHORT ? OUT_SHORT : v == V_EFFORT ? OUT_EFFORT : OUT_FAILED;
		if (st->failures >= sp->prog.fail_limit) {
			next = ls->tool == TOOL_BAND
				       ? working
				       : load_round_down(ls, working * (1 - sp->prog.deload));
			st->failures = 0;
			st->outcome = OUT_DELOADED;
		}
		return next;
	}
	int bottom = d->target.given ? d->target.reps_min : sp->reps_min;
	st->under = d->min_reps < bottom ? st->under + 1 : 0;
	st->outcome = v == V_SHORT ? OUT_SHORT : v == V_EFFORT ? OUT_EFFORT : OUT_KEPT;
	if (st->under >= (int)pol->progression_double_under_limit) {
		next = step_down(ls, working);
		st->under = 0;
		if (next < working - EPS) {
			st->outcome = OUT_DOWN;
			st->extra_reps = 0; /* a lighter load: the program's range again */
		}
	}
	return next;
}

/* The estimates of the max after a session (not for bands). */
static void update_e1rm(struct slot_state *st, const struct done *d)
{
	if (d->e1rm > 0)
		st->e1rm = d->e1rm;
	double bound = d->e1rm > d->e1rm_floor ? d->e1rm : d->e1rm_floor;
	if (d->e1rm_firm > 0)
		st->e1rm_firm = d->e1rm_firm;
	else if (st->e1rm_firm > 0 && bound > st->e1rm_firm)
		st->e1rm_firm = bound; /* a lower bound above the old estimate outdates it: sets
					* kept far from failure by a cap still move it on */
}

/* The top of the range a session was asked for. */
static int top_of(const struct done *d, const struct slot_params *sp)
{
	return d->target.given && d->target.reps_max > 0 ? d->target.reps_max : sp->reps_max;
}

/* What was prescribed for the session, kept for its reason, and how the
 * session compares with it. */
static enum verdict judge(const struct profile *prof, const struct slot_params *sp,
			  const struct policy *pol, const struct done *d, struct slot_state *st)
{
	st->logged_sets = (int)d->n;
	st->target_sets = d->target.given && d->target.sets > 0 ? d->target.sets : sp->sets;
	st->rir_floor = d->target.given ? d->target.rir : sp->rir;
	st->low_rir = d->low_rir;
	int top = top_of(d, sp);
	if (d->careful) {
		/* reps above the range on an anxious day are a choice, not the target */
		int in_range = sp->reps_max > health_min_reps(prof, pol)
				       ? sp->reps_max
				       : health_min_reps(prof, pol);
		top = top < in_range ? top : in_range;
	}
	return progression_verdict(st->logged_sets, d->min_reps, d->low_rir, st->target_sets, top,
				   st->rir_floor);
}

/* The step after a session done as prescribed from working: the next load
 * up; the longer range first when that is too big a jump, or when there is
 * nothing heavier at all (the reps are the progress then); at the top of the
 * longer range with nothing heavier, the same load (OUT_TOP). */
static double step_on(const struct loadset *ls, const struct slot_params *sp,
		      const struct policy *pol, struct slot_state *st, double working)
{
	double next = progression_step_up(ls, sp, pol, working);
	st->failures = st->under = 0;
	if (next <= working + EPS) {
		st->outcome = OUT_TOP;
		if (may_extend(sp, pol, st)) {
			st->extra_reps = (int)pol->progression_extend_reps;
			st->outcome = OUT_NO_HEAVIER;
		}
		return working;
	}
	if (too_big_a_jump(ls, sp, pol, st, working, next)) {
		/* reps before a jump of more than max_jump_pct: the range grows first */
		st->extra_reps = (int)pol->progression_extend_reps;
		st->outcome = OUT_EXTENDED;
		return working;
	}
	st->outcome = OUT_UP;
	st->jumped_top = st->extra_reps > 0 ? sp->reps_max : 0;
	st->extra_reps = 0; /* reps back to the bottom of the program's range */
	return next;
}

/* The next working load of double and linear progression after a session
 * judged v, at target (what was asked that day) against working; fresh: the
 * session seeded the slot (a calibration set met moves on at once). */
static double next_load(const struct loadset *ls, const struct slot_params *sp,
			const struct policy *pol, const struct done *d, enum verdict v,
			double target, double working, bool fresh, struct slot_state *st)
{
	bool lighter = target < working - EPS; /* a rule (or a held step) made it lighter */
	if (v == V_MET && d->careful && lighter) {
		/* the load held back on an anxious or low day, done in full */
		st->steady += !d->distress;
		st->outcome = OUT_CAREFUL;
		return working;
	}
	if (v == V_MET && !lighter && d->hold) {
		/* a hold day done in full at the load asked: on its own it moves nothing
		 * (coaching-rules.md: a low day is a hold), but it is one of the careful
		 * days done in full that take the step (1.1); the count is of this load */
		double last = ls->tool == TOOL_BAND ? st->prev_band : st->prev_load;
		int need = (int)pol->progression_careful_days;
		st->steady =
			(fabs(last - working) <= EPS && !fresh ? st->steady : 0) + !d->distress;
		if (st->steady < need) {
			st->outcome = OUT_HELD;
			return working;
		}
		double next = step_on(ls, sp, pol, st, working);
		if (st->outcome == OUT_UP)
			st->outcome = OUT_HELD_UP; /* steady stays: a careful day after takes it */
		else if (st->outcome != OUT_TOP)
			st->steady = 0; /* a longer range is a step too: N more for the next */
		return next;
	}
	if (v == V_MET && !lighter) {
		double next = step_on(ls, sp, pol, st, working);
		st->steady = d->careful && !d->distress; /* an anxious day counts as the first */
		return next;
	}
	if (v != V_MET && !d->careful && !lighter)
		return missed(ls, sp, pol, d, v, working, st);
	if (fresh)
		return working;
	/* a lighter day, or an anxious or low one: nothing counts against anyone; a short
	 * night done in full at its lighter load shows short nights go well */
	if (lighter && d->short_night && !d->careful)
		st->short_ok = v == V_MET ? st->short_ok + 1 : 0;
	st->outcome = v == V_SHORT    ? OUT_SHORT
		      : v == V_EFFORT ? OUT_EFFORT
		      : v == V_MET    ? OUT_LIGHTER
				      : OUT_KEPT;
	return working;
}

/* One session of an external-load or band exercise. */
static void step_loaded(const struct exercise *e, const struct profile *prof,
			const struct slot_params *sp, const struct policy *pol,
			const struct done *d, struct slot_state *st)
{
	struct loadset ls;
	loadset_for(&ls, e, prof);
	bool band = ls.tool == TOOL_BAND;
	double used = band ? d->band : d->min_load;
	double working = band ? st->band : st->load;
	bool fresh = !st->known || strcmp(st->exercise, e->id) != 0 ||
		     (band ? st->band < 0 : st->load <= 0);
	if (!band)
		update_e1rm(st, d);
	if (fresh) {
		/* the first time (a calibration set) or a new exercise: what was done seeds it */
		set_exercise(st, e->id);
		working = used;
		st->failures = st->under = st->steady = st->extra_reps = 0;
		st->outcome = OUT_SEEDED;
	}
	/* what was asked for that day (a calibration set: whatever load it finds) */
	double target = d->target.given ? (band ? d->target.band : d->target.load) : working;
	if ((target <= 0 && !band) || fresh)
		target = working;
	struct slot_params longer = *sp;
	if (sp->prog.model == PM_DOUBLE)
		longer.reps_max += st->extra_reps; /* the range grown: a big jump, or none */
	sp = &longer;
	enum verdict v = judge(prof, sp, pol, d, st);
	double next = working;
	if (fresh && !band && d->load > d->min_load + EPS) {
		/* a calibration worked up through several loads: the working load from the
		 * estimate of its sets near failure (coaching-rules.md 1.1), else the heaviest */
		next = d->e1rm_firm > 0
			       ? load_round_down(&ls, load_for_reps(d->e1rm_firm, top_of(d, sp),
								    st->rir_floor))
			       : d->load;
		st->outcome = d->e1rm_firm > 0 ? OUT_CALIBRATED : OUT_SEEDED;
		if (d->e1rm_firm <= 0)
			next = next_load(&ls, sp, pol, d, v, next, next, fresh, st);
	} else if (!fresh && used < target - EPS) {
		st->outcome = v == V_MET ? OUT_LIGHTER : OUT_KEPT; /* done lighter than asked */
	} else if (sp->prog.model != PM_DOUBLE && sp->prog.model != PM_LINEAR) {
		next = used; /* rir, none: the load follows what was done */
		if (!fresh)
			st->outcome = OUT_KEPT;
	} else {
		next = next_load(&ls, sp, pol, d, v, target, working, fresh, st);
	}
	if (band) {
		st->prev_band = (int)used;
		st->band = (int)next;
	} else {
		/* a calibrated load is where the person starts, not a step up from the lightest */
		st->prev_load = st->outcome == OUT_CALIBRATED ? next : used;
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

/* Another exercise done in a slot whose own lift has a progression: that
 * progression waits where it was, unless the stand-in has become the rule. */
static bool stood_in(const struct slot *s, struct slot_state *st, const char *done,
		     const struct policy *pol)
{
	if (s->kind != SLOT_EXERCISE || !st->known || strcmp(st->exercise, s->ref) != 0 ||
	    strcmp(done, s->ref) == 0)
		return false;
	return ++st->swaps < (int)pol->progression_swap_sessions_kept;
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

/* After a gap longer than the policy's, the working load starts lower
 * (Mujika & Padilla 2001). */
static void after_gap(const struct exercise *e, const struct profile *prof,
		      const struct policy *pol, int date, struct slot_state *st)
{
	if (!st->known || st->last_date < 0 || st->load <= 0)
		return;
	int gap = date - st->last_date;
	double f = gap > pol->long_time_off_gap_days ? pol->long_time_off_load_factor
		   : gap > pol->time_off_gap_days    ? pol->time_off_load_factor
						     : 1;
	if (f >= 1)
		return;
	struct loadset lset;
	loadset_for(&lset, e, prof);
	st->load = load_round_down(&lset, st->load * f);
	loadset_free(&lset);
}

/* A deload week, or a hold of a bodyweight exercise: trained, but it neither
 * moves on nor fails; still, a first one tells the load to start from. */
static void rested(const struct exercise *e, const struct logged_session *ls, const struct done *d,
		   struct slot_state *st)
{
	st->last_date = ls->date;
	if (st->known) {
		/* a step up a ladder held on a hold day is still due on the next */
		if (ls->deload || st->outcome != OUT_RUNG_UP)
			st->outcome = ls->deload ? OUT_RESTED : OUT_KEPT;
		return;
	}
	set_exercise(st, e->id);
	st->load = st->prev_load = d->load;
	st->band = st->prev_band = d->band;
	st->known = true;
	st->outcome = OUT_SEEDED;
}

void progression_apply(const struct catalog *cat, const struct profile *prof,
		       const struct program *prog, const struct slot *s,
		       const struct logged_list *sessions, struct slot_state *st)
{
	const struct policy *pol = &cat->policy;
	for (size_t i = 0; i < sessions->n; i++) {
		const struct logged_session *ls = &sessions->v[i];
		int week = ls->week > 0 ? ls->week : schedule_week(prof, ls->date);
		struct slot_params sp = program_slot_week(prog, s, week > 0 ? week : 1);
		size_t limit = sp.n_groups ? (size_t)sp.groups[0].sets : (size_t)-1;
		struct done d;
		summarise(ls, pol, limit, &d);
		if (sp.n_groups) {
			/* the first group progresses; the others follow its load */
			sp.sets = sp.groups[0].sets;
			if (d.target.given && d.target.sets > sp.sets)
				d.target.sets = sp.sets;
		}
		const struct exercise *e = d.n ? catalog_exercise(cat, d.exercise) : NULL;
		if (!e)
			continue; /* nothing done, or an exercise no longer in the library */
		after_gap(e, prof, pol, ls->date, st);
		bool loaded = e->load == LOAD_EXTERNAL || e->load == LOAD_BAND;
		if (ls->deload || (ls->hold && !loaded)) {
			rested(e, ls, &d, st);
			continue;
		}
		if (stood_in(s, st, d.exercise, pol)) {
			st->last_date = ls->date;
			st->outcome = OUT_SWAPPED;
			continue;
		}
		st->swaps = 0;
		if (loaded)
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

bool progression_rebuild(struct store *st, const struct catalog *cat, const struct profile *prof,
			 const char *program)
{
	if (!program)
		return true;
	if (!store_clear_state(st, program))
		return false;
	const struct program *prog = catalog_program(cat, program);
	return !prog || !prof || progression_update(st, cat, prof, prog, -1);
}
