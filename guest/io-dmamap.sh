# guest.test=io-dmamap: guest.test=io, then guest.test=dmamap (see both).
. /guest/io.sh && . /guest/dmamap.sh
