/* Generated from src.nw/12-page-alloc.nw, "Page allocation"; edit that file, not this one. */
/* Guest self-tests of the page allocator. */

/* includes */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/ktest.h>

/* snapshots of the free lists */
struct zone_snapshot {
	unsigned long free_pages;
	unsigned long nr_free[MAX_ORDER];
};

/* Drain the per-CPU lists, then record every zone's free counts. */
static void snapshot_zones(struct zone_snapshot snap[MAX_NR_ZONES])
{
	int j, order;

	drain_local_pages();
	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = contig_page_data.node_zones + j;

		snap[j].free_pages = zone->free_pages;
		for (order = 0; order < MAX_ORDER; order++)
			snap[j].nr_free[order] = zone->free_area[order].nr_free;
	}
}

/* allocating everything that can be had */
/* Allocate every page that can be had, largest blocks first, onto held[]. */
static unsigned long grab_everything(struct list_head held[MAX_ORDER],
				     unsigned long got[MAX_NR_ZONES])
{
	unsigned long total = 0;
	struct page *page;
	int order;

	for (order = MAX_ORDER - 1; order >= 0; order--) {
		INIT_LIST_HEAD(&held[order]);
		/* hold blocks of order until no more can be had */
		while ((page = alloc_pages(GFP_HIGHUSER | __GFP_NOWARN |
					   __GFP_NORETRY, order)) != NULL) {
			list_add(&page->lru, &held[order]);
			got[zone_idx(page_zone(page))] += 1UL << order;
			total += 1UL << order;
		}
	}
	return total;
}

/* freeing everything held */
/* Free every block on held[]. */
static void release_everything(struct list_head held[MAX_ORDER])
{
	struct page *page;
	int order;

	for (order = 0; order < MAX_ORDER; order++)
		while (!list_empty(&held[order])) {
			page = list_entry(held[order].next, struct page, lru);
			list_del(&page->lru);
			INIT_LIST_HEAD(&page->lru);
			__free_pages(page, order);
		}
}

/* comparing a zonelist with its definition */
/* Whether zonelist i is exactly the present zones among want[], in order. */
static bool zonelist_is(unsigned int i, const int *want, int nwant)
{
	struct zone **z = contig_page_data.node_zonelists[i].zones;
	int k;

	for (k = 0; k < nwant; k++) {
		struct zone *zone = contig_page_data.node_zones + want[k];

		if (!zone->present_pages)
			continue;
		if (*z++ != zone)
			return false;
	}
	return *z == NULL;
}

/* the page_alloc_all test */
static void page_alloc_all(void)
{
	struct zone_snapshot before[MAX_NR_ZONES], after[MAX_NR_ZONES];
	unsigned long got[MAX_NR_ZONES] = { 0 }, saved[MAX_NR_ZONES][3];
	struct list_head held[MAX_ORDER];
	struct zone *zones = contig_page_data.node_zones;
	int j;

	snapshot_zones(before);
	/* lower every zone's watermarks to zero, saving them in saved */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		saved[j][0] = zones[j].pages_min;
		saved[j][1] = zones[j].pages_low;
		saved[j][2] = zones[j].pages_high;
		zones[j].pages_min = zones[j].pages_low = zones[j].pages_high = 0;
	}
	grab_everything(held, got);
	/* check that every zone gave up all its free pages */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		ktest_check(got[j] == before[j].free_pages && zones[j].free_pages == 0,
			    "each zone gave up all its free pages", "%s: got %lu of %lu, "
			    "%lu left", zones[j].name, got[j], before[j].free_pages,
			    zones[j].free_pages);
		KTEST_EQ(zones[j].pageset[0].pcp[0].count + zones[j].pageset[0].pcp[1].count,
			 0, "no pages are left on the per-CPU lists");
	}
	release_everything(held);
	/* restore every zone's watermarks from saved */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		zones[j].pages_min = saved[j][0];
		zones[j].pages_low = saved[j][1];
		zones[j].pages_high = saved[j][2];
	}
	snapshot_zones(after);
	/* check that every zone has its boot-time free blocks again */
	for (j = 0; j < MAX_NR_ZONES; j++)
		ktest_check(!memcmp(&before[j], &after[j], sizeof(before[j])),
			    "each zone has its boot-time free blocks again",
			    "%s: %lu free pages, expected %lu", zones[j].name,
			    after[j].free_pages, before[j].free_pages);
}
KTEST(page_alloc_all, "allocate every free page of every zone, free all, compare");

/* the page_alloc_gfp test */
static void page_alloc_gfp(void)
{
	struct zone *zones = contig_page_data.node_zones;
	unsigned long free = (drain_local_pages(), nr_free_pages());
	struct page *page;

	/* check the three zonelists against their definitions */
	static const int normal[] = { ZONE_NORMAL, ZONE_DMA };
	static const int dma[] = { ZONE_DMA };
	static const int high[] = { ZONE_HIGHMEM, ZONE_NORMAL, ZONE_DMA };

	KTEST_TRUE(zonelist_is(0, normal, 2), "zonelist 0 is NORMAL, DMA");
	KTEST_TRUE(zonelist_is(__GFP_DMA, dma, 1), "zonelist __GFP_DMA is DMA");
	KTEST_TRUE(zonelist_is(__GFP_HIGHMEM, high, 3),
		   "zonelist __GFP_HIGHMEM is HIGHMEM, NORMAL, DMA");
	/* check where GFP_DMA and GFP_KERNEL pages come from */
	page = alloc_page(GFP_DMA);
	KTEST_TRUE(page && page_zone(page) == &zones[ZONE_DMA] &&
		   page_to_pfn(page) < MAX_DMA_ADDRESS_PFN, "GFP_DMA: a page below 16 MiB");
	__free_page(page);
	page = alloc_page(GFP_KERNEL);
	KTEST_TRUE(page && page_zone(page) == (zones[ZONE_NORMAL].present_pages ?
		   &zones[ZONE_NORMAL] : &zones[ZONE_DMA]) && page_address(page),
		   "GFP_KERNEL: a normal-zone page with an address");
	__free_page(page);
	/* check where a GFP_HIGHUSER page comes from */
	page = alloc_page(GFP_HIGHUSER);
	if (zones[ZONE_HIGHMEM].present_pages)
		KTEST_TRUE(page && page_zone(page) == &zones[ZONE_HIGHMEM],
			   "GFP_HIGHUSER: a high-memory page");
	else
		KTEST_TRUE(page && page_zone(page) == (zones[ZONE_NORMAL].present_pages ?
			   &zones[ZONE_NORMAL] : &zones[ZONE_DMA]),
			   "GFP_HIGHUSER without high memory: a normal page");
	__free_page(page);
	/* check get_zeroed_page and an order-3 block */
	{
		unsigned long addr = __get_free_page(GFP_KERNEL), zeroed, i, nonzero = 0;

		/* dirty a page, free it, and check that get_zeroed_page clears it */
		memset((void *)addr, 0xa5, PAGE_SIZE);
		free_page(addr);
		zeroed = get_zeroed_page(GFP_KERNEL);
		KTEST_EQ(zeroed, addr, "the page just freed is the next one allocated");
		for (i = 0; i < PAGE_SIZE; i++)
			nonzero += ((unsigned char *)zeroed)[i] != 0;
		KTEST_EQ(nonzero, 0, "get_zeroed_page clears a dirty page");
		free_page(zeroed);
		/* check that an order-3 block is aligned and records its order */
		addr = __get_free_pages(GFP_KERNEL, 3);
		KTEST_TRUE(addr && (__pa(addr) >> PAGE_SHIFT) % 8 == 0 &&
			   virt_to_page(addr)->private == 3,
			   "an order-3 block is aligned to 8 pages and records its order");
		free_pages(addr, 3);
	}
	drain_local_pages();
	KTEST_EQ(nr_free_pages(), free, "every page went back");
}
KTEST(page_alloc_gfp, "zonelists and the zone each GFP mask allocates from");

/* bursts of allocations and frees */
#define PCP_TEST_BURST  64      /* pages per burst: crosses both marks */
#define PCP_TEST_ROUNDS 8       /* bursts: 8 x 128 = 1024 operations */

/* Allocate and free PCP_TEST_ROUNDS bursts; returns zone lock acquisitions. */
static unsigned long pcp_bursts(struct zone *zone)
{
	unsigned long before = zone->lock.acquisitions;
	struct page *pages[PCP_TEST_BURST];
	int round, i;

	for (round = 0; round < PCP_TEST_ROUNDS; round++) {
		for (i = 0; i < PCP_TEST_BURST; i++)
			pages[i] = alloc_page(GFP_KERNEL);
		for (i = 0; i < PCP_TEST_BURST; i++)
			__free_page(pages[i]);
	}
	return zone->lock.acquisitions - before;
}

/* the page_alloc_pcp test */
static void page_alloc_pcp(void)
{
	struct zone *zone = contig_page_data.node_zonelists[0].zones[0];
	struct per_cpu_pages *hot = &zone->pageset[0].pcp[0];
	struct per_cpu_pages *cold = &zone->pageset[0].pcp[1];
	struct page *p, *q;
	unsigned long before, ops = 2 * PCP_TEST_BURST * PCP_TEST_ROUNDS;
	int i;

	/* check the marks and counts of every zone's lists */
	for (i = 0; i < MAX_NR_ZONES; i++) {
		struct per_cpu_pages *h = &contig_page_data.node_zones[i].pageset[0].pcp[0];
		struct per_cpu_pages *c = &contig_page_data.node_zones[i].pageset[0].pcp[1];

		KTEST_TRUE(h->low == 32 && h->high == 96 && h->batch == 16 &&
			   c->low == 0 && c->high == 32 && c->batch == 16,
			   "marks: hot 32..96, cold 0..32, batch 16");
		KTEST_TRUE(h->count >= 0 && h->count <= h->high && c->count >= 0 &&
			   c->count <= c->high, "list counts lie between 0 and high");
	}
	/* check that the hot list is LIFO and a cold request leaves it alone */
	p = alloc_page(GFP_KERNEL);
	__free_page(p);
	q = alloc_page(GFP_KERNEL);
	KTEST_TRUE(p == q, "the hot list is last in, first out");
	i = hot->count;
	p = alloc_page(GFP_KERNEL | __GFP_COLD);
	KTEST_EQ(hot->count, i, "a __GFP_COLD request leaves the hot list alone");
	if (put_page_testzero(p))
		free_cold_page(p);
	KTEST_TRUE(cold->list.next == &p->list, "free_cold_page puts the page on the cold list");
	/* count zone lock acquisitions with the lists on and off */
	before = zone->lock.acquisitions;
	for (i = 0; i < 1000; i++)
		__free_page(alloc_page(GFP_KERNEL));
	KTEST_TRUE(zone->lock.acquisitions - before <= 1,
		   "1000 alloc/free pairs take the zone lock at most once");
	before = pcp_bursts(zone);
	ktest_check(before <= ops / hot->batch + 2, "bursts take the lock about once per batch",
		    "%lu acquisitions for %lu operations", before, ops);
	drain_local_pages();
	setup_pageset(&zone->pageset[0], 0);
	before = pcp_bursts(zone);
	KTEST_EQ(before, ops, "with the lists off, every operation takes the lock");
	drain_local_pages();
	zone_pcp_init(zone);
	__free_page(q);
}
KTEST(page_alloc_pcp, "per-CPU lists: marks, LIFO, cold pages, zone-lock savings");
