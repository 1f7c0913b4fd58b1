# Shell helpers shared by the run-*-bench scripts: sourced, not run.

# The median of the numbers on standard input, one per line.
bench_median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# NUMERATOR ÷ DENOMINATOR with DIGITS decimals and a × sign; "–" when either side has no figure
# (a metric that one mode does not measure prints "–" or nothing).
bench_ratio() {
  awk -v a="$1" -v b="$2" -v d="${3:-1}" 'BEGIN { n = "^[0-9]+([.][0-9]+)?$"
    if (a ~ n && b ~ n && b + 0 > 0) printf "%.*f×\n", d, a / b; else print "–" }'
}

# 1000000 → 1,000,000 (printf's ' flag groups only in a locale that has a separator, C has none).
bench_grouped() {
  awk -v n="$1" 'BEGIN { s = ""; while (length(n) > 3) { s = "," substr(n, length(n) - 2) s
    n = substr(n, 1, length(n) - 3) } print n s }'
}
