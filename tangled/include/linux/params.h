/* Generated from src.nw/93-cmdline.nw, "The kernel command line"; edit that file, not this one. */
/* Parsing the kernel command line against the __setup handlers. */
#ifndef _LINUX_PARAMS_H
#define _LINUX_PARAMS_H

#include <linux/init.h>

char *next_arg(char *args, char **param, char **val);
unsigned long long memparse(const char *ptr, char **retptr);
int parse_args(char *cmdline, const struct obs_kernel_param *start,
	       const struct obs_kernel_param *end);

/* parse_args over __setup_start..__setup_end, from <linux/init.h>. */
int parse_cmdline(char *cmdline);

#endif /* _LINUX_PARAMS_H */
