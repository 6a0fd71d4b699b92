/*
 * test_printk.c - printk's levels, consoles and log buffer, and panic/BUG.
 *
 * A fake console records what printk writes to it.  The test keeps its
 * own copy of everything that should be in the log buffer, so that
 * log_buf_read can be checked exactly, including after the buffer has
 * wrapped around.  machine_exit is provided here: it records the exit
 * code and jumps back into the test, which lets panic and BUG be tested.
 */
/* KERNEL_SOURCES: lib/vsprintf.c kernel/printk.c kernel/panic.c */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include "harness.h"

int loglevel_setup(char *val);          /* not static, for this test */

/* ---- the fake console ---- */

struct recorder {
	struct console con;
	char text[8192];
	size_t len;
	int writes;
};

static void recorder_write(struct console *con, const char *s, unsigned n)
{
	struct recorder *r = (struct recorder *)con;

	if (r->len + n < sizeof(r->text)) {
		memcpy(r->text + r->len, s, n);
		r->len += n;
		r->text[r->len] = '\0';
	}
	r->writes++;
}

static struct recorder rec1 = { .con = { .name = "rec1", .write = recorder_write } };
static struct recorder rec2 = { .con = { .name = "rec2", .write = recorder_write } };

static void clear(struct recorder *r)
{
	r->len = 0;
	r->text[0] = '\0';
	r->writes = 0;
}

/* ---- what the log buffer should hold ---- */

static char *expected_log;              /* every character logged, in order */
static size_t expected_len, expected_cap;

static void expect_log(const char *s)
{
	size_t n = strlen(s);

	if (expected_len + n + 1 > expected_cap) {
		expected_cap = 2 * (expected_len + n + 1);
		expected_log = realloc(expected_log, expected_cap);
	}
	memcpy(expected_log + expected_len, s, n + 1);
	expected_len += n;
}

/* Does the log's full replay equal the tail of what was printed? */
static int log_matches(void)
{
	static char buf[LOG_BUF_LEN + 1];
	unsigned n = log_buf_read(buf, sizeof(buf));
	size_t want = expected_len < LOG_BUF_LEN ? expected_len : LOG_BUF_LEN;

	return n == want && memcmp(buf, expected_log + expected_len - want, want) == 0;
}

/* ---- the fake machine_exit ---- */

static jmp_buf exit_jump;
static volatile int exit_code;

void machine_exit(int code)
{
	exit_code = code;
	longjmp(exit_jump, 1);
}

/* ---- tests ---- */

static void level_tests(void)
{
	int n;

	register_console(&rec1.con);
	clear(&rec1);
	n = printk(KERN_INFO "hello %d\n", 42);
	expect_log("hello 42\n");
	ok(strcmp(rec1.text, "hello 42\n") == 0 && n == 9, "the level prefix is stripped; returns 9");

	clear(&rec1);
	printk(KERN_DEBUG "debugging\n");
	expect_log("debugging\n");
	ok(rec1.len == 0, "KERN_DEBUG is hidden at the default console_loglevel 7");
	ok(log_matches(), "a hidden message is still in the log buffer");

	clear(&rec1);
	console_loglevel = 4;
	printk("plain\n");
	expect_log("plain\n");
	ok(rec1.len == 0, "no prefix means level 4, hidden when console_loglevel is 4");
	console_loglevel = 5;
	printk("plain\n");
	expect_log("plain\n");
	ok(strcmp(rec1.text, "plain\n") == 0, "and shown when console_loglevel is 5");

	clear(&rec1);
	console_loglevel = 1;
	printk(KERN_EMERG "emergency\n");
	printk(KERN_ALERT "alert\n");
	expect_log("emergency\nalert\n");
	ok(strcmp(rec1.text, "emergency\n") == 0, "console_loglevel 1 shows only KERN_EMERG");

	clear(&rec1);
	console_loglevel = 5;
	printk(KERN_INFO "a\nb\n" KERN_ERR "c\n");
	expect_log("a\nb\nc\n");
	ok(strcmp(rec1.text, "b\nc\n") == 0, "each line of one call has its own level");
	console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
}

static void continuation_tests(void)
{
	clear(&rec1);
	printk(KERN_DEBUG "x");
	printk(" y\n");
	expect_log("x y\n");
	ok(rec1.len == 0, "a continuation shares the hidden level of its line");

	clear(&rec1);
	printk(KERN_ERR "e");
	printk(KERN_CONT "f");
	printk("<3>g\n");
	expect_log("ef<3>g\n");
	ok(strcmp(rec1.text, "ef<3>g\n") == 0, "a prefix in mid-line is ordinary text");

	clear(&rec1);
	printk("<8>eight\n");
	printk("<x>ex\n");
	printk("<");
	printk("\n");
	expect_log("<8>eight\n<x>ex\n<\n");
	ok(strcmp(rec1.text, "<8>eight\n<x>ex\n<\n") == 0, "malformed prefixes are printed as text");
	ok(log_matches(), "the log replays every message without prefixes");
}

static void console_tests(void)
{
	char longmsg[2001];

	clear(&rec1);
	clear(&rec2);
	register_console(&rec2.con);
	register_console(&rec1.con);            /* again: must be ignored */
	printk(KERN_WARNING "both\n");
	expect_log("both\n");
	ok(strcmp(rec1.text, "both\n") == 0 && strcmp(rec2.text, "both\n") == 0 && rec1.writes == 1,
	   "two consoles each get the line once");

	memset(longmsg, 'L', sizeof(longmsg) - 1);
	longmsg[sizeof(longmsg) - 1] = '\0';
	ok(printk("%s", longmsg) == 1023, "a 2000-character message is cut to 1023");
	longmsg[1023] = '\0';
	expect_log(longmsg);
	printk("\n");
	expect_log("\n");
	ok(log_matches(), "the log holds the cut message");
}

static void wraparound_tests(void)
{
	char line[64], small[16];
	unsigned i, n;

	for (i = 0; expected_len < 3 * LOG_BUF_LEN; i++) {
		snprintf(line, sizeof(line), "line %u\n", i);
		printk(KERN_DEBUG "%s", line);
		expect_log(line);
	}
	ok(expected_len > 2 * LOG_BUF_LEN && log_matches(),
	   "after %zu characters the log holds exactly the last %u", expected_len, LOG_BUF_LEN);
	n = log_buf_read(small, 10);
	ok(n == 10 && memcmp(small, expected_log + expected_len - 10, 10) == 0,
	   "a short read returns the newest characters");
	ok(log_buf_read(small, 0) == 0, "a read of length 0 returns 0");
}

static void loglevel_tests(void)
{
	static const char *const bad[] = { "0", "9", "abc", "", "7x", "-1", "99999999999999999999999" };
	char val[32];
	size_t i;

	strcpy(val, "8");
	ok(loglevel_setup(val) == 0 && console_loglevel == 8, "loglevel=8 accepted");
	strcpy(val, "1");
	ok(loglevel_setup(val) == 0 && console_loglevel == 1, "loglevel=1 accepted");
	console_loglevel = DEFAULT_CONSOLE_LOGLEVEL;
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		char want[128];

		clear(&rec1);
		strcpy(val, bad[i]);
		snprintf(want, sizeof(want), "loglevel=%s: expected a number from 1 to 8\n", bad[i]);
		ok(loglevel_setup(val) == -1 && console_loglevel == DEFAULT_CONSOLE_LOGLEVEL &&
		   strcmp(rec1.text, want) == 0, "loglevel=%s rejected with a message", bad[i]);
		expect_log(want);
	}
}

static void panic_tests(void)
{
	volatile int line = 0;

	clear(&rec1);
	exit_code = 0;
	if (setjmp(exit_jump) == 0)
		panic("disk %s on fire", "sda");
	ok(exit_code == EXIT_PANIC && strcmp(rec1.text, "Kernel panic: disk sda on fire\n") == 0,
	   "panic prints its message and exits with EXIT_PANIC");

	clear(&rec1);
	exit_code = 0;
	if (setjmp(exit_jump) == 0) {
		line = __LINE__ + 1;
		BUG();
	}
	{
		char want[256];

		snprintf(want, sizeof(want), "kernel BUG at %s:%d!\n", __FILE__, line);
		ok(exit_code == EXIT_PANIC && strncmp(rec1.text, want, strlen(want)) == 0,
		   "BUG() names its file and line");
		ok(strstr(rec1.text, "Kernel panic") == NULL,
		   "a panic inside a panic exits without printing");
	}

	clear(&rec1);
	exit_code = 0;
	if (setjmp(exit_jump) == 0)
		BUG_ON(1 + 1 == 3);
	ok(exit_code == 0 && rec1.len == 0, "BUG_ON(false) does nothing");
}

int main(void)
{
	plan(7 + 4 + 3 + 3 + 9 + 4);
	level_tests();
	continuation_tests();
	console_tests();
	wraparound_tests();
	loglevel_tests();
	panic_tests();
	free(expected_log);
	return done_testing();
}
