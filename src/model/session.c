#include "coach/session.h"

#include <stdio.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"

static const char *const session_keys[] = {
	"coach_session", "date",	  "program",   "day",	  "checkin",
	"mood_after",	 "feeling",	  "exercises", "aerobic", "notes",
	"bodyweight",	 "breathing_min", "short",     NULL};
static const char *const aerobic_keys[] = {"kind", "minutes", NULL};
#define CHECKIN_KEY(id, key, label, kind, low, high, need) #key,
static const char *const checkin_keys[] = {CHECKIN_FIELDS(CHECKIN_KEY) NULL};
#undef CHECKIN_KEY
static const char *const exercise_keys[] = {"id", "slot", "sets", NULL};
static const char *const set_keys[] = {"reps", "load", "rir", "notes", NULL};

enum { MAX_SETS = SESSION_MAX_SETS, MAX_EXERCISES = SESSION_MAX_EXERCISES };

/* Each question of checkin.h, with its range. */
static void read_checkin(struct yctx *c, const struct ynode *m, struct checkin *ck)
{
	if (!ymap(c, m, "'checkin'", checkin_keys))
		return;
	ck->given = true;
	for (int f = 0; f < CK_COUNT; f++) {
		const struct checkin_field_info *i = &checkin_fields[f];
		const struct ynode *v =
			i->required ? yreq(c, m, i->key, "'checkin'") : ynode_get(m, i->key);
		char what[32];
		snprintf(what, sizeof(what), "'%s'", i->key);
		double h;
		long x;
		if (!v)
			continue;
		if (i->hours && ynum(c, v, what, i->min, i->max, &h))
			checkin_set(ck, (enum checkin_field)f, h);
		else if (!i->hours && yint(c, v, what, i->min, i->max, &x))
			checkin_set(ck, (enum checkin_field)f, (double)x);
	}
}

static void read_set(struct yctx *c, const struct ynode *n, struct set_done *s)
{
	s->band = -1;
	s->rir = -1;
	if (!ymap(c, n, N_("a set"), set_keys))
		return;
	const struct ynode *v;
	long x;
	if ((v = yreq(c, n, "reps", N_("a set"))) && yint(c, v, "'reps'", 0, 1000, &x))
		s->reps = (int)x;
	if ((v = ynode_get(n, "load")) && !ynode_is_null(v)) {
		if (v->kind == YNODE_SCALAR && v->plain && v->str[0] >= 'a' && v->str[0] <= 'z') {
			int k;
			if (yenum(c, v, N_("band 'load'"), band_names, &k))
				s->band = k;
		} else {
			ynum(c, v, "'load'", 0, 1000, &s->load);
		}
	}
	if ((v = ynode_get(n, "rir")) && yint(c, v, "'rir'", 0, 10, &x))
		s->rir = (int)x;
	if ((v = ynode_get(n, "notes")) && !ynode_is_null(v))
		ytext(c, v, "'notes'", SESSION_MAX_NOTES, &s->notes);
}

static void read_exercise(struct yctx *c, const struct ynode *n, struct exercise_done *e)
{
	e->node = n;
	if (!ymap(c, n, N_("an exercise"), exercise_keys))
		return;
	const struct ynode *v;
	if ((v = yreq(c, n, "id", N_("an exercise"))))
		yid(c, v, "'id'", &e->id);
	if ((v = ynode_get(n, "slot")))
		yid(c, v, "'slot'", &e->slot);
	if ((v = yreq(c, n, "sets", N_("an exercise"))) && yseq(c, v, "'sets'", 1)) {
		if (v->n > MAX_SETS) {
			yerr(c, v, _("at most %d sets per exercise"), MAX_SETS);
			return;
		}
		e->sets = arena_array(c->arena, v->n, sizeof(*e->sets));
		e->n_sets = v->n;
		for (size_t i = 0; i < v->n; i++)
			read_set(c, v->kids[i], &e->sets[i]);
	}
}

bool session_read(struct yctx *c, const struct ynode *root, int today, struct session *s)
{
	size_t before = yctx_errors(c);
	memset(s, 0, sizeof(*s));
	if (!ymap(c, root, N_("a session"), session_keys))
		return false;
	s->pos = (struct srcpos){c->path, root->line, root->col};
	const struct ynode *v;
	long x, x_min;
	if ((v = yreq(c, root, "date", N_("a session"))) && ydate(c, v, "'date'", &s->date) &&
	    s->date > today) {
		char b[11];
		date_format(today, b);
		yerr(c, v, _("'date' %s is after today (%s); log a session once it is done"),
		     v->str, b);
	}
	if ((v = ynode_get(root, "program")) && yid(c, v, "'program'", &s->program))
		s->program_node = v;
	if ((v = ynode_get(root, "day")))
		ystr(c, v, "'day'", 24, &s->day);
	if ((v = ynode_get(root, "checkin")))
		read_checkin(c, v, &s->checkin);
	if ((v = ynode_get(root, "mood_after")) &&
	    yint(c, v, "'mood_after'", CHECKIN_SCALE_MIN, CHECKIN_SCALE_MAX, &x))
		s->mood_after = (int)x;
	if ((v = ynode_get(root, "feeling")) && !ynode_is_null(v) &&
	    yint(c, v, "'feeling'", FEELING_MIN, FEELING_MAX, &x)) {
		s->has_feeling = true;
		s->feeling = (int)x;
	}
	if ((v = ynode_get(root, "notes")) && !ynode_is_null(v))
		ytext(c, v, "'notes'", SESSION_MAX_NOTES, &s->notes);
	if ((v = ynode_get(root, "bodyweight")) && !ynode_is_null(v))
		ynum(c, v, "'bodyweight'", 20, 1000, &s->bodyweight);
	/* the short session of a low day: a minimum dose, and a hold */
	if ((v = ynode_get(root, "short")) && !ynode_is_null(v))
		ybool(c, v, "'short'", &s->short_session);
	if ((v = ynode_get(root, "breathing_min")) && !ynode_is_null(v) &&
	    yint(c, v, "'breathing_min'", 0, SESSION_MAX_BREATHING_MIN, &x))
		s->breathing_min = (int)x;
	if ((v = ynode_get(root, "aerobic")) && yseq(c, v, "'aerobic'", 1)) {
		s->aerobic = arena_array(c->arena, v->n, sizeof(*s->aerobic));
		s->n_aerobic = v->n;
		for (size_t i = 0; i < v->n; i++) {
			const struct ynode *m = v->kids[i], *f;
			if (!ymap(c, m, N_("an aerobic entry"), aerobic_keys))
				continue;
			if ((f = yreq(c, m, "kind", N_("an aerobic entry"))))
				yid(c, f, "'kind'", &s->aerobic[i].kind);
			if ((f = yreq(c, m, "minutes", N_("an aerobic entry"))) &&
			    yint(c, f, "'minutes'", 1, 600, &x_min))
				s->aerobic[i].minutes = (int)x_min;
		}
	}
	/* a session is strength work, aerobic minutes, breathing, or more than one */
	if (!ynode_get(root, "exercises") &&
	    (ynode_get(root, "aerobic") || ynode_get(root, "breathing_min")))
		return yctx_errors(c) == before;
	if ((v = yreq(c, root, "exercises", N_("a session"))) && yseq(c, v, "'exercises'", 1)) {
		if (v->n > MAX_EXERCISES) {
			yerr(c, v, _("at most %d exercises per session"), MAX_EXERCISES);
		} else {
			s->exercises = arena_array(c->arena, v->n, sizeof(*s->exercises));
			s->n_exercises = v->n;
			for (size_t i = 0; i < v->n; i++)
				read_exercise(c, v->kids[i], &s->exercises[i]);
		}
	}
	return yctx_errors(c) == before;
}

bool session_check(struct yctx *c, const struct session *s, const struct catalog *cat)
{
	size_t before = yctx_errors(c);
	if (s->program && !catalog_program(cat, s->program)) {
		const char *near = catalog_suggest_program(cat, s->program);
		if (near)
			yerr(c, s->program_node,
			     _("no program '%s' in the catalogue (did you mean '%s'?)"), s->program,
			     near);
		else
			yerr(c, s->program_node, _("no program '%s' in the catalogue"), s->program);
	}
	for (size_t i = 0; i < s->n_exercises; i++) {
		const struct exercise_done *e = &s->exercises[i];
		if (!e->id)
			continue;
		const struct exercise *ex = catalog_exercise(cat, e->id);
		const struct ynode *at = ynode_get(e->node, "id");
		if (!ex && catalog_ladder(cat, e->id)) {
			yerr(c, at,
			     _("'%s' is a ladder; log the exercise you actually did (one of its "
			       "steps)"),
			     e->id);
		} else if (!ex) {
			const char *near = catalog_suggest_exercise(cat, e->id);
			if (near)
				yerr(c, at,
				     _("no exercise '%s' in the library (did you mean '%s'?)"),
				     e->id, near);
			else
				yerr(c, at, _("no exercise '%s' in the library"), e->id);
		} else if (!ex->seconds) {
			for (size_t j = 0; j < e->n_sets; j++)
				if (e->sets[j].reps > 100)
					yerr(c,
					     ynode_get(ynode_get(e->node, "sets")->kids[j], "reps"),
					     _("%d reps of '%s' in one set is more than 100"),
					     e->sets[j].reps, e->id);
		}
	}
	return yctx_errors(c) == before;
}
