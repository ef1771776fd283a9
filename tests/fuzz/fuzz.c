/* One libFuzzer harness per reader, chosen by FUZZ_TARGET at build time:
 * program, exercises, profile, session, policy, crisis, args, import (the
 * CSV importer) and import-args (`coach import` run on the words given).  Each feeds
 * the bytes to the real reader and frees what it built; a crash, a leak or
 * undefined behaviour is a finding.  Built two ways: with -fsanitize=fuzzer
 * for `make fuzz`, and with replay.c as an ordinary test that runs the
 * committed corpus in `make check`. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "coach/clock.h"
#include "coach/crisis.h"
#include "coach/doc.h"
#include "coach/exercise.h"
#include "coach/policy.h"
#include "coach/profile.h"
#include "coach/program.h"
#include "coach/session.h"
#if FUZZ_TARGET == 8 || FUZZ_TARGET == 9 /* import, import-args (defined below) */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "coach/catalog.h"
#include "coach/context.h"
#include "coach/import.h"
#endif

#define FUZZ_PROGRAM 1
#define FUZZ_EXERCISES 2
#define FUZZ_PROFILE 3
#define FUZZ_SESSION 4
#define FUZZ_POLICY 5
#define FUZZ_CRISIS 6
#define FUZZ_ARGS 7
#define FUZZ_IMPORT 8
#define FUZZ_IMPORT_ARGS 9

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#if FUZZ_TARGET == FUZZ_ARGS
/* The command line: NUL- or newline-separated words as argv. */
static int fuzz_args(const uint8_t *data, size_t size)
{
	if (size > 4096)
		return 0;
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	char *argv[66];
	int argc = 0;
	argv[argc++] = (char *)"coach";
	char *p = buf;
	for (size_t i = 0; i <= size && argc < 64; i++)
		if (i == size || buf[i] == '\n' || buf[i] == '\0') {
			buf[i] = '\0';
			argv[argc++] = p;
			p = buf + i + 1;
		}
	argv[argc] = NULL;
	struct cli c = {0};
	clock_pin(20000);
	if (cli_parse_globals(&c, &argc, argv) == 0 && argc > 1) {
		/* fresh each run: values from the last input point into freed memory */
		static const struct optspec specs[] = {
			CLI_CHECKIN_OPTS{"--yes", NULL, "a flag"},
			{0},
		};
		const char *v[ARRAY_LEN(specs)] = {0};
		char **pos;
		int n_pos;
		if (cli_parse_opts("fuzz", argc - 2, argv + 2, specs, v, &pos, &n_pos) == 0)
			free(pos);
		if (v[CK_MOOD] && v[CK_SLEEP]) {
			struct checkin ck;
			if (!v[CK_ENERGY])
				v[CK_ENERGY] = "3";
			if (!v[CK_ANXIETY])
				v[CK_ANXIETY] = "3";
			cli_checkin_values("fuzz", v, &ck);
		}
	}
	free(c.program_dirs);
	free(buf);
	return 0;
}
#endif

#if FUZZ_TARGET == FUZZ_IMPORT
/* The shipped library, read once, for the names an export is matched to. */
static const struct catalog *library(void)
{
	static struct catalog cat;
	static bool loaded;
	if (!loaded) {
		struct diags d = {0};
		catalog_add_dir(&cat, FUZZ_SOURCE_ROOT "/programs", &d);
		diags_free(&d);
		loaded = true;
	}
	return &cat;
}

static bool count(void *ctx, const struct session *s, int line)
{
	size_t *n = ctx;
	for (size_t i = 0; i < s->n_exercises; i++)
		*n += s->exercises[i].n_sets;
	return line > 0;
}

/* The bytes as a CSV export, streamed through the importer, in both units. */
static int fuzz_import(const uint8_t *data, size_t size)
{
	for (int u = 0; u < 2; u++) {
		FILE *fp = fmemopen((void *)data, size ? size : 1, "r");
		if (!fp)
			return 0;
		if (!size)
			fgetc(fp);
		struct import_stats st;
		struct diags d = {0};
		size_t sets = 0;
		struct diags left = {0};
		struct import_options o = {.units = u ? UNITS_LB : UNITS_KG,
					   .file_unit = u ? UNITS_LB : UNITS_KG,
					   .strict = u,
					   .today = 25000,
					   .left = &left};
		import_stream("fuzz.csv", fp, library(), &o, count, &sets, &st, &d);
		diags_free(&left);
		fclose(fp);
		diags_free(&d);
		import_stats_free(&st);
	}
	return 0;
}
#endif

#if FUZZ_TARGET == FUZZ_IMPORT_ARGS
#include <dirent.h>
extern const struct command cmd_import_entry;
static char home[64];

/* Remove path and, when it is a folder (not a link), what it holds. */
static void remove_tree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
		DIR *dp = opendir(path);
		struct dirent *e;
		while (dp && (e = readdir(dp)))
			if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0) {
				char *sub = xasprintf("%s/%s", path, e->d_name);
				remove_tree(sub);
				free(sub);
			}
		if (dp)
			closedir(dp);
	}
	remove(path);
}

/* The private home goes at exit: every run of make check made one. */
static void remove_home(void)
{
	remove_tree(home);
}

/* `coach import` with the words of the input as its arguments, run for real
 * in a private home (a file it names may be one of the fixtures, or a
 * device, a folder or nothing at all). */
static int fuzz_import_args(const uint8_t *data, size_t size)
{
	if (!home[0]) {
		snprintf(home, sizeof(home), "/tmp/coach-fuzz-import-XXXXXX");
		if (!mkdtemp(home))
			abort();
		atexit(remove_home);
	}
	if (size > 1024)
		return 0;
	/* relative names resolve among the fixtures, for this input only:
	 * libFuzzer reads its corpus by relative paths between inputs (a
	 * chdir left in place made it find no input at all) */
	int back = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (back < 0 || chdir(FUZZ_SOURCE_ROOT "/tests/data") != 0)
		abort();
	char *buf = xmalloc(size + 1);
	memcpy(buf, data, size);
	buf[size] = '\0';
	char *argv[34];
	int argc = 0;
	char *p = buf;
	for (size_t i = 0; i <= size && argc < 32; i++)
		if (i == size || buf[i] == '\n' || buf[i] == '\0') {
			buf[i] = '\0';
			argv[argc++] = p;
			p = buf + i + 1;
		}
	argv[argc] = NULL;
	clock_pin(20000);
	struct cli c = {0};
	char *err = NULL;
	if (ctx_init(&c.ctx, home, NULL, &err)) {
		FILE *out = freopen("/dev/null", "w", stdout);
		(void)out;
		cmd_import_entry.run(&c, argc, argv);
		fflush(stdout);
	}
	free(err);
	ctx_free(&c.ctx);
	free(buf);
	if (fchdir(back) != 0)
		abort();
	close(back);
	return 0;
}
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#if FUZZ_TARGET == FUZZ_ARGS
	return fuzz_args(data, size);
#elif FUZZ_TARGET == FUZZ_IMPORT
	return fuzz_import(data, size);
#elif FUZZ_TARGET == FUZZ_IMPORT_ARGS
	return fuzz_import_args(data, size);
#else
	struct ystream s = {0};
	struct diags d = {0};
	if (ystream_parse(&s, "fuzz.yaml", (const char *)data, size, &d)) {
		struct yctx c;
		yctx_init(&c, s.path, &d, &s.arena);
		for (size_t i = 0; i < s.n_docs; i++) {
			enum doc_kind k;
			doc_detect(&c, s.docs[i], &k); /* exercised, but every reader runs */
#if FUZZ_TARGET == FUZZ_PROGRAM
			struct program p;
			if (program_read(&c, s.docs[i], &p)) {
				struct slot_params sp;
				for (size_t j = 0; j < p.n_days; j++)
					for (size_t m = 0; m < p.days[j].n_slots; m++)
						sp = program_slot_week(&p, &p.days[j].slots[m],
								       1 + (int)m),
						(void)sp;
			}
#elif FUZZ_TARGET == FUZZ_EXERCISES
			struct exercise_file f;
			exercise_file_read(&c, s.docs[i], &f);
#elif FUZZ_TARGET == FUZZ_PROFILE
			struct profile p;
			profile_defaults(&p);
			p.src.path = s.path;
			if (profile_read(&p, s.docs[i], &d)) {
				char *text = profile_to_yaml(&p);
				free(text);
			}
			arena_free(&p.src.arena);
#elif FUZZ_TARGET == FUZZ_SESSION
			struct session ss;
			session_read(&c, s.docs[i], 20000, &ss);
#elif FUZZ_TARGET == FUZZ_POLICY
			struct policy pol;
			policy_read(&c, s.docs[i], &pol);
#elif FUZZ_TARGET == FUZZ_CRISIS
			struct crisis cr;
			crisis_read(&c, s.docs[i], &cr);
#endif
		}
	}
	diags_free(&d);
	ystream_free(&s);
	return 0;
#endif
}
