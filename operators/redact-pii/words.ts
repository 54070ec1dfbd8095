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
  /** A digit read out ("oh", "five"), "double", "triple" or "plus": a phone number may be read out. */
  digitWord: 32768,
  /** "pin", "otp", "passcode", "code": a short numeric credential may follow. */
  credentialCode: 65536,
} as const;

/** The flag bits above `WordFlag`'s, one per gate. */
let nextGateBit = 1 << 17;
/** Every word `gate` was given, with the bits of its gates: the keyword table flags them so. */
export const gateWords = new Map<string, number>();

/** A gate: its words' bit. */
export interface Gate {
  readonly bit: number;
}

/**
 * Words (space-separated, lower case, two letters or more) one of which a rare pattern cannot match without:
 * `hasWord(words, gate)` asks the word pass (one bit of the flags of the text's words) instead of searching the
 * whole text for each of them.
 */
export function gate(list: string): Gate {
  if (nextGateBit === 0) throw new RangeError('too many gates');
  const bit = nextGateBit;
  // (1 << 31 shifted once more is 0: the bits are used up.)
  nextGateBit <<= 1;
  for (const w of list.split(' ')) gateWords.set(w, (gateWords.get(w) ?? 0) | bit);
  return { bit };
}

/**
 * A gate shared by readers of one country's numbers (the flags hold fifteen gates): the UK's "national insurance"
 * and Italy's codice fiscale (finance.ts), Singapore's mobiles (phone.ts). Each reader checks its own words again.
 */
export const countryGate = gate('insurance singapore sgd fiscale cf codice intestatario italia italy');

/** Whether the text has one of a gate's words. */
export function hasWord(words: Words, gate: Gate): boolean {
  return (words.all & gate.bit) !== 0;
}

export interface Words {
  /** Start offsets, in text order, of the words that carry a flag. */
  readonly starts: readonly number[];
  /** The lower-cased words. */
  readonly values: readonly string[];
  /** `WordFlag` bits per word. */
  readonly flags: readonly number[];
  /** Offsets of "d.o.b" (three one-letter words the keyword table cannot hold). */
  readonly dobDots: readonly number[];
  /** Offsets of a one-letter word after a quote and before a dot or a blank, as in `"D. Kowalczuk"`, `"J Harper"`. */
  readonly quotedInitials: readonly number[];
  /** Offsets of a one-letter word followed by a dot and a blank ("J. Lowe"), for initials before a surname. */
  readonly dottedLetters: readonly number[];
  /** The flags of all the text's words, or'ed. */
  readonly all: number;
  /** Whether a straight quote, an apostrophe or "“" occurs. */
  readonly quotes: boolean;
  /** Offsets of every "(". */
  readonly opens: readonly number[];
  /** Whether "ss#" occurs (as in "SS# 123-45-6789"). */
  readonly ssHash: boolean;
  /** Whether the text has Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, CJK or Hangul letters. */
  readonly scripts: boolean;
  /** Where a phone, card or SSN pattern can match, listed by the same pass. */
  readonly numbers: NumberRuns;
}

/** Whether the `k`-th flagged word stands more than three characters after the one before. */
export function apart(words: Words, k: number): boolean {
  return words.starts[k]! - (words.starts[k - 1]! + words.values[k - 1]!.length) > 3;
}

/**
 * The digit words from the `k`-th flagged word on, each close after the last ("four four, one nine"): how many
 * digits they read out, and the index of the last.
 */
export function digitWordRun(words: Words, k: number): { digits: number; last: number } {
  let digits = 0;
  let j = k;
  for (; j < words.flags.length && words.flags[j]! & WordFlag.digitWord; j++) {
    const v = words.values[j]!;
    if (j > k && apart(words, j)) break;
    digits += v === 'double' ? 1 : v === 'triple' ? 2 : v === 'plus' ? 0 : 1;
  }
  return { digits, last: j - 1 };
}

/**
 * An identifier's word between a cue and a number read out: the number is the identifier's ("the code for order four
 * four seven one").
 */
export const identifierBetween =
  /(?<![a-z])(?:order|ticket|ref|reference|invoice|case|tracking|booking|account|acct|policy|claim|flight|room|phone|mobile|number|extension|ext)(?![a-z])/;

/** A run of digit words read out, standing alone, with the text before it on its line and the two above. */
export interface SpokenRun {
  readonly start: number;
  readonly end: number;
  readonly digits: number;
  /** At most 240 characters. */
  readonly before: string;
}

/**
 * The runs of digit words that read out a number on their own ("two nine eight four", "four zero one, seven two,
 * …"): no numeral or digit word glued on ("four four one nine 2", "nine-eight"), no "plus".
 */
export function spokenRuns(lower: string, words: Words): SpokenRun[] {
  const { flags, starts, values } = words;
  const runs: SpokenRun[] = [];
  for (let k = 0; k < flags.length; k++) {
    if (!(flags[k]! & WordFlag.digitWord)) continue;
    if (k > 0 && flags[k - 1]! & WordFlag.digitWord && !apart(words, k)) continue;
    const run = digitWordRun(words, k);
    const start = starts[k]!;
    const end = starts[run.last]! + values[run.last]!.length;
    k = run.last;
    if (lower.slice(start, end).includes('plus')) continue;
    if (/[\p{L}\p{N}-]/u.test(lower[end] ?? '') || /[\p{N}-]/u.test(lower[start - 1] ?? '')) continue;
    // The three lines before it, 240 characters at most: searched within those (a search back to the text's start
    // for each run made a text full of digit words quadratic).
    const window = lower.slice(Math.max(0, start - 240), start);
    let from = window.length;
    for (let lines = 0; lines < 3 && from > 0; lines++)
      from = Math.max(0, window.lastIndexOf('\n', from - 1));
    runs.push({ start, end, digits: run.digits, before: window.slice(from) });
  }
  return runs;
}

/**
 * The keyword table: open addressing over a typed array, probed by a hash computed while scanning, so looking a
 * word up allocates nothing. (A `Map` keyed by the 32-bit hash boxed half of the keys as heap numbers, and the
 * lookup was the largest single cost of a body.) With ~20 000 keywords (the given-name lexicon) the table is
 * larger than the CPU's fast caches, so each slot holds the hash and the word's length next to each other (one
 * memory access per probe), and a 32 KiB bit set with one bit per hash value in front of it turns most words
 * away before the table is read.
 */
export interface Keywords {
  /** Bit `h & filterMask` is set when a keyword has hash `h` there. */
  readonly filter: Int32Array;
  /** Two entries per slot: the keyword's hash, then `1 + index | length << 16`; 0 = empty slot. */
  readonly slots: Int32Array;
  /** Slot count - 1. */
  readonly mask: number;
  readonly words: readonly string[];
  readonly flags: Int32Array;
}

const filterBits = 1 << 18;
const filterMask = filterBits - 1;

// FNV-1a over UTF-16 code units. (A multiply-by-31 hash made short words collide across scripts: "get" and
// the given name "cát" had one hash, so every "get" was looked at as a name.)
const hashSeed = 0x811c9dc5 | 0;
const hashStep = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

function hashOf(word: string): number {
  let h = hashSeed;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

const slotOf = (h: number, mask: number) => (h ^ (h >>> 16)) & mask;
const filterBit = (h: number) => (h ^ (h >>> 18)) & filterMask;

export function keywords(flags: ReadonlyMap<string, number>): Keywords {
  // Index and length share one 32-bit entry.
  if (flags.size >= 0xffff) throw new RangeError(`too many keywords: ${flags.size}`);
  let size = 16;
  while (size < flags.size * 1.5) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  const filter = new Int32Array(filterBits / 32);
  const words: string[] = [];
  const wordFlags = new Int32Array(flags.size);
  // Linear probing in insertion order: of two keywords with one hash and length, the first one is found, as
  // with a list per hash.
  for (const [word, f] of flags) {
    if (word.length >= 0x8000) throw new RangeError('keyword too long');
    const e = words.length;
    const h = hashOf(word);
    words.push(word);
    wordFlags[e] = f;
    const bit = filterBit(h);
    filter[bit >>> 5]! |= 1 << (bit & 31);
    let slot = slotOf(h, mask);
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = (e + 1) | (word.length << 16);
  }
  return { filter, slots, mask, words, flags: wordFlags };
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
  // CJK punctuation, kana and ideographs are written without spaces: each is a word of its own, so a Latin word
  // written against them stays a word ("、JCBカード" holds the card word "jcb").
  if ((c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff))
    return false;
  // General punctuation, currency symbols and the like are not letters; the rest above U+00C0 mostly is.
  return !(c >= 0x2000 && c <= 0x2bff) && c !== 0xd7 && c !== 0xf7;
}

/** What each UTF-16 code unit is to the word pass: one table load per character instead of a chain of tests. */
const other = 0;
const letter = 1;
const digit = 2;
/** A character that may stand between the digits of a number run (`inNumberRun`). */
const joiner = 3;
const classOf = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    table[c] = isLetter(c) ? letter : c >= 48 && c <= 57 ? digit : inNumberRun(c) ? joiner : other;
  }
  return table;
})();

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
  const quotedInitials: number[] = [];
  const dottedLetters: number[] = [];
  let ssHash = false;
  let scripts = false;
  let all = 0;
  let quotes = false;
  const opens: number[] = [];
  const numbers: NumberRuns = { first: [], last: [], digits: [] };
  // The number run being read: its first and last digit (`first` -1: none yet) and how many digits it has.
  let first = -1;
  let last = -1;
  let digits = 0;
  const { filter, slots, mask, words } = known;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    let c = lower.charCodeAt(i);
    const kind = classOf[c]!;
    if (kind !== letter) {
      if (kind === digit) {
        if (first < 0) first = i;
        last = i;
        digits++;
      } else if (first >= 0 && kind !== joiner) {
        endRun(numbers, first, last, digits);
        first = -1;
        digits = 0;
      }
      if (c === 40) opens.push(i);
      else if (c === 34 || c === 39 || c === 0x201c) quotes = true;
      else if (c >= 0x3040 && c <= 0x9fff) scripts = true;
      continue;
    }
    if (
      c >= 0x370 &&
      (c <= 0x6ff || (c >= 0x900 && c <= 0x97f) || (c >= 0xe00 && c <= 0xe7f) || (c >= 0xac00 && c <= 0xd7af))
    )
      scripts = true;
    if (first >= 0) {
      endRun(numbers, first, last, digits);
      first = -1;
      digits = 0;
    }
    // A word: letters, and an apostrophe between letters ("i'm", "it's", "o'brien"); hashed as it is read.
    const start = i;
    let h = hashSeed;
    for (;;) {
      h = hashStep(h, c);
      c = ++i < n ? lower.charCodeAt(i) : 32;
      if (classOf[c] === letter) continue;
      if ((c === 39 || c === 0x2019) && i + 1 < n && classOf[lower.charCodeAt(i + 1)] === letter) {
        if (c === 39) quotes = true;
        continue;
      }
      break;
    }
    // The outer loop goes on after this character: a digit here starts a number run; a bracket or a quote here is
    // noted as the loop would.
    if (c >= 48 && c <= 57) {
      first = last = i;
      digits = 1;
    } else if (c === 40) opens.push(i);
    else if (c === 34 || c === 39 || c === 0x201c) quotes = true;
    // Two short forms found here rather than by searching the whole text again: every "d.o.b" and "ss#"
    // ends a word at this character.
    if (c === 46 && lower.charCodeAt(i - 1) === 100 && lower.startsWith('.o.b', i)) dobDots.push(i - 1);
    else if (c === 35 && lower.charCodeAt(i - 1) === 115 && lower.charCodeAt(i - 2) === 115) ssHash = true;
    const length = i - start;
    if (length === 1 && (c === 46 || c === 32)) {
      const before = lower.charCodeAt(start - 1);
      if (before === 34 || before === 0x201c || before === 39 || before === 0x2018)
        quotedInitials.push(start);
      if (c === 46 && lower.charCodeAt(i + 1) === 32) dottedLetters.push(start);
    }
    // One-letter words are no keyword, except "i" ("I am …").
    if (length < 2 && lower.charCodeAt(start) !== 105) continue;
    let f = c <= 57 || c === 46 ? followingFlags(lower, i, c) : 0;
    let value: string | undefined;
    // A 32-bit hash of the same length is taken as the word: a collision only costs a cue check that fails.
    const bit = filterBit(h);
    if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
      for (let slot = slotOf(h, mask); slots[2 * slot + 1] !== 0; slot = (slot + 1) & mask) {
        const e = slots[2 * slot + 1]!;
        if (slots[2 * slot] === h && e >>> 16 === length) {
          value = words[(e & 0xffff) - 1];
          f |= known.flags[(e & 0xffff) - 1]!;
          break;
        }
      }
    }
    if (f !== 0) {
      all |= f;
      starts.push(start);
      values.push(value ?? lower.slice(start, i));
      flags.push(f);
    }
  }
  if (first >= 0) endRun(numbers, first, last, digits);
  return {
    starts,
    values,
    flags,
    dobDots,
    quotedInitials,
    dottedLetters,
    all,
    ssHash,
    scripts,
    quotes,
    opens,
    numbers,
  };
}
