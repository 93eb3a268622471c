// SPDX-License-Identifier: GPL-2.0-only
/*
 * Differential test of the swiotlb= parser: the parser of the base (Linux
 * 6.12 or 7.3; "6.12" below) and the series' parser, both extracted from the
 * kernel sources and compiled for the host, run on the same strings. Every
 * string that the base took in whole must leave the same state behind
 * (default_nslabs, default_nareas, force, noforce, track_hiwater on 7.3, and
 * no 64-bit pool), except where the base's pool size in bytes overflows:
 * there the series must cap it (2^52 slabs on 64-bit) and warn.
 */
#include <stdint.h>
#include <stdlib.h>
#include "shim.h"

void old_parse(const char *s, struct parse_state *st);
void new_parse(const char *s, struct parse_state *st);

int nwarn, quiet = 1;
static uint64_t rng;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static unsigned long total, whole, wrapped, diffs;

/* The most slabs whose size, a power of two, fits in an unsigned long. */
#define SWIOTLB_CAP	(1UL << (BITS_PER_LONG - 1 - IO_TLB_SHIFT))

/*
 * Did the slab count of the first field overflow in 6.12: in ALIGN(), or in
 * its size in bytes once rounded up to a power of two at boot?
 */
static bool slabs_bytes_wrap(const char *s, const struct parse_state *o)
{
	unsigned long v = isdigit(*s) ? simple_strtoul(s, NULL, 0) : 0;

	return v > SWIOTLB_CAP || o->nslabs > SWIOTLB_CAP;
}

static void report(const char *s, const char *why, const struct parse_state *o,
		   const struct parse_state *n)
{
	if (++diffs > 20)
		return;
	printf("DIFF swiotlb=%s: %s\n  base:   nslabs %lu nareas %lu force %d noforce %d hiwater %d\n  series: nslabs %lu nareas %lu force %d noforce %d hiwater %d slabs64 %lu warnings %d\n",
	       s, why, o->nslabs, o->nareas, o->force, o->disable, o->hiwater,
	       n->nslabs, n->nareas, n->force, n->disable, n->hiwater,
	       n->nslabs64, nwarn);
}

static void compare(const char *s)
{
	struct parse_state o, n;
	bool same;

	total++;
	old_parse(s, &o);
	nwarn = 0;
	new_parse(s, &n);
	if (*o.rest && strcmp(o.rest, "force") && strcmp(o.rest, "noforce"))
		return;		/* 6.12 did not take it in whole */
	whole++;
	same = o.nareas == n.nareas && o.force == n.force &&
	       o.disable == n.disable && o.hiwater == n.hiwater &&
	       !n.nslabs64;
	if (slabs_bytes_wrap(s, &o)) {
		/* the listed exception: clamped to the largest pool, said so */
		wrapped++;
		if (wrapped <= 3)
			printf("exception: swiotlb=%s: 6.12 %lu slabs (wrapped), series %lu with %d warning(s)\n",
			       s, o.nslabs, n.nslabs, nwarn);
		if (!same || n.nslabs != SWIOTLB_CAP ||
		    !nwarn)
			report(s, "size in bytes wrapped in 6.12, but not clamped with a warning", &o, &n);
		return;
	}
	if (!same || o.nslabs != n.nslabs)
		report(s, "different meaning", &o, &n);
}

/* The strings of the review, and other corners. */
static const char *const named[] = {
	"0x0000000000000000000000010000", "65536,0x000000000000000000000004",
	"2147483648", "0", "0,4", "65536,0", "65536,4294967296",
	"18446744073709551615", "9007199254740864,4", "0128",
};

static const char *const tokens[] = {
	"0", "1", "7", "8", "9", "a", "x", ",", "force", "noforce", "k",
	"track_hiwater",
};
#define NTOK (sizeof(tokens) / sizeof(tokens[0]))

/* Every string of up to 5 tokens. */
static void exhaustive(char *buf, size_t len, int depth)
{
	size_t i;

	compare(buf);
	if (!depth)
		return;
	for (i = 0; i < NTOK; i++) {
		strcpy(buf + len, tokens[i]);
		exhaustive(buf, len + strlen(tokens[i]), depth - 1);
		buf[len] = '\0';
	}
}

static char *put_digits(char *p, const char *set, int n)
{
	while (n-- > 0)
		*p++ = set[rnd() % strlen(set)];
	return p;
}

static char *put_number(char *p)
{
	static const unsigned int bits[] = { 7, 20, 21, 30, 31, 32, 52, 53, 63, 64 };
	unsigned long v;
	int zeros = rnd() % 4 ? 0 : rnd() % 60;

	switch (rnd() % 6) {
	case 0:		/* decimal, up to 25 digits */
		*p++ = "123456789"[rnd() % 9];
		return put_digits(p, "0123456789", rnd() % 25);
	case 1:		/* hexadecimal, maybe with many leading zeros */
		p += sprintf(p, rnd() % 2 ? "0x" : "0X");
		p = put_digits(p, "0", zeros);
		return put_digits(p, "0123456789abcdefABCDEF", 1 + rnd() % 20);
	case 2:		/* octal, maybe with many leading zeros */
		p = put_digits(p, "0", 1 + zeros);
		return put_digits(p, "01234567", rnd() % 24);
	default:	/* near a power of two, in any base */
		v = (1UL << (bits[rnd() % 10] - 1)) * 2;
		v += (long)(rnd() % 257) - 128;
		if (rnd() % 8 == 0)
			v = ULONG_MAX - rnd() % 256;
		switch (rnd() % 3) {
		case 0:
			p = put_digits(p, "0", zeros ? zeros : 0);
			if (zeros)	/* leading zeros make it octal */
				return p + sprintf(p, "%lo", v);
			return p + sprintf(p, "%lu", v);
		case 1:
			p += sprintf(p, "0x");
			p = put_digits(p, "0", zeros);
			return p + sprintf(p, "%lx", v);
		default:
			return p + sprintf(p, "0%lo", v);
		}
	}
}

static const char *const tails[] = {
	"", "", "", "force", "noforce", ",force", ",noforce", "forc",
	"forcex", ",", "k", " ", "-1", ",,", "x", "0x", ",track_hiwater",
	",force,track_hiwater", "noforce,track_hiwater", ",track_hiwaterx",
};

static void random_string(char *buf)
{
	int fields = rnd() % 4, i;
	char *p = buf;

	for (i = 0; i < fields; i++) {
		if (rnd() % 5)
			p = put_number(p);
		if (i < fields - 1 || rnd() % 3 == 0)
			if (rnd() % 8)
				*p++ = ',';
	}
	strcpy(p, tails[rnd() % (sizeof(tails) / sizeof(tails[0]))]);
}

int main(int argc, char **argv)
{
	unsigned long n = argc > 1 ? strtoul(argv[1], NULL, 0) : 1000000;
	static char buf[4096];
	unsigned long i;

	rng = argc > 2 ? strtoull(argv[2], NULL, 0) : 0x5eed5eed5eedULL;
	printf("seed %#llx\n", (unsigned long long)rng);
	quiet = !getenv("VERBOSE");
	for (i = 0; i < sizeof(named) / sizeof(named[0]); i++)
		compare(named[i]);
	exhaustive(buf, 0, 5);
	for (i = 0; i < n; i++) {
		random_string(buf);
		compare(buf);
	}
	printf("compared %lu strings: %lu taken in whole by the base, %lu of them with a pool size in bytes that wrapped around in the base (the listed exception: clamped, with a warning); %lu differences\n",
	       total, whole, wrapped, diffs);
	return diffs ? 1 : 0;
}
