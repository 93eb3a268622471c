#!/usr/bin/env bash
# Fetch the source tarball of a base kernel (bases/<base>) and print its path.
#   scripts/source.sh [<base>]        (default: $BASE, else bases/default)
# The Debian package is downloaded with apt-get under a private configuration
# in build/apt/<base>/ (its own sources list, lists and cache), built from the
# mirror the host's apt already uses, and unpacked under build/src/: the
# host's /etc/apt, package lists and installed packages are never changed,
# and no root is needed.
# The version is the base's pinned one while Debian serves it; when Debian
# has dropped it, the newest one, with a line that says so.  BASE_VERSION=<v>
# asks for another version (for example a newer security update).
# The last line printed is "<tarball> <version>".
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
BASE=${1:-${BASE:-}}
. "$top/scripts/base.sh"
package=$base_package archive=$base_archive suite=$base_suite
want=${BASE_VERSION:-$base_version}
src=$top/build/src
tarball() { echo "$src/${package}_$1.tar.xz"; }

# Already here, or known to be gone and replaced by a newer one: no network.
gone=$src/${package}_$want.gone
if [ -z "${BASE_VERSION:-}" ] && [ -f "$gone" ]; then
	echo "source: $package $want is no longer served; using $(cat "$gone") (rm $gone to look again)" >&2
	want=$(cat "$gone")
fi
if [ -f "$(tarball "$want")" ]; then
	echo "$(tarball "$want") $want"
	exit 0
fi

# The URI of the archive in the host's apt sources (MIRROR overrides the
# "debian" one), else Debian's own.
uri=$(apt-get indextargets --format '$(REPO_URI)' 2>/dev/null | sort -u |
	grep -E "/$archive/?\$" | head -1 || true)
[ -z "${MIRROR:-}" ] || uri=${MIRROR%/}${archive#debian}
uri=${uri:-http://deb.debian.org/$archive}
apt=$top/build/apt/$BASE
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial" "$apt/parts" "$src"
echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] ${uri%/} $suite main" > "$apt/sources.list"
: > "$apt/status"
opts=(-o Dir::Etc::SourceList="$apt/sources.list" -o Dir::Etc::SourceParts="$apt/parts"
	-o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache"
	-o Dir::State::status="$apt/status" -o Debug::NoLocking=1
	-o APT::Sandbox::User="$(id -un)")
echo "source: $package from ${uri%/} $suite (private apt configuration in build/apt/$BASE)" >&2
apt-get "${opts[@]}" -q update >"$apt/update.log" 2>&1 ||
	{ cat "$apt/update.log" >&2; echo "source: apt-get update failed" >&2; exit 1; }
served=$(apt-cache "${opts[@]}" madison "$package" | awk -F'|' '{ gsub(/ /, "", $2); print $2 }')
[ -n "$served" ] || { echo "source: ${uri%/} $suite serves no $package" >&2; exit 1; }
if ! grep -qxF "$want" <<<"$served"; then
	[ -z "${BASE_VERSION:-}" ] || { echo "source: $package $want is not served (served: $(echo $served))" >&2; exit 1; }
	newest=$(sort -V <<<"$served" | tail -1)
	echo "source: $package $want (the version the series was exported against) is no longer served;" >&2
	echo "source: using the newest, $newest" >&2
	echo "$newest" > "$gone"
	want=$newest
	[ -f "$(tarball "$want")" ] && { echo "$(tarball "$want") $want"; exit 0; }
fi
echo "source: downloading $package $want" >&2
(cd "$apt/cache/archives" && apt-get "${opts[@]}" -q download "$package=$want" >"$apt/download.log" 2>&1) ||
	{ cat "$apt/download.log" >&2; echo "source: download of $package $want failed" >&2; exit 1; }
deb=$(ls "$apt/cache/archives/${package}_"*.deb | grep -F "_${want//:/%3a}_" | head -1)
# The package holds one tarball, usr/src/<package>.tar.xz.
dpkg-deb --fsys-tarfile "$deb" | tar -xO --wildcards './usr/src/*.tar.xz' > "$(tarball "$want").part"
mv "$(tarball "$want").part" "$(tarball "$want")"
rm -f "$deb"
echo "$(tarball "$want") $want"
