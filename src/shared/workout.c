/* workout.c - a session trained live, and the progression it owes. */
#include "coach/workout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/lapse_plan.h"
#include "coach/schedule.h"

#include "coach/progression.h"
#include "coach/strength.h"
#include "coach/util.h"

/* The log's mark that a workout's sets are in but its progression is not. */
static const char owed_key[] = "progress_dirty";

bool workout_swap(struct workout_swaps *s, const struct rx_exercise *x, const struct exercise *to)
{
	char key[sizeof(s->slot[0])];
	slot_key(x->slot, key, sizeof(key));
	size_t k = 0;
	while (k < s->n && strcmp(s->slot[k], key) != 0)
		k++;
	if (k == s->n) {
		if (s->n == RX_MAX_EX)
			return false;
		s->n++;
	}
	snprintf(s->slot[k], sizeof(s->slot[k]), "%s", key);
	s->to[k] = to;
	return true;
}

void workout_swaps_input(const struct workout_swaps *s, struct rx_input *in)
{
	for (size_t i = 0; i < s->n; i++) {
		in->swap_slot[i] = s->slot[i];
		in->swap_to[i] = s->to[i];
	}
	in->n_swaps = s->n;
}

struct target workout_target(const struct rx_exercise *x)
{
	return (struct target){.given = true,
			       .reps_min = x->reps_min,
			       .reps_max = x->reps_max,
			       .rir = x->rir,
			       .sets = x->sets,
			       .band = x->tool == TOOL_BAND ? x->band : -1,
			       .load = x->tool == TOOL_BAND ? 0 : x->load};
}

void workout_meta_of(const struct readiness *r, struct session_meta *m)
{
	*m = (struct session_meta){.hold = readiness_is_hold(r),
				   .readiness = readiness_names[r->band]};
}

/* The hold follows the day's readiness even on a rest day, when the
 * prescription has no rules to hold (a session logged on a day off). */
void workout_meta(const struct rx *rx, struct session_meta *m)
{
	workout_meta_of(&rx->readiness, m);
	/* the short session is a low day's minimum: a hold, never a failure */
	m->hold = m->hold || rx->short_taken;
	m->week = rx->week;
	m->deload = rx->deload;
}

void workout_new(struct workout *w)
{
	memset(w, 0, sizeof(*w));
	w->active = true;
}

void workout_resume(struct workout *w, struct store *st, const struct rx *rx, int date)
{
	workout_new(w);
	w->session = rx->session_today;
	struct logged_list l;
	if (!w->session || !store_sessions(st, date, date, &l))
		return;
	int done[RX_MAX_EX] = {0};
	for (size_t i = 0; i < l.n; i++) {
		if (l.v[i].id != w->session)
			continue;
		for (size_t j = 0; j < l.v[i].n_sets; j++) {
			const struct logged_set *x = &l.v[i].sets[j];
			if (x->position >= 0 && x->position < RX_MAX_EX)
				done[x->position]++;
			w->sets_done++;
			w->volume += x->reps * x->load;
		}
	}
	logged_list_free(&l);
	bool found = false;
	for (size_t i = 0; i < rx->n_ex; i++) {
		if (done[i] >= rx->ex[i].sets) {
			w->skipped[i] = true;
			continue;
		}
		/* in a superset, the round with the fewest sets done goes on */
		if (!found || (rx->ex[i].superset && rx->ex[i].superset == rx->ex[w->ex].superset &&
			       (size_t)done[i] < w->set)) {
			w->ex = i;
			w->set = (size_t)done[i];
			found = true;
		}
	}
	if (!found)
		w->ex = rx->n_ex; /* every set is in: straight to the end */
}

/* On to the first set of the exercise after exercise i's superset (or i
 * itself) not skipped; false at the end. */
static bool next_exercise(struct workout *w, const struct rx *rx)
{
	size_t first, n = rx_superset_span(rx, w->ex, &first);
	w->set = 0;
	w->ex = first + n - 1;
	do
		w->ex++;
	while (w->ex < rx->n_ex && w->skipped[w->ex]);
	return w->ex < rx->n_ex;
}

/* In a superset, the set after round r of exercise i: the next exercise of
 * the round with a set left, else the first of the next round; false when
 * the superset is done. */
static bool next_in_superset(struct workout *w, const struct rx *rx, size_t i, size_t r)
{
	size_t first, n = rx_superset_span(rx, i, &first);
	for (size_t round = r; round < (size_t)rx_rounds(rx, i); round++)
		for (size_t k = round == r ? i + 1 : first; k < first + n; k++)
			if (!w->skipped[k] && (size_t)rx->ex[k].sets > round) {
				w->ex = k;
				w->set = round;
				return true;
			}
	return false;
}

bool workout_skip(struct workout *w, const struct rx *rx)
{
	w->skipped[w->ex] = true;
	w->round_goes_on = false;
	if (rx->ex[w->ex].superset && next_in_superset(w, rx, w->ex, w->set))
		return true;
	return next_exercise(w, rx);
}

bool workout_finished(const struct workout *w, const struct rx *rx)
{
	return w->ex >= rx->n_ex;
}

bool workout_log_set(struct workout *w, struct store *st, const struct policy *pol,
		     const struct rx *rx, const char *program, int date, const struct checkin *ck,
		     int reps, int rir)
{
	const struct rx_exercise *x = &rx->ex[w->ex];
	if (!w->session) {
		struct session s = {.date = date,
				    .program = program,
				    .day = rx->day ? rx->day->name : NULL,
				    .checkin = *ck,
				    .short_session = rx->short_taken};
		struct session_meta m;
		workout_meta(rx, &m);
		if (!store_begin(st))
			return false;
		if (!store_add_session(st, &s, &m, &w->session) ||
		    !store_meta_set(st, owed_key, "1") || !store_commit(st)) {
			store_rollback(st);
			w->session = 0;
			return false;
		}
	}
	char key[80];
	struct exercise_done e = {.id = x->ex->id,
				  .slot = slot_key(x->slot, key, sizeof(key)),
				  .target = workout_target(x)};
	struct set_done d = {.reps = reps,
			     .load = x->has_load && x->tool != TOOL_BAND ? x->load : 0,
			     .band = x->has_load && x->tool == TOOL_BAND ? x->band : -1,
			     .rir = x->seconds ? -1 : rir};
	if (!store_add_set(st, w->session, (int)w->ex, &e, (int)w->set + 1, &d))
		return false;
	w->undo.ok = true;
	w->undo.ex = w->ex;
	w->undo.set = w->set;
	w->undo.reps = reps;
	w->undo.rir = rir;
	w->undo.volume = w->volume;
	w->undo.best_e1rm = w->best_e1rm;
	w->undo.best_name = w->best_name;
	w->sets_done++;
	w->volume += d.reps * d.load;
	double e1 = e1rm_of_set(d.load, d.reps, d.rir, (int)pol->rir_model_max_reps_rts,
				(int)pol->rir_model_epley_cap_reps);
	if (e1 > w->best_e1rm) {
		w->best_e1rm = e1;
		w->best_name = x->ex->name;
	}
	size_t done = w->set;
	w->round_goes_on = false;
	if (x->superset) {
		if (next_in_superset(w, rx, w->ex, done))
			w->round_goes_on = w->set == done;
		else
			next_exercise(w, rx);
	} else if ((int)++w->set >= x->sets) {
		next_exercise(w, rx);
	}
	return true;
}

bool workout_undo(struct workout *w, struct store *st, int *reps, int *rir)
{
	if (!w->undo.ok || !store_remove_set(st, w->session, (int)w->undo.ex, (int)w->undo.set + 1))
		return false;
	w->undo.ok = false;
	w->ex = w->undo.ex;
	w->set = w->undo.set;
	*reps = w->undo.reps;
	*rir = w->undo.rir;
	w->volume = w->undo.volume;
	w->best_e1rm = w->undo.best_e1rm;
	w->best_name = w->undo.best_name;
	w->sets_done--;
	return true;
}

bool workout_set_mood_after(struct workout *w, struct store *st, int mood)
{
	w->mood_after = mood;
	if (store_begin(st) && store_set_mood_after(st, w->session, mood) && store_commit(st))
		return true;
	store_rollback(st);
	return false;
}

bool workout_set_feeling(struct workout *w, struct store *st, int feeling)
{
	if (feeling < FEELING_MIN || feeling > FEELING_MAX)
		return false;
	if (store_begin(st) && store_set_feeling(st, w->session, feeling) && store_commit(st)) {
		w->has_feeling = true;
		w->feeling = feeling;
		return true;
	}
	store_rollback(st);
	return false;
}

void workout_end(struct workout *w, struct store *st, const struct catalog *cat,
		 const struct profile *prof, const struct program *prog, int date)
{
	if (!w->active)
		return;
	if (w->session && store_begin(st)) {
		if (progression_update(st, cat, prof, prog, date) &&
		    store_meta_set(st, owed_key, NULL))
			store_commit(st);
		else
			store_rollback(st);
	}
	w->active = false;
}

void workout_catch_up(struct store *st, const struct catalog *cat, const struct profile *prof,
		      const struct program *prog)
{
	char owed[8];
	if (store_meta_get(st, owed_key, owed, sizeof(owed)) && store_begin(st)) {
		if (progression_update(st, cat, prof, prog, -1) &&
		    store_meta_set(st, owed_key, NULL))
			store_commit(st);
		else
			store_rollback(st);
	}
}

bool workout_delete_day(struct store *st, const struct catalog *cat, const struct profile *prof,
			int date, int *removed)
{
	*removed = 0;
	struct logged_list l;
	if (!store_sessions(st, date, date, &l))
		return false;
	bool ok = store_begin(st) && store_delete_date(st, date, INT64_MAX, true, removed);
	for (size_t i = 0; ok && i < l.n; i++) {
		bool again = false; /* each program once */
		for (size_t j = 0; j < i && !again; j++)
			again = l.v[j].program && l.v[i].program &&
				strcmp(l.v[j].program, l.v[i].program) == 0;
		if (!again)
			ok = progression_rebuild(st, cat, prof, l.v[i].program);
	}
	logged_list_free(&l);
	if (ok)
		ok = store_commit(st);
	if (!ok)
		store_rollback(st);
	return ok;
}

bool workout_change_set(struct store *st, const struct catalog *cat, const struct profile *prof,
			int64_t session, const char *program, int position, int set_no,
			const struct set_done *to, const char **why)
{
	*why = NULL;
	if (to && (to->reps < 0 || to->reps > 1000)) {
		*why = _("reps are 0 to 1000");
		return false;
	}
	if (to && (to->load < 0 || to->load > 1000)) {
		*why = _("the load is 0 to 1000");
		return false;
	}
	if (to && (to->rir < -1 || to->rir > 10)) {
		*why = _("reps in reserve are 0 to 10");
		return false;
	}
	if (!store_begin(st))
		return false;
	bool ok = to ? store_update_set(st, session, position, set_no, to->reps, to->load, to->rir)
		     : store_remove_set(st, session, position, set_no);
	if (!ok)
		*why = _("that set is no longer in the log");
	if (ok && program)
		ok = progression_rebuild(st, cat, prof, program);
	if (ok)
		ok = store_commit(st);
	if (!ok)
		store_rollback(st);
	return ok;
}

bool workout_note(struct store *st, int64_t session, int position, int set_no, const char *text,
		  const char **why)
{
	*why = NULL;
	size_t n = text ? strlen(text) : 0;
	while (n && text[n - 1] == ' ')
		n--;
	size_t chars = 0; /* characters, not bytes */
	for (size_t i = 0; i < n; i++)
		chars += ((unsigned char)text[i] & 0xc0) != 0x80;
	if (chars > SESSION_MAX_NOTES) {
		*why = _("a note is at most 2,000 characters");
		return false;
	}
	if (!store_begin(st))
		return false;
	char *kept = NULL;
	if (n && strspn(text, " ") < n) {
		kept = xmalloc(n + 1);
		memcpy(kept, text, n);
		kept[n] = '\0';
	}
	bool ok = store_set_notes(st, session, position, set_no, kept);
	free(kept);
	if (!ok)
		*why = _("that entry is no longer in the log");
	if (ok)
		ok = store_commit(st);
	if (!ok)
		store_rollback(st);
	return ok;
}

bool workout_mood_after_later(struct store *st, int date, int mood)
{
	struct logged_list l;
	if (!store_sessions(st, date, date, &l))
		return false;
	int64_t id = l.n ? l.v[l.n - 1].id : 0;
	logged_list_free(&l);
	return id && store_set_mood_after(st, id, mood);
}

/* A session of its own (aerobic minutes, the breathing), in one transaction. */
static bool add_alone(struct store *st, const struct session *s)
{
	struct session_meta m = {0};
	int64_t id;
	if (!store_begin(st))
		return false;
	if (!store_add_session(st, s, &m, &id) || !store_commit(st)) {
		store_rollback(st);
		return false;
	}
	return true;
}

bool workout_log_aerobic(struct store *st, int date, const char *kind, int minutes)
{
	if (minutes < 1 || minutes > 600)
		return false;
	struct aerobic a = {.kind = kind, .minutes = minutes};
	struct session s = {.date = date, .aerobic = &a, .n_aerobic = 1};
	return add_alone(st, &s);
}

bool workout_log_breathing(struct store *st, int date, int minutes, int *day_total)
{
	if (minutes < 1 || minutes > SESSION_MAX_BREATHING_MIN)
		return false;
	struct session s = {.date = date, .breathing_min = minutes};
	if (!add_alone(st, &s))
		return false;
	/* the day's breathing, as the week adds it up (schedule.c) */
	if (day_total) {
		struct logged_list l;
		*day_total = minutes;
		if (store_sessions(st, date, date, &l)) {
			*day_total = 0;
			for (size_t i = 0; i < l.n; i++)
				*day_total += l.v[i].breathing_min;
			logged_list_free(&l);
		}
	}
	return true;
}

bool workout_lapse_lead(const char *config_dir, const struct policy *pol, const struct rx *rx,
			struct lapse_lead *out)
{
	memset(out, 0, sizeof(*out));
	if (!rx->after_missed || rx->done_today)
		return false;
	struct lapse_plan lp;
	char *path = lapse_plan_path(config_dir);
	struct diags d = {0};
	out->have_plan = access(path, F_OK) == 0 && lapse_plan_load(&lp, path, &d) && lp.text[0];
	diags_free(&d);
	free(path);
	if (out->have_plan)
		snprintf(out->plan, sizeof(out->plan), "%s", lp.text);
	out->walk_min = (int)pol->adherence_walk_min;
	out->move_from = out->move_to = -1;
	/* what works today: on a rest day the missed session moves here only
	 * within its week (schedule_move keeps to the week) */
	if (!rx->rest_day)
		out->offer = rx->short_offered ? LAPSE_OFFER_SHORT : LAPSE_OFFER_SESSION;
	else if (date_monday(rx->date - 1) == date_monday(rx->date)) {
		out->offer = LAPSE_OFFER_MOVE;
		out->move_from = rx->date - 1;
		out->move_to = rx->date;
	} else
		out->offer = LAPSE_OFFER_WALK;
	return true;
}

void workout_lead_advisories(struct rx *rx, const char *const *text, size_t k)
{
	if (k > RX_MAX_ADV)
		k = RX_MAX_ADV;
	size_t at = rx->risk.kind != RISK_NONE && rx->n_advisories ? 1 : 0;
	if (at + k > RX_MAX_ADV)
		at = 0;
	size_t n = rx->n_advisories + k <= RX_MAX_ADV ? rx->n_advisories : RX_MAX_ADV - k;
	if (n < at)
		n = at;
	memmove(rx->advisories[at + k], rx->advisories[at], (n - at) * sizeof(rx->advisories[0]));
	for (size_t i = 0; i < k; i++)
		snprintf(rx->advisories[at + i], sizeof(rx->advisories[0]), "%s", text[i]);
	rx->n_advisories = n + k;
	if (rx->hard_advisory >= (int)at) {
		rx->hard_advisory += (int)k;
		if (rx->hard_advisory >= (int)rx->n_advisories)
			rx->hard_advisory = -1;
	}
}
