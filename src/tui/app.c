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
