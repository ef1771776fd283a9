#include "coach/checkin.h"

#include <math.h>

#define CHECKIN_INFO(id, k, l, kind, lo, hi, need)                                                 \
	[(id)] = {.key = #k,                                                                       \
		  .label = (l),                                                                    \
		  .low = (lo),                                                                     \
		  .high = (hi),                                                                    \
		  .min = CHECKIN_MIN_##kind,                                                       \
		  .max = CHECKIN_MAX_##kind,                                                       \
		  .hours = CHECKIN_IS_HOURS_##kind,                                                \
		  .required = CHECKIN_IS_##need},
#define CHECKIN_MIN_SCALE CHECKIN_SCALE_MIN
#define CHECKIN_MAX_SCALE CHECKIN_SCALE_MAX
#define CHECKIN_MIN_HOURS CHECKIN_SLEEP_MIN
#define CHECKIN_MAX_HOURS CHECKIN_SLEEP_MAX
#define CHECKIN_IS_HOURS_SCALE false
#define CHECKIN_IS_HOURS_HOURS true
#define CHECKIN_IS_REQUIRED true
#define CHECKIN_IS_OPTIONAL false
const struct checkin_field_info checkin_fields[CK_COUNT] = {CHECKIN_FIELDS(CHECKIN_INFO)};

struct checkin checkin_default(void)
{
	return (struct checkin){.mood = 3, .energy = 3, .anxiety = 2, .sleep = 7};
}

double checkin_get(const struct checkin *ck, enum checkin_field f)
{
	switch (f) {
	case CK_MOOD:
		return ck->mood;
	case CK_ENERGY:
		return ck->energy;
	case CK_ANXIETY:
		return ck->anxiety;
	case CK_SLEEP:
		return ck->sleep;
	case CK_SORENESS:
	default:
		return ck->soreness;
	}
}

void checkin_set(struct checkin *ck, enum checkin_field f, double v)
{
	int n = (int)lround(v);
	switch (f) {
	case CK_MOOD:
		ck->mood = n;
		break;
	case CK_ENERGY:
		ck->energy = n;
		break;
	case CK_ANXIETY:
		ck->anxiety = n;
		break;
	case CK_SLEEP:
		ck->sleep = v;
		break;
	case CK_SORENESS:
	default:
		ck->soreness = n;
		break;
	}
}

bool checkin_valid(enum checkin_field f, double v)
{
	const struct checkin_field_info *i = &checkin_fields[f];
	if (v != v)
		return false;
	if (!i->hours && v != floor(v))
		return false;
	if (!i->hours && !i->required && v == 0)
		return true;
	return v >= i->min && v <= i->max;
}

double checkin_step(enum checkin_field f, double v, int steps)
{
	const struct checkin_field_info *i = &checkin_fields[f];
	double lo = i->required || i->hours ? i->min : 0;
	v += steps * (i->hours ? 0.5 : 1);
	return v < lo ? lo : v > i->max ? i->max : v;
}
