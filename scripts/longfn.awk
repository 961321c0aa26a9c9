# Functions longer than LIMIT lines (default 120) in C files written in
# the house style (the name at the start of a line, the body's braces
# at column 0): file:line name length.
# usage: awk -f scripts/longfn.awk [-v LIMIT=N] FILE...
BEGIN { if (LIMIT == "") LIMIT = 120 }
FNR == 1 { name = ""; start = 0 }
/^[A-Za-z_][A-Za-z0-9_]*\(/ { split($0, a, "("); name = a[1] }
/^\{/ { start = FNR }
/^\}/ && start {
	n = FNR - start + 1
	if (n > LIMIT)
		printf "%s:%d: %s %d lines\n", FILENAME, start, name, n
	start = 0
}
