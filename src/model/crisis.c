#include "coach/crisis.h"

#include <string.h>

static const char *const file_keys[] = {"coach_crisis", "checked",  "message",
					"regions",	"contacts", NULL};
static const char *const region_keys[] = {"id", "name", "contacts", NULL};
static const char *const contact_keys[] = {"service", "how", "source", NULL};

static bool read_contacts(struct yctx *c, const struct ynode *v, struct crisis_contact **out,
			  size_t *n)
{
	if (!yseq(c, v, "'contacts'", 1))
		return false;
	*out = arena_array(c->arena, v->n, sizeof(**out));
	*n = v->n;
	for (size_t i = 0; i < v->n; i++) {
		const struct ynode *m = v->kids[i], *x;
		struct crisis_contact *k = &(*out)[i];
		if (!ymap(c, m, "a contact", contact_keys))
			continue;
		if ((x = yreq(c, m, "service", "a contact")))
			ystr(c, x, "'service'", 80, &k->service);
		if ((x = yreq(c, m, "how", "a contact")))
			ystr(c, x, "'how'", 200, &k->how);
		if ((x = ynode_get(m, "source")))
			ystr(c, x, "'source'", 200, &k->source);
	}
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

const struct crisis_region *crisis_region(const struct crisis *cr, const char *country)
{
	if (!country)
		return NULL;
	for (size_t i = 0; i < cr->n_regions; i++)
		if (cr->regions[i].id && strcmp(cr->regions[i].id, country) == 0)
			return &cr->regions[i];
	return NULL;
}
