/* ical-read FILE: parse an iCalendar file back with libical and print what a
 * calendar would take from it, one line a VEVENT:
 *   UID<TAB>DTSTART<TAB>DTEND<TAB>SUMMARY<TAB>TRIGGER
 * (DTSTART and DTEND as libical reads them: YYYYMMDD for a date, or
 * YYYYMMDDTHHMMSS; TRIGGER in seconds from the start).  Exit 1 when libical
 * cannot parse the file, when it is not one VCALENDAR of VERSION 2.0 with a
 * PRODID, or when a VEVENT lacks UID, DTSTAMP (in UTC), DTSTART, SUMMARY or
 * a VALARM with an ACTION and a TRIGGER; the reason is on stderr. */
#include <libical/ical.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(const char *why, const char *uid)
{
	fprintf(stderr, "ical-read: %s%s%s\n", why, uid ? " in " : "", uid ? uid : "");
	return 1;
}

static void print_time(struct icaltimetype t)
{
	if (t.is_date)
		printf("%04d%02d%02d", t.year, t.month, t.day);
	else
		printf("%04d%02d%02dT%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute,
		       t.second);
}

int main(int argc, char **argv)
{
	if (argc != 2)
		return fail("usage: ical-read FILE", NULL);
	FILE *fp = fopen(argv[1], "rb");
	if (!fp)
		return fail("cannot open the file", NULL);
	static char buf[1 << 20];
	size_t n = fread(buf, 1, sizeof(buf) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	icalcomponent *cal = icalparser_parse_string(buf);
	if (!cal || icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
		return fail("not a VCALENDAR", NULL);
	int rc = 0;
	icalproperty *ver = icalcomponent_get_first_property(cal, ICAL_VERSION_PROPERTY);
	if (!ver || strcmp(icalproperty_get_version(ver), "2.0") != 0)
		rc = fail("no VERSION:2.0", NULL);
	if (!icalcomponent_get_first_property(cal, ICAL_PRODID_PROPERTY))
		rc = fail("no PRODID", NULL);
	/* libical marks what it could not read with X-LIC-ERROR properties */
	if (icalcomponent_count_errors(cal) > 0)
		rc = fail("libical found errors", NULL);
	for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
	     ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
		const char *uid = icalcomponent_get_uid(ev);
		if (!uid || !*uid) {
			rc = fail("a VEVENT without UID", NULL);
			continue;
		}
		icalproperty *stamp = icalcomponent_get_first_property(ev, ICAL_DTSTAMP_PROPERTY);
		if (!stamp || !icaltime_is_utc(icalproperty_get_dtstamp(stamp)))
			rc = fail("no DTSTAMP in UTC", uid);
		struct icaltimetype start = icalcomponent_get_dtstart(ev);
		struct icaltimetype end = icalcomponent_get_dtend(ev);
		if (icaltime_is_null_time(start))
			rc = fail("no DTSTART", uid);
		const char *summary = icalcomponent_get_summary(ev);
		if (!summary || !*summary)
			rc = fail("no SUMMARY", uid);
		icalcomponent *alarm = icalcomponent_get_first_component(ev, ICAL_VALARM_COMPONENT);
		icalproperty *trig =
			alarm ? icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY)
			      : NULL;
		if (!alarm || !trig ||
		    !icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY)) {
			rc = fail("no VALARM with ACTION and TRIGGER", uid);
			continue;
		}
		struct icaltriggertype t = icalproperty_get_trigger(trig);
		printf("%s\t", uid);
		print_time(start);
		putchar('\t');
		print_time(end);
		printf("\t%s\t%d\n", summary ? summary : "", icaldurationtype_as_int(t.duration));
	}
	icalcomponent_free(cal);
	return rc;
}
