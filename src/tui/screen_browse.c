/* screen_browse.c - the program browser: the catalogue as a list, with each
 * program's summary, evidence and days beside it (or full-screen). */
#include <curses.h>
#include <stdio.h>
#include <string.h>

#include "tui.h"

enum { K_UP = 1, K_DOWN, K_OPEN, K_BACK, K_PGUP, K_PGDN, K_TOP, K_END };

static const struct tui_key browse_keys[] = {
	{KEY_UP, 'k', "↑↓ choose", "previous program", ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, "next program", ACT_NONE, K_DOWN},
	{'\r', KEY_RIGHT, "Enter open", "open the program full-screen", ACT_NONE, K_OPEN},
	{27, KEY_LEFT, "Esc back", "back to the list", ACT_NONE, K_BACK},
	{KEY_NPAGE, ' ', "PgDn scroll", "scroll the details down", ACT_NONE, K_PGDN},
	{KEY_PPAGE, 'b', NULL, "scroll the details up", ACT_NONE, K_PGUP},
	{KEY_HOME, 'g', NULL, "first program", ACT_NONE, K_TOP},
	{KEY_END, 'G', NULL, "last program", ACT_NONE, K_END},
	{'?', 0, "? help", "this help", ACT_HELP, 0},
	{'q', 0, "q quit", "quit the coach", ACT_QUIT, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void details(const struct catalog *cat, const struct program *p, struct sbuf *b)
{
	struct sbuf eq = {0}, goals = {0};
	for (int i = 0; i < EQ_COUNT; i++)
		if (p->equipment & (1u << i))
			sbuf_printf(&eq, "%s%s", eq.len ? ", " : "", equipment_names[i]);
	for (size_t i = 0; i < p->n_goals; i++)
		sbuf_printf(&goals, "%s%s", i ? ", " : "", p->goals[i]);
	sbuf_printf(b, "%s\n", p->name);
	sbuf_printf(b, "%s, %d days a week, about %d min, ", level_names[p->level],
		    p->days_per_week, p->minutes);
	if (p->weeks)
		sbuf_printf(b, "%d weeks\n", p->weeks);
	else
		sbuf_puts(b, "open-ended\n");
	sbuf_printf(b, "Needs: %s\nGoals: %s\n\n%s\n", sbuf_str(&eq), sbuf_str(&goals), p->summary);
	if (p->description) {
		sbuf_puts(b, "\n");
		sbuf_add_unfolded(b, p->description);
		sbuf_puts(b, "\n");
	}
	if (p->evidence) {
		sbuf_puts(b, "\nEvidence: ");
		sbuf_add_unfolded(b, p->evidence);
		sbuf_puts(b, "\n");
	}
	for (size_t i = 0; i < p->n_days; i++) {
		const struct day *d = &p->days[i];
		sbuf_printf(b, "\nDay %s%s%s\n", d->name, d->focus ? ": " : "", d->focus ? d->focus : "");
		for (size_t j = 0; j < d->n_slots; j++) {
			const struct slot *s = &d->slots[j];
			char reps[16];
			reps_text(s->p.reps_min, s->p.reps_max, reps, sizeof(reps));
			if (s->kind == SLOT_PATTERN)
				sbuf_printf(b, "  any %s exercise", pattern_names[s->pattern]);
			else
				sbuf_printf(b, "  %s", catalog_slot_name(cat, s));
			sbuf_printf(b, ": %d x %s, rest %d s\n", s->p.sets, reps, s->p.rest_s);
		}
	}
	sbuf_free(&eq);
	sbuf_free(&goals);
}

struct browse {
	size_t sel, top;
	int scroll;
	bool full;
	struct sbuf text;
	size_t text_for;
};

static void draw(struct tui *t, const struct catalog *cat, struct browse *s)
{
	erase();
	char head[64];
	snprintf(head, sizeof(head), "%zu programs", cat->n_programs);
	tui_text(t, 0, 1, t->cols - 2, ROLE_TITLE,
		 t->utf8 ? "coach · choose a program" : "coach - choose a program");
	int hw = (int)strlen(head);
	if (t->cols > hw + 30)
		tui_text(t, 0, t->cols - hw - 1, hw, ROLE_DIM, head);
	tui_rule(t, 1);
	int body = t->rows - 4; /* rows 2 .. rows-3 */
	if (s->text_for != s->sel || !s->text.s) {
		s->text.len = 0;
		if (s->text.s)
			s->text.s[0] = '\0';
		details(cat, cat->programs[s->sel], &s->text);
		s->text_for = s->sel;
		s->scroll = 0;
	}
	bool side = t->cols >= 90 && !s->full;
	int list_w = side ? 40 : t->cols;
	/* narrow: the list on top, the selected program's details below it */
	int list_h = side ? body : (int)cat->n_programs < body / 2 ? (int)cat->n_programs : body / 2;
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
			char line[160];
			snprintf(line, sizeof(line), " %-12.12s %dx/wk %3d min  %s", level_names[p->level],
				 p->days_per_week, p->minutes, p->name);
			if (i == s->sel) {
				attrset(tui_attr(t, ROLE_SELECTED));
				mvhline(2 + r, 0, ' ', list_w);
			}
			tui_text(t, 2 + r, 0, list_w, i == s->sel ? ROLE_SELECTED : ROLE_NORMAL, line);
		}
	}
	int x = side ? list_w + 2 : 1;
	int y = side || s->full ? 2 : 2 + list_h + 1;
	int h = side || s->full ? body : body - list_h - 1;
	if (!side && !s->full)
		tui_rule(t, 2 + list_h);
	int need = tui_wrap(t, y, x, t->cols - x - 1, h, s->scroll, ROLE_NORMAL, sbuf_str(&s->text));
	if (s->scroll > 0 && s->scroll >= need)
		s->scroll = need - 1;
	tui_rule(t, t->rows - 2);
	tui_keybar(t, browse_keys);
	refresh();
}

int screen_browse(struct tui *t)
{
	const struct catalog *cat = &t->cli->cat;
	if (cat->n_programs == 0)
		return 0;
	struct browse s = {.text_for = (size_t)-1};
	bool redraw = true;
	while (!tui_should_quit()) {
		getmaxyx(stdscr, t->rows, t->cols);
		bool small = t->cols < TUI_MIN_COLS || t->rows < TUI_MIN_LINES;
		if (redraw) {
			if (small)
				tui_too_small(t);
			else
				draw(t, cat, &s);
			redraw = false;
		}
		int ch = tui_getkey(t);
		if (ch == ERR)
			continue;
		redraw = true;
		if (ch == KEY_RESIZE)
			continue;
		if (small && ch != 'q')
			continue;
		const struct tui_key *k = browse_keys;
		for (; k->help; k++)
			if (k->key == ch || (k->alt && k->alt == ch) ||
			    (k->code == K_OPEN && (ch == '\n' || ch == KEY_ENTER || ch == 'l')) ||
			    (k->code == K_BACK && ch == 'h'))
				break;
		if (!k->help)
			continue;
		if (k->action == ACT_QUIT)
			break;
		if (k->action == ACT_HELP) {
			tui_help(t, "Keys: choosing a program", browse_keys);
			continue;
		}
		int page = t->rows - 5 > 1 ? t->rows - 5 : 1;
		switch (k->code) {
		case K_UP:
			if (s.sel > 0)
				s.sel--;
			break;
		case K_DOWN:
			if (s.sel + 1 < cat->n_programs)
				s.sel++;
			break;
		case K_TOP:
			s.sel = 0;
			break;
		case K_END:
			s.sel = cat->n_programs - 1;
			break;
		case K_OPEN:
			s.full = true;
			break;
		case K_BACK:
			s.full = false;
			break;
		case K_PGDN:
			s.scroll += page;
			break;
		case K_PGUP:
			s.scroll = s.scroll > page ? s.scroll - page : 0;
			break;
		default:
			break;
		}
	}
	sbuf_free(&s.text);
	return 0;
}
