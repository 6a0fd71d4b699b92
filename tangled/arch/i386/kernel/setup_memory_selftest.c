/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* The bootmem self-test: what the boot allocator promised, after boot. */

/* includes */
#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <asm/page.h>
#include <asm/sections.h>
#include "setup_memory.h"

/* counting reserved and unreserved RAM */
extern u32 boot_mbi;                    /* head.S: the loader's ebx */

/* RAM pages in [lo, hi) that are reserved (want 1) or not (want 0). */
static unsigned long count_pages(unsigned long lo, unsigned long hi, int want)
{
	unsigned long n = reserved_ram_pages(lo, hi), s, e, all = 0;

	if (want)
		return n;
	for_each_ram_run(s, e, lo, hi)
		all += min(e, hi) - s;
	return all - n;
}

/* the bootmem test */
static void bootmem(void)
{
	unsigned long init_lo = PFN_DOWN(__pa(__init_begin));
	unsigned long init_hi = PFN_DOWN(__pa(__init_end));
	unsigned long lost = 0, map_pages = PFN_UP(bootmap_bytes);
	int i;

	/* check the frame limits and the bitmap's size */
	KTEST_TRUE(max_low_pfn <= MAXMEM_PFN && max_low_pfn <= max_pfn,
		   "max_low_pfn <= 896 MiB and <= max_pfn");
	KTEST_EQ(highstart_pfn, max_pfn > max_low_pfn ? max_low_pfn : max_pfn,
		 "high memory starts at max_low_pfn (or is empty)");
	KTEST_EQ(bootmap_bytes, ALIGN((max_low_pfn + 7) / 8, sizeof(long)),
		 "the bitmap has (pages + 7) / 8 bytes, rounded to a long");
	KTEST_TRUE(bootmap_pfn >= PFN_UP(__pa(_end)), "the bitmap lies above the kernel");
	KTEST_TRUE(contig_page_data.bdata && !contig_page_data.bdata->node_bootmem_map,
		   "the boot allocator has retired");
	/* count the pages of kept ranges that were freed, in lost */
	for (i = 0; i < nr_boot_ranges; i++) {
		unsigned long lo = boot_ranges[i].start;
		unsigned long hi = min(boot_ranges[i].end, max_pfn);

		lost += count_pages(lo, min(hi, init_lo), 0);
		lost += count_pages(max(lo, init_hi), hi, 0);
	}
	KTEST_EQ(lost, 0, "kept boot data (page 0, kernel, Multiboot, modules) is reserved");
	KTEST_TRUE(PageReserved(pfn_to_page(PFN_DOWN(boot_mbi))),
		   "the Multiboot information's page is reserved");
	/* check that the __init pages and the bitmap were freed */
	KTEST_EQ(count_pages(init_lo, init_hi, 1), 0, "the __init pages were freed");
	KTEST_EQ(count_pages(bootmap_pfn, bootmap_pfn + map_pages, 1), 0,
		 "the bitmap's pages were freed");
	/* check that the page totals are the unreserved RAM */
	KTEST_EQ(totalram_pages, count_pages(0, max_pfn, 0),
		 "totalram_pages = RAM pages not reserved");
	KTEST_EQ(totalhigh_pages, count_pages(highstart_pfn, highend_pfn, 0),
		 "totalhigh_pages = high RAM pages not reserved");
}
KTEST(bootmem, "boot allocator: kept data reserved, the rest and __init freed");
