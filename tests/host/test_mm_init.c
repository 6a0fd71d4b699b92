/*
 * test_mm_init.c - zones, watermarks and mem_map set-up on the host.
 *
 * Builds the node from hand-made e820 maps shaped like QEMU's at 32 MiB,
 * 1 GiB and 8 GiB, and checks the zone boundaries, present pages,
 * watermarks (worked from Gorman's formula for zones of 4096, 225280
 * and 256 pages) and every struct page: its zone, its flags and its
 * kernel address.
 */
/* KERNEL_SOURCES: mm/mm_init.c */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/setup.h>
#include "harness.h"

/* ---- what mm_init.c needs and this test provides ---- */
unsigned long host_page_offset;
struct e820map e820;
unsigned long max_low_pfn, min_low_pfn, max_pfn;
static int pcp_inits;

void zone_pcp_init(struct zone *zone)
{
	(void)zone;
	pcp_inits++;
}

void *__alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
			   unsigned long align, unsigned long goal)
{
	(void)pgdat, (void)align, (void)goal;
	return calloc(1, size);
}

int printk(const char *fmt, ...)
{
	(void)fmt;
	return 0;
}

void panic(const char *fmt, ...)
{
	fprintf(stderr, "panic: %s\n", fmt);
	abort();
}

bool ktest_check(bool pass, const char *desc, const char *fmt, ...)
{
	(void)desc, (void)fmt;
	return pass;
}

/* ---- helpers ---- */
#define MiB (1ULL << 20)

/* A QEMU-like map: 639 KiB low, RAM from 1 MiB, a PCI hole at 3 GiB. */
static void qemu_map(u64 ram)
{
	u64 below = ram < 3072 * MiB ? ram : 3072 * MiB;

	memset(&e820, 0, sizeof(e820));
	e820.map[0] = (struct e820entry){ 0, 0x9fc00, E820_RAM };
	e820.map[1] = (struct e820entry){ 0x9fc00, 0x400, E820_RESERVED };
	e820.map[2] = (struct e820entry){ 0xf0000, 0x10000, E820_RESERVED };
	e820.map[3] = (struct e820entry){ MiB, below - MiB - 128 * 1024, E820_RAM };
	e820.nr_map = 4;
	if (ram > below)
		e820.map[e820.nr_map++] = (struct e820entry){ 4096 * MiB, ram - below, E820_RAM };
	max_pfn = ram > below ? (4096 * MiB + ram - below) >> PAGE_SHIFT
			      : (below - 128 * 1024) >> PAGE_SHIFT;
	max_low_pfn = max_pfn < MAXMEM_PFN ? max_pfn : MAXMEM_PFN;
}

/* Check every struct page of the node against the map. */
static unsigned long bad_pages(void)
{
	unsigned long pfn, bad = 0;

	for (pfn = 0; pfn < max_mapnr; pfn++) {
		struct page *page = pfn_to_page(pfn);
		struct zone *zone = page_zone(page);

		bad += pfn < zone->zone_start_pfn ||
		       pfn >= zone->zone_start_pfn + zone->spanned_pages;
		bad += !PageReserved(page) || page_count(page) != 0;
		if (is_highmem(zone))
			bad += !PageHighMem(page) || page->virtual;
		else
			bad += page->virtual != __va((phys_addr_t)pfn << PAGE_SHIFT);
	}
	return bad;
}

static void check_machine(u64 ram)
{
	pg_data_t *pgdat = &contig_page_data;
	struct zone *z = pgdat->node_zones;
	unsigned long present = 0;
	int j;

	qemu_map(ram);
	pcp_inits = 0;
	zone_sizes_init();
	ok(max_mapnr == max_pfn, "%llu MiB: mem_map has max_pfn entries", ram >> 20);
	ok(z[ZONE_NORMAL].zone_start_pfn == 4096 && z[ZONE_HIGHMEM].zone_start_pfn == max_low_pfn,
	   "%llu MiB: zone boundaries at 16 MiB and max_low_pfn", ram >> 20);
	for (j = 0; j < MAX_NR_ZONES; j++)
		present += z[j].present_pages;
	ok(present == (unsigned long)((ram - MiB - 128 * 1024 + 0x9f000) >> PAGE_SHIFT),
	   "%llu MiB: present pages add up to the map's RAM (%lu)", ram >> 20, present);
	ok(pcp_inits == MAX_NR_ZONES, "%llu MiB: every zone's pagesets set up", ram >> 20);
	ok(bad_pages() == 0, "%llu MiB: every struct page has its zone, flags, address", ram >> 20);
	ok(z[ZONE_HIGHMEM].spanned_pages == max_pfn - max_low_pfn,
	   "%llu MiB: highmem spans max_low_pfn..max_pfn", ram >> 20);
	free(pgdat->node_mem_map);
}

/* The formula's worked sizes: a zone of size pages gets min/low/high. */
static void check_watermarks(unsigned long size, unsigned long min)
{
	struct zone zone = { .present_pages = size };

	init_zone_watermarks(&zone);
	ok(zone.pages_min == min && zone.pages_low == 2 * min && zone.pages_high == 3 * min,
	   "watermarks for %lu pages: %lu/%lu/%lu", size, zone.pages_min,
	   zone.pages_low, zone.pages_high);
}

int main(void)
{
	plan(3 + 3 * 6 + 1);
	check_watermarks(4096, 32);
	check_watermarks(225280, 255);
	check_watermarks(256, 20);
	check_machine(32 * MiB);
	check_machine(1024 * MiB);
	check_machine(8192 * MiB);
	ok(BITS_PER_LONG - ZONE_SHIFT == 8 && (NR_PAGEFLAGS <= ZONE_SHIFT),
	   "page flags and the zone index do not overlap");
	return done_testing();
}
