/* coach crisis [--country CC]: who to call, first the person's own people,
 * then the region's lines, then the emergency numbers, then their safety
 * plan.  Nothing here needs a profile, a log or the catalogue: a problem
 * with any of them is reported after the numbers, never instead of them. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/crisis.h"
#include "coach/profile.h"
#include "out.h"

static void print_contact(const struct crisis_contact *k, const char *region)
{
	/* the words in the person's language, the numbers always as checked */
	const char *service = crisis_words(k->service), *how = crisis_words(k->how);
	region = crisis_words(region);
	char *line = region ? xasprintf("%s, %s: %s", service, region, how)
		     : how  ? xasprintf("%s: %s", service, how)
			    : xasprintf("%s", service);
	print_hanging(line, 4, 6, 78);
	free(line);
}

/* The helplines (emergency false) or the emergency numbers (true) of every
 * region shown; returns how many were printed. */
static int print_group(const struct crisis_help *h, bool emergency, const char *heading)
{
	int n = 0;
	const struct crisis_region *r;
	for (size_t i = 0; (r = crisis_help_region(h, i)); i++) {
		bool named = false;
		for (size_t k = 0; k < r->n_contacts; k++) {
			if (r->contacts[k].emergency != emergency)
				continue;
			if (!n++)
				printf("  %s\n", heading);
			/* every region shown: helplines under their region's name, and
			 * the emergency numbers each with it */
			if (!h->region && !emergency && !named) {
				printf("   %s\n", crisis_words(r->name));
				named = true;
			}
			print_contact(&r->contacts[k], !h->region && emergency ? r->name : NULL);
		}
	}
	return n;
}

static void crisis_print_plan(const struct safety_plan *p)
{
	char buf[SP_MAX_TEXT + SP_MAX_NUMBER + 8];
	for (int s = 0; s < SP_COUNT; s++) {
		if (!p->n[s] || s == SP_PEOPLE || s == SP_PROFESSIONALS)
			continue;
		printf("  %s\n", _(sp_headings[s]));
		for (size_t i = 0; i < p->n[s]; i++) {
			char *line =
				xasprintf("- %s", sp_item_text(&p->items[s][i], buf, sizeof(buf)));
			print_hanging(line, 4, 6, 78);
			free(line);
		}
	}
}

/* A broken catalogue must never stand between a person and these numbers:
 * up to the last number, a translation is only ever text (fputs, or the
 * argument of "%s"), never a format, so no translated directive can stop
 * them; a missing catalogue only means English. */
void crisis_print(const struct crisis_help *h)
{
	fputs(_("Please read this first.\n"), stdout);
	if (h->bundled.message)
		print_wrapped(crisis_words(h->bundled.message), 0, 78);
	printf("\n");
	if (h->n_own) {
		printf("  %s\n", _("Your own people"));
		for (size_t i = 0; i < h->n_own; i++)
			print_contact(&h->own[i], NULL);
	}
	print_group(h, false, h->region ? crisis_words(h->region->name) : _("Helplines"));
	print_group(h, true, _("In an emergency"));
	fflush(stdout);
	if (h->bundled.checked >= 0) {
		char d[11];
		date_format(h->bundled.checked, d);
		printf(h->builtin
			       ? _("(These numbers were checked on %s; the contacts file did not "
				   "read, so these are the ones built into the coach.)\n")
			       : _("(These numbers were checked on %s.)\n"),
		       d);
	}
	if (!h->region)
		print_wrapped(
			_("To see only your country's numbers: coach crisis --country gb (or "
			  "us, ca, ie, au, de), or set it once with 'coach profile set country "
			  "gb'."),
			0, 78);
	else if (h->from_locale)
		print_wrapped(
			_("These are the numbers for the country of your language setting; "
			  "'coach crisis --country other' (or us, ca, gb, ie, au, de, eu) shows "
			  "another, and 'coach profile set country CC' keeps it."),
			0, 78);
	if (h->have_plan && !safety_plan_empty(&h->plan)) {
		printf("\n%s\n", _("Your safety plan"));
		crisis_print_plan(&h->plan);
	} else {
		printf("\n");
		print_wrapped(_("A safety plan, written on a calmer day, helps on a hard one: your "
				"warning signs, what helps, and who to call. 'coach safety-plan "
				"edit' writes one, or h then p in the coach."),
			      0, 78);
	}
	if (!h->n_own)
		print_wrapped(_("Add the people you would call: coach safety-plan add people "
				"\"Sam: 07700 900123\"."),
			      0, 78);
}

static void emit_contact(struct yemit *e, const struct crisis_contact *k, const char *region,
			 int file_checked)
{
	const char *v[] = {k->service, k->number, k->text, k->url, k->hours, k->how};
	const char *keys[] = {"name", "number", "text", "url", "hours", "how"};
	yemit_map_flow(e);
	for (size_t i = 0; i < ARRAY_LEN(v); i++) {
		yemit_key(e, keys[i]);
		if (v[i])
			yemit_str(e, v[i]);
		else
			yemit_null(e);
	}
	yemit_key(e, "region");
	yemit_str(e, region);
	yemit_key(e, "emergency");
	yemit_bool(e, k->emergency);
	yemit_key(e, "checked");
	int checked = k->checked >= 0 ? k->checked : file_checked;
	if (checked >= 0) {
		char d[11];
		date_format(checked, d);
		yemit_word(e, d);
	} else {
		yemit_null(e);
	}
	yemit_map_end(e);
}

static void crisis_emit_plan(struct yemit *e, const struct crisis_help *h)
{
	yemit_key(e, "safety_plan");
	if (!h->have_plan) {
		yemit_null(e);
		return;
	}
	yemit_map(e);
	safety_plan_emit_sections(e, &h->plan);
	yemit_map_end(e);
}

void crisis_emit_contacts(struct yemit *e, const struct crisis_help *h)
{
	yemit_key(e, "contacts");
	yemit_seq(e);
	for (size_t i = 0; i < h->n_own; i++)
		emit_contact(e, &h->own[i], "own", -1);
	for (int emergency = 0; emergency < 2; emergency++) {
		const struct crisis_region *r;
		for (size_t i = 0; (r = crisis_help_region(h, i)); i++)
			for (size_t k = 0; k < r->n_contacts; k++)
				if (r->contacts[k].emergency == emergency)
					emit_contact(e, &r->contacts[k], r->id, h->bundled.checked);
	}
	yemit_seq_end(e);
}

const char *cli_country(struct cli *c, const char *given, struct profile *prof, bool *have_prof,
			struct diags *d)
{
	*have_prof = false;
	if (given)
		return given;
	if (!c->ctx.paths.profile || access(c->ctx.paths.profile, F_OK) != 0)
		return NULL;
	/* a profile that does not read is reported after the numbers, not instead */
	*have_prof = profile_load(prof, c->ctx.paths.profile, d);
	if (!*have_prof)
		profile_free(prof);
	return *have_prof ? prof->country : NULL;
}

void cli_crisis_help(struct cli *c, const char *country, struct crisis_help *h, struct diags *d)
{
	const char *cat = c->ctx.paths.catalogue;
	char *fallback = cat ? NULL : paths_catalogue();
	crisis_help_load(h, cat ? cat : fallback, c->ctx.paths.config_dir, country, d);
	free(fallback);
}

enum { O_COUNTRY };
static const struct optspec opts[] = {
	[O_COUNTRY] = {"--country", "CC",
		       N_("us, ca, gb, ie, au, de, eu or other (else your profile's, else your "
			  "language's country, else every region)")},
	{0},
};

static int cmd_crisis(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "crisis", argc, argv, opts, v, false,
				  _("crisis takes --country CC only"));
	if (rc)
		return rc;
	const char *country = v[O_COUNTRY];
	if (country && (strspn(country, "abcdefghijklmnopqrstuvwxyz") != strlen(country) ||
			!*country || strlen(country) > 8)) {
		/* never refuse the numbers over a typo: show every region, then say so */
		fprintf(stderr,
			_("coach: '%s' is not a country code (us, ca, gb, ie, au, de, eu or "
			  "other); showing every region\n"),
			country);
		country = NULL;
	}
	struct diags d = {0};
	struct profile prof;
	bool have_prof;
	const char *cc = cli_country(c, country, &prof, &have_prof, &d);
	struct crisis_help h;
	cli_crisis_help(c, cc, &h, &d);
	if (country && !h.region)
		diags_add(&d, "crisis --country", 0, 0,
			  _("no numbers are kept for '%s'; showing every region"), country);
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		yemit_map(e);
		crisis_emit_contacts(e, &h);
		crisis_emit_plan(e, &h);
		yemit_map_end(e);
		rc = yemit_to_stdout(e);
	} else {
		crisis_print(&h);
	}
	fflush(stdout);
	diags_print(&d, stderr);
	diags_free(&d);
	crisis_help_free(&h);
	if (have_prof)
		profile_free(&prof);
	return rc;
}

const struct command cmd_crisis_entry = {
	.name = "crisis",
	.run = cmd_crisis,
	.usage = "coach crisis [--country CC]",
	.summary = N_("who to call now, and your safety plan"),
	.help = N_(
		"Shows who to call if you are in crisis or might act on thoughts of harming\n"
		"yourself: your own people first, then your country's helplines, then the\n"
		"emergency numbers, then your safety plan.  It works with no profile, no log and\n"
		"no catalogue: the numbers are built into the program too.  --format yaml gives\n"
		"contacts (name, number, text, url, hours, how, region, emergency, checked) and\n"
		"safety_plan.  In the coach, h shows the same on every screen.  'coach help\n"
		"safety' says what the coach can and cannot do."),
	.opts = opts,
};
