/* screen_lapse.c - the person's plan for a missed day, written here in one
 * line of their own words (lapse_plan.h), with good plans to start from.
 * Reached from Home (l).  The line is a text field: every printable key is
 * a letter; Enter saves, Esc leaves the plan as it was, F1 is who to call. */
#include <curses.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/lapse_plan.h"

enum { K_SAVE = 1, K_BACK, K_EXAMPLE, K_ERASE, K_CLEAR_LINE, K_UP, K_DOWN, K_DELETE };

static const struct tui_key keys[] = {
	{'\r', 0, N_("Enter save"),
	 N_("save the plan as it is written (asks first when it is empty)"), ACT_NONE, K_SAVE},
	{'\t', 0, N_("Tab example"),
	 N_("take the next example into the line, to change as you like"), ACT_NONE, K_EXAMPLE},
	{27, 0, N_("Esc back"), N_("back home; the plan stays as it was"), ACT_NONE, K_BACK},
	{KEY_BACKSPACE, 0, N_("⌫ erase"), N_("erase the last character"), ACT_NONE, K_ERASE},
	{'U' & 0x1f, 0, NULL, N_("empty the line (Ctrl-U)"), ACT_NONE, K_CLEAR_LINE},
	{KEY_UP, KEY_PPAGE, NULL, N_("scroll the text above the line up"), ACT_NONE, K_UP},
	{KEY_DOWN, KEY_NPAGE, NULL, N_("scroll the text above the line down"), ACT_NONE, K_DOWN},
	{KEY_F(1), 0, N_("F1 help now"), N_("who to call (h types an h here)"), ACT_NONE, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static struct {
	struct lapse_plan plan;
	bool broken; /* the file does not read: shown, never overwritten */
	char why[300];
	char buf[LP_MAX_TEXT * 4 + 1];
	size_t len;
	int example; /* the next example Tab takes */
} lp;

static void lapse_enter(struct app *a)
{
	char *path = lapse_plan_path(a->x->paths.config_dir);
	struct diags d = {0};
	lapse_plan_init(&lp.plan);
	lp.broken = access(path, F_OK) == 0 && !lapse_plan_load(&lp.plan, path, &d);
	if (lp.broken && d.len)
		snprintf(lp.why, sizeof(lp.why), "%s:%d: %s", d.v[0].path, d.v[0].line, d.v[0].msg);
	diags_free(&d);
	free(path);
	/* the line starts as the plan is, so Enter alone keeps it */
	lp.len = strlen(lp.plan.text);
	memcpy(lp.buf, lp.plan.text, lp.len + 1);
	lp.example = 0;
	a->typing = !lp.broken;
	a->scroll = 0;
}

static void lapse_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Your plan for a missed day"));
	a->typing = !lp.broken;
	if (lp.broken) {
		char line[600];
		snprintf(line, sizeof(line),
			 _("Your plan for a missed day does not read (%s), so it is not shown or "
			   "changed here. Fix it or clear it with 'coach lapse-plan'."),
			 lp.why);
		tui_wrap(t, 2, 1, t->cols - 2, t->rows - 5, 0, ROLE_WARN, line);
		tui_rule(t, t->rows - 2);
		tui_keybar(t, keys + 2);
		return;
	}
	/* what it is for, the plan now and the examples scroll above the line
	 * being typed, which keeps the three rows above the key bar */
	char now[sizeof(lp.plan.text) + 64];
	if (lp.plan.text[0])
		snprintf(now, sizeof(now), _("Now: %s"), lp.plan.text);
	else
		snprintf(now, sizeof(now), "%s", _("No plan yet."));
	char ex[3][400];
	struct tui_block b[6] = {
		{ROLE_DIM, _("One line in your own words: if this happens, then I will do that. "
			     "Plans made this way help people do what they meant to (Gollwitzer "
			     "and Sheeran 2006). The day after a missed day, Home starts with "
			     "yours.")},
		{ROLE_NORMAL, now},
		{ROLE_TITLE, _("For example (Tab takes one into the line):")},
	};
	size_t n = 3;
	for (int i = 0; i < 3 && lapse_plan_examples[i]; i++) {
		snprintf(ex[i], sizeof(ex[i]), "- %s", _(lapse_plan_examples[i]));
		b[n++] = (struct tui_block){ROLE_NORMAL, ex[i]};
	}
	int bottom = t->rows - 5;
	tui_blocks(t, 2, bottom, 1, t->cols - 2, b, n, &a->scroll);
	tui_rule(t, t->rows - 4);
	/* the end of the line stays in view while typing */
	const char *shown = lp.buf;
	size_t w = (size_t)(t->cols - 4);
	while (utf8_width(shown) + 1 > w && *shown) {
		shown++;
		while ((*shown & 0xc0) == 0x80)
			shown++;
	}
	char line[sizeof(lp.buf) + 8];
	snprintf(line, sizeof(line), "> %s_", shown);
	tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_NORMAL, line);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys);
}

static enum screen_id save(struct app *a)
{
	lp.buf[lp.len] = '\0';
	char *path = lapse_plan_path(a->x->paths.config_dir), *err = NULL;
	struct lapse_plan p = lp.plan;
	const char *why = NULL;
	enum screen_id next = SCR_SAME;
	if (!lapse_plan_set(&p, lp.buf, &why)) {
		app_message(a, _("%s; nothing was changed"), _(why));
	} else if (strcmp(p.text, lp.plan.text) == 0 && lp.plan.updated >= 0) {
		next = SCR_HOME; /* as it was: nothing to write */
	} else {
		p.updated = a->today;
		if (!lapse_plan_save(&p, path, &err)) {
			app_message(a, _("cannot save the lapse plan: %s"), err);
		} else {
			app_message(a, "%s",
				    _("Your plan is saved. The day after a missed day, Home starts "
				      "with it."));
			next = SCR_HOME;
		}
	}
	free(err);
	free(path);
	return next;
}

static void delete_plan(struct app *a)
{
	char *path = lapse_plan_path(a->x->paths.config_dir);
	if (unlink(path) != 0 && errno != ENOENT)
		app_message(a, _("cannot delete the lapse plan: %s"), strerror(errno));
	else
		app_message(a, "%s", _("Your lapse plan is deleted."));
	free(path);
	lapse_plan_init(&lp.plan);
}

static bool blank(void)
{
	return strspn(lp.buf, " \t") == lp.len;
}

static enum screen_id lapse_key(struct app *a, int ch)
{
	int yes;
	if (app_answer(a, ch, &yes)) {
		if (yes == K_DELETE) {
			delete_plan(a);
			a->typing = false;
			app_prescribe(a);
			return SCR_HOME;
		}
		return SCR_SAME;
	}
	const struct tui_key *k = tui_key_find(keys, ch);
	if (lp.broken)
		return k && k->code == K_BACK ? (a->typing = false, SCR_HOME) : SCR_SAME;
	switch (k ? k->code : 0) {
	case K_BACK:
		a->typing = false;
		return SCR_HOME;
	case K_SAVE: {
		lp.buf[lp.len] = '\0';
		if (blank()) {
			if (!lp.plan.text[0]) {
				app_message(a, "%s",
					    _("Write a line first, or Tab for an example; Esc goes "
					      "back."));
				return SCR_SAME;
			}
			app_ask(a, 'y', K_DELETE, "%s",
				_("Delete your plan for a missed day? y deletes it; any other key "
				  "keeps it."));
			return SCR_SAME;
		}
		enum screen_id next = save(a);
		if (next == SCR_HOME) {
			a->typing = false;
			app_prescribe(a);
		}
		return next;
	}
	case K_EXAMPLE: {
		if (!lapse_plan_examples[lp.example])
			lp.example = 0;
		snprintf(lp.buf, sizeof(lp.buf), "%s", _(lapse_plan_examples[lp.example]));
		lp.len = strlen(lp.buf);
		lp.example++;
		return SCR_SAME;
	}
	case K_ERASE:
		while (lp.len && (lp.buf[lp.len - 1] & 0xc0) == 0x80)
			lp.len--; /* the continuation bytes of a character */
		if (lp.len)
			lp.len--;
		lp.buf[lp.len] = '\0';
		return SCR_SAME;
	case K_CLEAR_LINE:
		lp.len = 0;
		lp.buf[0] = '\0';
		return SCR_SAME;
	case K_UP:
		a->scroll = a->scroll > 0 ? a->scroll - 1 : 0;
		return SCR_SAME;
	case K_DOWN:
		a->scroll++; /* tui_blocks keeps it in range */
		return SCR_SAME;
	default:
		break;
	}
	/* printable ASCII and the bytes of UTF-8 characters; controls never enter */
	if (ch >= 0x20 && ch < 0x100 && ch != 0x7f && lp.len < sizeof(lp.buf) - 1) {
		lp.buf[lp.len++] = (char)ch;
		lp.buf[lp.len] = '\0';
	}
	return SCR_SAME;
}

const struct screen_ops SCR_LAPSE_ops = {N_("Keys: your plan for a missed day"),
					 keys,
					 lapse_enter,
					 lapse_draw,
					 lapse_key,
					 false,
					 NULL};
