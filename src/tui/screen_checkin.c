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

struct scale_row {
	const char *name, *low, *high;
};
static const struct scale_row rows[] = {
	{"Mood", "very low", "very good"},   {"Energy", "exhausted", "full"},
	{"Anxiety", "calm", "very anxious"}, {"Sleep", NULL, NULL},
	{"Soreness", "none", "very sore"},
};

static int *value_of(struct app *a, int row)
{
	switch (row) {
	case 0:
		return &a->ck.mood;
	case 1:
		return &a->ck.energy;
	case 2:
		return &a->ck.anxiety;
	default:
		return &a->ck.soreness;
	}
}

static void enter(struct app *a)
{
	if (!a->ck.given) {
		a->ck = (struct checkin){.mood = 3, .energy = 3, .anxiety = 2, .sleep = 7};
	}
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, "How are you today?");
	tui_text(t, 2, 1, t->cols - 2, ROLE_DIM,
		 "Type 1-5 on each line (it moves on); Enter when done. This is not a diagnosis.");
	int y = 4;
	for (int r = 0; r < 5; r++, y += 2) {
		app_select_line(a, y, a->field == r);
		enum tui_role role = a->field == r ? ROLE_SELECTED : ROLE_NORMAL;
		tui_text(t, y, 2, 10, role, rows[r].name);
		char line[160];
		if (r == 3) {
			char h[16];
			snprintf(line, sizeof(line), "%s hours last night",
				 num_text(a->ck.sleep, h, sizeof(h)));
			tui_text(t, y, 13, t->cols - 14, role, line);
			continue;
		}
		int v = *value_of(a, r);
		/* the words at both ends, the numbers in fixed columns between */
		tui_text(t, y, 13, 10, role, rows[r].low);
		int x = 24;
		for (int k = 1; k <= 5; k++, x += 5) {
			snprintf(line, sizeof(line), v == k ? "[%d]" : " %d ", k);
			tui_text(t, y, x, 4, role, line);
		}
		tui_text(t, y, x, t->cols - x - 1, role, rows[r].high);
		x += 14;
		if (r == 4 && v == 0)
			tui_text(t, y, x, t->cols - x - 1, role, "(optional)");
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

static enum screen_id key(struct app *a, int ch)
{
	if (ch == KEY_UP || ch == 'k') {
		a->field = a->field > 0 ? a->field - 1 : 4;
		return SCR_SAME;
	}
	if (ch == KEY_DOWN || ch == 'j' || ch == '\t') {
		a->field = (a->field + 1) % 5;
		return SCR_SAME;
	}
	if (a->field == 3) {
		if (ch >= '0' && ch <= '9') {
			a->ck.sleep = ch - '0';
			return SCR_SAME;
		}
		if (ch == KEY_RIGHT || ch == '+' || ch == 'l')
			a->ck.sleep = a->ck.sleep + 0.5 > 16 ? 16 : a->ck.sleep + 0.5;
		if (ch == KEY_LEFT || ch == '-' || ch == 'h')
			a->ck.sleep = a->ck.sleep - 0.5 < 0 ? 0 : a->ck.sleep - 0.5;
	} else if (ch >= '1' && ch <= '5') {
		*value_of(a, a->field) = ch - '0';
		if (a->field < 4)
			a->field++; /* answered: on to the next */
		return SCR_SAME;
	} else if (ch == KEY_RIGHT || ch == 'l' || ch == KEY_LEFT || ch == 'h') {
		int *v = value_of(a, a->field);
		int d = ch == KEY_RIGHT || ch == 'l' ? 1 : -1;
		int lo = a->field == 4 ? 0 : 1;
		*v = *v + d < lo ? lo : *v + d > 5 ? 5 : *v + d;
	}
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
