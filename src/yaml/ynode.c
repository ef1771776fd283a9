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

#include "coach/i18n.h"
#include "coach/util.h"

const char *ynode_kind_name(enum ynode_kind k)
{
	switch (k) {
	case YNODE_SCALAR:
		return _("a single value");
	case YNODE_SEQ:
		return _("a list");
	case YNODE_MAP:
		return _("a mapping");
	}
	return "?";
}

const struct ynode *ynode_get_len(const struct ynode *m, const char *key, size_t len)
{
	if (!m || m->kind != YNODE_MAP)
		return NULL;
	for (size_t i = 0; i < m->n; i++) {
		const struct ynode *k = ynode_key(m, i);
		if (k->len == len && k->str[0] == key[0] && memcmp(k->str, key, len) == 0)
			return ynode_val(m, i);
	}
	return NULL;
}

bool ynode_is_null(const struct ynode *n)
{
	if (!n || n->kind != YNODE_SCALAR || !n->plain)
		return false;
	switch (n->len) {
	case 0:
		return true;
	case 1:
		return n->str[0] == '~';
	case 4:
		return strcmp(n->str, "null") == 0 || strcmp(n->str, "Null") == 0 ||
		       strcmp(n->str, "NULL") == 0;
	default:
		return false;
	}
}

/* The first byte of p[0..len) that is not allowed, with why (NULL: none).
 * Printable ASCII and newlines are passed eight bytes at a time; positions
 * are worked out only for a byte that is refused. */
static const char *utf8_scan(const unsigned char *p, size_t len, size_t *at)
{
	const unsigned char *start = p, *end = p + len;
	const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
	while (p < end) {
		while (end - p >= 8) {
			uint64_t x;
			memcpy(&x, p, 8);
			if (x & highs)
				break;
			/* every byte is below 0x80 here, so no sum carries into the next */
			uint64_t ge20 = (x + ones * 0x60) & highs;		      /* >= 0x20 */
			uint64_t not_nl = ((x ^ ones * 0x0a) + ones * 0x7f) & highs;  /* != \n */
			uint64_t not_del = ((x ^ ones * 0x7f) + ones * 0x7f) & highs; /* != 0x7f */
			if ((~ge20 & not_nl & highs) | (~not_del & highs))
				break;
			p += 8;
		}
		if (p >= end)
			break;
		unsigned char b = *p;
		size_t n;
		unsigned cp;
		if (b < 0x80) {
			if ((b < 0x20 && b != '\t' && b != '\r' && b != '\n') || b == 0x7f) {
				*at = (size_t)(p - start);
				return b == 0x1b ? _("escape character (terminal control sequence) "
						     "not allowed")
						 : _("control character not allowed");
			}
			p++;
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
			*at = (size_t)(p - start);
			return _("control character not allowed");
		}
		if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) {
			*at = (size_t)(p - start);
			return _("bidirectional control character not allowed");
		}
		p += n + 1;
	}
	return NULL;
bad:
	*at = (size_t)(p - start);
	return _("invalid UTF-8");
}

/* A span of the input: bytes [off, off + len) of the file, the first at
 * line, col.  The whole file for ystream_parse; the last bytes read for a
 * stream. */
struct ytext_span {
	const char *buf;
	size_t len, off;
	int line, col;
};

/* Move a position over n bytes of text (columns in characters). */
static void advance_pos(const char *buf, size_t n, int *line, int *col)
{
	int l = *line, c = *col;
	for (size_t i = 0; i < n; i++) {
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

/* The position of byte off of the file; false when it is not in the span. */
static bool span_pos(const struct ytext_span *t, size_t off, int *line, int *col)
{
	if (off < t->off || off - t->off > t->len)
		return false;
	*line = t->line;
	*col = t->col;
	advance_pos(t->buf, off - t->off, line, col);
	return true;
}

const char *utf8_check(const char *buf, size_t len, int *line, int *col)
{
	size_t at;
	const char *bad = utf8_scan((const unsigned char *)buf, len, &at);
	if (bad) {
		*line = 1;
		*col = 1;
		advance_pos(buf, at, line, col);
	}
	return bad;
}

/* The reading of a file in progress.  The children of every open
 * collection are kept on one stack (kids), each collection's from base[its
 * depth], and copied into the arena whole when it closes. */
struct builder {
	struct ystream *s;
	struct diags *d;
	const char *path;
	struct ynode *open[YNODE_MAX_DEPTH + 1];
	size_t base[YNODE_MAX_DEPTH + 1];
	struct ynode **kids;
	size_t n_kids, cap_kids;
	size_t docs_cap;  /* room in s->docs */
	size_t docs_seen; /* documents begun in the file */
	size_t max_docs;
	int depth;
	bool ok; /* false stops the parse */
};

static void b_error(struct builder *b, const yaml_mark_t *m, const char *msg)
{
	diags_add(b->d, b->path, (int)m->line + 1, (int)m->column + 1, "%s", msg);
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
		if (s->n_docs == b->docs_cap) {
			size_t cap = b->docs_cap ? 2 * b->docs_cap : 4;
			/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
			struct ynode **docs = arena_array(&s->arena, cap, sizeof(*docs));
			if (s->n_docs)
				/* NOLINTNEXTLINE(bugprone-sizeof-expression): pointers */
				memcpy(docs, s->docs, s->n_docs * sizeof(*docs));
			s->docs = docs;
			b->docs_cap = cap;
		}
		s->docs[s->n_docs++] = n;
		return;
	}
	if (b->n_kids == b->cap_kids)
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
		xgrow((void **)&b->kids, &b->cap_kids, b->n_kids + 1, sizeof(*b->kids));
	b->kids[b->n_kids++] = n;
}

static bool b_check_keys(struct builder *b, struct ynode **kids, size_t n)
{
	/* keys are at even indexes; refuse non-scalar and duplicate keys.  Small
	 * mappings (nearly all) are checked pairwise, without allocating. */
	struct strmap seen = {0};
	bool ok = true, big = n > 32;
	for (size_t i = 0; i < n; i += 2) {
		struct ynode *k = kids[i];
		if (k->kind != YNODE_SCALAR) {
			diags_add(b->d, b->path, k->line, k->col,
				  _("a key must be a single word, not %s"),
				  ynode_kind_name(k->kind));
			ok = false;
			continue;
		}
		struct ynode *prev = NULL;
		if (big) {
			prev = strmap_put(&seen, k->str, k);
		} else {
			for (size_t j = 0; j < i && !prev; j += 2)
				if (kids[j]->kind == YNODE_SCALAR && kids[j]->len == k->len &&
				    memcmp(kids[j]->str, k->str, k->len) == 0)
					prev = kids[j];
		}
		if (prev) {
			diags_add(b->d, b->path, k->line, k->col,
				  _("duplicate key '%s' (first at line %d)"), k->str, prev->line);
			ok = false;
		}
	}
	strmap_free(&seen);
	return ok;
}

static void b_close(struct builder *b)
{
	struct ynode *n = b->depth > 0 ? b->open[b->depth] : NULL;
	if (!n) /* libyaml never ends a collection it did not start */
		return;
	size_t from = b->base[b->depth], k = b->n_kids - from;
	struct ynode **kids = b->kids + from;
	if (n->kind == YNODE_MAP) {
		b_check_keys(b, kids, k); /* reported; the first of duplicate keys is used */
		n->n = k / 2;
	} else {
		n->n = k;
	}
	/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
	n->kids = arena_alloc_raw(&b->s->arena, k * sizeof(*n->kids));
	if (k)
		/* NOLINTNEXTLINE(bugprone-sizeof-expression): an array of pointers */
		memcpy(n->kids, kids, k * sizeof(*n->kids));
	b->n_kids = from;
	b->open[b->depth] = NULL;
	b->depth--;
	b_attach(b, n);
}

/* The byte at a 1-based line and column (in characters) if the span holds
 * it, or 0. */
static char char_at(const struct ytext_span *t, int line, int col)
{
	if (line < t->line || (line == t->line && col < t->col))
		return 0;
	size_t i = 0;
	const char *buf = t->buf;
	for (int l = t->line; l < line && i < t->len; i++)
		if (buf[i] == '\n')
			l++;
	for (int c = line == t->line ? t->col : 1; i < t->len; i++) {
		if (((unsigned char)buf[i] & 0xc0) == 0x80)
			continue;
		if (c++ == col)
			return buf[i];
	}
	return 0;
}

static void b_parser_error(struct builder *b, const yaml_parser_t *p, const struct ytext_span *t)
{
	int line, col;
	const char *problem = p->problem ? p->problem : _("malformed YAML");
	if (p->error == YAML_READER_ERROR) {
		if (!span_pos(t, p->problem_offset, &line, &col)) {
			line = (int)p->mark.line + 1;
			col = (int)p->mark.column + 1;
		}
	} else if (p->context && strstr(p->context, "flow")) {
		/* an unclosed [ or {: point at it, not at where the parser gave up */
		line = (int)p->context_mark.line + 1;
		col = (int)p->context_mark.column + 1;
	} else {
		line = (int)p->problem_mark.line + 1;
		col = (int)p->problem_mark.column + 1;
	}
	const char *hint = "";
	if (char_at(t, line, col) == '\t')
		hint = _("; YAML is indented with spaces, not tabs");
	else if (strstr(problem, "did not find expected key") ||
		 strstr(problem, "did not find expected '-'"))
		hint = _("; check the indentation of this line");
	else if (strstr(problem, "mapping values are not allowed"))
		hint = _("; check the indentation, or quote a value that holds ': '");
	if (p->context)
		diags_add(b->d, b->path, line, col, _("%s (%s at line %d)%s"), problem, p->context,
			  (int)p->context_mark.line + 1, hint);
	else
		diags_add(b->d, b->path, line, col, "%s%s", problem, hint);
	b->ok = false;
}

static void b_scalar(struct builder *b, const yaml_event_t *ev)
{
	const yaml_mark_t *m = &ev->start_mark;
	if (ev->data.scalar.anchor) {
		b_error(b, m, _("anchors (&name) are not allowed"));
		return;
	}
	if (ev->data.scalar.tag && !ev->data.scalar.plain_implicit &&
	    !ev->data.scalar.quoted_implicit) {
		b_error(b, m, _("tags (!name) are not allowed"));
		return;
	}
	if (ev->data.scalar.length > YNODE_MAX_SCALAR) {
		b_error(b, m, _("this value is too long (over 64 KiB)"));
		return;
	}
	/* only a double-quoted scalar can hold escapes ("\0", "\e"): every
	 * other byte was checked with the file */
	bool escaped = ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	if (escaped && memchr(ev->data.scalar.value, '\0', ev->data.scalar.length)) {
		b_error(b, m, _("NUL character not allowed"));
		return;
	}
	struct ynode *n = b_node(b, YNODE_SCALAR, m);
	n->str = arena_strndup(&b->s->arena, (const char *)ev->data.scalar.value,
			       ev->data.scalar.length);
	n->len = ev->data.scalar.length;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	/* a quoted string may carry escapes like "\e": check it again */
	int line, col;
	const char *bad_char;
	if (escaped && (bad_char = utf8_check(n->str, n->len, &line, &col))) {
		char msg[256];
		snprintf(msg, sizeof(msg), _("%s (written as an escape in this value)"), bad_char);
		b_error(b, m, msg);
		return;
	}
	b_attach(b, n);
}

/* One event into the tree; *done at the end of the stream. */
static void b_event(struct builder *b, const yaml_event_t *ev, bool *done)
{
	const yaml_mark_t *m = &ev->start_mark;
	switch (ev->type) {
	case YAML_STREAM_END_EVENT:
		*done = true;
		break;
	case YAML_DOCUMENT_START_EVENT:
		if (b->docs_seen++ >= b->max_docs)
			b_error(b, m, _("too many documents in one file"));
		break;
	case YAML_ALIAS_EVENT:
		b_error(b, m, _("aliases (*name) are not allowed; write the value out"));
		break;
	case YAML_SCALAR_EVENT:
		b_scalar(b, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT: {
		bool map = ev->type == YAML_MAPPING_START_EVENT;
		const yaml_char_t *anchor =
			map ? ev->data.mapping_start.anchor : ev->data.sequence_start.anchor;
		int implicit =
			map ? ev->data.mapping_start.implicit : ev->data.sequence_start.implicit;
		if (anchor) {
			b_error(b, m, _("anchors (&name) are not allowed"));
			break;
		}
		if (!implicit) {
			b_error(b, m, _("tags (!name) are not allowed"));
			break;
		}
		if (b->depth >= YNODE_MAX_DEPTH) {
			b_error(b, m, _("nested too deeply"));
			break;
		}
		b->depth++;
		b->open[b->depth] = b_node(b, map ? YNODE_MAP : YNODE_SEQ, m);
		b->base[b->depth] = b->n_kids;
		break;
	}
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b_close(b);
		break;
	default:
		break;
	}
}

bool ystream_parse(struct ystream *s, const char *path, const char *buf, size_t len,
		   struct diags *d)
{
	s->path = arena_strdup(&s->arena, path);
	size_t max = s->max_bytes ? s->max_bytes : YNODE_MAX_FILE;
	if (len > max) {
		diags_add(d, path, 0, 0, _("file is larger than %zu KiB"), max / 1024);
		return false;
	}
	int line, col;
	const char *bad = utf8_check(buf, len, &line, &col);
	if (bad) {
		diags_add(d, path, line, col, "%s", bad);
		return false;
	}

	struct builder b = {
		.s = s, .d = d, .path = s->path, .max_docs = YNODE_MAX_DOCS, .ok = true};
	struct ytext_span whole = {.buf = buf, .len = len, .line = 1, .col = 1};
	yaml_parser_t parser;
	if (!yaml_parser_initialize(&parser))
		die("libyaml: out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);

	bool done = false;
	while (!done && b.ok) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&parser, &ev)) {
			b_parser_error(&b, &parser, &whole);
			break;
		}
		b_event(&b, &ev, &done);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	free(b.kids);
	if (!b.ok) {
		s->docs = NULL;
		s->n_docs = 0;
	}
	return b.ok;
}

/* Open path for reading: a regular file of at most max bytes.  -1 with a
 * diagnostic otherwise; *size gets its size. */
static int open_regular(const char *path, size_t max, size_t *size, struct diags *d)
{
	/* O_NONBLOCK: a FIFO with no writer must not hang us before fstat refuses it */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		diags_add(d, path, 0, 0, _("cannot open: %s"), strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		diags_add(d, path, 0, 0, _("not a regular file"));
		return -1;
	}
	if ((size_t)st.st_size > max) {
		close(fd);
		diags_add(d, path, 0, 0, _("file is larger than %zu KiB"), max / 1024);
		return -1;
	}
	*size = (size_t)st.st_size;
	return fd;
}

bool ystream_load(struct ystream *s, const char *path, struct diags *d)
{
	size_t max = s->max_bytes ? s->max_bytes : YNODE_MAX_FILE, size;
	int fd = open_regular(path, max, &size, d);
	if (fd < 0) {
		s->path = arena_strdup(&s->arena, path);
		return false;
	}
	size_t cap = size + 1, len = 0;
	char *buf = xmalloc(cap);
	for (;;) {
		/* the size fstat gave is read: no need to ask again for the end */
		if (len == size && size > 0)
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
			diags_add(d, path, 0, 0, _("cannot read: %s"), strerror(errno));
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

/* --- one document at a time ------------------------------------------------ */

enum {
	YDOCS_CHUNK = 64 * 1024, /* bytes read at once */
	YDOCS_KEEP = 64 * 1024,	 /* bytes kept behind for positions and hints */
};

struct ydocs_src {
	struct ydocs *r;
	int fd;
	char *win; /* bytes [win_off, win_off + win_len) of the file, win[0] at win_line:win_col */
	size_t win_len, win_off;
	int win_line, win_col;
	size_t checked; /* bytes of win checked as UTF-8 */
	size_t given;	/* bytes of win handed to libyaml */
	size_t total, max;
	bool eof, failed;
	yaml_parser_t parser;
	struct builder b;
	size_t doc_index; /* the parser's character index where the document began */
	yaml_mark_t doc_mark;
};

static struct ytext_span src_span(const struct ydocs_src *p)
{
	return (struct ytext_span){.buf = p->win,
				   .len = p->win_len,
				   .off = p->win_off,
				   .line = p->win_line,
				   .col = p->win_col};
}

/* Read more of the file into the window, dropping what is far behind. */
static bool src_fill(struct ydocs_src *p)
{
	if (p->win_len > YDOCS_KEEP && p->given > YDOCS_KEEP) {
		size_t drop = p->given - YDOCS_KEEP;
		advance_pos(p->win, drop, &p->win_line, &p->win_col);
		memmove(p->win, p->win + drop, p->win_len - drop);
		p->win_len -= drop;
		p->win_off += drop;
		p->given -= drop;
		p->checked -= drop;
	}
	for (;;) {
		ssize_t n = read(p->fd, p->win + p->win_len, YDOCS_CHUNK);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && errno == EAGAIN) {
			/* a pipe opened without blocking: wait for it */
			int fl = fcntl(p->fd, F_GETFL);
			if (fl >= 0 && fcntl(p->fd, F_SETFL, fl & ~O_NONBLOCK) == 0)
				continue;
		}
		if (n < 0) {
			diags_add(p->b.d, p->b.path, 0, 0, _("cannot read: %s"), strerror(errno));
			return false;
		}
		if (n == 0) {
			p->eof = true;
			return true;
		}
		p->win_len += (size_t)n;
		p->total += (size_t)n;
		if (p->total > p->max) {
			diags_add(p->b.d, p->b.path, 0, 0, _("file is larger than %zu KiB"),
				  p->max / 1024);
			return false;
		}
		return true;
	}
}

/* Check the window's new bytes up to the last whole character. */
static bool src_check(struct ydocs_src *p)
{
	size_t end = p->win_len;
	if (!p->eof) {
		/* a character cut by the read waits for the rest of it */
		size_t k = 0;
		while (k < 3 && k < end - p->checked &&
		       ((unsigned char)p->win[end - 1 - k] & 0xc0) == 0x80)
			k++;
		if (k < end - p->checked) {
			unsigned char lead = (unsigned char)p->win[end - 1 - k];
			size_t need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
			if (need > k + 1)
				end -= k + 1;
		}
	}
	size_t at;
	const char *bad =
		utf8_scan((const unsigned char *)p->win + p->checked, end - p->checked, &at);
	if (bad) {
		int line = 0, col = 0;
		struct ytext_span t = src_span(p);
		span_pos(&t, p->win_off + p->checked + at, &line, &col);
		diags_add(p->b.d, p->b.path, line, col, "%s", bad);
		return false;
	}
	p->checked = end;
	return true;
}

static int src_read(void *data, unsigned char *buffer, size_t size, size_t *size_read)
{
	struct ydocs_src *p = data;
	*size_read = 0;
	if (p->failed)
		return 0;
	/* one document is bounded however long the file: a scalar cannot take the memory */
	if (p->parser.mark.index - p->doc_index > YNODE_MAX_FILE) {
		diags_add(p->b.d, p->b.path, (int)p->doc_mark.line + 1, (int)p->doc_mark.column + 1,
			  _("this document is larger than %d KiB"), YNODE_MAX_FILE / 1024);
		p->failed = true;
		return 0;
	}
	while (p->given == p->checked) {
		if (p->eof) {
			if (p->checked < p->win_len) {
				int line = 0, col = 0;
				struct ytext_span t = src_span(p);
				span_pos(&t, p->win_off + p->checked, &line, &col);
				diags_add(p->b.d, p->b.path, line, col, _("invalid UTF-8"));
				p->failed = true;
				return 0;
			}
			return 1; /* the end */
		}
		if (!src_fill(p) || !src_check(p)) {
			p->failed = true;
			return 0;
		}
	}
	size_t n = p->checked - p->given;
	n = n < size ? n : size;
	memcpy(buffer, p->win + p->given, n);
	p->given += n;
	*size_read = n;
	return 1;
}

bool ydocs_open(struct ydocs *r, const char *path, size_t max_bytes, struct diags *d)
{
	memset(r, 0, sizeof(*r));
	bool in = strcmp(path, "-") == 0;
	r->path = xstrdup(in ? "<stdin>" : path);
	r->doc.path = r->path;
	size_t size;
	int fd = in ? STDIN_FILENO : open_regular(path, max_bytes, &size, d);
	if (fd < 0)
		return false;
	struct ydocs_src *p = xcalloc(1, sizeof(*p));
	r->src = p;
	p->r = r;
	p->fd = fd;
	p->max = max_bytes;
	p->win = xmalloc(YDOCS_KEEP + 2 * YDOCS_CHUNK);
	p->win_line = p->win_col = 1;
	p->b = (struct builder){
		.s = &r->doc, .d = d, .path = r->path, .max_docs = SIZE_MAX, .ok = true};
	if (!yaml_parser_initialize(&p->parser))
		die("libyaml: out of memory");
	yaml_parser_set_input(&p->parser, src_read, p);
	yaml_parser_set_encoding(&p->parser, YAML_UTF8_ENCODING);
	return true;
}

bool ydocs_next(struct ydocs *r)
{
	struct ydocs_src *p = r->src;
	arena_free(&r->doc.arena);
	r->doc.docs = NULL;
	r->doc.n_docs = 0;
	r->doc.path = r->path;
	if (!p || r->done || !p->b.ok)
		return false;
	p->b.docs_cap = 0;
	while (p->b.ok && !r->done && r->doc.n_docs == 0) {
		yaml_event_t ev;
		if (!yaml_parser_parse(&p->parser, &ev)) {
			if (!p->failed) {
				struct ytext_span t = src_span(p);
				b_parser_error(&p->b, &p->parser, &t);
			}
			p->b.ok = false;
			break;
		}
		if (ev.type == YAML_DOCUMENT_START_EVENT) {
			p->doc_index = ev.start_mark.index;
			p->doc_mark = ev.start_mark;
		}
		b_event(&p->b, &ev, &r->done);
		yaml_event_delete(&ev);
	}
	if (!p->b.ok) {
		r->failed = true;
		r->doc.docs = NULL;
		r->doc.n_docs = 0;
		return false;
	}
	return r->doc.n_docs == 1;
}

void ydocs_close(struct ydocs *r)
{
	struct ydocs_src *p = r->src;
	if (p) {
		yaml_parser_delete(&p->parser);
		free(p->b.kids);
		free(p->win);
		if (p->fd != STDIN_FILENO)
			close(p->fd);
		free(p);
	}
	arena_free(&r->doc.arena);
	free(r->path);
	memset(r, 0, sizeof(*r));
}
