// The tokens the learned reading of redact.pii asks about, and their features: what the model sees of a token.
// learned.ts scores them at run time; scripts/train-pii-model.ts turns them into examples.
import { isDigit } from './context.ts';
import { bisect } from './sorted.ts';

/** The longest token asked about. */
export const maxToken = 80;

export interface Candidate {
  readonly start: number;
  readonly end: number;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
// Inside a token: letters, digits and marks that join the parts of a code (`4KQ7-M2XD`, `Kl@2024-Rumah!88`).
const tokenChars = new Uint8Array(128);
for (const ch of '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.#*!$@%+~^')
  tokenChars[ch.charCodeAt(0)] = 1;
export const isTokenChar = (c: number) => c < 128 && tokenChars[c] === 1;
const dropAtEnd = new Set([...'.!?*-_'].map((c) => c.charCodeAt(0)));
// Kept at the end once (`Sunflower2019!`, `6152#`), not when doubled (`1234!!`).
const keptAtEnd = new Set([...'!#*$'].map((c) => c.charCodeAt(0)));
const droppedAtStart = new Set([...'-_.*!@%+~^'].map((c) => c.charCodeAt(0)));

/**
 * Tokens of ASCII letters, digits and joining marks that hold a digit, and runs of digit groups of up to five
 * digits one space apart (`734 219`, `8 8 1 9`, `2951 76344 1`), twelve digits at most, read as one number.
 * Everything else (spaces, quotes, `=`, `:`, `,`, `/`, letters of other scripts) separates tokens, so
 * `KEY=value`, CSV cells and URL parameters split apart.
 * Only tokens that start in `[from, to)` are read; `from` must not be inside a token.
 */
export function candidates(text: string, from = 0, to = text.length): Candidate[] {
  const tokens: Candidate[] = [];
  let i = from;
  while (i < to) {
    while (i < to && !isTokenChar(text.charCodeAt(i))) i++;
    if (i >= to) break;
    // A token that starts before `to` is read to its end.
    let j = i;
    while (j < text.length && isTokenChar(text.charCodeAt(j))) j++;
    let s = i;
    let e = j;
    while (s < e && droppedAtStart.has(text.charCodeAt(s))) s++;
    let dropped = -1;
    while (e > s && dropAtEnd.has(text.charCodeAt(e - 1))) {
      const c = text.charCodeAt(e - 1);
      if (keptAtEnd.has(c) && c !== dropped && e - 1 > s && text.charCodeAt(e - 2) !== c) break;
      dropped = c;
      e--;
    }
    if (e > s) tokens.push({ start: s, end: e });
    i = j;
  }
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const length = t.end - t.start;
    const digits = digitCount(text, t);
    if (digits === length && length <= 5) {
      let m = k;
      let total = length;
      while (m + 1 < tokens.length) {
        const next = tokens[m + 1]!;
        const size = next.end - next.start;
        const joined = next.start - tokens[m]!.end === 1 && text.charCodeAt(tokens[m]!.end) === 32;
        if (!joined || size > 5 || total + size > 12 || digitCount(text, next) !== size) break;
        m++;
        total += size;
      }
      if (m > k) {
        out.push({ start: t.start, end: tokens[m]!.end });
        k = m;
        continue;
      }
    }
    if (digits > 0 && length >= 3 && length <= maxToken) out.push(t);
  }
  return out;
}

/** How many digits a token holds. */
export function digitCount(text: string, t: Candidate): number {
  let digits = 0;
  for (let p = t.start; p < t.end; p++) if (isDigit(text.charCodeAt(p))) digits++;
  return digits;
}

/** The token's shape: `A` upper, `a` lower, `9` digit, marks as they are; letter runs cut at two, digits at six. */
function shape(text: string, c: Candidate): string {
  const out: number[] = [];
  let last = -1;
  let run = 0;
  for (let p = c.start; p < c.end; p++) {
    const code = text.charCodeAt(p);
    const k = isDigit(code) ? 57 : isUpper(code) ? 65 : isLower(code) ? 97 : code === 32 ? 95 : code;
    if (k === last) {
      run++;
      if (run <= 2 || (k === 57 && run <= 6)) out.push(k);
    } else {
      out.push(k);
      last = k;
      run = 1;
    }
  }
  return String.fromCharCode(...out);
}

// Context words are runs of letters, and the marks that tell a question, a label or an assignment (`? : = #`); a
// line break is a word of its own.
const letter = /\p{L}/u;
function isLetter(c: number, s: string, i: number): boolean {
  if (c < 128) return isLower(c) || isUpper(c);
  // A letter outside the BMP is a surrogate pair: the pair is tested at its first half, its second half follows it.
  if (c >= 0xdc00 && c <= 0xdfff) return i > 0 && letter.test(s.slice(i - 1, i + 1));
  return letter.test(c >= 0xd800 && c <= 0xdbff ? s.slice(i, i + 2) : s[i]!);
}

/**
 * A feature is a family and a key within it (`Ln` and `password`: "password" is among the five words before).
 * The model keeps one map per family, and one per context word across the word families (learned.ts).
 */
export const families = [
  'bias',
  'sh',
  'nd',
  'nl',
  'len',
  'kind',
  'sym',
  'tok',
  'pre',
  'cb',
  'ca',
  'L0',
  'L1',
  'Ln',
  'Lf',
  'L01',
  'caps',
  'R0',
  'Rn',
  'line',
  'key',
  'col',
] as const;
export const family = Object.fromEntries(families.map((f, i) => [f, i])) as Record<
  (typeof families)[number],
  number
>;

/** One feature; `word` is the index of the context word that is its key, when it is one (for caching). */
export type Emit = (family: number, key: string, word?: number) => void;

/** What the candidates of one text share: its context words (lower case) and where they start and end. */
export class TextContext {
  readonly words: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Per context word, its weights in each word family, looked up once per context. */
  readonly cached: ((Float64Array | undefined)[] | null)[] = [];
  private readonly headers = new Map<number, string[] | undefined>();

  /** The words of `lower[from, to)`: the context of the tokens from `from + lookBehind` to `to - lookAhead`. */
  constructor(
    readonly text: string,
    readonly lower: string,
    from = 0,
    readonly to = lower.length,
  ) {
    // Read by code unit: ASCII letters directly, other letters by their class.
    let i = from;
    // Not from inside a word.
    while (i > 0 && isLetter(lower.charCodeAt(i - 1), lower, i - 1)) i--;
    while (i < to) {
      const c = lower.charCodeAt(i);
      if (isLetter(c, lower, i)) {
        let j = i + 1;
        while (j < lower.length && isLetter(lower.charCodeAt(j), lower, j)) j++;
        this.push(lower.slice(i, j), i, j);
        i = j;
      } else {
        if (c === 10) this.push('NL', i, i + 1);
        else if (c === 63 || c === 58 || c === 61 || c === 35) this.push(lower[i]!, i, i + 1);
        i++;
      }
    }
  }

  private push(word: string, start: number, end: number): void {
    this.words.push(word);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** The column names of the CSV block the line at `lineStart` belongs to, if it is one (cached per line). */
  columns(lineStart: number, lineEnd: number): string[] | undefined {
    if (this.headers.has(lineStart)) return this.headers.get(lineStart);
    let names: string[] | undefined;
    if (lineEnd - lineStart <= longLine) {
      const commas = countOf(this.text, ',', lineStart, lineEnd);
      if (commas >= 2) names = csvHeader(this.text, lineStart, commas)?.split(',');
    }
    this.headers.set(lineStart, names);
    return names;
  }
}

/** The words of a key: `alarm_code`, `routingKey`, `X-Session` → alarm code, routing key, session. */
function keyWords(key: string): string[] {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1);
}

/** A character as a feature key holds it: white space by name, so a feature is one word on one line. */
function mark(ch: string): string {
  return ch === '\n' ? 'NL' : ch === ' ' ? 'SP' : /\s/.test(ch) ? 'WS' : ch;
}

function countOf(s: string, ch: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i >= 0 && i < to; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/** The header of the CSV block a line belongs to: the topmost line above it with as many commas and no digit. */
function csvHeader(text: string, lineStart: number, commas: number): string | undefined {
  let header: string | undefined;
  let end = lineStart - 1;
  for (let k = 0; k < 50 && end > 0; k++) {
    const s = text.lastIndexOf('\n', end - 1) + 1;
    if (end - s > longLine || countOf(text, ',', s, end) !== commas) break;
    header = text.slice(s, end);
    end = s - 1;
  }
  return header !== undefined && !/\d/.test(header) ? header : undefined;
}

const isKeyChar = (c: number) => isDigit(c) || isUpper(c) || isLower(c) || c === 95 || c === 46 || c === 45;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;

/** The key a value is assigned to right before it, if any: `KEY=`, `key: `, `"key": "`. */
function keyBefore(text: string, start: number, lineStart: number): string | undefined {
  let i = start - 1;
  if (i >= lineStart && (text[i] === '"' || text[i] === "'")) i--;
  while (i >= lineStart && isSpaceOrTab(text.charCodeAt(i))) i--;
  if (i < lineStart || (text[i] !== '=' && text[i] !== ':')) return undefined;
  i--;
  while (i >= lineStart && isSpaceOrTab(text.charCodeAt(i))) i--;
  const json = i >= lineStart && text[i] === '"';
  if (json) i--;
  const end = i + 1;
  while (i >= lineStart && end - i <= 41 && isKeyChar(text.charCodeAt(i)) && !(json && text[i] === '.')) i--;
  let from = i + 1;
  // A key starts with a letter or an underscore.
  while (
    from < end &&
    !(isUpper(text.charCodeAt(from)) || isLower(text.charCodeAt(from)) || text[from] === '_')
  )
    from++;
  if (from >= end || (json && text[from - 1] !== '"')) return undefined;
  return text.slice(from, end);
}

const prefix = /^([a-z]{2,6})[_-]/i;
/** How far before a token its context words are read, and how far after. */
export const lookBehind = 240;
export const lookAhead = 80;
/** A line longer than this either side of a token is read as long: no CSV columns, no line before. */
const longLine = 2000;
const months: ReadonlySet<string> = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(
    ' ',
  ),
);
const counts = Array.from({ length: 25 }, (_, i) => String(i));

/** Calls `emit` with each feature of one token: its shape, the marks and words around it, its key, column or line. */
export function visitFeatures(ctx: TextContext, c: Candidate, emit: Emit): void {
  visitToken(ctx.text, ctx.lower, c, emit);
  visitContext(ctx, c, emit);
}

/** The features of the token alone: its shape, its counts, its prefix, itself. */
function visitToken(text: string, lower: string, c: Candidate, emit: Emit): void {
  emit(family.bias, '');
  emit(family.sh, shape(text, c));
  let digits = 0;
  let letters = 0;
  let upper = 0;
  let marks = '';
  for (let p = c.start; p < c.end; p++) {
    const code = text.charCodeAt(p);
    if (isDigit(code)) digits++;
    else if (isUpper(code)) {
      letters++;
      upper++;
    } else if (isLower(code)) letters++;
    else if (marks.length < 3) marks += code === 32 ? '_' : text[p];
  }
  emit(family.nd, counts[Math.min(digits, 12)]!);
  emit(family.nl, counts[Math.min(letters, 12)]!);
  emit(family.len, counts[Math.min(c.end - c.start, 24)]!);
  if (letters > 0 && digits > 0) emit(family.kind, upper > 0 && upper < letters ? 'mixcase+d' : 'alnum');
  // A month's name among digits is a date ("12Mar2024"), whatever its case.
  if (letters >= 3 && letters <= 9 && digits > 0) {
    const month = /[a-z]+/.exec(lower.slice(c.start, c.end));
    if (month && months.has(month[0])) emit(family.kind, 'month');
  }
  if (marks !== '') emit(family.sym, marks);
  // The token itself when short: product names and versions ("1Password", "Office365") are learned as such.
  if (c.end - c.start <= 12) emit(family.tok, lower.slice(c.start, c.end).replace(/ /g, '_'));
  const lead = prefix.exec(text.slice(c.start, Math.min(c.end, c.start + 7)));
  if (lead) emit(family.pre, lead[1]!.toLowerCase());
}

/** The features of the token's context: the marks and words around it, its key, column or line. */
function visitContext(ctx: TextContext, c: Candidate, emit: Emit): void {
  const { text } = ctx;
  let b = c.start - 1;
  while (b >= 0 && text.charCodeAt(b) === 32) b--;
  emit(family.cb, b >= 0 ? mark(text[b]!) : '^');
  emit(family.ca, c.end < text.length ? mark(text[c.end]!) : '$');

  // Up to 14 words before, nearest first, from the 240 characters before and over at most two line breaks.
  const { words, starts, ends } = ctx;
  let k = bisect(ends, c.start + 1) - 1;
  let lines = 0;
  let first: string | undefined;
  for (let n = 0; n < 14 && k >= 0 && starts[k]! >= c.start - lookBehind; n++, k--) {
    const w = words[k]!;
    if (w === 'NL' && ++lines > 2) break;
    if (n < 2) emit(n === 0 ? family.L0 : family.L1, w, k);
    if (n === 0) first = w;
    if (n === 1) emit(family.L01, `${first}_${w}`);
    emit(n < 5 ? family.Ln : family.Lf, w, k);
    // Words in capitals just before: "SIN" names a number, "sin" is Spanish for "without".
    if (starts[k]! >= c.start - 40 && w.length >= 2 && w !== 'NL' && allCapitals(text, starts[k]!, ends[k]!))
      emit(family.caps, text.slice(starts[k]!, ends[k]!));
  }
  // Up to four words after, on the same line, from the 80 characters after.
  k = bisect(starts, c.end);
  for (let n = 0; n < 4 && k < words.length && starts[k]! < c.end + lookAhead; n++, k++) {
    const w = words[k]!;
    if (w === 'NL') break;
    if (n === 0) emit(family.R0, w, k);
    emit(family.Rn, w, k);
  }

  // The line, when it is no longer than `longLine` either side: a search back to the start of a 100 KB line for
  // each of its tokens would be quadratic. A longer line has no CSV columns and no line before that matters.
  const from = Math.max(0, c.start - longLine);
  const back = text.slice(from, c.start).lastIndexOf('\n');
  const lineStart = back >= 0 ? from + back + 1 : from === 0 ? 0 : -1;
  const ahead = text.slice(c.end, c.end + longLine).indexOf('\n');
  const lineEnd = ahead >= 0 ? c.end + ahead : c.end + longLine >= text.length ? text.length : -1;
  if (lineStart >= c.start - 120 && text.slice(lineStart, c.start).trim() === '') emit(family.line, 'start');
  const key = keyBefore(text, c.start, Math.max(lineStart, c.start - 120));
  if (key !== undefined) for (const w of keyWords(key)) emit(family.key, w);
  if (lineStart < 0) return;
  if (lineEnd >= 0) {
    const columns = ctx.columns(lineStart, lineEnd);
    const name = columns?.[countOf(text, ',', lineStart, c.start)];
    if (name) for (const w of keyWords(name)) emit(family.col, w);
  }
  if (lineStart > 0 && /\?\s*$/.test(text.slice(Math.max(0, lineStart - 40), lineStart - 1)))
    emit(family.line, 'prevq');
}

function allCapitals(text: string, start: number, end: number): boolean {
  for (let p = start; p < end; p++) if (!isUpper(text.charCodeAt(p))) return false;
  return true;
}

/** The features of one token as strings (`Ln:password`), for training. */
export function features(ctx: TextContext, c: Candidate): string[] {
  const out: string[] = [];
  visitFeatures(ctx, c, (f, key) => out.push(`${families[f]}:${key}`));
  return out;
}
