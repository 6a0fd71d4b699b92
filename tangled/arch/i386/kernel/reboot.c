/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* machine_exit: end the run through QEMU's isa-debug-exit device. */
#include <linux/kernel.h>
#include <linux/reboot.h>
#include <asm/io.h>

/*
 * Stop the machine, telling QEMU how the run went.
 * => code is EXIT_PASS, EXIT_FAIL or EXIT_PANIC; it is an unchecked
 * runtime error to pass another.  Never returns.
 */
void machine_exit(int code)
{
	outl(code, QEMU_EXIT_PORT);
	printk(KERN_EMERG "no isa-debug-exit device at port %#x: halting\n",
	       QEMU_EXIT_PORT);
	for (;;)
		__asm__ __volatile__("cli; hlt");
}
