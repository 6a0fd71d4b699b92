/* Generated from src.nw/16-mempool.nw, "Memory pools"; edit that file, not this one. */
/* Memory pools: a private reserve of elements for allocation failures. */
#include <linux/kernel.h>
#include <linux/gfp.h>
#include <linux/mempool.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

/* pushing and popping the reserve */
/* Push element onto the reserve.  => pool->lock held. */
static void add_element(mempool_t *pool, void *element)
{
	BUG_ON(pool->curr_nr >= pool->min_nr);
	pool->elements[pool->curr_nr++] = element;
}

/* Pop the most recently pushed element.  => pool->lock held. */
static void *remove_element(mempool_t *pool)
{
	BUG_ON(pool->curr_nr <= 0);
	return pool->elements[--pool->curr_nr];
}

/* freeing a pool and its reserve */
/* Give every reserved element back, then free the pool itself. */
static void free_pool(mempool_t *pool)
{
	while (pool->curr_nr) {
		void *element = remove_element(pool);

		pool->free(element, pool->pool_data);
	}
	kfree(pool->elements);
	kfree(pool);
}

/* creating a pool: mempool_create */
/*
 * Create a pool whose reserve holds min_nr elements from alloc_fn.
 * Returns NULL, having freed everything, if memory runs out.  It is a
 * checked runtime error for min_nr to be below 1 or a callback NULL.
 * => may sleep.  Takes time proportional to min_nr calls of alloc_fn.
 */
mempool_t *mempool_create(int min_nr, mempool_alloc_t *alloc_fn,
			  mempool_free_t *free_fn, void *pool_data)
{
	mempool_t *pool;

	/* refuse a pool of no elements or without callbacks */
	if (min_nr <= 0 || !alloc_fn || !free_fn) {
		printk(KERN_EMERG "mempool_create: min_nr %d must be positive and "
		       "both callbacks given\n", min_nr);
		BUG();
	}
	/* allocate pool and its stack of min_nr pointers, or return NULL */
	pool = kmalloc(sizeof(*pool), GFP_KERNEL);
	if (!pool)
		return NULL;
	memset(pool, 0, sizeof(*pool));
	pool->elements = kmalloc(min_nr * sizeof(void *), GFP_KERNEL);
	if (!pool->elements) {
		kfree(pool);
		return NULL;
	}
	/* record the lock, the size and the callbacks in pool */
	spin_lock_init(&pool->lock);
	pool->min_nr = min_nr;
	pool->pool_data = pool_data;
	pool->alloc = alloc_fn;
	pool->free = free_fn;
	/* fill the reserve, or free the pool and return NULL */
	while (pool->curr_nr < pool->min_nr) {
		void *element = pool->alloc(GFP_KERNEL, pool->pool_data);

		if (!element) {
			free_pool(pool);
			return NULL;
		}
		add_element(pool, element);
	}
	return pool;
}

/* destroying a pool: mempool_destroy */
/*
 * Free pool and its reserve.  It is a checked runtime error for any
 * element of pool to be in use.  => may sleep if free_fn does.
 * Takes time proportional to min_nr calls of free_fn.
 */
void mempool_destroy(mempool_t *pool)
{
	if (pool->nr_out != 0 || pool->curr_nr != pool->min_nr) {
		printk(KERN_EMERG "mempool_destroy: %d elements still out "
		       "(reserve %d of %d)\n", pool->nr_out, pool->curr_nr,
		       pool->min_nr);
		BUG();
	}
	free_pool(pool);
}

/* allocating from a pool: mempool_alloc */
/*
 * Allocate an element: from the backing allocator while it can, then
 * from the reserve.  With __GFP_WAIT, never returns NULL: it is a
 * checked runtime error for both to be dry then (a panic).
 * => pool->lock not held; may sleep if gfp_mask has __GFP_WAIT.
 * Takes constant time plus at most three calls of pool->alloc.
 */
void *mempool_alloc(mempool_t *pool, unsigned int gfp_mask)
{
	unsigned int gfp_nowait = gfp_mask & ~(__GFP_WAIT | __GFP_IO);
	unsigned long flags;
	void *element;

	/* try the backing allocator without waiting or starting I/O */
	element = pool->alloc(gfp_nowait | __GFP_NOWARN, pool->pool_data);
	if (likely(element != NULL))
		goto got_it;
	/* if the reserve is half empty and reclaim can work, try harder */
	if ((gfp_mask & __GFP_FS) && gfp_mask != gfp_nowait &&
	    pool->curr_nr <= pool->min_nr / 2) {
		element = pool->alloc(gfp_mask, pool->pool_data);
		if (likely(element != NULL))
			goto got_it;
	}
	/* take an element from the reserve if it has one */
	spin_lock_irqsave(&pool->lock, flags);
	if (likely(pool->curr_nr)) {
		element = remove_element(pool);
		spin_unlock_irqrestore(&pool->lock, flags);
		goto got_it;
	}
	spin_unlock_irqrestore(&pool->lock, flags);
	if (!(gfp_mask & __GFP_WAIT))
		return NULL;
	/* instead of sleeping, try the backing allocator with gfp_mask */
	element = pool->alloc(gfp_mask, pool->pool_data);
	if (!element)
		panic("mempool_alloc: pool %p is empty (%d of %d out) and its "
		      "allocator failed with mode %#x; with no other thread to "
		      "free an element, waiting would never end", (void *)pool,
		      pool->nr_out, pool->min_nr, gfp_mask);
got_it:
	pool->nr_out++;
	return element;
}

/* freeing into a pool: mempool_free */
/*
 * Return element: to the reserve if it is short, else to its allocator.
 * It is a checked runtime error to free NULL or more elements than were
 * allocated; an unchecked one to free an element twice while others
 * are out.  => pool->lock not held; does not sleep.
 * Takes constant time plus at most one call of pool->free.
 */
void mempool_free(void *element, mempool_t *pool)
{
	unsigned long flags;

	/* refuse to free NULL, or more elements than were allocated */
	if (unlikely(element == NULL))
		panic("mempool_free: NULL element for pool %p", (void *)pool);
	if (unlikely(pool->nr_out <= 0))
		panic("mempool_free: pool %p has no elements out; a double free?",
		      (void *)pool);
	pool->nr_out--;
	/* push element onto a short reserve and return */
	if (pool->curr_nr < pool->min_nr) {
		spin_lock_irqsave(&pool->lock, flags);
		if (pool->curr_nr < pool->min_nr) {
			add_element(pool, element);
			spin_unlock_irqrestore(&pool->lock, flags);
			return;
		}
		spin_unlock_irqrestore(&pool->lock, flags);
	}
	pool->free(element, pool->pool_data);
}

/* the slab back end */
/* An object of the cache pool_data.  => may sleep if gfp_mask allows. */
void *mempool_alloc_slab(unsigned int gfp_mask, void *pool_data)
{
	return kmem_cache_alloc(pool_data, gfp_mask);
}

/* Give element back to the cache pool_data.  => does not sleep. */
void mempool_free_slab(void *element, void *pool_data)
{
	kmem_cache_free(pool_data, element);
}

/* the page back end */
/* 2^order pages, the order in pool_data.  => may sleep if gfp_mask allows. */
void *mempool_alloc_pages(unsigned int gfp_mask, void *pool_data)
{
	return alloc_pages(gfp_mask, (unsigned int)(unsigned long)pool_data);
}

/* Give the block element back to the buddy allocator.  => does not sleep. */
void mempool_free_pages(void *element, void *pool_data)
{
	__free_pages(element, (unsigned int)(unsigned long)pool_data);
}
