/* Generated from src.nw/92-printk.nw, "printk and vsnprintf"; edit that file, not this one. */
/* Byte-at-a-time implementations of the <linux/string.h> functions. */
#include <linux/string.h>

/* keeping the compiler from turning a loop into a call */
#define NO_LOOP_TO_CALL __attribute__((optimize("no-tree-loop-distribute-patterns")))

/* filling memory with a byte */
/* Fill n bytes at s with the byte c; returns s. */
NO_LOOP_TO_CALL void *memset(void *s, int c, size_t n)
{
	unsigned char *p = s;

	while (n--)
		*p++ = (unsigned char)c;
	return s;
}

/* copying memory that does not overlap */
/* Copy n bytes from src to dst, which must not overlap; returns dst. */
NO_LOOP_TO_CALL void *memcpy(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n--)
		*d++ = *s++;
	return dst;
}

/* copying memory that may overlap */
/* Copy n bytes from src to dst; the areas may overlap.  Returns dst. */
NO_LOOP_TO_CALL void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d <= s) {
		while (n--)
			*d++ = *s++;
	} else {
		while (n--)
			d[n] = s[n];
	}
	return dst;
}

/* comparing memory */
/* Compare n bytes; returns <0, 0 or >0 as a is below, equal to or above b. */
int memcmp(const void *a, const void *b, size_t n)
{
	const unsigned char *p = a, *q = b;

	for (; n > 0; n--, p++, q++)
		if (*p != *q)
			return *p - *q;
	return 0;
}

/* searching memory for a byte */
/* Return the first of the n bytes at s that equals c, or NULL. */
void *memchr(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n > 0; n--, p++)
		if (*p == (unsigned char)c)
			return (void *)p;
	return NULL;
}

/* the length of a string */
/* The number of characters in s before its NUL. */
size_t strlen(const char *s)
{
	const char *p = s;

	while (*p)
		p++;
	return p - s;
}

/* the length of a string, bounded */
/* Like strlen, but looks at no more than maxlen bytes. */
size_t strnlen(const char *s, size_t maxlen)
{
	size_t n = 0;

	while (n < maxlen && s[n])
		n++;
	return n;
}

/* comparing strings */
/* Compare two strings as unsigned bytes; <0, 0 or >0 like memcmp. */
int strcmp(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

/* comparing the starts of strings */
/* Like strcmp, but compares at most n characters. */
int strncmp(const char *a, const char *b, size_t n)
{
	for (; n > 0; n--, a++, b++)
		if (*a != *b || !*a)
			return (unsigned char)*a - (unsigned char)*b;
	return 0;
}

/* finding a character in a string */
/* The first occurrence of c in s (c may be NUL), or NULL. */
char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char)c)
			return (char *)s;
		if (!*s)
			return NULL;
	}
}

/* copying a string into a buffer known to be large enough */
/* Copy src and its NUL to dst, which must be large enough; returns dst. */
char *strcpy(char *dst, const char *src)
{
	char *d = dst;

	while ((*d++ = *src++) != '\0')
		;
	return dst;
}


/* copying a string into a buffer of a given size */
/*
 * Copy as much of src as fits in size bytes at dst, always NUL-terminated
 * when size > 0.  Returns strlen(src); a result >= size means truncation.
 */
size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}
