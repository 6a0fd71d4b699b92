/*
 * test_params.c - next_arg, memparse and parse_args on the host.
 *
 * printk (fakes.h) records every message so that the tests can
 * check that each complaint names the word it is about.  parse_args runs
 * on a table of this file's own handlers instead of the kernel's
 * __setup section.  The last test feeds random command lines to the
 * parser under AddressSanitizer.
 */
/* KERNEL_SOURCES: lib/vsprintf.c kernel/params.c */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/params.h>
#include "fakes.h"
#include "harness.h"

#define FUZZ_CASES      20000
#define DEFAULT_SEED    19991231ULL

/* ---- fake handlers ---- */

static int mem_calls, quiet_calls, name_calls;
static unsigned long long mem_value;
static char quiet_arg[64], name_arg[64];

static int mem_setup(char *val)
{
	char *end;
	unsigned long long size = memparse(val, &end);

	if (end == val || *end != '\0') {
		printk(KERN_ERR "mem=%s: expected a size such as 64M\n", val);
		return -1;
	}
	mem_value = size;
	mem_calls++;
	return 0;
}

static int quiet_setup(char *val)
{
	quiet_calls++;
	snprintf(quiet_arg, sizeof(quiet_arg), "%s", val);
	return 0;
}

static int name_setup(char *val)
{
	name_calls++;
	snprintf(name_arg, sizeof(name_arg), "%s", val);
	return 0;
}

static int memmap_setup(char *val)
{
	(void)val;
	return 0;
}

static const struct obs_kernel_param params[] = {
	{ "mem=", mem_setup },
	{ "quiet", quiet_setup },
	{ "name=", name_setup },
	{ "memmap=", memmap_setup },
};

/* Parse a copy of line (in an exact-size heap buffer) with the table above. */
static int parse(const char *line)
{
	char *copy = strdup(line);
	int errors;

	mem_calls = quiet_calls = name_calls = 0;
	mem_value = 0;
	quiet_arg[0] = name_arg[0] = '\0';
	printk_clear();
	errors = parse_args(copy, params, params + ARRAY_SIZE(params));
	free(copy);
	return errors;
}

/* ---- next_arg ---- */

/* Split the first word of line; check name, value (NULL for none) and the rest. */
static void check_next_arg(const char *line, const char *name, const char *value,
			   const char *rest)
{
	char *copy = strdup(line), *param, *val, *next;
	int good;

	next = next_arg(copy, &param, &val);
	good = strcmp(param, name) == 0 && strcmp(next, rest) == 0 &&
	       (value ? val && strcmp(val, value) == 0 : val == NULL);
	ok(good, "next_arg('%s') -> '%s' = %s%s%s, rest '%s'", line, name,
	   value ? "'" : "", value ? value : "NULL", value ? "'" : "", rest);
	free(copy);
}

static void next_arg_tests(void)
{
	check_next_arg("foo=bar baz", "foo", "bar", "baz");
	check_next_arg("flag   next", "flag", NULL, "next");
	check_next_arg("a=b=c", "a", "b=c", "");
	check_next_arg("name=\"a b\" x", "name", "a b", "x");
	check_next_arg("\"name=a b\" x", "name", "a b", "x");
	check_next_arg("\"quoted flag\" y", "quoted flag", NULL, "y");
	check_next_arg("x= y", "x", "", "y");
	check_next_arg("x=\"\" y", "x", "", "y");
	check_next_arg("\"", "", NULL, "");
	check_next_arg("a=1\tb", "a", "1", "b");
	check_next_arg("a=1\n", "a", "1", "");
	check_next_arg("last", "last", NULL, "");
}

/* ---- memparse ---- */

static void check_memparse(const char *s, unsigned long long want, size_t used)
{
	char *end;
	unsigned long long got = memparse(s, &end);

	ok(got == want && end == s + used, "memparse('%s') = %llu using %zu characters (got %llu, %zu)",
	   s, want, used, got, (size_t)(end - s));
}

static void memparse_tests(void)
{
	check_memparse("0", 0, 1);
	check_memparse("123", 123, 3);
	check_memparse("4k", 4096, 2);
	check_memparse("4K", 4096, 2);
	check_memparse("64M", 64ULL << 20, 3);
	check_memparse("64m", 64ULL << 20, 3);
	check_memparse("2G", 2ULL << 30, 2);
	check_memparse("2g", 2ULL << 30, 2);
	check_memparse("0x10M", 16ULL << 20, 5);
	check_memparse("010", 8, 3);
	check_memparse("16T", 16, 2);
	check_memparse("12x", 12, 2);
	check_memparse("abc", 0, 0);
	check_memparse("", 0, 0);
	check_memparse("K", 0, 0);
	check_memparse("18446744073709551615", ULLONG_MAX, 20);
	check_memparse("18446744073709551616", 0, 0);
	check_memparse("17179869183G", ULLONG_MAX - ((1ULL << 30) - 1), 12);
	check_memparse("17179869184G", 0, 0);
	check_memparse("16777216T", 16777216, 8);
	ok(memparse("8M", NULL) == 8ULL << 20, "memparse accepts a NULL retptr");
}

/* ---- parse_args ---- */

static void parse_args_tests(void)
{
	int e;

	e = parse(" kernel.elf mem=64M quiet");
	ok(e == 0 && mem_calls == 1 && mem_value == 64ULL << 20 && quiet_calls == 1 &&
	   quiet_arg[0] == '\0' && printk_len == 0,
	   "image name skipped; mem= and the flag quiet handled silently");

	e = parse("mem=1K");
	ok(e == 0 && mem_calls == 1 && mem_value == 1024,
	   "a first word with '=' is a parameter, not the image name");

	e = parse("quiet");
	ok(e == 0 && quiet_calls == 0, "a first word without '=' is skipped");

	e = parse("kernel.elf bogus");
	ok(e == 1 && printk_said("'bogus'") && printk_said("Unknown"), "unknown word reported by name");
	ok(printk_said("Known parameters: mem= quiet name= memmap="),
	   "an unknown word lists the known parameters");

	e = parse("kernel.elf bogus=1 other mem=2M");
	ok(e == 2 && mem_value == 2ULL << 20 && printk_said("'bogus'") && printk_said("'other'"),
	   "two unknown words are two errors; the known one still runs");
	ok(strstr(printk_text, "Known parameters") == strstr(printk_text, "Known parameters:") &&
	   strstr(strstr(printk_text, "Known parameters") + 1, "Known parameters") == NULL,
	   "the known parameters are listed only once");

	e = parse("kernel.elf mem=lots");
	ok(e == 1 && mem_calls == 0 && printk_said("mem=lots"), "a rejected value is an error naming the option");

	e = parse("kernel.elf quiet=1");
	ok(e == 1 && quiet_calls == 0 && printk_said("'quiet' takes no value"), "a flag given a value is reported");

	e = parse("kernel.elf mem");
	ok(e == 1 && printk_said("'mem' needs a value"), "a value option given as a flag is reported");

	e = parse("kernel.elf memory=1 me=1");
	ok(e == 2 && printk_said("'memory'") && printk_said("'me'"), "names match exactly, not by prefix");

	e = parse("kernel.elf name=\"a b c\" quiet");
	ok(e == 0 && strcmp(name_arg, "a b c") == 0 && quiet_calls == 1, "a quoted value keeps its spaces");

	e = parse("kernel.elf \"\" quiet");
	ok(e == 0 && quiet_calls == 1, "an empty word is ignored");

	ok(parse("") == 0 && parse("   ") == 0 && parse("kernel.elf") == 0,
	   "empty command lines have no errors");

	e = parse("kernel.elf mem=1M mem=3M");
	ok(e == 0 && mem_calls == 2 && mem_value == 3ULL << 20, "a repeated option is handled each time");
}

/* ---- fuzz ---- */

static int fuzz_handler(char *val)
{
	return strlen(val) % 2 ? -1 : 0;        /* reads all of val: ASan checks it */
}

static const struct obs_kernel_param fuzz_params[] = {
	{ "a=", fuzz_handler }, { "b", fuzz_handler }, { "ab=", fuzz_handler },
	{ "q", fuzz_handler }, { "=", fuzz_handler },
};

static void fuzz_tests(void)
{
	static const char alphabet[] = "ab=q\" \t\n=1K\"x";
	int i, bad = 0;

	for (i = 0; i < FUZZ_CASES; i++) {
		size_t n = prng_below(40), k, words = 0;
		char *line = malloc(n + 1);
		int errors;

		for (k = 0; k < n; k++)
			line[k] = alphabet[prng_below(sizeof(alphabet) - 1)];
		line[n] = '\0';
		for (k = 0; k < n; k++)         /* an upper bound on the words */
			words += line[k] != ' ' && line[k] != '\t' && line[k] != '\n' &&
				 (k == 0 || line[k - 1] == ' ' || line[k - 1] == '\t' ||
				  line[k - 1] == '\n' || line[k - 1] == '"');
		printk_clear();
		errors = parse_args(line, fuzz_params, fuzz_params + ARRAY_SIZE(fuzz_params));
		if (errors < 0 || (size_t)errors > words + 1) {
			if (bad++ < 5)
				diag("%d errors for a line of %zu words", errors, words);
		}
		free(line);
	}
	ok(bad == 0, "%d random command lines parsed without crashing", FUZZ_CASES);
}

int main(void)
{
	plan(12 + 21 + 15 + 1);
	prng_init(DEFAULT_SEED);
	next_arg_tests();
	memparse_tests();
	parse_args_tests();
	fuzz_tests();
	return done_testing();
}
