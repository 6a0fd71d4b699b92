/* Generated from src.nw/16-mempool.nw, "Memory pools"; edit that file, not this one. */
/* Guest self-tests of the memory pools. */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/ktest.h>
#include <linux/mempool.h>
#include <linux/mm.h>
#include <linux/slab.h>

/* the reserve size and an exact free count */
#define TEST_MIN_NR     8       /* a reserve: small, but more than one */

/* Free pages after draining the per-CPU lists, for exact comparisons. */
static unsigned long free_page_count(void)
{
	drain_local_pages();
	return nr_free_pages();
}

/* warming up kmalloc's caches */
/* One pool created and destroyed, so kmalloc's caches are warm. */
static void warm_kmalloc(void)
{
	mempool_t *pool = mempool_create_page_pool(TEST_MIN_NR, 0);

	if (pool)
		mempool_destroy(pool);
}

/* a backing allocator that can be made to fail */
static bool backing_fails;              /* the switch */
static unsigned int backing_calls;      /* calls while switched off */

static void *failing_alloc_page(unsigned int gfp_mask, void *pool_data)
{
	if (backing_fails) {
		backing_calls++;
		return NULL;
	}
	return mempool_alloc_pages(gfp_mask, pool_data);
}

/* the mempool_reserve test */
static void mempool_reserve(void)
{
	struct page *got[TEST_MIN_NR + 1];
	unsigned long before;
	mempool_t *pool;
	int i, j, dup = 0, null = 0;

	warm_kmalloc();
	before = free_page_count();
	pool = mempool_create(TEST_MIN_NR, failing_alloc_page,
			      mempool_free_pages, (void *)0UL);
	if (!KTEST_TRUE(pool, "mempool_create of a page pool"))
		return;
	KTEST_EQ(pool->curr_nr, TEST_MIN_NR, "the reserve starts full");
	/* with the allocator failing, take the whole reserve */
	backing_fails = true;
	backing_calls = 0;
	for (i = 0; i < TEST_MIN_NR; i++) {
		got[i] = mempool_alloc(pool, GFP_ATOMIC);
		null += got[i] == NULL;
		for (j = 0; j < i; j++)
			dup += got[i] && got[i] == got[j];
	}
	KTEST_EQ(null, 0, "min_nr atomic allocations succeed from the reserve");
	KTEST_EQ(dup, 0, "and give distinct elements");
	KTEST_EQ(backing_calls, TEST_MIN_NR, "each tried the allocator once first");
	KTEST_TRUE(mempool_alloc(pool, GFP_ATOMIC) == NULL, "the next one fails");
	backing_fails = false;
	/* with the allocator working, free everything and check the reserve */
	got[TEST_MIN_NR] = mempool_alloc(pool, GFP_KERNEL);
	KTEST_TRUE(got[TEST_MIN_NR] && pool->curr_nr == 0,
		   "a waiting allocation with an empty reserve uses the allocator");
	{
		unsigned long mid = free_page_count();

		for (i = 0; i <= TEST_MIN_NR; i++)
			if (got[i])
				mempool_free(got[i], pool);
		KTEST_EQ(pool->curr_nr, TEST_MIN_NR, "the frees refill the reserve");
		KTEST_EQ(free_page_count() - mid, 1, "only the surplus page goes back");
	}
	mempool_destroy(pool);
	KTEST_EQ(free_page_count(), before, "destroying gives every page back");
}
KTEST(mempool_reserve, "mempool: the reserve serves min_nr allocations when alloc fails");

/* the mempool_slab test */
#define SLAB_TEST_SIZE  96      /* not a power of two: a cache of its own */
#define SLAB_TEST_NR    (3 * TEST_MIN_NR)

static void mempool_slab(void)
{
	kmem_cache_t *cache;
	mempool_t *pool;
	u32 *obj[SLAB_TEST_NR];
	unsigned int i, w, bad = 0, null = 0;

	cache = kmem_cache_create("mempool_test", SLAB_TEST_SIZE, 0, 0, NULL, NULL);
	if (!KTEST_TRUE(cache, "kmem_cache_create"))
		return;
	pool = mempool_create_slab_pool(TEST_MIN_NR, cache);
	if (KTEST_TRUE(pool, "mempool_create_slab_pool")) {
		/* allocate SLAB_TEST_NR objects through the pool and fill each */
		for (i = 0; i < SLAB_TEST_NR; i++) {
			obj[i] = mempool_alloc(pool, GFP_KERNEL);
			null += obj[i] == NULL;
			for (w = 0; obj[i] && w < SLAB_TEST_SIZE / sizeof(u32); w++)
				obj[i][w] = i * SLAB_TEST_SIZE + w;
		}
		KTEST_EQ(null, 0, "every allocation succeeds");
		/* check each object's pattern and free it into the pool */
		for (i = 0; i < SLAB_TEST_NR; i++) {
			for (w = 0; obj[i] && w < SLAB_TEST_SIZE / sizeof(u32); w++)
				bad += obj[i][w] != i * SLAB_TEST_SIZE + w;
			if (obj[i])
				mempool_free(obj[i], pool);
		}
		KTEST_EQ(bad, 0, "no object overlaps another");
		KTEST_EQ(pool->curr_nr, TEST_MIN_NR, "the reserve was never needed");
		mempool_destroy(pool);
	}
	i = kmem_cache_destroy(cache);          /* KTEST_EQ evaluates twice */
	KTEST_EQ(i, 0, "the cache is empty again");
}
KTEST(mempool_slab, "mempool: a pool over a slab cache round-trips its objects");

/* the mempool_pages test */
#define PAGES_TEST_ORDER        1       /* blocks of two pages */

static void mempool_pages(void)
{
	unsigned long before, after_create;
	struct page *a, *b;
	mempool_t *pool;

	warm_kmalloc();
	before = free_page_count();
	pool = mempool_create_page_pool(TEST_MIN_NR, PAGES_TEST_ORDER);
	if (!KTEST_TRUE(pool, "mempool_create_page_pool"))
		return;
	after_create = free_page_count();
	KTEST_TRUE(before - after_create >= TEST_MIN_NR << PAGES_TEST_ORDER,
		   "creating took the reserve's pages");
	/* cycle two blocks through the pool and check where they went */
	a = mempool_alloc(pool, GFP_KERNEL);
	b = mempool_alloc(pool, GFP_ATOMIC);
	KTEST_TRUE(a && b && a != b, "two blocks from the pool");
	KTEST_EQ(page_to_pfn(a) & ((1UL << PAGES_TEST_ORDER) - 1), 0,
		 "an element is an aligned order-1 block");
	mempool_free(b, pool);
	mempool_free(a, pool);
	KTEST_EQ(free_page_count(), after_create, "the frees went back to the buddy lists");
	mempool_destroy(pool);
	KTEST_EQ(free_page_count(), before, "destroying gives every page back");
}
KTEST(mempool_pages, "mempool: a page pool; destroying returns every page");
