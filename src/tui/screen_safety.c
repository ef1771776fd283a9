/* screen_safety.c - the person's safety plan and their own people, read and
 * written here (safety_plan.h).  Every entry is saved the moment it is
 * written; deleting one asks first.  Reached from the crisis screen (h, p). */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app.h"
#include "coach/safety_plan.h"

enum { K_UP = 1, K_DOWN, K_EDIT, K_DEL, K_BACK };

static const struct tui_key list_keys[] = {
	{KEY_UP, 'k', N_("↑↓ choose"), N_("the entry above"), ACT_NONE, K_UP},
	{KEY_DOWN, 'j', NULL, N_("the entry below"), ACT_NONE, K_DOWN},
	{'\r', 0, N_("Enter write"), N_("write a new entry, or change the one chosen"), ACT_NONE,
	 K_EDIT},
	{'d', 0, N_("d delete"), N_("delete the entry chosen (asks first)"), ACT_NONE, K_DEL},
	{27, 'q', N_("Esc back"), N_("back to who to call"), ACT_NONE, K_BACK},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static const struct tui_key edit_keys[] = {
	{'\r', 0, N_("Enter save"), N_("save this entry"), ACT_NONE, K_EDIT},
	{27, 0, N_("Esc cancel"), N_("leave it as it was"), ACT_NONE, K_BACK},
	{KEY_BACKSPACE, 0, N_("⌫ erase"), N_("erase the last character"), ACT_NONE, 0},
	{KEY_F(1), 0, N_("F1 help now"), N_("who to call (h types an h here)"), ACT_NONE, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* A selectable row: entry i of section s, or (i == n) that section's "add" row. */
struct row {
	int s;
	size_t i;
};

static struct {
	struct safety_plan plan;
	bool loaded, broken;
	char path[4096];
	struct row rows[SP_COUNT * (SP_MAX_ITEMS + 1)];
	size_t n_rows;
	bool editing, confirm_delete;
	char buf[SP_MAX_TEXT * 4 + 1];
	size_t len;
} sp;

static void index_rows(void)
{
	sp.n_rows = 0;
	for (int s = 0; s < SP_COUNT; s++) {
		for (size_t i = 0; i < sp.plan.n[s]; i++)
			sp.rows[sp.n_rows++] = (struct row){s, i};
		if (sp.plan.n[s] < SP_MAX_ITEMS)
			sp.rows[sp.n_rows++] = (struct row){s, sp.plan.n[s]};
	}
}

static void safety_enter(struct app *a)
{
	if (sp.loaded)
		safety_plan_free(&sp.plan);
	snprintf(sp.path, sizeof(sp.path), "%s/safety-plan.yaml", a->x->paths.config_dir);
	sp.broken = false;
	safety_plan_init(&sp.plan);
	if (access(sp.path, F_OK) == 0) {
		struct diags d = {0};
		if (!safety_plan_load(&sp.plan, sp.path, &d)) {
			/* never overwrite a plan that does not read: say where it is wrong */
			sp.broken = true;
			if (d.len)
				app_message(a,
					    _("Your safety plan does not read (%s:%d: %s); fix it "
					      "with 'coach safety-plan edit'."),
					    d.v[0].path, d.v[0].line, d.v[0].msg);
		}
		diags_free(&d);
	}
	sp.loaded = true;
	sp.editing = sp.confirm_delete = false;
	a->typing = false;
	index_rows();
}

/* The editor's lines of prompt: two where it needs them (a narrow terminal). */
static int prompt_lines(const struct app *a)
{
	const struct row *r = &sp.rows[a->sel];
	return tui_wrap(&a->t, 0, 1, a->t.cols - 2, 0, 0, ROLE_DIM, _(sp_prompts[r->s])) > 1 ? 2
											     : 1;
}

/* The editor's first row: its rule, above the heading, prompt and line typed. */
static int editor_top(const struct app *a)
{
	return a->t.rows - 5 - prompt_lines(a);
}

static void draw_editor(struct app *a)
{
	struct tui *t = &a->t;
	const struct row *r = &sp.rows[a->sel];
	int y = editor_top(a), p = prompt_lines(a);
	move(y, 0);
	clrtobot();
	tui_rule(t, y);
	tui_text(t, y + 1, 1, t->cols - 2, ROLE_TITLE, _(sp_headings[r->s]));
	tui_wrap(t, y + 2, 1, t->cols - 2, p, 0, ROLE_DIM, _(sp_prompts[r->s]));
	y += p - 1;
	/* the end of the line stays in view while typing */
	const char *shown = sp.buf;
	size_t w = (size_t)(t->cols - 4);
	while (utf8_width(shown) + 1 > w && *shown) {
		shown++;
		while ((*shown & 0xc0) == 0x80)
			shown++;
	}
	char line[sizeof(sp.buf) + 8];
	snprintf(line, sizeof(line), "> %s_", shown);
	tui_text(t, y + 3, 1, t->cols - 2, ROLE_NORMAL, line);
	tui_rule(t, t->rows - 2);
	tui_keybar(t, edit_keys);
}

static void safety_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Your safety plan"));
	/* the person's own words and numbers, as they wrote them */
	t->as_typed = true;
	a->typing = sp.editing;
	int top = 3, bottom = sp.editing ? editor_top(a) - 1 : t->rows - 3;
	tui_wrap_either(t, 2, 1, t->cols - 2, 1, ROLE_DIM,
			_("In your own words; every part is optional. Saved as you write it."),
			_("Every part is optional and saved."));
	if (sp.broken) {
		tui_wrap(t, top, 1, t->cols - 2, 4, 0, ROLE_WARN,
			 _("Your safety plan file does not read, so it is not shown or changed "
			   "here. "
			   "Fix it with 'coach safety-plan edit'; who to call is one key away "
			   "(Esc)."));
		tui_rule(t, t->rows - 2);
		tui_keybar(t, list_keys + 4);
		return;
	}
	/* every line of the list (a row wrapped onto as many as it needs, so
	 * that no word or number of it is cut), then the window of it that
	 * holds the selection whole; when it does not all fit, the window's
	 * last row is kept for "more below" (never drawn over a row of the list) */
	int sel_line = 0, sel_end = 0, n_lines = 0, h = bottom - top;
	for (int pass = 0; pass < 2; pass++) {
		if (pass && n_lines > h && h > 1)
			h--;
		int first = sel_line - h / 2;
		if (sel_end >= first + h)
			first = sel_end - h + 1;
		int max_first = n_lines - h;
		if (first > max_first)
			first = max_first;
		if (first > sel_line)
			first = sel_line;
		if (first < 0)
			first = 0;
		int line = 0;
		size_t k = 0;
		char buf[SP_MAX_TEXT + SP_MAX_NUMBER + 8], text[SP_MAX_TEXT + SP_MAX_NUMBER + 16];
		for (int s = 0; s < SP_COUNT; s++) {
			if (pass && line >= first && line - first < h)
				tui_text(t, top + line - first, 1, t->cols - 2, ROLE_TITLE,
					 _(sp_headings[s]));
			line++;
			for (; k < sp.n_rows && sp.rows[k].s == s; k++) {
				const struct row *r = &sp.rows[k];
				bool on = (int)k == a->sel;
				if (r->i < sp.plan.n[s])
					snprintf(text, sizeof(text), "- %s",
						 sp_item_text(&sp.plan.items[s][r->i], buf,
							      sizeof(buf)));
				else
					snprintf(text, sizeof(text), "+ %s",
						 sp.plan.n[s] ? _("add another")
							      : _(sp_prompts[s]));
				enum tui_role role = on			   ? ROLE_SELECTED
						     : r->i < sp.plan.n[s] ? ROLE_NORMAL
									   : ROLE_DIM;
				int n = tui_wrap_hanging(t, 0, 3, 5, t->cols - 1, 0, 0, role, text);
				if (on) {
					sel_line = line;
					sel_end = line + n - 1;
				}
				if (pass) {
					int from = first > line ? first - line : 0;
					int rows = first + h - (line + from);
					if (rows > n - from)
						rows = n - from;
					for (int i = 0; i < rows; i++)
						app_select_line(a, top + line + from + i - first,
								on);
					if (rows > 0)
						tui_wrap_hanging(t, top + line + from - first, 3, 5,
								 t->cols - 1, rows, from, role,
								 text);
				}
				line += n;
			}
		}
		n_lines = line;
		if (pass && first + h < n_lines)
			tui_text(t, top + h, 1, t->cols - 2, ROLE_KEYS,
				 t->utf8 ? _("── more below: ↓ ──") : _("-- more below: Down --"));
	}
	if (sp.confirm_delete)
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_WARN,
			 _("Delete this entry? d again deletes it; any other key keeps it."));
	if (sp.editing) {
		draw_editor(a);
		return;
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, list_keys);
}

static void save(struct app *a)
{
	sp.plan.updated = a->today;
	char *err = NULL;
	if (!safety_plan_save(&sp.plan, sp.path, &err)) {
		app_message(a, _("could not save your safety plan: %s"), err);
		free(err);
	}
	index_rows();
}

static enum screen_id edit_key(struct app *a, int ch)
{
	const struct row *r = &sp.rows[a->sel];
	if (ch == 27) {
		sp.editing = a->typing = false;
		return SCR_SAME;
	}
	if (ch == '\r' || ch == '\n' || ch == KEY_ENTER) {
		sp.buf[sp.len] = '\0';
		const char *why = NULL;
		bool empty = strspn(sp.buf, " ") == sp.len;
		bool ok, added = false;
		if (empty && r->i < sp.plan.n[r->s]) {
			sp_remove(&sp.plan, (enum sp_section)r->s, r->i); /* emptied: gone */
			ok = true;
		} else if (empty) {
			sp.editing = a->typing = false;
			return SCR_SAME;
		} else if (r->i < sp.plan.n[r->s]) {
			ok = sp_replace(&sp.plan, (enum sp_section)r->s, r->i, sp.buf, &why);
		} else {
			ok = sp_add(&sp.plan, (enum sp_section)r->s, sp.buf, &why);
			added = ok;
		}
		if (!ok) {
			app_message(a, "%s", why);
			return SCR_SAME;
		}
		sp.editing = a->typing = false;
		save(a);
		if (added)
			a->sel++; /* on to "add another", ready for the next one */
		if (a->sel >= (int)sp.n_rows)
			a->sel = (int)sp.n_rows - 1;
		return SCR_SAME;
	}
	if (ch == KEY_BACKSPACE || ch == 127 || ch == 8) {
		while (sp.len && (sp.buf[sp.len - 1] & 0xc0) == 0x80)
			sp.len--; /* the continuation bytes of a character */
		if (sp.len)
			sp.len--;
		return SCR_SAME;
	}
	/* printable ASCII and the bytes of UTF-8 characters; controls never enter */
	if (ch >= 0x20 && ch < 0x100 && ch != 0x7f && sp.len < sizeof(sp.buf) - 1)
		sp.buf[sp.len++] = (char)ch;
	return SCR_SAME;
}

static enum screen_id safety_key(struct app *a, int ch)
{
	if (sp.editing)
		return edit_key(a, ch);
	if (sp.confirm_delete) {
		sp.confirm_delete = false;
		if (ch == 'd') {
			const struct row *r = &sp.rows[a->sel];
			sp_remove(&sp.plan, (enum sp_section)r->s, r->i);
			save(a);
			if (a->sel >= (int)sp.n_rows)
				a->sel = (int)sp.n_rows - 1;
		}
		return SCR_SAME;
	}
	if (ch == 27 || ch == 'q')
		return SCR_CRISIS;
	if (sp.broken)
		return SCR_SAME;
	if ((ch == KEY_UP || ch == 'k') && a->sel > 0)
		a->sel--;
	else if ((ch == KEY_DOWN || ch == 'j') && a->sel + 1 < (int)sp.n_rows)
		a->sel++;
	else if (ch == '\r' || ch == '\n' || ch == KEY_ENTER) {
		const struct row *r = &sp.rows[a->sel];
		sp.len = 0;
		if (r->i < sp.plan.n[r->s]) {
			char buf[sizeof(sp.buf)];
			sp_item_text(&sp.plan.items[r->s][r->i], buf, sizeof(buf));
			sp.len = strlen(buf);
			memcpy(sp.buf, buf, sp.len);
		}
		sp.editing = a->typing = true;
	} else if (ch == 'd' && sp.rows[a->sel].i < sp.plan.n[sp.rows[a->sel].s]) {
		sp.confirm_delete = true;
	}
	return SCR_SAME;
}

const struct screen_ops SCR_SAFETY_ops = {N_("Keys: your safety plan"),
					  list_keys,
					  safety_enter,
					  safety_draw,
					  safety_key,
					  false,
					  NULL};
