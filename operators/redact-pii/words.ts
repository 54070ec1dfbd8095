// One pass over the lower-cased text that finds its words and tags the ones a detector starts from
// (greetings and sign-offs, street words, "DOB", `password`). One Map lookup per word replaces a regex
// alternation of hundreds of keywords per detector, which V8 runs position by position.

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
} as const;

export interface Words {
  /** Start offsets, in text order. */
  readonly starts: readonly number[];
  /** The lower-cased words (2 to 24 characters, and "i"; others are never keywords). */
  readonly values: readonly string[];
  /** `WordFlag` bits per word. */
  readonly flags: readonly number[];
}

function isLetter(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0) return false;
  // General punctuation, currency symbols and the like are not letters; the rest above U+00C0 mostly is.
  return !(c >= 0x2000 && c <= 0x2bff) && c !== 0xd7 && c !== 0xf7;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function followingFlags(lower: string, end: number): number {
  let flags = 0;
  const c = lower.charCodeAt(end);
  if (isDigit(c)) flags |= WordFlag.beforeDigit;
  let i = c === 46 ? end + 1 : end;
  if (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) {
    while (lower.charCodeAt(i) === 32 || lower.charCodeAt(i) === 9) i++;
    if (isDigit(lower.charCodeAt(i))) flags |= WordFlag.beforeNumber;
  }
  return flags;
}

/** The words of `lower`, each tagged with the flags `keywords` gives it and what follows it. */
export function findWords(lower: string, keywords: ReadonlyMap<string, number>): Words {
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
    if (start >= 0) {
      const length = i - start;
      // One-letter words are no keyword, except "i" ("I am …").
      if ((length >= 2 && length <= 24) || (length === 1 && lower.charCodeAt(start) === 105)) {
        const value = lower.slice(start, i);
        starts.push(start);
        values.push(value);
        flags.push((keywords.get(value) ?? 0) | followingFlags(lower, i));
      }
      start = -1;
    }
  }
  return { starts, values, flags };
}
