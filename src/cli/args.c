#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "coach/session.h"
#include "coach/store.h"

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("coach: ", stderr);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd)
		fprintf(stderr, _(" (see 'coach help %s')\n"), cmd);
	else
		fputs(_(" (see 'coach --help')\n"), stderr);
	return EXIT_USAGE;
}

int cli_no_csv(struct cli *c, const char *cmd)
{
	if (c->format != FMT_CSV)
		return 0;
	return cli_usage_error(cmd,
			       _("--format csv is for history and export; '%s' has text and "
				 "yaml"),
			       cmd);
}

int cli_options_only(struct cli *c, const char *cmd, int argc, char **argv,
		     const struct optspec *specs, const char **v, bool csv_ok, const char *only)
{
	char **pos;
	int n_pos;
	int rc = cli_parse_opts(cmd, argc, argv, specs, v, &pos, &n_pos);
	free(pos);
	if (rc || (!csv_ok && (rc = cli_no_csv(c, cmd))))
		return rc;
	return n_pos ? cli_usage_error(cmd, "%s", only) : 0;
}

int cli_fail(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("coach: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	return EXIT_INVALID;
}

/* "--name=value" or "--name value"; returns the value or NULL (usage error printed). */
static const char *opt_value(const char *name, int *i, int argc, char **argv, bool *bad)
{
	const char *a = argv[*i];
	size_t n = strlen(name);
	if (a[n] == '=')
		return a + n + 1;
	if (*i + 1 >= argc) {
		cli_usage_error(NULL, _("option %s needs a value"), name);
		*bad = true;
		return NULL;
	}
	return argv[++*i];
}

static bool opt_is(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int cli_parse_globals(struct cli *c, int *argc, char **argv)
{
	int out = 1;
	bool bad = false, rest = false;
	const char *date = getenv("COACH_TODAY");
	bool date_from_env = date && *date;
	for (int i = 1; i < *argc && !bad; i++) {
		const char *a = argv[i];
		if (rest || a[0] != '-' || a[1] == '\0') {
			argv[out++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			rest = true;
			argv[out++] = argv[i];
		} else if (opt_is(a, "--home")) {
			c->home = opt_value("--home", &i, *argc, argv, &bad);
		} else if (opt_is(a, "--programs")) {
			const char *v = opt_value("--programs", &i, *argc, argv, &bad);
			if (v) {
				c->program_dirs = xrealloc(
					c->program_dirs, (c->n_program_dirs + 1) * sizeof(char *));
				c->program_dirs[c->n_program_dirs++] = v;
			}
		} else if (opt_is(a, "--profile")) {
			c->profile_path = opt_value("--profile", &i, *argc, argv, &bad);
		} else if (opt_is(a, "--date")) {
			date = opt_value("--date", &i, *argc, argv, &bad);
			date_from_env = false;
		} else if (opt_is(a, "--format")) {
			c->format_name = opt_value("--format", &i, *argc, argv, &bad);
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			c->want_help = true;
		} else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			c->want_version = true;
		} else {
			argv[out++] = argv[i];
		}
	}
	*argc = out;
	argv[out] = NULL;
	if (bad)
		return EXIT_USAGE;
	if (c->format_name) {
		if (strcmp(c->format_name, "text") == 0)
			c->format = FMT_TEXT;
		else if (strcmp(c->format_name, "yaml") == 0)
			c->format = FMT_YAML;
		else if (strcmp(c->format_name, "csv") == 0)
			c->format = FMT_CSV;
		else if (strcmp(c->format_name, "ical") == 0)
			c->format = FMT_ICAL;
		else
			return cli_usage_error(
				NULL, _("--format must be text, yaml, csv or ical, not '%s'"),
				c->format_name);
	}
	if (date && *date) {
		int d;
		if (!date_parse(date, &d) || d < DATE_MIN || d > DATE_MAX)
			return cli_usage_error(NULL, _("%s '%s' is not a date like 2026-11-26"),
					       date_from_env ? "COACH_TODAY" : "--date", date);
		clock_pin(d);
		c->date_given = true;
	}
	if (c->home && !*c->home)
		return cli_usage_error(NULL, _("--home needs a directory"));
	return 0;
}

int cli_parse_opts(const char *cmd, int argc, char **argv, const struct optspec *specs,
		   const char **v, char ***pos, int *n_pos)
{
	*pos = xcalloc((size_t)argc + 1, sizeof(char *));
	*n_pos = 0;
	bool only_pos = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		/* "-2" is a (bad) value to report as such, not an unknown option */
		if (only_pos || a[0] != '-' || a[1] == '\0' || (a[1] >= '0' && a[1] <= '9')) {
			(*pos)[(*n_pos)++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_pos = true;
			continue;
		}
		const struct optspec *s = specs;
		for (; s && s->name; s++)
			if (opt_is(a, s->name))
				break;
		if (!s || !s->name) {
			free(*pos);
			*pos = NULL;
			return cli_usage_error(cmd, _("unknown option '%s' for '%s'"), a, cmd);
		}
		if (s->arg) {
			bool bad = false;
			const char *val = opt_value(s->name, &i, argc, argv, &bad);
			if (bad) {
				free(*pos);
				*pos = NULL;
				return EXIT_USAGE;
			}
			v[s - specs] = val;
		} else {
			if (a[strlen(s->name)] == '=') {
				free(*pos);
				*pos = NULL;
				return cli_usage_error(cmd, _("option %s takes no value"), s->name);
			}
			v[s - specs] = s->name;
		}
	}
	return 0;
}

bool cli_catalog(struct cli *c)
{
	if (c->ctx.cat_loaded)
		return c->ctx.cat_ok;
	struct diags d = {0};
	bool ok = ctx_catalog(&c->ctx, &d);
	diags_sort(&d);
	diags_print(&d, stderr);
	diags_free(&d);
	return ok;
}

bool cli_profile(struct cli *c, struct profile *out)
{
	if (!ctx_has_profile(&c->ctx)) {
		cli_fail(_("no profile yet at %s; create one with 'coach profile init' (see 'coach "
			   "help profile')"),
			 c->ctx.paths.profile);
		return false;
	}
	struct diags d = {0};
	bool ok = ctx_profile(&c->ctx, out, &d);
	diags_print(&d, stderr);
	diags_free(&d);
	return ok;
}

/* The catalogue and the profile's active program; says what to do when
 * there is none.  NULL on failure (already reported). */
static const struct program *cli_program(struct cli *c, const struct profile *prof)
{
	if (!cli_catalog(c))
		return NULL;
	if (!prof->program) {
		cli_fail(
			_("no program chosen yet: 'coach recommend' suggests one, 'coach programs' "
			  "lists them, and 'coach profile set program ID' chooses it"));
		return NULL;
	}
	const struct program *p = ctx_program(&c->ctx, prof);
	if (!p)
		cli_fail(_("your profile's program '%s' is not in the catalogue; choose another "
			   "with "
			   "'coach profile set program ID'"),
			 prof->program);
	return p;
}

bool cli_store(struct cli *c, struct store **out)
{
	char *err = NULL;
	if (!ctx_store(&c->ctx, out, &err)) {
		cli_fail("%s", err);
		free(err);
		return false;
	}
	return true;
}

bool cli_store_read(struct cli *c, struct store **out)
{
	char *err = NULL;
	if (!store_open_read(out, c->ctx.paths.database, &err)) {
		cli_fail("%s", err);
		free(err);
		return false;
	}
	return true;
}

bool cli_training(struct cli *c, struct profile *prof, const struct program **p, struct store **st,
		  bool write)
{
	if (!cli_profile(c, prof))
		return false;
	*p = cli_program(c, prof);
	*st = NULL;
	if (!*p || !(write ? cli_store(c, st) : cli_store_read(c, st))) {
		profile_free(prof);
		return false;
	}
	return true;
}

static int scale_value(const char *cmd, const char *opt, const char *v, int lo, int hi, int *out)
{
	char *end;
	long x = strtol(v, &end, 10);
	if (!*v || *end) {
		cli_usage_error(cmd, _("%s takes a whole number from %d to %d, not '%s'"), opt, lo,
				hi, v);
		return EXIT_USAGE;
	}
	if (x < lo || x > hi) {
		cli_fail(_("%s is %ld; it must be from %d to %d"), opt, x, lo, hi);
		return EXIT_INVALID;
	}
	*out = (int)x;
	return 0;
}

int cli_checkin_values(const char *cmd, const char *const *v, struct checkin *ck)
{
	memset(ck, 0, sizeof(*ck));
	/* a value given wrongly is named first, before the ones left out */
	int rc = 0;
	for (int f = 0; f < CK_COUNT && !rc; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		int x;
		char opt[32];
		snprintf(opt, sizeof(opt), "--%s", i->key);
		if (v[f] && !i->hours && !(rc = scale_value(cmd, opt, v[f], i->min, i->max, &x)))
			checkin_set(ck, (enum checkin_field)f, x);
	}
	if (rc)
		return rc;
	struct sbuf need = {0}, hours = {0};
	bool missing = false;
	for (int f = 0; f < CK_COUNT; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		missing |= i->required && !v[f];
		if (i->hours)
			sbuf_printf(&hours, _(" and --%s (hours)"), i->key);
		else if (i->required)
			sbuf_printf(&need, "%s--%s", need.len ? ", " : "", i->key);
	}
	if (missing)
		rc = cli_usage_error(cmd, _("a check-in needs %s (%d-%d)%s"), sbuf_str(&need),
				     CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, sbuf_str(&hours));
	sbuf_free(&need);
	sbuf_free(&hours);
	for (int f = 0; f < CK_COUNT && !rc; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		const char *s = v[f];
		if (!i->hours || !s)
			continue;
		char *end;
		double h = strtod(s, &end);
		if (!*s || *end || h != h)
			rc = cli_usage_error(cmd, _("--%s takes hours, like 7 or 6.5, not '%s'"),
					     i->key, s);
		else if (!checkin_valid((enum checkin_field)f, h))
			rc = cli_fail(_("--%s is %s; it must be from %d to %d hours"), i->key, s,
				      i->min, i->max);
		else
			checkin_set(ck, (enum checkin_field)f, h);
	}
	if (rc)
		return rc;
	ck->given = true;
	return 0;
}

int cli_date_arg(const char *cmd, const char *opt, const char *v, int *out)
{
	if (!date_parse(v, out) || *out < DATE_MIN || *out > DATE_MAX)
		return cli_usage_error(cmd, _("%s '%s' is not a date like 2026-11-23"), opt, v);
	return 0;
}
