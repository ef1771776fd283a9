#include "coach/program.h"
#include "coach/i18n.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const program_keys[] = {
	"coach_program", "id",	      "name",	       "summary",	  "description", "level",
	"goals",	 "equipment", "days_per_week", "minutes",	  "weeks",	 "evidence",
	"deload",	 "defaults",  "days",	       "weeks_overrides", "no_failure",	 NULL};
static const char *const deload_keys[] = {"every", NULL};
static const char *const day_keys[] = {"name", "focus", "exercises", NULL};
static const char *const slot_keys[] = {"slot",		  "sets",  "reps",	  "rir",  "rest_s",
					"rest_between_s", "tempo", "progression", "note", NULL};
static const char *const defaults_keys[] = {"sets",	      "reps",  "rir",	      "rest_s",
					    "rest_between_s", "tempo", "progression", NULL};
static const char *const override_keys[] = {"weeks", "sets", "reps", "rir", "rest_s", NULL};
static const char *const progression_keys[] = {"model", "increment", "fail_limit", "deload", NULL};
static const char *const pattern_slot_keys[] = {"pattern", NULL};
static const char *const group_keys[] = {"reps", "rir", "repeat", "load_factor", "amrap", NULL};
static const char *const superset_keys[] = {"superset", "rest_s", "rest_between_s", NULL};

enum { MAX_REPS = 600, MAX_DAYS = 14, MAX_SLOTS = 24 };

static void read_reps(struct yctx *c, const struct ynode *v, struct slot_params *sp)
{
	long lo, hi;
	sp->reps_at = ypos_of(v);
	if (v->kind == YNODE_SEQ) {
		if (v->n != 2) {
			yerr(c, v, _("'reps' must be one number or a range [min, max]"));
			return;
		}
		if (!yint(c, v->kids[0], "'reps' min", 1, MAX_REPS, &lo) ||
		    !yint(c, v->kids[1], "'reps' max", 1, MAX_REPS, &hi))
			return;
		if (lo > hi) {
			yerr(c, v, _("'reps' range [%ld, %ld] has its minimum above its maximum"),
			     lo, hi);
			return;
		}
	} else {
		if (!yint(c, v, "'reps'", 1, MAX_REPS, &lo))
			return;
		hi = lo;
	}
	sp->reps_min = (int)lo;
	sp->reps_max = (int)hi;
	sp->given |= SP_REPS;
}

static void read_tempo(struct yctx *c, const struct ynode *v, struct slot_params *sp)
{
	if (v->kind != YNODE_SCALAR) {
		yerr(c, v, _("'tempo' must be text like \"2-0-2\""));
		return;
	}
	const char *s = v->str;
	int n = 0;
	for (;;) {
		if (*s < '0' || *s > '9' || n == 4)
			goto bad;
		int x = 0;
		while (*s >= '0' && *s <= '9' && x <= 10)
			x = x * 10 + (*s++ - '0');
		if (x > 10)
			goto bad;
		sp->tempo[n++] = x;
		if (*s == '\0')
			break;
		if (*s++ != '-')
			goto bad;
	}
	if (n < 3)
		goto bad;
	sp->tempo_n = n;
	sp->given |= SP_TEMPO;
	return;
bad:
	yerr(c, v,
	     _("'tempo' '%s' must be seconds like \"2-0-2\" (lowering-pause-lifting, each 0-10)"),
	     v->str);
}

static void read_progression(struct yctx *c, const struct ynode *v, struct slot_params *sp)
{
	size_t before = yctx_errors(c);
	if (!ymap(c, v, "'progression'", progression_keys))
		return;
	struct progression pr = {.fail_limit = 3, .deload = 0.10};
	const struct ynode *m = yreq(c, v, "model", "'progression'"), *x;
	int k;
	if (!m || !yenum(c, m, N_("progression 'model'"), prog_model_names, &k))
		return;
	pr.model = (enum prog_model)k;
	bool takes_inc = pr.model == PM_DOUBLE || pr.model == PM_LINEAR;
	if ((x = ynode_get(v, "increment"))) {
		if (!takes_inc)
			yerr(c, ykey_node(v, "increment"),
			     _("'increment' does not apply to the %s model"), prog_model_names[k]);
		else
			ynum(c, x, "'increment'", 0.01, 50, &pr.increment);
	} else if (takes_inc) {
		yerr(c, v, _("the %s model needs an 'increment' (how much load to add)"),
		     prog_model_names[k]);
	}
	long fl;
	if ((x = ynode_get(v, "fail_limit"))) {
		if (pr.model != PM_LINEAR)
			yerr(c, ykey_node(v, "fail_limit"),
			     _("'fail_limit' only applies to the linear model"));
		else if (yint(c, x, "'fail_limit'", 1, 10, &fl))
			pr.fail_limit = (int)fl;
	}
	if ((x = ynode_get(v, "deload"))) {
		if (pr.model != PM_LINEAR)
			yerr(c, ykey_node(v, "deload"),
			     _("'deload' only applies to the linear model"));
		else
			ynum(c, x, "'deload'", 0.01, 0.5, &pr.deload);
	}
	if (yctx_errors(c) == before) {
		sp->prog = pr;
		sp->given |= SP_PROG;
	}
}

/* One set group of a list of them; i is its place, last whether it ends the list. */
static bool read_group(struct yctx *c, const struct ynode *n, size_t i, bool last,
		       struct set_group *g)
{
	size_t before = yctx_errors(c);
	g->sets = 1;
	g->load_factor = 1;
	g->at = ypos_of(n);
	if (n->kind != YNODE_MAP) {
		yerr(c, n,
		     _("a set group is a mapping like {reps: 5, rir: 1}; for plain sets write "
		       "a number, like 'sets: 3'"));
		return false;
	}
	if (!ymap(c, n, N_("a set group"), group_keys))
		return false;
	const struct ynode *v;
	long x;
	double d;
	struct slot_params tmp = {0};
	if ((v = yreq(c, n, "reps", N_("a set group")))) {
		read_reps(c, v, &tmp);
		g->reps_min = tmp.reps_min;
		g->reps_max = tmp.reps_max;
	}
	if ((v = ynode_get(n, "rir")) && yint(c, v, "'rir'", 0, 5, &x)) {
		g->rir = (int)x;
		g->has_rir = true;
	}
	if ((v = ynode_get(n, "repeat"))) {
		if (v->kind == YNODE_SCALAR && strcmp(v->str, "0") == 0)
			yerr(c, v,
			     _("'repeat: 0' leaves the group out; write 'repeat: 1' or more, or "
			       "remove the group"));
		else if (yint(c, v, "'repeat'", 1, 10, &x))
			g->sets = (int)x;
	}
	if ((v = ynode_get(n, "load_factor")) && ynum(c, v, "'load_factor'", -1e6, 1e6, &d)) {
		if (d <= 0 || d > 1)
			yerr(c, v,
			     _("'load_factor' %g is the share of the first group's load: write a "
			       "number above 0 and at most 1, like 0.85 for 85%%"),
			     d);
		else if (i == 0 && d != 1)
			yerr(c, v,
			     _("the first group's load is the one the others are relative to; "
			       "leave its 'load_factor' out (it is 1)"));
		else
			g->load_factor = d;
	}
	if ((v = ynode_get(n, "amrap")) && ybool(c, v, "'amrap'", &g->amrap) && g->amrap && !last)
		yerr(c, v,
		     _("'amrap' goes on the last group only (as many reps as possible ends the "
		       "exercise); move this group last or write 'amrap: false'"));
	return yctx_errors(c) == before;
}

/* `sets` as a list of groups. */
static void read_groups(struct yctx *c, const struct ynode *v, struct slot_params *sp)
{
	if (v->n == 0) {
		yerr(c, v,
		     _("'sets' as a list needs a group, like [{reps: 5, rir: 1}]; or write a "
		       "number of sets"));
		return;
	}
	if (v->n > MAX_SET_GROUPS) {
		yerr(c, v, _("'sets' has at most %d groups"), MAX_SET_GROUPS);
		return;
	}
	struct set_group *g = arena_array(c->arena, v->n, sizeof(*g));
	bool ok = true;
	int total = 0;
	for (size_t i = 0; i < v->n; i++) {
		ok &= read_group(c, v->kids[i], i, i + 1 == v->n, &g[i]);
		total += g[i].sets;
	}
	if (ok && total > 10)
		yerr(c, v, _("these groups make %d sets; an exercise has at most 10"), total);
	else if (ok) {
		sp->groups = g;
		sp->n_groups = v->n;
		sp->sets = total;
		sp->given |= SP_SETS;
	}
}

/* Reads the parameter keys present in map n into sp; groups_ok: `sets` may
 * be a list of set groups. */
static void read_params(struct yctx *c, const struct ynode *n, struct slot_params *sp,
			bool groups_ok)
{
	const struct ynode *v;
	long x;
	if ((v = ynode_get(n, "sets")) && v->kind == YNODE_SEQ && groups_ok)
		read_groups(c, v, sp);
	else if (v && v->kind == YNODE_SEQ)
		yerr(c, v,
		     _("'sets' here is a number; set groups are written on a slot or in "
		       "'defaults'"));
	else if (v && yint(c, v, "'sets'", 1, 10, &x)) {
		sp->sets = (int)x;
		sp->given |= SP_SETS;
	}
	if ((v = ynode_get(n, "reps")))
		read_reps(c, v, sp);
	if ((v = ynode_get(n, "rir")) && yint(c, v, "'rir'", 0, 5, &x)) {
		sp->rir = (int)x;
		sp->given |= SP_RIR;
	}
	if ((v = ynode_get(n, "rest_s")) && yint(c, v, "'rest_s'", 0, 600, &x)) {
		sp->rest_s = (int)x;
		sp->given |= SP_REST;
	}
	if ((v = ynode_get(n, "rest_between_s")) && yint(c, v, "'rest_between_s'", 0, 900, &x)) {
		sp->rest_between_s = (int)x;
		sp->given |= SP_REST_BETWEEN;
	}
	if ((v = ynode_get(n, "tempo")))
		read_tempo(c, v, sp);
	if ((v = ynode_get(n, "progression")))
		read_progression(c, v, sp);
}

/* Fields of `from` that `to` lacks are copied over. */
static void inherit(struct slot_params *to, const struct slot_params *from)
{
	if (!(to->given & SP_SETS) && (from->given & SP_SETS)) {
		to->sets = from->sets;
		to->groups = from->groups;
		to->n_groups = from->n_groups;
	}
	if (!(to->given & SP_REPS) && (from->given & SP_REPS)) {
		to->reps_min = from->reps_min;
		to->reps_max = from->reps_max;
		to->reps_at = from->reps_at;
	}
	if (!(to->given & SP_RIR) && (from->given & SP_RIR))
		to->rir = from->rir;
	if (!(to->given & SP_REST) && (from->given & SP_REST))
		to->rest_s = from->rest_s;
	if (!(to->given & SP_REST_BETWEEN) && (from->given & SP_REST_BETWEEN))
		to->rest_between_s = from->rest_between_s;
	if (!(to->given & SP_TEMPO) && (from->given & SP_TEMPO)) {
		memcpy(to->tempo, from->tempo, sizeof(to->tempo));
		to->tempo_n = from->tempo_n;
	}
	if (!(to->given & SP_PROG) && (from->given & SP_PROG))
		to->prog = from->prog;
	to->given |= from->given;
}

/* A slot; in a superset, ss is the superset's (its rest after each round
 * and after the last), else NULL. */
static void read_slot(struct yctx *c, const struct ynode *n, const struct slot_params *defaults,
		      const struct ynode *defaults_node, const struct superset *ss, struct slot *s)
{
	s->at = ypos_of(n);
	if (ss && n->kind == YNODE_MAP && ynode_get(n, "superset")) {
		yerr(c, ykey_node(n, "superset"),
		     _("a superset cannot hold a superset; write its slots into this one's list "
		       "(a circuit is one superset of all its slots)"));
		return;
	}
	if (!ymap(c, n, N_("an exercise slot"), slot_keys))
		return;
	static const char *const round_keys[] = {"rest_s", "rest_between_s"};
	for (size_t i = 0; ss && i < ARRAY_LEN(round_keys); i++)
		if (ynode_get(n, round_keys[i]))
			yerr(c, ykey_node(n, round_keys[i]),
			     _("'%s' of a superset goes on the superset entry (%s), not on its "
			       "slots; move it up beside 'superset:'"),
			     round_keys[i],
			     i == 0 ? _("the rest after each round")
				    : _("the rest after the last round"));
	const struct ynode *v = yreq(c, n, "slot", N_("an exercise slot"));
	if (v) {
		s->ref_at = ypos_of(v);
		if (v->kind == YNODE_MAP) {
			int k;
			const struct ynode *p;
			s->kind = SLOT_PATTERN;
			if (ymap(c, v, "'slot'", pattern_slot_keys) &&
			    (p = yreq(c, v, "pattern", "'slot'")) &&
			    yenum(c, p, "'pattern'", pattern_names, &k)) {
				s->pattern = (enum pattern)k;
				s->ref_ok = true;
			}
		} else {
			s->kind = SLOT_EXERCISE;
			s->ref_ok = yid(c, v, "'slot'", &s->ref);
		}
	}
	if ((v = ynode_get(n, "note")))
		ystr(c, v, "'note'", 200, &s->note);
	read_params(c, n, &s->p, true);
	if (ss) { /* the superset's rests, read already */
		s->p.rest_s = ss->rest_s;
		s->p.rest_between_s = ss->rest_between_s;
		s->p.given |= SP_REST | SP_REST_BETWEEN;
	}
	inherit(&s->p, defaults);
	if (s->p.n_groups) {
		/* the first group is what progresses: its reps are the slot's */
		const struct set_group *g0 = &s->p.groups[0];
		s->p.reps_min = g0->reps_min;
		s->p.reps_max = g0->reps_max;
		s->p.given |= SP_REPS;
	}
	if (!(s->p.given & SP_RIR)) {
		s->p.rir = 2;
		s->p.given |= SP_RIR;
	}
	if (!(s->p.given & SP_REST_BETWEEN))
		s->p.rest_between_s = s->p.rest_s; /* given or not: the check below says */
	if (!(s->p.given & SP_TEMPO)) {
		s->p.tempo[0] = 2, s->p.tempo[1] = 0, s->p.tempo[2] = 2;
		s->p.tempo_n = 3;
		s->p.given |= SP_TEMPO;
	}
	static const struct {
		unsigned bit;
		const char *key;
	} needed[] = {{SP_SETS, "sets"},
		      {SP_REPS, "reps"},
		      {SP_REST, "rest_s"},
		      {SP_PROG, "progression"}};
	for (size_t i = 0; i < ARRAY_LEN(needed); i++)
		/* a key given but invalid here or in defaults was reported already */
		if (!(s->p.given & needed[i].bit) && !ynode_get(n, needed[i].key) &&
		    !ynode_get(defaults_node, needed[i].key) && !(ss && needed[i].bit == SP_REST))
			yerr(c, n, _("this slot has no '%s'; give it here or in 'defaults'"),
			     needed[i].key);
}

/* The slots a superset entry n adds (its list's length when it is one). */
static size_t entry_slots(const struct ynode *n)
{
	const struct ynode *v = n->kind == YNODE_MAP ? ynode_get(n, "superset") : NULL;
	return v && v->kind == YNODE_SEQ ? v->n : 1;
}

/* Is slot b's exercise, ladder or pattern the same as a's? */
static bool same_slot(const struct slot *a, const struct slot *b)
{
	if (!a->ref_ok || !b->ref_ok || (a->kind == SLOT_PATTERN) != (b->kind == SLOT_PATTERN))
		return false;
	return a->kind == SLOT_PATTERN ? a->pattern == b->pattern : strcmp(a->ref, b->ref) == 0;
}

/* A superset entry {superset: [slots], rest_s, rest_between_s}: its slots
 * into d->slots from *k on. */
static void read_superset(struct yctx *c, const struct ynode *n, const struct slot_params *defaults,
			  const struct ynode *defaults_node, struct day *d, size_t *k)
{
	struct superset *ss = &d->supersets[d->n_supersets];
	ss->at = ypos_of(n);
	if (!ymap(c, n, N_("a superset"), superset_keys))
		return;
	const struct ynode *v = ynode_get(n, "superset"), *r;
	if (v->kind != YNODE_SEQ) {
		yerr(c, v,
		     _("'superset' is a list of two or more slots done in rounds, like "
		       "[{slot: goblet-squat}, {slot: push-up}]"));
		return;
	}
	if (v->n < 2) {
		yerr(c, v,
		     _("a superset needs two or more slots (a set of each in turn, then the rest); "
		       "write a single exercise as a slot of its own"));
		return;
	}
	if (v->n > MAX_SUPERSET) {
		yerr(c, v, _("a superset has at most %d slots"), MAX_SUPERSET);
		return;
	}
	long x;
	struct slot_params rests = {0};
	if ((r = ynode_get(n, "rest_s")) && yint(c, r, "'rest_s'", 0, 600, &x)) {
		rests.rest_s = (int)x;
		rests.given |= SP_REST;
	}
	if ((r = ynode_get(n, "rest_between_s")) && yint(c, r, "'rest_between_s'", 0, 900, &x)) {
		rests.rest_between_s = (int)x;
		rests.given |= SP_REST_BETWEEN;
	}
	if (!(rests.given & SP_REST) && (defaults->given & SP_REST)) {
		rests.rest_s = defaults->rest_s;
		rests.given |= SP_REST;
	}
	if (!(rests.given & SP_REST_BETWEEN) && (defaults->given & SP_REST_BETWEEN)) {
		rests.rest_between_s = defaults->rest_between_s;
		rests.given |= SP_REST_BETWEEN;
	}
	/* a rest_s given but wrong was reported already */
	if (!ynode_get(n, "rest_s") && !ynode_get(defaults_node, "rest_s"))
		yerr(c, n,
		     _("this superset has no 'rest_s' (the rest after each round); give it beside "
		       "'superset:' or in 'defaults'"));
	if (!(rests.given & SP_REST_BETWEEN))
		rests.rest_between_s = rests.rest_s;
	ss->first = *k;
	ss->n = v->n;
	ss->rest_s = rests.rest_s;
	ss->rest_between_s = rests.rest_between_s;
	d->n_supersets++;
	for (size_t i = 0; i < v->n; i++) {
		struct slot *s = &d->slots[*k + i];
		read_slot(c, v->kids[i], defaults, defaults_node, ss, s);
		s->superset = (int)d->n_supersets;
		for (size_t j = 0; j < i; j++)
			if (same_slot(&d->slots[*k + j], s)) {
				yerr_at(c, s->ref_at,
					_("'%s' is in this superset twice; a superset does each "
					  "slot "
					  "once a round: give that slot more sets, or name another "
					  "exercise"),
					s->kind == SLOT_PATTERN ? pattern_names[s->pattern]
								: s->ref);
				break;
			}
	}
	*k += v->n;
}

static void read_day(struct yctx *c, const struct ynode *n, const struct slot_params *defaults,
		     const struct ynode *defaults_node, struct day *d)
{
	if (!ymap(c, n, N_("a day"), day_keys))
		return;
	const struct ynode *v;
	if ((v = yreq(c, n, "name", N_("a day"))))
		ystr(c, v, N_("day 'name'"), 24, &d->name);
	if ((v = ynode_get(n, "focus")))
		ystr(c, v, "'focus'", 80, &d->focus);
	if (!(v = yreq(c, n, "exercises", N_("a day"))))
		return;
	if (ynode_is_null(v) || (v->kind == YNODE_SEQ && v->n == 0)) {
		yerr(c, v, _("day '%s' has no exercises"), d->name ? d->name : "?");
		return;
	}
	if (!yseq(c, v, "'exercises'", 1))
		return;
	size_t total = 0, groups = 0;
	for (size_t i = 0; i < v->n; i++) {
		total += entry_slots(v->kids[i]);
		groups += v->kids[i]->kind == YNODE_MAP && ynode_get(v->kids[i], "superset");
	}
	if (total > MAX_SLOTS) {
		yerr(c, v, _("a day has at most %d exercises (a superset's count one each)"),
		     MAX_SLOTS);
		return;
	}
	d->slots = arena_array(c->arena, total, sizeof(*d->slots));
	d->n_slots = total;
	/* one at least, so no path reads a superset through NULL */
	d->supersets = arena_array(c->arena, groups ? groups : 1, sizeof(*d->supersets));
	size_t k = 0;
	for (size_t i = 0; i < v->n; i++) {
		const struct ynode *e = v->kids[i];
		if (e->kind == YNODE_MAP && ynode_get(e, "superset")) {
			size_t at = k;
			read_superset(c, e, defaults, defaults_node, d, &k);
			if (k == at) /* refused whole: its place is kept, empty */
				k += entry_slots(e);
		} else {
			read_slot(c, e, defaults, defaults_node, NULL, &d->slots[k++]);
		}
	}
}

static void read_override(struct yctx *c, const struct ynode *n, int weeks, struct week_override *o)
{
	if (!ymap(c, n, N_("a weeks_overrides entry"), override_keys))
		return;
	const struct ynode *v = yreq(c, n, "weeks", N_("a weeks_overrides entry"));
	if (v && yseq(c, v, "'weeks'", 1)) {
		o->weeks = arena_array(c->arena, v->n, sizeof(*o->weeks));
		o->n_weeks = v->n;
		for (size_t i = 0; i < v->n; i++) {
			long w;
			if (!yint(c, v->kids[i], "a week", 1, 104, &w))
				continue;
			if (weeks && w > weeks)
				yerr(c, v->kids[i], _("week %ld is past the program's %d weeks"), w,
				     weeks);
			else
				o->weeks[i] = (int)w;
		}
	}
	read_params(c, n, &o->p, false);
	/* only 'weeks' and nothing else: other keys were reported if wrong */
	if (!(o->p.given & (SP_SETS | SP_REPS | SP_RIR | SP_REST)) && n->n == 1)
		yerr(c, n,
		     _("this weeks_overrides entry changes nothing; give sets, reps, rir or "
		       "rest_s"));
}

/* A program that says no set goes to failure (no_failure: true) may have no
 * set that does: no as-many-as-possible group and no 0 reps in reserve. */
static void check_no_failure(struct yctx *c, const struct ynode *at, const struct program *p)
{
	for (size_t i = 0; i < p->n_days; i++)
		for (size_t j = 0; j < p->days[i].n_slots; j++) {
			const struct slot *s = &p->days[i].slots[j];
			const char *what = s->ref ? s->ref : pattern_names[s->pattern];
			bool zero = s->p.rir == 0 && !s->p.n_groups;
			for (size_t k = 0; k < s->p.n_groups; k++) {
				const struct set_group *g = &s->p.groups[k];
				if (g->amrap)
					yerr(c, at,
					     _("'no_failure: true', but day %s's %s has an "
					       "as-many-as-possible set; write 'amrap: false' or "
					       "'no_failure: false'"),
					     p->days[i].name, what);
				zero |= (g->has_rir ? g->rir : s->p.rir) == 0 && !g->amrap;
			}
			if (zero)
				yerr(c, at,
				     _("'no_failure: true', but day %s's %s has a set at 0 reps in "
				       "reserve; give it 'rir: 1' or more, or write 'no_failure: "
				       "false'"),
				     p->days[i].name, what);
		}
	for (size_t i = 0; i < p->n_overrides; i++)
		if ((p->overrides[i].p.given & SP_RIR) && p->overrides[i].p.rir == 0)
			yerr(c, at,
			     _("'no_failure: true', but a weeks_overrides entry sets 'rir: 0'; "
			       "give "
			       "it 1 or more, or write 'no_failure: false'"));
}

bool program_read(struct yctx *c, const struct ynode *root, struct program *p)
{
	size_t before = yctx_errors(c);
	memset(p, 0, sizeof(*p));
	if (!ymap(c, root, N_("a program"), program_keys))
		return false;
	p->pos = (struct srcpos){c->path, root->line, root->col};
	const struct ynode *v;
	long x;
	int k;
	if ((v = yreq(c, root, "id", N_("a program"))))
		yid(c, v, "'id'", &p->id);
	if ((v = yreq(c, root, "name", N_("a program"))))
		ystr(c, v, "'name'", 80, &p->name);
	if ((v = yreq(c, root, "summary", N_("a program"))))
		ystr(c, v, "'summary'", 160, &p->summary);
	if ((v = ynode_get(root, "description")))
		ytext(c, v, "'description'", 4000, &p->description);
	if ((v = ynode_get(root, "evidence")))
		ytext(c, v, "'evidence'", 1000, &p->evidence);
	if ((v = yreq(c, root, "level", N_("a program"))) &&
	    yenum(c, v, "'level'", level_names, &k))
		p->level = (enum level)k;
	if ((v = yreq(c, root, "goals", N_("a program"))) &&
	    yid_list(c, v, "'goals'", &p->goals, &p->n_goals) && p->n_goals == 0)
		yerr(c, v, _("'goals' is empty; name at least one (mood, anxiety, strength, ...)"));
	if ((v = yreq(c, root, "equipment", N_("a program")))) {
		if (yenum_bits(c, v, "'equipment'", equipment_names, &p->equipment) &&
		    !p->equipment)
			yerr(c, v,
			     _("'equipment' is empty; write [bodyweight] when nothing is needed"));
	}
	if ((v = yreq(c, root, "days_per_week", N_("a program"))) &&
	    yint(c, v, "'days_per_week'", 1, 7, &x))
		p->days_per_week = (int)x;
	if ((v = yreq(c, root, "minutes", N_("a program"))) && yint(c, v, "'minutes'", 10, 180, &x))
		p->minutes = (int)x;
	if ((v = ynode_get(root, "weeks")) && !ynode_is_null(v) &&
	    yint(c, v, "'weeks'", 1, 104, &x))
		p->weeks = (int)x;
	if ((v = ynode_get(root, "deload")) && ymap(c, v, "'deload'", deload_keys)) {
		const struct ynode *e = yreq(c, v, "every", "'deload'");
		if (e && yint(c, e, N_("deload 'every'"), 2, 52, &x)) {
			p->deload_every = (int)x;
			if (p->weeks && x > p->weeks)
				yerr(c, e,
				     _("a deload every %ld weeks never comes in a %d-week program"),
				     x, p->weeks);
		}
	}
	if ((v = ynode_get(root, "defaults")) && ymap(c, v, "'defaults'", defaults_keys))
		read_params(c, v, &p->defaults, true);
	if ((v = yreq(c, root, "days", N_("a program"))) && yseq(c, v, "'days'", 1)) {
		if (v->n > MAX_DAYS) {
			yerr(c, v, _("a program has at most %d days"), MAX_DAYS);
		} else {
			p->days = arena_array(c->arena, v->n, sizeof(*p->days));
			p->n_days = v->n;
			for (size_t i = 0; i < v->n; i++) {
				read_day(c, v->kids[i], &p->defaults, ynode_get(root, "defaults"),
					 &p->days[i]);
				for (size_t j = 0; j < i; j++)
					if (p->days[i].name && p->days[j].name &&
					    strcmp(p->days[i].name, p->days[j].name) == 0)
						yerr(c, ynode_get(v->kids[i], "name"),
						     _("two days are named '%s'"), p->days[i].name);
			}
		}
	}
	if ((v = ynode_get(root, "weeks_overrides")) && yseq(c, v, "'weeks_overrides'", 0)) {
		p->overrides = arena_array(c->arena, v->n, sizeof(*p->overrides));
		p->n_overrides = v->n;
		for (size_t i = 0; i < v->n; i++)
			read_override(c, v->kids[i], p->weeks, &p->overrides[i]);
	}
	if ((v = ynode_get(root, "no_failure")) && ybool(c, v, "'no_failure'", &p->no_failure) &&
	    p->no_failure)
		check_no_failure(c, v, p);
	return yctx_errors(c) == before;
}

bool program_is_deload(const struct program *p, int week)
{
	return p->deload_every && week > 0 && week % p->deload_every == 0;
}

struct slot_params program_week_params(const struct program *p, const struct slot *s, int week,
				       const struct policy *pol)
{
	struct slot_params sp = program_slot_week(p, s, week);
	if (program_is_deload(p, week)) {
		int sets = (int)lround(sp.sets * pol->deload_sets_factor);
		sp.sets = sets < 1 ? 1 : sets;
		sp.rir += (int)pol->deload_rir_delta;
	}
	return sp;
}

struct slot_params program_slot_week(const struct program *p, const struct slot *s, int week)
{
	struct slot_params sp = s->p;
	for (size_t i = 0; i < p->n_overrides; i++) {
		const struct week_override *o = &p->overrides[i];
		for (size_t j = 0; j < o->n_weeks; j++) {
			if (o->weeks[j] != week)
				continue;
			if (o->p.given & SP_SETS) {
				sp.sets = o->p.sets; /* plain sets that week */
				sp.groups = NULL;
				sp.n_groups = 0;
			}
			if (o->p.given & SP_REPS) {
				sp.reps_min = o->p.reps_min;
				sp.reps_max = o->p.reps_max;
			}
			if (o->p.given & SP_RIR)
				sp.rir = o->p.rir;
			if (o->p.given & SP_REST)
				sp.rest_s = o->p.rest_s;
		}
	}
	return sp;
}

const char *slot_key(const struct slot *s, char *buf, size_t size)
{
	if (s->kind == SLOT_PATTERN)
		snprintf(buf, size, "pattern-%s", pattern_names[s->pattern]);
	else
		snprintf(buf, size, "%s", s->ref ? s->ref : "");
	return buf;
}

bool program_same_week(const struct program *p, int a, int b)
{
	if (program_is_deload(p, a) != program_is_deload(p, b))
		return false;
	for (size_t i = 0; i < p->n_days; i++)
		for (size_t j = 0; j < p->days[i].n_slots; j++) {
			struct slot_params x = program_slot_week(p, &p->days[i].slots[j], a);
			struct slot_params y = program_slot_week(p, &p->days[i].slots[j], b);
			if (x.sets != y.sets || x.reps_min != y.reps_min ||
			    x.reps_max != y.reps_max || x.rir != y.rir || x.rest_s != y.rest_s)
				return false;
		}
	return true;
}

int program_weeks_shown(const struct program *p)
{
	if (p->weeks)
		return p->weeks;
	int n = p->deload_every ? p->deload_every : 1;
	for (size_t i = 0; i < p->n_overrides; i++)
		for (size_t j = 0; j < p->overrides[i].n_weeks; j++)
			if (p->overrides[i].weeks[j] + 1 > n)
				n = p->overrides[i].weeks[j] + 1;
	return n;
}
