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

static int remove_file(const char *path, int *removed)
{
	if (unlink(path) == 0) {
		(*removed)++;
		return 0;
	}
	if (errno == ENOENT)
		return 0;
	return cli_fail("cannot remove %s: %s", path, strerror(errno));
}

enum { O_YES };
static const struct optspec opts[] = {
	[O_YES] = {"--yes", NULL, "really delete; without it, only say what would go"},
	{0},
};

static int cmd_forget(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "forget", argc, argv, opts, v, false,
				  "forget takes --yes only");
	if (rc)
		return rc;
	if (!v[O_YES]) {
		fprintf(stderr,
			"coach: forget deletes your training log, check-ins, questionnaire "
			"answers, "
			"profile and state:\n  %s (and its -wal and -shm files)\n  %s\n  %s\n"
			"Export first if you want a copy (coach export --format yaml > FILE).\n"
			"To delete everything, run: coach forget --yes\n",
			c->ctx.paths.database, c->ctx.paths.profile, c->ctx.paths.state_dir);
		return EXIT_USAGE;
	}
	int removed = 0;
	struct stat st;
	if (lstat(c->ctx.paths.database, &st) == 0) {
		/* overwrite the rows before the files go (secure_delete), then remove */
		struct store *s;
		char *err = NULL;
		if (store_open(&s, c->ctx.paths.database, &err)) {
			store_wipe(s);
			store_close(s);
		}
		free(err);
	}
	char *wal = xasprintf("%s-wal", c->ctx.paths.database);
	char *shm = xasprintf("%s-shm", c->ctx.paths.database);
	char *contacts = xasprintf("%s/crisis-contacts.yaml", c->ctx.paths.config_dir);
	const char *files[] = {c->ctx.paths.database, wal, shm, c->ctx.paths.profile, contacts};
	for (size_t i = 0; i < ARRAY_LEN(files) && !rc; i++)
		rc = remove_file(files[i], &removed);
	free(wal);
	free(shm);
	free(contacts);
	/* state: whatever the interface kept */
	if (!rc && lstat(c->ctx.paths.state_dir, &st) == 0 && S_ISDIR(st.st_mode)) {
		DIR *dp = opendir(c->ctx.paths.state_dir);
		struct dirent *e;
		while (dp && !rc && (e = readdir(dp)))
			if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
				char *p = xasprintf("%s/%s", c->ctx.paths.state_dir, e->d_name);
				rc = remove_file(p, &removed);
				free(p);
			}
		if (dp)
			closedir(dp);
		rmdir(c->ctx.paths.state_dir);
	}
	if (!rc)
		printf("Forgotten: %d file%s removed. Programs you wrote yourself are kept.\n",
		       removed, removed == 1 ? "" : "s");
	return rc;
}

const struct command cmd_forget_entry = {
	.name = "forget",
	.run = cmd_forget,
	.usage = "coach forget --yes",
	.summary = "delete all your data",
	.help = "Deletes the training log (with its -wal and -shm files, rows overwritten first),\n"
		"the profile, your own crisis contacts and the interface state.  Programs you\n"
		"wrote yourself are kept.  Without --yes it only says what it would delete.",
	.opts = opts,
};
