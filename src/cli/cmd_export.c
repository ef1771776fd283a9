/* coach export --format yaml | --format csv --output DIR: all your data out */
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

static bool is_date_column(const char *name)
{
	return strcmp(name, "date") == 0 || strcmp(name, "from_date") == 0 ||
	       strcmp(name, "to_date") == 0 || strcmp(name, "last_date") == 0;
}

struct dump {
	struct yemit *e;
	const char *table;
	FILE *csv;
	struct private_file pf; /* the table's file being written */
	char *dir;
	bool ok, force;
};

/* The table's file written: flushed, synced and put in place. */
static bool finish_csv(struct dump *x)
{
	bool ok = fflush(x->csv) == 0;
	int fd = dup(x->pf.fd);
	fclose(x->csv);
	x->csv = NULL;
	x->pf.fd = fd;
	char *err = NULL;
	if (!ok || fd < 0) {
		cli_fail(_("cannot write %s: %s"), x->pf.path, strerror(errno));
		private_file_abandon(&x->pf);
		x->ok = false;
		return false;
	}
	if (!private_file_commit(&x->pf, &err)) {
		cli_fail("%s", err);
		free(err);
		x->ok = false;
		return false;
	}
	return true;
}

static const char *shown_value(const char *name, const char *v, char buf[11])
{
	int days;
	if (v && is_date_column(name) && strcmp(v, "-1") != 0) {
		days = atoi(v);
		date_format(days, buf);
		return buf;
	}
	return v;
}

static void dump_yaml_row(void *ctx, const char *table, int nc, const char *const *names,
			  const char *const *vals)
{
	struct dump *x = ctx;
	if (!x->table || strcmp(x->table, table) != 0) {
		if (x->table)
			yemit_seq_end(x->e);
		yemit_key(x->e, table);
		yemit_seq(x->e);
		x->table = table;
	}
	yemit_map_flow(x->e);
	for (int i = 0; i < nc; i++) {
		char b[11];
		const char *v = shown_value(names[i], vals[i], b);
		yemit_key(x->e, names[i]);
		char *end;
		if (!v)
			yemit_null(x->e);
		else if (v == b || (*v && (strtod(v, &end), *end == '\0')))
			yemit_word(x->e, v); /* a date, or a number: it stays one */
		else
			yemit_str(x->e, v);
	}
	yemit_map_end(x->e);
}

/* Each table's file is made new (private_file): refused when it exists
 * without --force, put in place whole at the end. */
static void dump_csv_row(void *ctx, const char *table, int nc, const char *const *names,
			 const char *const *vals)
{
	struct dump *x = ctx;
	if (!x->ok)
		return;
	if (!x->table || strcmp(x->table, table) != 0) {
		if (x->csv && !finish_csv(x))
			return;
		char *path = xasprintf("%s/%s.csv", x->dir, table);
		char *err = NULL;
		x->table = table;
		if (!private_file_open(&x->pf, path, x->force, &err)) {
			cli_fail("%s", err);
			free(err);
			x->ok = false;
			free(path);
			return;
		}
		free(path);
		x->csv = fdopen(x->pf.fd, "w");
		if (!x->csv)
			die("out of memory");
		for (int i = 0; i < nc; i++) {
			if (i)
				fputc(',', x->csv);
			csv_field(x->csv, names[i]);
		}
		fputc('\n', x->csv);
	}
	for (int i = 0; i < nc; i++) {
		char b[11];
		if (i)
			fputc(',', x->csv);
		csv_field(x->csv, shown_value(names[i], vals[i], b));
	}
	fputc('\n', x->csv);
}

/* A whole small file (the profile, the safety plan) into a new file of the export. */
static bool copy_into(struct dump *x, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", x->dir, name);
	struct private_file pf;
	char *err = NULL;
	bool ok = private_file_open(&pf, path, x->force, &err);
	free(path);
	if (ok) {
		size_t len = strlen(text), off = 0;
		while (ok && off < len) {
			ssize_t w = write(pf.fd, text + off, len - off);
			if (w < 0 && errno == EINTR)
				continue;
			ok = w > 0;
			off += ok ? (size_t)w : 0;
		}
		if (!ok) {
			err = xasprintf(_("cannot write %s: %s"), pf.path, strerror(errno));
			private_file_abandon(&pf);
		} else {
			ok = private_file_commit(&pf, &err);
		}
	}
	if (!ok) {
		cli_fail("%s", err);
		free(err);
	}
	return ok;
}

/* The safety plan or lapse plan (name) as it is kept (NULL when there is none). */
static char *plan_text(struct cli *c, const char *name)
{
	char *path = xasprintf("%s/%s", c->ctx.paths.config_dir, name);
	FILE *fp = fopen(path, "rb");
	free(path);
	if (!fp)
		return NULL;
	struct sbuf b = {0};
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), fp)) > 0 && b.len < (1u << 20))
		sbuf_add(&b, buf, n);
	fclose(fp);
	return b.s ? b.s : xstrdup("");
}

enum { O_OUTPUT, O_FORCE };
static const struct optspec opts[] = {
	[O_OUTPUT] = {"--output", "PATH",
		      N_("the file (yaml) or folder (csv) to write; yaml without it goes to "
			 "standard output")},
	[O_FORCE] = {"--force", NULL, N_("replace export files that exist already")},
	{0},
};

/* Every file a CSV export would write that is there already (none with --force). */
static bool csv_targets_free(const char *dir, bool force)
{
	static const char *const names[] = {"session.csv",	"set_log.csv",	  "aerobic.csv",
					    "checkin.csv",	"screen.csv",	  "move.csv",
					    "slot_state.csv",	"meta.csv",	  "profile.yaml",
					    "safety-plan.yaml", "lapse-plan.yaml"};
	bool free_ = true;
	for (size_t i = 0; i < ARRAY_LEN(names) && !force; i++) {
		char *p = xasprintf("%s/%s", dir, names[i]);
		struct stat st;
		if (lstat(p, &st) == 0) {
			cli_fail(_("%s exists already; the coach writes exports only to new files "
				   "(give --force to replace them)"),
				 p);
			free_ = false;
		}
		free(p);
	}
	return free_;
}

static int cmd_export(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "export", argc, argv, opts, v, true,
				  _("export takes --format, --output and --force only"));
	if (rc)
		return rc;
	const char *out = v[O_OUTPUT];
	bool force = v[O_FORCE] != NULL;
	if (c->format == FMT_TEXT)
		return cli_usage_error("export", _("export needs --format yaml or --format csv"));
	if (c->format == FMT_CSV && !out)
		return cli_usage_error("export", _("--format csv writes one file per table: give "
						   "--output DIR"));
	struct store *st;
	if (!cli_store_read(c, &st))
		return EXIT_INVALID;
	struct dump x = {.ok = true, .force = force};
	char *plan = plan_text(c, "safety-plan.yaml");
	char *lapse = plan_text(c, "lapse-plan.yaml");
	if (c->format == FMT_YAML) {
		char *err = NULL;
		struct private_file pf = {.fd = -1};
		FILE *fp = stdout;
		if (out) {
			if (!private_file_open(&pf, out, force, &err)) {
				rc = cli_fail("%s", err);
				free(err);
				goto done;
			}
			fp = fdopen(pf.fd, "w");
			if (!fp)
				die("out of memory");
		}
		x.e = yemit_new_stream(fp); /* row by row: ten years cost no more memory */
		yemit_map(x.e);
		yemit_key(x.e, "coach_export");
		yemit_int(x.e, 1);
		struct profile prof;
		if (access(c->ctx.paths.profile, F_OK) == 0 && cli_profile(c, &prof)) {
			char *text = profile_to_yaml(&prof);
			yemit_key(x.e, "profile");
			yemit_str(x.e, text);
			free(text);
			profile_free(&prof);
		}
		if (plan) {
			yemit_key(x.e, "safety_plan");
			yemit_str(x.e, plan);
		}
		if (lapse) {
			yemit_key(x.e, "lapse_plan");
			yemit_str(x.e, lapse);
		}
		x.ok = store_dump(st, dump_yaml_row, &x);
		if (x.table)
			yemit_seq_end(x.e);
		yemit_map_end(x.e);
		bool written = yemit_finish_to(x.e, fp);
		if (out) {
			/* the stream is flushed to the file's descriptor, which the commit syncs */
			written = fflush(fp) == 0 && written;
			int fd = dup(pf.fd);
			fclose(fp);
			pf.fd = fd;
			if (!written || !x.ok || fd < 0) {
				private_file_abandon(&pf);
				written = false;
			} else if (!private_file_commit(&pf, &err)) {
				rc = cli_fail("%s", err);
				free(err);
			} else {
				printf(_("Exported everything to %s.\n"), out);
			}
		}
		if (!x.ok)
			rc = cli_fail(_("cannot read the log: %s"), store_error(st));
		else if (!written)
			rc = out ? cli_fail(_("cannot write the export to %s"), out)
				 : cli_fail(_("cannot write the export"));
	} else {
		char *err = NULL;
		if (!mkdir_private(out, &err)) {
			rc = cli_fail("%s", err);
			free(err);
		} else if (!csv_targets_free(out, force)) {
			rc = cli_fail(_("nothing was exported"));
		} else {
			x.dir = (char *)out;
			bool dumped = store_dump(st, dump_csv_row, &x);
			if (x.csv && dumped && x.ok) {
				finish_csv(&x);
			} else if (x.csv) { /* a table cut short is not put in place */
				fclose(x.csv);
				x.pf.fd = -1;
				private_file_abandon(&x.pf);
			}
			if (!dumped)
				cli_fail(_("cannot read the log: %s"), store_error(st));
			x.ok = dumped && x.ok;
			/* the profile and the safety plan go with it, as the YAML they are */
			struct profile prof;
			if (x.ok && access(c->ctx.paths.profile, F_OK) == 0 &&
			    cli_profile(c, &prof)) {
				char *text = profile_to_yaml(&prof);
				x.ok = copy_into(&x, "profile.yaml", text);
				free(text);
				profile_free(&prof);
			}
			if (x.ok && plan)
				x.ok = copy_into(&x, "safety-plan.yaml", plan);
			if (x.ok && lapse)
				x.ok = copy_into(&x, "lapse-plan.yaml", lapse);
			if (!x.ok)
				rc = cli_fail(_("the export to %s is incomplete"), out);
			else
				printf(_("Exported the log to %s (one CSV file per table).\n"),
				       out);
		}
	}
done:
	free(plan);
	free(lapse);
	store_close(st);
	return rc;
}

const struct command cmd_export_entry = {
	.name = "export",
	.run = cmd_export,
	.usage = "coach export --format yaml [--output FILE] | --format csv --output DIR [--force]",
	.summary = N_("all your data out"),
	.help = N_("Writes everything the coach keeps: the profile, the safety plan and every\n"
		   "table of the log (sessions, sets, aerobic minutes, check-ins, questionnaires,\n"
		   "moved days, progression state).  yaml goes to standard output, or to FILE\n"
		   "with --output; csv writes one file per table into DIR (created 0700).\n"
		   "Every file is created new and 0600, never through a link; one that exists\n"
		   "already is refused, unless --force, which replaces it with a new file\n"
		   "(never writing into the old one)."),
	.opts = opts,
};
