/* rx.h - the prescription engine: today's session from the program, the
 * profile, the log and how the person feels.
 *
 * Every rule of coaching-rules.md, with every number from the policy file.
 * Each change from the program as written is an adjustment with a reason a
 * person understands.  The engine reads the log (slot states, the last
 * session, questionnaires) but never writes it; progress.h does that.
 */
#ifndef COACH_RX_H
#define COACH_RX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "coach/catalog.h"
#include "coach/evidence.h"
#include "coach/history.h"
#include "coach/loads.h"
#include "coach/profile.h"
#include "coach/risk.h"
#include "coach/session.h"
#include "coach/store.h"

enum readiness_band { RB_NORMAL, RB_LOW, RB_ANXIOUS, RB_GOOD };
enum { RX_TEXT_R = 120 };
extern const char *const readiness_names[];

struct readiness {
	enum readiness_band band; /* low wins over anxious; both may hold */
	bool low, anxious, short_sleep, good, checked_in;
	bool sore;	     /* soreness at or above the policy's soreness.min: a lighter day */
	char reasons[6][80]; /* room for a longer language */
	size_t n_reasons;
	/* the reasons behind each rule, as shown with its adjustments */
	char low_why[RX_TEXT_R], anxious_why[RX_TEXT_R], sore_why[RX_TEXT_R];
};

/* Band a check-in (ck->given false: normal, "no check-in"). */
void readiness_of(const struct checkin *ck, const struct policy *pol, struct readiness *out);
/* Whether a day of readiness r is a hold: a low day, or a very sore one,
 * neither moves anyone on nor counts against them (no progression, no failure).  The one place that
 * says so: the prescription, the interface's log and coach log all ask it. */
bool readiness_is_hold(const struct readiness *r);
/* What a hold day is, in the one wording every screen and command uses:
 * "a hold day: on its own it does not move you on, and nothing in it counts
 * against you" (past: for a
 * day in the record). */
const char *hold_day_words(bool past);

enum {
	RX_TEXT = 200,
	RX_MAX_ADJ = 24,
	RX_MAX_EX = 24,
	RX_MAX_ADV = 8,
	RX_MAX_WHY = 4,
	RX_MAX_WARMUP = 2
};

struct rx_note {
	char what[RX_TEXT], why[RX_TEXT];
	bool effort; /* about how hard to go (reps in reserve): each exercise's rir has it */
};

struct rx_exercise {
	const struct exercise *ex;
	const struct slot *slot;
	const char *slot_id; /* the slot's exercise or ladder id, or its pattern */
	int sets, reps_min, reps_max, rir, rest_s;
	int rest_between_s; /* after the last set, before the next exercise */
	/* the day's superset it is in (1, 2 ... in today's order; 0: none): its
	 * exercises stand together, done in rounds (a set of each, then rest_s) */
	int superset;
	int tempo[4], tempo_n;
	bool seconds;  /* reps are seconds held */
	bool has_load; /* external weight or a band */
	double load;   /* in the profile's units */
	int band;      /* enum band, -1 when not a band */
	enum load_tool tool;
	char plates[64];  /* for a barbell: plates on each side */
	bool calibration; /* first time: find the load */
	int over_cap;	  /* the lightest load is over this %e1RM cap (0: not) */
	int rir_instead;  /* reps in reserve added where a cut could not be made */
	const char *note; /* the program's note for this slot, or NULL */
	char breathing[RX_TEXT * 2];
	char why[RX_MAX_WHY][RX_TEXT * 2]; /* in full, in a longer language too */
	size_t n_why;
	int est_s; /* estimated seconds with rests */
	/* ramp-up sets before the first heavy compound lift: not work, not logged */
	struct rx_warmup_set {
		int reps;
		double load;
	} warmup[RX_MAX_WARMUP];
	size_t n_warmup;
	bool rir_check; /* the last set checks the person's guess of reps in reserve */
	/* the program's set groups (a top set, back-off sets, a last AMRAP set):
	 * sets above is their total, reps, load and rir the first group's */
	struct rx_group {
		int sets, reps_min, reps_max, rir;
		double load_factor; /* of the first group's load */
		double load;	    /* made with the person's equipment */
		int band;
		bool amrap;  /* as many reps as possible, keeping rir in reserve */
		bool capped; /* amrap, held to the reps and rir by a health rule */
	} groups[MAX_SET_GROUPS];
	size_t n_groups;
};

/* Trim x's groups from the last so that their sets add up to x->sets. */
void rx_groups_trim(struct rx_exercise *x);

/* The load of x as both front ends show it: "12 kg", "red band", or ""
 * for an exercise with no load. */
const char *rx_load_text(const struct rx_exercise *x, const char *unit, char *buf, size_t size);

struct rx {
	int date, week;
	const struct program *program;
	const struct day *day; /* NULL on a rest day */
	bool rest_day, deload, hold, before_start;
	bool finished;	       /* program complete: its weeks are done (counted as trained) */
	bool done_today;       /* today's session is logged in full (or ended) */
	int sets_logged_today; /* sets logged today, for resuming a workout */
	int64_t session_today; /* that session's row, 0 when none */
	int moved_to;	       /* today's day was moved to this date (-1) */
	int next_date;	       /* on a rest day: the next planned day (-1) */
	const struct day *next_day;
	struct readiness readiness;
	struct risk risk; /* a risk signal beyond PHQ-9 item 9 (kind RISK_NONE: none) */
	bool breathing_before;
	int breathe_min, inhale_s, exhale_s;
	bool short_offered, short_taken;
	/* yesterday was a planned strength day, missed: the person's lapse plan
	 * leads (workout_lapse_lead), and the short session is offered when the
	 * policy says (adherence.short_after_missed) */
	bool after_missed;
	/* on a low check-in: the person's own record of sessions begun at that
	 * mood (own.shown: enough of them), and its sentence ("" when none) */
	struct evidence own;
	char own_words[RX_TEXT * 2];
	char advisories[RX_MAX_ADV][RX_TEXT * 2];
	size_t n_advisories;
	struct rx_note adjustments[RX_MAX_ADJ];
	size_t n_adjustments;
	struct rx_exercise ex[RX_MAX_EX];
	size_t n_ex;
	int est_min;
	int warmup_min; /* the general warm-up at the top (0: none, a rest day) */
	char warmup_what[RX_TEXT];
	int aerobic_min; /* a rest day's aerobic suggestion (0: none) */
	char aerobic_what[RX_TEXT];
	int aerobic_week_min; /* aerobic minutes logged this week (Monday on) */
	const char *unit;
	const struct program *next_program; /* once finished: what could come next */
	int hard_advisory;		    /* index of "today sounds hard" (-1): moot once done */
};

/* The superset exercise i of rx is in: its first exercise in *first, and
 * how many it has (1, with *first = i, for an exercise on its own). */
size_t rx_superset_span(const struct rx *rx, size_t i, size_t *first);
/* The rounds of the superset of exercise i: the most sets of any of its
 * exercises (an exercise with fewer sits the last rounds out). */
int rx_rounds(const struct rx *rx, size_t i);
/* The rests the workout gives after exercise i's sets, as it gives them:
 * *between after a set (or its superset's round) when another follows, and
 * *after after its last one, before the next exercise; -1 where there is
 * none (one set; the session's last), 0 both for a superset's exercise the
 * round goes on from. */
void rx_rests(const struct rx *rx, size_t i, int *between, int *after);
/* The supersets numbered 1, 2 ... in today's order; one left with a single
 * exercise (the others left out, or dropped for time) is a plain exercise. */
void rx_supersets_number(struct rx *rx);

struct rx_input {
	const struct catalog *cat;
	const struct profile *prof;
	const struct program *program;
	struct store *st; /* may be NULL: no history */
	int date;
	struct checkin checkin; /* given=false: none */
	bool short_session;	/* the minimum session on a low day */
	struct risk risk;	/* from risk_load() before; zero: none */
	/* exercises the person swapped in: for the slot with key swap_slot[i] */
	const char *swap_slot[RX_MAX_EX];
	const struct exercise *swap_to[RX_MAX_EX];
	size_t n_swaps;
};

/* Today's prescription: rx_history_load, then rx_build. */
void rx_prescribe(const struct rx_input *in, struct rx *out);
/* The same from a history already read for in->date (rx_history_load or
 * rx_history_advance), which it leaves for the caller to free. */
void rx_prescribe_from(const struct rx_input *in, const struct rx_history *h, struct rx *out);
/* The prescription from a history already read: pure, no I/O. */
void rx_build(const struct rx_input *in, const struct rx_history *h, struct rx *out);

/* The stages of rx_build, each pure, in the order they run. */
struct rx_day {
	int week;	   /* the program week whose parameters apply (1 .. weeks) */
	bool familiar;	   /* a beginner's familiarisation week */
	bool older;	   /* 65 or over (policy older.age_from): older-adult doses */
	bool older_start;  /* and in the program's first weeks: the lighter start */
	bool deload;	   /* a deload week (time off does not stack on it) */
	double gap_factor; /* loads after a break (1: none) */
	int gap_sets;	   /* sets added (negative) after a break */
	int gap_steps;	   /* ladder steps down after a long break */
	bool back; /* the first session back after a break (policy short_break): no step up */
};
/* Every session starts warm: the general warm-up, and ramp-up sets at the
 * policy's percentages of the working load before the first heavy compound
 * lift (an external load the ramp can make lighter; not a calibration set). */
void rx_warmup(const struct rx_input *in, struct rx *rx);
/* "warm-up sets first (not counted): 8 at 8 kg, 4 at 12 kg" for x, or ""
 * when it has none; both front ends show this. */
const char *rx_warmup_text(const struct rx *rx, const struct rx_exercise *x, char *buf,
			   size_t size);
/* Effort taught: in a beginner's familiarisation weeks, reps in reserve
 * explained, and the last set of the first loaded exercise goes on past
 * the target to check the guess (Hackett 2017).  Never with high blood
 * pressure, an uncleared PAR-Q+, from 65, on a low, anxious or sore day, or
 * in a program with no_failure. */
void rx_teach_rir(const struct rx_input *in, const struct rx_day *f, struct rx *rx);
/* A rest day while the week's aerobic minutes are under the target: a brisk
 * walk suggested (Noetel 2024; WHO 2020).  On a low day, a short walk offered
 * beside the minimum session. */
void rx_aerobic(const struct rx_input *in, const struct rx_history *h, struct rx *rx);
/* The day's factors: time off, familiarisation, deload (with their words). */
void rx_day_of(const struct rx_input *in, const struct rx_history *h, struct rx *rx,
	       struct rx_day *f);
/* Sets, effort floors and rests of one exercise for the day. */
void rx_volume(const struct rx_input *in, const struct rx_day *f, const struct readiness *r,
	       struct rx_exercise *x);
/* The load of one exercise: progression, then the day's reasons to go lighter. */
void rx_load(const struct rx_input *in, const struct rx_history *h, const struct rx_day *f,
	     struct rx *rx, struct rx_exercise *x, const struct slot_state *st);
/* The explanation stage of a load: why the slot's progression (st) puts
 * exercise x where it is, in words a person understands.  Pure. */
void rx_explain_progression(const struct slot_state *st, const struct rx_exercise *x,
			    const struct loadset *ls, const struct policy *pol, const char *unit,
			    char *why, size_t size);
/* Drop sets, then exercises, until the session fits the profile's minutes. */
void rx_fit_time(struct rx *rx, const struct profile *prof, const struct policy *pol);

/* What could stand in for exercise e in slot s: a regression or progression
 * of its ladder, or another of its pattern, that the person can do; most
 * alike first.  Returns how many were written to out. */
size_t rx_alternatives(const struct catalog *cat, const struct profile *prof, const struct slot *s,
		       const struct exercise *e, const struct exercise **out, size_t max);

/* Can this person do this exercise (equipment, dislikes)? */
bool rx_can_do(const struct profile *prof, const struct exercise *e);
/* The breathing cue for an exercise with a tempo. */
void rx_breathing(const struct exercise *e, const int *tempo, int tempo_n, bool hypertension,
		  char *buf, size_t size);

#endif
