/* app.c - what the screens share: today's prescription, the header, loads. */
#include <curses.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/progression.h"
#include "coach/yemit.h"

#define SCREEN_ROW(s) [s] = &s##_ops,
const struct screen_ops *const screens[SCR_COUNT] = {SCREENS(SCREEN_ROW)};
#undef SCREEN_ROW

bool app_reload_profile(struct app *a)
{
	if (a->has_profile)
		profile_free(&a->prof);
	struct diags d = {0};
	a->has_profile = ctx_profile(a->x, &a->prof, &d);
	if (!a->has_profile && d.len)
		app_message(a, "%s:%d:%d: %s", d.v[0].path, d.v[0].line, d.v[0].col, d.v[0].msg);
	diags_free(&d);
	a->prog = a->has_profile ? ctx_program(a->x, &a->prof) : NULL;
	return a->has_profile;
}

/* The day after a missed planned day: the person's plan first, with the
 * keys on Home that do it today (m, v, a; l writes a plan). */
static void lead_lapse_plan(struct app *a)
{
	struct rx *rx = &a->rx;
	a->lapse_on = workout_lapse_lead(a->x->paths.config_dir, &a->x->cat.policy, rx, &a->lapse);
	if (!a->lapse_on)
		return;
	const struct lapse_lead *l = &a->lapse;
	char text[2][sizeof(rx->advisories[0])];
	const char *first[2] = {text[0], text[1]};
	int w = l->walk_min;
	if (!l->have_plan) {
		snprintf(text[0], sizeof(text[0]), "%s",
			 _("Yesterday's planned day did not happen, which is part of training. "
			   "If you like, write down what you will do next time: l opens your plan "
			   "for a missed day."));
		workout_lead_advisories(rx, first, 1);
		return;
	}
	snprintf(text[0], sizeof(text[0]),
		 _("Yesterday's planned day was missed. Your plan for this: \"%s\""), l->plan);
	switch (l->offer) {
	case LAPSE_OFFER_SHORT:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: m starts the short session, a logs a walk "
			    "of %d minute.",
			    "You can do just that today: m starts the short session, a logs a walk "
			    "of %d minutes.",
			    w),
			 w);
		break;
	case LAPSE_OFFER_SESSION:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: Enter starts today's session, a logs a "
			    "walk of %d minute.",
			    "You can do just that today: Enter starts today's session, a logs a "
			    "walk of %d minutes.",
			    w),
			 w);
		break;
	case LAPSE_OFFER_MOVE:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today: v moves yesterday's session here, a logs "
			    "a walk of %d minute.",
			    "You can do just that today: v moves yesterday's session here, a logs "
			    "a walk of %d minutes.",
			    w),
			 w);
		break;
	case LAPSE_OFFER_WALK:
		snprintf(text[1], sizeof(text[1]),
			 P_("You can do just that today with a walk of %d minute (a logs it); the "
			    "next session is on your next training day.",
			    "You can do just that today with a walk of %d minutes (a logs it); the "
			    "next session is on your next training day.",
			    w),
			 w);
		break;
	}
	workout_lead_advisories(rx, first, 2);
}

void app_prescribe(struct app *a)
{
	if (!a->prog)
		return;
	struct rx_input in = {.cat = &a->x->cat,
			      .prof = &a->prof,
			      .program = a->prog,
			      .st = a->st,
			      .date = a->today,
			      .checkin = a->ck,
			      .short_session = a->short_session};
	workout_swaps_input(&a->swaps, &in);
	risk_load(a->st, a->today, &a->ck, &a->x->cat.policy, &in.risk);
	rx_prescribe(&in, &a->rx);
	lead_lapse_plan(a);
}

int app_short_minutes(struct app *a)
{
	struct rx now = a->rx;
	bool was = a->short_session;
	a->short_session = true;
	app_prescribe(a);
	int m = a->rx.est_min;
	a->short_session = was;
	a->rx = now;
	return m;
}

void app_message(struct app *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->message, sizeof(a->message), fmt, ap);
	a->message_at = 0;
	a->message_typed = false;
	va_end(ap);
}

void app_ask(struct app *a, int yes, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(a->ask.text, sizeof(a->ask.text), fmt, ap);
	va_end(ap);
	a->ask.key = yes;
	a->ask.code = code;
}

bool app_answer(struct app *a, int ch, int *code)
{
	*code = 0;
	if (!a->ask.text[0])
		return false;
	if (ch == a->ask.key || (a->ask.key == '\r' && (ch == '\n' || ch == KEY_ENTER)))
		*code = a->ask.code;
	a->ask.text[0] = '\0';
	return true;
}

void app_header(struct app *a, const char *title)
{
	app_header_either(a, title, NULL);
}

void app_header_either(struct app *a, const char *title, const char *shorter)
{
	struct tui *t = &a->t;
	char right[96] = "", d[32];
	date_text(a->today, false, d, sizeof(d));
	if (a->prog && a->rx.week > 0 && a->prog->weeks)
		/* TRANSLATORS: the date, a dot, then "week 4 of 8" */
		snprintf(right, sizeof(right), _("%s %s week %d of %d"), d, t->utf8 ? "·" : "-",
			 a->rx.week, a->prog->weeks);
	else
		snprintf(right, sizeof(right), "%s", d);
	/* the date and week stay; a long title gives way (with an ellipsis) */
	int rw = (int)utf8_width(right);
	bool room = t->cols - rw - 4 >= 24;
	int w = room ? t->cols - rw - 4 : t->cols - 2;
	if (shorter && (int)utf8_width(title) > w && (int)utf8_width(shorter) <= w)
		title = shorter; /* only where the shorter one is whole */
	tui_text(t, 0, 1, room ? t->cols - rw - 4 : t->cols - 2, ROLE_TITLE, title);
	if (room)
		tui_text(t, 0, t->cols - rw - 1, rw, ROLE_DIM, right);
	tui_rule(t, 1);
}

const char *app_load_text(const struct app *a, const struct rx_exercise *x, char *buf, size_t size)
{
	return rx_load_text(x, a->rx.unit, buf, size);
}

void app_select_line(struct app *a, int y, bool on)
{
	if (!on)
		return;
	attrset(tui_attr(&a->t, ROLE_SELECTED));
	mvhline(y, 0, ' ', a->t.cols);
	attrset(A_NORMAL);
}

bool app_edit_number(int ch, int *value, bool *typed, int lo, int hi)
{
	if (ch >= '0' && ch <= '9') {
		int v = *typed ? *value * 10 + (ch - '0') : ch - '0';
		if (v > hi)
			v = ch - '0';
		*value = v;
		*typed = true;
		return true;
	}
	if (ch == KEY_BACKSPACE || ch == 127 || ch == 8) {
		*value /= 10;
		*typed = true;
		return true;
	}
	if (ch == KEY_UP || ch == '+' || ch == KEY_RIGHT) {
		if (*value < hi)
			(*value)++;
		return true;
	}
	if (ch == KEY_DOWN || ch == '-' || ch == KEY_LEFT) {
		if (*value > lo)
			(*value)--;
		return true;
	}
	return false;
}

void app_resume(struct app *a)
{
	memset(&a->wu, 0, sizeof(a->wu));
	a->wu.pacer = BREATH_PACED;
	workout_resume(&a->w, a->st, &a->rx, a->today);
}

void app_end_workout(struct app *a)
{
	workout_end(&a->w, a->st, &a->x->cat, &a->prof, a->prog, a->today);
}

enum { NOTE_KEEP = 1, NOTE_CANCEL, NOTE_BACK };

const struct tui_key app_note_keys[] = {
	{'\r', 0, N_("Enter keep the note"), N_("keep the note (an empty one takes the note away)"),
	 ACT_NONE, NOTE_KEEP},
	{27, 0, N_("Esc leave it"), N_("leave the note as it was"), ACT_NONE, NOTE_CANCEL},
	{KEY_BACKSPACE, 0, NULL, N_("take back the last character"), ACT_NONE, NOTE_BACK},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

void app_note_start(struct app *a, int64_t session, int position, int set_no, const char *now,
		    const char *what)
{
	a->note.on = a->typing = true;
	a->note.session = session;
	a->note.position = position;
	a->note.set_no = set_no;
	snprintf(a->note.buf, sizeof(a->note.buf), "%s", now ? now : "");
	a->note.len = strlen(a->note.buf);
	snprintf(a->note.what, sizeof(a->note.what), "%s", what);
}

bool app_note_key(struct app *a, int ch)
{
	if (!a->note.on)
		return false;
	const struct tui_key *k = tui_key_find(app_note_keys, ch);
	switch (k ? k->code : 0) {
	case NOTE_KEEP: {
		const char *why = NULL;
		a->note.buf[a->note.len] = '\0';
		a->note.on = a->typing = false;
		if (!workout_note(a->st, a->note.session, a->note.position, a->note.set_no,
				  a->note.buf, &why))
			app_message(a, _("Cannot keep the note: %s."),
				    why ? why : store_error(a->st));
		else
			app_message(a, a->note.len ? _("Note kept.") : _("Note taken away."));
		return true;
	}
	case NOTE_CANCEL:
		a->note.on = a->typing = false;
		return true;
	case NOTE_BACK:
		while (a->note.len && (a->note.buf[a->note.len - 1] & 0xc0) == 0x80)
			a->note.len--; /* the continuation bytes of a character */
		if (a->note.len)
			a->note.len--;
		return true;
	default:
		/* printable ASCII and the bytes of UTF-8 characters; controls never enter */
		if (ch >= 0x20 && ch < 0x100 && ch != 0x7f && a->note.len < sizeof(a->note.buf) - 1)
			a->note.buf[a->note.len++] = (char)ch;
		return true;
	}
}

void app_note_draw(struct app *a)
{
	if (!a->note.on)
		return;
	struct tui *t = &a->t;
	char line[sizeof(a->note.buf) + 160];
	a->note.buf[a->note.len] = '\0';
	snprintf(line, sizeof(line), _("Note on %s: %s"), a->note.what, a->note.buf);
	move(t->rows - 4, 0);
	clrtoeol();
	move(t->rows - 3, 0);
	clrtoeol();
	/* the end of the line stays in view while typing */
	int w = t->cols - 3, len = (int)utf8_width(line);
	const char *shown = line;
	while (len > w && *shown) {
		shown++;
		while ((*shown & 0xc0) == 0x80)
			shown++;
		len = (int)utf8_width(shown);
	}
	t->as_typed = true; /* the note as it is typed: "1.5" stays 1.5 */
	tui_text(t, t->rows - 3, 1, w, ROLE_TITLE, shown);
	t->as_typed = false;
}

const struct tui_key *app_keys_or_note(const struct app *a, const struct tui_key *keys)
{
	return a->note.on ? app_note_keys : keys;
}

bool app_consistency_line(struct app *a, char *buf, size_t size)
{
	struct consistency k;
	buf[0] = '\0';
	if (!a->prog ||
	    !schedule_consistency(a->st, &a->prof, a->prog, &a->x->cat.policy, a->today, &k) ||
	    k.of < 1)
		return false;
	/* one week so far: said as one, not as "in the last 1 week: 1 of 1" */
	if (k.of == 1)
		snprintf(buf, size, "%s",
			 k.weeks ? _("One week so far, with your strength days in it.")
				 : _("One week so far; its strength days did not all happen, which "
				     "is part of training."));
	else
		snprintf(buf, size,
			 P_("Weeks with your strength days in the last %d week: %d of %d",
			    "Weeks with your strength days in the last %d: %d of %d", k.of),
			 k.of, k.weeks, k.of);
	return true;
}
