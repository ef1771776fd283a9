/* arena.h - bump allocation for everything a loaded file owns.
 *
 * A model read from a file (a program, the exercise library, a profile) keeps
 * its strings and arrays in one arena, so freeing the model is one call and a
 * half-read file can be dropped whole.  Allocation aborts on out-of-memory.
 */
#ifndef COACH_ARENA_H
#define COACH_ARENA_H

#include <stddef.h>
#include <string.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t used;	 /* bytes handed out, for benchmarks */
	char *cur, *lim; /* the free room of the current block */
};

/* Zero-initialised memory that lives until arena_free(). */
void *arena_alloc(struct arena *a, size_t size);
/* The same, not zeroed: for memory the caller fills in whole.  Inline:
 * reading a file makes one of these per YAML node and string. */
void *arena_alloc_new_block(struct arena *a, size_t want);
static inline void *arena_alloc_raw(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size_t want = size ? (size + align - 1) / align * align : align;
	if ((size_t)(a->lim - a->cur) < want)
		return arena_alloc_new_block(a, want);
	void *p = a->cur;
	a->cur += want;
	a->used += want;
	return p;
}
/* Array of n elements of size bytes each, zeroed; checks for overflow. */
void *arena_array(struct arena *a, size_t n, size_t size);
/* A NUL-terminated copy of s (or of its first len bytes). */
char *arena_strdup(struct arena *a, const char *s);
static inline char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = (char *)arena_alloc_raw(a, len + 1);
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}
/* Frees every block; the arena may be reused afterwards.  NULL is a no-op. */
void arena_free(struct arena *a);

#endif
