/* Generated from src.nw/01-boot.nw, "Booting"; edit that file, not this one. */
/* The boot-time view of the machine: Multiboot info, command line, e820. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/params.h>
#include <linux/setup.h>
#include <linux/string.h>
#include <asm/boot.h>
#include <asm/page.h>

/* reading the loader's memory through the boot map */
/*
 * The kernel virtual address of len bytes at physical address phys, or
 * NULL if they are not all inside the boot direct map.
 */
static void *boot_phys_to_virt(u64 phys, u64 len)
{
	if (phys >= BOOT_MAP_SIZE || len > BOOT_MAP_SIZE - phys)
		return NULL;
	return __va((unsigned long)phys);
}

/* the loader's strings */
/* A loader's string: readable for COMMAND_LINE_SIZE bytes, or NULL. */
static const char *boot_string(u32 phys)
{
	return boot_phys_to_virt(phys, COMMAND_LINE_SIZE);
}

/* the two copies of the command line */
char boot_command_line[COMMAND_LINE_SIZE];      /* as the loader gave it */
char command_line[COMMAND_LINE_SIZE];           /* parse_cmdline's copy */

/* the map and the mem= limit */
struct e820map e820;
static u64 mem_limit = ~0ULL;           /* set by mem= */

/* checking that a Multiboot loader started us */
/*
 * Check that a Multiboot loader started us and return its information.
 * It is a checked runtime error to start the kernel any other way, or
 * with the information outside low memory: both panic, saying why.
 */
struct multiboot_info *__init multiboot_info_map(u32 magic, u32 mbi_phys)
{
	struct multiboot_info *mbi;

	if (magic != MULTIBOOT_BOOTLOADER_MAGIC)
		panic("not started by a Multiboot loader (eax=%#x, expected %#x);"
		      " boot with qemu -kernel or GRUB's multiboot command",
		      magic, MULTIBOOT_BOOTLOADER_MAGIC);
	mbi = boot_phys_to_virt(mbi_phys, sizeof(*mbi));
	if (!mbi)
		panic("Multiboot information at %#x lies outside low memory",
		      mbi_phys);
	return mbi;
}

/* copying the command line */
/*
 * Copy the Multiboot command line into boot_command_line and
 * command_line, and print it as Linux does.  => called once, before
 * parse_cmdline; a longer line is cut to COMMAND_LINE_SIZE - 1 bytes
 * with a warning.  Takes time proportional to the length of the line.
 */
void __init setup_command_line(struct multiboot_info *mbi)
{
	const char *src = "";
	size_t n;

	/* find the loader's command line, or keep the empty string */
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE) {
		src = boot_string(mbi->cmdline);
		if (!src) {
			printk(KERN_ERR "command line at %#x lies outside low"
			       " memory; ignored\n", mbi->cmdline);
			src = "";
		}
	}
	n = strnlen(src, COMMAND_LINE_SIZE);
	if (n == COMMAND_LINE_SIZE) {
		n--;
		printk(KERN_WARNING "command line longer than %d bytes;"
		       " the rest is ignored\n", COMMAND_LINE_SIZE - 1);
	}
	memcpy(boot_command_line, src, n);
	boot_command_line[n] = '\0';
	strcpy(command_line, boot_command_line);
	printk(KERN_NOTICE "Kernel command line: %s\n", boot_command_line);
}

/* appending a region to the map */
/* Append [start, start+size) of the given type to the e820 map. */
static void __init add_memory_region(u64 start, u64 size, u32 type)
{
	if (e820.nr_map == E820MAX) {
		printk(KERN_ERR "Ooops! Too many entries in the memory map;"
		       " ignoring %#llx-%#llx\n", start, start + size);
		return;
	}
	e820.map[e820.nr_map].addr = start;
	e820.map[e820.nr_map].size = size;
	e820.map[e820.nr_map].type = type;
	e820.nr_map++;
}

/* the smallest entry and the known types */
#define MMAP_ENTRY_MIN  (sizeof(struct multiboot_mmap_entry) - sizeof(u32))

/* The BIOS defines types 1-5; treat any other as reserved. */
static u32 e820_known_type(u32 type)
{
	return type >= E820_RAM && type <= E820_UNUSABLE ? type : E820_RESERVED;
}

/* copying the loader's map */
/* Copy the loader's memory map into e820; returns entries read. */
static int __init copy_multiboot_map(struct multiboot_info *mbi)
{
	u32 off = 0;
	int n = 0;

	while (off + sizeof(struct multiboot_mmap_entry) <= mbi->mmap_length) {
		/* copy the entry at off, or stop if it is malformed */
		struct multiboot_mmap_entry *e =
			boot_phys_to_virt((u64)mbi->mmap_addr + off, sizeof(*e));

		if (!e || e->size < MMAP_ENTRY_MIN) {
			printk(KERN_ERR "memory map entry at offset %u is"
			       " malformed; map truncated\n", off);
			break;
		}
		add_memory_region(e->addr, e->len, e820_known_type(e->type));
		off += e->size + sizeof(e->size);
		n++;
	}
	return n;
}

/* a map from the two memory-size fields */
/* Build a two-entry map from mem_lower and mem_upper. */
static void __init fake_map_from_mem_fields(struct multiboot_info *mbi)
{
	add_memory_region(0, (u64)mbi->mem_lower << 10, E820_RAM);
	add_memory_region(1ULL << 20, (u64)mbi->mem_upper << 10, E820_RAM);
}

/* the mem= option */
#define MEM_LIMIT_MIN   (4ULL << 20)

/* mem=SIZE: use no RAM at or above physical address SIZE. */
static int __init parse_mem(char *val)
{
	char *end;
	u64 size = memparse(val, &end);

	if (end == val || *end || size < MEM_LIMIT_MIN) {
		printk(KERN_ERR "mem=%s: expected a size of at least %lluM"
		       " with an optional K, M or G suffix, e.g. mem=64M\n",
		       val, MEM_LIMIT_MIN >> 20);
		return -1;
	}
	mem_limit = size;
	return 0;
}
__setup("mem=", parse_mem);

/* cutting the map at the mem= limit */
/* Drop or cut every RAM region that reaches past mem_limit. */
static void __init limit_regions(u64 limit)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *r = &e820.map[i];

		if (r->type != E820_RAM || r->addr + r->size <= limit)
			continue;
		r->size = r->addr < limit ? limit - r->addr : 0;
	}
}

/* the names of the region types */
static const char *const e820_type_name[] = {
	[E820_RAM] = "usable",          [E820_RESERVED] = "reserved",
	[E820_ACPI] = "ACPI data",      [E820_NVS] = "ACPI NVS",
	[E820_UNUSABLE] = "unusable",
};

/* printing the map as Linux does */
/*
 * Print the e820 map, one region a line, as Linux's dmesg shows it.
 * => after setup_memory_map.  Takes time proportional to the entries.
 */
void print_memory_map(const char *who)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *r = &e820.map[i];

		if (r->size == 0)
			continue;
		printk(KERN_INFO " %s: %016llx - %016llx (%s)\n", who,
		       r->addr, r->addr + r->size, e820_type_name[r->type]);
	}
}

/* the usable RAM in the map */
/*
 * Bytes of usable RAM in the (possibly limited) map.
 * => after setup_memory_map.  Takes time proportional to the entries.
 */
u64 e820_ram_total(void)
{
	u64 total = 0;
	int i;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM)
			total += e820.map[i].size;
	return total;
}

/* the mem= limit asked for */
/* The mem= limit, or ~0 if none was given.  => after parse_cmdline. */
u64 e820_ram_limit(void)
{
	return mem_limit;
}

/* building the map at boot */
/*
 * Build e820 from the Multiboot information, apply mem=, print it.
 * => called once, after parse_cmdline and before setup_memory.  It is a
 * checked runtime error for the loader to give neither a map nor the
 * memory-size fields (panic).  Takes time proportional to the entries.
 */
void __init setup_memory_map(struct multiboot_info *mbi)
{
	const char *who = "BIOS-e820";

	/* copy the loader's map, or build one from the size fields */
	if (!(mbi->flags & MULTIBOOT_INFO_MEM_MAP) || !copy_multiboot_map(mbi)) {
		if (!(mbi->flags & MULTIBOOT_INFO_MEMORY))
			panic("the loader reported no memory map and no memory size");
		fake_map_from_mem_fields(mbi);
		who = "BIOS-88";
	}
	printk(KERN_INFO "BIOS-provided physical RAM map:\n");
	print_memory_map(who);
	if (mem_limit != ~0ULL) {
		limit_regions(mem_limit);
		printk(KERN_INFO "user-defined physical RAM map:\n");
		print_memory_map("user");
	}
	printk(KERN_INFO "%lluMB RAM usable\n", e820_ram_total() >> 20);
}

/* listing the modules */
/*
 * List the Multiboot modules, one a line.  A module list outside low
 * memory is reported and skipped.  Takes time proportional to the
 * number of modules.
 */
void __init print_modules(struct multiboot_info *mbi)
{
	struct multiboot_module *mod;
	u32 i;

	if (!(mbi->flags & MULTIBOOT_INFO_MODS) || mbi->mods_count == 0)
		return;
	mod = boot_phys_to_virt(mbi->mods_addr,
				(u64)mbi->mods_count * sizeof(*mod));
	if (!mod) {
		printk(KERN_ERR "module list outside low memory; ignored\n");
		return;
	}
	for (i = 0; i < mbi->mods_count; i++, mod++) {
		const char *name = boot_string(mod->string);

		printk(KERN_INFO " module %u: %016llx - %016llx %s\n", i,
		       (u64)mod->mod_start, (u64)mod->mod_end, name ? name : "");
	}
}
