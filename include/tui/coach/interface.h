/* interface.h - the interactive coach (src/tui), what the command line
 * opens when it is run on a terminal without a command. */
#ifndef COACH_INTERFACE_H
#define COACH_INTERFACE_H

struct ctx;

/* Run the coach's screens on the terminal over x (its catalogue is loaded
 * here, its problems printed before the screen opens).  Returns the exit
 * status: 0, EXIT_INVALID, EXIT_USAGE (no usable terminal) or 128 + the
 * signal that ended it. */
int tui_main(struct ctx *x);

#endif
