// A learned second reading for the values the rules read least well: one-time codes, PINs, passwords and keys
// (SECRET) and national numbers (SSN) whose word is a line away, in a CSV column or a JSON key, or phrased in a
// way no rule names. It looks only at tokens with a digit that no detector claimed, and takes one when a linear
// model over the token's shape and the words around it (learned-features.ts) is sure of it.
//
// The model is an averaged perceptron trained on the labelled corpus in test/fixtures/pii by
// scripts/train-pii-model.ts, which writes learned.data.ts; CI retrains it and fails when the result differs.
import { failsNamedCheck } from './finance.ts';
import { codeOfAThing } from './secrets.ts';
import {
  type Candidate,
  type Emit,
  TextContext,
  candidates,
  digitCount,
  families,
  family,
  isTokenChar,
  lookAhead,
  lookBehind,
  maxToken,
  visitFeatures,
} from './learned-features.ts';
import { modelText } from './learned.data.ts';
import { bisect } from './sorted.ts';
import type { Detector, Span } from './types.ts';
import { WordFlag } from './words.ts';

export const classes = ['none', 'secret', 'ssn', 'other'] as const;

/** How far the best class must score above the next one before a token is taken (chosen on held-out sets). */
export const margin = 5;

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

const wordFamilies: ReadonlySet<number> = new Set([
  family.L0,
  family.L1,
  family.Ln,
  family.Lf,
  family.R0,
  family.Rn,
]);

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
function decide(s: Float64Array): 'secret' | 'ssn' | undefined {
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
/** … nor "code" after what makes it no credential's ("exit code 137", "error codes R01 and R03", "zip code"). */
const notCredentialCode = new RegExp(`(?:${codeOfAThing}|return|sql)[ \\t-]*$`);

/**
 * Adds a span for each candidate that no detector claimed before it (it runs after them all) and that the model
 * takes for a secret or a national number.
 */
export const detectLearned: Detector = ({ text, lower, words, out }) => {
  if (!(words.all & cueFlags)) return;
  const cues: number[] = [];
  for (let k = 0; k < words.starts.length; k++) {
    const v = words.values[k]!;
    if (!(words.flags[k]! & cueFlags) || weakCues.has(v)) continue;
    const at = words.starts[k]!;
    if ((v === 'code' || v === 'codes') && notCredentialCode.test(lower.slice(Math.max(0, at - 16), at)))
      continue;
    cues.push(at);
  }
  if (cues.length === 0) return;
  const w = model();
  let free: ((c: Candidate) => boolean) | undefined;
  const asked: Candidate[] = [];
  for (const c of candidatesNear(text, cues)) {
    free ??= unclaimed(out);
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
    // A national number has four digits or more: "KYC_FAILED_E17" after an Aadhaar is an error's code.
    if (type === 'ssn' && (digitCount(text, c) < 4 || failsNamedCheck(text, lower, c.start, c.end))) continue;
    if (type) out.push({ start: c.start, end: c.end, type });
  }
};

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
