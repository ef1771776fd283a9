/* cli.h - the command line: global options, the command table, and what
 * every subcommand shares (paths, the catalogue, output format). */
#ifndef COACH_CLI_H
#define COACH_CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "coach/checkin.h"
#include "coach/context.h"
#include "coach/i18n.h"

enum out_format { FMT_TEXT, FMT_YAML, FMT_CSV, FMT_ICAL };

struct cli {
	const char *home, *profile_path, *format_name;
	const char **program_dirs;
	size_t n_program_dirs;
	bool date_given;
	enum out_format format;
	bool want_help, want_version;
	struct ctx ctx; /* paths, catalogue; the profile and log open through it */
};

/* Global options anywhere on the line are taken out of argv; the rest
 * (command and its arguments) stays in order.  Returns 0, or EXIT_USAGE
 * after printing a hint. */
int cli_parse_globals(struct cli *c, int *argc, char **argv);

/* One option of a subcommand.  A command's options are one static table,
 * ending in {0}, that the parser, `coach help NAME` and the completions test
 * all read; the command names them by their index in it. */
struct optspec {
	const char *name; /* "--mood" */
	const char *arg;  /* what the value is ("N", "DATE"), or NULL for a flag */
	const char *help; /* its line in `coach help NAME`, marked N_() (NULL: a check-in option) */
};
/* Parse argv (the arguments after the command name) against specs: v[i]
 * becomes the value of specs[i] (for a flag, its name), or stays as it was
 * when the option is absent.  The positional arguments are collected in pos
 * (caller frees the array).  Returns 0 or EXIT_USAGE after printing a hint. */
int cli_parse_opts(const char *cmd, int argc, char **argv, const struct optspec *specs,
		   const char **v, char ***pos, int *n_pos);

/* For a command of options only: parse them, then refuse --format csv
 * (unless csv_ok) and any other argument, with `only` as the message
 * ("plan takes --week DATE only").  0 or EXIT_USAGE. */
int cli_options_only(struct cli *c, const char *cmd, int argc, char **argv,
		     const struct optspec *specs, const char **v, bool csv_ok, const char *only);

/* Print "coach: MESSAGE" and a hint to run help for cmd; returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) COACH_PRINTF(2, 3);
/* EXIT_USAGE (with a hint) when --format csv was asked of cmd, which has none. */
int cli_no_csv(struct cli *c, const char *cmd);
/* Print "coach: MESSAGE"; returns EXIT_INVALID. */
int cli_fail(const char *fmt, ...) COACH_PRINTF(1, 2);

/* Load the bundled catalogue, every --programs directory and the user's own
 * programs directory (once), printing every problem.  Returns false when the
 * bundled catalogue or a --programs directory has one; a problem in the
 * user's directory only leaves that file out. */
bool cli_catalog(struct cli *c);

struct profile;
struct store;
struct checkin;
/* Load the profile, or say how to make one.  Free with profile_free. */
bool cli_profile(struct cli *c, struct profile *out);
/* Open the training log to write (creating it). */
bool cli_store(struct cli *c, struct store **out);
/* Open the training log to read only: nothing created or changed, no lock. */
bool cli_store_read(struct cli *c, struct store **out);
/* All three a plan needs: the profile, its program and the log (to write,
 * or to read only).  On false nothing is left open and the problem has been
 * reported. */
bool cli_training(struct cli *c, struct profile *prof, const struct program **p, struct store **st,
		  bool write);
/* The check-in options (--mood N ... --soreness N), first in the option
 * tables of checkin and today, v[CK_MOOD] .. v[CK_SORENESS]: one for each
 * field of checkin.h.  Their help is NULL here: `coach help` makes it from
 * checkin.h's ranges and words, in the person's language. */
#define CLI_CK_ARG_SCALE "N"
#define CLI_CK_ARG_HOURS "H"
#define CLI_CHECKIN_OPT(id, key, label, kind, low, high, need)                                     \
	[id] = {"--" #key, CLI_CK_ARG_##kind, NULL},
#define CLI_CHECKIN_OPTS CHECKIN_FIELDS(CLI_CHECKIN_OPT)
enum { OPT_CHECKIN_END = CK_COUNT };
/* Their values (v[CK_MOOD] .. v[CK_SORENESS]) into ck; returns 0,
 * EXIT_INVALID (out of range) or EXIT_USAGE (some missing or not a number). */
int cli_checkin_values(const char *cmd, const char *const *v, struct checkin *ck);

struct insights;
struct yemit;
/* Their sentences, wrapped, on stdout; their keys into an open YAML map. */
void print_insights(const struct insights *in);
void emit_insights(struct yemit *e, const struct insights *in);

/* Crisis help (cmd_crisis.c), shared by every command that shows it. */
struct crisis_help;
struct safety_plan;
/* The country to show: given, else the profile's (loaded into prof when it
 * reads; its problems go to d), else NULL for every region. */
const char *cli_country(struct cli *c, const char *given, struct profile *prof, bool *have_prof,
			struct diags *d);
/* Load the help for country; never fails (problems go to d). */
void cli_crisis_help(struct cli *c, const char *country, struct crisis_help *h, struct diags *d);
void crisis_print(const struct crisis_help *h);
void crisis_emit_contacts(struct yemit *e, const struct crisis_help *h);

/* A subcommand: each lives in its own cmd_NAME.c with its entry
 * (cmd_NAME_entry), its options and its help; main.c lists the entries. */
struct command {
	const char *name;
	int (*run)(struct cli *c, int argc, char **argv);
	const char *usage;	    /* "coach show ID" */
	const char *summary;	    /* one line, marked N_() */
	const char *help;	    /* the rest of `coach help NAME`, before the options: N_(),
				     * lines of at most 80 columns in every language */
	const struct optspec *opts; /* its options, or NULL */
};
/* Every command, in the order `coach help` lists them.  A new command is a
 * cmd_NAME.c defining cmd_NAME_entry, a line here and one in meson.build. */
/* clang-format off */
#define COACH_COMMANDS(X) \
	X(validate) X(programs) X(show) X(exercises) X(profile) X(checkin) \
	X(today) X(log) X(delete) X(plan) X(move) X(history) X(export) X(forget) \
	X(crisis) X(safety_plan) X(lapse_plan) X(screen) X(recommend) X(import) X(insights) X(experiment) X(report) \
	X(status) X(doctor) X(help)
/* clang-format on */
#define COACH_COMMAND_DECL(name) extern const struct command cmd_##name##_entry;
COACH_COMMANDS(COACH_COMMAND_DECL)
#undef COACH_COMMAND_DECL

const struct command *command_find(const char *name);
/* The command nearest to a mistyped word, or NULL. */
const char *command_suggest(const char *word);
void print_usage(FILE *fp);

/* A date argument of cmd (opt names it in the message): 0, or EXIT_USAGE
 * after a hint. */
int cli_date_arg(const char *cmd, const char *opt, const char *v, int *out);

#endif
