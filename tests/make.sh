#!/usr/bin/env bash
# A build step of make check: "make <target>..." in the project; passes when
# make does (a kernel build also checks that its image exists).
. "$(dirname "$0")/lib.sh"
make -s -C "$top" "$@" || fail "make $*"
pass
