/* calendar.c - the planned sessions as iCalendar, written with libical. */
#include "coach/calendar.h"

#include <libical/ical.h>
#include <stdlib.h>
#include <string.h>

#include "coach/clock.h"
#include "coach/i18n.h"
#include "coach/rx.h"
#include "coach/schedule.h"
#include "coach/termsafe.h"
#include "coach/util.h"
#include "config.h"

/* When the reminder goes off: before a session at the profile's train_at,
 * and, on a day without a time, at this hour of the day itself. */
enum { REMIND_BEFORE_MIN = 30, REMIND_DAY_HOUR = 9 };

static struct icaltimetype ical_date(int days)
{
	int y, m, d;
	date_civil(days, &y, &m, &d);
	struct icaltimetype t = icaltime_null_date();
	t.year = y;
	t.month = m;
	t.day = d;
	return t;
}

static icalcomponent *session_event(int date, const char *day, int minutes, int train_at,
				    const char *program, time_t now)
{
	int y, m, d;
	date_civil(date, &y, &m, &d);
	char uid[64], summary[160];
	snprintf(uid, sizeof(uid), "coach-%04d%02d%02d@coach", y, m, d);
	snprintf(summary, sizeof(summary), _("coach: day %s, about %d min"), day, minutes);
	icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
	icalcomponent_add_property(ev, icalproperty_new_uid(uid));
	icalcomponent_add_property(ev, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(
					       now, 0, icaltimezone_get_utc_timezone())));
	struct icaltimetype start = ical_date(date), end;
	if (train_at >= 0) {
		/* a floating time: the hour where the person is, no time zone */
		start.is_date = 0;
		start.hour = train_at / 60;
		start.minute = train_at % 60;
		start.second = 0;
		end = icaltime_add(start, icaldurationtype_from_int(minutes * 60));
	} else {
		end = ical_date(date + 1);
	}
	icalcomponent_add_property(ev, icalproperty_new_dtstart(start));
	icalcomponent_add_property(ev, icalproperty_new_dtend(end));
	icalcomponent_add_property(ev, icalproperty_new_summary(summary));
	char *desc = xasprintf(_("%s, day %s. Open coach for the session: it adjusts it to how you "
				 "are that day."),
			       program, day);
	icalcomponent_add_property(ev, icalproperty_new_description(desc));
	free(desc);
	icalcomponent_add_property(ev, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));

	icalcomponent *alarm = icalcomponent_new(ICAL_VALARM_COMPONENT);
	icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
	icalcomponent_add_property(alarm, icalproperty_new_description(summary));
	struct icaltriggertype trig = {.time = icaltime_null_time()};
	trig.duration = icaldurationtype_from_int(train_at >= 0 ? -REMIND_BEFORE_MIN * 60
								: REMIND_DAY_HOUR * 3600);
	icalcomponent_add_property(alarm, icalproperty_new_trigger(trig));
	icalcomponent_add_component(ev, alarm);
	return ev;
}

char *calendar_ical(struct ctx *x, const struct profile *prof, const struct program *p,
		    struct store *st, int today, int weeks, time_t now, char **err)
{
	icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
	icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
	icalcomponent_add_property(
		cal, icalproperty_new_prodid("-//coach//coach " COACH_VERSION "//EN"));
	icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
	icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
	struct rx *rx = xmalloc(sizeof(*rx));
	bool ok = true;
	int end = today + 7 * weeks;
	for (int monday = date_monday(today); ok && monday < end; monday += 7) {
		struct plan_week w;
		if (!schedule_plan(st, prof, p, monday, today, &w)) {
			*err = xasprintf(_("cannot read the log: %s"), store_error(st));
			ok = false;
			break;
		}
		for (int i = 0; i < 7; i++) {
			const struct plan_day *d = &w.days[i];
			if (d->date < today || d->date >= end || d->status != DAY_PLANNED)
				continue;
			struct rx_input in = {.cat = &x->cat,
					      .prof = prof,
					      .program = p,
					      .st = st,
					      .date = d->date};
			rx_prescribe(&in, rx);
			/* a finished program, or a day the prescription has none */
			if (!rx->day || rx->finished)
				continue;
			/* names from program files: any control character shown as
			 * text (termsafe), since the file goes to a terminal too */
			char *day = termsafe_line(rx->day->name), *name = termsafe_line(p->name);
			icalcomponent_add_component(cal, session_event(d->date, day, rx->est_min,
								       prof->train_at, name, now));
			free(day);
			free(name);
		}
	}
	free(rx);
	char *out = NULL;
	if (ok) {
		out = icalcomponent_as_ical_string_r(cal);
		if (!out)
			*err = xasprintf(_("libical could not write the calendar: %s"),
					 icalerror_strerror(icalerrno));
	}
	icalcomponent_free(cal);
	return out;
}

char *calendar_path(const struct ctx *x)
{
	return xasprintf("%s/coach-plan.ics", x->paths.data_dir);
}
