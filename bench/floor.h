/* floor.h - the yardstick: libyaml's events over a set of files, nothing kept.
 * Shared by bench-load (in-process ratio) and yaml_floor (on its own). */
#ifndef COACH_BENCH_FLOOR_H
#define COACH_BENCH_FLOOR_H

#include <stddef.h>

/* CPU milliseconds of this process: steady on a busy machine. */
double now_ms(void);
/* Parse every file, only walking the events; returns how many, and the bytes read. */
size_t floor_walk(char **files, size_t n, size_t *bytes);

#endif
