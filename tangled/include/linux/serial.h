/* Generated from src.nw/91-console.nw, "The console"; edit that file, not this one. */
/* The polled 16550 UART driver for COM1. */
#ifndef _LINUX_SERIAL_H
#define _LINUX_SERIAL_H

#include <linux/console.h>

void serial_init(void);
void serial_putc(char c);
void serial_puts(const char *s);
int serial_getc(void);
int serial_trygetc(void);

extern struct console serial_console;   /* "ttyS0", for register_console */

#endif /* _LINUX_SERIAL_H */
