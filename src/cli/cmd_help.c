/* coach help [COMMAND]: this help, or one command's */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/crisis.h"
#include "out.h"

/* "  --name ARG  help", the help column as far right as the longest left
 * side needs (at most OPTION_COL; a longer one puts its help below). */
enum { OPTION_COL = 24, HELP_WIDTH = 78 };

static int option_width(const struct optspec *o)
{
	return 2 + (int)strlen(o->name) + (o->arg ? 1 + (int)strlen(o->arg) : 0);
}

static void print_options(const struct optspec *opts)
{
	int col = 0;
	for (const struct optspec *o = opts; o->name; o++)
		if (option_width(o) + 2 <= OPTION_COL && option_width(o) + 2 > col)
			col = option_width(o) + 2;
	for (const struct optspec *o = opts; o->name; o++) {
		int at = printf("  %s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		if (at + 2 > col) {
			putchar('\n');
			at = 0;
		}
		printf("%*s", col - 1 - at, "");
		print_hanging_from(col - 1, *o->help ? _(o->help) : o->help, col, col, HELP_WIDTH);
	}
}

static int cmd_help(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc == 0) {
		print_usage(stdout);
		return 0;
	}
	if (strcmp(argv[0], "safety") == 0) {
		/* a topic, not a command: what the coach can and cannot do */
		const char *nl = strchr(crisis_about, '\n');
		printf("%.*s\n\n", (int)(nl - crisis_about), crisis_about);
		for (const char *p = nl + 1; *p;) {
			const char *end = strchr(p, '\n');
			char *para = xasprintf("%.*s", end ? (int)(end - p) : (int)strlen(p), p);
			print_wrapped(para, 0, 78);
			printf("\n");
			free(para);
			p = end ? end + 1 : p + strlen(p);
		}
		printf("Who to call: coach crisis.  Your safety plan: coach safety-plan.\n");
		return 0;
	}
	const struct command *cmd = command_find(argv[0]);
	if (!cmd) {
		const char *near = command_suggest(argv[0]);
		if (near)
			return cli_usage_error(NULL, "no command '%s' (did you mean '%s'?)",
					       argv[0], near);
		return cli_usage_error(NULL, "no command '%s'", argv[0]);
	}
	printf(_("usage: %s\n\n%s.\n\n%s\n"), cmd->usage, _(cmd->summary), cmd->help);
	if (cmd->opts && cmd->opts->name) {
		printf("\nOptions:\n");
		print_options(cmd->opts);
	}
	return 0;
}

const struct command cmd_help_entry = {
	.name = "help",
	.run = cmd_help,
	.usage = "coach help [COMMAND | safety]",
	.summary = N_("this help, or one command's"),
	.help = "Shows the commands, or everything about one of them.",
};
