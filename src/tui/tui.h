/* tui.h - the ncurses coach: screens, keys, colours and drawing helpers.
 * Only files under src/tui include curses. */
#ifndef COACH_TUI_H
#define COACH_TUI_H

#include <stdbool.h>

#include "coach/context.h"
#include "coach/i18n.h"
#include "coach/util.h"

enum { TUI_MIN_COLS = 40, TUI_MIN_LINES = 12 };

/* Colour roles, each with a monochrome attribute. X(role, fg, mono) */
/* clang-format off */
#define TUI_ROLES(X) X(ROLE_NORMAL, -1, 0) X(ROLE_TITLE, COLOR_CYAN, A_BOLD) \
	X(ROLE_DIM, COLOR_BLUE, A_DIM) X(ROLE_SELECTED, -2, A_REVERSE) \
	X(ROLE_KEYS, COLOR_GREEN, A_BOLD) X(ROLE_WARN, COLOR_YELLOW, A_BOLD)
/* clang-format on */
#define TUI_ROLE_ENUM(r, fg, mono) r,
enum tui_role { TUI_ROLES(TUI_ROLE_ENUM) ROLE_COUNT };
#undef TUI_ROLE_ENUM

/* What a key handler asks for next. */
enum tui_action { ACT_NONE, ACT_QUIT, ACT_HELP, ACT_BACK };

/* A key binding: keys, the label on the key bar, the help text.  The key
 * table is the only place a binding exists: screens look keys up in it
 * (tui_key_find) and the help screen names them from it.  alt is a second
 * key, or TUI_TO(c) for the range key..c (digits). */
#define TUI_TO(c) (0x200000 | (c))
struct tui_key {
	int key, alt;
	const char *label; /* short, for the bottom bar; NULL = help only */
	const char *help;
	enum tui_action action;
	int code; /* screen-specific meaning */
};

struct tui {
	bool utf8, color;
	int rows, cols;
	/* while true, text is drawn with its numbers as written, never with the
	 * locale's decimal comma: what the person typed or is asked to type (a
	 * load list "1.25,2.5", a safety plan's phone number) and who to call,
	 * whose numbers are never changed.  Each frame starts it false. */
	bool as_typed;
};

/* The binding of ch in a key table, or NULL.  Enter is Enter, Return or
 * the keypad's; Backspace is any of its codes. */
const struct tui_key *tui_key_find(const struct tui_key *keys, int ch);

/* drawing helpers (draw.c) */
/* Colours for the background: TUI_COLORS_AUTO (COLORFGBG says), DARK,
 * LIGHT, or NONE (as NO_COLOR, which always wins). */
enum { TUI_COLORS_AUTO, TUI_COLORS_DARK, TUI_COLORS_LIGHT, TUI_COLORS_NONE };
void tui_colors_init(struct tui *t, int mode);
int tui_attr(const struct tui *t, enum tui_role role);
/* Draw s at (y, x) in at most w columns, cut with an ellipsis if needed. */
void tui_text(const struct tui *t, int y, int x, int w, enum tui_role role, const char *s);
/* The same with tail (a mark such as "  (yours, week 3)") drawn whole after
 * it: s is cut so that the tail always fits.  Returns the column after the
 * text drawn. */
int tui_text_tail(const struct tui *t, int y, int x, int w, enum tui_role role, const char *s,
		  const char *tail);
void tui_rule(const struct tui *t, int y);
/* The key bar on the last line from a key table. */
void tui_keybar(const struct tui *t, const struct tui_key *keys);
/* Wrap text into the box (y, x, w, h) from line `skip`; returns lines needed. */
int tui_wrap(const struct tui *t, int y, int x, int w, int h, int skip, enum tui_role role,
	     const char *text);
/* The same with a hanging indent: the first line from column x_first, the
 * rest from x_rest, all ending before column `right`. */
int tui_wrap_hanging(const struct tui *t, int y, int x_first, int x_rest, int right, int h,
		     int skip, enum tui_role role, const char *text);
/* Wrap text into at most h lines at (y, x), w wide; when it needs more,
 * the shorter text (a complete sentence too) instead.  Returns the lines
 * drawn. */
int tui_wrap_either(const struct tui *t, int y, int x, int w, int h, enum tui_role role,
		    const char *text, const char *shorter);
void tui_too_small(const struct tui *t);
/* A block of text for tui_blocks: wrapped in its role, a blank line after. */
struct tui_block {
	enum tui_role role;
	const char *text; /* NULL: left out */
};
/* Blocks of wrapped text in rows y..bottom from column x, w wide, scrolled
 * by *scroll lines (kept in range); where it goes on, the last row says
 * "── more: Down ──".  Returns true when it goes on. */
bool tui_blocks(const struct tui *t, int y, int bottom, int x, int w, const struct tui_block *b,
		size_t n, int *scroll);
/* The first of n lines to show in h rows so that line sel is among them. */
int tui_list_top(int sel, int n, int h);
/* "── more ──" (dim) at (y, x): a list or text goes on past this line. */
void tui_more(const struct tui *t, int y, int x);
/* The help screen, generated from a key table. */
void tui_help(struct tui *t, const char *title, const struct tui_key *keys);
bool tui_should_quit(void);

#endif
