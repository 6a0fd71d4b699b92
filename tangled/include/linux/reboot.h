/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* Ending a run: the isa-debug-exit device and its exit codes. */
#ifndef _LINUX_REBOOT_H
#define _LINUX_REBOOT_H

#define QEMU_EXIT_PORT  0xF4    /* -device isa-debug-exit,iobase=0xf4 */
#define EXIT_PASS       0x10    /* QEMU exits with 33 */
#define EXIT_FAIL       0x11    /* QEMU exits with 35 */
#define EXIT_PANIC      0x12    /* QEMU exits with 37 */

#ifndef __ASSEMBLY__
#include <linux/compiler.h>

void machine_exit(int code) __noreturn;
#endif

#endif /* _LINUX_REBOOT_H */
