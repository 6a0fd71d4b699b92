/* Generated from src.nw/15-vmalloc.nw, "Non-contiguous memory"; edit that file, not this one. */
/* Guest self-tests of vmalloc, and its crash test. */

/* includes */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/slab.h>
#include <linux/slab_def.h>
#include <linux/string.h>
#include <linux/vmalloc.h>
#include <asm/pgtable.h>
#include <asm/processor.h>
#include <asm/tlbflush.h>

/* the test pattern */
#define PATTERN_MUL     2654435761U     /* 2^32 / golden ratio (Knuth) */
#define PATTERN_SEED    0x7A110CU       /* "valloc" */

/* counting free pages exactly */
/* Free pages in every zone, after the slab and per-CPU caches let go. */
static unsigned long free_now(void)
{
	cache_sizes_t *cs;

	for (cs = cache_sizes; cs->cs_size; cs++) {
		if (cs->cs_cachep)
			kmem_cache_shrink(cs->cs_cachep);
		if (cs->cs_dmacachep)
			kmem_cache_shrink(cs->cs_dmacachep);
	}
	drain_local_pages();
	return nr_free_pages();
}

/* the basic test */
#define BASIC_AREAS     4
static const unsigned int basic_pages[BASIC_AREAS] = { 1, 2, 17, 300 };

static void vmalloc_basic(void)
{
	unsigned long before = free_now(), tables = vmalloc_pgtable_pages;
	unsigned long flushes = vmalloc_tlb_flushes;
	u32 *area[BASIC_AREAS];
	unsigned int i;

	for (i = 0; i < BASIC_AREAS; i++) {
		area[i] = vmalloc(basic_pages[i] * PAGE_SIZE);
		if (!KTEST_TRUE(area[i], "vmalloc returns an area"))
			return;
		/* check the area's address, pattern and mapping */
		{
			unsigned long a = (unsigned long)area[i], n = basic_pages[i] * PAGE_SIZE / 4, j;
			unsigned int bad = 0, unmapped = 0;

			KTEST_TRUE(!(a & ~PAGE_MASK) && a >= VMALLOC_START &&
				   a + (basic_pages[i] + 1) * PAGE_SIZE <= VMALLOC_END,
				   "the area is page-aligned and inside the vmalloc range");
			/* write the pattern over area[i] and count the words that read back wrong */
			for (j = 0; j < n; j++)
				area[i][j] = PATTERN_SEED ^ (j * PATTERN_MUL);
			for (j = 0; j < n; j++)
				bad += area[i][j] != (PATTERN_SEED ^ (j * PATTERN_MUL));
			KTEST_EQ(bad, 0, "data written through the mapping reads back");
			for (j = 0; j < basic_pages[i]; j++)
				unmapped += !follow_page(&init_mm, a + j * PAGE_SIZE, 1);
			KTEST_EQ(unmapped, 0, "every page of the area is mapped, writable and dirty");
			KTEST_TRUE(!follow_page(&init_mm, a + basic_pages[i] * PAGE_SIZE, 0),
				   "the guard page is not mapped");
		}
	}
	KTEST_TRUE((unsigned long)area[1] >= (unsigned long)area[0] + 2 * PAGE_SIZE,
		   "a guard page separates consecutive areas");
	/* check that vmalloc took high pages if there are any */
	if (totalhigh_pages) {
		unsigned long j, a = (unsigned long)area[BASIC_AREAS - 1], high = 0;

		for (j = 0; j < basic_pages[BASIC_AREAS - 1]; j++) {
			struct page *page = follow_page(&init_mm, a + j * PAGE_SIZE, 0);

			high += page && PageHighMem(page);
		}
		KTEST_EQ(high, basic_pages[BASIC_AREAS - 1], "vmalloc's pages come from high memory");
	}
	/* free the areas, counting the flushes and the pages that come back */
	for (i = 0; i < BASIC_AREAS; i++)
		vfree(area[i]);
	KTEST_EQ(vmalloc_tlb_flushes - flushes, BASIC_AREAS, "each vfree flushes the TLB once");
	KTEST_EQ(free_now() + (vmalloc_pgtable_pages - tables), before,
		 "vfree returned every page (page tables aside)");
}
KTEST(vmalloc_basic, "vmalloc: addresses, guard pages, data, vfree returns the pages");

/* fragmenting memory on purpose */
/*
 * Take every free page, then free the odd frames: held gets the even
 * ones, saved the watermarks, which are zero until unfragment_memory.
 */
static void fragment_memory(struct list_head *held, unsigned long saved[MAX_NR_ZONES][3])
{
	struct zone *zones = contig_page_data.node_zones;
	LIST_HEAD(odd);
	struct page *page;
	int j;

	/* lower every zone's watermarks to zero, saving them */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		saved[j][0] = zones[j].pages_min;
		saved[j][1] = zones[j].pages_low;
		saved[j][2] = zones[j].pages_high;
		zones[j].pages_min = zones[j].pages_low = zones[j].pages_high = 0;
	}
	while ((page = alloc_page(GFP_HIGHUSER | __GFP_NOWARN | __GFP_NORETRY)))
		list_add(&page->lru, page_to_pfn(page) & 1 ? &odd : held);
	/* free every page on the odd list */
	while (!list_empty(&odd)) {
		page = list_entry(odd.next, struct page, lru);
		list_del(&page->lru);
		__free_page(page);
	}
	drain_local_pages();
}

/* giving fragmented memory back */
/* Free every page on held and restore the watermarks. */
static void unfragment_memory(struct list_head *held, unsigned long saved[MAX_NR_ZONES][3])
{
	struct zone *zones = contig_page_data.node_zones;
	struct page *page;
	int j;

	while (!list_empty(held)) {
		page = list_entry(held->next, struct page, lru);
		list_del(&page->lru);
		__free_page(page);
	}
	/* put every zone's watermarks back from saved */
	for (j = 0; j < MAX_NR_ZONES; j++) {
		zones[j].pages_min = saved[j][0];
		zones[j].pages_low = saved[j][1];
		zones[j].pages_high = saved[j][2];
	}
}

/* the fragmentation test */
#define FRAG_PAGES      64              /* vmalloc'd on fragmented memory */
#define FRAG_ORDER      6               /* log2(FRAG_PAGES) */

static void vmalloc_fragmented(void)
{
	unsigned long saved[MAX_NR_ZONES][3], before, tables;
	LIST_HEAD(held);
	u32 *area;

	/* warm up, then note the free pages and the page tables */
	vfree(vmalloc(PAGE_SIZE));
	before = free_now();
	tables = vmalloc_pgtable_pages;
	fragment_memory(&held, saved);
	KTEST_TRUE(free_now() > FRAG_PAGES, "memory is half free after fragmenting");
	/* check that no order-6 block exists */
	{
		struct page *block = alloc_pages(GFP_KERNEL | __GFP_NOWARN | __GFP_NORETRY,
						 FRAG_ORDER);

		KTEST_TRUE(!block, "no order-6 block exists");
		if (block)
			__free_pages(block, FRAG_ORDER);
	}
	area = vmalloc(FRAG_PAGES * PAGE_SIZE);
	if (KTEST_TRUE(area, "a 64-page vmalloc succeeds all the same")) {
		/* check that area's pages are scattered and hold data */
		{
			unsigned long a = (unsigned long)area, j, n = FRAG_PAGES * PAGE_SIZE / 4;
			unsigned int adjacent = 0, odd = 0, bad = 0;

			for (j = 0; j < FRAG_PAGES; j++) {
				struct page *page = follow_page(&init_mm, a + j * PAGE_SIZE, 0);
				struct page *next = follow_page(&init_mm, a + (j + 1) * PAGE_SIZE, 0);

				odd += page && (page_to_pfn(page) & 1);
				adjacent += page && next && next == page + 1;
			}
			KTEST_EQ(odd, FRAG_PAGES, "every page is one of the odd frames left free");
			KTEST_EQ(adjacent, 0, "no two pages of the area are physically adjacent");
			/* write the pattern over area and count the words that read back wrong */
			for (j = 0; j < n; j++)
				area[j] = PATTERN_SEED ^ (j * PATTERN_MUL);
			for (j = 0; j < n; j++)
				bad += area[j] != (PATTERN_SEED ^ (j * PATTERN_MUL));
			KTEST_EQ(bad, 0, "data written through the mapping reads back");
		}
		vfree(area);
	}
	unfragment_memory(&held, saved);
	KTEST_EQ(free_now() + (vmalloc_pgtable_pages - tables), before,
		 "every page is back in the buddy allocator");
}
KTEST(vmalloc_fragmented, "vmalloc of 64 pages where no order-6 block exists");

/* the second-directory test */
#define SHARED_VALUE    0x5A4EDu        /* written in one directory, read in the other */

static void vmalloc_shared_pmd(void)
{
	struct page *dir = alloc_page(GFP_KERNEL);
	pgd_t *pgd;
	volatile u32 *area;
	u32 seen;

	if (!KTEST_TRUE(dir, "a page for a second page directory"))
		return;
	/* make pgd a directory that shares only the kernel's entry */
	pgd = page_address(dir);
	memset(pgd, 0, PAGE_SIZE);
	pgd[pgd_index(PAGE_OFFSET)] = swapper_pg_dir[pgd_index(PAGE_OFFSET)];
	area = vmalloc(3 * PAGE_SIZE);
	if (KTEST_TRUE(area, "vmalloc after the directory was made")) {
		/* write in one directory, read and write in the other */
		area[2 * PAGE_SIZE / 4] = SHARED_VALUE;
		load_cr3(pgd);                          /* the second directory */
		seen = area[2 * PAGE_SIZE / 4];
		area[0] = ~SHARED_VALUE;
		load_cr3(swapper_pg_dir);               /* back */
		KTEST_EQ(seen, SHARED_VALUE, "the second directory sees the area without a fault");
		KTEST_EQ(area[0], ~SHARED_VALUE, "and writes through it land in the same page");
		KTEST_EQ(read_cr3(), __pa(swapper_pg_dir), "CR3 holds swapper_pg_dir again");
		vfree((void *)area);
	}
	__free_page(dir);
}
KTEST(vmalloc_shared_pmd, "a vmalloc area is visible in a page directory made before it");

/* the crash test */
static void crash_vmalloc_guard(void)
{
	volatile u32 *area = vmalloc(2 * PAGE_SIZE);

	if (!area)
		panic("crash_vmalloc_guard: vmalloc failed");
	printk(KERN_ALERT "writing past a 2-page vmalloc area at %p\n", area);
	area[2 * PAGE_SIZE / 4] = 1;            /* the first word of the guard page */
}
KTEST_CRASH(crash_vmalloc_guard, "writes into a vmalloc guard page: an oops naming the area");

/* timing vmalloc against alloc_pages */
#define COST_ROUNDS     16              /* pairs averaged per size */
#define COST_SIZES      5
static const unsigned int cost_order[COST_SIZES] = { 0, 2, 4, 6, 8 };

/* Average TSC ticks for one vmalloc+vfree (vm) and one alloc+free (buddy). */
static bool cost_of(unsigned int order, u64 *vm, u64 *buddy)
{
	unsigned int r;
	u64 t0;

	/* time COST_ROUNDS vmalloc pairs of order into vm */
	t0 = rdtsc();
	for (r = 0; r < COST_ROUNDS; r++) {
		void *a = vmalloc(PAGE_SIZE << order);

		if (!a)
			return false;
		vfree(a);
	}
	*vm = (rdtsc() - t0) / COST_ROUNDS;
	/* time COST_ROUNDS alloc_pages pairs of order into buddy */
	t0 = rdtsc();
	for (r = 0; r < COST_ROUNDS; r++) {
		struct page *page = alloc_pages(GFP_HIGHUSER, order);

		if (!page)
			return false;
		__free_pages(page, order);
	}
	*buddy = (rdtsc() - t0) / COST_ROUNDS;
	return true;
}

/* timing the list search */
#define SEARCH_MAX      256             /* live areas for the search measurement */

/* Average ticks of a one-page vmalloc+vfree, whatever areas exist. */
static u64 search_cost(void)
{
	unsigned int r;
	u64 t0 = rdtsc();

	for (r = 0; r < COST_ROUNDS; r++)
		vfree(vmalloc(PAGE_SIZE));
	return (rdtsc() - t0) / COST_ROUNDS;
}

/* the cost test */
static void vmalloc_cost(void)
{
	static void *live[SEARCH_MAX];
	unsigned long before = free_now(), tables = vmalloc_pgtable_pages;
	unsigned int i, n = 0, failed = 0;
	u64 vm, buddy;

	vfree(vmalloc(PAGE_SIZE));              /* a descriptor cache, a page table */
	/* time each size of cost_order both ways and print the pair */
	for (i = 0; i < COST_SIZES; i++) {
		failed += !cost_of(cost_order[i], &vm, &buddy);
		printk(KERN_INFO "# vmalloc cost: %4u pages: vmalloc+vfree %8llu,"
		       " alloc_pages+free %6llu ticks\n", 1U << cost_order[i], vm, buddy);
	}
	/* measure the search with 0, 16, 64 and 256 areas ahead */
	for (i = 0; i <= SEARCH_MAX; i = i ? i * 4 : 16) {
		while (n < i && (live[n] = vmalloc(PAGE_SIZE)) != NULL)
			n++;
		failed += n < i;
		vm = search_cost();
		printk(KERN_INFO "# vmalloc search: %3u areas ahead: %6llu ticks;"
		       " %lu page tables\n", n, vm, vmalloc_pgtable_pages);
	}
	while (n)
		vfree(live[--n]);
	KTEST_EQ(failed, 0, "every allocation of the measurements succeeded");
	KTEST_EQ(free_now() + (vmalloc_pgtable_pages - tables), before,
		 "every page is back in the buddy allocator");
}
KTEST(vmalloc_cost, "vmalloc versus alloc_pages, and the list search (prints ticks)");
