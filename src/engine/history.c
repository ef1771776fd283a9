/* history.c - the one read of the log a prescription makes. */
#include "coach/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/progression.h"
#include "coach/schedule.h"
#include "coach/util.h"

static const struct slot_state no_state = {.band = -1, .prev_band = -1, .last_date = -1};

void rx_history_empty(struct rx_history *h, int date)
{
	memset(h, 0, sizeof(*h));
	h->date = date;
	h->last_session = h->moved_to = h->next_date = -1;
	for (int s = 0; s < SCALE_COUNT; s++)
		h->screen_date[s] = h->screen_score[s] = -1;
}

void rx_history_free(struct rx_history *h)
{
	logged_list_free(&h->before);
	logged_list_free(&h->today);
	free(h->slots);
	rx_history_empty(h, h->date);
}

const struct slot_state *rx_history_state(const struct rx_history *h, const char *key)
{
	for (size_t i = 0; i < h->n_slots; i++)
		if (strcmp(h->slots[i].key, key) == 0)
			return &h->slots[i].state;
	return &no_state;
}

bool rx_history_last_load(const struct rx_history *h, const char *exercise, double *load, int *band)
{
	for (size_t i = h->before.n; i-- > 0;) {
		const struct logged_session *s = &h->before.v[i];
		for (size_t j = s->n_sets; j-- > 0;)
			if (strcmp(s->sets[j].exercise, exercise) == 0) {
				*load = s->sets[j].load;
				*band = s->sets[j].band;
				return true;
			}
	}
	return false;
}

int history_paused_weeks(const int *dates, size_t n, int date, int gap_days)
{
	int paused = 0;
	for (size_t i = 0; i < n; i++) {
		int next = i + 1 < n ? dates[i + 1] : date;
		if (next - dates[i] > gap_days)
			paused += (date_monday(next) - date_monday(dates[i])) / 7 - 1;
	}
	return paused;
}

/* The sessions of program p with sets in slot key, each with only those sets. */
static void slot_view(const struct logged_list *all, const char *program, const char *key,
		      struct logged_list *out)
{
	memset(out, 0, sizeof(*out));
	size_t cap = 0;
	for (size_t i = 0; i < all->n; i++) {
		const struct logged_session *s = &all->v[i];
		if (!s->program || strcmp(s->program, program) != 0)
			continue;
		size_t k = 0;
		for (size_t j = 0; j < s->n_sets; j++)
			k += s->sets[j].slot && strcmp(s->sets[j].slot, key) == 0;
		if (!k)
			continue;
		xgrow((void **)&out->v, &cap, out->n + 1, sizeof(*out->v));
		struct logged_session *c = &out->v[out->n++];
		*c = *s;
		c->sets = arena_array(&out->arena, k, sizeof(*c->sets));
		c->n_sets = 0;
		for (size_t j = 0; j < s->n_sets; j++)
			if (s->sets[j].slot && strcmp(s->sets[j].slot, key) == 0)
				c->sets[c->n_sets++] = s->sets[j];
	}
}

/* Every slot key of p once (its first slot), with its state replayed. */
static void replay_slots(const struct catalog *cat, const struct profile *prof,
			 const struct program *p, struct rx_history *h)
{
	size_t total = 0;
	for (size_t i = 0; i < p->n_days; i++)
		total += p->days[i].n_slots;
	h->slots = xcalloc(total ? total : 1, sizeof(*h->slots));
	for (size_t i = 0; i < p->n_days; i++)
		for (size_t j = 0; j < p->days[i].n_slots; j++) {
			const struct slot *s = &p->days[i].slots[j];
			char key[80];
			slot_key(s, key, sizeof(key));
			if (rx_history_state(h, key) != &no_state)
				continue;
			struct rx_slot_history *sh = &h->slots[h->n_slots++];
			snprintf(sh->key, sizeof(sh->key), "%s", key);
			struct logged_list view;
			slot_view(&h->before, p->id, key, &view);
			progression_replay(cat, prof, p, s, &view, &sh->state);
			logged_list_free(&view);
		}
}

static bool load_screens(struct store *st, struct rx_history *h, const struct policy *pol)
{
	for (int s = 0; s < SCALE_COUNT; s++)
		h->screen_date[s] = store_last_screen(st, scale_names[s], &h->screen_score[s]);
	h->recent_crisis =
		store_recent_crisis(st, h->date - (int)pol->screens_full_every_days, h->date);
	return true;
}

bool rx_history_load(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct program *p, int date, struct rx_history *h)
{
	rx_history_empty(h, date);
	bool ok = true;
	if (st) {
		h->loaded = true;
		ok = store_sessions(st, 0, date - 1, &h->before) &&
		     store_sessions(st, date, date, &h->today) && load_screens(st, h, &cat->policy);
	}
	int *dates = xcalloc(h->before.n + 1, sizeof(*dates));
	size_t n = 0;
	for (size_t i = 0; i < h->before.n; i++) {
		int d = h->before.v[i].date;
		if (!h->before.v[i].n_sets)
			continue;
		h->last_session = d;
		if (d >= (prof->start >= 0 ? prof->start : date) && (n == 0 || dates[n - 1] != d))
			dates[n++] = d;
	}
	/* weeks of a long break do not count: back after two months, the block goes on */
	h->paused_weeks = history_paused_weeks(dates, n, date, (int)cat->policy.time_off_gap_days);
	free(dates);
	h->week = schedule_week(prof, date);
	if (h->week > 0)
		h->week = h->week - h->paused_weeks > 1 ? h->week - h->paused_weeks : 1;
	h->day = schedule_day_moved(st, prof, p, date, &h->moved_to);
	h->next_date = schedule_next(st, prof, p, date, &h->next_day);
	replay_slots(cat, prof, p, h);
	return ok;
}
