// The number runs the word pass lists, and the number detectors' regexes started at them: every search must
// find exactly what the regex finds over the whole text, from any starting offset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cardRun, ssnDashed, ssnLoose } from '../../../operators/redact-pii/finance.ts';
import { execInRuns } from '../../../operators/redact-pii/numbers.ts';
import { candidate } from '../../../operators/redact-pii/phone.ts';
import { findWords, keywords } from '../../../operators/redact-pii/words.ts';

const noKeywords = keywords(new Map());
const runsOf = (text: string) => findWords(text.toLowerCase(), noKeywords).numbers;

describe('number runs', () => {
  const cases: [string, [first: number, last: number, digits: number][]][] = [
    ['no digits at all', []],
    // Digits closer together than seven characters are no run: dates, times, versions, short ids.
    ['on 2024-03-05 at 10:22, v2.14.3', [[3, 12, 8]]],
    ['call (415) 555-0132 now', [[6, 18, 10]]],
    // The run starts at the first digit: a `+` or `(` before it is left to the regexes.
    ['+44 20 7946 0958', [[1, 15, 12]]],
    // A digit right after a word starts a run; a letter ends one.
    [
      'ORD2024118833x and 4111 1111 1111 1111',
      [
        [3, 12, 10],
        [19, 37, 16],
      ],
    ],
    ['1234567', [[0, 6, 7]]],
    ['123456', []],
    // Only ASCII digits and ` \t()./-` keep a run going; a colon or comma ends it.
    [
      '1 2 3 4:5 6 7 8 9 0',
      [
        [0, 6, 4],
        [8, 18, 6],
      ],
    ],
    ['tel\t020\t7946\t0958.', [[4, 16, 11]]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => {
      const runs = runsOf(text);
      assert.deepEqual(
        runs.first.map((first, k) => [first, runs.last[k], runs.digits[k]]),
        expected,
      );
    });
  }
});

describe('execInRuns finds what the regex finds over the whole text', () => {
  // Texts of digits, separators, letters, `+`, extension marks and ASCII/non-ASCII noise, from a fixed seed.
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pieces = [
    ...'0123456789',
    ...'0123456789',
    ' ',
    '  ',
    '\t',
    '-',
    '.',
    '/',
    '(',
    ')',
    '+',
    ':',
    ',',
    '#',
    'x',
    'ext. ',
    'a',
    'Z',
    'é',
    '\n',
    '4111 1111 1111 1111',
    '123-45-6789',
  ];
  const texts = Array.from({ length: 3000 }, () => {
    let s = '';
    const n = Math.floor(random() * 60);
    for (let i = 0; i < n; i++) s += pieces[Math.floor(random() * pieces.length)]!;
    return s;
  });
  const patterns: [string, RegExp, number][] = [
    ['phone candidate', candidate, 2],
    ['card', cardRun, 12],
    ['dashed SSN', ssnDashed, 9],
    ['spaced SSN', ssnLoose, 9],
  ];
  for (const [name, re, minDigits] of patterns) {
    it(name, () => {
      for (const text of texts) {
        const runs = runsOf(text);
        for (let from = 0; from <= text.length; from++) {
          re.lastIndex = from;
          const expected = re.exec(text);
          re.lastIndex = from;
          const actual = execInRuns(re, text, runs, minDigits);
          assert.deepEqual(
            actual && [actual.index, actual[0]],
            expected && [expected.index, expected[0]],
            `${JSON.stringify(text)} from ${from}`,
          );
        }
      }
    });
  }
});
