# guest.test=cc: the memory below 4 GiB left free ("guest: low free kB",
# zones DMA and DMA32 of /proc/zoneinfo), then the I/O of guest.test=io.
low_free
. /guest/io.sh
