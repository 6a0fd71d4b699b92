/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/* The boot-time view of the machine: command line and memory map. */
#ifndef _LINUX_SETUP_H
#define _LINUX_SETUP_H

#include <linux/types.h>
#include <linux/multiboot.h>

/* the command line and the loader's information */
#define COMMAND_LINE_SIZE 256

extern char boot_command_line[], command_line[];

struct multiboot_info *multiboot_info_map(u32 magic, u32 mbi_phys);
void setup_command_line(struct multiboot_info *mbi);
void print_modules(struct multiboot_info *mbi);

/* the E820 region types */
#define E820MAX         32      /* entries kept, as in Linux 2.4 */
#define E820_RAM        1
#define E820_RESERVED   2
#define E820_ACPI       3
#define E820_NVS        4
#define E820_UNUSABLE   5

/* and struct e820map */
struct e820entry {
	u64 addr;               /* start of the region */
	u64 size;               /* bytes */
	u32 type;               /* E820_* */
};

struct e820map {
	int nr_map;
	struct e820entry map[E820MAX];
};

/* the memory map's interface */
extern struct e820map e820;

void setup_memory_map(struct multiboot_info *mbi);
void print_memory_map(const char *who);
u64 e820_ram_total(void);
u64 e820_ram_limit(void);

#endif /* _LINUX_SETUP_H */
