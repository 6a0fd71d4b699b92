/* Generated from src.nw/90-startup.nw, "Starting the processor"; edit that file, not this one. */
/* Constants shared by C and assembler. */
#ifndef _LINUX_CONST_H
#define _LINUX_CONST_H

#ifdef __ASSEMBLY__
#define _AC(x, suffix)  x
#else
#define __AC(x, suffix) (x##suffix)
#define _AC(x, suffix)  __AC(x, suffix)
#endif

#endif /* _LINUX_CONST_H */
