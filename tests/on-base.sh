#!/usr/bin/env bash
# A test of another base in make check's list (the Linux 7.3 tests): run
# the command with BASE=<base>; the consoles of its boots go to a folder
# of that name in the run's log folder, beside those of the default base.
#   tests/on-base.sh <base> <command...>
set -eu
export BASE=$1; shift
if [ -n "${LOGDIR:-}" ]; then
	export LOGDIR=$LOGDIR/$BASE
	mkdir -p "$LOGDIR"
fi
exec "$@"
