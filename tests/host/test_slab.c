/*
 * test_slab.c - the slab allocator (mm/slab.c) on the host, under ASan and
 * UBSan, over a fake 128 MiB machine.
 *
 * Fixed vectors (objects per slab with the i386 descriptor sizes, kmalloc's
 * choice of cache, colours), checked errors (each BUGs with a message
 * naming the cache and the object), shrinking, reaping, the 2.6 shrinker
 * interface, and a seeded run of a million random operations over many
 * caches with the allocator's invariants checked after every operation.
 */
/* KERNEL_SOURCES: mm/page_alloc.c mm/slab.c */
#include "harness.h"
#include "fake_machine.h"

#include <linux/slab_def.h>

#define I386_SLAB_T     24      /* sizeof(slab_t) on i386 */
#define I386_BUFCTL     4       /* sizeof(kmem_bufctl_t) on i386 */
#define I386_WORD       4
#define RANDOM_OPS      1000000
#define HELD_MAX        256     /* objects the random test holds per cache */
#define NCACHES         12
#define AUDIT_EVERY     4096

static const struct fake_hole pc_holes[] = { { 0, 1 }, { 159, 256 } };

/* ---- invariants ---- */
static unsigned long chain_length(kmem_cache_t *c, slab_t *s)
{
	unsigned long n = 0;
	kmem_bufctl_t i;

	for (i = s->free; i != BUFCTL_END; i = slab_bufctl(s)[i]) {
		if (i >= c->num || ++n > c->num)
			return ~0UL;
	}
	return n;
}

static int check_slab(kmem_cache_t *c, slab_t *s, int list)
{
	unsigned long len = chain_length(c, s), bytes = PAGE_SIZE << c->gfporder;
	char *base = (char *)s->s_mem - s->colouroff;
	int want = s->inuse == c->num ? 0 : s->inuse == 0 ? 2 : 1;

	if (len == ~0UL || s->inuse != c->num - len)
		return diag("%s: slab %p inuse %u, num %u, chain %lu", c->name, (void *)s,
			    s->inuse, c->num, len), 0;
	if (list != want)
		return diag("%s: slab with inuse %u on list %d", c->name, s->inuse, list), 0;
	if (__pa(base) % bytes || (char *)s->s_mem + c->num * c->objsize > base + bytes)
		return diag("%s: slab %p objects outside its pages", c->name, (void *)s), 0;
	if (s->colouroff > (c->colour - 1) * c->colour_off + (OFF_SLAB(c) ? 0 : c->slab_size) ||
	    (s->colouroff - (OFF_SLAB(c) ? 0 : c->slab_size)) % c->colour_off)
		return diag("%s: colouroff %lu", c->name, s->colouroff), 0;
	if (!PageSlab(virt_to_page(base)) || GET_PAGE_SLAB(virt_to_page(s->s_mem)) != s ||
	    GET_PAGE_CACHE(virt_to_page(base + bytes - 1)) != c)
		return diag("%s: page links of slab %p", c->name, (void *)s), 0;
	return 1;
}

static int check_cache(kmem_cache_t *c)
{
	struct list_head *heads[3] = { &c->slabs_full, &c->slabs_partial, &c->slabs_free };
	unsigned long inuse = 0;
	slab_t *s;
	int l;

	if (c->spinlock.locked)
		return diag("%s: lock held", c->name), 0;
	for (l = 0; l < 3; l++)
		list_for_each_entry(s, heads[l], list) {
			if (!check_slab(c, s, l))
				return 0;
			inuse += s->inuse;
		}
	if (inuse != c->num_active)
		return diag("%s: num_active %lu, slabs say %lu", c->name, c->num_active, inuse), 0;
	if (c->cpudata[0] && c->cpudata[0]->avail > c->cpudata[0]->limit)
		return diag("%s: array overfull", c->name), 0;
	return 1;
}

static int check_all(void)
{
	kmem_cache_t *c;

	list_for_each_entry(c, &cache_chain, next)
		if (!check_cache(c))
			return 0;
	return 1;
}

static void shrink_all(void)
{
	kmem_cache_t *c;
	int round;

	for (round = 0; round < 3; round++)     /* descriptors freed by one shrink */
		list_for_each_entry(c, &cache_chain, next)
			kmem_cache_shrink(c);
	drain_local_pages();
}

static kmem_cache_t *cache_of(const void *p)
{
	return GET_PAGE_CACHE(virt_to_page(p));
}

/* ---- fixed vectors ---- */
static void test_vectors(void)
{
	static const struct { size_t size; unsigned int num; size_t left; } v[] = {
		{ 32, 113, 4 }, { 64, 59, 60 }, { 96, 40, 72 }, { 128, 30, 112 },
		{ 160, 24, 136 }, { 248, 16, 40 }, { 512, 7, 460 },
	};
	unsigned int i, num, num32;
	size_t left, left32;

	for (i = 0; i < ARRAY_SIZE(v); i++) {
		__kmem_cache_estimate(4096, v[i].size, I386_WORD, I386_SLAB_T, I386_BUFCTL,
				      &left, &num);
		__kmem_cache_estimate(4096, v[i].size, 32, I386_SLAB_T, I386_BUFCTL,
				      &left32, &num32);
		ok(num == v[i].num && left == v[i].left && num32 == v[i].num,
		   "i386 one-page slab of %zu-byte objects: %u objects (%zu left), "
		   "%u with line-aligned management", v[i].size, num, left, num32);
	}
	__kmem_cache_estimate(4096, 1024, I386_WORD, 0, 0, &left, &num);
	ok(num == 4 && left == 0, "off-slab 1024-byte objects: 4 per page, none left");
}

static void test_kmalloc_choice(void)
{
	static const size_t sizes[] = { 1, 32, 33, 64, 65, 100, 128, 129, 256, 257, 512, 513,
					1000, 1024, 1025, 2048, 4000, 4096, 4097, 8192, 10000,
					16384, 20000, 32768, 40000, 65536, 65537, 131072 };
	unsigned int i, bad = 0;
	void *p;

	p = kmalloc(33, GFP_KERNEL);
	ok(p && cache_of(p) == cache_sizes[1].cs_cachep &&
	   !strcmp(cache_of(p)->name, "size-64"), "kmalloc(33) comes from size-64");
	kfree(p);
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		cache_sizes_t *cs = cache_sizes;
		void *q;

		while (cs->cs_size < sizes[i])
			cs++;
		p = kmalloc(sizes[i], GFP_KERNEL);
		q = kmalloc(sizes[i], GFP_KERNEL | GFP_DMA);
		if (!p || !q || cache_of(p) != cs->cs_cachep || cache_of(q) != cs->cs_dmacachep ||
		    page_zone(virt_to_page(q)) != contig_page_data.node_zones + ZONE_DMA) {
			diag("kmalloc(%zu) from %s", sizes[i], p ? cache_of(p)->name : "-");
			bad++;
		}
		memset(p, 0xab, sizes[i]);
		kfree(p);
		kfree(q);
	}
	ok(!bad, "every size from 1 to 131072 comes from the smallest sizes cache, DMA twins from ZONE_DMA");
	ok(kmalloc(131073, GFP_KERNEL) == NULL, "kmalloc(131073) fails");
	kfree(NULL);
	ok(check_all(), "invariants hold after the kmalloc vectors");
}

static void test_colours(void)
{
	kmem_cache_t *c = kmem_cache_create("colours", 200, 64, 0, NULL, NULL);
	void *objs[12 * 32];
	unsigned int k, i, n = 0, good = 1;
	slab_t *seen[12];

	kmem_cache_tune(c, 0, 0);
	ok(c->colour_off == 64 && c->colour >= 2, "offset 64 gives colour_off 64 (%u colours)",
	   (unsigned int)c->colour);
	for (k = 0; k < 12; k++) {
		for (i = 0; i < c->num; i++)
			objs[n++] = kmem_cache_alloc(c, GFP_KERNEL);
		seen[k] = GET_PAGE_SLAB(virt_to_page(objs[n - 1]));
		if (seen[k]->colouroff != c->slab_size + (k % c->colour) * c->colour_off)
			good = 0;
		diag("slab %u: colouroff %lu", k, seen[k]->colouroff - c->slab_size);
	}
	ok(good, "twelve slabs take colours 0, 1, ..., %u, 0, ... times colour_off",
	   (unsigned int)c->colour - 1);
	for (i = 0; i < n; i++)
		kmem_cache_free(c, objs[i]);
	kmem_cache_destroy(c);
}

/* ---- checked errors ---- */
static int said(const char *a, const char *b)
{
	return strstr(printk_text, a) && (!b || strstr(printk_text, b));
}

static void test_errors(void)
{
	kmem_cache_t *a = kmem_cache_create("err_a", 64, 0, 0, NULL, NULL);
	kmem_cache_t *b = kmem_cache_create("err_b", 64, 0, 0, NULL, NULL);
	kmem_cache_t *d = kmem_cache_create("err_debug", 64, 0, SLAB_DEBUG_FREE, NULL, NULL);
	kmem_cache_t *r = kmem_cache_create("err_red", 60, 0,
					    SLAB_RED_ZONE | SLAB_POISON, NULL, NULL);
	char ptr[32];
	char *volatile p;
	char *volatile q;
	static char not_slab[64];

	ok(PANICS(kmem_cache_create("err_a", 32, 0, 0, NULL, NULL)) &&
	   said("duplicate cache err_a", NULL), "a duplicate name BUGs naming it");
	ok(PANICS(kmem_cache_create("a_name_of_twenty_chars", 32, 0, 0, NULL, NULL)),
	   "a name of CACHE_NAMELEN characters BUGs");
	ok(PANICS(kmem_cache_create("bad_flags", 32, 0, 0x80000000UL, NULL, NULL)),
	   "an unknown flag BUGs");
	p = kmem_cache_alloc(a, GFP_KERNEL);
	snprintf(ptr, sizeof(ptr), "%p", (void *)p);
	ok(PANICS(kmem_cache_free(b, p)) && said("err_a", "freed to cache err_b") && said(ptr, NULL),
	   "freeing to the wrong cache BUGs naming both caches and the object");
	ok(PANICS(kmem_cache_destroy(a)) && said("err_a", "still allocated") && said(ptr, NULL),
	   "destroying a cache with an object allocated BUGs naming cache and object");
	ok(PANICS(kfree(not_slab)) && said("is not a slab object", NULL),
	   "kfree of a pointer that is not a slab object BUGs");
	ok(PANICS(kmem_cache_alloc(a, GFP_DMA)) && said("DMA does not match", NULL),
	   "a DMA allocation from a normal cache BUGs");
	kmem_cache_tune(a, 0, 0);
	ok(PANICS(kmem_cache_free(a, p + 8)) && said("not the start of an object", NULL),
	   "freeing a pointer into an object BUGs");
	kmem_cache_free(a, p);
	q = kmem_cache_alloc(a, GFP_KERNEL);
	kmem_cache_free(a, q);
	ok(check_cache(a), "err_a is intact after its errors");

	p = kmem_cache_alloc(d, GFP_KERNEL);
	snprintf(ptr, sizeof(ptr), "%p", (void *)p);
	kmem_cache_free(d, p);
	ok(PANICS(kmem_cache_free(d, p)) && said("err_debug", "double free (already in the per-CPU array)") &&
	   said(ptr, NULL), "SLAB_DEBUG_FREE: a double free through the array BUGs naming the object");
	kmem_cache_tune(d, 0, 0);
	p = kmem_cache_alloc(d, GFP_KERNEL);
	kmem_cache_free(d, p);
	ok(PANICS(kmem_cache_free(d, p)) && said("double free (already on its slab's free list)", NULL),
	   "SLAB_DEBUG_FREE: a double free to the slab BUGs");
	ok(check_cache(d), "err_debug is intact after its errors");

	p = kmem_cache_alloc(r, GFP_KERNEL);
	ok(kmem_cache_size(r) == 64 && ((unsigned long)p & 7) == 0,
	   "a red-zoned object of 60 bytes has 64 usable bytes, word aligned");
	snprintf(ptr, sizeof(ptr), "%p", (void *)p);
	kmem_cache_free(r, p);
	ok(PANICS(kmem_cache_free(r, p)) && said("err_red", "double free (red zones say free)") &&
	   said(ptr, NULL), "red zone: a double free BUGs naming cache and object");
	q = kmem_cache_alloc(r, GFP_KERNEL);
	ok(q == p, "the object comes back after the caught double free");
	q[64] = 'X';                                    /* one byte past the end */
	ok(PANICS(kmem_cache_free(r, q)) && said("red zone after the object overwritten", "found") &&
	   said("err_red", ptr), "red zone: an overrun is caught at free, with the bytes found");
	diag("%s", printk_text);
	p = kmem_cache_alloc(r, GFP_KERNEL);
	snprintf(ptr, sizeof(ptr), "%p", (void *)p);
	p[-1] = 0x55;                                   /* underrun */
	ok(PANICS(kmem_cache_free(r, p)) && said("red zone before the object overwritten", ptr) ? 1 : (diag("%s", printk_text), 0),
	   "red zone: an underrun is caught at free");
	p = kmem_cache_alloc(r, GFP_KERNEL);
	snprintf(ptr, sizeof(ptr), "%p", (void *)p);
	kmem_cache_free(r, p);
	p[10] = 0x42;                                   /* write after free */
	ok(PANICS(kmem_cache_alloc(r, GFP_KERNEL)) && said("written after free: byte 10 is 42, expected 5a", ptr) &&
	   said("err_red", "found 42 5a"), "poison: a write after free is caught at the next allocation");
	diag("%s", printk_text);
	ok(check_cache(r), "err_red's slabs are intact after its errors");
}

/* ---- shrink, reap, shrinkers ---- */
static unsigned long ctors, dtors;

static void count_ctor(void *p, kmem_cache_t *c, unsigned long flags)
{
	(void)c;
	if (flags & SLAB_CTOR_VERIFY)
		return;
	*(unsigned long *)p = 0xC0FFEE;
	ctors++;
}

static void count_dtor(void *p, kmem_cache_t *c, unsigned long flags)
{
	(void)c, (void)flags;
	if (*(unsigned long *)p == 0xC0FFEE)
		dtors++;
}

static void test_shrink_reap(void)
{
	kmem_cache_t *c = kmem_cache_create("reapme", 500, 0, 0, count_ctor, count_dtor);
	static void *objs[20 * 8];
	unsigned long before, got = 0;
	unsigned int i, n, slabs = 0, tries;
	slab_t *s;

	shrink_all();
	before = nr_free_pages();
	for (n = 0; n < 20 * c->num; n++)
		objs[n] = kmem_cache_alloc(c, GFP_KERNEL);
	ok(ctors == c->grown * c->num && c->grown == 20, "20 slabs, ctor once per object (%lu)", ctors);
	for (i = 0; i < n; i++)
		kmem_cache_free(c, objs[i]);
	drain_local_pages();
	ok(nr_free_pages() < before, "freed objects keep their slabs");
	for (tries = 0; tries < 20 && !got; tries++)
		got = kmem_cache_reap(GFP_KERNEL);
	list_for_each_entry(s, &c->slabs_free, list)
		slabs++;
	ok(tries >= 2 && got == 10 && slabs == 10 && c->reaped == 1,
	   "reap skips the cache just grown, then frees half its 20 free slabs (%lu pages, %u calls)",
	   got, tries);
	ok(dtors == 10 * c->num, "dtor once per object of each destroyed slab");
	ok(kmem_cache_shrink(c) == 10, "kmem_cache_shrink frees the other 10");
	drain_local_pages();
	ok(nr_free_pages() == before, "every page is back in the buddy allocator");
	kmem_cache_destroy(c);
	ok(dtors == ctors, "every constructed object was destroyed once");
}

static long objects[2];
static long scanned_by[2];

static int shrink_one(int which, int nr)
{
	if (nr) {
		scanned_by[which] += nr;
		objects[which] -= nr < objects[which] ? nr : objects[which];
	}
	return (int)objects[which];
}
static int shrink0(int nr, unsigned int gfp) { (void)gfp; return shrink_one(0, nr); }
static int shrink1(int nr, unsigned int gfp) { (void)gfp; return shrink_one(1, nr); }

static void test_shrinkers(void)
{
	struct shrinker *s0 = set_shrinker(DEFAULT_SEEKS, shrink0);
	struct shrinker *s1 = set_shrinker(8, shrink1);
	long a, b;

	objects[0] = objects[1] = 100000;
	shrink_slab(0, GFP_KERNEL, 10000);
	ok(objects[0] == 100000 && objects[1] == 100000 && !scanned_by[0] && !scanned_by[1],
	   "a pass with no pressure only queries (nr_to_scan 0): nothing freed");
	shrink_slab(1000, GFP_KERNEL, 10000);
	a = scanned_by[0], b = scanned_by[1];
	ok(a > 0 && b > 0 && b * 4 <= a + 4 * 128 && b * 4 >= a - 4 * 128,
	   "seeks 8 is scanned a quarter as much as seeks 2 (%ld vs %ld)", b, a);
	scanned_by[0] = scanned_by[1] = 0;
	objects[0] = objects[1] = 100000;
	shrink_slab(4000, GFP_KERNEL, 10000);
	ok(scanned_by[0] >= 3 * a && scanned_by[1] >= 3 * b,
	   "four times the pressure scans about four times as much (%ld, %ld)",
	   scanned_by[0], scanned_by[1]);
	remove_shrinker(s0);
	remove_shrinker(s1);
	scanned_by[0] = 0;
	shrink_slab(4000, GFP_KERNEL, 10000);
	ok(!scanned_by[0], "a removed shrinker is not called");
}

/* ---- random operations ---- */
struct rcache {
	const char *name;
	size_t size;
	unsigned long flags;
	int ctor;
	kmem_cache_t *c;
	void *held[HELD_MAX];
	unsigned int n;
};

static struct rcache rc[NCACHES] = {
	{ "r8", 8, 0, 0, NULL, { 0 }, 0 },
	{ "r24", 24, 0, 0, NULL, { 0 }, 0 },
	{ "r32hw", 32, SLAB_HWCACHE_ALIGN, 0, NULL, { 0 }, 0 },
	{ "r64", 64, 0, 0, NULL, { 0 }, 0 },
	{ "r100ctor", 100, 0, 1, NULL, { 0 }, 0 },
	{ "r200hw", 200, SLAB_HWCACHE_ALIGN, 0, NULL, { 0 }, 0 },
	{ "r256", 256, 0, 0, NULL, { 0 }, 0 },
	{ "r520off", 520, 0, 0, NULL, { 0 }, 0 },
	{ "r1024ctor", 1024, 0, 1, NULL, { 0 }, 0 },
	{ "r3000", 3000, 0, 0, NULL, { 0 }, 0 },
	{ "r6000", 6000, SLAB_NO_REAP, 0, NULL, { 0 }, 0 },
	{ "r48debug", 48, SLAB_RED_ZONE | SLAB_POISON | SLAB_DEBUG_FREE, 0, NULL, { 0 }, 0 },
};
static void *kheld[HELD_MAX];
static size_t ksize_of[HELD_MAX];
static unsigned int kn;

static unsigned char pat(const void *p, size_t i)
{
	return (unsigned char)(((uintptr_t)p >> 3) + i);
}

/* Fill an object (past a ctor's word) with its pattern; 0 if it was already. */
static void fill(void *p, size_t size, int ctor)
{
	size_t i, start = ctor ? sizeof(long) : 0;

	for (i = start; i < size; i++)
		((unsigned char *)p)[i] = pat(p, i);
}

static int verify(void *p, size_t size, int ctor)
{
	size_t i, start = ctor ? sizeof(long) : 0;

	if (ctor && *(unsigned long *)p != 0xC0FFEE)
		return 0;
	for (i = start; i < size; i++)
		if (((unsigned char *)p)[i] != pat(p, i))
			return 0;
	return 1;
}

static void test_random(void)
{
	unsigned long before, op, fails = 0, bad_pattern = 0, allocs = 0, frees = 0;
	unsigned int i;
	kmem_cache_t *touched;

	shrink_all();
	before = nr_free_pages();
	for (i = 0; i < NCACHES; i++)
		rc[i].c = kmem_cache_create(rc[i].name, rc[i].size, 0, rc[i].flags,
					    rc[i].ctor ? count_ctor : NULL, NULL);
	for (op = 0; op < RANDOM_OPS && !fails; op++) {
		unsigned int r = prng_below(1000), k = prng_below(NCACHES + 1);
		struct rcache *x = k < NCACHES ? rc + k : NULL;

		touched = NULL;
		if (r < 480) {                                  /* allocate */
			if (x && x->n < HELD_MAX) {
				void *p = kmem_cache_alloc(x->c, GFP_KERNEL);

				if (x->ctor && *(unsigned long *)p != 0xC0FFEE)
					bad_pattern++;
				fill(p, x->size, x->ctor);
				x->held[x->n++] = p;
				touched = x->c;
				allocs++;
			} else if (!x && kn < HELD_MAX) {
				size_t sz = 1 + prng_below(prng_below(8) ? 2048 : 131072);
				void *p = kmalloc(sz, GFP_KERNEL);

				fill(p, sz < 512 ? sz : 512, 0);
				kheld[kn] = p;
				ksize_of[kn++] = sz;
				touched = cache_of(p);
				allocs++;
			}
		} else if (r < 960) {                           /* free */
			if (x && x->n) {
				unsigned int j = prng_below(x->n);
				void *p = x->held[j];

				bad_pattern += !verify(p, x->size, x->ctor);
				if (x->ctor)
					*(unsigned long *)p = 0xC0FFEE;
				x->held[j] = x->held[--x->n];
				kmem_cache_free(x->c, p);
				touched = x->c;
				frees++;
			} else if (!x && kn) {
				unsigned int j = prng_below(kn);
				void *p = kheld[j];

				bad_pattern += !verify(p, ksize_of[j] < 512 ? ksize_of[j] : 512, 0);
				touched = cache_of(p);
				kheld[j] = kheld[--kn];
				ksize_of[j] = ksize_of[kn];
				kfree(p);
				frees++;
			}
		} else if (r < 975) {                           /* shrink */
			if (x) {
				kmem_cache_shrink(x->c);
				touched = x->c;
			}
		} else if (r < 985) {                           /* reap */
			kmem_cache_reap(GFP_KERNEL);
			if (!check_all())
				fails++;
		} else if (x) {                                 /* retune the arrays */
			int limit = prng_below(4) ? 1 + (int)prng_below(252) : 0;

			kmem_cache_tune(x->c, limit, limit ? 1 + (int)prng_below(limit) : 0);
			touched = x->c;
		}
		if (touched && !check_cache(touched))
			fails++;
		if (op % AUDIT_EVERY == 0 && !check_all())
			fails++;
	}
	ok(!fails, "invariants after each of %lu random operations (%lu allocations, %lu frees)",
	   op, allocs, frees);
	ok(!bad_pattern, "every object kept its contents while held, and came constructed");
	for (i = 0; i < NCACHES; i++) {
		while (rc[i].n)
			kmem_cache_free(rc[i].c, rc[i].held[--rc[i].n]);
		kmem_cache_destroy(rc[i].c);
	}
	while (kn)
		kfree(kheld[--kn]);
	shrink_all();
	ok(check_all() && nr_free_pages() == before,
	   "after freeing everything and destroying the caches every page is back (%lu, %lu)",
	   nr_free_pages(), before);
}

static void test_slabinfo(void)
{
	printk_clear();
	slabinfo_show();
	ok(strstr(printk_text, "slabinfo - version: 1.1 (SMP)\n") &&
	   strstr(printk_text, ">kmem_cache ") && strstr(printk_text, ">size-131072(DMA) ") &&
	   strstr(printk_text, " :  252  126\n"), "slabinfo prints the 1.1 format");
	diag("%.*s", 400, printk_text);
}

int main(void)
{
	prng_init(20260101);
	plan(49);
	fake_machine(4096, 32768, 32768, pc_holes, ARRAY_SIZE(pc_holes));
	kmem_cache_init();
	kmem_cache_sizes_init();
	ok(check_all(), "the sizes caches are made and consistent");
	test_vectors();
	test_kmalloc_choice();
	test_colours();
	test_errors();
	test_shrink_reap();
	test_shrinkers();
	test_slabinfo();
	test_random();
	return done_testing();
}
