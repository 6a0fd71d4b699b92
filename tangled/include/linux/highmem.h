/* Generated from src.nw/13-highmem.nw, "High memory"; edit that file, not this one. */
/* Mapping high-memory pages into the kernel: kmap and kmap_atomic. */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <linux/string.h>
#include <asm/highmem.h>
#include <asm/kmap_types.h>

/* the persistent mappings */
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);

/* the atomic mappings */
void *kmap_atomic(struct page *page, enum km_type type);
void kunmap_atomic(void *kvaddr, enum km_type type);

/* the pool, for views and tests */
extern int pkmap_count[LAST_PKMAP];
extern unsigned int last_pkmap_nr;
extern spinlock_t kmap_lock;
extern unsigned long pkmap_flushes;

/* clear_highpage */
/*
 * Fill page with zeroes.  It is a checked runtime error to call it on a
 * high page while this processor's KM_USER0 slot is in use.
 */
static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_atomic(page, KM_USER0);

	memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr, KM_USER0);
}

/* copy_highpage */
/*
 * Copy page from to page to.  It is a checked runtime error to call it
 * on high pages while KM_USER0 or KM_USER1 is in use.
 */
static inline void copy_highpage(struct page *to, struct page *from)
{
	char *vfrom = kmap_atomic(from, KM_USER0);
	char *vto = kmap_atomic(to, KM_USER1);

	memcpy(vto, vfrom, PAGE_SIZE);
	kunmap_atomic(vfrom, KM_USER0);
	kunmap_atomic(vto, KM_USER1);
}

#endif /* _LINUX_HIGHMEM_H */
