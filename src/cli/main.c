/* main.c - coach: entry point, command table and help. */
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
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
	{"programs", cmd_programs, "coach programs", "list the program catalogue",
	 "Lists every program: id, level, days a week, minutes, weeks and equipment.\n"
	 "--format yaml gives id, name, summary, level, days_per_week, minutes, weeks,\n"
	 "equipment and goals for each, for scripts."},
	{"show", cmd_show, "coach show ID", "one program, week by week",
	 "Shows a program's days and exercises with sets, reps, effort (reps in reserve),\n"
	 "rest, tempo and how each exercise progresses, grouped into the weeks that\n"
	 "differ (familiarisation, deload weeks).  Exit status 1 for an unknown id."},
	{"exercises", cmd_exercises, "coach exercises [PATTERN]", "the exercise library",
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
	{"checkin", cmd_checkin,
	 "coach checkin --mood N --energy N --anxiety N --sleep H [--soreness N]",
	 "say how you are today",
	 "Stores today's check-in; today's session adapts to it.\n"
	 "  --mood      1 very low .. 5 very good\n"
	 "  --energy    1 exhausted .. 5 full\n"
	 "  --anxiety   1 calm .. 5 very anxious\n"
	 "  --sleep     hours slept last night, 0-16 (6.5 is fine)\n"
	 "  --soreness  1 none .. 5 very sore (optional)\n"
	 "Nothing here is a diagnosis.  Exit status 1 for a value out of range."},
	{"today", cmd_today, "coach today [--mood N --energy N --anxiety N --sleep H] [--short]",
	 "today's session, adjusted to you",
	 "Shows today's exercises with sets, reps, load, effort (reps in reserve), rest, tempo\n"
	 "and a breathing cue, and every change from the program with its reason.  The\n"
	 "check-in options apply without being stored; otherwise today's check-in is used.\n"
	 "--short takes the short session a low day offers."},
	{"log", cmd_log, "coach log FILE|-", "record completed sessions",
	 "Reads one or more coach_session documents (see coach-programs(5)) from FILE, or\n"
	 "from standard input with -, and records them all, or nothing when any has a\n"
	 "problem.  Each exercise's progression follows from what you logged.\n"
	 "Exit status 1 when a session is invalid; nothing is stored then."},
	{"plan", cmd_plan, "coach plan [--week DATE]",
	 "the week: done, planned, missed, rest and moved days",
	 "Shows Monday to Sunday of the week holding DATE (default today): each day's\n"
	 "status (done, planned, missed, rest or moved), what was lifted, mood before and\n"
	 "after, aerobic minutes, and strength days against the WHO target of two."},
	{"move", cmd_move, "coach move FROM TO", "move a planned or missed day to a later free day",
	 "Moves the session planned for FROM to TO, a later free day of the same week\n"
	 "(today or after).  Never two strength sessions on one day."},
	{"history", cmd_history, "coach history [--from DATE] [--to DATE]",
	 "what you have logged, and what seems to work for you",
	 "Lists logged sessions and their sets, questionnaire scores, and what works for\n"
	 "you: how your mood changes over a session, how mood, anxiety and scores move\n"
	 "with weeks of training, and which days went best, each with how many sessions\n"
	 "it rests on.  --format yaml carries that under 'response:'; --format csv gives\n"
	 "one row per set."},
	{"export", cmd_export, "coach export --format yaml | --format csv --output DIR",
	 "all your data out",
	 "Writes everything the coach keeps: the profile and every table of the log\n"
	 "(sessions, sets, aerobic minutes, check-ins, questionnaires, moved days,\n"
	 "progression state).  yaml goes to standard output; csv writes one file per\n"
	 "table into DIR (created 0700, files 0600)."},
	{"forget", cmd_forget, "coach forget --yes", "delete all your data",
	 "Deletes the training log (with its -wal and -shm files, rows overwritten first),\n"
	 "the profile, your own crisis contacts and the interface state.  Programs you\n"
	 "wrote yourself are kept.  Without --yes it only says what it would delete."},
	{"screen", cmd_screen, "coach screen phq2|gad2|phq9|gad7 [--answers a,b,...]",
	 "a short questionnaire on mood or anxiety",
	 "Without --answers, shows the questions.  With them (each 0-3: not at all, several\n"
	 "days, more than half the days, nearly every day), scores them on the published\n"
	 "scale and stores the score.  PHQ-2 and GAD-2 are for at most once a week, PHQ-9\n"
	 "and GAD-7 for at most every two weeks; all are optional.  The coach never\n"
	 "diagnoses.  If PHQ-9 question 9 is answered above 0, crisis contacts come first.\n"
	 "Exit status 1 for answers that do not fit the questionnaire."},
	{"recommend", cmd_recommend,
	 "coach recommend [--level L] [--days N] [--minutes N] [--equipment a,b] [--goals a,b]",
	 "which program to start with, and why",
	 "Ranks the catalogue for your profile (or for the options given): equipment you do\n"
	 "not have rules a program out; level, days a week, minutes and goals (mood and\n"
	 "anxiety unless --goals says otherwise) rank the rest.  Each comes with reasons."},
	{"import", cmd_import, "coach import FILE [--dry-run]",
	 "bring in your history from Strong or Hevy",
	 "Reads the CSV export of Strong or Hevy (told apart by its first line) and adds its\n"
	 "workouts to your log, so they show in history and progress.  Exercise names are\n"
	 "matched to the library; those that are not are listed, never guessed.  Warm-up\n"
	 "sets are left out; loads are converted to your profile's unit; sessions already\n"
	 "in the log are not added again.  With a problem in the file, nothing is imported\n"
	 "(exit status 1).  --dry-run says what would be imported."},
	{"doctor", cmd_doctor, "coach doctor",
	 "check that the catalogue, your profile and log are sound",
	 "Loads the catalogue (and says where it came from), reads the profile and runs\n"
	 "SQLite's integrity check on the training log.  Exit status 1 when any has a problem."},
	{"help", cmd_help, "coach help [COMMAND]", "this help, or one command's",
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
	      "  --format F         text for people (default), yaml for scripts; csv for\n"
	      "                     history and export\n"
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
			return cli_usage_error(NULL, "no command '%s' (did you mean '%s'?)",
					       argv[0], near);
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

long cli_start_ms;

int main(int argc, char **argv)
{
	cli_start_ms = clock_mono_ms();
	setlocale(LC_ALL, "");
	/* a full disk (or a file size limit) is an error to report, not a signal to die of */
	signal(SIGXFSZ, SIG_IGN);
	return run(argc, argv);
}
