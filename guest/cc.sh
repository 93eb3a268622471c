# guest.test=cc: the memory below 4 GiB left free ("guest: low free kB",
# zones DMA and DMA32 of /proc/zoneinfo), then the I/O of guest.test=io.
awk '/^Node/ { zone = $4 } /^ +pages free/ && (zone == "DMA" || zone == "DMA32") { kb += $3 * 4 }
	END { print "guest: low free kB " kb }' /proc/zoneinfo
. /guest/io.sh
