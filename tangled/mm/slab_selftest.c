/* Generated from src.nw/14-slab.nw, "The slab allocator"; edit that file, not this one. */
/* Guest self-tests of the slab allocator. */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab_def.h>
#include <linux/ktest.h>

/* the objects-per-slab vectors of Linux 2.4 */
static const struct { unsigned int size, num; } slab_vectors[] = {
	{ 32, 113 }, { 64, 59 }, { 96, 40 }, { 128, 30 },
	{ 160, 24 }, { 248, 16 }, { 512, 7 },
};

/* the slab_layout test */
static void slab_layout(void)
{
	size_t left;
	unsigned int i, num;
	void *p;

	KTEST_EQ(sizeof(slab_t), 24, "slab_t is 24 bytes on i386");
	for (i = 0; i < ARRAY_SIZE(slab_vectors); i++) {
		__kmem_cache_estimate(PAGE_SIZE, slab_vectors[i].size, BYTES_PER_WORD,
				      sizeof(slab_t), sizeof(kmem_bufctl_t), &left, &num);
		ktest_check(num == slab_vectors[i].num, "objects per one-page slab",
			    "%u-byte objects: %u, expected %u", slab_vectors[i].size,
			    num, slab_vectors[i].num);
	}
	/* check the sizes caches and kmalloc's choice */
	p = kmalloc(33, GFP_KERNEL);
	KTEST_TRUE(p && GET_PAGE_CACHE(virt_to_page(p)) == cache_sizes[1].cs_cachep,
		   "kmalloc(33) comes from size-64");
	kfree(p);
	KTEST_TRUE(!OFF_SLAB(cache_sizes[4].cs_cachep) && OFF_SLAB(cache_sizes[5].cs_cachep),
		   "size-512 is on-slab, size-1024 off-slab");
	KTEST_TRUE(cache_sizes[0].cs_cachep->cpudata[0]->limit == 252 &&
		   cache_sizes[0].cs_cachep->batchcount == 126 &&
		   cache_sizes[4].cs_cachep->cpudata[0]->limit == 124,
		   "per-CPU arrays 252/126 for size-32, 124 for size-512");
	KTEST_TRUE(cache_sizes[0].cs_dmacachep->gfpflags & GFP_DMA, "size-32(DMA) uses ZONE_DMA");
	KTEST_TRUE(kmalloc(MAX_OBJ_SIZE + 1, GFP_KERNEL) == NULL, "kmalloc above 128 KiB fails");
}
KTEST(slab_layout, "slab: descriptor size, objects per slab, sizes caches");

/* the slab_fill test */
#define FILL_OBJ_SIZE   256     /* 16 per page, few allocations to fill memory */

static void slab_fill(void)
{
	unsigned long before, objs = 0, pages;
	kmem_cache_t *c;
	int i;
	void **head = NULL, **p;

	c = kmem_cache_create("ktest_fill", FILL_OBJ_SIZE, 0, 0, NULL, NULL);
	KTEST_TRUE(c != NULL, "kmem_cache_create");
	drain_local_pages();
	before = nr_free_pages();
	/* allocate objects of c until memory runs out, chained through their first word */
	while ((p = kmem_cache_alloc(c, GFP_ATOMIC | __GFP_NOWARN)) != NULL) {
		*p = head;
		head = p;
		objs++;
	}
	ktest_check(objs > (before - 2 * MAX_ORDER) / 2 * (PAGE_SIZE / FILL_OBJ_SIZE),
		    "memory filled with objects", "%lu objects, %lu pages were free",
		    objs, before);
	/* free every object of c, shrink it and check that every page came back */
	while (head) {
		p = *head;
		kmem_cache_free(c, head);
		head = p;
	}
	pages = kmem_cache_shrink(c);
	drain_local_pages();
	KTEST_EQ(nr_free_pages(), before, "kmem_cache_shrink gives every page back");
	ktest_check(pages > 0, "shrink counts pages", "%lu pages", pages);
	i = kmem_cache_destroy(c);
	KTEST_EQ(i, 0, "kmem_cache_destroy");
	/* fill and empty the sizes caches through kmalloc */
	{
		static const size_t sizes[] = { 33, 100, 700, 3000, 20000 };
		unsigned int i, j;

		for (i = 0; i < ARRAY_SIZE(sizes); i++) {
			kmem_cache_t *sc = kmem_find_general_cachep(sizes[i], 0);

			/* shrink sc and the cache of its slab descriptors */
			kmem_cache_shrink(sc);
			if (sc->slabp_cache)
				kmem_cache_shrink(sc->slabp_cache);
			drain_local_pages();
			before = nr_free_pages();
			head = NULL;
			/* kmalloc up to 2000 objects of the size and kfree them all */
			for (j = 0; j < 2000 && (p = kmalloc(sizes[i], GFP_KERNEL)); j++) {
				*p = head;
				head = p;
			}
			while (head) {
				p = *head;
				kfree(head);
				head = p;
			}
			/* shrink sc and the cache of its slab descriptors */
			kmem_cache_shrink(sc);
			if (sc->slabp_cache)
				kmem_cache_shrink(sc->slabp_cache);
			drain_local_pages();
			ktest_check(nr_free_pages() == before, "kmalloc, kfree, shrink: pages back",
				    "size %lu: %lu free, expected %lu", (unsigned long)sizes[i],
				    nr_free_pages(), before);
		}
	}
}
KTEST(slab_fill, "slab: fill memory with objects, free them, shrink to the page count");

/* counting constructor and destructor calls */
static unsigned long ktest_ctors, ktest_dtors;

static void ktest_ctor(void *objp, kmem_cache_t *c, unsigned long flags)
{
	(void)objp, (void)c, (void)flags;
	ktest_ctors++;
}

static void ktest_dtor(void *objp, kmem_cache_t *c, unsigned long flags)
{
	(void)objp, (void)c, (void)flags;
	ktest_dtors++;
}

/* the slab_ctor_colour test */
static void slab_ctor_colour(void)
{
	kmem_cache_t *c = kmem_cache_create("ktest_ctor", 200, 0, SLAB_HWCACHE_ALIGN,
					    ktest_ctor, ktest_dtor);
	void *objs[3 * 20];
	unsigned int i, seen = 0;
	slab_t *slabp;

	for (i = 0; i < ARRAY_SIZE(objs); i++)
		objs[i] = kmem_cache_alloc(c, GFP_KERNEL);
	KTEST_EQ(ktest_ctors, c->grown * c->num, "ctor runs once per object per slab");
	kmem_cache_free(c, objs[5]);
	KTEST_TRUE(kmem_cache_alloc(c, GFP_KERNEL) == objs[5], "free then alloc: same object");
	/* check that the slabs of c took colours 0 to grown-1 */
	KTEST_TRUE(c->grown < c->colour, "the test cache has more colours than slabs");
	list_for_each_entry(slabp, &c->slabs_full, list)
		seen |= 1U << ((slabp->colouroff - c->slab_size) / c->colour_off);
	list_for_each_entry(slabp, &c->slabs_partial, list)
		seen |= 1U << ((slabp->colouroff - c->slab_size) / c->colour_off);
	ktest_check(seen == (1U << c->grown) - 1, "slabs take successive colours",
		    "colours seen %#x, %lu slabs", seen, c->grown);
	for (i = 0; i < ARRAY_SIZE(objs); i++)
		kmem_cache_free(c, objs[i]);
	KTEST_EQ(ktest_ctors, c->grown * c->num, "no ctor calls on allocation");
	kmem_cache_destroy(c);
	KTEST_EQ(ktest_dtors, ktest_ctors, "dtor runs once per object at slab destruction");
}
KTEST(slab_ctor_colour, "slab: constructors, destructors, colours, array LIFO");
