#include "coach/doc.h"
#include "coach/i18n.h"

#include <string.h>

#define DOC_KEY(e, key, what) key,
#define DOC_WHAT(e, key, what) what,
static const char *const doc_version_keys[] = {DOC_KINDS(DOC_KEY) NULL};
const char *const doc_kind_names[] = {DOC_KINDS(DOC_WHAT) NULL};

bool doc_detect(struct yctx *c, const struct ynode *root, enum doc_kind *out)
{
	if (!root || root->kind != YNODE_MAP) {
		yerr(c, root,
		     _("not a coach file: expected a mapping that starts with a version key "
		       "such as 'coach_program: 1'"));
		return false;
	}
	for (size_t i = 0; i < root->n; i++) {
		const struct ynode *k = ynode_key(root, i);
		for (int d = 0; d < DOC_COUNT; d++) {
			if (strcmp(k->str, doc_version_keys[d]) != 0)
				continue;
			const struct ynode *v = ynode_val(root, i);
			if (!(v->kind == YNODE_SCALAR && v->plain && strcmp(v->str, "1") == 0)) {
				yerr(c, v, _("'%s' is %s; this coach reads format version 1"),
				     k->str, v->kind == YNODE_SCALAR ? v->str : _("not a number"));
				return false;
			}
			*out = (enum doc_kind)d;
			return true;
		}
	}
	for (size_t i = 0; i < root->n; i++) {
		const struct ynode *k = ynode_key(root, i);
		const char *near = did_you_mean(k->str, doc_version_keys);
		if (near) {
			yerr(c, k, _("unknown key '%s' (did you mean '%s'?)"), k->str, near);
			return false;
		}
	}
	yerr(c, root,
	     _("not a coach file: no version key (coach_program, coach_exercises, "
	       "coach_policy, coach_crisis, coach_profile, coach_session, coach_safety_plan or "
	       "coach_lapse_plan)"));
	return false;
}

bool doc_load_one(const char *path, enum doc_kind want, doc_read_fn *read, void *out,
		  struct diags *d)
{
	struct ystream s = {0};
	size_t before = d->len;
	bool ok = ystream_load(&s, path, d) && d->len == before;
	if (ok && s.n_docs != 1) {
		diags_add(d, path, 1, 1, _("a %s is one YAML document"), _(doc_kind_names[want]));
		ok = false;
	}
	if (ok) {
		struct yctx y;
		yctx_init(&y, s.path, d, &s.arena);
		enum doc_kind k;
		ok = doc_detect(&y, s.docs[0], &k);
		if (ok && k != want) {
			yerr(&y, s.docs[0], _("this is a %s file, not a %s"), _(doc_kind_names[k]),
			     _(doc_kind_names[want]));
			ok = false;
		}
		ok = ok && read(&y, s.docs[0], out);
	}
	ystream_free(&s);
	return ok;
}
