/* history.c - the one read of the log a prescription makes. */
#include "coach/history.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/progression.h"
#include "coach/schedule.h"
#include "coach/util.h"

/* Bumped whenever what a checkpoint holds, or how it is replayed, changes. */
enum { CHECKPOINT_VERSION = 2 };

static const struct slot_state no_state = {.band = -1, .prev_band = -1, .last_date = -1};

void rx_history_empty(struct rx_history *h, int date)
{
	memset(h, 0, sizeof(*h));
	h->date = date;
	h->last_session = h->moved_to = h->next_date = -1;
	h->ckpt.through = h->ckpt.last_session = h->ckpt.last_counted = -1;
	for (int s = 0; s < SCALE_COUNT; s++)
		h->screen_date[s] = h->screen_score[s] = -1;
}

void rx_history_free(struct rx_history *h)
{
	logged_list_free(&h->before);
	logged_list_free(&h->today);
	free(h->slots);
	store_checkpoint_free(&h->ckpt);
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
	/* older than the sessions read: as the checkpoint has it */
	for (size_t i = 0; i < h->ckpt.n_loads; i++)
		if (strcmp(h->ckpt.loads[i].exercise, exercise) == 0) {
			*load = h->ckpt.loads[i].load;
			*band = h->ckpt.loads[i].band;
			return true;
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
static void slot_view(const struct logged_list *all, int after, const char *program,
		      const char *key, struct logged_list *out)
{
	memset(out, 0, sizeof(*out));
	size_t cap = 0;
	for (size_t i = 0; i < all->n; i++) {
		const struct logged_session *s = &all->v[i];
		if (s->date <= after || !s->program || strcmp(s->program, program) != 0)
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

static const struct slot_state *ckpt_state(const struct store_checkpoint *c, const char *key)
{
	for (size_t i = 0; i < c->n_slots; i++)
		if (strcmp(c->slots[i].key, key) == 0)
			return &c->slots[i].state;
	return NULL;
}

/* Every slot key of p once (its first slot), with its state replayed: from
 * the checkpoint's by the sessions after it, or from nothing. */
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
			slot_view(&h->before, h->ckpt.through, p->id, key, &view);
			const struct slot_state *from = ckpt_state(&h->ckpt, key);
			if (from) {
				sh->state = *from;
				progression_apply(cat, prof, p, s, &view, &sh->state);
			} else {
				progression_replay(cat, prof, p, s, &view, &sh->state);
			}
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

/* The program week of date, held through long breaks: the calendar's week
 * less the whole weeks inside each gap longer than gap_days between the
 * sessions before date (and from the last of them to date).  The sessions up
 * to c->through are c's (its last session, its last date counted and the
 * weeks held before it); only those of before after it are read.  *last is
 * the last session's date (-1), *paused the weeks held, *counted the last
 * date counted (-1) and *paused_to the weeks held up to it. */
static int held_week(const struct logged_list *before, const struct store_checkpoint *c,
		     const struct profile *prof, int gap_days, int date, struct rx_held *out)
{
	int *dates = xcalloc(before->n + 2, sizeof(*dates));
	size_t n = 0;
	out->last = c->last_session;
	if (c->last_counted >= 0)
		dates[n++] = c->last_counted;
	for (size_t i = 0; i < before->n; i++) {
		int d = before->v[i].date;
		if (!before->v[i].n_sets || d <= c->through)
			continue;
		out->last = d;
		if (d >= (prof->start >= 0 ? prof->start : date) && (n == 0 || dates[n - 1] != d))
			dates[n++] = d;
	}
	/* weeks without a session do not count: back after a break the program
	 * resumes where it was, never skips ahead (policy short_break) */
	int tail = history_paused_weeks(dates, n, date, gap_days);
	out->paused = c->paused + tail;
	out->counted = n ? dates[n - 1] : -1;
	out->paused_to =
		n ? out->paused - history_paused_weeks(&dates[n - 1], 1, date, gap_days) : 0;
	free(dates);
	int week = schedule_week(prof, date);
	if (week > 0)
		week = week - out->paused > 1 ? week - out->paused : 1;
	return week;
}

static const struct store_checkpoint no_ckpt = {
	.through = -1, .last_session = -1, .last_counted = -1};

int rx_history_week(struct store *st, const struct catalog *cat, const struct profile *prof,
		    const struct program *p, int date)
{
	if (st && p) {
		/* from the replay checkpoint, as the prescription counts it */
		struct rx_history h;
		int week = rx_history_load(st, cat, prof, p, date, &h) ? h.week
								       : schedule_week(prof, date);
		rx_history_free(&h);
		return week;
	}
	struct logged_list before = {0};
	if (st && !store_sessions(st, 0, date - 1, &before))
		return schedule_week(prof, date);
	struct rx_held held;
	int week = held_week(&before, &no_ckpt, prof,
			     (int)cat->policy.short_break_hold_weeks_after_days, date, &held);
	logged_list_free(&before);
	return week;
}

/* What follows from the sessions before the date: the last one, the weeks
 * paused by long breaks, the week and the day (after moves). */
static void derive(struct store *st, const struct catalog *cat, const struct profile *prof,
		   const struct program *p, int date, struct rx_history *h)
{
	h->week = held_week(&h->before, &h->ckpt, prof,
			    (int)cat->policy.short_break_hold_weeks_after_days, date, &h->held);
	h->last_session = h->held.last;
	h->paused_weeks = h->held.paused;
	h->day = schedule_day_moved(st, prof, p, date, &h->moved_to);
	h->next_date = schedule_next(st, prof, p, date, &h->next_day);
	h->missed_yesterday = st && schedule_missed_yesterday(st, prof, p, date);
}

static uint64_t fnv(uint64_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 0x100000001b3ULL;
	return h;
}

/* A number's eight bytes, lowest first, whatever the machine's order. */
static uint64_t fnv_u64(uint64_t h, uint64_t x)
{
	for (int k = 0; k < 8; k++)
		h = (h ^ ((x >> (8 * k)) & 0xff)) * 0x100000001b3ULL;
	return h;
}

static uint64_t fnv_double(uint64_t h, double d)
{
	uint64_t x;
	memcpy(&x, &d, sizeof(x));
	return fnv_u64(h, x);
}

uint64_t rx_history_fingerprint(const struct catalog *cat, const struct profile *prof,
				const struct program *p)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	h = fnv_u64(h, CHECKPOINT_VERSION);
	h = fnv_u64(h, sizeof(struct slot_state));
#define MIX_POLICY(sec, key, lo, hi) h = fnv_double(h, cat->policy.sec##_##key);
	POLICY_FIELDS(MIX_POLICY)
#undef MIX_POLICY
	char *y = profile_to_yaml(prof);
	h = fnv(h, y, strlen(y) + 1);
	free(y);
	h = fnv(h, p->id, strlen(p->id) + 1);
	/* the program, its exercises and ladders: every file the catalogue read */
	char buf[8192];
	for (size_t i = 0; i < cat->n_seen; i++) {
		h = fnv(h, cat->seen_paths[i], strlen(cat->seen_paths[i]) + 1);
		FILE *f = fopen(cat->seen_paths[i], "rb");
		if (!f) {
			h = fnv(h, "?", 1);
			continue;
		}
		size_t k;
		while ((k = fread(buf, 1, sizeof(buf), f)) > 0)
			h = fnv(h, buf, k);
		fclose(f);
	}
	return h;
}

/* Every exercise's last load (newest first) in c's and then in before's
 * sessions, into out->loads. */
static void merge_loads(const struct store_checkpoint *c, const struct logged_list *before,
			struct store_checkpoint *out)
{
	struct strmap seen = {0};
	size_t cap = 0;
	for (size_t i = before->n; i-- > 0;) {
		const struct logged_session *s = &before->v[i];
		for (size_t j = s->n_sets; j-- > 0;) {
			const struct logged_set *x = &s->sets[j];
			if (strlen(x->exercise) >= sizeof(out->loads->exercise) ||
			    strmap_get(&seen, x->exercise))
				continue;
			strmap_put(&seen, x->exercise, (void *)x);
			xgrow((void **)&out->loads, &cap, out->n_loads + 1, sizeof(*out->loads));
			struct store_ckpt_load *l = &out->loads[out->n_loads++];
			snprintf(l->exercise, sizeof(l->exercise), "%s", x->exercise);
			l->load = x->load;
			l->band = x->band;
		}
	}
	for (size_t i = 0; i < c->n_loads; i++)
		if (!strmap_get(&seen, c->loads[i].exercise)) {
			xgrow((void **)&out->loads, &cap, out->n_loads + 1, sizeof(*out->loads));
			out->loads[out->n_loads++] = c->loads[i];
		}
	strmap_free(&seen);
}

/* What h replayed, as a checkpoint through its last session before the date
 * (false: nothing new since the one it started from). */
static bool checkpoint_of(const struct rx_history *h, uint64_t fingerprint,
			  struct store_checkpoint *c)
{
	const struct logged_list *b = &h->before;
	if (!b->n || b->v[b->n - 1].date <= h->ckpt.through)
		return false;
	*c = (struct store_checkpoint){
		.through = b->v[b->n - 1].date,
		.last_id = b->v[b->n - 1].id,
		.fingerprint = fingerprint,
		.last_session = h->held.last,
		.paused = h->held.paused_to,
		.last_counted = h->held.counted,
	};
	c->slots = xcalloc(h->n_slots ? h->n_slots : 1, sizeof(*c->slots));
	for (size_t i = 0; i < h->n_slots; i++) {
		snprintf(c->slots[i].key, sizeof(c->slots[i].key), "%s", h->slots[i].key);
		c->slots[i].state = h->slots[i].state;
	}
	c->n_slots = h->n_slots;
	merge_loads(&h->ckpt, b, c);
	return true;
}

/* Keep what h replayed as the program's checkpoint; nothing when there is
 * nothing new since the one it used. */
static void save_checkpoint(struct store *st, const struct rx_history *h, uint64_t fingerprint)
{
	struct store_checkpoint c;
	if (!store_can_write(st) || !checkpoint_of(h, fingerprint, &c))
		return;
	store_checkpoint_put(st, h->program->id, &c);
	store_checkpoint_free(&c);
}

void rx_history_keep(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct rx_history *h)
{
	if (st && h->loaded && h->program)
		save_checkpoint(st, h, rx_history_fingerprint(cat, prof, h->program));
}

/* The program's checkpoint into h->ckpt when it is for this program, policy
 * and profile and ends before date. */
static bool take_checkpoint(struct store *st, const struct program *p, int date, uint64_t fp,
			    struct rx_history *h)
{
	struct store_checkpoint c;
	if (!store_checkpoint_get(st, p->id, &c))
		return false;
	if (c.fingerprint != fp || c.through >= date) {
		store_checkpoint_free(&c);
		return false;
	}
	h->ckpt = c;
	return true;
}

bool rx_history_load(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct program *p, int date, struct rx_history *h)
{
	return rx_history_load_with(st, cat, prof, p, date, true, h);
}

bool rx_history_load_with(struct store *st, const struct catalog *cat, const struct profile *prof,
			  const struct program *p, int date, bool checkpoint, struct rx_history *h)
{
	rx_history_empty(h, date);
	bool ok = true;
	uint64_t fp = 0;
	if (st) {
		h->loaded = true;
		int from = 0;
		if (checkpoint) {
			fp = rx_history_fingerprint(cat, prof, p);
			/* the sessions after it, and this week's (the week's counts read them) */
			if (take_checkpoint(st, p, date, fp, h)) {
				from = h->ckpt.through + 1;
				if (from > date_monday(date))
					from = date_monday(date);
			}
		}
		ok = store_sessions(st, from, date - 1, &h->before) &&
		     store_sessions(st, date, date, &h->today) &&
		     load_screens(st, h, &cat->policy) &&
		     store_mood_record(st, date, (int)cat->policy.evidence_last_sessions,
				       &h->moods);
	}
	h->before_cap = h->before.n;
	h->program = p;
	derive(st, cat, prof, p, date, h);
	replay_slots(cat, prof, p, h);
	if (ok && st && checkpoint)
		save_checkpoint(st, h, fp);
	return ok;
}

static const char *copy_str(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* Append a copy of s (its sets and strings in the arena of l). */
static void append_session(struct logged_list *l, size_t *cap, const struct logged_session *s)
{
	xgrow((void **)&l->v, cap, l->n + 1, sizeof(*l->v));
	struct logged_session *c = &l->v[l->n++];
	*c = *s;
	c->program = copy_str(&l->arena, s->program);
	c->day = copy_str(&l->arena, s->day);
	c->readiness = copy_str(&l->arena, s->readiness);
	c->sets = s->n_sets ? arena_array(&l->arena, s->n_sets, sizeof(*c->sets)) : NULL;
	for (size_t j = 0; j < s->n_sets; j++) {
		c->sets[j] = s->sets[j];
		c->sets[j].exercise = copy_str(&l->arena, s->sets[j].exercise);
		c->sets[j].slot = copy_str(&l->arena, s->sets[j].slot);
	}
	c->aerobic =
		s->n_aerobic ? arena_array(&l->arena, s->n_aerobic, sizeof(*c->aerobic)) : NULL;
	for (size_t j = 0; j < s->n_aerobic; j++) {
		c->aerobic[j] = s->aerobic[j];
		c->aerobic[j].kind = copy_str(&l->arena, s->aerobic[j].kind);
	}
}

/* Sessions rx_history_advance keeps before it folds them into an in-memory
 * checkpoint: coach log moves one history through a whole file, and its
 * memory would otherwise grow with the years in it. */
enum { ADVANCE_KEEP = 64 };

/* Fold h's sessions into h->ckpt (as rx_history_load would read them from a
 * stored checkpoint) and keep only those of the date's week, which the
 * week's counts read. */
static void compact(struct rx_history *h)
{
	struct store_checkpoint c;
	if (h->before.n <= ADVANCE_KEEP || !checkpoint_of(h, h->ckpt.fingerprint, &c))
		return;
	int monday = date_monday(h->date);
	struct logged_list kept = {0};
	size_t cap = 0;
	for (size_t i = 0; i < h->before.n; i++)
		if (h->before.v[i].date >= monday)
			append_session(&kept, &cap, &h->before.v[i]);
	logged_list_free(&h->before);
	h->before = kept;
	h->before_cap = cap;
	store_checkpoint_free(&h->ckpt);
	h->ckpt = c;
}

bool rx_history_advance(struct store *st, const struct catalog *cat, const struct profile *prof,
			const struct program *p, int date, struct rx_history *h)
{
	if (!st || !h->loaded || p != h->program || date <= h->date) {
		rx_history_free(h);
		return rx_history_load(st, cat, prof, p, date, h);
	}
	struct logged_list more, today;
	if (!store_sessions(st, h->date, date - 1, &more)) {
		rx_history_free(h);
		return rx_history_load(st, cat, prof, p, date, h);
	}
	if (!store_sessions(st, date, date, &today)) {
		logged_list_free(&more);
		rx_history_free(h);
		return rx_history_load(st, cat, prof, p, date, h);
	}
	for (size_t i = 0; i < more.n; i++) {
		append_session(&h->before, &h->before_cap, &more.v[i]);
		mood_record_add(&h->moods, &more.v[i], (int)cat->policy.evidence_last_sessions);
	}
	logged_list_free(&h->today);
	h->today = today;
	h->date = date;
	load_screens(st, h, &cat->policy);
	derive(st, cat, prof, p, date, h);
	/* each slot's state moves on by the new sessions alone: progression_apply
	 * is a fold over the sessions in date order */
	for (size_t i = 0; i < p->n_days; i++)
		for (size_t j = 0; j < p->days[i].n_slots; j++) {
			const struct slot *s = &p->days[i].slots[j];
			char key[80];
			slot_key(s, key, sizeof(key));
			struct rx_slot_history *sh = NULL;
			for (size_t k = 0; k < h->n_slots && !sh; k++)
				if (strcmp(h->slots[k].key, key) == 0)
					sh = &h->slots[k];
			/* the first slot of a key is the one replay_slots used */
			bool first = true;
			for (size_t a = 0; a <= i && first; a++)
				for (size_t b = 0; b < (a == i ? j : p->days[a].n_slots); b++) {
					char other[80];
					if (strcmp(slot_key(&p->days[a].slots[b], other,
							    sizeof(other)),
						   key) == 0) {
						first = false;
						break;
					}
				}
			if (!sh || !first)
				continue;
			struct logged_list view;
			slot_view(&more, -1, p->id, key, &view);
			progression_apply(cat, prof, p, s, &view, &sh->state);
			logged_list_free(&view);
		}
	logged_list_free(&more);
	compact(h);
	return true;
}
