#include "coach/questionnaire.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/i18n.h"

#define SCALE_NAME(e, name, items) name,
#define SCALE_ITEMS(e, name, items) items,
const char *const scale_names[] = {SCALES(SCALE_NAME) NULL};
static const int items_of[] = {SCALES(SCALE_ITEMS)};

const char *const scale_answers[4] = {N_("not at all"), N_("several days"),
				      N_("more than half the days"), N_("nearly every day")};

/* PHQ-9 and GAD-7 item wording (Pfizer; no permission required to reproduce). */
static const char *const phq9[] = {
	N_("Little interest or pleasure in doing things"),
	N_("Feeling down, depressed, or hopeless"),
	N_("Trouble falling or staying asleep, or sleeping too much"),
	N_("Feeling tired or having little energy"),
	N_("Poor appetite or overeating"),
	N_("Feeling bad about yourself, or that you are a failure or have let yourself or your "
	   "family "
	   "down"),
	N_("Trouble concentrating on things, such as reading the newspaper or watching television"),
	N_("Moving or speaking so slowly that other people could have noticed; or the opposite, "
	   "being "
	   "so fidgety or restless that you have been moving around a lot more than usual"),
	N_("Thoughts that you would be better off dead, or of hurting yourself in some way"),
};
static const char *const gad7[] = {
	N_("Feeling nervous, anxious, or on edge"),
	N_("Not being able to stop or control worrying"),
	N_("Worrying too much about different things"),
	N_("Trouble relaxing"),
	N_("Being so restless that it is hard to sit still"),
	N_("Becoming easily annoyed or irritable"),
	N_("Feeling afraid, as if something awful might happen"),
};

int scale_items(enum scale s)
{
	return items_of[s];
}

const char *scale_item(enum scale s, int i)
{
	if (i < 0 || i >= items_of[s])
		return "";
	return _(s == SCALE_PHQ2 || s == SCALE_PHQ9 ? phq9[i] : gad7[i]);
}

const char *scale_intro(enum scale s)
{
	(void)s;
	return _("Over the last 2 weeks, how often have you been bothered by the following "
		 "problems?");
}

bool scale_due(enum scale s, int last, int today, const struct policy *pol)
{
	if (last < 0)
		return true;
	double every = s == SCALE_PHQ2 || s == SCALE_GAD2 ? pol->screens_short_every_days
							  : pol->screens_full_every_days;
	return today - last >= (int)every;
}

bool questionnaire_parse_answers(enum scale s, const char *text, int *answers, char *errbuf,
				 size_t size)
{
	int n = 0;
	const char *p = text;
	while (*p) {
		if (n == items_of[s]) {
			snprintf(errbuf, size, "%s has %d questions; got more answers",
				 scale_names[s], items_of[s]);
			return false;
		}
		if (*p < '0' || *p > '3' || (p[1] != ',' && p[1] != '\0')) {
			snprintf(errbuf, size,
				 "answers are numbers from 0 (not at all) to 3 (nearly every day), "
				 "separated by commas, like 1,0,2");
			return false;
		}
		answers[n++] = *p - '0';
		p++;
		if (*p == ',') {
			p++;
			if (!*p) {
				snprintf(errbuf, size, "an answer is missing after the last comma");
				return false;
			}
		}
	}
	if (n != items_of[s]) {
		snprintf(errbuf, size, "%s has %d questions; got %d answer%s", scale_names[s],
			 items_of[s], n, n == 1 ? "" : "s");
		return false;
	}
	return true;
}

static void advise(struct questionnaire_result *r, const char *text)
{
	if (r->n_advice < sizeof(r->advice) / sizeof(r->advice[0]))
		r->advice[r->n_advice++] = text;
}

void questionnaire_score(enum scale s, const int *answers, const struct policy *pol,
			 struct questionnaire_result *r)
{
	memset(r, 0, sizeof(*r));
	r->scale = s;
	for (int i = 0; i < items_of[s]; i++)
		r->score += answers[i];
	if (s == SCALE_PHQ2 || s == SCALE_GAD2) {
		bool pos = r->score >= (int)pol->screens_short_positive;
		r->band = pos ? N_("at or above the cut-off") : N_("below the cut-off");
		if (pos) {
			advise(r, s == SCALE_PHQ2 ? N_("This score suggests taking the full PHQ-9 "
						       "(coach screen phq9).")
						  : N_("This score suggests taking the full GAD-7 "
						       "(coach screen gad7)."));
			advise(r, N_("Consider talking with a doctor or another professional about "
				     "how "
				     "you have been feeling."));
		}
		return;
	}
	/* PHQ-9: 5/10/15/20; GAD-7: 5/10/15 (Kroenke 2001; Spitzer 2006) */
	static const char *const phq_bands[] = {N_("minimal"), N_("mild"), N_("moderate"),
						N_("moderately severe"), N_("severe")};
	static const char *const gad_bands[] = {N_("minimal"), N_("mild"), N_("moderate"),
						N_("severe")};
	int b = r->score / 5;
	if (s == SCALE_PHQ9) {
		r->band = phq_bands[b > 4 ? 4 : b];
		r->crisis = answers[8] > 0;
	} else {
		r->band = gad_bands[b > 3 ? 3 : b];
	}
	if (r->crisis)
		advise(r,
		       N_("You said you have had thoughts of being better off dead or of hurting "
			  "yourself. Please talk to someone today: who to call is there for "
			  "exactly "
			  "this ('coach crisis', or h in the coach)."));
	if (r->score >= (int)pol->screens_refer_at)
		advise(r, N_("A score this high is a reason to see a doctor or mental health "
			     "professional; exercise can help alongside care, not instead of it."));
	else if (r->score >= 10)
		advise(r, N_("Consider talking with a doctor or another professional about how you "
			     "have been feeling."));
	advise(r, N_("This is a screening score on a published scale, not a diagnosis."));
}

/* --- PAR-Q+ ------------------------------------------------------------------- */

const char *const parq_questions[PARQ_ITEMS] = {
	/* TRANSLATORS: the PAR-Q+ (2023) items and notes.  Its official
	 * translations exist (eparmedx.com; German: PAR-Q+ Deutsch); a
	 * translation here that is not the official text says so in the
	 * catalogue's header. */
	N_("Has your doctor ever said that you have a heart condition OR high blood pressure?"),
	N_("Do you feel pain in your chest at rest, during your daily activities of living, OR "
	   "when "
	   "you do physical activity?"),
	N_("Do you lose balance because of dizziness OR have you lost consciousness in the last 12 "
	   "months?"),
	N_("Have you ever been diagnosed with another chronic medical condition (other than heart "
	   "disease or high blood pressure)?"),
	N_("Are you currently taking prescribed medications for a chronic medical condition?"),
	N_("Do you currently have (or have had within the past 12 months) a bone, joint, or soft "
	   "tissue (muscle, ligament, or tendon) problem that could be made worse by becoming more "
	   "physically active?"),
	N_("Has your doctor ever said that you should only do medically supervised physical "
	   "activity?"),
};

const char *const parq_notes[PARQ_ITEMS] = {
	NULL,
	NULL,
	N_("Please answer NO if your dizziness was associated with over-breathing (including "
	   "during "
	   "vigorous exercise)."),
	NULL,
	NULL,
	N_("Please answer NO if you had a problem in the past, but it does not limit your current "
	   "ability to be physically active."),
	NULL,
};

const char *const parq_clear_how =
	N_("Once a doctor or qualified exercise professional has cleared you, record it with "
	   "'coach profile set health.parq_cleared true'.");

bool parq_parse_answers(const char *text, bool yes[PARQ_ITEMS], char *err, size_t size)
{
	int n = 0;
	const char *p = text;
	while (*p) {
		const char *end = strchr(p, ',');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		bool y = (len == 3 && strncmp(p, "yes", 3) == 0) || (len == 1 && *p == 'y');
		bool no = (len == 2 && strncmp(p, "no", 2) == 0) || (len == 1 && *p == 'n');
		if (!y && !no) {
			snprintf(err, size,
				 /* TRANSLATORS: yes, no and --parq no,... are typed: keep them */
				 _("PAR-Q+ answer %d is not yes or no; give seven, in the form's "
				   "order: --parq no,no,no,no,no,no,no"),
				 n + 1);
			return false;
		}
		if (n < PARQ_ITEMS)
			yes[n] = y;
		n++;
		if (!end)
			break;
		p = end + 1;
	}
	if (n != PARQ_ITEMS) {
		snprintf(err, size,
			 P_("the PAR-Q+ has 7 questions; got %d answer (--parq "
			    "no,no,no,no,no,no,no)",
			    "the PAR-Q+ has 7 questions; got %d answers (--parq "
			    "no,no,no,no,no,no,no)",
			    n),
			 n);
		return false;
	}
	return true;
}
