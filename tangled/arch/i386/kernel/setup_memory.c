/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* setup_memory: the frame limits and the boot allocator on the PC. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/multiboot.h>
#include <linux/setup.h>
#include <asm/boot.h>
#include <asm/page.h>
#include <asm/sections.h>
#include "setup_memory.h"

/* the high-memory limits */
unsigned long highstart_pfn, highend_pfn;

/* the kept ranges */
struct boot_range boot_ranges[MAX_BOOT_RANGES];
int nr_boot_ranges;

/* where the bitmap went */
unsigned long bootmap_pfn, bootmap_bytes;

/* finding the end of RAM */
#define MAX_PAE_PFN     (1UL << (36 - PAGE_SHIFT))      /* 64 GiB */

/* max_pfn: the end of the highest whole page of usable RAM. */
static void __init find_max_pfn(void)
{
	int i;

	max_pfn = 0;
	for (i = 0; i < e820.nr_map; i++) {
		/* raise max_pfn to the end of region i if it is RAM */
		struct e820entry *r = &e820.map[i];
		u64 start = PFN_UP(r->addr), end = PFN_DOWN(r->addr + r->size);

		if (r->type != E820_RAM || start >= end)
			continue;
		if (end > MAX_PAE_PFN) {
			printk(KERN_WARNING "RAM above 64 GiB ignored: PAE cannot"
			       " address it\n");
			end = MAX_PAE_PFN;
		}
		if (end > max_pfn)
			max_pfn = end;
	}
}

/* splitting low from high memory */
#define pages_to_mb(x)  ((x) >> (20 - PAGE_SHIFT))

/* max_low_pfn and the high-memory range, from max_pfn. */
static void __init find_max_low_pfn(void)
{
	max_low_pfn = max_pfn;
	if (max_low_pfn > MAXMEM_PFN)
		max_low_pfn = MAXMEM_PFN;
	highstart_pfn = highend_pfn = max_pfn;
	if (max_pfn > max_low_pfn)
		highstart_pfn = max_low_pfn;
	/* print the sizes of high and low memory */
	printk(KERN_NOTICE "%luMB HIGHMEM available.\n",
	       pages_to_mb(highend_pfn - highstart_pfn));
	printk(KERN_NOTICE "%luMB LOWMEM available.\n", pages_to_mb(max_low_pfn));
}

/* the whole pages of a region */
/* The whole pages of e820 region r, clipped to what PAE can address. */
static void e820_pfns(const struct e820entry *r, u64 *start, u64 *end)
{
	*start = *end = 0;
	if (r->type != E820_RAM)
		return;
	*start = PFN_UP(r->addr);
	*end = min_t(u64, PFN_DOWN(r->addr + r->size), MAX_PAE_PFN);
}

/* finding a run of RAM */
/*
 * The first RAM frame at or above pfn, or ~0UL if there is none; *end
 * becomes one past the last frame of the run of RAM that starts there.
 * Takes time proportional to the square of the e820 map's length.
 */
unsigned long next_ram_run(unsigned long pfn, unsigned long *end)
{
	u64 s, e, start = ~0UL;
	bool grew;
	int i;

	/* find the lowest RAM frame at or above pfn in start */
	for (i = 0; i < e820.nr_map; i++) {
		e820_pfns(&e820.map[i], &s, &e);
		if (s < e && e > pfn)
			start = min_t(u64, start, max_t(u64, s, pfn));
	}
	*end = start;
	/* extend *end over every region that touches or overlaps the run */
	do {
		grew = false;
		for (i = 0; start != ~0UL && i < e820.nr_map; i++) {
			e820_pfns(&e820.map[i], &s, &e);
			if (s < e && s <= *end && e > *end) {
				*end = e;
				grew = true;
			}
		}
	} while (grew);
	return start;
}

/* counting reserved RAM pages */
/*
 * RAM pages in [lo, hi) whose struct page is PG_reserved.  => mem_map
 * exists.  Takes time proportional to hi - lo.
 */
unsigned long reserved_ram_pages(unsigned long lo, unsigned long hi)
{
	unsigned long s, e, pfn, n = 0;

	for_each_ram_run(s, e, lo, hi)
		for (pfn = s; pfn < min(e, hi); pfn++)
			n += PageReserved(pfn_to_page(pfn));
	return n;
}

/* keeping one range */
/* Add the pages holding [phys, phys + size) to boot_ranges. */
static void __init keep_range(u64 phys, u64 size, const char *what)
{
	if (size == 0)
		return;
	if (nr_boot_ranges == MAX_BOOT_RANGES)
		panic("more than %d areas of boot data to keep; cannot keep %s",
		      MAX_BOOT_RANGES, what);
	boot_ranges[nr_boot_ranges].start = PFN_DOWN(phys);
	boot_ranges[nr_boot_ranges].end = PFN_UP(phys + size);
	nr_boot_ranges++;
	printk(KERN_INFO " bootmem: keep %016llx - %016llx (%s)\n",
	       phys, phys + size, what);
}

/* collecting the boot data to keep */
/* Collect page 0, the kernel image and the loader's data in boot_ranges. */
static void __init collect_boot_ranges(struct multiboot_info *mbi)
{
	keep_range(0, PAGE_SIZE, "page 0: BIOS data");
	keep_range(__pa(_text), _end - _text, "kernel image");
	keep_range(__pa(mbi), sizeof(*mbi), "Multiboot information");
	if (mbi->flags & MULTIBOOT_INFO_MEM_MAP)
		keep_range(mbi->mmap_addr, mbi->mmap_length, "memory map");
	if (mbi->flags & MULTIBOOT_INFO_CMDLINE)
		keep_range(mbi->cmdline, COMMAND_LINE_SIZE, "command line");
	if ((mbi->flags & MULTIBOOT_INFO_MODS) && mbi->mods_count)
		/* keep the module list, the modules and their strings */
		{
			u64 len = (u64)mbi->mods_count * sizeof(struct multiboot_module);
			struct multiboot_module *mod = __va(mbi->mods_addr);
			u32 i;

			keep_range(mbi->mods_addr, len, "module list");
			if (mbi->mods_addr + len <= BOOT_MAP_SIZE)
				for (i = 0; i < mbi->mods_count; i++, mod++) {
					/* keep module mod and its command line */
					keep_range(mod->mod_start, mod->mod_end - mod->mod_start,
						   "module");
					keep_range(mod->string, COMMAND_LINE_SIZE,
						   "module command line");
				}
		}
}

/* sorting and merging the kept ranges */
/* Sort boot_ranges by start and merge overlapping or touching ranges. */
static void __init sort_boot_ranges(void)
{
	int i, j, n = 0;

	/* sort boot_ranges by start */
	for (i = 1; i < nr_boot_ranges; i++) {
		struct boot_range r = boot_ranges[i];

		for (j = i; j > 0 && boot_ranges[j - 1].start > r.start; j--)
			boot_ranges[j] = boot_ranges[j - 1];
		boot_ranges[j] = r;
	}
	/* merge each range into the previous one if they overlap or touch */
	for (i = 1; i < nr_boot_ranges; i++) {
		if (boot_ranges[i].start <= boot_ranges[n].end)
			boot_ranges[n].end = max(boot_ranges[n].end, boot_ranges[i].end);
		else
			boot_ranges[++n] = boot_ranges[i];
	}
	nr_boot_ranges = nr_boot_ranges ? n + 1 : 0;
}

/* reserving the kept ranges */
/* Reserve the RAM below max_low_pfn of every range in boot_ranges. */
static void __init reserve_boot_ranges(void)
{
	unsigned long s, e, hi;
	int i;

	for (i = 0; i < nr_boot_ranges; i++) {
		hi = min(boot_ranges[i].end, max_low_pfn);
		for_each_ram_run(s, e, boot_ranges[i].start, hi)
			reserve_bootmem(PFN_PHYS(s), PFN_PHYS(min(e, hi) - s));
	}
}

/* freeing high memory around the kept ranges */
/*
 * Call release on every RAM page in [highstart_pfn, highend_pfn) that
 * no kept range holds.  => mem_map exists.  Time proportional to the
 * high pages.
 */
void __init set_highmem_pages_init(void (*release)(struct page *))
{
	unsigned long s, e, pfn;
	int r = 0;

	for_each_ram_run(s, e, highstart_pfn, highend_pfn)
		for (pfn = s; pfn < min(e, highend_pfn); pfn++) {
			/* skip pfn if kept range r holds it */
			while (r < nr_boot_ranges && boot_ranges[r].end <= pfn)
				r++;
			if (r < nr_boot_ranges && boot_ranges[r].start <= pfn)
				continue;
			release(pfn_to_page(pfn));
		}
}

/* placing the bitmap */
/* The first frame after the kernel where pages frames of RAM hold nothing. */
static unsigned long __init find_bootmap_start(unsigned long pages)
{
	unsigned long start = PFN_UP(__pa(_end)), end;
	int i;

	for (;;) {
		start = next_ram_run(start, &end);
		/* panic if low memory has no room for the bitmap at start */
		if (start == ~0UL || start + pages > max_low_pfn)
			panic("no room for the boot allocator's %lu-page bitmap"
			      " in low memory", pages);
		if (start + pages > end) {
			start = end;
			continue;
		}
		/* return start if no kept range overlaps it, else move past the range */
		for (i = 0; i < nr_boot_ranges; i++)
			if (boot_ranges[i].start < start + pages &&
			    start < boot_ranges[i].end)
				break;
		if (i == nr_boot_ranges)
			return start;
		start = boot_ranges[i].end;
	}
}

/* setup_memory */
/*
 * Find the frame limits, start the boot allocator on low memory, free
 * the RAM and reserve what is in use.  => after setup_memory_map,
 * before the first boot allocation.
 */
void __init setup_memory(struct multiboot_info *mbi)
{
	unsigned long s, e;

	find_max_pfn();
	find_max_low_pfn();
	collect_boot_ranges(mbi);
	sort_boot_ranges();
	bootmap_pfn = find_bootmap_start(bootmem_bootmap_pages(max_low_pfn));
	bootmap_bytes = init_bootmem(bootmap_pfn, max_low_pfn);
	/* free the RAM below max_low_pfn, then reserve what is in use */
	for_each_ram_run(s, e, 0, max_low_pfn)
		free_bootmem(PFN_PHYS(s), PFN_PHYS(min(e, max_low_pfn) - s));
	reserve_boot_ranges();
	reserve_bootmem(PFN_PHYS(bootmap_pfn), bootmap_bytes);
	printk(KERN_INFO "bootmem: %lu pages, bitmap of %lu bytes at %#llx\n",
	       max_low_pfn, bootmap_bytes, PFN_PHYS(bootmap_pfn));
}
