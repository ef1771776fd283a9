/* coach show ID: one program, week by week */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"

static const char *progression_text(const struct progression *pr, char *buf, size_t size)
{
	char n[32], *shown;
	/* an increment a person reads: the locale's decimal sign (+2,5 in de_DE) */
	num_text(pr->increment, n, sizeof(n));
	if (decimal_show(n, &shown) != n)
		snprintf(n, sizeof(n), "%s", shown);
	free(shown);
	switch (pr->model) {
	case PM_DOUBLE:
		snprintf(buf, size, _("then +%s when every set reaches the top"), n);
		break;
	case PM_LINEAR:
		snprintf(buf, size, _("then +%s after every full session"), n);
		break;
	case PM_LADDER:
		snprintf(buf, size, "%s", _("next step when every set reaches the top"));
		break;
	case PM_RIR:
		snprintf(buf, size, "%s", _("load set from your effort (RIR)"));
		break;
	default:
		snprintf(buf, size, "%s", _("same each time"));
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

/* ", 120 s after" when the rest before the next exercise differs. */
static const char *between(const struct slot_params *sp, char *buf, size_t size)
{
	buf[0] = '\0';
	if (sp->rest_between_s != sp->rest_s)
		snprintf(buf, size, _(", %d s after"), sp->rest_between_s);
	return buf;
}

static void print_week_text(const struct catalog *cat, const struct program *p, int week)
{
	for (size_t i = 0; i < p->n_days; i++) {
		const struct day *d = &p->days[i];
		printf(_("  Day %s%s%s\n"), d->name, d->focus ? ": " : "",
		       d->focus ? d->focus : "");
		for (size_t j = 0; j < d->n_slots; j++) {
			const struct slot *s = &d->slots[j];
			struct slot_params sp = program_week_params(p, s, week, &cat->policy);
			if (s->superset && (j == 0 || d->slots[j - 1].superset != s->superset))
				printf(_("    Superset %d, in rounds: a set of each in turn, then "
					 "rest "
					 "%d s\n"),
				       s->superset, sp.rest_s);
			bool seconds = catalog_slot_seconds(cat, s);
			char reps[24], what[96], tempo[24], prog[128], dose[48], after[32];
			reps_text(sp.reps_min, sp.reps_max, reps, sizeof(reps));
			if (s->kind == SLOT_PATTERN)
				snprintf(what, sizeof(what), _("any %s exercise"),
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
			/* in a round the rest comes once, after its last exercise */
			bool in_round = s->superset && j + 1 < d->n_slots &&
					d->slots[j + 1].superset == s->superset;
			if (seconds && in_round)
				printf("%s\n", _("hold    then the next"));
			else if (in_round)
				printf(_("RIR %d   then the next\n"), sp.rir);
			else if (seconds)
				printf(_("hold    rest %d s%s\n"), sp.rest_s,
				       between(&sp, after, sizeof(after)));
			else
				printf(_("RIR %d   rest %d s%s\n"), sp.rir, sp.rest_s,
				       between(&sp, after, sizeof(after)));
			if (!seconds)
				printf(_("      tempo %s, %s\n"),
				       tempo_text(sp.tempo, sp.tempo_n, tempo, sizeof(tempo)),
				       progression_text(&sp.prog, prog, sizeof(prog)));
			if (s->kind == SLOT_LADDER) {
				const struct ladder *l = catalog_ladder(cat, s->ref);
				struct sbuf b = {0};
				sbuf_puts(&b, _("steps: "));
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
	equipment_shown(&eq, p->equipment, ", ");
	for (size_t i = 0; i < p->n_goals; i++)
		sbuf_printf(&goals, "%s%s", i ? ", " : "", goal_word(p->goals[i]));
	printf("%s  [%s]\n", p->name, p->id);
	printf("%s, ", level_word(p->level));
	printf(P_("%d day a week", "%d days a week", p->days_per_week), p->days_per_week);
	printf(_(", about %d min"), p->minutes);
	if (p->weeks)
		printf(P_(", %d week", ", %d weeks", p->weeks), p->weeks);
	else
		fputs(_(", open-ended"), stdout);
	printf(_("\nEquipment: %s\nGoals: %s\n"), sbuf_str(&eq), sbuf_str(&goals));
	sbuf_free(&eq);
	sbuf_free(&goals);
	if (p->evidence) {
		fputs(_("Evidence:\n"), stdout);
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
			printf(_("Week %d"), w);
		else
			printf(_("Weeks %d-%d"), w, end);
		if (!p->weeks && end == n)
			fputs(_(" and on"), stdout);
		if (deload)
			printf(_(" (deload: fewer sets, about %d%% lighter, easier effort)"),
			       (int)lround((1 - cat->policy.deload_load_factor) * 100));
		printf("\n");
		print_week_text(cat, p, w);
		w = end + 1;
	}
	fputs(_("\nRIR (reps in reserve): stop each set with this many reps still in you.\n"
		"Tempo: seconds lowering-pause-lifting.  Loads go up in your units (kg or lb),\n"
		"to the next weight you have.\n"),
	      stdout);
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
	yemit_key(e, "rest_between_s");
	yemit_int(e, sp->rest_between_s);
	yemit_key(e, "superset");
	if (s->superset)
		yemit_int(e, s->superset);
	else
		yemit_null(e);
	yemit_key(e, "tempo");
	yemit_str(e, tempo_text(sp->tempo, sp->tempo_n, tempo, sizeof(tempo)));
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

static int cmd_show(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("show", argc, argv, NULL, NULL, &pos, &n_pos);
	if (rc || (rc = cli_no_csv(c, "show"))) {
		free(pos);
		return rc;
	}
	if (n_pos != 1) {
		free(pos);
		return cli_usage_error("show", _("show needs one program id"));
	}
	const char *id = pos[0];
	free(pos);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	const struct program *p = catalog_program(&c->ctx.cat, id);
	if (!p) {
		const char *near = catalog_suggest_program(&c->ctx.cat, id);
		if (near)
			return cli_fail(_("no program '%s' (did you mean '%s'?)"), id, near);
		return cli_fail(_("no program '%s'; 'coach programs' lists them"), id);
	}
	if (c->format == FMT_TEXT) {
		show_text(&c->ctx.cat, p);
		return 0;
	}
	return show_yaml(&c->ctx.cat, p);
}

const struct command cmd_show_entry = {
	.name = "show",
	.run = cmd_show,
	.usage = "coach show ID",
	.summary = N_("one program, week by week"),
	.help = N_(
		"Shows a program's days and exercises with sets, reps, effort (reps in reserve),\n"
		"rest, tempo and how each exercise progresses, grouped into the weeks that\n"
		"differ (familiarisation, deload weeks).  Exit status 1 for an unknown id."),
};
