#include "coach/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "coach/util.h"

struct arena_block {
	struct arena_block *next;
	size_t size, used;
	max_align_t data[];
};

enum { ARENA_BLOCK = 16 * 1024 };

void *arena_alloc_raw(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size_t want = (size + align - 1) / align * align;
	if (want == 0)
		want = align;
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < want) {
		size_t cap = want > ARENA_BLOCK ? want : ARENA_BLOCK;
		b = xmalloc(sizeof(*b) + cap);
		b->size = cap;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	void *p = (char *)b->data + b->used;
	b->used += want;
	a->used += want;
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	void *p = arena_alloc_raw(a, size);
	memset(p, 0, size ? size : 1);
	return p;
}

void *arena_array(struct arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		die("arena: array too large");
	return arena_alloc(a, n * size);
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc_raw(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void arena_free(struct arena *a)
{
	if (!a)
		return;
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->used = 0;
}
