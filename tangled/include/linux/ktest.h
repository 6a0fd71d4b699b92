/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* In-kernel self-tests, selected with test=NAME. */
#ifndef _LINUX_KTEST_H
#define _LINUX_KTEST_H

#include <linux/types.h>
#include <linux/compiler.h>

/* struct ktest */
struct ktest {
	const char *name;       /* what test= selects */
	const char *summary;    /* one line for test=list */
	void (*run)(void);      /* makes its checks with ktest_check */
	bool crash;             /* ends the run on purpose */
};

/* the macros that register a test */
#define __KTEST(fn, text, is_crash)                                     \
	static const struct ktest __ktest_##fn                         \
	__used __section(".ktest") __aligned(4) = {                     \
		.name = #fn, .summary = text, .run = fn, .crash = is_crash }
#define KTEST(fn, text)         __KTEST(fn, text, false)
#define KTEST_CRASH(fn, text)   __KTEST(fn, text, true)

extern const struct ktest __ktest_start[], __ktest_end[];

/* ktest_check and ktest_skip */
#define KTEST_REASON_LEN        160

bool ktest_check(bool ok, const char *desc, const char *fmt, ...) __printf(3, 4);
void ktest_skip(const char *desc, const char *why);

/* KTEST_TRUE and KTEST_EQ */
#define KTEST_TRUE(cond, desc)                                          \
	ktest_check(!!(cond), desc, "expected %s", #cond)
#define KTEST_EQ(got, want, desc)                                       \
	ktest_check((u64)(got) == (u64)(want), desc,                    \
		    "%s is %#llx, expected %#llx", #got,                \
		    (unsigned long long)(got), (unsigned long long)(want))

bool ktest_requested(void);
void ktest_main(void) __noreturn;
void ktest_list(void);
unsigned int ktest_run(const struct ktest *t);

#endif /* _LINUX_KTEST_H */
