/* Generated from src.nw/11-bootmem.nw, "The boot memory allocator"; edit that file, not this one. */
/* What setup_memory.c shares with its self-test. */
#ifndef _I386_SETUP_MEMORY_H
#define _I386_SETUP_MEMORY_H

/* the ranges of boot data to keep */
#define MAX_BOOT_RANGES 64      /* page 0, kernel, 4 loader tables, 29 modules */

struct boot_range {
	unsigned long start, end;       /* page frames [start, end) */
};

extern struct boot_range boot_ranges[MAX_BOOT_RANGES];
extern int nr_boot_ranges;

/* the bitmap's place */
extern unsigned long bootmap_pfn, bootmap_bytes;

/* walking the runs of RAM */
unsigned long next_ram_run(unsigned long pfn, unsigned long *end);

/* walk the runs of RAM in a range of frames */
#define for_each_ram_run(s, e, lo, hi)                                  \
	for ((s) = next_ram_run((lo), &(e)); (s) < (hi);                \
	     (s) = next_ram_run((e), &(e)))

#endif /* _I386_SETUP_MEMORY_H */
