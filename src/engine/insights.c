/* insights.c - see insights.h: the statistics, kept free of input and output. */
#include "coach/insights.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coach/i18n.h"

const char *const insight_factor_names[IF_N] = {"weekday", "length", "intensity", "sets",
						"readiness"};

/* --- distributions ------------------------------------------------------------ */

/* Acklam's rational approximation, refined by one Halley step (about 1e-15). */
double stat_norm_quantile(double p)
{
	static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
				   -2.759285104469687e+02, 1.383577518672690e+02,
				   -3.066479806614716e+01, 2.506628277459239e+00};
	static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
				   -1.556989798598866e+02, 6.680131188771972e+01,
				   -1.328068155288572e+01};
	static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
				   -2.400758277161838e+00, -2.549732539343734e+00,
				   4.374664141464968e+00,  2.938163982698783e+00};
	static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
				   2.445134137142996e+00, 3.754408661907416e+00};
	if (p <= 0)
		return -INFINITY;
	if (p >= 1)
		return INFINITY;
	double q, r, x;
	if (p < 0.02425) {
		q = sqrt(-2 * log(p));
		x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
		    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	} else if (p <= 1 - 0.02425) {
		q = p - 0.5;
		r = q * q;
		x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
		    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
	} else {
		q = sqrt(-2 * log(1 - p));
		x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
		    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
	}
	double e = 0.5 * erfc(-x / sqrt(2)) - p;
	double u = e * sqrt(2 * M_PI) * exp(x * x / 2);
	return x - u / (1 + x * u / 2);
}

/* The continued fraction of the regularised incomplete beta (Lentz). */
static double beta_cf(double a, double b, double x)
{
	const double tiny = 1e-300;
	double qab = a + b, qap = a + 1, qam = a - 1;
	double c = 1, d = 1 - qab * x / qap;
	if (fabs(d) < tiny)
		d = tiny;
	d = 1 / d;
	double h = d;
	for (int m = 1; m <= 300; m++) {
		int m2 = 2 * m;
		double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		h *= d * c;
		aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		if (fabs(d) < tiny)
			d = tiny;
		c = 1 + aa / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1 / d;
		double del = d * c;
		h *= del;
		if (fabs(del - 1) < 1e-14)
			break;
	}
	return h;
}

static double beta_inc(double a, double b, double x)
{
	if (x <= 0)
		return 0;
	if (x >= 1)
		return 1;
	double bt = exp(lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(1 - x));
	if (x < (a + 1) / (a + b + 2))
		return bt * beta_cf(a, b, x) / a;
	return 1 - bt * beta_cf(b, a, 1 - x) / b;
}

double stat_t_cdf(double t, double df)
{
	double tail = 0.5 * beta_inc(df / 2, 0.5, df / (df + t * t));
	return t >= 0 ? 1 - tail : tail;
}

double stat_t_quantile(double p, double df)
{
	if (p == 0.5)
		return 0;
	if (p < 0.5)
		return -stat_t_quantile(1 - p, df);
	double lo = 0, hi = 1;
	while (stat_t_cdf(hi, df) < p && hi < 1e12)
		hi *= 2;
	for (int i = 0; i < 200 && hi - lo > 1e-12 * (1 + hi); i++) {
		double mid = (lo + hi) / 2;
		if (stat_t_cdf(mid, df) < p)
			lo = mid;
		else
			hi = mid;
	}
	return (lo + hi) / 2;
}

/* --- least squares --------------------------------------------------------------- */

enum { OLS_MAX_P = 16 };

bool stat_ols(const double *x, const double *y, size_t n, size_t p, size_t which, double *coef,
	      double *se, double *df)
{
	if (p == 0 || p > OLS_MAX_P || n <= p || which >= p)
		return false;
	double a[OLS_MAX_P][2 * OLS_MAX_P] = {{0}}, xty[OLS_MAX_P] = {0};
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < p; j++) {
			xty[j] += x[i * p + j] * y[i];
			for (size_t k = 0; k < p; k++)
				a[j][k] += x[i * p + j] * x[i * p + k];
		}
	double scale = 0;
	for (size_t j = 0; j < p; j++) {
		a[j][p + j] = 1;
		if (a[j][j] > scale)
			scale = a[j][j];
	}
	if (scale <= 0)
		return false;
	/* Gauss-Jordan with partial pivoting: the inverse of X'X beside it */
	for (size_t col = 0; col < p; col++) {
		size_t piv = col;
		for (size_t r = col + 1; r < p; r++)
			if (fabs(a[r][col]) > fabs(a[piv][col]))
				piv = r;
		if (fabs(a[piv][col]) < 1e-9 * scale)
			return false; /* collinear: this comparison cannot be told apart */
		if (piv != col)
			for (size_t k = 0; k < 2 * p; k++) {
				double t = a[col][k];
				a[col][k] = a[piv][k];
				a[piv][k] = t;
			}
		double inv = 1 / a[col][col];
		for (size_t k = 0; k < 2 * p; k++)
			a[col][k] *= inv;
		for (size_t r = 0; r < p; r++)
			if (r != col && a[r][col] != 0) {
				double f = a[r][col];
				for (size_t k = 0; k < 2 * p; k++)
					a[r][k] -= f * a[col][k];
			}
	}
	for (size_t j = 0; j < p; j++) {
		coef[j] = 0;
		for (size_t k = 0; k < p; k++)
			coef[j] += a[j][p + k] * xty[k];
	}
	double rss = 0;
	for (size_t i = 0; i < n; i++) {
		double fit = 0;
		for (size_t j = 0; j < p; j++)
			fit += x[i * p + j] * coef[j];
		rss += (y[i] - fit) * (y[i] - fit);
	}
	*df = (double)(n - p);
	double var = rss / *df * a[which][p + which];
	*se = var > 0 ? sqrt(var) : 0;
	return true;
}

/* --- random numbers ------------------------------------------------------------ */

static uint64_t stat_rand(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

double stat_uniform(uint64_t *s)
{
	return (double)(stat_rand(s) >> 11) * (1.0 / 9007199254740992.0);
}

double stat_gaussian(uint64_t *s)
{
	double u = stat_uniform(s), v = stat_uniform(s);
	return sqrt(-2 * log(1 - u)) * cos(2 * M_PI * v);
}

/* --- effects ----------------------------------------------------------------------- */

static const char *const weekday_plural[] = {"Mondays", "Tuesdays",  "Wednesdays", "Thursdays",
					     "Fridays", "Saturdays", "Sundays"};
static const char *const band_words[] = {"normal", "low", "anxious", "good"};

static int weekday_of(int days)
{
	int w = (days + 3) % 7;
	return w < 0 ? w + 7 : w;
}

/* One comparison: group[i] 1 (first kind), 0 (second) or -1 (left out).
 * The estimate is the first kind's mood change minus the second's, with
 * the before scores as covariates.  false when the two cannot be told
 * apart from the before scores, or a side is too small. */
/* The covariates of a comparison: which mood-before levels occur, and the
 * means of energy and anxiety (and whether they vary) in its sessions. */
struct covariates {
	bool level[6];
	double me, ma;
	bool vary_e, vary_a;
};

static void covariates_of(const struct insight_obs *obs, size_t n, const signed char *group,
			  size_t m, struct covariates *cv)
{
	memset(cv, 0, sizeof(*cv));
	for (size_t i = 0; i < n; i++)
		if (group[i] >= 0) {
			cv->level[obs[i].before] = true;
			cv->me += obs[i].energy;
			cv->ma += obs[i].anxiety;
		}
	cv->me /= (double)m;
	cv->ma /= (double)m;
	for (size_t i = 0; i < n; i++)
		if (group[i] >= 0) {
			cv->vary_e |= obs[i].energy != cv->me;
			cv->vary_a |= obs[i].anxiety != cv->ma;
		}
}

/* The regression's rows: mood before as levels (the covariate, not a
 * group), energy and anxiety when used, and the group last; y the change.
 * Returns the number of columns. */
static size_t design(const struct insight_obs *obs, size_t n, const signed char *group,
		     const struct covariates *cv, bool use_e, bool use_a, double *x, double *y)
{
	size_t p = (size_t)use_e + (size_t)use_a + 1;
	for (int l = 1; l <= 5; l++)
		p += cv->level[l];
	size_t r = 0;
	for (size_t i = 0; i < n; i++) {
		if (group[i] < 0)
			continue;
		double *row = x + r * p;
		size_t c = 0;
		for (int l = 1; l <= 5; l++)
			if (cv->level[l])
				row[c++] = obs[i].before == l;
		if (use_e)
			row[c++] = obs[i].energy - cv->me;
		if (use_a)
			row[c++] = obs[i].anxiety - cv->ma;
		row[c++] = group[i];
		y[r++] = obs[i].after - obs[i].before;
	}
	return p;
}

static bool compare(const struct insight_obs *obs, size_t n, const signed char *group,
		    int min_group, struct insight_effect *e)
{
	int n1 = 0, n0 = 0;
	for (size_t i = 0; i < n; i++) {
		n1 += group[i] == 1;
		n0 += group[i] == 0;
	}
	e->n_first = n1;
	e->n_second = n0;
	e->sessions = n1 + n0;
	if (n1 < min_group || n0 < min_group)
		return false;
	size_t m = (size_t)n1 + (size_t)n0;
	struct covariates cv;
	covariates_of(obs, n, group, m, &cv);
	size_t rows = m ? m : 1; /* malloc(0) may give NULL */
	double *x = malloc(rows * OLS_MAX_P * sizeof(double)), *y = malloc(rows * sizeof(double));
	bool ok = false;
	/* first with energy and anxiety beside mood; without them if they are
	 * collinear with the comparison (readiness is partly made of them) */
	for (int pass = 0; pass < 2 && !ok && x && y; pass++) {
		size_t p = design(obs, n, group, &cv, pass == 0 && cv.vary_e,
				  pass == 0 && cv.vary_a, x, y);
		double coef[OLS_MAX_P], se, df;
		if (stat_ols(x, y, m, p, p - 1, coef, &se, &df) && df >= 2 && se > 0) {
			e->raw = coef[p - 1];
			e->raw_se = se;
			e->df = df;
			ok = true;
		}
	}
	free(x);
	free(y);
	return ok;
}

/* The most even split "value >= v" vs "< v" with min_group on each side. */
static bool split_at(const int *v, size_t n, int min_group, int *at)
{
	int best = -1, best_gap = 1 << 30;
	for (size_t i = 0; i < n; i++) {
		int c = v[i], hi = 0, lo = 0;
		for (size_t j = 0; j < n; j++) {
			hi += v[j] >= c;
			lo += v[j] < c;
		}
		if (hi >= min_group && lo >= min_group && abs(hi - lo) < best_gap) {
			best_gap = abs(hi - lo);
			best = c;
		}
	}
	*at = best;
	return best >= 0;
}

static void prior_of(const struct policy *pol, enum insight_factor f, double *mean, double *sd)
{
	switch (f) {
	case IF_WEEKDAY:
		*mean = pol->priors_weekday_mean, *sd = pol->priors_weekday_sd;
		break;
	case IF_LENGTH:
		*mean = pol->priors_length_mean, *sd = pol->priors_length_sd;
		break;
	case IF_INTENSITY:
		*mean = pol->priors_intensity_mean, *sd = pol->priors_intensity_sd;
		break;
	case IF_SETS:
		*mean = pol->priors_sets_mean, *sd = pol->priors_sets_sd;
		break;
	default:
		*mean = pol->priors_readiness_mean, *sd = pol->priors_readiness_sd;
		break;
	}
}

static struct insight_effect *next_effect(struct insights *in, enum insight_factor f)
{
	if (in->n_effects >= INSIGHT_MAX_EFFECTS)
		return NULL;
	struct insight_effect *e = &in->effects[in->n_effects];
	memset(e, 0, sizeof(*e));
	e->factor = f;
	snprintf(e->what, sizeof(e->what), "%s", insight_factor_names[f]);
	return e;
}

/* What the comparisons share: the observations, a group per observation,
 * and which factors had an effect to show. */
struct comparing {
	const struct insight_obs *obs;
	size_t n;
	int min_group;
	signed char *g;
	int *v;
	struct insights *in;
	bool any[IF_N];
};

/* Keep e (the next effect of in) when its groups in c->g are big enough. */
static void keep_if_compared(struct comparing *c, struct insight_effect *e, int factor)
{
	if (compare(c->obs, c->n, c->g, c->min_group, e)) {
		c->in->n_effects++;
		c->any[factor] = true;
	}
}

static void name_effect(struct insight_effect *e, const char *first, const char *second,
			const char *compare_text)
{
	snprintf(e->first, sizeof(e->first), "%s", first);
	snprintf(e->second, sizeof(e->second), "%s", second);
	snprintf(e->compare, sizeof(e->compare), "%s", compare_text);
}

/* weekday: each day against the others */
static void weekday_effects(struct comparing *c)
{
	for (int w = 0; w < 7; w++) {
		for (size_t i = 0; i < c->n; i++)
			c->g[i] = (signed char)(weekday_of(c->obs[i].date) == w);
		struct insight_effect *e = next_effect(c->in, IF_WEEKDAY);
		if (!e)
			return;
		char cmp[INSIGHT_TEXT];
		snprintf(cmp, sizeof(cmp), "%s vs your other days", weekday_plural[w]);
		name_effect(e, weekday_plural[w], "your other days", cmp);
		keep_if_compared(c, e, IF_WEEKDAY);
	}
}

/* length (exercises) and sets: the most even split */
static void size_effects(struct comparing *c)
{
	for (int f = IF_LENGTH; f <= IF_SETS; f += IF_SETS - IF_LENGTH) {
		for (size_t i = 0; i < c->n; i++)
			c->v[i] = f == IF_LENGTH ? c->obs[i].exercises : c->obs[i].sets;
		int at;
		struct insight_effect *e = next_effect(c->in, (enum insight_factor)f);
		if (!e || !split_at(c->v, c->n, c->min_group, &at))
			continue;
		for (size_t i = 0; i < c->n; i++)
			c->g[i] = (signed char)(c->v[i] >= at);
		char first[48], cmp[INSIGHT_TEXT];
		if (f == IF_LENGTH) {
			snprintf(first, sizeof(first), "longer sessions (%d+ exercises)", at);
			snprintf(cmp, sizeof(cmp),
				 "longer sessions (%d or more exercises) vs shorter", at);
			name_effect(e, first, "shorter ones", cmp);
		} else {
			snprintf(first, sizeof(first), "sessions of %d or more sets", at);
			snprintf(cmp, sizeof(cmp), "%d or more sets vs fewer", at);
			name_effect(e, first, "those with fewer", cmp);
		}
		keep_if_compared(c, e, f);
	}
}

/* intensity: mean reps in reserve */
static void intensity_effect(struct comparing *c, const struct policy *pol)
{
	int hard = (int)pol->insights_hard_rir_max;
	for (size_t i = 0; i < c->n; i++)
		c->g[i] = (signed char)(c->obs[i].rir < 0 ? -1 : c->obs[i].rir <= hard + 1e-9);
	struct insight_effect *e = next_effect(c->in, IF_INTENSITY);
	if (!e)
		return;
	char first[48], cmp[INSIGHT_TEXT];
	snprintf(first, sizeof(first), "harder sessions (RIR %d or less)", hard);
	snprintf(cmp, sizeof(cmp), "harder sessions (RIR %d or less) vs easier (more in reserve)",
		 hard);
	name_effect(e, first, "easier ones", cmp);
	keep_if_compared(c, e, IF_INTENSITY);
}

/* readiness: a state, not a choice; each band against the other days */
static void readiness_effects(struct comparing *c)
{
	for (int b = 1; b <= 3; b++) {
		for (size_t i = 0; i < c->n; i++)
			c->g[i] = (signed char)(c->obs[i].band == b);
		struct insight_effect *e = next_effect(c->in, IF_READINESS);
		if (!e)
			return;
		char first[48], cmp[INSIGHT_TEXT];
		snprintf(first, sizeof(first), "days you felt %s", band_words[b]);
		snprintf(cmp, sizeof(cmp), "days you felt %s vs other days", band_words[b]);
		name_effect(e, first, "other days", cmp);
		keep_if_compared(c, e, IF_READINESS);
	}
}

/* The interval of each effect, corrected for how many are shown, then shrunk
 * toward what trials found. */
static void correct_and_shrink(const struct policy *pol, struct insights *in)
{
	size_t k = in->n_effects;
	if (!k)
		return;
	double alpha = (1 - pol->insights_confidence / 100) / (double)k;
	double z = stat_norm_quantile(1 - alpha / 2);
	in->level = 1 - alpha;
	for (size_t i = 0; i < k; i++) {
		struct insight_effect *x = &in->effects[i];
		double se = x->raw_se * stat_t_quantile(1 - alpha / 2, x->df) / z;
		double m0, sd0;
		prior_of(pol, x->factor, &m0, &sd0);
		double prec = 1 / (se * se) + 1 / (sd0 * sd0);
		double mean = (x->raw / (se * se) + m0 / (sd0 * sd0)) / prec;
		double half = z / sqrt(prec);
		x->estimate = mean;
		x->low = mean - half;
		x->high = mean + half;
		x->clear = x->low > 0 || x->high < 0;
	}
}

static void effects(const struct insight_obs *obs, size_t n, const struct policy *pol,
		    struct insights *in)
{
	struct comparing c = {.obs = obs,
			      .n = n,
			      .min_group = (int)pol->insights_min_group,
			      .g = malloc(n ? n : 1),
			      .v = malloc((n ? n : 1) * sizeof(int)),
			      .in = in};
	if (c.g && c.v) {
		weekday_effects(&c);
		size_effects(&c);
		intensity_effect(&c, pol);
		readiness_effects(&c);
		for (int f = 0; f < IF_N; f++)
			in->not_yet[f] = !c.any[f];
	}
	free(c.g);
	free(c.v);
	if (c.g && c.v)
		correct_and_shrink(pol, in);
}

static void screens_of(const struct screen_list *sc, const struct policy *pol, struct insights *in)
{
	static const char *const order[] = {"phq9", "gad7", "phq2", "gad2"};
	for (size_t k = 0; sc && k < 4; k++) {
		struct insight_screen *s = &in->screens[in->n_screens];
		memset(s, 0, sizeof(*s));
		for (size_t i = 0; i < sc->n; i++) {
			if (strcmp(sc->v[i].scale, order[k]) != 0)
				continue;
			if (!s->n) {
				s->first = sc->v[i].score;
				s->first_date = sc->v[i].date;
			}
			s->latest = sc->v[i].score;
			s->latest_date = sc->v[i].date;
			s->n++;
		}
		if (!s->n)
			continue;
		snprintf(s->scale, sizeof(s->scale), "%s", order[k]);
		s->change = s->latest - s->first;
		s->has_threshold = k < 2;
		s->threshold = k == 0	? (int)pol->reliable_change_phq9
			       : k == 1 ? (int)pol->reliable_change_gad7
					: 0;
		s->reliable_change =
			s->has_threshold && s->n >= 2 && abs(s->change) >= s->threshold;
		s->direction = !s->reliable_change ? 0 : s->change < 0 ? -1 : 1;
		in->n_screens++;
	}
}

void insights_compute(const struct insight_obs *obs, size_t n, const struct screen_list *sc,
		      const struct policy *pol, struct insights *in)
{
	memset(in, 0, sizeof(*in));
	in->caution = "One person's record is not proof: a difference here is something that "
		      "went with your sessions, not what caused it, and it can change. To test "
		      "one question fairly, try 'coach experiment'.";
	in->sessions = (int)n;
	in->min_sessions = (int)pol->insights_min_sessions;
	in->enough_data = in->sessions >= in->min_sessions;
	for (int f = 0; f < IF_N; f++)
		in->not_yet[f] = true;
	if (n) {
		double sum = 0, ss = 0;
		for (size_t i = 0; i < n; i++)
			sum += obs[i].after - obs[i].before;
		in->mood_change = sum / (double)n;
		for (size_t i = 0; i < n; i++) {
			double d = obs[i].after - obs[i].before - in->mood_change;
			ss += d * d;
		}
		double half = 0;
		if (n >= 2)
			half = stat_t_quantile(0.975, (double)(n - 1)) *
			       sqrt(ss / (double)(n - 1)) / sqrt((double)n);
		in->mood_low = in->mood_change - half;
		in->mood_high = in->mood_change + half;
	}
	if (in->enough_data)
		effects(obs, n, pol, in);
	screens_of(sc, pol, in);
}

/* A session's mean reps in reserve (logged, else its target; < 0 when no
 * set has either), and how many exercises it held. */
static double session_rir(const struct logged_session *s, int *exercises)
{
	double rir = 0;
	int n_rir = 0;
	*exercises = 0;
	for (size_t j = 0; j < s->n_sets; j++) {
		const struct logged_set *x = &s->sets[j];
		if (j == 0 || x->position != s->sets[j - 1].position)
			(*exercises)++;
		int r = x->rir >= 0 ? x->rir : x->target.given ? x->target.rir : -1;
		if (r >= 0) {
			rir += r;
			n_rir++;
		}
	}
	return n_rir ? rir / n_rir : -1;
}

/* The observations of a log: sessions with sets, a check-in and mood after.
 * Returns how many were written (at most max). */
static size_t insights_obs_of(const struct logged_list *l, struct insight_obs *out, size_t max)
{
	size_t k = 0;
	for (size_t i = 0; i < l->n && k < max; i++) {
		const struct logged_session *s = &l->v[i];
		if (!s->n_sets || !s->checkin.given || !s->mood_after || s->checkin.mood < 1 ||
		    s->checkin.mood > 5)
			continue;
		struct insight_obs *o = &out[k++];
		memset(o, 0, sizeof(*o));
		o->date = s->date;
		o->before = s->checkin.mood;
		o->after = s->mood_after;
		o->energy = s->checkin.energy;
		o->anxiety = s->checkin.anxiety;
		o->sets = (int)s->n_sets;
		o->rir = session_rir(s, &o->exercises);
		o->band = 0;
		for (int b = 1; b <= 3; b++)
			if (s->readiness && strcmp(s->readiness, band_words[b]) == 0)
				o->band = b;
	}
	return k;
}

/* The mean of v and its half-width at two-sided confidence conf (0-1) from
 * a t quantile; *var the sample variance (0 for one value). */
static double mean_of(const double *v, size_t n, double conf, double *var, double *half)
{
	double m = 0, ss = 0;
	for (size_t i = 0; i < n; i++)
		m += v[i];
	m /= (double)n;
	for (size_t i = 0; i < n; i++)
		ss += (v[i] - m) * (v[i] - m);
	*var = n > 1 ? ss / (double)(n - 1) : 0;
	*half = n > 1 ? stat_t_quantile(1 - (1 - conf) / 2, (double)(n - 1)) *
				sqrt(*var / (double)n)
		      : 0;
	return m;
}

void insights_feeling(const struct insight_feel *v, size_t n, const struct policy *pol,
		      struct insight_feeling *out)
{
	memset(out, 0, sizeof(*out));
	out->n = (int)n;
	out->hard_rir_max = (int)pol->insights_hard_rir_max;
	out->need_sessions = (int)pol->insights_min_sessions;
	out->need_group = (int)pol->insights_min_group;
	if (!n)
		return;
	double *all = malloc(3 * n * sizeof(*all));
	if (!all)
		return;
	double *hard = all + n, *easy = all + 2 * n;
	size_t nh = 0, ne = 0;
	for (size_t i = 0; i < n; i++) {
		all[i] = v[i].feeling;
		if (v[i].rir < 0)
			continue;
		if (v[i].rir <= pol->insights_hard_rir_max)
			hard[nh++] = v[i].feeling;
		else
			easy[ne++] = v[i].feeling;
	}
	double var, half;
	out->mean = mean_of(all, n, 0.95, &var, &half);
	out->low = out->mean - half;
	out->high = out->mean + half;
	out->n_harder = (int)nh;
	out->n_easier = (int)ne;
	size_t g = (size_t)pol->insights_min_group;
	out->compared = (int)n >= (int)pol->insights_min_sessions && nh >= g && ne >= g;
	if (out->compared) {
		/* Welch: unequal variances, Welch-Satterthwaite degrees of freedom */
		double vh, ve, unused;
		double mh = mean_of(hard, nh, 0.95, &vh, &unused);
		double me = mean_of(easy, ne, 0.95, &ve, &unused);
		double ah = vh / (double)nh, ae = ve / (double)ne;
		double se = sqrt(ah + ae);
		double df = (double)(nh + ne - 2);
		if (se > 0)
			df = (ah + ae) * (ah + ae) /
			     (ah * ah / (double)(nh - 1) + ae * ae / (double)(ne - 1));
		double q = stat_t_quantile(1 - (1 - pol->insights_confidence / 100) / 2, df);
		out->diff = mh - me;
		out->diff_low = out->diff - q * se;
		out->diff_high = out->diff + q * se;
		out->clear = out->diff_low > 0 || out->diff_high < 0;
	}
	free(all);
}

/* Every session with sets and a Feeling Scale answer. */
static size_t feelings_of(const struct logged_list *l, struct insight_feel *out)
{
	size_t k = 0;
	for (size_t i = 0; i < l->n; i++) {
		const struct logged_session *s = &l->v[i];
		if (!s->n_sets || !s->has_feeling)
			continue;
		int exercises;
		out[k].feeling = s->feeling;
		out[k++].rir = session_rir(s, &exercises);
	}
	return k;
}

void insights_of(const struct logged_list *l, const struct screen_list *sc,
		 const struct policy *pol, struct insights *out)
{
	struct insight_obs *obs = malloc((l->n ? l->n : 1) * sizeof(*obs));
	size_t n = obs ? insights_obs_of(l, obs, l->n) : 0;
	insights_compute(obs, n, sc, pol, out);
	free(obs);
	struct insight_feel *f = malloc((l->n ? l->n : 1) * sizeof(*f));
	insights_feeling(f, f ? feelings_of(l, f) : 0, pol, &out->feeling);
	free(f);
}

/* --- words ------------------------------------------------------------------------- */

/* "+0.4", "-1.2", "0" (never "-0.0") */
static const char *signed1(double v, char *buf, size_t size)
{
	double r = round(v * 10) / 10;
	if (fabs(r) < 0.05)
		snprintf(buf, size, "0");
	else
		snprintf(buf, size, "%+.1f", r);
	return buf;
}

static const char *scale_title(const char *s)
{
	return strcmp(s, "phq9") == 0	? "PHQ-9"
	       : strcmp(s, "gad7") == 0 ? "GAD-7"
	       : strcmp(s, "phq2") == 0 ? "PHQ-2"
					: "GAD-2";
}

static void capital(struct sbuf *b, const char *s)
{
	if (*s >= 'a' && *s <= 'z')
		sbuf_printf(b, "%c%s", *s - 'a' + 'A', s + 1);
	else
		sbuf_puts(b, s);
}

/* The mood change over sessions, or that there is not enough data yet. */
static void text_sessions(const struct insights *in, struct sbuf *b)
{
	char x[16], lo[16], hi[16];
	if (!in->sessions) {
		sbuf_printf(b,
			    "  Not enough data yet: no session has your mood both before and "
			    "after. Check in before a session and say how you feel after it; "
			    "from %d such sessions the coach compares kinds of session.\n",
			    in->min_sessions);
	} else {
		sbuf_printf(b,
			    "  Over a session your mood changed by %s on average (%s to %s, a 95%% "
			    "interval; %d session%s). A change is not proof that the session "
			    "caused it.\n",
			    signed1(in->mood_change, x, sizeof(x)),
			    signed1(in->mood_low, lo, sizeof(lo)),
			    signed1(in->mood_high, hi, sizeof(hi)), in->sessions,
			    in->sessions == 1 ? "" : "s");
		if (!in->enough_data)
			sbuf_printf(b,
				    "  Not enough data yet to compare kinds of session: %d of the "
				    "%d sessions with your mood before and after that it takes. A "
				    "few sessions can look like a pattern by chance.\n",
				    in->sessions, in->min_sessions);
	}
}

/* Each comparison with its interval, and how to read them. */
static void text_effects(const struct insights *in, struct sbuf *b)
{
	char x[16], lo[16], hi[16];
	for (size_t i = 0; i < in->n_effects; i++) {
		const struct insight_effect *e = &in->effects[i];
		signed1(e->estimate, x, sizeof(x));
		signed1(e->low, lo, sizeof(lo));
		signed1(e->high, hi, sizeof(hi));
		sbuf_puts(b, "  ");
		if (e->clear) {
			capital(b, e->first);
			sbuf_printf(b,
				    " seem to go with a %s lift in mood than %s: %s (%s to %s; %d "
				    "and %d sessions).\n",
				    e->estimate > 0 ? "bigger" : "smaller", e->second, x, lo, hi,
				    e->n_first, e->n_second);
		} else {
			capital(b, e->compare);
			sbuf_printf(b,
				    ": %s (%s to %s; %d and %d sessions): no clear difference.\n",
				    x, lo, hi, e->n_first, e->n_second);
		}
	}
	if (in->n_effects) {
		char lv[16];
		snprintf(lv, sizeof(lv), "%.1f", in->level * 100);
		sbuf_printf(b,
			    "  Differences in mood change, in points, with your mood, energy and "
			    "anxiety before taken into account. Each interval is %s%%, so that all "
			    "%zu hold together at 95%%, and each estimate is pulled toward what "
			    "trials found (Gordon 2018, Noetel 2024), so a few sessions cannot "
			    "decide it.\n",
			    lv, in->n_effects);
	}
	if (in->enough_data) {
		struct sbuf names = {0};
		static const char *const words[] = {"weekday", "session length", "intensity",
						    "sets", "readiness"};
		for (int f = 0; f < IF_N; f++)
			if (in->not_yet[f])
				sbuf_printf(&names, "%s%s", names.len ? ", " : "", words[f]);
		if (names.len)
			sbuf_printf(b,
				    "  Not enough data yet to compare by %s: each side needs "
				    "some sessions of its own.\n",
				    sbuf_str(&names));
		sbuf_free(&names);
	}
}

/* The questionnaires: first and latest, and whether the change is reliable. */
static void text_screens(const struct insights *in, struct sbuf *b)
{
	for (size_t i = 0; i < in->n_screens; i++) {
		const struct insight_screen *s = &in->screens[i];
		const char *t = scale_title(s->scale);
		if (s->n == 1) {
			sbuf_printf(b, "  %s: %d (one score so far).\n", t, s->first);
			continue;
		}
		sbuf_printf(b, "  %s: %d at first, %d latest (%d scores)", t, s->first, s->latest,
			    s->n);
		if (!s->has_threshold)
			sbuf_puts(b, "; this short scale has no published threshold for a "
				     "reliable change.\n");
		else if (s->direction < 0)
			sbuf_printf(b,
				    ": a reliable improvement (a change of %d or more is more "
				    "than the scale's own noise).\n",
				    s->threshold);
		else if (s->direction > 0)
			sbuf_printf(b,
				    ": a reliable worsening (%d or more points). Please consider "
				    "talking to a doctor or mental health professional.\n",
				    s->threshold);
		else
			sbuf_printf(b,
				    ": no reliable change yet (it takes %d or more points to be "
				    "more than the scale's own noise).\n",
				    s->threshold);
	}
}

/* How sessions felt, and harder against easier ones when there is enough. */
static void text_feeling(const struct insights *in, struct sbuf *b)
{
	const struct insight_feeling *f = &in->feeling;
	char x[16], lo[16], hi[16];
	if (!f->n)
		return;
	if (f->n == 1) {
		sbuf_printf(b,
			    _("  How your sessions felt (the Feeling Scale, -5 to +5): %s after "
			      "your one session so far.\n"),
			    signed1(f->mean, x, sizeof(x)));
		return;
	}
	sbuf_printf(b,
		    _("  How your sessions felt (the Feeling Scale, -5 to +5): %s on average (%s "
		      "to %s, a 95%% interval; %d sessions).\n"),
		    signed1(f->mean, x, sizeof(x)), signed1(f->low, lo, sizeof(lo)),
		    signed1(f->high, hi, sizeof(hi)), f->n);
	int hard = f->hard_rir_max;
	if (!f->compared) {
		sbuf_printf(b,
			    _("  Not enough yet to compare how harder and easier sessions felt: "
			      "it takes %d sessions with a feeling, and %d on each side (%d and %d "
			      "so far).\n"),
			    f->need_sessions, f->need_group, f->n_harder, f->n_easier);
		return;
	}
	signed1(f->diff, x, sizeof(x));
	signed1(f->diff_low, lo, sizeof(lo));
	signed1(f->diff_high, hi, sizeof(hi));
	if (!f->clear)
		sbuf_printf(
			b,
			_("  Harder sessions (%d or fewer reps in reserve) against easier ones: "
			  "%s (%s to %s; %d and %d sessions): no clear difference in how they "
			  "felt.\n"),
			hard, x, lo, hi, f->n_harder, f->n_easier);
	else if (f->diff < 0)
		sbuf_printf(b,
			    _("  Harder sessions (%d or fewer reps in reserve) seem to feel worse "
			      "than easier ones: %s (%s to %s; %d and %d sessions). How a session "
			      "feels tends to predict keeping on (Williams 2008), so an easier "
			      "session is a fair choice on a day you want to come back.\n"),
			    hard, x, lo, hi, f->n_harder, f->n_easier);
	else
		sbuf_printf(b,
			    _("  Harder sessions (%d or fewer reps in reserve) seem to feel better "
			      "than easier ones: %s (%s to %s; %d and %d sessions).\n"),
			    hard, x, lo, hi, f->n_harder, f->n_easier);
}

void insights_text(const struct insights *in, struct sbuf *b)
{
	text_sessions(in, b);
	text_effects(in, b);
	text_feeling(in, b);
	text_screens(in, b);
	sbuf_printf(b, "  %s\n", in->caution);
}

/* --- N-of-1 trials ---------------------------------------------------------------- */

void trial_randomise(uint64_t seed, int pairs, char *arms)
{
	if (pairs < 1)
		pairs = 1;
	if (pairs > TRIAL_MAX_PAIRS)
		pairs = TRIAL_MAX_PAIRS;
	uint64_t s = seed;
	bool ab[TRIAL_MAX_PAIRS];
	/* as many of each order as the count allows; the odd one is random */
	int n_ab = pairs / 2 + (pairs % 2 && (stat_rand(&s) & 1));
	for (int i = 0; i < pairs; i++)
		ab[i] = i < n_ab;
	for (int i = pairs - 1; i > 0; i--) {
		int j = (int)(stat_rand(&s) % (uint64_t)(i + 1));
		bool t = ab[i];
		ab[i] = ab[j];
		ab[j] = t;
	}
	for (int i = 0; i < pairs; i++) {
		arms[2 * (size_t)i] = ab[i] ? 'A' : 'B';
		arms[2 * (size_t)i + 1] = ab[i] ? 'B' : 'A';
	}
	arms[2 * (size_t)pairs] = '\0';
}

void trial_analyse(const char *arms, const double *scores, int min_pairs, double confidence,
		   struct trial_result *out)
{
	memset(out, 0, sizeof(*out));
	int blocks = (int)strlen(arms);
	out->pairs = blocks / 2;
	if (out->pairs > TRIAL_MAX_PAIRS)
		out->pairs = TRIAL_MAX_PAIRS;
	double x[2 * TRIAL_MAX_PAIRS * 3], y[2 * TRIAL_MAX_PAIRS];
	size_t n = 0;
	for (int j = 0; j < out->pairs; j++) {
		double a = scores[2 * (size_t)j], b = scores[2 * (size_t)j + 1];
		out->pair_diff[j] = NAN;
		if (isnan(a) || isnan(b))
			continue;
		out->pairs_scored++;
		out->pair_diff[j] = arms[2 * (size_t)j] == 'A' ? a - b : b - a;
		for (int k = 2 * j; k <= 2 * j + 1; k++) {
			x[n * 3] = 1;
			x[n * 3 + 1] = arms[k] == 'A';
			x[n * 3 + 2] = k;
			y[n++] = scores[k];
		}
	}
	out->estimate = out->low = out->high = NAN;
	out->enough = out->pairs_scored >= min_pairs;
	if (!out->enough)
		return;
	double coef[3], se, df;
	if (!stat_ols(x, y, n, 3, 1, coef, &se, &df)) {
		out->enough = false;
		return;
	}
	double half = stat_t_quantile(1 - (1 - confidence) / 2, df) * se;
	out->estimate = coef[1];
	out->trend = coef[2];
	out->df = df;
	out->low = coef[1] - half;
	out->high = coef[1] + half;
	out->clear = out->low > 0 || out->high < 0;
}
