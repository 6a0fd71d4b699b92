/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* do_div: divide a u64 in place by a u32 and return the remainder. */
#ifndef _ASM_DIV64_H
#define _ASM_DIV64_H

#include <linux/types.h>

#ifdef __i386__

/* define do_div with two divl instructions */
#define do_div(n, base) ({                                              \
	u32 __base = (base), __upper, __low, __high, __mod;             \
	(void)(((typeof(n) *)0) == ((u64 *)0));                         \
	__low = (u32)(n);                                               \
	__high = (u32)((n) >> 32);                                      \
	__upper = __high % __base;      /* a 32-bit division: no libgcc */ \
	__high = __high / __base;                                       \
	__asm__("divl %2"                                               \
		: "=a" (__low), "=d" (__mod)                            \
		: "rm" (__base), "0" (__low), "1" (__upper));           \
	(n) = ((u64)__high << 32) | __low;                              \
	__mod;                                                          \
})
#else

/* define do_div with C's own 64-bit division */
#define do_div(n, base) ({                                              \
	u32 __base = (base), __rem;                                     \
	(void)(((typeof(n) *)0) == ((u64 *)0));                         \
	__rem = (u32)((n) % __base);                                    \
	(n) = (n) / __base;                                             \
	__rem;                                                          \
})
#endif

#endif /* _ASM_DIV64_H */
