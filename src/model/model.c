#include "coach/model.h"

#include <stdio.h>
#include <stddef.h>
#include <string.h>

#include "coach/i18n.h"
#include "coach/util.h"

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

/* the words a person reads for the file's: the same order as the names */
static const char *const level_words[] = {N_("beginner"), N_("intermediate"), N_("advanced")};
static const char *const equipment_words[] = {N_("bodyweight"),	 N_("dumbbell"), N_("kettlebell"),
					      N_("band"),	 N_("barbell"),	 N_("bench"),
					      N_("pull-up bar"), N_("machine"),	 N_("cable")};
_Static_assert(sizeof(level_words) / sizeof(level_words[0]) == LEVEL_COUNT, "a level's word");
_Static_assert(sizeof(equipment_words) / sizeof(equipment_words[0]) == EQ_COUNT,
	       "an equipment kind's word");
/* the goals the bundled programs name (any id may be a goal) */
static const char *const goal_ids[] = {"mood",	  "anxiety", "strength",   "balance",
				       "general", "muscle",  "older-adult"};
static const char *const goal_words[] = {N_("mood"),	    N_("anxiety"), N_("strength"),
					 N_("balance"),	    N_("general"), N_("muscle"),
					 N_("older adults")};

const char *level_word(int level)
{
	return level >= 0 && level < LEVEL_COUNT ? _(level_words[level]) : "?";
}

const char *equipment_word(int eq)
{
	return eq >= 0 && eq < EQ_COUNT ? _(equipment_words[eq]) : "?";
}

const char *goal_word(const char *goal)
{
	for (size_t i = 0; i < sizeof(goal_ids) / sizeof(goal_ids[0]); i++)
		if (strcmp(goal, goal_ids[i]) == 0)
			return _(goal_words[i]);
	return goal;
}

void equipment_shown(struct sbuf *b, unsigned bits, const char *sep)
{
	int k = 0;
	for (int i = 0; i < EQ_COUNT; i++)
		if (bits & (1u << i))
			sbuf_printf(b, "%s%s", k++ ? sep : "", equipment_word(i));
}

const char *band_text(int band, bool the, char *buf, size_t size)
{
	snprintf(buf, size, "%s%s band", the ? "the " : "", band >= 0 ? band_names[band] : "?");
	return buf;
}
