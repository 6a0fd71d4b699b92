/* Generated from src.nw/13-highmem.nw, "High memory"; edit that file, not this one. */
/* Guest self-tests of kmap and kmap_atomic. */

/* includes */
#include <linux/kernel.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/ktest.h>
#include <linux/mm.h>
#include <asm/fixmap.h>
#include <asm/pgtable.h>

/* the first frame above 4 GiB */
#define PFN_4G          (1UL << (32 - PAGE_SHIFT))     /* frame at 4 GiB */

/* find_high_block */
#define HIGH_ORDER      (MAX_ORDER - 1)         /* 2 MiB blocks */

/* A 2 MiB block of high memory at or above pfn min, or NULL. */
static struct page *find_high_block(unsigned long min)
{
	LIST_HEAD(passed);
	struct page *page, *found = NULL;

	/* allocate blocks until one lies at or above min */
	while ((page = alloc_pages(GFP_HIGHUSER, HIGH_ORDER))) {
		if (!PageHighMem(page)) {
			__free_pages(page, HIGH_ORDER);
			break;
		}
		if (page_to_pfn(page) >= min) {
			found = page;
			break;
		}
		list_add(&page->lru, &passed);
	}
	/* give the passed-over blocks back */
	while (!list_empty(&passed)) {
		page = list_entry(passed.next, struct page, lru);
		list_del(&page->lru);
		__free_pages(page, HIGH_ORDER);
	}
	return found;
}

/* fill_pattern */
#define PATTERN_MUL     2654435761U     /* 2^32 / golden ratio (Knuth) */
#define ATOMIC_SEED     0xA70E1CU       /* the kmap_atomic test's pattern */

/* Fill the page at kaddr with a pattern derived from seed. */
static void fill_pattern(void *kaddr, u32 seed)
{
	u32 *w = kaddr;
	unsigned int i;

	for (i = 0; i < PAGE_SIZE / sizeof(u32); i++)
		w[i] = seed ^ (i * PATTERN_MUL);
}

/* check_pattern */
/* How many words of the page at kaddr differ from the pattern. */
static unsigned int check_pattern(const void *kaddr, u32 seed)
{
	const u32 *w = kaddr;
	unsigned int i, bad = 0;

	for (i = 0; i < PAGE_SIZE / sizeof(u32); i++)
		bad += w[i] != (seed ^ (i * PATTERN_MUL));
	return bad;
}

/* kmap_lowmem */
static void kmap_lowmem(void)
{
	struct page *low = alloc_page(GFP_KERNEL);

	if (!KTEST_TRUE(low, "a low-memory page"))
		return;
	KTEST_TRUE(kmap(low) == page_address(low), "kmap of a low page is its address");
	kunmap(low);
	KTEST_TRUE(kmap_atomic(low, KM_USER0) == page_address(low),
		   "kmap_atomic of a low page is its address");
	kunmap_atomic(page_address(low), KM_USER0);
	__free_page(low);
}

/* the highmem_kmap test */
static void highmem_kmap(void)
{
	struct page *block, *fresh;

	kmap_lowmem();
	/* find a block of high memory, above 4 GiB if there is any */
	block = find_high_block(max_pfn > PFN_4G ? PFN_4G : 0);
	if (!block)
		block = find_high_block(0);
	if (!block) {
		ktest_skip("kmap of a high page", "no high memory");
		return;
	}
	if (max_pfn > PFN_4G)
		KTEST_TRUE(page_to_pfn(block) >= PFN_4G, "the page lies above 4 GiB");
	else
		ktest_skip("a page above 4 GiB", "no RAM above 4 GiB");
	/* write through kmap and read back through kmap_atomic */
	{
		unsigned long pfn = page_to_pfn(block);
		u32 *v = kmap(block), *w;

		/* check that v is a window slot that two kmaps share */
		KTEST_TRUE((unsigned long)v >= PKMAP_BASE &&
			   (unsigned long)v < PKMAP_ADDR(LAST_PKMAP), "kmap's address is in the window");
		KTEST_TRUE(page_address(block) == v, "page_address is the kmap address");
		KTEST_TRUE(kmap(block) == v, "a second kmap gives the same address");
		KTEST_EQ(pkmap_count[PKMAP_NR((unsigned long)v)], 3, "its count is 3");
		KTEST_TRUE(follow_page(&init_mm, (unsigned long)v, 0) == block,
			   "the kmap address maps the page");
		fill_pattern(v, pfn);
		w = kmap_atomic(block, KM_USER0);
		KTEST_EQ(check_pattern(w, pfn), 0, "kmap_atomic reads what kmap wrote");
		fill_pattern(w, ~pfn);
		kunmap_atomic(w, KM_USER0);
		KTEST_EQ(check_pattern(v, ~pfn), 0, "kmap reads what kmap_atomic wrote");
		kunmap(block);
		kunmap(block);
		KTEST_TRUE(page_address(block) == v, "after kunmap the mapping stays (count 1)");
	}
	fresh = find_high_block(0);
	if (KTEST_TRUE(fresh, "a second block of high memory")) {
		/* map the fresh block's 512 pages and count the flushes */
		unsigned long flushes = pkmap_flushes;
		unsigned int i, wrap = LAST_PKMAP, premapped = 0, wrong = 0;

		/* check that no page of the fresh block has an address */
		for (i = 0; i < LAST_PKMAP; i++)
			premapped += page_address(fresh + i) != NULL;
		KTEST_EQ(premapped, 0, "the fresh block's pages have no address");
		for (i = 0; i < LAST_PKMAP; i++) {
			kmap(fresh + i);
			kunmap(fresh + i);
			if (wrap == LAST_PKMAP && pkmap_flushes != flushes)
				wrap = i;               /* this kmap flushed */
		}
		KTEST_EQ(pkmap_flushes - flushes, 1, "512 new kmaps flush exactly once");
		for (i = 0; i < LAST_PKMAP; i++)
			wrong += (page_address(fresh + i) == NULL) != (i < wrap);
		KTEST_EQ(wrong, 0, "the flush unmapped exactly the stale pages");
		__free_pages(fresh, HIGH_ORDER);
	}
	__free_pages(block, HIGH_ORDER);
}
KTEST(highmem_kmap, "kmap: a high page, above 4 GiB if any, written and read back");

/* the highmem_kmap_atomic test */
static void highmem_kmap_atomic(void)
{
	struct page *block = find_high_block(max_pfn > PFN_4G ? PFN_4G : 0);
	void *a, *b;

	if (!block) {
		ktest_skip("kmap_atomic of a high page", "no high memory");
		return;
	}
	if (max_pfn > PFN_4G)
		KTEST_TRUE(page_to_pfn(block) >= PFN_4G, "the pages lie above 4 GiB");
	/* map two pages with KM_USER0 and KM_USER1 and check the slots */
	a = kmap_atomic(block, KM_USER0);
	b = kmap_atomic(block + 1, KM_USER1);
	KTEST_EQ((unsigned long)a, __fix_to_virt(FIX_KMAP_BEGIN + KM_USER0),
		 "KM_USER0 has its slot");
	KTEST_EQ((unsigned long)b, __fix_to_virt(FIX_KMAP_BEGIN + KM_USER1),
		 "KM_USER1 has its slot");
	KTEST_TRUE(page_address(block) == NULL, "kmap_atomic sets no page_address");
	fill_pattern(a, ATOMIC_SEED);
	kunmap_atomic(b, KM_USER1);
	kunmap_atomic(a, KM_USER0);
	/* copy the first page to the second and check the copy */
	copy_highpage(block + 1, block);
	b = kmap_atomic(block + 1, KM_USER1);
	KTEST_EQ(check_pattern(b, ATOMIC_SEED), 0, "copy_highpage copied the page");
	kunmap_atomic(b, KM_USER1);
	KTEST_TRUE(pte_none(*lookup_address((unsigned long)b)),
		   "kunmap_atomic leaves the slot empty");
	__free_pages(block, HIGH_ORDER);
}
KTEST(highmem_kmap_atomic, "kmap_atomic: per-type slots, above 4 GiB if any");
