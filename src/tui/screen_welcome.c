/* screen_welcome.c - the first run: what the coach is and is not, the
 * PAR-Q+ questions, the profile, and a first program chosen from
 * recommend's ranking with a preview of week 1. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "coach/recommend.h"
#include "coach/yemit.h"

static const struct tui_key welcome_keys[] = {
	{'\r', 0, N_("Enter begin"), N_("begin setting up"), ACT_NONE, 1},
	{KEY_DOWN, KEY_NPAGE, NULL, N_("more of the text, when it does not fit"), ACT_NONE, 2},
	{KEY_UP, KEY_PPAGE, NULL, N_("back up the text"), ACT_NONE, 3},
	{'q', 0, N_("q quit"), N_("quit"), ACT_QUIT, 0},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static const char *const welcome_text =
	N_("coach guides strength training at home, at your own pace. Trials found that "
	   "twice-weekly strength training eased anxiety and low mood (Gordon et al. 2017, 2018, "
	   "2020), and the programs here follow them.\n\n"
	   "Each day it asks how you are and fits the session to it: on a low day you do less, and "
	   "a low day is a hold, never a failure. It cues your breathing, and keeps everything on "
	   "this computer.\n\n"
	   "It is not a diagnosis, a treatment, or a substitute for care. If you are struggling, "
	   "please talk to a doctor or someone you trust.\n\n"
	   "First, seven health questions (the PAR-Q+) and one about blood pressure, then a few "
	   "about you and what you have to train with. About two minutes.");

static void welcome_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Welcome to coach"));
	const char *text = _(welcome_text);
	/* what does not fit scrolls, and says so */
	int w = t->cols - 4 > 76 ? 76 : t->cols - 4, h = t->rows - 6;
	int need = tui_wrap(t, 3, 2, w, 0, 0, ROLE_NORMAL, text);
	if (a->scroll > need - h)
		a->scroll = need - h > 0 ? need - h : 0;
	bool more = need > h + a->scroll;
	tui_wrap(t, 3, 2, w, more ? h - 1 : h, a->scroll, ROLE_NORMAL, text);
	if (more)
		tui_text(t, 3 + h - 1, 2, w, ROLE_DIM,
			 t->utf8 ? _("── more: Down ──") : _("-- more: Down --"));
	tui_rule(t, t->rows - 2);
	tui_keybar(t, welcome_keys);
}

static enum screen_id welcome_key(struct app *a, int ch)
{
	const struct tui_key *k = tui_key_find(welcome_keys, ch);
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	if (k && k->code == 2)
		a->scroll += 2; /* the draw keeps it in range */
	if (k && k->code == 3 && a->scroll > 0)
		a->scroll = a->scroll > 2 ? a->scroll - 2 : 0;
	return k && k->code == 1 ? SCR_PARQ : SCR_SAME;
}

const struct screen_ops SCR_WELCOME_ops = {N_("Keys: welcome"), welcome_keys, NULL, welcome_draw,
					   welcome_key,		false,	      NULL};

/* --- PAR-Q+ --------------------------------------------------------------------- */

/* the PAR-Q+ (questionnaire.h), then one question of the coach's own */
enum { N_HEALTH = PARQ_ITEMS + 1 };
static const char *const hypertension_question =
	N_("And one for the coach: do you have high blood pressure (hypertension)?");

static const struct tui_key parq_keys[] = {
	{'y', 0, N_("y yes"), N_("yes"), ACT_NONE, 1},
	{'n', 0, N_("n no"), N_("no"), ACT_NONE, 2},
	{KEY_BACKSPACE, KEY_LEFT, N_("← back"), N_("the question before"), ACT_NONE, 3},
	{27, 0, NULL, N_("back to the welcome"), ACT_NONE, 4},
	{KEY_DOWN, KEY_NPAGE, NULL, N_("more of the text, when it does not fit"), ACT_NONE, 5},
	{KEY_UP, KEY_PPAGE, NULL, N_("back up the text"), ACT_NONE, 6},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit (the answers are kept for the next start)"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static bool hypertension_answer;

static void parq_draw(struct app *a)
{
	struct tui *t = &a->t;
	int n = N_HEALTH;
	char title[96];
	snprintf(title, sizeof(title), _("Health questions %s %d of %d"), t->utf8 ? "·" : "-",
		 a->field + 1, n);
	app_header(a, title);
	/* what does not fit scrolls (Down), the question first */
	bool parq = a->field < PARQ_ITEMS, small = t->rows < 16;
	const char *source =
		_("From the PAR-Q+ (Physical Activity Readiness Questionnaire for Everyone).");
	/* the blood-pressure question's own note: what a yes does (the policy's
	 * hypertension limits) and how to change the answer later */
	const struct policy *pol = &a->x->cat.policy;
	char bp_note[400];
	snprintf(bp_note, sizeof(bp_note),
		 _("A yes keeps every set at least %d reps short of failure, with %d or more "
		   "reps and loads under %d%% of your estimated maximum, breathing out on every "
		   "effort. To change the answer later: 'coach profile set health.hypertension "
		   "true' (or false)."),
		 (int)pol->hypertension_rir_min, (int)pol->hypertension_min_reps,
		 (int)pol->hypertension_max_pct_e1rm);
	const struct tui_block b[] = {
		{ROLE_DIM, parq && !small ? source : NULL},
		{ROLE_TITLE, _(parq ? parq_questions[a->field] : hypertension_question)},
		{ROLE_NORMAL, parq && parq_notes[a->field] ? _(parq_notes[a->field]) : NULL},
		/* TRANSLATORS: y and n are the keys: keep them */
		{ROLE_NORMAL, _("  y  yes      n  no")},
		{ROLE_DIM, parq && small ? source : NULL},
		{ROLE_DIM, parq ? _("Any yes keeps every set light until a doctor or qualified "
				    "exercise professional clears you; then 'coach profile set "
				    "health.parq_cleared true' records it.")
				: bp_note},
	};
	tui_blocks(t, 3, t->rows - 3, 2, t->cols - 4, b, sizeof(b) / sizeof(b[0]), &a->scroll);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, parq_keys);
}

static enum screen_id parq_key(struct app *a, int ch)
{
	int n = N_HEALTH;
	const struct tui_key *k = tui_key_find(parq_keys, ch);
	int code = k ? k->code : 0;
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	if (code == 5 || code == 6) {
		a->scroll += code == 5 ? 2 : -2; /* the draw keeps it in range */
		return SCR_SAME;
	}
	a->scroll = 0; /* a new question starts at its top */
	if (code == 3 && a->field > 0) {
		a->field--;
		return SCR_SAME;
	}
	if (code == 4)
		return SCR_WELCOME;
	if (code != 1 && code != 2)
		return SCR_SAME;
	ch = code == 1 ? 'y' : 'n';
	if (a->field < PARQ_ITEMS)
		a->parq[a->field] = ch == 'y';
	else
		hypertension_answer = ch == 'y';
	if (++a->field < n)
		return SCR_SAME;
	return SCR_SETUP;
}

static char *draft_path(const struct app *a)
{
	return xasprintf("%s/first-run", a->x->paths.state_dir);
}

void welcome_save_draft(struct app *a)
{
	int answered = a->screen == SCR_SETUP ? N_HEALTH : a->field;
	if (answered <= 0)
		return;
	char text[64], *err = NULL;
	int n = snprintf(text, sizeof(text), "coach_first_run 1\nanswered %d\nparq ", answered);
	for (int i = 0; i < PARQ_ITEMS; i++)
		text[n++] = a->parq[i] ? 'y' : 'n';
	n += snprintf(text + n, sizeof(text) - (size_t)n, "\nhypertension %c\n",
		      hypertension_answer ? 'y' : 'n');
	char *path = draft_path(a);
	if (!mkdir_private(a->x->paths.state_dir, &err) ||
	    !write_file_atomic(path, text, (size_t)n, &err))
		fprintf(stderr, _("coach: could not keep your answers: %s\n"), err);
	free(err);
	free(path);
}

enum screen_id welcome_load_draft(struct app *a)
{
	char *path = draft_path(a);
	FILE *fp = fopen(path, "r");
	free(path);
	if (!fp)
		return SCR_SAME;
	int answered = 0;
	char parq[16] = "", hyp = 'n';
	bool ok = fscanf(fp, "coach_first_run 1 answered %d parq %15s hypertension %c", &answered,
			 parq, &hyp) == 3 &&
		  answered > 0 && answered <= N_HEALTH && strlen(parq) == PARQ_ITEMS;
	fclose(fp);
	if (!ok)
		return SCR_SAME;
	for (int i = 0; i < PARQ_ITEMS; i++)
		a->parq[i] = parq[i] == 'y';
	hypertension_answer = hyp == 'y';
	a->field = answered < N_HEALTH ? answered : 0;
	return answered < N_HEALTH ? SCR_PARQ : SCR_SETUP;
}

const struct screen_ops SCR_PARQ_ops = {
	N_("Keys: health questions"), parq_keys, NULL, parq_draw, parq_key, false, NULL};

/* --- the profile ------------------------------------------------------------------ */

enum {
	F_UNITS,
	F_LEVEL,
	F_DAYS,
	F_MINUTES,
	F_DUMBBELLS,
	F_KETTLEBELLS,
	F_BANDS,
	F_BARBELL,
	F_DISLIKES,
	F_BENCH,
	F_PULLUP,
	F_COUNTRY,
	F_AGE,
	F_COUNT
};

enum { S_UP = 1, S_DOWN, S_CHANGE, S_SAVE, S_BACK, S_TOGGLE, S_DAY };

static const struct tui_key setup_keys[] = {
	{KEY_UP, 'k', N_("↑↓ move"), N_("the line above (k too, except in a text field)"), ACT_NONE,
	 S_UP},
	{KEY_DOWN, 'j', NULL, N_("the line below (j too, except in a text field)"), ACT_NONE,
	 S_DOWN},
	{'\t', 0, NULL, N_("the line below"), ACT_NONE, S_DOWN},
	{KEY_LEFT, KEY_RIGHT, N_("←→ change"), N_("change the choice; on Days, choose a day"),
	 ACT_NONE, S_CHANGE},
	{' ', 0, NULL, N_("switch it: yes and no, or on Days the day chosen"), ACT_NONE, S_TOGGLE},
	{'1', TUI_TO('7'), NULL, N_("on Days: switch Monday (1) to Sunday (7) on and off"),
	 ACT_NONE, S_DAY},
	{KEY_BACKSPACE, 0, NULL, N_("in a text field: take the last letter off"), ACT_NONE, 0},
	{'\r', 0, N_("Enter save"), N_("save and see the programs that fit"), ACT_NONE, S_SAVE},
	{27, 0, N_("Esc back"), N_("back to the health questions"), ACT_NONE, S_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"),
	 N_("quit, but not in a text field (there q is a letter); the health answers are kept"),
	 ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* the day the arrows are on, on the Days line */
static int day_cursor;

static struct profile draft;
static bool draft_ready;

static void setup_enter(struct app *a)
{
	if (!draft_ready) {
		profile_defaults(&draft);
		draft_ready = true;
		a->field = 0;
	}
}

/* shown through _() */
static const char *const field_names[F_COUNT] = {N_("Units"),
						 N_("Level"),
						 N_("Days you can train"),
						 N_("Minutes a session"),
						 N_("Dumbbells you have"),
						 N_("Kettlebells"),
						 N_("Resistance bands"),
						 N_("Barbell (bar: plates)"),
						 N_("Leave out"),
						 N_("Bench"),
						 N_("Pull-up bar"),
						 N_("Country (who to call)"),
						 N_("Age (if you like)")};

/* The profile's level words (the file's, level_names) as shown. */
static const char *level_shown(enum level l)
{
	static const char *const words[] = {N_("beginner"), N_("intermediate"), N_("advanced")};
	return (size_t)l < sizeof(words) / sizeof(words[0]) ? _(words[l]) : "?";
}

/* the crisis contacts' regions, for the country line; -1: not set */
static int country_sel = -1;

static const struct crisis *regions_of(const struct app *a)
{
	return &a->x->cat.crisis;
}

static const char *setup_hint(int field);

static void setup_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("About you and your equipment"));
	char line[200];
	const char *hint = setup_hint(a->field);
	/* the hint on up to two lines above the rule, the fields above it,
	 * scrolled to the one being changed; narrow, the names take less */
	int hint_h = tui_wrap(t, 0, 2, t->cols - 4, 0, 0, ROLE_DIM, hint);
	hint_h = hint_h > 2 ? 2 : hint_h < 1 ? 1 : hint_h;
	int rows = t->rows - 5 - hint_h, top = 0;
	bool more = false;
	if (rows < F_COUNT) {
		rows--; /* a line says there is more */
		top = tui_list_top(a->field, F_COUNT, rows);
		more = top + rows < F_COUNT;
	}
	int lw = t->cols < 60 ? 18 : 24, vx = lw + 3;
	for (int f = top; f < F_COUNT && f < top + rows; f++) {
		int y = 3 + f - top;
		app_select_line(a, y, a->field == f);
		enum tui_role role = a->field == f ? ROLE_SELECTED : ROLE_NORMAL;
		tui_text(t, y, 2, lw, role, _(field_names[f]));
		switch (f) {
		case F_UNITS:
			snprintf(line, sizeof(line), "< %s >", units_names[draft.units]);
			break;
		case F_LEVEL:
			snprintf(line, sizeof(line), "< %s >%s", level_shown(draft.level),
				 draft.level == LEVEL_BEGINNER
					 ? _("  new, or back after a long break")
					 : "");
			break;
		case F_DAYS:
			line[0] = '\0';
			/* the days that fit, from one that shows the day the arrows are on */
			int fit = (t->cols - vx - 2) / 6, first = 0;
			if (fit < 7 && a->field == F_DAYS && day_cursor >= fit)
				first = day_cursor - fit + 1;
			if (first > 0)
				snprintf(line, sizeof(line), "%s", t->utf8 ? "…" : "<");
			for (int d = first; d < 7; d++) {
				bool on = draft.weekdays & (1u << d);
				bool here = a->field == F_DAYS && d == day_cursor;
				snprintf(line + strlen(line), sizeof(line) - strlen(line),
					 "%s%s%s%s", here ? ">" : " ", on ? "[" : " ",
					 weekday_abbr(d), on ? "]" : " ");
			}
			break;
		case F_MINUTES:
			snprintf(line, sizeof(line), "< %d >", draft.minutes);
			break;
		case F_BENCH:
			snprintf(line, sizeof(line), "< %s >", draft.bench ? _("yes") : _("no"));
			break;
		case F_PULLUP:
			snprintf(line, sizeof(line), "< %s >",
				 draft.pullup_bar ? _("yes") : _("no"));
			break;
		case F_COUNTRY:
			snprintf(line, sizeof(line), "< %s >",
				 country_sel < 0 ? _("not set: every country's numbers")
						 : regions_of(a)->regions[country_sel].name);
			break;
		case F_AGE:
			if (draft.age)
				snprintf(line, sizeof(line), "%d%s", draft.age,
					 a->field == f ? "_" : "");
			else
				snprintf(line, sizeof(line), "%s",
					 a->field == f ? "_" : _("not given"));
			break;
		default:
			snprintf(line, sizeof(line), "%s%s", a->edit[f - F_DUMBBELLS],
				 a->field == f ? "_" : "");
			if (!a->edit[f - F_DUMBBELLS][0] && a->field != f)
				snprintf(line, sizeof(line), "%s",
					 f == F_BANDS	   ? _("none (e.g. yellow,red,green)")
					 : f == F_BARBELL  ? _("none (e.g. 20: 1.25,2.5,5,10,10)")
					 : f == F_DISLIKES ? _("nothing (e.g. burpee,crunch)")
							   : _("none (e.g. 4,6,8,10)"));
			break;
		}
		/* a value as it is typed and kept in the file: "1.25,2.5" is two
		   dumbbells, never "1,25,2,5" */
		t->as_typed = true;
		tui_text(t, y, vx, t->cols - vx - 1, role, line);
		t->as_typed = false;
	}
	if (more)
		tui_more(t, 3 + rows, 2);
	tui_wrap(t, t->rows - 2 - hint_h, 2, t->cols - 4, hint_h, 0, ROLE_DIM, hint);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, setup_keys);
	/* in a text field, h is a letter: F1 still shows who to call */
	a->typing = a->field >= F_DUMBBELLS && a->field <= F_DISLIKES;
}

/* What the line being changed takes. */
static const char *setup_hint(int field)
{
	const char *hint = N_("Left and right change the choice.");
	switch (field) {
	case F_DAYS:
		hint = N_("Left and right choose a day, Space switches it; or keys 1-7.");
		break;
	case F_DISLIKES:
		hint = N_("Exercises you would rather not do, by id; the coach swaps in others.");
		break;
	case F_BANDS:
		hint = N_("Type the band colours you own, light to heavy, separated by commas.");
		break;
	case F_BARBELL:
		hint = N_("The bar's weight, a colon, then your plates (one pair each).");
		break;
	case F_DUMBBELLS:
	case F_KETTLEBELLS:
		hint = N_(
			"Type the loads you own, separated by commas; bodyweight is always there.");
		break;
	case F_COUNTRY:
		hint = N_("Whose helplines h shows (who to call, on every screen).");
		break;
	case F_AGE:
		hint = N_("Type it, or leave it: from 65 the coach uses older-adult doses.");
		break;
	default:
		break;
	}
	return _(hint);
}

/* Apply the text fields; false (with a message) when one is wrong. */
static bool apply_text(struct app *a)
{
	static const char *const keys[] = {"equipment.dumbbells", "equipment.kettlebells",
					   "equipment.bands"};
	struct diags d = {0};
	bool ok = true;
	for (int i = 0; i < 3 && ok; i++)
		ok = profile_set(&draft, keys[i], a->edit[i], _(field_names[F_DUMBBELLS + i]), &d);
	if (ok) {
		char *bar = a->edit[3];
		if (!bar[0]) {
			ok = profile_set(&draft, "equipment.barbell", "none", _("Barbell"), &d);
		} else {
			char *colon = strchr(bar, ':');
			char b[64];
			snprintf(b, sizeof(b), "%.*s",
				 colon ? (int)(colon - bar) : (int)strlen(bar), bar);
			ok = profile_set(&draft, "equipment.barbell.bar", b, _("Barbell"), &d);
			if (ok && colon)
				ok = profile_set(&draft, "equipment.barbell.plates", colon + 1,
						 _("Barbell"), &d);
		}
	}
	if (ok)
		ok = profile_set(&draft, "dislikes", a->edit[F_DISLIKES - F_DUMBBELLS],
				 _("Leave out"), &d);
	for (size_t i = 0; ok && i < draft.n_dislikes; i++)
		if (!catalog_exercise(&a->x->cat, draft.dislikes[i])) {
			const char *near = catalog_suggest_exercise(&a->x->cat, draft.dislikes[i]);
			if (near)
				app_message(a,
					    _("Leave out: there is no exercise '%s' (did you mean "
					      "'%s'?)"),
					    draft.dislikes[i], near);
			else
				app_message(a, _("Leave out: there is no exercise '%s'"),
					    draft.dislikes[i]);
			diags_free(&d);
			return false;
		}
	if (!ok && d.len) {
		app_message(a, "%s: %s", d.v[0].path, d.v[0].msg);
		a->message_typed = true; /* "from 0.25": as it is typed */
	}
	diags_free(&d);
	return ok;
}

static enum screen_id setup_key(struct app *a, int ch)
{
	int f = a->field;
	bool text = f >= F_DUMBBELLS && f <= F_DISLIKES;
	if (f == F_AGE &&
	    ((ch >= '0' && ch <= '9') || ch == KEY_BACKSPACE || ch == 127 || ch == 8)) {
		/* the age is typed, digit by digit; Backspace takes the last one off */
		if (ch >= '0' && ch <= '9')
			draft.age = draft.age * 10 + (ch - '0') > 120 ? ch - '0'
								      : draft.age * 10 + (ch - '0');
		else
			draft.age /= 10;
		return SCR_SAME;
	}
	/* in a text field a letter, a digit or a space is typed */
	const struct tui_key *k =
		text && ch >= 32 && ch < 127 ? NULL : tui_key_find(setup_keys, ch);
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	int code = k ? k->code : 0;
	if (code == S_UP) {
		a->field = f > 0 ? f - 1 : F_COUNT - 1;
		return SCR_SAME;
	}
	if (code == S_DOWN) {
		a->field = (f + 1) % F_COUNT;
		return SCR_SAME;
	}
	if (code == S_BACK)
		return SCR_PARQ;
	if (code == S_SAVE) {
		if (!draft.weekdays) {
			app_message(a,
				    _("Choose at least one day you can train (keys 1-7 on Days)."));
			return SCR_SAME;
		}
		if (!apply_text(a))
			return SCR_SAME;
		if (draft.age && draft.age < 13) {
			app_message(a,
				    _("Age: %d is too young for this coach (13 to 120, or none)."),
				    draft.age);
			return SCR_SAME;
		}
		bool cleared = true;
		for (int i = 0; i < 7; i++)
			cleared &= !a->parq[i];
		draft.parq_cleared = cleared;
		draft.hypertension = hypertension_answer;
		if (country_sel >= 0) {
			struct diags d = {0};
			profile_set(&draft, "country", regions_of(a)->regions[country_sel].id,
				    _("Country"), &d);
			diags_free(&d);
		}
		char *err = NULL;
		if (!profile_save(&draft, a->x->paths.profile, &err)) {
			app_message(a, _("could not save your profile: %s"), err);
			free(err);
			return SCR_SAME;
		}
		profile_free(&draft);
		draft_ready = false;
		/* the answers are in the profile now */
		char *path = draft_path(a);
		unlink(path);
		free(path);
		app_reload_profile(a);
		return SCR_CHOOSE;
	}
	int dir = code != S_CHANGE ? 0 : ch == KEY_RIGHT ? 1 : -1;
	switch (f) {
	case F_UNITS:
		if (dir)
			draft.units = draft.units == UNITS_KG ? UNITS_LB : UNITS_KG;
		break;
	case F_LEVEL:
		if (dir)
			draft.level = (enum level)((draft.level + LEVEL_COUNT + dir) % LEVEL_COUNT);
		break;
	case F_DAYS:
		if (code == S_DAY)
			draft.weekdays ^= 1u << (ch - '1');
		else if (code == S_TOGGLE)
			draft.weekdays ^= 1u << day_cursor;
		else if (dir)
			day_cursor = (day_cursor + 7 + dir) % 7;
		break;
	case F_MINUTES:
		if (dir)
			draft.minutes = draft.minutes + 5 * dir < 10	? 10
					: draft.minutes + 5 * dir > 180 ? 180
									: draft.minutes + 5 * dir;
		break;
	case F_BENCH:
		if (dir || code == S_TOGGLE)
			draft.bench = !draft.bench;
		break;
	case F_PULLUP:
		if (dir || code == S_TOGGLE)
			draft.pullup_bar = !draft.pullup_bar;
		break;
	case F_COUNTRY: {
		int n = (int)regions_of(a)->n_regions;
		if (dir && n)
			country_sel = (country_sel + 1 + dir + n + 1) % (n + 1) - 1;
		break;
	}
	default: {
		char *e = a->edit[f - F_DUMBBELLS];
		size_t n = strlen(e);
		if ((ch == KEY_BACKSPACE || ch == 127 || ch == 8) && n)
			e[n - 1] = '\0';
		else if (ch >= 32 && ch < 127 && n + 1 < sizeof(a->edit[0]))
			e[n] = (char)ch, e[n + 1] = '\0';
		break;
	}
	}
	return SCR_SAME;
}

const struct screen_ops SCR_SETUP_ops = {
	N_("Keys: your profile"), setup_keys, setup_enter, setup_draw, setup_key, false, NULL};

/* --- choosing a first program ---------------------------------------------------------- */

enum { C_UP = 1, C_DOWN, C_TAKE, C_BROWSE, C_BACK, C_SWITCH };

static const struct tui_key choose_keys[] = {
	{KEY_UP, 'k', N_("↑↓ choose"), N_("the program above"), ACT_NONE, C_UP},
	{KEY_DOWN, 'j', NULL, N_("the program below"), ACT_NONE, C_DOWN},
	{'\r', 0, N_("Enter start this one"),
	 N_("make it yours, starting today (when you have a program already, the coach asks "
	    "first)"),
	 ACT_NONE, C_TAKE},
	{'b', 0, N_("b all programs"), N_("browse every program"), ACT_NONE, C_BROWSE},
	{27, 0, N_("Esc back"), N_("back home, keeping your program"), ACT_NONE, C_BACK},
	{'q', 0, N_("q quit"), N_("quit"), ACT_QUIT, 0},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* The programs that fit, best first; the one being followed is always
 * there (first when it would not be among those shown). */
static void ranked(struct app *a, struct rec_item **v, size_t *n)
{
	struct rec_query q = {.level = a->prof.level,
			      .minutes = a->prof.minutes,
			      .equipment = profile_equipment(&a->prof),
			      .parq_cleared = a->prof.parq_cleared,
			      .hypertension = a->prof.hypertension,
			      .age = a->prof.age};
	for (int i = 0; i < WD_COUNT; i++)
		q.days += (int)((a->prof.weekdays >> i) & 1u);
	q.goals[q.n_goals++] = "mood";
	q.goals[q.n_goals++] = "anxiety";
	recommend(&a->x->cat, &q, v, n);
	size_t k = 0;
	while (k < *n && !(*v)[k].excluded)
		k++;
	size_t all = *n;
	*n = k;
	if (!a->prog)
		return;
	for (size_t i = 0; i < all; i++) {
		if ((*v)[i].p != a->prog)
			continue;
		if (i < 5 && i < k)
			return;
		/* move it to the front, the rest down one */
		struct rec_item cur = (*v)[i];
		memmove(*v + 1, *v, i * sizeof(**v));
		(*v)[0] = cur;
		if (i >= k)
			(*n)++;
		return;
	}
}

/* The week of the program being followed, as the header says it. */
static int program_week(const struct app *a)
{
	return a->rx.week > 0 ? a->rx.week : schedule_week(&a->prof, a->today);
}

/* The chooser opens on the program being followed. */
static void choose_enter(struct app *a)
{
	struct rec_item *v;
	size_t n;
	ranked(a, &v, &n);
	for (size_t i = 0; i < n && i < 5; i++)
		if (v[i].p == a->prog)
			a->sel = (int)i;
	free(v);
}

static void choose_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Programs that fit you"));
	struct rec_item *v;
	size_t n;
	ranked(a, &v, &n);
	if (!a->prof.parq_cleared)
		tui_text(t, 2, 1, t->cols - 2, ROLE_WARN,
			 _("A health answer was yes: gentle programs first, and every set stays "
			   "light."));
	int list_h = n < 5 ? (int)n : 5;
	for (int i = 0; i < list_h; i++) {
		app_select_line(a, 3 + i, i == a->sel);
		char line[200], mark[80] = "";
		snprintf(line, sizeof(line), " %d. %s", i + 1, v[i].p->name);
		/* the program being followed stays marked at any width: its name
		 * is cut before the mark is */
		if (v[i].p == a->prog)
			snprintf(mark, sizeof(mark), _("  (yours, week %d)"), program_week(a));
		tui_text_tail(t, 3 + i, 0, t->cols, i == a->sel ? ROLE_SELECTED : ROLE_NORMAL, line,
			      mark);
	}
	int y = 4 + list_h;
	if (n) {
		const struct rec_item *r = &v[a->sel < (int)n ? a->sel : 0];
		for (size_t k = 0; k < r->n_reasons && y < t->rows - 4; k++) {
			char line[200];
			snprintf(line, sizeof(line), "%s %s", t->utf8 ? "•" : "*", r->reasons[k]);
			tui_text(t, y++, 2, t->cols - 3, ROLE_DIM, line);
		}
		/* week 1 as written */
		const struct program *p = r->p;
		for (size_t d = 0; d < p->n_days && y < t->rows - 3; d++) {
			char line[200];
			snprintf(line, sizeof(line), _("Week 1, day %s:"), p->days[d].name);
			tui_text(t, ++y, 2, t->cols - 3, ROLE_TITLE, line);
			y++;
			for (size_t k = 0; k < p->days[d].n_slots && y < t->rows - 3; k++, y++) {
				const struct slot *s = &p->days[d].slots[k];
				struct slot_params sp = program_slot_week(p, s, 1);
				char reps[24];
				reps_text(sp.reps_min, sp.reps_max, reps, sizeof(reps));
				snprintf(line, sizeof(line), "  %s: %d x %s%s",
					 catalog_slot_name(&a->x->cat, s), sp.sets, reps,
					 catalog_slot_seconds(&a->x->cat, s) ? " s" : "");
				tui_text(t, y, 2, t->cols - 3, ROLE_NORMAL, line);
			}
		}
	} else {
		tui_text(t, 4, 2, t->cols - 4, ROLE_NORMAL,
			 _("No program fits this equipment; every program can be browsed with b."));
	}
	free(v);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, choose_keys);
}

static enum screen_id take(struct app *a, const struct program *p)
{
	char *err = NULL;
	if (!ctx_switch_program(a->x, &a->prof, p->id, a->today, &err)) {
		app_message(a, _("could not save the profile: %s"), err);
		free(err);
		return SCR_SAME;
	}
	app_reload_profile(a);
	app_prescribe(a);
	return SCR_HOME;
}

static enum screen_id choose_key(struct app *a, int ch)
{
	struct rec_item *v;
	size_t n;
	ranked(a, &v, &n);
	int shown = n < 5 ? (int)n : 5;
	const struct program *sel = shown ? v[a->sel < shown ? a->sel : 0].p : NULL;
	free(v);
	int yes;
	if (app_answer(a, ch, &yes))
		return yes == C_SWITCH && sel ? take(a, sel) : SCR_SAME;
	const struct tui_key *k = tui_key_find(choose_keys, ch);
	switch (k ? k->code : -1) {
	case C_UP:
		a->sel = a->sel > 0 ? a->sel - 1 : 0;
		return SCR_SAME;
	case C_DOWN:
		a->sel = a->sel + 1 < shown ? a->sel + 1 : a->sel;
		return SCR_SAME;
	case C_BROWSE:
		return SCR_BROWSE;
	case C_BACK:
		return a->prog ? SCR_HOME : SCR_SAME;
	case C_TAKE:
		if (!sel)
			return SCR_SAME;
		if (!a->prog)
			return take(a, sel);
		if (sel == a->prog) {
			app_message(a, _("%s is your program already: Esc goes back to it."),
				    sel->name);
			return SCR_SAME;
		}
		/* the place in the program goes: ask once, naming it */
		app_ask(a, 'y', C_SWITCH,
			_("Replace %s (week %d) with %s, starting today at week 1? y replaces "
			  "it; any other key keeps it."),
			a->prog->name, program_week(a), sel->name);
		return SCR_SAME;
	case 0:
		return k->action == ACT_QUIT ? SCR_QUIT : SCR_SAME;
	default:
		return SCR_SAME;
	}
}

const struct screen_ops SCR_CHOOSE_ops = {N_("Keys: choosing a program"),
					  choose_keys,
					  choose_enter,
					  choose_draw,
					  choose_key,
					  false,
					  NULL};
