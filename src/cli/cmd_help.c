/* coach help [COMMAND]: this help, or one command's */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/checkin.h"
#include "coach/crisis.h"
#include "coach/text.h"
#include "out.h"

/* "  --name ARG  help", the help column as far right as the longest left
 * side needs (at most OPTION_COL; a longer one puts its help below). */
enum { OPTION_COL = 24, HELP_WIDTH = 78 };

static int option_width(const struct optspec *o)
{
	return 2 + (int)strlen(o->name) + (o->arg ? 1 + (int)strlen(o->arg) : 0);
}

/* An option's help in the person's language (free it): its own, or for a
 * check-in option (--mood ...) made from checkin.h's range and words. */
static char *option_help(const struct optspec *o)
{
	if (o->help)
		return xstrdup(*o->help ? _(o->help) : "");
	for (int f = 0; f < CK_COUNT; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		if (strcmp(o->name + 2, i->key) != 0)
			continue;
		char *h = i->hours ? xasprintf(_("hours slept last night, %d-%d (6.5 is fine)"),
					       i->min, i->max)
				   : xasprintf("%d %s .. %d %s", i->min, _(i->low), i->max,
					       _(i->high));
		if (i->required)
			return h;
		char *opt = xasprintf(_("%s (optional)"), h);
		free(h);
		return opt;
	}
	return xstrdup("");
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
		/* what is typed keeps the point: --sleep 6.5, --plates 1.25,2.5 */
		char *help = option_help(o);
		print_typed_from(col - 1, help, col, col, HELP_WIDTH);
		free(help);
	}
}

/* "usage: coach NAME ..." within HELP_WIDTH: a longer one breaks at a space
 * outside brackets, or before a '|' inside them, and goes on under the
 * command's first argument. */
static void print_usage_line(const char *lead, const char *usage)
{
	int lead_w = (int)utf8_width(lead) + 1;
	int indent = lead_w;
	const char *name = strchr(usage, ' ');
	const char *args = name ? strchr(name + 1, ' ') : NULL;
	if (args && lead_w + (int)(args - usage) + 1 <= HELP_WIDTH / 2)
		indent = lead_w + (int)(args - usage) + 1;
	printf("%s ", lead);
	int col = lead_w, depth = 0;
	for (const char *p = usage; *p;) {
		const char *q = p;
		for (; *q; q++) {
			if (*q == '[')
				depth++;
			else if (*q == ']')
				depth--;
			else if (*q == ' ' && q > p && q[-1] != '|' && (depth == 0 || q[1] == '|'))
				break;
		}
		int n = (int)(q - p);
		if (p != usage && col + 1 + n > HELP_WIDTH) {
			printf("\n%*s", indent, "");
			col = indent;
		} else if (p != usage) {
			putchar(' ');
			col++;
		}
		printf("%.*s", n, p);
		col += n;
		p = *q ? q + 1 : q;
	}
	putchar('\n');
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
		const char *about = _(crisis_about);
		const char *nl = strchr(about, '\n');
		printf("%.*s\n\n", (int)(nl - about), about);
		for (const char *p = nl + 1; *p;) {
			const char *end = strchr(p, '\n');
			char *para = xasprintf("%.*s", end ? (int)(end - p) : (int)strlen(p), p);
			print_wrapped(para, 0, 78);
			printf("\n");
			free(para);
			p = end ? end + 1 : p + strlen(p);
		}
		fputs(_("Who to call: coach crisis.  Your safety plan: coach safety-plan.\n"),
		      stdout);
		return 0;
	}
	const struct command *cmd = command_find(argv[0]);
	if (!cmd) {
		const char *near = command_suggest(argv[0]);
		if (near)
			return cli_usage_error(NULL, _("no command '%s' (did you mean '%s'?)"),
					       argv[0], near);
		return cli_usage_error(NULL, _("no command '%s'"), argv[0]);
	}
	/* TRANSLATORS: the command's usage line follows (command and option names stay English) */
	print_usage_line(_("usage:"), cmd->usage);
	printf("\n%s.\n\n%s\n", _(cmd->summary), *cmd->help ? _(cmd->help) : "");
	if (cmd->opts && cmd->opts->name) {
		fputs(_("\nOptions:\n"), stdout);
		print_options(cmd->opts);
	}
	return 0;
}

const struct command cmd_help_entry = {
	.name = "help",
	.run = cmd_help,
	.usage = "coach help [COMMAND | safety]",
	.summary = N_("this help, or one command's"),
	.help = N_("Shows the commands, or everything about one of them."),
};
