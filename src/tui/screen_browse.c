/* screen_browse.c - the program browser: the catalogue as a list with the
 * chosen program's details beside or below it, and a full-screen view. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"

enum {
	K_UP = 1,
	K_DOWN,
	K_OPEN,
	K_BACK,
	K_PGUP,
	K_PGDN,
	K_TOP,
	K_END,
	K_CHOOSE,
	K_LEAVE,
	K_SWITCH
};

static const struct tui_key list_keys[] = {
	{KEY_UP, 'k', N_("↑↓ choose"), N_("previous program"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("next program"), ACT_NONE, K_DOWN},
	{'\r', KEY_RIGHT, N_("Enter open"), N_("open the program full-screen"), ACT_NONE, K_OPEN},
	{'l', 0, NULL, N_("open the program full-screen, too"), ACT_NONE, K_OPEN},
	{'c', 0, N_("c choose"),
	 N_("make this your program, starting today (with a program already, asks first)"),
	 ACT_NONE, K_CHOOSE},
	{27, 0, N_("Esc back"), N_("back"), ACT_NONE, K_LEAVE},
	{KEY_NPAGE, ' ', N_("PgDn more"), N_("show more of the details"), ACT_NONE, K_PGDN},
	{KEY_PPAGE, 'b', NULL, N_("show the details from the top"), ACT_NONE, K_PGUP},
	{KEY_HOME, 'g', NULL, N_("first program"), ACT_NONE, K_TOP},
	{KEY_END, 'G', NULL, N_("last program"), ACT_NONE, K_END},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit the coach"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static const struct tui_key full_keys[] = {
	{KEY_DOWN, 'j', N_("↑↓ scroll"), N_("scroll down a line"), ACT_NONE, K_DOWN},
	{KEY_UP, 'k', NULL, N_("scroll up a line"), ACT_NONE, K_UP},
	{KEY_NPAGE, ' ', N_("PgDn page"), N_("next page"), ACT_NONE, K_PGDN},
	{KEY_PPAGE, 'b', NULL, N_("previous page"), ACT_NONE, K_PGUP},
	{KEY_HOME, 'g', NULL, N_("top"), ACT_NONE, K_TOP},
	{KEY_END, 'G', NULL, N_("bottom"), ACT_NONE, K_END},
	{27, KEY_LEFT, N_("Esc back"), N_("back to the list"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{'q', 0, N_("q quit"), N_("quit the coach"), ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void details(const struct catalog *cat, const struct program *p, struct sbuf *b)
{
	sbuf_printf(b, "%s\n", p->name);
	sbuf_printf(b, "%s, ", level_word(p->level));
	sbuf_printf(b, P_("%d day a week", "%d days a week", p->days_per_week), p->days_per_week);
	sbuf_printf(b, _(", about %d min"), p->minutes);
	if (p->weeks)
		sbuf_printf(b, P_(", %d week", ", %d weeks", p->weeks), p->weeks);
	else
		sbuf_puts(b, _(", open-ended"));
	sbuf_puts(b, "\n");
	sbuf_puts(b, _("Needs: "));
	equipment_shown(b, p->equipment, ", ");
	sbuf_puts(b, "\n");
	sbuf_puts(b, _("Goals: "));
	for (size_t i = 0; i < p->n_goals; i++)
		sbuf_printf(b, "%s%s", i ? ", " : "", goal_word(p->goals[i]));
	sbuf_printf(b, "\n\n%s\n", p->summary);
	if (p->description) {
		sbuf_puts(b, "\n");
		sbuf_add_unfolded(b, p->description);
		sbuf_puts(b, "\n");
	}
	if (p->evidence) {
		sbuf_puts(b, "\n");
		sbuf_puts(b, _("Evidence: "));
		sbuf_add_unfolded(b, p->evidence);
		sbuf_puts(b, "\n");
	}
	for (size_t i = 0; i < p->n_days; i++) {
		const struct day *d = &p->days[i];
		sbuf_puts(b, "\n");
		sbuf_printf(b, _("Day %s%s%s\n"), d->name, d->focus ? ": " : "",
			    d->focus ? d->focus : "");
		for (size_t j = 0; j < d->n_slots; j++) {
			const struct slot *s = &d->slots[j];
			char reps[16];
			reps_text(s->p.reps_min, s->p.reps_max, reps, sizeof(reps));
			if (s->kind == SLOT_PATTERN) {
				sbuf_puts(b, "  ");
				sbuf_printf(b, _("any %s exercise"), pattern_names[s->pattern]);
			} else
				sbuf_printf(b, "  %s", catalog_slot_name(cat, s));
			sbuf_printf(b, ": %d x %s%s, ", s->p.sets, reps,
				    catalog_slot_seconds(cat, s) ? " s" : "");
			sbuf_printf(b, _("rest %d s"), s->p.rest_s);
			sbuf_puts(b, "\n");
		}
	}
	/* week by week: what changes between the weeks */
	int n = program_weeks_shown(p);
	if (n > 1 && p->n_days && p->days[0].n_slots) {
		sbuf_puts(b, "\n");
		sbuf_puts(b, _("Week by week\n"));
		for (int w = 1; w <= n;) {
			int end = w;
			while (end < n && program_same_week(p, w, end + 1))
				end++;
			/* what every exercise of the week does, or the range when they differ */
			int smin = 1 << 20, smax = 0, rmin = 1 << 20, rmax = 0;
			for (size_t d = 0; d < p->n_days; d++)
				for (size_t k = 0; k < p->days[d].n_slots; k++) {
					struct slot_params sp = program_week_params(
						p, &p->days[d].slots[k], w, &cat->policy);
					smin = sp.sets < smin ? sp.sets : smin;
					smax = sp.sets > smax ? sp.sets : smax;
					rmin = sp.rir < rmin ? sp.rir : rmin;
					rmax = sp.rir > rmax ? sp.rir : rmax;
				}
			if (end > w)
				sbuf_printf(b, _("  Weeks %d-%d"), w, end);
			else
				sbuf_printf(b, _("  Week %d"), w);
			if (!p->weeks && end == n)
				sbuf_puts(b, _(" and on"));
			if (smin == smax)
				sbuf_printf(b,
					    P_(": %d set of every exercise",
					       ": %d sets of every exercise", smin),
					    smin);
			else
				sbuf_printf(b, _(": %d to %d sets an exercise"), smin, smax);
			if (rmin == rmax)
				sbuf_printf(b, _(", %d reps in reserve"), rmin);
			else
				sbuf_printf(b, _(", %d to %d reps in reserve"), rmin, rmax);
			sbuf_printf(b, "%s\n",
				    program_is_deload(p, w) ? _(" (a lighter deload week)") : "");
			w = end + 1;
		}
	}
}

struct browse {
	size_t sel, top;
	int scroll, page, lines; /* details: first line shown, lines shown, lines in all */
	bool full;
	struct sbuf text;
	size_t text_for;
};

/* mine: the program being followed (NULL: none), marked in the list with
 * mine_tag, whole at any width */
static void draw(struct tui *t, const struct catalog *cat, struct browse *s, size_t problems,
		 const struct program *mine, const char *mine_tag)
{
	const struct program *cur = cat->programs[s->sel];
	const char *dot = t->utf8 ? "·" : "-";
	char head[200];
	if (s->full)
		snprintf(head, sizeof(head), "coach %s %s", dot, cur->name);
	else
		snprintf(head, sizeof(head), _("coach %s choose a program"), dot);
	tui_text(t, 0, 1, t->cols - 2, ROLE_TITLE, head);
	char count[64];
	snprintf(count, sizeof(count), P_("%zu program", "%zu programs", cat->n_programs),
		 cat->n_programs);
	int cw = (int)utf8_width(count);
	if (!s->full && t->cols > (int)utf8_width(head) + cw + 6)
		tui_text(t, 0, t->cols - cw - 1, cw, ROLE_DIM, count);
	tui_rule(t, 1);
	int body = t->rows - 4; /* rows 2 .. rows-3 */
	if (problems)
		body--; /* a line for the notice */
	if (s->text_for != s->sel) {
		s->text.len = 0;
		if (s->text.s)
			s->text.s[0] = '\0';
		details(cat, cur, &s->text);
		s->text_for = s->sel;
		s->scroll = 0;
	}
	bool side = t->cols >= 90 && !s->full;
	int list_w = side ? (t->cols * 2 / 5 < 46 ? t->cols * 2 / 5 : 46) : t->cols;
	/* narrow: the list on top, the chosen program's details below it */
	int list_h = side			       ? body
		     : (int)cat->n_programs < body / 2 ? (int)cat->n_programs
						       : body / 2;
	if (s->full)
		list_h = 0;
	if (list_h > 0) {
		if (s->sel < s->top)
			s->top = s->sel;
		if (s->sel >= s->top + (size_t)list_h)
			s->top = s->sel - (size_t)list_h + 1;
		for (int r = 0; r < list_h && s->top + (size_t)r < cat->n_programs; r++) {
			size_t i = s->top + (size_t)r;
			const struct program *p = cat->programs[i];
			char line[200], meta[80];
			snprintf(line, sizeof(line), " %s", p->name);
			enum tui_role role = i == s->sel ? ROLE_SELECTED : ROLE_NORMAL;
			if (i == s->sel) {
				attrset(tui_attr(t, ROLE_SELECTED));
				mvhline(2 + r, 0, ' ', list_w);
			}
			/* the name whole where it can be, then the mark of the program
			 * being followed (never cut), then level, days and minutes at
			 * the right where there is room (the details say them too) */
			int end = tui_text_tail(t, 2 + r, 0, list_w, role, line,
						p == mine ? mine_tag : "");
			/* the level as wide as the widest level's word (12 in
			   English), padded by width (umlauts) */
			int lv = 0;
			for (int l = 0; l < LEVEL_COUNT; l++)
				if ((int)utf8_width(level_word(l)) > lv)
					lv = (int)utf8_width(level_word(l));
			const char *lw = level_word(p->level);
			snprintf(meta, sizeof(meta), "%s%*s ", lw, lv - (int)utf8_width(lw), "");
			size_t at = strlen(meta);
			snprintf(meta + at, sizeof(meta) - at, _("%dx/wk %3d min"),
				 p->days_per_week, p->minutes);
			int mw = (int)utf8_width(meta);
			if (!side && list_w >= 60 && end + 2 + mw <= list_w - 1)
				tui_text(t, 2 + r, list_w - 1 - mw, mw,
					 i == s->sel ? ROLE_SELECTED : ROLE_DIM, meta);
		}
	}
	int x = side ? list_w + 2 : 1;
	int y = side || s->full ? 2 : 2 + list_h + 1;
	int h = side || s->full ? body : body - list_h - 1;
	if (!side && !s->full)
		tui_rule(t, 2 + list_h);
	/* measure first, so the scroll never runs past the end */
	s->lines = tui_wrap(t, y, x, t->cols - x - 1, 0, 0, ROLE_NORMAL, sbuf_str(&s->text));
	s->page = h > 1 ? h - 1 : 1;
	int max_scroll = s->lines > h ? s->lines - h : 0;
	if (s->scroll > max_scroll)
		s->scroll = max_scroll;
	if (s->scroll < 0)
		s->scroll = 0;
	tui_wrap(t, y, x, t->cols - x - 1, h, s->scroll, ROLE_NORMAL, sbuf_str(&s->text));
	if (problems) {
		char note[160];
		snprintf(note, sizeof(note),
			 P_("%zu problem in your own program files: 'coach validate' shows it",
			    "%zu problems in your own program files: 'coach validate' shows them",
			    problems),
			 problems);
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_WARN, note);
	}
	tui_rule(t, t->rows - 2);
	if (max_scroll > 0) {
		/* say there is more below (or that this is the end) on the rule */
		const char *mark = s->scroll >= max_scroll ? _(" end ") : _(" more ");
		int mw = (int)utf8_width(mark);
		tui_text(t, t->rows - 2, t->cols - mw - 1, mw, ROLE_DIM, mark);
	}
	tui_keybar(t, s->full ? full_keys : list_keys);
}

static struct browse state = {.text_for = (size_t)-1};

static void browse_enter(struct app *a)
{
	state.full = false;
	state.scroll = 0;
	/* start on the active program */
	for (size_t i = 0; a->prog && i < a->x->cat.n_programs; i++)
		if (a->x->cat.programs[i] == a->prog)
			state.sel = i;
}

static void browse_draw(struct app *a)
{
	char mine_mark[80] = "";
	if (a->prog && a->has_profile)
		snprintf(mine_mark, sizeof(mine_mark), _("  (yours, week %d)"),
			 a->rx.week > 0 ? a->rx.week : schedule_week(&a->prof, a->today));
	if (a->x->cat.n_programs)
		draw(&a->t, &a->x->cat, &state, a->x->own_problems, a->has_profile ? a->prog : NULL,
		     mine_mark);
}

/* Make the chosen program the active one, starting today. */
static enum screen_id choose_program(struct app *a, const struct program *p)
{
	if (!a->has_profile) {
		app_message(a, "%s", _("Set up your profile first."));
		return SCR_WELCOME;
	}
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

static enum screen_id browse_key(struct app *a, int ch)
{
	const struct catalog *cat = &a->x->cat;
	if (!cat->n_programs)
		return SCR_HOME;
	const struct program *p = cat->programs[state.sel];
	int yes;
	if (app_answer(a, ch, &yes))
		return yes == K_SWITCH ? choose_program(a, p) : SCR_SAME;
	const struct tui_key *k = tui_key_find(state.full ? full_keys : list_keys, ch);
	if (!k)
		return SCR_SAME;
	if (k->action == ACT_QUIT)
		return SCR_QUIT;
	switch (k->code) {
	case K_CHOOSE:
		if (!a->prog || !a->has_profile)
			return choose_program(a, p);
		if (p == a->prog) {
			app_message(a, _("%s is your program already."), p->name);
			return SCR_SAME;
		}
		/* the place in the program goes: ask once, naming it */
		app_ask(a, 'y', K_SWITCH,
			_("Replace %s (week %d) with %s, starting today at week 1? y replaces it; "
			  "any other key keeps it."),
			a->prog->name,
			a->rx.week > 0 ? a->rx.week : schedule_week(&a->prof, a->today), p->name);
		return SCR_SAME;
	case K_LEAVE:
		return a->has_profile && a->prog ? SCR_HOME : SCR_CHOOSE;
	case K_UP:
		if (state.full)
			state.scroll--;
		else if (state.sel > 0)
			state.sel--;
		break;
	case K_DOWN:
		if (state.full)
			state.scroll++;
		else if (state.sel + 1 < cat->n_programs)
			state.sel++;
		break;
	case K_TOP:
		if (state.full)
			state.scroll = 0;
		else
			state.sel = 0;
		break;
	case K_END:
		if (state.full)
			state.scroll = state.lines;
		else
			state.sel = cat->n_programs - 1;
		break;
	case K_OPEN:
		state.full = true;
		state.scroll = 0;
		break;
	case K_BACK:
		state.full = false;
		state.scroll = 0;
		break;
	case K_PGDN:
		state.scroll += state.page;
		break;
	case K_PGUP:
		state.scroll =
			state.full && state.scroll > state.page ? state.scroll - state.page : 0;
		break;
	default:
		break;
	}
	return SCR_SAME;
}

const struct screen_ops SCR_BROWSE_ops = {N_("Keys: choosing a program"),
					  list_keys,
					  browse_enter,
					  browse_draw,
					  browse_key,
					  false,
					  NULL};
