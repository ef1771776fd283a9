#include "coach/policy.h"
#include "coach/i18n.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct field {
	const char *section, *key;
	size_t offset;
	double min, max;
};

#define POLICY_ROW(sec, k, lo, hi) {#sec, #k, offsetof(struct policy, sec##_##k), lo, hi},
static const struct field fields[] = {POLICY_FIELDS(POLICY_ROW)};
#undef POLICY_ROW

#define POLICY_SECTION_NAME(sec) #sec,
static const char *const section_names[] = {"coach_policy",
					    POLICY_SECTIONS(POLICY_SECTION_NAME) NULL};
#undef POLICY_SECTION_NAME

bool policy_read(struct yctx *c, const struct ynode *root, struct policy *out)
{
	size_t before = yctx_errors(c);
	memset(out, 0, sizeof(*out));
	if (!ymap(c, root, N_("the coaching policy"), section_names))
		return false;
	out->pos = (struct srcpos){c->path, root->line, root->col};
	for (const char *const *sec = section_names + 1; *sec; sec++) {
		const struct ynode *m = yreq(c, root, *sec, N_("the coaching policy"));
		if (!m)
			continue;
		/* this section's keys, plus a free-text 'source' */
		const char *keys[16];
		size_t nk = 0;
		for (size_t i = 0; i < ARRAY_LEN(fields); i++)
			if (strcmp(fields[i].section, *sec) == 0 && nk < ARRAY_LEN(keys) - 2)
				keys[nk++] = fields[i].key;
		keys[nk++] = "source";
		keys[nk] = NULL;
		char what[96];
		snprintf(what, sizeof(what), _("policy section '%s'"), *sec);
		if (!ymap(c, m, what, keys))
			continue;
		const struct ynode *src = ynode_get(m, "source");
		const char *ignored;
		if (src)
			ytext(c, src, "'source'", 1000, &ignored);
		for (size_t i = 0; i < ARRAY_LEN(fields); i++) {
			if (strcmp(fields[i].section, *sec) != 0)
				continue;
			const struct ynode *v = yreq(c, m, fields[i].key, what);
			char name[64];
			snprintf(name, sizeof(name), "'%s'", fields[i].key);
			/* offset is offsetof() a double of struct policy: no cast
			 * between representations (cppcheck sees char and double) */
			/* cppcheck-suppress invalidPointerCast */
			double *field = (double *)((char *)out + fields[i].offset);
			if (v)
				ynum(c, v, name, fields[i].min, fields[i].max, field);
		}
	}
	if (yctx_errors(c) == before && out->short_sleep_from_h > out->short_sleep_to_h)
		yerr(c, ynode_get(ynode_get(root, "short_sleep"), "from_h"),
		     _("short_sleep 'from_h' is above 'to_h'"));
	if (yctx_errors(c) == before && out->long_time_off_gap_days <= out->time_off_gap_days)
		yerr(c, ynode_get(ynode_get(root, "long_time_off"), "gap_days"),
		     _("long_time_off 'gap_days' must be above time_off 'gap_days'"));
	if (yctx_errors(c) == before && out->evidence_min_sessions > out->evidence_last_sessions)
		yerr(c, ynode_get(ynode_get(root, "evidence"), "min_sessions"),
		     _("evidence 'min_sessions' is above 'last_sessions' (it could never be "
		       "shown)"));
	const struct ynode *ex = ynode_get(root, "experiment");
	if (yctx_errors(c) == before && out->experiment_min_pairs > out->experiment_max_pairs)
		yerr(c, ynode_get(ex, "min_pairs"),
		     _("experiment 'min_pairs' is above 'max_pairs'"));
	if (yctx_errors(c) == before &&
	    (out->experiment_hard_rir_min > out->experiment_hard_rir_max ||
	     out->experiment_easy_rir_min > out->experiment_easy_rir_max))
		yerr(c, ynode_get(ex, "hard_rir_min"),
		     _("experiment: each arm's RIR 'min' must not be above its 'max'"));
	if (yctx_errors(c) == before &&
	    out->experiment_hard_rir_max >= out->experiment_easy_rir_min)
		yerr(c, ynode_get(ex, "hard_rir_max"),
		     _("experiment 'hard_rir_max' must be below 'easy_rir_min' (the arms must "
		       "differ)"));
	return yctx_errors(c) == before;
}
