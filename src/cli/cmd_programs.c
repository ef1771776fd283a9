/* coach programs: list the program catalogue */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"

static void print_programs_text(const struct catalog *cat)
{
	/* TRANSLATORS: the headings of coach programs' table, in capitals */
	const char *head[] = {_("ID"), _("LEVEL"), _("DAYS"), _("MIN"), _("WEEKS"), _("EQUIPMENT")};
	int w[] = {24, 13, 4, 4, 5};
	for (int i = 0; i < 5; i++)
		w[i] = column_width(head[i], w[i]);
	for (int i = 0; i < 5; i++) {
		print_padded(head[i], w[i], i >= 2);
		fputs(i == 4 ? "  " : " ", stdout);
	}
	printf("%s\n", head[5]);
	for (size_t i = 0; i < cat->n_programs; i++) {
		const struct program *p = cat->programs[i];
		struct sbuf eq = {0};
		equipment_shown(&eq, p->equipment, ", ");
		char days[16], minutes[16], weeks[16];
		snprintf(days, sizeof(days), "%d", p->days_per_week);
		snprintf(minutes, sizeof(minutes), "%d", p->minutes);
		if (p->weeks)
			snprintf(weeks, sizeof(weeks), "%d", p->weeks);
		else
			snprintf(weeks, sizeof(weeks), "%s", _("open"));
		const char *cell[] = {p->id, level_word(p->level), days, minutes, weeks};
		for (int k = 0; k < 5; k++) {
			print_padded(cell[k], w[k], k >= 2);
			fputs(k == 4 ? "  " : " ", stdout);
		}
		printf("%s\n", sbuf_str(&eq));
		char *line = xasprintf("%s: %s", p->name, p->summary);
		print_wrapped(line, 4, 78);
		free(line);
		sbuf_free(&eq);
	}
	printf(P_("\n%zu program.  'coach show ID' for it.\n",
		  "\n%zu programs.  'coach show ID' for one of them.\n", cat->n_programs),
	       cat->n_programs);
}

static int cmd_programs(struct cli *c, int argc, char **argv)
{
	int rc = cli_options_only(c, "programs", argc, argv, NULL, NULL, false,
				  _("programs takes no arguments"));
	if (rc)
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	if (c->format == FMT_TEXT) {
		print_programs_text(&c->ctx.cat);
		return 0;
	}
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "programs");
	yemit_seq(e);
	for (size_t i = 0; i < c->ctx.cat.n_programs; i++) {
		yemit_map(e);
		emit_program_head(e, c->ctx.cat.programs[i]);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

const struct command cmd_programs_entry = {
	.name = "programs",
	.run = cmd_programs,
	.usage = "coach programs",
	.summary = N_("list the program catalogue"),
	.help = N_("Lists every program: id, level, days a week, minutes, weeks and equipment.\n"
		   "--format yaml gives id, name, summary, level, days_per_week, minutes, weeks,\n"
		   "equipment and goals for each, for scripts."),
};
