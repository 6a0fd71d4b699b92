/*
 * test_vsprintf.c - the kernel's vsnprintf against glibc, and the number parsers.
 *
 * Table cases check each formatting rule by hand; a seeded random test
 * compares tens of thousands of random conversions byte for byte with
 * glibc (reached through vasprintf, since the kernel's own snprintf and
 * vsnprintf replace glibc's under those names in this program); the
 * truncation contract is checked with exact-size heap buffers so that
 * AddressSanitizer sees any write past the end.
 */
/* KERNEL_SOURCES: lib/vsprintf.c */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <limits.h>             /* after kernel.h: the two must agree */
#include "harness.h"

#define RANDOM_CASES    30000
#define DEFAULT_SEED    20040101ULL

/* The kernel's vsnprintf, with no format checking so that bad formats can be tested. */
static int kfmt(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

/* glibc's formatter with snprintf's contract, through vasprintf. */
static int glibc_fmt(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (n < 0) {
		fprintf(stderr, "vasprintf failed\n");
		exit(2);
	}
	if (size > 0) {
		size_t k = (size_t)n < size ? (size_t)n : size - 1;

		memcpy(buf, s, k);
		buf[k] = '\0';
	}
	free(s);
	return n;
}

/* ---- table cases ---- */

static int counting;    /* first pass: only count the checks */
static int nchecks;

/* Print s with unprintable bytes escaped, for test names. */
static const char *show(const char *s, int n)
{
	static char out[4][512];
	static int which;
	char *o = out[which++ % 4];
	int i, k = 0;

	for (i = 0; i < n && k < 500; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 32 && c < 127)
			o[k++] = (char)c;
		else
			k += sprintf(o + k, "\\x%02x", c);
	}
	o[k] = '\0';
	return o;
}

#define CHECK(expect, ...) do {                                                 \
	char _b[512];                                                           \
	int _n;                                                                 \
	nchecks++;                                                              \
	if (counting)                                                           \
		break;                                                          \
	_n = kfmt(_b, sizeof(_b), __VA_ARGS__);                                 \
	ok(_n == (int)strlen(expect) && strcmp(_b, expect) == 0,                \
	   "%s -> \"%s\"%s%s", #__VA_ARGS__, show(expect, strlen(expect)),     \
	   _n == (int)strlen(expect) && strcmp(_b, expect) == 0 ? "" : " got ", \
	   _n == (int)strlen(expect) && strcmp(_b, expect) == 0 ? "" : show(_b, _n)); \
} while (0)

#define CHECK_TRUE(cond, ...) do {                                              \
	nchecks++;                                                              \
	if (!counting)                                                          \
		ok(cond, __VA_ARGS__);                                          \
} while (0)

static void integer_cases(void)
{
	CHECK("0", "%d", 0);
	CHECK("-1", "%d", -1);
	CHECK("-2147483648", "%d", (int)INT_MIN);
	CHECK("-9223372036854775808", "%lld", (long long)LLONG_MIN);
	CHECK("18446744073709551615", "%llu", (unsigned long long)ULLONG_MAX);
	CHECK("1777777777777777777777", "%llo", (unsigned long long)ULLONG_MAX);
	CHECK("ffffffffffffffff", "%llx", (unsigned long long)ULLONG_MAX);
	CHECK("4294967295", "%u", 4294967295U);
	CHECK("   42", "%5d", 42);
	CHECK("42   |", "%-5d|", 42);
	CHECK("-0042", "%05d", -42);
	CHECK("+5", "%+d", 5);
	CHECK(" 5", "% d", 5);
	CHECK("+5", "%+ d", 5);
	CHECK("5", "%+u", 5U);
	CHECK("007", "%.3d", 7);
	CHECK("-007", "%.3d", -7);
	CHECK("", "%.0d", 0);
	CHECK("     ", "%5.0d", 0);
	CHECK("     042", "%08.3d", 42);
	CHECK("42      |", "%-08d|", 42);
	CHECK("+0042", "%+05d", 42);
	CHECK(" 0042", "% 05d", 42);
	CHECK("1234567", "%3d", 1234567);
	CHECK("+", "%+.0d", 0);
	CHECK("7     |", "%-6u|", 7U);
}

static void octal_hex_cases(void)
{
	CHECK("010", "%#o", 8);
	CHECK("0", "%#o", 0);
	CHECK("0", "%#.0o", 0);
	CHECK("", "%.0o", 0);
	CHECK("010", "%#.3o", 8);
	CHECK("0777", "%#o", 0777);
	CHECK("0xff", "%#x", 255);
	CHECK("0XFF", "%#X", 255);
	CHECK("0", "%#x", 0);
	CHECK("     ", "%#5.0x", 0);
	CHECK("0x0000ff", "%#08x", 255);
	CHECK("    0x00ff", "%#10.4x", 255);
	CHECK("0xff      |", "%#-10x|", 255);
	CHECK("deadbeef", "%x", 0xdeadbeefU);
	CHECK("DEADBEEF", "%X", 0xdeadbeefU);
}

static void length_cases(void)
{
	CHECK("-56", "%hhd", 200);
	CHECK("44", "%hhu", 300);
	CHECK("4464", "%hd", 70000);
	CHECK("65535", "%hu", -1);
	CHECK("ff", "%hhx", -1);
	CHECK("12345", "%zu", (size_t)12345);
	CHECK("-5", "%zd", (size_t)-5);
	CHECK("-1", "%ld", -1L);
	CHECK("1099511627776", "%llu", 1ULL << 40);
}

static void char_string_cases(void)
{
	static const char unterminated[3] = { 'x', 'y', 'z' };

	CHECK("A", "%c", 'A');
	CHECK("  A", "%3c", 'A');
	CHECK("A  |", "%-3c|", 'A');
	CHECK("  A", "%03c", 'A');
	CHECK("abc", "%s", "abc");
	CHECK("  abc", "%5s", "abc");
	CHECK("abc  |", "%-5s|", "abc");
	CHECK("ab", "%.2s", "abc");
	CHECK("   ab", "%5.2s", "abc");
	CHECK("  abc", "%05s", "abc");
	CHECK("<NULL>", "%s", (char *)NULL);
	CHECK("xyz", "%.3s", unterminated);
	CHECK("[]", "[%s]", "");
}

static void star_and_odd_cases(void)
{
	CHECK("   42", "%*d", 5, 42);
	CHECK("42   |", "%*d|", -5, 42);
	CHECK("007", "%.*d", 3, 7);
	CHECK("7", "%.*d", -1, 7);
	CHECK("1   |", "%-*d|", 4, 1);
	CHECK("  abc", "%*.*s", 5, 3, "abcdef");
	CHECK("%", "%%");
	CHECK("100%", "100%%");
	CHECK("%", "%5%");
	CHECK("%y", "%y");
	CHECK("%y", "%5y");
	CHECK("abc%", "abc%");
	CHECK("%", "%l");
	CHECK("a%!b", "a%!b");
	CHECK("x=1 y=two z=0x3", "x=%d y=%s z=%#x", 1, "two", 3);
}

static void pointer_cases(void)
{
	char expect[64];
	int digits = 2 * (int)sizeof(void *);
	void *p = (void *)(uintptr_t)0x1234;

	glibc_fmt(expect, sizeof(expect), "0x%0*llx", digits, 0x1234ULL);
	CHECK(expect, "%p", p);
	glibc_fmt(expect, sizeof(expect), "0x%0*llx", digits, 0ULL);
	CHECK(expect, "%p", (void *)NULL);
	glibc_fmt(expect, sizeof(expect), "%*s0x%0*llx", 30 - 2 - digits, "",
		  digits, 0x1234ULL);
	CHECK(expect, "%30p", p);
	glibc_fmt(expect, sizeof(expect), "0x%0*llx%*s|", digits, 0x1234ULL,
		  30 - 2 - digits, "");
	CHECK(expect, "%-30p|", p);
}

/* The truncation contract of vsnprintf, vscnprintf, snprintf and sprintf. */
static void truncation_cases(void)
{
	int (*volatile sn)(char *, size_t, const char *, ...) = snprintf;
	int (*volatile scn)(char *, size_t, const char *, ...) = scnprintf;
	int (*volatile spr)(char *, const char *, ...) = sprintf;
	size_t size;
	char sentinel = '@';
	char big[16];

	CHECK_TRUE(counting || sn(NULL, 0, "hello") == 5,
		   "snprintf(NULL, 0, ...) returns the full length");
	CHECK_TRUE(counting || (sn(&sentinel, 0, "hello") == 5 && sentinel == '@'),
		   "size 0 writes nothing");
	for (size = 1; size <= 7; size++) {
		char *buf;
		int n, good;

		nchecks++;
		if (counting)
			continue;
		buf = malloc(size);     /* exact size: ASan catches overruns */
		n = sn(buf, size, "hello");
		good = n == 5 && strlen(buf) == (size - 1 < 5 ? size - 1 : 5) &&
		       strncmp(buf, "hello", strlen(buf)) == 0;
		ok(good, "snprintf into %zu bytes stores \"%s\" and returns %d", size, buf, n);
		free(buf);
	}
	CHECK_TRUE(counting || scn(big, 3, "hello") == 2, "scnprintf returns what it stored");
	CHECK_TRUE(counting || scn(big, 0, "hello") == 0, "scnprintf with size 0 returns 0");
	CHECK_TRUE(counting || scn(big, sizeof(big), "hello") == 5, "scnprintf without truncation");
	CHECK_TRUE(counting || (spr(big, "%d-%s", 12, "ab") == 5 && strcmp(big, "12-ab") == 0),
		   "sprintf formats into an unbounded buffer");
}

/* ---- number parsers ---- */

static void parser_cases(void)
{
	unsigned long long v = 0;
	char *end;

	CHECK_TRUE(counting || (kstrtoull("123", 10, &v) == 0 && v == 123), "kstrtoull 123");
	CHECK_TRUE(counting || (kstrtoull("0x1f", 0, &v) == 0 && v == 31), "kstrtoull 0x1f base 0");
	CHECK_TRUE(counting || (kstrtoull("1f", 16, &v) == 0 && v == 31), "kstrtoull 1f base 16");
	CHECK_TRUE(counting || (kstrtoull("010", 0, &v) == 0 && v == 8), "kstrtoull 010 base 0 is octal");
	CHECK_TRUE(counting || (kstrtoull("42\n", 10, &v) == 0 && v == 42), "kstrtoull allows a trailing newline");
	CHECK_TRUE(counting || (kstrtoull("18446744073709551615", 10, &v) == 0 && v == ULLONG_MAX),
		   "kstrtoull accepts 2^64-1");
	v = 7;
	CHECK_TRUE(counting || (kstrtoull("18446744073709551616", 10, &v) == -1 && v == 7),
		   "kstrtoull rejects 2^64 and leaves *res alone");
	CHECK_TRUE(counting || kstrtoull("99999999999999999999999", 10, &v) == -1, "kstrtoull rejects overflow");
	CHECK_TRUE(counting || kstrtoull("", 10, &v) == -1, "kstrtoull rejects the empty string");
	CHECK_TRUE(counting || kstrtoull("12a", 10, &v) == -1, "kstrtoull rejects trailing garbage");
	CHECK_TRUE(counting || kstrtoull("-1", 10, &v) == -1, "kstrtoull rejects a sign");
	CHECK_TRUE(counting || (simple_strtoull("12abc", &end, 10) == 12 && strcmp(end, "abc") == 0),
		   "simple_strtoull stops at the first non-digit");
	CHECK_TRUE(counting || (simple_strtoull("0x10", &end, 0) == 16 && *end == '\0'),
		   "simple_strtoull base 0 reads hex");
	CHECK_TRUE(counting || (simple_strtoull("0x", &end, 0) == 0 && strcmp(end, "x") == 0),
		   "simple_strtoull reads 0x alone as 0 then x");
	CHECK_TRUE(counting || (simple_strtoull("zz", &end, 10) == 0 && strcmp(end, "zz") == 0),
		   "simple_strtoull without digits leaves end at the start");
	CHECK_TRUE(counting || simple_strtoul("4096", NULL, 10) == 4096, "simple_strtoul with NULL endp");
}

/* ---- random comparison with glibc ---- */

enum arg_type { A_INT, A_LONG, A_LLONG, A_SIZE, A_STR };

struct rcase {
	char fmt[96];
	int nstar;
	int star[2];
	enum arg_type type;
	unsigned long long value;
	char str[48];
};

typedef int (*fmt_fn)(char *buf, size_t size, const char *fmt, ...);

#define DISPATCH(VAL)                                                           \
	switch (c->nstar) {                                                     \
	case 0:  return fn(buf, size, c->fmt, VAL);                             \
	case 1:  return fn(buf, size, c->fmt, c->star[0], VAL);                 \
	default: return fn(buf, size, c->fmt, c->star[0], c->star[1], VAL);     \
	}

static int call(fmt_fn fn, char *buf, size_t size, const struct rcase *c)
{
	switch (c->type) {
	case A_INT:   DISPATCH((int)c->value);
	case A_LONG:  DISPATCH((long)c->value);
	case A_LLONG: DISPATCH((long long)c->value);
	case A_SIZE:  DISPATCH((size_t)c->value);
	case A_STR:   DISPATCH(c->str);
	}
	abort();
}

/* A value biased towards the edges: small numbers, powers of two, all ones. */
static unsigned long long random_value(void)
{
	unsigned int bits = (unsigned int)prng_below(65);
	unsigned long long v = bits == 64 ? prng_next() :
			       prng_next() & ((1ULL << bits) - 1);

	switch (prng_below(8)) {
	case 0:  return prng_below(3);
	case 1:  return 1ULL << prng_below(64);
	case 2:  return -(1ULL << prng_below(64));
	case 3:  return -v;
	default: return v;
	}
}

static void random_case(struct rcase *c)
{
	static const char convs[] = "diuxXocs";
	static const char flags[] = "-0+ #";
	static const char *const lens[] = { "", "hh", "h", "l", "ll", "z" };
	static const enum arg_type len_types[] = { A_INT, A_INT, A_INT, A_LONG, A_LLONG, A_SIZE };
	char conv = convs[prng_below(sizeof(convs) - 1)];
	int k = 0, i, n, len = 0;

	c->nstar = 0;
	k += sprintf(c->fmt + k, "[%%");
	for (n = (int)prng_below(5), i = 0; i < n; i++)
		c->fmt[k++] = flags[prng_below(sizeof(flags) - 1)];
	switch (prng_below(4)) {
	case 1: k += sprintf(c->fmt + k, "%d", 1 + (int)prng_below(40)); break;
	case 2: c->fmt[k++] = '*'; c->star[c->nstar++] = (int)prng_below(81) - 40; break;
	case 3: k += sprintf(c->fmt + k, "%d", 1 + (int)prng_below(9)); break;
	}
	switch (prng_below(5)) {
	case 2: c->fmt[k++] = '.'; break;
	case 3: k += sprintf(c->fmt + k, ".%d", (int)prng_below(31)); break;
	case 4: k += sprintf(c->fmt + k, ".*"); c->star[c->nstar++] = (int)prng_below(36) - 5; break;
	}
	if (conv != 'c' && conv != 's') {
		len = (int)prng_below(6);
		k += sprintf(c->fmt + k, "%s", lens[len]);
	}
	sprintf(c->fmt + k, "%c]", conv);
	c->type = conv == 's' ? A_STR : len_types[len];
	c->value = conv == 'c' ? prng_below(256) : random_value();
	n = (int)prng_below(sizeof(c->str));
	for (i = 0; i < n; i++)
		c->str[i] = (char)(' ' + prng_below(95));
	c->str[n] = '\0';
}

static void describe(const struct rcase *c, const char *what, const char *a, int na,
		     const char *b, int nb)
{
	diag("%s: fmt \"%s\" stars %d %d value %llu str \"%s\"", what, c->fmt,
	     c->nstar > 0 ? c->star[0] : 0, c->nstar > 1 ? c->star[1] : 0,
	     c->value, c->str);
	diag("  glibc %d \"%s\"", na, show(a, na));
	diag("  ours  %d \"%s\"", nb, show(b, nb));
}

/*
 * Format c into a heap buffer of exactly size bytes (or, for size 0, into
 * NULL or a one-byte sentinel) and check vsnprintf's contract against the
 * untruncated output want of length nwant.
 */
static int check_truncated(const struct rcase *c, size_t size, const char *want, int nwant)
{
	char sentinel = '@';
	char *buf = size ? malloc(size) : prng_below(2) ? NULL : &sentinel;
	int n = call(kfmt, buf, size, c);
	int good = n == nwant;

	if (size == 0) {
		good = good && sentinel == '@';
	} else {
		size_t k = (size_t)nwant < size - 1 ? (size_t)nwant : size - 1;

		good = good && memcmp(buf, want, k) == 0 && buf[k] == '\0';
		free(buf);
	}
	return good;
}

static void random_tests(void)
{
	int i, mismatches = 0, trunc_bad = 0;

	for (i = 0; i < RANDOM_CASES; i++) {
		struct rcase c;
		char probe[1], *want, *got;
		int nwant, ngot;
		size_t size;

		random_case(&c);
		nwant = call(glibc_fmt, probe, 0, &c);
		want = malloc(nwant + 1);
		call(glibc_fmt, want, nwant + 1, &c);
		got = malloc(nwant + 1);                /* exact size */
		ngot = call(kfmt, got, nwant + 1, &c);
		if (ngot != nwant || memcmp(got, want, nwant + 1) != 0) {
			if (mismatches++ < 10)  /* show no more than got holds */
				describe(&c, "mismatch", want, nwant, got,
					 ngot < nwant ? ngot : nwant);
		}
		free(got);

		/* the same call into a random, exact-size buffer (or none) */
		size = prng_below(nwant + 2);
		if (!check_truncated(&c, size, want, nwant) && trunc_bad++ < 10)
			diag("truncation to %zu bytes broken for \"%s\"", size, c.fmt);
		free(want);
	}
	ok(mismatches == 0, "%d random conversions match glibc byte for byte (%d differ)",
	   RANDOM_CASES, mismatches);
	ok(trunc_bad == 0, "%d random truncations keep the vsnprintf contract (%d broken)",
	   RANDOM_CASES, trunc_bad);
}

int main(void)
{
	void (*const groups[])(void) = {
		integer_cases, octal_hex_cases, length_cases, char_string_cases,
		star_and_odd_cases, pointer_cases, truncation_cases, parser_cases,
	};
	size_t g;

	counting = 1;
	for (g = 0; g < ARRAY_SIZE(groups); g++)
		groups[g]();
	counting = 0;
	plan(nchecks + 2);
	prng_init(DEFAULT_SEED);
	for (g = 0; g < ARRAY_SIZE(groups); g++)
		groups[g]();
	random_tests();
	return done_testing();
}
