/* history.h - what the prescription needs from the log, read once.
 *
 * rx_history_load() is the only step of a prescription that reads the store:
 * the sessions before the date (each slot's progression replayed from them),
 * the sessions of the date itself, the questionnaires, the week and day
 * after moves.  Everything after it (rx_build) is a pure function of this
 * struct, the profile, the program and the check-in, so it can be tested
 * with a history written by hand.
 */
#ifndef COACH_HISTORY_H
#define COACH_HISTORY_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/catalog.h"
#include "coach/profile.h"
#include "coach/questionnaire.h"
#include "coach/store.h"

struct rx_slot_history {
	char key[80];		 /* slot_key() of the slot */
	struct slot_state state; /* replayed from the sessions before the date */
};

/* What the program week is counted from (held_week). */
struct rx_held {
	int last;      /* the last strength session before the date (-1) */
	int paused;    /* weeks held by long breaks */
	int counted;   /* the last session date counted for the week (-1) */
	int paused_to; /* the weeks held up to it */
};

struct rx_history {
	int date;
	bool loaded;	       /* read from a store (false: no log at all) */
	int last_session;      /* the last strength session before date (-1 none) */
	int week;	       /* program week, held through long breaks (0 before the start) */
	int paused_weeks;      /* weeks not counted because of long breaks */
	const struct day *day; /* the day planned for date after moves (NULL) */
	int moved_to;	       /* the date's day was moved there (-1) */
	int next_date;	       /* the next planned day after date (-1) */
	bool missed_yesterday; /* date - 1 was a planned strength day, missed */
	const struct day *next_day;
	struct logged_list before; /* sessions before date, oldest first */
	struct logged_list today;  /* sessions of the date */
	struct rx_slot_history *slots;
	size_t n_slots;
	const struct program *program; /* the program the slots were replayed for */
	size_t before_cap;	       /* room in before.v (rx_history_advance) */
	int screen_date[SCALE_COUNT], screen_score[SCALE_COUNT]; /* the last of each (-1) */
	bool recent_crisis; /* PHQ-9 item 9 above 0 within the full-screen interval */
	/* the replay checkpoint it started from (through -1: none); before then
	 * holds only the sessions after it, and those of the date's week */
	struct store_checkpoint ckpt;
	struct rx_held held;
	struct mood_record moods; /* sessions before date by the mood begun at (evidence) */
};

/* An empty history for date: nothing logged (what a NULL store gives). */
void rx_history_empty(struct rx_history *h, int date);
/* Read the history of program p for date from st (NULL: empty).  false with
 * the store's error when a query fails; *h is then empty but valid. */
bool rx_history_load(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct program *p, int date, struct rx_history *h);
void rx_history_free(struct rx_history *h);
/* The same, with checkpoint false: every session replayed, no checkpoint read
 * or written (what rx_history_load must always equal).  With it true (what
 * rx_history_load does), each slot's state starts from the program's replay
 * checkpoint when it is valid (same fingerprint, before date), only the
 * sessions after it are read, and a writable st is given a new checkpoint
 * through the last session before date. */
bool rx_history_load_with(struct store *st, const struct catalog *cat, const struct profile *prof,
			  const struct program *p, int date, bool checkpoint, struct rx_history *h);
/* Keep what h replayed (rx_history_load or rx_history_advance) as its
 * program's replay checkpoint in st, when st can be written and h has
 * sessions newer than the checkpoint it started from. */
void rx_history_keep(struct store *st, const struct catalog *cat, const struct profile *prof,
		     const struct rx_history *h);
/* Of the policy, the profile, the program's id and every catalogue file read
 * (the program, its exercises and ladders among them). */
uint64_t rx_history_fingerprint(const struct catalog *cat, const struct profile *prof,
				const struct program *p);
/* Move a loaded history h on to a later date of the same program: the
 * sessions logged from h's date up to the day before are read and added, and
 * each slot's state moved on by them alone, so that a file of sessions costs
 * one read of the log, not one per session.  Anything else (no history yet,
 * an earlier or the same date, another program) reads it whole again, as
 * rx_history_load does.  The result equals rx_history_load's for date as
 * long as nothing was logged before h's date since h was read. */
bool rx_history_advance(struct store *st, const struct catalog *cat, const struct profile *prof,
			const struct program *p, int date, struct rx_history *h);

/* The state of a slot key (a zero state with known false when none). */
const struct slot_state *rx_history_state(const struct rx_history *h, const char *key);
/* The last load (or band) an exercise was done with before the date, in any
 * slot or program; false when never. */
bool rx_history_last_load(const struct rx_history *h, const char *exercise, double *load,
			  int *band);
/* The program week of date as the prescription counts it, held through long
 * breaks (reads the sessions before date; the calendar's week without st). */
int rx_history_week(struct store *st, const struct catalog *cat, const struct profile *prof,
		    const struct program *p, int date);
/* Program weeks held by long breaks: of the session dates (ascending) and the
 * date, the whole weeks inside each gap longer than gap_days. */
int history_paused_weeks(const int *dates, size_t n, int date, int gap_days);

#endif
