/*
 * test_page_alloc.c - the buddy allocator and its per-CPU lists on the host.
 *
 * Seed vectors (the free lists after boot, a split and a merge, the
 * watermark each kind of request stops at), the checked errors (each one
 * must BUG with its message and change nothing), the buddyinfo and
 * meminfo formats, and then a million random operations against a shadow
 * model, with the free-list invariants checked after every operation and
 * a full page-by-page audit every AUDIT_EVERY operations.
 */
/* KERNEL_SOURCES: mm/page_alloc.c */
#include "fake_machine.h"
#include "harness.h"

/* ---- invariants ---- */

static char why[512];           /* the first broken invariant, for diag */

#define BROKEN(...) (snprintf(why, sizeof(why), __VA_ARGS__), 0)

/* The free lists and per-CPU lists of one zone obey Section "Free areas". */
static int zone_ok(struct zone *zone)
{
	unsigned long sum = 0, n, idx;
	struct list_head *pos;
	int order, cold;

	for (order = 0; order < MAX_ORDER; order++) {
		n = 0;
		list_for_each(pos, &zone->free_area[order].free_list) {
			struct page *page = list_entry(pos, struct page, list);

			idx = page - zone->zone_mem_map;
			if (page < zone->zone_mem_map || idx + (1UL << order) > zone->spanned_pages)
				return BROKEN("%s: order-%d block outside the zone", zone->name, order);
			if (idx & ((1UL << order) - 1))
				return BROKEN("%s: order-%d block at %lu misaligned", zone->name, order, idx);
			if (!PageBuddy(page) || page->private != (unsigned long)order ||
			    page_count(page) || PageReserved(page) || page_zone(page) != zone)
				return BROKEN("%s: order-%d block at %lu badly marked", zone->name, order, idx);
			if (order < MAX_ORDER - 1) {
				unsigned long b = idx ^ (1UL << order);

				if (b < zone->spanned_pages && PageBuddy(zone->zone_mem_map + b) &&
				    zone->zone_mem_map[b].private == (unsigned long)order)
					return BROKEN("%s: buddies %lu and %lu both free at order %d",
						      zone->name, idx, b, order);
			}
			n++;
		}
		if (n != zone->free_area[order].nr_free)
			return BROKEN("%s: order %d lists %lu blocks, nr_free %lu", zone->name,
				      order, n, zone->free_area[order].nr_free);
		sum += n << order;
	}
	if (sum != zone->free_pages)
		return BROKEN("%s: lists hold %lu pages, free_pages %lu", zone->name, sum,
			      zone->free_pages);
	for (cold = 0; cold < 2; cold++) {
		struct per_cpu_pages *pcp = &zone->pageset[0].pcp[cold];

		n = 0;
		list_for_each(pos, &pcp->list) {
			struct page *page = list_entry(pos, struct page, list);

			if (page_count(page) || PageBuddy(page) || PageReserved(page) ||
			    page_zone(page) != zone)
				return BROKEN("%s: bad page on pcp list %d", zone->name, cold);
			n++;
		}
		if ((long)n != pcp->count || pcp->count < 0 || pcp->count > pcp->high + (pcp->high == 0))
			return BROKEN("%s: pcp %d count %d, list %lu, high %d", zone->name,
				      cold, pcp->count, n, pcp->high);
	}
	if (zone->lock.locked)
		return BROKEN("%s: lock left held", zone->name);
	return 1;
}

static int lists_ok(void)
{
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		if (!zone_ok(contig_page_data.node_zones + j))
			return 0;
	return 1;
}

/* ---- the shadow model: which pages the test holds ---- */

#define MAX_HELD 65536

struct held {
	struct page *page;
	unsigned int order;
};

static struct held held[MAX_HELD];
static int nheld;
static unsigned char *owned;    /* per pfn: 1 if in a held block */

static void shadow_reset(void)
{
	free(owned);
	owned = calloc(max_mapnr, 1);
	nheld = 0;
}

/* Record a block just allocated; false if it overlaps one already held. */
static int shadow_take(struct page *page, unsigned int order)
{
	unsigned long pfn = page_to_pfn(page), i;

	for (i = 0; i < (1UL << order); i++)
		if (owned[pfn + i])
			return BROKEN("pfn %lu handed out twice", pfn + i);
	for (i = 0; i < (1UL << order); i++)
		owned[pfn + i] = 1;
	held[nheld++] = (struct held){ page, order };
	return 1;
}

static struct held shadow_drop(int k)
{
	struct held h = held[k];
	unsigned long pfn = page_to_pfn(h.page), i;

	for (i = 0; i < (1UL << h.order); i++)
		owned[pfn + i] = 0;
	held[k] = held[--nheld];
	return h;
}

/* Every page is exactly one of: hole, held, in a free block, on a pcp list. */
static int audit(void)
{
	unsigned char *seen = calloc(max_mapnr, 1);
	unsigned long pfn, i;
	int j, order, cold, good = 1;
	struct list_head *pos;

	for (j = 0; j < MAX_NR_ZONES && good; j++) {
		struct zone *zone = contig_page_data.node_zones + j;

		for (order = 0; order < MAX_ORDER; order++)
			list_for_each(pos, &zone->free_area[order].free_list) {
				pfn = page_to_pfn(list_entry(pos, struct page, list));
				for (i = 0; i < (1UL << order); i++)
					seen[pfn + i]++;
			}
		for (cold = 0; cold < 2; cold++)
			list_for_each(pos, &zone->pageset[0].pcp[cold].list)
				seen[page_to_pfn(list_entry(pos, struct page, list))]++;
	}
	for (pfn = 0; pfn < max_mapnr && good; pfn++) {
		int n = seen[pfn] + owned[pfn] + PageReserved(mem_map + pfn);

		if (n != 1)
			good = BROKEN("pfn %lu is in %d places (free %d, held %d, reserved %d)",
				      pfn, n, seen[pfn], owned[pfn], PageReserved(mem_map + pfn));
	}
	free(seen);
	return good;
}

/* ---- seed vectors ---- */

static const struct fake_hole holes_a[] = { { 0, 1 }, { 2000, 2100 } };

/* Machine A: DMA 0-1024, Normal 1024-4096 with a hole, HighMem 4096-5500. */
static void machine_a(void)
{
	fake_machine(1024, 4096, 5500, holes_a, 2);
	shadow_reset();
}

/* The fully coalesced free blocks of the free pfns [a, b) of a zone at base. */
static void greedy_blocks(unsigned long base, unsigned long a, unsigned long b,
			  unsigned long count[MAX_ORDER])
{
	while (a < b) {
		int order = MAX_ORDER - 1;

		while (((a - base) & ((1UL << order) - 1)) || a + (1UL << order) > b)
			order--;
		count[order]++;
		a += 1UL << order;
	}
}

static int area_is(struct zone *zone, const unsigned long want[MAX_ORDER])
{
	int order;

	for (order = 0; order < MAX_ORDER; order++)
		if (zone->free_area[order].nr_free != want[order])
			return 0;
	return 1;
}

static void boot_vectors(void)
{
	struct zone *z = contig_page_data.node_zones;
	static const unsigned long dma[MAX_ORDER] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	unsigned long normal[MAX_ORDER] = { 0 }, high[MAX_ORDER] = { 0 };

	machine_a();
	drain_local_pages();
	greedy_blocks(1024, 1024, 2000, normal);
	greedy_blocks(1024, 2100, 4096, normal);
	greedy_blocks(4096, 4096, 5500, high);
	ok(area_is(&z[ZONE_DMA], dma) && z[ZONE_DMA].free_pages == 1023,
	   "boot: DMA without page 0 is one block of each order (1023 pages)");
	ok(area_is(&z[ZONE_NORMAL], normal) && z[ZONE_NORMAL].free_pages == 2972,
	   "boot: Normal around its hole is fully coalesced (2972 pages)");
	ok(area_is(&z[ZONE_HIGHMEM], high) && z[ZONE_HIGHMEM].free_pages == 1404,
	   "boot: HighMem with an unaligned end is fully coalesced (1404 pages)");
	ok(z[ZONE_HIGHMEM].free_area[9].nr_free == 2 && z[ZONE_HIGHMEM].free_area[8].nr_free == 1 &&
	   z[ZONE_HIGHMEM].free_area[7].nr_free == 0, "boot: HighMem is 512+512+256+64+32+16+8+4");
	ok(totalram_pages == 1023 + 2972 + 1404 && totalhigh_pages == 1404,
	   "boot: totalram_pages and totalhigh_pages");
	ok(contig_page_data.node_zonelists[0].zones[0] == &z[ZONE_NORMAL] &&
	   contig_page_data.node_zonelists[0].zones[1] == &z[ZONE_DMA] &&
	   contig_page_data.node_zonelists[0].zones[2] == NULL &&
	   contig_page_data.node_zonelists[1].zones[0] == &z[ZONE_DMA] &&
	   contig_page_data.node_zonelists[1].zones[1] == NULL &&
	   contig_page_data.node_zonelists[2].zones[0] == &z[ZONE_HIGHMEM] &&
	   contig_page_data.node_zonelists[2].zones[3] == NULL,
	   "zonelists: NORMAL,DMA / DMA / HIGHMEM,NORMAL,DMA");
	ok(lists_ok() && audit(), "boot: invariants and audit hold");
}

static void split_merge_vectors(void)
{
	struct zone *dma = &contig_page_data.node_zones[ZONE_DMA];
	static const unsigned long v1[MAX_ORDER] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	static const unsigned long v2[MAX_ORDER] = { 1, 0, 1, 1, 1, 1, 1, 1, 1, 1 };
	static const unsigned long v3[MAX_ORDER] = { 2, 0, 1, 1, 1, 1, 1, 1, 1, 1 };
	static const unsigned long v4[MAX_ORDER] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	static const unsigned long v5[MAX_ORDER] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 0 };
	static const unsigned long v6[MAX_ORDER] = { 1, 1, 1, 0, 1, 1, 1, 1, 1, 1 };
	struct page *a, *b;

	machine_a();
	fake_set_pagesets(0);
	a = alloc_page(GFP_DMA);
	ok(a == mem_map + 1 && area_is(dma, v1), "alloc order 0: the order-0 block, pfn 1");
	b = alloc_page(GFP_DMA);
	ok(b == mem_map + 2 && area_is(dma, v2), "alloc order 0: splits [2 3], returns pfn 2");
	__free_page(a);
	ok(area_is(dma, v3), "free pfn 1: its buddy, page 0, is reserved: no merge");
	__free_page(b);
	ok(area_is(dma, v4), "free pfn 2: merges with 3 into [2 3]");
	a = alloc_pages(GFP_DMA, 9);
	ok(a == mem_map + 512 && area_is(dma, v5) && page_count(a) == 1 && a->private == 9,
	   "alloc order 9: pfn 512, count 1, private 9");
	__free_pages(a, 9);
	ok(area_is(dma, v4), "free order 9: back on its list");
	a = alloc_pages(GFP_DMA, 3);
	ok(a == mem_map + 8 && area_is(dma, v6), "alloc order 3: the order-3 block, pfn 8");
	__free_pages(a, 3);
	a = alloc_pages(GFP_HIGHUSER, 0);
	ok(a == mem_map + 4096 + 1400 && page_zone(a) == &contig_page_data.node_zones[ZONE_HIGHMEM],
	   "GFP_HIGHUSER order 0: the smallest HighMem block, split from the low end");
	__free_page(a);
	ok(lists_ok() && audit(), "split/merge: invariants and audit hold");
}

/* ---- watermarks ---- */

/*
 * On a machine with one Normal zone of size pages and the lists off,
 * allocate order-0 pages with gfp until failure; returns the free pages
 * left and sets *woke to the free count at the first kswapd wakeup.
 */
static unsigned long drain_zone(unsigned long size, unsigned int gfp, int batch,
				unsigned long *woke)
{
	struct zone *z = &contig_page_data.node_zones[ZONE_NORMAL];
	struct page *page;

	fake_machine(0, size, size, NULL, 0);
	fake_set_pagesets(batch);
	*woke = 0;
	for (;;) {
		unsigned long free = z->free_pages, w = z->kswapd_wakeups;

		page = alloc_page(gfp | __GFP_NOWARN);
		if (page == NULL)
			break;
		if (w == 0 && z->kswapd_wakeups)
			*woke = free;
	}
	return z->free_pages;
}

static void watermark_vectors(void)
{
	static const unsigned long sizes[] = { 4096, 225280, 256 };
	static const unsigned long mins[] = { 32, 255, 20 };
	unsigned long woke, left;
	int i;

	for (i = 0; i < 3; i++) {
		left = drain_zone(sizes[i], GFP_KERNEL, 0, &woke);
		ok(left == mins[i] && woke == 2 * mins[i],
		   "%lu pages: GFP_KERNEL stops at min %lu (left %lu), kswapd woken at low (%lu)",
		   sizes[i], mins[i], left, woke);
		left = drain_zone(sizes[i], GFP_ATOMIC, 0, &woke);
		ok(left == mins[i] / 4, "%lu pages: GFP_ATOMIC stops at min/4 = %lu (left %lu)",
		   sizes[i], mins[i] / 4, left);
		left = drain_zone(sizes[i], GFP_KERNEL, 16, &woke);
		ok(left <= mins[i] && left + 16 > mins[i],
		   "%lu pages, lists on: GFP_KERNEL stops within a batch below min (left %lu)",
		   sizes[i], left);
	}
}

/* The incremental minimum keeps GFP_KERNEL out of the DMA zone's reserve. */
static void protection_vectors(void)
{
	struct zone *z = contig_page_data.node_zones;
	unsigned long n = 0;

	machine_a();
	fake_set_pagesets(0);
	while (alloc_page(GFP_KERNEL | __GFP_NOWARN))
		n++;
	ok(z[ZONE_NORMAL].pages_min == 23 && z[ZONE_DMA].pages_min == 20 &&
	   z[ZONE_NORMAL].free_pages == 23 && z[ZONE_DMA].free_pages == 23 + 20,
	   "GFP_KERNEL leaves Normal at its min (23) and DMA at both mins (43): %lu, %lu",
	   z[ZONE_NORMAL].free_pages, z[ZONE_DMA].free_pages);
	ok(z[ZONE_HIGHMEM].free_pages == 1404, "GFP_KERNEL never touches HighMem");
	printk_clear();
	ok(alloc_page(GFP_KERNEL) == NULL &&
	   strstr(printk_text, "swapper: page allocation failure. order:0, mode:0xd0"),
	   "a failure without __GFP_NOWARN prints Linux's message: %s", printk_text);
	while (alloc_page(GFP_ATOMIC | __GFP_NOWARN))
		n++;
	ok(z[ZONE_NORMAL].free_pages == 5 && z[ZONE_DMA].free_pages == 10,
	   "GFP_ATOMIC goes down to a quarter of the mins (5 and 5+5): %lu, %lu",
	   z[ZONE_NORMAL].free_pages, z[ZONE_DMA].free_pages);
	ok(PANICS(alloc_page(GFP_KERNEL | __GFP_NOFAIL)) &&
	   strstr(panic_message, "out of memory"),
	   "__GFP_NOFAIL with nothing left to free panics: %s", panic_message);
}

/*
 * A high-order request succeeds only after the lists are drained.  The
 * DMA zone's upper half is its only possible order-9 block; freeing the
 * pages in reverse leaves its pages (the first ones taken) on the hot list.
 */
static void drain_vectors(void)
{
	struct zone *dma = &contig_page_data.node_zones[ZONE_DMA];
	struct page *pages[1024];
	unsigned long i, n = 0, before;

	machine_a();
	while ((pages[n] = alloc_pages(GFP_DMA | __GFP_NOWARN, 0)) != NULL)
		n++;
	for (i = n; i-- > 0; )          /* the first pages taken are freed last */
		__free_page(pages[i]);
	ok(dma->pageset[0].pcp[0].count > 96 - 16 && dma->pageset[0].pcp[0].count <= 96,
	   "after freeing %lu pages the hot list is within a batch of its high mark", n);
	before = dma->free_area[9].nr_free;
	pages[0] = alloc_pages(GFP_ATOMIC | __GFP_DMA | __GFP_NOWARN, 9);
	ok(before == 0 && pages[0] == NULL,
	   "with pages on the hot list there is no order-9 block; an atomic request fails");
	pages[0] = alloc_pages(GFP_KERNEL | __GFP_DMA | __GFP_NOWARN, 9);
	ok(pages[0] != NULL && dma->pageset[0].pcp[0].count == 0,
	   "a sleeping order-9 request drains the lists and succeeds");
	if (pages[0])
		__free_pages(pages[0], 9);
	ok(lists_ok() && audit(), "drain: invariants and audit hold");
}

/* ---- checked errors ---- */

static int bug_says(const char *text)
{
	return strstr(printk_text, text) && strstr(printk_text, "kernel BUG at");
}

static void error_vectors(void)
{
	struct page *volatile p;
	struct page *hole;
	unsigned long free;

	machine_a();
	hole = mem_map + 2050;          /* in Normal's hole */
	drain_local_pages();
	free = nr_free_pages();
	ok(PANICS(alloc_pages(GFP_KERNEL, MAX_ORDER)) && bug_says("order 10 requested"),
	   "alloc order MAX_ORDER BUGs: %s", printk_text);
	ok(PANICS(alloc_pages(GFP_DMA | __GFP_HIGHMEM, 0)) && bug_says("both __GFP_DMA and __GFP_HIGHMEM"),
	   "both zone modifiers BUG");
	ok(PANICS(alloc_page(GFP_KERNEL | __GFP_NOFAIL | __GFP_NORETRY)) && bug_says("__GFP_NOFAIL"),
	   "__GFP_NOFAIL with __GFP_NORETRY BUGs");
	ok(PANICS(alloc_page(GFP_ATOMIC | __GFP_NOFAIL)) && bug_says("__GFP_NOFAIL"),
	   "__GFP_NOFAIL without __GFP_WAIT BUGs");
	ok(PANICS(__get_free_pages(GFP_HIGHUSER, 0)) && bug_says("high memory has no address"),
	   "__get_free_pages of high memory BUGs");
	p = alloc_pages(GFP_KERNEL, 2);
	ok(PANICS(__free_pages(p, 1)) && bug_says("wrong order"), "freeing with a smaller order BUGs");
	ok(PANICS(__free_pages(p, 3)) && bug_says("wrong order"), "freeing with a larger order BUGs");
	ok(PANICS(__free_page(p + 1)) && bug_says("not allocated"), "freeing a tail page BUGs");
	ok(PANICS(__free_pages(p, MAX_ORDER)) && bug_says("impossible order"),
	   "freeing order MAX_ORDER BUGs");
	SetPagePrivate(p);
	ok(PANICS(__free_pages(p, 2)) && bug_says("PG_private"), "freeing with PG_private set BUGs");
	ClearPagePrivate(p);
	__free_pages(p, 2);
	ok(PANICS(__free_pages(p, 2)) && bug_says("not allocated"), "freeing a block twice BUGs");
	p = alloc_page(GFP_KERNEL);
	__free_page(p);
	ok(PANICS(__free_page(p)) && bug_says("not allocated"),
	   "freeing twice a page now on the hot list BUGs");
	ok(PANICS(__free_page(hole)) && bug_says("reserved"), "freeing a reserved page BUGs");
	ok(PANICS(free_hot_page(hole)) && bug_says("reserved"), "free_hot_page of a reserved page BUGs");
	p = alloc_page(GFP_KERNEL);
	p->flags |= 1UL << PG_buddy;
	ok(PANICS(__free_page(p)) && bug_says("already free"), "freeing a PG_buddy page BUGs");
	p->flags &= ~(1UL << PG_buddy);
	__free_page(p);
	drain_local_pages();
	ok(nr_free_pages() == free && lists_ok() && audit(),
	   "after every refused call the allocator is intact");
}

/* ---- views ---- */

static void view_vectors(void)
{
	machine_a();
	drain_local_pages();
	printk_clear();
	buddyinfo_show();
	ok(strstr(printk_text, "Node 0, zone      DMA      1      1      1      1      1      1"
		  "      1      1      1      1 \n") != NULL,
	   "buddyinfo has Linux's layout");
	ok(strstr(printk_text, "zone  HighMem      0      0      1      1      1      1"
		  "      1      0      1      2 \n") != NULL, "buddyinfo shows HighMem");
	printk_clear();
	meminfo_show();
	ok(strstr(printk_text, "MemTotal:        21596 kB\n") &&
	   strstr(printk_text, "MemFree:         21596 kB\n") &&
	   strstr(printk_text, "HighTotal:        5616 kB\n") &&
	   strstr(printk_text, "LowFree:         15980 kB\n"),
	   "meminfo has Linux's layout");
}

/* ---- random operations ---- */

#define AUDIT_EVERY     512
#define PCP_BATCH_HOST  16      /* page_alloc.c's PCP_BATCH */

static const unsigned int random_gfp[] = {
	GFP_KERNEL, GFP_ATOMIC, GFP_DMA, GFP_HIGHUSER, GFP_NOFS | __GFP_COLD,
	GFP_HIGHUSER | __GFP_COLD, GFP_KERNEL | __GFP_REPEAT, GFP_KERNEL | __GFP_NORETRY,
	GFP_ATOMIC | __GFP_DMA, GFP_NOIO,
};

static unsigned int random_order(void)
{
	unsigned int r = prng_below(100);

	if (r < 60)
		return 0;
	if (r < 75)
		return 1;
	if (r < 85)
		return 2;
	if (r < 90)
		return 3;
	return 4 + prng_below(MAX_ORDER - 4);
}

/* Whether a failed allocation was allowed to fail (a necessary condition). */
static int failure_ok(unsigned int gfp, unsigned int order)
{
	struct zone **zones = contig_page_data.node_zonelists[gfp_zone(gfp)].zones;
	unsigned long min = 1UL << order;
	int i, k;

	for (i = 0; zones[i]; i++) {
		struct zone *z = zones[i];
		int block = 0;

		for (k = order; k < MAX_ORDER; k++)
			block |= !list_empty(&z->free_area[k].free_list);
		min += z->pages_low;
		if (block && (z->free_pages >= min ||
			      (!(gfp & __GFP_WAIT) && z->free_pages >= z->pages_high)))
			return BROKEN("order %u mode %#x failed but %s has %lu free, mark %lu",
				      order, gfp, z->name, z->free_pages, min);
		if ((gfp & __GFP_WAIT) && z->pageset[0].pcp[0].count + z->pageset[0].pcp[1].count)
			return BROKEN("a failed sleeping allocation left %s's lists full", z->name);
	}
	return 1;
}

/* Whether a block just allocated is where its mask allows. */
static int success_ok(struct page *page, unsigned int gfp, unsigned int order)
{
	struct zone **zones = contig_page_data.node_zonelists[gfp_zone(gfp)].zones;
	struct zone *zone = page_zone(page);
	int i, found = 0;

	for (i = 0; zones[i]; i++)
		found |= zones[i] == zone;
	if (!found)
		return BROKEN("mode %#x got a page from %s", gfp, zone->name);
	if (page_count(page) != 1 || page->private != order || PageBuddy(page))
		return BROKEN("new block not prepared: count %d private %lu", page_count(page),
			      page->private);
	if ((page - zone->zone_mem_map) & ((1UL << order) - 1))
		return BROKEN("order-%u block misaligned", order);
	return shadow_take(page, order);
}

static long stat_allocs, stat_fails, stat_frees, stat_peak;

static int random_alloc(void)
{
	unsigned int gfp = random_gfp[prng_below(ARRAY_SIZE(random_gfp))] | __GFP_NOWARN;
	unsigned int order = random_order();
	struct page *page;

	if (nheld == MAX_HELD)
		return 1;
	if (!(gfp & __GFP_HIGHMEM) && prng_below(8) == 0) {
		unsigned long addr = order ? __get_free_pages(gfp, order) : get_zeroed_page(gfp);
		unsigned long i;

		if (!addr)
			return stat_fails++, failure_ok(gfp, order);
		stat_allocs++;
		page = virt_to_page(addr);
		if (order == 0)
			for (i = 0; i < PAGE_SIZE; i++)
				if (((unsigned char *)addr)[i])
					return BROKEN("get_zeroed_page: byte %lu not zero", i);
		if (order == 0)
			memset((void *)addr, 0x5a, PAGE_SIZE);
		return success_ok(page, gfp, order);
	}
	page = alloc_pages(gfp, order);
	if (page == NULL)
		return stat_fails++, failure_ok(gfp, order);
	stat_allocs++;
	return success_ok(page, gfp, order);
}

static int random_free(void)
{
	struct held h;

	if (nheld == 0)
		return 1;
	h = shadow_drop(prng_below(nheld));
	stat_frees++;
	switch (prng_below(4)) {
	case 0:
		get_page(h.page);
		__free_pages(h.page, h.order);  /* drops the extra reference only */
		if (page_count(h.page) != 1)
			return BROKEN("a shared block was freed");
		__free_pages(h.page, h.order);
		break;
	case 1:
		if (h.order == 0 && put_page_testzero(h.page)) {
			free_cold_page(h.page);
			break;
		}
		__free_pages(h.page, h.order);
		break;
	case 2:
		if (!PageHighMem(h.page)) {
			free_pages((unsigned long)page_address(h.page), h.order);
			break;
		}
		/* fall through */
	default:
		__free_pages(h.page, h.order);
	}
	return 1;
}

/* One random operation; the phase decides how often it allocates. */
static int random_op(int fill, int toggle)
{
	unsigned int r = prng_below(1000);

	if (r < (fill ? 600u : 350u))
		return random_alloc();
	if (r < 980)
		return random_free();
	if (r < 995) {
		drain_local_pages();
		return 1;
	}
	if (toggle)
		fake_set_pagesets(prng_below(2) ? PCP_BATCH_HOST : 0);
	return 1;
}

/* Zone-lock acquisitions so far, all zones together. */
static unsigned long zone_lock_acquisitions(void)
{
	unsigned long n = 0;
	int j;

	for (j = 0; j < MAX_NR_ZONES; j++)
		n += contig_page_data.node_zones[j].lock.acquisitions;
	return n;
}

static void random_run(const char *name, long ops, int pagesets, int toggle)
{
	long i, bad_at = -1;
	unsigned long locks = zone_lock_acquisitions();

	stat_allocs = stat_fails = stat_frees = stat_peak = 0;
	fake_set_pagesets(pagesets);
	for (i = 0; i < ops && bad_at < 0; i++) {
		int fill = (i / 5000) % 2 == 0;

		if (totalram_pages - nr_free_pages() > (unsigned long)stat_peak)
			stat_peak = totalram_pages - nr_free_pages();
		if (!random_op(fill, toggle) || !lists_ok() ||
		    (i % AUDIT_EVERY == 0 && !audit()))
			bad_at = i;
	}
	if (bad_at < 0 && !audit())
		bad_at = ops;
	while (nheld)
		__free_pages(held[0].page, held[0].order), shadow_drop(0);
	drain_local_pages();
	if (bad_at < 0 && (!lists_ok() || !audit() ||
			   nr_free_pages() != totalram_pages))
		bad_at = ops;
	locks = zone_lock_acquisitions() - locks;
	if (bad_at >= 0)
		diag("%s: after operation %ld: %s", name, bad_at, why);
	diag("%s: %ld allocations, %ld failures, %ld frees, at most %ld of %lu pages in use",
	     name, stat_allocs, stat_fails, stat_frees, stat_peak, totalram_pages);
	diag("%s: %lu zone-lock acquisitions per 1000 allocations and frees",
	     name, locks * 1000 / (unsigned long)(stat_allocs + stat_fails + stat_frees));
	ok(bad_at < 0, "%s: invariants held after each of %ld operations; all memory came back",
	   name, ops);
}

/* Machine B: DMA with the PC's low holes, Normal with a hole, odd HighMem end. */
static const struct fake_hole holes_b[] = { { 0, 1 }, { 159, 256 }, { 6000, 6100 } };

int main(void)
{
	prng_init(20240607);
	plan(7 + 9 + 9 + 5 + 4 + 16 + 3 + 4);
	boot_vectors();
	split_merge_vectors();
	watermark_vectors();
	protection_vectors();
	drain_vectors();
	error_vectors();
	view_vectors();

	machine_a();
	random_run("machine A, lists on", 250000, PCP_BATCH_HOST, 0);
	machine_a();
	random_run("machine A, lists off", 250000, 0, 0);
	machine_a();
	random_run("machine A, lists switched on and off", 250000, PCP_BATCH_HOST, 1);
	fake_machine(4096, 7168, 8999, holes_b, 3);
	shadow_reset();
	random_run("machine B, lists on", 250000, PCP_BATCH_HOST, 1);
	fake_machine_free();
	free(owned);
	return done_testing();
}
