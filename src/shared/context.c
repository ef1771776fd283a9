/* context.c - paths, catalogue, profile and log, opened the same way for
 * both front ends. */
#include "coach/context.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "coach/profile.h"
#include "coach/store.h"
#include "coach/util.h"

bool ctx_init(struct ctx *x, const char *home, const char *profile, char **cause)
{
	return paths_init(&x->paths, home, profile, cause);
}

void ctx_free(struct ctx *x)
{
	catalog_free(&x->cat);
	paths_free(&x->paths);
}

bool ctx_catalog(struct ctx *x, struct diags *d)
{
	if (x->cat_loaded)
		return x->cat_ok;
	x->cat_loaded = true;
	size_t first = d->len;
	catalog_add_dir(&x->cat, x->paths.catalogue, d);
	for (size_t i = 0; i < x->n_program_dirs; i++)
		catalog_add_dir(&x->cat, x->program_dirs[i], d);
	/* the user's own programs: a problem there leaves that file out */
	char *own = xasprintf("%s/programs", x->paths.data_dir);
	struct stat st;
	if (stat(own, &st) == 0 && S_ISDIR(st.st_mode))
		catalog_add_dir(&x->cat, own, d);
	catalog_check(&x->cat, d);
	if (!x->cat.has_policy)
		diags_add(d, x->paths.catalogue, 0, 0,
			  "no coaching policy (coach_policy) found in the catalogue");
	bool ok = true;
	size_t n = strlen(own);
	for (size_t i = first; i < d->len; i++) {
		if (strncmp(d->v[i].path, own, n) == 0 && d->v[i].path[n] == '/')
			x->own_problems++;
		else
			ok = false;
	}
	free(own);
	x->cat_ok = ok;
	return ok;
}

bool ctx_switch_program(const struct ctx *x, struct profile *prof, const char *id, int start,
			char **cause)
{
	struct diags d = {0};
	bool ok = profile_set(prof, "program", id, NULL, &d);
	if (!ok)
		*cause = xstrdup(d.len ? d.v[0].msg : "that program cannot be set");
	diags_free(&d);
	if (!ok)
		return false;
	prof->start = start;
	return profile_save(prof, x->paths.profile, cause);
}

bool ctx_has_profile(const struct ctx *x)
{
	struct stat st;
	return lstat(x->paths.profile, &st) == 0;
}

bool ctx_profile(const struct ctx *x, struct profile *out, struct diags *d)
{
	bool ok = profile_load(out, x->paths.profile, d);
	if (!ok)
		profile_free(out);
	return ok;
}

const struct program *ctx_program(const struct ctx *x, const struct profile *prof)
{
	return prof->program ? catalog_program(&x->cat, prof->program) : NULL;
}

bool ctx_store(const struct ctx *x, struct store **out, char **cause)
{
	return store_open(out, x->paths.database, cause);
}
