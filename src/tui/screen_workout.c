/* screen_workout.c - the guided workout: each set with its breathing cue and
 * a pacer that moves with the tempo; reps and effort in a keystroke or two;
 * rest with a breathing pacer on a monotonic clock; the summary at the end.
 * Each set is in the log the moment it is entered. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/strength.h"
#include "coach/yemit.h"

static const struct rx_exercise *current(struct app *a)
{
	return a->w.ex < a->rx.n_ex ? &a->rx.ex[a->w.ex] : NULL;
}

static long elapsed(struct app *a)
{
	long now = a->wu.paused_ms ? a->wu.paused_ms : clock_mono_ms();
	return now - a->wu.start_ms;
}

/* A pause stops the clock; going on shifts the start by the time paused. */
static void toggle_pause(struct app *a)
{
	if (a->wu.paused_ms) {
		a->wu.start_ms += clock_mono_ms() - a->wu.paused_ms;
		a->wu.paused_ms = 0;
	} else {
		a->wu.paused_ms = clock_mono_ms();
	}
}

/* A pacer bar: `fraction` of `w` columns filled. */
static void pacer_bar(struct app *a, int y, int x, int w, double fraction)
{
	struct sbuf b = {0};
	int full = (int)(fraction * w + 0.5);
	for (int i = 0; i < w; i++)
		sbuf_puts(&b, i < full ? (a->t.utf8 ? "▓" : "#") : (a->t.utf8 ? "░" : "."));
	tui_text(&a->t, y, x, w, ROLE_TITLE, sbuf_str(&b));
	sbuf_free(&b);
}

/* --- breathing (before the session, and the cool-down) ---------------------- */

enum {
	K_DONE = 1,
	K_SKIP,
	K_PAUSE,
	K_QUIT,
	K_SWAP,
	K_MORE,
	K_BOX,
	K_SIGH,
	K_PACED,
	K_UNDO,
	K_END,
	K_FIELD,
	K_TYPE,
	K_BACK,
	K_MOOD,
	K_MINUS,
	K_NOTE
};

static const struct tui_key breathe_keys[] = {
	{'\r', 0, N_("Enter done"), N_("finish the breathing now"), ACT_NONE, K_DONE},
	{'a', 0, N_("a paced"), N_("paced breathing: in 4, out 6"), ACT_NONE, K_PACED},
	{'b', 0, N_("b box"), N_("box breathing: in, hold, out, hold"), ACT_NONE, K_BOX},
	{'c', 0, N_("c sigh"), N_("cyclic sigh: in, in again, a long breath out"), ACT_NONE,
	 K_SIGH},
	{27, 's', NULL, N_("skip the breathing"), ACT_NONE, K_DONE},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (every set entered is saved)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void draw_breath(struct app *a, int y, enum breath_pattern p, long ms)
{
	struct tui *t = &a->t;
	struct breath_cycle c;
	breath_cycle_of(p, &a->x->cat.policy, &c);
	struct breath_now now;
	breath_at(&c, ms, &now);
	char line[128];
	snprintf(line, sizeof(line), "%s %s %d", _(c.phase[now.phase].word), t->utf8 ? "…" : "...",
		 now.seconds_left);
	int w = (int)utf8_width(line);
	tui_text(t, y, (t->cols - w) / 2, w, ROLE_TITLE, line);
	int bw = t->cols - 8 > 48 ? 48 : t->cols - 8;
	/* in fills the bar, out empties it, holds keep it (the English words) */
	const char *word = c.phase[now.phase].word;
	double f = strstr(word, "out")	  ? 1 - now.fraction
		   : strstr(word, "hold") ? (now.phase == 1 ? 1 : 0)
					  : now.fraction;
	if (strstr(word, "again"))
		f = 0.8 + 0.2 * now.fraction;
	pacer_bar(a, y + 2, (t->cols - bw) / 2, bw, f);
	snprintf(line, sizeof(line), _("now: %s  %s  [a] paced  [b] box  [c] cyclic sigh"),
		 _(breath_pattern_names[p]), t->utf8 ? "·" : "-");
	w = (int)utf8_width(line);
	tui_text(t, y + 4, (t->cols - w) / 2 > 0 ? (t->cols - w) / 2 : 1, t->cols - 2, ROLE_DIM,
		 line);
}

static void breathe_draw(struct app *a)
{
	struct tui *t = &a->t;
	long ms = clock_mono_ms() - a->br.start_ms;
	long left = a->br.minutes * 60000L - a->br.done_ms - ms;
	char title[160];
	snprintf(title, sizeof(title), "%s %s %ld:%02ld", a->br.title, t->utf8 ? "·" : "-",
		 left > 0 ? left / 60000 : 0, left > 0 ? left / 1000 % 60 : 0);
	app_header(a, title);
	tui_text(t, 3, 1, t->cols - 2, ROLE_DIM,
		 _("Breathe with the bar: slow and low, into your belly. There is no wrong way."));
	draw_breath(a, t->rows / 2 - 2, a->br.pattern, ms);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, breathe_keys);
}

static enum screen_id breathe_key(struct app *a, int ch)
{
	const struct tui_key *k = tui_key_find(breathe_keys, ch);
	int code = k ? k->code : 0;
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	if (code == K_PACED || code == K_BOX || code == K_SIGH) {
		a->br.pattern = code == K_BOX	 ? BREATH_BOX
				: code == K_SIGH ? BREATH_SIGH
						 : BREATH_PACED;
		/* the new pattern from its start; the time breathed goes on */
		long now = clock_mono_ms();
		a->br.done_ms += now - a->br.start_ms;
		a->br.start_ms = now;
		return SCR_SAME;
	}
	if (code == K_DONE) {
		if (a->br.then == SCR_SET)
			a->wu.start_ms = clock_mono_ms();
		return a->br.then == SCR_FINISH && !a->w.session ? SCR_HOME : a->br.then;
	}
	return SCR_SAME;
}

void breathe_resume(struct app *a)
{
	if (a->br.paused) {
		a->br.start_ms = clock_mono_ms();
		a->br.paused = false;
	}
}

void breathe_leave(struct app *a, bool to_help)
{
	struct breathe *b = &a->br;
	if (!b->paused) {
		b->done_ms += clock_mono_ms() - b->start_ms;
		b->paused = true;
	}
	if (to_help || !b->record)
		return;
	b->record = false; /* once */
	long m = b->done_ms / 60000;
	if (m < 1)
		return; /* under a minute: nothing in the log */
	if (m > SESSION_MAX_BREATHING_MIN)
		m = SESSION_MAX_BREATHING_MIN;
	int total = 0;
	if (!workout_log_breathing(a->st, a->today, (int)m, &total)) {
		app_message(a, _("could not log the breathing: %s"), store_error(a->st));
		return;
	}
	/* said warmly, and that it counts only when the policy's dose says so */
	if (total >= (int)a->x->cat.policy.adherence_breathing_min)
		app_message(a,
			    P_("%d minute of breathing today: that counts as showing up.",
			       "%d minutes of breathing today: that counts as showing up.", total),
			    total);
	else
		app_message(a,
			    P_("%d minute of breathing today, kept in the log.",
			       "%d minutes of breathing today, kept in the log.", total),
			    total);
}

const struct screen_ops SCR_BREATHE_ops = {N_("Keys: breathing"), breathe_keys, NULL, breathe_draw,
					   breathe_key,		  true,		NULL};

/* --- a set -------------------------------------------------------------------- */

static const struct tui_key set_keys[] = {
	{'\r', 0, N_("Enter done"), N_("the set is done: enter your reps"), ACT_NONE, K_DONE},
	{'x', 0, N_("x swap"), N_("swap this exercise for another you can do"), ACT_NONE, K_SWAP},
	{'s', 0, N_("s skip exercise"), N_("skip the rest of this exercise"), ACT_NONE, K_SKIP},
	{'p', 0, N_("p pause"), N_("pause or go on"), ACT_NONE, K_PAUSE},
	{'e', 0, N_("e end"), N_("end the session here, with what you have done (asks first)"),
	 ACT_NONE, K_END},
	{'q', 0, N_("q leave"),
	 N_("leave for now; every set entered is saved, and Enter at home "
	    "takes it up again"),
	 ACT_NONE, K_QUIT},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* A set and a rest each start their clock, unpaused, when they come up. */
static void clock_enter(struct app *a)
{
	a->wu.start_ms = clock_mono_ms();
	a->wu.paused_ms = 0;
	a->wu.rang = false;
}

static void set_draw(struct app *a)
{
	struct tui *t = &a->t;
	const struct rx_exercise *x = current(a);
	if (!x)
		return;
	char title[200], reps[24], load[48], line[512];
	reps_text(x->reps_min, x->reps_max, reps, sizeof(reps));
	app_load_text(a, x, load, sizeof(load));
	snprintf(title, sizeof(title), _("%s %s set %zu of %d"), x->ex->name, t->utf8 ? "·" : "-",
		 a->w.set + 1, x->sets);
	app_header(a, title);
	int y = 3;
	if (x->superset) {
		size_t first, n = rx_superset_span(&a->rx, a->w.ex, &first);
		int rounds = rx_rounds(&a->rx, a->w.ex);
		const struct rx_exercise *nx = a->w.ex + 1 < first + n ? x + 1 : NULL;
		if (nx)
			snprintf(line, sizeof(line),
				 _("Superset %d, round %zu of %d: next %s, no rest"), x->superset,
				 a->w.set + 1, rounds, nx->ex->name);
		else {
			/* the rest that follows: the round's, or after the last round the
			 * one before the next exercise (none at the session's end) */
			int between, after;
			rx_rests(&a->rx, a->w.ex, &between, &after);
			int rest = (int)a->w.set + 1 < rounds ? between : after;
			if (rest >= 0)
				snprintf(line, sizeof(line),
					 _("Superset %d, round %zu of %d: the round's last, then "
					   "rest %d s"),
					 x->superset, a->w.set + 1, rounds, rest);
			else
				snprintf(line, sizeof(line),
					 _("Superset %d, round %zu of %d: the round's last, and "
					   "the session's"),
					 x->superset, a->w.set + 1, rounds);
		}
		tui_text(t, y++, 1, t->cols - 2, ROLE_WARN, line);
	}
	if (x->seconds)
		snprintf(line, sizeof(line), _("hold %s s"), reps);
	else
		snprintf(line, sizeof(line),
			 load[0] ? P_("%s reps at %s %s stop with %d rep still in you",
				      "%s reps at %s %s stop with %d reps still in you", x->rir)
				 : P_("%s reps%s %s stop with %d rep still in you",
				      "%s reps%s %s stop with %d reps still in you", x->rir),
			 reps, load, t->utf8 ? "·" : "-", x->rir);
	/* a low terminal: a line for each note (cut, ? and the wide screen have
	 * it whole) so the pacer still fits */
	bool low = t->rows < 18;
	int lines = low ? 1 : 3;
	tui_text(t, y++, 1, t->cols - 2, ROLE_TITLE, line);
	if (x->plates[0]) {
		snprintf(line, sizeof(line), _("plates each side: %s"), x->plates);
		tui_text(t, y++, 1, t->cols - 2, ROLE_DIM, line);
	}
	char wu[160];
	if (a->w.set == 0 && rx_warmup_text(&a->rx, x, wu, sizeof(wu))[0])
		y += low ? (tui_text(t, y, 1, t->cols - 2, ROLE_DIM, wu), 1)
			 : tui_wrap(t, y, 1, t->cols - 2, 2, 0, ROLE_DIM, wu);
	if (x->rir_check && (int)a->w.set + 1 == x->sets) {
		snprintf(
			line, sizeof(line),
			_("This set checks your reps in reserve: stop where you think %d are left, "
			  "then go on until you could not do one more. Enter the reps to where you "
			  "stopped, and the extra ones as reserve."),
			x->rir);
		int n = tui_wrap(t, y, 1, t->cols - 2, lines, 0, ROLE_WARN, line);
		y += n < lines ? n : lines;
	}
	if (x->calibration && !low)
		y += tui_wrap(
			t, y, 1, t->cols - 2, 3, 0, ROLE_WARN,
			_("First time: a light load to find your level. Stop when you could do "
			  "the reps in reserve; what you enter sets next time's load."));
	if (x->calibration && low)
		tui_text(t, y++, 1, t->cols - 2, ROLE_WARN,
			 _("First time: a light load to find your level."));
	y += !low;
	int bl = tui_wrap(t, y, 3, t->cols - 6, lines, 0, ROLE_NORMAL, x->breathing);
	y += bl < lines ? bl : lines;
	y += !low;
	/* the tempo pacer: a repetition's phases with the breath for each */
	if (!x->seconds && y < t->rows - 5) {
		struct breath_cycle c;
		tempo_cycle(x->tempo, x->tempo_n, x->ex->effort, x->ex->ret, &c);
		struct breath_now now;
		breath_at(&c, elapsed(a), &now);
		const char *word = c.phase[now.phase].word;
		bool effort = word == x->ex->effort;
		bool pause = strcmp(word, "pause") == 0;
		snprintf(line, sizeof(line), "%s %d s  %s  %s", pause ? _(word) : word,
			 now.seconds_left, t->utf8 ? "·" : "-",
			 pause	  ? _("breathe easy")
			 : effort ? _("breathe out")
				  : _("breathe in"));
		tui_text(t, y++, 3, t->cols - 6, ROLE_TITLE, line);
		int bw = t->cols - 8 > 50 ? 50 : t->cols - 8;
		pacer_bar(a, y++, 3, bw, effort ? 1 - now.fraction : pause ? 1 : now.fraction);
		snprintf(line, sizeof(line), _("rep %d"), now.cycles + 1);
		tui_text(t, y++, 3, 20, ROLE_DIM, line);
	} else if (x->seconds && y < t->rows - 4) {
		long s = elapsed(a) / 1000;
		snprintf(line, sizeof(line), _("holding %ld s (target %s s)"), s, reps);
		tui_text(t, y++, 3, t->cols - 6, ROLE_TITLE, line);
	}
	if (x->note && y < t->rows - 4)
		y += tui_wrap(t, y + 1, 3, t->cols - 6, 2, 0, ROLE_WARN, x->note) + 1;
	if (x->ex->cue && y < t->rows - 4)
		tui_wrap(t, y + 1, 3, t->cols - 6, t->rows - y - 4, 0, ROLE_DIM, x->ex->cue);
	if (a->wu.confirm_skip) {
		snprintf(line, sizeof(line),
			 _("s again skips the rest of %s; any other key goes on"), x->ex->name);
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_WARN, line);
	} else if (a->wu.paused_ms) {
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_WARN, _("paused: p to go on"));
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, set_keys);
}

/* e ends the session with what is done, once asked (it cannot be taken up
 * again); q leaves it to take up again later. */
static enum screen_id end_or_leave(struct app *a, int ch)
{
	if (ch == 'e') {
		app_ask(a, 'e', K_END,
			P_("End today's session here, with %d set logged? e again ends it; any "
			   "other key goes on (q leaves it to take up later).",
			   "End today's session here, with %d sets logged? e again ends it; any "
			   "other key goes on (q leaves it to take up later).",
			   a->w.sets_done),
			a->w.sets_done);
		return SCR_SAME;
	}
	if (a->w.sets_done > 0)
		app_message(a, _("Saved. Enter takes the session up again."));
	else
		app_message(a, "%s", _("Nothing is logged yet: Enter starts from the check-in."));
	return SCR_HOME;
}

/* The answer to e's question: true when ch answered it (*next says where). */
static bool end_answered(struct app *a, int ch, enum screen_id *next)
{
	int yes;
	if (!app_answer(a, ch, &yes))
		return false;
	*next = yes == K_END ? SCR_FINISH : SCR_SAME;
	return true;
}

static enum screen_id set_key(struct app *a, int ch)
{
	const struct rx_exercise *x = current(a);
	if (!x)
		return SCR_FINISH;
	enum screen_id next;
	if (end_answered(a, ch, &next))
		return next;
	const struct tui_key *k = tui_key_find(set_keys, ch);
	int code = k ? k->code : 0;
	/* skipping is one slip of a finger from losing an exercise: ask once */
	bool confirmed = a->wu.confirm_skip && code == K_SKIP;
	a->wu.confirm_skip = false;
	switch (code) {
	case K_DONE:
		a->wu.reps = x->seconds ? (int)(elapsed(a) / 1000 > x->reps_min ? elapsed(a) / 1000
										: x->reps_max)
					: x->reps_max;
		a->wu.measured = x->seconds && elapsed(a) / 1000 > x->reps_min;
		if (x->seconds && a->wu.reps > x->reps_max * 2) {
			a->wu.reps = x->reps_max;
			a->wu.measured = false;
		}
		a->wu.touched = false;
		a->wu.rir = x->rir;
		a->wu.field = 0;
		a->wu.typed = false;
		a->wu.undo_entry = false;
		return SCR_LOGSET;
	case K_SWAP:
		a->swap_ex = (int)a->w.ex;
		return SCR_SWAP;
	case K_SKIP:
		if (!confirmed) {
			a->wu.confirm_skip = true;
			return SCR_SAME;
		}
		return workout_skip(&a->w, &a->rx) ? SCR_SET : SCR_FINISH;
	case K_PAUSE:
		toggle_pause(a);
		return SCR_SAME;
	case K_END:
	case K_QUIT:
		return end_or_leave(a, code == K_END ? 'e' : 'q');
	default:
		return SCR_SAME;
	}
}

const struct screen_ops SCR_SET_ops = {N_("Keys: a set"), set_keys, clock_enter, set_draw,
				       set_key,		  true,	    NULL};

/* --- entering a set ------------------------------------------------------------- */

static const struct tui_key log_keys[] = {
	{'\r', 0, N_("Enter log it"), N_("log the set as shown (the target untouched: asks first)"),
	 ACT_NONE, K_DONE},
	{'\t', 0, N_("Tab reps/RIR"), N_("move between reps and reps in reserve"), ACT_NONE,
	 K_FIELD},
	{KEY_LEFT, KEY_RIGHT, NULL, N_("move between reps and reps in reserve, too"), ACT_NONE,
	 K_FIELD},
	{'0', TUI_TO('9'), N_("0-9 type"), N_("type the number"), ACT_NONE, K_TYPE},
	{KEY_BACKSPACE, 0, NULL, N_("take the last digit off"), ACT_NONE, K_TYPE},
	{KEY_UP, KEY_DOWN, N_("↑↓ +/-"), N_("one more (Up) or one fewer (Down)"), ACT_NONE, K_TYPE},
	{'+', '-', NULL, N_("one more or one fewer, too"), ACT_NONE, K_TYPE},
	{27, 0, N_("Esc back"), N_("back to the set"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q leave"),
	 N_("leave for now: this set is not logged, every set before it is saved"), ACT_NONE,
	 K_QUIT},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void log_draw(struct app *a)
{
	struct tui *t = &a->t;
	const struct rx_exercise *x = current(a);
	char title[200], line[160], load[48];
	snprintf(title, sizeof(title), _("%s %s set %zu of %d"), x->ex->name, t->utf8 ? "·" : "-",
		 a->w.set + 1, x->sets);
	app_header(a, title);
	app_load_text(a, x, load, sizeof(load));
	/* a low terminal: the lines without blank ones between, so that the
	 * hint under them is whole */
	bool low = t->rows < 16;
	int y = low ? 3 : 4, step = low ? 1 : 2;
	snprintf(line, sizeof(line), _("%s done"), x->seconds ? _("Seconds held") : _("Reps"));
	tui_text(t, y, 3, 24, ROLE_NORMAL, line);
	snprintf(line, sizeof(line), a->wu.field == 0 ? "[%d]" : " %d ", a->wu.reps);
	tui_text(t, y, 28, 10, a->wu.field == 0 ? ROLE_SELECTED : ROLE_NORMAL, line);
	/* the load beside the reps, or on its own line where it is not whole there */
	char at[64] = "";
	if (load[0])
		snprintf(at, sizeof(at), _("at %s"), load);
	bool beside = (int)utf8_width(at) <= t->cols - 37;
	if (at[0] && beside)
		tui_text(t, y, 36, t->cols - 37, ROLE_DIM, at);
	y += step;
	if (!x->seconds) {
		tui_text(t, y, 3, 24, ROLE_NORMAL, _("Reps left in you (RIR)"));
		snprintf(line, sizeof(line), a->wu.field == 1 ? "[%d]" : " %d ", a->wu.rir);
		tui_text(t, y, 28, 10, a->wu.field == 1 ? ROLE_SELECTED : ROLE_NORMAL, line);
		y += step;
	}
	if (at[0] && !beside) {
		tui_text(t, y, 3, t->cols - 4, ROLE_DIM, at);
		y += step;
	}
	y += low;
	tui_wrap_either(
		t, y, 3, t->cols - 6, t->rows - 2 - y, ROLE_DIM,
		a->wu.undo_entry ? _("What you entered before is filled in: type the right number.")
		: a->wu.measured ? _("The time is the coach's own count: Enter logs it, or type "
				     "the seconds you held.")
				 : _("The target is filled in. Type what you did; Enter on the "
				     "target as it is asks first."),
		a->wu.undo_entry ? _("What you entered before is filled in.")
		: a->wu.measured ? _("The coach timed it: Enter logs it.")
				 : _("Type what you did, then Enter."));
	tui_rule(t, t->rows - 2);
	tui_keybar(t, log_keys);
}

static bool save_set(struct app *a)
{
	if (!workout_log_set(&a->w, a->st, &a->x->cat.policy, &a->rx, a->prog->id, a->today, &a->ck,
			     a->wu.reps, a->wu.rir))
		return false;
	a->wu.undo_entry = false;
	return true;
}

static enum screen_id log_key(struct app *a, int ch)
{
	const struct rx_exercise *x = current(a);
	const struct tui_key *k = tui_key_find(log_keys, ch);
	int code = k ? k->code : 0;
	/* a hold has one field: left and right change it */
	if (code == K_FIELD && x->seconds && ch != '\t')
		code = K_TYPE;
	if (code == K_FIELD) {
		if (!x->seconds)
			a->wu.field = !a->wu.field;
		a->wu.typed = false;
		return SCR_SAME;
	}
	/* what is logged is what was done: the target left as it is, Enter asks
	 * once, naming the numbers; any other key is taken as it comes */
	int yes = 0;
	bool asked = app_answer(a, ch, &yes);
	if (code == K_BACK)
		return SCR_SET;
	if (code == K_QUIT)
		return end_or_leave(a, 'q');
	if (code == K_DONE && !asked && !a->wu.touched && !a->wu.measured) {
		if (x->seconds)
			app_ask(a, '\r', K_DONE,
				_("%d seconds held? Enter logs it; or type the seconds."),
				a->wu.reps);
		else
			app_ask(a, '\r', K_DONE,
				_("%d reps, %d in reserve? Enter logs it; or type what you did."),
				a->wu.reps, a->wu.rir);
		return SCR_SAME;
	}
	if (code == K_DONE) {
		if (!save_set(a)) {
			if (!store_still_there(a->st))
				app_message(a, "%s", store_error(a->st));
			else
				app_message(
					a,
					_("could not save this set: %s (press Enter to try again)"),
					store_error(a->st));
			return SCR_SAME;
		}
		/* the workout is on the next set now: a rest first, unless done,
		 * the longer one before the next exercise */
		if (workout_finished(&a->w, &a->rx))
			return SCR_FINISH;
		/* in a superset the round goes on to its next exercise without a
		 * rest; after the round, its rest */
		if (a->w.round_goes_on)
			return SCR_SET;
		a->wu.rest_s =
			current(a) == x || (x->superset && current(a)->superset == x->superset)
				? x->rest_s
				: x->rest_between_s;
		return SCR_REST;
	}
	if (code != K_TYPE)
		return SCR_SAME;
	if (a->wu.field == 0
		    ? app_edit_number(ch, &a->wu.reps, &a->wu.typed, 0, x->seconds ? 600 : 100)
		    : app_edit_number(ch, &a->wu.rir, &a->wu.typed, 0, 10))
		a->wu.touched = true;
	return SCR_SAME;
}

const struct screen_ops SCR_LOGSET_ops = {
	N_("Keys: entering a set"), log_keys, NULL, log_draw, log_key, false, NULL};

/* --- rest ------------------------------------------------------------------------ */

static const struct tui_key rest_keys[] = {
	{'\r', 0, N_("Enter skip rest"), N_("end the rest now"), ACT_NONE, K_DONE},
	{'u', 0, N_("u undo"), N_("take the set just entered out of the log, to enter it again"),
	 ACT_NONE, K_UNDO},
	{'+', 0, N_("+ 30 s"), N_("30 seconds more"), ACT_NONE, K_MORE},
	{'p', 0, N_("p pause"), N_("pause or go on"), ACT_NONE, K_PAUSE},
	/* the pacers are named on the screen itself, so not in the bar */
	{'b', 0, NULL, N_("box breathing"), ACT_NONE, K_BOX},
	{'c', 0, NULL, N_("cyclic sigh"), ACT_NONE, K_SIGH},
	{'a', 0, NULL, N_("paced breathing"), ACT_NONE, K_PACED},
	{'n', 0, N_("n note"), N_("a short note on the set just entered"), ACT_NONE, K_NOTE},
	{'e', 0, N_("e end"), N_("end the session here, with what you have done (asks first)"),
	 ACT_NONE, K_END},
	{'q', 0, N_("q leave"), N_("leave for now; every set entered is saved"), ACT_NONE, K_QUIT},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void rest_draw(struct app *a)
{
	struct tui *t = &a->t;
	long ms = elapsed(a);
	long left = a->wu.rest_s * 1000L - ms;
	if (left < 0)
		left = 0;
	const struct rx_exercise *x = current(a);
	char title[200], right[160];
	snprintf(title, sizeof(title), _("Rest %ld:%02ld"), (left + 999) / 60000,
		 (left + 999) / 1000 % 60);
	app_header(a, title);
	snprintf(right, sizeof(right), _("next: %s, set %zu of %d"), x ? x->ex->name : "",
		 a->w.set + 1, x ? x->sets : 0);
	tui_text(t, 2, 1, t->cols - 2, ROLE_DIM, right);
	draw_breath(a, t->rows / 2 - 2, a->wu.pacer, ms);
	if (left == 0 && !a->wu.rang) {
		/* the rest is over: a bell and a flash, unless switched off or in
		 * the quiet hours the person set */
		a->wu.rang = true;
		if (a->prof.rest_bell && !profile_quiet_at(&a->prof, clock_minute())) {
			beep();
			flash();
		}
	}
	if (left == 0)
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_KEYS,
			 _("Ready when you are: Enter."));
	else if (a->wu.paused_ms)
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_WARN, _("paused: p to go on"));
	app_note_draw(a);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, app_keys_or_note(a, rest_keys));
}

static const struct tui_key *rest_keys_now(const struct app *a)
{
	return app_keys_or_note(a, rest_keys);
}

/* The set just entered was wrong: out of the log, and back to entering it. */
static enum screen_id undo_set(struct app *a)
{
	if (!a->w.undo.ok) {
		app_message(a, _("Nothing to undo: only the set just entered can be taken out."));
		return SCR_SAME;
	}
	if (!workout_undo(&a->w, a->st, &a->wu.reps, &a->wu.rir)) {
		app_message(a, _("could not take the set out: %s"), store_error(a->st));
		return SCR_SAME;
	}
	a->wu.undo_entry = true;
	a->wu.field = 0;
	a->wu.typed = false;
	a->wu.touched = a->wu.measured = false;
	app_message(a, _("That set is out of the log: enter it again."));
	return SCR_LOGSET;
}

static enum screen_id rest_key(struct app *a, int ch)
{
	enum screen_id next;
	if (app_note_key(a, ch))
		return SCR_SAME;
	if (end_answered(a, ch, &next))
		return next;
	const struct tui_key *k = tui_key_find(rest_keys, ch);
	switch (k ? k->code : 0) {
	case K_NOTE: {
		if (!a->w.undo.ok || !a->w.session)
			return SCR_SAME;
		const struct rx_exercise *x = &a->rx.ex[a->w.undo.ex];
		char what[160];
		snprintf(what, sizeof(what), _("set %d of %s"), (int)a->w.undo.set + 1,
			 x->ex->name);
		app_note_start(a, a->w.session, (int)a->w.undo.ex, (int)a->w.undo.set + 1, NULL,
			       what);
		return SCR_SAME;
	}
	case K_UNDO:
		return undo_set(a);
	case K_DONE:
		return SCR_SET;
	case K_MORE:
		a->wu.rest_s += 30;
		a->wu.rang = false; /* the new end rings again */
		return SCR_SAME;
	case K_PAUSE:
		toggle_pause(a);
		return SCR_SAME;
	case K_BOX:
		a->wu.pacer = BREATH_BOX;
		return SCR_SAME;
	case K_SIGH:
		a->wu.pacer = BREATH_SIGH;
		return SCR_SAME;
	case K_PACED:
		a->wu.pacer = BREATH_PACED;
		return SCR_SAME;
	case K_END:
		return end_or_leave(a, 'e');
	case K_QUIT:
		return end_or_leave(a, 'q');
	default:
		return SCR_SAME;
	}
}

const struct screen_ops SCR_REST_ops = {
	N_("Keys: resting"), rest_keys, clock_enter, rest_draw, rest_key, true, rest_keys_now};

/* --- the end: mood after, the summary, the cool-down --------------------------------- */

/* not const: the mood key's help has the scale's words in the person's
 * language (finish_enter) */
static struct tui_key finish_keys[] = {
	{'0' + CHECKIN_SCALE_MIN, TUI_TO('0' + CHECKIN_SCALE_MAX), N_("1-5 mood now"), NULL,
	 ACT_NONE, K_MOOD},
	{'0', 0, NULL,
	 N_("after your mood: 0 to 5 for how the session felt (0 neutral, 5 very good)"), ACT_NONE,
	 K_MOOD},
	{'-', 0, NULL,
	 N_("after your mood: - then 1 to 5 for a session that felt bad (-5 very bad)"), ACT_NONE,
	 K_MINUS},
	{'c', 0, N_("c cool-down"), N_("a few minutes of slow breathing to finish"), ACT_NONE,
	 K_PACED},
	{'n', 0, N_("n note"), N_("a short note on the session"), ACT_NONE, K_NOTE},
	{'\r', 27, N_("Enter home"), N_("back home"), ACT_NONE, K_DONE},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (the session is saved)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static bool feeling_minus; /* '-' typed: the Feeling Scale's next digit is negative */

static void finish_enter(struct app *a)
{
	static char mood_help[160];
	snprintf(mood_help, sizeof(mood_help), _("how you feel now, %d %s to %d %s"),
		 CHECKIN_SCALE_MIN, _(CHECKIN_MOOD_LOW), CHECKIN_SCALE_MAX, _(CHECKIN_MOOD_HIGH));
	finish_keys[0].help = mood_help;
	feeling_minus = false;
	app_end_workout(a); /* once: the cool-down comes back here */
}

/* The Feeling Scale's words (Hardy & Rejeski 1989): its anchors at the odd
 * numbers and 0, the even ones between. */
static const char *feeling_words(int f)
{
	switch (f) {
	case 5:
	case 4:
		return _("very good");
	case 3:
	case 2:
		return _("good");
	case 1:
		return _("fairly good");
	case 0:
		return _("neutral");
	case -1:
		return _("fairly bad");
	case -2:
	case -3:
		return _("bad");
	default:
		return _("very bad");
	}
}

static const struct tui_key *finish_keys_now(const struct app *a);

static void finish_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, a->w.sets_done ? _("Well done") : _("Session stopped"));
	char line[200], n[32];
	int y = 3;
	if (!a->w.sets_done) {
		tui_text(t, y, 2, t->cols - 4, ROLE_NORMAL,
			 _("No sets were entered today, and that is fine. Rest counts too."));
	} else {
		if (a->rx.hold)
			snprintf(line, sizeof(line),
				 P_("%d set logged (%s)", "%d sets logged (%s)", a->w.sets_done),
				 a->w.sets_done, hold_day_words(false));
		else
			snprintf(line, sizeof(line),
				 P_("%d set logged", "%d sets logged", a->w.sets_done),
				 a->w.sets_done);
		tui_text(t, y++, 2, t->cols - 4, ROLE_NORMAL, line);
		if (a->w.volume > 0) {
			snprintf(line, sizeof(line), _("Volume: %s lifted"),
				 volume_text(a->w.volume, a->rx.unit, n, sizeof(n)));
			tui_text(t, y++, 2, t->cols - 4, ROLE_NORMAL, line);
		}
		if (a->w.best_e1rm > 0) {
			snprintf(line, sizeof(line),
				 _("Strongest set: %s, about %s for one rep (an estimate)"),
				 a->w.best_name,
				 estimate_text(a->w.best_e1rm, a->rx.unit, n, sizeof(n)));
			tui_text(t, y++, 2, t->cols - 4, ROLE_NORMAL, line);
		}
	}
	y++;
	if (a->w.mood_after) {
		if (a->ck.given)
			snprintf(line, sizeof(line), _("Mood: %d before, %d now."), a->ck.mood,
				 a->w.mood_after);
		else
			snprintf(line, sizeof(line), _("Mood now: %d of %d."), a->w.mood_after,
				 CHECKIN_SCALE_MAX);
		tui_text(t, y++, 2, t->cols - 4, ROLE_TITLE, line);
		if (a->w.has_feeling) {
			char f[8];
			snprintf(f, sizeof(f), "%+d", a->w.feeling);
			snprintf(line, sizeof(line), _("The session felt %s, %s."),
				 a->w.feeling ? f : "0", feeling_words(a->w.feeling));
			tui_text(t, y++, 2, t->cols - 4, ROLE_NORMAL, line);
		} else {
			tui_text(t, y++, 2, t->cols - 4, ROLE_NORMAL,
				 _("And how did the session feel? -5 very bad, 0 neutral, +5 very "
				   "good."));
			tui_text(t, y++, 2, t->cols - 4, ROLE_DIM,
				 feeling_minus ? _("Minus: now 1 (fairly bad) to 5 (very bad).")
					       : _("A digit 0 to 5, or - then 1 to 5."));
		}
	} else if (a->w.session) {
		snprintf(line, sizeof(line), _("How do you feel now? %d %s ... %d %s"),
			 CHECKIN_SCALE_MIN, _(CHECKIN_MOOD_LOW), CHECKIN_SCALE_MAX,
			 _(CHECKIN_MOOD_HIGH));
		tui_text(t, y++, 2, t->cols - 4, ROLE_TITLE, line);
	}
	y++;
	snprintf(line, sizeof(line),
		 _("A %d-minute slow-breathing cool-down is there if you like: c."),
		 (int)a->x->cat.policy.breathing_cooldown_min);
	tui_text(t, y, 2, t->cols - 4, ROLE_DIM, line);
	app_note_draw(a);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, finish_keys_now(a));
}

/* The digits' label says what they answer now: the mood, then how the
 * session felt, then nothing (both given). */
static void finish_labels(const struct app *a)
{
	finish_keys[0].label = !a->w.mood_after	   ? N_("1-5 mood now")
			       : !a->w.has_feeling ? N_("-5..5 how it felt")
						   : NULL;
}

static const struct tui_key *finish_keys_now(const struct app *a)
{
	finish_labels(a);
	return app_keys_or_note(a, finish_keys);
}

static enum screen_id finish_key(struct app *a, int ch)
{
	if (app_note_key(a, ch))
		return SCR_SAME;
	const struct tui_key *k = tui_key_find(finish_keys, ch);
	int code = k ? k->code : 0;
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	if (code == K_MINUS && a->w.session && a->w.mood_after && !a->w.has_feeling) {
		feeling_minus = true;
		return SCR_SAME;
	}
	if (code == K_MOOD && a->w.session && a->w.mood_after && !a->w.has_feeling) {
		/* the mood is in: the digits answer the Feeling Scale */
		int f = feeling_minus ? -(ch - '0') : ch - '0';
		feeling_minus = false;
		if (!workout_set_feeling(&a->w, a->st, f))
			app_message(a, _("could not save how the session felt: %s"),
				    store_error(a->st));
		return SCR_SAME;
	}
	if (code == K_MOOD && a->w.session && ch != '0' && !a->w.mood_after) {
		if (!workout_set_mood_after(&a->w, a->st, ch - '0'))
			app_message(a, _("could not save your mood: %s"), store_error(a->st));
		return SCR_SAME;
	}
	if (code == K_PACED) {
		a->br = (struct breathe){.pattern = BREATH_PACED,
					 .minutes = (int)a->x->cat.policy.breathing_cooldown_min,
					 .start_ms = clock_mono_ms(),
					 .then = SCR_FINISH,
					 .title = _("Cool-down breathing")};
		return SCR_BREATHE;
	}
	if (code == K_NOTE && a->w.session) {
		app_note_start(a, a->w.session, -1, 0, NULL, _("today's session"));
		return SCR_SAME;
	}
	if (code == K_DONE)
		return SCR_HOME;
	return SCR_SAME;
}

const struct screen_ops SCR_FINISH_ops = {N_("Keys: the end of a session"),
					  finish_keys,
					  finish_enter,
					  finish_draw,
					  finish_key,
					  false,
					  finish_keys_now};
