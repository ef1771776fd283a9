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

void *arena_alloc_new_block(struct arena *a, size_t want)
{
	if (want > ARENA_BLOCK) {
		/* a block of its own, behind the current one, whose room stays */
		struct arena_block *b = xmalloc(sizeof(*b) + want);
		b->size = b->used = want;
		if (a->head) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = NULL;
			a->head = b;
		}
		a->used += want;
		return b->data;
	}
	struct arena_block *b = xmalloc(sizeof(*b) + ARENA_BLOCK);
	b->size = ARENA_BLOCK;
	b->used = want;
	b->next = a->head;
	a->head = b;
	a->cur = (char *)b->data + want;
	a->lim = (char *)b->data + ARENA_BLOCK;
	a->used += want;
	return b->data;
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
	a->cur = a->lim = NULL;
}
