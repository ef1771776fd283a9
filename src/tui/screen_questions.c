/* screen_questions.c - PHQ-2, GAD-2, PHQ-9 and GAD-7, optional and skippable;
 * any of them at any time (taken before its interval, the answers are kept,
 * marked early).  PHQ-9 question 9 answered above zero shows the crisis
 * contacts first and waits for the person to go on. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/text.h"

enum { K_UP = 1, K_DOWN, K_GO, K_BACK, K_ANSWER, K_BEFORE };

static const struct tui_key menu_keys[] = {
	{KEY_UP, 'k', N_("↑↓ choose"), N_("choose a questionnaire"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("choose a questionnaire"), ACT_NONE, K_DOWN},
	{'\r', 0, N_("Enter start"), N_("start it"), ACT_NONE, K_GO},
	{'0', TUI_TO('3'), N_("0-3 answer"),
	 N_("not at all, several days, more than half the days, nearly every day"), ACT_NONE,
	 K_ANSWER},
	{KEY_LEFT, KEY_BACKSPACE, N_("← back"), N_("the question before"), ACT_NONE, K_BEFORE},
	{27, 0, N_("Esc skip"), N_("skip it: every questionnaire is optional"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (answers are kept only when a questionnaire is finished)"),
	 ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* A question's keys: the answers, and on a small terminal Down reads on
 * where the question is longer than its lines. */
static const struct tui_key item_keys[] = {
	{'0', TUI_TO('3'), N_("0-3 answer"),
	 N_("not at all, several days, more than half the days, nearly every day"), ACT_NONE,
	 K_ANSWER},
	{KEY_LEFT, KEY_BACKSPACE, N_("← back"), N_("the question before"), ACT_NONE, K_BEFORE},
	{KEY_DOWN, 'j', NULL, N_("the rest of a question longer than its lines"), ACT_NONE, K_DOWN},
	{KEY_UP, 'k', NULL, N_("back to the start of a long question"), ACT_NONE, K_UP},
	{27, 0, N_("Esc skip"), N_("skip it: every questionnaire is optional"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (answers are kept only when a questionnaire is finished)"),
	 ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* shown through _(); the scale's name before the colon */
static const char *const long_names[] = {
	N_("PHQ-2: two questions on mood"), N_("GAD-2: two questions on anxiety"),
	N_("PHQ-9: nine questions on mood"), N_("GAD-7: seven questions on anxiety")};

static struct questionnaire_result result;
static bool showing_result;
static int item_skip, item_shown = -1; /* a long question's lines scrolled past */
static int last_taken = -1;	       /* the chosen scale's last date, -1: never */

static bool is_early(const struct app *a)
{
	return last_taken >= 0 && last_taken != a->today &&
	       !scale_due(a->q_scale, last_taken, a->today, &a->x->cat.policy);
}

static void enter(struct app *a)
{
	if (!a->q_chosen) {
		showing_result = false;
		a->q_item = 0;
	}
}

static void count_line(void *ctx, int index, const char *line)
{
	(void)ctx;
	(void)index;
	(void)line;
}

/* Lines of the item screen's texts, the question first: the four answers
 * always show, and the stem and the note on an early answer only where
 * there is room for them too (a 40x12 terminal has room for the question). */
struct item_room {
	int note, intro, item;
	int y, gap; /* where the text starts, and a blank line before the answers (0, 1) */
};

static struct item_room item_room(const struct tui *t, int y, int w, const char *note,
				  const char *intro, const char *item)
{
	struct item_room r = {.y = y, .gap = 1};
	int n = text_wrap(item, w, w, TEXT_CUT_LONG, count_line, NULL);
	r.item = n;
	/* the four answers end above the rule, a blank line after the text */
	int avail = t->rows - 3 - 4 - y;
	if (r.item + 2 > avail) { /* small: the question from the line under the header */
		r.y = 2;
		r.gap = 0;
		avail = t->rows - 2 - 4 - r.y;
		/* the stem's first line keeps the time it asks about */
		r.intro = avail >= 3 ? 1 : 0;
		avail -= r.intro;
		/* more lines than that: the question scrolls (Down) */
		r.item = avail > 1 ? avail : 1;
		return r;
	}
	int left = avail - r.item;
	n = text_wrap(intro, w, w, TEXT_CUT_LONG, count_line, NULL);
	if (left >= (n < 2 ? n : 2) + 1) {
		r.intro = n < 2 ? n : 2;
		left -= r.intro + 1;
	}
	n = note ? text_wrap(note, w, w, TEXT_CUT_LONG, count_line, NULL) : 0;
	if (note && left >= (n < 3 ? n : 3) + 1)
		r.note = n < 3 ? n : 3;
	return r;
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	char line[300];
	if (!a->q_chosen) {
		app_header(a, _("A short questionnaire (optional)"));
		tui_wrap(t, 2, 1, t->cols - 2, 3, 0, ROLE_DIM,
			 _("These are published screening questions. A score says where you are on "
			   "the scale, not what is wrong: the coach never diagnoses."));
		for (int i = 0; i < SCALE_COUNT; i++) {
			int last = store_last_screen(a->st, scale_names[i], NULL);
			bool due = scale_due((enum scale)i, last, a->today, &a->x->cat.policy);
			snprintf(line, sizeof(line), "%s%s", _(long_names[i]),
				 last < 0 ? ""
				 : due	  ? _("  (due)")
					  : _("  (taken recently: you can take it again)"));
			app_select_line(a, 5 + i, a->sel == i);
			tui_text(t, 5 + i, 2, t->cols - 4,
				 a->sel == i ? ROLE_SELECTED : ROLE_NORMAL, line);
		}
		tui_rule(t, t->rows - 2);
		tui_keybar(t, menu_keys);
		return;
	}
	enum scale s = a->q_scale;
	if (showing_result) {
		static const int top[] = {6, 6, 27, 21};
		snprintf(line, sizeof(line), _("%s: %d of %d"), _(long_names[s]), result.score,
			 top[s]);
		app_header(a, line);
		int y = 3;
		snprintf(line, sizeof(line), _("On the published scale that is %s%s."),
			 _(result.band), s == SCALE_PHQ2 || s == SCALE_GAD2 ? _(" of 3") : "");
		tui_text(t, y, 2, t->cols - 4, ROLE_TITLE, line);
		y += 2;
		for (size_t i = 0; i < result.n_advice; i++)
			y += tui_wrap(t, y, 2, t->cols - 4, t->rows - 3 - y, 0, ROLE_NORMAL,
				      _(result.advice[i])) +
			     1;
		bool offer = (s == SCALE_PHQ2 || s == SCALE_GAD2) &&
			     result.score >= a->x->cat.policy.screens_short_positive;
		tui_text(t, t->rows - 3, 2, t->cols - 4, ROLE_DIM,
			 offer ? _("Enter: the longer questionnaire now (optional)   Esc: home")
			       : _("Enter: home"));
		tui_rule(t, t->rows - 2);
		return;
	}
	/* under 100 columns the scale's short name ("PHQ-9"): the count shows beside the date */
	char name[96];
	const char *ln = _(long_names[s]);
	snprintf(name, sizeof(name), "%.*s",
		 t->cols < 100 ? (int)strcspn(ln, ":") : (int)strlen(ln), ln);
	snprintf(line, sizeof(line), _("%s %s question %d of %d"), name, t->utf8 ? "·" : "-",
		 a->q_item + 1, scale_items(s));
	app_header(a, line);
	int y = 3, w = t->cols - 4;
	char note[300] = "";
	if (is_early(a))
		snprintf(
			note, sizeof(note),
			P_("You answered this %d day ago. It is meant for every %d days, since its "
			   "questions look back over that time; your answers are kept, marked "
			   "early.",
			   "You answered this %d days ago. It is meant for every %d days, since "
			   "its "
			   "questions look back over that time; your answers are kept, marked "
			   "early.",
			   a->today - last_taken),
			a->today - last_taken,
			s == SCALE_PHQ2 || s == SCALE_GAD2
				? (int)a->x->cat.policy.screens_short_every_days
				: (int)a->x->cat.policy.screens_full_every_days);
	const char *item = scale_item(s, a->q_item);
	struct item_room r = item_room(t, y, w, note[0] ? note : NULL, scale_intro(s), item);
	y = r.y;
	if (r.note) {
		tui_wrap(t, y, 2, w, r.note, 0, ROLE_DIM, note);
		y += r.note + 1;
	}
	if (r.intro) {
		tui_wrap(t, y, 2, w, r.intro, 0, ROLE_DIM, scale_intro(s));
		y += r.intro + r.gap;
	}
	/* every word of the question: where it needs more lines than there
	 * are, it scrolls, with "more: Down" where it goes on */
	int now = a->q_item | (int)a->q_scale << 8;
	if (item_shown != now)
		item_skip = 0;
	item_shown = now;
	struct tui_block b = {ROLE_TITLE, item};
	tui_blocks(t, y, y + r.item - 1, 2, w, &b, 1, &item_skip);
	y += r.item + r.gap;
	for (int k = 0; k < 4; k++) {
		snprintf(line, sizeof(line), "%d  %s", k, _(scale_answers[k]));
		tui_text(t, y + k, 4, t->cols - 6, ROLE_NORMAL, line);
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, item_keys);
}

static const struct tui_key *keys_now(const struct app *a)
{
	return a->q_chosen && !showing_result ? item_keys : menu_keys;
}

static enum screen_id finish(struct app *a)
{
	enum scale s = a->q_scale;
	questionnaire_score(s, a->q_answers, &a->x->cat.policy, &result);
	char answers[32] = "";
	for (int i = 0; i < scale_items(s); i++)
		snprintf(answers + strlen(answers), sizeof(answers) - strlen(answers), "%s%d",
			 i ? "," : "", a->q_answers[i]);
	if (!(store_begin(a->st) && store_remove_screens(a->st, scale_names[s], a->today) &&
	      store_add_screen(a->st, a->today, scale_names[s], answers, result.score, result.band,
			       result.crisis, is_early(a)) &&
	      store_commit(a->st))) {
		store_rollback(a->st);
		app_message(a, _("could not save the answers: %s"), store_error(a->st));
	}
	showing_result = true;
	if (result.crisis) {
		a->after_crisis = SCR_QUESTIONS;
		return SCR_CRISIS;
	}
	return SCR_SAME;
}

static enum screen_id key(struct app *a, int ch)
{
	const struct tui_key *k = tui_key_find(keys_now(a), ch);
	int code = k ? k->code : 0;
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	if (!a->q_chosen) {
		if (code == K_UP)
			a->sel = a->sel > 0 ? a->sel - 1 : 0;
		else if (code == K_DOWN)
			a->sel = a->sel < SCALE_COUNT - 1 ? a->sel + 1 : a->sel;
		else if (code == K_BACK)
			return SCR_HOME;
		else if (code == K_GO) {
			/* any questionnaire at any time: the interval only decides when
			 * the coach offers one */
			last_taken = store_last_screen(a->st, scale_names[a->sel], NULL);
			a->q_scale = (enum scale)a->sel;
			a->q_chosen = true;
			a->q_item = 0;
			showing_result = false;
		}
		return SCR_SAME;
	}
	if (showing_result) {
		bool offer = (a->q_scale == SCALE_PHQ2 || a->q_scale == SCALE_GAD2) &&
			     result.score >= a->x->cat.policy.screens_short_positive;
		if (offer && code == K_GO) {
			/* the full scale the short one points to */
			a->q_scale = a->q_scale == SCALE_PHQ2 ? SCALE_PHQ9 : SCALE_GAD7;
			last_taken = store_last_screen(a->st, scale_names[a->q_scale], NULL);
			a->q_item = 0;
			showing_result = false;
			return SCR_SAME;
		}
		if (code == K_GO || code == K_BACK) {
			a->q_chosen = false;
			return SCR_HOME;
		}
		return SCR_SAME;
	}
	if (code == K_BACK) {
		a->q_chosen = false;
		return SCR_HOME;
	}
	if (code == K_DOWN || code == K_UP) {
		item_skip += code == K_DOWN ? 1 : -1; /* kept in range where it is drawn */
		return SCR_SAME;
	}
	if (code == K_BEFORE && a->q_item > 0) {
		a->q_item--;
		return SCR_SAME;
	}
	if (code == K_ANSWER) {
		a->q_answers[a->q_item] = ch - '0';
		/* question 9: the crisis contacts come before anything else */
		if (a->q_scale == SCALE_PHQ9 && a->q_item == 8 && ch > '0')
			return finish(a);
		if (++a->q_item >= scale_items(a->q_scale))
			return finish(a);
	}
	return SCR_SAME;
}

const struct screen_ops SCR_QUESTIONS_ops = {
	N_("Keys: questionnaires"), menu_keys, enter, draw, key, false, keys_now};
