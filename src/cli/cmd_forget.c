/* coach forget --yes: delete all your data */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/paths.h"
#include "coach/profile.h"
#include "coach/response.h"
#include "coach/store.h"
#include "out.h"

/* Overwrite and remove one file; a step that cannot be done is said. */
static bool shred(const char *path, int *removed)
{
	char *err = NULL;
	bool existed = false;
	bool ok = file_shred(path, &existed, &err);
	if (!ok) {
		cli_fail("%s", err);
		free(err);
	}
	*removed += existed;
	return ok;
}

enum { O_YES };
static const struct optspec opts[] = {
	[O_YES] = {"--yes", NULL, N_("really delete; without it, only say what would go")},
	{0},
};

static int cmd_forget(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "forget", argc, argv, opts, v, false,
				  _("forget takes --yes only"));
	if (rc)
		return rc;
	if (!v[O_YES]) {
		fprintf(stderr,
			_("coach: forget deletes your training log, check-ins, questionnaire "
			  "answers, "
			  "profile and state:\n  %s (and its -wal and -shm files)\n  %s\n  %s\n"
			  "Export first if you want a copy (coach export --format yaml > FILE).\n"
			  "To delete everything, run: coach forget --yes\n"),
			c->ctx.paths.database, c->ctx.paths.profile, c->ctx.paths.state_dir);
		return EXIT_USAGE;
	}
	int removed = 0;
	bool ok = true;
	/* the log: rows deleted, WAL checkpointed, files overwritten, then removed */
	char *problem = NULL;
	ok = store_forget(c->ctx.paths.database, &problem, &removed);
	if (problem) {
		for (char *line = strtok(problem, "\n"); line; line = strtok(NULL, "\n"))
			fprintf(stderr, "coach: %s\n", line);
		free(problem);
	}
	/* what the coach keeps about you beside the log */
	char *contacts = xasprintf("%s/crisis-contacts.yaml", c->ctx.paths.config_dir);
	char *plan = xasprintf("%s/safety-plan.yaml", c->ctx.paths.config_dir);
	char *draft = xasprintf("%s/safety-plan.draft.yaml", c->ctx.paths.config_dir);
	char *lapse = xasprintf("%s/lapse-plan.yaml", c->ctx.paths.config_dir);
	const char *files[] = {c->ctx.paths.profile, contacts, plan, draft, lapse};
	for (size_t i = 0; i < ARRAY_LEN(files); i++)
		ok = shred(files[i], &removed) && ok;
	free(contacts);
	free(plan);
	free(draft);
	free(lapse);
	/* state: whatever the interface kept */
	struct stat st;
	if (lstat(c->ctx.paths.state_dir, &st) == 0 && S_ISDIR(st.st_mode)) {
		DIR *dp = opendir(c->ctx.paths.state_dir);
		struct dirent *e;
		while (dp && (e = readdir(dp)))
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
				char *p = xasprintf("%s/%s", c->ctx.paths.state_dir, e->d_name);
				ok = shred(p, &removed) && ok;
				free(p);
			}
		if (dp)
			closedir(dp);
		rmdir(c->ctx.paths.state_dir);
	}
	if (!ok) {
		return cli_fail(P_("forgotten only in part: %d file overwritten and removed; the "
				   "problems are above",
				   "forgotten only in part: %d files overwritten and removed; the "
				   "problems are above",
				   removed),
				removed);
	}
	printf(P_("Forgotten: %d file overwritten and removed. Programs you wrote yourself are "
		  "kept.\n",
		  "Forgotten: %d files overwritten and removed. Programs you wrote yourself are "
		  "kept.\n",
		  removed),
	       removed);
	return 0;
}

const struct command cmd_forget_entry = {
	.name = "forget",
	.run = cmd_forget,
	.usage = "coach forget --yes",
	.summary = N_("delete all your data"),
	.help = N_("Deletes the training log (its rows first, with SQLite's secure_delete), then\n"
		   "overwrites with zeros and removes the log with its -wal and -shm files, the\n"
		   "profile, your own crisis contacts, safety plan and lapse plan and the\n"
		   "interface state.  Each step it cannot do is named.  Programs you wrote\n"
		   "yourself are kept.  On SSDs and copy-on-write filesystems old copies can\n"
		   "survive any overwrite (see the README).  Without --yes it only says what it\n"
		   "would delete."),
	.opts = opts,
};
