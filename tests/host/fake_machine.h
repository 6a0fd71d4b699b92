/*
 * fake_machine.h - a node, its zones and mem_map, built on the host for
 * tests and benchmarks of mm/page_alloc.c.
 *
 * fake_machine() lays out zones the way Chapter "Describing physical
 * memory" does (every struct page reserved, count 0, its zone in its
 * flags, lowmem pages with an address inside a block of fake RAM), sets
 * the watermarks by the same rule (min = present/128 clamped to
 * [20, 255], low 2x, high 3x), sets up the pagesets with zone_pcp_init,
 * builds the zonelists, and then frees every RAM page one by one with
 * __free_page, as the boot allocator's retirement does.
 *
 * It also provides what page_alloc.c needs from the rest of the kernel:
 * printk and panic (fakes.h), ktest_check and ktest_skip (unused on the
 * host).
 */
#ifndef FAKE_MACHINE_H
#define FAKE_MACHINE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include <linux/gfp.h>
#include <linux/mm.h>
#include "fakes.h"

/* ---- the kernel's globals that mm_init.c would define ---- */
unsigned long host_page_offset;
pg_data_t contig_page_data;
pg_data_t *pgdat_list;
struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];
struct page *mem_map;
unsigned long max_mapnr, totalram_pages, totalhigh_pages;

bool ktest_check(bool pass, const char *desc, const char *fmt, ...)
{
	(void)desc, (void)fmt;
	return pass;
}

void ktest_skip(const char *desc, const char *why)
{
	(void)desc, (void)why;
}

/* ---- the machine ---- */
struct fake_hole {
	unsigned long start, end;       /* pfns [start, end) that are not RAM */
};

static const char *const fake_zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem" };
static void *fake_ram;
static size_t fake_ram_size;

static int fake_is_hole(unsigned long pfn, const struct fake_hole *holes, int nholes)
{
	int i;

	for (i = 0; i < nholes; i++)
		if (pfn >= holes[i].start && pfn < holes[i].end)
			return 1;
	return 0;
}

static inline void fake_machine_free(void)
{
	if (fake_ram)
		munmap(fake_ram, fake_ram_size);
	free(mem_map);
	fake_ram = NULL;
	mem_map = NULL;
}

static void fake_zone_init(int j, unsigned long start, unsigned long end,
			   const struct fake_hole *holes, int nholes)
{
	pg_data_t *pgdat = &contig_page_data;
	struct zone *zone = pgdat->node_zones + j;
	unsigned long pfn, present = 0, min;
	int order;

	for (pfn = start; pfn < end; pfn++)
		present += !fake_is_hole(pfn, holes, nholes);
	zone->name = fake_zone_names[j];
	zone->zone_pgdat = pgdat;
	zone->zone_start_pfn = start;
	zone->zone_mem_map = mem_map + start;
	zone->spanned_pages = end - start;
	zone->present_pages = present;
	spin_lock_init(&zone->lock);
	for (order = 0; order < MAX_ORDER; order++)
		INIT_LIST_HEAD(&zone->free_area[order].free_list);
	min = present / 128;
	min = min < 20 ? 20 : min > 255 ? 255 : min;
	zone->pages_min = min;
	zone->pages_low = 2 * min;
	zone->pages_high = 3 * min;
	zone_pcp_init(zone);
	zone_table[j] = zone;
	for (pfn = start; pfn < end; pfn++) {
		struct page *page = mem_map + pfn;

		set_page_zone(page, j);
		SetPageReserved(page);
		INIT_LIST_HEAD(&page->list);
		INIT_LIST_HEAD(&page->lru);
		if (j == ZONE_HIGHMEM)
			SetPageHighMem(page);
		else
			page->virtual = __va((phys_addr_t)pfn << PAGE_SHIFT);
	}
}

/*
 * Build a machine whose zones end at dma_end, normal_end and high_end
 * (pfns; each zone starts where the previous one ends) with the given
 * holes, and free all its RAM into the allocator.
 */
static inline void fake_machine(unsigned long dma_end, unsigned long normal_end,
			 unsigned long high_end, const struct fake_hole *holes, int nholes)
{
	unsigned long bounds[MAX_NR_ZONES + 1] = { 0, dma_end, normal_end, high_end };
	unsigned long pfn;
	int j;

	fake_machine_free();
	memset(&contig_page_data, 0, sizeof(contig_page_data));
	pgdat_list = &contig_page_data;
	fake_ram_size = normal_end ? normal_end * PAGE_SIZE : PAGE_SIZE;
	fake_ram = mmap(NULL, fake_ram_size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (fake_ram == MAP_FAILED)
		abort();
	host_page_offset = (unsigned long)fake_ram;
	mem_map = calloc(high_end ? high_end : 1, sizeof(struct page));
	max_mapnr = high_end;
	contig_page_data.nr_zones = MAX_NR_ZONES;
	contig_page_data.node_mem_map = mem_map;
	contig_page_data.node_spanned_pages = high_end;
	for (j = 0; j < MAX_NR_ZONES; j++) {
		fake_zone_init(j, bounds[j], bounds[j + 1], holes, nholes);
		contig_page_data.node_present_pages += contig_page_data.node_zones[j].present_pages;
	}
	build_all_zonelists();
	totalram_pages = totalhigh_pages = 0;
	for (pfn = 0; pfn < high_end; pfn++) {
		struct page *page = mem_map + pfn;

		if (fake_is_hole(pfn, holes, nholes))
			continue;
		ClearPageReserved(page);
		set_page_count(page, 1);
		__free_page(page);
		totalram_pages++;
		totalhigh_pages += pfn >= normal_end;
	}
}

/* Give every zone's pagesets this batch (0: off); drains them first. */
static inline void fake_set_pagesets(int batch)
{
	int j;

	drain_local_pages();
	for (j = 0; j < MAX_NR_ZONES; j++)
		setup_pageset(&contig_page_data.node_zones[j].pageset[0], batch);
}

#endif /* FAKE_MACHINE_H */
