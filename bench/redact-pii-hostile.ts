// redact.pii on hostile input: the time of one scan of 100 KB built to trip one pattern, for shapes aimed at the
// learned reading of codes and at rules known to be slow. test/operators/redact-pii/hostile-input.test.ts checks
// what such input yields; this measures what it costs.
//   node --import tsx bench/redact-pii-hostile.ts [--runs 3]
// Each shape is scanned once to warm up, then `--runs` times; the best time is reported.
import { parseArgs } from 'node:util';
import { scanOptions } from '../operators/redact-pii.ts';
import { findPii } from '../operators/redact-pii/scan.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
const size = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const distinct = (unit: (i: number) => string) => {
  let text = '';
  for (let i = 0; text.length < size; i++) text += unit(i);
  return text.slice(0, size);
};

const shapes: [string, string][] = [
  ['codes after "code" on one line', fill('code 1234 ')],
  ['spaced digits after "pin"', fill('pin 1 2 3 4 5 6 ')],
  ['a CSV with a pin column', 'name,pin,note\n' + fill('Ann,1234,x\n')],
  ['JSON objects with a pin_code key', fill('{"pin_code":"604219"},')],
  ['one line of commas after "pin"', fill('pin,1,2,3,')],
  ['one token of "pin1"', fill('pin1')],
  ['"password" and mixed tokens', fill('password Ab3$x ')],
  ['codes on their own lines after "code"', fill('code\n123456\n')],
  ['questions and answers', fill('code?\n1234\n')],
  ['long values after "password="', fill('password=' + 'a1'.repeat(50) + ' ')],
  ['one cue, then 100 KB of digits', 'code ' + fill('1')],
  ['a SIN after its name, repeated', fill('SIN 046 454 286 ')],
  // The second reading of national numbers and birth dates written again (variants.ts): distinct values, each
  // with a near twin.
  [
    'distinct SSNs, each after "SSN"',
    distinct((i) => `SSN ${100 + (i % 600)}-${10 + (i % 89)}-${1000 + ((i * 7) % 9000)} `),
  ],
  [
    'birth dates corrected, day and month swapped',
    distinct(
      (i) =>
        `DOB 1${i % 10}/0${1 + (i % 9)}/19${50 + (i % 49)} wrong, should be 0${1 + (i % 9)}/1${i % 10}/19${50 + (i % 49)} `,
    ),
  ],
  ['socials read out in words', fill('the social is four zero one, seven two, five five three eight. ')],
  // Digit words on one long line: each run's lines before it were searched for back to the text's start.
  ['digit words in prose on one line', fill('the last one was the one, code one two ')],
];

const options = scanOptions({});
for (const [name, text] of shapes) {
  findPii(text, options);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    findPii(text, options);
    best = Math.min(best, performance.now() - started);
  }
  console.log(`${best.toFixed(0).padStart(6)} ms  ${name} (100 KB)`);
}
