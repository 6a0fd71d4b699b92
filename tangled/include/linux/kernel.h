/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* printk, panic, formatting, number parsing and small helpers. */
#ifndef _LINUX_KERNEL_H
#define _LINUX_KERNEL_H

#include <stdarg.h>
#include <linux/types.h>
#include <linux/compiler.h>

/* limits of the integer types */
#ifndef INT_MAX
#define INT_MAX         __INT_MAX__
#define INT_MIN         (-INT_MAX - 1)
#define UINT_MAX        (INT_MAX * 2U + 1U)
#define LONG_MAX        __LONG_MAX__
#define LONG_MIN        (-LONG_MAX - 1L)
#define ULONG_MAX       (LONG_MAX * 2UL + 1UL)
#define LLONG_MAX       __LONG_LONG_MAX__
#define LLONG_MIN       (-LLONG_MAX - 1LL)
#define ULLONG_MAX      (LLONG_MAX * 2ULL + 1ULL)
#endif

/* message levels */
#define KERN_EMERG      "<0>"   /* the system is unusable */
#define KERN_ALERT      "<1>"   /* action must be taken immediately */
#define KERN_CRIT       "<2>"   /* critical conditions */
#define KERN_ERR        "<3>"   /* error conditions */
#define KERN_WARNING    "<4>"   /* warning conditions */
#define KERN_NOTICE     "<5>"   /* normal but significant */
#define KERN_INFO       "<6>"   /* informational */
#define KERN_DEBUG      "<7>"   /* debugging messages */
#define KERN_CONT       ""      /* continues the line in progress */

/* the console threshold and printk */
#define DEFAULT_MESSAGE_LOGLEVEL 4      /* KERN_WARNING, for lines with no <N> */
#define DEFAULT_CONSOLE_LOGLEVEL 7      /* show all but KERN_DEBUG */
#define MINIMUM_CONSOLE_LOGLEVEL 1      /* KERN_EMERG always gets through */
#define MAXIMUM_CONSOLE_LOGLEVEL 8      /* every level, KERN_DEBUG too */

extern int console_loglevel;            /* print lines with level below this */
extern int default_message_loglevel;    /* level of a line with no <N> */

int printk(const char *fmt, ...) __printf(1, 2);
int vprintk(const char *fmt, va_list args) __printf(1, 0);

/* the size of the log buffer and log_buf_read */
#define LOG_BUF_SHIFT   14                      /* a 16 KiB log buffer */
#define LOG_BUF_LEN     (1U << LOG_BUF_SHIFT)

unsigned log_buf_read(char *dst, unsigned len);

/* formatting into strings */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
	__printf(3, 0);
int snprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
	__printf(3, 0);
int scnprintf(char *buf, size_t size, const char *fmt, ...) __printf(3, 4);
int sprintf(char *buf, const char *fmt, ...) __printf(2, 3);

/* parsing numbers */
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base);
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
int kstrtoull(const char *s, unsigned int base, unsigned long long *res);

#define KSTRTOX_OVERFLOW        (1U << 31)
const char *_parse_integer_fixup_radix(const char *s, unsigned int *base);
unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *res);

/* panic and BUG */
void panic(const char *fmt, ...) __noreturn __printf(1, 2);

#define BUG() do {                                                      \
	printk(KERN_EMERG "kernel BUG at %s:%d!\n", __FILE__, __LINE__);  \
	panic("BUG!");                                                  \
} while (0)

#define BUG_ON(condition) do {                                          \
	if (unlikely(condition))                                        \
		BUG();                                                  \
} while (0)

/* counting elements and rounding up */
#define ARRAY_SIZE(a)           (sizeof(a) / sizeof((a)[0]))
#define __ALIGN_MASK(x, mask)   (((x) + (mask)) & ~(mask))
#define ALIGN(x, a)             __ALIGN_MASK(x, (typeof(x))(a) - 1)

/* min and max that insist on one type */
#define min(x, y) ({ typeof(x) _min1 = (x); typeof(y) _min2 = (y); \
	(void)(&_min1 == &_min2); _min1 < _min2 ? _min1 : _min2; })
#define max(x, y) ({ typeof(x) _max1 = (x); typeof(y) _max2 = (y); \
	(void)(&_max1 == &_max2); _max1 > _max2 ? _max1 : _max2; })
#define min_t(type, x, y) ({ type _min1 = (x); type _min2 = (y); \
	_min1 < _min2 ? _min1 : _min2; })
#define max_t(type, x, y) ({ type _max1 = (x); type _max2 = (y); \
	_max1 > _max2 ? _max1 : _max2; })

#endif /* _LINUX_KERNEL_H */
