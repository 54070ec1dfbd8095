// One scan of one string: normalise, run the enabled detectors, keep the strongest of overlapping findings,
// map them back to the original text and replace them.
import { createHash, hash } from 'node:crypto';
import { addressWords, detectAddress } from './address.ts';
import { detectDob, dobWords } from './dob.ts';
import { detectEmail, emailWords } from './email.ts';
import { detectCard, detectIban, detectSsn, ssnWords } from './finance.ts';
import { familyNamesFirst, givenNames, wordGivenNames } from './given-names.ts';
import { nameCueWords } from './name-cues.ts';
import { nameColumnWords } from './name-layouts.ts';
import { detectNames, greetingWords } from './names.ts';
import { detectIp } from './network.ts';
import { detectPhone, spokenDigitWords } from './phone.ts';
import { credentialCodeWords, detectSecrets, secretKeyWords } from './secrets.ts';
import { detectLearned } from './learned.ts';
import { detectVariants } from './variants.ts';
import { normalise, originalRange } from './text.ts';
import { WordFlag, findWords, gateWords, keywords as keywordTable } from './words.ts';
import { cueWords } from './context.ts';
import type { Detector, PhoneOptions, PiiType, Span } from './types.ts';
import { bisect } from './sorted.ts';

/**
 * Detectors run in this order and, when findings overlap, the earlier type wins: checksummed and prefixed
 * values are the most certain, names found by context the least (a name cue before `1 Martin Place` must not
 * split the address). Addresses come before phone numbers so that a postcode (`01304-001`) is not read as one.
 */
const precedence: readonly PiiType[] = [
  'secret',
  'email',
  'iban',
  'card',
  'ssn',
  'ip',
  'dob',
  'address',
  'phone',
  'name',
];

const rank = Object.fromEntries(precedence.map((t, i) => [t, i])) as Record<PiiType, number>;

const detectors: Record<PiiType, Detector> = {
  secret: detectSecrets,
  email: detectEmail,
  iban: detectIban,
  card: detectCard,
  ssn: detectSsn,
  ip: detectIp,
  dob: detectDob,
  phone: detectPhone,
  address: detectAddress,
  name: detectNames,
};

/** Which detectors start from each keyword: one lookup per word of the text tags it for all of them. */
const keywords = (() => {
  const flags = new Map<string, number>();
  for (const [flag, set] of [
    [WordFlag.name, nameCueWords],
    [WordFlag.name, greetingWords],
    [WordFlag.name, nameColumnWords],
    [WordFlag.address, addressWords],
    [WordFlag.dob, dobWords],
    [WordFlag.secret, secretKeyWords],
    [WordFlag.phoneCue, cueWords.phone],
    [WordFlag.cardCue, cueWords.card],
    [WordFlag.identifierCue, cueWords.identifier],
    [WordFlag.numberOwner, cueWords.numberOwner],
    [WordFlag.number, cueWords.number],
    [WordFlag.ssnCue, ssnWords],
    [WordFlag.dot, emailWords],
    [WordFlag.digitWord, spokenDigitWords],
    [WordFlag.credentialCode, credentialCodeWords],
    [WordFlag.givenName, givenNames],
    [WordFlag.givenName, familyNamesFirst],
    [WordFlag.givenNameWord, wordGivenNames],
  ] as const) {
    for (const word of set) flags.set(word, (flags.get(word) ?? 0) | flag);
  }
  for (const [word, bits] of gateWords) flags.set(word, (flags.get(word) ?? 0) | bits);
  return keywordTable(flags);
})();

export interface ScanOptions {
  readonly types: ReadonlySet<PiiType>;
  readonly phone: PhoneOptions;
  /** Whether the learned reading (learned.ts) looks for codes and national numbers the rules left. */
  readonly learned: boolean;
}

export interface Finding {
  /** Offsets in the original text. */
  readonly start: number;
  readonly end: number;
  readonly type: PiiType;
  /** The matched text after normalisation. */
  readonly value: string;
  /** A normalised form for keyed hashing when a detector gives one (E.164 phone, digits of a card). */
  readonly canonical: string | undefined;
}

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters lower-case to two code units (`İ`); keep offsets aligned for keyword look-ups.
  return Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
}

/**
 * The non-empty spans, in their order, that overlap none kept before them. Kept spans never overlap one another,
 * so one of them overlaps `[start, end)` exactly when the kept span that starts last before `end` reaches past
 * `start`. Kept spans are counted in a Fenwick tree over the distinct starts of all spans, where that one is
 * found in O(log n): a walk over every kept span was quadratic in the number of findings.
 */
function keepDisjoint(spans: readonly Span[]): Span[] {
  // A few hundred spans (every ordinary text) are cheaper to compare with each kept span than to index.
  if (spans.length <= 256) {
    const kept: Span[] = [];
    for (const s of spans) {
      if (s.end <= s.start) continue;
      if (kept.some((k) => s.start < k.end && k.start < s.end)) continue;
      kept.push(s);
    }
    return kept;
  }
  const all = new Int32Array(spans.length);
  let n = 0;
  for (const s of spans) if (s.end > s.start) all[n++] = s.start;
  const sorted = all.subarray(0, n).sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[m++] = sorted[i]!;
  const starts = sorted.subarray(0, m);
  // tree: Fenwick counts of kept spans by start index (1-based); endOf: end of the kept span at each start index.
  const tree = new Int32Array(m + 1);
  const endOf = new Int32Array(m);
  let top = 1;
  while (top * 2 <= m) top *= 2;
  const kept: Span[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    // How many kept spans start before s.end …
    let count = 0;
    for (let i = bisect(starts, s.end); i > 0; i -= i & -i) count += tree[i]!;
    if (count > 0) {
      // … and the last of them: the start index holding the count-th kept span.
      let at = 0;
      for (let step = top; step > 0; step >>= 1) {
        if (at + step <= m && tree[at + step]! < count) {
          at += step;
          count -= tree[at]!;
        }
      }
      if (endOf[at]! > s.start) continue;
    }
    const i = bisect(starts, s.start);
    endOf[i] = s.end;
    for (let j = i + 1; j <= m; j += j & -j) tree[j]!++;
    kept.push(s);
  }
  return kept;
}

export function findPii(original: string, options: ScanOptions): Finding[] {
  const n = normalise(original);
  const text = n.text;
  let spans: Span[] = [];
  const lower = lowerSameLength(text);
  const input = { text, lower, words: findWords(lower, keywords), phone: options.phone, out: spans };
  for (const type of precedence) if (options.types.has(type)) detectors[type](input);
  if (options.learned && (options.types.has('secret') || options.types.has('ssn'))) detectLearned(input);
  detectVariants(input);
  if (spans.length === 0) return [];
  // A detector may find values of another type on the way (a table's phone column, read for its names): only
  // the enabled types are kept.
  if (options.types.size < precedence.length) spans = spans.filter((s) => options.types.has(s.type));

  spans.sort(
    (a, b) => rank[a.type] - rank[b.type] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept = keepDisjoint(spans);
  kept.sort((a, b) => a.start - b.start);
  return kept.map((s) => {
    const [start, end] = originalRange(n, s.start, s.end);
    return { start, end, type: s.type, value: text.slice(s.start, s.end), canonical: s.canonical };
  });
}

export type Mask = { kind: 'type' } | { kind: 'hash'; key: string };

export function token(finding: Finding, mask: Mask): string {
  const label = finding.type.toUpperCase();
  if (mask.kind === 'type') return `[${label}]`;
  // The same value written differently gives the same token: detectors' canonical forms, else the value
  // with its whitespace collapsed.
  const canonical = finding.canonical ?? finding.value.replace(/\s+/g, ' ');
  return `[${label}:${hmacHex(mask.key, canonical).slice(0, 8)}]`;
}

// HMAC-SHA256 (RFC 2104) written out with the one-shot `hash()`: `createHmac` builds a stream object per
// call, and with one per finding that garbage was most of the difference between `mask: hash` and
// `mask: type` on bodies with many findings. The padded keys are computed once per key.
const block = 64;
const padsByKey = new Map<string, { readonly inner: Buffer; readonly outer: Buffer }>();

function pads(key: string): { readonly inner: Buffer; readonly outer: Buffer } {
  const known = padsByKey.get(key);
  if (known) return known;
  let k = Buffer.from(key, 'utf8');
  if (k.length > block) k = createHash('sha256').update(k).digest();
  const inner = Buffer.alloc(block, 0x36);
  const outer = Buffer.alloc(block, 0x5c);
  for (let i = 0; i < k.length; i++) {
    inner[i] = inner[i]! ^ k[i]!;
    outer[i] = outer[i]! ^ k[i]!;
  }
  const p = { inner, outer };
  padsByKey.set(key, p);
  return p;
}

/** `createHmac('sha256', key).update(value).digest('hex')`. */
export function hmacHex(key: string, value: string): string {
  const { inner, outer } = pads(key);
  const innerDigest = hash('sha256', Buffer.concat([inner, Buffer.from(value, 'utf8')]), 'buffer');
  return hash('sha256', Buffer.concat([outer, innerDigest]), 'hex');
}

/** `text` with every finding replaced, and how many of each type were replaced. */
export function redact(
  text: string,
  options: ScanOptions,
  mask: Mask,
): { text: string; counts: Map<PiiType, number> } {
  const findings = findPii(text, options);
  const counts = new Map<PiiType, number>();
  if (findings.length === 0) return { text, counts };
  let out = '';
  let at = 0;
  for (const f of findings) {
    out += text.slice(at, f.start) + token(f, mask);
    at = f.end;
    counts.set(f.type, (counts.get(f.type) ?? 0) + 1);
  }
  return { text: out + text.slice(at), counts };
}
