/* Generated from src.nw/00-intro.nw, "Introduction"; edit that file, not this one. */
/* Short names for the GCC attributes the kernel uses. */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#define __noreturn      __attribute__((noreturn))
#define __printf(a, b)  __attribute__((format(printf, a, b)))
#define __used          __attribute__((used))
#define __section(s)    __attribute__((section(s)))
#define __aligned(n)    __attribute__((aligned(n)))
#define __packed        __attribute__((packed))
#define __noinline      __attribute__((noinline))

#define likely(x)       __builtin_expect(!!(x), 1)
#define unlikely(x)     __builtin_expect(!!(x), 0)

/* Stop the compiler from moving memory accesses across this point. */
#define barrier()       __asm__ __volatile__("" : : : "memory")

#endif /* _LINUX_COMPILER_H */
