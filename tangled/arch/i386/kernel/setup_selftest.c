/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* Self-test of the memory map that setup.c builds from Multiboot. */
#include <linux/kernel.h>
#include <linux/ktest.h>
#include <linux/setup.h>
#include <asm/page.h>

/* the least usable memory a sane map reports */
#define MEM_MIN_USABLE  (2ULL << 20)   /* the kernel alone needs about 1 MiB */

/* regions_overlap */
/* Whether two e820 regions share a byte. */
static bool regions_overlap(const struct e820entry *a, const struct e820entry *b)
{
	return a->size && b->size && a->addr < b->addr + b->size &&
	       b->addr < a->addr + a->size;
}

/* in_usable_region */
/* Whether [start, end) lies inside one usable region. */
static bool in_usable_region(u64 start, u64 end)
{
	int i;

	for (i = 0; i < e820.nr_map; i++)
		if (e820.map[i].type == E820_RAM && e820.map[i].addr <= start &&
		    end <= e820.map[i].addr + e820.map[i].size)
			return true;
	return false;
}

/* the memmap test */
extern char _text[], _end[];

static void memmap(void)
{
	int i, j, overlaps = 0;

	print_memory_map("e820");
	KTEST_TRUE(e820.nr_map > 0, "the loader reported a memory map");
	KTEST_TRUE(e820_ram_total() >= MEM_MIN_USABLE, "at least 2 MiB usable");
	/* check that no two regions of the map overlap */
	for (i = 0; i < e820.nr_map; i++)
		for (j = i + 1; j < e820.nr_map; j++)
			overlaps += regions_overlap(&e820.map[i], &e820.map[j]);
	KTEST_EQ(overlaps, 0, "no two regions overlap");
	/* check the map against the kernel image and the mem= limit */
	KTEST_TRUE(in_usable_region(__pa(_text), __pa(_end)),
		   "the kernel image lies in usable RAM");
	KTEST_TRUE(e820_ram_limit() == ~0ULL ||
		   !in_usable_region(e820_ram_limit(), e820_ram_limit() + 1),
		   "no usable RAM at or above mem=");
}
KTEST(memmap, "the Multiboot memory map is consistent");
