// Trains the learned reading of redact.pii (operators/redact-pii/learned.ts) on the labelled corpus in
// test/fixtures/pii and writes operators/redact-pii/learned.data.ts. CI retrains it and fails when the result
// differs from the committed file, so the model always matches the corpus.
//   node --import tsx scripts/train-pii-model.ts [--without 182-189,190-197]
// `--without a-b,…` leaves holdout-a … holdout-b out, to score the model on sets it has not seen.
//
// The model is a multiclass averaged perceptron (Collins 2002) with margin over sparse string features: a few
// lines of code, trained in ~30 s (three orders of the examples, averaged), deterministic (fixed seeds order the
// examples), and its weights read as words.
// Every candidate token is an example: a token inside a labelled SECRET is `secret`, inside an SSN `ssn`,
// inside any other labelled value `other`, and every other token `none`, identifiers under `keep` included.
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { labelledValues, loadSet } from '../bench/redact-pii-quality.ts';
import { TextContext, candidates, features } from '../operators/redact-pii/learned-features.ts';
import { classes, margin } from '../operators/redact-pii/learned.ts';
import { lowerSameLength } from '../operators/redact-pii/scan.ts';
import { normalise, originalRange } from '../operators/redact-pii/text.ts';

const dataFile = new URL('../operators/redact-pii/learned.data.ts', import.meta.url);
const fixtures = new URL('../test/fixtures/pii/', import.meta.url);
const epochs = 8;
// A feature whose weights all stay under this many tenths is left out: it rarely moves a decision, and a
// smaller model is faster to look up.
const prune = 20;
// How many times each case of the test tables counts: each is a decision made on purpose.
const tableWeight = 4;

interface Example {
  readonly features: string[];
  readonly label: number;
}

interface Labelled {
  readonly text: string;
  readonly pii: Partial<Record<string, string[]>>;
}

/**
 * The cases of the redact.pii test tables that run through `table()` alone, as labelled texts: a positive's
 * values are what its expected output replaced (`[SECRET]`), a negative has none.
 */
async function tableCases(): Promise<Labelled[]> {
  const { collectTables, collected } = await import('../test/operators/redact-pii/table.ts');
  collectTables();
  const dir = new URL('../test/operators/redact-pii/', import.meta.url);
  for (const file of readdirSync(dir).sort()) {
    // Files that call node:test themselves would run their tests on import.
    if (!file.endsWith('.test.ts') || readFileSync(new URL(file, dir), 'utf8').includes("from 'node:test'"))
      continue;
    await import(new URL(file, dir).href);
  }
  const out: Labelled[] = [];
  for (const { positives, negatives } of collected) {
    for (const text of negatives) out.push({ text, pii: {} });
    for (const [text, expected] of positives) {
      const pii = replaced(text, expected);
      if (pii) out.push({ text, pii });
    }
  }
  return out;
}

/** The values `expected` replaced in `text` by type, or undefined when the two do not line up. */
function replaced(text: string, expected: string): Partial<Record<string, string[]>> | undefined {
  const parts = expected.split(/\[([A-Z]+)\]/);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = parts.map((p, i) => (i % 2 === 0 ? escape(p) : '([\\s\\S]+?)')).join('');
  const match = new RegExp(`^${pattern}$`).exec(text);
  if (!match) return undefined;
  const pii: Record<string, string[]> = {};
  for (let i = 1; i < parts.length; i += 2) (pii[parts[i]!] ??= []).push(match[(i + 1) / 2]!);
  return pii;
}

/**
 * Trains on the named sets of test/fixtures/pii and on `extra` texts (the tables' cases, `tableWeight` times);
 * returns the model as learned.data.ts holds it.
 */
function train(
  sets: readonly string[],
  extra: readonly Labelled[] = [],
  log = false,
): { text: string; tokens: number } {
  const examples: Example[] = [];
  const tables = Array.from({ length: tableWeight }, () => extra);
  for (const items of [...sets.map((s) => loadSet(s)), ...tables]) {
    for (const item of items) {
      const labelled = labelledValues(item);
      const n = normalise(item.text);
      const context = new TextContext(n.text, lowerSameLength(n.text));
      for (const c of candidates(n.text)) {
        const [start, end] = originalRange(n, c.start, c.end);
        const over = labelled.filter((l) => l.start < end && start < l.end);
        const label = classes.indexOf(
          over.some((l) => l.type === 'secret')
            ? 'secret'
            : over.some((l) => l.type === 'ssn')
              ? 'ssn'
              : over.length > 0
                ? 'other'
                : 'none',
        );
        examples.push({ features: features(context, c), label });
      }
    }
  }

  const k = classes.length;
  // Three perceptrons over three orders of the examples, averaged: one order alone decides ~20 of the labelled
  // texts' findings differently from another; three averaged, ~5. Each weight is the mean of the three.
  const seeds = [7, 11, 13];
  const total = new Map<string, Float64Array>();
  for (const first of seeds) {
    const avg = perceptron(examples, first, log);
    for (const [f, v] of avg) {
      let t = total.get(f);
      if (!t) total.set(f, (t = new Float64Array(k)));
      for (let c = 0; c < k; c++) t[c]! += v[c]! / seeds.length;
    }
  }
  // Averaged weights, in tenths; a feature whose weights all stay under `prune` tenths is left out.
  const lines: string[] = [];
  for (const [f, v] of [...total].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const tenths = Array.from(v, (x) => Math.round(x * 10) + 0);
    if (tenths.every((x) => Math.abs(x) < prune)) continue;
    lines.push(`${f} ${tenths.join(' ')}`);
  }
  return { text: lines.join('\n'), tokens: examples.length };
}

/**
 * One averaged perceptron with margin over `examples` in an order `first` seeds: its weights per feature, each the
 * mean of its values over all steps.
 */
function perceptron(examples: readonly Example[], first: number, log: boolean): Map<string, Float64Array> {
  const k = classes.length;
  const w = new Map<string, Float64Array>();
  // Sums of each update times the step it was made at, for the average over all steps.
  const timed = new Map<string, Float64Array>();
  let step = 1;
  let seed = first;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    for (const index of order) {
      const e = examples[index]!;
      const s = new Float64Array(k);
      for (const f of e.features) {
        const v = w.get(f);
        if (v) for (let c = 0; c < k; c++) s[c]! += v[c]!;
      }
      // The strongest other class; an update when it is not beaten by the margin the step decides with, so a
      // token is taken, or left, as surely as the step needs (a perceptron with margin).
      let guess = e.label === 0 ? 1 : 0;
      for (let c = 0; c < k; c++) if (c !== e.label && s[c]! > s[guess]!) guess = c;
      if (s[e.label]! - s[guess]! <= margin) {
        errors++;
        for (const f of e.features) {
          let v = w.get(f);
          let t = timed.get(f);
          if (!v || !t) {
            v = new Float64Array(k);
            t = new Float64Array(k);
            w.set(f, v);
            timed.set(f, t);
          }
          v[e.label]! += 1;
          v[guess]! -= 1;
          t[e.label]! += step;
          t[guess]! -= step;
        }
      }
      step++;
    }
    if (log) console.log(`order ${first}, epoch ${epoch + 1}: ${errors} errors on ${examples.length} tokens`);
  }

  const out = new Map<string, Float64Array>();
  for (const [f, v] of w) {
    const t = timed.get(f)!;
    out.set(
      f,
      Float64Array.from(v, (x, c) => x - t[c]! / step),
    );
  }
  return out;
}

function corpusSets(without: ReadonlySet<string> = new Set()): string[] {
  return readdirSync(fixtures)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .filter((s) => !without.has(s))
    .sort();
}

const { values } = parseArgs({ options: { without: { type: 'string' } } });
const without = new Set<string>();
for (const range of values.without?.split(',') ?? []) {
  const [from, to] = range.split('-').map(Number);
  if (!Number.isInteger(from) || !Number.isInteger(to))
    throw new Error('--without takes ranges: 182-189,190-197');
  for (let i = from!; i <= to!; i++) without.add(`holdout-${i}`);
}

const sets = corpusSets(without);
const cases = await tableCases();
const model = train(sets, cases, true);

const escaped = model.text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const body = [
  `// Generated by scripts/train-pii-model.ts from the labelled corpus in test/fixtures/pii (${sets.length} files)`,
  `// and the cases of its test tables (${model.tokens} tokens in all). Do not edit by hand: run \`node --import tsx scripts/train-pii-model.ts\`.`,
  `// One feature per line: its name, then its weight for each class (${classes.join(', ')}) in tenths.`,
  '',
  'export const modelText = `',
  escaped,
  '`;',
  '',
].join('\n');
await writeFile(dataFile, body);
console.log(`${model.text.split('\n').length} features → ${dataFile.pathname}`);
