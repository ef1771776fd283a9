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
	char *dir;
	bool ok;
};

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
		else if (v != b && *v && (strtod(v, &end), *end == '\0'))
			yemit_word(x->e, v); /* a number stays a number */
		else if (v == b)
			yemit_word(x->e, v); /* a date */
		else
			yemit_str(x->e, v);
	}
	yemit_map_end(x->e);
}

static void dump_csv_row(void *ctx, const char *table, int nc, const char *const *names,
			 const char *const *vals)
{
	struct dump *x = ctx;
	if (!x->table || strcmp(x->table, table) != 0) {
		if (x->csv && fclose(x->csv) != 0)
			x->ok = false;
		char *path = xasprintf("%s/%s.csv", x->dir, table);
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
		x->csv = fd >= 0 ? fdopen(fd, "w") : NULL;
		if (!x->csv) {
			cli_fail("cannot write %s: %s", path, strerror(errno));
			x->ok = false;
		}
		free(path);
		x->table = table;
		for (int i = 0; x->csv && i < nc; i++) {
			if (i)
				fputc(',', x->csv);
			csv_field(x->csv, names[i]);
		}
		if (x->csv)
			fputc('\n', x->csv);
	}
	if (!x->csv)
		return;
	for (int i = 0; i < nc; i++) {
		char b[11];
		if (i)
			fputc(',', x->csv);
		csv_field(x->csv, shown_value(names[i], vals[i], b));
	}
	fputc('\n', x->csv);
}

enum { O_OUTPUT };
static const struct optspec opts[] = {
	[O_OUTPUT] = {"--output", "DIR", "with --format csv: the folder the files go into"},
	{0},
};

static int cmd_export(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "export", argc, argv, opts, v, true,
				  "export takes --format and --output only");
	if (rc)
		return rc;
	const char *out = v[O_OUTPUT];
	if (c->format == FMT_TEXT)
		return cli_usage_error("export", "export needs --format yaml or --format csv");
	if (c->format == FMT_CSV && !out)
		return cli_usage_error("export", "--format csv writes one file per table: give "
						 "--output DIR");
	struct store *st;
	if (!cli_store_read(c, &st))
		return EXIT_INVALID;
	struct dump x = {.ok = true};
	if (c->format == FMT_YAML) {
		x.e = yemit_new();
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
		x.ok = store_dump(st, dump_yaml_row, &x);
		if (x.table)
			yemit_seq_end(x.e);
		yemit_map_end(x.e);
		rc = yemit_to_stdout(x.e);
		if (!x.ok)
			rc = cli_fail("cannot read the log: %s", store_error(st));
	} else {
		char *err = NULL;
		if (!mkdir_private(out, &err)) {
			rc = cli_fail("%s", err);
			free(err);
		} else {
			x.dir = (char *)out;
			x.ok = store_dump(st, dump_csv_row, &x);
			if (x.csv && fclose(x.csv) != 0)
				x.ok = false;
			/* the profile goes with it, as the YAML it is */
			struct profile prof;
			if (x.ok && access(c->ctx.paths.profile, F_OK) == 0 &&
			    cli_profile(c, &prof)) {
				char *text = profile_to_yaml(&prof);
				char *path = xasprintf("%s/profile.yaml", out);
				char *perr = NULL;
				if (!write_file_atomic(path, text, strlen(text), &perr)) {
					cli_fail("%s", perr);
					free(perr);
					x.ok = false;
				}
				free(path);
				free(text);
				profile_free(&prof);
			}
			if (!x.ok)
				rc = cli_fail("the export to %s is incomplete", out);
			else
				printf("Exported the log to %s (one CSV file per table).\n", out);
		}
	}
	store_close(st);
	return rc;
}

const struct command cmd_export_entry = {
	.name = "export",
	.run = cmd_export,
	.usage = "coach export --format yaml | --format csv --output DIR",
	.summary = "all your data out",
	.help = "Writes everything the coach keeps: the profile and every table of the log\n"
		"(sessions, sets, aerobic minutes, check-ins, questionnaires, moved days,\n"
		"progression state).  yaml goes to standard output; csv writes one file per\n"
		"table into DIR (created 0700, files 0600).",
	.opts = opts,
};
