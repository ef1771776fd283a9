/* screen_checkin.c - how are you today: mood, energy, anxiety, sleep and
 * soreness, each a keystroke, each scale labelled in words. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/yemit.h"

enum { K_UP = 1, K_DOWN, K_DONE, K_SKIP, K_BACK, K_DIGIT, K_MORE, K_LESS };

static const struct tui_key keys[] = {
	{KEY_UP, 'k', N_("↑↓ move"), N_("the question above"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("the question below"), ACT_NONE, K_DOWN},
	{'\t', 0, NULL, N_("the question below"), ACT_NONE, K_DOWN},
	{'0', TUI_TO('9'), N_("1-5 answer"),
	 N_("answer 1 to 5, and on to the next; sleep: type the hours (1 then 0 is 10)"), ACT_NONE,
	 K_DIGIT},
	{KEY_RIGHT, '+', NULL, N_("one more (sleep: half an hour more)"), ACT_NONE, K_MORE},
	{KEY_LEFT, '-', NULL, N_("one fewer (sleep: half an hour less)"), ACT_NONE, K_LESS},
	{'\r', 0, N_("Enter done"), N_("done: see today's session"), ACT_NONE, K_DONE},
	{'s', 0, N_("s skip"), N_("skip the check-in today"), ACT_NONE, K_SKIP},
	{27, 0, N_("Esc back"), N_("back home"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (the check-in is not kept)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* sleep's hours being typed: a second digit makes two (1, 0: 10) */
static bool hours_typed;

/* One row per field of checkin.h, in its order. */

static void enter(struct app *a)
{
	if (!a->ck.given)
		a->ck = checkin_default();
}

/* The widest of a column of checkin.h's words, as shown, and at least min. */
static int words_width(int which, int min)
{
	int w = min;
	for (int r = 0; r < CK_COUNT; r++) {
		const struct checkin_field_info *f = &checkin_fields[r];
		const char *s = which == 0 ? f->label : which == 1 ? f->low : f->high;
		int n = s ? (int)utf8_width(_(s)) : 0;
		w = n > w ? n : w;
	}
	return w;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("How are you today?"));
	/* the columns as wide as their words in the person's language */
	int lw = words_width(0, 10), low_x = 2 + lw + 1, low_w = words_width(1, 10);
	int num_x = low_x + low_w + 1, high_w = words_width(2, 13);
	/* narrow: the numbers only, the words of the chosen line below; low:
	 * a line each, scrolled to keep the chosen one in sight */
	bool narrow = t->cols < 64 || t->cols < num_x + 25 + high_w + 1;
	int step = t->rows < 17 ? 1 : 2;
	int said = tui_wrap_either(
		t, 2, 1, t->cols - 2, 2, ROLE_DIM,
		_("Type 1-5 on each line (it moves on); Enter when done. This is not a diagnosis."),
		_("Type 1-5 on each line, then Enter. This is not a diagnosis."));
	/* the rows from top to the last one above the words (narrow) or the rule */
	int top = 2 + said + (step - 1), fit = (t->rows - 3 - narrow - top) / step + 1;
	int first = a->field >= fit ? a->field - fit + 1 : 0;
	int y = top;
	for (int r = first; r < CK_COUNT && r - first < fit; r++, y += step) {
		const struct checkin_field_info *f = &checkin_fields[r];
		app_select_line(a, y, a->field == r);
		enum tui_role role = a->field == r ? ROLE_SELECTED : ROLE_NORMAL;
		tui_text(t, y, 2, lw, role, _(f->label));
		char line[160];
		double v = checkin_get(&a->ck, (enum checkin_field)r);
		if (f->hours) {
			char h[16];
			snprintf(line, sizeof(line),
				 P_("%s hour last night", "%s hours last night", v == 1 ? 1 : 2),
				 num_text(v, h, sizeof(h)));
			tui_text(t, y, low_x, t->cols - low_x - 1, role, line);
			continue;
		}
		/* the words at both ends, the numbers in fixed columns between */
		if (!narrow)
			tui_text(t, y, low_x, low_w, role, _(f->low));
		int x = narrow ? low_x : num_x;
		for (int k = f->min; k <= f->max && x + 4 < t->cols; k++, x += narrow ? 4 : 5) {
			snprintf(line, sizeof(line), (int)v == k ? "[%d]" : " %d ", k);
			tui_text(t, y, x, 4, role, line);
		}
		if (narrow)
			continue;
		tui_text(t, y, x, t->cols - x - 1, role, _(f->high));
		x += high_w + 1;
		if (!f->required && v == 0)
			tui_text(t, y, x, t->cols - x - 1, role, _("(optional)"));
	}
	if (narrow) {
		const struct checkin_field_info *f = &checkin_fields[a->field];
		char words[160];
		if (f->hours)
			snprintf(words, sizeof(words), _("%s: type the hours"), _(f->label));
		else if (f->required)
			snprintf(words, sizeof(words), "%d %s ... %d %s", f->min, _(f->low), f->max,
				 _(f->high));
		else
			snprintf(words, sizeof(words), _("%d %s ... %d %s (optional)"), f->min,
				 _(f->low), f->max, _(f->high));
		tui_text(t, t->rows - 3, 2, t->cols - 3, ROLE_DIM, words);
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

static enum screen_id key(struct app *a, int ch)
{
	enum checkin_field f = (enum checkin_field)a->field;
	const struct checkin_field_info *i = &checkin_fields[f];
	double v = checkin_get(&a->ck, f);
	const struct tui_key *k = tui_key_find(keys, ch);
	int code = k ? k->code : 0;
	if (code != K_DIGIT)
		hours_typed = false;
	switch (code) {
	case K_UP:
		a->field = a->field > 0 ? a->field - 1 : CK_COUNT - 1;
		return SCR_SAME;
	case K_DOWN:
		a->field = (a->field + 1) % CK_COUNT;
		return SCR_SAME;
	case K_DIGIT: {
		int d = ch - '0';
		if (i->hours) {
			int two = (int)v * 10 + d;
			checkin_set(&a->ck, f,
				    hours_typed && v == (int)v && two <= i->max ? two : d);
			hours_typed = true;
		} else if (d >= i->min && d <= i->max) {
			checkin_set(&a->ck, f, d);
			if (a->field < CK_COUNT - 1)
				a->field++; /* answered: on to the next */
		}
		return SCR_SAME;
	}
	case K_MORE:
	case K_LESS:
		checkin_set(&a->ck, f, checkin_step(f, v, code == K_MORE ? 1 : -1));
		return SCR_SAME;
	case K_DONE:
		a->ck.given = true;
		if (!(store_begin(a->st) && store_add_checkin(a->st, a->today, &a->ck) &&
		      store_commit(a->st))) {
			store_rollback(a->st);
			app_message(a, _("could not save the check-in: %s"), store_error(a->st));
		}
		app_prescribe(a);
		return SCR_PREVIEW;
	case K_SKIP:
		a->ck.given = false;
		app_prescribe(a);
		return SCR_PREVIEW;
	case K_BACK:
		return SCR_HOME;
	default:
		return k && k->action == ACT_QUIT ? SCR_QUIT : SCR_SAME;
	}
}

const struct screen_ops SCR_CHECKIN_ops = {
	N_("Keys: check-in"), keys, enter, draw, key, false, NULL};
