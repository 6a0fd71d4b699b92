/*
 * test_mempool.c - memory pools (mm/mempool.c) on the host.
 *
 * The pool's backing allocator here hands out numbered tokens and fails
 * when the test says so; it logs every call with its mask and result,
 * and records where every token is (issued or returned), so the test
 * can check after each operation that every element is exactly once in
 * the caller's hands, in the reserve, or back with the allocator.
 * Fixed cases check the order of mempool_alloc's attempts and their
 * masks, mempool_free's refilling, creation failure, and the checked
 * errors (each must panic with its message).  A seeded random sequence
 * then checks the invariants after every operation, replaying each
 * allocation against a model of the algorithm.  The page back end runs
 * over the real buddy allocator of the fake machine.
 *
 * kmalloc/kfree are malloc/free here, and kmem_cache_alloc/free only
 * record their arguments: the slab back end is two adapters whose job is
 * to pass the cache and the mask through.
 */
/* KERNEL_SOURCES: mm/mempool.c mm/page_alloc.c */
#include "fake_machine.h"
#include <linux/mempool.h>
#include <linux/slab.h>
#include "harness.h"

#define DEFAULT_SEED    20030701ULL
#define MAX_TOKENS      200000          /* tokens the random run may issue */
#define MAX_HELD        64              /* elements the random run may hold */
#define RANDOM_OPS      100000
#define LOG_MAX         8               /* backing calls one mempool_alloc makes: at most 3 */

/* ---- kmalloc on the host, with a failure switch ---- */
static int kmalloc_fail_at = -1;        /* fail the n-th kmalloc from now (0: next) */

void *kmalloc(size_t size, unsigned int flags)
{
	(void)flags;
	if (kmalloc_fail_at >= 0 && kmalloc_fail_at-- == 0)
		return NULL;
	return malloc(size);
}

void kfree(const void *objp)
{
	free((void *)objp);
}

/* ---- the slab calls: recorded, not performed ---- */
static kmem_cache_t *slab_cache_seen;
static unsigned int slab_gfp_seen;
static void *slab_obj_seen;
static char slab_object[32];

void *kmem_cache_alloc(kmem_cache_t *cachep, unsigned int flags)
{
	slab_cache_seen = cachep;
	slab_gfp_seen = flags;
	return slab_object;
}

void kmem_cache_free(kmem_cache_t *cachep, void *objp)
{
	slab_cache_seen = cachep;
	slab_obj_seen = objp;
}

/* ---- the token allocator ---- */
enum token_state { T_NEVER, T_ISSUED, T_RETURNED };

static char tokens[MAX_TOKENS];         /* token i is the address &tokens[i] */
static unsigned char token_state[MAX_TOKENS];
static int next_token = 1;              /* token 0 is never issued */
static int backing_fail;                /* 1: every call fails */
static int issued, returned;            /* counts */
static void *const token_data = (void *)0x5ea1;   /* the pool_data we pass */
static int bad_pool_data;

struct backing_call {
	unsigned int gfp;
	int ok;
};
static struct backing_call call_log[LOG_MAX];
static int nr_calls;

static int token_id(void *element)
{
	return (int)((char *)element - tokens);
}

static void *token_alloc(unsigned int gfp_mask, void *pool_data)
{
	bad_pool_data += pool_data != token_data;
	if (nr_calls < LOG_MAX)
		call_log[nr_calls] = (struct backing_call){ gfp_mask, !backing_fail };
	nr_calls++;
	if (backing_fail || next_token >= MAX_TOKENS)
		return NULL;
	token_state[next_token] = T_ISSUED;
	issued++;
	return &tokens[next_token++];
}

static int double_returns;

static void token_free(void *element, void *pool_data)
{
	int id = token_id(element);

	bad_pool_data += pool_data != token_data;
	if (id <= 0 || id >= MAX_TOKENS || token_state[id] != T_ISSUED)
		double_returns++;
	else
		token_state[id] = T_RETURNED;
	returned++;
}

static void tokens_reset(void)
{
	memset(token_state, 0, sizeof(token_state));
	next_token = 1;
	issued = returned = double_returns = bad_pool_data = 0;
	backing_fail = 0;
}

static mempool_t *token_pool(int min_nr)
{
	return mempool_create(min_nr, token_alloc, token_free, token_data);
}

/* ---- the caller's side: which elements it holds ---- */
static void *held[MAX_HELD];
static int nr_held;

/* Every invariant of the chapter, and where every token is.  1 if all hold. */
static int check_pool(const mempool_t *pool, const char **why)
{
	static unsigned char where[MAX_TOKENS];  /* 1 held, 2 reserve */
	int i, id, out = 0;

	*why = "curr_nr outside [0, min_nr]";
	if (pool->curr_nr < 0 || pool->curr_nr > pool->min_nr)
		return 0;
	*why = "nr_out is not the number of elements the caller holds";
	if (pool->nr_out != nr_held)
		return 0;
	*why = "the reserve is short by more than the elements out";
	if (pool->min_nr - pool->curr_nr > pool->nr_out)
		return 0;
	memset(where, 0, (size_t)next_token);
	for (i = 0; i < nr_held; i++) {
		id = token_id(held[i]);
		*why = "a held element is not an issued token, or held twice";
		if (id <= 0 || id >= next_token || token_state[id] != T_ISSUED || where[id])
			return 0;
		where[id] = 1;
	}
	for (i = 0; i < pool->curr_nr; i++) {
		id = token_id(pool->elements[i]);
		*why = "a reserved element is not an issued token, held, or in twice";
		if (id <= 0 || id >= next_token || token_state[id] != T_ISSUED || where[id])
			return 0;
		where[id] = 2;
	}
	for (id = 1; id < next_token; id++)
		out += token_state[id] == T_ISSUED && !where[id];
	*why = "an issued token is neither held nor in the reserve (lost)";
	if (out)
		return 0;
	*why = "a token came back twice, or the callbacks saw the wrong pool_data";
	return !double_returns && !bad_pool_data;
}

#define CHECK_POOL(pool, name) ({                                       \
	const char *_why;                                               \
	int _ok = check_pool(pool, &_why);                              \
	ok(_ok, "%s%s%s", name, _ok ? "" : ": ", _ok ? "" : _why);      \
})

/* mempool_alloc with the call log cleared; adds a result to held[]. */
static void *pool_alloc(mempool_t *pool, unsigned int gfp)
{
	void *e;

	nr_calls = 0;
	e = mempool_alloc(pool, gfp);
	if (e)
		held[nr_held++] = e;
	return e;
}

/* mempool_free of held[i]. */
static void pool_free(mempool_t *pool, int i)
{
	void *e = held[i];

	held[i] = held[--nr_held];
	mempool_free(e, pool);
}

static void pool_free_all(mempool_t *pool)
{
	while (nr_held)
		pool_free(pool, nr_held - 1);
}

#define NOWAIT_MASK(g)  (((g) & ~(__GFP_WAIT | __GFP_IO)) | __GFP_NOWARN)

/* ---- fixed cases ---- */
static void creation_cases(void)
{
	mempool_t *pool;

	tokens_reset();
	nr_calls = 0;
	pool = token_pool(5);
	ok(pool && pool->curr_nr == 5 && pool->min_nr == 5 && nr_calls == 5 && issued == 5,
	   "mempool_create fills the reserve with exactly min_nr calls");
	ok(call_log[0].gfp == GFP_KERNEL, "the fill uses GFP_KERNEL");
	CHECK_POOL(pool, "a new pool satisfies the invariants");
	mempool_destroy(pool);
	ok(returned == 5 && double_returns == 0,
	   "mempool_destroy returns the whole reserve, each token once");

	tokens_reset();
	next_token = MAX_TOKENS - 3;    /* the allocator runs dry after 3 */
	pool = token_pool(5);
	ok(pool == NULL && issued == 3 && returned == 3,
	   "a pool that cannot be filled is undone: NULL, and all 3 tokens back");
	tokens_reset();
	kmalloc_fail_at = 0;
	ok(token_pool(4) == NULL && issued == 0, "no memory for the descriptor: NULL");
	kmalloc_fail_at = 1;
	ok(token_pool(4) == NULL && issued == 0, "no memory for the stack: NULL");
	kmalloc_fail_at = -1;
}

static void alloc_cases(void)
{
	mempool_t *pool;
	void *e;
	int i;

	tokens_reset();
	pool = token_pool(4);
	e = pool_alloc(pool, GFP_KERNEL);
	ok(e && nr_calls == 1 && call_log[0].gfp == NOWAIT_MASK(GFP_KERNEL) &&
	   pool->curr_nr == 4,
	   "a healthy allocator serves the first attempt; the reserve is untouched");
	ok(!(call_log[0].gfp & (__GFP_WAIT | __GFP_IO)) && (call_log[0].gfp & __GFP_NOWARN) &&
	   (call_log[0].gfp & __GFP_FS),
	   "the first attempt drops __GFP_WAIT and __GFP_IO only, adds __GFP_NOWARN");
	backing_fail = 1;
	e = pool_alloc(pool, GFP_KERNEL);
	ok(e && nr_calls == 1 && pool->curr_nr == 3,
	   "reserve full (4/4): failing allocator, one attempt, then the reserve");
	e = pool_alloc(pool, GFP_KERNEL);
	ok(e && nr_calls == 1 && pool->curr_nr == 2, "reserve 3/4: still only one attempt");
	e = pool_alloc(pool, GFP_KERNEL);
	ok(e && nr_calls == 2 && call_log[1].gfp == GFP_KERNEL && pool->curr_nr == 1,
	   "reserve 2/4 (half): a __GFP_FS caller tries its full mask before the reserve");
	e = pool_alloc(pool, GFP_NOFS);
	ok(e && nr_calls == 1 && pool->curr_nr == 0,
	   "without __GFP_FS there is no second attempt");
	e = pool_alloc(pool, GFP_ATOMIC);
	ok(!e && nr_calls == 1, "atomic, reserve empty, allocator failing: NULL");
	ok(PANICS(pool_alloc(pool, GFP_NOIO)) &&
	   strstr(panic_message, "waiting would never end") && nr_calls == 2 &&
	   call_log[1].gfp == GFP_NOIO,
	   "a waiting allocation retries with its full mask, then panics with a reason");
	CHECK_POOL(pool, "the pool is intact after the panic");
	backing_fail = 0;
	e = pool_alloc(pool, GFP_NOIO);
	ok(e && nr_calls == 1, "with the allocator back, the first attempt serves");
	/* now held: 6 elements (1 from the start, 4 reserved, 1 new); reserve empty */
	pool_free(pool, 0);
	ok(pool->curr_nr == 1 && returned == 0, "a free refills a short reserve first");
	for (i = 0; i < 3; i++)
		pool_free(pool, 0);
	ok(pool->curr_nr == 4 && returned == 0, "until it is full");
	pool_free_all(pool);
	ok(pool->curr_nr == 4 && returned == 2, "then frees go to the allocator");
	CHECK_POOL(pool, "the invariants hold at the end");
	mempool_destroy(pool);
	ok(returned == issued && double_returns == 0, "every token came back once");
}

static void error_cases(void)
{
	mempool_t *pool;

	ok(PANICS(mempool_create(0, token_alloc, token_free, NULL)) &&
	   strstr(printk_text, "min_nr 0 must be positive"), "min_nr 0 is refused");
	ok(PANICS(mempool_create(-3, token_alloc, token_free, NULL)),
	   "a negative min_nr is refused");
	ok(PANICS(mempool_create(2, NULL, token_free, NULL)), "a missing callback is refused");
	tokens_reset();
	pool = token_pool(2);
	ok(PANICS(mempool_free(NULL, pool)) && strstr(panic_message, "NULL element"),
	   "freeing NULL panics, naming it");
	ok(pool->curr_nr == 2 && pool->nr_out == 0, "and leaves the pool alone");
	ok(PANICS(mempool_free(&tokens[1], pool)) && strstr(panic_message, "double free"),
	   "freeing with nothing out panics");
	pool_alloc(pool, GFP_KERNEL);
	ok(PANICS(mempool_destroy(pool)) && strstr(printk_text, "1 elements still out"),
	   "destroying with an element out (from the allocator) panics, with the count");
	backing_fail = 1;
	pool_alloc(pool, GFP_ATOMIC);
	ok(PANICS(mempool_destroy(pool)) && strstr(printk_text, "2 elements still out (reserve 1 of 2)"),
	   "destroying with a reserved element out panics too");
	backing_fail = 0;
	pool_free_all(pool);
	mempool_destroy(pool);
	ok(returned == issued && double_returns == 0, "after the errors, every token came back once");
}

/* The slab adapters pass the cache and the mask through unchanged. */
static void slab_cases(void)
{
	kmem_cache_t *cache = (kmem_cache_t *)(void *)&slab_cache_seen;
	void *e;

	e = mempool_alloc_slab(GFP_NOFS, cache);
	ok(e == slab_object && slab_cache_seen == cache && slab_gfp_seen == GFP_NOFS,
	   "mempool_alloc_slab is kmem_cache_alloc(pool_data, gfp)");
	slab_cache_seen = NULL;
	mempool_free_slab(e, cache);
	ok(slab_cache_seen == cache && slab_obj_seen == e,
	   "mempool_free_slab is kmem_cache_free(pool_data, element)");
}

/* ---- the page back end over the buddy allocator ---- */
static unsigned long free_now(void)
{
	drain_local_pages();
	return nr_free_pages();
}

static void page_cases(void)
{
	unsigned int order;

	fake_machine(1024, 4096, 4096, NULL, 0);
	for (order = 0; order <= 3; order++) {
		unsigned long before = free_now(), after_create;
		mempool_t *pool = mempool_create_page_pool(6, order);
		struct page *p[10];
		int i, aligned = 1;

		after_create = free_now();
		ok(pool && before - after_create == (6UL << order),
		   "order %u: creating takes exactly min_nr blocks", order);
		for (i = 0; i < 10; i++) {
			p[i] = mempool_alloc(pool, GFP_KERNEL);
			aligned &= p[i] && (page_to_pfn(p[i]) & ((1UL << order) - 1)) == 0 &&
				page_count(p[i]) == 1;
		}
		ok(aligned && pool->curr_nr == 6,
		   "order %u: ten aligned blocks from the buddy allocator, reserve untouched",
		   order);
		for (i = 0; i < 10; i++)
			mempool_free(p[i], pool);
		ok(free_now() == after_create, "order %u: the frees went back", order);
		mempool_destroy(pool);
		ok(free_now() == before, "order %u: destroying gives every page back", order);
	}
	fake_machine_free();
}

/* ---- the random sequence ---- */
static const unsigned int masks[] = { GFP_ATOMIC, GFP_NOIO, GFP_NOFS, GFP_KERNEL };

/*
 * Replay one mempool_alloc against the model of the chapter's figure,
 * given the reserve size before the call and the logged backing calls.
 * Returns 1 if the calls and the outcome are the ones the model makes.
 */
static int model_agrees(const mempool_t *pool, int curr_before, unsigned int gfp,
			void *e, int panicked)
{
	unsigned int nowait = gfp & ~(__GFP_WAIT | __GFP_IO);
	int n = 0;

	if (nr_calls > LOG_MAX || nr_calls < 1 || call_log[n].gfp != (nowait | __GFP_NOWARN))
		return 0;
	if (call_log[n++].ok)
		return e && nr_calls == 1 && pool->curr_nr == curr_before;
	if ((gfp & __GFP_FS) && gfp != nowait && curr_before <= pool->min_nr / 2) {
		if (n >= nr_calls || call_log[n].gfp != gfp)
			return 0;
		if (call_log[n++].ok)
			return e && nr_calls == 2 && pool->curr_nr == curr_before;
	}
	if (curr_before > 0)
		return e && nr_calls == n && pool->curr_nr == curr_before - 1;
	if (!(gfp & __GFP_WAIT))
		return !e && !panicked && nr_calls == n;
	if (n >= nr_calls || call_log[n].gfp != gfp || nr_calls != n + 1)
		return 0;
	return call_log[n].ok ? e != NULL : panicked;
}

/* mempool_alloc with the log cleared; 1 if it panicked.  *ep: the result. */
static int try_alloc(mempool_t *pool, unsigned int gfp, void **ep)
{
	void *volatile e = NULL;
	int panicked;

	nr_calls = 0;
	panicked = PANICS(e = mempool_alloc(pool, gfp));
	*ep = e;
	return panicked;
}

static void random_run(int min_nr, long ops)
{
	long i, bad_model = 0, bad_state = 0, panics = 0, nulls = 0, reserve_used = 0;
	long first_bad = -1;
	const char *why = "", *first_why = "";
	int run = 0;
	mempool_t *pool;

	tokens_reset();
	nr_held = 0;
	pool = token_pool(min_nr);
	for (i = 0; i < ops; i++) {
		/* the allocator fails in runs: a new run every so often */
		if (run-- <= 0) {
			run = 1 + (int)prng_below(2 * min_nr + 8);
			backing_fail = prng_below(3) == 0;
		}
		if (nr_held > 0 && (nr_held == MAX_HELD || prng_below(2))) {
			pool_free(pool, (int)prng_below(nr_held));
		} else {
			unsigned int gfp = masks[prng_below(ARRAY_SIZE(masks))];
			int curr = pool->curr_nr, panicked;
			void *e = NULL;

			panicked = try_alloc(pool, gfp, &e);
			if (e)
				held[nr_held++] = e;
			bad_model += !model_agrees(pool, curr, gfp, e, panicked);
			reserve_used += e && pool->curr_nr == curr - 1;
			nulls += !e && !panicked;
			panics += panicked;
		}
		if (!check_pool(pool, &why)) {
			if (!bad_state++)
				first_bad = i, first_why = why;
		}
	}
	ok(bad_model == 0, "min_nr %d: every allocation followed the model (%ld did not)",
	   min_nr, bad_model);
	ok(bad_state == 0, "min_nr %d: invariants after each of %ld ops (first failure at %ld: %s)",
	   min_nr, ops, first_bad, first_why);
	diag("min_nr %d: %ld from the reserve, %ld NULLs, %ld panics", min_nr,
	     reserve_used, nulls, panics);
	ok(reserve_used > 0 && nulls > 0 && panics > 0,
	   "min_nr %d: the run reached the reserve, NULL and the panic", min_nr);
	backing_fail = 0;
	pool_free_all(pool);
	ok(pool->curr_nr == pool->min_nr, "min_nr %d: all freed, the reserve is full", min_nr);
	mempool_destroy(pool);
	ok(issued == returned && double_returns == 0 && issued > 0,
	   "min_nr %d: destroying returns every element exactly once (%d tokens)",
	   min_nr, issued);
}

int main(void)
{
	prng_init(DEFAULT_SEED);
	plan(7 + 15 + 9 + 2 + 16 + 3 * 5);
	creation_cases();
	alloc_cases();
	error_cases();
	slab_cases();
	page_cases();
	random_run(1, RANDOM_OPS);
	random_run(4, RANDOM_OPS);
	random_run(16, RANDOM_OPS);
	return done_testing();
}
