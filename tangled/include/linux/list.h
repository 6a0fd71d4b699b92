/* Generated from src.nw/10-physmem.nw, "Describing physical memory"; edit that file, not this one. */
/* Circular doubly linked lists with embedded links, as in Linux. */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#include <linux/types.h>

/* struct list_head, the embedded link */
struct list_head {
	struct list_head *next, *prev;  /* neighbours, or the head */
};

/* an empty list, made statically or at run time */
#define LIST_HEAD_INIT(name)    { &(name), &(name) }
#define LIST_HEAD(name)         struct list_head name = LIST_HEAD_INIT(name)

static inline void INIT_LIST_HEAD(struct list_head *list)
{
	list->next = list;
	list->prev = list;
}

/* splicing an entry in: list_add and list_add_tail */
static inline void __list_add(struct list_head *new, struct list_head *prev,
			      struct list_head *next)
{
	next->prev = new;
	new->next = next;
	new->prev = prev;
	prev->next = new;
}

/* Add new after head: a stack. */
static inline void list_add(struct list_head *new, struct list_head *head)
{
	__list_add(new, head, head->next);
}

/* Add new before head: a queue. */
static inline void list_add_tail(struct list_head *new, struct list_head *head)
{
	__list_add(new, head->prev, head);
}

/* unlinking an entry and poisoning its links */
#define LIST_POISON1    ((struct list_head *)0x00100100)
#define LIST_POISON2    ((struct list_head *)0x00200200)

static inline void list_del(struct list_head *entry)
{
	entry->next->prev = entry->prev;
	entry->prev->next = entry->next;
	entry->next = LIST_POISON1;
	entry->prev = LIST_POISON2;
}

static inline bool list_empty(const struct list_head *head)
{
	return head->next == head;
}

/* from a link back to the object that embeds it */
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define list_entry(ptr, type, member) container_of(ptr, type, member)

/* walking a list */
#define list_for_each(pos, head) \
	for (pos = (head)->next; pos != (head); pos = pos->next)

#define list_for_each_safe(pos, n, head) \
	for (pos = (head)->next, n = pos->next; pos != (head); \
	     pos = n, n = pos->next)

#define list_for_each_entry(pos, head, member)                           \
	for (pos = list_entry((head)->next, __typeof__(*pos), member);   \
	     &pos->member != (head);                                     \
	     pos = list_entry(pos->member.next, __typeof__(*pos), member))

#endif /* _LINUX_LIST_H */
