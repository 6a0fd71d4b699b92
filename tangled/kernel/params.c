/* Generated from src.nw/93-cmdline.nw, "The kernel command line"; edit that file, not this one. */
/* Splitting the command line into words and handing them to handlers. */
#include <linux/params.h>
#include <linux/kernel.h>
#include <linux/string.h>

/* recognising a space */
static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* skipping spaces */
/* Return s advanced past any spaces. */
static char *skip_spaces(char *s)
{
	while (is_space(*s))
		s++;
	return s;
}

/* splitting off a word */
/*
 * Split the first word off args (which must not start with a space):
 * *param gets its name, *val its value or NULL if it has no '='.  Both
 * are NUL-terminated in place.  Returns the next word, past spaces.
 */
char *next_arg(char *args, char **param, char **val)
{
	char *equals = NULL, *next;
	bool in_quote = false, quoted = false;
	size_t i;

	/* step over a quote that opens the whole word */
	if (*args == '"') {
		args++;
		in_quote = true;
		quoted = true;
	}
	/* find the end of the word and its first =, honouring quotes */
	for (i = 0; args[i]; i++) {
		if (is_space(args[i]) && !in_quote)
			break;
		if (equals == NULL && args[i] == '=')
			equals = args + i;
		if (args[i] == '"')
			in_quote = !in_quote;
	}
	/* set *param and *val, removing their quotes */
	*param = args;
	*val = NULL;
	if (equals) {
		*equals = '\0';
		*val = equals + 1;
		if (**val == '"') {
			(*val)++;
			if (i > 0 && args[i - 1] == '"')
				args[i - 1] = '\0';
		}
	}
	if (quoted && i > 0 && args[i - 1] == '"')
		args[i - 1] = '\0';
	/* end the word with a NUL and find the next word */
	if (args[i]) {
		args[i] = '\0';
		next = args + i + 1;
	} else {
		next = args + i;
	}
	next = skip_spaces(next);
	return next;
}

/* the size suffixes and their shifts */
#define KB_SHIFT        10      /* K: 2^10 bytes */
#define MB_SHIFT        20      /* M: 2^20 bytes */
#define GB_SHIFT        30      /* G: 2^30 bytes */

/* recognising a size suffix */
/* The power of two the size suffix c stands for, or 0 if it is none. */
static unsigned int suffix_shift(char c)
{
	switch (c) {
	case 'k': case 'K': return KB_SHIFT;
	case 'm': case 'M': return MB_SHIFT;
	case 'g': case 'G': return GB_SHIFT;
	default:  return 0;
	}
}

/* reading a size */
/*
 * Parse a size: a number (0x for hex, 0 for octal) and an optional K, M
 * or G.  Sets *retptr, if retptr is not NULL, to the first character not
 * used.  With no number, or past 64 bits, returns 0 and *retptr = ptr.
 */
unsigned long long memparse(const char *ptr, char **retptr)
{
	unsigned long long size;
	unsigned int base = 0, rv, shift;
	const char *s;

	/* read the number at ptr into size, failing if none or too large */
	s = _parse_integer_fixup_radix(ptr, &base);
	rv = _parse_integer(s, base, &size);
	if (rv == 0 || (rv & KSTRTOX_OVERFLOW))
		goto fail;
	s += rv;
	/* apply a size suffix to size, failing if it would overflow */
	shift = suffix_shift(*s);
	if (shift) {
		if (size > (~0ULL >> shift))
			goto fail;
		size <<= shift;
		s++;
	}
	if (retptr)
		*retptr = (char *)s;
	return size;
fail:
	if (retptr)
		*retptr = (char *)ptr;
	return 0;
}

/* finding the entry for a word */
/*
 * The entry in [start, end) for the word called param: one whose str is
 * "param=" if with_value, or exactly "param" if not; NULL if none is.
 * Takes time proportional to the number of entries.
 */
static const struct obs_kernel_param *
find_param(const char *param, bool with_value,
	   const struct obs_kernel_param *start,
	   const struct obs_kernel_param *end)
{
	size_t n = strlen(param);
	const struct obs_kernel_param *p;

	for (p = start; p < end; p++) {
		/* return p if its name is param, with an = exactly when with_value */
		if (strncmp(p->str, param, n) != 0)
			continue;
		if (with_value ? p->str[n] == '=' && p->str[n + 1] == '\0'
			       : p->str[n] == '\0')
			return p;
	}
	return NULL;
}

/* the outcomes of handing over a word */
enum param_result { PARAM_OK, PARAM_BAD, PARAM_UNKNOWN };

/* handing a word to its handler */
/*
 * Hand the word param (with val, or NULL for a flag) to its handler.
 * Prints a message naming the word unless the handler accepted it.
 */
static enum param_result do_param(char *param, char *val,
				  const struct obs_kernel_param *start,
				  const struct obs_kernel_param *end)
{
	const struct obs_kernel_param *p;

	p = find_param(param, val != NULL, start, end);
	if (p)
		return p->setup_func(val ? val : param + strlen(param)) == 0 ?
		       PARAM_OK : PARAM_BAD;
	/* report a word of the wrong kind, or an unknown word */
	p = find_param(param, val == NULL, start, end);
	if (p && val) {
		printk(KERN_ERR "Kernel command line parameter '%s' takes no value "
		       "(got '%s=%s')\n", param, param, val);
		return PARAM_BAD;
	}
	if (p) {
		printk(KERN_ERR "Kernel command line parameter '%s' needs a value "
		       "(%s...)\n", param, p->str);
		return PARAM_BAD;
	}
	printk(KERN_ERR "Unknown kernel command line parameter '%s'\n", param);
	return PARAM_UNKNOWN;
}

/* listing the known parameters */
/* Print the names of the entries in [start, end) on one line. */
static void list_params(const struct obs_kernel_param *start,
			const struct obs_kernel_param *end)
{
	const struct obs_kernel_param *p;

	printk(KERN_ERR "Known parameters:");
	for (p = start; p < end; p++)
		printk(" %s", p->str);
	printk("\n");
}

/* walking the command line */
/*
 * Hand every word of cmdline (modified in place) to its handler in
 * [start, end); a first word without '=' is skipped as the image name.
 * Returns the number of words that were unknown or rejected.
 */
int parse_args(char *cmdline, const struct obs_kernel_param *start,
	       const struct obs_kernel_param *end)
{
	char *args = skip_spaces(cmdline), *param, *val;
	bool first = true, listed = false;
	int errors = 0;

	while (*args) {
		enum param_result rc;

		args = next_arg(args, &param, &val);
		/* skip the image name and empty words */
		if (first) {
			first = false;
			if (val == NULL)
				continue;
		}
		if (*param == '\0' && val == NULL)
			continue;
		rc = do_param(param, val, start, end);
		/* count an error, listing the known parameters after the first unknown */
		if (rc != PARAM_OK)
			errors++;
		if (rc == PARAM_UNKNOWN && !listed) {
			list_params(start, end);
			listed = true;
		}
	}
	return errors;
}
