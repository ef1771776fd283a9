/* coach help [COMMAND]: this help, or one command's */
#include <string.h>

#include "cli.h"

static int cmd_help(struct cli *c, int argc, char **argv)
{
	(void)c;
	if (argc == 0) {
		print_usage(stdout);
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
	printf("usage: %s\n\n%s.\n\n%s\n", cmd->usage, cmd->summary, cmd->help);
	return 0;
}

const struct command cmd_help_entry = {
	.name = "help",
	.run = cmd_help,
	.usage = "coach help [COMMAND]",
	.summary = "this help, or one command's",
	.help = "Shows the commands, or everything about one of them.",
};
