/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* What mm/mm_init.c shares with its self-test, and with nothing else. */
#ifndef _MM_MM_INIT_H
#define _MM_MM_INIT_H

#include <linux/types.h>

/* the watermark ratio and its bounds */
#define ZONE_BALANCE_RATIO      128     /* pages_min = size / 128 ... */
#define ZONE_BALANCE_MIN        20      /* ... but at least 20 */
#define ZONE_BALANCE_MAX        255     /* ... and at most 255 */

unsigned long clamp_watermark(unsigned long mask);
unsigned long e820_ram_pages(unsigned long lo, unsigned long hi);
bool e820_page_is_ram(unsigned long pfn);

#endif /* _MM_MM_INIT_H */
