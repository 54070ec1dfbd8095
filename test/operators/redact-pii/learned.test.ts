// The learned reading of codes (operators/redact-pii/learned.ts, learned-features.ts): how it cuts a text into tokens, which national
// numbers it must not take whatever the model says, and what the shipped model decides on texts it was not
// trained on. This file calls node:test itself, so scripts/train-pii-model.ts does not read its cases as examples:
// they test the model, they do not teach it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { failsNamedCheck } from '../../../operators/redact-pii/finance.ts';
import { candidates, features, TextContext } from '../../../operators/redact-pii/learned-features.ts';
import { run } from './table.ts';

const tokens = (text: string) => candidates(text).map((c) => text.slice(c.start, c.end));

describe('learned reading: tokens', () => {
  it('takes tokens with a digit, split at = : , / quotes and spaces', () => {
    assert.deepEqual(tokens('DB_PASS=Hunter2x! url=https://x.example/a?t=rst_9Kq2,v1.2'), [
      'Hunter2x!',
      'rst_9Kq2',
      'v1.2',
    ]);
    assert.deepEqual(tokens('"pin_code":"604219","id":7'), ['604219']);
  });
  it('reads digit groups of up to five one space apart as one number, at most twelve digits', () => {
    assert.deepEqual(tokens('its 48 21 93 ok'), ['48 21 93']);
    assert.deepEqual(tokens('gate 8 8 1 9 star'), ['8 8 1 9']);
    assert.deepEqual(tokens('Medicare 2951 76344 1 ok'), ['2951 76344 1']);
    assert.deepEqual(tokens('card 4111 1111 1111 1111'), ['4111 1111 1111', '1111']);
  });
  it('keeps one closing ! # * $ and drops closing dots, doubled marks and leading dashes', () => {
    assert.deepEqual(tokens('pw Sunflower2019! or 6152# then 1234!! and -9981.'), [
      'Sunflower2019!',
      '6152#',
      '1234',
      '9981',
    ]);
  });
  it('reads only tokens that start in the range asked for, each to its end', () => {
    const text = 'aaaa 1234 bbbb 5678 cccc';
    assert.deepEqual(
      candidates(text, 5, 16).map((c) => text.slice(c.start, c.end)),
      ['1234', '5678'],
    );
  });
  it('names a token by its shape, the words around it, its key and its CSV column', () => {
    const text = 'key_tag,unit,alarm_code\nKT-31,U-12,8842\n"routingKey": "9f0c4b7"';
    const ctx = new TextContext(text, text.toLowerCase());
    const [, , alarm, routing] = candidates(text);
    assert.ok(features(ctx, alarm!).includes('col:alarm'));
    assert.ok(features(ctx, alarm!).includes('col:code'));
    assert.ok(features(ctx, routing!).includes('key:routing'));
    assert.ok(features(ctx, routing!).includes('sh:9a9a9a9'));
    // White space never enters a feature: each is one word on one line of learned.data.ts.
    for (const f of features(ctx, alarm!)) assert.doesNotMatch(f, /\s/);
  });
});

describe('learned reading: national numbers it must not take', () => {
  const at = (text: string, value: string) => {
    const start = text.indexOf(value);
    return failsNamedCheck(text, text.toLowerCase(), start, start + value.length);
  };
  it('an SSN the SSA never issues', () => assert.ok(at('SSN 000-12-3456', '000-12-3456')));
  it('a number in the shape of a kind named before it that fails its check', () => {
    assert.ok(at('PESEL: 44051401358', '44051401358'));
    assert.ok(at('SIN 046 454 287', '046 454 287'));
  });
  it('the same numbers with their checks passing, or with no kind named, are left to the model', () => {
    assert.ok(!at('PESEL: 44051401359', '44051401359'));
    assert.ok(!at('SSN 123-45-6789', '123-45-6789'));
    assert.ok(!at('ref 44051401358', '44051401358'));
  });
});

describe('learned reading: the shipped model on texts it was not trained on', () => {
  const found: [string, string][] = [
    [
      'The gate code changed last week, the new one is 5190# and the old one 4471 no longer works.',
      'The gate code changed last week, the new one is [SECRET]# and the old one [SECRET] no longer works.',
    ],
    [
      '{"device":"front-door","pin_code":"604219","status":"locked"}',
      '{"device":"front-door","pin_code":"[SECRET]","status":"locked"}',
    ],
    [
      'We rotated the webhook signing secret yesterday; the old value was wsk_9hTq2LmX7pR4vB8n.',
      'We rotated the webhook signing secret yesterday; the old value was [SECRET].',
    ],
    ['"routing_key": "9f0c4be2a71d4c58b3e6d1f2a7c9e804",', '"routing_key": "[SECRET]",'],
    [
      'Please reset the PIN on my account, the last one I set was 2468.',
      'Please reset the PIN on my account, the last one I set was [SECRET].',
    ],
  ];
  for (const [text, expected] of found)
    it(`finds the code in ${JSON.stringify(text)}`, () => assert.equal(run(text), expected));
  const kept = [
    'exit code 137 after the upgrade to 3.11.4, order ORD-4471-22 shipped',
    'The error code 40417 appears when I pay with order 582913.',
    'PIN reset request for branch 4471, ticket 582913.',
    'Ticket 4471 — the code review for PR 582 is still pending.',
    'The promo code SPRING25 gave 25% off order 48213.',
    'Error code E4471 on the terminal, serial SN-88213-4.',
    'Build 4471 has the fix for the PIN pad firmware 2.3.1.',
    'Request id 550e8400-e29b-41d4 returned 503, trace_id=4bf92f3577b34da6.',
  ];
  for (const text of kept) it(`keeps ${JSON.stringify(text)}`, () => assert.equal(run(text), text));
});
