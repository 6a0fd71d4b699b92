/* The slab allocator: object caches, kmalloc and kfree, shrinkers. */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/types.h>
#include <linux/gfp.h>

typedef struct kmem_cache_s kmem_cache_t;

#define SLAB_NOFS       GFP_NOFS
#define SLAB_NOIO       GFP_NOIO
#define SLAB_ATOMIC     GFP_ATOMIC
#define SLAB_KERNEL     GFP_KERNEL
#define SLAB_DMA        GFP_DMA

#define SLAB_DEBUG_FREE         0x00000100UL    /* check every free thoroughly */
#define SLAB_DEBUG_INITIAL      0x00000200UL    /* ctor verifies freed objects */
#define SLAB_RED_ZONE           0x00000400UL    /* guard words around objects */
#define SLAB_POISON             0x00000800UL    /* pattern in free objects */
#define SLAB_NO_REAP            0x00001000UL    /* never reap this cache */
#define SLAB_HWCACHE_ALIGN      0x00002000UL    /* align objects to L1 lines */
#define SLAB_CACHE_DMA          0x00004000UL    /* slabs from ZONE_DMA */

#define SLAB_CTOR_CONSTRUCTOR   0x001UL         /* called to construct */
#define SLAB_CTOR_ATOMIC        0x002UL         /* must not sleep */
#define SLAB_CTOR_VERIFY        0x004UL         /* only check the object */

kmem_cache_t *kmem_cache_create(const char *name, size_t size, size_t offset,
				unsigned long flags,
				void (*ctor)(void *, kmem_cache_t *, unsigned long),
				void (*dtor)(void *, kmem_cache_t *, unsigned long));
int kmem_cache_destroy(kmem_cache_t *cachep);
int kmem_cache_shrink(kmem_cache_t *cachep);
void *kmem_cache_alloc(kmem_cache_t *cachep, unsigned int flags);
void kmem_cache_free(kmem_cache_t *cachep, void *objp);
unsigned int kmem_cache_size(kmem_cache_t *cachep);

void *kmalloc(size_t size, unsigned int flags);
void kfree(const void *objp);

int kmem_cache_reap(unsigned int gfp_mask);

typedef int (*shrinker_t)(int nr_to_scan, unsigned int gfp_mask);
#define DEFAULT_SEEKS   2       /* a typical object costs two seeks to rebuild */
struct shrinker;
struct shrinker *set_shrinker(int seeks, shrinker_t theshrinker);
void remove_shrinker(struct shrinker *shrinker);
int shrink_slab(unsigned long scanned, unsigned int gfp_mask,
		unsigned long lru_pages);

void kmem_cache_init(void);
void kmem_cache_sizes_init(void);
void slabinfo_show(void);

#endif /* _LINUX_SLAB_H */
