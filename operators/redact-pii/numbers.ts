// Where the number detectors can match. Phone, card and SSN patterns all lie inside a run of digits, spaces,
// tabs and `( ) . / -` (a phone number may have a `+` just before it) that holds two digits at least seven
// characters apart. The word pass, which reads every character anyway, lists those runs; each detector then
// starts its own regex at the runs that can hold its pattern instead of reading the whole text again (most
// support text has a few dates, versions and ids, and long stretches of words between them).

export interface NumberRuns {
  /** Offset of the first digit of each run, in text order. */
  readonly first: number[];
  /** Offset of the last digit of each run. */
  readonly last: number[];
  /** How many digits each run holds. */
  readonly digits: number[];
}

/** Whether `c` may stand between the digits of a number run: space, tab, `(`, `)`, `-`, `.`, `/`. */
export const inNumberRun = (c: number): boolean =>
  c === 32 || c === 9 || c === 40 || c === 41 || (c >= 45 && c <= 47);

/** How far past its run a match may reach: a phone number's extension (`ext. 204`). */
const tail = 64;

/**
 * `re.exec(text)`, for a global regex whose every match lies in one run of `runs` (but for a `+` just before
 * its first digit, and up to `tail` characters after its last: a phone extension), holds `minDigits` digits or
 * more and reaches seven characters or more from its first digit. Each run where such a match can start at or
 * after `re.lastIndex` is searched on its own, so the text between runs is never read. The regex must have no
 * look-around or anchors: it runs on a slice of the text (a match that fits in the slice is the same match).
 * `index` of the result is an offset in `text`.
 */
export function execInRuns(
  re: RegExp,
  text: string,
  runs: NumberRuns,
  minDigits: number,
): RegExpExecArray | null {
  const from = re.lastIndex;
  const { first, last, digits } = runs;
  // Runs are in text order: skip, by bisection, those that end before a match could start.
  let lo = 0;
  let hi = first.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (last[mid]! - from < 6) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < first.length; k++) {
    if (last[k]! - from < 6 || digits[k]! < minDigits) continue;
    const start = Math.max(from, first[k]! - 1);
    re.lastIndex = 0;
    const m = re.exec(text.slice(start, Math.min(text.length, last[k]! + 1 + tail)));
    // A match that starts after the run is in a later run, searched in its turn.
    if (!m || start + m.index > last[k]!) continue;
    re.lastIndex = start + m.index + m[0].length;
    m.index += start;
    return m;
  }
  re.lastIndex = 0;
  return null;
}
