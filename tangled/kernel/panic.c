/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* panic: print a last message and end the run. */
#include <linux/kernel.h>
#include <linux/reboot.h>

/* the message buffer and the depth of panics */
#define PANIC_BUF_LEN   1024            /* the longest panic message */

static char panic_buf[PANIC_BUF_LEN];
static int panic_depth;                 /* panics in progress */

/* printing the last words and leaving */
/*
 * Print "Kernel panic: <message>" at KERN_EMERG and leave QEMU with
 * EXIT_PANIC.  A panic during a panic exits without printing.  Never
 * returns.
 */
void panic(const char *fmt, ...)
{
	va_list args;

	if (panic_depth++ > 0)
		machine_exit(EXIT_PANIC);
	va_start(args, fmt);
	vsnprintf(panic_buf, sizeof(panic_buf), fmt, args);
	va_end(args);
	printk(KERN_EMERG "Kernel panic: %s\n", panic_buf);
	machine_exit(EXIT_PANIC);
}
