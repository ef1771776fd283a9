/* screen_day.c - a past day opened from the week (Enter): its sets, each
 * one changed (reps, load, reps in reserve) or deleted (asked first), and a
 * short note on a set or on the session.  The core makes each change in one
 * transaction and replays the progression (workout_change_set,
 * workout_note); this screen only shows and asks. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "coach/catalog.h"
#include "coach/clock.h"
#include "coach/workout.h"

enum { K_UP = 1, K_DOWN, K_CHANGE, K_DELETE, K_NOTE, K_SESSION_NOTE, K_BACK };
enum { E_NEXT = 1, E_KEEP, E_CANCEL, E_BACK };
enum { DAY_MAX_ROWS = 200, FIELD_LEN = 16 };

static const struct tui_key keys[] = {
	{KEY_UP, 'k', N_("↑↓ set"), N_("the set above"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("the set below"), ACT_NONE, K_DOWN},
	{'\r', 'e', N_("Enter change"), N_("change the chosen set's reps, load or reps in reserve"),
	 ACT_NONE, K_CHANGE},
	{'d', 0, N_("d delete"), N_("delete the chosen set (asked first)"), ACT_NONE, K_DELETE},
	{'n', 0, N_("n note"), N_("a short note on the chosen set"), ACT_NONE, K_NOTE},
	{'s', 0, N_("s session note"), N_("a short note on the chosen set's session"), ACT_NONE,
	 K_SESSION_NOTE},
	{27, 0, N_("Esc week"), N_("back to the week"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* While a set is changed: its three fields. */
static const struct tui_key edit_keys[] = {
	{'\t', KEY_RIGHT, N_("Tab next"), N_("the next field: reps, load, reps in reserve"),
	 ACT_NONE, E_NEXT},
	{'\r', 0, N_("Enter keep"),
	 N_("keep the change; progression is worked out again from the log"), ACT_NONE, E_KEEP},
	{27, 0, N_("Esc leave it"), N_("leave the set as it was"), ACT_NONE, E_CANCEL},
	{KEY_BACKSPACE, 0, NULL, N_("take back the last digit"), ACT_NONE, E_BACK},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* The day's sets, copied out of the log (nothing held open between keys). */
struct row {
	int64_t session;
	char program[80], exercise[80];
	int position, set_no, reps, band, rir;
	double load;
	char notes[256], session_notes[256];
	bool long_note, long_session_note; /* longer than a line here */
};
static struct row rows[DAY_MAX_ROWS];
static size_t n_rows;
static struct {
	bool on;
	int field; /* 0 reps, 1 load, 2 rir */
	char val[3][FIELD_LEN];
} ed;

static bool copy_note(char *to, size_t size, const char *from)
{
	snprintf(to, size, "%s", from ? from : "");
	return from && strlen(from) >= size;
}

static void load(struct app *a)
{
	struct logged_list l;
	n_rows = 0;
	if (!store_sessions(a->st, a->day_date, a->day_date, &l)) {
		app_message(a, "%s", store_error(a->st));
		return;
	}
	for (size_t i = 0; i < l.n; i++)
		for (size_t j = 0; j < l.v[i].n_sets && n_rows < DAY_MAX_ROWS; j++) {
			const struct logged_set *x = &l.v[i].sets[j];
			struct row *r = &rows[n_rows++];
			r->session = l.v[i].id;
			snprintf(r->program, sizeof(r->program), "%s",
				 l.v[i].program ? l.v[i].program : "");
			const struct exercise *e = catalog_exercise(&a->x->cat, x->exercise);
			snprintf(r->exercise, sizeof(r->exercise), "%s", e ? e->name : x->exercise);
			r->position = x->position;
			r->set_no = x->set_no;
			r->reps = x->reps;
			r->band = x->band;
			r->rir = x->rir;
			r->load = x->load;
			r->long_note = copy_note(r->notes, sizeof(r->notes), x->notes);
			r->long_session_note =
				copy_note(r->session_notes, sizeof(r->session_notes), l.v[i].notes);
		}
	logged_list_free(&l);
	if (a->sel >= (int)n_rows)
		a->sel = n_rows ? (int)n_rows - 1 : 0;
}

static void enter(struct app *a)
{
	ed.on = false;
	a->note.on = false;
	load(a);
}

static const struct tui_key *keys_now(const struct app *a)
{
	return ed.on ? edit_keys : app_keys_or_note(a, keys);
}

static void load_words(const struct app *a, const struct row *r, char *buf, size_t size)
{
	if (r->band >= 0 && r->band < BAND_COUNT)
		snprintf(buf, size, _("%s band"), _(band_names[r->band]));
	else if (r->load > 0)
		snprintf(buf, size, "%g %s", r->load, units_names[a->prof.units]);
	else
		snprintf(buf, size, "%s", _("body weight"));
}

static void draw(struct app *a)
{
	struct tui *t = &a->t;
	char title[160], d[32], line[512], w[64];
	snprintf(title, sizeof(title), _("%s: the sets"),
		 date_text(a->day_date, false, d, sizeof(d)));
	app_header(a, title);
	if (!n_rows)
		tui_text(t, 3, 2, t->cols - 4, ROLE_NORMAL, _("No sets are left on this day."));
	int top = 3, room = t->rows - 8;
	if (room < 1)
		room = 1;
	int first = a->sel >= room ? a->sel - room + 1 : 0;
	int64_t shown_session = 0;
	for (int i = first; i < (int)n_rows && i - first < room; i++) {
		const struct row *r = &rows[i];
		int y = top + i - first;
		app_select_line(a, y, i == a->sel);
		load_words(a, r, w, sizeof(w));
		char rir[32] = "";
		if (r->rir >= 0)
			snprintf(rir, sizeof(rir), _("RIR %d"), r->rir);
		snprintf(line, sizeof(line), _(" %-22.22s set %-2d %4d reps  %-12s %-7s %s"),
			 r->exercise, r->set_no, r->reps, w, rir, r->notes);
		tui_text(t, y, 0, t->cols, i == a->sel ? ROLE_SELECTED : ROLE_NORMAL, line);
		if (i == a->sel)
			shown_session = r->session;
	}
	tui_rule(t, t->rows - 5);
	for (size_t i = 0; i < n_rows; i++)
		if (rows[i].session == shown_session && rows[i].session_notes[0]) {
			snprintf(line, sizeof(line), _("Session note: %s"), rows[i].session_notes);
			tui_text(t, t->rows - 4, 1, t->cols - 2, ROLE_DIM, line);
			break;
		}
	if (ed.on && a->sel < (int)n_rows) {
		const char *name[3] = {_("reps"), _("load"), _("RIR")};
		int n = snprintf(line, sizeof(line), _("Set %d of %s:"), rows[a->sel].set_no,
				 rows[a->sel].exercise);
		for (int f = 0; f < 3 && n > 0 && (size_t)n < sizeof(line); f++)
			n += snprintf(line + n, sizeof(line) - (size_t)n,
				      f == ed.field ? "  %s [%s_]" : "  %s %s", name[f],
				      ed.val[f][0] ? ed.val[f] : "-");
		t->as_typed = true; /* the fields as typed: "12.5" or "12,5" */
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_TITLE, line);
		t->as_typed = false;
	}
	app_note_draw(a);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, keys_now(a));
}

static void changed(struct app *a, bool ok, const char *why, const char *done)
{
	if (ok)
		app_message(a, "%s", done);
	else
		app_message(a, _("Cannot change it: %s."), why ? why : store_error(a->st));
	load(a);
	app_prescribe(a); /* today's prescription from the log as it is now */
}

static void keep_edit(struct app *a)
{
	const struct row *r = &rows[a->sel];
	struct set_done to = {.band = r->band, .rir = -1};
	char *end;
	to.reps = (int)strtol(ed.val[0], &end, 10);
	bool number = ed.val[0][0] && !*end;
	for (char *c = ed.val[1]; *c; c++)
		if (*c == ',')
			*c = '.'; /* a decimal comma, as the locale may write it */
	to.load = ed.val[1][0] ? strtod(ed.val[1], &end) : 0;
	number = number && (!ed.val[1][0] || !*end);
	if (ed.val[2][0]) {
		to.rir = (int)strtol(ed.val[2], &end, 10);
		number = number && !*end;
	}
	if (!number) {
		app_message(a, _("Cannot change it: reps, load and RIR are numbers."));
		return;
	}
	const char *why;
	bool ok = workout_change_set(a->st, &a->x->cat, a->has_profile ? &a->prof : NULL,
				     r->session, r->program[0] ? r->program : NULL, r->position,
				     r->set_no, &to, &why);
	ed.on = false;
	changed(a, ok, why, _("Set changed; progression worked out again."));
}

static enum screen_id edit_key(struct app *a, int ch)
{
	const struct tui_key *k = tui_key_find(edit_keys, ch);
	char *v = ed.val[ed.field];
	size_t n = strlen(v);
	switch (k ? k->code : 0) {
	case E_NEXT:
		ed.field = (ed.field + 1) % 3;
		return SCR_SAME;
	case E_KEEP:
		keep_edit(a);
		return SCR_SAME;
	case E_CANCEL:
		ed.on = false;
		return SCR_SAME;
	case E_BACK:
		if (n)
			v[n - 1] = '\0';
		return SCR_SAME;
	default:
		/* digits, and a decimal point in the load */
		if (((ch >= '0' && ch <= '9') || (ed.field == 1 && (ch == '.' || ch == ','))) &&
		    n + 1 < FIELD_LEN) {
			v[n] = (char)ch;
			v[n + 1] = '\0';
		}
		return SCR_SAME;
	}
}

static enum screen_id key(struct app *a, int ch)
{
	char d[32], what[160];
	int yes;
	if (app_note_key(a, ch)) {
		if (!a->note.on)
			load(a);
		return SCR_SAME;
	}
	if (ed.on)
		return edit_key(a, ch);
	if (app_answer(a, ch, &yes)) {
		if (yes == K_DELETE && a->sel < (int)n_rows) {
			const struct row *r = &rows[a->sel];
			const char *why;
			bool ok = workout_change_set(a->st, &a->x->cat,
						     a->has_profile ? &a->prof : NULL, r->session,
						     r->program[0] ? r->program : NULL, r->position,
						     r->set_no, NULL, &why);
			changed(a, ok, why, _("Set deleted; progression worked out again."));
		}
		return SCR_SAME;
	}
	const struct tui_key *k = tui_key_find(keys, ch);
	if (k && k->action == ACT_QUIT)
		return SCR_QUIT;
	int code = k ? k->code : 0;
	if (code == K_BACK)
		return SCR_WEEK;
	if (code == K_UP) {
		a->sel = a->sel > 0 ? a->sel - 1 : 0;
		return SCR_SAME;
	}
	if (code == K_DOWN) {
		a->sel = a->sel + 1 < (int)n_rows ? a->sel + 1 : a->sel;
		return SCR_SAME;
	}
	if (!code || a->sel >= (int)n_rows) {
		if (code)
			app_message(a, _("No sets are left on this day."));
		return SCR_SAME;
	}
	const struct row *r = &rows[a->sel];
	snprintf(what, sizeof(what), _("set %d of %s"), r->set_no, r->exercise);
	switch (code) {
	case K_CHANGE:
		memset(&ed, 0, sizeof(ed));
		ed.on = true; /* digits only: h still says who to call */
		snprintf(ed.val[0], FIELD_LEN, "%d", r->reps);
		if (r->load > 0)
			snprintf(ed.val[1], FIELD_LEN, "%g", r->load);
		if (r->rir >= 0)
			snprintf(ed.val[2], FIELD_LEN, "%d", r->rir);
		return SCR_SAME;
	case K_DELETE:
		app_ask(a, 'd', K_DELETE,
			_("Delete %s (%d reps) of %s from the log? d deletes it; any other key "
			  "keeps it."),
			what, r->reps, date_text(a->day_date, false, d, sizeof(d)));
		return SCR_SAME;
	case K_NOTE:
	case K_SESSION_NOTE: {
		bool session = code == K_SESSION_NOTE;
		if (session ? r->long_session_note : r->long_note) {
			app_message(a, _("That note is longer than a line here: change it with "
					 "coach log --replace."));
			return SCR_SAME;
		}
		if (session)
			snprintf(what, sizeof(what), _("the session of %s"),
				 date_text(a->day_date, false, d, sizeof(d)));
		app_note_start(a, r->session, session ? -1 : r->position, r->set_no,
			       session ? r->session_notes : r->notes, what);
		return SCR_SAME;
	}
	default:
		return SCR_SAME;
	}
}

const struct screen_ops SCR_DAY_ops = {
	N_("Keys: a past day"), keys, enter, draw, key, false, keys_now};
