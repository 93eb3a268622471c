# Print, in file order, the definitions of the functions, structs and
# macros named in NAMES (space-separated) from a kernel C file:
#   awk -v NAMES="f g" -f extract.awk file.c
# A function runs from its first line (the return type may be on the line
# before) to the first "}" in column 0.
BEGIN { n = split(NAMES, a, " "); for (i = 1; i <= n; i++) want[a[i]] = 1 }
inblock { print; if ($0 ~ end) inblock = 0; prev = $0; next }
inmacro { print; if ($0 !~ /\\$/) inmacro = 0; prev = $0; next }
/^#define [A-Za-z_0-9]+/ {
	name = $2; sub(/\(.*/, "", name)
	if (name in want) { print; found[name] = 1; if ($0 ~ /\\$/) inmacro = 1 }
	prev = $0; next
}
/^struct [A-Za-z_0-9]+ \{$/ {
	if ($2 in want) { print; found[$2] = 1; inblock = 1; end = "^};" }
	prev = $0; next
}
/^[A-Za-z_].*\(/ && !/;[ \t]*$/ {
	line = $0; sub(/\(.*/, "", line); k = split(line, w, /[ *]+/); name = w[k]
	if ((name in want) && !(name in found)) {
		if (line == name && prev !~ /^[ \t]*$/ && prev !~ /[;}]$/ && prev !~ /\*\//)
			print prev
		print; found[name] = 1; inblock = 1; end = "^}"
	}
}
{ prev = $0 }
END { for (name in want) if (!(name in found)) print "/* not found: " name " */" }
