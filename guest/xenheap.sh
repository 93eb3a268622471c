# guest.test=xenheap (a Xen PV dom0): the memory Xen has free below 4 GiB of
# machine address and in all (xen-heap), then the I/O of guest.test=io.
xen-heap && . /guest/io.sh
