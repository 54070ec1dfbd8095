// Quality of redact.pii on the labelled corpus in test/fixtures/pii: per-type precision and recall, and how
// many non-PII identifiers survive untouched.
//   node --import tsx bench/redact-pii-quality.ts [--set tickets|holdout|generated] [--show]
// Recall is strict: a labelled value counts as found only when one finding of its type covers all of it.
// "gone" is the lenient figure a scorer that only checks the output would see: the value no longer appears.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defaultPhone, scanOptions } from '../operators/redact-pii.ts';
import { findPii, redact, type Finding } from '../operators/redact-pii/scan.ts';
import { piiTypes, type PiiType } from '../operators/redact-pii/types.ts';

interface Item {
  text: string;
  pii: Partial<Record<string, string[]>>;
  keep: string[];
}

const dir = new URL('../test/fixtures/pii/', import.meta.url);

export function loadSet(name: string): Item[] {
  if (name === 'generated') {
    return readFileSync(new URL('generated.jsonl', dir), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Item);
  }
  // The failsafe schema keeps every scalar a string: `0x80070005` and `00123456` stay as written.
  const items = parse(readFileSync(new URL(`${name}.yaml`, dir), 'utf8'), { schema: 'failsafe' }) as Item[];
  return items.map((i) => ({ text: i.text, pii: i.pii ?? {}, keep: i.keep ?? [] }));
}

/** Every occurrence of every labelled value of `item`, by type (lower case), in text order of its labels. */
export function labelledValues(item: Pick<Item, 'text' | 'pii'>): {
  type: PiiType;
  start: number;
  end: number;
  value: string;
}[] {
  const out: { type: PiiType; start: number; end: number; value: string }[] = [];
  for (const [label, values] of Object.entries(item.pii)) {
    const type = label.toLowerCase() as PiiType;
    for (const value of values ?? []) {
      for (const start of occurrences(item.text, value))
        out.push({ type, start, end: start + value.length, value });
    }
  }
  return out;
}

function occurrences(text: string, value: string): number[] {
  const out: number[] = [];
  if (value === '') return out;
  for (let i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) out.push(i);
  return out;
}

interface Tally {
  labelled: number;
  found: number;
  gone: number;
  predicted: number;
  correct: number;
}

export interface Score {
  perType: Map<PiiType, Tally>;
  keep: number;
  kept: number;
  items: number;
}

export function score(items: Item[], show = false): Score {
  const options = scanOptions({ types: [...piiTypes], phone: defaultPhone });
  const perType = new Map<PiiType, Tally>(
    piiTypes.map((t) => [t, { labelled: 0, found: 0, gone: 0, predicted: 0, correct: 0 }]),
  );
  let keep = 0;
  let kept = 0;
  for (const item of items) {
    const findings = findPii(item.text, options);
    const output = redact(item.text, options, { kind: 'type' }).text;
    const labelled = labelledValues(item);
    // A value inside a longer value of another type (a name inside an email address) is not scored.
    const scored = labelled.filter(
      (l) =>
        !labelled.some(
          (o) =>
            o.type !== l.type && o.start <= l.start && o.end >= l.end && o.end - o.start > l.end - l.start,
        ),
    );
    const problems: string[] = [];
    for (const l of scored) {
      const t = perType.get(l.type)!;
      t.labelled++;
      const covered = findings.some((f) => f.type === l.type && f.start <= l.start && f.end >= l.end);
      if (covered) t.found++;
      else
        problems.push(
          `  miss ${l.type.toUpperCase()} ${JSON.stringify(l.value)} ${describe(findings, l, item.text)}`,
        );
      if (!output.includes(l.value)) t.gone++;
    }
    for (const f of findings) {
      const t = perType.get(f.type)!;
      t.predicted++;
      if (scored.some((l) => l.type === f.type && f.start < l.end && l.start < f.end)) t.correct++;
      else
        problems.push(`  extra ${f.type.toUpperCase()} ${JSON.stringify(item.text.slice(f.start, f.end))}`);
    }
    for (const value of item.keep) {
      for (const start of occurrences(item.text, value)) {
        keep++;
        const end = start + value.length;
        if (!findings.some((f) => f.start < end && start < f.end)) kept++;
        else problems.push(`  destroyed ${JSON.stringify(value)}`);
      }
    }
    if (show && problems.length > 0)
      console.log(`${JSON.stringify(item.text.slice(0, 140))}\n${problems.join('\n')}`);
  }
  return { perType, keep, kept, items: items.length };
}

function describe(findings: Finding[], l: { start: number; end: number }, text: string): string {
  const near = findings.filter((f) => f.start < l.end && l.start < f.end);
  return near.length === 0
    ? ''
    : `(got ${near.map((f) => `${f.type}:${JSON.stringify(text.slice(f.start, f.end))}`).join(', ')})`;
}

const pct = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(3));

export function table(name: string, s: Score): string {
  const lines = [
    `**${name}** — ${s.items} bodies`,
    '',
    '| type | labelled | precision | recall | gone from output |',
    '|---|---:|---:|---:|---:|',
  ];
  let all: Tally = { labelled: 0, found: 0, gone: 0, predicted: 0, correct: 0 };
  for (const [type, t] of s.perType) {
    if (t.labelled === 0 && t.predicted === 0) continue;
    lines.push(
      `| ${type.toUpperCase()} | ${t.labelled} | ${pct(t.correct, t.predicted)} | ${pct(t.found, t.labelled)} | ${pct(t.gone, t.labelled)} |`,
    );
    all = {
      labelled: all.labelled + t.labelled,
      found: all.found + t.found,
      gone: all.gone + t.gone,
      predicted: all.predicted + t.predicted,
      correct: all.correct + t.correct,
    };
  }
  lines.push(
    `| all | ${all.labelled} | ${pct(all.correct, all.predicted)} | ${pct(all.found, all.labelled)} | ${pct(all.gone, all.labelled)} |`,
  );
  lines.push('', `Identifiers left intact: ${s.kept} / ${s.keep} = ${pct(s.kept, s.keep)}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const setIndex = args.indexOf('--set');
  const sets = setIndex >= 0 ? [args[setIndex + 1]!] : ['tickets', 'holdout', 'generated'];
  for (const name of sets) console.log(table(name, score(loadSet(name), args.includes('--show'))) + '\n');
}
