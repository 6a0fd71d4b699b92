/* Generated from src.nw/14-slab.nw, "The slab allocator"; edit that file, not this one. */
/* The slab allocator: caches, slabs, per-CPU arrays, kmalloc, reaping. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/string.h>
#include <linux/gfp.h>
#include <linux/slab_def.h>
#include <linux/monitor.h>
#include <asm/cache.h>
#include <asm/div64.h>

/* slab_list_move, and what is used before it is defined */
/* Move a slab from one of its cache's lists to the head of another. */
static inline void slab_list_move(struct list_head *entry, struct list_head *head)
{
	list_del(entry);
	list_add(entry, head);
}

static kmem_cache_t *next_cache(kmem_cache_t *cachep);
static kmem_cache_t *clock_searchp;
static void check_allocated(kmem_cache_t *cachep, void *objp);
static bool obj_is_free(kmem_cache_t *cachep, slab_t *slabp, unsigned int k);
static int kmem_tune_cpucache(kmem_cache_t *cachep, int limit, int batchcount);
static void enable_cpucache(kmem_cache_t *cachep);
static int g_cpucache_up;
static unsigned int slab_break_gfp_order;

/* the cache chain */
static kmem_cache_t cache_cache = {
	.slabs_full     = LIST_HEAD_INIT(cache_cache.slabs_full),
	.slabs_partial  = LIST_HEAD_INIT(cache_cache.slabs_partial),
	.slabs_free     = LIST_HEAD_INIT(cache_cache.slabs_free),
	.objsize        = sizeof(kmem_cache_t),
	.flags          = SLAB_NO_REAP,
	.spinlock       = SPIN_LOCK_UNLOCKED,
	.colour_off     = L1_CACHE_BYTES,
	.name           = "kmem_cache",
};
LIST_HEAD(cache_chain);
static spinlock_t cache_chain_lock = SPIN_LOCK_UNLOCKED;

/* the sizes caches */
/* the table of sizes caches */
cache_sizes_t cache_sizes[] = {
#if PAGE_SIZE == 4096
	{    32, NULL, NULL },
#endif
	{    64, NULL, NULL }, {   128, NULL, NULL }, {   256, NULL, NULL },
	{   512, NULL, NULL }, {  1024, NULL, NULL }, {  2048, NULL, NULL },
	{  4096, NULL, NULL }, {  8192, NULL, NULL }, { 16384, NULL, NULL },
	{ 32768, NULL, NULL }, { 65536, NULL, NULL }, { 131072, NULL, NULL },
	{     0, NULL, NULL }
};

/* kmem_find_general_cachep */
/* The smallest sizes cache of at least size bytes, or NULL. */
kmem_cache_t *kmem_find_general_cachep(size_t size, unsigned int gfpflags)
{
	cache_sizes_t *csizep;

	for (csizep = cache_sizes; csizep->cs_size; csizep++)
		if (size <= csizep->cs_size)
			return (gfpflags & GFP_DMA) ? csizep->cs_dmacachep
						    : csizep->cs_cachep;
	return NULL;
}

/* counting the objects of a slab */
/* counting the objects of a slab, for any descriptor size */
#define OFF_SLAB_LIMIT  (PAGE_SIZE >> 3)        /* larger objects: slab_t off-slab */

/*
 * Objects of size bytes that fit in slab_bytes with base+extra*n bytes of
 * management rounded up to align.  Takes time proportional to the result.
 */
void __kmem_cache_estimate(unsigned long slab_bytes, size_t size, size_t align,
			   size_t base, size_t extra, size_t *left_over,
			   unsigned int *num)
{
	unsigned long i = 0;

	while ((i + 1) * size + ALIGN(base + (i + 1) * extra, align) <= slab_bytes &&
	       i < SLAB_LIMIT)
		i++;
	*num = i;
	*left_over = slab_bytes - i * size - ALIGN(base + i * extra, align);
}

/* counting the objects of a slab of this machine */
static void kmem_cache_estimate(unsigned int gfporder, size_t size, size_t align,
				unsigned long flags, size_t *left_over,
				unsigned int *num)
{
	size_t base = 0, extra = 0;

	if (!(flags & CFLGS_OFF_SLAB)) {
		base = sizeof(slab_t);
		extra = sizeof(kmem_bufctl_t);
	}
	__kmem_cache_estimate(PAGE_SIZE << gfporder, size, align, base, extra,
			      left_over, num);
}

/* the debugging checks */
/* the debugging marks and masks */
#define RED_INACTIVE    0x5A2CF071UL    /* red zone of a free object */
#define RED_ACTIVE      0x170FC2A5UL    /* red zone of an allocated object */
#define POISON_BYTE     0x5a            /* fills a free object */
#define POISON_END      0xa5            /* its last byte */
#define SLAB_BUG_TEXT   192             /* room for the longest report */
#define SLAB_BUG_BYTES  8               /* bytes shown from a bad pattern */
#define SLAB_DEBUG_ALLOC_MASK   (SLAB_RED_ZONE | SLAB_POISON)
#define SLAB_DEBUG_FREE_MASK    (SLAB_RED_ZONE | SLAB_POISON | SLAB_DEBUG_FREE | \
				 SLAB_DEBUG_INITIAL)

/* converting between an object's slot and the user's pointer */
static inline void *obj_user(kmem_cache_t *cachep, void *objp)
{
	return (cachep->flags & SLAB_RED_ZONE) ? (char *)objp + BYTES_PER_WORD : objp;
}

static inline void *obj_real(kmem_cache_t *cachep, void *objp)
{
	return (cachep->flags & SLAB_RED_ZONE) ? (char *)objp - BYTES_PER_WORD : objp;
}

static inline unsigned int obj_user_size(kmem_cache_t *cachep)
{
	return cachep->objsize -
	       ((cachep->flags & SLAB_RED_ZONE) ? 2 * BYTES_PER_WORD : 0);
}

/* the two red-zone words of an object */
static inline unsigned long *red_zone_1(kmem_cache_t *cachep, void *objp)
{
	(void)cachep;
	return objp;
}

static inline unsigned long *red_zone_2(kmem_cache_t *cachep, void *objp)
{
	return (unsigned long *)((char *)objp + cachep->objsize - BYTES_PER_WORD);
}

/* slab_bug */
/* Report a misuse of cachep involving objp (may be NULL) and stop. */
static void __noreturn __printf(3, 4) slab_bug(kmem_cache_t *cachep, void *objp,
					      const char *fmt, ...)
{
	char text[SLAB_BUG_TEXT];
	va_list ap;

	if (spin_is_locked(&cachep->spinlock))
		spin_unlock(&cachep->spinlock);
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "slab error in cache %s, object %p: %s\n", cachep->name,
	       objp ? obj_user(cachep, objp) : NULL, text);
	BUG();
}

/* poisoning a free object */
static void poison_obj(kmem_cache_t *cachep, void *objp)
{
	unsigned char *p = obj_user(cachep, objp);
	unsigned int size = obj_user_size(cachep);

	memset(p, POISON_BYTE, size - 1);
	p[size - 1] = POISON_END;
}

/* checking the poison of a free object */
static void check_poison_obj(kmem_cache_t *cachep, void *objp)
{
	unsigned char *p = obj_user(cachep, objp);
	unsigned int size = obj_user_size(cachep), i, j;

	for (i = 0; i < size; i++)
		if (p[i] != (i == size - 1 ? POISON_END : POISON_BYTE))
			break;
	if (i == size)
		return;
	/* report the first changed byte of objp and the bytes after it */
	{
		unsigned char found[SLAB_BUG_BYTES] = { 0 };

		for (j = 0; j < SLAB_BUG_BYTES && i + j < size; j++)
			found[j] = p[i + j];
		slab_bug(cachep, objp, "written after free: byte %u is %02x, expected %02x "
			 "(found %02x %02x %02x %02x %02x %02x %02x %02x)", i, p[i],
			 i == size - 1 ? POISON_END : POISON_BYTE, found[0], found[1],
			 found[2], found[3], found[4], found[5], found[6], found[7]);
	}
}

/* checking the red zones of an object */
static void check_red_zones(kmem_cache_t *cachep, void *objp, unsigned long want,
			    const char *what)
{
	unsigned long r1 = *red_zone_1(cachep, objp), r2 = *red_zone_2(cachep, objp);

	if (likely(r1 == want && r2 == want))
		return;
	if (want == RED_ACTIVE && r1 == RED_INACTIVE && r2 == RED_INACTIVE)
		slab_bug(cachep, objp, "double free (red zones say free)");
	slab_bug(cachep, objp, "%s: red zone %s (found %08lx %08lx, expected %08lx)",
		 what, r2 != want ? "after the object overwritten" :
		 "before the object overwritten", r1, r2, want);
}

/* kmem_cache_alloc_debug */
/* Check and mark an object that is being allocated; returns the user pointer. */
static void *kmem_cache_alloc_debug(kmem_cache_t *cachep, void *objp)
{
	if (cachep->flags & SLAB_POISON)
		check_poison_obj(cachep, objp);
	if (cachep->flags & SLAB_RED_ZONE) {
		check_red_zones(cachep, objp, RED_INACTIVE, "allocation");
		*red_zone_1(cachep, objp) = *red_zone_2(cachep, objp) = RED_ACTIVE;
	}
	return obj_user(cachep, objp);
}

/* kmem_cache_free_debug */
/* Check and mark an object that is being freed; returns the real pointer. */
static void *kmem_cache_free_debug(kmem_cache_t *cachep, void *objp)
{
	objp = obj_real(cachep, objp);
	if (cachep->flags & SLAB_DEBUG_FREE)
		check_allocated(cachep, objp);
	if (cachep->flags & SLAB_RED_ZONE) {
		check_red_zones(cachep, objp, RED_ACTIVE, "free");
		*red_zone_1(cachep, objp) = *red_zone_2(cachep, objp) = RED_INACTIVE;
	}
	if (cachep->flags & SLAB_DEBUG_INITIAL)
		cachep->ctor(obj_user(cachep, objp), cachep,
			     SLAB_CTOR_CONSTRUCTOR | SLAB_CTOR_VERIFY);
	if (cachep->flags & SLAB_POISON)
		poison_obj(cachep, objp);
	return objp;
}

/* check_allocated */
/* SLAB_DEBUG_FREE: objp must be a whole object that is allocated. */
static void check_allocated(kmem_cache_t *cachep, void *objp)
{
	slab_t *slabp = GET_PAGE_SLAB(virt_to_page(objp));
	unsigned long off = (char *)objp - (char *)slabp->s_mem;
	cpucache_t *cc = cc_data(cachep);
	unsigned int i;

	if (off % cachep->objsize || off / cachep->objsize >= cachep->num)
		slab_bug(cachep, objp, "pointer is not the start of an object");
	if (obj_is_free(cachep, slabp, off / cachep->objsize))
		slab_bug(cachep, objp, "double free (already on its slab's free list)");
	for (i = 0; cc && i < cc->avail; i++)
		if (cc_entry(cc)[i] == objp)
			slab_bug(cachep, objp, "double free (already in the per-CPU array)");
}

/* finding caches and allocated objects */
/* find_cache_by_name */
/* The cache called name, or NULL.  => cache_chain_lock held. */
static kmem_cache_t *find_cache_by_name(const char *name)
{
	kmem_cache_t *pc;

	list_for_each_entry(pc, &cache_chain, next)
		if (!strcmp(pc->name, name))
			return pc;
	return NULL;
}

/* whether an object is on its slab's free chain */
/* Whether object k of slabp is on its free chain. */
static bool obj_is_free(kmem_cache_t *cachep, slab_t *slabp, unsigned int k)
{
	kmem_bufctl_t i;
	unsigned int steps = 0;

	for (i = slabp->free; i != BUFCTL_END && steps <= cachep->num;
	     i = slab_bufctl(slabp)[i], steps++)
		if (i == k)
			return true;
	return false;
}

/* the first allocated object of a cache */
/* The first allocated object of cachep (a real pointer), or NULL. */
static void *first_allocated_object(kmem_cache_t *cachep)
{
	struct list_head *head = list_empty(&cachep->slabs_full) ?
				 &cachep->slabs_partial : &cachep->slabs_full;
	slab_t *slabp;
	unsigned int k;

	if (list_empty(head))
		return NULL;
	slabp = list_entry(head->next, slab_t, list);
	for (k = 0; k < cachep->num; k++)
		if (!obj_is_free(cachep, slabp, k))
			return (char *)slabp->s_mem + k * cachep->objsize;
	return NULL;
}

/* growing a cache */
/* getting and freeing pages */
/* Pages for one slab of cachep, or NULL.  Returns their kernel address. */
static void *kmem_getpages(kmem_cache_t *cachep, unsigned int flags)
{
	return (void *)__get_free_pages(flags | cachep->gfpflags, cachep->gfporder);
}

/* Give a slab's pages back to the buddy allocator. */
static void kmem_freepages(kmem_cache_t *cachep, void *addr)
{
	unsigned long i = 1UL << cachep->gfporder;
	struct page *page = virt_to_page(addr);

	while (i--)
		ClearPageSlab(page++);
	free_pages((unsigned long)addr, cachep->gfporder);
}

/* kmem_cache_slabmgmt */
/* The descriptor for a new slab at addr, objects starting after colour_off. */
static slab_t *kmem_cache_slabmgmt(kmem_cache_t *cachep, void *addr,
				   size_t colour_off, unsigned int flags)
{
	slab_t *slabp;

	/* take the descriptor from slabp_cache, or place it at the colour offset */
	if (OFF_SLAB(cachep)) {
		slabp = kmem_cache_alloc(cachep->slabp_cache, flags & ~GFP_DMA);
		if (!slabp)
			return NULL;
	} else {
		slabp = (slab_t *)((char *)addr + colour_off);
		colour_off += cachep->slab_size;
	}
	slabp->inuse = 0;
	slabp->colouroff = colour_off;
	slabp->s_mem = (char *)addr + colour_off;
	return slabp;
}

/* kmem_cache_init_objs */
/* Construct the objects of a new slab and chain them all as free. */
static void kmem_cache_init_objs(kmem_cache_t *cachep, slab_t *slabp,
				 unsigned int flags)
{
	unsigned long ctor_flags = SLAB_CTOR_CONSTRUCTOR;
	unsigned int i;

	if (!(flags & __GFP_WAIT))
		ctor_flags |= SLAB_CTOR_ATOMIC;
	for (i = 0; i < cachep->num; i++) {
		/* construct object i of the slab and chain it to object i+1 */
		void *objp = (char *)slabp->s_mem + cachep->objsize * i;

		/* mark a new object's red zones free and poison it */
		if (cachep->flags & SLAB_RED_ZONE)
			*red_zone_1(cachep, objp) = *red_zone_2(cachep, objp) = RED_INACTIVE;
		if (cachep->flags & SLAB_POISON)
			poison_obj(cachep, objp);
		if (cachep->ctor)
			cachep->ctor(obj_user(cachep, objp), cachep, ctor_flags);
		slab_bufctl(slabp)[i] = i + 1;
	}
	slab_bufctl(slabp)[cachep->num - 1] = BUFCTL_END;
	slabp->free = 0;
}

/* kmem_cache_grow */
/* Add one slab to cachep.  Returns 1, or 0 if there were no pages. */
static int kmem_cache_grow(kmem_cache_t *cachep, unsigned int flags)
{
	slab_t *slabp;
	void *addr;
	size_t offset;

	/* check the mask of a slab allocation */
	if (flags & ~(GFP_ZONEMASK | __GFP_WAIT | __GFP_HIGH | __GFP_IO | __GFP_FS |
		      __GFP_NOWARN | __GFP_REPEAT | __GFP_NOFAIL | __GFP_NORETRY) ||
	    (flags & __GFP_HIGHMEM))
		slab_bug(cachep, NULL, "allocation with mask %#x does not suit the cache", flags);
	/* pick the colour of the new slab and mark cachep growing */
	spin_lock(&cachep->spinlock);
	offset = cachep->colour_next * cachep->colour_off;
	if (++cachep->colour_next >= cachep->colour)
		cachep->colour_next = 0;
	cachep->dflags |= DFLGS_GROWN;
	cachep->growing++;
	spin_unlock(&cachep->spinlock);
	addr = kmem_getpages(cachep, flags);
	if (!addr)
		goto failed;
	slabp = kmem_cache_slabmgmt(cachep, addr, offset, flags);
	if (!slabp)
		goto free_pages;
	/* link each page of the slab to cachep and slabp */
	{
		struct page *page = virt_to_page(addr);
		unsigned long i = 1UL << cachep->gfporder;

		while (i--) {
			SET_PAGE_CACHE(page, cachep);
			SET_PAGE_SLAB(page, slabp);
			SetPageSlab(page);
			page++;
		}
	}
	kmem_cache_init_objs(cachep, slabp, flags);
	/* put the new slab on slabs_free and end the growth */
	spin_lock(&cachep->spinlock);
	cachep->growing--;
	list_add_tail(&slabp->list, &cachep->slabs_free);
	cachep->grown++;
	spin_unlock(&cachep->spinlock);
	return 1;
free_pages:
	kmem_freepages(cachep, addr);
failed:
	/* end the growth of cachep that failed */
	spin_lock(&cachep->spinlock);
	cachep->growing--;
	spin_unlock(&cachep->spinlock);
	return 0;
}

/* allocating objects */
/* taking the first free object of a slab */
/* The first free object of slabp.  => cachep->spinlock held; slabp not full. */
static inline void *kmem_cache_alloc_one_tail(kmem_cache_t *cachep, slab_t *slabp)
{
	void *objp;

	slabp->inuse++;
	objp = (char *)slabp->s_mem + slabp->free * cachep->objsize;
	slabp->free = slab_bufctl(slabp)[slabp->free];
	if (unlikely(slabp->free == BUFCTL_END))
		slab_list_move(&slabp->list, &cachep->slabs_full);
	/* count an object leaving the slabs of cachep */
	cachep->num_active++;
	cachep->num_allocations++;
	if (cachep->num_active > cachep->high_mark)
		cachep->high_mark = cachep->num_active;
	return objp;
}

/* choosing the slab to allocate from */
/* An object from the slabs of cachep, or NULL if none is free.  => locked. */
static inline void *kmem_cache_alloc_one(kmem_cache_t *cachep)
{
	struct list_head *entry = cachep->slabs_partial.next;

	if (unlikely(entry == &cachep->slabs_partial)) {
		entry = cachep->slabs_free.next;
		if (unlikely(entry == &cachep->slabs_free))
			return NULL;
		slab_list_move(entry, &cachep->slabs_partial);
	}
	return kmem_cache_alloc_one_tail(cachep, list_entry(entry, slab_t, list));
}

/* refilling a per-CPU array */
/* Refill cc from the slabs and return one object, or NULL if they are empty. */
static void *kmem_cache_alloc_batch(kmem_cache_t *cachep, cpucache_t *cc)
{
	unsigned int batchcount = cachep->batchcount;
	void *objp;

	spin_lock(&cachep->spinlock);
	while (batchcount--) {
		objp = kmem_cache_alloc_one(cachep);
		if (!objp)
			break;
		cc_entry(cc)[cc->avail++] = objp;
	}
	spin_unlock(&cachep->spinlock);
	return cc->avail ? cc_entry(cc)[--cc->avail] : NULL;
}

/* kmem_cache_alloc_slow */
/* An object of cachep from the slabs, growing it if need be, or NULL. */
static __noinline void *kmem_cache_alloc_slow(kmem_cache_t *cachep, unsigned int flags)
{
	cpucache_t *cc;
	void *objp;

	do {
		/* take an object through a refill of the array, or from the slabs if there is none */
		cc = cc_data(cachep);
		if (cc) {
			cachep->allocmiss++;
			objp = kmem_cache_alloc_batch(cachep, cc);
		} else {
			spin_lock(&cachep->spinlock);
			objp = kmem_cache_alloc_one(cachep);
			spin_unlock(&cachep->spinlock);
		}
	} while (!objp && kmem_cache_grow(cachep, flags));
	return objp;
}

/* __kmem_cache_alloc */
/* An object of cachep, or NULL.  The allocation fast path. */
static inline void *__kmem_cache_alloc(kmem_cache_t *cachep, unsigned int flags)
{
	cpucache_t *cc = cc_data(cachep);
	void *objp;

	if (likely(cc && cc->avail)) {
		cachep->allochit++;
		objp = cc_entry(cc)[--cc->avail];
	} else {
		objp = kmem_cache_alloc_slow(cachep, flags);
	}
	if (unlikely(cachep->flags & SLAB_DEBUG_ALLOC_MASK) && objp)
		return kmem_cache_alloc_debug(cachep, objp);
	return objp;
}

/* kmem_cache_alloc */
/*
 * An object of cachep, constructed, or NULL.  => may sleep if flags has
 * __GFP_WAIT.  It is a checked runtime error for flags and the cache to
 * disagree about GFP_DMA.  Constant time when the array has an object.
 */
void *kmem_cache_alloc(kmem_cache_t *cachep, unsigned int flags)
{
	if (unlikely(!(flags & GFP_DMA) != !(cachep->gfpflags & GFP_DMA)))
		slab_bug(cachep, NULL, "allocation with mask %#x: DMA does not match", flags);
	return __kmem_cache_alloc(cachep, flags);
}

/* kmem_cache_size */
/* The bytes of each object that a user may use.  Constant time. */
unsigned int kmem_cache_size(kmem_cache_t *cachep)
{
	return obj_user_size(cachep);
}

/* freeing objects */
/* returning an object to its slab */
/* Put objp back on its slab's free chain.  => cachep->spinlock held. */
static inline void kmem_cache_free_one(kmem_cache_t *cachep, void *objp)
{
	slab_t *slabp = GET_PAGE_SLAB(virt_to_page(objp));
	unsigned long off = (char *)objp - (char *)slabp->s_mem;
	unsigned int objnr = off / cachep->objsize;

	if (unlikely(off % cachep->objsize || objnr >= cachep->num))
		slab_bug(cachep, objp, "pointer is not the start of an object");
	if (unlikely(!slabp->inuse))
		slab_bug(cachep, objp, "double free: its slab has no object in use");
	slab_bufctl(slabp)[objnr] = slabp->free;
	slabp->free = objnr;
	cachep->num_active--;
	/* move slabp to the list that its new inuse calls for */
	if (unlikely(!--slabp->inuse))
		slab_list_move(&slabp->list, &cachep->slabs_free);
	else if (unlikely(slabp->inuse == cachep->num - 1))
		slab_list_move(&slabp->list, &cachep->slabs_partial);
}

/* returning a batch of objects to their slabs */
/* Return nr objects to their slabs.  => cachep->spinlock held. */
static void free_block(kmem_cache_t *cachep, void **objpp, unsigned int nr)
{
	while (nr--)
		kmem_cache_free_one(cachep, *objpp++);
}

/* kmem_cache_free_slow */
/* Free objp when the array is full or absent. */
static __noinline void kmem_cache_free_slow(kmem_cache_t *cachep, void *objp)
{
	cpucache_t *cc = cc_data(cachep);

	spin_lock(&cachep->spinlock);
	if (cc) {
		cachep->freemiss++;
		cc->avail -= cachep->batchcount;
		free_block(cachep, &cc_entry(cc)[cc->avail], cachep->batchcount);
		cc_entry(cc)[cc->avail++] = objp;
	} else {
		kmem_cache_free_one(cachep, objp);
	}
	spin_unlock(&cachep->spinlock);
}

/* __kmem_cache_free */
/* Free objp, a real (red-zone) pointer of cachep.  The free fast path. */
static inline void __kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	cpucache_t *cc = cc_data(cachep);

	if (likely(cc && cc->avail < cc->limit)) {
		cachep->freehit++;
		cc_entry(cc)[cc->avail++] = objp;
	} else {
		kmem_cache_free_slow(cachep, objp);
	}
}

/* reporting a free that is not a slab object */
/* Report a free of objp that is not a slab object of want (want may be NULL). */
static __noinline __noreturn void bad_slab_free(kmem_cache_t *want, const void *objp,
						 kmem_cache_t *found, const char *who)
{
	if (!found)
		printk(KERN_EMERG "%s(%s): %p is not a slab object\n", who,
		       want ? want->name : "-", objp);
	else
		printk(KERN_EMERG "%s: object %p of cache %s freed to cache %s\n",
		       who, objp, found->name, want->name);
	BUG();
}

/* kmem_cache_check_page */
/* The cache of the slab page holding objp; want, if given, must be it. */
static inline kmem_cache_t *kmem_cache_check_page(kmem_cache_t *want, const void *objp,
						  const char *who)
{
	unsigned long pfn = __pa(objp) >> PAGE_SHIFT;
	kmem_cache_t *cachep;

	if (unlikely(!pfn_valid(pfn) || !PageSlab(pfn_to_page(pfn))))
		bad_slab_free(want, objp, NULL, who);
	cachep = GET_PAGE_CACHE(pfn_to_page(pfn));
	if (unlikely(want && cachep != want))
		bad_slab_free(want, objp, cachep, who);
	return cachep;
}

/* kmem_cache_free */
/*
 * Free objp, an object of cachep in its constructed state.  It is a checked
 * runtime error to free a pointer that is not an object of cachep.  Constant
 * time when the array has room.
 */
void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	kmem_cache_check_page(cachep, objp, "kmem_cache_free");
	if (unlikely(cachep->flags & SLAB_DEBUG_FREE_MASK))
		objp = kmem_cache_free_debug(cachep, objp);
	__kmem_cache_free(cachep, objp);
}

/* kmalloc and kfree */
/* kmalloc */
/*
 * At least size bytes from the sizes caches, or NULL.  => may sleep if flags
 * has __GFP_WAIT.  Takes time proportional to the size classes below size.
 */
void *kmalloc(size_t size, unsigned int flags)
{
	kmem_cache_t *cachep = kmem_find_general_cachep(size, flags);

	if (unlikely(!cachep))
		return NULL;
	return __kmem_cache_alloc(cachep, flags);
}

/* kfree */
/*
 * Free memory from kmalloc; NULL is ignored.  It is a checked runtime error
 * to free a pointer that is not a slab object.
 */
void kfree(const void *objp)
{
	kmem_cache_t *cachep;
	void *p = (void *)objp;

	if (!objp)
		return;
	cachep = kmem_cache_check_page(NULL, objp, "kfree");
	if (unlikely(cachep->flags & SLAB_DEBUG_FREE_MASK))
		p = kmem_cache_free_debug(cachep, p);
	__kmem_cache_free(cachep, p);
}

/* the per-CPU arrays */
/* enable_cpucache */
#define CC_LIMIT_SMALL  252     /* objects up to 256 bytes */
#define CC_LIMIT_MEDIUM 124     /* up to 1 KiB */
#define CC_LIMIT_LARGE  60      /* up to a page */

/* Give cachep per-CPU arrays sized by its object size. */
static void enable_cpucache(kmem_cache_t *cachep)
{
	int limit;

	if (cachep->objsize > PAGE_SIZE)
		return;
	/* choose the array's limit from the object size */
	if (cachep->objsize > 1024)
		limit = CC_LIMIT_LARGE;
	else if (cachep->objsize > 256)
		limit = CC_LIMIT_MEDIUM;
	else
		limit = CC_LIMIT_SMALL;
	if (kmem_tune_cpucache(cachep, limit, limit / 2))
		printk(KERN_ERR "slab: no per-CPU arrays for %s\n", cachep->name);
}

/* swapping in a processor's new array */
typedef struct ccupdate_struct_s {
	kmem_cache_t *cachep;
	cpucache_t *new[NR_CPUS];
} ccupdate_struct_t;

/* On each processor: swap its array of cachep with the new one. */
static void do_ccupdate_local(void *info)
{
	ccupdate_struct_t *new = info;
	cpucache_t *old = cc_data(new->cachep);

	cc_data(new->cachep) = new->new[smp_processor_id()];
	new->new[smp_processor_id()] = old;
}

/* calling a function on every processor */
static void smp_call_function_all_cpus(void (*func)(void *), void *arg)
{
	func(arg);
}

/* kmem_tune_cpucache */
/* Give cachep arrays of limit entries and the given batch. */
static int kmem_tune_cpucache(kmem_cache_t *cachep, int limit, int batchcount)
{
	ccupdate_struct_t new;
	int i;

	if (limit < 0 || batchcount < 0 || batchcount > limit || (limit && !batchcount))
		return -1;
	memset(&new, 0, sizeof(new));
	new.cachep = cachep;
	/* allocate an empty array for every processor, or fail */
	for (i = 0; limit && i < NR_CPUS; i++) {
		cpucache_t *ccnew = kmalloc(sizeof(cpucache_t) + limit * sizeof(void *),
					    GFP_KERNEL);

		if (!ccnew) {
			while (i--)
				kfree(new.new[i]);
			return -1;
		}
		ccnew->limit = limit;
		ccnew->avail = 0;
		new.new[i] = ccnew;
	}
	spin_lock(&cachep->spinlock);
	cachep->batchcount = batchcount;
	spin_unlock(&cachep->spinlock);
	smp_call_function_all_cpus(do_ccupdate_local, &new);
	/* give the objects of the old arrays back to their slabs and free the arrays */
	for (i = 0; i < NR_CPUS; i++) {
		cpucache_t *ccold = new.new[i];

		if (!ccold)
			continue;
		spin_lock(&cachep->spinlock);
		free_block(cachep, cc_entry(ccold), ccold->avail);
		spin_unlock(&cachep->spinlock);
		kfree(ccold);
	}
	return 0;
}

/* drain_cpu_caches */
/* Return every object in cachep's per-CPU arrays to the slabs. */
static void drain_cpu_caches(kmem_cache_t *cachep)
{
	int i;

	spin_lock(&cachep->spinlock);
	for (i = 0; i < NR_CPUS; i++) {
		cpucache_t *cc = cachep->cpudata[i];

		if (cc && cc->avail) {
			free_block(cachep, cc_entry(cc), cc->avail);
			cc->avail = 0;
		}
	}
	spin_unlock(&cachep->spinlock);
}

/* initialisation */
/* the constants and flags of initialisation */
#define BREAK_GFP_ORDER_HI      2       /* highest slab order preferred ... */
#define BREAK_GFP_ORDER_LO      1       /* ... and on machines below 32 MiB */
#define OFFSLAB_LIMIT   ((512 - sizeof(slab_t)) / sizeof(kmem_bufctl_t))

static unsigned int slab_break_gfp_order = BREAK_GFP_ORDER_LO;
static int g_cpucache_up;       /* the sizes caches exist: arrays may be made */

/* kmem_cache_init */
/*
 * Make cache_cache usable.  Called once, after mem_init, before any cache
 * is created.
 */
void kmem_cache_init(void)
{
	size_t left_over;

	list_add(&cache_cache.next, &cache_chain);
	kmem_cache_estimate(0, cache_cache.objsize, BYTES_PER_WORD, 0, &left_over,
			    &cache_cache.num);
	BUG_ON(!cache_cache.num);
	cache_cache.colour = left_over / cache_cache.colour_off + 1;
	cache_cache.slab_size = ALIGN(sizeof(slab_t) + cache_cache.num *
				      sizeof(kmem_bufctl_t), BYTES_PER_WORD);
}

/* kmem_cache_sizes_init */
#define SIZES_NAME_LEN  32      /* what "size-%lu(DMA)" could need; the names fit CACHE_NAMELEN */

/*
 * Create the sizes caches, then every cache's per-CPU arrays.  Called once,
 * after kmem_cache_init.  It is a checked runtime error if one cannot be made.
 */
void kmem_cache_sizes_init(void)
{
	cache_sizes_t *sizes;
	char name[SIZES_NAME_LEN];
	kmem_cache_t *cachep;

	if (totalram_pages > (32UL << 20) >> PAGE_SHIFT)
		slab_break_gfp_order = BREAK_GFP_ORDER_HI;
	for (sizes = cache_sizes; sizes->cs_size; sizes++) {
		/* create the normal and the DMA cache of one size */
		snprintf(name, sizeof(name), "size-%lu", (unsigned long)sizes->cs_size);
		sizes->cs_cachep = kmem_cache_create(name, sizes->cs_size, 0,
						     SLAB_HWCACHE_ALIGN, NULL, NULL);
		snprintf(name, sizeof(name), "size-%lu(DMA)", (unsigned long)sizes->cs_size);
		sizes->cs_dmacachep = kmem_cache_create(name, sizes->cs_size, 0,
				SLAB_CACHE_DMA | SLAB_HWCACHE_ALIGN, NULL, NULL);
		BUG_ON(!sizes->cs_cachep || !sizes->cs_dmacachep);
	}
	g_cpucache_up = 1;
	list_for_each_entry(cachep, &cache_chain, next)
		enable_cpucache(cachep);
}

/* kmem_cache_create */
/*
 * A new cache of objects of size bytes, or NULL if there is no memory for
 * its descriptor.  => may allocate pages; cache_chain_lock not held.  It is
 * a checked runtime error to pass a bad argument or a name in use.
 */
kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
				unsigned long flags,
				void (*ctor)(void *, kmem_cache_t *, unsigned long),
				void (*dtor)(void *, kmem_cache_t *, unsigned long))
{
	kmem_cache_t *cachep;
	size_t align, left_over;

	/* check the arguments of kmem_cache_create */
	if (!name || strnlen(name, CACHE_NAMELEN) >= CACHE_NAMELEN ||
	    size < BYTES_PER_WORD || size > MAX_OBJ_SIZE || offset > size ||
	    (dtor && !ctor) || (flags & ~CREATE_MASK)) {
		printk(KERN_EMERG "kmem_cache_create: bad arguments: name %s size %lu "
		       "offset %lu flags %#lx ctor %p dtor %p\n", name ? name : "(null)",
		       (unsigned long)size, (unsigned long)offset, flags, ctor, dtor);
		BUG();
	}
	/* adjust the debugging flags to what the cache allows */
	if ((flags & SLAB_POISON) && ctor)
		flags &= ~SLAB_POISON;
	if (flags & SLAB_RED_ZONE)
		flags &= ~SLAB_HWCACHE_ALIGN;
	if (!ctor)
		flags &= ~SLAB_DEBUG_INITIAL;
	/* take a zeroed descriptor from cache_cache, or return NULL */
	cachep = kmem_cache_alloc(&cache_cache, SLAB_KERNEL);
	if (!cachep)
		return NULL;
	memset(cachep, 0, sizeof(*cachep));
	/* lay out the slabs: object size, descriptor, order and colours */
	/* round size up and choose the object alignment align */
	size = ALIGN(size, BYTES_PER_WORD);
	if (flags & SLAB_RED_ZONE)
		size += 2 * BYTES_PER_WORD;
	align = BYTES_PER_WORD;
	if (flags & SLAB_HWCACHE_ALIGN) {
		align = L1_CACHE_BYTES;
		while (size <= align / 2)
			align /= 2;
		size = ALIGN(size, align);
	}

	/* decide whether the slab descriptor lives off the slab */
	if (size > OFF_SLAB_LIMIT)
		flags |= CFLGS_OFF_SLAB;

	/* choose the slab order and the number of objects per slab */
	for (cachep->gfporder = 0; ; cachep->gfporder++) {
		kmem_cache_estimate(cachep->gfporder, size, align, flags, &left_over,
				    &cachep->num);
		if (cachep->gfporder >= MAX_GFP_ORDER)
			break;
		if (!cachep->num)
			continue;
		/* if an off-slab descriptor would outgrow OFFSLAB_LIMIT, step back an order and stop */
		if ((flags & CFLGS_OFF_SLAB) && cachep->num > OFFSLAB_LIMIT) {
			cachep->gfporder--;
			kmem_cache_estimate(cachep->gfporder, size, align, flags,
					    &left_over, &cachep->num);
			break;
		}
		if (cachep->gfporder >= slab_break_gfp_order ||
		    left_over * 8 <= (PAGE_SIZE << cachep->gfporder))
			break;
	}
	BUG_ON(!cachep->num);

	/* compute the colours from the leftover bytes */
	cachep->colour_off = offset ? ALIGN(offset, align) : align;
	cachep->colour = left_over / cachep->colour_off + 1;
	cachep->colour_next = 0;
	/* fill in the rest of the cache descriptor */
	cachep->flags = flags;
	cachep->objsize = size;
	cachep->slab_size = ALIGN(sizeof(slab_t) + cachep->num * sizeof(kmem_bufctl_t),
				  align);
	if (flags & CFLGS_OFF_SLAB)
		cachep->slabp_cache = kmem_find_general_cachep(cachep->slab_size, 0);
	if (flags & SLAB_CACHE_DMA)
		cachep->gfpflags |= GFP_DMA;

	/* initialise the lock and the three empty slab lists of cachep */
	spin_lock_init(&cachep->spinlock);
	INIT_LIST_HEAD(&cachep->slabs_full);
	INIT_LIST_HEAD(&cachep->slabs_partial);
	INIT_LIST_HEAD(&cachep->slabs_free);
	cachep->ctor = ctor;
	cachep->dtor = dtor;
	memcpy(cachep->name, name, strlen(name) + 1);     /* checked: it fits */
	/* put the cache on the chain, refusing a duplicate name */
	spin_lock(&cache_chain_lock);
	if (find_cache_by_name(name)) {
		spin_unlock(&cache_chain_lock);
		kmem_cache_free(&cache_cache, cachep);
		printk(KERN_EMERG "kmem_cache_create: duplicate cache %s\n", name);
		BUG();
	}
	list_add_tail(&cachep->next, &cache_chain);
	spin_unlock(&cache_chain_lock);
	if (g_cpucache_up)
		enable_cpucache(cachep);
	return cachep;
}

/* shrinking caches */
/* destroying a slab */
/* Destroy a slab that has no object in use.  => cachep->spinlock not held. */
static void kmem_slab_destroy(kmem_cache_t *cachep, slab_t *slabp)
{
	unsigned int i;

	for (i = 0; i < cachep->num; i++) {
		void *objp = (char *)slabp->s_mem + cachep->objsize * i;

		/* check a free object's red zones and poison */
		if (cachep->flags & SLAB_RED_ZONE)
			check_red_zones(cachep, objp, RED_INACTIVE, "slab destroyed");
		if (cachep->flags & SLAB_POISON)
			check_poison_obj(cachep, objp);
		if (cachep->dtor)
			cachep->dtor(obj_user(cachep, objp), cachep, 0);
	}
	kmem_freepages(cachep, (char *)slabp->s_mem - slabp->colouroff);
	if (OFF_SLAB(cachep))
		kmem_cache_free(cachep->slabp_cache, slabp);
}

/* destroying free slabs of a locked cache */
/* Destroy up to max free slabs of cachep.  => cachep->spinlock held. */
static unsigned int __kmem_cache_shrink_locked(kmem_cache_t *cachep, unsigned int max)
{
	unsigned int ret = 0;

	while (!cachep->growing && ret < max && !list_empty(&cachep->slabs_free)) {
		slab_t *slabp = list_entry(cachep->slabs_free.prev, slab_t, list);

		list_del(&slabp->list);
		spin_unlock(&cachep->spinlock);
		kmem_slab_destroy(cachep, slabp);
		ret++;
		spin_lock(&cachep->spinlock);
	}
	return ret;
}

/* kmem_cache_shrink */
/*
 * Give all free slabs of cachep back; returns the number of pages freed.
 * => cachep->spinlock not held.  Takes time proportional to the free slabs
 * and the objects in the arrays.  It is a checked runtime error to pass NULL.
 */
int kmem_cache_shrink(kmem_cache_t *cachep)
{
	unsigned int slabs;

	BUG_ON(!cachep);
	drain_cpu_caches(cachep);
	spin_lock(&cachep->spinlock);
	slabs = __kmem_cache_shrink_locked(cachep, ~0U);
	spin_unlock(&cachep->spinlock);
	return slabs << cachep->gfporder;
}

/* shrinking a cache to see whether it is empty */
/* Drain and shrink cachep; true if any slab is still in use. */
static bool __kmem_cache_shrink(kmem_cache_t *cachep)
{
	bool busy;

	drain_cpu_caches(cachep);
	spin_lock(&cachep->spinlock);
	__kmem_cache_shrink_locked(cachep, ~0U);
	busy = !list_empty(&cachep->slabs_full) || !list_empty(&cachep->slabs_partial);
	spin_unlock(&cachep->spinlock);
	return busy;
}

/* reaping */
/* the reaper's clock hand */
#define REAP_SCANLEN    10      /* caches examined per call */
#define REAP_PERFECT    10      /* pages that end the search at once */

static kmem_cache_t *clock_searchp = &cache_cache;

/* The cache after cachep on the chain, wrapping around. */
static kmem_cache_t *next_cache(kmem_cache_t *cachep)
{
	struct list_head *n = cachep->next.next;

	if (n == &cache_chain)
		n = n->next;
	return list_entry(n, kmem_cache_t, next);
}

/* scoring a cache for the reaper */
/* Pages that reaping cachep would free, weighed; 0 if it must be skipped. */
static unsigned int reap_score(kmem_cache_t *cachep)
{
	unsigned int pages = 0;
	slab_t *slabp;

	/* return 0 for a cache that must not be reaped, or that has just grown */
	if ((cachep->flags & SLAB_NO_REAP) || cachep->growing)
		return 0;
	if (cachep->dflags & DFLGS_GROWN) {
		cachep->dflags &= ~DFLGS_GROWN;
		return 0;
	}
	spin_unlock(&cachep->spinlock);
	drain_cpu_caches(cachep);
	spin_lock(&cachep->spinlock);
	list_for_each_entry(slabp, &cachep->slabs_free, list)
		pages += 1U << cachep->gfporder;
	/* weigh the pages of a constructed or multi-page cache down */
	if (cachep->ctor)
		pages = (pages * 4 + 1) / 5;
	if (cachep->gfporder)
		pages = (pages * 4 + 1) / 5;
	return pages;
}

/* kmem_cache_reap */
/*
 * Free half the free slabs of one cache; returns the pages freed.  => no
 * slab lock held.  Takes time proportional to REAP_SCANLEN caches and their
 * free slabs.
 */
int kmem_cache_reap(unsigned int gfp_mask)
{
	kmem_cache_t *searchp, *best = NULL;
	unsigned int best_pages = 0, pages, scan = REAP_SCANLEN, nr_free = 0;
	slab_t *slabp;

	(void)gfp_mask;
	/* score up to REAP_SCANLEN caches from clock_searchp and keep the best */
	searchp = clock_searchp;
	do {
		spin_lock(&searchp->spinlock);
		pages = reap_score(searchp);
		spin_unlock(&searchp->spinlock);
		if (pages > best_pages) {
			best = searchp;
			best_pages = pages;
		}
		searchp = next_cache(searchp);
	} while (best_pages < REAP_PERFECT && --scan && searchp != clock_searchp);
	clock_searchp = searchp;
	if (!best)
		return 0;
	/* destroy half the free slabs of best, rounded up */
	spin_lock(&best->spinlock);
	list_for_each_entry(slabp, &best->slabs_free, list)
		nr_free++;
	pages = __kmem_cache_shrink_locked(best, (nr_free + 1) / 2);
	best->reaped++;
	spin_unlock(&best->spinlock);
	return pages << best->gfporder;
}

/* kmem_cache_destroy */
/*
 * Destroy cachep, which must have no object allocated; returns 0.  It is a
 * checked runtime error to destroy cache_cache or a cache in use, and an
 * unchecked runtime error to use cachep afterwards.
 */
int kmem_cache_destroy(kmem_cache_t *cachep)
{
	int i;

	BUG_ON(!cachep || cachep == &cache_cache);
	if (__kmem_cache_shrink(cachep))
		slab_bug(cachep, first_allocated_object(cachep),
			 "destroying a cache whose objects are still allocated");
	/* take cachep off the chain and away from the reaper's cursor */
	spin_lock(&cache_chain_lock);
	if (clock_searchp == cachep)
		clock_searchp = next_cache(cachep);
	list_del(&cachep->next);
	spin_unlock(&cache_chain_lock);
	for (i = 0; i < NR_CPUS; i++)
		kfree(cachep->cpudata[i]);
	kmem_cache_free(&cache_cache, cachep);
	return 0;
}

/* shrinkers */
/* the shrinker list */
struct shrinker {
	shrinker_t shrinker;            /* the cache's callback */
	int seeks;                      /* cost to recreate an object */
	long nr;                        /* objects to scan, carried over */
	struct list_head list;          /* on shrinker_list */
};

#define SHRINK_BATCH    128     /* objects per call of a callback */

static LIST_HEAD(shrinker_list);

/* set_shrinker */
/*
 * Register theshrinker with cost seeks; NULL if there is no memory.  It is
 * a checked runtime error to pass seeks <= 0 or no callback.
 */
struct shrinker *set_shrinker(int seeks, shrinker_t theshrinker)
{
	struct shrinker *shrinker = kmalloc(sizeof(*shrinker), GFP_KERNEL);

	BUG_ON(seeks <= 0 || !theshrinker);
	if (shrinker) {
		shrinker->shrinker = theshrinker;
		shrinker->seeks = seeks;
		shrinker->nr = 0;
		list_add_tail(&shrinker->list, &shrinker_list);
	}
	return shrinker;
}

/* remove_shrinker */
/*
 * Unregister a shrinker from set_shrinker.  It is an unchecked runtime error
 * to remove one twice.
 */
void remove_shrinker(struct shrinker *shrinker)
{
	list_del(&shrinker->list);
	kfree(shrinker);
}

/* shrink_slab */
/*
 * Call every shrinker in proportion to scanned/lru_pages; returns the objects
 * they were asked to scan.  Takes time proportional to the shrinkers and the
 * batches asked of them.
 */
int shrink_slab(unsigned long scanned, unsigned int gfp_mask, unsigned long lru_pages)
{
	struct shrinker *shrinker;
	int total = 0;

	list_for_each_entry(shrinker, &shrinker_list, list) {
		unsigned long max_pass = shrinker->shrinker(0, gfp_mask);
		u64 delta = (u64)(4 * scanned / shrinker->seeks) * max_pass;

		/* add delta to the debt of shrinker, capped at twice its objects */
		do_div(delta, lru_pages + 1);
		shrinker->nr += (long)delta;
		if (shrinker->nr < 0 || (unsigned long)shrinker->nr > 2 * max_pass)
			shrinker->nr = 2 * max_pass;
		/* pay the debt of shrinker in batches of SHRINK_BATCH */
		while (shrinker->nr >= SHRINK_BATCH) {
			if (shrinker->shrinker(SHRINK_BATCH, gfp_mask) == -1)
				break;
			shrinker->nr -= SHRINK_BATCH;
			total += SHRINK_BATCH;
		}
	}
	return total;
}

/* the slabinfo view */
/* one cache's line of the slabinfo view */
/* Print one cache's slabinfo line.  => cache_chain_lock held. */
static void slabinfo_line(kmem_cache_t *cachep)
{
	unsigned long active_objs = 0, num_slabs = 0, active_slabs = 0;
	cpucache_t *cc = cc_data(cachep);
	slab_t *slabp;

	/* count the objects and slabs of cachep under its lock */
	spin_lock(&cachep->spinlock);
	list_for_each_entry(slabp, &cachep->slabs_full, list)
		active_objs += slabp->inuse, active_slabs++;
	list_for_each_entry(slabp, &cachep->slabs_partial, list)
		active_objs += slabp->inuse, active_slabs++;
	num_slabs = active_slabs;
	list_for_each_entry(slabp, &cachep->slabs_free, list)
		num_slabs++;
	spin_unlock(&cachep->spinlock);
	printk(KERN_ALERT "%-17s %6lu %6lu %6u %4lu %4lu %4u : %4u %4u\n",
	       cachep->name, active_objs, num_slabs * cachep->num, cachep->objsize,
	       active_slabs, num_slabs, 1U << cachep->gfporder,
	       cc ? cc->limit : 0, cachep->batchcount);
}

/* slabinfo_show */
/*
 * Print every cache, as /proc/slabinfo version 1.1.  => cache_chain_lock not
 * held.  Takes time proportional to the slabs of all caches.
 */
void slabinfo_show(void)
{
	kmem_cache_t *cachep;

	printk(KERN_ALERT "slabinfo - version: 1.1 (SMP)\n");
	spin_lock(&cache_chain_lock);
	list_for_each_entry(cachep, &cache_chain, next)
		slabinfo_line(cachep);
	spin_unlock(&cache_chain_lock);
}

/* the slabinfo monitor command */
static void cmd_slabinfo(int argc, char **argv)
{
	(void)argc, (void)argv;
	slabinfo_show();
}
MONITOR_CMD("slabinfo", "the slab caches (/proc/slabinfo 1.1)", cmd_slabinfo);

/* kmem_cache_tune, for the tests */
/*
 * Change the per-CPU arrays of cachep (a limit of 0 turns them off); for
 * tests.  Returns 0, or -1 for bad arguments or no memory.
 */
int kmem_cache_tune(kmem_cache_t *cachep, int limit, int batchcount)
{
	return kmem_tune_cpucache(cachep, limit, batchcount);
}
