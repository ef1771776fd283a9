/* coach import FILE [--dry-run]: bring in your history from Strong or Hevy */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/import.h"
#include "coach/profile.h"
#include "coach/store.h"
#include "out.h"

enum { IMPORT_MAX_FILE = 64 * 1024 * 1024 };

static char *slurp(const char *path, size_t *len, char **err)
{
	FILE *fp = fopen(path, "rb");
	if (!fp) {
		*err = xasprintf("cannot open %s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(fp), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > IMPORT_MAX_FILE) {
		*err = xasprintf("%s: not a regular file of at most 64 MiB", path);
		fclose(fp);
		return NULL;
	}
	char *buf = xmalloc((size_t)st.st_size + 1);
	*len = fread(buf, 1, (size_t)st.st_size, fp);
	fclose(fp);
	buf[*len] = '\0';
	return buf;
}

enum { O_DRY_RUN };
static const struct optspec opts[] = {
	[O_DRY_RUN] = {"--dry-run", NULL, "say what would be imported, and import nothing"},
	{0},
};

static int cmd_import(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("import", argc, argv, opts, v, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "import"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("import", "import needs one exported CSV file");
	}
	const char *path = pos[0];
	bool dry = v[O_DRY_RUN] != NULL;
	free(pos);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0;
	if (have_prof && !cli_profile(c, &prof))
		return EXIT_INVALID;
	enum units units = have_prof ? prof.units : UNITS_KG;
	char *err = NULL;
	size_t len;
	char *buf = slurp(path, &len, &err);
	if (!buf) {
		rc = cli_fail("%s", err);
		free(err);
		goto out;
	}
	struct import_result r;
	struct diags d = {0};
	bool ok = import_read(path, buf, len, &c->ctx.cat, units, clock_today(), &r, &d);
	free(buf);
	if (!ok) {
		diags_print(&d, stderr);
		diags_free(&d);
		import_free(&r);
		rc = cli_fail("nothing was imported");
		goto out;
	}
	diags_free(&d);
	size_t added = 0, present = 0;
	struct store *st = NULL;
	if (!dry) {
		if (!cli_store(c, &st)) {
			import_free(&r);
			rc = EXIT_INVALID;
			goto out;
		}
		ok = store_begin(st);
		for (size_t i = 0; ok && i < r.n_sessions; i++) {
			if (store_has_session(st, &r.sessions[i])) {
				present++;
				continue;
			}
			struct session_meta m = {.readiness = "normal"};
			ok = store_add_session(st, &r.sessions[i], &m, NULL);
			added++;
		}
		if (ok)
			ok = store_commit(st);
		if (!ok) {
			rc = cli_fail("cannot write the log: %s; nothing was imported",
				      store_error(st));
			store_rollback(st);
		}
		store_close(st);
	}
	if (!rc) {
		printf("%s export: %zu session%s, %zu set%s%s", import_source_names[r.source],
		       r.n_sessions, r.n_sessions == 1 ? "" : "s", r.sets, r.sets == 1 ? "" : "s",
		       dry ? " would be imported (nothing was written)\n" : "");
		if (!dry)
			printf(": %zu imported, %zu already in the log.\n", added, present);
		if (r.warmups_skipped)
			printf("Warm-up sets left out: %zu.\n", r.warmups_skipped);
		if (r.n_unknown) {
			struct sbuf b = {0};
			sbuf_printf(
				&b,
				"Not imported, because the library has no exercise of that name "
				"(yet): ");
			for (size_t i = 0; i < r.n_unknown; i++)
				sbuf_printf(&b, "%s'%s' (%d set%s)", i ? ", " : "",
					    r.unknown[i].name, r.unknown[i].sets,
					    r.unknown[i].sets == 1 ? "" : "s");
			sbuf_puts(&b, ".");
			print_hanging(sbuf_str(&b), 0, 2, 78);
			sbuf_free(&b);
		}
	}
	import_free(&r);
out:
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_import_entry = {
	.name = "import",
	.run = cmd_import,
	.usage = "coach import FILE [--dry-run]",
	.summary = "bring in your history from Strong or Hevy",
	.help = "Reads the CSV export of Strong or Hevy (told apart by its first line) and adds "
		"its\n"
		"workouts to your log, so they show in history and progress.  Exercise names are\n"
		"matched to the library; those that are not are listed, never guessed.  Warm-up\n"
		"sets are left out; loads are converted to your profile's unit; sessions already\n"
		"in the log are not added again.  With a problem in the file, nothing is imported\n"
		"(exit status 1).",
	.opts = opts,
};
