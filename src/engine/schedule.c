#include "coach/schedule.h"

#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/util.h"

/* the YAML words; shown through gettext, so marked for translation */
const char *const day_status_names[] = {N_("rest"),  N_("planned"),   N_("done"), N_("missed"),
					N_("moved"), N_("showed-up"), NULL};

/* The start date used (the profile's, or the date itself when unset). */
static int schedule_start(const struct profile *prof, int date)
{
	return prof->start >= 0 ? prof->start : date;
}

int schedule_week(const struct profile *prof, int date)
{
	int start = schedule_start(prof, date);
	if (date < start)
		return 0;
	return (date_monday(date) - date_monday(start)) / 7 + 1;
}

static int popcount7(unsigned bits)
{
	int n = 0;
	for (int i = 0; i < 7; i++)
		n += (int)((bits >> i) & 1u);
	return n;
}

/* Planned dates in [from, to) on the profile's weekdays. */
static int planned_between(unsigned weekdays, int from, int to)
{
	if (to <= from)
		return 0;
	int span = to - from;
	int n = span / 7 * popcount7(weekdays);
	int wd = date_weekday(from);
	for (int i = 0; i < span % 7; i++)
		n += (int)((weekdays >> ((wd + i) % 7)) & 1u);
	return n;
}

/* The smallest gap, in days, between consecutive training days round the week. */
static int min_gap(unsigned bits)
{
	int first = -1, prev = -1, gap = 7;
	for (int d = 0; d < 7; d++) {
		if (!(bits >> d & 1))
			continue;
		if (prev >= 0 && d - prev < gap)
			gap = d - prev;
		if (first < 0)
			first = d;
		prev = d;
	}
	if (first >= 0 && prev != first && first + 7 - prev < gap)
		gap = first + 7 - prev;
	return gap;
}

unsigned schedule_training_days(const struct profile *prof, const struct program *p)
{
	int have = popcount7(prof->weekdays), want = p->days_per_week;
	if (want >= have)
		return prof->weekdays;
	unsigned best = 0;
	int best_gap = -1;
	/* every subset of the profile's days of the right size; ties go to earlier days */
	for (unsigned s = 1; s < 128; s++) {
		if ((s & ~prof->weekdays) || popcount7(s) != want)
			continue;
		int g = min_gap(s);
		if (g > best_gap || (g == best_gap && s < best)) {
			best_gap = g;
			best = s;
		}
	}
	return best;
}

const struct day *schedule_day(const struct profile *prof, const struct program *p, int date)
{
	int start = schedule_start(prof, date);
	unsigned days = schedule_training_days(prof, p);
	if (date < start || !p->n_days || !(days & (1u << date_weekday(date))))
		return NULL;
	int index = planned_between(days, start, date);
	return &p->days[index % (int)p->n_days];
}

const struct day *schedule_day_moved(struct store *st, const struct profile *prof,
				     const struct program *p, int date, int *moved_to)
{
	*moved_to = -1;
	int monday = date_monday(date);
	int *from = NULL, *to = NULL;
	size_t n = 0;
	const struct day *d = schedule_day(prof, p, date);
	if (st && store_moves(st, monday, monday + 6, &from, &to, &n)) {
		for (size_t i = 0; i < n; i++) {
			if (from[i] == date) {
				*moved_to = to[i];
				d = NULL;
			}
		}
		for (size_t i = 0; i < n; i++)
			if (to[i] == date)
				d = schedule_day(prof, p, from[i]);
	}
	free(from);
	free(to);
	return d;
}

bool schedule_move(struct store *st, const struct profile *prof, const struct program *p, int from,
		   int to, int today, const char **why)
{
	struct plan_week w;
	if (to <= from || date_monday(to) != date_monday(from)) {
		*why = _("a day moves to a later day of the same week (Monday to Sunday)");
		return false;
	}
	if (to < today) {
		*why = _("that day has passed; move a session to today or later");
		return false;
	}
	if (!schedule_plan(st, prof, p, from, today, &w)) {
		*why = store_error(st);
		return false;
	}
	const struct plan_day *f = &w.days[from - w.monday], *t = &w.days[to - w.monday];
	if (f->status != DAY_PLANNED && f->status != DAY_MISSED) {
		*why = _("there is no planned or missed session on that day to move");
		return false;
	}
	if (t->status != DAY_REST || t->sessions) {
		*why = _("the day it would move to is not free; never two strength sessions on one "
			 "day");
		return false;
	}
	/* a day moved here once moves on from where it first was */
	int origin = f->moved_from >= 0 ? f->moved_from : from;
	if (!store_begin(st))
		goto fail;
	if (!store_add_move(st, origin, to, f->day)) {
		store_rollback(st);
		goto fail;
	}
	if (!store_commit(st))
		goto fail;
	return true;
fail:
	*why = store_error(st);
	return false;
}

int schedule_next(struct store *st, const struct profile *prof, const struct program *p, int after,
		  const struct day **day)
{
	for (int d = after + 1; d <= after + 14; d++) {
		int moved;
		const struct day *x = schedule_day_moved(st, prof, p, d, &moved);
		if (x) {
			*day = x;
			return d;
		}
	}
	*day = NULL;
	return -1;
}

/* The moves recorded for the week: each moves its day, when the program has it. */
static bool plan_moves(struct store *st, struct plan_week *w)
{
	int *from = NULL, *to = NULL;
	size_t n = 0;
	if (st && !store_moves(st, w->monday, w->monday + 6, &from, &to, &n))
		return false;
	for (size_t i = 0; i < n; i++) {
		struct plan_day *a = &w->days[from[i] - w->monday];
		/* a move of a day this program does not have (made before the
		 * program changed) moves nothing, as schedule_day_moved has it */
		if (to[i] < w->monday || to[i] > w->monday + 6 || !a->day)
			continue;
		struct plan_day *b = &w->days[to[i] - w->monday];
		b->day = a->day;
		b->status = DAY_PLANNED;
		b->moved_from = a->date;
		a->status = DAY_MOVED;
		a->moved_to = b->date;
	}
	free(from);
	free(to);
	return true;
}

/* The program's own name of a logged day (NULL: not one of p's days); the
 * session's string lives only as long as the sessions read. */
static const char *program_day_name(const struct program *p, const char *day)
{
	for (size_t i = 0; p && day && i < p->n_days; i++)
		if (strcmp(p->days[i].name, day) == 0)
			return p->days[i].name;
	return NULL;
}

/* One logged session on its day of the week. */
static void plan_session(struct plan_week *w, const struct program *p,
			 const struct logged_session *s)
{
	struct plan_day *d = &w->days[s->date - w->monday];
	for (size_t j = 0; j < s->n_aerobic; j++)
		d->aerobic_min += s->aerobic[j].minutes;
	d->breathing_min += s->breathing_min;
	if (!s->n_sets)
		return;
	d->sessions++;
	d->short_sessions += s->short_session;
	for (size_t j = 0; j < s->n_sets; j++)
		d->volume += s->sets[j].reps * s->sets[j].load;
	if (s->checkin.given)
		d->mood_before = s->checkin.mood;
	if (s->mood_after)
		d->mood_after = s->mood_after;
	if (d->status == DAY_REST || d->status == DAY_MOVED) {
		d->extra = d->status == DAY_REST;
		if (!d->day)
			d->day = program_day_name(p, s->day);
	}
	d->status = DAY_DONE;
}

/* A planned day done on another (unplanned) day of the week counts as moved there. */
static void plan_done_elsewhere(struct plan_week *w, int today)
{
	for (int i = 0; i < 7; i++) {
		struct plan_day *a = &w->days[i];
		if (a->status != DAY_PLANNED || a->date >= today || !a->day)
			continue;
		for (int j = 0; j < 7; j++) {
			struct plan_day *b = &w->days[j];
			if (b->extra && b->day && strcmp(b->day, a->day) == 0 &&
			    b->moved_from < 0) {
				a->status = DAY_MOVED;
				a->moved_to = b->date;
				b->moved_from = a->date;
				b->extra = false;
				break;
			}
		}
	}
}

bool schedule_plan(struct store *st, const struct profile *prof, const struct program *p, int date,
		   int today, struct plan_week *w)
{
	memset(w, 0, sizeof(*w));
	w->monday = date_monday(date);
	for (int i = 0; i < 7; i++) {
		struct plan_day *d = &w->days[i];
		d->date = w->monday + i;
		d->moved_to = d->moved_from = -1;
		const struct day *pd = p ? schedule_day(prof, p, d->date) : NULL;
		d->day = pd ? pd->name : NULL;
		d->status = pd ? DAY_PLANNED : DAY_REST;
	}
	if (!plan_moves(st, w))
		return false;
	struct logged_list l = {0};
	if (st && !store_sessions(st, w->monday, w->monday + 6, &l))
		return false;
	for (size_t i = 0; i < l.n; i++)
		plan_session(w, p, &l.v[i]);
	plan_done_elsewhere(w, today);
	for (int i = 0; i < 7; i++) {
		struct plan_day *d = &w->days[i];
		if (d->status == DAY_PLANNED && d->date < today)
			d->status = DAY_MISSED;
		if (d->status == DAY_DONE)
			w->strength_done++;
		if (d->status == DAY_DONE || d->status == DAY_PLANNED || d->status == DAY_MISSED)
			w->strength_planned += !d->extra;
		w->aerobic_min += d->aerobic_min;
	}
	logged_list_free(&l);
	return true;
}

bool schedule_missed_yesterday(struct store *st, const struct profile *prof,
			       const struct program *p, int today)
{
	struct plan_week w;
	int y = today - 1;
	if (!schedule_plan(st, prof, p, y, today, &w))
		return false;
	for (int i = 0; i < 7; i++)
		if (w.days[i].date == y)
			return w.days[i].status == DAY_MISSED;
	return false;
}

void schedule_minimum_doses(struct plan_week *w, const struct policy *pol, int today)
{
	w->showed_up = 0;
	for (int i = 0; i < 7; i++) {
		struct plan_day *d = &w->days[i];
		bool dose = d->aerobic_min >= pol->adherence_walk_min ||
			    d->breathing_min >= pol->adherence_breathing_min;
		/* today's planned day too: the breathing alone on a low day, or a
		 * walk, already counts; a session after it makes the day done */
		bool open = d->status == DAY_REST || d->status == DAY_MISSED ||
			    (d->status == DAY_PLANNED && d->date <= today);
		if (open && dose)
			d->status = DAY_SHOWED_UP;
		/* only the short session: showed up, a minimum dose of its own */
		if (d->status == DAY_DONE && d->sessions && d->short_sessions == d->sessions) {
			d->status = DAY_SHOWED_UP;
			w->strength_done--;
		}
		w->showed_up += d->status == DAY_SHOWED_UP;
	}
}

/* Did the week have its strength days? */
static bool week_counts(const struct plan_week *w, int days_needed)
{
	int needed = w->strength_planned < days_needed ? w->strength_planned : days_needed;
	if (needed < 1)
		needed = 1;
	return w->strength_done + w->showed_up >= needed;
}

void schedule_consistency_of(const struct plan_week *weeks, int n, int max_weeks, int days_needed,
			     struct consistency *out)
{
	out->weeks = out->of = 0;
	/* the week still going counts for the person once it counts, never against */
	if (n > 0 && !week_counts(&weeks[n - 1], days_needed))
		n--;
	for (int i = n - 1; i >= 0 && out->of < max_weeks; i--) {
		out->of++;
		out->weeks += week_counts(&weeks[i], days_needed);
	}
}

bool schedule_consistency(struct store *st, const struct profile *prof, const struct program *p,
			  const struct policy *pol, int today, struct consistency *out)
{
	int max_weeks = (int)pol->adherence_consistency_weeks;
	int start = prof->start, last;
	if (start < 0 && (!store_date_range(st, &start, &last) || start < 0))
		start = today;
	int now = date_monday(today), first = date_monday(start);
	/* one week more than the window: the current one may not count yet */
	if (first < now - 7 * max_weeks)
		first = now - 7 * max_weeks;
	int n = first <= now ? (now - first) / 7 + 1 : 0;
	struct plan_week *w = xcalloc((size_t)(n ? n : 1), sizeof(*w));
	bool ok = true;
	for (int i = 0; i < n && ok; i++) {
		ok = schedule_plan(st, prof, p, first + 7 * i, today, &w[i]);
		if (ok)
			schedule_minimum_doses(&w[i], pol, today);
	}
	if (ok)
		schedule_consistency_of(w, n, max_weeks, (int)pol->adherence_consistency_days, out);
	free(w);
	return ok;
}
