/* store_private.h - what the files of the store layer share, and no one else. */
#ifndef COACH_STORE_PRIVATE_H
#define COACH_STORE_PRIVATE_H

#include <sqlite3.h>
#include <stdio.h>

#include "coach/store.h"
#include "coach/util.h"

/* The log's connection, for the restore's own statements. */
sqlite3 *store_sqlite(struct store *st);

/* A CSV file read one record at a time (import.c). */
enum {
	MAX_RECORD = 1 << 20, /* bytes in one record, quotes and newlines included */
	MAX_FIELDS = 256,
	MAX_ERRORS = 20,
};

struct csv {
	FILE *fp;
	char sep;
	int line;      /* of the next byte */
	struct sbuf b; /* the record's fields, each NUL-terminated */
	size_t off[MAX_FIELDS];
	int col[MAX_FIELDS]; /* the column each field starts at */
	int n;
	int start_line;
};

/* One record (RFC 4180: quotes, doubled quotes, newlines in quotes).
 * Returns the number of fields, 0 at the end, -1 with *why on a problem. */
int csv_record(struct csv *c, const char **why, int *why_col);

#endif
