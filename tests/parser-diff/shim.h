/* The few kernel definitions that the extracted parsers need, for the host. */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

typedef unsigned long long u64;
#define __init
#define noinline
#define unlikely(x)	(x)
#define BITS_PER_LONG	(8 * (int)sizeof(long))
#define IO_TLB_SHIFT	11
#define IO_TLB_SIZE	(1 << IO_TLB_SHIFT)
#define IO_TLB_SEGSIZE	128
#define IO_TLB_DEFAULT_SIZE (64UL << 20)
#define SZ_1M		(1UL << 20)
#define BIT(n)		(1UL << (n))
#define KSTRTOX_OVERFLOW	(1U << 31)
#define ALIGN(x, a)	(((x) + ((a) - 1)) & ~((__typeof__(x))(a) - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((__typeof__(x))(a) - 1))
#define min_t(t, a, b)	((t)(a) < (t)(b) ? (t)(a) : (t)(b))
#define min(a, b)	((a) < (b) ? (a) : (b))
#define max(a, b)	((a) > (b) ? (a) : (b))
#define div_u64(a, b)	((a) / (b))
#define is_power_of_2(n)	((n) != 0 && (((n) & ((n) - 1)) == 0))
#define fls_long(x)	((x) ? BITS_PER_LONG - __builtin_clzl(x) : 0)
#define roundup_pow_of_two(n)	(1UL << fls_long((unsigned long)(n) - 1))
#define rounddown_pow_of_two(n)	(1UL << (fls_long(n) - 1))
#define check_mul_overflow(a, b, d)	__builtin_mul_overflow(a, b, d)
#define check_add_overflow(a, b, d)	__builtin_add_overflow(a, b, d)
#define _tolower(c)	((c) | 0x20)
#define isdigit(c)	((unsigned char)(c) - '0' < 10u)
#define isxdigit(c)	(isdigit(c) || (unsigned char)_tolower(c) - 'a' < 6u)

/* kernel hex_to_bin(): -1 for a character that is not a hex digit */
static inline int hex_to_bin(unsigned char ch)
{
	if (isdigit(ch))
		return ch - '0';
	if (_tolower(ch) >= 'a' && _tolower(ch) <= 'f')
		return _tolower(ch) - 'a' + 10;
	return -1;
}

extern int nwarn;
extern int quiet;
#define pr_warn(...)	(nwarn++, quiet ? 0 : printf("  warn: " __VA_ARGS__))
#define pr_info(...)	((void)0)
#define CONFIG_DEBUG_FS
#define static_call_update(name, func)	do { } while (0)

unsigned long simple_strtoul(const char *cp, char **endp, unsigned int base);
int kstrtoull(const char *s, unsigned int base, unsigned long long *res);

/* What a swiotlb= string leaves behind. */
struct parse_state {
	unsigned long nslabs, nareas, nslabs64;
	bool force, disable, hiwater;
	const char *rest;	/* base only: what its parser did not take */
};
