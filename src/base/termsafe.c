/* termsafe.c - control and bidi characters, and bytes that are not UTF-8,
 * made visible on the way out. */
#define _GNU_SOURCE /* fopencookie */
#include "coach/termsafe.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Characters that change how a terminal shows what follows. */
static bool hidden(unsigned cp)
{
	return cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || /* C0, DEL, C1 */
	       cp == 0x061c || cp == 0x200e || cp == 0x200f ||		/* ALM, LRM, RLM */
	       (cp >= 0x202a && cp <= 0x202e) ||			/* embeddings, overrides */
	       (cp >= 0x2066 && cp <= 0x2069);				/* isolates */
}

static void show_byte(struct sbuf *out, unsigned char c)
{
	static const char hex[] = "0123456789abcdef";
	char b[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
	sbuf_add(out, b, 4);
}

/* The length of the UTF-8 sequence that starts with c (0: not a start). */
static size_t seq_len(unsigned char c)
{
	return c < 0x80			? 1
	       : c >= 0xc2 && c <= 0xdf ? 2
	       : c >= 0xe0 && c <= 0xef ? 3
	       : c >= 0xf0 && c <= 0xf4 ? 4
					: 0;
}

/* One whole candidate sequence s[0..n): shown as it is, as <U+XXXX>, or as bytes. */
static void emit(struct termsafe *t, const unsigned char *s, size_t n, struct sbuf *out)
{
	unsigned cp = s[0];
	if (n == 1) {
		if (cp == '\n' || cp == '\t')
			sbuf_puts(out, t->one_line ? (cp == '\n' ? "\\n" : "\\t")
						   : (cp == '\n' ? "\n" : "\t"));
		else if (hidden(cp))
			show_byte(out, (unsigned char)cp);
		else
			sbuf_putc(out, (char)cp);
		return;
	}
	cp &= 0x7f >> n;
	bool ok = true;
	for (size_t i = 1; i < n; i++) {
		ok = ok && (s[i] & 0xc0) == 0x80;
		cp = cp << 6 | (s[i] & 0x3f);
	}
	/* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
	if (ok && ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
		   (cp >= 0xd800 && cp <= 0xdfff)))
		ok = false;
	if (!ok) {
		for (size_t i = 0; i < n; i++)
			show_byte(out, s[i]);
	} else if (hidden(cp)) {
		sbuf_printf(out, "<U+%04X>", cp);
	} else {
		sbuf_add(out, (const char *)s, n);
	}
}

void termsafe_feed(struct termsafe *t, const char *s, size_t len, struct sbuf *out)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	while (p < end) {
		if (t->n) { /* complete the character the last call cut */
			size_t want = seq_len(t->pending[0]);
			while (t->n < want && p < end && (*p & 0xc0) == 0x80)
				t->pending[t->n++] = *p++;
			if (t->n < want && p == end)
				return;	   /* still not whole */
			if (t->n < want) { /* cut short by a byte that does not continue it */
				for (size_t i = 0; i < t->n; i++)
					show_byte(out, t->pending[i]);
			} else {
				emit(t, t->pending, t->n, out);
			}
			t->n = 0;
			continue;
		}
		/* printable ASCII runs go straight through */
		const unsigned char *q = p;
		while (q < end && *q >= 0x20 && *q < 0x7f)
			q++;
		if (q > p) {
			sbuf_add(out, (const char *)p, (size_t)(q - p));
			p = q;
			continue;
		}
		size_t n = seq_len(*p);
		if (n == 0) {
			show_byte(out, *p++);
			continue;
		}
		size_t have = 1;
		while (have < n && p + have < end && (p[have] & 0xc0) == 0x80)
			have++;
		if (have < n && p + have == end) { /* the rest comes in the next call */
			memcpy(t->pending, p, have);
			t->n = have;
			return;
		}
		if (have < n) {
			for (size_t i = 0; i < have; i++)
				show_byte(out, p[i]);
		} else {
			emit(t, p, n, out);
		}
		p += have;
	}
}

void termsafe_end(struct termsafe *t, struct sbuf *out)
{
	for (size_t i = 0; i < t->n; i++)
		show_byte(out, t->pending[i]);
	t->n = 0;
}

char *termsafe_line(const char *s)
{
	struct termsafe t = {.one_line = true};
	struct sbuf b = {0};
	termsafe_feed(&t, s, strlen(s), &b);
	termsafe_end(&t, &b);
	return b.s ? b.s : xstrdup("");
}

/* --- the filter in front of a descriptor ---------------------------------------- */

struct sink {
	int fd;
	struct termsafe t;
	struct sbuf b;
};

static bool write_all(int fd, const char *s, size_t len)
{
	while (len) {
		ssize_t w = write(fd, s, len);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		s += w;
		len -= (size_t)w;
	}
	return true;
}

static ssize_t sink_write(void *cookie, const char *buf, size_t size)
{
	struct sink *k = cookie;
	k->b.len = 0;
	termsafe_feed(&k->t, buf, size, &k->b);
	if (k->b.len && !write_all(k->fd, k->b.s, k->b.len))
		return -1;
	return (ssize_t)size;
}

static int sink_close(void *cookie)
{
	struct sink *k = cookie;
	k->b.len = 0;
	termsafe_end(&k->t, &k->b);
	bool ok = !k->b.len || write_all(k->fd, k->b.s, k->b.len);
	sbuf_free(&k->b);
	free(k);
	return ok ? 0 : -1;
}

/* The sinks live as long as the process (exit flushes the streams but does
 * not close them); kept here, so leak checkers see them reachable. */
static struct sink *sinks[2];

static FILE *filtered(int fd, int mode)
{
	struct sink *k = xcalloc(1, sizeof(*k));
	sinks[fd == STDERR_FILENO] = k;
	k->fd = fd;
	cookie_io_functions_t io = {.write = sink_write, .close = sink_close};
	FILE *fp = fopencookie(k, "w", io);
	if (!fp) {
		free(k);
		return NULL;
	}
	setvbuf(fp, NULL, mode, BUFSIZ);
	return fp;
}

/* The streams installed, and those they replaced: closed at exit, so every
 * byte is written and nothing is left allocated for a leak checker. */
static FILE *installed[2], *replaced[2];

static void uninstall(void)
{
	if (installed[0]) {
		fflush(installed[0]);
		stdout = replaced[0];
		fclose(installed[0]);
		installed[0] = NULL;
	}
	if (installed[1]) {
		fflush(installed[1]);
		stderr = replaced[1];
		fclose(installed[1]);
		installed[1] = NULL;
	}
}

bool termsafe_install(bool out, bool err)
{
	fflush(stdout);
	fflush(stderr);
	FILE *o = out ? filtered(STDOUT_FILENO, isatty(STDOUT_FILENO) ? _IOLBF : _IOFBF) : NULL;
	FILE *e = err ? filtered(STDERR_FILENO, _IOLBF) : NULL;
	if ((out && !o) || (err && !e)) {
		if (o)
			fclose(o);
		if (e)
			fclose(e);
		return false;
	}
	static bool registered;
	if (!registered && atexit(uninstall) == 0)
		registered = true;
	if (o) {
		replaced[0] = stdout;
		installed[0] = stdout = o;
	}
	if (e) {
		replaced[1] = stderr;
		installed[1] = stderr = e;
	}
	return true;
}
