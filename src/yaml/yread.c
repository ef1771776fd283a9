#include "coach/yread.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/util.h"
#include "coach/i18n.h"

void yctx_init(struct yctx *c, const char *path, struct diags *d, struct arena *a)
{
	memset(c, 0, sizeof(*c));
	c->path = path;
	c->d = d;
	c->start = d->len;
	c->arena = a;
}

struct ypos ypos_of(const struct ynode *n)
{
	return n ? (struct ypos){n->line, n->col} : (struct ypos){0, 0};
}

void yerr_at(struct yctx *c, struct ypos at, const char *fmt, ...)
{
	if (yctx_errors(c) >= YREAD_MAX_ERRORS)
		return;
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(c->d, c->path, at.line, at.col, fmt, ap);
	va_end(ap);
}

size_t yctx_errors(const struct yctx *c)
{
	return c->d->len - c->start;
}

void yerr(struct yctx *c, const struct ynode *n, const char *fmt, ...)
{
	size_t k = yctx_errors(c);
	if (k > YREAD_MAX_ERRORS)
		return;
	if (k == YREAD_MAX_ERRORS) {
		diags_add(c->d, c->path, n ? n->line : 0, n ? n->col : 0,
			  _("too many errors; stopping here"));
		return;
	}
	va_list ap;
	va_start(ap, fmt);
	diags_vadd(c->d, c->path, n ? n->line : 0, n ? n->col : 0, fmt, ap);
	va_end(ap);
}

/* what names a key as the file writes it ('sets'), or a thing in words
 * (N_("a set") where it is named): shown in the person's language. */
static const char *W(const char *what)
{
	return what && what[0] && what[0] != '\'' ? _(what) : what;
}

/* A short rendering of a scalar for messages. */
static const char *shown(const struct ynode *n, char *buf, size_t size)
{
	if (n->kind != YNODE_SCALAR)
		return ynode_kind_name(n->kind);
	if (n->len + 3 > size)
		snprintf(buf, size, "'%.*s...'", (int)(size - 8), n->str);
	else
		snprintf(buf, size, "'%s'", n->str);
	return buf;
}

bool ymap(struct yctx *c, const struct ynode *n, const char *what, const char *const *allowed)
{
	what = W(what);
	if (!n || n->kind != YNODE_MAP) {
		if (n && ynode_is_null(n))
			yerr(c, n, _("%s is empty; it must be a mapping of keys to values"), what);
		else
			yerr(c, n, _("%s must be a mapping of keys to values, not %s"), what,
			     n ? ynode_kind_name(n->kind) : _("nothing"));
		return false;
	}
	for (size_t i = 0; i < n->n; i++) {
		const struct ynode *k = ynode_key(n, i);
		bool ok = false;
		for (const char *const *a = allowed; *a; a++)
			if ((*a)[0] == k->str[0] && strcmp(*a, k->str) == 0) {
				ok = true;
				break;
			}
		if (ok)
			continue;
		const char *near = did_you_mean(k->str, allowed);
		if (near && !ynode_get(n, near) && c->n_near < ARRAY_LEN(c->near)) {
			c->near[c->n_near].map = n;
			c->near[c->n_near++].key = near;
		}
		if (near)
			yerr(c, k, _("unknown key '%s' in %s (did you mean '%s'?)"), k->str, what,
			     near);
		else
			yerr(c, k, _("unknown key '%s' in %s"), k->str, what);
	}
	return true;
}

const struct ynode *yreq(struct yctx *c, const struct ynode *map, const char *key, const char *what)
{
	what = W(what);
	const struct ynode *v = ynode_get(map, key);
	if (v)
		return v;
	for (size_t i = 0; i < c->n_near; i++)
		if (c->near[i].map == map && strcmp(c->near[i].key, key) == 0)
			return NULL; /* the misspelt key was reported with this name */
	yerr(c, map, _("missing required key '%s' in %s"), key, what);
	return NULL;
}

const struct ynode *ykey_node(const struct ynode *m, const char *key)
{
	if (m && m->kind == YNODE_MAP)
		for (size_t i = 0; i < m->n; i++)
			if (strcmp(ynode_key(m, i)->str, key) == 0)
				return ynode_key(m, i);
	return m;
}

bool yseq(struct yctx *c, const struct ynode *n, const char *what, size_t min)
{
	what = W(what);
	if (ynode_is_null(n)) {
		yerr(c, n, _("%s is empty; it needs %s"), what,
		     min ? _("at least one entry") : _("a list like [a, b]"));
		return false;
	}
	if (n->kind != YNODE_SEQ) {
		yerr(c, n, _("%s must be a list, not %s"), what, ynode_kind_name(n->kind));
		return false;
	}
	if (n->n < min) {
		if (min == 1)
			yerr(c, n, _("%s is empty; it needs at least one entry"), what);
		else
			yerr(c, n, _("%s needs at least %zu entries"), what, min);
		return false;
	}
	return true;
}

static bool scalar(struct yctx *c, const struct ynode *n, const char *what, const char *kind)
{
	what = W(what);
	if (n->kind != YNODE_SCALAR) {
		yerr(c, n, _("%s must be %s, not %s"), what, kind, ynode_kind_name(n->kind));
		return false;
	}
	if (ynode_is_null(n)) {
		yerr(c, n, _("%s is empty; it must be %s"), what, kind);
		return false;
	}
	return true;
}

/* A quoted value that would be right without its quotes. */
static bool wrongly_quoted(struct yctx *c, const struct ynode *n, const char *what, bool ok_plain)
{
	what = W(what);
	if (n->plain || !ok_plain)
		return false;
	yerr(c, n, _("%s is the quoted text \"%s\"; remove the quotes"), what, n->str);
	return true;
}

/* Plain decimal: -?digits(.digits)? ; no hex, exponents, inf or nan. */
static bool decimal(const char *s, bool allow_fraction)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!isdigit((unsigned char)*s))
		return false;
	while (isdigit((unsigned char)*s))
		s++;
	if (*s == '.' && allow_fraction) {
		s++;
		if (!isdigit((unsigned char)*s))
			return false;
		while (isdigit((unsigned char)*s))
			s++;
	}
	return *s == '\0';
}

bool yint(struct yctx *c, const struct ynode *n, const char *what, long min, long max, long *out)
{
	what = W(what);
	char b[48];
	if (!scalar(c, n, what, _("a whole number")))
		return false;
	if (wrongly_quoted(c, n, what, decimal(n->str, false)))
		return false;
	if (!n->plain || !decimal(n->str, false) || n->len > 12) {
		yerr(c, n, _("%s must be a whole number from %ld to %ld, got %s"), what, min, max,
		     shown(n, b, sizeof(b)));
		return false;
	}
	long v = strtol(n->str, NULL, 10);
	if (v < min || v > max) {
		yerr(c, n, _("%s is %ld; it must be from %ld to %ld"), what, v, min, max);
		return false;
	}
	*out = v;
	return true;
}

static void fmt_num(char *buf, size_t size, double v)
{
	snprintf(buf, size, "%.10g", v);
}

bool ynum(struct yctx *c, const struct ynode *n, const char *what, double min, double max,
	  double *out)
{
	what = W(what);
	char b[48], lo[32], hi[32];
	if (!scalar(c, n, what, _("a number")))
		return false;
	if (wrongly_quoted(c, n, what, decimal(n->str, true)))
		return false;
	/* the bounds are written out only for a message: snprintf of a double
	 * costs more than the rest of the check */
	if (!n->plain || !decimal(n->str, true) || n->len > 24) {
		fmt_num(lo, sizeof(lo), min);
		fmt_num(hi, sizeof(hi), max);
		yerr(c, n, _("%s must be a number from %s to %s, got %s"), what, lo, hi,
		     shown(n, b, sizeof(b)));
		return false;
	}
	double v = strtod(n->str, NULL);
	if (!(v >= min && v <= max)) {
		fmt_num(lo, sizeof(lo), min);
		fmt_num(hi, sizeof(hi), max);
		yerr(c, n, _("%s is %s; it must be from %s to %s"), what, n->str, lo, hi);
		return false;
	}
	*out = v;
	return true;
}

bool ybool(struct yctx *c, const struct ynode *n, const char *what, bool *out)
{
	what = W(what);
	char b[48];
	if (!scalar(c, n, what, _("true or false")))
		return false;
	if (wrongly_quoted(c, n, what, strcmp(n->str, "true") == 0 || strcmp(n->str, "false") == 0))
		return false;
	if (n->plain && (strcmp(n->str, "true") == 0 || strcmp(n->str, "True") == 0)) {
		*out = true;
		return true;
	}
	if (n->plain && (strcmp(n->str, "false") == 0 || strcmp(n->str, "False") == 0)) {
		*out = false;
		return true;
	}
	yerr(c, n, _("%s must be true or false, got %s"), what, shown(n, b, sizeof(b)));
	return false;
}

static size_t utf8_chars(const char *s)
{
	size_t k = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			k++;
	return k;
}

static bool text(struct yctx *c, const struct ynode *n, const char *what, size_t maxlen,
		 bool one_line, const char **out)
{
	what = W(what);
	if (n->kind == YNODE_SCALAR && (n->len == 0 || ynode_is_null(n))) {
		yerr(c, n, _("%s is empty"), what);
		return false;
	}
	if (!scalar(c, n, what, _("text")))
		return false;
	if (one_line && n->str[strcspn(n->str, "\r\n")] != '\0') {
		yerr(c, n, _("%s must be one line"), what);
		return false;
	}
	size_t k = utf8_chars(n->str);
	if (k > maxlen) {
		yerr(c, n, _("%s is %zu characters long; at most %zu are allowed"), what, k,
		     maxlen);
		return false;
	}
	*out = arena_strndup(c->arena, n->str, n->len);
	return true;
}

bool ystr(struct yctx *c, const struct ynode *n, const char *what, size_t maxlen, const char **out)
{
	what = W(what);
	return text(c, n, what, maxlen, true, out);
}

bool ytext(struct yctx *c, const struct ynode *n, const char *what, size_t maxlen, const char **out)
{
	what = W(what);
	return text(c, n, what, maxlen, false, out);
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > 48 || s[0] == '-')
		return false;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
			return false;
	return true;
}

bool yid(struct yctx *c, const struct ynode *n, const char *what, const char **out)
{
	what = W(what);
	char b[64];
	if (!scalar(c, n, what, _("an id")))
		return false;
	if (!valid_id(n->str)) {
		yerr(c, n,
		     _("%s %s is not a valid id (lower-case letters, digits and '-', at most 48)"),
		     what, shown(n, b, sizeof(b)));
		return false;
	}
	*out = arena_strndup(c->arena, n->str, n->len);
	return true;
}

bool yenum(struct yctx *c, const struct ynode *n, const char *what, const char *const *names,
	   int *out)
{
	what = W(what);
	char b[64];
	if (!scalar(c, n, what, _("one word")))
		return false;
	for (int i = 0; names[i]; i++)
		if (strcmp(names[i], n->str) == 0) {
			*out = i;
			return true;
		}
	struct sbuf list = {0};
	for (int i = 0; names[i]; i++) {
		if (i)
			sbuf_puts(&list, names[i + 1] ? ", " : _(" or "));
		sbuf_puts(&list, names[i]);
	}
	const char *near = did_you_mean(n->str, names);
	if (near)
		yerr(c, n, _("%s %s is not one of %s (did you mean '%s'?)"), what,
		     shown(n, b, sizeof(b)), sbuf_str(&list), near);
	else
		yerr(c, n, _("%s %s is not one of %s"), what, shown(n, b, sizeof(b)),
		     sbuf_str(&list));
	sbuf_free(&list);
	return false;
}

bool ydate(struct yctx *c, const struct ynode *n, const char *what, int *out)
{
	what = W(what);
	char b[64];
	if (!scalar(c, n, what, _("a date")))
		return false;
	int d;
	int y, mo, da;
	char tail;
	if (!date_parse(n->str, &d) && strlen(n->str) == 10 &&
	    sscanf(n->str, "%4d-%2d-%2d%c", &y, &mo, &da, &tail) == 3) {
		yerr(c, n, _("%s %s is not a real date"), what, n->str);
		return false;
	}
	if (!date_parse(n->str, &d)) {
		yerr(c, n, _("%s must be a date like 2026-11-23, got %s"), what,
		     shown(n, b, sizeof(b)));
		return false;
	}
	if (d < DATE_MIN || d > DATE_MAX) {
		yerr(c, n, _("%s %s is out of range (2000-01-01 to 2199-12-31)"), what, n->str);
		return false;
	}
	*out = d;
	return true;
}

bool yid_list(struct yctx *c, const struct ynode *n, const char *what, const char ***out,
	      size_t *n_out)
{
	what = W(what);
	if (n->kind == YNODE_SCALAR && !ynode_is_null(n)) {
		yerr(c, n, _("%s must be a list like [a, b]"), what);
		return false;
	}
	if (ynode_is_null(n)) {
		*out = NULL;
		*n_out = 0;
		return true;
	}
	if (!yseq(c, n, what, 0))
		return false;
	const char **v = arena_array(c->arena, n->n, sizeof(*v));
	bool ok = true;
	for (size_t i = 0; i < n->n; i++) {
		if (!yid(c, n->kids[i], what, &v[i])) {
			ok = false;
			continue;
		}
		for (size_t j = 0; j < i; j++)
			if (v[j] && strcmp(v[j], v[i]) == 0) {
				yerr(c, n->kids[i], _("%s lists '%s' twice"), what, v[i]);
				ok = false;
			}
	}
	*out = v;
	*n_out = n->n;
	return ok;
}

bool yenum_bits(struct yctx *c, const struct ynode *n, const char *what, const char *const *names,
		unsigned *bits)
{
	what = W(what);
	*bits = 0;
	if (ynode_is_null(n))
		return true;
	if (n->kind != YNODE_SEQ) {
		yerr(c, n, _("%s must be a list like [a, b]"), what);
		return false;
	}
	bool ok = true;
	for (size_t i = 0; i < n->n; i++) {
		int k;
		if (!yenum(c, n->kids[i], what, names, &k)) {
			ok = false;
			continue;
		}
		if (*bits & (1u << k)) {
			yerr(c, n->kids[i], _("%s lists '%s' twice"), what, names[k]);
			ok = false;
		}
		*bits |= 1u << k;
	}
	return ok;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

bool ynum_list(struct yctx *c, const struct ynode *n, const char *what, double min, double max,
	       bool repeats, double **out, size_t *n_out)
{
	what = W(what);
	if (ynode_is_null(n)) {
		*out = NULL;
		*n_out = 0;
		return true;
	}
	if (n->kind != YNODE_SEQ) {
		yerr(c, n, _("%s must be a list of numbers like [2, 4, 6]"), what);
		return false;
	}
	double *v = arena_array(c->arena, n->n, sizeof(*v));
	bool ok = true;
	for (size_t i = 0; i < n->n; i++)
		if (!ynum(c, n->kids[i], what, min, max, &v[i]))
			ok = false;
	if (!ok)
		return false;
	qsort(v, n->n, sizeof(*v), cmp_double);
	for (size_t i = 1; i < n->n && !repeats; i++)
		if (fabs(v[i] - v[i - 1]) < 1e-9) {
			yerr(c, n, _("%s lists %g twice"), what, v[i]);
			return false;
		}
	*out = v;
	*n_out = n->n;
	return true;
}
