/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* Crash tests: each ends the run in one of the ways a broken kernel does. */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <asm/desc.h>

/* crash_divide */
static void crash_divide(void)
{
	volatile int one = 1, zero = 0;

	printk(KERN_ALERT "1 / 0 = %d\n", one / zero);
}
KTEST_CRASH(crash_divide, "divides by zero: an oops and a panic");

/* crash_null */
static void crash_null(void)
{
	printk(KERN_ALERT "*NULL = %u\n", *(volatile u32 *)0);
}
KTEST_CRASH(crash_null, "reads address 0: a page fault and a panic");

/* crash_triple */
static void crash_triple(void)
{
	struct desc_ptr empty = { .size = 0, .address = 0 };

	__asm__ __volatile__("lidt %0\n\tint3" : : "m"(empty));
}
KTEST_CRASH(crash_triple, "faults with no IDT: a triple fault");

/* crash_hang */
static void crash_hang(void)
{
	for (;;)
		__asm__ __volatile__("cli; hlt");
}
KTEST_CRASH(crash_hang, "halts forever: the runner's timeout");
