/* Generated from src.nw/14-slab.nw, "The slab allocator"; edit that file, not this one. */
/* The slab allocator's structures: for mm/slab.c and its tests only. */
#ifndef _LINUX_SLAB_DEF_H
#define _LINUX_SLAB_DEF_H

#include <linux/slab.h>
#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/mm.h>

/* size limits and internal flags */
#define CACHE_NAMELEN   20                      /* name bytes, NUL included */
#define BYTES_PER_WORD  sizeof(void *)          /* the minimum alignment */
#define MAX_OBJ_ORDER   5                       /* objects up to 32 pages */
#define MAX_OBJ_SIZE    (PAGE_SIZE << MAX_OBJ_ORDER)
#define MAX_GFP_ORDER   5                       /* slabs up to 32 pages */
#define CFLGS_OFF_SLAB  0x00010000UL            /* slab_t lives off the slab */
#define DFLGS_GROWN     0x00000001UL            /* grown since the last reap */
#define CREATE_MASK     (SLAB_DEBUG_FREE | SLAB_DEBUG_INITIAL | SLAB_RED_ZONE | \
			 SLAB_POISON | SLAB_NO_REAP | SLAB_HWCACHE_ALIGN | \
			 SLAB_CACHE_DMA)
#define OFF_SLAB(x)     ((x)->flags & CFLGS_OFF_SLAB)

/* the slab descriptor and its bufctl array */
typedef unsigned int kmem_bufctl_t;
#define BUFCTL_END      0xffffffffU     /* ends a slab's free list */
#define SLAB_LIMIT      0xfffffffeU     /* most objects a slab may hold */

typedef struct slab_s {
	struct list_head list;          /* on slabs_full, _partial or _free */
	unsigned long colouroff;        /* from the pages' start to s_mem */
	void *s_mem;                    /* the first object */
	unsigned int inuse;             /* objects allocated */
	kmem_bufctl_t free;             /* first free object, or BUFCTL_END */
} slab_t;

#define slab_bufctl(slabp)      ((kmem_bufctl_t *)(((slab_t *)(slabp)) + 1))

/* the per-CPU object array */
typedef struct cpucache_s {
	unsigned int avail;             /* object pointers in the array */
	unsigned int limit;             /* room for this many */
} cpucache_t;

#define cc_entry(cpucache)      ((void **)(((cpucache_t *)(cpucache)) + 1))
#define cc_data(cachep)         ((cachep)->cpudata[smp_processor_id()])
#ifndef smp_processor_id
#define smp_processor_id()      0       /* one processor */
#endif

/* the cache descriptor */
struct kmem_cache_s {
	/* each allocation and free that reaches the slabs; under spinlock */
	struct list_head slabs_full;    /* every object in use */
	struct list_head slabs_partial; /* some objects in use */
	struct list_head slabs_free;    /* no object in use */
	unsigned int objsize;           /* bytes per object, red zones included */
	unsigned int flags;             /* SLAB_* and CFLGS_* */
	unsigned int num;               /* objects per slab */
	spinlock_t spinlock;
	unsigned int batchcount;        /* objects moved per array refill/flush */
	/* fields for growing and shrinking */
	/* making and destroying slabs */
	unsigned int gfporder;          /* a slab is 2^gfporder pages */
	unsigned int gfpflags;          /* added to every page allocation */
	size_t colour;                  /* number of colour offsets */
	unsigned int colour_off;        /* bytes per colour step */
	unsigned int colour_next;       /* colour of the next slab */
	unsigned int slab_size;         /* on-slab slab_t + bufctl, aligned */
	kmem_cache_t *slabp_cache;      /* where off-slab descriptors come from */
	unsigned int growing;           /* slabs being made now */
	unsigned int dflags;            /* DFLGS_GROWN */
	void (*ctor)(void *, kmem_cache_t *, unsigned long);
	void (*dtor)(void *, kmem_cache_t *, unsigned long);
	unsigned long failures;         /* unused, as in Linux */
	/* fields for the chain and the processors */
	/* creation and the chain */
	char name[CACHE_NAMELEN];
	struct list_head next;          /* on cache_chain */
	cpucache_t *cpudata[NR_CPUS];   /* each processor's object array */
	/* statistics */
	/* statistics */
	unsigned long num_active;       /* objects out of the slabs */
	unsigned long num_allocations;  /* objects ever taken from slabs */
	unsigned long high_mark;        /* most num_active has been */
	unsigned long grown;            /* slabs made */
	unsigned long reaped;           /* times chosen by the reaper */
	unsigned long errors;           /* unused, as in Linux */
	unsigned long allochit;         /* allocations served by the array */
	unsigned long allocmiss;        /* allocations that refilled it */
	unsigned long freehit;          /* frees that went to the array */
	unsigned long freemiss;         /* frees that flushed it */
};

/* the sizes caches */
typedef struct cache_sizes {
	size_t cs_size;                 /* bytes per object */
	kmem_cache_t *cs_cachep;        /* normal memory */
	kmem_cache_t *cs_dmacachep;     /* ZONE_DMA */
} cache_sizes_t;
extern cache_sizes_t cache_sizes[];
extern struct list_head cache_chain;

/* finding the cache and slab of a page */
#define SET_PAGE_CACHE(pg, x)   ((pg)->list.next = (struct list_head *)(x))
#define GET_PAGE_CACHE(pg)      ((kmem_cache_t *)(pg)->list.next)
#define SET_PAGE_SLAB(pg, x)    ((pg)->list.prev = (struct list_head *)(x))
#define GET_PAGE_SLAB(pg)       ((slab_t *)(pg)->list.prev)

/* what the tests may call besides the interface */
void __kmem_cache_estimate(unsigned long slab_bytes, size_t size, size_t align,
			   size_t base, size_t extra, size_t *left_over,
			   unsigned int *num);
int kmem_cache_tune(kmem_cache_t *cachep, int limit, int batchcount);
kmem_cache_t *kmem_find_general_cachep(size_t size, unsigned int gfpflags);

#endif /* _LINUX_SLAB_DEF_H */
