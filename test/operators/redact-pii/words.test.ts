// The word pass's keyword table: a word is flagged only when it is a keyword, whatever its hash.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WordFlag, findWords, keywords } from '../../../operators/redact-pii/words.ts';

describe('findWords', () => {
  const table = keywords(
    new Map([
      ['cát', WordFlag.givenName],
      ['kê', WordFlag.givenName],
      ['eloá', WordFlag.givenName],
      ['maria', WordFlag.givenName],
      ['regards', WordFlag.name],
    ]),
  );

  it('flags the keywords it holds, wherever they stand', () => {
    const w = findWords('hi maria, kind regards. cát', table);
    assert.deepEqual(w.values, ['maria', 'regards', 'cát']);
    assert.deepEqual(w.flags, [WordFlag.givenName, WordFlag.name, WordFlag.givenName]);
  });

  it('does not take common words for keywords of the same length (a weak hash made "get" the name "cát")', () => {
    const w = findWords('get it on the else branch', table);
    assert.deepEqual(w.values, []);
  });
});
