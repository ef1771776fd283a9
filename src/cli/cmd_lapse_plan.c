/* coach lapse-plan show | set TEXT | clear
 *
 * The person's own if-then plan for a missed day (lapse_plan.h), kept 0600
 * beside the safety plan.  The day after a missed planned day `coach today`
 * leads with it. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/lapse_plan.h"
#include "out.h"

/* The plan, or an empty one when there is none; false (reported) when the
 * file is there but does not read. */
static bool load(struct cli *c, struct lapse_plan *p, bool *exists)
{
	char *path = lapse_plan_path(c->ctx.paths.config_dir);
	*exists = access(path, F_OK) == 0;
	bool ok = true;
	lapse_plan_init(p);
	if (*exists) {
		struct diags d = {0};
		ok = lapse_plan_load(p, path, &d);
		diags_print(&d, stderr);
		diags_free(&d);
		if (!ok)
			cli_fail(_("your lapse plan at %s does not read (above); nothing was "
				   "changed. Write it again with 'coach lapse-plan set TEXT', or "
				   "remove it with 'coach lapse-plan clear'"),
				 path);
	}
	free(path);
	return ok;
}

static void show_examples(void)
{
	for (size_t i = 0; lapse_plan_examples[i]; i++) {
		char *line = xasprintf("  \"%s\"", _(lapse_plan_examples[i]));
		print_hanging(line, 2, 3, 78);
		free(line);
	}
}

static int show(struct cli *c)
{
	struct lapse_plan p;
	bool exists;
	if (!load(c, &p, &exists))
		return EXIT_INVALID;
	if (c->format == FMT_YAML) {
		char *text = exists && p.text[0] ? lapse_plan_to_yaml(&p) : xstrdup("null\n");
		fputs(text, stdout);
		free(text);
		return 0;
	}
	if (!p.text[0]) {
		print_wrapped(_("You have no plan for a missed day yet. An if-then plan, in your "
				"own words, makes it much more likely you pick up again after a "
				"day that did not happen. For example:"),
			      0, 78);
		show_examples();
		printf("%s\n", _("Write yours with: coach lapse-plan set \"If ..., then I ...\""));
		return 0;
	}
	char d[11] = "";
	if (p.updated >= 0)
		date_format(p.updated, d);
	if (*d)
		printf(_("Your plan for a missed day (updated %s):\n"), d);
	else
		printf("%s\n", _("Your plan for a missed day:"));
	char *line = xasprintf("  %s", p.text);
	print_hanging(line, 2, 2, 78);
	free(line);
	return 0;
}

static int set(struct cli *c, char **pos, int n_pos)
{
	if (n_pos < 2)
		return cli_usage_error("lapse-plan", _("usage: coach lapse-plan set TEXT"));
	struct lapse_plan p;
	bool exists;
	if (!load(c, &p, &exists))
		return EXIT_INVALID;
	struct sbuf b = {0};
	for (int i = 1; i < n_pos; i++)
		sbuf_printf(&b, "%s%s", i > 1 ? " " : "", pos[i]);
	const char *why;
	int rc = 0;
	if (!lapse_plan_set(&p, sbuf_str(&b), &why)) {
		rc = cli_fail(_("%s; nothing was changed"), _(why));
	} else {
		p.updated = clock_today();
		char *path = lapse_plan_path(c->ctx.paths.config_dir), *err = NULL;
		if (!lapse_plan_save(&p, path, &err))
			rc = cli_fail(_("cannot save the lapse plan: %s"), err);
		else if (c->format == FMT_TEXT)
			printf("%s\n", _("Your plan is saved. The day after a missed day, 'coach "
					 "today' starts with it."));
		free(err);
		free(path);
	}
	sbuf_free(&b);
	return rc;
}

static int clear(struct cli *c)
{
	char *path = lapse_plan_path(c->ctx.paths.config_dir);
	int rc = 0;
	if (unlink(path) != 0) {
		if (errno == ENOENT)
			printf("%s\n", _("There is no lapse plan to clear."));
		else
			rc = cli_fail(_("cannot delete the lapse plan: %s"), strerror(errno));
	} else {
		printf("%s\n", _("Your lapse plan is deleted."));
	}
	free(path);
	return rc;
}

static const struct optspec opts[] = {
	{0},
};

static int cmd_lapse_plan(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("lapse-plan", argc, argv, opts, v, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "lapse-plan"))) {
		free(pos);
		return rc;
	}
	const char *sub = n_pos ? pos[0] : "show";
	if (strcmp(sub, "show") == 0 && n_pos <= 1)
		rc = show(c);
	else if (strcmp(sub, "set") == 0)
		rc = set(c, pos, n_pos);
	else if (strcmp(sub, "clear") == 0 && n_pos == 1)
		rc = clear(c);
	else
		rc = cli_usage_error("lapse-plan", _("lapse-plan takes show, set TEXT or clear"));
	free(pos);
	return rc;
}

const struct command cmd_lapse_plan_entry = {
	.name = "lapse-plan",
	.run = cmd_lapse_plan,
	.usage = "coach lapse-plan [show | set TEXT | clear]",
	.summary = N_("your own if-then plan for a missed day"),
	.help = N_("An if-then plan (an implementation intention; Gollwitzer & Sheeran 2006)\n"
		   "says what you will do when a planned day does not happen, e.g. \"If I miss a\n"
		   "day, then I do the 10-minute version the next morning\".  The day after a\n"
		   "missed planned day, 'coach today' and the coach's home start with it.\n"
		   "  show        the plan (the default; --format yaml for scripts)\n"
		   "  set TEXT    writes the plan (one line, at most 300 characters)\n"
		   "  clear       deletes it\n"
		   "Kept 0600 as lapse-plan.yaml beside the safety plan; part of export and\n"
		   "forget."),
	.opts = opts,
};
