#include "coach/yemit.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct yemit {
	yaml_emitter_t em;
	struct sbuf out;
	FILE *fp; /* when set, the text goes here as it is made */
	bool ok;
};

static int write_handler(void *data, unsigned char *buf, size_t size)
{
	struct yemit *e = data;
	if (e->fp)
		return fwrite(buf, 1, size, e->fp) == size;
	sbuf_add(&e->out, (const char *)buf, size);
	return 1;
}

static void emit(struct yemit *e, yaml_event_t *ev, int init_ok)
{
	if (!e->ok)
		return;
	if (!init_ok || !yaml_emitter_emit(&e->em, ev))
		e->ok = false;
}

static struct yemit *new_emitter(FILE *fp)
{
	struct yemit *e = xcalloc(1, sizeof(*e));
	e->ok = true;
	e->fp = fp;
	if (!yaml_emitter_initialize(&e->em))
		die("libyaml: out of memory");
	yaml_emitter_set_output(&e->em, write_handler, e);
	yaml_emitter_set_unicode(&e->em, 1);
	yaml_emitter_set_width(&e->em, -1); /* no folding: one value, one line */
	yaml_emitter_set_indent(&e->em, 2);
	yaml_event_t ev;
	emit(e, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	emit(e, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	return e;
}

struct yemit *yemit_new(void)
{
	return new_emitter(NULL);
}

struct yemit *yemit_new_stream(FILE *fp)
{
	return new_emitter(fp);
}

bool yemit_finish(struct yemit *e, char **out)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_document_end_event_initialize(&ev, 1));
	emit(e, &ev, yaml_stream_end_event_initialize(&ev));
	if (e->ok && !yaml_emitter_flush(&e->em))
		e->ok = false;
	yaml_emitter_delete(&e->em);
	bool ok = e->ok;
	if (ok) {
		*out = e->out.s ? e->out.s : xstrdup("");
	} else {
		*out = NULL;
		sbuf_free(&e->out);
	}
	free(e);
	return ok;
}

bool yemit_finish_to(struct yemit *e, FILE *fp)
{
	if (e->fp) {
		char *none; /* "" for a stream: its text is in fp already */
		bool ok = yemit_finish(e, &none);
		free(none);
		return ok && fflush(fp) == 0;
	}
	char *s;
	if (!yemit_finish(e, &s))
		return false;
	bool ok = fputs(s, fp) >= 0;
	free(s);
	return ok;
}

static void start(struct yemit *e, bool map, bool flow)
{
	yaml_event_t ev;
	if (map)
		emit(e, &ev,
		     yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
							 flow ? YAML_FLOW_MAPPING_STYLE
							      : YAML_BLOCK_MAPPING_STYLE));
	else
		emit(e, &ev,
		     yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
							  flow ? YAML_FLOW_SEQUENCE_STYLE
							       : YAML_BLOCK_SEQUENCE_STYLE));
}

void yemit_map(struct yemit *e)
{
	start(e, true, false);
}
void yemit_map_flow(struct yemit *e)
{
	start(e, true, true);
}
void yemit_seq(struct yemit *e)
{
	start(e, false, false);
}
void yemit_seq_flow(struct yemit *e)
{
	start(e, false, true);
}

void yemit_map_end(struct yemit *e)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_mapping_end_event_initialize(&ev));
}

void yemit_seq_end(struct yemit *e)
{
	yaml_event_t ev;
	emit(e, &ev, yaml_sequence_end_event_initialize(&ev));
}

static void scalar(struct yemit *e, const char *s, bool plain_ok)
{
	yaml_event_t ev;
	/* text of several lines reads best as a literal block */
	yaml_scalar_style_t style =
		strchr(s, '\n') ? YAML_LITERAL_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE;
	emit(e, &ev,
	     yaml_scalar_event_initialize(&ev, NULL, (yaml_char_t *)YAML_STR_TAG,
					  (const yaml_char_t *)s, (int)strlen(s), plain_ok, 1,
					  style));
}

/* quoted_implicit is always 1: a quoted scalar is a string, which it is.
 * Would a plain scalar with this text read back as something other than a string? */
static bool plain_is_safe(const char *s)
{
	if (!*s)
		return false;
	static const char *const special[] = {
		"null", "Null", "NULL", "~",  "true", "True", "TRUE", "false", "False", "FALSE",
		"yes",	"Yes",	"YES",	"no", "No",   "NO",   "on",   "On",    "ON",	"off",
		"Off",	"OFF",	"y",	"Y",  "n",    "N",    ".inf", ".nan",  NULL};
	for (const char *const *p = special; *p; p++)
		if (strcmp(*p, s) == 0)
			return false;
	/* anything that starts like a number, date or indicator gets quotes */
	if (strchr("0123456789-+.!&*[]{}#|>@`\"'%,?:", s[0]))
		return false;
	return true;
}

void yemit_key(struct yemit *e, const char *key)
{
	scalar(e, key, true);
}

void yemit_str(struct yemit *e, const char *s)
{
	scalar(e, s, plain_is_safe(s));
}

void yemit_word(struct yemit *e, const char *s)
{
	scalar(e, s, true);
}

void yemit_int(struct yemit *e, long v)
{
	char b[32];
	snprintf(b, sizeof(b), "%ld", v);
	scalar(e, b, true);
}

void yemit_num(struct yemit *e, double v)
{
	char b[48];
	scalar(e, num_text(v, b, sizeof(b)), true);
}

void yemit_bool(struct yemit *e, bool v)
{
	scalar(e, v ? "true" : "false", true);
}

void yemit_null(struct yemit *e)
{
	scalar(e, "null", true);
}
