/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* The kernel monitor on the serial console. */
#ifndef _LINUX_MONITOR_H
#define _LINUX_MONITOR_H

#include <linux/compiler.h>

/* struct monitor_cmd */
struct monitor_cmd {
	const char *name;
	const char *help;                       /* one line for 'help' */
	void (*run)(int argc, char **argv);     /* argv[0] is the name */
};

/* MONITOR_CMD and the table it builds */
#define MONITOR_CMD(cmd, text, fn)                                      \
	static const struct monitor_cmd __monitor_##fn                  \
	__used __section(".monitor") __aligned(4) = { cmd, text, fn }

extern const struct monitor_cmd __monitor_start[], __monitor_end[];

void monitor_main(void) __noreturn;

#endif /* _LINUX_MONITOR_H */
