/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* The bits of page->flags and their accessors. */
#ifndef _LINUX_PAGE_FLAGS_H
#define _LINUX_PAGE_FLAGS_H

/* the page flag bits */
#define PG_locked       0       /* I/O in progress */
#define PG_referenced   1       /* recently used */
#define PG_uptodate     2       /* contents valid */
#define PG_dirty        3       /* must be written before reuse */
#define PG_lru          4       /* on an LRU list */
#define PG_active       5       /* on the active list */
#define PG_slab         6       /* owned by the slab allocator */
#define PG_highmem      7       /* in ZONE_HIGHMEM */
#define PG_reserved     8       /* never allocated: a hole, or the kernel */
#define PG_private      9       /* page->private is in use */
#define PG_buddy        10      /* a free block's first page, in a buddy list */
#define NR_PAGEFLAGS    11

/* PAGEFLAG, which writes a flag's three accessors */
#define PAGEFLAG(name, bit)                                             \
static inline int Page##name(const struct page *page)                  \
{ return (page->flags >> (bit)) & 1; }                                  \
static inline void SetPage##name(struct page *page)                    \
{ page->flags |= 1UL << (bit); }                                        \
static inline void ClearPage##name(struct page *page)                  \
{ page->flags &= ~(1UL << (bit)); }

/* the accessors of every flag */
PAGEFLAG(Locked, PG_locked)
PAGEFLAG(Referenced, PG_referenced)
PAGEFLAG(Uptodate, PG_uptodate)
PAGEFLAG(Dirty, PG_dirty)
PAGEFLAG(LRU, PG_lru)
PAGEFLAG(Active, PG_active)
PAGEFLAG(Slab, PG_slab)
PAGEFLAG(HighMem, PG_highmem)
PAGEFLAG(Reserved, PG_reserved)
PAGEFLAG(Private, PG_private)
PAGEFLAG(Buddy, PG_buddy)

#endif /* _LINUX_PAGE_FLAGS_H */
