/* tui.c - start and stop curses safely, and run the screens. */
#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <time.h>
#include <termios.h>
#include <unistd.h>

#include "app.h"
#include "coach/clock.h"
#include "coach/interface.h"
#include "coach/progression.h"

static volatile sig_atomic_t quit_signal;
static struct termios saved_tio;
static bool have_tio;

static void on_quit(int sig)
{
	quit_signal = sig;
}

/* A crash: restore the terminal with async-signal-safe calls only, then die. */
static void on_crash(int sig)
{
	static const char reset[] = "\033[?1049l\033[?25h\033[0m\r\n";
	if (have_tio)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_tio);
	ssize_t r = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
	(void)r;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Every signal whose default action ends the process.  The keyboard's
 * (Ctrl-C, Ctrl-\\), a hang-up and TERM quit cleanly at the next key; the
 * rest restore the terminal at once and end the process as the signal would.
 * KILL and STOP cannot be caught; TSTP is curses' own (it suspends cleanly);
 * WINCH, CHLD, URG and CONT do not end a process. */
static const int quit_signals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};
static const int fatal_signals[] = {
	SIGILL,	   SIGTRAP, SIGABRT, SIGBUS,  SIGFPE,	 SIGSEGV, SIGUSR1, SIGUSR2,
	SIGPIPE,   SIGALRM, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO,   SIGSYS,
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
};

static void catch_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_quit;
	for (size_t i = 0; i < ARRAY_LEN(quit_signals); i++)
		sigaction(quit_signals[i], &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	for (size_t i = 0; i < ARRAY_LEN(fatal_signals); i++)
		sigaction(fatal_signals[i], &sa, NULL);
#if defined(SIGRTMIN) && defined(SIGRTMAX)
	for (int s = SIGRTMIN; s <= SIGRTMAX; s++)
		sigaction(s, &sa, NULL);
#endif
}

bool tui_should_quit(void)
{
	return quit_signal != 0;
}

static bool terminal_usable(void)
{
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		return false;
	const char *term = getenv("TERM");
	if (!term || !*term || strcmp(term, "dumb") == 0)
		return false;
	int err = 0;
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
		return false;
	const char *cup = tigetstr("cup");
	bool ok = cup && cup != (char *)-1;
	del_curterm(cur_term);
	return ok;
}

static void app_open(struct app *a)
{
	a->today = clock_today();
	a->move_from = -1;
	a->has_profile = ctx_has_profile(a->x) && app_reload_profile(a);
	if (a->has_profile && a->prog && a->st) {
		/* the log is the truth: a workout left mid-way (or a crash) leaves sets
		 * whose progression was never worked out; only then is it replayed */
		workout_catch_up(a->st, &a->x->cat, &a->prof, a->prog);
		store_get_checkin(a->st, a->today, &a->ck);
		app_prescribe(a);
	}
	a->screen = !a->has_profile ? SCR_WELCOME : !a->prog ? SCR_CHOOSE : SCR_HOME;
	if (!a->has_profile) {
		enum screen_id resume = welcome_load_draft(a);
		if (resume != SCR_SAME)
			a->screen = resume;
	}
	a->after_crisis = a->screen; /* where help goes back to, until it is called */
}

static void app_close(struct app *a)
{
	store_close(a->st);
	if (a->has_profile)
		profile_free(&a->prof);
}

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* COACH_BENCH_OUT=FILE: after the first frame, time redraws of the busiest
 * screens and write the figures to FILE (make bench). */
static void bench_frames(struct app *a, const char *out)
{
	FILE *fp = fopen(out, "w");
	if (!fp)
		return;
	fprintf(fp, "first_frame_ms %ld\n", clock_mono_ms() - a->x->started_ms);
	static const enum screen_id bench_screens[] = {SCR_HOME, SCR_WEEK, SCR_PROGRESS};
	static const char *const names[] = {"home", "week", "progress"};
	for (size_t i = 0; i < 3; i++) {
		a->screen = bench_screens[i];
		if (screens[a->screen]->enter)
			screens[a->screen]->enter(a);
		enum { N = 200 };
		double t0 = cpu_ms();
		for (int k = 0; k < N; k++) {
			erase();
			screens[a->screen]->draw(a);
			wnoutrefresh(stdscr);
		}
		doupdate();
		fprintf(fp, "redraw_%s_ms %.3f\n", names[i], (cpu_ms() - t0) / N);
	}
	fclose(fp);
}

static bool is_help(enum screen_id s)
{
	return s == SCR_CRISIS || s == SCR_SAFETY || s == SCR_ABOUT;
}

/* Change screens.  Help (the crisis screen and what it leads to) keeps the
 * place of the screen it was called from, and going back returns to it as
 * it was: a set being entered, a rest counting down. */
static void go(struct app *a, enum screen_id next)
{
	a->ask.text[0] = '\0'; /* a question left unanswered changes nothing */
	/* the breathing alone: paused while help is read, in the log once it ends */
	if (a->br.record && next != SCR_BREATHE)
		breathe_leave(a, is_help(next));
	if (next == SCR_CRISIS && !is_help(a->screen)) {
		a->after_crisis = a->screen;
		a->crisis_saved.sel = a->sel;
		a->crisis_saved.scroll = a->scroll;
		a->crisis_saved.field = a->field;
	}
	if (a->screen == SCR_CRISIS && next == a->after_crisis && !is_help(next)) {
		a->screen = next;
		a->sel = a->crisis_saved.sel;
		a->scroll = a->crisis_saved.scroll;
		a->field = a->crisis_saved.field;
		a->typing = false;
		if (next == SCR_BREATHE)
			breathe_resume(a);
		return;
	}
	a->screen = next;
	a->sel = a->scroll = a->field = 0;
	a->typing = false;
	if (screens[next]->enter)
		screens[next]->enter(a);
}

static void run(struct app *a)
{
	bool redraw = true;
	const char *bench = getenv("COACH_BENCH_OUT");
	const struct screen_ops *s = screens[a->screen];
	if (s->enter)
		s->enter(a);
	while (!tui_should_quit()) {
		getmaxyx(stdscr, a->t.rows, a->t.cols);
		/* who to call is drawn at any size, as well as it fits */
		bool small = (a->t.cols < TUI_MIN_COLS || a->t.rows < TUI_MIN_LINES) &&
			     a->screen != SCR_CRISIS;
		s = screens[a->screen];
		if (redraw) {
			if (small) {
				tui_too_small(&a->t);
			} else {
				/* the log removed or replaced under us (coach forget in
				 * another shell): said on every screen, and nothing more
				 * is written (the store refuses) */
				if (!a->message[0] && a->st && !store_still_there(a->st))
					snprintf(a->message, sizeof(a->message), "%s",
						 store_error(a->st));
				erase();
				a->t.as_typed = false;
				s->draw(a);
				a->t.as_typed = false;
				/* a question waiting for its answer, above the key bar, over
				 * whatever was there, wrapped as it needs */
				if (a->ask.text[0]) {
					int w = a->t.cols - 2;
					int n = tui_wrap(&a->t, 0, 1, w, 0, 0, ROLE_WARN,
							 a->ask.text);
					int top = a->t.rows - 2 - n > 2 ? a->t.rows - 2 - n : 2;
					for (int y = top; y < a->t.rows - 2; y++) {
						move(y, 0);
						clrtoeol();
					}
					tui_wrap(&a->t, top, 1, w, a->t.rows - 2 - top, 0,
						 ROLE_WARN, a->ask.text);
				}
				/* a message is shown once, above the key bar, over whatever was
				 * there, wrapped as it needs (whole at any width) */
				if (a->message[0]) {
					int w = a->t.cols - 2;
					int n = tui_wrap(&a->t, 0, 1, w, 0, 0, ROLE_WARN,
							 a->message);
					int top = a->t.rows - 2 - n > 2 ? a->t.rows - 2 - n : 2;
					for (int y = top; y < a->t.rows - 2; y++) {
						move(y, 0);
						clrtoeol();
					}
					a->t.as_typed = a->message_typed;
					tui_wrap(&a->t, top, 1, w, a->t.rows - 2 - top, 0,
						 ROLE_WARN, a->message);
					a->t.as_typed = false;
					/* a screen on the clock redraws ten times a second:
					 * there it stays a few seconds, to be read */
					long now = clock_mono_ms();
					if (!a->message_at)
						a->message_at = now;
					if (!s->ticks || now - a->message_at >= 3000) {
						a->message[0] = '\0';
						a->message_at = 0;
					}
				}
				refresh();
			}
			if (bench && *bench) {
				bench_frames(a, bench);
				return;
			}
		}
		timeout(s->ticks ? 100 : 250);
		int ch = getch();
		if (ch == ERR) {
			redraw = s->ticks;
			continue;
		}
		redraw = true;
		if (ch == KEY_RESIZE)
			continue;
		if (small) {
			if (ch == 'q')
				break;
			if (ch == 'h' || ch == KEY_F(1))
				go(a, SCR_CRISIS);
			continue;
		}
		if (ch == '?' && !a->typing) {
			tui_help(&a->t, _(s->help_title), s->keys_now ? s->keys_now(a) : s->keys);
			continue;
		}
		/* who to call, from every screen: h, or F1 while a text field has the keys */
		bool help_now = (ch == 'h' && !a->typing) || ch == KEY_F(1);
		enum screen_id next = help_now ? SCR_CRISIS : s->key(a, ch);
		if (next == SCR_QUIT)
			break;
		if (next != SCR_SAME && next != a->screen)
			go(a, next);
	}
}

int tui_main(struct ctx *x)
{
	if (!terminal_usable()) {
		fputs(_("coach: the interactive coach needs a terminal with cursor movement.\n"
			"Everything is also available as commands: 'coach today', 'coach "
			"checkin',\n"
			"'coach log', 'coach plan'... ('coach --help' lists them).\n"),
		      stderr);
		return EXIT_USAGE;
	}
	struct diags d = {0};
	bool cat_ok = ctx_catalog(x, &d);
	diags_sort(&d);
	diags_print(&d, stderr);
	diags_free(&d);
	if (!cat_ok)
		return EXIT_INVALID;
	struct app *a = xcalloc(1, sizeof(*a));
	a->x = x;
	char *err = NULL;
	if (!ctx_store(x, &a->st, &err)) {
		fprintf(stderr, "coach: %s\n", err);
		free(err);
		free(a);
		return EXIT_INVALID;
	}

	if (tcgetattr(STDIN_FILENO, &saved_tio) == 0)
		have_tio = true;
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		fputs(_("coach: cannot start the terminal interface; use the commands instead "
			"('coach --help')\n"),
		      stderr);
		store_close(a->st);
		free(a);
		return EXIT_USAGE;
	}
	set_term(scr);
	catch_signals();

	const char *cs = nl_langinfo(CODESET);
	a->t.utf8 = cs && strcmp(cs, "UTF-8") == 0;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	app_open(a);
	/* the profile's interface.colors, once it is read (profile.h's order) */
	tui_colors_init(&a->t, a->has_profile ? (int)a->prof.colors : TUI_COLORS_AUTO);
	run(a);
	/* quitting at any point loses nothing: first run's answers too, and the
	 * minutes breathed */
	if (a->br.record)
		breathe_leave(a, false);
	if (!a->has_profile && (a->screen == SCR_PARQ || a->screen == SCR_SETUP))
		welcome_save_draft(a);

	endwin();
	delscreen(scr);
	app_close(a);
	free(a);
	int rc = 0;
	if (quit_signal)
		rc = 128 + quit_signal;
	return rc;
}
