// The parts of an address's local part that may be a given name and a surname (`dawn.okafor@…` → dawn, okafor),
// for the names detector. It reads the text from the address to the next `@` of the text, split at runs of `.`,
// `_` and `-`: for an obfuscated address (`dawn at example dot com`, no `@`) that slice runs on through the rest
// of the text, and split again for each such address it was quadratic. Long slices are read from an index of the
// text's parts, built once per text.
import { bisect } from './sorted.ts';

const separators = /[._-]+/;
const lettersOnly = /^\p{L}{2,}$/u;
/** Slices up to this length are split as they are. */
const short = 256;

const isSeparator = (c: number) => c === 46 || c === 95 || c === 45;

/** The runs of a text between runs of `.`, `_` and `-`, and which of them are letters only (two or more). */
export interface PartsIndex {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Indices of the runs of letters only, in order. */
  readonly letters: readonly number[];
  /** Whether the part from a run's start to an offset inside it is letters only, by offset (see `indexedParts`). */
  readonly tails: Map<number, boolean>;
}

export function partsIndex(text: string): PartsIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const letters: number[] = [];
  for (let i = 0; i < text.length;) {
    while (i < text.length && isSeparator(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
    if (lettersOnly.test(text.slice(start, i))) letters.push(starts.length);
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends, letters, tails: new Map() };
}

/**
 * `text.slice(start, end).split(/[._-]+/).filter((p) => /^\p{L}{2,}$/u.test(p))` when that has at most three
 * parts, else undefined (`end` as `slice` reads it: -1 is the text's length less one). `cache.index` holds the
 * text's index once a long slice needed it.
 */
export function localParts(
  text: string,
  start: number,
  end: number,
  cache: { index?: PartsIndex },
): string[] | undefined {
  const s = Math.min(Math.max(start, 0), text.length);
  const e = end < 0 ? Math.max(text.length + end, 0) : Math.min(end, text.length);
  if (e - s <= short) {
    const parts = text
      .slice(s, e)
      .split(separators)
      .filter((p) => lettersOnly.test(p));
    return parts.length > 3 ? undefined : parts;
  }
  cache.index ??= partsIndex(text);
  return indexedParts(text, s, e, cache.index);
}

/** `localParts` for `0 <= s <= e <= text.length`, read from the text's index. */
export function indexedParts(text: string, s: number, e: number, index: PartsIndex): string[] | undefined {
  const { starts, ends, letters, tails } = index;
  // The runs that meet [s, e): from the first that ends after s to the last that starts before e.
  const lo = bisect(ends, s, true);
  const hi = bisect(starts, e, false);
  if (lo >= hi) return [];
  const out: string[] = [];
  // The first run, cut at s and e. (An address starts with a letter or digit, so this part is short: its
  // letters end at the `@` or the blank before "at".)
  const first = text.slice(Math.max(starts[lo]!, s), Math.min(ends[lo]!, e));
  if (lettersOnly.test(first)) out.push(first);
  if (hi - 1 === lo) return out;
  // The whole runs between the first and the last: their letters-only ones, by bisection in `letters`.
  const from = bisect(letters, lo + 1, false);
  const to = bisect(letters, hi - 1, false);
  if (out.length + (to - from) > 3) return undefined;
  for (let k = from; k < to; k++) out.push(text.slice(starts[letters[k]!]!, ends[letters[k]!]!));
  // The last run, cut at e: many addresses before the same `@` share it, so whether it is letters only is kept.
  const last = hi - 1;
  let lastLetters: boolean;
  if (ends[last]! <= e) lastLetters = letters[bisect(letters, last, false)] === last;
  else {
    let known = tails.get(e);
    if (known === undefined) {
      known = lettersOnly.test(text.slice(starts[last]!, e));
      tails.set(e, known);
    }
    lastLetters = known;
  }
  if (lastLetters) out.push(text.slice(starts[last]!, Math.min(ends[last]!, e)));
  return out.length > 3 ? undefined : out;
}
