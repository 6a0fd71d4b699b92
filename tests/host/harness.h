/*
 * harness.h - a tiny TAP producer and a seeded PRNG for the host tests.
 *
 *   plan(n);                      prints "1..n"
 *   ok(cond, "name %d", i);       prints "ok N - name" or "not ok N - name # file:line"
 *   diag("fmt", ...);             prints a "# ..." comment line
 *   return done_testing();        0 iff every test passed and N == n
 *
 *   prng_init(default_seed);      seed from $HOST_TEST_SEED or the default, printed
 *   prng_next(), prng_below(n)    xorshift64* numbers
 *
 * Everything is static inline so that a test that uses only part of it
 * compiles cleanly under -Wall -Wextra -Werror.
 */
#ifndef HOST_TEST_HARNESS_H
#define HOST_TEST_HARNESS_H

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int tap_planned = -1;
static int tap_run;
static int tap_failed;

static inline void plan(int n)
{
	tap_planned = n;
	printf("1..%d\n", n);
	fflush(stdout);
}

static inline void diag(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline void diag(const char *fmt, ...)
{
	va_list ap;

	fputs("# ", stdout);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	fputs("\n", stdout);
	fflush(stdout);
}

static inline int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static inline int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	tap_run++;
	if (!pass)
		tap_failed++;
	char name[1024];
	const char *p;

	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	printf("%sok %d - ", pass ? "" : "not ", tap_run);
	for (p = name; *p; p++) {       /* keep the name on one TAP line */
		if (*p == '#')          /* '#' would start a TAP directive */
			putchar('\\');
		if (*p == '\n')
			fputs("\\n", stdout);
		else if (*p == '\t')
			fputs("\\t", stdout);
		else
			putchar(*p);
	}
	if (!pass)
		printf(" # %s:%d", file, line);
	fputs("\n", stdout);
	fflush(stdout);
	return pass;
}

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)

static inline int done_testing(void)
{
	if (tap_planned >= 0 && tap_run != tap_planned) {
		diag("planned %d tests but ran %d", tap_planned, tap_run);
		return 1;
	}
	if (tap_failed)
		diag("%d of %d tests failed", tap_failed, tap_run);
	return tap_failed ? 1 : 0;
}

/* xorshift64* (Vigna): small, fast, and good enough for test inputs. */
static uint64_t prng_state;

static inline uint64_t prng_next(void)
{
	prng_state ^= prng_state >> 12;
	prng_state ^= prng_state << 25;
	prng_state ^= prng_state >> 27;
	return prng_state * 0x2545F4914F6CDD1DULL;
}

/* A number in [0, n); n must be > 0.  The slight modulo bias is harmless here. */
static inline uint64_t prng_below(uint64_t n)
{
	return prng_next() % n;
}

/* Seed from $HOST_TEST_SEED if set, else default_seed; print the seed used. */
static inline uint64_t prng_init(uint64_t default_seed)
{
	const char *env = getenv("HOST_TEST_SEED");
	uint64_t seed = default_seed;

	if (env && *env)
		seed = strtoull(env, NULL, 0);
	prng_state = seed ? seed : 1;   /* xorshift must not start at 0 */
	printf("# seed %llu (set HOST_TEST_SEED to repeat or change)\n",
	       (unsigned long long)seed);
	return seed;
}

#endif /* HOST_TEST_HARNESS_H */
