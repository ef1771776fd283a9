/* main.c - coach: entry point, command table and help. */
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"

const struct command commands[] = {
	{"validate", cmd_validate, "coach validate PATH...",
	 "check program, exercise, policy, profile and session files",
	 "Checks each file, or every *.yaml file below each directory, against the formats\n"
	 "in coach-programs(5).  Every problem is one line on stderr:\n"
	 "  PATH:LINE:COL: error: MESSAGE\n"
	 "References to exercises and ladders are checked against the bundled catalogue,\n"
	 "the --programs directories and the files given.\n"
	 "Exit status: 0 all valid, 1 any invalid, 2 usage error."},
	{"programs", cmd_programs, "coach programs",
	 "list the program catalogue",
	 "Lists every program: id, level, days a week, minutes, weeks and equipment.\n"
	 "--format yaml gives id, name, summary, level, days_per_week, minutes, weeks,\n"
	 "equipment and goals for each, for scripts."},
	{"show", cmd_show, "coach show ID",
	 "one program, week by week",
	 "Shows a program's days and exercises with sets, reps, effort (reps in reserve),\n"
	 "rest, tempo and how each exercise progresses, grouped into the weeks that\n"
	 "differ (familiarisation, deload weeks).  Exit status 1 for an unknown id."},
	{"exercises", cmd_exercises, "coach exercises [PATTERN]",
	 "the exercise library",
	 "Lists every exercise with its id (for dislikes and for writing programs), its\n"
	 "movement pattern, the equipment it needs and its name.  PATTERN is one of\n"
	 "squat hinge lunge push-h push-v pull-h pull-v core carry balance isolation."},
	{"profile", cmd_profile, "coach profile init [OPTIONS] | show | set KEY VALUE",
	 "write or print your profile",
	 "coach profile init [--name N] [--units kg|lb] [--level L] [--weekdays mon,thu]\n"
	 "        [--minutes N] [--dumbbells 2,4,6] [--kettlebells 8,12] [--bands red,green]\n"
	 "        [--bar 20 --plates 1.25,2.5,5] [--bench] [--pullup-bar] [--dislikes ID,...]\n"
	 "        [--hypertension] [--parq-not-cleared] [--country us] [--program ID]\n"
	 "        [--start DATE] [--force]\n"
	 "    writes a new profile (--force replaces an existing one).\n"
	 "    --level      beginner, intermediate or advanced (default beginner)\n"
	 "    --weekdays   the days you can train: mon tue wed thu fri sat sun (default mon,thu)\n"
	 "    --minutes    time for one session, 10-180 (default 30)\n"
	 "    --dumbbells, --kettlebells  the loads you have, in your units\n"
	 "    --bands      colours, light to heavy: tan yellow red green blue black silver gold\n"
	 "    --bar, --plates  a barbell's weight and its plates, one pair each (10,10 = 2 pairs)\n"
	 "    --dislikes   exercise ids to leave out ('coach exercises' lists them)\n"
	 "    --hypertension      you have high blood pressure: no sets near failure\n"
	 "    --parq-not-cleared  a PAR-Q+ health question was YES and not yet cleared by a\n"
	 "                 professional: every set stays light\n"
	 "    --country    for crisis contacts: us ca gb ie au eu other\n"
	 "    --program    a program id from 'coach programs'; --start its first day\n"
	 "coach profile show\n"
	 "    prints it (--format yaml prints the file).\n"
	 "coach profile set KEY VALUE\n"
	 "    changes one key, checked as in the file.  Keys: name units level weekdays\n"
	 "    minutes equipment.dumbbells equipment.kettlebells equipment.bands\n"
	 "    equipment.barbell (none to remove) equipment.barbell.bar\n"
	 "    equipment.barbell.plates equipment.bench equipment.pullup-bar dislikes\n"
	 "    health.hypertension health.parq_cleared country program start.\n"
	 "    Lists are comma-separated: coach profile set weekdays mon,wed,fri\n"
	 "The profile lives in the config directory (see --home), or --profile FILE.\n"
	 "Exit status 1 for a bad value; nothing is written then."},
	{"help", cmd_help, "coach help [COMMAND]",
	 "this help, or one command's",
	 "Shows the commands, or everything about one of them."},
	{NULL, NULL, NULL, NULL, NULL},
};

const struct command *command_find(const char *name)
{
	for (const struct command *c = commands; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

static const char *suggest_command(const char *word)
{
	const char *names[ARRAY_LEN(commands)];
	size_t n = 0;
	for (const struct command *k = commands; k->name; k++)
		names[n++] = k->name;
	names[n] = NULL;
	return did_you_mean(word, names);
}

void print_usage(FILE *fp)
{
	fputs("usage: coach [OPTIONS] [COMMAND [ARGS]]\n"
	      "\n"
	      "A calm coach for progressive strength training at home, for body and mood.\n"
	      "Run without a command on a terminal to open the coach.\n"
	      "\n"
	      "Commands:\n",
	      fp);
	for (const struct command *c = commands; c->name; c++)
		fprintf(fp, "  %-10s %s\n", c->name, c->summary);
	fputs("\n"
	      "Options (before or after the command):\n"
	      "  --home DIR         keep config, data and state under DIR (or COACH_HOME)\n"
	      "  --programs DIR     also read programs from DIR (repeatable)\n"
	      "  --profile FILE     use this profile file\n"
	      "  --date YYYY-MM-DD  what today is (or COACH_TODAY)\n"
	      "  --format text|yaml text for people (default), yaml for scripts\n"
	      "  -h, --help         this help; 'coach help COMMAND' for one command\n"
	      "  -V, --version      the version\n"
	      "\n"
	      "Files: coach-programs(5).  Nothing leaves this machine.\n",
	      fp);
}

int cmd_help(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc == 0) {
		print_usage(stdout);
		return 0;
	}
	const struct command *cmd = command_find(argv[0]);
	if (!cmd) {
		const char *near = suggest_command(argv[0]);
		if (near)
			return cli_usage_error(NULL, "no command '%s' (did you mean '%s'?)", argv[0],
					       near);
		return cli_usage_error(NULL, "no command '%s'", argv[0]);
	}
	printf("usage: %s\n\n%s.\n\n%s\n", cmd->usage, cmd->summary, cmd->help);
	return 0;
}

static int run(int argc, char **argv)
{
	struct cli c = {0};
	int rc = cli_parse_globals(&c, &argc, argv);
	if (rc)
		goto out;
	if (c.want_version) {
		printf("coach %s\n", COACH_VERSION);
		goto out;
	}
	if (c.want_help) {
		if (argc > 1 && command_find(argv[1])) {
			char *args[] = {argv[1], NULL};
			rc = cmd_help(&c, 1, args);
		} else {
			print_usage(stdout);
		}
		goto out;
	}
	char *err = NULL;
	if (!paths_init(&c.paths, c.home, c.profile_path, &err)) {
		rc = cli_fail("%s", err);
		free(err);
		goto out;
	}
	if (argc < 2) {
		rc = tui_main(&c);
		goto out;
	}
	const struct command *cmd = command_find(argv[1]);
	if (!cmd) {
		const char *near = suggest_command(argv[1]);
		if (argv[1][0] == '-')
			rc = cli_usage_error(NULL, "unknown option '%s'", argv[1]);
		else if (near)
			rc = cli_usage_error(NULL, "no command '%s' (did you mean '%s'?)", argv[1],
					     near);
		else
			rc = cli_usage_error(NULL, "no command '%s'", argv[1]);
		goto out;
	}
	rc = cmd->run(&c, argc - 2, argv + 2);
out:
	if (fflush(stdout) != 0 && rc == 0)
		rc = cli_fail("cannot write output");
	catalog_free(&c.cat);
	paths_free(&c.paths);
	free(c.program_dirs);
	return rc;
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "");
	return run(argc, argv);
}
