# Map latency against pool size, one panel per granule: stock 6.12's default
# pool and the series' 64-bit pool (medians with min-max bars).  Run in a
# results directory (bench/run.sh): reads sweep.dat, writes sweep.png.
set terminal pngcairo size 1500,500 noenhanced
set output "sweep.png"
set datafile missing "-"
set logscale x 2
set xlabel "pool size (MiB)"
set ylabel "map latency (µs)"
set yrange [0:*]
set key bottom right
set multiplot layout 1,3 title "dma_map_benchmark map latency against pool size, 64-bit mask, 1 thread, forced bouncing (median, min-max)"
do for [i=0:2] {
	set title sprintf("%d page%s", i == 0 ? 1 : i == 1 ? 16 : 64, i == 0 ? "" : "s")
	plot "sweep.dat" index i using 1:2:3:4 with yerrorlines title "stock 6.12, default pool", \
	     "" index i using 1:5:6:7 with yerrorlines title "series, 64-bit pool"
}
unset multiplot
