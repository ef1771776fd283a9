#include "coach/crisis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "coach/doc.h"
#include "coach/i18n.h"

static const char *const file_keys[] = {"coach_crisis", "checked",  "message",
					"regions",	"contacts", NULL};
static const char *const region_keys[] = {"id", "name", "contacts", NULL};
static const char *const contact_keys[] = {"service",	"name",	   "how",   "number",
					   "text",	"url",	   "hours", "source",
					   "emergency", "checked", NULL};

static void read_contact(struct yctx *c, const struct ynode *m, struct crisis_contact *k)
{
	const struct ynode *x;
	k->checked = -1;
	if (!ymap(c, m, "a contact", contact_keys))
		return;
	/* 'name' is the same as 'service', for a person's own people */
	if ((x = ynode_get(m, "service")) || (x = ynode_get(m, "name")))
		ystr(c, x, "'service'", 80, &k->service);
	else
		yerr(c, m, "missing required key 'service' in a contact");
	static const char *const opt_keys[] = {"how", "number", "text", "url", "hours", "source"};
	static const size_t opt_max[] = {200, 40, 40, 120, 60, 200};
	const char **opt[] = {&k->how, &k->number, &k->text, &k->url, &k->hours, &k->source};
	for (size_t i = 0; i < sizeof(opt) / sizeof(opt[0]); i++) {
		char what[16];
		snprintf(what, sizeof(what), "'%s'", opt_keys[i]);
		if ((x = ynode_get(m, opt_keys[i])) && !ynode_is_null(x))
			ystr(c, x, what, opt_max[i], opt[i]);
	}
	if (!k->how && !k->number)
		yerr(c, m, "a contact needs 'how' (what to do) or a 'number'");
	if ((x = ynode_get(m, "emergency")))
		ybool(c, x, "'emergency'", &k->emergency);
	if ((x = ynode_get(m, "checked")))
		ydate(c, x, "'checked'", &k->checked);
}

static bool read_contacts(struct yctx *c, const struct ynode *v, struct crisis_contact **out,
			  size_t *n)
{
	if (!yseq(c, v, "'contacts'", 1))
		return false;
	*out = arena_array(c->arena, v->n, sizeof(**out));
	*n = v->n;
	for (size_t i = 0; i < v->n; i++)
		read_contact(c, v->kids[i], &(*out)[i]);
	return true;
}

bool crisis_read(struct yctx *c, const struct ynode *root, struct crisis *out)
{
	size_t before = yctx_errors(c);
	memset(out, 0, sizeof(*out));
	out->checked = -1;
	if (!ymap(c, root, "a crisis contacts file", file_keys))
		return false;
	const struct ynode *v;
	if ((v = ynode_get(root, "checked")))
		ydate(c, v, "'checked'", &out->checked);
	if ((v = ynode_get(root, "message")))
		ytext(c, v, "'message'", 1000, &out->message);
	if ((v = ynode_get(root, "regions")) && yseq(c, v, "'regions'", 1)) {
		if (!ynode_get(root, "checked"))
			yerr(c, root, "crisis regions need the date their numbers were 'checked'");
		out->regions = arena_array(c->arena, v->n, sizeof(*out->regions));
		out->n_regions = v->n;
		for (size_t i = 0; i < v->n; i++) {
			const struct ynode *m = v->kids[i], *x;
			struct crisis_region *r = &out->regions[i];
			if (!ymap(c, m, "a region", region_keys))
				continue;
			if ((x = yreq(c, m, "id", "a region")))
				yid(c, x, "'id'", &r->id);
			if ((x = yreq(c, m, "name", "a region")))
				ystr(c, x, "'name'", 60, &r->name);
			if ((x = yreq(c, m, "contacts", "a region")))
				read_contacts(c, x, &r->contacts, &r->n_contacts);
		}
	}
	if ((v = ynode_get(root, "contacts")))
		read_contacts(c, v, &out->own, &out->n_own);
	if (!ynode_get(root, "regions") && !ynode_get(root, "contacts"))
		yerr(c, root, "a crisis contacts file needs 'regions' or 'contacts'");
	return yctx_errors(c) == before;
}

/* The region for a country code, or NULL (then show every region). */
static const struct crisis_region *crisis_region(const struct crisis *cr, const char *country)
{
	if (!country)
		return NULL;
	for (size_t i = 0; i < cr->n_regions; i++)
		if (cr->regions[i].id && strcmp(cr->regions[i].id, country) == 0)
			return &cr->regions[i];
	return NULL;
}

const char *const crisis_translated[] = {
	N_("If you might act on thoughts of harming yourself, call your local emergency number "
	   "now. Talking to someone helps, and you do not have to wait until things get worse. "
	   "Here is who you can call."),
	N_("United States"),
	N_("Canada"),
	N_("United Kingdom"),
	N_("Ireland"),
	N_("Australia"),
	N_("Germany"),
	N_("European Union"),
	N_("Elsewhere"),
	N_("Emergency services"),
	N_("call 0800 111 0 111 or 0800 111 0 222, free and anonymous, 24/7; chat and mail at "
	   "telefonseelsorge.de"),
	N_("call 112 if you are in immediate danger"),
	N_("call 999 or 112 if you are in immediate danger"),
	N_("call 911 if you are in immediate danger"),
	N_("call 000 if you are in immediate danger"),
	N_("call 116 123, free from any phone, 24/7"),
	N_("befrienders.org lists the national helplines of many countries"),
	NULL,
};

bool crisis_same_numbers(const char *a, const char *b)
{
	for (;;) {
		while (*a && !(*a >= '0' && *a <= '9'))
			a++;
		while (*b && !(*b >= '0' && *b <= '9'))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		/* one run each: a number's groups ("0800 111") are runs of their own */
		while (*a >= '0' && *a <= '9' && *b == *a)
			a++, b++;
		if ((*a >= '0' && *a <= '9') || (*b >= '0' && *b <= '9'))
			return false;
	}
}

const char *crisis_words(const char *s)
{
	if (!s || !*s)
		return s;
	const char *t = gettext(s);
	return t != s && crisis_same_numbers(s, t) ? t : s;
}

/* TRANSLATORS: the first line is the title; each further line a paragraph */
const char *const crisis_about = N_(
	"What the coach can and cannot do\n"
	"The coach helps you train: it asks how you are, adjusts the session to the day, and "
	"keeps your record on this machine. In trials, strength training eased anxiety and low "
	"mood for many people, alongside care, not instead of it.\n"
	"It is not a treatment and it does not diagnose. Its questionnaires (the PHQ-9, the GAD-7 "
	"and their two-question forms) are published screening questions: a score says where you "
	"are on the scale, not what is wrong.\n"
	"It cannot call anyone, and it cannot notice an emergency. Nothing you enter leaves this "
	"machine, so nobody sees it unless you show them.\n"
	"Please see a doctor or a mental health professional if low mood or anxiety is there "
	"most days for two weeks or more, if it gets in the way of work, family or sleep, or if "
	"you have thoughts of harming yourself. If you might act on such thoughts, call your "
	"local emergency number now; 'coach crisis' (h in the coach) shows who to call.");

/* --- everything a person in crisis is shown ------------------------------------ */

/* Parse one crisis file (from a path, or from text when path is NULL) into
 * out; false when it cannot be used.  Its problems go to d. */
static bool load_one(struct ystream *s, const char *path, const char *text, const char *name,
		     struct crisis *out, struct diags *d)
{
	size_t before = d->len;
	bool ok = path ? ystream_load(s, path, d)
		       : text && ystream_parse(s, name, text, strlen(text), d);
	ok = ok && d->len == before;
	if (ok && s->n_docs != 1) {
		diags_add(d, s->path, 1, 1, "a crisis contacts file is one YAML document");
		ok = false;
	}
	if (ok) {
		struct yctx y;
		yctx_init(&y, s->path, d, &s->arena);
		enum doc_kind k;
		ok = doc_detect(&y, s->docs[0], &k);
		if (ok && k != DOC_CRISIS) {
			yerr(&y, s->docs[0], "this is a %s file, not crisis contacts",
			     doc_kind_names[k]);
			ok = false;
		}
		ok = ok && crisis_read(&y, s->docs[0], out);
	}
	return ok;
}

static void add_people(struct crisis_help *h, const struct sp_item *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct crisis_contact *k = &h->own[h->n_own++];
		memset(k, 0, sizeof(*k));
		k->checked = -1;
		k->service = v[i].text;
		k->number = v[i].number;
		k->how = v[i].number ? v[i].number : NULL;
	}
}

void crisis_help_load(struct crisis_help *h, const char *catalogue, const char *config_dir,
		      const char *country, struct diags *d)
{
	memset(h, 0, sizeof(*h));
	safety_plan_init(&h->plan);
	/* the files' problems in English here: no translated format (from a
	 * catalogue that may be broken or tampered with) is ever on the way to
	 * the numbers; they are said after them */
	bool was_english = i18n_is_english();
	i18n_english(true);
	char *path = catalogue ? xasprintf("%s/crisis-contacts.yaml", catalogue) : NULL;
	if (!path || !load_one(&h->src[0], path, NULL, NULL, &h->bundled, d)) {
		ystream_free(&h->src[0]);
		memset(&h->src[0], 0, sizeof(h->src[0]));
		h->builtin = true;
		if (!load_one(&h->src[0], NULL, crisis_builtin_yaml, "(built-in crisis contacts)",
			      &h->bundled, d))
			die("the built-in crisis contacts do not read"); /* a build error */
	}
	free(path);
	h->country = country ? arena_strdup(&h->src[0].arena, country) : NULL;
	h->region = crisis_region(&h->bundled, country);
	/* none named: the country of the locale the person reads in, when its
	 * lines are kept (de_DE -> de); any other stays "every region" */
	const char *cc = i18n_country();
	if (!country && cc) {
		char lower[3] = {(char)(cc[0] - 'A' + 'a'), (char)(cc[1] - 'A' + 'a'), '\0'};
		h->region = crisis_region(&h->bundled, lower);
		h->from_locale = h->region != NULL;
	}

	struct crisis own = {0};
	bool have_own = false;
	if (config_dir) {
		char *plan_path = xasprintf("%s/safety-plan.yaml", config_dir);
		if (access(plan_path, F_OK) == 0)
			h->have_plan = safety_plan_load(&h->plan, plan_path, d);
		free(plan_path);
		char *own_path = xasprintf("%s/crisis-contacts.yaml", config_dir);
		if (access(own_path, F_OK) == 0)
			have_own = load_one(&h->src[1], own_path, NULL, NULL, &own, d);
		free(own_path);
	}
	size_t cap = (h->have_plan ? h->plan.n[SP_PEOPLE] + h->plan.n[SP_PROFESSIONALS] : 0) +
		     (have_own ? own.n_own : 0);
	h->own = arena_array(&h->src[0].arena, cap ? cap : 1, sizeof(*h->own));
	if (h->have_plan) {
		add_people(h, h->plan.items[SP_PEOPLE], h->plan.n[SP_PEOPLE]);
		add_people(h, h->plan.items[SP_PROFESSIONALS], h->plan.n[SP_PROFESSIONALS]);
	}
	if (have_own)
		for (size_t i = 0; i < own.n_own; i++)
			h->own[h->n_own++] = own.own[i];
	i18n_english(was_english);
}

void crisis_help_free(struct crisis_help *h)
{
	ystream_free(&h->src[0]);
	ystream_free(&h->src[1]);
	safety_plan_free(&h->plan);
	memset(h, 0, sizeof(*h));
}

const struct crisis_region *crisis_help_region(const struct crisis_help *h, size_t i)
{
	if (h->region)
		return i == 0 ? h->region : NULL;
	return i < h->bundled.n_regions ? &h->bundled.regions[i] : NULL;
}
