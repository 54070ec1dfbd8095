// Bisection over sorted offsets, shared by the detectors that index spans, cells or words by where they start.

/** The first index of the sorted `values` whose value is `> x` (`after`) or `>= x`; `values.length` when none. */
export function bisect(values: ArrayLike<number>, x: number, after = false): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x || (after && values[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
