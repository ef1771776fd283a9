/* coach exercises [PATTERN]: the exercise library */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"

static int cmd_exercises(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("exercises", argc, argv, NULL, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "exercises"))) {
		free(pos);
		return rc;
	}
	int pattern = -1;
	if (n_pos > 1) {
		free(pos);
		return cli_usage_error("exercises", _("exercises takes at most one pattern"));
	}
	if (n_pos == 1) {
		for (int i = 0; pattern_names[i]; i++)
			if (strcmp(pattern_names[i], pos[0]) == 0)
				pattern = i;
		if (pattern < 0) {
			const char *near = did_you_mean(pos[0], pattern_names);
			rc = near ? cli_usage_error("exercises",
						    _("no pattern '%s' (did you mean '%s'?)"),
						    pos[0], near)
				  : cli_usage_error("exercises", _("no pattern '%s'"), pos[0]);
			free(pos);
			return rc;
		}
	}
	free(pos);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct yemit *e = c->format == FMT_YAML ? yemit_new() : NULL;
	int w[] = {column_width(_("ID"), 28), column_width(_("PATTERN"), 10),
		   column_width(_("NEEDS"), 22)};
	if (e) {
		yemit_map(e);
		yemit_key(e, "exercises");
		yemit_seq(e);
	} else {
		/* TRANSLATORS: the headings of coach exercises' table; the patterns
		   below them are typed as they are (coach exercises squat) */
		print_padded(_("ID"), w[0], false);
		putchar(' ');
		print_padded(_("PATTERN"), w[1], false);
		putchar(' ');
		print_padded(_("NEEDS"), w[2], false);
		printf(" %s\n", _("NAME"));
	}
	for (size_t i = 0; i < c->ctx.cat.n_exercises; i++) {
		const struct exercise *x = c->ctx.cat.exercises[i];
		if (pattern >= 0 && (int)x->pattern != pattern)
			continue;
		struct sbuf eq = {0};
		if (!e)
			equipment_shown(&eq, x->equipment, ", ");
		if (e) {
			yemit_map_flow(e);
			yemit_key(e, "id");
			yemit_word(e, x->id);
			yemit_key(e, "name");
			yemit_str(e, x->name);
			yemit_key(e, "pattern");
			yemit_word(e, pattern_names[x->pattern]);
			yemit_key(e, "equipment");
			yemit_bits(e, x->equipment, equipment_names);
			yemit_map_end(e);
		} else {
			print_padded(x->id, w[0], false);
			putchar(' ');
			print_padded(pattern_names[x->pattern], w[1], false);
			putchar(' ');
			print_padded(sbuf_str(&eq), w[2], false);
			printf(" %s\n", x->name);
		}
		sbuf_free(&eq);
	}
	if (!e)
		return 0;
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

const struct command cmd_exercises_entry = {
	.name = "exercises",
	.run = cmd_exercises,
	.usage = "coach exercises [PATTERN]",
	.summary = N_("the exercise library"),
	.help = N_("Lists every exercise with its id (for dislikes and for writing programs), its\n"
		   "movement pattern, the equipment it needs and its name.  PATTERN is one of\n"
		   "squat hinge lunge push-h push-v pull-h pull-v core carry balance isolation."),
};
