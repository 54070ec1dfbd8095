// One pass over the lower-cased text that finds the words a detector starts from (greetings and sign-offs,
// street words, "DOB", `password`, the cue words before numbers) and the words followed by a number. One Map
// lookup per candidate word replaces a regex alternation of hundreds of keywords per detector, which V8 runs
// position by position; words that cannot be keywords are skipped without allocating a string.

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
} as const;

export interface Words {
  /** Start offsets, in text order, of the words that carry a flag. */
  readonly starts: readonly number[];
  /** The lower-cased words. */
  readonly values: readonly string[];
  /** `WordFlag` bits per word. */
  readonly flags: readonly number[];
}

export interface Keywords {
  readonly flags: ReadonlyMap<string, number>;
  /** `shape()` of every keyword: a word of another shape is not looked up. */
  readonly shapes: ReadonlySet<number>;
}

const shape = (length: number, first: number, last: number) =>
  length * 4194304 + (first & 2047) * 2048 + (last & 2047);

export function keywords(flags: ReadonlyMap<string, number>): Keywords {
  const shapes = new Set<number>();
  for (const k of flags.keys()) shapes.add(shape(k.length, k.charCodeAt(0), k.charCodeAt(k.length - 1)));
  return { flags, shapes };
}

function isLetter(c: number): boolean {
  if (c < 0xc0) return c >= 97 && c <= 122;
  // General punctuation, currency symbols and the like are not letters; the rest above U+00C0 mostly is.
  return !(c >= 0x2000 && c <= 0x2bff) && c !== 0xd7 && c !== 0xf7;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function followingFlags(lower: string, end: number): number {
  const c = lower.charCodeAt(end);
  let flags = isDigit(c) ? WordFlag.beforeDigit : 0;
  let i = c === 46 ? end + 1 : end;
  if (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) {
    while (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) i++;
    if (isDigit(lower.charCodeAt(i))) flags |= WordFlag.beforeNumber;
  }
  return flags;
}

/** The flagged words of `lower`. */
export function findWords(lower: string, known: Keywords): Words {
  const starts: number[] = [];
  const values: string[] = [];
  const flags: number[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (isLetter(c)) {
      if (start < 0) start = i;
      continue;
    }
    // An apostrophe between letters belongs to the word ("i'm", "it's", "o'brien").
    if ((c === 39 || c === 0x2019) && start >= 0 && i + 1 < lower.length && isLetter(lower.charCodeAt(i + 1)))
      continue;
    if (start < 0) continue;
    const length = i - start;
    let f = length >= 2 || lower.charCodeAt(start) === 105 ? followingFlags(lower, i) : 0;
    let value: string | undefined;
    if (known.shapes.has(shape(length, lower.charCodeAt(start), lower.charCodeAt(i - 1)))) {
      value = lower.slice(start, i);
      f |= known.flags.get(value) ?? 0;
    }
    if (f !== 0) {
      starts.push(start);
      values.push(value ?? lower.slice(start, i));
      flags.push(f);
    }
    start = -1;
  }
  return { starts, values, flags };
}
