/* screen_preview.c - today's exercises with every adjustment and its reason;
 * the short session on a low day; swapping an exercise. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/clock.h"

enum { K_START = 1, K_SHORT, K_SWAP, K_UP, K_DOWN, K_BACK, K_BREATHE, K_PAGE };

static const struct tui_key keys_short[] = {
	{'\r', 0, N_("Enter start"), N_("start the session"), ACT_NONE, K_START},
	{'m', 0, N_("m short session"),
	 N_("the short session (on a low day, or the day after a missed one): the first exercises "
	    "only; m again, the whole one"),
	 ACT_NONE, K_SHORT},
	{'b', 0, N_("b breathe"), N_("the breathing alone, instead of the session (it counts too)"),
	 ACT_NONE, K_BREATHE},
	{'x', 0, N_("x swap"), N_("swap the chosen exercise for another you can do"), ACT_NONE,
	 K_SWAP},
	{KEY_UP, 'k', N_("↑↓ choose"), N_("choose an exercise"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("choose an exercise"), ACT_NONE, K_DOWN},
	{KEY_NPAGE, KEY_PPAGE, NULL, N_("more of the changes above, and back"), ACT_NONE, K_PAGE},
	{27, 0, N_("Esc back"), N_("back home"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (nothing is started yet)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static const struct tui_key keys[] = {
	{'\r', 0, N_("Enter start"), N_("start the session"), ACT_NONE, K_START},
	{'x', 0, N_("x swap"), N_("swap the chosen exercise for another you can do"), ACT_NONE,
	 K_SWAP},
	{KEY_UP, 'k', N_("↑↓ choose"), N_("choose an exercise"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("choose an exercise"), ACT_NONE, K_DOWN},
	{KEY_NPAGE, KEY_PPAGE, NULL, N_("more of the changes above, and back"), ACT_NONE, K_PAGE},
	{27, 0, N_("Esc back"), N_("back home"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (nothing is started yet)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* The lines of the top part one PgDn moves: as many as it shows. */
static int page = 3;

static const struct tui_key *keys_now(const struct app *a)
{
	return a->rx.short_offered ? keys_short : keys;
}

/* One paragraph of the preview's top part, laid out on a virtual line
 * count *vl: only the lines from `first` for `cap` lines are drawn, from
 * row y0. */
static void para(const struct tui *t, int *vl, int first, int cap, int y0, int x,
		 enum tui_role role, const char *text)
{
	int w = t->cols - x - 1;
	int need = tui_wrap(t, 0, x, w, 0, 0, role, text);
	int skip = first > *vl ? first - *vl : 0;
	int h = first + cap - (*vl + skip);
	if (h > 0 && skip < need)
		tui_wrap(t, y0 + *vl + skip - first, x, w, h, skip, role, text);
	*vl += need;
}

/* The rest on exercise i's line, as the workout gives it: between its sets
 * (or its superset's rounds), else the one before the next exercise; ""
 * after the session's last.  The rest between exercises, where a line shows
 * the one between sets, is said once above them (between_line). */
static const char *rest_text(const struct rx *rx, size_t i, char *buf, size_t size)
{
	int between, after;
	rx_rests(rx, i, &between, &after);
	int s = between > 0 ? between : after;
	if (between == 0)
		snprintf(buf, size, "%s", _("no rest"));
	else if (s > 0)
		snprintf(buf, size, _("rest %d:%02d"), s / 60, s % 60);
	else
		buf[0] = '\0';
	return buf;
}

/* "Between exercises: rest 2:30." where an exercise's line shows the rest
 * between its sets and another exercise follows it; false when every line
 * shows its own rest already. */
static bool between_line(const struct rx *rx, char *buf, size_t size)
{
	int lo = 0, hi = 0;
	for (size_t i = 0; i < rx->n_ex; i++) {
		int between, after;
		rx_rests(rx, i, &between, &after);
		if (between > 0 && after > 0) {
			lo = !lo || after < lo ? after : lo;
			hi = after > hi ? after : hi;
		}
	}
	if (!hi)
		return false;
	if (lo == hi)
		snprintf(buf, size, _("Between exercises: rest %d:%02d."), hi / 60, hi % 60);
	else
		snprintf(buf, size, _("Between exercises: rest %d:%02d to %d:%02d."), lo / 60,
			 lo % 60, hi / 60, hi % 60);
	return true;
}

/* The top part: the kind words, the short session, the breathing, every
 * change with its reason; laid out from virtual line `first`, at most
 * `cap` lines drawn.  Returns the lines it needs in all. */
static int top_part(struct app *a, int y0, int first, int cap, int short_min, int *lead)
{
	const struct tui *t = &a->t;
	const struct rx *rx = &a->rx;
	const char *dot = t->utf8 ? "•" : "*";
	char line[512];
	int vl = 0;
	/* a hard day: the kind words first, where the check-in has led */
	if (rx->hard_advisory >= 0 && (size_t)rx->hard_advisory < rx->n_advisories &&
	    !rx->short_taken)
		para(t, &vl, first, cap, y0, 1, ROLE_TITLE, rx->advisories[rx->hard_advisory]);
	/* a low start: the person's own record of sessions begun at this mood */
	if (rx->own_words[0])
		para(t, &vl, first, cap, y0, 1, ROLE_NORMAL, rx->own_words);
	if (rx->short_offered) {
		if (rx->short_taken)
			snprintf(line, sizeof(line),
				 _("The short session, about %d min: m again for the whole one."),
				 rx->est_min);
		else
			snprintf(line, sizeof(line),
				 _("m: the short session, about %d min. Or rest: b here for the "
				   "breathing alone, or Esc, then a on Home for a walk."),
				 short_min);
		para(t, &vl, first, cap, y0, 1, ROLE_KEYS, line);
	}
	*lead = vl;
	if (rx->breathing_before) {
		snprintf(line, sizeof(line),
			 _("Before you start: %d minutes of slow breathing (in %d s, out %d s)."),
			 rx->breathe_min, rx->inhale_s, rx->exhale_s);
		para(t, &vl, first, cap, y0, 1, ROLE_TITLE, line);
	}
	/* effort is one line, first (the target itself), its number on each exercise */
	char effort_why[400] = "";
	for (size_t i = 0; i < rx->n_adjustments; i++) {
		const struct rx_note *n = &rx->adjustments[i];
		size_t l = strlen(effort_why);
		if (n->effort)
			snprintf(effort_why + l, sizeof(effort_why) - l, "%s%s", l ? "; " : "",
				 n->why);
	}
	if (effort_why[0] && rx->n_ex) {
		int rir = rx->ex[0].rir;
		bool same = true;
		for (size_t i = 0; i < rx->n_ex; i++)
			same &= rx->ex[i].seconds || rx->ex[i].rir == rir;
		if (same)
			snprintf(line, sizeof(line),
				 P_("%s easier: stop each set with %d rep in reserve  (%s)",
				    "%s easier: stop each set with %d reps in reserve  (%s)", rir),
				 dot, rir, effort_why);
		else
			snprintf(line, sizeof(line),
				 _("%s easier: stop each set with the reps in reserve on its line  "
				   "(%s)"),
				 dot, effort_why);
		para(t, &vl, first, cap, y0, 3, ROLE_NORMAL, line);
	}
	for (size_t i = 0; i < rx->n_adjustments; i++) {
		const struct rx_note *n = &rx->adjustments[i];
		if (n->effort)
			continue;
		snprintf(line, sizeof(line), "%s %s  (%s)", dot, n->what, n->why);
		para(t, &vl, first, cap, y0, 3, ROLE_NORMAL, line);
	}
	/* the set that checks the reps in reserve goes to failure: said before it
	 * comes, as coach today says it (newcomer-month finding 6) */
	for (size_t i = 0; i < rx->n_ex; i++)
		if (rx->ex[i].rir_check) {
			snprintf(line, sizeof(line),
				 _("%s the last set of %s checks your reps in reserve: stop where "
				   "you think %d are left, then go on until you could not do one "
				   "more"),
				 dot, rx->ex[i].ex->name, rx->ex[i].rir);
			para(t, &vl, first, cap, y0, 3, ROLE_NORMAL, line);
			break;
		}
	/* the warm-up after what changed today */
	if (rx->warmup_min) {
		snprintf(line, sizeof(line), _("Warm up first: %s."), rx->warmup_what);
		para(t, &vl, first, cap, y0, 1, ROLE_DIM, line);
	}
	if (between_line(rx, line, sizeof(line)))
		para(t, &vl, first, cap, y0, 1, ROLE_DIM, line);
	return vl;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	int short_min = a->rx.short_offered && !a->rx.short_taken ? app_short_minutes(a) : 0;
	const struct rx *rx = &a->rx;
	char title[160];
	snprintf(title, sizeof(title), _("%s, about %d min"),
		 rx->n_adjustments ? _("Today, adjusted for you") : _("Today"), rx->est_min);
	app_header(a, title);
	if (rx->rest_day) {
		tui_text(t, 3, 1, t->cols - 2, ROLE_NORMAL,
			 _("Nothing is planned today: a rest day."));
		if (rx->aerobic_min) {
			char walk[RX_TEXT + 32];
			snprintf(walk, sizeof(walk), _("If you like: %s."), rx->aerobic_what);
			tui_wrap(t, 5, 1, t->cols - 2, t->rows - 8, 0, ROLE_NORMAL, walk);
		}
		tui_rule(t, t->rows - 2);
		tui_keybar(t, keys + 4);
		return;
	}
	int y = 2, bottom = t->rows - 2;
	char line[512];
	/* the top part gets at most half the room when there are exercises to
	 * show, but the kind words of a hard day and the short session, its
	 * lead, as much as they need up to all but three rows (a blank, an
	 * exercise and "more"); what does not fit scrolls a page at a time
	 * (PgDn, PgUp) and says so */
	int lead = 0, need = top_part(a, y, 0, 0, short_min, &lead);
	int cap = (bottom - y) / 2;
	if (lead + 1 > cap)
		cap = lead + 1 < bottom - y - 3 ? lead + 1 : bottom - y - 3;
	if (cap < (bottom - y) / 2)
		cap = (bottom - y) / 2;
	if (!rx->n_ex)
		cap = bottom - y;
	bool cut = need > cap;
	int shown = cut ? cap - 1 : need;
	page = shown > 1 ? shown : 1;
	if (a->field > need - shown)
		a->field = need - shown > 0 ? need - shown : 0;
	top_part(a, y, a->field, shown, short_min, &lead);
	y += shown;
	if (cut) {
		const char *mark = a->field + shown >= need ? _("end of the changes: PgUp")
				   : a->field		    ? _("more: PgDn, PgUp")
							    : _("more: PgDn");
		snprintf(line, sizeof(line), "%s %s %s", t->utf8 ? "──" : "--", mark,
			 t->utf8 ? "──" : "--");
		tui_text(t, y++, 1, t->cols - 2, ROLE_DIM, line);
	}
	if (y > 2 && y < bottom)
		y++;
	/* each exercise on a line, its reason under it (the chosen one's whole,
	 * wrapped, the others' on a line); where they do not all fit, the last
	 * row says how many more (never drawn over one) */
	int avail = bottom - y;
	int per = 2;
	if (avail / 2 < 2)
		per = 1;
	int n_ex = rx->n_ex < RX_MAX_EX ? (int)rx->n_ex : RX_MAX_EX;
	char why[RX_MAX_EX][512];
	int height[RX_MAX_EX] = {0}, total = 0;
	for (int i = 0; i < n_ex; i++) {
		const struct rx_exercise *x = &rx->ex[i];
		why[i][0] = '\0';
		for (size_t k = 0; k < x->n_why; k++)
			snprintf(why[i] + strlen(why[i]), sizeof(why[i]) - strlen(why[i]), "%s%s",
				 why[i][0] ? "; " : "", x->why[k]);
		height[i] = 1;
		if (per == 2)
			height[i] +=
				i == a->sel ? tui_wrap(t, 0, 4, t->cols - 5, 0, 0, ROLE_DIM, why[i])
					    : 1;
		total += height[i];
	}
	if (total > avail && avail > 1)
		avail--;
	/* the chosen one whole in sight, as much of its reason as there is room */
	if (a->sel >= n_ex)
		a->sel = n_ex > 0 ? n_ex - 1 : 0;
	if (a->sel < a->scroll)
		a->scroll = a->sel;
	if (a->scroll < 0)
		a->scroll = 0;
	for (;;) {
		int used = 0;
		for (int i = a->scroll; i <= a->sel && i < n_ex; i++)
			used += height[i];
		if (used <= avail || a->scroll >= a->sel)
			break;
		a->scroll++;
	}
	int shown_to = a->scroll;
	for (int used = 0; shown_to < n_ex && used < avail; shown_to++) {
		if (used + height[shown_to] > avail && shown_to != a->sel)
			break;
		used += height[shown_to];
	}
	for (int i = a->scroll; i < shown_to && y < bottom; i++) {
		const struct rx_exercise *x = &rx->ex[i];
		char reps[24], load[48];
		reps_text(x->reps_min, x->reps_max, reps, sizeof(reps));
		app_load_text(a, x, load, sizeof(load));
		app_select_line(a, y, i == a->sel);
		enum tui_role role = i == a->sel ? ROLE_SELECTED : ROLE_NORMAL;
		int nw = t->cols * 2 / 5;
		tui_text(t, y, 2, nw, role, x->ex->name);
		char rir[24] = "", rest[48];
		if (!x->seconds)
			snprintf(rir, sizeof(rir), _("%d in reserve"), x->rir);
		snprintf(line, sizeof(line),
			 x->seconds ? _("%d x %s s  %-6s %-12s %s") : _("%d x %s  %-6s %-12s %s"),
			 x->sets, reps, load, rir, rest_text(rx, (size_t)i, rest, sizeof(rest)));
		tui_text(t, y++, nw + 3, t->cols - nw - 4, role, line);
		if (per == 2 && y < bottom) {
			if (i == a->sel) {
				int left = bottom - y - (shown_to < n_ex ? 1 : 0);
				left = left > 1 ? left : 1;
				int n = tui_wrap(t, y, 4, t->cols - 5, left, 0, ROLE_DIM, why[i]);
				y += n < left ? n : left;
			} else {
				tui_text(t, y++, 4, t->cols - 5, ROLE_DIM, why[i]);
			}
		}
	}
	if (shown_to < n_ex && y < bottom) {
		snprintf(line, sizeof(line), _("%s %d more: Down %s"), t->utf8 ? "──" : "--",
			 n_ex - shown_to, t->utf8 ? "──" : "--");
		tui_text(t, y, 1, t->cols - 2, ROLE_DIM, line);
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys_now(a));
}

static void start(struct app *a)
{
	memset(&a->wu, 0, sizeof(a->wu));
	a->wu.pacer = BREATH_PACED;
	workout_new(&a->w);
}

static enum screen_id key(struct app *a, int ch)
{
	const struct rx *rx = &a->rx;
	/* m is looked up in the table with it, so it works as the core offers it */
	const struct tui_key *k = tui_key_find(keys_short, ch);
	switch (k ? k->code : 0) {
	case K_UP:
		if (a->sel > 0)
			a->sel--;
		return SCR_SAME;
	case K_DOWN:
		if (a->sel + 1 < (int)rx->n_ex)
			a->sel++;
		return SCR_SAME;
	case K_BACK:
		return SCR_HOME;
	case K_PAGE:
		a->field += ch == KEY_NPAGE ? page : -page; /* draw keeps it in range */
		if (a->field < 0)
			a->field = 0;
		return SCR_SAME;
	case K_SHORT:
		if (!rx->short_offered) {
			app_message(a, _("The short session is for low days and the day after a "
					 "missed one; today is the full one."));
			return SCR_SAME;
		}
		a->short_session = !a->short_session;
		app_prescribe(a);
		a->sel = 0;
		return SCR_SAME;
	case K_BREATHE: {
		if (!rx->short_offered)
			return SCR_SAME;
		/* the breathing alone, as long as the dose that counts (policy
		 * adherence.breathing_min); its minutes go in the log (breathe_leave) */
		const struct policy *pol = &a->x->cat.policy;
		int min = (int)(pol->adherence_breathing_min > pol->breathing_cooldown_min
					? pol->adherence_breathing_min
					: pol->breathing_cooldown_min);
		a->br = (struct breathe){.pattern = BREATH_PACED,
					 .minutes = min,
					 .start_ms = clock_mono_ms(),
					 .then = SCR_HOME,
					 .title = _("Slow breathing"),
					 .record = true};
		return SCR_BREATHE;
	}
	case K_SWAP:
		if (rx->n_ex && !rx->rest_day) {
			a->swap_ex = a->sel;
			return SCR_SWAP;
		}
		return SCR_SAME;
	case K_START:
		if (!rx->n_ex || rx->rest_day)
			return SCR_SAME;
		start(a);
		if (rx->breathing_before) {
			a->br = (struct breathe){.pattern = BREATH_PACED,
						 .minutes = rx->breathe_min,
						 .start_ms = clock_mono_ms(),
						 .then = SCR_SET,
						 .title = _("Slow breathing before you start")};
			return SCR_BREATHE;
		}
		return SCR_SET;
	default:
		return k && k->action == ACT_QUIT ? SCR_QUIT : SCR_SAME;
	}
}

const struct screen_ops SCR_PREVIEW_ops = {
	N_("Keys: today's session"), keys, NULL, draw, key, false, keys_now};

/* --- swapping an exercise ---------------------------------------------------- */

static const struct tui_key swap_keys[] = {
	{KEY_UP, 'k', N_("↑↓ choose"), N_("choose a stand-in"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("choose a stand-in"), ACT_NONE, K_DOWN},
	{'\r', 0, N_("Enter swap"), N_("use the chosen exercise today"), ACT_NONE, K_START},
	{27, 0, N_("Esc back"), N_("keep the exercise"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (every set entered is saved)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static size_t alternatives(struct app *a, const struct exercise **out, size_t max)
{
	const struct rx_exercise *x = &a->rx.ex[a->swap_ex];
	return rx_alternatives(&a->x->cat, &a->prof, x->slot, x->ex, out, max);
}

static void swap_draw(struct app *a)
{
	struct tui *t = &a->t;
	char title[160];
	snprintf(title, sizeof(title), _("Swap %s for"), a->rx.ex[a->swap_ex].ex->name);
	app_header(a, title);
	const struct exercise *alt[24];
	size_t n = alternatives(a, alt, 24);
	if (!n)
		tui_text(t, 3, 2, t->cols - 4, ROLE_NORMAL,
			 _("Nothing else of this kind fits your equipment."));
	/* scrolled to the one chosen; a gap between the name and its cue */
	int rows = t->rows - 6, top = tui_list_top(a->sel, (int)n, rows);
	bool more = (int)n > rows;
	if (more)
		top = tui_list_top(a->sel, (int)n, --rows);
	for (int i = top; i < (int)n && i < top + rows; i++) {
		int y = 3 + i - top;
		app_select_line(a, y, i == a->sel);
		enum tui_role role = i == a->sel ? ROLE_SELECTED : ROLE_NORMAL;
		tui_text(t, y, 2, t->cols / 2 - 1, role, alt[i]->name);
		tui_text(t, y, t->cols / 2 + 2, t->cols / 2 - 3, role,
			 alt[i]->cue ? alt[i]->cue : "");
	}
	if (more && top + rows < (int)n)
		tui_more(t, 3 + rows, 2);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, swap_keys);
}

static enum screen_id swap_key(struct app *a, int ch)
{
	const struct exercise *alt[24];
	size_t n = alternatives(a, alt, 24);
	const struct tui_key *bind = tui_key_find(swap_keys, ch);
	int code = bind ? bind->code : 0;
	if (code == K_UP) {
		if (a->sel > 0)
			a->sel--;
	} else if (code == K_DOWN) {
		if (a->sel + 1 < (int)n)
			a->sel++;
	} else if (code == K_BACK) {
		return a->w.active ? SCR_SET : SCR_PREVIEW;
	} else if (bind && bind->action == ACT_QUIT) {
		return SCR_QUIT;
	} else if (code == K_START && n) {
		if (!workout_swap(&a->swaps, &a->rx.ex[a->swap_ex], alt[a->sel]))
			return SCR_SAME;
		app_prescribe(a);
		return a->w.active ? SCR_SET : SCR_PREVIEW;
	}
	return SCR_SAME;
}

const struct screen_ops SCR_SWAP_ops = {
	N_("Keys: swapping an exercise"), swap_keys, NULL, swap_draw, swap_key, false, NULL};
