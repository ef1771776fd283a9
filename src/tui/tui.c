/* tui.c - start and stop curses safely, and run the screens. */
#include <curses.h>
#include <langinfo.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <unistd.h>

#include "tui.h"

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

bool tui_should_quit(void)
{
	return quit_signal != 0;
}

int tui_getkey(struct tui *t)
{
	(void)t;
	int ch = getch();
	return ch;
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

int tui_main(struct cli *c)
{
	if (!terminal_usable()) {
		fputs("coach: the interactive coach needs a terminal with cursor movement.\n"
		      "Everything is also available as commands: 'coach programs', 'coach show ID',\n"
		      "'coach profile init'... ('coach --help' lists them).\n",
		      stderr);
		return EXIT_USAGE;
	}
	if (!cli_catalog(c))
		return EXIT_INVALID;

	if (tcgetattr(STDIN_FILENO, &saved_tio) == 0)
		have_tio = true;
	SCREEN *scr = newterm(NULL, stdout, stdin);
	if (!scr) {
		fputs("coach: cannot start the terminal interface; use the commands instead "
		      "('coach --help')\n",
		      stderr);
		return EXIT_USAGE;
	}
	set_term(scr);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_quit;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);

	struct tui t = {.cli = c};
	const char *cs = nl_langinfo(CODESET);
	t.utf8 = cs && strcmp(cs, "UTF-8") == 0;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	curs_set(0);
	timeout(250);
	tui_colors_init(&t);

	int rc = screen_browse(&t);

	endwin();
	delscreen(scr);
	if (quit_signal == SIGTERM || quit_signal == SIGHUP)
		rc = 128 + quit_signal;
	return rc;
}
