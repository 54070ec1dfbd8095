// A table of redact.pii cases through the same scan the step runs (all types enabled, default phone regions):
// each positive must come out exactly as written, each negative must come out unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanOptions } from '../../../operators/redact-pii.ts';
import { redact } from '../../../operators/redact-pii/scan.ts';

const options = scanOptions({});
export const run = (text: string) => redact(text, options, { kind: 'type' }).text;

/**
 * The tables are labelled examples too: scripts/train-pii-model.ts switches them to collecting and imports the
 * files that hold only tables, so the learned reading makes the decisions they test.
 */
export const collected: { positives: [string, string][]; negatives: string[] }[] = [];
let collecting = false;
export function collectTables(): void {
  collecting = true;
}

export function table(name: string, positives: [string, string][], negatives: string[]) {
  if (collecting) {
    collected.push({ positives, negatives });
    return;
  }
  describe(name, () => {
    for (const [input, expected] of positives) {
      it(`redacts ${JSON.stringify(input)}`, () => assert.equal(run(input), expected));
    }
    for (const input of negatives) {
      it(`keeps ${JSON.stringify(input)}`, () => assert.equal(run(input), input));
    }
  });
}
