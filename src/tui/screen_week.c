/* screen_week.c - Monday to Sunday: done, planned, missed, rest and moved
 * days, each day's volume and mood, strength days against the target, and
 * moving a missed day; a past day's mood after given later, or its session
 * removed (asked first), with progression worked out again; a past day
 * opened (Enter) to correct its sets (screen_day.c). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app.h"
#include "coach/calendar.h"
#include "coach/clock.h"
#include "coach/paths.h"
#include "coach/workout.h"
#include "coach/yemit.h"

enum { K_PREV = 1, K_NEXT, K_UP, K_DOWN, K_MOVE, K_BACK, K_TO, K_REMOVE, K_MOOD, K_CALENDAR };

static const struct tui_key keys[] = {
	{KEY_LEFT, 0, N_("←→ weeks"), N_("the week before (h is who to call, on every screen)"),
	 ACT_NONE, K_PREV},
	{KEY_RIGHT, 'l', NULL, N_("the week after"), ACT_NONE, K_NEXT},
	{KEY_UP, 'k', N_("↑↓ day"), N_("the day above"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("the day below"), ACT_NONE, K_DOWN},
	{'m', 0, N_("m move"), N_("move the chosen missed or planned day, then choose where"),
	 ACT_NONE, K_MOVE},
	{'\r', 0, N_("Enter open"),
	 N_("open the chosen past day: its sets to change or delete, and notes (with a day "
	    "chosen to move, m: move it here)"),
	 ACT_NONE, K_TO},
	{'x', 0, N_("x remove"), N_("remove the chosen day's session (asked first)"), ACT_NONE,
	 K_REMOVE},
	{'a', 0, N_("a mood after"), N_("give the chosen day's mood after, then 1-5"), ACT_NONE,
	 K_MOOD},
	{'c', 0, N_("c calendar"),
	 N_("the next 4 weeks' sessions as a calendar file (iCalendar), asked first, to import "
	    "into "
	    "any calendar for reminders"),
	 ACT_NONE, K_CALENDAR},
	{27, 0, N_("Esc home"), N_("back home (with a move started: cancel it)"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* A day whose mood after is being asked for (a), or whose removal (x), or -1. */
static int mood_for = -1, remove_for = -1;

static void enter(struct app *a)
{
	/* back from a day opened (Enter): that day stays chosen */
	a->sel = date_weekday(a->day_date ? a->day_date : a->today);
	a->day_date = 0;
	a->move_from = -1;
	mood_for = remove_for = -1;
}

/* s padded with spaces to `width` columns (by width, for umlauts). */
static void put_padded(char *out, size_t size, const char *s, int width)
{
	size_t n = strlen(out);
	int w = (int)utf8_width(s);
	snprintf(out + n, size - n, "%s%*s", s, width > w ? width - w : 0, "");
}

/* What the week screen shows, as lines: each day's row (its words after the
 * columns wrapped onto rows of their own where they do not fit), a rule, the
 * totals and consistency.  The lines from `top` are drawn in rows y..y+h-1
 * (h 0: only measured).  *sel_first and *sel_last: the chosen day's lines. */
struct week_view {
	int cols_date, cols_status, cols_day;
	char rows[7][256], rest[7][200];
	char totals[256], consistency[256];
	bool has_consistency;
};

static int week_lines(struct app *a, const struct week_view *v, int y, int top, int h,
		      int *sel_first, int *sel_last)
{
	struct tui *t = &a->t;
	int line = 0, right = t->cols - 1;
	/* a line of the view: drawn when in the box */
#define IN_BOX(l) ((l) >= top && (l) < top + h)
	for (int i = 0; i < 7; i++) {
		bool on = i == a->sel;
		enum tui_role role = on ? ROLE_SELECTED : ROLE_NORMAL;
		int x = (int)utf8_width(v->rows[i]);
		/* its parts, one a line when wrapped; beside the columns, two spaces
		 * apart */
		const char *rest = v->rest[i];
		char one[256];
		size_t o = 0;
		for (const char *c = rest; *c && o + 3 < sizeof(one); c++)
			if (*c == '\n')
				one[o++] = ' ', one[o++] = ' ';
			else
				one[o++] = *c;
		one[o] = '\0';
		int first = line;
		/* the words after the columns: beside them when they fit there, else
		 * wrapped beside them (room enough) or on rows of their own below */
		int beside = right - x, n = 1, indent = x;
		bool below = false;
		if (*rest && (int)utf8_width(one) > beside) {
			if (beside >= 24) {
				n = tui_wrap_hanging(t, 0, x, x, t->cols, 0, 0, role, rest);
			} else {
				indent = 4;
				below = true;
				if ((int)utf8_width(one) < t->cols - indent)
					rest = one;
				n = 1 + tui_wrap(t, 0, indent, t->cols - indent, 0, 0, role, rest);
			}
		}
		for (int k = 0; k < n; k++)
			if (IN_BOX(line + k))
				app_select_line(a, y + line + k - top, on);
		if (IN_BOX(line))
			tui_text(t, y + line - top, 0, t->cols, role, v->rows[i]);
		if (n == 1)
			rest = one;
		if (*rest) {
			/* from the first row in the box */
			int from = top > line + (below ? 1 : 0) ? top - line - (below ? 1 : 0) : 0;
			int at = line + (below ? 1 : 0) + from;
			int rows = top + h - at;
			if (rows > 0 && at < line + n)
				tui_wrap_hanging(t, y + at - top, indent, indent, t->cols, rows,
						 from, role, rest);
		}
		line += n;
		if (on) {
			*sel_first = first;
			*sel_last = line - 1;
		}
	}
	if (IN_BOX(line))
		tui_rule(t, y + line - top);
	line++;
	int n = tui_wrap(t, 0, 1, t->cols - 2, 0, 0, ROLE_NORMAL, v->totals);
	int from = top > line ? top - line : 0;
	if (h && top + h - (line + from) > 0 && from < n)
		tui_wrap(t, y + line + from - top, 1, t->cols - 2, top + h - line - from, from,
			 ROLE_NORMAL, v->totals);
	line += n;
	if (v->has_consistency) {
		n = tui_wrap(t, 0, 1, t->cols - 2, 0, 0, ROLE_NORMAL, v->consistency);
		from = top > line ? top - line : 0;
		if (h && top + h - (line + from) > 0 && from < n)
			tui_wrap(t, y + line + from - top, 1, t->cols - 2, top + h - line - from,
				 from, ROLE_NORMAL, v->consistency);
		line += n;
	}
#undef IN_BOX
	return line;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	int date = a->today + 7 * a->week_offset;
	struct plan_week w;
	char title[160], d[32], line[256];
	snprintf(title, sizeof(title), _("Week of %s"),
		 date_text(date_monday(date), false, d, sizeof(d)));
	app_header(a, title);
	if (!schedule_plan(a->st, &a->prof, a->prog, date, a->today, &w)) {
		tui_text(t, 3, 1, t->cols - 2, ROLE_WARN, store_error(a->st));
		return;
	}
	/* a day of only a minimum dose shows as coach plan shows it: showed up */
	schedule_minimum_doses(&w, &a->x->cat.policy, a->today);
	const char *u = t->utf8 ? "●" : "*", *su = t->utf8 ? "◇" : "~";
	struct week_view v = {0};
	/* the columns as wide as their widest word in this language: every
	 * status word, whichever this week has */
	v.cols_status = (int)utf8_width(_("today"));
	for (int i = 0; day_status_names[i]; i++)
		if ((int)utf8_width(_(day_status_names[i])) > v.cols_status)
			v.cols_status = (int)utf8_width(_(day_status_names[i]));
	char days[7][40];
	for (int i = 0; i < 7; i++) {
		const struct plan_day *x = &w.days[i];
		int dw = (int)utf8_width(date_text(x->date, false, d, sizeof(d)));
		v.cols_date = dw > v.cols_date ? dw : v.cols_date;
		days[i][0] = '\0';
		if (x->day)
			snprintf(days[i], sizeof(days[i]), _("day %s"), x->day);
		int yw = (int)utf8_width(days[i]);
		v.cols_day = yw > v.cols_day ? yw : v.cols_day;
	}
	for (int i = 0; i < 7; i++) {
		const struct plan_day *x = &w.days[i];
		char *rest = v.rest[i];
		size_t rs = sizeof(v.rest[i]);
		if (x->status == DAY_DONE) {
			char n[32];
			snprintf(rest, rs, "%s",
				 x->volume > 0 ? volume_text(x->volume, units_names[a->prof.units],
							     n, sizeof(n))
					       : "");
			if (x->mood_before || x->mood_after) {
				if (*rest)
					snprintf(rest + strlen(rest), rs - strlen(rest), "\n");
				if (x->mood_before && x->mood_after)
					snprintf(rest + strlen(rest), rs - strlen(rest),
						 _("mood %d %s %d"), x->mood_before,
						 t->utf8 ? "→" : "->", x->mood_after);
				else if (x->mood_before) /* the check-in's, with no mood after */
					snprintf(rest + strlen(rest), rs - strlen(rest),
						 _("mood %d before"), x->mood_before);
				else
					snprintf(rest + strlen(rest), rs - strlen(rest),
						 _("mood %d after"), x->mood_after);
			}
		} else if (x->status == DAY_SHOWED_UP) {
			/* warmly: what was done, never what was not */
			if (x->sessions)
				snprintf(rest, rs, "%s", _("the short session, and it counts"));
			else if (x->breathing_min >= a->x->cat.policy.adherence_breathing_min)
				snprintf(rest, rs, _("%d min of the breathing, and it counts"),
					 x->breathing_min);
			else
				snprintf(rest, rs, "%s", _("a walk, and it counts"));
		} else if (x->status == DAY_MOVED && x->moved_to >= 0) {
			snprintf(rest, rs, _("moved to %s"),
				 date_text(x->moved_to, false, d, sizeof(d)));
		} else if (x->moved_from >= 0) {
			snprintf(rest, rs, _("moved from %s"),
				 date_text(x->moved_from, false, d, sizeof(d)));
		}
		if (x->aerobic_min) {
			char aer[80];
			snprintf(aer, sizeof(aer), _("  + %d min aerobic"), x->aerobic_min);
			snprintf(rest + strlen(rest), rs - strlen(rest), "%s%s", *rest ? "\n" : "",
				 aer + strspn(aer, " "));
		}
		const char *status = x->date == a->today && x->status == DAY_PLANNED
					     ? _("today")
					     : _(day_status_names[x->status]);
		char *row = v.rows[i];
		size_t ws = sizeof(v.rows[i]);
		snprintf(row, ws, " ");
		put_padded(row, ws, date_text(x->date, false, d, sizeof(d)), v.cols_date + 1);
		put_padded(row, ws,
			   x->status == DAY_DONE	? u
			   : x->status == DAY_SHOWED_UP ? su
							: " ",
			   2);
		put_padded(row, ws, status, v.cols_status + 2);
		if (rest[0] || days[i][0])
			put_padded(row, ws, days[i], v.cols_day + 2);
		/* (a row with neither keeps no spaces at its end) */
		while (!rest[0] && strlen(row) && row[strlen(row) - 1] == ' ')
			row[strlen(row) - 1] = '\0';
	}
	snprintf(v.totals, sizeof(v.totals),
		 _("Strength days %d done of %d planned (WHO: %d or more)   Aerobic %d of %d min"),
		 w.strength_done, w.strength_planned,
		 (int)a->x->cat.policy.week_strength_days_target, w.aerobic_min,
		 (int)a->x->cat.policy.week_aerobic_min_target);
	v.has_consistency = app_consistency_line(a, v.consistency, sizeof(v.consistency));
	/* a question being asked (a move, a mood after): whole, above the rule */
	line[0] = '\0';
	if (a->move_from >= 0)
		snprintf(line, sizeof(line),
			 _("Moving %s: choose a later free day and press Enter (Esc: "
			   "cancel)"),
			 date_text(a->move_from, false, d, sizeof(d)));
	if (mood_for >= 0)
		snprintf(
			line, sizeof(line),
			_("Mood after on %s: 1 very low .. 5 very good (any other key: no change)"),
			date_text(mood_for, false, d, sizeof(d)));
	/* else, on a chosen past day without a mood after: how to give it
	 * (where there is room: a small screen keeps its rows for the days) */
	enum tui_role role = ROLE_WARN;
	const struct plan_day *chosen = a->sel >= 0 && a->sel < 7 ? &w.days[a->sel] : NULL;
	if (!line[0] && chosen && chosen->status == DAY_DONE && !chosen->mood_after &&
	    chosen->date <= a->today && t->rows >= 18) {
		snprintf(line, sizeof(line), _("No mood after for %s: a, then 1-5, gives it."),
			 date_text(chosen->date, false, d, sizeof(d)));
		role = ROLE_DIM;
	}
	int bottom = t->rows - 3; /* the last row of the view */
	if (line[0]) {
		int n = tui_wrap(t, 0, 1, t->cols - 2, 0, 0, role, line);
		tui_wrap(t, bottom - n + 1, 1, t->cols - 2, n, 0, role, line);
		bottom -= n + (bottom - n > 12 ? 1 : 0);
	}
	/* a blank row under the header where there is room for it */
	int y = t->rows >= 18 ? 3 : 2, h = bottom - y + 1;
	int sf = 0, sl = 0;
	int total = week_lines(a, &v, y, 0, 0, &sf, &sl);
	int top = 0;
	for (int pass = 0; pass < 2; pass++) {
		/* the chosen day in sight; from Sunday on, the rest of the view too */
		int rows = total - top > h && pass ? h - 1 : h;
		top = a->sel == 6 ? total - rows : 0;
		if (top > sf)
			top = sf;
		if (sl >= top + rows)
			top = sl - rows + 1;
		if (top < 0)
			top = 0;
		if (total - top <= h)
			break;
	}
	bool more = total - top > h;
	week_lines(a, &v, y, top, more ? h - 1 : h, &sf, &sl);
	if (more)
		tui_more(t, y + h - 1, 1);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

/* The next weeks' sessions to DATA_DIR/coach-plan.ics, as coach plan
 * --format ical writes them (the same file, written atomically, 0600). */
static void write_calendar(struct app *a)
{
	char *path = calendar_path(a->x), *err = NULL;
	char *ics = calendar_ical(a->x, &a->prof, a->prog, a->st, a->today, CALENDAR_WEEKS,
				  time(NULL), &err);
	if (ics && write_file_atomic(path, ics, strlen(ics), &err))
		app_message(a,
			    _("Calendar written: %s (the next %d weeks). Import it into your "
			      "calendar; a newer one updates the events."),
			    path, CALENDAR_WEEKS);
	else
		app_message(a, _("Cannot write the calendar: %s."), err ? err : "?");
	free(ics);
	free(err);
	free(path);
}

/* The chosen day, if it has a session; else a message and -1. */
static int done_day(struct app *a, int date, bool for_mood)
{
	struct plan_week w;
	char d[32];
	if (!schedule_plan(a->st, &a->prof, a->prog, date, a->today, &w))
		return -1;
	const struct plan_day *x = &w.days[a->sel];
	if (x->status != DAY_DONE) {
		date_text(x->date, false, d, sizeof(d));
		if (for_mood)
			app_message(a, _("%s has no session to give a mood after."), d);
		else
			app_message(a, _("%s has no session to remove."), d);
		return -1;
	}
	return x->date;
}

static enum screen_id key(struct app *a, int ch)
{
	int date = a->today + 7 * a->week_offset;
	char d[32];
	int yes;
	if (app_answer(a, ch, &yes)) {
		int removed, day = remove_for;
		remove_for = -1;
		if (yes == K_CALENDAR) {
			write_calendar(a);
			return SCR_SAME;
		}
		if (yes != K_REMOVE || day < 0)
			return SCR_SAME;
		if (!workout_delete_day(a->st, &a->x->cat, a->has_profile ? &a->prof : NULL, day,
					&removed))
			app_message(a, _("Cannot remove it: %s."), store_error(a->st));
		else
			app_message(a,
				    P_("Removed %d session of %s; progression worked out again.",
				       "Removed %d sessions of %s; progression worked out again.",
				       removed),
				    removed, date_text(day, false, d, sizeof(d)));
		app_prescribe(a);
		return SCR_SAME;
	}
	if (mood_for >= 0) {
		int day = mood_for;
		mood_for = -1;
		if (ch < '1' || ch > '5')
			return SCR_SAME;
		if (!workout_mood_after_later(a->st, day, ch - '0'))
			app_message(a, _("Cannot keep it: %s."), store_error(a->st));
		else
			app_message(a, _("Mood after %c kept for %s."), ch,
				    date_text(day, false, d, sizeof(d)));
		return SCR_SAME;
	}
	const struct tui_key *k = tui_key_find(keys, ch);
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	switch (k ? k->code : 0) {
	case K_PREV:
		a->week_offset--;
		a->move_from = -1;
		return SCR_SAME;
	case K_NEXT:
		a->week_offset++;
		a->move_from = -1;
		return SCR_SAME;
	case K_UP:
		a->sel = a->sel > 0 ? a->sel - 1 : 0;
		return SCR_SAME;
	case K_DOWN:
		a->sel = a->sel < 6 ? a->sel + 1 : 6;
		return SCR_SAME;
	case K_BACK:
		if (a->move_from >= 0) {
			a->move_from = -1;
			return SCR_SAME;
		}
		return SCR_HOME;
	case K_MOVE: {
		struct plan_week w;
		if (!schedule_plan(a->st, &a->prof, a->prog, date, a->today, &w))
			return SCR_SAME;
		const struct plan_day *x = &w.days[a->sel];
		if (x->status != DAY_MISSED && x->status != DAY_PLANNED) {
			app_message(a, _("Only a missed or planned day can move."));
			return SCR_SAME;
		}
		a->move_from = x->date;
		return SCR_SAME;
	}
	case K_REMOVE: {
		int day = done_day(a, date, false);
		if (day < 0)
			return SCR_SAME;
		if (day == a->today && a->w.active) {
			app_message(a, _("Today's workout is going on: end it first (e)."));
			return SCR_SAME;
		}
		remove_for = day;
		app_ask(a, 'x', K_REMOVE,
			_("Remove the session of %s with its sets, check-in and mood after? x "
			  "removes it; any other key keeps it."),
			date_text(day, false, d, sizeof(d)));
		return SCR_SAME;
	}
	case K_MOOD:
		mood_for = done_day(a, date, true);
		return SCR_SAME;
	case K_CALENDAR: {
		char *path = calendar_path(a->x);
		app_ask(a, 'c', K_CALENDAR,
			_("Write the next %d weeks' sessions to %s for your calendar? c writes it; "
			  "any other key does not."),
			CALENDAR_WEEKS, path);
		free(path);
		return SCR_SAME;
	}
	case K_TO: {
		struct plan_week w;
		if (a->move_from < 0) {
			if (!schedule_plan(a->st, &a->prof, a->prog, date, a->today, &w))
				return SCR_SAME;
			const struct plan_day *x = &w.days[a->sel];
			if (x->status != DAY_DONE) {
				app_message(a, _("%s has no session to open."),
					    date_text(x->date, false, d, sizeof(d)));
				return SCR_SAME;
			}
			if (x->date == a->today && a->w.active) {
				app_message(a, _("Today's workout is going on: end it first (e)."));
				return SCR_SAME;
			}
			a->day_date = x->date;
			return SCR_DAY;
		}
		if (!schedule_plan(a->st, &a->prof, a->prog, date, a->today, &w))
			return SCR_SAME;
		const char *why;
		if (!schedule_move(a->st, &a->prof, a->prog, a->move_from, w.days[a->sel].date,
				   a->today, &why))
			app_message(a, _("Cannot move it: %s."), why);
		a->move_from = -1;
		app_prescribe(a);
		return SCR_SAME;
	}
	default:
		return SCR_SAME;
	}
}

const struct screen_ops SCR_WEEK_ops = {N_("Keys: the week"), keys, enter, draw, key, false, NULL};
