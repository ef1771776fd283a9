#include "coach/validate.h"

#include <stdlib.h>
#include <sys/stat.h>

#include "coach/doc.h"
#include "coach/profile.h"
#include "coach/lapse_plan.h"
#include "coach/safety_plan.h"
#include "coach/session.h"
#include "coach/i18n.h"

/* A profile or session file, checked once the catalogue is complete. */
struct pending {
	struct ystream s;
	enum doc_kind kind;
};

struct run {
	struct catalog *cat;
	struct diags *d;
	struct pending *pend;
	size_t n_pend, cap;
	size_t files;
};

static void check_profile(struct run *r, struct pending *p, struct yctx *y)
{
	if (p->s.n_docs != 1) {
		yerr(y, p->s.docs[1], _("a profile holds one document"));
		return;
	}
	struct profile prof;
	profile_defaults(&prof);
	prof.src.path = p->s.path;
	if (profile_read(&prof, p->s.docs[0], r->d) && prof.program &&
	    !catalog_program(r->cat, prof.program)) {
		const char *near = catalog_suggest_program(r->cat, prof.program);
		const struct ynode *at = ynode_get(p->s.docs[0], "program");
		if (near)
			yerr(y, at, _("no program '%s' in the catalogue (did you mean '%s'?)"),
			     prof.program, near);
		else
			yerr(y, at, _("no program '%s' in the catalogue"), prof.program);
	}
	arena_free(&prof.src.arena);
}

static void check_sessions(struct run *r, struct pending *p, struct yctx *y, int today)
{
	for (size_t i = 0; i < p->s.n_docs; i++) {
		enum doc_kind k;
		if (!doc_detect(y, p->s.docs[i], &k))
			continue;
		if (k != DOC_SESSION) {
			yerr(y, p->s.docs[i],
			     _("a file of sessions holds only coach_session documents"));
			continue;
		}
		struct session s;
		if (session_read(y, p->s.docs[i], today, &s))
			session_check(y, &s, r->cat);
	}
}

static void add_path(struct run *r, const char *path)
{
	r->files++;
	if (catalog_has_file(r->cat, path))
		return; /* already read as part of the context; its problems are in d */
	struct pending p = {0};
	if (!ystream_load(&p.s, path, r->d)) {
		ystream_free(&p.s);
		return;
	}
	struct yctx y;
	yctx_init(&y, p.s.path, r->d, &p.s.arena);
	if (p.s.n_docs == 0) {
		yerr(&y, NULL, _("file is empty (no YAML document in it)"));
		ystream_free(&p.s);
		return;
	}
	if (!doc_detect(&y, p.s.docs[0], &p.kind)) {
		ystream_free(&p.s);
		return;
	}
	if (p.kind == DOC_SAFETY_PLAN) {
		struct safety_plan plan;
		safety_plan_read(&y, p.s.docs[0], &plan); /* problems are in d */
		safety_plan_free(&plan);
		ystream_free(&p.s);
		return;
	}
	if (p.kind == DOC_LAPSE_PLAN) {
		struct lapse_plan plan;
		lapse_plan_read(&y, p.s.docs[0], &plan); /* problems are in d */
		ystream_free(&p.s);
		return;
	}
	if (p.kind == DOC_PROFILE || p.kind == DOC_SESSION) {
		xgrow((void **)&r->pend, &r->cap, r->n_pend + 1, sizeof(*r->pend));
		r->pend[r->n_pend++] = p;
		return;
	}
	ystream_free(&p.s);
	catalog_add_file(r->cat, path, r->d);
}

bool validate_paths(struct catalog *cat, const char *const *paths, size_t n, int today,
		    struct diags *d, size_t *files)
{
	size_t before = d->len;
	struct run r = {.cat = cat, .d = d};
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			char **list;
			size_t k;
			yaml_files_below(paths[i], &list, &k, d);
			if (k == 0)
				diags_add(d, paths[i], 0, 0,
					  _("no *.yaml files in this directory"));
			for (size_t j = 0; j < k; j++) {
				add_path(&r, list[j]);
				free(list[j]);
			}
			free(list);
		} else {
			add_path(&r, paths[i]);
		}
	}
	catalog_check(cat, d);
	for (size_t i = 0; i < r.n_pend; i++) {
		struct yctx y;
		yctx_init(&y, r.pend[i].s.path, d, &r.pend[i].s.arena);
		if (r.pend[i].kind == DOC_PROFILE)
			check_profile(&r, &r.pend[i], &y);
		else
			check_sessions(&r, &r.pend[i], &y, today);
		ystream_free(&r.pend[i].s);
	}
	free(r.pend);
	*files = r.files;
	return d->len == before;
}
