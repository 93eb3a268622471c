#!/usr/bin/env bash
# Every patch of the series builds on its own and boots: build each commit of
# the work tree in turn (one checkout, incremental builds, warm ccache), boot
# it with a forced swiotlb and a 64-bit pool asked for, and run the I/O test
# and the KUnit suite of that commit.
. "$(dirname "$0")/lib.sh"
tree=$top/build/linux
dir=$top/build/bisect
if [ ! -d "$dir/.git" ] && [ ! -f "$dir/.git" ]; then
	git -C "$tree" worktree add -q --detach "$dir" base || fail "worktree"
fi
mapfile -t commits < <(git -C "$tree" rev-list --reverse base..HEAD)
i=0
for c in "${commits[@]}"; do
	i=$((i + 1))
	git -C "$dir" checkout -q --detach "$c" || fail "checkout $c"
	subj=$(git -C "$dir" log -1 --format=%s)
	echo "== $i/${#commits[@]}: $subj"
	"$top/scripts/build.sh" "$dir" bisect "$top/configs/x86_64.config" "$top/configs/swiotlb64.config" \
		> "$logs/bisect-$i.build.log" 2>&1 || { tail -20 "$logs/bisect-$i.build.log"; fail "patch $i does not build"; }
	boot "bisect-$i" bisect swiotlb=32768,,8192,force kunit.filter_glob='swiotlb*' guest.test=io guest.mib=16 \
		|| fail "patch $i: boot"
	has '^dio: .* 0 bad bytes' || fail "patch $i: I/O"
	grep -q 'not ok' "$log" && fail "patch $i: KUnit"
	echo "ok: patch $i builds, boots, I/O intact, $(grep -c '    ok ' "$log") KUnit results ok"
done
