// SPDX-License-Identifier: GPL-2.0
/*
 * dio: write a pattern to a block device with O_DIRECT, read it back and
 * check every byte.  Static guest program; the kernel under test bounces
 * every request through swiotlb.
 *
 *   dio <device> <MiB> [chunk KiB] [seed] [wr|w|r] [at MiB]
 *
 * The pattern depends on the seed: a new seed for every run means that data
 * left on the device by an earlier run cannot pass for data just written.
 * "w" only writes, "r" only reads and checks (to show exactly that), "wr"
 * (the default) does both.  "at" starts at that offset of the device
 * (default 0), so that several writers can share it; the pattern depends on
 * the offset on the device, so one seed serves them all.  Prints one "dio:"
 * summary line and exits 0 only if all data matched.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static uint64_t word(uint64_t seed, uint64_t off)
{
	/* splitmix64 of the byte offset: every 8-byte word differs */
	uint64_t z = seed + off * 0x9e3779b97f4a7c15ULL;

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static void fill(uint64_t *buf, size_t len, uint64_t seed, uint64_t off)
{
	for (size_t i = 0; i < len / 8; i++)
		buf[i] = word(seed, off + i * 8);
}

static uint64_t fnv(uint64_t h, const unsigned char *p, size_t len)
{
	while (len--)
		h = (h ^ *p++) * 0x100000001b3ULL;
	return h;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: dio <device> <MiB> [chunk KiB] [seed] [wr|w|r] [at MiB]\n");
		return 2;
	}
	const char *dev = argv[1];
	uint64_t total = strtoull(argv[2], NULL, 0) << 20;
	size_t chunk = (argc > 3 ? strtoul(argv[3], NULL, 0) : 1024) << 10;
	uint64_t seed = argc > 4 && *argv[4] ? strtoull(argv[4], NULL, 0) : 0x5eed;
	const char *mode = argc > 5 ? argv[5] : "wr";
	uint64_t at = argc > 6 ? strtoull(argv[6], NULL, 0) << 20 : 0;
	int do_write = !!strchr(mode, 'w'), do_read = !!strchr(mode, 'r');
	uint64_t hw = 0xcbf29ce484222325ULL, hr = hw, bad = 0, first_bad = 0;
	void *wbuf, *rbuf;
	int fd;

	if (!total || !chunk || chunk % 4096 || total % chunk) {
		fprintf(stderr, "dio: size must be a multiple of the chunk, chunk of 4 KiB\n");
		return 2;
	}
	if (posix_memalign(&wbuf, 4096, chunk) || posix_memalign(&rbuf, 4096, chunk))
		return 2;
	fd = open(dev, O_RDWR | O_DIRECT | O_SYNC);
	if (fd < 0) {
		perror(dev);
		return 2;
	}
	for (uint64_t off = 0; do_write && off < total; off += chunk) {
		fill(wbuf, chunk, seed, at + off);
		hw = fnv(hw, wbuf, chunk);
		if (pwrite(fd, wbuf, chunk, at + off) != (ssize_t)chunk) {
			perror("dio: pwrite");
			return 1;
		}
	}
	if (do_write && fsync(fd)) {
		perror("dio: fsync");
		return 1;
	}
	for (uint64_t off = 0; do_read && off < total; off += chunk) {
		memset(rbuf, 0xa5, chunk);
		if (pread(fd, rbuf, chunk, at + off) != (ssize_t)chunk) {
			perror("dio: pread");
			return 1;
		}
		hr = fnv(hr, rbuf, chunk);
		fill(wbuf, chunk, seed, at + off);
		if (!do_write)
			hw = fnv(hw, wbuf, chunk);
		if (memcmp(wbuf, rbuf, chunk)) {
			const unsigned char *a = wbuf, *b = rbuf;

			for (size_t i = 0; i < chunk; i++) {
				if (a[i] != b[i] && !bad++)
					first_bad = off + i;
			}
		}
	}
	close(fd);
	printf("dio: %s %" PRIu64 " MiB in %zu KiB chunks, seed %#" PRIx64 ", %s: written fnv64 %016" PRIx64
	       " read fnv64 %016" PRIx64 ", %" PRIu64 " bad bytes",
	       dev, total >> 20, chunk >> 10, seed, mode, hw, hr, bad);
	if (at)
		printf(", at %" PRIu64 " MiB", at >> 20);
	if (bad)
		printf(" (first at %" PRIu64 ")", at + first_bad);
	printf("\n");
	return do_read && (bad || hw != hr);
}
