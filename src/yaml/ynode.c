#include "coach/ynode.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

#include "coach/util.h"

const char *ynode_kind_name(enum ynode_kind k)
{
	switch (k) {
	case YNODE_SCALAR:
		return "a single value";
	case YNODE_SEQ:
		return "a list";
	case YNODE_MAP:
		return "a mapping";
	}
	return "?";
}

const struct ynode *ynode_get(const struct ynode *m, const char *key)
{
	if (!m || m->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i < m->n; i++) {
		const char *k = ynode_key(m, i)->str;
		if (k[0] == key[0] && strcmp(k, key) == 0)
			return ynode_val(m, i);
	}
	return NULL;
}

bool ynode_is_null(const struct ynode *n)
{
	return n && n->kind == YNODE_SCALAR && n->plain &&
	       (n->len == 0 || strcmp(n->str, "~") == 0 || strcmp(n->str, "null") == 0 ||
		strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0);
}

const char *utf8_check(const char *buf, size_t len, int *line, int *col)
{
	const unsigned char *p = (const unsigned char *)buf, *end = p + len;
	int l = 1, c = 1;
	while (p < end) {
		unsigned char b = *p;
		size_t n;
		unsigned cp;
		/* the common case: a run of printable ASCII */
		if (b >= 0x20 && b < 0x7f) {
			const unsigned char *q = p + 1;
			/* eight bytes at a time while none is below 0x20 or above 0x7e */
			const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
			while (end - q >= 8) {
				uint64_t x;
				memcpy(&x, q, 8);
				if (((x - ones * 0x20) & ~x & highs) | (((x + ones) | x) & highs))
					break;
				q += 8;
			}
			while (q < end && *q >= 0x20 && *q < 0x7f)
				q++;
			c += (int)(q - p);
			p = q;
			continue;
		}
		if (b < 0x80) {
			if (b == '\n') {
				l++;
				c = 1;
				p++;
				continue;
			}
			if ((b < 0x20 && b != '\t' && b != '\r') || b == 0x7f) {
				*line = l;
				*col = c;
				return b == 0x1b ? "escape character (terminal control sequence) "
						   "not allowed"
						 : "control character not allowed";
			}
			p++;
			c++;
			continue;
		}
		if (b >= 0xc2 && b <= 0xdf) {
			n = 1;
			cp = b & 0x1f;
		} else if (b >= 0xe0 && b <= 0xef) {
			n = 2;
			cp = b & 0x0f;
		} else if (b >= 0xf0 && b <= 0xf4) {
			n = 3;
			cp = b & 0x07;
		} else {
			goto bad;
		}
		if ((size_t)(end - p) <= n)
			goto bad;
		for (size_t i = 1; i <= n; i++) {
			if ((p[i] & 0xc0) != 0x80)
				goto bad;
			cp = (cp << 6) | (p[i] & 0x3f);
		}
		if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) ||
		    (cp >= 0xd800 && cp <= 0xdfff))
			goto bad;
		if (cp >= 0x80 && cp <= 0x9f) {
			*line = l;
			*col = c;
			return "control character not allowed";
		}
		if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
			*line = l;
			*col = c;
			return "bidirectional control character not allowed";
		}
		p += n + 1;
		c++;
	}
	return NULL;
bad:
	*line = l;
	*col = c;
	return "invalid UTF-8";
}

/* Growable child list for one open container while parsing. */
struct frame {
	struct ynode *node;
	struct ynode **kids;
	size_t n, cap;
};

struct builder {
	struct ystream *s;
	struct diags *d;
	struct frame stack[YNODE_MAX_DEPTH + 1];
	int depth;
	bool ok; /* false stops the parse */
};

static void b_error(struct builder *b, const yaml_mark_t *m, const char *msg)
{
	diags_add(b->d, b->s->path, (int)m->line + 1, (int)m->column + 1, "%s", msg);
	b->ok = false;
}

static struct ynode *b_node(struct builder *b, enum ynode_kind kind, const yaml_mark_t *m)
{
	struct ynode *n = arena_alloc_raw(&b->s->arena, sizeof(*n));
	*n = (struct ynode){
		.kind = kind, .line = (int)m->line + 1, .col = (int)m->column + 1, .str = ""};
	return n;
}

static void b_attach(struct builder *b, struct ynode *n)
{
	if (b->depth == 0) {
		struct ystream *s = b->s;
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
		struct ynode **docs = arena_array(&s->arena, s->n_docs + 1, sizeof(*docs));
		if (s->n_docs)
			/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
			memcpy(docs, s->docs, s->n_docs * sizeof(*docs));
		docs[s->n_docs++] = n;
		s->docs = docs;
		return;
	}
	struct frame *f = &b->stack[b->depth];
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
	xgrow((void **)&f->kids, &f->cap, f->n + 1, sizeof(*f->kids));
	f->kids[f->n++] = n;
}

static bool b_check_keys(struct builder *b, struct frame *f)
{
	/* keys are at even indexes; refuse non-scalar and duplicate keys.  Small
	 * mappings (nearly all) are checked pairwise, without allocating. */
	struct strmap seen = {0};
	bool ok = true, big = f->n > 32;
	for (size_t i = 0; i < f->n; i += 2) {
		struct ynode *k = f->kids[i];
		if (k->kind != YNODE_SCALAR) {
			diags_add(b->d, b->s->path, k->line, k->col,
				  "a key must be a single word, not %s", ynode_kind_name(k->kind));
			ok = false;
			continue;
		}
		struct ynode *prev = NULL;
		if (big) {
			prev = strmap_put(&seen, k->str, k);
		} else {
			for (size_t j = 0; j < i && !prev; j += 2)
				if (f->kids[j]->kind == YNODE_SCALAR && f->kids[j]->len == k->len &&
				    memcmp(f->kids[j]->str, k->str, k->len) == 0)
					prev = f->kids[j];
		}
		if (prev) {
			diags_add(b->d, b->s->path, k->line, k->col,
				  "duplicate key '%s' (first at line %d)", k->str, prev->line);
			ok = false;
		}
	}
	strmap_free(&seen);
	return ok;
}

static void b_close(struct builder *b)
{
	struct frame *f = &b->stack[b->depth];
	struct ynode *n = f->node;
	if (!n) /* libyaml never ends a collection it did not start */
		return;
	if (n->kind == YNODE_MAP) {
		b_check_keys(b, f); /* reported; the first of duplicate keys is used */
		n->n = f->n / 2;
	} else {
		n->n = f->n;
	}
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
	n->kids = arena_alloc_raw(&b->s->arena, f->n * sizeof(*n->kids));
	if (f->n)
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
		memcpy(n->kids, f->kids, f->n * sizeof(*n->kids));
	f->n = 0;
	b->depth--;
	b_attach(b, n);
}

static void offset_to_pos(const char *buf, size_t off, size_t len, int *line, int *col)
{
	int l = 1, c = 1;
	for (size_t i = 0; i < off && i < len; i++) {
		if (buf[i] == '\n') {
			l++;
			c = 1;
		} else if (((unsigned char)buf[i] & 0xc0) != 0x80) {
			c++;
		}
	}
	*line = l;
	*col = c;
}

/* The byte at a 1-based line and column (in characters), or 0. */
static char char_at(const char *buf, size_t len, int line, int col)
{
	size_t i = 0;
	for (int l = 1; l < line && i < len; i++)
		if (buf[i] == '\n')
			l++;
	for (int c = 1; i < len; i++) {
		if (((unsigned char)buf[i] & 0xc0) == 0x80)
			continue;
		if (c++ == col)
			return buf[i];
	}
	return 0;
}

static void b_parser_error(struct builder *b, const yaml_parser_t *p, const char *buf, size_t len)
{
	int line, col;
	const char *problem = p->problem ? p->problem : "malformed YAML";
	if (p->error == YAML_READER_ERROR) {
		offset_to_pos(buf, p->problem_offset, len, &line, &col);
	} else if (p->context && strstr(p->context, "flow")) {
		/* an unclosed [ or {: point at it, not at where the parser gave up */
		line = (int)p->context_mark.line + 1;
		col = (int)p->context_mark.column + 1;
	} else {
		line = (int)p->problem_mark.line + 1;
		col = (int)p->problem_mark.column + 1;
	}
	const char *hint = "";
	if (char_at(buf, len, line, col) == '\t')
		hint = "; YAML is indented with spaces, not tabs";
	else if (strstr(problem, "did not find expected key") ||
		 strstr(problem, "did not find expected '-'"))
		hint = "; check the indentation of this line";
	else if (strstr(problem, "mapping values are not allowed"))
		hint = "; check the indentation, or quote a value that holds ': '";
	if (p->context)
		diags_add(b->d, b->s->path, line, col, "%s (%s at line %d)%s", problem, p->context,
			  (int)p->context_mark.line + 1, hint);
	else
		diags_add(b->d, b->s->path, line, col, "%s%s", problem, hint);
	b->ok = false;
}

bool ystream_parse(struct ystream *s, const char *path, const char *buf, size_t len,
		   struct diags *d)
{
	s->path = arena_strdup(&s->arena, path);
	size_t max = s->max_bytes ? s->max_bytes : YNODE_MAX_FILE;
	if (len > max) {
		diags_add(d, path, 0, 0, "file is larger than %zu KiB", max / 1024);
		return false;
	}
	int line, col;
	const char *bad = utf8_check(buf, len, &line, &col);
	if (bad) {
		diags_add(d, path, line, col, "%s", bad);
		return false;
	}

	struct builder b = {.s = s, .d = d, .ok = true};
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		die("libyaml: out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

	bool done = false;
	while (!done && b.ok) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			b_parser_error(&b, &parser, buf, len);
			break;
		}
		const yaml_mark_t *m = &ev.start_mark;
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = true;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (s->n_docs >= YNODE_MAX_DOCS)
				b_error(&b, m, "too many documents in one file");
			break;
		case YAML_ALIAS_EVENT:
			b_error(&b, m, "aliases (*name) are not allowed; write the value out");
			break;
		case YAML_SCALAR_EVENT: {
			if (ev.data.scalar.anchor) {
				b_error(&b, m, "anchors (&name) are not allowed");
				break;
			}
			if (ev.data.scalar.tag && !ev.data.scalar.plain_implicit &&
			    !ev.data.scalar.quoted_implicit) {
				b_error(&b, m, "tags (!name) are not allowed");
				break;
			}
			if (ev.data.scalar.length > YNODE_MAX_SCALAR) {
				b_error(&b, m, "this value is too long (over 64 KiB)");
				break;
			}
			/* only a double-quoted scalar can hold escapes ("\0", "\e"): every
			 * other byte was checked with the file */
			bool escaped = ev.data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
			if (escaped && memchr(ev.data.scalar.value, '\0', ev.data.scalar.length)) {
				b_error(&b, m, "NUL character not allowed");
				break;
			}
			struct ynode *n = b_node(&b, YNODE_SCALAR, m);
			n->str = arena_strndup(&s->arena, (const char *)ev.data.scalar.value,
					       ev.data.scalar.length);
			n->len = ev.data.scalar.length;
			n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
			/* a quoted string may carry escapes like "\e": check it again */
			const char *bad_char;
			if (escaped && (bad_char = utf8_check(n->str, n->len, &line, &col))) {
				char msg[128];
				snprintf(msg, sizeof(msg),
					 "%s (written as an escape in this value)", bad_char);
				b_error(&b, m, msg);
				break;
			}
			b_attach(&b, n);
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			bool map = ev.type == YAML_MAPPING_START_EVENT;
			const yaml_char_t *anchor =
				map ? ev.data.mapping_start.anchor : ev.data.sequence_start.anchor;
			int implicit = map ? ev.data.mapping_start.implicit
					   : ev.data.sequence_start.implicit;
			if (anchor) {
				b_error(&b, m, "anchors (&name) are not allowed");
				break;
			}
			if (!implicit) {
				b_error(&b, m, "tags (!name) are not allowed");
				break;
			}
			if (b.depth >= YNODE_MAX_DEPTH) {
				b_error(&b, m, "nested too deeply");
				break;
			}
			b.depth++;
			b.stack[b.depth].node = b_node(&b, map ? YNODE_MAP : YNODE_SEQ, m);
			b.stack[b.depth].n = 0;
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			b_close(&b);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	for (int i = 0; i <= YNODE_MAX_DEPTH; i++)
		free(b.stack[i].kids);
	if (!b.ok) {
		s->docs = NULL;
		s->n_docs = 0;
	}
	return b.ok;
}

bool ystream_load(struct ystream *s, const char *path, struct diags *d)
{
	/* O_NONBLOCK: a FIFO with no writer must not hang us before fstat refuses it */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		s->path = arena_strdup(&s->arena, path);
		diags_add(d, path, 0, 0, "cannot open: %s", strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		s->path = arena_strdup(&s->arena, path);
		diags_add(d, path, 0, 0, "not a regular file");
		return false;
	}
	size_t max = s->max_bytes ? s->max_bytes : YNODE_MAX_FILE;
	if ((size_t)st.st_size > max) {
		close(fd);
		s->path = arena_strdup(&s->arena, path);
		diags_add(d, path, 0, 0, "file is larger than %zu KiB", max / 1024);
		return false;
	}
	size_t cap = (size_t)st.st_size + 1, len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		/* the size fstat gave is read: no need to ask again for the end */
		if (len == (size_t)st.st_size && st.st_size > 0)
			break;
		if (len == cap) {
			if (cap > max)
				break;
			cap *= 2;
			buf = xrealloc(buf, cap);
		}
		ssize_t r = read(fd, buf + len, cap - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			diags_add(d, path, 0, 0, "cannot read: %s", strerror(errno));
			free(buf);
			close(fd);
			s->path = arena_strdup(&s->arena, path);
			return false;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	bool ok = ystream_parse(s, path, buf, len, d);
	free(buf);
	return ok;
}

void ystream_free(struct ystream *s)
{
	if (!s)
		return;
	arena_free(&s->arena);
	s->docs = NULL;
	s->n_docs = 0;
	s->path = NULL;
}
