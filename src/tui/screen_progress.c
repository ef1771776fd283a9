/* screen_progress.c - progress: estimated 1RM and weekly volume per exercise
 * as terminal charts, mood before and after sessions, questionnaire scores,
 * adherence, and what seems to work, each with how much it rests on. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/chart.h"
#include "coach/clock.h"
#include "coach/insights.h"
#include "coach/strength.h"
#include "coach/yemit.h"

static const struct tui_key keys[] = {
	{KEY_DOWN, 'j', N_("↑↓ scroll"), N_("scroll down"), ACT_NONE, 1},
	{KEY_UP, 'k', NULL, N_("scroll up"), ACT_NONE, 2},
	{KEY_NPAGE, ' ', N_("PgDn page"), N_("next page"), ACT_NONE, 3},
	{KEY_PPAGE, 'b', NULL, N_("previous page"), ACT_NONE, 4},
	{27, 0, N_("Esc home"), N_("back home"), ACT_NONE, 5},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

enum { WEEKS = 12, MAX_LIFTS = 16 };

/* The whole page as text lines, built from the log when drawn. */
static void build(struct app *a, struct sbuf *b)
{
	const struct policy *pol = &a->x->cat.policy;
	bool u = a->t.utf8;
	int from = date_monday(a->today) - 7 * (WEEKS - 1);
	struct logged_list l;
	struct screen_list sc;
	if (!store_sessions(a->st, from, a->today, &l)) {
		sbuf_printf(b, _("Cannot read the log: %s\n"), store_error(a->st));
		return;
	}
	if (!store_screens(a->st, DATE_MIN, a->today, &sc)) {
		logged_list_free(&l);
		return;
	}
	if (!l.n)
		sbuf_puts(b, _("Nothing logged in the last 12 weeks yet. Your charts start with "
			       "your first session.\n\n"));
	/* per exercise: best estimated 1RM per session, volume per week */
	const char *lifts[MAX_LIFTS];
	size_t n_lifts = 0;
	for (size_t i = 0; i < l.n; i++)
		for (size_t j = 0; j < l.v[i].n_sets; j++) {
			const struct logged_set *x = &l.v[i].sets[j];
			if (x->load <= 0)
				continue;
			size_t k = 0;
			while (k < n_lifts && strcmp(lifts[k], x->exercise) != 0)
				k++;
			if (k == n_lifts && n_lifts < MAX_LIFTS)
				lifts[n_lifts++] = x->exercise;
		}
	if (n_lifts)
		sbuf_printf(b,
			    _("Strength (estimated one-rep max, each session; weekly volume, %d "
			      "weeks)\n"),
			    WEEKS);
	for (size_t k = 0; k < n_lifts; k++) {
		double e1[64], vol[WEEKS] = {0}, best = 0;
		size_t n = 0;
		for (size_t i = 0; i < l.n; i++) {
			double s_best = 0;
			for (size_t j = 0; j < l.v[i].n_sets; j++) {
				const struct logged_set *x = &l.v[i].sets[j];
				if (strcmp(x->exercise, lifts[k]) != 0)
					continue;
				double e = e1rm_of_set(x->load, x->reps, x->rir,
						       (int)pol->rir_model_max_reps_rts,
						       (int)pol->rir_model_epley_cap_reps);
				if (e > s_best)
					s_best = e;
				int wk = (l.v[i].date - from) / 7;
				if (wk >= 0 && wk < WEEKS)
					vol[wk] += x->reps * x->load;
			}
			if (s_best > 0 && n < 64)
				e1[n++] = s_best;
			if (s_best > best)
				best = s_best;
		}
		const struct exercise *ex = catalog_exercise(&a->x->cat, lifts[k]);
		char num[48], n1[48], n2[32];
		/* TRANSLATORS: the chart's label after it ("1RM    ") keeps its width */
		sbuf_printf(b, _("  %s: best %s\n    1RM    "), ex ? ex->name : lifts[k],
			    estimate_text(best, a->rx.unit, num, sizeof(num)));
		/* from zero: a change looks like its size */
		chart_sparkline_on(b, e1, n, 0, best, u);
		if (n)
			sbuf_printf(b, "  %s %s %s", tenths_text(e1[0], n1, sizeof(n1)),
				    u ? "→" : "->", tenths_text(e1[n - 1], n2, sizeof(n2)));
		double vmax = 0;
		for (int w = 0; w < WEEKS; w++)
			vmax = vol[w] > vmax ? vol[w] : vmax;
		/* TRANSLATORS: as wide as "1RM    " above it: the charts line up */
		sbuf_puts(b, _("\n    volume "));
		chart_sparkline_on(b, vol, WEEKS, 0, vmax, u);
		sbuf_printf(b, _("  this week %s, most %s\n"),
			    volume_text(vol[WEEKS - 1], a->rx.unit, n1, sizeof(n1)),
			    num_text((double)(long)vmax, n2, sizeof(n2)));
	}
	/* mood before and after */
	double before[64], after[64];
	size_t nm = 0;
	for (size_t i = 0; i < l.n && nm < 64; i++)
		if (l.v[i].checkin.given && l.v[i].mood_after) {
			before[nm] = l.v[i].checkin.mood;
			after[nm++] = l.v[i].mood_after;
		}
	sbuf_printf(b, _("\nMood before and after sessions (one scale, %d to %d)\n"),
		    CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX);
	if (nm) {
		double sb = 0, sa = 0;
		for (size_t i = 0; i < nm; i++)
			sb += before[i], sa += after[i];
		char n1[32], n2[32];
		/* TRANSLATORS: "  before " and "\n  after  " are as wide: the charts line up */
		sbuf_puts(b, _("  before "));
		chart_sparkline_on(b, before, nm, CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, u);
		sbuf_printf(b, _("  average %s\n  after  "),
			    tenths_text(sb / (double)nm, n1, sizeof(n1)));
		chart_sparkline_on(b, after, nm, CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, u);
		sbuf_printf(b, _("  average %s (%+.1f)\n"),
			    tenths_text(sa / (double)nm, n2, sizeof(n2)),
			    round_tenth(sa / (double)nm) - round_tenth(sb / (double)nm));
	} else {
		sbuf_puts(b, _("  Check in before a session and say how you feel after it to see "
			       "this.\n"));
	}
	/* body weight, when the sessions carry it (logged or imported) */
	double bw[64];
	size_t nb = 0;
	for (size_t i = l.n; i-- > 0 && nb < 64;)
		if (l.v[i].bodyweight > 0)
			bw[nb++] = l.v[i].bodyweight;
	if (nb) {
		double lo = bw[0], hi = bw[0];
		for (size_t i = 0; i < nb / 2; i++) { /* oldest first */
			double t = bw[i];
			bw[i] = bw[nb - 1 - i];
			bw[nb - 1 - i] = t;
		}
		for (size_t i = 0; i < nb; i++)
			lo = bw[i] < lo ? bw[i] : lo, hi = bw[i] > hi ? bw[i] : hi;
		char n1[32], n2[32];
		sbuf_printf(b,
			    P_("\nBody weight (%zu session)\n  ",
			       "\nBody weight (%zu sessions)\n  ", nb),
			    nb);
		chart_sparkline_on(b, bw, nb, lo - 1, hi + 1, u);
		sbuf_printf(b, "  %s %s %s %s\n", num_text(bw[0], n1, sizeof(n1)), u ? "→" : "->",
			    num_text(bw[nb - 1], n2, sizeof(n2)), a->rx.unit);
	}
	/* adherence: strength days a week against the target */
	sbuf_printf(b, _("\nStrength days a week (target %d)\n"),
		    (int)pol->week_strength_days_target);
	/* from the week the program started: no empty weeks from before it */
	int first_wk = a->prof.start >= 0 ? (date_monday(a->prof.start) - from) / 7 : 0;
	for (int wk = first_wk < 0 ? 0 : first_wk; wk < WEEKS; wk++) {
		int days = 0, last = -1;
		for (size_t i = 0; i < l.n; i++)
			if (l.v[i].n_sets && (l.v[i].date - from) / 7 == wk &&
			    l.v[i].date != last) {
				days++;
				last = l.v[i].date;
			}
		char d[32];
		/* the date in 10 columns, padded by width (a German month) */
		date_text(from + 7 * wk, false, d, sizeof(d));
		sbuf_printf(b, "  %s%*s ", d,
			    10 - (int)utf8_width(d) > 0 ? 10 - (int)utf8_width(d) : 0, "");
		chart_bar(b, days, 4, 8, u);
		sbuf_printf(b, " %d%s\n", days,
			    days >= pol->week_strength_days_target ? (u ? " ✓" : _(" ok")) : "");
	}
	/* questionnaires */
	if (sc.n) {
		sbuf_puts(b,
			  _("\nQuestionnaires (a score on a published scale, not a diagnosis)\n"));
		for (size_t i = 0; i < sc.n; i++) {
			char d[32];
			date_text(sc.v[i].date, false, d, sizeof(d));
			int dw = 10 - (int)utf8_width(d);
			sbuf_printf(b, "  %s%*s %-5s %2d  %s\n", d, dw > 0 ? dw : 0, "",
				    sc.v[i].scale, sc.v[i].score,
				    sc.v[i].band[0] ? _(sc.v[i].band) : "");
		}
	}
	/* what seems to help: insights.h, the same as coach insights */
	struct logged_list all;
	struct screen_list all_sc;
	if (store_sessions(a->st, DATE_MIN, a->today, &all)) {
		if (store_screens(a->st, DATE_MIN, a->today, &all_sc)) {
			struct insights in;
			insights_of(&all, &all_sc, pol, &in);
			sbuf_printf(b,
				    P_("\nWhat seems to help you (%d session with mood before and "
				       "after)\n",
				       "\nWhat seems to help you (%d sessions with mood before and "
				       "after)\n",
				       in.sessions),
				    in.sessions);
			insights_text(&in, b);
			screen_list_free(&all_sc);
		}
		logged_list_free(&all);
	}
	screen_list_free(&sc);
	logged_list_free(&l);
}

/* The page is built from the log once, when the screen opens; redraws (a
 * resize, scrolling) only lay it out again. */
static struct sbuf page_text;

static void enter(struct app *a)
{
	page_text.len = 0;
	if (page_text.s)
		page_text.s[0] = '\0';
	build(a, &page_text);
}

/* The page laid out from row y, its rows from `first` for h rows drawn
 * (h 0: none): each line wrapped under itself, two columns in from where
 * it starts, as coach insights wraps it.  Returns the rows it needs. */
static int page_rows(const struct tui *t, const char *text, int y, int first, int h)
{
	struct sbuf line = {0};
	int row = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		line.len = 0;
		sbuf_add(&line, p, n);
		const char *s = sbuf_str(&line);
		int indent = (int)strspn(s, " "), x_rest = 1 + indent + 2;
		int right = t->cols - 1;
		if (x_rest > right - 10)
			x_rest = 1;
		int need = s[indent]
				   ? tui_wrap_hanging(t, 0, 1, x_rest, right, 0, 0, ROLE_NORMAL, s)
				   : 1;
		int from = row > first ? row : first,
		    to = row + need < first + h ? row + need : first + h;
		if (to > from && s[indent])
			tui_wrap_hanging(t, y + from - first, 1, x_rest, right, to - from,
					 from - row, ROLE_NORMAL, s);
		row += need;
		p += n;
		if (*p == '\n')
			p++;
	}
	sbuf_free(&line);
	return row;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Progress"));
	int h = t->rows - 5;
	int need = page_rows(t, sbuf_str(&page_text), 2, 0, 0);
	if (a->scroll > need - h)
		a->scroll = need - h > 0 ? need - h : 0;
	page_rows(t, sbuf_str(&page_text), 2, a->scroll, h);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

static enum screen_id key(struct app *a, int ch)
{
	int page = a->t.rows - 6 > 1 ? a->t.rows - 6 : 1;
	const struct tui_key *k = tui_key_find(keys, ch);
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	switch (k ? k->code : 0) {
	case 1:
		a->scroll++;
		break;
	case 2:
		a->scroll = a->scroll > 0 ? a->scroll - 1 : 0;
		break;
	case 3:
		a->scroll += page;
		break;
	case 4:
		a->scroll = a->scroll > page ? a->scroll - page : 0;
		break;
	case 5:
		return SCR_HOME;
	default:
		break;
	}
	return SCR_SAME;
}

const struct screen_ops SCR_PROGRESS_ops = {
	N_("Keys: progress"), keys, enter, draw, key, false, NULL};
