/* coach checkin --mood N --energy N --anxiety N --sleep H [--soreness N]: say how you are today */
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/profile.h"
#include "coach/rx.h"
#include "coach/store.h"
#include "out.h"

static const char *what_readiness_means(const struct readiness *r)
{
	if (r->sore && !r->low && !r->anxious)
		return _("a lighter session for sore muscles: a set fewer and more reps in "
			 "reserve.");
	switch (r->band) {
	case RB_LOW:
		return _("a gentler session: fewer sets and easier effort.");
	case RB_ANXIOUS:
		return _("slow breathing first, lighter loads and longer rests with a breathing "
			 "pacer.");
	case RB_GOOD:
		return _("the program as written, with progression where you have earned it.");
	default:
		return _("the program as written.");
	}
}

static const struct optspec opts[] = {CLI_CHECKIN_OPTS{0}};

static int cmd_checkin(struct cli *c, int argc, char **argv)
{
	const char *v[ARRAY_LEN(opts)] = {0};
	int rc = cli_options_only(c, "checkin", argc, argv, opts, v, false,
				  _("checkin takes options only"));
	if (rc)
		return rc;
	struct checkin ck;
	if ((rc = cli_checkin_values("checkin", v, &ck)))
		return rc;
	if (!cli_catalog(c))
		return EXIT_INVALID;
	struct store *st;
	if (!cli_store(c, &st))
		return EXIT_INVALID;
	int today = clock_today();
	bool ok = store_begin(st) && store_add_checkin(st, today, &ck) && store_commit(st);
	if (!ok) {
		rc = cli_fail(_("cannot store the check-in: %s"), store_error(st));
		store_rollback(st);
		store_close(st);
		return rc;
	}
	/* a low start: the person's own record of sessions begun at this mood */
	struct evidence own = {0};
	char own_words[512] = "";
	struct mood_record moods;
	if (ck.mood <= c->ctx.cat.policy.low_mood_max &&
	    store_mood_record(st, today, (int)c->ctx.cat.policy.evidence_last_sessions, &moods)) {
		evidence_of(&moods, ck.mood, &c->ctx.cat.policy, &own);
		evidence_text(&own, own_words, sizeof(own_words));
	}
	store_close(st);
	struct readiness r;
	/* YAML is for programs: the readiness reasons in it stay English */
	i18n_english(c->format == FMT_YAML);
	readiness_of(&ck, &c->ctx.cat.policy, &r);
	i18n_english(false);
	if (c->format == FMT_YAML) {
		struct yemit *e = yemit_new();
		char d[11];
		date_format(today, d);
		yemit_map(e);
		yemit_key(e, "date");
		yemit_word(e, d);
		yemit_key(e, "readiness");
		yemit_map_flow(e);
		yemit_key(e, "band");
		yemit_word(e, readiness_names[r.band]);
		yemit_key(e, "reasons");
		yemit_seq_flow(e);
		for (size_t i = 0; i < r.n_reasons; i++)
			yemit_str(e, r.reasons[i]);
		yemit_seq_end(e);
		yemit_map_end(e);
		yemit_map_end(e);
		return yemit_to_stdout(e);
	}
	struct sbuf b = {0};
	sbuf_printf(&b, _("Checked in. Readiness: %s"), _(readiness_names[r.band]));
	for (size_t i = 0; i < r.n_reasons; i++)
		sbuf_printf(&b, "%s%s", i ? ", " : " (", r.reasons[i]);
	sbuf_printf(&b, "%s.", r.n_reasons ? ")" : "");
	print_wrapped(sbuf_str(&b), 0, 78);
	sbuf_free(&b);
	char *line = xasprintf(_("Today that means %s%s%s%s"), what_readiness_means(&r),
			       readiness_is_hold(&r) ? _(" It is ") : "",
			       readiness_is_hold(&r) ? hold_day_words(false) : "",
			       readiness_is_hold(&r) ? "." : "");
	print_wrapped(line, 0, 78);
	free(line);
	if (r.low && r.anxious)
		fputs(_("And because anxiety is high: slow breathing first and longer rests.\n"),
		      stdout);
	if (own_words[0])
		print_wrapped(own_words, 0, 78);
	fputs(_("'coach today' shows the session.\n"), stdout);
	return 0;
}

const struct command cmd_checkin_entry = {
	.name = "checkin",
	.run = cmd_checkin,
	.usage = "coach checkin --mood N --energy N --anxiety N --sleep H [--soreness N]",
	.summary = N_("say how you are today"),
	.help = N_("Stores today's check-in; today's session adapts to it.  Nothing here is a\n"
		   "diagnosis.  Exit status 1 for a value out of range."),
	.opts = opts,
};
