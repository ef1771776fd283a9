/* store.h - the training log: SQLite, behind this interface.
 *
 * Sessions and their sets, check-ins, questionnaire scores, aerobic minutes,
 * moved days, and each program slot's progression state.  WAL with
 * synchronous=FULL, foreign keys on, the schema version in user_version
 * with ordered migrations in one transaction, a busy timeout and BEGIN
 * IMMEDIATE for every write, so two coaches never lose a write.  The
 * database and its -wal/-shm files are 0600 whatever the umask.  Dates are
 * day numbers (clock.h).
 */
#ifndef COACH_STORE_H
#define COACH_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "coach/session.h"

struct store;

enum { STORE_SCHEMA_VERSION = 12 };

/* Open (creating with every migration) the log at path, to write.  *err on
 * failure (caller frees).  The folders above it may be links; the log, its
 * -wal or its -shm being a link, or owned by someone else, is refused with
 * the reason.  A log from a newer coach is refused before anything is
 * written.  Opening writes nothing unless the schema needs upgrading. */
bool store_open(struct store **out, const char *path, char **err);
/* Open the log to read only: nothing is created, upgraded or changed, and no
 * lock keeps a writer out (or is kept out by one).  A log that does not
 * exist reads as empty; one from an older coach is read through an upgraded
 * copy in memory; one on read-only media is read as it is. */
bool store_open_read(struct store **out, const char *path, char **err);
/* False once the file opened was removed or replaced (by coach forget in
 * another process): every write then fails, and store_error says so. */
bool store_still_there(struct store *st);
/* Open and migrate only up to `version` (tests of migrations). */
bool store_open_at(struct store **out, const char *path, int version, char **err);
void store_close(struct store *st);
int store_version(struct store *st);
/* The last SQLite error message. */
const char *store_error(struct store *st);

/* Writes: begin (IMMEDIATE), then commit or rollback. */
bool store_begin(struct store *st);
bool store_commit(struct store *st);
void store_rollback(struct store *st);

/* What the log keeps about a session beyond what was written in it. */
struct session_meta {
	int week;    /* program week, 0 when unknown */
	bool hold;   /* low readiness: no progression, no failure */
	bool deload; /* a deload week */
	const char *readiness;
};
/* Add one session with its sets and aerobic minutes; *id receives its row id. */
bool store_add_session(struct store *st, const struct session *s, const struct session_meta *m,
		       int64_t *id);

/* A session trained live: store_add_session with no exercises makes the row
 * (inside a transaction), then each set is committed on its own the moment
 * it is entered, so a crash keeps every set before it. */
bool store_add_set(struct store *st, int64_t session, int position, const struct exercise_done *e,
		   int set_no, const struct set_done *x);
bool store_set_mood_after(struct store *st, int64_t session, int mood);
/* The Feeling Scale after a session (FEELING_MIN..FEELING_MAX). */
bool store_set_feeling(struct store *st, int64_t session, int feeling);
/* Correcting a set already in the log: its reps, load (0: none) and rir
 * (-1: not given); false when there is no such set.  Call inside a
 * transaction, then rebuild the program's progression. */
bool store_update_set(struct store *st, int64_t session, int position, int set_no, int reps,
		      double load, int rir);
/* A note on a set (position >= 0) or on the session (position < 0); NULL
 * takes it away.  False when there is no such set or session. */
bool store_set_notes(struct store *st, int64_t session, int position, int set_no,
		     const char *notes);
/* Take one set out of a session (an entry made by mistake); false when there
 * was no such set. */
bool store_remove_set(struct store *st, int64_t session, int position, int set_no);

/* Is a session of the same date, program and sets (exercise, reps, load)
 * already in the log? */
bool store_has_session(struct store *st, const struct session *s);
/* The same, among the sessions of id at most last_id (those in the log
 * before an import began). */
bool store_has_session_before(struct store *st, const struct session *s, int64_t last_id);
/* Is a session imported from this source (an app's workout, see import.h)
 * among those of id at most last_id? */
bool store_has_source(struct store *st, const char *source, int64_t last_id);
/* The id of the last session added (0 when none). */
int64_t store_last_session_id(struct store *st);
/* How many sessions of a date have an id of at most last_id (-1 on a problem). */
int store_count_on(struct store *st, int date, int64_t last_id);
/* Correcting the record: remove every session of a date (their sets and
 * aerobic minutes) with an id of at most last_id, and, with checkins, the
 * date's check-ins; *removed counts the sessions.  Call inside a
 * transaction, then rebuild each affected program's progression. */
bool store_delete_date(struct store *st, int date, int64_t last_id, bool checkins, int *removed);
/* Forget every slot state of a program (before replaying it from the log). */
bool store_clear_state(struct store *st, const char *program);

/* A session read back. */
struct logged_set {
	const char *exercise, *slot;
	int position, set_no, reps, band, rir; /* band, rir: -1 when not given */
	double load;
	const char *notes;    /* NULL: none */
	struct target target; /* what was prescribed, when known */
};
struct logged_session {
	int64_t id;
	int date, week, mood_after;
	const char *program, *day, *readiness;
	const char *notes; /* NULL: none */
	double bodyweight; /* 0: not given */
	bool hold, deload;
	bool has_feeling;   /* the Feeling Scale after it was answered */
	int feeling;	    /* FEELING_MIN..FEELING_MAX when has_feeling */
	int breathing_min;  /* minutes of the breathing (0: none) */
	bool short_session; /* the short session of a low day (column short) */
	struct checkin checkin;
	struct logged_set *sets;
	size_t n_sets;
	struct aerobic *aerobic;
	size_t n_aerobic;
};
struct logged_list {
	struct logged_session *v;
	size_t n;
	struct arena arena;
};
/* Sessions with from <= date <= to, oldest first, with sets.  Free with logged_list_free. */
bool store_sessions(struct store *st, int from, int to, struct logged_list *out);

/* The mood after of the sessions with sets begun at each mood (1-5): the
 * latest `limit` of each mood (at most MOOD_RECORD_MAX), oldest first. */
enum { MOOD_RECORD_MAX = 100 };
struct mood_record {
	int n[6];
	unsigned char after[6][MOOD_RECORD_MAX];
};
/* Those of the sessions dated before date. */
bool store_mood_record(struct store *st, int date, int limit, struct mood_record *out);
/* One more session (newer than those in r): kept when it has sets, a
 * check-in and a mood after; the oldest of its mood goes past limit. */
void mood_record_add(struct mood_record *r, const struct logged_session *s, int limit);
/* Sessions of one program slot dated after `since` (-1: all), oldest first,
 * with only that slot's sets. */
bool store_slot_sessions(struct store *st, const char *program, const char *slot, int since,
			 struct logged_list *out);
void logged_list_free(struct logged_list *l);
/* Dates of the first and last sessions (-1 when empty). */
bool store_date_range(struct store *st, int *first, int *last);

/* Check-ins: the latest one of a date. */
bool store_add_checkin(struct store *st, int date, const struct checkin *ck);
bool store_get_checkin(struct store *st, int date, struct checkin *out);

/* Check-in moods, one a date (the day's last check-in, else the mood before
 * of that day's session), oldest first. */
struct mood_row {
	int date, mood;
};
struct mood_list {
	struct mood_row *v;
	size_t n;
};
bool store_moods(struct store *st, int from, int to, struct mood_list *out);
void mood_list_free(struct mood_list *l);

/* Questionnaires. */
struct screen_row {
	int date, score;
	const char *scale, *band, *answers;
	bool crisis;
	bool early; /* taken before its interval */
};
struct screen_list {
	struct screen_row *v;
	size_t n;
	struct arena arena;
};
bool store_add_screen(struct store *st, int date, const char *scale, const char *answers, int score,
		      const char *band, bool crisis, bool early);
/* The date a scale was last taken, or -1. */
int store_last_screen(struct store *st, const char *scale, int *score);
bool store_screens(struct store *st, int from, int to, struct screen_list *out);
/* Was PHQ-9 question 9 answered above zero between from and to? */
bool store_recent_crisis(struct store *st, int from, int to);
/* Remove the answers to a scale given on a date (a same-day retake replaces them). */
bool store_remove_screens(struct store *st, const char *scale, int date);
void screen_list_free(struct screen_list *l);

/* A planned day moved to a later date of the same week. */
bool store_add_move(struct store *st, int from, int to, const char *day);
/* Moves whose from date is in [from, to]: parallel arrays (caller frees). */
bool store_moves(struct store *st, int from, int to, int **from_dates, int **to_dates, size_t *n);

/* Per-slot progression state, derived from the log by the engine. */
struct slot_state {
	bool known;		/* false: never trained */
	char exercise[64];	/* what was last done in this slot */
	double load, prev_load; /* next working load; the one used last time */
	int band, prev_band;	/* band colours (-1 none) */
	int rung;		/* ladder step index */
	int extra_reps; /* the last rung, or double before a big jump: reps above the range */
	int failures;	/* linear: failures in a row */
	double e1rm;	/* best recent estimate, 0 when unknown */
	int last_date;	/* last session that counted (-1 none) */
	int sessions;	/* sessions that counted */
	int outcome;	/* enum progress_outcome of the last session */
	/* kept only in memory (the prescription replays the log): */
	int under;		      /* double: sessions in a row under the bottom of the range */
	int steady;		      /* anxious or low days done in full at the load held */
	int logged_sets, target_sets; /* of the last session, for its reason */
	int low_rir, rir_floor;	      /* the fewest reps in reserve logged, and the floor */
	int swaps;		      /* sessions in a row another exercise stood in */
	double e1rm_firm;	      /* e1rm from a set near failure (RIR <= 4 or not logged) */
	int short_ok;		      /* short nights in a row done in full at the lighter load */
	int jumped_top;		      /* a step up after the longer range: the reps it took */
	/* a new field goes here, and into the replay checkpoint (store.c) */
};
bool store_get_state(struct store *st, const char *program, const char *slot,
		     struct slot_state *out);
bool store_put_state(struct store *st, const char *program, const char *slot,
		     const struct slot_state *s);

/* The replay checkpoint (schema 10): for one program, every slot's state
 * (all of struct slot_state) replayed from every session dated up to
 * `through`, and what the week count and the last loads need from them,
 * under a fingerprint of the program, the policy and the profile.  The
 * log's triggers delete it when a session or set dated on or before
 * `through` is written, changed or deleted. */
struct store_ckpt_slot {
	char key[80];
	struct slot_state state;
};
struct store_ckpt_load {
	char exercise[64];
	double load;
	int band;
};
struct store_checkpoint {
	int through;	      /* the date of the last session included */
	int64_t last_id;      /* and its id */
	uint64_t fingerprint; /* of program, policy and profile */
	int last_session;     /* the last strength session up to through (-1) */
	int paused;	      /* weeks held among the dates counted up to through */
	int last_counted;     /* the last date counted for the program week (-1) */
	struct store_ckpt_slot *slots;
	size_t n_slots;
	struct store_ckpt_load *loads; /* every exercise's last load up to through */
	size_t n_loads;
};
/* false when there is none (or on an error). */
bool store_checkpoint_get(struct store *st, const char *program, struct store_checkpoint *out);
/* Replace the program's checkpoint with c. */
bool store_checkpoint_put(struct store *st, const char *program, const struct store_checkpoint *c);
void store_checkpoint_free(struct store_checkpoint *c);
/* Opened for writing, and still there. */
bool store_can_write(const struct store *st);

/* SELECT ... the whole log as rows, for export: calls fn for each table and row. */
typedef void store_row_fn(void *ctx, const char *table, int ncols, const char *const *names,
			  const char *const *values);
bool store_dump(struct store *st, store_row_fn *fn, void *ctx);

/* coach forget: every row deleted (secure_delete is always on), the WAL
 * checkpointed into the database, then the log, its -wal and its -shm each
 * overwritten with zeros, synced, truncated and removed.  *removed counts
 * the files removed.  *problem (caller frees; NULL when none) says, a line
 * each, every step that could not be done.  False when a file could not be
 * overwritten or removed. */
bool store_forget(const char *path, char **problem, int *removed);

/* A small key-value table for the coach's own bookkeeping (schema 5). */
bool store_meta_set(struct store *st, const char *key, const char *value);
/* The value, copied into buf; false when the key is not set. */
bool store_meta_get(struct store *st, const char *key, char *buf, size_t size);

/* PRAGMA integrity_check: true when "ok". */
bool store_integrity(struct store *st);

#endif
