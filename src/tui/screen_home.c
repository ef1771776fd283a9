/* screen_home.c - today's session (or the rest day), the week at a glance,
 * the mood trend, and the keys to everything else. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/chart.h"
#include "coach/clock.h"

enum {
	K_START = 1,
	K_WEEK,
	K_PROGRESS,
	K_BROWSE,
	K_SCREENS,
	K_PROGRAM,
	K_HELP_NOW,
	K_AEROBIC,
	K_MOOD,
	K_SHORT,
	K_MOVE_HERE,
	K_LAPSE
};

/* not const: the Enter label says what Enter does today */
static struct tui_key keys[] = {
	/* Labels fit 80 columns; the help overlay (?) names every key. */
	{'\r', 0, N_("Enter start"),
	 N_("check in, see today's session, and start (or go on "
	    "with it)"),
	 ACT_NONE, K_START},
	{'h', 0, N_("h help now"), N_("who to call if you are in crisis"), ACT_NONE, K_HELP_NOW},
	{'w', 0, N_("w week"), N_("this week: done, planned, missed and moved days"), ACT_NONE,
	 K_WEEK},
	{'p', 0, N_("p progress"), N_("progress: strength, volume, mood and questionnaires"),
	 ACT_NONE, K_PROGRESS},
	{'b', 0, N_("b browse"), N_("browse the programs"), ACT_NONE, K_BROWSE},
	{'c', 0, NULL, N_("choose a different program"), ACT_NONE, K_PROGRAM},
	{'a', 0, NULL, N_("log a walk or other aerobic minutes done today"), ACT_NONE, K_AEROBIC},
	{'m', 0, NULL,
	 N_("the short session (on a hard day, or the day after a missed one): check in, then "
	    "start it"),
	 ACT_NONE, K_SHORT},
	{'v', 0, NULL,
	 N_("the day after a missed day, on a rest day of its week: move yesterday's session here "
	    "(asked first)"),
	 ACT_NONE, K_MOVE_HERE},
	{'l', 0, NULL, N_("your plan for a missed day: write it or change it"), ACT_NONE, K_LAPSE},
	{'s', 0, N_("s mood"), N_("a short, optional questionnaire on mood or anxiety"), ACT_NONE,
	 K_SCREENS},
	/* its help has the mood scale's words in the person's language: mood_help */
	{'0' + CHECKIN_SCALE_MIN, TUI_TO('0' + CHECKIN_SCALE_MAX), NULL, NULL, ACT_NONE, K_MOOD},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (everything is saved)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* The mood key's help, with checkin.h's words as the person reads them. */
static void mood_help(void)
{
	static char help[200];
	snprintf(help, sizeof(help),
		 _("after today's session: how you feel now, %d %s to %d %s (it can be given "
		   "later)"),
		 CHECKIN_SCALE_MIN, _(CHECKIN_MOOD_LOW), CHECKIN_SCALE_MAX, _(CHECKIN_MOOD_HIGH));
	for (struct tui_key *k = keys; k->key; k++)
		if (k->code == K_MOOD)
			k->help = help;
}

static const char *glyph(const struct app *a, const struct plan_day *d)
{
	bool u = a->t.utf8;
	/* a session under way today is half done, not done */
	if (d->status == DAY_DONE && d->date == a->today && !a->rx.done_today &&
	    a->rx.sets_logged_today > 0)
		return u ? "◑" : "+";
	if (d->status == DAY_DONE)
		return u ? "●" : "*";
	if (d->date == a->today && d->status == DAY_PLANNED)
		return u ? "◐" : "o";
	switch (d->status) {
	case DAY_PLANNED:
		return u ? "○" : "o";
	case DAY_MISSED:
		return u ? "✕" : "x";
	case DAY_MOVED:
		return u ? "→" : ">";
	case DAY_SHOWED_UP: /* a minimum dose: it counts */
		return u ? "◇" : "~";
	default:
		return u ? "·" : ".";
	}
}

/* What the home screen shows from the log, worked out when it opens. */
static struct {
	struct plan_week week;
	bool have_week;
	char mood[256];
	char consistency[200]; /* weeks with the strength days, as coach plan says */
	int64_t no_mood_after; /* today's session, when it has no mood after yet (0) */
} cache;

static void refresh_cache(struct app *a)
{
	cache.have_week = schedule_plan(a->st, &a->prof, a->prog, a->today, a->today, &cache.week);
	if (cache.have_week)
		schedule_minimum_doses(&cache.week, &a->x->cat.policy, a->today);
	app_consistency_line(a, cache.consistency, sizeof(cache.consistency));
	struct logged_list l;
	cache.mood[0] = '\0';
	cache.no_mood_after = 0;
	if (!store_sessions(a->st, a->today - 83, a->today, &l))
		return;
	for (size_t i = 0; i < l.n; i++)
		if (l.v[i].date == a->today && l.v[i].n_sets && !l.v[i].mood_after)
			cache.no_mood_after = l.v[i].id;
	double v[32];
	size_t n = 0;
	double change = 0;
	int k = 0;
	for (size_t i = 0; i < l.n; i++) {
		if (!l.v[i].mood_after)
			continue;
		if (n < 32)
			v[n++] = l.v[i].mood_after;
		if (l.v[i].checkin.given) {
			change += l.v[i].mood_after - l.v[i].checkin.mood;
			k++;
		}
	}
	struct sbuf b = {0};
	if (n) {
		chart_sparkline_on(&b, v, n, CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, a->t.utf8);
		if (k)
			sbuf_printf(
				&b,
				P_("  (before %s after sessions: %+.1f on average, %d session)",
				   "  (before %s after sessions: %+.1f on average, %d sessions)",
				   k),
				a->t.utf8 ? "→" : "->", change / k, k);
	} else {
		sbuf_puts(&b, _("say how you feel after a session to see your trend here"));
	}
	snprintf(cache.mood, sizeof(cache.mood), "%s", sbuf_str(&b));
	sbuf_free(&b);
	logged_list_free(&l);
}

/* Where the week goes on a terminal of 18 rows or more.  Under it sit the
 * mood line and the advisories, which get every row they need when the
 * day's own lines above leave it (a rest day's few lines, or today's title
 * and three exercises, the rest of the list said as 'more'); above it, the
 * weeks that counted. */
static int home_week_row(const struct app *a)
{
	const struct tui *t = &a->t;
	const struct rx *rx = &a->rx;
	int need = 0;
	for (size_t i = 0; i < rx->n_advisories; i++)
		need += tui_wrap(t, 0, 1, t->cols - 2, 0, 0, ROLE_WARN, rx->advisories[i]);
	/* rows 0-1 are the header; the day's lines start at row 2 */
	int top = rx->done_today || rx->rest_day || rx->sets_logged_today > 0
			  ? 5
			  : 2 + (int)(rx->n_ex < 3 ? rx->n_ex : 3);
	int whole = t->rows - 4 - need; /* every advisory whole */
	int fixed = t->rows - 7 - (rx->n_advisories > 1 ? 2 : (int)rx->n_advisories);
	int y = whole < fixed ? whole : fixed; /* higher only when they need it */
	return y > 2 + top + 1 ? y : 2 + top + 1;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	char line[256], d[32];
	char title[200];
	snprintf(title, sizeof(title), "coach %s %s", t->utf8 ? "·" : "-", a->prog->name);
	/* the program's name whole rather than the word coach */
	app_header_either(a, title, a->prog->name);
	const struct rx *rx = &a->rx;
	int y = 2;
	bool resume = !rx->done_today && rx->sets_logged_today > 0;
	/* a low terminal keeps one line of advisories (cut) for the list */
	bool small = t->rows < 18;
	int week_y = small ? t->rows - 4 - (a->rx.n_advisories ? 1 : 0) : home_week_row(a);
	/* the week's count beside its days, or on a row of its own under them
	 * (taken from the list above) where it does not fit there */
	const char *wl = _("This week"), *ml = _("Mood");
	int lw = (int)utf8_width(wl) > (int)utf8_width(ml) ? (int)utf8_width(wl)
							   : (int)utf8_width(ml);
	int label_w = lw + 1 > 11 ? lw + 1 : 11, days_end = label_w + 1;
	for (int i = 0; i < 7 && days_end + 7 < t->cols; i++)
		days_end += 6;
	char count[160] = "";
	bool count_row = false;
	if (cache.have_week) {
		/* counted as the week screen and `coach plan` count them, a day of
		 * only a minimum dose too */
		const struct plan_week *w = &cache.week;
		if (w->showed_up)
			snprintf(count, sizeof(count), _("%d done, %d showed up, of %d planned"),
				 w->strength_done, w->showed_up, w->strength_planned);
		else
			snprintf(count, sizeof(count), _("%d done of %d planned"), w->strength_done,
				 w->strength_planned);
		count_row = !(days_end + 2 + (int)utf8_width(count) < t->cols) && !small;
		week_y -= count_row;
	}
	/* the key bar translates its labels */
	keys[0].label = rx->done_today || rx->rest_day ? N_("Enter week")
			: resume		       ? N_("Enter go on")
						       : N_("Enter start");
	mood_help();
	const char *low = _(CHECKIN_MOOD_LOW), *high = _(CHECKIN_MOOD_HIGH);
	if (resume) {
		int n = rx->sets_logged_today;
		char shorter[160];
		snprintf(line, sizeof(line),
			 P_("Today's session is under way: %d set in the log. Enter goes on where "
			    "you left off.",
			    "Today's session is under way: %d sets in the log. Enter goes on where "
			    "you left off.",
			    n),
			 n);
		snprintf(shorter, sizeof(shorter),
			 P_("%d set logged so far. Enter goes on.",
			    "%d sets logged so far. Enter goes on.", n),
			 n);
		y += tui_wrap_either(t, y, 1, t->cols - 2, 2, ROLE_KEYS, line, shorter);
		/* stopped part-way: saying how it went closes it, whenever that is */
		if (cache.no_mood_after) {
			snprintf(line, sizeof(line),
				 _("Done for today? How do you feel now? %d %s ... %d %s"),
				 CHECKIN_SCALE_MIN, low, CHECKIN_SCALE_MAX, high);
			y += tui_wrap_either(t, y, 1, t->cols - 2, 2, ROLE_TITLE, line, NULL);
		}
	}
	if (rx->done_today) {
		tui_text(t, y++, 1, t->cols - 2, ROLE_KEYS,
			 _("Today's session is in the log. Well done."));
		if (cache.no_mood_after) {
			snprintf(line, sizeof(line),
				 _("How do you feel now? %d %s ... %d %s (a key, whenever you "
				   "like)"),
				 CHECKIN_SCALE_MIN, low, CHECKIN_SCALE_MAX, high);
			y += tui_wrap(t, y, 1, t->cols - 2, 2, 0, ROLE_TITLE, line);
		}
		if (rx->next_date >= 0) {
			snprintf(line, sizeof(line), _("Next: day %s on %s."), rx->next_day->name,
				 date_text(rx->next_date, false, d, sizeof(d)));
			tui_text(t, y++, 1, t->cols - 2, ROLE_DIM, line);
		}
	} else if (rx->rest_day) {
		/* TRANSLATORS: %s is a dot between "Today" and the rest */
		snprintf(line, sizeof(line),
			 _("Today %s a rest day: recovery is part of training."),
			 t->utf8 ? "·" : "-");
		if (rx->moved_to >= 0)
			snprintf(line, sizeof(line), _("Today's session was moved to %s."),
				 date_text(rx->moved_to, false, d, sizeof(d)));
		tui_text(t, y++, 1, t->cols - 2, ROLE_NORMAL, line);
		if (rx->next_date >= 0) {
			snprintf(line, sizeof(line), _("Next: day %s on %s."), rx->next_day->name,
				 date_text(rx->next_date, false, d, sizeof(d)));
			tui_text(t, y++, 1, t->cols - 2, ROLE_DIM, line);
		}
		if (rx->aerobic_min) {
			snprintf(line, sizeof(line), _("If you like: %s (a logs it)."),
				 rx->aerobic_what);
			tui_wrap(t, y, 1, t->cols - 2, 3, 0, ROLE_NORMAL, line);
		}
	} else {
		if (rx->deload)
			snprintf(line, sizeof(line),
				 _("Today: day %s, about %d min (a lighter deload week)"),
				 rx->day->name, rx->est_min);
		else
			snprintf(line, sizeof(line), _("Today: day %s, about %d min"),
				 rx->day->name, rx->est_min);
		if (!resume)
			tui_text(t, y++, 1, t->cols - 2, ROLE_NORMAL, line);
		/* the list takes what the week, mood and advisories leave */
		y += !small;
		int room = week_y - y - !small;
		for (size_t i = 0; i < rx->n_ex && (int)i < room; i++) {
			const struct rx_exercise *x = &rx->ex[i];
			char reps[24], load[48];
			reps_text(x->reps_min, x->reps_max, reps, sizeof(reps));
			app_load_text(a, x, load, sizeof(load));
			if ((int)i == room - 1 && rx->n_ex > (size_t)room) {
				snprintf(line, sizeof(line), _("  %s%zu more"),
					 t->utf8 ? "…" : "...", rx->n_ex - i);
				tui_text(t, y++, 1, t->cols - 2, ROLE_DIM, line);
				break;
			}
			int nw = t->cols / 2 - 3 < 36 ? t->cols / 2 - 3 : 36;
			tui_text(t, y, 3, nw, ROLE_NORMAL, x->ex->name);
			snprintf(line, sizeof(line), "%d x %s%s  %s", x->sets, reps,
				 x->seconds ? " s" : "", load);
			tui_text(t, y++, 4 + nw, t->cols - 5 - nw, ROLE_NORMAL, line);
		}
	}
	/* the week at a glance, with room below for advisories */
	y = week_y;
	if (y < 4)
		y = 4;
	if (!cache.have_week)
		label_w = 11;
	int week_row = y;
	if (cache.have_week) {
		const struct plan_week *w = &cache.week;
		/* the days start after the longer of the two labels */
		tui_text(t, y, 1, label_w, ROLE_TITLE, wl);
		int x = label_w + 1;
		for (int i = 0; i < 7 && x + 7 < t->cols; i++) {
			snprintf(line, sizeof(line), "%s %s", weekday_abbr(i),
				 glyph(a, &w->days[i]));
			tui_text(t, y, x, 6,
				 w->days[i].status == DAY_DONE ? ROLE_KEYS : ROLE_NORMAL, line);
			x += 6;
		}
		if (count_row) /* its own row: the mood and advisories below it */
			tui_text(t, ++y, label_w + 1, t->cols - label_w - 2, ROLE_DIM, count);
		else if (x + 2 + (int)utf8_width(count) < t->cols)
			tui_text(t, y, x + 2, t->cols - x - 3, ROLE_DIM, count);
	}
	if (!small)
		tui_text(t, week_row - 1, 1, t->cols - 2, ROLE_DIM, cache.consistency);
	tui_text(t, y + 1, 1, label_w, ROLE_TITLE, ml);
	tui_text(t, y + 1, label_w + 1, t->cols - label_w - 2, ROLE_NORMAL, cache.mood);
	/* advisories wrap into what is left between the mood line and the key bar */
	int ay = y + 2;
	for (size_t i = 0; i < a->rx.n_advisories && ay < t->rows - 2; i++)
		ay += small ? (tui_text(t, ay, 1, t->cols - 2, ROLE_WARN, a->rx.advisories[i]), 1)
			    : tui_wrap(t, ay, 1, t->cols - 2, t->rows - 2 - ay, 0, ROLE_WARN,
				       a->rx.advisories[i]);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

/* v on the day after a missed day: yesterday's session moved to today,
 * once asked (a move into the past cannot be made to take it back). */
static void ask_move_here(struct app *a)
{
	if (!a->lapse_on || a->lapse.offer != LAPSE_OFFER_MOVE) {
		app_message(a, "%s",
			    _("Nothing to move here today: v moves a session missed yesterday to a "
			      "rest day of the same week."));
		return;
	}
	int moved;
	const struct day *d =
		schedule_day_moved(a->st, &a->prof, a->prog, a->lapse.move_from, &moved);
	app_ask(a, 'v', K_MOVE_HERE,
		_("Move yesterday's session (day %s) to today? v moves it; any other key keeps "
		  "the week as it is."),
		d ? d->name : "?");
}

static void move_here(struct app *a)
{
	const char *why = NULL;
	if (!schedule_move(a->st, &a->prof, a->prog, a->lapse.move_from, a->lapse.move_to, a->today,
			   &why)) {
		app_message(a, _("Cannot move it: %s."), why ? _(why) : store_error(a->st));
		return;
	}
	app_prescribe(a);
	refresh_cache(a);
	app_message(a, "%s", _("Yesterday's session is today's now: Enter starts it."));
}

/* m: the short session, where the coach offers it (the check-in comes first
 * and may offer it too: the preview says which it is) */
static enum screen_id start_short(struct app *a)
{
	const struct rx *rx = &a->rx;
	if (rx->rest_day || rx->done_today || rx->sets_logged_today > 0 || !rx->short_offered) {
		app_message(a, "%s",
			    _("The short session is offered after the check-in on a hard day, and "
			      "the day after a missed one."));
		return SCR_SAME;
	}
	a->short_session = true;
	return SCR_CHECKIN;
}

static enum screen_id key(struct app *a, int ch)
{
	int yes;
	if (app_answer(a, ch, &yes)) {
		if (yes == K_MOVE_HERE)
			move_here(a);
		return SCR_SAME;
	}
	const struct tui_key *k = tui_key_find(keys, ch);
	if (k) {
		switch (k->code) {
		case K_SHORT:
			return start_short(a);
		case K_MOVE_HERE:
			ask_move_here(a);
			return SCR_SAME;
		case K_LAPSE:
			return SCR_LAPSE;
		case K_START:
			if (a->rx.rest_day || a->rx.done_today)
				return SCR_WEEK;
			if (a->rx.sets_logged_today > 0) {
				app_resume(a);
				return workout_finished(&a->w, &a->rx) ? SCR_FINISH : SCR_SET;
			}
			return SCR_CHECKIN;
		case K_HELP_NOW:
			a->after_crisis = SCR_HOME;
			return SCR_CRISIS;
		case K_WEEK:
			a->week_offset = 0;
			return SCR_WEEK;
		case K_PROGRESS:
			return SCR_PROGRESS;
		case K_BROWSE:
			return SCR_BROWSE;
		case K_PROGRAM:
			return SCR_CHOOSE;
		case K_AEROBIC:
			/* the walk a lapse plan names: its minimum dose to start from */
			a->aerobic_from = a->lapse_on ? a->lapse.walk_min : 0;
			return SCR_AEROBIC;
		case K_SCREENS:
			a->q_chosen = false;
			return SCR_QUESTIONS;
		case K_MOOD: {
			if (!cache.no_mood_after)
				return SCR_SAME;
			struct workout w = {.session = cache.no_mood_after};
			if (workout_set_mood_after(&w, a->st, ch - '0')) {
				app_message(a, _("Mood after today's session: %d. Thank you."),
					    ch - '0');
				refresh_cache(a);
			} else {
				app_message(a, _("could not save your mood: %s"),
					    store_error(a->st));
			}
			return SCR_SAME;
		}
		default:
			return k->action == ACT_QUIT ? SCR_QUIT : SCR_SAME;
		}
	}
	return SCR_SAME;
}

static void enter(struct app *a)
{
	mood_help();
	app_prescribe(a);
	refresh_cache(a);
}

const struct screen_ops SCR_HOME_ops = {N_("Keys: home"), keys, enter, draw, key, false, NULL};

/* --- aerobic minutes, logged from home --------------------------------------------- */

enum { A_LESS = 1, A_MORE, A_KIND, A_SAVE, A_BACK };
/* the log's words (kept English in the file), shown through _() */
static const char *const kinds[] = {N_("walk"), N_("run"), N_("ride"), N_("swim"), N_("other")};
enum { N_KINDS = sizeof(kinds) / sizeof(kinds[0]) };

static const struct tui_key aerobic_keys[] = {
	{KEY_LEFT, '-', N_("←→ minutes"), N_("five minutes less"), ACT_NONE, A_LESS},
	{KEY_RIGHT, '+', NULL, N_("five minutes more (or type the minutes)"), ACT_NONE, A_MORE},
	{'\t', ' ', N_("Tab kind"), N_("walk, run, ride, swim or other"), ACT_NONE, A_KIND},
	{'\r', 0, N_("Enter log it"), N_("log these minutes for today"), ACT_NONE, A_SAVE},
	{27, 0, N_("Esc back"), N_("back home, logging nothing"), ACT_NONE, A_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit, logging nothing"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* a->sel holds the minutes, a->field the kind, a->scroll whether one was typed */
static void aerobic_enter(struct app *a)
{
	a->field = 0;
	a->sel = a->aerobic_from > 0 ? a->aerobic_from : 30;
	a->aerobic_from = 0;
	a->scroll = 0; /* the first digit typed replaces the 30 */
}

static void aerobic_draw(struct app *a)
{
	struct tui *t = &a->t;
	char line[200];
	app_header(a, _("Aerobic minutes today"));
	/* TRANSLATORS: %s is walk, run, ride, swim or other */
	snprintf(line, sizeof(line), P_("%d minute of %s", "%d minutes of %s", a->sel), a->sel,
		 _(kinds[a->field]));
	tui_text(t, 3, 2, t->cols - 4, ROLE_TITLE, line);
	if (a->rx.aerobic_week_min > 0 || a->rx.rest_day) {
		snprintf(line, sizeof(line), _("This week so far: %d of %d minutes."),
			 a->rx.aerobic_week_min, (int)a->x->cat.policy.week_aerobic_min_target);
		tui_text(t, 5, 2, t->cols - 4, ROLE_DIM, line);
	}
	tui_wrap(t, 7, 2, t->cols - 4, 3, 0, ROLE_NORMAL,
		 _("Brisk walking counts: in trials, walking or jogging helped depression as much "
		   "as anything did (Noetel et al. 2024)."));
	tui_rule(t, t->rows - 2);
	tui_keybar(t, aerobic_keys);
}

static enum screen_id aerobic_key(struct app *a, int ch)
{
	if (ch >= '0' && ch <= '9') {
		int v = (a->scroll ? a->sel * 10 : 0) + (ch - '0');
		a->scroll = 1;
		a->sel = v > 600 ? ch - '0' : v;
		return SCR_SAME;
	}
	if (ch == KEY_BACKSPACE || ch == 127 || ch == 8) {
		a->sel /= 10;
		return SCR_SAME;
	}
	const struct tui_key *k = tui_key_find(aerobic_keys, ch);
	switch (k ? k->code : 0) {
	case A_LESS:
		a->sel = a->sel > 5 ? a->sel - 5 : 1;
		return SCR_SAME;
	case A_MORE:
		a->sel = a->sel + 5 > 600 ? 600 : a->sel + 5;
		return SCR_SAME;
	case A_KIND:
		a->field = (a->field + 1) % N_KINDS;
		return SCR_SAME;
	case A_BACK:
		return SCR_HOME;
	case A_SAVE:
		if (a->sel < 1) {
			app_message(a, _("Type the minutes first (1 to 600)."));
			return SCR_SAME;
		}
		if (!workout_log_aerobic(a->st, a->today, kinds[a->field], a->sel)) {
			app_message(a, _("could not log it: %s"), store_error(a->st));
			return SCR_SAME;
		}
		app_message(a,
			    P_("Logged %d minute of %s today.", "Logged %d minutes of %s today.",
			       a->sel),
			    a->sel, _(kinds[a->field]));
		app_prescribe(a);
		return SCR_HOME;
	default:
		return k && k->action == ACT_QUIT ? SCR_QUIT : SCR_SAME;
	}
}

const struct screen_ops SCR_AEROBIC_ops = {N_("Keys: aerobic minutes"),
					   aerobic_keys,
					   aerobic_enter,
					   aerobic_draw,
					   aerobic_key,
					   false,
					   NULL};
