#include "coach/lapse_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/doc.h"
#include "coach/paths.h"
#include "coach/ynode.h"
#include "coach/text.h"
#include "coach/util.h"
#include "coach/yemit.h"

#include "coach/i18n.h"

const char *const lapse_plan_examples[] = {
	N_("If I miss a day, then I do the 10-minute version the next morning."),
	N_("If I feel too low to start, then I put my shoes on and walk for 10 minutes."),
	N_("If work runs late, then I move the session to the next free evening."), NULL};

char *lapse_plan_path(const char *config_dir)
{
	return xasprintf("%s/lapse-plan.yaml", config_dir);
}

void lapse_plan_init(struct lapse_plan *p)
{
	memset(p, 0, sizeof(*p));
	p->updated = -1;
}

static const char *const file_keys[] = {"coach_lapse_plan", "updated", "plan", NULL};

bool lapse_plan_read(struct yctx *c, const struct ynode *root, struct lapse_plan *out)
{
	size_t before = yctx_errors(c);
	lapse_plan_init(out);
	if (!ymap(c, root, N_("a lapse plan"), file_keys))
		return false;
	const struct ynode *v;
	if ((v = ynode_get(root, "updated")))
		ydate(c, v, "'updated'", &out->updated);
	const char *text = NULL;
	if ((v = ynode_get(root, "plan")) && !ynode_is_null(v) &&
	    ystr(c, v, "'plan'", LP_MAX_TEXT, &text)) {
		const char *why;
		if (!lapse_plan_set(out, text, &why))
			yerr(c, v, _("'plan': %s"), why);
	}
	return yctx_errors(c) == before;
}

static bool read_doc(struct yctx *y, const struct ynode *root, void *out)
{
	return lapse_plan_read(y, root, out);
}

bool lapse_plan_load(struct lapse_plan *p, const char *path, struct diags *d)
{
	lapse_plan_init(p);
	bool ok = doc_load_one(path, DOC_LAPSE_PLAN, read_doc, p, d);
	if (!ok)
		lapse_plan_init(p);
	return ok;
}

char *lapse_plan_to_yaml(const struct lapse_plan *p)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "coach_lapse_plan");
	yemit_int(e, 1);
	if (p->updated >= 0) {
		char d[11];
		date_format(p->updated, d);
		yemit_key(e, "updated");
		yemit_word(e, d);
	}
	yemit_key(e, "plan");
	if (p->text[0])
		yemit_str(e, p->text);
	else
		yemit_null(e);
	yemit_map_end(e);
	char *out;
	if (!yemit_finish(e, &out))
		die("cannot write the lapse plan as YAML");
	return out;
}

bool lapse_plan_save(const struct lapse_plan *p, const char *path, char **err)
{
	char *text = lapse_plan_to_yaml(p);
	bool ok = write_file_atomic(path, text, strlen(text), err);
	free(text);
	return ok;
}

bool lapse_plan_set(struct lapse_plan *p, const char *text, const char **why)
{
	size_t len = strlen(text);
	const char *t = text;
	while (*t == ' ' || *t == '\t')
		t++;
	int line, col;
	if (!*t)
		*why = N_("a plan cannot be empty");
	else if ((*why = utf8_check(text, len, &line, &col)))
		;
	else if (strchr(text, '\n') || strchr(text, '\r'))
		*why = N_("a plan is one line");
	else if (utf8_width(text) > LP_MAX_TEXT || len >= sizeof(p->text))
		*why = N_("a plan is at most 300 characters");
	if (*why)
		return false;
	memcpy(p->text, text, len + 1);
	return true;
}
