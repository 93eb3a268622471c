# Capacity per configuration: MiB one 64-bit device held mapped (1-page
# buffers, median with min-max) and MiB left free below 4 GiB.  Run in a
# results directory (bench/run.sh): reads capacity.dat, writes capacity.png.
set terminal pngcairo size 1200,600 noenhanced
set output "capacity.png"
set title "Bounce memory mapped at once by a 64-bit device, 12 GiB guest"
set ylabel "MiB"
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.6 border -1
set xtics rotate by -30
set key outside right top
set yrange [0:*]
plot "capacity.dat" using 2:3:4:xtic(1) title "mapped until the first failure (or the 7 GiB cap)", \
     "" using 5:5:5 title "free below 4 GiB"
