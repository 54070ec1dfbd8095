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

/**
 * `re.exec(text)`, for a global regex whose every match lies in one run of `runs` (but for a `+` just before
 * its first digit), holds `minDigits` digits or more and reaches seven characters or more from its first
 * digit: the search starts at the first run where such a match can start at or after `re.lastIndex`, so the
 * text before that run is not read, and there is no search when there is no such run.
 */
export function execInRuns(
  re: RegExp,
  text: string,
  runs: NumberRuns,
  minDigits: number,
): RegExpExecArray | null {
  const from = re.lastIndex;
  const { first, last, digits } = runs;
  for (let k = 0; k < first.length; k++) {
    if (last[k]! - from < 6 || digits[k]! < minDigits) continue;
    re.lastIndex = Math.max(from, first[k]! - 1);
    return re.exec(text);
  }
  re.lastIndex = 0;
  return null;
}
