/* rx.c - the prescription engine: a pipeline of pure stages over a history
 * read once (history.h).  readiness -> the day's factors -> for each slot:
 * choice, volume, load -> the time budget; each change says why.  The order
 * of the rules follows coaching-rules.md. */
#include "coach/rx.h"

#include "coach/experiment.h"

#include <math.h>
#include <stdlib.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/history.h"
#include "coach/i18n.h"
#include "coach/progression.h"
#include "coach/schedule.h"
#include "coach/questionnaire.h"
#include "coach/recommend.h"
#include "coach/strength.h"
#include "coach/yemit.h"

const char *const readiness_names[] = {N_("normal"), N_("low"), N_("anxious"), N_("good"), NULL};

static const double EPS = 1e-6;

static void reason(struct readiness *r, const char *fmt, ...) COACH_PRINTF(2, 3);
static void reason(struct readiness *r, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	LINES_VADDF(r->reasons, &r->n_reasons, fmt, ap);
	va_end(ap);
}

static void low_reason(struct readiness *r, const char *fmt, ...) COACH_PRINTF(2, 3);
static void low_reason(struct readiness *r, const char *fmt, ...)
{
	size_t n = strlen(r->low_why);
	if (n == 0)
		n = (size_t)snprintf(r->low_why, sizeof(r->low_why), _("you said "));
	else if (n < sizeof(r->low_why))
		n += (size_t)snprintf(r->low_why + n, sizeof(r->low_why) - n, ", ");
	if (n >= sizeof(r->low_why))
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->low_why + n, sizeof(r->low_why) - n, fmt, ap);
	va_end(ap);
}

static const char *hours(double h, char *buf, size_t size)
{
	return num_text(h, buf, size);
}

void readiness_of(const struct checkin *ck, const struct policy *pol, struct readiness *r)
{
	memset(r, 0, sizeof(*r));
	r->band = RB_NORMAL;
	if (!ck->given) {
		reason(r, _("no check-in today"));
		return;
	}
	r->checked_in = true;
	char h[16];
	if (ck->mood <= pol->low_mood_max) {
		r->low = true;
		reason(r, _("mood %d/5"), ck->mood);
		low_reason(r, _("mood %d/5"), ck->mood);
	}
	if (ck->energy <= pol->low_energy_max) {
		r->low = true;
		reason(r, _("energy %d/5"), ck->energy);
		low_reason(r, _("energy %d/5"), ck->energy);
	}
	if (ck->sleep < pol->low_sleep_below_h) {
		r->low = true;
		reason(r, _("slept %s h"), hours(ck->sleep, h, sizeof(h)));
		low_reason(r, _("%s h of sleep"), hours(ck->sleep, h, sizeof(h)));
	}
	if (ck->anxiety >= pol->anxious_anxiety_min) {
		r->anxious = true;
		reason(r, _("anxiety %d/5"), ck->anxiety);
		snprintf(r->anxious_why, sizeof(r->anxious_why), _("you said anxiety %d/5"),
			 ck->anxiety);
	}
	if (ck->soreness >= pol->soreness_min) {
		r->sore = true;
		reason(r, _("soreness %d/5"), ck->soreness);
		snprintf(r->sore_why, sizeof(r->sore_why), _("you said soreness %d/5"),
			 ck->soreness);
	}
	if (ck->sleep >= pol->short_sleep_from_h && ck->sleep <= pol->short_sleep_to_h) {
		r->short_sleep = true;
		reason(r, _("slept %s h"), hours(ck->sleep, h, sizeof(h)));
	}
	r->good = !r->low && !r->anxious && ck->mood >= pol->good_mood_min &&
		  ck->energy >= pol->good_energy_min && ck->anxiety <= pol->good_anxiety_max &&
		  ck->sleep >= pol->good_sleep_min_h;
	if (r->low)
		r->band = RB_LOW;
	else if (r->anxious)
		r->band = RB_ANXIOUS;
	else if (r->good)
		r->band = RB_GOOD;
	if (r->good)
		reason(r, _("mood %d/5, energy %d/5, anxiety %d/5, slept %s h"), ck->mood,
		       ck->energy, ck->anxiety, hours(ck->sleep, h, sizeof(h)));
	if (r->n_reasons == 0)
		reason(r, _("mood %d/5, energy %d/5, anxiety %d/5"), ck->mood, ck->energy,
		       ck->anxiety);
}

bool readiness_is_hold(const struct readiness *r)
{
	return r->low || r->sore;
}

const char *hold_day_words(bool past)
{
	/* on its own: done in full, it is one of the careful days a step up takes
	 * (progression.careful_days), so "neither moves you on" was not true */
	return past ? _("a hold day: on its own it did not move you on, and nothing in it "
			"counted against you")
		    : _("a hold day: on its own it does not move you on, and nothing in it "
			"counts against you");
}

bool rx_can_do(const struct profile *prof, const struct exercise *e)
{
	if (e->equipment & ~profile_equipment(prof))
		return false;
	for (size_t i = 0; i < prof->n_dislikes; i++)
		if (strcmp(prof->dislikes[i], e->id) == 0)
			return false;
	/* a band exercise needs at least one band, a weight exercise some weight */
	return true;
}

static bool disliked(const struct profile *prof, const char *id)
{
	for (size_t i = 0; i < prof->n_dislikes; i++)
		if (strcmp(prof->dislikes[i], id) == 0)
			return true;
	return false;
}

void rx_breathing(const struct exercise *e, const int *tempo, int tempo_n, bool hypertension,
		  char *buf, size_t size)
{
	if (e->seconds || e->pattern == PAT_CARRY || e->pattern == PAT_BALANCE) {
		snprintf(buf, size,
			 _("Breathe slowly and steadily the whole time: in through your "
			   "nose, out through your mouth. Never hold your breath.%s"),
			 hypertension ? _(" Stop if you feel light-headed.") : "");
		return;
	}
	int down = tempo_n > 0 ? tempo[0] : 2, up = tempo_n > 2 ? tempo[2] : 2;
	snprintf(buf, size,
		 _("Exhale as you %s (%d s); inhale as you %s (%d s). Don't hold your "
		   "breath.%s"),
		 e->effort, up, e->ret, down,
		 hypertension ? _(" Breathe out on every effort, every rep.") : "");
}

/* --- choosing the exercise ---------------------------------------------- */

/* The ladder (if any) that holds exercise id. */
static const struct ladder *ladder_of(const struct catalog *cat, const char *id, int *index)
{
	for (size_t i = 0; i < cat->n_ladders; i++)
		for (size_t j = 0; j < cat->ladders[i]->n_steps; j++)
			if (strcmp(cat->ladders[i]->steps[j], id) == 0) {
				*index = (int)j;
				return cat->ladders[i];
			}
	return NULL;
}

/* The doable step nearest to `want`, lower steps first; -1 when none. */
static int nearest_step(const struct catalog *cat, const struct profile *prof,
			const struct ladder *l, int want)
{
	for (int d = 0; d < (int)l->n_steps; d++)
		for (int sign = -1; sign <= 1; sign += 2) {
			int i = want + sign * d;
			if (i < 0 || i >= (int)l->n_steps)
				continue;
			const struct exercise *e = catalog_exercise(cat, l->steps[i]);
			if (e && rx_can_do(prof, e))
				return i;
		}
	return -1;
}

/* The joint action an exercise trains: its own, or its pattern's. */
static const char *action_of(const struct exercise *e)
{
	return e->action ? e->action : pattern_names[e->pattern];
}

/* Beginners, older adults (by age, or the program is for them) and people
 * with high blood pressure never get a jumping or high-cardio stand-in
 * (review U4). */
static bool guarded(const struct catalog *cat, const struct profile *prof)
{
	if (prof->level == LEVEL_BEGINNER || prof->hypertension ||
	    prof->age >= cat->policy.older_age_from)
		return true;
	const struct program *p = prof->program ? catalog_program(cat, prof->program) : NULL;
	for (size_t i = 0; p && i < p->n_goals; i++)
		if (strcmp(p->goals[i], "older-adult") == 0)
			return true;
	return false;
}

/* Can c stand in for e (NULL: for a pattern slot of pattern pat)?  The same
 * pattern and joint action, doable, and safe for this person. */
static bool fits(const struct catalog *cat, const struct profile *prof, enum pattern pat,
		 const struct exercise *e, const struct exercise *c)
{
	if (c == e || c->pattern != pat || !rx_can_do(prof, c))
		return false;
	if (e && strcmp(action_of(e), action_of(c)) != 0)
		return false;
	if ((c->demands & ~(e ? e->demands : 0u)) && guarded(cat, prof))
		return false;
	return true;
}

/* A score for how well candidate c stands in for exercise e (higher is
 * better), once fits() said it can: the same kind of load and measure,
 * the muscles it shares, few it adds, weights the person owns. */
static int likeness(const struct exercise *e, const struct exercise *c, const struct profile *prof)
{
	int s = 0;
	if (c->load == e->load)
		s += 4;
	if (c->seconds == e->seconds)
		s += 4;
	if (c->lower_body == e->lower_body)
		s += 2;
	/* the same move without the weight: dumbbell-reverse-lunge, reverse-lunge */
	size_t ne = strlen(e->id), nc = strlen(c->id);
	if (ne > nc && strcmp(e->id + ne - nc, c->id) == 0 && e->id[ne - nc - 1] == '-')
		s += 3;
	for (size_t j = 0; j < c->n_muscles; j++) {
		bool shared = false;
		for (size_t i = 0; i < e->n_muscles; i++)
			shared |= strcmp(e->muscles[i], c->muscles[j]) == 0;
		s += shared ? 2 : -1; /* a burpee's chest and shoulders are not a squat's */
	}
	if (c->demands & ~e->demands)
		s -= 6; /* more than the lift asked for, even where it is allowed */
	/* weights the person owns make a better stand-in than none */
	if (c->load == LOAD_EXTERNAL && (profile_equipment(prof) & c->equipment))
		s += 1;
	return s;
}

/* Is exercise c already in today's session, or kept for a later slot? */
static bool in_session(const struct rx_input *in, const struct rx *rx, const struct slot *s,
		       const struct exercise *c)
{
	for (size_t i = 0; i < rx->n_ex; i++)
		if (rx->ex[i].ex == c)
			return true;
	for (size_t i = 0; rx->day && i < rx->day->n_slots; i++) {
		const struct slot *o = &rx->day->slots[i];
		if (o != s && o->kind == SLOT_EXERCISE && strcmp(o->ref, c->id) == 0 &&
		    rx_can_do(in->prof, c))
			return true;
	}
	return false;
}

/* The best stand-in for e (NULL: the best exercise of pattern pat) that is
 * not in the session yet; prefer is what the slot used last time. */
static const struct exercise *best_of_pattern(const struct rx_input *in, const struct rx *rx,
					      const struct slot *s, enum pattern pat,
					      const struct exercise *e, const char *prefer)
{
	const struct catalog *cat = in->cat;
	const struct profile *prof = in->prof;
	const struct exercise *best = NULL;
	int best_score = -1000;
	unsigned eq = profile_equipment(prof);
	for (size_t i = 0; i < cat->n_exercises; i++) {
		const struct exercise *c = cat->exercises[i];
		if (!fits(cat, prof, pat, e, c) || (rx && in_session(in, rx, s, c)))
			continue;
		if (prefer && strcmp(c->id, prefer) == 0)
			return c;
		int sc = e ? likeness(e, c, prof) : 0;
		int rung;
		const struct ladder *l = e ? ladder_of(cat, c->id, &rung) : NULL;
		if (l && rung == progression_start_rung(prof, l))
			sc += 2; /* between equals, the step of a ladder for the person's level */
		if (!e) {
			/* for a pattern slot: weights the person owns first, then bands */
			if (c->load == LOAD_EXTERNAL &&
			    (c->equipment & eq & ~(1u << EQ_BODYWEIGHT)))
				sc += 4;
			else if (c->load == LOAD_BAND)
				sc += 2;
			if (c->equipment & (1u << EQ_BARBELL))
				sc += 1;
		}
		if (sc > best_score) {
			best_score = sc;
			best = c;
		}
	}
	return best;
}

static void add_why(struct rx_exercise *x, const char *fmt, ...) COACH_PRINTF(2, 3);
static void add_why(struct rx_exercise *x, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	LINES_VADDF(x->why, &x->n_why, fmt, ap);
	va_end(ap);
}

static void adjust(struct rx *rx, const char *why, const char *fmt, ...) COACH_PRINTF(3, 4);
static void adjust(struct rx *rx, const char *why, const char *fmt, ...)
{
	/* the same change for the same reason is said once */
	char what[RX_TEXT];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	for (size_t i = 0; i < rx->n_adjustments; i++)
		if (strcmp(rx->adjustments[i].what, what) == 0 &&
		    strcmp(rx->adjustments[i].why, why) == 0)
			return;
	if (rx->n_adjustments >= RX_MAX_ADJ)
		return;
	struct rx_note *n = &rx->adjustments[rx->n_adjustments++];
	snprintf(n->what, sizeof(n->what), "%s", what);
	snprintf(n->why, sizeof(n->why), "%s", why);
}

/* An adjustment of effort (reps in reserve): the interface shows these as one
 * line, the number itself on each exercise (its rir). */
static void adjust_effort(struct rx *rx, const char *why, const char *fmt, ...) COACH_PRINTF(3, 4);
static void adjust_effort(struct rx *rx, const char *why, const char *fmt, ...)
{
	char what[RX_TEXT];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	adjust(rx, why, "%s", what);
	for (size_t i = 0; i < rx->n_adjustments; i++)
		if (strcmp(rx->adjustments[i].what, what) == 0 &&
		    strcmp(rx->adjustments[i].why, why) == 0)
			rx->adjustments[i].effort = true;
}

static void advise(struct rx *rx, const char *fmt, ...) COACH_PRINTF(2, 3);
static void advise(struct rx *rx, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	LINES_VADDF(rx->advisories, &rx->n_advisories, fmt, ap);
	va_end(ap);
}

/* A ladder slot: the person's rung (a step down after a long break), or the
 * nearest one they can do. */
static const struct exercise *ladder_choice(const struct rx_input *in, struct rx *rx,
					    const struct slot *s, const struct slot_state *st,
					    const struct rx_day *f)
{
	int gap_steps_down = f->gap_steps;
	const struct catalog *cat = in->cat;
	const struct profile *prof = in->prof;
	const struct ladder *l = catalog_ladder(cat, s->ref);
	int want = st->known ? st->rung : progression_start_rung(prof, l);
	if (st->known && gap_steps_down > 0 && want > 0) {
		want = want > gap_steps_down ? want - gap_steps_down : 0;
		adjust(rx, _("a long break from training"),
		       _("%s: one step down the ladder to come back gently"),
		       l->name ? l->name : l->id);
	} else if (st->known && st->outcome == OUT_RUNG_UP && want > 0 &&
		   readiness_is_hold(&rx->readiness)) {
		/* a hold day holds a step up (coaching-rules.md), on a ladder too: the
		 * rung it was on, and the new one on the next ordinary day */
		want--;
		adjust(rx,
		       rx->readiness.low ? _("a low day is a hold")
					 : _("a very sore day is a hold"),
		       _("%s: the step up the ladder waits for a better day"),
		       l->name ? l->name : l->id);
	} else if (st->known && f->back && st->outcome == OUT_RUNG_UP && want > 0) {
		/* back after a break: the step done last time; the step up next time */
		want--;
		adjust(rx, _("back after a break"),
		       _("%s: the step you did last time; the step up comes next time"),
		       l->name ? l->name : l->id);
	}
	int i = nearest_step(cat, prof, l, want);
	if (i < 0)
		return NULL;
	const struct exercise *e = catalog_exercise(cat, l->steps[i]);
	if (i != want) {
		const struct exercise *w = catalog_exercise(cat, l->steps[want]);
		adjust(rx,
		       disliked(prof, w->id) ? _("it is on your dislike list")
					     : _("your equipment"),
		       _("%s instead of %s"), e->name, w->name);
	}
	return e;
}

/* Why exercise e cannot be done by this person, in words. */
static const char *cannot_why(const struct profile *prof, const struct exercise *e, char *buf,
			      size_t size)
{
	if (disliked(prof, e->id))
		return _("it is on your dislike list");
	struct sbuf b = {0};
	for (int i = 0; i < EQ_COUNT; i++)
		if (e->equipment & ~profile_equipment(prof) & (1u << i))
			/* TRANSLATORS: between two kinds of equipment: "dumbbell or band" */
			sbuf_printf(&b, "%s%s", b.len ? _(" or ") : "", equipment_word(i));
	snprintf(buf, size, _("it needs %s, which your profile does not list"), sbuf_str(&b));
	sbuf_free(&b);
	return buf;
}

/* A stand-in for an exercise the person cannot do: the nearest step of its
 * ladder, else the most alike of the same pattern and joint action; none
 * (said, with the reason) rather than a poor match. */
static const struct exercise *stand_in(const struct rx_input *in, struct rx *rx,
				       const struct slot *s, const struct exercise *e)
{
	char wbuf[RX_TEXT];
	const char *why = cannot_why(in->prof, e, wbuf, sizeof(wbuf));
	int idx;
	const struct ladder *l = ladder_of(in->cat, e->id, &idx);
	const struct exercise *sub = NULL;
	if (l) {
		int i = nearest_step(in->cat, in->prof, l, idx);
		if (i >= 0)
			sub = catalog_exercise(in->cat, l->steps[i]);
		if (sub && in_session(in, rx, s, sub))
			sub = NULL;
	}
	if (!sub)
		sub = best_of_pattern(in, rx, s, e->pattern, e, NULL);
	if (sub)
		adjust(rx, why, _("%s instead of %s"), sub->name, e->name);
	else
		adjust(rx, why,
		       _("%s left out today: nothing you can do works it the same way, and a poor "
			 "stand-in is worse than none"),
		       e->name);
	return sub;
}

/* The exercise for a slot, with its state; NULL when nothing fits. */
static const struct exercise *rx_choose(const struct rx_input *in, struct rx *rx,
					const struct slot *s, const struct slot_state *st,
					const struct rx_day *f)
{
	if (s->kind == SLOT_LADDER)
		return ladder_choice(in, rx, s, st, f);
	if (s->kind == SLOT_PATTERN)
		return best_of_pattern(in, rx, s, s->pattern, NULL,
				       st->known ? st->exercise : NULL);
	const struct exercise *e = catalog_exercise(in->cat, s->ref);
	return rx_can_do(in->prof, e) ? e : stand_in(in, rx, s, e);
}

static int cmp_like(const void *a, const void *b)
{
	const int *x = a, *y = b;
	return y[1] - x[1];
}

size_t rx_alternatives(const struct catalog *cat, const struct profile *prof, const struct slot *s,
		       const struct exercise *e, const struct exercise **out, size_t max)
{
	/* pairs of (index, score): ladder steps score highest, then likeness */
	int(*scored)[2] = xcalloc(cat->n_exercises + 1, sizeof(*scored));
	size_t n = 0;
	int idx;
	const struct ladder *l =
		s->kind == SLOT_LADDER ? catalog_ladder(cat, s->ref) : ladder_of(cat, e->id, &idx);
	for (size_t i = 0; i < cat->n_exercises; i++) {
		const struct exercise *c = cat->exercises[i];
		if (!fits(cat, prof, e->pattern, e, c))
			continue;
		int score = likeness(e, c, prof);
		for (size_t k = 0; l && k < l->n_steps; k++)
			if (strcmp(l->steps[k], c->id) == 0)
				score += 100;
		scored[n][0] = (int)i;
		scored[n][1] = score;
		n++;
	}
	qsort(scored, n, sizeof(*scored), cmp_like);
	size_t k = 0;
	for (; k < n && k < max; k++)
		out[k] = cat->exercises[scored[k][0]];
	free(scored);
	return k;
}

/* --- loads --------------------------------------------------------------- */

static void set_load(struct rx_exercise *x, const struct loadset *ls, double v)
{
	if (ls->tool == TOOL_BAND)
		x->band = (int)v;
	else
		x->load = v;
}

static double get_load(const struct rx_exercise *x, const struct loadset *ls)
{
	return ls->tool == TOOL_BAND ? x->band : x->load;
}

const char *rx_load_text(const struct rx_exercise *x, const char *unit, char *buf, size_t size)
{
	if (!x->has_load)
		snprintf(buf, size, "%s", "");
	else if (x->tool == TOOL_BAND)
		band_text(x->band, false, buf, size);
	else
		load_text(x->load, unit, buf, size);
	return buf;
}

/* The load of x in a reason: "12 kg" or "the red band". */
static const char *load_words(const struct rx_exercise *x, const char *unit, char *buf, size_t size)
{
	if (x->tool == TOOL_BAND)
		return band_text(x->band, true, buf, size);
	return load_text(x->load, unit, buf, size);
}

/* A load as words: "12 kg" or "the red band". */
static const char *load_of(const struct loadset *ls, double v, const char *unit, char *buf,
			   size_t size)
{
	if (ls->tool == TOOL_BAND)
		return band_text(v >= 0 ? (int)v : -1, true, buf, size);
	return load_text(v, unit, buf, size);
}

/* The reasons that need no number: one sentence for each outcome. */
static const char *const fixed_reason[] = {
	[OUT_CAREFUL] = N_("you did it in full last time on a harder day"),
	[OUT_SWAPPED] = N_("where its progression was: another exercise stood in last time"),
	[OUT_RESTED] = N_("same load: last time was a deload, which neither moves on nor counts "
			  "against you"),
	[OUT_SEEDED] = N_("from what you logged last time"),
};

/* What comes after the heaviest a person has, for a reason: "a heavier pair
 * of dumbbells is the next step". */
static const char *heavier_words(enum load_tool tool)
{
	return tool == TOOL_DUMBBELL	 ? _("a heavier pair of dumbbells")
	       : tool == TOOL_KETTLEBELL ? _("a heavier kettlebell")
	       : tool == TOOL_BAND	 ? _("a heavier band")
					 : _("a heavier weight");
}

/* A load moved on: up, up in reps before a big jump, down, or deloaded. */
static void explain_move(const struct slot_state *st, const struct rx_exercise *x,
			 const struct loadset *ls, const struct policy *pol, const char *unit,
			 char *why, size_t size)
{
	char b[48], n[48];
	double last = ls->tool == TOOL_BAND ? st->prev_band : st->prev_load;
	int top = x->slot ? x->slot->p.reps_max : x->reps_max;
	if (st->outcome == OUT_UP) {
		snprintf(why, size, _("up from %s: every set reached %d last time"),
			 load_of(ls, last, unit, b, sizeof(b)),
			 st->jumped_top > 0 ? st->jumped_top : top);
	} else if (st->outcome == OUT_HELD_UP) {
		snprintf(why, size,
			 P_("up from %s: every set reached %d on %d hold day, so the step up is "
			    "taken",
			    "up from %s: every set reached %d on %d hold days, so the step up is "
			    "taken",
			    st->steady),
			 load_of(ls, last, unit, b, sizeof(b)),
			 st->jumped_top > 0 ? st->jumped_top : top, st->steady);
	} else if (st->outcome == OUT_NO_HEAVIER) {
		/* the longer range instead of a load there is not (coaching-rules.md) */
		snprintf(why, size,
			 _("reps up to %d: %s is the heaviest you have, so more reps at it are "
			   "the progress now, and %s is the next step"),
			 top + st->extra_reps, load_of(ls, st->load, unit, b, sizeof(b)),
			 heavier_words(ls->tool));
	} else if (st->outcome == OUT_EXTENDED) {
		/* the step the longer range stands in for (coaching-rules.md: progression) */
		double next =
			x->slot ? progression_step_up(ls, &x->slot->p, pol, st->load) : st->load;
		snprintf(why, size,
			 ls->tool == TOOL_DUMBBELL ? _("reps up to %d before the next dumbbell: %s "
						       "-> %s would be +%d%%")
			 : ls->tool == TOOL_KETTLEBELL
				 ? _("reps up to %d before the next kettlebell: %s -> %s would be "
				     "+%d%%")
				 : _("reps up to %d before the next load: %s -> %s would be +%d%%"),
			 top + st->extra_reps, num_text(st->load, n, sizeof(n)),
			 load_of(ls, next, unit, b, sizeof(b)),
			 (int)lround((next - st->load) / st->load * 100));
	} else if (st->outcome == OUT_DOWN) {
		snprintf(why, size,
			 _("one step lighter: two sessions in a row under %d reps, so the load "
			   "comes down and builds again"),
			 x->reps_min);
	} else { /* OUT_DELOADED */
		snprintf(why, size,
			 _("lighter: %d sessions in a row short of the target, so the load comes "
			   "down %d%% and builds again"),
			 x->slot ? x->slot->p.prog.fail_limit : 0,
			 x->slot ? (int)lround(x->slot->p.prog.deload * 100) : 0);
	}
}

/* A load held, with what it takes to move on. */
static void explain_hold(const struct slot_state *st, const struct rx_exercise *x,
			 const struct loadset *ls, const struct policy *pol, char *why, size_t size)
{
	int top = x->slot ? x->slot->p.reps_max : x->reps_max;
	int need = (int)pol->progression_careful_days;
	switch (st->outcome) {
	case OUT_TOP:
		/* nothing heavier, and the range as long as it grows: the weight is next */
		snprintf(why, size,
			 _("every set reached %d last time with the heaviest you have: %d reps "
			   "at it keep the work going, and %s is the next step"),
			 top + st->extra_reps, top + st->extra_reps, heavier_words(ls->tool));
		break;
	case OUT_HELD:
		snprintf(why, size,
			 P_("same load: last time was a hold day, which does not move you on by "
			    "itself; the load goes up once every set reaches %d on an ordinary "
			    "day, or on %d hold day",
			    "same load: last time was a hold day, which does not move you on by "
			    "itself; the load goes up once every set reaches %d on an ordinary "
			    "day, or on %d hold days",
			    need),
			 x->reps_max, need);
		break;
	case OUT_FAILED:
		snprintf(why, size,
			 P_("same load: not every set reached the target (%d time in a row)",
			    "same load: not every set reached the target (%d times in a row)",
			    st->failures),
			 st->failures);
		break;
	case OUT_SHORT:
		snprintf(why, size,
			 _("same load: %d of the %d sets were logged last time; it goes up once "
			   "every set prescribed reaches %d"),
			 st->logged_sets, st->target_sets, top);
		break;
	case OUT_EFFORT:
		snprintf(why, size,
			 P_("same load: target not met, a set last time was logged with %d rep in "
			    "reserve, "
			    "under the %d this plan keeps; stop each set with %d left",
			    "same load: target not met, a set last time was logged with %d reps in "
			    "reserve, under the %d this plan keeps; stop each set with %d left",
			    st->low_rir),
			 st->low_rir, st->rir_floor, st->rir_floor);
		break;
	case OUT_LIGHTER:
		snprintf(why, size,
			 _("same load: every set reached %d last time, but at a lighter load than "
			   "this one, so it counts once done here"),
			 top);
		break;
	default:
		snprintf(why, size,
			 _("same load as last time: it goes up once every set reaches %d"),
			 x->reps_max);
		break;
	}
}

void rx_explain_progression(const struct slot_state *st, const struct rx_exercise *x,
			    const struct loadset *ls, const struct policy *pol, const char *unit,
			    char *why, size_t size)
{
	int o = st->outcome;
	if (o >= 0 && (size_t)o < sizeof(fixed_reason) / sizeof(fixed_reason[0]) &&
	    fixed_reason[o]) {
		snprintf(why, size, "%s", _(fixed_reason[o]));
	} else if (o == OUT_UP || o == OUT_EXTENDED || o == OUT_DOWN || o == OUT_DELOADED ||
		   o == OUT_HELD_UP || o == OUT_NO_HEAVIER) {
		explain_move(st, x, ls, pol, unit, why, size);
	} else if (o == OUT_CALIBRATED) {
		char b[48];
		int top = x->slot ? x->slot->p.reps_max : x->reps_max;
		snprintf(why, size,
			 _("from your first session's sets: an estimated max of %s %s, so %d reps "
			   "with %d in reserve"),
			 num_text(round(st->e1rm_firm * 10) / 10, b, sizeof(b)), unit, top,
			 st->rir_floor);
	} else {
		explain_hold(st, x, ls, pol, why, size);
	}
}

/* The load of an exercise the slot's progression knows nothing of yet: the
 * same exercise done elsewhere, or a calibration set at the lightest load. */
static void start_fresh(const struct rx_history *h, const struct policy *pol, struct rx_exercise *x,
			const struct loadset *ls, const char *unit)
{
	char a[48];
	bool band = ls->tool == TOOL_BAND;
	double prior;
	int prior_band;
	if (rx_history_last_load(h, x->ex->id, &prior, &prior_band) &&
	    (band ? prior_band >= 0 : prior > 0)) {
		/* done before in another slot or program: start from there */
		set_load(x, ls, band ? prior_band : load_round_down(ls, prior));
		add_why(x, _("from the last time you did it"));
		return;
	}
	/* calibration (coaching-rules.md 1.1): from the lightest load, work up until a set
	 * is near enough to failure for its estimate to hold (Hackett 2017) */
	x->calibration = true;
	set_load(x, ls, load_lightest(ls));
	if (band)
		add_why(x,
			_("first time: start with %s and stop with %d reps left in you; what you "
			  "log sets your band"),
			load_words(x, unit, a, sizeof(a)), x->rir);
	else if (ls->n == 1)
		/* one weight: nothing heavier to work up to (newcomer-month finding 11) */
		add_why(x,
			_("first time: %s is the weight you have: up to %d reps, stopping with %d "
			  "left in you; what you log sets where you start"),
			load_words(x, unit, a, sizeof(a)), x->reps_max, x->rir);
	else
		add_why(x,
			_("first time: start with %s for up to %d reps; while a set leaves more "
			  "than %d reps in you, take a weight about half as heavy again for the "
			  "next; log every set, and stop at the first that leaves %d or fewer "
			  "(never fewer than %d): that finds your load"),
			load_words(x, unit, a, sizeof(a)), x->reps_max,
			(int)pol->rir_model_firm_rir_max, (int)pol->rir_model_firm_rir_max, x->rir);
}

/* Where the load starts for exercise x: the slot's progression (false, with
 * *base and its reason), or, when that says nothing, start_fresh (true: the
 * load is final). */
static bool start_load(const struct rx_history *h, const struct policy *pol, struct rx_exercise *x,
		       const struct slot_state *st, const struct loadset *ls, const char *unit,
		       double *base, char *why, size_t size)
{
	char a[48];
	bool band = ls->tool == TOOL_BAND;
	bool known = st->known && strcmp(st->exercise, x->ex->id) == 0 &&
		     (band ? st->band >= 0 : st->load > 0);
	if (!known) {
		start_fresh(h, pol, x, ls, unit);
		return true;
	}
	*base = band ? st->band : st->load;
	/* the rir model sets the load from the estimated maximum */
	if (x->slot->p.prog.model == PM_RIR && st->e1rm > 0 && !band) {
		*base = load_round_down(ls, load_for_reps(st->e1rm, x->reps_max, x->rir));
		snprintf(why, size,
			 _("from your estimated max of %s %s: %d reps with %d in reserve"),
			 num_text(round(st->e1rm * 10) / 10, a, sizeof(a)), unit, x->reps_max,
			 x->rir);
		return false;
	}
	rx_explain_progression(st, x, ls, pol, unit, why, size);
	return false;
}

/* The load cap of the person's health limits in %e1RM (0: none), with its reason. */
static double health_cap(const struct profile *prof, const struct policy *pol,
			 const struct rx_day *f, const char **why)
{
	double pct = 0;
	if (f->older) {
		pct = f->older_start ? pol->older_start_max_pct_e1rm : pol->older_max_pct_e1rm;
		*why = f->older_start ? _("a lighter start at 65 and over")
				      : _("older-adult doses");
	}
	if (prof->hypertension && (pct == 0 || pol->hypertension_max_pct_e1rm < pct)) {
		pct = pol->hypertension_max_pct_e1rm;
		*why = _("high blood pressure");
	}
	if (!prof->parq_cleared && (pct == 0 || pol->parq_max_pct_e1rm < pct)) {
		pct = pol->parq_max_pct_e1rm;
		*why = _("a PAR-Q+ answer not yet cleared");
	}
	return pct;
}

/* Keep x's load under pct of the estimated max (from a set near failure);
 * true when that made it lighter.  When even the lightest load is over the
 * cap, x->over_cap says so. */
static bool cap_load(struct rx_exercise *x, const struct loadset *ls, const struct slot_state *st,
		     double pct)
{
	if (ls->tool == TOOL_BAND || st->e1rm_firm <= 0)
		return false;
	double cap = st->e1rm_firm * pct / 100;
	if (x->load <= cap + EPS)
		return false;
	double v = load_round_down(ls, cap);
	if (v > cap + EPS && (!x->over_cap || pct < x->over_cap))
		x->over_cap = (int)pct; /* nothing lighter to go to */
	bool lighter = v < x->load - EPS;
	x->load = v;
	return lighter;
}

/* The load a rule means to make lighter by factor, with judgement: the next
 * load down when it is within max_below_pct of what the rule intends, else
 * the next one up that is still lighter, else the load kept; when less than
 * half of the cut could be made, more reps in reserve instead (x->rir_instead).
 * true when the load changed. */
static bool lighter_by(struct rx_exercise *x, const struct loadset *ls, const struct policy *pol,
		       double factor)
{
	double before = x->load, want = before * factor;
	double down = load_round_down(ls, want), up = load_round_up(ls, want);
	double floor = want * (1 - pol->rounding_max_below_pct / 100);
	if (down <= want + EPS && down >= floor - EPS)
		x->load = down;
	else if (up < before - EPS)
		x->load = up;
	if (x->load - want > (before - want) / 2 + EPS && !x->rir_instead) {
		x->rir_instead = (int)pol->rounding_rir_instead;
		x->rir += x->rir_instead;
	}
	return x->load < before - EPS;
}

/* A step up held back on an anxious or low day, until the load before it
 * was done in full on careful_days such days; *why when it is taken. */
static const char *held_step(struct rx *rx, struct rx_exercise *x, const struct slot_state *st,
			     const struct loadset *ls, const struct policy *pol, double base,
			     char *taken, size_t size)
{
	const struct readiness *r = &rx->readiness;
	double last = ls->tool == TOOL_BAND ? st->prev_band : st->prev_load;
	int need = (int)pol->progression_careful_days;
	char b[48];
	if (last < 0 || base <= last + EPS)
		return NULL;
	if (r->sore && !(r->low || r->anxious)) {
		/* very sore: the step up waits (Rogerson 2024: back off on soreness) */
		set_load(x, ls, last);
		adjust(rx, r->sore_why, _("a step up in load waits for a day you are less sore"));
		return _("the step up waits for a day you are less sore");
	}
	if (!(r->low || r->anxious))
		return NULL;
	if (st->steady >= need) {
		snprintf(taken, size,
			 _("up from %s: you did it in full on %d harder days, so the step up is "
			   "taken, gently"),
			 load_of(ls, last, rx->unit, b, sizeof(b)), st->steady);
		return taken;
	}
	set_load(x, ls, last);
	adjust(rx, r->low ? _("a low day is a hold") : _("anxiety is high today"),
	       _("a step up in load waits until you have done the load before it in full on %d "
		 "such days"),
	       need);
	int extra = (int)pol->progression_careful_extra_reps;
	if (!r->low && extra > 0 && !x->seconds) {
		/* reps before load: more of the load the person knows, never required */
		x->reps_max += extra;
		add_why(x,
			_("reps before load: up to %d reps at the load you know if they come "
			  "easily; "
			  "%d still counts in full"),
			x->reps_max, x->reps_max - extra);
	}
	return r->low ? _("the step up waits for a better day")
		      : _("no step up on an anxious day yet");
}

/* Time off, the deload week and a short night, each cut made with judgement;
 * time off and deload do not stack (the larger cut applies). */
static size_t cuts(const struct rx_input *in, const struct rx_day *f, struct rx *rx,
		   struct rx_exercise *x, const struct slot_state *st, const struct loadset *ls,
		   const char **mods)
{
	const struct policy *pol = &in->cat->policy;
	size_t n = 0;
	double rest = f->gap_factor;
	if (rx->deload && pol->deload_load_factor < rest)
		rest = pol->deload_load_factor;
	if (rest < 1 && lighter_by(x, ls, pol, rest))
		mods[n++] = rx->deload && rest == pol->deload_load_factor ? _("a deload week")
									  : _("back after a break");
	/* short nights that keep going well at the lighter load are this person's normal */
	bool usual = st->short_ok >= pol->progression_careful_days;
	if (rx->readiness.short_sleep && x->ex->lower_body && usual)
		add_why(x, _("no cut for the short night: your last %d short nights went well"),
			st->short_ok);
	if (rx->readiness.short_sleep && x->ex->lower_body && !usual &&
	    lighter_by(x, ls, pol, 1 + pol->short_sleep_lower_body_load_pct / 100)) {
		mods[n++] = _("a short night");
		char sw[RX_TEXT], a[32];
		snprintf(sw, sizeof(sw),
			 _("you slept %s h; legs lose a little strength after a short night"),
			 num_text(in->checkin.sleep, a, sizeof(a)));
		adjust(rx, sw,
		       _("lower-body loads a step lighter (about %d%%, to a weight you have)"),
		       (int)-pol->short_sleep_lower_body_load_pct);
	}
	if (x->rir_instead)
		add_why(x,
			P_("%d more rep in reserve instead of a lighter load: the next weight down "
			   "is much "
			   "lighter than the rule means",
			   "%d more reps in reserve instead of a lighter load: the next weight "
			   "down is "
			   "much lighter than the rule means",
			   x->rir_instead),
			x->rir_instead);
	return n;
}

/* The first session back after a break (policy short_break): the load of
 * last time where the progression would step up; true when it held one. */
static bool back_hold(const struct rx_day *f, struct rx_exercise *x, const struct slot_state *st,
		      const struct loadset *ls)
{
	double last = ls->tool == TOOL_BAND ? st->prev_band : st->prev_load;
	if (!f->back || !st->known || last < 0 || (ls->tool != TOOL_BAND && last <= 0) ||
	    get_load(x, ls) <= last + EPS)
		return false;
	set_load(x, ls, last);
	return true;
}

/* The day's reasons to go lighter, applied to the progression's load, each
 * said with the load it leads to. */
static void day_load(const struct rx_input *in, const struct rx_day *f, struct rx *rx,
		     struct rx_exercise *x, const struct slot_state *st, const struct loadset *ls,
		     double base, const char *why)
{
	const struct policy *pol = &in->cat->policy;
	char a[48], b[48], taken[RX_TEXT];
	set_load(x, ls, base);
	const char *mods[6];
	size_t n_mods = 0;
	const char *held = held_step(rx, x, st, ls, pol, base, taken, sizeof(taken));
	if (held == taken)
		why = taken;
	else if (held)
		mods[n_mods++] = held;
	bool back = back_hold(f, x, st, ls);
	if (ls->tool != TOOL_BAND)
		n_mods += cuts(in, f, rx, x, st, ls, mods + n_mods);
	for (size_t k = 0; back && k < n_mods; k++)
		back = strcmp(mods[k], _("back after a break")) != 0; /* said once */
	if (back)
		mods[n_mods++] = _("back after a break");
	/* anxious: under 70% of the estimated max (Strickland & Smith 2014) */
	if (rx->readiness.anxious && cap_load(x, ls, st, pol->anxious_max_pct_e1rm)) {
		mods[n_mods++] = _("kept light on an anxious day");
		/* under the cap only where a load under it can be made (review W7) */
		if (x->over_cap == (int)pol->anxious_max_pct_e1rm)
			adjust(rx, rx->readiness.anxious_why,
			       _("loads as light as you can make them (the lightest is above %d%% "
				 "of "
				 "your estimated max)"),
			       (int)pol->anxious_max_pct_e1rm);
		else
			adjust(rx, rx->readiness.anxious_why,
			       _("loads kept under %d%% of your estimated max: lighter loads calm, "
				 "heavy ones can stir anxiety up"),
			       (int)pol->anxious_max_pct_e1rm);
	}
	/* health limits are limits on the load itself (ACSM; PAR-Q+) */
	const char *hwhy = NULL;
	double hpct = health_cap(in->prof, pol, f, &hwhy);
	if (hpct > 0 && cap_load(x, ls, st, hpct)) {
		mods[n_mods++] = hwhy;
		if (x->over_cap == (int)hpct)
			adjust(rx, hwhy,
			       _("loads as light as you can make them (the lightest is above %d%% "
				 "of "
				 "your estimated max)"),
			       (int)hpct);
		else
			adjust(rx, hwhy, _("loads kept under %d%% of your estimated max"),
			       (int)hpct);
	}
	if (x->over_cap)
		add_why(x,
			_("the lightest you can make is above %d%% of your estimated max: stop "
			  "each set with more reps in reserve than asked"),
			x->over_cap);
	if (!n_mods || fabs(get_load(x, ls) - base) <= EPS) {
		add_why(x, "%s", why);
		return;
	}
	/* what was not met last time is said plainly, whatever else changed */
	if (st->outcome == OUT_SHORT || st->outcome == OUT_EFFORT || st->outcome == OUT_DOWN)
		add_why(x, "%s", why);
	struct sbuf m = {0};
	for (size_t i = 0; i < n_mods; i++)
		sbuf_printf(&m, "%s%s", i ? "; " : "", mods[i]);
	add_why(x, _("%s today instead of %s: %s"),
		load_of(ls, get_load(x, ls), rx->unit, a, sizeof(a)),
		load_of(ls, base, rx->unit, b, sizeof(b)), sbuf_str(&m));
	sbuf_free(&m);
}

void rx_load(const struct rx_input *in, const struct rx_history *h, const struct rx_day *f,
	     struct rx *rx, struct rx_exercise *x, const struct slot_state *st)
{
	const struct profile *prof = in->prof;
	struct loadset ls;
	loadset_for(&ls, x->ex, prof);
	x->tool = ls.tool;
	x->has_load = ls.n > 0;
	if (!x->has_load) {
		add_why(x, "%s",
			ls.tool == TOOL_BAND
				? _("no bands listed in your profile: use what you have")
				: _("no weights listed in your profile: use what you have"));
		loadset_free(&ls);
		return;
	}
	double base = 0;
	char why[RX_TEXT * 2] = "";
	if (!start_load(h, &in->cat->policy, x, st, &ls, rx->unit, &base, why, sizeof(why)))
		day_load(in, f, rx, x, st, &ls, base, why);
	if (ls.tool == TOOL_BARBELL)
		barbell_plates_text(x->load, prof->bar, prof->plates, prof->n_plates, x->plates,
				    sizeof(x->plates));
	loadset_free(&ls);
}

/* --- the whole session ------------------------------------------------------ */

static int tempo_seconds(const struct rx_exercise *x)
{
	int t = 0;
	for (int i = 0; i < x->tempo_n; i++)
		t += x->tempo[i];
	return t > 0 ? t : 4;
}

static int estimate(struct rx_exercise *x, const struct policy *pol)
{
	int per_set = x->seconds ? x->reps_max : x->reps_max * tempo_seconds(x);
	x->est_s = x->sets * per_set + (x->sets - 1) * x->rest_s + x->rest_between_s;
	for (size_t i = 0; i < x->n_warmup; i++) /* ramp sets: not work, but time */
		x->est_s += x->warmup[i].reps * tempo_seconds(x) + (int)pol->warmup_rest_s;
	return x->est_s;
}

size_t rx_superset_span(const struct rx *rx, size_t i, size_t *first)
{
	*first = i;
	int n = rx->ex[i].superset;
	if (!n)
		return 1;
	while (*first > 0 && rx->ex[*first - 1].superset == n)
		--*first;
	size_t end = i + 1;
	while (end < rx->n_ex && rx->ex[end].superset == n)
		end++;
	return end - *first;
}

int rx_rounds(const struct rx *rx, size_t i)
{
	size_t first, n = rx_superset_span(rx, i, &first);
	int rounds = 0;
	for (size_t k = first; k < first + n; k++)
		if (rx->ex[k].sets > rounds)
			rounds = rx->ex[k].sets;
	return rounds;
}

void rx_rests(const struct rx *rx, size_t i, int *between, int *after)
{
	size_t first, n = rx_superset_span(rx, i, &first);
	const struct rx_exercise *x = &rx->ex[i];
	bool last = first + n >= rx->n_ex; /* nothing after it (or after its superset) */
	if (n > 1 && i + 1 < first + n) {
		*between = *after = 0; /* the round goes on to the next exercise */
		return;
	}
	int again = n > 1 ? rx_rounds(rx, i) : x->sets;
	*between = again > 1 ? x->rest_s : -1;
	*after = last ? -1 : x->rest_between_s;
}

void rx_supersets_number(struct rx *rx)
{
	int next = 0;
	for (size_t i = 0; i < rx->n_ex;) {
		size_t first, n = rx_superset_span(rx, i, &first);
		int num = n > 1 ? ++next : 0;
		for (size_t k = i; k < i + n; k++)
			rx->ex[k].superset = num;
		i += n;
	}
}

/* A superset's time: every set's work, but a rest only after each round
 * (rest_s) and after the last (rest_between_s), kept on its last exercise. */
static int estimate_superset(struct rx *rx, size_t first, size_t n, const struct policy *pol)
{
	int t = 0;
	for (size_t k = first; k < first + n; k++) {
		struct rx_exercise *x = &rx->ex[k];
		estimate(x, pol);
		x->est_s -= (x->sets - 1) * x->rest_s + x->rest_between_s;
		t += x->est_s;
	}
	struct rx_exercise *last = &rx->ex[first + n - 1];
	int rests = (rx_rounds(rx, first) - 1) * last->rest_s + last->rest_between_s;
	last->est_s += rests;
	return t + rests;
}

static int total_seconds(struct rx *rx, const struct policy *pol)
{
	int t = rx->warmup_min * 60; /* rx_warmup's: the short session's is shorter */
	for (size_t i = 0; i < rx->n_ex;) {
		size_t first, n = rx_superset_span(rx, i, &first);
		t += n > 1 ? estimate_superset(rx, i, n, pol) : estimate(&rx->ex[i], pol);
		i += n;
	}
	return t;
}

void rx_fit_time(struct rx *rx, const struct profile *prof, const struct policy *pol)
{
	int budget = prof->minutes * 60;
	int before = total_seconds(rx, pol);
	if (before > budget) {
		int keep = (int)pol->time_budget_keep_first_exercises;
		size_t dropped_sets = 0, dropped_ex = 0;
		/* sets from the last exercises first, never below one */
		for (size_t i = rx->n_ex; i-- > 0 && total_seconds(rx, pol) > budget;)
			while (rx->ex[i].sets > 1 && total_seconds(rx, pol) > budget) {
				rx->ex[i].sets--;
				dropped_sets++;
			}
		/* then whole exercises from the end, keeping the first ones */
		while (rx->n_ex > (size_t)keep && total_seconds(rx, pol) > budget) {
			rx->n_ex--;
			dropped_ex++;
		}
		char why[RX_TEXT];
		snprintf(why, sizeof(why), _("about %d min planned against your %d min"),
			 (before + 59) / 60, prof->minutes);
		if (dropped_sets)
			adjust(rx, why,
			       P_("%zu set fewer, from the last exercises",
				  "%zu sets fewer, from the last exercises", dropped_sets),
			       dropped_sets);
		/* the ones left out by name: one reads as itself, not "the last 1" */
		struct sbuf names = {0};
		for (size_t i = rx->n_ex; i < rx->n_ex + dropped_ex; i++)
			sbuf_printf(&names, "%s%s", i > rx->n_ex ? ", " : "", rx->ex[i].ex->name);
		if (dropped_ex == 1)
			adjust(rx, why, _("%s left out today, from the end of the session"),
			       sbuf_str(&names));
		else if (dropped_ex)
			adjust(rx, why,
			       P_("%zu exercise left out today, from the end: %s",
				  "%zu exercises left out today, from the end: %s", dropped_ex),
			       dropped_ex, sbuf_str(&names));
		sbuf_free(&names);
	}
	rx->est_min = (total_seconds(rx, pol) + 59) / 60;
}

/* Low days end on the easiest exercise (Zenko 2016: a ramp-down is remembered better). */
static void easiest_last(struct rx *rx)
{
	if (rx->n_ex < 2)
		return;
	size_t easy = rx->n_ex;
	int best = 1 << 30;
	for (size_t i = 0; i < rx->n_ex; i++) {
		const struct exercise *e = rx->ex[i].ex;
		if (rx->ex[i].superset) /* a superset's exercises stay together */
			continue;
		int demand = (e->lower_body ? 4 : 2) + (e->load == LOAD_EXTERNAL ? 2 : 0) +
			     (e->pattern == PAT_CORE || e->pattern == PAT_BALANCE ||
					      e->pattern == PAT_ISOLATION
				      ? -3
				      : 0);
		if (demand <= best) {
			best = demand;
			easy = i;
		}
	}
	if (easy >= rx->n_ex - 1)
		return;
	struct rx_exercise t = rx->ex[easy];
	memmove(&rx->ex[easy], &rx->ex[easy + 1], (rx->n_ex - easy - 1) * sizeof(t));
	rx->ex[rx->n_ex - 1] = t;
	adjust(rx, _("a low day"), _("%s moved to the end, so you finish on the easiest"),
	       t.ex->name);
}

static void advisories(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	const struct profile *prof = in->prof;
	const struct policy *pol = &in->cat->policy;
	/* a risk signal leads, in one calm sentence */
	rx->risk = in->risk;
	if (in->risk.kind != RISK_NONE) {
		char text[RX_TEXT * 2];
		risk_advisory(&in->risk, text, sizeof(text));
		advise(rx, "%s", text);
	}
	/* a low start, before the session: what this person's own record says */
	bool trained_today = false;
	for (size_t i = 0; i < h->today.n; i++)
		trained_today |= h->today.v[i].n_sets > 0;
	if (in->checkin.given && in->checkin.mood <= pol->low_mood_max && !trained_today) {
		evidence_of(&h->moods, in->checkin.mood, pol, &rx->own);
		if (evidence_text(&rx->own, rx->own_words, sizeof(rx->own_words))[0])
			advise(rx, "%s", rx->own_words);
	}
	if (!prof->parq_cleared)
		advise(rx,
		       _("One of your health answers (PAR-Q+) was yes, or was not given, so every "
			 "set "
			 "is kept light (%d or more reps left in you). Once a doctor or qualified "
			 "exercise professional has cleared you, record it with 'coach profile set "
			 "health.parq_cleared true'."),
		       (int)pol->parq_rir_min);
	if (prof->hypertension)
		advise(rx,
		       _("High blood pressure: every set stops at least %d reps short of "
			 "failure, and you breathe out on every effort; never hold your breath."),
		       (int)pol->hypertension_rir_min);
	for (int s = SCALE_PHQ9; s <= SCALE_GAD7; s++) {
		int d = h->screen_date[s], score = h->screen_score[s];
		if (d >= 0 && in->date - d <= 28 && score >= pol->screens_refer_at)
			advise(rx,
			       _("Your last %s score was %d. Please consider talking to a doctor "
				 "or mental health professional; training helps alongside care, "
				 "not instead of it."),
			       s == SCALE_PHQ9 ? "PHQ-9" : "GAD-7", score);
	}
	if (h->recent_crisis)
		advise(rx,
		       _("You told the coach recently that you have had thoughts of being better "
			 "off dead or of hurting yourself. If they come back, please talk to "
			 "someone now: who to call is one step away ('coach crisis', or h in the "
			 "coach), with your safety plan, and in danger call your local emergency "
			 "number."));
	/* any questionnaire taken, the anxiety ones too (a GAD-2 from s on Home),
	 * stops the nudge until the short ones' interval has passed */
	int last = -1;
	for (int s = 0; s < SCALE_COUNT; s++)
		if (h->screen_date[s] > last)
			last = h->screen_date[s];
	if (h->loaded && scale_due(SCALE_PHQ2, last, in->date, pol))
		advise(rx,
		       _("A two-question check on mood or anxiety is due, if you would like one "
			 "(it is optional): s on Home, or 'coach screen phq2' ('gad2' for "
			 "anxiety)."));
}

/* Is today's session in the log already, in full or ended with a mood? */
static void today_logged(const struct rx_history *h, struct rx *rx)
{
	int planned = 0;
	for (size_t i = 0; i < rx->n_ex; i++)
		planned += rx->ex[i].sets;
	for (size_t i = 0; i < h->today.n; i++) {
		const struct logged_session *s = &h->today.v[i];
		if (!s->n_sets)
			continue;
		rx->session_today = s->id;
		rx->sets_logged_today += (int)s->n_sets;
		if (s->mood_after || (int)s->n_sets >= planned || rx->rest_day)
			rx->done_today = true;
	}
}

/* Readiness: the hold, the breathing, the low day's session and its words. */
/* A low day's words: plan, not mood (behavioural activation): the minimum
 * session and a walk come first; resting is not a failure, but not the offer.
 * A day low enough (several signs, or very low ones) says plainly that a
 * little is enough. */
static void low_day_words(const struct rx_input *in, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	const struct checkin *c = &in->checkin;
	/* how low, not only how many signs (policy low.hard_at): each point of mood
	 * or energy at or under the band's max, so mood 1 with energy 1 is as hard
	 * as mood 2, energy 2 and anxiety 4 (newcomer-month finding 12) */
	int mood = (int)pol->low_mood_max - c->mood + 1,
	    energy = (int)pol->low_energy_max - c->energy + 1;
	int points = (mood > 0 ? mood : 0) + (energy > 0 ? energy : 0) +
		     (c->sleep < pol->low_sleep_below_h) + rx->readiness.anxious;
	int walk = (int)pol->aerobic_low_day_walk_min;
	if (points >= pol->low_hard_at) {
		rx->hard_advisory = (int)rx->n_advisories;
		advise(rx,
		       _("Today sounds hard. Starting small usually helps more than waiting "
			 "to feel ready: the short session or a %d-minute walk is enough, "
			 "and either one counts. If you rest instead, nothing counts against "
			 "you."),
		       walk);
	} else {
		advise(rx,
		       _("A %d-minute walk counts too, beside or instead of the short session."),
		       walk);
	}
}

/* A low day: the short session offered, a set fewer, more in reserve, a hold. */
static void low_day_rules(const struct rx_input *in, const struct rx_day *f, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	const struct readiness *r = &rx->readiness;
	rx->short_offered = true;
	low_day_words(in, rx);
	/* one set fewer says so only when some exercise has more than one */
	bool more_than_one = false;
	for (size_t i = 0; i < rx->day->n_slots; i++) {
		int sets = program_week_params(in->program, &rx->day->slots[i], f->week, pol).sets;
		if (f->familiar)
			sets += (int)pol->beginner_sets_delta;
		more_than_one |= sets > 1;
	}
	adjust(rx, r->low_why,
	       more_than_one ? _("one set fewer on each exercise (never fewer than one)")
			     : _("one set of each exercise, no more"));
	adjust_effort(rx, r->low_why,
		      P_("easier: stop each set with %d more rep left in you",
			 "easier: stop each set with %d more reps left in you", pol->low_rir_delta),
		      (int)pol->low_rir_delta);
	adjust(rx, _("a low day is a hold"),
	       _("on its own, today does not move you on, and nothing today counts against you"));
}

static void readiness_rules(const struct rx_input *in, const struct rx_day *f, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	const struct readiness *r = &rx->readiness;
	rx->hold = readiness_is_hold(r);
	if (r->anxious) {
		rx->breathing_before = true;
		rx->breathe_min = (int)pol->anxious_breathing_min;
		rx->inhale_s = (int)pol->anxious_inhale_s;
		rx->exhale_s = (int)pol->anxious_exhale_s;
	}
	if (r->low)
		low_day_rules(in, f, rx);
	if (r->sore && !r->low) {
		adjust(rx, r->sore_why,
		       P_("a lighter day: one set fewer on each exercise (never fewer than one) "
			  "and %d "
			  "more rep in reserve",
			  "a lighter day: one set fewer on each exercise (never fewer than one) "
			  "and %d "
			  "more reps in reserve",
			  pol->soreness_rir_delta),
		       (int)pol->soreness_rir_delta);
		adjust(rx, _("a very sore day is a hold"),
		       _("on its own, today does not move you on, and nothing today counts against "
			 "you"));
	}
	if (r->anxious) {
		adjust(rx, r->anxious_why, _("slow breathing for %d minutes before you start"),
		       (int)pol->anxious_breathing_min);
		adjust(rx, r->anxious_why, _("longer rests (+%d s) with a breathing pacer"),
		       (int)pol->anxious_rest_extra_s);
		adjust_effort(rx, r->anxious_why,
			      _("easier: stop each set with at least %d reps left in you"),
			      (int)pol->anxious_rir_min);
	}
}

void rx_day_of(const struct rx_input *in, const struct rx_history *h, struct rx *rx,
	       struct rx_day *f)
{
	const struct policy *pol = &in->cat->policy;
	const struct profile *prof = in->prof;
	memset(f, 0, sizeof(*f));
	f->gap_factor = 1;
	/* time since the last session */
	int gap = h->last_session >= 0 ? in->date - h->last_session : 0;
	if (h->last_session >= 0 && gap > pol->long_time_off_gap_days) {
		f->gap_factor = pol->long_time_off_load_factor;
		f->gap_sets = (int)pol->time_off_sets_delta;
		f->gap_steps = (int)pol->long_time_off_ladder_steps_down;
	} else if (h->last_session >= 0 && gap > pol->time_off_gap_days) {
		f->gap_factor = pol->time_off_load_factor;
		f->gap_sets = (int)pol->time_off_sets_delta;
	} else if (h->last_session >= 0 && gap > pol->short_break_gap_days) {
		f->gap_sets = (int)pol->short_break_sets_delta;
	}
	/* back after a break: what was done last time, not a step up (strength
	 * keeps for up to 4 weeks, Mujika & Padilla 2001; science.md rule 12) */
	f->back = h->last_session >= 0 && gap > pol->short_break_gap_days;
	f->deload = rx->deload;
	if (f->back)
		advise(rx,
		       f->gap_factor < 1
			       ? _("Welcome back. It has been %d days since your last session, and "
				   "coming back is the hard part: you pick up where you left off, "
				   "a "
				   "little lighter this first time.")
			       : _("Welcome back. It has been %d days since your last session, and "
				   "coming back is the hard part: you pick up where you left off, "
				   "with "
				   "what you did last time. Strength keeps for weeks; nothing is "
				   "lost."),
		       gap);
	if (f->back && f->gap_factor >= 1) {
		char why[RX_TEXT];
		snprintf(why, sizeof(why), _("%d days since your last session: welcome back"), gap);
		adjust(rx, why,
		       rx->deload || !f->gap_sets
			       ? _("no step up for this first session back: the loads and steps of "
				   "last time")
			       : _("one set fewer and no step up for this first session back: the "
				   "loads and steps of last time"));
	}
	if (f->gap_factor < 1) {
		char why[RX_TEXT];
		snprintf(why, sizeof(why), _("%d days since your last session: welcome back"), gap);
		adjust(rx, why,
		       rx->deload ? _("loads %d%% lighter for this first session back (the deload "
				      "week "
				      "has fewer sets already)")
				  : _("loads %d%% lighter and one set fewer for this first session "
				      "back"),
		       (int)lround((1 - f->gap_factor) * 100));
	}
	f->familiar = prof->level == LEVEL_BEGINNER && rx->week >= 1 &&
		      rx->week <= pol->beginner_familiarisation_weeks;
	f->older = prof->age >= pol->older_age_from;
	f->older_start = f->older && rx->week >= 1 && rx->week <= pol->older_start_weeks;
	if (f->older_start)
		adjust(rx, _("at 65 and over the first weeks start lighter, as ACSM advises"),
		       _("a lighter start: loads under %d%% of your estimated max, at least %d "
			 "reps, "
			 "at least %d reps in reserve"),
		       (int)pol->older_start_max_pct_e1rm, (int)pol->older_start_min_reps,
		       (int)pol->older_rir_min);
	if (f->familiar)
		adjust(rx, _("the first weeks are for learning the moves"),
		       _("beginner weeks: one set fewer and at least %d reps in reserve"),
		       (int)pol->beginner_rir_min);
	if (rx->deload)
		adjust(rx, _("this is a deload week, to let your body catch up"),
		       _("fewer sets, loads about %d%% lighter, one more rep in reserve"),
		       (int)lround((1 - pol->deload_load_factor) * 100));
	f->week = rx->week > 0 ? rx->week : 1;
	if (in->program->weeks && f->week > in->program->weeks)
		f->week = in->program->weeks;
}

/* The program's parameters of slot s for the day's week. */
static void rx_exercise_init(const struct rx_input *in, const struct rx_day *f,
			     const struct slot *s, const struct exercise *e, struct rx_exercise *x)
{
	memset(x, 0, sizeof(*x));
	x->ex = e;
	x->slot = s;
	x->slot_id = s->kind == SLOT_PATTERN ? pattern_names[s->pattern] : s->ref;
	x->band = -1;
	struct slot_params sp = program_week_params(in->program, s, f->week, &in->cat->policy);
	x->sets = sp.sets;
	x->reps_min = sp.reps_min;
	x->reps_max = sp.reps_max;
	x->rir = sp.rir;
	x->rest_s = sp.rest_s;
	x->rest_between_s = sp.rest_between_s;
	x->superset = s->superset;
	memcpy(x->tempo, sp.tempo, sizeof(x->tempo));
	x->tempo_n = sp.tempo_n;
	x->seconds = e->seconds;
	/* a note is about the slot's own exercise, not a stand-in */
	x->note = s->kind != SLOT_EXERCISE || strcmp(s->ref, e->id) == 0 ? s->note : NULL;
	int deload_rir =
		program_is_deload(in->program, f->week) ? (int)in->cat->policy.deload_rir_delta : 0;
	for (size_t i = 0; i < sp.n_groups && i < MAX_SET_GROUPS; i++) {
		const struct set_group *g = &sp.groups[i];
		struct rx_group *G = &x->groups[x->n_groups++];
		G->sets = g->sets;
		G->reps_min = g->reps_min;
		G->reps_max = g->reps_max;
		G->load_factor = g->load_factor;
		G->band = -1;
		G->amrap = g->amrap;
		/* sp.rir has the deload's easier effort already */
		G->rir = g->has_rir ? g->rir + deload_rir : g->amrap ? deload_rir : sp.rir;
		/* no set to failure where the health rules set a floor: the program's
		 * rir is the least an AMRAP set keeps in reserve then */
		G->capped = g->amrap && (in->prof->hypertension || !in->prof->parq_cleared);
		if (G->capped && G->rir < sp.rir)
			G->rir = sp.rir;
	}
	if (x->n_groups)
		x->rir = x->groups[0].rir;
}

void rx_groups_trim(struct rx_exercise *x)
{
	int total = 0;
	for (size_t i = 0; i < x->n_groups; i++)
		total += x->groups[i].sets;
	/* fewer sets come off the last groups first: back-off and AMRAP sets */
	while (total > x->sets && x->n_groups) {
		struct rx_group *G = &x->groups[x->n_groups - 1];
		G->sets--;
		total--;
		if (G->sets == 0)
			x->n_groups--;
	}
}

/* The loads of the groups after the first: its load times their factor,
 * rounded down to what the person's equipment makes. */
static void rx_group_loads(const struct rx_input *in, struct rx_exercise *x)
{
	if (!x->n_groups)
		return;
	struct loadset ls;
	bool external = x->has_load && x->tool != TOOL_BAND;
	if (external)
		loadset_for(&ls, x->ex, in->prof);
	for (size_t i = 0; i < x->n_groups; i++) {
		struct rx_group *G = &x->groups[i];
		G->band = x->band;
		G->load = !external ? 0
			  : i == 0  ? x->load
				    : load_round_down(&ls, x->load * G->load_factor);
	}
	if (external)
		loadset_free(&ls);
}

/* On a ladder: the reps above the range on its last rung, or the step up. */
static void ladder_reps(struct rx_exercise *x, const struct slot_state *st)
{
	if (x->slot->kind != SLOT_LADDER || !st->known || strcmp(st->exercise, x->ex->id) != 0)
		return;
	if (st->extra_reps > 0) {
		x->reps_min += st->extra_reps;
		x->reps_max += st->extra_reps;
		for (size_t i = 0; i < x->n_groups; i++) {
			x->groups[i].reps_min += st->extra_reps;
			x->groups[i].reps_max += st->extra_reps;
		}
		add_why(x,
			P_("the top of the ladder: %d more rep than the program's range",
			   "the top of the ladder: %d more reps than the program's range",
			   st->extra_reps),
			st->extra_reps);
	} else if (st->outcome == OUT_RUNG_UP) {
		add_why(x, _("a step up the ladder: every set reached the top last time"));
	}
}

/* Double progression with weights before a big jump: the longer range
 * (policy progression.extend_reps) at the load the person has. */
static void longer_range(struct rx_exercise *x, const struct slot_state *st)
{
	if (x->slot->p.prog.model != PM_DOUBLE ||
	    (x->ex->load != LOAD_EXTERNAL && x->ex->load != LOAD_BAND) || x->seconds ||
	    !st->known || st->extra_reps <= 0 || strcmp(st->exercise, x->ex->id) != 0)
		return;
	x->reps_max += st->extra_reps;
}

/* Sets off for familiarisation, a low or very sore day and time off. */
static int sets_off(const struct policy *pol, const struct rx_day *f, const struct readiness *r)
{
	int minus = 0;
	if (f->familiar)
		minus += (int)-pol->beginner_sets_delta;
	if (r->low)
		minus += (int)-pol->low_sets_delta;
	else if (r->sore) /* a low day takes a set off already: no stacking */
		minus += (int)-pol->soreness_sets_delta;
	if (!f->deload)
		minus += -f->gap_sets; /* a deload week is fewer sets already: no stacking */
	return minus;
}

/* The reps in reserve no set goes under: the highest floor of every rule
 * that applies. */
static int effort_floor(const struct policy *pol, const struct profile *prof,
			const struct rx_day *f, const struct readiness *r)
{
	int floor = 0;
	if (f->familiar && pol->beginner_rir_min > floor)
		floor = (int)pol->beginner_rir_min;
	if (r->anxious && pol->anxious_rir_min > floor)
		floor = (int)pol->anxious_rir_min;
	if (prof->hypertension && pol->hypertension_rir_min > floor)
		floor = (int)pol->hypertension_rir_min;
	if (!prof->parq_cleared && pol->parq_rir_min > floor)
		floor = (int)pol->parq_rir_min;
	if (f->older && pol->older_rir_min > floor)
		floor = (int)pol->older_rir_min;
	return floor;
}

/* The fewest reps a set may have under the health limits (0: none), and
 * the limit that sets it. */
static int health_min_reps(const struct policy *pol, const struct profile *prof,
			   const struct rx_day *f, const char **why)
{
	int min_reps = 0;
	*why = NULL;
	if (f->older) {
		min_reps = (int)(f->older_start ? pol->older_start_min_reps : pol->older_min_reps);
		*why = f->older_start ? _("a lighter start at 65 and over")
				      : _("older-adult doses");
	}
	if (prof->hypertension && pol->hypertension_min_reps > min_reps) {
		min_reps = (int)pol->hypertension_min_reps;
		*why = _("high blood pressure");
	}
	if (!prof->parq_cleared && pol->parq_min_reps > min_reps) {
		min_reps = (int)pol->parq_min_reps;
		*why = _("PAR-Q+ not yet cleared");
	}
	return min_reps;
}

void rx_volume(const struct rx_input *in, const struct rx_day *f, const struct readiness *r,
	       struct rx_exercise *x)
{
	const struct policy *pol = &in->cat->policy;
	int minus = sets_off(pol, f, r);
	x->sets = x->sets - minus < 1 ? 1 : x->sets - minus;
	/* effort: a low or very sore day further from failure, never under the floor */
	int more_rir = r->low	 ? (int)pol->low_rir_delta
		       : r->sore ? (int)pol->soreness_rir_delta
				 : 0;
	int floor = effort_floor(pol, in->prof, f, r);
	x->rir += more_rir;
	if (x->rir < floor)
		x->rir = floor;
	rx_groups_trim(x);
	for (size_t i = 0; i < x->n_groups; i++) {
		struct rx_group *G = &x->groups[i];
		G->rir += more_rir;
		if (G->rir < floor)
			G->rir = floor; /* every set, AMRAP ones too */
	}
	/* health limits: lighter loads for more reps, where the load can be lighter */
	const char *reps_why;
	int min_reps = health_min_reps(pol, in->prof, f, &reps_why);
	bool lighter = x->ex && x->ex->load == LOAD_EXTERNAL && !x->seconds;
	if (lighter && x->reps_min < min_reps) {
		x->reps_min = min_reps;
		if (x->reps_max < min_reps)
			x->reps_max = min_reps;
		add_why(x, _("at least %d reps a set, at a lighter load (%s)"), min_reps, reps_why);
	}
	for (size_t i = 0; lighter && i < x->n_groups; i++) {
		struct rx_group *G = &x->groups[i];
		if (G->reps_min < min_reps) {
			G->reps_min = min_reps;
			if (G->reps_max < min_reps)
				G->reps_max = min_reps;
		}
	}
	if (r->anxious) {
		x->rest_s += (int)pol->anxious_rest_extra_s;
		x->rest_between_s += (int)pol->anxious_rest_extra_s;
	}
}

/* The exercise the person chose in place of slot key's, if any. */
static const struct exercise *swapped(const struct rx_input *in, const char *key)
{
	for (size_t k = 0; k < in->n_swaps; k++)
		if (in->swap_slot[k] && strcmp(in->swap_slot[k], key) == 0 && in->swap_to[k])
			return in->swap_to[k];
	return NULL;
}

/* Each slot of the day: choice, volume, load, breathing. */
static void rx_slots(const struct rx_input *in, const struct rx_history *h, const struct rx_day *f,
		     struct rx *rx)
{
	char key[80];
	for (size_t i = 0; i < rx->day->n_slots && rx->n_ex < RX_MAX_EX; i++) {
		const struct slot *s = &rx->day->slots[i];
		const struct slot_state *st = rx_history_state(h, slot_key(s, key, sizeof(key)));
		const struct exercise *e = rx_choose(in, rx, s, st, f);
		const struct exercise *sw = swapped(in, key);
		if (sw && e && e != sw)
			adjust(rx, _("you chose it"), _("%s instead of %s"), sw->name, e->name);
		if (sw)
			e = sw;
		if (!e)
			continue;
		struct rx_exercise *x = &rx->ex[rx->n_ex++];
		rx_exercise_init(in, f, s, e, x);
		ladder_reps(x, st);
		longer_range(x, st);
		rx_volume(in, f, &rx->readiness, x);
		if (e->load == LOAD_EXTERNAL || e->load == LOAD_BAND)
			rx_load(in, h, f, rx, x, st);
		rx_group_loads(in, x);
		rx_breathing(e, x->tempo, x->tempo_n, in->prof->hypertension, x->breathing,
			     sizeof(x->breathing));
	}
}

/* The header of the day: week, day, deload, the end of the program. */
static void rx_start(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	const struct program *p = in->program;
	memset(rx, 0, sizeof(*rx));
	rx->date = in->date;
	rx->program = p;
	rx->unit = units_names[in->prof->units];
	rx->hard_advisory = -1;
	rx->week = h->week;
	rx->before_start = rx->week == 0;
	rx->finished = p->weeks && rx->week > p->weeks;
	rx->deload = program_is_deload(p, rx->week);
	rx->day = h->day;
	rx->moved_to = h->moved_to;
	rx->next_date = -1;
	readiness_of(&in->checkin, &in->cat->policy, &rx->readiness);
}

/* After the slots: health words, the low day's order, the short session, time. */
static void rx_finish(const struct rx_input *in, struct rx *rx)
{
	const struct policy *pol = &in->cat->policy;
	const struct profile *prof = in->prof;
	if (prof->hypertension)
		adjust_effort(rx, _("high blood pressure"),
			      _("no set near failure; the top of each range, never as many reps as "
				"possible"));
	if (!prof->parq_cleared)
		adjust_effort(rx, _("a PAR-Q+ answer not yet cleared"),
			      _("every set light: at least %d reps in reserve"),
			      (int)pol->parq_rir_min);
	if (in->short_session && rx->short_offered) {
		/* the minimum dose: the first exercises once through (a superset's
		 * first ones, one round), after a shorter warm-up (policy time_budget) */
		size_t keep = (size_t)pol->time_budget_keep_first_exercises;
		int sets = (int)pol->time_budget_short_sets;
		bool cut = rx->n_ex > keep, fewer = false;
		if (cut)
			rx->n_ex = keep;
		for (size_t i = 0; i < rx->n_ex; i++)
			if (rx->ex[i].sets > sets) {
				rx->ex[i].sets = sets;
				fewer = true;
			}
		if (fewer)
			adjust(rx, _("you chose the short session"),
			       P_("only the first %zu exercises today, %d set of each",
				  "only the first %zu exercises today, %d sets of each", sets),
			       rx->n_ex, sets);
		else if (cut)
			adjust(rx, _("you chose the short session"),
			       _("only the first %zu exercises today"), rx->n_ex);
		rx->short_taken = true;
	}
	rx_supersets_number(rx);
	rx_warmup(in, rx);
	rx_fit_time(rx, prof, pol);
	/* after the time budget: the exercise it moves to the end is one that is
	 * done, never one the budget then leaves out (newcomer-month finding 14) */
	if (rx->readiness.low && !in->short_session)
		easiest_last(rx);
	rx_supersets_number(rx);
	for (size_t i = 0; i < rx->n_ex; i++)
		rx_groups_trim(&rx->ex[i]);
}

/* The end of a program is a state the coach names, with what could come next. */
static void program_complete(const struct rx_input *in, struct rx *rx)
{
	const struct profile *prof = in->prof;
	struct rec_query q = {.level = prof->level,
			      .minutes = prof->minutes,
			      .equipment = profile_equipment(prof),
			      .parq_cleared = prof->parq_cleared,
			      .hypertension = prof->hypertension};
	for (int i = 0; i < WD_COUNT; i++)
		q.days += (int)((prof->weekdays >> i) & 1u);
	q.goals[q.n_goals++] = "mood";
	q.goals[q.n_goals++] = "anxiety";
	struct rec_item *v;
	size_t n;
	recommend(in->cat, &q, &v, &n);
	for (size_t i = 0; i < n && !rx->next_program; i++)
		if (!v[i].excluded && v[i].p != in->program)
			rx->next_program = v[i].p;
	free(v);
	if (rx->next_program)
		advise(rx,
		       _("Program complete: you have done the %d weeks of %s. Repeat it (coach "
			 "profile set start DATE), or move on to %s (coach profile set program "
			 "%s)."),
		       in->program->weeks, in->program->name, rx->next_program->name,
		       rx->next_program->id);
	else
		advise(rx,
		       _("Program complete: you have done the %d weeks of %s. Repeat it (coach "
			 "profile set start DATE), or see 'coach recommend'."),
		       in->program->weeks, in->program->name);
}

void rx_build(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	rx_start(in, h, rx);
	rx->after_missed = h->missed_yesterday;
	advisories(in, h, rx);
	if (rx->finished)
		program_complete(in, rx);
	if (!rx->day) {
		rx->rest_day = true;
		rx->next_date = h->next_date;
		rx->next_day = h->next_day;
		today_logged(h, rx);
		rx_aerobic(in, h, rx);
		return;
	}
	rx_aerobic(in, h, rx);
	struct rx_day f;
	rx_day_of(in, h, rx, &f);
	readiness_rules(in, &f, rx);
	/* the day after a lapse: a small step offered, not the full load alone */
	if (rx->after_missed && in->cat->policy.adherence_short_after_missed > 0)
		rx->short_offered = true;
	rx_slots(in, h, &f, rx);
	rx_finish(in, rx);
	rx_teach_rir(in, &f, rx);
	today_logged(h, rx);
	if (rx->done_today) {
		rx->next_date = h->next_date;
		rx->next_day = h->next_day;
	}
	/* _("today sounds hard") is moot once the session is done */
	if (rx->done_today && rx->hard_advisory >= 0 &&
	    (size_t)rx->hard_advisory < rx->n_advisories) {
		size_t k = (size_t)rx->hard_advisory;
		memmove(rx->advisories[k], rx->advisories[k + 1],
			(rx->n_advisories - k - 1) * sizeof(rx->advisories[0]));
		rx->n_advisories--;
	}
}

void rx_prescribe_from(const struct rx_input *in, const struct rx_history *h, struct rx *rx)
{
	rx_build(in, h, rx);
	/* the one hook of N-of-1 experiments (experiment.h): a pure step after
	 * rx_build that only moves today within every rule above */
	struct experiment x;
	if (experiment_load(in->st, &x)) {
		char why[RX_TEXT];
		bool risk = experiment_risk(in->st, &in->cat->policy, in->date, why, sizeof(why));
		experiment_apply(&x, risk, why, in, h, rx);
	}
}

void rx_prescribe(const struct rx_input *in, struct rx *rx)
{
	struct rx_history h;
	rx_history_load(in->st, in->cat, in->prof, in->program, in->date, &h);
	rx_prescribe_from(in, &h, rx);
	rx_history_free(&h);
}
