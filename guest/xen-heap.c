// SPDX-License-Identifier: GPL-2.0
/*
 * xen-heap: print the memory Xen has free, below 4 GiB of machine address
 * and in all, as seen from a PV dom0.  Static guest program.
 *
 *   xen-heap
 *
 * Asks the hypervisor (XEN_SYSCTL_availheap, through /dev/xen/privcmd) and
 * prints "guest: xen free below 4 GiB kB <n>" and "guest: xen free kB <n>".
 * The layout is that of Xen 4.17's public sysctl.h (interface version
 * 0x15); Xen refuses any other version with -EACCES.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define HYPERVISOR_sysctl		35
#define XEN_SYSCTL_INTERFACE_VERSION	0x15
#define XEN_SYSCTL_availheap		9

struct privcmd_hypercall {
	uint64_t op;
	uint64_t arg[5];
};
#define IOCTL_PRIVCMD_HYPERCALL _IOC(_IOC_NONE, 'P', 0, sizeof(struct privcmd_hypercall))

struct xen_sysctl {
	uint32_t cmd;
	uint32_t interface_version;
	union {
		struct {
			uint32_t min_bitwidth;	/* 0: any */
			uint32_t max_bitwidth;	/* 0: any */
			int32_t node;		/* -1: all nodes */
			uint64_t avail_bytes __attribute__((aligned(8)));
		} availheap;
		uint8_t pad[128];
	} u;
};

/* Bytes Xen has free below 2^max_bits of machine address (0: anywhere). */
static long long avail(int fd, unsigned int max_bits)
{
	static struct xen_sysctl op;
	struct privcmd_hypercall call = {
		.op = HYPERVISOR_sysctl,
		.arg = { (uintptr_t)&op },
	};

	memset(&op, 0, sizeof(op));
	op.cmd = XEN_SYSCTL_availheap;
	op.interface_version = XEN_SYSCTL_INTERFACE_VERSION;
	op.u.availheap.max_bitwidth = max_bits;
	op.u.availheap.node = -1;
	if (ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, &call) < 0) {
		fprintf(stderr, "xen-heap: sysctl availheap: %s\n", strerror(errno));
		return -1;
	}
	return op.u.availheap.avail_bytes;
}

int main(void)
{
	int fd = open("/dev/xen/privcmd", O_RDWR);
	long long low, all;

	if (fd < 0) {
		perror("xen-heap: /dev/xen/privcmd");
		return 1;
	}
	low = avail(fd, 32);
	all = avail(fd, 0);
	if (low < 0 || all < 0)
		return 1;
	printf("guest: xen free below 4 GiB kB %lld\n", low >> 10);
	printf("guest: xen free kB %lld\n", all >> 10);
	return 0;
}
