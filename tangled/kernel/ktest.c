/* Generated from src.nw/95-monitor.nw, "The monitor and the self-tests"; edit that file, not this one. */
/* The self-test runner: test=NAME, KTAP output, the exit verdict. */

/* includes */
#include <linux/kernel.h>
#include <linux/init.h>
#include <linux/ktest.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <stdarg.h>

/* the check counters */
static unsigned int ktest_number;       /* checks so far, for numbering */
static unsigned int ktest_failed;       /* checks that failed */

/* ktest_check */
/*
 * Record one check: print "ok N desc" or "not ok N desc # reason".
 * => returns ok, so a test can stop after a failed precondition.
 */
bool ktest_check(bool ok, const char *desc, const char *fmt, ...)
{
	char reason[KTEST_REASON_LEN];
	va_list ap;

	ktest_number++;
	if (ok) {
		printk(KERN_ALERT "ok %u %s\n", ktest_number, desc);
		return true;
	}
	/* format the reason and report the check as failed */
	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	ktest_failed++;
	printk(KERN_ALERT "not ok %u %s # %s\n", ktest_number, desc, reason);
	return false;
}

/* ktest_skip */
/* Record a check that cannot run here, as KTAP's SKIP directive. */
void ktest_skip(const char *desc, const char *why)
{
	printk(KERN_ALERT "ok %u %s # SKIP %s\n", ++ktest_number, desc, why);
}

/* ktest_list */
static bool ktest_bad_name;             /* test= named no test */

/* Print every test's name and summary. */
void ktest_list(void)
{
	const struct ktest *t;

	for (t = __ktest_start; t < __ktest_end; t++)
		printk(KERN_ALERT "  %-16s %s%s\n", t->name, t->summary,
		       t->crash ? " (crashes on purpose)" : "");
}

/* ktest_name and ktest_find */
static const char *ktest_name;          /* test=, or NULL */

/* The test called name, or NULL. */
static const struct ktest *ktest_find(const char *name)
{
	const struct ktest *t;

	for (t = __ktest_start; t < __ktest_end; t++)
		if (!strcmp(t->name, name))
			return t;
	return NULL;
}

/* parse_test, the test= option */
/* test=NAME: run that self-test instead of starting the monitor. */
static int __init parse_test(char *val)
{
	if (strcmp(val, "list") && strcmp(val, "all") && !ktest_find(val)) {
		printk(KERN_ERR "test=%s: no such test; 'test=list' lists them:\n",
		       val);
		ktest_list();
		ktest_bad_name = true;
		return -1;
	}
	ktest_name = val;
	return 0;
}
__setup("test=", parse_test);

/* ktest_run */
/* Run one test; returns how many of its checks failed. */
unsigned int ktest_run(const struct ktest *t)
{
	unsigned int first = ktest_number, failed = ktest_failed;

	printk(KERN_ALERT "# %s: %s\n", t->name, t->summary);
	t->run();
	if (ktest_number == first)
		ktest_check(false, t->name, "the test made no checks");
	failed = ktest_failed - failed;
	printk(KERN_ALERT "# %s: %u passed, %u failed\n", t->name,
	       ktest_number - first - failed, failed);
	return failed;
}

/* ktest_requested */
bool ktest_requested(void)
{
	return ktest_name || ktest_bad_name;
}

/* ktest_main */
/* Run what test= asked for and end the run with its verdict. */
void ktest_main(void)
{
	const struct ktest *t;

	/* end the run at once for a bad test= or for test=list */
	if (ktest_bad_name)
		machine_exit(EXIT_FAIL);
	if (!strcmp(ktest_name, "list")) {
		ktest_list();
		machine_exit(EXIT_PASS);
	}
	printk(KERN_ALERT "KTAP version 1\n");
	for (t = __ktest_start; t < __ktest_end; t++)
		if (!strcmp(ktest_name, t->name) ||
		    (!strcmp(ktest_name, "all") && !t->crash))
			ktest_run(t);
	printk(KERN_ALERT "1..%u\n", ktest_number);
	machine_exit(ktest_failed || !ktest_number ? EXIT_FAIL : EXIT_PASS);
}
