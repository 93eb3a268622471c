# guest.test=taint: taint the kernel on purpose (TAINT_USER), so that the
# harness can show that a tainted guest fails its boot (tests/harness-self.sh).
echo 64 > /proc/sys/kernel/tainted
