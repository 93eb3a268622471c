#!/usr/bin/env bash
# Every patch of the series builds on its own, without a compiler warning, and
# boots: build each commit of
# the work tree in turn (one worktree, build/<base>/each-patch, incremental builds,
# warm ccache), boot it with a forced swiotlb and a 64-bit pool asked for, and
# run the I/O test and the KUnit suite of that commit.
. "$(dirname "$0")/lib.sh"
tree=$bdir/linux
dir=$bdir/each-patch
"$top/scripts/worktree.sh" "$tree" "$dir" || fail "worktree"
mapfile -t commits < <(git -C "$tree" rev-list --reverse base..HEAD)
want=$(grep -v '^#' "$patches/series" | grep -c .)
expect "the work tree has the ${want} patches of the series (${#commits[@]} commits)" test "${#commits[@]}" = "$want"
i=0 built=0
for c in "${commits[@]}"; do
	i=$((i + 1))
	git -C "$dir" checkout -q --detach "$c" || fail "checkout $c"
	echo "== $i/${#commits[@]}: $(git -C "$dir" log -1 --format=%s)"
	# the KUnit suite comes with the core; the fixes before it have none
	kunit=; [ -f "$dir/kernel/dma/swiotlb_kunit.c" ] && kunit=$top/configs/kunit.config
	"$top/scripts/build.sh" "$dir" each-patch "$top/configs/x86_64.config" $kunit \
		> "$logs/each-patch-$i.build.log" 2>&1 || { tail -20 "$logs/each-patch-$i.build.log"; fail "patch $i does not build"; }
	! grep -a 'warning:' "$logs/each-patch-$i.build.log" || fail "patch $i: the compiler warns"
	built=$((built + 1))
	TIMEOUT=90 TAINT_OK=262144 boot "each-patch-$i" each-patch swiotlb=32768,256,20000,force \
		kunit.filter_glob='swiotlb*' guest.test=io guest.mib=16 || fail "patch $i: boot"
	has '^dio: .* 0 bad bytes' || fail "patch $i: I/O"
	has 'not ok' && fail "patch $i: KUnit"
	echo "ok: patch $i builds, boots, I/O intact, $(grep -ac '    ok ' "$log") KUnit results ok"
done
expect "built and booted $built kernels, one per patch" test "$built" = "$want"
pass
