#include "coach/model.h"

#include <stdio.h>
#include <stddef.h>

#define MODEL_NAME(e, s) s,
const char *const level_names[] = {LEVELS(MODEL_NAME) NULL};
const char *const pattern_names[] = {PATTERNS(MODEL_NAME) NULL};
const char *const equipment_names[] = {EQUIPMENT(MODEL_NAME) NULL};
const char *const load_kind_names[] = {LOAD_KINDS(MODEL_NAME) NULL};
const char *const demand_names[] = {DEMANDS(MODEL_NAME) NULL};
const char *const prog_model_names[] = {PROG_MODELS(MODEL_NAME) NULL};
const char *const units_names[] = {UNITS(MODEL_NAME) NULL};
const char *const weekday_names[] = {WEEKDAYS(MODEL_NAME) NULL};
const char *const band_names[] = {BANDS(MODEL_NAME) NULL};

const char *band_text(int band, bool the, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s band", the ? "the " : "", band >= 0 ? band_names[band] : "?");
	return buf;
}
