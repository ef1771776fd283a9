#include "coach/safety_plan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/doc.h"
#include "coach/paths.h"
#include "coach/yemit.h"
#include "coach/i18n.h"

#define SP_KEY(e, key, heading, prompt, num) key,
#define SP_HEADING(e, key, heading, prompt, num) heading,
#define SP_PROMPT(e, key, heading, prompt, num) prompt,
#define SP_NUM(e, key, heading, prompt, num) num,
const char *const sp_keys[] = {SP_SECTIONS(SP_KEY) NULL};
const char *const sp_headings[] = {SP_SECTIONS(SP_HEADING) NULL};
const char *const sp_prompts[] = {SP_SECTIONS(SP_PROMPT) NULL};
static const bool has_number[] = {SP_SECTIONS(SP_NUM)};

static bool sp_has_number(enum sp_section s)
{
	return has_number[s];
}

void safety_plan_init(struct safety_plan *p)
{
	memset(p, 0, sizeof(*p));
	p->updated = -1;
}

void safety_plan_free(struct safety_plan *p)
{
	arena_free(&p->arena);
	safety_plan_init(p);
}

bool safety_plan_empty(const struct safety_plan *p)
{
	for (int s = 0; s < SP_COUNT; s++)
		if (p->n[s])
			return false;
	return true;
}

int sp_section_of(const char *key)
{
	for (int s = 0; s < SP_COUNT; s++)
		if (strcmp(sp_keys[s], key) == 0)
			return s;
	return -1;
}

/* --- reading ------------------------------------------------------------------- */

static const char *const file_keys[] = {
	"coach_safety_plan", "updated", "warning_signs", "coping",
	"distractions",	     "people",	"professionals", "safe_environment",
	"reasons",	     NULL};
static const char *const person_keys[] = {"name", "number", NULL};

static void read_section(struct yctx *c, const struct ynode *v, enum sp_section s,
			 struct safety_plan *out)
{
	char what[48];
	snprintf(what, sizeof(what), "'%s'", sp_keys[s]);
	if (ynode_is_null(v) || !yseq(c, v, what, 0))
		return;
	if (v->n > SP_MAX_ITEMS) {
		yerr(c, v, _("%s has %zu entries; a plan keeps at most %d in one section"), what,
		     v->n, SP_MAX_ITEMS);
		return;
	}
	out->items[s] = arena_array(&out->arena, v->n ? v->n : 1, sizeof(struct sp_item));
	for (size_t i = 0; i < v->n; i++) {
		const struct ynode *m = v->kids[i], *x;
		struct sp_item it = {0};
		if (!sp_has_number(s) || m->kind == YNODE_SCALAR) {
			/* a person may be written as one line: "Sam: 07700 900123" */
			if (!ystr(c, m, what, SP_MAX_TEXT, &it.text))
				continue;
			if (sp_has_number(s)) {
				const char *colon = strchr(it.text, ':');
				if (colon) {
					const char *num = colon + 1;
					while (*num == ' ')
						num++;
					it.number = *num ? arena_strdup(c->arena, num) : NULL;
					it.text = arena_strndup(c->arena, it.text,
								(size_t)(colon - it.text));
				}
			}
		} else {
			if (!ymap(c, m, N_("a person"), person_keys))
				continue;
			if ((x = yreq(c, m, "name", N_("a person"))) &&
			    !ystr(c, x, "'name'", SP_MAX_TEXT, &it.text))
				continue;
			if ((x = ynode_get(m, "number")) && !ynode_is_null(x) &&
			    !ystr(c, x, "'number'", SP_MAX_NUMBER, &it.number))
				continue;
			if (!it.text)
				continue;
		}
		out->items[s][out->n[s]++] = it;
	}
}

bool safety_plan_read(struct yctx *c, const struct ynode *root, struct safety_plan *out)
{
	size_t before = yctx_errors(c);
	safety_plan_init(out);
	if (!ymap(c, root, N_("a safety plan"), file_keys))
		return false;
	/* strings are read into the yctx arena; the plan owns a copy */
	struct yctx local = *c;
	local.arena = &out->arena;
	const struct ynode *v;
	if ((v = ynode_get(root, "updated")))
		ydate(&local, v, "'updated'", &out->updated);
	for (int s = 0; s < SP_COUNT; s++)
		if ((v = ynode_get(root, sp_keys[s])))
			read_section(&local, v, (enum sp_section)s, out);
	c->n_near = local.n_near;
	return yctx_errors(c) == before;
}

static bool read_doc(struct yctx *y, const struct ynode *root, void *out)
{
	return safety_plan_read(y, root, out);
}

bool safety_plan_load(struct safety_plan *p, const char *path, struct diags *d)
{
	safety_plan_init(p);
	bool ok = doc_load_one(path, DOC_SAFETY_PLAN, read_doc, p, d);
	if (!ok)
		safety_plan_free(p);
	return ok;
}

/* --- writing ------------------------------------------------------------------- */

void safety_plan_emit_sections(struct yemit *e, const struct safety_plan *p)
{
	for (int s = 0; s < SP_COUNT; s++) {
		yemit_key(e, sp_keys[s]);
		yemit_seq(e);
		for (size_t i = 0; i < p->n[s]; i++) {
			const struct sp_item *it = &p->items[s][i];
			if (sp_has_number((enum sp_section)s)) {
				yemit_map_flow(e);
				yemit_key(e, "name");
				yemit_str(e, it->text);
				yemit_key(e, "number");
				if (it->number)
					yemit_str(e, it->number);
				else
					yemit_null(e);
				yemit_map_end(e);
			} else {
				yemit_str(e, it->text);
			}
		}
		yemit_seq_end(e);
	}
}

char *safety_plan_to_yaml(const struct safety_plan *p)
{
	struct yemit *e = yemit_new();
	yemit_map(e);
	yemit_key(e, "coach_safety_plan");
	yemit_int(e, 1);
	if (p->updated >= 0) {
		char d[11];
		date_format(p->updated, d);
		yemit_key(e, "updated");
		yemit_word(e, d);
	}
	safety_plan_emit_sections(e, p);
	yemit_map_end(e);
	char *out;
	if (!yemit_finish(e, &out))
		die("cannot write the safety plan as YAML");
	return out;
}

bool safety_plan_save(const struct safety_plan *p, const char *path, char **err)
{
	char *text = safety_plan_to_yaml(p);
	bool ok = write_file_atomic(path, text, strlen(text), err);
	free(text);
	return ok;
}

/* --- editing ------------------------------------------------------------------- */

/* Check one entry typed by the person: one line, printable, at most
 * SP_MAX_TEXT characters.  NULL when fine, else what is wrong. */
static const char *sp_check_text(const char *text)
{
	size_t len = strlen(text);
	const char *t = text;
	while (*t == ' ' || *t == '\t')
		t++;
	if (!*t)
		return _("an entry cannot be empty");
	int line, col;
	const char *bad = utf8_check(text, len, &line, &col);
	if (bad)
		return bad;
	if (strchr(text, '\n') || strchr(text, '\r'))
		return _("an entry is one line");
	if (utf8_width(text) > SP_MAX_TEXT)
		return _("an entry is at most 300 characters");
	return NULL;
}

static bool make_item(struct safety_plan *p, enum sp_section s, const char *text,
		      struct sp_item *out, const char **why)
{
	if ((*why = sp_check_text(text)))
		return false;
	while (*text == ' ')
		text++;
	size_t len = strlen(text);
	while (len && text[len - 1] == ' ')
		len--;
	out->number = NULL;
	const char *colon = sp_has_number(s) ? memchr(text, ':', len) : NULL;
	if (colon) {
		const char *num = colon + 1;
		while (*num == ' ')
			num++;
		size_t name_len = (size_t)(colon - text);
		while (name_len && text[name_len - 1] == ' ')
			name_len--;
		if (!name_len) {
			*why = _("write the name before the colon: \"Sam: 07700 900123\"");
			return false;
		}
		size_t num_len = len - (size_t)(num - text);
		if (num_len > SP_MAX_NUMBER) {
			*why = _("a number is at most 40 characters");
			return false;
		}
		out->text = arena_strndup(&p->arena, text, name_len);
		out->number = num_len ? arena_strndup(&p->arena, num, num_len) : NULL;
	} else {
		out->text = arena_strndup(&p->arena, text, len);
	}
	return true;
}

bool sp_add(struct safety_plan *p, enum sp_section s, const char *text, const char **why)
{
	if (p->n[s] >= SP_MAX_ITEMS) {
		*why = _("a section keeps at most 20 entries");
		return false;
	}
	struct sp_item it;
	if (!make_item(p, s, text, &it, why))
		return false;
	struct sp_item *v = arena_array(&p->arena, p->n[s] + 1, sizeof(*v));
	if (p->n[s])
		memcpy(v, p->items[s], p->n[s] * sizeof(*v));
	v[p->n[s]++] = it;
	p->items[s] = v;
	return true;
}

bool sp_replace(struct safety_plan *p, enum sp_section s, size_t i, const char *text,
		const char **why)
{
	if (i >= p->n[s]) {
		*why = _("there is no such entry");
		return false;
	}
	struct sp_item it;
	if (!make_item(p, s, text, &it, why))
		return false;
	p->items[s][i] = it;
	return true;
}

void sp_remove(struct safety_plan *p, enum sp_section s, size_t i)
{
	if (i >= p->n[s])
		return;
	memmove(&p->items[s][i], &p->items[s][i + 1], (p->n[s] - i - 1) * sizeof(struct sp_item));
	p->n[s]--;
}

void sp_clear_section(struct safety_plan *p, enum sp_section s)
{
	p->n[s] = 0;
}

const char *sp_item_text(const struct sp_item *it, char *buf, size_t size)
{
	if (it->number)
		snprintf(buf, size, "%s: %s", it->text, it->number);
	else
		snprintf(buf, size, "%s", it->text);
	return buf;
}
