/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* Nodes, zones and mem_map: describing physical memory at boot. */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/monitor.h>
#include <linux/setup.h>
#include <asm/processor.h>
#include "mm_init.h"

/* the node, mem_map and the page counters */
pg_data_t contig_page_data;
pg_data_t *pgdat_list = &contig_page_data;
struct zone *zone_table[MAX_NR_ZONES * MAX_NR_NODES];
struct page *mem_map;
unsigned long max_mapnr;
unsigned long totalram_pages;
unsigned long totalhigh_pages;

/* clamping a watermark */
/*
 * Clamp a candidate pages_min to [ZONE_BALANCE_MIN, ZONE_BALANCE_MAX].
 * Not static: the zones self-test recomputes every zone's marks.
 */
unsigned long clamp_watermark(unsigned long mask)
{
	if (mask < ZONE_BALANCE_MIN)
		return ZONE_BALANCE_MIN;
	if (mask > ZONE_BALANCE_MAX)
		return ZONE_BALANCE_MAX;
	return mask;
}

/* init_zone_watermarks */
/* Set pages_min/low/high from the zone's present pages. */
void init_zone_watermarks(struct zone *zone)
{
	unsigned long mask = clamp_watermark(zone->present_pages / ZONE_BALANCE_RATIO);

	zone->pages_min = mask;
	zone->pages_low = 2 * mask;
	zone->pages_high = 3 * mask;
}

/* init_zone */
static const char *const zone_names[MAX_NR_ZONES] = { "DMA", "Normal", "HighMem" };

/* Initialise zone j of pgdat: span, size, lock, lists, watermarks. */
static void __init init_zone(pg_data_t *pgdat, struct zone *zone, int j,
			     unsigned long start_pfn, unsigned long spanned,
			     unsigned long present)
{
	int order;

	/* record zone j's name, node, place and size */
	zone->name = zone_names[j];
	zone->zone_pgdat = pgdat;
	zone->zone_start_pfn = start_pfn;
	zone->zone_mem_map = pgdat->node_mem_map + (start_pfn - pgdat->node_start_pfn);
	zone->spanned_pages = spanned;
	zone->present_pages = present;
	/* empty the zone's free lists and counters */
	zone->free_pages = 0;
	zone->kswapd_wakeups = 0;
	spin_lock_init(&zone->lock);
	for (order = 0; order < MAX_ORDER; order++) {
		INIT_LIST_HEAD(&zone->free_area[order].free_list);
		zone->free_area[order].nr_free = 0;
	}
	init_zone_watermarks(zone);
	zone_pcp_init(zone);
	printk(KERN_INFO "  %-8s %8lu pages (%lu present) from pfn %#lx\n",
	       zone->name, spanned, present, start_pfn);
}

/* init_zone_pages */
/* Initialise the struct page of every frame in the zone. */
static void __init init_zone_pages(struct zone *zone, unsigned long zone_id)
{
	unsigned long i;

	for (i = 0; i < zone->spanned_pages; i++) {
		struct page *page = zone->zone_mem_map + i;
		unsigned long pfn = zone->zone_start_pfn + i;

		/* make page a reserved page of zone zone_id with its kernel address */
		page->flags = 0;
		set_page_zone(page, zone_id);
		SetPageReserved(page);
		set_page_count(page, 0);
		page->private = 0;
		INIT_LIST_HEAD(&page->list);
		INIT_LIST_HEAD(&page->lru);
		page->virtual = NULL;
		if (is_highmem(zone))
			SetPageHighMem(page);
		else
			page->virtual = __va((phys_addr_t)pfn << PAGE_SHIFT);
	}
}

/* free_area_init_node */
/*
 * Set up node nid: its mem_map, its zones and every struct page.
 * => zones_size[j] frames from node_start_pfn on, zholes_size[j] of
 *    them not RAM.  Uses the boot allocator; panics if it is full.
 *    Takes time proportional to the node's spanned pages.
 */
void __init free_area_init_node(int nid, pg_data_t *pgdat,
				unsigned long *zones_size,
				unsigned long node_start_pfn,
				unsigned long *zholes_size)
{
	unsigned long pfn = node_start_pfn;
	u64 t0;
	int j;

	/* add up the node's spanned and present pages */
	pgdat->node_id = nid;
	pgdat->node_start_pfn = node_start_pfn;
	pgdat->node_spanned_pages = pgdat->node_present_pages = 0;
	for (j = 0; j < MAX_NR_ZONES; j++) {
		pgdat->node_spanned_pages += zones_size[j];
		pgdat->node_present_pages += zones_size[j] - zholes_size[j];
	}
	/* allocate the node's mem_map from the boot allocator */
	pgdat->node_mem_map = alloc_bootmem_node(pgdat, pgdat->node_spanned_pages *
						 sizeof(struct page));
	pgdat->nr_zones = MAX_NR_ZONES;
	if (nid == 0) {
		mem_map = pgdat->node_mem_map;
		max_mapnr = pgdat->node_spanned_pages;
	}
	/* report the node's size and its mem_map's */
	printk(KERN_INFO "On node %d totalpages: %lu; mem_map: %lu KiB"
	       " (%u bytes per struct page)\n", nid, pgdat->node_spanned_pages,
	       (unsigned long)(pgdat->node_spanned_pages * sizeof(struct page)) >> 10,
	       (unsigned int)sizeof(struct page));
	t0 = rdtsc();
	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = &pgdat->node_zones[j];

		/* set up zone j and its pages, and enter it in zone_table */
		init_zone(pgdat, zone, j, pfn, zones_size[j],
			  zones_size[j] - zholes_size[j]);
		zone_table[nid * MAX_NR_ZONES + j] = zone;
		init_zone_pages(zone, nid * MAX_NR_ZONES + j);
		pfn += zones_size[j];
	}
	printk(KERN_INFO "mem_map initialised: %lu pages in %llu TSC cycles\n",
	       pgdat->node_spanned_pages, rdtsc() - t0);
}

/* counting the RAM pages of the e820 map */
/*
 * Whole pages of usable RAM in the e820 map between two pfns.  Not
 * static: the zones self-test recounts every zone's present pages.
 * Takes time proportional to the number of map entries.
 */
unsigned long e820_ram_pages(unsigned long lo, unsigned long hi)
{
	unsigned long n = 0;
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		struct e820entry *r = &e820.map[i];
		u64 s = (r->addr + PAGE_SIZE - 1) >> PAGE_SHIFT;
		u64 e = (r->addr + r->size) >> PAGE_SHIFT;

		/* add entry r's RAM pages between lo and hi to n */
		if (r->type != E820_RAM)
			continue;
		s = max_t(u64, s, lo);
		e = min_t(u64, e, hi);
		if (e > s)
			n += e - s;
	}
	return n;
}

/* whether one frame is RAM */
/* Whether pfn is a whole page of usable RAM. */
bool e820_page_is_ram(unsigned long pfn)
{
	return e820_ram_pages(pfn, pfn + 1) == 1;
}

/* zone_sizes_init */
/*
 * Compute each zone's span and holes from the pfn limits and the e820
 * map, then build the node.
 * => called once, at the end of paging_init, with the boot allocator
 *    running.  Takes time proportional to the number of page frames.
 */
void __init zone_sizes_init(void)
{
	unsigned long start[MAX_NR_ZONES + 1], size[MAX_NR_ZONES];
	unsigned long holes[MAX_NR_ZONES];
	int j;

	/* find the frame where each zone starts, and where the last one ends */
	start[ZONE_DMA] = 0;
	start[ZONE_NORMAL] = min_t(unsigned long, max_low_pfn, MAX_DMA_ADDRESS_PFN);
	start[ZONE_HIGHMEM] = max_low_pfn;
	start[MAX_NR_ZONES] = max_pfn;
	/* count each zone's span and the holes in it */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		size[j] = start[j + 1] - start[j];
		holes[j] = size[j] - e820_ram_pages(start[j], start[j + 1]);
	}
	free_area_init_node(0, &contig_page_data, size, 0, holes);
}

/* printing a zone's pagesets */
/* Print one zone's per-CPU lists as /proc/zoneinfo does. */
static void show_pagesets(struct zone *zone)
{
	int cpu, i;

	printk(KERN_ALERT "  pagesets\n");
	for (cpu = 0; cpu < NR_CPUS; cpu++)
		for (i = 0; i < 2; i++) {
			struct per_cpu_pages *pcp = &zone->pageset[cpu].pcp[i];

			printk(KERN_ALERT "    cpu: %d pcp: %d\n"
			       "              count: %d\n"
			       "              low:   %d\n"
			       "              high:  %d\n"
			       "              batch: %d\n",
			       cpu, i, pcp->count, pcp->low, pcp->high, pcp->batch);
		}
}

/* the zoneinfo command */
static void cmd_zoneinfo(int argc, char **argv)
{
	pg_data_t *pgdat;
	int j;

	(void)argc, (void)argv;
	for_each_pgdat(pgdat)
		for (j = 0; j < pgdat->nr_zones; j++) {
			struct zone *zone = &pgdat->node_zones[j];

			/* print one zone's counters */
			printk(KERN_ALERT "Node %d, zone %8s\n"
			       "  pages free     %lu\n"
			       "        min      %lu\n"
			       "        low      %lu\n"
			       "        high     %lu\n"
			       "        spanned  %lu\n"
			       "        present  %lu\n"
			       "        kswapd wakeups %lu\n",
			       pgdat->node_id, zone->name, zone->free_pages, zone->pages_min,
			       zone->pages_low, zone->pages_high, zone->spanned_pages,
			       zone->present_pages, zone->kswapd_wakeups);
			show_pagesets(zone);
			printk(KERN_ALERT "  start_pfn:         %lu\n",
			       zone->zone_start_pfn);
		}
}
MONITOR_CMD("zoneinfo", "zones, watermarks, pagesets (/proc/zoneinfo)", cmd_zoneinfo);
