/* app.h - the coach's screens and the state they share.
 *
 * Every screen is an ops table {enter, draw, key, tick} in its own file; the
 * main loop (tui.c) draws the current one, hands it keys and, for screens
 * with a clock, ticks it.  A key handler returns the next screen, SCR_SAME
 * or SCR_QUIT.  Every decision comes from the core (rx.h, schedule.h,
 * screen.h ...); the screens only show and ask.
 */
#ifndef COACH_TUI_APP_H
#define COACH_TUI_APP_H

#include <stdbool.h>
#include <stdint.h>

#include "coach/breath.h"
#include "coach/profile.h"
#include "coach/rx.h"
#include "coach/schedule.h"
#include "coach/questionnaire.h"
#include "coach/store.h"
#include "coach/workout.h"
#include "tui.h"

/* clang-format off */
#define SCREENS(X) X(SCR_WELCOME) X(SCR_PARQ) X(SCR_SETUP) X(SCR_CHOOSE) X(SCR_HOME) \
	X(SCR_CHECKIN) X(SCR_PREVIEW) X(SCR_SWAP) X(SCR_BREATHE) X(SCR_SET) X(SCR_LOGSET) \
	X(SCR_REST) X(SCR_FINISH) X(SCR_WEEK) X(SCR_PROGRESS) X(SCR_BROWSE) \
	X(SCR_QUESTIONS) X(SCR_CRISIS) X(SCR_SAFETY) X(SCR_ABOUT) X(SCR_AEROBIC) X(SCR_DAY) \
	X(SCR_LAPSE)
/* clang-format on */
#define SCREEN_ENUM(s) s,
enum screen_id { SCREENS(SCREEN_ENUM) SCR_COUNT, SCR_SAME, SCR_QUIT };
#undef SCREEN_ENUM

struct app;

struct screen_ops {
	const char *help_title;
	const struct tui_key *keys;   /* the key bar and the help screen */
	void (*enter)(struct app *a); /* may be NULL */
	void (*draw)(struct app *a);
	enum screen_id (*key)(struct app *a, int ch);
	bool ticks; /* redraw on the clock (timers, pacers) */
	/* when the keys change with the state (the short session offered or
	 * not): the table in force, for the help screen; NULL: keys */
	const struct tui_key *(*keys_now)(const struct app *a);
};

/* The workout screens' own state; what the log keeps is struct workout
 * (workout.h). */
struct workout_ui {
	int reps, rir;	/* the set being entered */
	int field;	/* 0 reps, 1 rir */
	bool typed;	/* digits typed replace the default */
	bool touched;	/* the entry was changed (typed, arrows): it is what was done */
	bool measured;	/* a hold's seconds, timed by the coach */
	long start_ms;	/* when the current set or rest began */
	long paused_ms; /* when paused (0: running) */
	int rest_s;	/* this rest's length */
	enum breath_pattern pacer;
	bool confirm_skip; /* 's' pressed once: a second 's' skips */
	bool undo_entry;   /* the set screen holds an entry taken back with 'u' */
	bool rang;	   /* this rest's end was rung */
};

struct breathe {
	enum breath_pattern pattern;
	int minutes;
	long start_ms;
	enum screen_id then; /* where to go when done or skipped */
	const char *title;
	bool record;  /* the breathing alone: its whole minutes go in the log */
	long done_ms; /* breathed before start_ms (another pattern, help read) */
	bool paused;  /* help is being read: the time is not breathing */
};

struct app {
	struct tui t;
	struct ctx *x; /* paths and catalogue (context.h) */
	struct profile prof;
	bool has_profile;
	const struct program *prog;
	struct store *st;
	int today;
	struct checkin ck;
	bool short_session;
	struct rx rx;
	/* the day after a missed planned day: the person's plan and what Home
	 * offers of it (m, v, a, l); lapse_on false otherwise */
	struct lapse_lead lapse;
	bool lapse_on;
	int aerobic_from;	    /* the aerobic screen's first minutes (0: its own) */
	struct workout_swaps swaps; /* exercises swapped today (workout.h) */
	int swap_ex;		    /* the exercise being swapped */
	enum screen_id screen;
	struct workout w;     /* the record: session, sets done, undo */
	struct workout_ui wu; /* the screens: timers, the entry */
	struct breathe br;
	char message[240];  /* one line shown once, e.g. an error writing the log */
	bool message_typed; /* the message is about what was typed: its numbers as typed */
	long message_at;    /* when it was first shown (0: not yet) */
	struct {	    /* a question asked before what cannot be taken back */
		char text[240];
		int key;  /* the key that says yes */
		int code; /* what the screen does then */
	} ask;
	/* per-screen state */
	int sel, scroll, field;
	int week_offset;    /* the week screen: weeks from this one */
	int move_from;	    /* the week screen: a day chosen to move, -1 */
	enum scale q_scale; /* questionnaires */
	int q_item, q_answers[9];
	bool q_chosen;
	enum screen_id after_crisis; /* where the crisis screen goes back to */
	struct {		     /* that screen's place, kept while help is shown */
		int sel, scroll, field;
	} crisis_saved;
	int day_date; /* the day screen: the past day opened from the week (0: none) */
	struct {      /* a short note being typed (app_note_start) */
		bool on;
		char buf[256];
		size_t len;
		int64_t session;
		int position, set_no; /* position < 0: the session's note */
		char what[120];	      /* what it is on, for the prompt */
	} note;
	bool typing;	  /* a text field has the keys: h is a letter (F1 still helps) */
	bool parq[7];	  /* first run */
	char edit[8][64]; /* first run: text fields */
};

extern const struct screen_ops *const screens[SCR_COUNT];

/* Shared helpers (app.c). */
void app_prescribe(struct app *a); /* today's rx from the state above */
/* The short session's estimate in minutes, as the core would prescribe it. */
int app_short_minutes(struct app *a);
bool app_reload_profile(struct app *a);
void app_message(struct app *a, const char *fmt, ...) COACH_PRINTF(2, 3);
/* The header line with the date and the program week, and a rule under it. */
void app_header(struct app *a, const char *title);
/* The same with a shorter title, used when the title is cut and the
 * shorter one fits whole. */
void app_header_either(struct app *a, const char *title, const char *shorter);
/* "12 kg", "red band" or "" for an exercise of today's rx. */
const char *app_load_text(const struct app *a, const struct rx_exercise *x, char *buf, size_t size);
/* A line of a list that is the selection, in reverse. */
void app_select_line(struct app *a, int y, bool on);
/* Digits typed into a number field: returns true when ch was handled. */
bool app_edit_number(int ch, int *value, bool *typed, int lo, int hi);
/* Ask before something that cannot be taken back: the question is drawn
 * above the key bar until the next key, which answers it (`yes` says yes,
 * any other key no). */
void app_ask(struct app *a, int yes, int code, const char *fmt, ...) COACH_PRINTF(4, 5);
/* Call first in a key handler: true when a question was waiting and ch
 * answered it; *code is the question's code on a yes, 0 on a no. */
bool app_answer(struct app *a, int ch, int *code);
/* A short note typed on a set (position >= 0) or a session (position < 0)
 * of the log, starting from the note it has (NULL: none); while it is typed
 * the keys are app_note_keys' (Enter keeps it, Esc leaves it as it was) and
 * every other printable key is a letter. */
void app_note_start(struct app *a, int64_t session, int position, int set_no, const char *now,
		    const char *what);
/* Call first in a key handler: true when a note had the key. */
bool app_note_key(struct app *a, int ch);
/* The note's line above the key bar, when one is typed. */
void app_note_draw(struct app *a);
extern const struct tui_key app_note_keys[];
/* The keys in force: the note's while one is typed, else keys. */
const struct tui_key *app_keys_or_note(const struct app *a, const struct tui_key *keys);

/* Consistency in weeks, as coach plan counts it (schedule_consistency):
 * "Weeks with your strength days in the last 12: 9 of 12".  Never a
 * streak; false (and "") when there is no program or no week yet. */
bool app_consistency_line(struct app *a, char *buf, size_t size);

/* Take up today's session where the log says it stopped. */
void app_resume(struct app *a);
/* Finish the workout: progression state, then the summary screen. */
void app_end_workout(struct app *a);

/* The breathing screen left for next: help keeps it paused; anything else
 * ends it, and the breathing alone puts its whole minutes in the log, once
 * (breathe_resume takes up a paused one). */
void breathe_leave(struct app *a, bool to_help);
void breathe_resume(struct app *a);

/* First run: the health answers kept when the coach is left (q, Ctrl-C)
 * before the profile is saved, in the state directory (0600), and taken up
 * at the next start; removed once the profile is saved. */
void welcome_save_draft(struct app *a);
enum screen_id welcome_load_draft(struct app *a); /* where to go on, or SCR_SAME */

/* The screens. */
#define SCREEN_DECL(s) extern const struct screen_ops s##_ops;
SCREENS(SCREEN_DECL)
#undef SCREEN_DECL

#endif
