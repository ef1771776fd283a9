/* coach programs, coach show ID */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"

static const char *progression_text(const struct progression *pr, char *buf, size_t size)
{
	char n[32];
	switch (pr->model) {
	case PM_DOUBLE:
		snprintf(buf, size, "then +%s when every set reaches the top",
			 num_text(pr->increment, n, sizeof(n)));
		break;
	case PM_LINEAR:
		snprintf(buf, size, "then +%s after every full session",
			 num_text(pr->increment, n, sizeof(n)));
		break;
	case PM_LADDER:
		snprintf(buf, size, "next step when every set reaches the top");
		break;
	case PM_RIR:
		snprintf(buf, size, "load set from your effort (RIR)");
		break;
	default:
		snprintf(buf, size, "same each time");
		break;
	}
	return buf;
}

static void pad(const char *s, int width)
{
	fputs(s, stdout);
	for (int w = (int)utf8_width(s); w < width; w++)
		putchar(' ');
}

static void print_programs_text(const struct catalog *cat)
{
	printf("%-24s %-13s %4s %4s %5s  %s\n", "ID", "LEVEL", "DAYS", "MIN", "WEEKS", "EQUIPMENT");
	for (size_t i = 0; i < cat->n_programs; i++) {
		const struct program *p = cat->programs[i];
		struct sbuf eq = {0};
		names_of_bits(&eq, p->equipment, equipment_names);
		char weeks[16];
		if (p->weeks)
			snprintf(weeks, sizeof(weeks), "%d", p->weeks);
		else
			snprintf(weeks, sizeof(weeks), "open");
		printf("%-24s %-13s %4d %4d %5s  %s\n", p->id, level_names[p->level],
		       p->days_per_week, p->minutes, weeks, sbuf_str(&eq));
		char *line = xasprintf("%s: %s", p->name, p->summary);
		print_wrapped(line, 4, 78);
		free(line);
		sbuf_free(&eq);
	}
	printf("\n%zu programs.  'coach show ID' for one of them.\n", cat->n_programs);
}

static void emit_program_head(struct yemit *e, const struct program *p)
{
	yemit_key(e, "id");
	yemit_word(e, p->id);
	yemit_key(e, "name");
	yemit_str(e, p->name);
	yemit_key(e, "summary");
	yemit_str(e, p->summary);
	yemit_key(e, "level");
	yemit_word(e, level_names[p->level]);
	yemit_key(e, "days_per_week");
	yemit_int(e, p->days_per_week);
	yemit_key(e, "minutes");
	yemit_int(e, p->minutes);
	yemit_key(e, "weeks");
	if (p->weeks)
		yemit_int(e, p->weeks);
	else
		yemit_null(e);
	yemit_key(e, "equipment");
	yemit_bits(e, p->equipment, equipment_names);
	yemit_key(e, "goals");
	yemit_strs(e, p->goals, p->n_goals);
}

int cmd_programs(struct cli *c, int argc, char **argv)
{
	int rc = cli_options_only(c, "programs", argc, argv, NULL, false,
				  "programs takes no arguments");
	if (rc)
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	if (c->format == FMT_TEXT) {
		print_programs_text(&c->cat);
		return 0;
	}
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "programs");
	yemit_seq(e);
	for (size_t i = 0; i < c->cat.n_programs; i++) {
		yemit_map(e);
		emit_program_head(e, c->cat.programs[i]);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

static void print_week_text(const struct catalog *cat, const struct program *p, int week)
{
	for (size_t i = 0; i < p->n_days; i++) {
		const struct day *d = &p->days[i];
		printf("  Day %s%s%s\n", d->name, d->focus ? ": " : "", d->focus ? d->focus : "");
		for (size_t j = 0; j < d->n_slots; j++) {
			const struct slot *s = &d->slots[j];
			struct slot_params sp = program_week_params(p, s, week, &cat->policy);
			bool seconds = catalog_slot_seconds(cat, s);
			char reps[24], what[96], tempo[24], prog[48], dose[48];
			reps_text(sp.reps_min, sp.reps_max, reps, sizeof(reps));
			if (s->kind == SLOT_PATTERN)
				snprintf(what, sizeof(what), "any %s exercise",
					 pattern_names[s->pattern]);
			else
				snprintf(what, sizeof(what), "%s", catalog_slot_name(cat, s));
			if (seconds)
				snprintf(dose, sizeof(dose), "%d x %s s", sp.sets, reps);
			else
				snprintf(dose, sizeof(dose), "%d x %s", sp.sets, reps);
			/* a name too long for its column gets a line of its own */
			if (utf8_width(what) > 34) {
				printf("    %s\n", what);
				what[0] = '\0';
			}
			printf("    ");
			pad(what, 35);
			pad(dose, 12);
			if (seconds)
				printf("hold    rest %d s\n", sp.rest_s);
			else
				printf("RIR %d   rest %d s\n", sp.rir, sp.rest_s);
			if (!seconds)
				printf("      tempo %s, %s\n",
				       tempo_text(&sp, tempo, sizeof(tempo)),
				       progression_text(&sp.prog, prog, sizeof(prog)));
			if (s->kind == SLOT_LADDER) {
				const struct ladder *l = catalog_ladder(cat, s->ref);
				struct sbuf b = {0};
				sbuf_puts(&b, "steps: ");
				for (size_t k = 0; l && k < l->n_steps; k++) {
					const struct exercise *st =
						catalog_exercise(cat, l->steps[k]);
					sbuf_printf(&b, "%s%s", k ? " > " : "",
						    st ? st->name : l->steps[k]);
				}
				print_wrapped(sbuf_str(&b), 6, 78);
				sbuf_free(&b);
			}
			if (s->note)
				print_wrapped(s->note, 6, 78);
		}
	}
}

static void show_text(const struct catalog *cat, const struct program *p)
{
	struct sbuf eq = {0}, goals = {0};
	names_of_bits(&eq, p->equipment, equipment_names);
	join_strs(&goals, p->goals, p->n_goals);
	printf("%s  [%s]\n", p->name, p->id);
	printf("%s, %d day%s a week, about %d min", level_names[p->level], p->days_per_week,
	       p->days_per_week == 1 ? "" : "s", p->minutes);
	if (p->weeks)
		printf(", %d weeks", p->weeks);
	else
		printf(", open-ended");
	printf("\nEquipment: %s\nGoals: %s\n", sbuf_str(&eq), sbuf_str(&goals));
	sbuf_free(&eq);
	sbuf_free(&goals);
	if (p->evidence) {
		printf("Evidence:\n");
		print_wrapped(p->evidence, 2, 78);
	}
	if (p->description) {
		putchar('\n');
		print_wrapped(p->description, 0, 78);
	}
	int n = program_weeks_shown(p);
	for (int w = 1; w <= n;) {
		int end = w;
		while (end < n && program_same_week(p, w, end + 1))
			end++;
		bool deload = program_is_deload(p, w);
		putchar('\n');
		if (end == w)
			printf("Week %d", w);
		else
			printf("Weeks %d-%d", w, end);
		if (!p->weeks && end == n)
			printf(" and on");
		if (deload)
			printf(" (deload: fewer sets, about %d%% lighter, easier effort)",
			       (int)lround((1 - cat->policy.deload_load_factor) * 100));
		printf("\n");
		print_week_text(cat, p, w);
		w = end + 1;
	}
	printf("\nRIR (reps in reserve): stop each set with this many reps still in you.\n"
	       "Tempo: seconds lowering-pause-lifting.  Loads go up in your units (kg or lb),\n"
	       "to the next weight you have.\n");
}

static void emit_slot(struct yemit *e, const struct catalog *cat, const struct slot *s,
		      const struct slot_params *sp)
{
	char tempo[24];
	yemit_map(e);
	yemit_key(e, "slot");
	if (s->kind == SLOT_PATTERN) {
		yemit_map_flow(e);
		yemit_key(e, "pattern");
		yemit_word(e, pattern_names[s->pattern]);
		yemit_map_end(e);
	} else {
		yemit_word(e, s->ref);
	}
	yemit_key(e, "kind");
	yemit_word(e, s->kind == SLOT_PATTERN  ? "pattern"
		      : s->kind == SLOT_LADDER ? "ladder"
					       : "exercise");
	yemit_key(e, "name");
	yemit_str(e, catalog_slot_name(cat, s));
	yemit_key(e, "sets");
	yemit_int(e, sp->sets);
	yemit_key(e, "reps_min");
	yemit_int(e, sp->reps_min);
	yemit_key(e, "reps_max");
	yemit_int(e, sp->reps_max);
	yemit_key(e, "rir");
	yemit_int(e, sp->rir);
	yemit_key(e, "rest_s");
	yemit_int(e, sp->rest_s);
	yemit_key(e, "tempo");
	yemit_str(e, tempo_text(sp, tempo, sizeof(tempo)));
	yemit_key(e, "progression");
	yemit_map_flow(e);
	yemit_key(e, "model");
	yemit_word(e, prog_model_names[sp->prog.model]);
	if (sp->prog.model == PM_DOUBLE || sp->prog.model == PM_LINEAR) {
		yemit_key(e, "increment");
		yemit_num(e, sp->prog.increment);
	}
	if (sp->prog.model == PM_LINEAR) {
		yemit_key(e, "fail_limit");
		yemit_int(e, sp->prog.fail_limit);
		yemit_key(e, "deload");
		yemit_num(e, sp->prog.deload);
	}
	yemit_map_end(e);
	if (s->note) {
		yemit_key(e, "note");
		yemit_str(e, s->note);
	}
	yemit_map_end(e);
}

static int show_yaml(const struct catalog *cat, const struct program *p)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	emit_program_head(e, p);
	yemit_key(e, "deload_every");
	if (p->deload_every)
		yemit_int(e, p->deload_every);
	else
		yemit_null(e);
	if (p->evidence) {
		yemit_key(e, "evidence");
		yemit_str(e, p->evidence);
	}
	if (p->description) {
		yemit_key(e, "description");
		yemit_str(e, p->description);
	}
	yemit_key(e, "weeks_shown");
	yemit_seq(e);
	int n = program_weeks_shown(p);
	for (int w = 1; w <= n; w++) {
		yemit_map(e);
		yemit_key(e, "week");
		yemit_int(e, w);
		yemit_key(e, "deload");
		yemit_bool(e, p->deload_every && w % p->deload_every == 0);
		yemit_key(e, "days");
		yemit_seq(e);
		for (size_t i = 0; i < p->n_days; i++) {
			const struct day *d = &p->days[i];
			yemit_map(e);
			yemit_key(e, "name");
			yemit_str(e, d->name);
			if (d->focus) {
				yemit_key(e, "focus");
				yemit_str(e, d->focus);
			}
			yemit_key(e, "exercises");
			yemit_seq(e);
			for (size_t j = 0; j < d->n_slots; j++) {
				struct slot_params sp =
					program_week_params(p, &d->slots[j], w, &cat->policy);
				emit_slot(e, cat, &d->slots[j], &sp);
			}
			yemit_seq_end(e);
			yemit_map_end(e);
		}
		yemit_seq_end(e);
		yemit_map_end(e);
	}
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}

int cmd_show(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("show", argc, argv, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "show"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("show", "show needs one program id");
	}
	const char *id = pos[0];
	free(pos);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	const struct program *p = catalog_program(&c->cat, id);
	if (!p) {
		const char *near = catalog_suggest_program(&c->cat, id);
		if (near)
			return cli_fail("no program '%s' (did you mean '%s'?)", id, near);
		return cli_fail("no program '%s'; 'coach programs' lists them", id);
	}
	if (c->format == FMT_TEXT) {
		show_text(&c->cat, p);
		return 0;
	}
	return show_yaml(&c->cat, p);
}

int cmd_exercises(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("exercises", argc, argv, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "exercises"))) {
		free(pos);
		return rc;
	}
	int pattern = -1;
	if (n_pos > 1) {
		free(pos);
		return cli_usage_error("exercises", "exercises takes at most one pattern");
	}
	if (n_pos == 1) {
		for (int i = 0; pattern_names[i]; i++)
			if (strcmp(pattern_names[i], pos[0]) == 0)
				pattern = i;
		if (pattern < 0) {
			const char *near = did_you_mean(pos[0], pattern_names);
			rc = near ? cli_usage_error("exercises",
						    "no pattern '%s' (did you mean '%s'?)", pos[0],
						    near)
				  : cli_usage_error("exercises", "no pattern '%s'", pos[0]);
			free(pos);
			return rc;
		}
	}
	free(pos);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct yemit *e = c->format == FMT_YAML ? yemit_new() : NULL;
	if (e) {
		yemit_map(e);
		yemit_key(e, "exercises");
		yemit_seq(e);
	} else {
		printf("%-28s %-10s %-22s %s\n", "ID", "PATTERN", "NEEDS", "NAME");
	}
	for (size_t i = 0; i < c->cat.n_exercises; i++) {
		const struct exercise *x = c->cat.exercises[i];
		if (pattern >= 0 && (int)x->pattern != pattern)
			continue;
		struct sbuf eq = {0};
		names_of_bits(&eq, x->equipment, equipment_names);
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
			printf("%-28s %-10s %-22s %s\n", x->id, pattern_names[x->pattern],
			       sbuf_str(&eq), x->name);
		}
		sbuf_free(&eq);
	}
	if (!e)
		return 0;
	yemit_seq_end(e);
	yemit_map_end(e);
	return yemit_to_stdout(e);
}
