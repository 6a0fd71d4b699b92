/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* The zones self-test: mm_init.c's work, recomputed from the e820 map. */
#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include "mm_init.h"

/* checking one sampled frame */
#define ZONES_TEST_SAMPLES      4096    /* frames checked, spread evenly */

/* Check the zone that should hold pfn against what page_zone says. */
static bool pfn_zone_ok(unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);
	struct zone *zone = page_zone(page);

	if (pfn < zone->zone_start_pfn ||
	    pfn >= zone->zone_start_pfn + zone->spanned_pages)
		return false;
	if (!e820_page_is_ram(pfn) && !PageReserved(page))
		return false;
	if (is_highmem(zone))
		return PageHighMem(page);
	return page->virtual == __va((phys_addr_t)pfn << PAGE_SHIFT);
}

/* the zones self-test */
static void zones(void)
{
	pg_data_t *pgdat = &contig_page_data;
	unsigned long pfn, bad = 0, step;
	char desc[64];
	int j;

	/* check where ZONE_NORMAL and ZONE_HIGHMEM begin */
	KTEST_EQ(pgdat->node_zones[ZONE_NORMAL].zone_start_pfn,
		 min_t(unsigned long, max_low_pfn, MAX_DMA_ADDRESS_PFN),
		 "ZONE_NORMAL starts at 16 MiB (or at the end of low memory)");
	KTEST_EQ(pgdat->node_zones[ZONE_HIGHMEM].zone_start_pfn, max_low_pfn,
		 "ZONE_HIGHMEM starts at the end of low memory");
	KTEST_TRUE(max_low_pfn <= MAXMEM_PFN, "low memory ends at or below 896 MiB");
	/* check each zone's present pages and watermarks */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *z = &pgdat->node_zones[j];
		unsigned long m = clamp_watermark(z->present_pages / ZONE_BALANCE_RATIO);
		unsigned long end = z->zone_start_pfn + z->spanned_pages;

		/* check that zone z's present pages match the e820 map */
		snprintf(desc, sizeof(desc), "%s: present pages match the e820 map",
			 z->name);
		ktest_check(z->present_pages == e820_ram_pages(z->zone_start_pfn, end),
			    desc, "present %lu, e820 says %lu", z->present_pages,
			    e820_ram_pages(z->zone_start_pfn, end));
		/* check that zone z's watermarks are m, twice and three times it */
		snprintf(desc, sizeof(desc), "%s: watermarks are min, 2 min, 3 min",
			 z->name);
		ktest_check(z->pages_min == m && z->pages_low == 2 * m &&
			    z->pages_high == 3 * m, desc, "%lu/%lu/%lu, expected min %lu",
			    z->pages_min, z->pages_low, z->pages_high, m);
	}
	/* check a sample of frames spread across all of memory */
	step = max_t(unsigned long, max_mapnr / ZONES_TEST_SAMPLES, 1);
	for (pfn = 0; pfn < max_mapnr; pfn += step)
		bad += !pfn_zone_ok(pfn);
	bad += !pfn_zone_ok(max_mapnr - 1);
	KTEST_EQ(bad, 0, "sampled frames: right zone, reserved holes, addresses");
	KTEST_EQ(max_mapnr, max_pfn, "mem_map covers every frame up to max_pfn");
}
KTEST(zones, "zone spans, present pages and watermarks match the e820 map");
