#!/usr/bin/perl
# A filter for a guest console log; scripts/boot.sh runs it with perl -i.
# After "guest: alive", a kernel message printed while the guest was
# writing a line lands inside that line: print the message on its own line
# and put the guest's line back together.
while (<>) {
	$_ = $held . $_;
	$held = '';
	if ($alive && !/^guest: dmesg / && /^(.+?)(\[ *\d+\.\d{6}\] .*\n)\z/s) {
		$held = $1;
		print $2;
		next;
	}
	$alive = 1 if /^guest: alive/;
	print;
}
print $held;
