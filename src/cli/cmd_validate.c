/* coach validate PATH...: check program, exercise, policy, profile and session files */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/validate.h"
#include "out.h"

static int cmd_validate(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("validate", argc, argv, NULL, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "validate"))) {
		free(pos);
		return rc;
	}
	if (n_pos == 0) {
		free(pos);
		return cli_usage_error("validate",
				       _("validate needs at least one file or directory"));
	}
	struct diags d = {0};
	/* the messages in the person's language, but as YAML (for programs) in
	   English, as every command's YAML */
	if (c->format == FMT_YAML)
		i18n_english(true);
	/* the bundled catalogue and --programs directories give references a context */
	c->ctx.cat_loaded = true;
	catalog_add_dir(&c->ctx.cat, c->ctx.paths.catalogue, &d);
	for (size_t i = 0; i < c->n_program_dirs; i++)
		catalog_add_dir(&c->ctx.cat, c->program_dirs[i], &d);
	size_t files = 0;
	validate_paths(&c->ctx.cat, (const char *const *)pos, (size_t)n_pos, clock_today(), &d,
		       &files);
	free(pos);
	i18n_english(false);

	diags_sort(&d);
	diags_print(&d, stderr);
	size_t bad = 0; /* files with problems */
	for (size_t i = 0; i < d.len; i++)
		if (i == 0 || strcmp(d.v[i].path, d.v[i - 1].path) != 0)
			bad++;
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		yemit_map(e);
		yemit_key(e, "files");
		yemit_int(e, (long)files);
		yemit_key(e, "valid");
		yemit_bool(e, d.len == 0);
		yemit_key(e, "errors");
		yemit_seq(e);
		for (size_t i = 0; i < d.len; i++) {
			yemit_map_flow(e);
			yemit_key(e, "path");
			yemit_str(e, d.v[i].path);
			yemit_key(e, "line");
			yemit_int(e, d.v[i].line);
			yemit_key(e, "col");
			yemit_int(e, d.v[i].col);
			yemit_key(e, "message");
			yemit_str(e, d.v[i].msg);
			yemit_map_end(e);
		}
		yemit_seq_end(e);
		yemit_map_end(e);
		yemit_to_stdout(e);
	} else if (d.len == 0)
		printf(P_("%zu file checked: all valid\n", "%zu files checked: all valid\n", files),
		       files);
	else {
		/* TRANSLATORS: "3 errors" followed by " in 2 files" */
		fprintf(stderr, P_("%zu error", "%zu errors", d.len), d.len);
		fprintf(stderr, P_(" in %zu file\n", " in %zu files\n", bad), bad);
	}
	rc = d.len ? EXIT_INVALID : 0;
	diags_free(&d);
	return rc;
}

const struct command cmd_validate_entry = {
	.name = "validate",
	.run = cmd_validate,
	.usage = "coach validate PATH...",
	.summary = N_("check program, exercise, policy, profile and session files"),
	.help = N_(
		"Checks each file, or every *.yaml file below each directory, against the formats\n"
		"in coach-programs(5).  Every problem is one line on stderr:\n"
		"  PATH:LINE:COL: error: MESSAGE\n"
		"References to exercises and ladders are checked against the bundled catalogue,\n"
		"the --programs directories and the files given.\n"
		"Exit status: 0 all valid, 1 any invalid, 2 usage error."),
};
