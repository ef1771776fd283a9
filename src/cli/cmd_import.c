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
#include "coach/doc.h"
#include "coach/paths.h"
#include "coach/profile.h"
#include "coach/progression.h"
#include "coach/restore.h"
#include "coach/i18n.h"
#include "coach/lapse_plan.h"
#include "coach/safety_plan.h"
#include "coach/store.h"
#include "out.h"

enum { IMPORT_MAX_FILE = 256 * 1024 * 1024 }; /* as interface.md says */

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
	/* known by its source (the app and its rows in kilograms, whatever the
	 * profile's unit), or, imported before the log kept sources, by its sets;
	 * two workouts of one day with the same sets are two workouts: only one
	 * that was in the log before this file counts as already there */
	if (k->st && (store_has_source(k->st, s->source, k->before) ||
		      store_has_session_before(k->st, s, k->before))) {
		k->present++;
		return true;
	}
	k->added++;
	if (!k->write)
		return true;
	struct session_meta m = {.readiness = "normal"};
	return store_add_session(k->st, s, &m, NULL);
}

enum { O_DRY_RUN, O_PROFILE_TOO, O_STRICT, O_UNIT };
static const struct optspec opts[] = {
	[O_DRY_RUN] = {"--dry-run", NULL, N_("say what would be imported, and import nothing")},
	[O_PROFILE_TOO] = {"--profile-too", NULL,
			   N_("a coach export's profile replaces the one you have")},
	[O_STRICT] = {"--strict", NULL,
		      N_("a row that cannot be read refuses the whole file (else it is left out)")},
	[O_UNIT] = {"--unit", "kg|lb",
		    N_("the unit of a weight column that names none (default: your profile's)")},
	{0},
};

/* A profile or safety plan of the export, checked: problems go to d at
 * their place in the export (text starting at `line`, indented `indent`). */
static bool parse_text(const char *path, const char *text, int line, int indent, enum doc_kind want,
		       struct profile *prof, struct safety_plan *plan, struct diags *d)
{
	struct ystream ys = {0};
	struct diags own = {0};
	bool ok;
	if (want == DOC_PROFILE) {
		/* the profile keeps its strings in its own stream */
		profile_defaults(prof);
		ok = ystream_parse(&prof->src, path, text, strlen(text), &own) &&
		     prof->src.n_docs == 1;
		struct yctx y;
		yctx_init(&y, path, &own, &prof->src.arena);
		enum doc_kind k;
		ok = ok && doc_detect(&y, prof->src.docs[0], &k) && k == DOC_PROFILE &&
		     profile_read(prof, prof->src.docs[0], &own) && own.len == 0;
	} else {
		ok = ystream_parse(&ys, path, text, strlen(text), &own) && ys.n_docs == 1;
		struct yctx y;
		yctx_init(&y, path, &own, &ys.arena);
		enum doc_kind k;
		safety_plan_init(plan);
		ok = ok && doc_detect(&y, ys.docs[0], &k) && k == DOC_SAFETY_PLAN &&
		     safety_plan_read(&y, ys.docs[0], plan);
	}
	if (!ok && own.len == 0)
		diags_add(&own, path, 1, 1, "the %s in it is not one %s",
			  want == DOC_PROFILE ? "profile" : "safety plan",
			  want == DOC_PROFILE ? "coach_profile document"
					      : "coach_safety_plan document");
	for (size_t i = 0; i < own.len; i++)
		diags_add(d, path, own.v[i].line ? own.v[i].line + line - 1 : line,
			  own.v[i].col + indent, "%s", own.v[i].msg);
	diags_free(&own);
	ystream_free(&ys);
	return ok;
}

/* The lapse plan of an export, checked the same way (it is its own file). */
static bool parse_lapse(const char *path, const char *text, struct lapse_plan *lp, struct diags *d)
{
	struct ystream ys = {0};
	size_t before = d->len;
	bool ok = ystream_parse(&ys, path, text, strlen(text), d) && ys.n_docs == 1;
	struct yctx y;
	yctx_init(&y, path, d, &ys.arena);
	enum doc_kind k;
	ok = ok && doc_detect(&y, ys.docs[0], &k) && k == DOC_LAPSE_PLAN &&
	     lapse_plan_read(&y, ys.docs[0], lp);
	if (!ok && d->len == before)
		diags_add(d, path, 1, 1,
			  "the lapse plan in it is not one coach_lapse_plan document");
	ystream_free(&ys);
	return ok;
}

/* each table's word, one and many (NP_: both for xgettext) */
static const char *const table_words[RT_COUNT][2] = {
	{NP_("session", "sessions")},
	{NP_("set", "sets")},
	{NP_("aerobic entry", "aerobic entries")},
	{NP_("check-in", "check-ins")},
	{NP_("questionnaire", "questionnaires")},
	{NP_("moved day", "moved days")},
	{NP_("progression state", "progression states")},
	{NP_("note of the coach's", "notes of the coach's")}};

/* n of table k, counted in the person's language (free it) */
static char *table_count(int k, size_t n)
{
	return xasprintf("%zu %s", n, P_(table_words[k][0], table_words[k][1], n));
}

/* coach import of the coach's own export (a YAML file or a CSV folder). */
static int import_export(struct cli *c, const char *path, bool is_dir, bool dry, bool profile_too)
{
	if (!cli_catalog(c))
		return EXIT_INVALID;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0;
	struct profile prof, theirs;
	if (have_prof && !cli_profile(c, &prof))
		return EXIT_INVALID;
	char *plan_path = xasprintf("%s/safety-plan.yaml", c->ctx.paths.config_dir);
	bool have_plan = access(plan_path, F_OK) == 0;
	char *lapse_path = lapse_plan_path(c->ctx.paths.config_dir);
	bool have_lapse = access(lapse_path, F_OK) == 0;
	struct lapse_plan lapse;
	struct store *st;
	int rc = 0;
	if (!cli_store(c, &st)) {
		rc = EXIT_INVALID;
		goto out;
	}
	struct restore_stats r;
	struct diags d = {0};
	bool ok = store_begin(st);
	if (ok)
		ok = restore_read(st, path, &r, &d);
	else
		memset(&r, 0, sizeof(r));
	/* the export's profile and plan are checked before anything is kept */
	const char *ppath = is_dir ? "profile.yaml" : path;
	bool take_prof = ok && r.profile && (!have_prof || profile_too);
	bool prof_ok = true, plan_ok = true;
	struct safety_plan plan;
	if (take_prof) {
		char *full = is_dir ? xasprintf("%s/profile.yaml", path) : xstrdup(ppath);
		prof_ok = parse_text(full, r.profile, r.profile_line, is_dir ? 0 : 2, DOC_PROFILE,
				     &theirs, NULL, &d);
		free(full);
		ok = prof_ok;
	}
	bool take_plan = ok && r.safety_plan && !have_plan;
	bool same_plan = false;
	if (r.safety_plan && have_plan) {
		FILE *fp = fopen(plan_path, "rb");
		struct sbuf b = {0};
		char buf[4096];
		size_t n;
		while (fp && (n = fread(buf, 1, sizeof(buf), fp)) > 0 && b.len < (1u << 20))
			sbuf_add(&b, buf, n);
		if (fp)
			fclose(fp);
		same_plan = strcmp(sbuf_str(&b), r.safety_plan) == 0;
		sbuf_free(&b);
	}
	if (take_plan) {
		char *full = is_dir ? xasprintf("%s/safety-plan.yaml", path) : xstrdup(path);
		plan_ok = parse_text(full, r.safety_plan, 1, 0, DOC_SAFETY_PLAN, NULL, &plan, &d);
		free(full);
		ok = plan_ok;
	}
	bool take_lapse = ok && r.lapse_plan && !have_lapse;
	if (take_lapse) {
		char *full = is_dir ? xasprintf("%s/lapse-plan.yaml", path) : xstrdup(path);
		ok = parse_lapse(full, r.lapse_plan, &lapse, &d);
		free(full);
	}
	/* a merge replays the progression of every program that got sessions */
	const struct profile *use = take_prof ? &theirs : have_prof ? &prof : NULL;
	for (size_t i = 0; ok && i < r.n_programs; i++)
		ok = progression_rebuild(st, &c->ctx.cat, use, r.programs[i]);
	if (ok && !dry)
		ok = store_commit(st);
	if (!ok || dry)
		store_rollback(st);
	if (!ok) {
		if (d.len) {
			diags_print(&d, stderr);
			rc = cli_fail(_("nothing was imported"));
		} else {
			rc = cli_fail(_("cannot write the log: %s; nothing was imported"),
				      r.error ? r.error : store_error(st));
		}
		goto done;
	}
	char *err = NULL;
	if (!dry && take_prof && !profile_save(&theirs, c->ctx.paths.profile, &err)) {
		rc = cli_fail(_("the log was imported, but not the profile: %s"), err);
		free(err);
		err = NULL;
	}
	if (!dry && take_plan && !safety_plan_save(&plan, plan_path, &err)) {
		rc = cli_fail(_("the log was imported, but not the safety plan: %s"), err);
		free(err);
		err = NULL;
	}
	if (!dry && take_lapse && !lapse_plan_save(&lapse, lapse_path, &err)) {
		rc = cli_fail(_("the log was imported, but not the lapse plan: %s"), err);
		free(err);
	}
	/* what was read, and what of it was new */
	fputs(dry ? _("Coach export (a dry run: nothing was written): ") : _("Coach export: "),
	      stdout);
	bool first = true;
	for (int k = 0; k < RT_COUNT; k++) {
		if (k == RT_SLOT_STATE || k == RT_META || (!r.read[k] && k != RT_SESSION))
			continue;
		char *n = table_count(k, r.read[k]);
		printf("%s%s", first ? "" : ", ", n);
		free(n);
		first = false;
	}
	if (r.restored) {
		fputs(dry ? _(".\nThe log was empty: it would be restored whole, progression "
			      "included.\n")
			  : _(".\nThe log was empty: all of it was restored whole, progression "
			      "included.\n"),
		      stdout);
	} else {
		static const int shown[] = {RT_SESSION, RT_SET,	    RT_CHECKIN,
					    RT_SCREEN,	RT_AEROBIC, RT_MOVE};
		char *n[ARRAY_LEN(shown)];
		for (size_t i = 0; i < ARRAY_LEN(shown); i++)
			n[i] = table_count(shown[i], r.added[shown[i]]);
		printf(_(".\nNew: %s (%zu already in the log), %s, %s, %s, %s, %s.\n"), n[0],
		       r.read[RT_SESSION] - r.added[RT_SESSION], n[1], n[2], n[3], n[4], n[5]);
		for (size_t i = 0; i < ARRAY_LEN(shown); i++)
			free(n[i]);
	}
	if (r.profile)
		fputs(take_prof
			      ? (dry ? _("Profile: would be taken from the export.\n")
				     : _("Profile: taken from the export.\n"))
			      : _("Profile: yours was kept (--profile-too takes the export's).\n"),
		      stdout);
	if (r.safety_plan)
		fputs(take_plan	  ? (dry ? _("Safety plan: would be taken from the export.\n")
					 : _("Safety plan: taken from the export.\n"))
		      : same_plan ? _("Safety plan: the same as yours.\n")
				  : _("Safety plan: yours was kept; the export's differs (coach "
				      "safety-plan show).\n"),
		      stdout);
	if (r.lapse_plan)
		printf("%s\n", take_lapse
				       ? (dry ? _("Lapse plan: would be taken from the export.")
					      : _("Lapse plan: taken from the export."))
				       : _("Lapse plan: yours was kept (coach lapse-plan show)."));
done:
	if (take_prof)
		profile_free(&theirs);
	if (take_plan && plan_ok)
		safety_plan_free(&plan);
	diags_free(&d);
	restore_stats_free(&r);
	store_close(st);
out:
	free(lapse_path);
	free(plan_path);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

/* What an import did: counts, what was assumed, what was left out and why. */
static void print_summary(const struct import_stats *r, const struct sink *k,
			  const struct import_options *o, bool unit_given, bool dry)
{
	char *sessions = table_count(RT_SESSION, r->sessions), *sets = table_count(RT_SET, r->sets);
	printf(dry ? _("%s export: %s, %s would be imported (nothing was written): %zu new, %zu "
		       "already in the log.\n")
		   : _("%s export: %s, %s: %zu imported, %zu already in the log.\n"),
	       import_source_names[r->source], sessions, sets, k->added, k->present);
	free(sessions);
	free(sets);
	if (r->unit_assumed)
		printf(unit_given
			       ? _("Loads without a unit read as %s (--unit).\n")
			       : _("Loads without a unit read as %s (your profile's unit; --unit "
				   "says otherwise).\n"),
		       o->file_unit == UNITS_LB ? "lb" : "kg");
	if (r->warmups_skipped)
		printf(_("Warm-up sets left out: %zu.\n"), r->warmups_skipped);
	if (r->rests_skipped)
		printf(_("Rest-timer rows left out (they are not sets): %zu.\n"), r->rests_skipped);
	if (r->aerobic)
		printf(_("Cardio rows kept as aerobic minutes: %zu.\n"), r->aerobic);
	if (r->notes)
		printf(_("Notes kept: %zu.\n"), r->notes);
	if (r->left_out)
		printf(_("Rows left out because they could not be read: %zu (listed above; "
			 "--strict refuses the file instead).\n"),
		       r->left_out);
	if (r->n_unknown) {
		enum { SHOWN = 100 };
		fputs(_("Not imported, because the library has no exercise of that name "
			"(yet):\n"),
		      stdout);
		size_t other = 0;
		for (size_t i = 0; i < r->n_unknown; i++) {
			const struct import_unknown *u = r->unknown[i];
			if (i >= SHOWN) {
				other += (size_t)u->sets;
				continue;
			}
			struct sbuf b = {0};
			sbuf_printf(&b, P_("'%s' (%d set)", "'%s' (%d sets)", u->sets), u->name,
				    u->sets);
			if (u->near)
				sbuf_printf(&b, _("; the library has '%s'"), u->near);
			print_hanging(sbuf_str(&b), 2, 4, 78);
			sbuf_free(&b);
		}
		if (r->n_unknown > SHOWN)
			printf(_("  and %zu other names (%zu sets)\n"), r->n_unknown - SHOWN,
			       other);
	}
}

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
		return cli_usage_error("import", _("import needs one exported CSV file"));
	}
	const char *path = pos[0];
	bool dry = v[O_DRY_RUN] != NULL;
	free(pos);
	bool is_dir;
	struct stat es;
	if (restore_is_export(path, &is_dir) && !is_dir && stat(path, &es) == 0 &&
	    es.st_size > IMPORT_MAX_FILE)
		return cli_fail(_("%s: a coach export of more than 256 MiB; nothing was imported"),
				path);
	if (restore_is_export(path, &is_dir))
		return import_export(c, path, is_dir, dry, v[O_PROFILE_TOO] != NULL);
	if (is_dir)
		return cli_fail(_("%s is a folder without session.csv: not a coach export "
				  "(coach export --format csv writes one)"),
				path);
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct profile prof;
	bool have_prof = access(c->ctx.paths.profile, F_OK) == 0;
	if (have_prof && !cli_profile(c, &prof))
		return EXIT_INVALID;
	int given_unit = -1;
	if (v[O_UNIT]) {
		if (strcmp(v[O_UNIT], "kg") == 0)
			given_unit = UNITS_KG;
		else if (strcmp(v[O_UNIT], "lb") == 0 || strcmp(v[O_UNIT], "lbs") == 0)
			given_unit = UNITS_LB;
		else {
			rc = cli_usage_error("import", _("--unit is '%s'; give kg or lb"),
					     v[O_UNIT]);
			goto out;
		}
	}
	/* loads go into the log in the profile's unit (kg until there is one) */
	enum units units = have_prof ? prof.units : UNITS_KG;
	FILE *fp = fopen(path, "rb");
	struct stat fs;
	if (!fp || fstat(fileno(fp), &fs) != 0 || !S_ISREG(fs.st_mode) ||
	    fs.st_size > IMPORT_MAX_FILE) {
		rc = fp ? cli_fail(_("%s: not a regular file of at most 256 MiB"), path)
			: cli_fail(_("cannot open %s: %s"), path, strerror(errno));
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
		rc = cli_fail(_("cannot write the log: %s; nothing was imported"),
			      store_error(k.st));
		store_close(k.st);
		fclose(fp);
		goto out;
	}
	struct import_stats r;
	struct diags d = {0}, left = {0};
	struct import_options o = {.units = units,
				   .file_unit = given_unit >= 0 ? given_unit
						: have_prof	? (int)prof.units
								: -1,
				   .strict = v[O_STRICT] != NULL,
				   .today = clock_today(),
				   .left = &left};
	bool ok = import_stream(path, fp, &c->ctx.cat, &o, take, &k, &r, &d);
	fclose(fp);
	if (!ok && d.len) {
		diags_print(&d, stderr);
		rc = cli_fail(_("nothing was imported"));
	} else if (!ok || (!dry && !store_commit(k.st))) {
		rc = cli_fail(_("cannot write the log: %s; nothing was imported"),
			      store_error(k.st));
	}
	if (!dry && rc)
		store_rollback(k.st);
	diags_free(&d);
	store_close(k.st);
	if (!rc && left.len) {
		diags_print(&left, stderr);
		if (r.left_out > left.len)
			fprintf(stderr, _("coach: and %zu more rows like these\n"),
				r.left_out - left.len);
	}
	diags_free(&left);
	if (!rc)
		print_summary(&r, &k, &o, given_unit >= 0, dry);
	import_stats_free(&r);
out:
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_import_entry = {
	.name = "import",
	.run = cmd_import,
	.usage = "coach import FILE|DIR [--dry-run] [--profile-too] [--strict] [--unit kg|lb]",
	.summary = N_("restore a coach export, or bring in your history from another app"),
	.help = N_(
		"Reads the coach's own export back: the YAML of coach export --format yaml, or\n"
		"the folder of coach export --format csv.  Into an empty log it restores every\n"
		"table as it was; into a log with data it merges, adding only what the log does\n"
		"not have (a session by its date, moods, notes and sets; a check-in or\n"
		"questionnaire by its values), so two machines' exports imported in turn give\n"
		"the union.  The profile comes too only into a home without one, or with\n"
		"--profile-too; the safety plan and lapse plan only into a home without one.\n"
		"Otherwise, reads the CSV export of Strong (any of its layouts), Hevy, FitNotes\n"
		"or StrongLifts (told apart by its first line) and adds its workouts to your\n"
		"log, so they show in history and progress.  Exercise names are matched to the\n"
		"library; those that are not are listed one a line, with the library's nearest\n"
		"name when one is close, never guessed.  Warm-up and rest-timer rows are not\n"
		"sets; timed sets keep their seconds; cardio rows become aerobic minutes; notes\n"
		"are kept; loads are converted to your profile's unit (a file whose weight\n"
		"column names no unit needs --unit, unless you have a profile).  A workout is\n"
		"known again by its rows, whatever your unit since, so it is not added twice\n"
		"(two workouts of one day are two).  A row that cannot be read is listed by\n"
		"line, column and value and left out (--strict refuses the file instead).  The\n"
		"file is read as a stream, in one transaction: with a problem in the file\n"
		"itself, or a workout of more than 50 sets of an exercise or 40 exercises,\n"
		"nothing is imported (exit status 1)."),
	.opts = opts,
};
