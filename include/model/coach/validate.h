/* validate.h - checking files of any coach format, as `coach validate` does.
 *
 * Catalogue files (programs, exercise libraries, the policy) are added to the
 * catalogue, so that references between them resolve; profile and session
 * files are checked against the finished catalogue.
 */
#ifndef COACH_VALIDATE_H
#define COACH_VALIDATE_H

#include <stddef.h>

#include "coach/catalog.h"

/* Check every path (a file, or every *.yaml below a directory).  cat holds
 * the context (the bundled catalogue, --programs directories) and gains the
 * catalogue files given.  today bounds session dates.  Every problem goes to
 * d; *files counts the files looked at.  Returns true when d gained nothing. */
bool validate_paths(struct catalog *cat, const char *const *paths, size_t n, int today,
		    struct diags *d, size_t *files);

#endif
