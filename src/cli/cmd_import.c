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

/* Each workout as the importer hands it on: counted, and written unless
 * it is a dry run or was in the log before this import began. */
struct sink {
	struct store *st; /* NULL: a dry run with no log */
	bool write;
	int64_t before; /* the last session id before the import */
	size_t added, present;
};

static bool take(void *ctx, const struct session *s, int line)
{
	struct sink *k = ctx;
	/* two workouts of one day with the same sets are two workouts: only one
	 * that was in the log before this file counts as already there */
	if (k->st && store_has_session_before(k->st, s, k->before)) {
		k->present++;
		return true;
	}
	k->added++;
	if (!k->write)
		return true;
	struct session_meta m = {.readiness = "normal"};
	return store_add_session(k->st, s, &m, NULL);
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
	FILE *fp = fopen(path, "rb");
	struct stat fs;
	if (!fp || fstat(fileno(fp), &fs) != 0 || !S_ISREG(fs.st_mode) ||
	    fs.st_size > IMPORT_MAX_FILE) {
		rc = fp ? cli_fail("%s: not a regular file of at most 64 MiB", path)
			: cli_fail("cannot open %s: %s", path, strerror(errno));
		if (fp)
			fclose(fp);
		goto out;
	}
	/* one transaction for the file: all of it, or nothing */
	struct sink k = {.write = !dry};
	char *err = NULL;
	if (dry ? !store_open_read(&k.st, c->ctx.paths.database, &err)
		: !store_open(&k.st, c->ctx.paths.database, &err)) {
		rc = cli_fail("%s", err);
		free(err);
		fclose(fp);
		goto out;
	}
	k.before = store_last_session_id(k.st);
	if (!dry && !store_begin(k.st)) {
		rc = cli_fail("cannot write the log: %s; nothing was imported", store_error(k.st));
		store_close(k.st);
		fclose(fp);
		goto out;
	}
	struct import_stats r;
	struct diags d = {0};
	bool ok = import_stream(path, fp, &c->ctx.cat, units, clock_today(), take, &k, &r, &d);
	fclose(fp);
	if (!ok && d.len) {
		diags_print(&d, stderr);
		rc = cli_fail("nothing was imported");
	} else if (!ok) {
		rc = cli_fail("cannot write the log: %s; nothing was imported", store_error(k.st));
	} else if (!dry && !store_commit(k.st)) {
		rc = cli_fail("cannot write the log: %s; nothing was imported", store_error(k.st));
	}
	if (!dry && rc)
		store_rollback(k.st);
	diags_free(&d);
	store_close(k.st);
	if (!rc) {
		printf("%s export: %zu session%s, %zu set%s%s", import_source_names[r.source],
		       r.sessions, r.sessions == 1 ? "" : "s", r.sets, r.sets == 1 ? "" : "s",
		       dry ? " would be imported (nothing was written)" : "");
		printf(": %zu %s, %zu already in the log.\n", k.added, dry ? "new" : "imported",
		       k.present);
		if (r.warmups_skipped)
			printf("Warm-up sets left out: %zu.\n", r.warmups_skipped);
		if (r.n_unknown) {
			enum { SHOWN = 40 };
			struct sbuf b = {0};
			sbuf_printf(&b, "Not imported, because the library has no exercise of that "
					"name (yet): ");
			size_t other = 0;
			for (size_t i = 0; i < r.n_unknown; i++) {
				if (i >= SHOWN) {
					other += (size_t)r.unknown[i]->sets;
					continue;
				}
				sbuf_printf(&b, "%s'%s' (%d set%s)", i ? ", " : "",
					    r.unknown[i]->name, r.unknown[i]->sets,
					    r.unknown[i]->sets == 1 ? "" : "s");
			}
			if (r.n_unknown > SHOWN)
				sbuf_printf(&b, ", and %zu other names (%zu sets)",
					    r.n_unknown - SHOWN, other);
			sbuf_puts(&b, ".");
			print_hanging(sbuf_str(&b), 0, 2, 78);
			sbuf_free(&b);
		}
	}
	import_stats_free(&r);
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
		"in the log are not added again (two workouts of one day are two).  The file is\n"
		"read as a stream, in one transaction: with a problem in it (named by line,\n"
		"column and value), or a workout of more than 50 sets of an exercise or 40\n"
		"exercises, nothing is imported (exit status 1).",
	.opts = opts,
};
