/* Generated from src.nw/16-mempool.nw, "Memory pools"; edit that file, not this one. */
/* Memory pools: a private reserve of elements for when allocation fails. */
#ifndef _LINUX_MEMPOOL_H
#define _LINUX_MEMPOOL_H

#include <linux/gfp.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

/* the backing allocator's callbacks */
typedef void *(mempool_alloc_t)(unsigned int gfp_mask, void *pool_data);
typedef void (mempool_free_t)(void *element, void *pool_data);

/* the pool */
typedef struct mempool_s {
	/* set at creation, read-only afterwards */
	int min_nr;                     /* size of the reserve when full */
	void *pool_data;                /* passed to alloc and free */
	mempool_alloc_t *alloc;         /* the backing allocator */
	mempool_free_t *free;
	/* the reserve, under lock */
	spinlock_t lock;
	int curr_nr;                    /* elements in the reserve now */
	void **elements;                /* elements[0 .. curr_nr-1] */
	/* accounting (not in Linux) */
	int nr_out;                     /* handed out, not yet freed */
} mempool_t;

/* creating, using and destroying a pool */
mempool_t *mempool_create(int min_nr, mempool_alloc_t *alloc_fn,
			  mempool_free_t *free_fn, void *pool_data);
void *mempool_alloc(mempool_t *pool, unsigned int gfp_mask);
void mempool_free(void *element, mempool_t *pool);
void mempool_destroy(mempool_t *pool);

/* the slab and page back ends */
void *mempool_alloc_slab(unsigned int gfp_mask, void *pool_data);
void mempool_free_slab(void *element, void *pool_data);
void *mempool_alloc_pages(unsigned int gfp_mask, void *pool_data);
void mempool_free_pages(void *element, void *pool_data);

/* creating a pool over a slab cache or over pages */
static inline mempool_t *mempool_create_slab_pool(int min_nr, kmem_cache_t *kc)
{
	return mempool_create(min_nr, mempool_alloc_slab, mempool_free_slab, kc);
}

static inline mempool_t *mempool_create_page_pool(int min_nr, unsigned int order)
{
	return mempool_create(min_nr, mempool_alloc_pages, mempool_free_pages,
			      (void *)(unsigned long)order);
}

#endif /* _LINUX_MEMPOOL_H */
