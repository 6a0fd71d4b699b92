/* Generated from src.nw/93-cmdline.nw, "The kernel command line"; edit that file, not this one. */
/* parse_cmdline: parse_args over the kernel's __setup handlers. */
#include <linux/params.h>
#include <linux/types.h>

/* parsing the line against the kernel's own handlers */
/*
 * Hand every word of cmdline (modified in place; NULL means empty) to the
 * handlers that __setup registered.  Returns the number of errors.
 */
int __init parse_cmdline(char *cmdline)
{
	if (cmdline == NULL)
		return 0;
	return parse_args(cmdline, __setup_start, __setup_end);
}
