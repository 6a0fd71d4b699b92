/* Generated from src.nw/91-console.nw, "The console"; edit that file, not this one. */
/* Consoles: the devices printk writes to. */
#ifndef _LINUX_CONSOLE_H
#define _LINUX_CONSOLE_H

struct console {
	const char *name;               /* for messages: "ttyS0" */
	void (*write)(struct console *con, const char *s, unsigned n);
	struct console *next;           /* next registered console */
};

void register_console(struct console *con);

#endif /* _LINUX_CONSOLE_H */
