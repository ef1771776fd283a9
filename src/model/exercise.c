#include "coach/exercise.h"
#include "coach/i18n.h"

#include <string.h>

static const char *const file_keys[] = {"coach_exercises", "exercises", "ladders", NULL};
static const char *const exercise_keys[] = {
	"id",	   "name",   "pattern", "muscles", "equipment", "load",	   "lower_body",
	"measure", "phases", "cue",	"aliases", "action",	"demands", NULL};
static const char *const phase_keys[] = {"effort", "return", NULL};
static const char *const ladder_keys[] = {"id", "name", "pattern", "steps", NULL};
static const char *const measure_names[] = {"reps", "seconds", NULL};

static struct srcpos pos_of(struct yctx *c, const struct ynode *n)
{
	return (struct srcpos){c->path, n->line, n->col};
}

static bool read_exercise(struct yctx *c, const struct ynode *n, struct exercise *e)
{
	size_t before = yctx_errors(c);
	if (!ymap(c, n, N_("exercise"), exercise_keys))
		return false;
	e->pos = pos_of(c, n);
	const struct ynode *v;
	int k;
	if ((v = yreq(c, n, "id", N_("exercise"))))
		yid(c, v, "'id'", &e->id);
	if ((v = yreq(c, n, "name", N_("exercise"))))
		ystr(c, v, "'name'", 60, &e->name);
	if ((v = yreq(c, n, "pattern", N_("exercise"))) &&
	    yenum(c, v, "'pattern'", pattern_names, &k))
		e->pattern = (enum pattern)k;
	if ((v = yreq(c, n, "muscles", N_("exercise"))))
		yid_list(c, v, "'muscles'", &e->muscles, &e->n_muscles);
	if ((v = yreq(c, n, "equipment", N_("exercise"))) &&
	    yenum_bits(c, v, "'equipment'", equipment_names, &e->equipment) && v->n == 0)
		yerr(c, v, _("'equipment' is empty; write [bodyweight] when nothing is needed"));
	if ((v = yreq(c, n, "load", N_("exercise"))) && yenum(c, v, "'load'", load_kind_names, &k))
		e->load = (enum load_kind)k;
	if ((v = yreq(c, n, "lower_body", N_("exercise"))))
		ybool(c, v, "'lower_body'", &e->lower_body);
	e->seconds = e->load == LOAD_TIME;
	if ((v = ynode_get(n, "measure")) && yenum(c, v, "'measure'", measure_names, &k)) {
		e->seconds = k == 1;
		if (e->load == LOAD_TIME && !e->seconds)
			yerr(c, v, _("an exercise with load 'time' is measured in seconds"));
	}
	if ((v = yreq(c, n, "phases", N_("exercise"))) && ymap(c, v, "'phases'", phase_keys)) {
		const struct ynode *p;
		if ((p = yreq(c, v, "effort", "'phases'")))
			ystr(c, p, "'effort'", 60, &e->effort);
		if ((p = yreq(c, v, "return", "'phases'")))
			ystr(c, p, "'return'", 60, &e->ret);
	}
	if ((v = ynode_get(n, "cue")))
		ystr(c, v, "'cue'", 200, &e->cue);
	if ((v = ynode_get(n, "aliases")) && yseq(c, v, "'aliases'", 0)) {
		e->aliases = arena_array(c->arena, v->n, sizeof(*e->aliases));
		e->n_aliases = v->n;
		for (size_t i = 0; i < v->n; i++)
			ystr(c, v->kids[i], "an alias", 80, &e->aliases[i]);
	}
	if ((v = ynode_get(n, "action")))
		yid(c, v, "'action'", &e->action);
	if ((v = ynode_get(n, "demands")))
		yenum_bits(c, v, "'demands'", demand_names, &e->demands);
	return yctx_errors(c) == before;
}

static bool read_ladder(struct yctx *c, const struct ynode *n, struct ladder *l)
{
	size_t before = yctx_errors(c);
	if (!ymap(c, n, N_("ladder"), ladder_keys))
		return false;
	l->pos = pos_of(c, n);
	const struct ynode *v;
	int k;
	if ((v = yreq(c, n, "id", N_("ladder"))))
		yid(c, v, "'id'", &l->id);
	if ((v = ynode_get(n, "name")))
		ystr(c, v, "'name'", 60, &l->name);
	if ((v = yreq(c, n, "pattern", N_("ladder"))) &&
	    yenum(c, v, "'pattern'", pattern_names, &k))
		l->pattern = (enum pattern)k;
	if ((v = yreq(c, n, "steps", N_("ladder"))) && yseq(c, v, "'steps'", 2) &&
	    yid_list(c, v, "'steps'", &l->steps, &l->n_steps)) {
		l->step_at = arena_array(c->arena, v->n, sizeof(*l->step_at));
		for (size_t i = 0; i < v->n; i++)
			l->step_at[i] = ypos_of(v->kids[i]);
	}
	return yctx_errors(c) == before;
}

bool exercise_file_read(struct yctx *c, const struct ynode *root, struct exercise_file *out)
{
	size_t before = yctx_errors(c);
	memset(out, 0, sizeof(*out));
	if (!ymap(c, root, N_("an exercise library file"), file_keys))
		return false;
	const struct ynode *v;
	if ((v = ynode_get(root, "exercises")) && yseq(c, v, "'exercises'", 0)) {
		out->exercises = arena_array(c->arena, v->n, sizeof(*out->exercises));
		out->n_exercises = v->n;
		for (size_t i = 0; i < v->n; i++)
			read_exercise(c, v->kids[i], &out->exercises[i]);
	}
	if ((v = ynode_get(root, "ladders")) && yseq(c, v, "'ladders'", 0)) {
		out->ladders = arena_array(c->arena, v->n, sizeof(*out->ladders));
		out->n_ladders = v->n;
		for (size_t i = 0; i < v->n; i++)
			read_ladder(c, v->kids[i], &out->ladders[i]);
	}
	if (!ynode_get(root, "exercises") && !ynode_get(root, "ladders"))
		yerr(c, root, _("an exercise library file needs 'exercises' or 'ladders'"));
	return yctx_errors(c) == before;
}
