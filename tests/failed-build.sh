#!/usr/bin/env bash
# A failed kernel build leaves no kernel behind to be tested by mistake: a
# variant that holds a good kernel is built again with a config fragment
# that cannot be met; the build fails, the old image is gone, and a boot of
# that variant fails ("no kernel") instead of testing the old kernel.
. "$(dirname "$0")/lib.sh"
variant=failed-build
tmp=$(mktemp -d "$top/build/failed-build.XXXX")
trap 'rm -rf "$tmp" "$bdir/linux/.out-$variant" "$out/$variant"' EXIT
image=$bdir/linux/.out-$variant/arch/x86/boot/bzImage
mkdir -p "$(dirname "$image")" && ln -sfn "$bdir/linux/.out-$variant" "$out/$variant"
cp "$(kernel swiotlb64)" "$image" || fail "no swiotlb64 kernel to start from"
TIMEOUT=90 boot "$variant-before" "$variant" swiotlb=65536,force kunit.enable=0 guest.test=io guest.mib=4
expect "the old kernel boots and passes" test $? = 0
echo "CONFIG_SWIOTLB_NO_SUCH_OPTION=y" > "$tmp/bad.config"
"$top/scripts/build.sh" "$bdir/linux" "$variant" "$top/configs/x86_64.config" "$tmp/bad.config" > "$tmp/build.log" 2>&1
expect "the build fails" test $? != 0
tail -3 "$tmp/build.log"
expect "the old kernel image is gone" test ! -e "$image"
boot "$variant-after" "$variant" swiotlb=65536,force kunit.enable=0 guest.test=io guest.mib=4
expect "a boot of the variant fails" test $? != 0
expect "and says there is no kernel" has 'no kernel'
pass
