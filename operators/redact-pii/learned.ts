// A learned second reading for the values the rules read least well: one-time codes, PINs, passwords and keys
// (SECRET) and national numbers (SSN) whose word is a line away, in a CSV column or a JSON key, or phrased in a
// way no rule names. It looks only at tokens with a digit that no detector claimed, and takes one when a linear
// model over the token's shape and the words around it is sure of it.
//
// The model is an averaged perceptron trained on the labelled corpus in test/fixtures/pii by
// scripts/train-pii-model.ts, which writes learned.data.ts; CI retrains it and fails when the result differs.
import { failsNamedCheck } from './finance.ts';
import { modelText } from './learned.data.ts';
import { bisect } from './sorted.ts';
import type { ScanInput, Span } from './types.ts';
import { WordFlag } from './words.ts';

export const classes = ['none', 'secret', 'ssn', 'other'] as const;

/** How far the best class must score above the next one before a token is taken (chosen on held-out sets). */
export const margin = 5;

/** The longest token asked about. */
const maxToken = 80;

export interface Candidate {
  readonly start: number;
  readonly end: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
// Inside a token: letters, digits and marks that join the parts of a code (`4KQ7-M2XD`, `Kl@2024-Rumah!88`).
const tokenChars = new Uint8Array(128);
for (const ch of '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_.#*!$@%+~^')
  tokenChars[ch.charCodeAt(0)] = 1;
const isTokenChar = (c: number) => c < 128 && tokenChars[c] === 1;
const dropAtEnd = new Set([...'.!?*-_'].map((c) => c.charCodeAt(0)));
// Kept at the end once (`Sunflower2019!`, `6152#`), not when doubled (`1234!!`).
const keptAtEnd = new Set([...'!#*$'].map((c) => c.charCodeAt(0)));
const droppedAtStart = new Set([...'-_.*!@%+~^'].map((c) => c.charCodeAt(0)));

/**
 * Tokens of ASCII letters, digits and joining marks that hold a digit, and runs of digit groups of up to five
 * digits one space apart (`734 219`, `8 8 1 9`, `2951 76344 1`), twelve digits at most, read as one number. Everything else (spaces, quotes, `=`, `:`, `,`,
 * `/`, letters of other scripts) separates tokens, so `KEY=value`, CSV cells and URL parameters split apart.
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

function digitCount(text: string, t: Candidate): number {
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
 * The model keeps one map per family, so the words of a text, read once, are looked up as they are.
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
const family = Object.fromEntries(families.map((f, i) => [f, i])) as Record<
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
    readonly from = 0,
    readonly to = lower.length,
  ) {
    // Letters and the marks of `contextWord`, read by code unit: ASCII directly, other letters by their class.
    const n = to;
    let i = from;
    // Not from inside a word.
    while (i > 0 && isLetter(lower.charCodeAt(i - 1), lower, i - 1)) i--;
    while (i < n) {
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
    if (lineEnd - lineStart <= 2000) {
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
    if (end - s > 2000 || countOf(text, ',', s, end) !== commas) break;
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
const lookBehind = 240;
const lookAhead = 80;
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

/**
 * Per family, key → score per class; and per context word, its scores in each family it has one in (one lookup
 * per word of a text, whatever place it takes before or after a token). Parsed once from the generated text.
 */
interface Model {
  readonly byFamily: readonly Map<string, Float64Array>[];
  readonly byWord: ReadonlyMap<string, (Float64Array | undefined)[]>;
}
let weights: Model | undefined;

function model(): Model {
  weights ??= parseModel(modelText);
  return weights;
}

/** Replaces the model, for scoring one trained on part of the corpus (scripts/train-pii-model.ts). */
export function useModel(textForm: string): void {
  weights = parseModel(textForm);
}

const wordFamilies: ReadonlySet<number> = new Set(
  ['L0', 'L1', 'Ln', 'Lf', 'R0', 'Rn'].map((f) => families.indexOf(f as never)),
);

function parseModel(textForm: string): Model {
  const byFamily = families.map(() => new Map<string, Float64Array>());
  const byWord = new Map<string, (Float64Array | undefined)[]>();
  for (const line of textForm.split('\n')) {
    if (line === '') continue;
    const space = line.indexOf(' ');
    const colon = line.indexOf(':');
    const f = family[line.slice(0, colon) as keyof typeof family];
    if (f === undefined || colon > space) throw new Error(`learned.data.ts: no feature family in "${line}"`);
    const values = new Float64Array(classes.length);
    const parts = line.slice(space + 1).split(' ');
    for (let k = 0; k < classes.length; k++) values[k] = Number(parts[k]) / 10;
    const key = line.slice(colon + 1, space);
    byFamily[f]!.set(key, values);
    if (wordFamilies.has(f)) {
      let entry = byWord.get(key);
      if (!entry) byWord.set(key, (entry = []));
      entry[f] = values;
    }
  }
  return { byFamily, byWord };
}

/** Sums a token's weights per class, as its features are visited (one instance, reused). */
class Scorer {
  readonly sums = new Float64Array(classes.length);
  model: Model | undefined;
  context: TextContext | undefined;
  readonly emit: Emit = (f, key, word) => {
    let v: Float64Array | undefined;
    if (word === undefined) v = this.model!.byFamily[f]!.get(key);
    else {
      const cache = this.context!.cached;
      let entry = cache[word];
      if (entry === undefined) entry = cache[word] = this.model!.byWord.get(key) ?? null;
      v = entry?.[f];
    }
    if (v) {
      const s = this.sums;
      s[0]! += v[0]!;
      s[1]! += v[1]!;
      s[2]! += v[2]!;
      s[3]! += v[3]!;
    }
  };

  score(ctx: TextContext, c: Candidate, w: Model): Float64Array {
    this.sums.fill(0);
    this.model = w;
    this.context = ctx;
    visitFeatures(ctx, c, this.emit);
    return this.sums;
  }
}
const scorer = new Scorer();

/** The class a token is taken as, or undefined when the model is not sure enough or says none. */
export function decide(s: Float64Array): 'secret' | 'ssn' | undefined {
  let best = 0;
  for (let k = 1; k < s.length; k++) if (s[k]! > s[best]!) best = k;
  const type = classes[best];
  if (type !== 'secret' && type !== 'ssn') return undefined;
  let next = -Infinity;
  for (let k = 0; k < s.length; k++) if (k !== best && s[k]! > next) next = s[k]!;
  return s[best]! - next > margin ? type : undefined;
}

/**
 * Words that name a secret, a national number or a short code ("password", "ssn", "pin"): the model is asked
 * about a token only when one stands within `cueBefore` characters before it or `cueAfter` after it on its line.
 * It rarely takes a token with no such word near, and asking it about every token with a digit cost more than
 * half the step's speed on prose full of identifiers.
 */
const cueFlags = WordFlag.secret | WordFlag.ssnCue | WordFlag.credentialCode;
const cueBefore = 120;
const cueAfter = 30;
/** Cue words too common in support prose to ask the model about every token near them ("request id 4821…"). */
const weakCues: ReadonlySet<string> = new Set(['id']);

/** Adds a span for each candidate no detector claimed that the model takes for a secret or a national number. */
export function detectLearned(input: ScanInput, claimed: readonly Span[], out: Span[]): void {
  const { text, lower, words } = input;
  if (!(words.all & cueFlags)) return;
  const cues: number[] = [];
  for (let k = 0; k < words.starts.length; k++) {
    if (words.flags[k]! & cueFlags && !weakCues.has(words.values[k]!)) cues.push(words.starts[k]!);
  }
  if (cues.length === 0) return;
  const w = model();
  let free: ((c: Candidate) => boolean) | undefined;
  const asked: Candidate[] = [];
  for (const c of candidatesNear(text, cues)) {
    free ??= unclaimed(claimed);
    if (free(c)) asked.push(c);
  }
  let ctx: TextContext | undefined;
  for (let i = 0; i < asked.length; i++) {
    const c = asked[i]!;
    // One context for a run of tokens whose surroundings overlap: the words of the text near them only.
    if (!ctx || c.end + lookAhead > ctx.to) {
      let last = i;
      while (last + 1 < asked.length && asked[last + 1]!.start - lookBehind <= asked[last]!.end + lookAhead)
        last++;
      ctx = new TextContext(
        text,
        lower,
        Math.max(0, c.start - lookBehind),
        Math.min(text.length, asked[last]!.end + lookAhead),
      );
    }
    const type = decide(scorer.score(ctx, c, w));
    if (type === 'ssn' && failsNamedCheck(text, lower, c.start, c.end)) continue;
    if (type) out.push({ start: c.start, end: c.end, type });
  }
}

/** Whether a candidate overlaps none of the spans: their starts sorted once, each candidate one search. */
function unclaimed(spans: readonly Span[]): (c: Candidate) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  // The furthest end of the spans up to each one: a span that starts early may reach past later ones.
  const reach: number[] = [];
  for (let i = 0; i < sorted.length; i++) reach.push(Math.max(sorted[i]!.end, i > 0 ? reach[i - 1]! : 0));
  return (c) => {
    const i = bisect(starts, c.end) - 1;
    return i < 0 || reach[i]! <= c.start;
  };
}

/** The candidates of `text` that stand within `cueBefore` characters after a cue or `cueAfter` before one. */
function candidatesNear(text: string, cues: readonly number[]): Candidate[] {
  const out: Candidate[] = [];
  let from = 0;
  let k = 0;
  while (k < cues.length) {
    // One window per run of cues close together; the candidates of a window that start in it.
    let start = Math.max(from, cues[k]! - cueAfter - maxToken);
    let end = cues[k]! + cueBefore;
    while (k + 1 < cues.length && cues[k + 1]! - cueAfter - maxToken <= end) end = cues[++k]! + cueBefore;
    k++;
    while (start > from && isTokenChar(text.charCodeAt(start - 1))) start--;
    end = Math.min(text.length, end);
    for (const c of candidates(text, start, end)) {
      const near = bisect(cues, c.start - cueBefore);
      if (near >= cues.length) continue;
      const cue = cues[near]!;
      // A cue after the token counts on its line only, where the model reads the words after it.
      if (cue < c.start || (cue <= c.end + cueAfter && !text.slice(c.end, cue).includes('\n'))) out.push(c);
    }
    // The next window starts after the token `end` may cut, which was read whole.
    from = end;
    if (from > 0 && isTokenChar(text.charCodeAt(from - 1)))
      while (from < text.length && isTokenChar(text.charCodeAt(from))) from++;
  }
  return out;
}
