/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* Spinlocks for one processor: they check and count, never spin. */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/kernel.h>

/* spinlock_t, a lock that knows whether it is held */
typedef struct {
	int locked;                     /* 1 while held */
	unsigned long acquisitions;     /* times taken, for measurements */
} spinlock_t;

#define SPIN_LOCK_UNLOCKED      ((spinlock_t){ 0, 0 })

/* taking and releasing a spinlock_t */
static inline void spin_lock_init(spinlock_t *lock)
{
	lock->locked = 0;
	lock->acquisitions = 0;
}

static inline void spin_lock(spinlock_t *lock)
{
	BUG_ON(lock->locked);
	lock->locked = 1;
	lock->acquisitions++;
}

static inline void spin_unlock(spinlock_t *lock)
{
	BUG_ON(!lock->locked);
	lock->locked = 0;
}

/* the interrupt-saving forms, and testing a lock */
#define spin_lock_irqsave(lock, flags)          ((void)(flags), spin_lock(lock))
#define spin_unlock_irqrestore(lock, flags)     ((void)(flags), spin_unlock(lock))
#define spin_is_locked(lock)                    ((lock)->locked)

#endif /* _LINUX_SPINLOCK_H */
