/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* vsnprintf and friends, and the number parsers simple_strtoull etc. */
#include <linux/kernel.h>
#include <linux/string.h>
#include <asm/div64.h>

/* the flags of a conversion */
#define ZEROPAD 1       /* the 0 flag: pad numbers with zeros */
#define SIGN    2       /* signed conversion (d, i) */
#define PLUS    4       /* the + flag: show + before positive numbers */
#define SPACE   8       /* the space flag: a space where + would go */
#define LEFT    16      /* the - flag: left-justify in the field */
#define SPECIAL 32      /* the # flag: 0 before octal, 0x before hex */
#define SMALL   64      /* lowercase hex digits (x rather than X) */

/* the conversion specification */
struct printf_spec {
	unsigned int flags;     /* the bits above */
	int field_width;        /* minimum characters; -1 if none given */
	int precision;          /* min digits or max chars; -1 if none */
	unsigned int base;      /* 8, 10 or 16 for numbers */
	int qualifier;          /* 0, 'H' (hh), 'h', 'l', 'L' (ll), 'z' */
};

/* the output sink */
struct sink {
	char *buf;      /* where characters go; NULL allowed if size is 0 */
	size_t size;    /* bytes at buf, including room for the NUL */
	size_t len;     /* characters produced so far, stored or not */
};

/* storing one character */
/* Append c to the output, storing it only if it falls inside the buffer. */
static void put(struct sink *out, char c)
{
	if (out->len < out->size)
		out->buf[out->len] = c;
	out->len++;
}

/* padding with a repeated character */
/* Append n copies of c; nothing if n <= 0. */
static void put_repeat(struct sink *out, char c, int n)
{
	while (n-- > 0)
		put(out, c);
}

/* printing a number */
/*
 * Print num in spec.base under spec's flags, width and precision, with
 * C99's rules.  With SIGN set, num holds a sign-extended signed value.
 * Takes time proportional to the field width plus the number of digits.
 */
static void number(struct sink *out, u64 num, struct printf_spec spec)
{
	static const char hex_digits[] = "0123456789ABCDEF";
	char digits[22];        /* 2^64 - 1 has 22 octal digits */
	int ndigits, zeros, pad;
	const char *prefix;
	char sign;

	/* choose the sign character and make num its magnitude */
	sign = 0;
	if (spec.flags & SIGN) {
		if ((s64)num < 0) {
			sign = '-';
			num = -num;
		} else if (spec.flags & PLUS) {
			sign = '+';
		} else if (spec.flags & SPACE) {
			sign = ' ';
		}
	}
	/* convert num to digits, least significant first */
	ndigits = 0;
	if (num != 0 || spec.precision != 0) {
		char locase = (spec.flags & SMALL) ? 32 : 0;

		do {
			digits[ndigits++] = hex_digits[do_div(num, spec.base)] | locase;
		} while (num != 0);
	}
	/* count the zeros for the precision and the octal # flag */
	zeros = spec.precision > ndigits ? spec.precision - ndigits : 0;
	if ((spec.flags & SPECIAL) && spec.base == 8 && zeros == 0 &&
	    (ndigits == 0 || digits[ndigits - 1] != '0'))
		zeros = 1;
	/* choose the prefix and the padding of the field */
	prefix = "";
	if ((spec.flags & SPECIAL) && spec.base == 16)
		prefix = (spec.flags & SMALL) ? "0x" : "0X";
	pad = spec.field_width - (sign != 0) - (int)strlen(prefix) - zeros - ndigits;
	if ((spec.flags & (ZEROPAD | LEFT)) == ZEROPAD && spec.precision < 0) {
		if (pad > 0)
			zeros += pad;
		pad = 0;
	}
	/* emit padding, sign, prefix, zeros and digits */
	if (!(spec.flags & LEFT))
		put_repeat(out, ' ', pad);
	if (sign)
		put(out, sign);
	while (*prefix)
		put(out, *prefix++);
	put_repeat(out, '0', zeros);
	while (ndigits > 0)
		put(out, digits[--ndigits]);
	if (spec.flags & LEFT)
		put_repeat(out, ' ', pad);
}

/* printing a string */
/*
 * Print at most spec.precision characters of s (all of it if precision is
 * -1), padded with spaces to spec.field_width.  s may be NULL.
 */
static void string(struct sink *out, const char *s, struct printf_spec spec)
{
	size_t limit = spec.precision < 0 ? (size_t)-1 : (size_t)spec.precision;
	int len, i;

	if (s == NULL)
		s = "<NULL>";
	len = (int)strnlen(s, limit);
	if (!(spec.flags & LEFT))
		put_repeat(out, ' ', spec.field_width - len);
	for (i = 0; i < len; i++)
		put(out, s[i]);
	if (spec.flags & LEFT)
		put_repeat(out, ' ', spec.field_width - len);
}

/* printing a character */
/* Print the character c padded with spaces to spec.field_width. */
static void character(struct sink *out, char c, struct printf_spec spec)
{
	if (!(spec.flags & LEFT))
		put_repeat(out, ' ', spec.field_width - 1);
	put(out, c);
	if (spec.flags & LEFT)
		put_repeat(out, ' ', spec.field_width - 1);
}

/* reading a width or a precision */
static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Read a decimal number at *s, advancing *s past it; saturates at INT_MAX. */
static int skip_atoi(const char **s)
{
	int i = 0;

	while (is_digit(**s)) {
		int d = *(*s)++ - '0';

		i = i <= (INT_MAX - d) / 10 ? i * 10 + d : INT_MAX;
	}
	return i;
}

/* parsing a conversion specification */
/*
 * Parse the flags, width, precision and length modifier that follow a
 * '%' into *spec.  fmt points just after the '%'; a '*' takes its value
 * from the next int in *ap.  Returns a pointer to the conversion character.
 */
static const char *parse_spec(const char *fmt, struct printf_spec *spec,
			      va_list *ap)
{
	/* read the flag characters into spec->flags */
	spec->flags = 0;
	for (;; fmt++) {
		switch (*fmt) {
		case '-': spec->flags |= LEFT;    continue;
		case '+': spec->flags |= PLUS;    continue;
		case ' ': spec->flags |= SPACE;   continue;
		case '#': spec->flags |= SPECIAL; continue;
		case '0': spec->flags |= ZEROPAD; continue;
		}
		break;
	}
	/* read the field width, from digits or from a * argument */
	spec->field_width = -1;
	if (is_digit(*fmt)) {
		spec->field_width = skip_atoi(&fmt);
	} else if (*fmt == '*') {
		int width = va_arg(*ap, int);

		if (width < 0) {
			spec->flags |= LEFT;
			width = width == INT_MIN ? INT_MAX : -width;
		}
		spec->field_width = width;
		fmt++;
	}
	/* read the precision after a . */
	spec->precision = -1;
	if (*fmt == '.') {
		fmt++;
		if (is_digit(*fmt)) {
			spec->precision = skip_atoi(&fmt);
		} else if (*fmt == '*') {
			spec->precision = va_arg(*ap, int);
			fmt++;
		} else {
			spec->precision = 0;
		}
		if (spec->precision < 0)
			spec->precision = -1;
	}
	/* read the length modifier into spec->qualifier */
	spec->qualifier = 0;
	if (*fmt == 'h' || *fmt == 'l' || *fmt == 'z') {
		spec->qualifier = *fmt++;
		if (spec->qualifier == 'h' && *fmt == 'h') {
			spec->qualifier = 'H';
			fmt++;
		} else if (spec->qualifier == 'l' && *fmt == 'l') {
			spec->qualifier = 'L';
			fmt++;
		}
	}
	return fmt;
}

/* fetching a signed argument */
/* Fetch the next signed integer argument of spec's width, sign-extended. */
static u64 fetch_signed(const struct printf_spec *spec, va_list *ap)
{
	switch (spec->qualifier) {
	case 'H': return (s64)(signed char)va_arg(*ap, int);
	case 'h': return (s64)(short)va_arg(*ap, int);
	case 'l': return (s64)va_arg(*ap, long);
	case 'L': return (s64)va_arg(*ap, long long);
	case 'z': return (s64)(ptrdiff_t)va_arg(*ap, size_t);
	default:  return (s64)va_arg(*ap, int);
	}
}

/* fetching an unsigned argument */
/* Fetch the next unsigned integer argument of spec's width, zero-extended. */
static u64 fetch_unsigned(const struct printf_spec *spec, va_list *ap)
{
	switch (spec->qualifier) {
	case 'H': return (unsigned char)va_arg(*ap, unsigned int);
	case 'h': return (unsigned short)va_arg(*ap, unsigned int);
	case 'l': return va_arg(*ap, unsigned long);
	case 'L': return va_arg(*ap, unsigned long long);
	case 'z': return va_arg(*ap, size_t);
	default:  return va_arg(*ap, unsigned int);
	}
}

/* carrying out one conversion */
/*
 * Carry out the conversion *fmt under *spec, taking its argument from *ap.
 * Returns the position in the format after the conversion character.
 */
static const char *convert(struct sink *out, const char *fmt,
			   struct printf_spec *spec, va_list *ap)
{
	switch (*fmt) {
	/* convert c, s and % */
	case 'c':
		character(out, (char)va_arg(*ap, int), *spec);
		break;
	case 's':
		string(out, va_arg(*ap, const char *), *spec);
		break;
	case '%':
		put(out, '%');
		break;
	/* convert the decimal and octal integers d, i, u and o */
	case 'd':
	case 'i':
		spec->flags |= SIGN;
		spec->base = 10;
		number(out, fetch_signed(spec, ap), *spec);
		break;
	case 'u':
		spec->base = 10;
		number(out, fetch_unsigned(spec, ap), *spec);
		break;
	case 'o':
		spec->base = 8;
		number(out, fetch_unsigned(spec, ap), *spec);
		break;
	/* convert x and X, with no 0x in front of a zero */
	case 'x':
		spec->flags |= SMALL;
		/* fall through */
	case 'X': {
		u64 num = fetch_unsigned(spec, ap);

		spec->base = 16;
		if (num == 0)
			spec->flags &= ~SPECIAL;
		number(out, num, *spec);
		break;
	}
	/* convert p as 0x and a pointer's width of hex digits */
	case 'p':
		spec->flags |= SPECIAL | SMALL;
		spec->base = 16;
		spec->precision = 2 * sizeof(void *);
		number(out, (uintptr_t)va_arg(*ap, void *), *spec);
		break;
	/* convert what is not a conversion at all */
	case '\0':
		put(out, '%');
		return fmt;
	default:
		put(out, '%');
		put(out, *fmt);
		break;
	}
	return fmt + 1;
}

/* the formatter's loop, vsnprintf */
/*
 * Format into buf, storing at most size bytes including a NUL (none at
 * all if size is 0, when buf may be NULL).  Returns the length of the
 * whole output, which is >= size if it was truncated.
 */
int vsnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	struct sink out = { .buf = buf, .size = size, .len = 0 };
	struct printf_spec spec;
	va_list ap;

	va_copy(ap, args);
	/* copy fmt to out, handing each % to the parser and the converter */
	while (*fmt) {
		if (*fmt != '%') {
			put(&out, *fmt++);
			continue;
		}
		fmt = parse_spec(fmt + 1, &spec, &ap);
		fmt = convert(&out, fmt, &spec, &ap);
	}
	va_end(ap);
	if (size > 0)
		buf[out.len < size ? out.len : size - 1] = '\0';
	return (int)out.len;
}

/* the entry points built on vsnprintf */
/* counting what was stored, vscnprintf */
/* Like vsnprintf, but returns the number of characters stored in buf. */
int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int len = vsnprintf(buf, size, fmt, args);

	if (size == 0)
		return 0;
	return (size_t)len < size ? len : (int)(size - 1);
}

/* formatting with the arguments in hand, snprintf */
int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsnprintf(buf, size, fmt, args);
	va_end(args);
	return len;
}

/* appending piece by piece, scnprintf */
int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vscnprintf(buf, size, fmt, args);
	va_end(args);
	return len;
}

/* formatting into a buffer of trusted size, sprintf */
/* Format into buf, which the caller guarantees is large enough. */
int sprintf(char *buf, const char *fmt, ...)
{
	va_list args;
	int len;

	va_start(args, fmt);
	len = vsnprintf(buf, INT_MAX, fmt, args);
	va_end(args);
	return len;
}

/* turning text into numbers */
/* the value of a digit */
#define NOT_A_DIGIT     16      /* larger than any digit of base <= 16 */

/* The value of c as a digit (0-9, a-f, A-F), or NOT_A_DIGIT. */
static unsigned int digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;        /* lowercase a letter; other characters stay non-digits */
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return NOT_A_DIGIT;
}

/* choosing the base from a prefix */
/*
 * If *base is 0, choose it from the prefix of s: "0x" and a hex digit
 * mean 16, a leading "0" means 8, anything else 10.  Returns s past a
 * "0x" prefix when the base is 16.
 */
const char *_parse_integer_fixup_radix(const char *s, unsigned int *base)
{
	if (*base == 0) {
		if (s[0] == '0') {
			if ((s[1] | 32) == 'x' && digit_value(s[2]) < 16)
				*base = 16;
			else
				*base = 8;
		} else {
			*base = 10;
		}
	}
	if (*base == 16 && s[0] == '0' && (s[1] | 32) == 'x')
		s += 2;
	return s;
}

/* reading digits, noting overflow */
#define OVERFLOW_CHECK_MASK     (~0ULL << 60)  /* res < 2^60 cannot overflow */

/*
 * Read digits of base (2..16) at s into *res.  Returns how many were read,
 * ORed with KSTRTOX_OVERFLOW if the value exceeds 64 bits.
 */
unsigned int _parse_integer(const char *s, unsigned int base,
			    unsigned long long *res)
{
	u64 value = 0;
	unsigned int rv = 0, digit;

	for (; (digit = digit_value(*s)) < base; s++, rv++) {
		/* note in rv whether value * base + digit would overflow */
		if (unlikely(value & OVERFLOW_CHECK_MASK)) {
			u64 limit = ~0ULL - digit;

			do_div(limit, base);
			if (value > limit)
				rv |= KSTRTOX_OVERFLOW;
		}
		value = value * base + digit;
	}
	*res = value;
	return rv;
}

/* the lenient parser simple_strtoull */
/*
 * Parse an unsigned number at cp in base (0 for C prefixes); set *endp,
 * if endp is not NULL, to the first character not used.  No digits give
 * 0 with *endp at the digits' place.  Overflow wraps around unreported.
 */
unsigned long long simple_strtoull(const char *cp, char **endp,
				   unsigned int base)
{
	unsigned long long result;
	unsigned int rv;

	cp = _parse_integer_fixup_radix(cp, &base);
	rv = _parse_integer(cp, base, &result);
	if (endp)
		*endp = (char *)cp + (rv & ~KSTRTOX_OVERFLOW);
	return result;
}

/* the lenient parser narrowed to unsigned long */
/* simple_strtoull narrowed to unsigned long. */
unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base)
{
	return (unsigned long)simple_strtoull(cp, endp, base);
}

/* the strict parser kstrtoull */
/*
 * Parse all of s as an unsigned number in base (0 for C prefixes); one
 * trailing newline is allowed.  Returns 0 and sets *res, or returns -1,
 * leaving *res alone, if s is empty, has garbage or overflows 64 bits.
 */
int kstrtoull(const char *s, unsigned int base, unsigned long long *res)
{
	unsigned long long value;
	unsigned int rv;

	s = _parse_integer_fixup_radix(s, &base);
	rv = _parse_integer(s, base, &value);
	if (rv == 0 || (rv & KSTRTOX_OVERFLOW))
		return -1;
	/* fail unless the digits are followed by the end or one newline */
	s += rv;
	if (*s == '\n')
		s++;
	if (*s != '\0')
		return -1;
	*res = value;
	return 0;
}
