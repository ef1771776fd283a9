/* draw.c - colours, text that fits, the key bar, help and "too small". */
#include <curses.h>
#include <stdlib.h>
#include <string.h>

#include "coach/termsafe.h"
#include "tui.h"

static const struct {
	short fg;
	int mono;
} roles[] = {
#define TUI_ROLE_ROW(r, fg, mono) {fg, mono},
	TUI_ROLES(TUI_ROLE_ROW)
#undef TUI_ROLE_ROW
};

/* Text stays in the terminal's own colours; colour is an accent, chosen for
 * the background.  Each column is {dark, light, unknown}; the 256-colour
 * choices reach 4.5:1 on xterm's black (dark) or white (light), and at
 * least 3:1 on both when the background is not known (mid-tones of the
 * cube; xterm's 16 cannot).  -1: the terminal's own colour. */
enum { BG_DARK, BG_LIGHT, BG_UNKNOWN };
static const short pal256[ROLE_COUNT][3] = {
	[ROLE_TITLE] = {117, 25, 31},
	[ROLE_DIM] = {245, 242, 243},
	[ROLE_KEYS] = {114, 28, 29},
	[ROLE_WARN] = {221, 124, 130},
};
static const short pal8[ROLE_COUNT][3] = {
	[ROLE_TITLE] = {COLOR_CYAN, COLOR_BLUE, COLOR_MAGENTA},
	[ROLE_DIM] = {-1, -1, -1},
	[ROLE_KEYS] = {COLOR_GREEN, COLOR_MAGENTA, COLOR_MAGENTA},
	[ROLE_WARN] = {COLOR_YELLOW, COLOR_RED, COLOR_RED},
};
static short role_fg[ROLE_COUNT];

/* COLORFGBG ("15;0", "0;default;15"): its last field is the background. */
static int background_of_env(void)
{
	const char *v = getenv("COLORFGBG");
	const char *last = v ? strrchr(v, ';') : NULL;
	if (!last || !last[1])
		return BG_UNKNOWN;
	char *end;
	long bg = strtol(last + 1, &end, 10);
	if (*end || bg < 0 || bg > 15)
		return BG_UNKNOWN;
	return bg == 7 || bg >= 9 ? BG_LIGHT : BG_DARK;
}

void tui_colors_init(struct tui *t, int mode)
{
	const char *nc = getenv("NO_COLOR");
	t->color = has_colors() && !(nc && *nc) && mode != TUI_COLORS_NONE;
	if (!t->color)
		return;
	int bg = mode == TUI_COLORS_DARK    ? BG_DARK
		 : mode == TUI_COLORS_LIGHT ? BG_LIGHT
					    : background_of_env();
	start_color();
	use_default_colors();
	bool wide = COLORS >= 256;
	for (int i = 1; i < ROLE_COUNT; i++) {
		role_fg[i] = (short)(roles[i].fg < 0 ? -1 : wide ? pal256[i][bg] : pal8[i][bg]);
		if (role_fg[i] >= 0)
			init_pair((short)i, role_fg[i], -1);
	}
}

int tui_attr(const struct tui *t, enum tui_role role)
{
	if (role == ROLE_NORMAL)
		return A_NORMAL;
	if (!t->color || roles[role].fg < 0 || role_fg[role] < 0)
		return roles[role].mono;
	return COLOR_PAIR(role) | (roles[role].mono & A_BOLD);
}

/* Every string the interface draws passes here: text from outside (names and
 * notes from files, paths, CSV names in the log) with control or bidi
 * characters or bytes that are not UTF-8 is drawn as the command line prints
 * it (termsafe_line: \x1b, <U+202E>), never handed to the terminal raw.
 * Printable ASCII, most of what is drawn, is drawn as it is.  *owned is what
 * the caller frees. */
static const char *safe_text(const char *s, char **owned)
{
	*owned = NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p >= 0x7f)
			return *owned = termsafe_line(s);
	return s;
}

void tui_text(const struct tui *t, int y, int x, int w, enum tui_role role, const char *text)
{
	if (w <= 0 || y < 0 || y >= t->rows)
		return;
	char *owned, *shown;
	const char *s = safe_text(text, &owned);
	shown = NULL;
	if (!t->as_typed)
		s = decimal_show(s, &shown);
	attrset(tui_attr(t, role));
	size_t fit = utf8_fit(s, (size_t)w);
	if (s[fit] != '\0' && w > 1) {
		const char *ell = t->utf8 ? "…" : "~";
		fit = utf8_fit(s, (size_t)w - 1);
		mvaddnstr(y, x, s, (int)fit);
		addstr(ell);
	} else {
		mvaddnstr(y, x, s, (int)fit);
	}
	attrset(A_NORMAL);
	free(shown);
	free(owned);
}

/* The column after what was just drawn on row y (the cursor has gone on to
 * the next row when the text reached the last column). */
static int drawn_to(int y, int x_max)
{
	return getcury(stdscr) == y ? getcurx(stdscr) : x_max;
}

int tui_text_tail(const struct tui *t, int y, int x, int w, enum tui_role role, const char *s,
		  const char *tail)
{
	int tw = (int)utf8_width(tail);
	if (w <= 0 || y < 0 || y >= t->rows)
		return x;
	if (tw + 2 > w) {
		tui_text(t, y, x, w, role, s);
		return drawn_to(y, x + w);
	}
	tui_text(t, y, x, w - tw, role, s);
	int end = drawn_to(y, x + w - tw);
	if (!*tail)
		return end;
	tui_text(t, y, end, x + w - end, role, tail);
	return drawn_to(y, x + w);
}

void tui_rule(const struct tui *t, int y)
{
	attrset(tui_attr(t, ROLE_DIM));
	move(y, 0);
	for (int x = 0; x < t->cols; x++)
		addstr(t->utf8 ? "─" : "-");
	attrset(A_NORMAL);
}

/* The label as drawn: arrows have an ASCII spelling. */
static void key_label(const struct tui *t, const char *label, char *out, size_t size)
{
	if (!t->utf8 && strncmp(label, "↑↓", strlen("↑↓")) == 0)
		snprintf(out, size, "Up/Dn%s", label + strlen("↑↓"));
	else
		snprintf(out, size, "%s", label);
}

/* Help, quit and who to call sit at the right of the key bar. */
static bool keybar_right(const struct tui_key *k)
{
	return k->action == ACT_HELP || k->action == ACT_QUIT || k->key == 'q' ||
	       k->key == KEY_F(1);
}

void tui_keybar(const struct tui *t, const struct tui_key *keys)
{
	int y = t->rows - 1;
	move(y, 0);
	clrtoeol();
	/* Each label takes its width and two columns between; in all, the
	 * line less a column at each end.  When not all fit, how to go on
	 * (Enter) and back (Esc) come first, then help, quit and who to call
	 * (at the right), then the rest in order. */
	enum { MAX_SHOWN = 32 };
	bool shown[MAX_SHOWN] = {false};
	int width[MAX_SHOWN] = {0};
	int room = t->cols;
	for (int pass = 0; pass < 3; pass++) {
		int i = 0;
		for (const struct tui_key *k = keys; k->help && i < MAX_SHOWN; k++, i++) {
			if (!k->label || shown[i])
				continue;
			bool way = (k->key == '\r' || k->key == 27) && !keybar_right(k);
			if ((pass == 0 && !way) || (pass == 1 && !keybar_right(k)) ||
			    (pass == 2 && (way || keybar_right(k))))
				continue;
			char label[64];
			key_label(t, _(k->label), label, sizeof(label));
			width[i] = (int)utf8_width(label);
			if (width[i] + 2 > room) {
				if (pass == 2)
					break;
				continue;
			}
			shown[i] = true;
			room -= width[i] + 2;
		}
	}
	int x = 1, right = t->cols - 1, i = 0;
	for (const struct tui_key *k = keys; k->help && i < MAX_SHOWN; k++, i++) {
		if (!shown[i])
			continue;
		char label[64];
		key_label(t, _(k->label), label, sizeof(label));
		if (keybar_right(k)) {
			right -= width[i];
			tui_text(t, y, right, width[i], ROLE_KEYS, label);
			right -= 2;
		} else {
			tui_text(t, y, x, width[i], ROLE_KEYS, label);
			x += width[i] + 2;
		}
	}
}

int tui_wrap(const struct tui *t, int y, int x, int w, int h, int skip, enum tui_role role,
	     const char *text)
{
	return tui_wrap_hanging(t, y, x, x, x + w, h, skip, role, text);
}

struct wrap_draw {
	const struct tui *t;
	int y, x_first, x_rest, right, h, skip;
	enum tui_role role;
};

static void wrap_draw_line(void *ctx, int index, const char *line)
{
	const struct wrap_draw *d = ctx;
	if (index < d->skip || index - d->skip >= d->h)
		return;
	int x = index == 0 ? d->x_first : d->x_rest;
	tui_text(d->t, d->y + index - d->skip, x, d->right - x > 1 ? d->right - x : 1, d->role,
		 line);
}

int tui_wrap_hanging(const struct tui *t, int y, int x_first, int x_rest, int right, int h,
		     int skip, enum tui_role role, const char *text)
{
	struct wrap_draw d = {t, y, x_first, x_rest, right, h, skip, role};
	return text_wrap(text, right - x_first, right - x_rest, TEXT_CUT_LONG, wrap_draw_line, &d);
}

int tui_wrap_either(const struct tui *t, int y, int x, int w, int h, enum tui_role role,
		    const char *text, const char *shorter)
{
	if (h < 1)
		return 0;
	int need = tui_wrap(t, y, x, w, 0, 0, role, text);
	if (need > h && shorter) {
		text = shorter;
		need = tui_wrap(t, y, x, w, 0, 0, role, text);
	}
	tui_wrap(t, y, x, w, h, 0, role, text);
	return need < h ? need : h;
}

void tui_more(const struct tui *t, int y, int x)
{
	tui_text(t, y, x, t->cols - x, ROLE_DIM,
		 t->utf8 ? _("── more: Down ──") : _("-- more: Down --"));
}

bool tui_blocks(const struct tui *t, int y, int bottom, int x, int w, const struct tui_block *b,
		size_t n, int *scroll)
{
	int h = bottom - y + 1, total = 0;
	if (h < 1)
		return false;
	for (size_t i = 0; i < n; i++)
		if (b[i].text)
			total += tui_wrap(t, y, x, w, 0, 0, b[i].role, b[i].text) + 1;
	total--; /* no blank line after the last */
	if (*scroll > total - h)
		*scroll = total - h > 0 ? total - h : 0;
	if (*scroll < 0)
		*scroll = 0;
	bool more = total > h + *scroll;
	int rows = more ? h - 1 : h, line = 0;
	for (size_t i = 0; i < n; i++) {
		if (!b[i].text)
			continue;
		int need = tui_wrap(t, y, x, w, 0, 0, b[i].role, b[i].text);
		int from = line > *scroll ? line : *scroll;
		int to = line + need < *scroll + rows ? line + need : *scroll + rows;
		if (to > from)
			tui_wrap(t, y + from - *scroll, x, w, to - from, from - line, b[i].role,
				 b[i].text);
		line += need + 1;
	}
	if (more)
		tui_more(t, y + rows, x);
	return more;
}

int tui_list_top(int sel, int n, int h)
{
	if (h < 1 || n <= h)
		return 0;
	int top = sel - h + 1 > 0 ? sel - h + 1 : 0;
	return top > n - h ? n - h : top;
}

void tui_too_small(const struct tui *t)
{
	erase();
	tui_text(t, t->rows / 2 - 1, 0, t->cols, ROLE_WARN, _("Terminal too small"));
	char b[96];
	snprintf(b, sizeof(b), _("need %dx%d, have %dx%d"), TUI_MIN_COLS, TUI_MIN_LINES, t->cols,
		 t->rows);
	tui_text(t, t->rows / 2, 0, t->cols, ROLE_NORMAL, b);
	tui_text(t, t->rows / 2 + 1, 0, t->cols, ROLE_DIM, _("q quits"));
	tui_text(t, t->rows / 2 + 2, 0, t->cols, ROLE_DIM, _("h: who to call"));
	refresh();
}

/* One spelling for the keys that arrive in several. */
static int key_norm(int ch)
{
	if (ch == '\n' || ch == KEY_ENTER)
		return '\r';
	if (ch == 127 || ch == 8)
		return KEY_BACKSPACE;
	return ch;
}

const struct tui_key *tui_key_find(const struct tui_key *keys, int ch)
{
	ch = key_norm(ch);
	for (const struct tui_key *k = keys; k->help; k++) {
		if (ch == key_norm(k->key))
			return k;
		if (k->alt & 0x200000) {
			if (ch >= k->key && ch <= (k->alt & 0x1fffff))
				return k;
		} else if (k->alt && ch == key_norm(k->alt)) {
			return k;
		}
	}
	return NULL;
}

static const char *key_name_of(int k, char *buf, size_t size)
{
	switch (k) {
	case KEY_UP:
		return "Up";
	case KEY_DOWN:
		return "Down";
	case KEY_LEFT:
		return "Left";
	case KEY_RIGHT:
		return "Right";
	case KEY_ENTER:
	case '\r':
	case '\n':
		return "Enter";
	case 27:
		return "Esc";
	case KEY_NPAGE:
		return "PgDn";
	case KEY_PPAGE:
		return "PgUp";
	case KEY_HOME:
		return "Home";
	case KEY_END:
		return "End";
	case ' ':
		return "Space";
	case '\t':
		return "Tab";
	case KEY_BACKSPACE:
	case 127:
	case 8:
		return "Backspace";
	case KEY_BTAB:
		return "Shift-Tab";
	default:
		snprintf(buf, size, "%c", k);
		return buf;
	}
}

/* A binding's keys as the help screen names them: "Up, k", "1-5". */
static void key_names(const struct tui_key *k, char *out, size_t size)
{
	char a[16], b[16];
	const char *ka = key_name_of(k->key, a, sizeof(a));
	if (k->alt & 0x200000)
		snprintf(out, size, "%s-%c", ka, k->alt & 0x7f);
	else if (k->alt)
		snprintf(out, size, "%s, %s", ka, key_name_of(k->alt, b, sizeof(b)));
	else
		snprintf(out, size, "%s", ka);
}

void tui_help(struct tui *t, const char *title, const struct tui_key *keys)
{
	int skip = 0;
	for (;;) {
		getmaxyx(stdscr, t->rows, t->cols);
		erase();
		tui_text(t, 0, 1, t->cols - 2, ROLE_TITLE, title);
		tui_rule(t, t->rows - 2 > 1 ? 1 : 0);
		/* the key column as wide as its widest name */
		int kw = 5;
		char names[40];
		for (const struct tui_key *k = keys; k->help; k++) {
			key_names(k, names, sizeof(names));
			if ((int)strlen(names) > kw)
				kw = (int)strlen(names);
		}
		if (kw > t->cols / 3)
			kw = t->cols / 3;
		int x = 2 + kw + 2, w = t->cols - x - 1;
		/* every row as lines, then the part that fits from `skip` */
		int y = 2 - skip, bottom = t->rows - 2;
		for (const struct tui_key *k = keys;; k++) {
			const char *help =
				k->help ? _(k->help)
					: _("who to call if you are in crisis, from every "
					    "screen (F1 while typing)");
			if (k->help)
				key_names(k, names, sizeof(names));
			else
				snprintf(names, sizeof(names), "h, F1");
			int need = tui_wrap(t, 0, x, w, 0, 0, ROLE_NORMAL, help);
			if (y >= 2 && y < bottom)
				tui_text(t, y, 2, kw, ROLE_KEYS, names);
			for (int i = 0; i < need; i++)
				if (y + i >= 2 && y + i < bottom)
					tui_wrap(t, y + i, x, w, 1, i, ROLE_NORMAL, help);
			y += need;
			if (!k->help)
				break;
		}
		bool more = y > bottom;
		tui_text(t, t->rows - 1, 1, t->cols - 2, ROLE_DIM,
			 more	? _("Down: more   any other key: back")
			 : skip ? _("Up: back to the top   any other key: back")
				: _("any key: back"));
		refresh();
		int ch = getch();
		if (tui_should_quit())
			return;
		if (ch == KEY_DOWN && more) {
			skip++;
			continue;
		}
		if (ch == KEY_UP && skip) {
			skip--;
			continue;
		}
		if (ch != ERR && ch != KEY_RESIZE)
			return;
	}
}
