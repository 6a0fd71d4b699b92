/*
 * mempool.c - what a memory pool costs on top of the slab allocator.
 *
 *   mempool   run PAIRS alloc+free pairs on one 96-byte slab cache three
 *             ways, each in its own function, for callgrind to count:
 *             bench_cache          kmem_cache_alloc + kmem_cache_free
 *             bench_pool           mempool_alloc + mempool_free over the cache
 *             bench_pool_reserve   the same, the allocator failing: every
 *                                  element comes from the reserve and goes back
 *
 * tests/bench/mempool.sh builds this with the kernel's page_alloc.c,
 * slab.c and mempool.c at -O2 over the fake machine of the host tests.
 * Numbers are printed, never judged.
 */
#include "fake_machine.h"
#include <linux/mempool.h>
#include <linux/slab.h>

#define PAIRS           100000
#define OBJ_SIZE        96      /* a cache of its own, as in the guest test */
#define MIN_NR          16      /* the pools' reserve */

static const struct fake_hole pc_holes[] = { { 0, 1 }, { 159, 256 } };

static kmem_cache_t *cache;
static mempool_t *pool, *dry_pool;

__attribute__((noinline)) void bench_cache(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		kmem_cache_free(cache, kmem_cache_alloc(cache, GFP_KERNEL));
}

__attribute__((noinline)) void bench_pool(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		mempool_free(mempool_alloc(pool, GFP_KERNEL), pool);
}

__attribute__((noinline)) void bench_pool_reserve(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		mempool_free(mempool_alloc(dry_pool, GFP_ATOMIC), dry_pool);
}

/* The dry pool's allocator: fills the reserve, then fails for ever. */
static int dry;

static void *dry_alloc(unsigned int gfp_mask, void *pool_data)
{
	return dry ? NULL : mempool_alloc_slab(gfp_mask, pool_data);
}

int main(void)
{
	fake_machine(4096, 32768, 32768, pc_holes, ARRAY_SIZE(pc_holes));
	kmem_cache_init();
	kmem_cache_sizes_init();
	cache = kmem_cache_create("bench", OBJ_SIZE, 0, 0, NULL, NULL);
	pool = mempool_create_slab_pool(MIN_NR, cache);
	dry_pool = mempool_create(MIN_NR, dry_alloc, mempool_free_slab, cache);
	if (!cache || !pool || !dry_pool)
		return 1;
	dry = 1;
	kmem_cache_free(cache, kmem_cache_alloc(cache, GFP_KERNEL));   /* warm */
	bench_cache();
	bench_pool();
	bench_pool_reserve();
	printf("ran %d pairs three ways\n", PAIRS);
	return 0;
}
