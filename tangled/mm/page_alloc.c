/* Generated from src.nw/12-page-alloc.nw, "Page allocation"; edit that file, not this one. */
/* The buddy allocator with per-CPU hot and cold page lists. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/mm.h>
#include <linux/gfp.h>
#include <linux/monitor.h>

/* the buddy system */
/* a page's index in its zone */
#define MAX_ORDER_NR_PAGES      (1UL << (MAX_ORDER - 1))      /* 512 */

/* The index of page within its zone, on which buddy arithmetic works. */
static inline unsigned long zone_page_idx(const struct zone *zone,
					  const struct page *page)
{
	return page - zone->zone_mem_map;
}

/* Whether page lies outside zone: the sign of a corrupted list. */
static inline bool bad_range(const struct zone *zone, const struct page *page)
{
	return page < zone->zone_mem_map ||
	       page >= zone->zone_mem_map + zone->spanned_pages ||
	       page_zone(page) != zone;
}

/* marking the head of a free block */
/* Mark page as the head of a free block of this order. */
static inline void set_page_order(struct page *page, unsigned int order)
{
	page->private = order;
	SetPageBuddy(page);
}

/* Unmark a block's head as it leaves the free lists. */
static inline void rmv_page_order(struct page *page)
{
	ClearPageBuddy(page);
	page->private = 0;
}

/* Whether page heads a free block of exactly this order. */
static inline bool page_is_buddy(const struct page *page, unsigned int order)
{
	return PageBuddy(page) && page->private == order;
}

/* splitting a block */
/*
 * Split the block at page, of order high, until it has order low; the
 * upper halves go on the free lists.  area is free_area[high].
 * => called with zone->lock held.  Returns page.
 */
static struct page *expand(struct zone *zone, struct page *page,
			   unsigned int low, unsigned int high,
			   struct free_area *area)
{
	unsigned long size = 1UL << high;

	while (high > low) {
		/* put the upper half on the list one order down */
		area--;
		high--;
		size >>= 1;
		BUG_ON(bad_range(zone, &page[size]));
		list_add(&page[size].list, &area->free_list);
		area->nr_free++;
		set_page_order(&page[size], high);
	}
	return page;
}

/* taking a block from the free lists */
/*
 * Remove a block of 2^order pages from zone's free lists, splitting a
 * larger block if needed.  Returns its first page or NULL.
 * => called with zone->lock held.  Time proportional to MAX_ORDER.
 */
static struct page *__rmqueue(struct zone *zone, unsigned int order)
{
	struct free_area *area;
	unsigned int current_order;
	struct page *page;

	for (current_order = order; current_order < MAX_ORDER; current_order++) {
		/* take the first block of current_order, if any, and split it */
		area = zone->free_area + current_order;
		if (list_empty(&area->free_list))
			continue;
		page = list_entry(area->free_list.next, struct page, list);
		list_del(&page->list);
		rmv_page_order(page);
		area->nr_free--;
		zone->free_pages -= 1UL << order;
		return expand(zone, page, order, current_order, area);
	}
	return NULL;
}

/* returning a block to the free lists */
/*
 * Put the block of 2^order pages at page on zone's free lists,
 * merging it with its buddies as far as they are free.
 * => called with zone->lock held.  Time proportional to MAX_ORDER.
 */
static void __free_one_page(struct page *page, struct zone *zone,
			    unsigned int order)
{
	unsigned long page_idx = zone_page_idx(zone, page);

	BUG_ON(bad_range(zone, page));
	BUG_ON(page_idx & ((1UL << order) - 1));
	zone->free_pages += 1UL << order;
	while (order < MAX_ORDER - 1) {
		/* merge with the buddy at order, or stop */
		unsigned long buddy_idx = page_idx ^ (1UL << order);
		struct page *buddy = zone->zone_mem_map + buddy_idx;

		if (buddy_idx >= zone->spanned_pages || !page_is_buddy(buddy, order))
			break;
		list_del(&buddy->list);
		zone->free_area[order].nr_free--;
		rmv_page_order(buddy);
		page_idx &= buddy_idx;
		order++;
	}
	/* put the merged block on the list of its order */
	page = zone->zone_mem_map + page_idx;
	set_page_order(page, order);
	list_add(&page->list, &zone->free_area[order].free_list);
	zone->free_area[order].nr_free++;
}

/* checking pages that come and go */
/* reporting a bad page */
/* Print why page cannot be freed (or allocated), with its fields. */
static void report_bad_page(const struct page *page, unsigned int order,
			    const char *why)
{
	printk(KERN_EMERG "page allocator: %s\n", why);
	printk(KERN_EMERG "  pfn %#lx, order %u: count %d, flags %#lx, "
	       "private %lu\n", page_to_pfn(page), order, page_count(page),
	       page->flags, page->private);
}

#define bad_page(page, order, why) do {                                 \
	report_bad_page(page, order, why);                              \
	BUG();                                                          \
} while (0)

/* checking a block being freed */
/* The checks every block passes when its last reference goes. */
static void free_pages_check(struct page *page, unsigned int order)
{
	unsigned long i;

	if (PageBuddy(page))
		bad_page(page, order, "freeing a page that is already free");
	if (PagePrivate(page))
		bad_page(page, order, "freeing a page whose PG_private is set");
	if (page->private != order)
		bad_page(page, order, "freeing a block with the wrong order "
			 "(private holds the order it was allocated with)");
	/* refuse a block whose other pages are in use, free or reserved */
	for (i = 1; i < (1UL << order); i++)
		if (page_count(page + i) || PageBuddy(page + i) ||
		    PageReserved(page + i))
			bad_page(page + i, order, "freeing a block that "
				 "overlaps pages that are in use or free");
}

/* preparing a block for its new owner */
/* Check a block that leaves the allocator and give it its first reference. */
static void prep_new_page(struct page *page, unsigned int order)
{
	if (page_count(page) || PageBuddy(page) || PageReserved(page) ||
	    PagePrivate(page))
		bad_page(page, order, "a free page changed while it was free");
	set_page_count(page, 1);
	page->private = order;
}

/* moving blocks in bulk */
/* taking a batch of blocks */
/* Take up to count blocks of order from zone onto list; returns how many. */
static int rmqueue_bulk(struct zone *zone, unsigned int order, int count,
			struct list_head *list)
{
	unsigned long flags = 0;
	struct page *page;
	int i;

	spin_lock_irqsave(&zone->lock, flags);
	/* move up to count blocks from the buddy lists to the tail of list */
	for (i = 0; i < count; i++) {
		page = __rmqueue(zone, order);
		if (page == NULL)
			break;
		list_add_tail(&page->list, list);
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	return i;
}

/* freeing a batch of blocks */
/* Free up to count blocks of order from the tail of list; returns how many. */
static int free_pages_bulk(struct zone *zone, int count,
			   struct list_head *list, unsigned int order)
{
	unsigned long flags = 0;
	struct page *page;
	int freed = 0;

	spin_lock_irqsave(&zone->lock, flags);
	/* free blocks from the tail of list until count are freed or none is left */
	while (!list_empty(list) && freed < count) {
		page = list_entry(list->prev, struct page, list);
		list_del(&page->list);
		__free_one_page(page, zone, order);
		freed++;
	}
	spin_unlock_irqrestore(&zone->lock, flags);
	return freed;
}

/* freeing a block of order above zero */
/* Free one block of order > 0 whose last reference has gone. */
static void __free_pages_ok(struct page *page, unsigned int order)
{
	struct zone *zone = page_zone(page);
	unsigned long flags = 0;

	spin_lock_irqsave(&zone->lock, flags);
	__free_one_page(page, zone, order);
	spin_unlock_irqrestore(&zone->lock, flags);
}

/* the per-CPU hot and cold lists */
/* the lists' marks */
#define PCP_BATCH       16      /* pages moved per refill or drain */
#define PCP_HOT_LOW     2       /* hot list: refill at 2 batches ... */
#define PCP_HOT_HIGH    6       /* ... drain above 6 batches */
#define PCP_COLD_HIGH   2       /* cold list: refill when empty, drain above 2 */

/* the running processor's pageset */
/* The pageset of zone that belongs to the running processor. */
static inline struct per_cpu_pageset *this_cpu_pageset(struct zone *zone)
{
	return &zone->pageset[0];
}

/* setting up a pageset */
/*
 * Set the marks of p's hot and cold lists for batch (0: lists off).
 * It is an unchecked runtime error to call it while a list holds pages.
 */
void setup_pageset(struct per_cpu_pageset *p, int batch)
{
	struct per_cpu_pages *pcp;

	/* give the hot list its marks for batch */
	pcp = &p->pcp[0];                       /* hot */
	pcp->count = 0;
	pcp->low = PCP_HOT_LOW * batch;
	pcp->high = PCP_HOT_HIGH * batch;
	pcp->batch = max(batch, 1);
	INIT_LIST_HEAD(&pcp->list);
	/* give the cold list its marks for batch */
	pcp = &p->pcp[1];                       /* cold */
	pcp->count = 0;
	pcp->low = 0;
	pcp->high = PCP_COLD_HIGH * batch;
	pcp->batch = max(batch, 1);
	INIT_LIST_HEAD(&pcp->list);
}

/* setting up every pageset of a zone */
/*
 * Give every processor's pageset of zone the standard marks.  It is an
 * unchecked runtime error to call it while a list of zone holds pages.
 */
void zone_pcp_init(struct zone *zone)
{
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		setup_pageset(&zone->pageset[cpu], PCP_BATCH);
}

/* allocating through the per-CPU lists */
/*
 * Take a block of 2^order pages from zone: order 0 through this
 * processor's hot or cold list, larger orders from the buddy lists.
 * => zone->lock not held.  Returns the block, prepared, or NULL.
 */
static struct page *buffered_rmqueue(struct zone *zone, unsigned int order,
				     int cold)
{
	unsigned long flags = 0;
	struct page *page = NULL;

	if (order == 0) {
		/* take a page from the cold or hot list, refilling it */
		struct per_cpu_pages *pcp = &this_cpu_pageset(zone)->pcp[cold];

		if (pcp->count <= pcp->low)
			pcp->count += rmqueue_bulk(zone, 0, pcp->batch, &pcp->list);
		if (pcp->count) {
			page = list_entry(pcp->list.next, struct page, list);
			list_del(&page->list);
			pcp->count--;
		}
	} else {
		/* take a block of order from the buddy lists under the zone lock */
		spin_lock_irqsave(&zone->lock, flags);
		page = __rmqueue(zone, order);
		spin_unlock_irqrestore(&zone->lock, flags);
	}
	if (page != NULL)
		prep_new_page(page, order);
	return page;
}

/* freeing through the per-CPU lists */
/* Put an order-0 page whose count is zero on this processor's list. */
static void free_hot_cold_page(struct page *page, int cold)
{
	struct zone *zone = page_zone(page);
	struct per_cpu_pages *pcp = &this_cpu_pageset(zone)->pcp[cold];

	list_add(&page->list, &pcp->list);
	pcp->count++;
	if (pcp->count > pcp->high)
		pcp->count -= free_pages_bulk(zone, pcp->batch, &pcp->list, 0);
}

/* draining the per-CPU lists */
/*
 * Send every page on this processor's lists back to the buddy lists;
 * returns how many.  => no zone lock held.  Time proportional to the
 * pages drained.
 */
unsigned long drain_local_pages(void)
{
	unsigned long drained = 0;
	pg_data_t *pgdat;
	int j, cold;

	for_each_pgdat(pgdat)
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *zone = pgdat->node_zones + j;

			for (cold = 0; cold < 2; cold++) {
				/* drain list cold of zone into the buddy lists */
				struct per_cpu_pages *pcp =
					&this_cpu_pageset(zone)->pcp[cold];

				if (pcp->count == 0)
					continue;
				drained += free_pages_bulk(zone, pcp->count,
							   &pcp->list, 0);
				pcp->count = 0;
			}
		}
	return drained;
}

/* zonelists */
/* the zone a request prefers */
/* The zone a request with these zone bits prefers. */
static int highest_zone(unsigned int zone_bits)
{
	if (zone_bits & __GFP_DMA)
		return ZONE_DMA;
	if (zone_bits & __GFP_HIGHMEM)
		return ZONE_HIGHMEM;
	return ZONE_NORMAL;
}

/* building a node's zonelists */
/* Fill pgdat's zonelists: for each kind of request, its zones from the top. */
static void __init build_zonelists(pg_data_t *pgdat)
{
	unsigned int i;
	int j, k;

	for (i = 0; i < GFP_ZONETYPES; i++) {
		struct zonelist *zonelist = pgdat->node_zonelists + i;

		/* list the present zones from highest_zone(i) down in zonelist */
		j = 0;
		for (k = highest_zone(i); k >= 0; k--)
			if (pgdat->node_zones[k].present_pages)
				zonelist->zones[j++] = pgdat->node_zones + k;
		zonelist->zones[j] = NULL;
	}
}

/* building every node's zonelists */
/*
 * Build every node's zonelists.  It is a checked runtime error for a
 * present zone not to start on a 2 MiB boundary.  => once, before the
 * first page is freed into the zones.
 */
void __init build_all_zonelists(void)
{
	pg_data_t *pgdat;
	int nodes = 0, j;

	for_each_pgdat(pgdat) {
		/* check that each present zone of pgdat starts on a 2 MiB boundary */
		for (j = 0; j < MAX_NR_ZONES; j++)
			if (pgdat->node_zones[j].present_pages &&
			    pgdat->node_zones[j].zone_start_pfn % MAX_ORDER_NR_PAGES) {
				printk(KERN_EMERG "zone %s starts at pfn %#lx, not on a "
				       "%lu-page boundary\n", pgdat->node_zones[j].name,
				       pgdat->node_zones[j].zone_start_pfn,
				       MAX_ORDER_NR_PAGES);
				BUG();
			}
		build_zonelists(pgdat);
		nodes++;
	}
	printk(KERN_INFO "Built %d zonelists\n", nodes);
}

/* watermarks and the allocation loop */
/* the watermark of a pass */
#define ALLOC_WMARK_LOW         0x01    /* respect pages_low */
#define ALLOC_WMARK_MIN         0x02    /* respect pages_min */
#define ALLOC_HIGH              0x04    /* __GFP_HIGH: a quarter of pages_min */

/* The watermark of zone for this pass. */
static unsigned long zone_mark(const struct zone *zone, int alloc_flags)
{
	if (alloc_flags & ALLOC_WMARK_LOW)
		return zone->pages_low;
	if (alloc_flags & ALLOC_HIGH)
		return zone->pages_min / 4;
	return zone->pages_min;
}

/* one pass over a zonelist */
/*
 * Try each zone of the NULL-terminated zones in turn; take the block
 * from the first whose free pages are above the accumulated watermark.
 */
static struct page *get_page_from_zonelist(unsigned int gfp_mask,
					   unsigned int order,
					   struct zone **zones, int alloc_flags)
{
	const bool wait = gfp_mask & __GFP_WAIT;
	const int cold = (gfp_mask & __GFP_COLD) != 0;
	unsigned long min = 1UL << order;
	struct page *page;
	int i;

	for (i = 0; zones[i] != NULL; i++) {
		/* take the block from zone i if it is above the accumulated mark */
		struct zone *z = zones[i];

		min += zone_mark(z, alloc_flags);
		if (z->free_pages >= min || (!wait && z->free_pages >= z->pages_high)) {
			page = buffered_rmqueue(z, order, cold);
			if (page != NULL)
				return page;
		}
	}
	return NULL;
}

/* waking kswapd */
/* Ask kswapd to balance zone if it is at or below its low mark. O(1). */
void wakeup_kswapd(struct zone *zone)
{
	if (zone->free_pages > zone->pages_low)
		return;
	zone->kswapd_wakeups++;
}

/* freeing memory for an allocation */
/*
 * Do what can be done to create free memory for an allocation of
 * order; returns the number of pages made free (0: no progress).
 */
static unsigned long free_some_pages(unsigned int order)
{
	(void)order;            /* reclaim will size its effort by it */
	return drain_local_pages();
}

/* deciding whether to retry */
#define PAGE_ALLOC_COSTLY_ORDER 3       /* up to 8 pages: retried by default */

/* Whether __alloc_pages should go round its slow path again. */
static bool should_alloc_retry(unsigned int gfp_mask, unsigned int order,
			       unsigned long progress)
{
	if (gfp_mask & __GFP_NORETRY)
		return false;
	/* without progress, stop, or panic if the caller may not fail */
	if (progress == 0) {
		if (gfp_mask & __GFP_NOFAIL)
			panic("out of memory: an order-%u __GFP_NOFAIL allocation "
			      "(mode %#x) cannot be satisfied", order, gfp_mask);
		return false;
	}
	if (gfp_mask & (__GFP_NOFAIL | __GFP_REPEAT))
		return true;
	return order <= PAGE_ALLOC_COSTLY_ORDER;
}

/* the allocation loop */
/*
 * Allocate 2^order pages from the first suitable zone of zonelist, or
 * NULL.  It is a checked runtime error to pass order >= MAX_ORDER or an
 * impossible __GFP_NOFAIL.  => no zone lock held.
 */
struct page *__alloc_pages(unsigned int gfp_mask, unsigned int order,
			   struct zonelist *zonelist)
{
	struct zone **zones = zonelist->zones;
	unsigned long progress;
	struct page *page;
	int i;

	/* refuse an impossible order or gfp_mask */
	if (unlikely(order >= MAX_ORDER)) {
		printk(KERN_EMERG "page allocator: order %u requested, the largest "
		       "is %d\n", order, MAX_ORDER - 1);
		BUG();
	}
	if (unlikely((gfp_mask & __GFP_NOFAIL) &&
		     (!(gfp_mask & __GFP_WAIT) || (gfp_mask & __GFP_NORETRY)))) {
		printk(KERN_EMERG "page allocator: mode %#x: __GFP_NOFAIL needs "
		       "__GFP_WAIT and excludes __GFP_NORETRY\n", gfp_mask);
		BUG();
	}
	if (zones[0] == NULL)
		return NULL;
	/* take the fast path: one pass respecting pages_low */
	page = get_page_from_zonelist(gfp_mask, order, zones, ALLOC_WMARK_LOW);
	if (page != NULL)
		return page;
	/* wake kswapd and try again down to pages_min */
	for (i = 0; zones[i] != NULL; i++)
		wakeup_kswapd(zones[i]);
	page = get_page_from_zonelist(gfp_mask, order, zones, ALLOC_WMARK_MIN |
				      ((gfp_mask & __GFP_HIGH) ? ALLOC_HIGH : 0));
	if (page != NULL)
		return page;
	if (!(gfp_mask & __GFP_WAIT))
		goto nopage;
rebalance:
	/* free some memory, try again, and go round while that helps */
	progress = free_some_pages(order);
	page = get_page_from_zonelist(gfp_mask, order, zones, ALLOC_WMARK_MIN);
	if (page != NULL)
		return page;
	if (should_alloc_retry(gfp_mask, order, progress))
		goto rebalance;
nopage:
	/* warn that the allocation failed, unless __GFP_NOWARN */
	if (!(gfp_mask & __GFP_NOWARN))
		printk(KERN_WARNING "swapper: page allocation failure. order:%u, "
		       "mode:%#x\n", order, gfp_mask);
	return NULL;
}

/* the entry points */
/* allocating by address */
/*
 * Allocate 2^order low-memory pages; returns their address or 0.  It is
 * a checked runtime error to pass __GFP_HIGHMEM.
 */
unsigned long __get_free_pages(unsigned int gfp_mask, unsigned int order)
{
	struct page *page;

	if (unlikely(gfp_mask & __GFP_HIGHMEM)) {
		printk(KERN_EMERG "page allocator: __get_free_pages(%#x): high "
		       "memory has no address\n", gfp_mask);
		BUG();
	}
	page = alloc_pages(gfp_mask, order);
	if (page == NULL)
		return 0;
	return (unsigned long)page_address(page);
}

/* allocating a zeroed page */
/* Allocate one low-memory page filled with zeros; returns its address or 0. */
unsigned long get_zeroed_page(unsigned int gfp_mask)
{
	unsigned long addr = __get_free_pages(gfp_mask, 0);

	if (addr)
		memset((void *)addr, 0, PAGE_SIZE);
	return addr;
}

/* freeing by page */
/*
 * Drop a reference to the block of 2^order pages at page; free it if
 * last.  It is a checked runtime error to free a free, reserved or
 * wrongly sized block.  => no zone lock held.
 */
void __free_pages(struct page *page, unsigned int order)
{
	/* refuse to free an impossible, reserved or unallocated block */
	if (unlikely(order >= MAX_ORDER))
		bad_page(page, order, "freeing a block of an impossible order");
	if (PageReserved(page))
		bad_page(page, order, "freeing a reserved page");
	if (page_count(page) <= 0)
		bad_page(page, order, "freeing a page that is not allocated");
	if (page_count(page) == 1)
		free_pages_check(page, order);
	if (!put_page_testzero(page))
		return;
	if (order == 0)
		free_hot_cold_page(page, 0);
	else
		__free_pages_ok(page, order);
}

/* freeing by address */
/* Free by address a block that __get_free_pages returned; 0 is ignored. */
void free_pages(unsigned long addr, unsigned int order)
{
	if (addr != 0)
		__free_pages(virt_to_page(addr), order);
}

/* freeing a page whose count is already zero */
/* Check a single page whose count is already zero, for the hot or cold list. */
static void free_zero_count_page(struct page *page, int cold)
{
	if (PageReserved(page) || page_count(page) != 0)
		bad_page(page, 0, "freeing a page that is reserved or still in use");
	free_pages_check(page, 0);
	free_hot_cold_page(page, cold);
}

/* Free to the hot list a page whose count the caller dropped to 0. */
void free_hot_page(struct page *page)
{
	free_zero_count_page(page, 0);
}

/* The same to the cold list, for a page not in the cache. */
void free_cold_page(struct page *page)
{
	free_zero_count_page(page, 1);
}

/* counting free pages */
/* Free pages in the buddy lists of every zone.  Time: one read per zone. */
unsigned long nr_free_pages(void)
{
	unsigned long sum = 0;
	pg_data_t *pgdat;
	int j;

	for_each_pgdat(pgdat)
		for (j = 0; j < MAX_NR_ZONES; j++)
			sum += pgdat->node_zones[j].free_pages;
	return sum;
}

/* Free pages in the buddy lists of the high-memory zones. */
unsigned long nr_free_highpages(void)
{
	unsigned long sum = 0;
	pg_data_t *pgdat;

	for_each_pgdat(pgdat)
		sum += pgdat->node_zones[ZONE_HIGHMEM].free_pages;
	return sum;
}

/* the views */
/* the buddyinfo view */
#define BUDDYINFO_LINE  (32 + 7 * MAX_ORDER)    /* "Node 0, zone ..." + columns */

/* Print free blocks per order for each zone, as /proc/buddyinfo. */
void buddyinfo_show(void)
{
	char line[BUDDYINFO_LINE];
	pg_data_t *pgdat;
	int j, order, len;

	for_each_pgdat(pgdat)
		for (j = 0; j < MAX_NR_ZONES; j++) {
			struct zone *zone = pgdat->node_zones + j;

			if (!zone->present_pages)
				continue;
			/* print the line of zone: its name, then a count per order */
			len = snprintf(line, sizeof(line), "Node %d, zone %8s ",
				       pgdat->node_id, zone->name);
			for (order = 0; order < MAX_ORDER; order++)
				len += snprintf(line + len, sizeof(line) - len, "%6lu ",
						zone->free_area[order].nr_free);
			printk(KERN_ALERT "%s\n", line);
		}
}

/* the buddyinfo command */
static void cmd_buddyinfo(int argc, char **argv)
{
	(void)argc, (void)argv;
	buddyinfo_show();
}
MONITOR_CMD("buddyinfo", "free blocks per order in each zone (/proc/buddyinfo)",
	    cmd_buddyinfo);

/* the meminfo view */
#define K(pages)        ((pages) << (PAGE_SHIFT - 10))

/* Print memory totals as /proc/meminfo, in kB. */
void meminfo_show(void)
{
	unsigned long free = nr_free_pages(), highfree = nr_free_highpages();

	printk(KERN_ALERT "%-14s%8lu kB\n", "MemTotal:", K(totalram_pages));
	printk(KERN_ALERT "%-14s%8lu kB\n", "MemFree:", K(free));
	printk(KERN_ALERT "%-14s%8lu kB\n", "HighTotal:", K(totalhigh_pages));
	printk(KERN_ALERT "%-14s%8lu kB\n", "HighFree:", K(highfree));
	printk(KERN_ALERT "%-14s%8lu kB\n", "LowTotal:",
	       K(totalram_pages - totalhigh_pages));
	printk(KERN_ALERT "%-14s%8lu kB\n", "LowFree:", K(free - highfree));
}

/* the meminfo command */
static void cmd_meminfo(int argc, char **argv)
{
	(void)argc, (void)argv;
	meminfo_show();
}
MONITOR_CMD("meminfo", "memory totals in kB (/proc/meminfo)", cmd_meminfo);
