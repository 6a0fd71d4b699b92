/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* GDT layout and segment selectors (Linux 2.4's numbering). */
#ifndef _ASM_SEGMENT_H
#define _ASM_SEGMENT_H

#include <linux/const.h>

#define __KERNEL_CS     0x10    /* entry 2, ring 0 */
#define __KERNEL_DS     0x18    /* entry 3, ring 0 */
#define __USER_CS       0x23    /* entry 4, ring 3 */
#define __USER_DS       0x2B    /* entry 5, ring 3 */

#define GDT_ENTRIES     16      /* room for the TSS and later additions */

/* flat segment descriptors */
/*
 *  63    56 55  52 51  48 47      40 39                16 15         0
 * +--------+------+------+----------+--------------------+-----------+
 * |base hi | G D  |lim hi|  access  |   base 23..0       | limit lo  |
 * +--------+------+------+----------+--------------------+-----------+
 * access: P DPL(2) S type(4); flags: G=4 KiB units, D=32-bit.
 */
#define GDT_FLAT(access)  ((_AC(0xC, ULL) << 52) | (_AC(0xF, ULL) << 48) | \
			   (_AC(access, ULL) << 40) | _AC(0xFFFF, ULL))
#define GDT_ACCESS_KERNEL_CODE  0x9A    /* present, ring 0, code, readable */
#define GDT_ACCESS_KERNEL_DATA  0x92    /* present, ring 0, data, writable */
#define GDT_ACCESS_USER_CODE    0xFA    /* present, ring 3, code, readable */
#define GDT_ACCESS_USER_DATA    0xF2    /* present, ring 3, data, writable */

#endif /* _ASM_SEGMENT_H */
