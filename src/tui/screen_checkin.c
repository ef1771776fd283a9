/* screen_checkin.c - how are you today: mood, energy, anxiety, sleep and
 * soreness, each a keystroke, each scale labelled in words. */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/yemit.h"

enum { K_UP = 1, K_DOWN, K_DONE, K_SKIP, K_BACK };

static const struct tui_key keys[] = {
	{KEY_UP, 'k', "↑↓ move", "the question above", ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, "the question below", ACT_NONE, K_DOWN},
	{'1', 0, "1-5 answer", "answer 1 to 5 (sleep: hours; ←→ half hours)", ACT_NONE, 0},
	{'\r', 0, "Enter done", "done: see today's session", ACT_NONE, K_DONE},
	{'s', 0, "s skip", "skip the check-in today", ACT_NONE, K_SKIP},
	{27, 0, "Esc back", "back home", ACT_NONE, K_BACK},
	{'?', 0, "? help", "this help", ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* One row per field of checkin.h, in its order. */

static void enter(struct app *a)
{
	if (!a->ck.given)
		a->ck = checkin_default();
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, "How are you today?");
	tui_text(t, 2, 1, t->cols - 2, ROLE_DIM,
		 "Type 1-5 on each line (it moves on); Enter when done. This is not a diagnosis.");
	int y = 4;
	for (int r = 0; r < CK_COUNT; r++, y += 2) {
		const struct checkin_field_info *f = &checkin_fields[r];
		app_select_line(a, y, a->field == r);
		enum tui_role role = a->field == r ? ROLE_SELECTED : ROLE_NORMAL;
		tui_text(t, y, 2, 10, role, f->label);
		char line[160];
		double v = checkin_get(&a->ck, (enum checkin_field)r);
		if (f->hours) {
			char h[16];
			snprintf(line, sizeof(line), "%s hours last night",
				 num_text(v, h, sizeof(h)));
			tui_text(t, y, 13, t->cols - 14, role, line);
			continue;
		}
		/* the words at both ends, the numbers in fixed columns between */
		tui_text(t, y, 13, 10, role, f->low);
		int x = 24;
		for (int k = f->min; k <= f->max; k++, x += 5) {
			snprintf(line, sizeof(line), (int)v == k ? "[%d]" : " %d ", k);
			tui_text(t, y, x, 4, role, line);
		}
		tui_text(t, y, x, t->cols - x - 1, role, f->high);
		x += 14;
		if (!f->required && v == 0)
			tui_text(t, y, x, t->cols - x - 1, role, "(optional)");
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

static enum screen_id key(struct app *a, int ch)
{
	if (ch == KEY_UP || ch == 'k') {
		a->field = a->field > 0 ? a->field - 1 : CK_COUNT - 1;
		return SCR_SAME;
	}
	if (ch == KEY_DOWN || ch == 'j' || ch == '\t') {
		a->field = (a->field + 1) % CK_COUNT;
		return SCR_SAME;
	}
	enum checkin_field f = (enum checkin_field)a->field;
	const struct checkin_field_info *i = &checkin_fields[f];
	double v = checkin_get(&a->ck, f);
	if (i->hours && ch >= '0' && ch <= '9') {
		checkin_set(&a->ck, f, ch - '0');
		return SCR_SAME;
	}
	if (!i->hours && ch >= '0' + i->min && ch <= '0' + i->max) {
		checkin_set(&a->ck, f, ch - '0');
		if (a->field < CK_COUNT - 1)
			a->field++; /* answered: on to the next */
		return SCR_SAME;
	}
	if (ch == KEY_RIGHT || ch == '+' || ch == 'l')
		checkin_set(&a->ck, f, checkin_step(f, v, 1));
	else if (ch == KEY_LEFT || ch == '-')
		checkin_set(&a->ck, f, checkin_step(f, v, -1));
	if (ch == '\r' || ch == '\n' || ch == KEY_ENTER) {
		a->ck.given = true;
		if (!(store_begin(a->st) && store_add_checkin(a->st, a->today, &a->ck) &&
		      store_commit(a->st))) {
			store_rollback(a->st);
			app_message(a, "could not save the check-in: %s", store_error(a->st));
		}
		app_prescribe(a);
		return SCR_PREVIEW;
	}
	if (ch == 's') {
		a->ck.given = false;
		app_prescribe(a);
		return SCR_PREVIEW;
	}
	if (ch == 27)
		return SCR_HOME;
	return SCR_SAME;
}

const struct screen_ops SCR_CHECKIN_ops = {"Keys: check-in", keys, enter, draw, key, false};
