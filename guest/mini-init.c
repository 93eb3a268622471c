// SPDX-License-Identifier: GPL-2.0
/*
 * mini-init: /init of the initramfs of the boots on other architectures
 * (scripts/initramfs-min.sh), where there is no Debian busybox for the guest.
 * It does what guest/init with guest.test=io does, and prints the same
 * "guest: ..." lines: the kernel's swiotlb messages, every swiotlb debugfs
 * counter (restricted pools' too) before and after, an O_DIRECT write and
 * read-back of guest.mib= MiB (default 64) on /dev/vda by /bin/dio with the
 * seed guest.seed=, the taint and the result; then it powers the machine
 * off.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/wait.h>
#include <unistd.h>

static char cmdline[4096];

/* arg("mib") -> the value of guest.mib= on the kernel command line, or NULL */
static const char *arg(const char *name)
{
	static char val[256];
	char key[64];
	const char *p;
	size_t n;

	snprintf(key, sizeof(key), "guest.%s=", name);
	p = strstr(cmdline, key);
	if (!p)
		return NULL;
	p += strlen(key);
	n = strcspn(p, " \n");
	if (n >= sizeof(val))
		n = sizeof(val) - 1;
	memcpy(val, p, n);
	val[n] = 0;
	return val;
}

static void read_file(const char *path, char *buf, size_t size)
{
	FILE *f = fopen(path, "r");
	size_t n = 0;

	if (f) {
		n = fread(buf, 1, size - 1, f);
		fclose(f);
	}
	buf[n] = 0;
	buf[strcspn(buf, "\n")] = 0;
}

static void dmesg_swiotlb(void)
{
	int len = klogctl(10 /* SYSLOG_ACTION_SIZE_BUFFER */, NULL, 0);
	char *buf, *line, *save;

	if (len <= 0)
		return;
	buf = malloc(len + 1);
	len = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, buf, len);
	if (len < 0)
		len = 0;
	buf[len] = 0;
	for (line = strtok_r(buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		if (strstr(line, "software IO TLB") || strstr(line, "swiotlb"))
			printf("guest: dmesg %s\n", line);
	free(buf);
}

/* every io_tlb_* counter in @dir and, @depth folders down, below it */
static void counters_in(const char *label, const char *dir, int depth)
{
	char path[1024], val[64];
	struct dirent **names;
	int i, n;

	n = scandir(dir, &names, NULL, alphasort);
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (!strncmp(names[i]->d_name, "io_tlb_", 7)) {
			read_file(path, val, sizeof(val));
			printf("guest: counter %s %s %s\n", label,
			       path + strlen("/sys/kernel/debug/"), val);
		} else if (depth && names[i]->d_name[0] != '.' &&
			   names[i]->d_type == DT_DIR) {
			counters_in(label, path, depth - 1);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/* swiotlb/, swiotlb/swiotlb-hi/ and restricted pools' folders */
static void counters(const char *label)
{
	counters_in(label, "/sys/kernel/debug", 2);
	fflush(stdout);
}

static int dio(const char *mib, const char *seed)
{
	int status;
	pid_t pid = fork();

	if (pid == 0) {
		execl("/bin/dio", "dio", "/dev/vda", mib, "1024", seed, NULL);
		_exit(127);
	}
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return 0;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int main(void)
{
	const char *mib, *seed;
	char taint[32];
	int ok;

	mount("proc", "/proc", "proc", 0, NULL);
	mount("sys", "/sys", "sysfs", 0, NULL);
	mount("dev", "/dev", "devtmpfs", 0, NULL);
	mount("debugfs", "/sys/kernel/debug", "debugfs", 0, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("guest: alive\n");
	read_file("/proc/cmdline", cmdline, sizeof(cmdline));
	mib = arg("mib");
	mib = mib ? strdup(mib) : "64";
	seed = arg("seed");
	seed = seed ? strdup(seed) : "1";

	dmesg_swiotlb();
	counters("before");
	ok = dio(mib, seed);
	counters("after");
	read_file("/proc/sys/kernel/tainted", taint, sizeof(taint));
	printf("guest: tainted %s\n", taint);
	printf("guest: result %s\n", ok ? "pass" : "fail");
	fflush(stdout);
	sync();
	reboot(RB_POWER_OFF);
	return 0;
}
