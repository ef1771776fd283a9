/* screen_crisis.c - who to call, from every screen (h, or F1 while typing):
 * the person's own people, the region's lines, the emergency numbers and
 * their safety plan.  It reads only its own files (crisis.h), so a broken
 * log, profile or contacts file never keeps the numbers away; it stays
 * until the person chooses to go on.  Also the About screen: what the
 * coach can and cannot do. */
#include <curses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/crisis.h"

enum { K_GO = 1, K_DOWN, K_UP, K_PGDN, K_PGUP, K_PLAN, K_ABOUT };

static const struct tui_key crisis_keys[] = {
	{'\r', 27, N_("Enter back"), N_("go back to where you were, when you choose to"), ACT_NONE,
	 K_GO},
	{KEY_DOWN, 'j', N_("↑↓ scroll"), N_("scroll down"), ACT_NONE, K_DOWN},
	{KEY_UP, 'k', NULL, N_("scroll up"), ACT_NONE, K_UP},
	{KEY_NPAGE, ' ', NULL, N_("a page down"), ACT_NONE, K_PGDN},
	{KEY_PPAGE, 0, NULL, N_("a page up"), ACT_NONE, K_PGUP},
	{KEY_HOME, KEY_END, NULL, N_("the top, the end"), ACT_NONE, 0},
	{'p', 0, N_("p safety plan"),
	 N_("your safety plan and your own people: read or write them"), ACT_NONE, K_PLAN},
	{'i', 0, N_("i about"), N_("what the coach can and cannot do, and when to seek care"),
	 ACT_NONE, K_ABOUT},
	{'q', 0, NULL, N_("back, too: q never quits from who to call"), ACT_NONE, K_GO},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

/* A paragraph of the screen: drawn from column `first`, wrapped to `rest`. */
struct para {
	int first, rest;
	enum tui_role role;
	char *text;
};

static struct {
	struct crisis_help h;
	bool loaded;
	struct para *v;
	size_t n, cap;
	char problem[200]; /* the first file problem, said after the numbers */
} cs;

static void add(int first, int rest, enum tui_role role, const char *fmt, ...) COACH_PRINTF(4, 5);
static void add(int first, int rest, enum tui_role role, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = xvasprintf(fmt, ap);
	va_end(ap);
	xgrow((void **)&cs.v, &cs.cap, cs.n + 1, sizeof(*cs.v));
	cs.v[cs.n++] = (struct para){first, rest, role, text};
}

static void clear_paras(void)
{
	for (size_t i = 0; i < cs.n; i++)
		free(cs.v[i].text);
	cs.n = 0;
}

/* A broken catalogue must never stand between a person and these numbers:
 * a translation is only ever the argument of "%s" here, never a format, and
 * a contact's words are translated only with their numbers unchanged
 * (crisis_words); a missing catalogue only means English. */
static void add_contact(const struct crisis_contact *k, const char *region)
{
	const char *service = crisis_words(k->service), *how = crisis_words(k->how);
	region = crisis_words(region);
	if (region)
		add(4, 6, ROLE_NORMAL, "%s, %s: %s", service, region, how ? how : "");
	else if (how)
		add(4, 6, ROLE_NORMAL, "%s: %s", service, how);
	else
		add(4, 6, ROLE_NORMAL, "%s", service);
}

static void add_group(bool emergency, const char *heading)
{
	const struct crisis_help *h = &cs.h;
	const struct crisis_region *r;
	bool any = false;
	for (size_t i = 0; (r = crisis_help_region(h, i)); i++) {
		bool named = false;
		for (size_t k = 0; k < r->n_contacts; k++) {
			if (r->contacts[k].emergency != emergency)
				continue;
			if (!any) {
				add(1, 1, ROLE_TITLE, "%s", heading);
				any = true;
			}
			if (!h->region && !emergency && !named) {
				add(2, 2, ROLE_NORMAL, "%s", crisis_words(r->name));
				named = true;
			}
			add_contact(&r->contacts[k], !h->region && emergency ? r->name : NULL);
		}
	}
}

static void build(struct app *a)
{
	clear_paras();
	const struct crisis_help *h = &cs.h;
	if (h->bundled.message)
		add(1, 1, ROLE_NORMAL, "%s", crisis_words(h->bundled.message));
	add(1, 1, ROLE_NORMAL, "%s", "");
	if (h->n_own) {
		add(1, 1, ROLE_TITLE, "%s", _("Your own people"));
		for (size_t i = 0; i < h->n_own; i++)
			add_contact(&h->own[i], NULL);
	}
	add_group(false, h->region ? crisis_words(h->region->name) : _("Helplines"));
	add_group(true, _("In an emergency"));
	if (h->bundled.checked >= 0) {
		char d[11];
		date_format(h->bundled.checked, d);
		/* after the numbers: a translated format can no longer hide them */
		if (h->builtin)
			add(1, 1, ROLE_DIM,
			    _("(These numbers were checked on %s; the contacts file did not read, "
			      "so "
			      "these are the ones built into the coach.)"),
			    d);
		else
			add(1, 1, ROLE_DIM, _("(These numbers were checked on %s.)"), d);
	}
	if (!h->region)
		add(1, 1, ROLE_DIM, "%s",
		    _("Only your country's numbers: choose it in setup, or 'coach profile set "
		      "country gb' (us, ca, ie, au, de, eu, other)."));
	else if (h->from_locale)
		add(1, 1, ROLE_DIM, "%s",
		    _("These are the numbers for the country of your language setting; 'coach "
		      "profile set country CC' chooses another (us, ca, gb, ie, au, de, eu, "
		      "other)."));
	add(1, 1, ROLE_NORMAL, "%s", "");
	if (h->have_plan && !safety_plan_empty(&h->plan)) {
		add(1, 1, ROLE_TITLE, "%s", _("Your safety plan"));
		char buf[SP_MAX_TEXT + SP_MAX_NUMBER + 8];
		for (int s = 0; s < SP_COUNT; s++) {
			if (!h->plan.n[s] || s == SP_PEOPLE || s == SP_PROFESSIONALS)
				continue;
			add(2, 2, ROLE_NORMAL, "%s", _(sp_headings[s]));
			for (size_t i = 0; i < h->plan.n[s]; i++)
				add(4, 6, ROLE_NORMAL, "- %s",
				    sp_item_text(&h->plan.items[s][i], buf, sizeof(buf)));
		}
		add(1, 1, ROLE_DIM, "%s", _("p: read or change your safety plan."));
	} else {
		add(1, 1, ROLE_NORMAL, "%s",
		    _("A safety plan, written on a calmer day, helps on a hard one: your warning "
		      "signs, what helps, and who to call. Press p to write one, or to add your "
		      "own people. It is never required."));
	}
	if (cs.problem[0])
		add(1, 1, ROLE_DIM, "%s", cs.problem);
	(void)a;
}

static void crisis_enter(struct app *a)
{
	if (cs.loaded)
		crisis_help_free(&cs.h);
	struct diags d = {0};
	crisis_help_load(&cs.h, a->x->paths.catalogue, a->x->paths.config_dir,
			 a->has_profile ? a->prof.country : NULL, &d);
	cs.loaded = true;
	cs.problem[0] = '\0';
	if (d.len)
		snprintf(cs.problem, sizeof(cs.problem),
			 _("(A file of yours did not read and was left out: %s, line %d: %s)"),
			 d.v[0].path, d.v[0].line, d.v[0].msg);
	diags_free(&d);
	build(a);
}

/* Lines of every paragraph at this width, and draw those from `skip`. */
static int layout(struct app *a, int top, int h, int skip, bool draw)
{
	struct tui *t = &a->t;
	int line = 0;
	for (size_t i = 0; i < cs.n; i++) {
		const struct para *p = &cs.v[i];
		int n = p->text[0] ? tui_wrap_hanging(t, 0, p->first, p->rest, t->cols - 1, 0, 0,
						      p->role, p->text)
				   : 1;
		if (draw && line + n > skip && line - skip < h && p->text[0]) {
			int from = skip > line ? skip - line : 0;
			int y = top + (line > skip ? line - skip : 0);
			tui_wrap_hanging(t, y, p->first, p->rest, t->cols - 1, top + h - y, from,
					 p->role, p->text);
		}
		line += n;
	}
	return line;
}

static void crisis_draw(struct app *a)
{
	struct tui *t = &a->t;
	app_header(a, _("Please read this first"));
	/* every number as the contacts file and the person wrote it */
	t->as_typed = true;
	int top = 2, h = t->rows - 4;
	int need = layout(a, top, h, 0, false);
	if (a->scroll > need - h)
		a->scroll = need - h > 0 ? need - h : 0;
	layout(a, top, h, a->scroll, true);
	if (a->scroll + h < need) {
		/* it goes on below: say so on the last line of the box */
		move(top + h - 1, 0);
		clrtoeol();
		tui_text(t, top + h - 1, 1, t->cols - 2, ROLE_KEYS,
			 t->utf8 ? _("── more below: ↓ ──") : _("-- more below: Down --"));
	}
	tui_rule(t, t->rows - 2);
	tui_keybar(t, crisis_keys);
}

static enum screen_id crisis_key(struct app *a, int ch)
{
	int page = a->t.rows - 5 > 1 ? a->t.rows - 5 : 1;
	switch (ch) {
	case KEY_DOWN:
	case 'j':
		a->scroll++;
		break;
	case KEY_UP:
	case 'k':
		a->scroll = a->scroll > 0 ? a->scroll - 1 : 0;
		break;
	case KEY_NPAGE:
	case ' ':
		a->scroll += page;
		break;
	case KEY_PPAGE:
		a->scroll = a->scroll > page ? a->scroll - page : 0;
		break;
	case KEY_HOME:
		a->scroll = 0;
		break;
	case KEY_END:
		a->scroll = 1 << 20; /* the draw brings it back to the last page */
		break;
	case 'p':
		return SCR_SAFETY;
	case 'i':
		return SCR_ABOUT;
	case '\r':
	case '\n':
	case KEY_ENTER:
	case 27:
	case 'q':
		return a->after_crisis;
	default:
		break;
	}
	return SCR_SAME;
}

const struct screen_ops SCR_CRISIS_ops = {
	N_("Keys: who to call"), crisis_keys, crisis_enter, crisis_draw, crisis_key, false, NULL};

/* --- what the coach can and cannot do ------------------------------------------ */

static const struct tui_key about_keys[] = {
	{'\r', 27, N_("Enter back"), N_("back to who to call"), ACT_NONE, K_GO},
	{KEY_DOWN, 'j', N_("↑↓ scroll"), N_("scroll"), ACT_NONE, K_DOWN},
	{KEY_UP, 'k', NULL, N_("scroll"), ACT_NONE, K_UP},
	{'q', 0, NULL, N_("back, too"), ACT_NONE, K_GO},
	{'?', 0, N_("? help"), N_("this help"), ACT_HELP, 0},
	{0, 0, NULL, NULL, ACT_NONE, 0},
};

static void about_draw(struct app *a)
{
	struct tui *t = &a->t;
	/* in the person's language, its numbers (PHQ-9, GAD-7) as in English */
	const char *about = crisis_words(crisis_about);
	const char *nl = strchr(about, '\n');
	if (!nl)
		nl = about + strlen(about);
	char title[160];
	snprintf(title, sizeof(title), "%.*s", (int)(nl - about), about);
	app_header(a, title);
	int y = 3 - a->scroll, h = t->rows - 4;
	for (const char *p = *nl ? nl + 1 : nl; *p;) {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		char *para = xasprintf("%.*s", (int)len, p);
		int n = tui_wrap(t, 0, 1, t->cols - 2, 0, 0, ROLE_NORMAL, para);
		if (y + n > 2 && y < 2 + h)
			tui_wrap(t, y < 2 ? 2 : y, 1, t->cols - 2, 2 + h - (y < 2 ? 2 : y),
				 y < 2 ? 2 - y : 0, ROLE_NORMAL, para);
		y += n + 1;
		free(para);
		p = end ? end + 1 : p + len;
	}
	if (y > 2 + h)
		tui_text(t, t->rows - 3, 1, t->cols - 2, ROLE_KEYS,
			 t->utf8 ? _("── more below: ↓ ──") : _("-- more below: Down --"));
	tui_rule(t, t->rows - 2);
	tui_keybar(t, about_keys);
}

static enum screen_id about_key(struct app *a, int ch)
{
	if (ch == KEY_DOWN || ch == 'j')
		a->scroll++;
	else if ((ch == KEY_UP || ch == 'k') && a->scroll > 0)
		a->scroll--;
	else if (ch == '\r' || ch == '\n' || ch == KEY_ENTER || ch == 27 || ch == 'q')
		return SCR_CRISIS;
	return SCR_SAME;
}

const struct screen_ops SCR_ABOUT_ops = {
	N_("Keys: about the coach"), about_keys, NULL, about_draw, about_key, false, NULL};
