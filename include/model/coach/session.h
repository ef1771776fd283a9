/* session.h - a completed session as written for `coach log`.
 *
 * One `coach_session: 1` document per session; a file may hold several.
 * session_read() checks the document on its own; exercise ids are checked
 * against the catalogue by session_check().
 */
#ifndef COACH_SESSION_H
#define COACH_SESSION_H

#include <stdbool.h>
#include <stddef.h>

#include "coach/catalog.h"
#include "coach/checkin.h"
#include "coach/model.h"
#include "coach/yread.h"

struct set_done {
	int reps;	   /* reps, or seconds for timed exercises */
	double load;	   /* in the profile's units; 0 = bodyweight */
	int band;	   /* enum band, -1 when not a band */
	int rir;	   /* -1 when not given */
	const char *notes; /* NULL: none */
};

/* What the coach prescribed for an exercise, kept beside what was done. */
struct target {
	bool given;
	int reps_min, reps_max, rir, band; /* band: -1 none */
	double load;			   /* 0: none */
	int sets;			   /* sets prescribed, 0: not known */
};

struct exercise_done {
	const char *id, *slot;
	struct target target;
	struct set_done *sets;
	size_t n_sets;
	const struct ynode *node;
};

struct aerobic {
	const char *kind; /* walk, ride, run, swim, ... */
	int minutes;
	double distance_m; /* 0: not known */
};

/* The most a session holds: sets of one exercise, and exercises. */
enum { SESSION_MAX_SETS = 50, SESSION_MAX_EXERCISES = 40, SESSION_MAX_NOTES = 2000 };
/* The most minutes of breathing one session records. */
enum { SESSION_MAX_BREATHING_MIN = 120 };
/* The Feeling Scale (Hardy & Rejeski 1989): -5 very bad .. +5 very good, 0 neutral. */
enum { FEELING_MIN = -5, FEELING_MAX = 5 };

struct session {
	int date;
	const char *program, *day;
	struct checkin checkin;
	int mood_after;	    /* 0 = not given */
	bool has_feeling;   /* the Feeling Scale was answered */
	int feeling;	    /* FEELING_MIN..FEELING_MAX when has_feeling */
	const char *notes;  /* NULL: none */
	double bodyweight;  /* in the profile's units; 0 = not given */
	int breathing_min;  /* minutes of the breathing done (0: none) */
	bool short_session; /* `short: true`: the short session a low day offers */
	const char *source; /* an imported workout: its app and content, NULL otherwise */
	struct exercise_done *exercises;
	size_t n_exercises;
	struct aerobic *aerobic;
	size_t n_aerobic;
	struct srcpos pos;
	const struct ynode *program_node;
};

/* Read one session document; `today` bounds its date.  Strings live in the
 * yctx arena. */
bool session_read(struct yctx *c, const struct ynode *root, int today, struct session *out);
/* Every exercise id must be in the catalogue. */
bool session_check(struct yctx *c, const struct session *s, const struct catalog *cat);

#endif
