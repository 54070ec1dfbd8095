// One pass over the lower-cased text that finds the words a detector starts from (greetings and sign-offs,
// street words, "DOB", `password`, the cue words before numbers) and the words followed by a number. One Map
// lookup per word, by a hash computed while scanning, replaces a regex alternation of hundreds of keywords per
// detector (which V8 runs position by position) and allocates nothing for words that are not keywords.
import { inNumberRun, type NumberRuns } from './numbers.ts';

/** Bits of `Words.flags`. */
export const WordFlag = {
  name: 1,
  address: 2,
  dob: 4,
  secret: 8,
  /** Followed by spaces and a digit, possibly after a dot ("Goethestraße 12", "Str. 5"). */
  beforeNumber: 16,
  /** Followed directly by a digit ("DE89…"). */
  beforeDigit: 32,
  /** Announces a phone number ("phone", "tel", "call"). */
  phoneCue: 64,
  /** Announces a payment card ("card", "visa"). */
  cardCue: 128,
  /** Announces an identifier ("order", "invoice", "tracking"). */
  identifierCue: 256,
  /** "my", "office" …: makes a following "number" a phone cue. */
  numberOwner: 512,
  /** "number", "no". */
  number: 1024,
  /** Announces an SSN ("ssn", "social"). */
  ssnCue: 2048,
  /** "dot", as in "name at example dot com". */
  dot: 4096,
  /** A given name ("priyanka"), or a family name written first ("zhang"). */
  givenName: 8192,
  /** A given name that is also a common word ("will", "grant"). */
  givenNameWord: 16384,
} as const;

export interface Words {
  /** Start offsets, in text order, of the words that carry a flag. */
  readonly starts: readonly number[];
  /** The lower-cased words. */
  readonly values: readonly string[];
  /** `WordFlag` bits per word. */
  readonly flags: readonly number[];
  /** Offsets of "d.o.b" (three one-letter words the keyword table cannot hold). */
  readonly dobDots: readonly number[];
  /** Whether "ss#" occurs (as in "SS# 123-45-6789"). */
  readonly ssHash: boolean;
  /** Where a phone, card or SSN pattern can match, listed by the same pass. */
  readonly numbers: NumberRuns;
}

/**
 * The keyword table: open addressing over a typed array, probed by a hash computed while scanning, so looking a
 * word up allocates nothing. (A `Map` keyed by the 32-bit hash boxed half of the keys as heap numbers, and the
 * lookup was the largest single cost of a body.)
 */
export interface Keywords {
  /** Slot -> 1 + index of the keyword there; 0 = empty. */
  readonly slots: Int32Array;
  readonly mask: number;
  readonly hashes: Int32Array;
  readonly words: readonly string[];
  readonly flags: Int32Array;
}

function hashOf(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h;
}

const slotOf = (h: number, mask: number) => (h ^ (h >>> 16)) & mask;

export function keywords(flags: ReadonlyMap<string, number>): Keywords {
  let size = 16;
  while (size < flags.size * 4) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size);
  const hashes = new Int32Array(flags.size);
  const words: string[] = [];
  const wordFlags = new Int32Array(flags.size);
  // Linear probing in insertion order: of two keywords with one hash and length, the first one is found, as
  // with a list per hash.
  for (const [word, f] of flags) {
    const e = words.length;
    const h = hashOf(word);
    words.push(word);
    hashes[e] = h;
    wordFlags[e] = f;
    let slot = slotOf(h, mask);
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = e + 1;
  }
  return { slots, mask, hashes, words, flags: wordFlags };
}

/** Keeps the run from digit `first` to digit `last` when a number pattern can fit in it (`NumberRuns`). */
function endRun(runs: NumberRuns, first: number, last: number, digits: number): void {
  if (last - first < 6) return;
  runs.first.push(first);
  runs.last.push(last);
  runs.digits.push(digits);
}

function isLetter(c: number): boolean {
  if (c < 0xc0) return c >= 97 && c <= 122;
  // General punctuation, currency symbols and the like are not letters; the rest above U+00C0 mostly is.
  return !(c >= 0x2000 && c <= 0x2bff) && c !== 0xd7 && c !== 0xf7;
}

/** Flags for what follows a word that ends at `end`, where `c` is the character there. */
function followingFlags(lower: string, end: number, c: number): number {
  if (c >= 48 && c <= 57) return WordFlag.beforeDigit;
  let i = end;
  if (c === 46) c = lower.charCodeAt(++i);
  if (c !== 32 && c !== 9) return 0;
  do c = lower.charCodeAt(++i);
  while (c === 32 || c === 9);
  return c >= 48 && c <= 57 ? WordFlag.beforeNumber : 0;
}

/** The flagged words of `lower`. */
export function findWords(lower: string, known: Keywords): Words {
  const starts: number[] = [];
  const values: string[] = [];
  const flags: number[] = [];
  const dobDots: number[] = [];
  let ssHash = false;
  const numbers: NumberRuns = { first: [], last: [], digits: [] };
  // The number run being read: its first and last digit (`first` -1: none yet) and how many digits it has.
  let first = -1;
  let last = -1;
  let digits = 0;
  const { slots, mask, hashes, words } = known;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    let c = lower.charCodeAt(i);
    if (!isLetter(c)) {
      if (c >= 48 && c <= 57) {
        if (first < 0) first = i;
        last = i;
        digits++;
      } else if (first >= 0 && !inNumberRun(c)) {
        endRun(numbers, first, last, digits);
        first = -1;
        digits = 0;
      }
      continue;
    }
    if (first >= 0) {
      endRun(numbers, first, last, digits);
      first = -1;
      digits = 0;
    }
    // A word: letters, and an apostrophe between letters ("i'm", "it's", "o'brien"); hashed as it is read.
    const start = i;
    let h = 0;
    for (;;) {
      h = (Math.imul(h, 31) + c) | 0;
      c = ++i < n ? lower.charCodeAt(i) : 32;
      if (isLetter(c)) continue;
      if ((c === 39 || c === 0x2019) && i + 1 < n && isLetter(lower.charCodeAt(i + 1))) continue;
      break;
    }
    // The outer loop goes on after this character: a digit here starts a number run.
    if (c >= 48 && c <= 57) {
      first = last = i;
      digits = 1;
    }
    // Two short forms found here rather than by searching the whole text again: every "d.o.b" and "ss#"
    // ends a word at this character.
    if (c === 46 && lower.charCodeAt(i - 1) === 100 && lower.startsWith('.o.b', i)) dobDots.push(i - 1);
    else if (c === 35 && lower.charCodeAt(i - 1) === 115 && lower.charCodeAt(i - 2) === 115) ssHash = true;
    const length = i - start;
    // One-letter words are no keyword, except "i" ("I am …").
    if (length < 2 && lower.charCodeAt(start) !== 105) continue;
    let f = c <= 57 || c === 46 ? followingFlags(lower, i, c) : 0;
    let value: string | undefined;
    // A 32-bit hash of the same length is taken as the word: a collision only costs a cue check that fails.
    for (let slot = slotOf(h, mask), e = slots[slot]!; e !== 0; slot = (slot + 1) & mask, e = slots[slot]!) {
      if (hashes[e - 1] === h && words[e - 1]!.length === length) {
        value = words[e - 1];
        f |= known.flags[e - 1]!;
        break;
      }
    }
    if (f !== 0) {
      starts.push(start);
      values.push(value ?? lower.slice(start, i));
      flags.push(f);
    }
  }
  if (first >= 0) endRun(numbers, first, last, digits);
  return { starts, values, flags, dobDots, ssHash, numbers };
}
