// A table of redact.pii cases through the same scan the step runs (all types enabled, default phone regions):
// each positive must come out exactly as written, each negative must come out unchanged.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanOptions } from '../../../operators/redact-pii.ts';
import { redact } from '../../../operators/redact-pii/scan.ts';

const options = scanOptions({});
export const run = (text: string) => redact(text, options, { kind: 'type' }).text;

export function table(name: string, positives: [string, string][], negatives: string[]) {
  describe(name, () => {
    for (const [input, expected] of positives) {
      it(`redacts ${JSON.stringify(input)}`, () => assert.equal(run(input), expected));
    }
    for (const input of negatives) {
      it(`keeps ${JSON.stringify(input)}`, () => assert.equal(run(input), input));
    }
  });
}
