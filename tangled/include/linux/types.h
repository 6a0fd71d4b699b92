/* Generated from src.nw/00-intro.nw, "Introduction"; edit that file, not this one. */
/* Fixed-width types used throughout the kernel. */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* fixed-width integer types */
typedef unsigned char           u8;
typedef unsigned short          u16;
typedef unsigned int            u32;
typedef unsigned long long      u64;
typedef signed char             s8;
typedef short                   s16;
typedef int                     s32;
typedef long long               s64;

/* the physical address type phys_addr_t */
typedef u64 phys_addr_t;        /* up to 36 bits used with PAE */

#endif /* _LINUX_TYPES_H */
