/* calendar.h - the plan in any calendar: the planned sessions of the next
 * weeks as iCalendar (RFC 5545), written with libical, for a calendar to
 * show and to remind from (`coach plan --format ical`, w then c in the
 * coach).
 *
 * One VEVENT a planned session: its UID is the date's (coach-YYYYMMDD@coach),
 * so importing a newer file updates the events instead of doubling them;
 * DTSTAMP is when the file was made; the date, or the date and the
 * profile's train_at as a floating local time (18:00 wherever the person
 * is) lasting the session's estimate; SUMMARY "coach: day A, about 35 min";
 * and a VALARM to remind.  The words are in the person's language. */
#ifndef COACH_CALENDAR_H
#define COACH_CALENDAR_H

#include <time.h>

#include "coach/context.h"
#include "coach/profile.h"
#include "coach/program.h"
#include "coach/store.h"

/* How many weeks `coach plan --format ical` covers without --weeks, and the
 * most it takes. */
enum { CALENDAR_WEEKS = 4, CALENDAR_WEEKS_MAX = 52 };

/* The sessions planned from today for weeks weeks (moves included, the ones
 * done left out), as iCalendar text with CRLF line ends (caller frees); the
 * names from program files in it are made safe for a terminal already
 * (termsafe_line), so it may be written out as it is.  Made
 * at now (DTSTAMP).  NULL with *err (caller frees) when the log cannot be
 * read or libical fails. */
char *calendar_ical(struct ctx *x, const struct profile *prof, const struct program *p,
		    struct store *st, int today, int weeks, time_t now, char **err);

/* The file the interface writes: DATA_DIR/coach-plan.ics (caller frees). */
char *calendar_path(const struct ctx *x);

#endif
