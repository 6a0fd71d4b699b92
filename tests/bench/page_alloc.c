/*
 * page_alloc.c - benchmarks of the buddy allocator and its per-CPU lists.
 *
 *   page_alloc instructions   run PAIRS order-0 alloc+free pairs three ways,
 *                             each in its own function, for callgrind to count:
 *                             bench_bare_list   a bare free list (list_del/list_add)
 *                             bench_pcp_on      alloc_page/__free_page, lists on
 *                             bench_pcp_off     alloc_page/__free_page, lists off
 *   page_alloc locks          zone-lock acquisitions per 1000 order-0
 *                             operations, lists on and off, for three workloads
 *
 * tests/bench/page-alloc.sh builds this with the kernel's page_alloc.c
 * at -O2 and runs both.  Numbers are printed, never judged.
 */
#include "fake_machine.h"

#define PAIRS           100000
#define OPS             100000  /* operations per lock workload */
#define BURST_SMALL     64      /* a burst the hot list absorbs (high - low) */
#define BURST_LARGE     128     /* a burst that crosses both marks */
#define POOL            512     /* pages the random workload may hold */

static const struct fake_hole pc_holes[] = { { 0, 1 }, { 159, 256 } };

/* ---- the baseline: a bare list of free pages ---- */
static LIST_HEAD(bare_list);

static __attribute__((noinline)) struct page *bare_alloc(void)
{
	struct page *page = list_entry(bare_list.next, struct page, list);

	list_del(&page->list);
	return page;
}

static __attribute__((noinline)) void bare_free(struct page *page)
{
	list_add(&page->list, &bare_list);
}

__attribute__((noinline)) void bench_bare_list(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		bare_free(bare_alloc());
}

__attribute__((noinline)) void bench_pcp_on(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		__free_page(alloc_page(GFP_KERNEL));
}

__attribute__((noinline)) void bench_pcp_off(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		__free_page(alloc_page(GFP_KERNEL));
}

static void instructions(void)
{
	struct page *page;
	int i;

	for (i = 0; i < 64; i++) {      /* the baseline's pages: borrowed */
		page = alloc_page(GFP_KERNEL);
		list_add(&page->list, &bare_list);
	}
	bench_bare_list();
	fake_set_pagesets(16);
	bench_pcp_on();
	fake_set_pagesets(0);
	bench_pcp_off();
	printf("ran %d pairs three ways\n", PAIRS);
}

/* ---- zone-lock acquisitions ---- */
static struct page *pool[POOL > BURST_LARGE ? POOL : BURST_LARGE];
static int npool;
static unsigned long lcg = 12345;

static unsigned long next_random(void)
{
	lcg = lcg * 6364136223846793005UL + 1442695040888963407UL;
	return lcg >> 33;
}

/* One step of workload w; returns the operations it made. */
static int step(int w)
{
	int i;

	switch (w) {
	case 0:                         /* alloc+free pairs */
		__free_page(alloc_page(GFP_KERNEL));
		return 2;
	case 1:                         /* a burst of allocations, then of frees */
	case 2:
		for (i = 0; i < (w == 1 ? BURST_SMALL : BURST_LARGE); i++)
			pool[i] = alloc_page(GFP_KERNEL);
		while (i-- > 0)
			__free_page(pool[i]);
		return 2 * (w == 1 ? BURST_SMALL : BURST_LARGE);
	default:                        /* random: allocate or free, up to POOL held */
		if (npool < POOL && (npool == 0 || next_random() % 2)) {
			pool[npool++] = alloc_page(GFP_KERNEL);
		} else {
			i = next_random() % npool;
			__free_page(pool[i]);
			pool[i] = pool[--npool];
		}
		return 1;
	}
}

static void locks(void)
{
	static const char *const names[] = { "alloc+free pairs", "bursts of 64",
					     "bursts of 128", "random, up to 512 held" };
	struct zone *zone = &contig_page_data.node_zones[ZONE_NORMAL];
	int w, on;

	printf("zone-lock acquisitions per 1000 order-0 operations (%d operations each)\n", OPS);
	printf("  %-24s %12s %12s\n", "workload", "lists on", "lists off");
	for (w = 0; w < 4; w++) {
		double per[2];

		for (on = 1; on >= 0; on--) {
			unsigned long before;
			long ops = 0;

			fake_set_pagesets(on ? 16 : 0);
			lcg = 12345;
			before = zone->lock.acquisitions;
			while (ops < OPS)
				ops += step(w);
			for (; npool; ops++)
				__free_page(pool[--npool]);
			per[on] = 1000.0 * (zone->lock.acquisitions - before) / ops;
		}
		printf("  %-24s %12.1f %12.1f\n", names[w], per[1], per[0]);
	}
}

int main(int argc, char **argv)
{
	fake_machine(4096, 32768, 32768, pc_holes, 2);
	if (argc > 1 && !strcmp(argv[1], "instructions"))
		instructions();
	else
		locks();
	return 0;
}
