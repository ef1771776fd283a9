/* coach profile init [OPTIONS] | show | set KEY VALUE: write or print your profile */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "coach/questionnaire.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "out.h"

static bool exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

/* The profile's program and dislikes must be in the catalogue.  A program
 * that needs equipment the profile lacks is allowed, with a note: the coach
 * substitutes what it can. */
static bool check_catalog_refs(struct cli *c, const struct profile *p)
{
	if (!p->program && !p->n_dislikes)
		return true;
	if (!cli_catalog(c))
		return false;
	bool ok = true;
	for (size_t i = 0; i < p->n_dislikes; i++) {
		if (catalog_exercise(&c->ctx.cat, p->dislikes[i]))
			continue;
		const char *near = catalog_suggest_exercise(&c->ctx.cat, p->dislikes[i]);
		if (near)
			cli_fail(_("no exercise '%s' to dislike (did you mean '%s'?)"),
				 p->dislikes[i], near);
		else
			cli_fail(_("no exercise '%s' to dislike; 'coach exercises' lists them"),
				 p->dislikes[i]);
		ok = false;
	}
	if (!p->program)
		return ok;
	const struct program *prog = catalog_program(&c->ctx.cat, p->program);
	if (!prog) {
		const char *near = catalog_suggest_program(&c->ctx.cat, p->program);
		if (near)
			cli_fail(_("no program '%s' (did you mean '%s'?)"), p->program, near);
		else
			cli_fail(_("no program '%s'; 'coach programs' lists them"), p->program);
		return false;
	}
	unsigned missing = prog->equipment & ~profile_equipment(p);
	if (ok && missing) {
		struct sbuf b = {0};
		names_of_bits(&b, missing, equipment_names);
		fprintf(stderr,
			_("coach: note: %s is written for %s, which your profile does not list; "
			  "the "
			  "coach will swap in exercises you can do where it can.\n"),
			p->program, sbuf_str(&b));
		sbuf_free(&b);
	}
	return ok;
}

static int save(struct cli *c, const struct profile *p)
{
	char *err = NULL;
	if (!profile_save(p, c->ctx.paths.profile, &err)) {
		int rc = cli_fail("%s", err);
		free(err);
		return rc;
	}
	return 0;
}

/* Set key from option opt when it was given; messages name the option. */
static int apply(struct profile *p, const char *key, const char *opt, const char *value,
		 struct diags *d)
{
	if (!value)
		return 0;
	char *label = xasprintf("profile init %s", opt);
	bool ok = profile_set(p, key, value, label, d);
	free(label);
	return !ok;
}

/* The options of `coach profile init`, in the order they are checked. */
enum {
	O_NAME,
	O_UNITS,
	O_LEVEL,
	O_WEEKDAYS,
	O_MINUTES,
	O_AGE,
	O_DUMBBELLS,
	O_KETTLEBELLS,
	O_BANDS,
	O_BAR,
	O_PLATES,
	O_BENCH,
	O_PULLUP_BAR,
	O_MACHINE,
	O_CABLE,
	O_DISLIKES,
	O_HYPERTENSION,
	O_PARQ_NOT_CLEARED,
	O_PARQ,
	O_PARQ_CLEARED,
	O_COUNTRY,
	O_PROGRAM,
	O_START,
	O_FORCE,
};
static const struct optspec opts[] = {
	[O_NAME] = {"--name", "N", N_("what the coach calls you")},
	[O_UNITS] = {"--units", "kg|lb", N_("the units of your loads")},
	[O_LEVEL] = {"--level", "L", N_("beginner, intermediate or advanced (default beginner)")},
	[O_WEEKDAYS] =
		{"--weekdays", "mon,thu",
		 N_("the days you can train: mon tue wed thu fri sat sun (default mon,thu)")},
	[O_MINUTES] = {"--minutes", "N", N_("time for one session, 10-180 (default 30)")},
	[O_AGE] = {"--age", "N",
		   N_("your age in years (optional): from 65 the coach uses older-adult doses")},
	[O_DUMBBELLS] = {"--dumbbells", "2,4,6", N_("the dumbbell loads you have, in your units")},
	[O_KETTLEBELLS] = {"--kettlebells", "8,12", N_("the kettlebells you have, in your units")},
	[O_BANDS] = {"--bands", "red,green",
		     N_("colours, light to heavy: tan yellow red green blue black silver gold")},
	[O_BAR] = {"--bar", "20", N_("a barbell's weight")},
	[O_PLATES] = {"--plates", "1.25,2.5,5",
		      N_("with --bar, its plates, one pair each (10,10 = 2 pairs)")},
	[O_BENCH] = {"--bench", NULL, N_("you have a bench")},
	[O_PULLUP_BAR] = {"--pullup-bar", NULL, N_("you have a pull-up bar")},
	[O_MACHINE] = {"--machine", "5,10,15",
		       N_("a gym's machines: the loads their weight stacks make")},
	[O_CABLE] = {"--cable", "2.5,5,7.5",
		     N_("a gym's cables: the loads their weight stacks make")},
	[O_DISLIKES] = {"--dislikes", "ID,...",
			N_("exercise ids to leave out ('coach exercises' lists them)")},
	[O_HYPERTENSION] = {"--hypertension", NULL,
			    N_("you have high blood pressure: no sets near failure")},
	[O_PARQ_NOT_CLEARED] = {"--parq-not-cleared", NULL,
				N_("a PAR-Q+ health question was YES and not yet cleared by a "
				   "professional: every set stays light")},
	[O_PARQ] = {"--parq", "no,no,...",
		    N_("your seven PAR-Q+ answers, yes or no, in the form's order; without them "
		       "(or --parq-cleared) every set stays light")},
	[O_PARQ_CLEARED] = {"--parq-cleared", NULL,
			    N_("a doctor or qualified exercise professional has cleared you")},
	[O_COUNTRY] = {"--country", "us", N_("for crisis contacts: us ca gb ie au de eu other")},
	[O_PROGRAM] = {"--program", "ID", N_("a program id from 'coach programs'")},
	[O_START] = {"--start", "DATE", N_("the program's first day (default today)")},
	[O_FORCE] = {"--force", NULL, N_("replace an existing profile")},
	{0},
};
/* The profile key each option sets; a flag sets it to `flag`. */
static const struct {
	const char *key, *flag;
} init_keys[] = {
	[O_NAME] = {"name", NULL},
	[O_UNITS] = {"units", NULL},
	[O_LEVEL] = {"level", NULL},
	[O_WEEKDAYS] = {"weekdays", NULL},
	[O_MINUTES] = {"minutes", NULL},
	[O_AGE] = {"age", NULL},
	[O_DUMBBELLS] = {"equipment.dumbbells", NULL},
	[O_KETTLEBELLS] = {"equipment.kettlebells", NULL},
	[O_BANDS] = {"equipment.bands", NULL},
	[O_BAR] = {"equipment.barbell.bar", NULL},
	[O_PLATES] = {"equipment.barbell.plates", NULL},
	[O_BENCH] = {"equipment.bench", "true"},
	[O_PULLUP_BAR] = {"equipment.pullup-bar", "true"},
	[O_MACHINE] = {"equipment.machine", NULL},
	[O_CABLE] = {"equipment.cable", NULL},
	[O_DISLIKES] = {"dislikes", NULL},
	[O_HYPERTENSION] = {"health.hypertension", "true"},
	[O_PARQ_NOT_CLEARED] = {NULL, NULL}, /* these three: below */
	[O_PARQ] = {NULL, NULL},
	[O_PARQ_CLEARED] = {NULL, NULL},
	[O_COUNTRY] = {"country", NULL},
	[O_PROGRAM] = {"program", NULL},
	[O_START] = {"start", NULL},
	[O_FORCE] = {NULL, NULL},
};

static int profile_init(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "profile", argc, argv, opts, v, true,
				  _("profile init takes options only"));
	if (rc)
		return rc;
	if (v[O_PLATES] && !v[O_BAR])
		return cli_usage_error("profile", _("--plates goes with --bar"));
	if ((v[O_PARQ] != NULL) + (v[O_PARQ_CLEARED] != NULL) + (v[O_PARQ_NOT_CLEARED] != NULL) > 1)
		return cli_usage_error(
			"profile", _("give the PAR-Q+ answers once: --parq ANSWERS, --parq-cleared "
				     "or --parq-not-cleared"));
	bool parq_yes[PARQ_ITEMS] = {false};
	int n_yes = 0;
	if (v[O_PARQ]) {
		char err[160];
		if (!parq_parse_answers(v[O_PARQ], parq_yes, err, sizeof(err)))
			return cli_fail("%s", err);
		for (int i = 0; i < PARQ_ITEMS; i++)
			n_yes += parq_yes[i];
	}
	/* silence is not a NO: without answers or a clearance, sets stay light */
	bool cleared = v[O_PARQ_CLEARED] || (v[O_PARQ] && n_yes == 0);
	if (exists(c->ctx.paths.profile) && !v[O_FORCE])
		return cli_fail(
			_("a profile already exists at %s; change it with 'coach profile set "
			  "KEY VALUE', or start over with 'coach profile init --force'"),
			c->ctx.paths.profile);
	struct profile p;
	profile_defaults(&p);
	struct diags d = {0};
	int bad = 0;
	for (size_t i = 0; i < ARRAY_LEN(init_keys); i++)
		if (init_keys[i].key && v[i])
			bad |= apply(&p, init_keys[i].key, opts[i].name,
				     opts[i].arg ? v[i] : init_keys[i].flag, &d);
	p.parq_cleared = cleared;
	if (!bad && p.program && p.start < 0)
		p.start = clock_today();
	diags_print(&d, stderr);
	diags_free(&d);
	if (bad) {
		profile_free(&p);
		return EXIT_INVALID;
	}
	if (!check_catalog_refs(c, &p)) {
		profile_free(&p);
		return EXIT_INVALID;
	}
	rc = save(c, &p);
	if (!rc && c->format == FMT_TEXT) {
		printf(_("Profile written to %s\n"), c->ctx.paths.profile);
		if (!v[O_PARQ] && !v[O_PARQ_CLEARED] && !v[O_PARQ_NOT_CLEARED]) {
			fputs(_("Health: the PAR-Q+ was not answered, so it is recorded as not "
				"cleared "
				"and\nevery set is kept light (health.parq_cleared: false).  Its "
				"seven "
				"questions,\nin the form's order:\n"),
			      stdout);
			for (int i = 0; i < PARQ_ITEMS; i++) {
				char *q = xasprintf("%d. %s%s%s", i + 1, _(parq_questions[i]),
						    parq_notes[i] ? " " : "",
						    parq_notes[i] ? _(parq_notes[i]) : "");
				print_hanging(q, 2, 5, 78);
				free(q);
			}
			fputs(_("Answer them with: coach profile init --force --parq "
				"no,no,no,no,no,no,no (your\nanswers, yes or no, in order), or, if "
				"a "
				"professional has cleared you:\n  coach profile set "
				"health.parq_cleared true\n"),
			      stdout);
		} else if (!cleared) {
			print_wrapped(
				n_yes ? _("Health: a PAR-Q+ answer was YES, so every set is kept "
					  "light for now.")
				      : _("Health: recorded as not cleared, so every set is kept "
					  "light for now."),
				0, 78);
			print_wrapped(_(parq_clear_how), 0, 78);
		}
		if (!v[O_HYPERTENSION])
			fputs(_("Blood pressure: recorded as not high.  If it is: coach profile "
				"set "
				"health.hypertension true\n"),
			      stdout);
		if (!p.program)
			fputs(_("Next: 'coach programs' to see the programs, then 'coach profile "
				"set "
				"program ID'.\n"),
			      stdout);
	}
	profile_free(&p);
	return rc;
}

static bool load(struct cli *c, struct profile *p)
{
	if (!exists(c->ctx.paths.profile)) {
		cli_fail(_("no profile yet at %s; create one with 'coach profile init' (see 'coach "
			   "help profile')"),
			 c->ctx.paths.profile);
		return false;
	}
	struct diags d = {0};
	bool ok = profile_load(p, c->ctx.paths.profile, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	if (!ok)
		profile_free(p);
	return ok;
}

static void print_loads(const char *label, const double *v, size_t n, const char *unit)
{
	if (!n)
		return;
	printf("  %-12s", label);
	for (size_t i = 0; i < n; i++) {
		char b[32];
		printf("%s%s", i ? ", " : "", num_text(v[i], b, sizeof(b)));
	}
	printf(" %s\n", unit);
}

static void show_text(struct cli *c, const struct profile *p)
{
	const char *unit = units_names[p->units];
	struct sbuf b = {0};
	printf(_("Profile (%s)\n"), c->ctx.paths.profile);
	if (p->name)
		printf("  %-12s%s\n", "name", p->name);
	printf("  %-12s%s\n", "units", unit);
	printf("  %-12s%s\n", "level", level_names[p->level]);
	names_of_bits(&b, p->weekdays, weekday_names);
	printf("  %-12s%s\n", "weekdays", sbuf_str(&b));
	sbuf_free(&b);
	printf("  %-12s%d\n", "minutes", p->minutes);
	names_of_bits(&b, profile_equipment(p), equipment_names);
	printf("  %-12s%s\n", "equipment", sbuf_str(&b));
	sbuf_free(&b);
	print_loads("dumbbells", p->dumbbells, p->n_dumbbells, unit);
	print_loads("kettlebells", p->kettlebells, p->n_kettlebells, unit);
	print_loads("machine", p->machine, p->n_machine, unit);
	print_loads("cable", p->cable, p->n_cable, unit);
	if (p->bands) {
		names_of_bits(&b, p->bands, band_names);
		printf("  %-12s%s\n", "bands", sbuf_str(&b));
		sbuf_free(&b);
	}
	if (p->has_barbell) {
		char n[32];
		printf("  %-12s%s %s bar\n", "barbell", num_text(p->bar, n, sizeof(n)), unit);
		print_loads("plates", p->plates, p->n_plates, "(pairs)");
	}
	if (p->n_dislikes) {
		join_strs(&b, p->dislikes, p->n_dislikes);
		printf("  %-12s%s\n", "dislikes", sbuf_str(&b));
		sbuf_free(&b);
	}
	if (p->age > 0)
		printf("  %-12s%d\n", "age", p->age);
	/* the keys as in the file; what they say in the person's language */
	printf("  %-12shypertension %s, PAR-Q+ %s\n", "health",
	       p->hypertension ? _("yes") : _("no"),
	       p->parq_cleared ? _("cleared") : _("not cleared (light sets only)"));
	if (p->country)
		printf("  %-12s%s\n", "country", p->country);
	if (p->train_at >= 0)
		printf("  %-12s%02d:%02d\n", "train_at", p->train_at / 60, p->train_at % 60);
	if (p->program) {
		char d[11] = "";
		if (p->start >= 0)
			date_format(p->start, d);
		printf("  %-12s%s%s%s\n", "program", p->program, d[0] ? _(", started ") : "", d);
	} else {
		printf("  %-12s%s\n", "program",
		       _("none yet: 'coach programs' lists them, 'coach profile set program ID' "
			 "chooses one"));
	}
}

static int profile_show(struct cli *c, int argc)
{
	if (argc)
		return cli_usage_error("profile", _("profile show takes no arguments"));
	struct profile p;
	if (!load(c, &p))
		return EXIT_INVALID;
	if (c->format == FMT_TEXT) {
		show_text(c, &p);
	} else {
		char *text = profile_to_yaml(&p);
		fputs(text, stdout);
		free(text);
	}
	profile_free(&p);
	return 0;
}

static int profile_set_cmd(struct cli *c, int argc, char **argv)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts("profile", argc, argv, NULL, NULL, &pos, &n_pos);
	if (rc)
		return rc;
	if (n_pos != 2) {
		free(pos);
		return cli_usage_error("profile", _("profile set needs KEY VALUE"));
	}
	const char *key = pos[0], *value = pos[1];
	free(pos);
	struct profile p;
	if (!load(c, &p))
		return EXIT_INVALID;
	struct diags d = {0};
	enum units before = p.units;
	bool ok = profile_set(&p, key, value, NULL, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	if (ok && (strcmp(key, "program") == 0 || strcmp(key, "dislikes") == 0)) {
		ok = check_catalog_refs(c, &p);
		if (ok && p.program && p.start < 0)
			p.start = clock_today();
	}
	rc = ok ? save(c, &p) : EXIT_INVALID;
	if (!rc && c->format == FMT_TEXT)
		printf(_("%s is now %s\n"), key, value[0] ? value : _("(not set)"));
	if (!rc && p.units != before)
		fprintf(stderr,
			_("coach: note: your equipment loads are not converted: the numbers "
			  "you listed are now read as %s.  Check them with 'coach profile "
			  "show'.\n"),
			units_names[p.units]);
	profile_free(&p);
	return rc;
}

static int cmd_profile(struct cli *c, int argc, char **argv)
{
	int rc = cli_no_csv(c, "profile");
	if (rc)
		return rc;
	if (argc == 0)
		return cli_usage_error("profile", _("profile needs init, show or set"));
	if (strcmp(argv[0], "init") == 0)
		return profile_init(c, argc - 1, argv + 1);
	if (strcmp(argv[0], "show") == 0)
		return profile_show(c, argc - 1);
	if (strcmp(argv[0], "set") == 0)
		return profile_set_cmd(c, argc - 1, argv + 1);
	return cli_usage_error("profile", _("profile needs init, show or set, not '%s'"), argv[0]);
}

const struct command cmd_profile_entry = {
	.name = "profile",
	.run = cmd_profile,
	.usage = "coach profile init [OPTIONS] | show | set KEY VALUE",
	.summary = N_("write or print your profile"),
	.help = N_("coach profile init [OPTIONS]\n"
		   "    writes a new profile from the options below (--force replaces an existing\n"
		   "    one).\n"
		   "coach profile show\n"
		   "    prints it (--format yaml prints the file).\n"
		   "coach profile set KEY VALUE\n"
		   "    changes one key, checked as in the file.  Keys: name units level weekdays\n"
		   "    minutes age equipment.dumbbells equipment.kettlebells equipment.bands\n"
		   "    equipment.barbell (none to remove) equipment.barbell.bar\n"
		   "    equipment.barbell.plates equipment.bench equipment.pullup-bar\n"
		   "    equipment.machine equipment.cable dislikes\n"
		   "    health.hypertension health.parq_cleared country program start.\n"
		   "    Lists are comma-separated: coach profile set weekdays mon,wed,fri\n"
		   "The profile lives in the config directory (see --home), or --profile FILE.\n"
		   "Exit status 1 for a bad value; nothing is written then."),
	.opts = opts,
};
