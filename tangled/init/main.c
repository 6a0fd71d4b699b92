/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* start_kernel: the first C code. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/multiboot.h>
#include <linux/params.h>
#include <linux/serial.h>
#include <linux/setup.h>
#include <linux/ktest.h>
#include <linux/monitor.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/traps.h>

/* the banner */
static const char linux_banner[] =
	"book-and-kernel (i386 PAE) compiled by gcc " __VERSION__ "\n";

/* starting the console */
/* Start the serial console so that printk has somewhere to write. */
static void __init console_init(void)
{
	serial_init();
	register_console(&serial_console);
}

/* start_kernel, the order of initialisation */
/*
 * The first C function; called once by startup_32 on the boot stack.
 * => interrupts off; magic and mbi_phys are the loader's eax and ebx.
 * Never returns.
 */
void start_kernel(u32 magic, u32 mbi_phys)
{
	struct multiboot_info *mbi;

	console_init();
	printk(KERN_NOTICE "%s", linux_banner);
	trap_init();
	mbi = multiboot_info_map(magic, mbi_phys);
	setup_command_line(mbi);
	parse_cmdline(command_line);
	setup_memory_map(mbi);
	print_modules(mbi);
	/* start the memory manager, each allocator on the one before */
	setup_memory(mbi);
	paging_init();
	build_all_zonelists();
	mem_init();
	kmem_cache_init();
	kmem_cache_sizes_init();
	printk(KERN_INFO "boot: %llu TSC cycles from reset to here\n", rdtsc());
	if (ktest_requested())
		ktest_main();
	monitor_main();
}
