# Sourced by the scripts and tests (never run): the base kernel in use.
# BASE (the environment; make passes it) names a file of bases/, default the
# one in bases/default.  Sets base_<field> for each field of that file, and
#   bdir     build/<base>: the base's trees (linux, stock, ...) and kernels (out/)
#   patches  the folder of the base's series ("" when it has none)
BASE=${BASE:-$(sed -n '/^[^#]/{p;q}' "$top/bases/default")}
[ -f "$top/bases/$BASE" ] && [ "$BASE" != default ] || { echo "no base '$BASE' in bases/ ($(ls "$top/bases" | grep -vx default | xargs))" >&2; exit 1; }
eval "$(sed -n 's/^\([a-z][a-z0-9_]*\)=\(.*\)$/base_\1=\2/p' "$top/bases/$BASE")"
export BASE
bdir=$top/build/$BASE
patches=
[ "${base_patches:--}" = - ] || patches=$top/$base_patches

# arch_conf <arch>: set a_<field> for each field of arches/<arch>.
arch_conf() {
	[ -f "$top/arches/$1" ] || { echo "no architecture '$1' in arches/" >&2; exit 1; }
	eval "$(sed -n 's/^\([a-z]*\)=/a_\1=/p' "$top/arches/$1")"
}
