/* main.c - coach: entry point, global options and the command list. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/termsafe.h"
#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/interface.h"
#include "config.h"

#define ENTRY(name) &cmd_##name##_entry,
static const struct command *const commands[] = {COACH_COMMANDS(ENTRY) NULL};
#undef ENTRY

const struct command *command_find(const char *name)
{
	for (const struct command *const *c = commands; *c; c++)
		if (strcmp((*c)->name, name) == 0)
			return *c;
	return NULL;
}

const char *command_suggest(const char *word)
{
	const char *names[ARRAY_LEN(commands)];
	size_t n = 0;
	for (const struct command *const *k = commands; *k; k++)
		names[n++] = (*k)->name;
	names[n] = NULL;
	return did_you_mean(word, names);
}

void print_usage(FILE *fp)
{
	fputs(_("usage: coach [OPTIONS] [COMMAND [ARGS]]\n"
		"\n"
		"A calm coach for progressive strength training at home, for body and mood.\n"
		"Run without a command on a terminal to open the coach.\n"
		"\n"
		"Commands:\n"),
	      fp);
	for (const struct command *const *c = commands; *c; c++)
		fprintf(fp, "  %-10s %s\n", (*c)->name, _((*c)->summary));
	fputs(_("\n"
		"Options (before or after the command):\n"
		"  --home DIR         keep config, data and state under DIR (or COACH_HOME)\n"
		"  --programs DIR     also read programs from DIR (repeatable)\n"
		"  --profile FILE     use this profile file\n"
		"  --date YYYY-MM-DD  what today is (or COACH_TODAY)\n"
		"  --format F         text for people (default), yaml for scripts; csv for\n"
		"                     history and export\n"
		"  -h, --help         this help; 'coach help COMMAND' for one command\n"
		"  -V, --version      the version\n"
		"\n"
		"In crisis: 'coach crisis' (h in the coach).  What the coach is and is not:\n"
		"'coach help safety'.  Files: coach-programs(5).  Nothing leaves this machine.\n"),
	      fp);
}

/* When the process started (clock_mono_ms), for the start-up benchmark. */
static long cli_start_ms;

static int run(int argc, char **argv)
{
	struct cli c = {0};
	int rc = cli_parse_globals(&c, &argc, argv);
	if (rc)
		goto out;
	if ((argc >= 2 || c.want_help || c.want_version) && !termsafe_install(true, false))
		die(_("cannot set up the output"));
	if (c.want_version) {
		printf("coach %s\n", COACH_VERSION);
		goto out;
	}
	if (c.want_help) {
		if (argc > 1 && command_find(argv[1])) {
			char *args[] = {argv[1], NULL};
			rc = command_find("help")->run(&c, 1, args);
		} else {
			print_usage(stdout);
		}
		goto out;
	}
	char *err = NULL;
	c.ctx.program_dirs = c.program_dirs;
	c.ctx.n_program_dirs = c.n_program_dirs;
	c.ctx.started_ms = cli_start_ms;
	if (!ctx_init(&c.ctx, c.home, c.profile_path, &err)) {
		if (argc >= 2 && strcmp(argv[1], "crisis") == 0) {
			/* no home directory: the numbers all the same, then the problem */
			memset(&c.ctx.paths, 0, sizeof(c.ctx.paths));
			c.ctx.paths.catalogue = paths_catalogue();
			rc = cmd_crisis_entry.run(&c, argc - 2, argv + 2);
			fflush(stdout);
		}
		cli_fail("%s", err);
		rc = rc ? rc : (argc >= 2 && strcmp(argv[1], "crisis") == 0 ? 0 : EXIT_INVALID);
		free(err);
		goto out;
	}
	if (argc < 2) {
		rc = tui_main(&c.ctx);
		goto out;
	}
	const struct command *cmd = command_find(argv[1]);
	if (!cmd) {
		const char *near = command_suggest(argv[1]);
		if (argv[1][0] == '-')
			rc = cli_usage_error(NULL, _("unknown option '%s'"), argv[1]);
		else if (near)
			rc = cli_usage_error(NULL, _("no command '%s' (did you mean '%s'?)"),
					     argv[1], near);
		else
			rc = cli_usage_error(NULL, _("no command '%s'"), argv[1]);
		goto out;
	}
	if (c.format == FMT_ICAL && strcmp(cmd->name, "plan") != 0) {
		rc = cli_usage_error(cmd->name,
				     _("--format ical is for plan; '%s' has text and yaml"),
				     cmd->name);
		goto out;
	}
	rc = cmd->run(&c, argc - 2, argv + 2);
out:
	if (fflush(stdout) != 0 && rc == 0)
		rc = cli_fail(_("cannot write output"));
	ctx_free(&c.ctx);
	free(c.program_dirs);
	return rc;
}

int main(int argc, char **argv)
{
	cli_start_ms = clock_mono_ms();
	/* the person's language and formats (LC_NUMERIC stays "C": files keep the point) */
	i18n_init();
	/* a full disk (or a file size limit) is an error to report, not a signal to die of */
	signal(SIGXFSZ, SIG_IGN);
	/* nothing from a file reaches the terminal raw: every byte the coach
	 * writes passes the filter (the interface draws through curses on
	 * standard output, so only standard error is filtered for it) */
	if (!termsafe_install(false, true))
		die(_("cannot set up the output"));
	return run(argc, argv);
}
