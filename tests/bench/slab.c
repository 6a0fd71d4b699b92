/*
 * slab.c - benchmarks of the slab allocator.
 *
 *   slab instructions   run PAIRS alloc+free pairs of 64-byte objects, each
 *                       way in its own function, for callgrind to count:
 *                       bench_slab_array     kmem_cache_alloc/free, per-CPU array on
 *                       bench_slab_noarray   the same with the array off
 *                       bench_kmalloc        kmalloc(64)/kfree
 *                       bench_glibc          glibc malloc(64)/free
 *   slab hitrate        per-CPU array hit rates on steady workloads
 *   slab waste          kmalloc's internal waste against rounding to pages
 *
 * tests/bench/slab.sh builds this with the kernel's slab.c and page_alloc.c
 * at -O2 and runs all three.  Numbers are printed, never judged.
 */
#include "fake_machine.h"
#include <linux/slab_def.h>

#define PAIRS           100000
#define STEADY_OPS      1000000
#define WASTE_OBJS      20000

static const struct fake_hole pc_holes[] = { { 0, 1 }, { 159, 256 } };
static kmem_cache_t *c64;

/* Keep the compiler from pairing away malloc and free. */
static inline void *opaque(void *p)
{
	__asm__ __volatile__("" : "+r"(p) : : "memory");
	return p;
}

__attribute__((noinline)) void bench_slab_array(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		kmem_cache_free(c64, opaque(kmem_cache_alloc(c64, GFP_KERNEL)));
}

__attribute__((noinline)) void bench_slab_noarray(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		kmem_cache_free(c64, opaque(kmem_cache_alloc(c64, GFP_KERNEL)));
}

__attribute__((noinline)) void bench_kmalloc(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		kfree(opaque(kmalloc(64, GFP_KERNEL)));
}

__attribute__((noinline)) void bench_glibc(void)
{
	long i;

	for (i = 0; i < PAIRS; i++)
		free(opaque(malloc(64)));
}

static void instructions(void)
{
	bench_slab_array();
	kmem_cache_tune(c64, 0, 0);
	bench_slab_noarray();
	kmem_cache_tune(c64, 252, 126);
	bench_kmalloc();
	bench_glibc();
	printf("ran %d pairs four ways\n", PAIRS);
}

/* A steady workload: hold about `hold` objects, allocate and free at random. */
static void steady(const char *what, unsigned int hold, unsigned int burst)
{
	static void *held[8192];
	unsigned long n = 0, op, seed = 12345;
	unsigned long h0, m0, fh0, fm0;

	kmem_cache_shrink(c64);
	h0 = c64->allochit, m0 = c64->allocmiss, fh0 = c64->freehit, fm0 = c64->freemiss;
	for (op = 0; op < STEADY_OPS; op++) {
		int alloc;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		if (burst)      /* runs of `burst` allocations then `burst` frees */
			alloc = (op / burst) % 2 == 0;
		else            /* random, drifting around `hold` */
			alloc = n < hold ? (seed >> 33) % 100 < 55 : (seed >> 33) % 100 < 45;
		if ((alloc && n < 8192) || !n)
			held[n++] = kmem_cache_alloc(c64, GFP_KERNEL);
		else
			kmem_cache_free(c64, held[--n]);
	}
	while (n)
		kmem_cache_free(c64, held[--n]);
	printf("  %-44s alloc hits %5.1f %%  free hits %5.1f %%\n", what,
	       100.0 * (c64->allochit - h0) / (c64->allochit - h0 + c64->allocmiss - m0),
	       100.0 * (c64->freehit - fh0) / (c64->freehit - fh0 + c64->freemiss - fm0));
}

static void hitrate(void)
{
	printf("# slab: per-CPU array hit rates, 64-byte objects, limit 252, batch 126, "
	       "%d operations\n", STEADY_OPS);
	steady("random, about 100 objects held", 100, 0);
	steady("random, about 2000 objects held", 2000, 0);
	steady("bursts of 100 allocations then 100 frees", 0, 100);
	steady("bursts of 200 allocations then 200 frees", 0, 200);
	steady("bursts of 1000 allocations then 1000 frees", 0, 1000);
}

/* Pages taken from the buddy allocator for `n` objects of random sizes. */
static void waste_for(const char *what, unsigned long maxsize, int skew)
{
	static void *objs[WASTE_OBJS];
	unsigned long before, pages, i, seed = 777;
	unsigned long long requested = 0, rounded = 0;

	drain_local_pages();
	before = nr_free_pages();
	for (i = 0; i < WASTE_OBJS; i++) {
		unsigned long size;

		seed = seed * 6364136223846793005UL + 1442695040888963407UL;
		size = 1 + (seed >> 33) % maxsize;
		if (skew)       /* mostly small: the square of a uniform number */
			size = 1 + (size * size) / maxsize;
		objs[i] = kmalloc(size, GFP_KERNEL);
		requested += size;
		rounded += (size + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
	}
	drain_local_pages();
	pages = before - nr_free_pages();
	printf("  %-34s %9.1f %% %9.1f %%\n", what,
	       100.0 * ((double)pages * PAGE_SIZE - (double)requested) / ((double)pages * PAGE_SIZE),
	       100.0 * (double)(rounded - requested) / (double)rounded);
	for (i = 0; i < WASTE_OBJS; i++)
		kfree(objs[i]);
	for (i = 0; cache_sizes[i].cs_size; i++)
		kmem_cache_shrink(cache_sizes[i].cs_cachep);
}

static void waste(void)
{
	printf("# slab: waste, %d live objects of random sizes: share of the memory taken\n"
	       "# that no caller asked for (kmalloc, including slab overhead and free slots,\n"
	       "# against one whole page or more per object)\n", WASTE_OBJS);
	printf("  %-34s %11s %11s\n", "sizes", "kmalloc", "pages");
	waste_for("uniform 1..256 bytes", 256, 0);
	waste_for("uniform 1..2048 bytes", 2048, 0);
	waste_for("uniform 1..4096 bytes", 4096, 0);
	waste_for("skewed to small, 1..4096 bytes", 4096, 1);
}

int main(int argc, char **argv)
{
	/* 1 GiB of lowmem-like memory: enough for the waste workloads */
	fake_machine(4096, 262144, 262144, pc_holes, ARRAY_SIZE(pc_holes));
	kmem_cache_init();
	kmem_cache_sizes_init();
	c64 = kmem_cache_create("bench64", 64, 0, 0, NULL, NULL);
	if (argc > 1 && !strcmp(argv[1], "instructions"))
		instructions();
	else if (argc > 1 && !strcmp(argv[1], "hitrate"))
		hitrate();
	else if (argc > 1 && !strcmp(argv[1], "waste"))
		waste();
	else
		return fprintf(stderr, "usage: slab instructions|hitrate|waste\n"), 2;
	return 0;
}
