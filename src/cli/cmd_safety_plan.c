/* coach safety-plan show | edit | set SECTION TEXT... | add SECTION TEXT | clear --yes
 *
 * The person's own safety plan (safety_plan.h), kept 0600 in the config
 * directory.  `edit` works on a draft beside it and replaces the plan only
 * when the draft reads; a draft that does not is kept for the next edit. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/safety_plan.h"
#include "out.h"

static char *plan_path(struct cli *c)
{
	return xasprintf("%s/safety-plan.yaml", c->ctx.paths.config_dir);
}

static char *draft_path(struct cli *c)
{
	return xasprintf("%s/safety-plan.draft.yaml", c->ctx.paths.config_dir);
}

/* The plan, or an empty one when there is none; false (reported) when the
 * file is there but does not read. */
static bool load(struct cli *c, struct safety_plan *p, bool *exists)
{
	char *path = plan_path(c);
	*exists = access(path, F_OK) == 0;
	bool ok = true;
	if (*exists) {
		struct diags d = {0};
		ok = safety_plan_load(p, path, &d);
		diags_print(&d, stderr);
		diags_free(&d);
		if (!ok)
			cli_fail(
				_("your safety plan at %s does not read (above); fix it with "
				  "'coach "
				  "safety-plan edit', or start again with 'coach safety-plan clear "
				  "--yes'"),
				path);
	} else {
		safety_plan_init(p);
	}
	free(path);
	return ok;
}

static int save(struct cli *c, struct safety_plan *p)
{
	p->updated = clock_today();
	char *path = plan_path(c), *err = NULL;
	int rc = 0;
	if (!safety_plan_save(p, path, &err)) {
		rc = cli_fail(_("cannot save the safety plan: %s"), err);
		free(err);
	}
	free(path);
	return rc;
}

static void show_text(const struct safety_plan *p, bool exists)
{
	if (!exists) {
		print_wrapped(
			_("You have no safety plan yet. It is a short list in your own words, "
			  "best written on a calmer day, to turn to on a hard one. Start with "
			  "'coach safety-plan edit', or one line at a time:"),
			0, 78);
		fputs(_("  coach safety-plan add warning_signs \"I stop answering messages\"\n"
			"  coach safety-plan add people \"Sam: 07700 900123\"\n\n"),
		      stdout);
	} else {
		char d[11] = "";
		if (p->updated >= 0)
			date_format(p->updated, d);
		if (*d)
			printf(_("Your safety plan (updated %s)\n"), d);
		else
			fputs(_("Your safety plan\n"), stdout);
	}
	char buf[SP_MAX_TEXT + SP_MAX_NUMBER + 8];
	for (int s = 0; s < SP_COUNT; s++) {
		printf("  %s (%s)\n", _(sp_headings[s]), sp_keys[s]);
		if (!p->n[s]) {
			char *line = xasprintf(_("nothing yet: %s"), _(sp_prompts[s]));
			print_hanging(line, 4, 4, 78);
			free(line);
		}
		for (size_t i = 0; i < p->n[s]; i++) {
			char *line =
				xasprintf("- %s", sp_item_text(&p->items[s][i], buf, sizeof(buf)));
			print_hanging(line, 4, 6, 78);
			free(line);
		}
	}
	fputs(_("In a crisis: coach crisis (h in the coach) shows your people and this plan "
		"with the helplines.\n"),
	      stdout);
}

static int show(struct cli *c)
{
	struct safety_plan p;
	bool exists;
	if (!load(c, &p, &exists))
		return EXIT_INVALID;
	int rc = 0;
	if (c->format == FMT_YAML) {
		char *text = exists ? safety_plan_to_yaml(&p) : xstrdup("null\n");
		fputs(text, stdout);
		free(text);
	} else {
		show_text(&p, exists);
	}
	safety_plan_free(&p);
	return rc;
}

static int section_arg(const char *cmd, const char *name)
{
	int s = sp_section_of(name);
	if (s < 0) {
		const char *near = did_you_mean(name, sp_keys);
		struct sbuf b = {0};
		for (int i = 0; i < SP_COUNT; i++)
			sbuf_printf(&b, "%s%s", i ? ", " : "", sp_keys[i]);
		if (near)
			cli_usage_error(cmd, _("no section '%s' (did you mean '%s'?)"), name, near);
		else
			cli_usage_error(cmd, _("no section '%s'; the sections are %s"), name,
					sbuf_str(&b));
		sbuf_free(&b);
	}
	return s;
}

static int set_or_add(struct cli *c, bool add, char **pos, int n_pos)
{
	const char *cmd = "safety-plan";
	if (n_pos < 2 || (add && n_pos != 3))
		return cli_usage_error(cmd,
				       add ? _("usage: coach safety-plan add SECTION TEXT")
					   : _("usage: coach safety-plan set SECTION [TEXT...]"));
	int s = section_arg(cmd, pos[1]);
	if (s < 0)
		return EXIT_USAGE;
	struct safety_plan p;
	bool exists;
	if (!load(c, &p, &exists))
		return EXIT_INVALID;
	if (!add)
		sp_clear_section(&p, (enum sp_section)s);
	int rc = 0;
	for (int i = 2; i < n_pos && !rc; i++) {
		const char *why;
		if (!sp_add(&p, (enum sp_section)s, pos[i], &why))
			rc = cli_fail(_("entry %d for '%s': %s; nothing was changed"), i - 1,
				      sp_keys[s], why);
	}
	if (!rc)
		rc = save(c, &p);
	if (!rc && c->format == FMT_TEXT) {
		printf(P_("%s: %zu entry. 'coach safety-plan show' shows the whole plan.\n",
			  "%s: %zu entries. 'coach safety-plan show' shows the whole plan.\n",
			  p.n[s]),
		       _(sp_headings[s]), p.n[s]);
	}
	safety_plan_free(&p);
	return rc;
}

static const char template_head[] =
	"# Your safety plan, in your own words (Stanley & Brown's Safety Planning\n"
	"# Intervention). Write as much or as little as you like; every section may\n"
	"# stay empty. One entry a line, in quotes, after a dash:\n"
	"#   warning_signs:\n"
	"#     - \"I stop answering messages\"\n"
	"# People and professionals are written \"NAME: NUMBER\".\n"
	"# Save and close the editor: the coach checks the file before it keeps it.\n";

static bool write_private(const char *path, const char *text, char **err)
{
	return write_file_atomic(path, text, strlen(text), err);
}

static int run_editor(const char *path)
{
	const char *ed = getenv("VISUAL");
	if (!ed || !*ed)
		ed = getenv("EDITOR");
	if (!ed || !*ed)
		ed = "vi";
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		/* through the shell, so EDITOR="code --wait" works as it does in git */
		execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", ed, path, (char *)NULL);
		_exit(127);
	}
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int edit(struct cli *c)
{
	char *draft = draft_path(c), *plan = plan_path(c), *err = NULL;
	int rc = 0;
	if (access(draft, F_OK) != 0) {
		struct safety_plan p;
		bool exists;
		if (!load(c, &p, &exists)) {
			rc = EXIT_INVALID;
			goto out;
		}
		char *yaml = safety_plan_to_yaml(&p);
		struct sbuf b = {0};
		sbuf_puts(&b, template_head);
		sbuf_puts(&b, yaml);
		free(yaml);
		safety_plan_free(&p);
		bool ok = write_private(draft, sbuf_str(&b), &err);
		sbuf_free(&b);
		if (!ok) {
			rc = cli_fail(_("cannot write a draft of the plan: %s"), err);
			goto out;
		}
	} else {
		printf(_("Going on with the draft you started: %s\n"), draft);
	}
	int st = run_editor(draft);
	if (st != 0) {
		rc = cli_fail(_("the editor did not finish (status %d); your plan is unchanged and "
				"the draft is kept at %s"),
			      st, draft);
		goto out;
	}
	struct safety_plan p;
	struct diags d = {0};
	bool ok = safety_plan_load(&p, draft, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	if (!ok) {
		rc = cli_fail(
			_("the draft does not read (above); your plan is unchanged. Run 'coach "
			  "safety-plan edit' again to fix the draft (kept at %s)."),
			draft);
		goto out;
	}
	p.updated = clock_today();
	if (!safety_plan_save(&p, plan, &err)) {
		rc = cli_fail(_("cannot save the safety plan: %s"), err);
	} else {
		unlink(draft);
		fputs(_("Safety plan saved. 'coach crisis' (h in the coach) shows it with the "
			"helplines.\n"),
		      stdout);
	}
	safety_plan_free(&p);
out:
	free(err);
	free(draft);
	free(plan);
	return rc;
}

static int clear(struct cli *c, bool yes)
{
	char *plan = plan_path(c), *draft = draft_path(c);
	int rc = 0;
	bool any = access(plan, F_OK) == 0 || access(draft, F_OK) == 0;
	if (!any) {
		fputs(_("There is no safety plan to clear.\n"), stdout);
	} else if (!yes) {
		printf(_("This deletes your safety plan (%s). To do it: coach safety-plan clear "
			 "--yes\n"),
		       plan);
		rc = EXIT_USAGE;
	} else {
		if ((unlink(plan) != 0 && errno != ENOENT) ||
		    (unlink(draft) != 0 && errno != ENOENT))
			rc = cli_fail(_("cannot delete the safety plan: %s"), strerror(errno));
		else
			fputs(_("Your safety plan is deleted.\n"), stdout);
	}
	free(plan);
	free(draft);
	return rc;
}

enum { O_YES };
static const struct optspec opts[] = {
	[O_YES] = {"--yes", NULL, N_("with clear: delete the plan")},
	{0},
};

static int cmd_safety_plan(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("safety-plan", argc, argv, opts, v, &pos, &n_pos);
	bool yes = v[O_YES] != NULL;
	if (rc || (rc = cli_no_csv(c, "safety-plan"))) {
		free(pos);
		return rc;
	}
	const char *sub = n_pos ? pos[0] : "show";
	if (strcmp(sub, "show") == 0 && n_pos <= 1)
		rc = show(c);
	else if (strcmp(sub, "edit") == 0 && n_pos == 1)
		rc = edit(c);
	else if (strcmp(sub, "set") == 0)
		rc = set_or_add(c, false, pos, n_pos);
	else if (strcmp(sub, "add") == 0)
		rc = set_or_add(c, true, pos, n_pos);
	else if (strcmp(sub, "clear") == 0 && n_pos == 1)
		rc = clear(c, yes);
	else
		rc = cli_usage_error("safety-plan",
				     _("safety-plan takes show, edit, set SECTION TEXT..., add "
				       "SECTION TEXT or clear --yes"));
	free(pos);
	return rc;
}

const struct command cmd_safety_plan_entry = {
	.name = "safety-plan",
	.run = cmd_safety_plan,
	.usage = "coach safety-plan [show | edit | set SECTION [TEXT...] | add SECTION TEXT | "
		 "clear --yes]",
	.summary = N_("your own safety plan, for a hard day"),
	.help = N_(
		"A safety plan (Stanley & Brown) is a short list in your own words, best written\n"
		"on a calmer day: the signs that a crisis may be starting, what helps, who and\n"
		"where distracts you, people to ask for help, professionals and services, how to\n"
		"make your surroundings safe, and your reasons for living.  It is never required.\n"
		"Sections: warning_signs coping distractions people professionals\n"
		"safe_environment reasons.  People and professionals are \"NAME: NUMBER\".\n"
		"  show            the plan (the default; --format yaml for scripts)\n"
		"  edit            opens $VISUAL or $EDITOR on a draft and keeps it only when it\n"
		"                  reads (a draft that does not is kept for the next edit)\n"
		"  set SECTION TEXT...  replaces a section (no TEXT empties it)\n"
		"  add SECTION TEXT     adds one entry\n"
		"  clear --yes     deletes the plan\n"
		"Kept 0600 as safety-plan.yaml in the config directory; part of export and\n"
		"forget.  'coach crisis' and h in the coach show it with the helplines."),
	.opts = opts,
};
