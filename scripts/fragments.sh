#!/usr/bin/env bash
# Print the config fragments given, merged: every CONFIG_ line in order,
# and for an option given twice, only the last one (as merge_config.sh
# would apply them).  Used by scripts/build.sh and tests/matrix.sh.
#   scripts/fragments.sh <fragment>...
cat "$@" | awk '
	/^CONFIG_[A-Za-z0-9_]*=/ { o = $0; sub(/=.*/, "", o) }
	/^# CONFIG_[A-Za-z0-9_]* is not set/ { o = $2 }
	!/^(CONFIG_|# CONFIG_)/ { next }
	{ if (!(o in v)) order[n++] = o; v[o] = $0 }
	END { for (i = 0; i < n; i++) print v[order[i]] }'
