// What the scan decides beyond single detectors, through the same scan the step runs: which type wins where
// findings overlap, which types a step configured for fewer of them yields, and one long adversarial name.
// Kept apart from the table files, which hold only tables (scripts/train-pii-model.ts reads those as examples).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanOptions } from '../../../operators/redact-pii.ts';
import { redact } from '../../../operators/redact-pii/scan.ts';
import { run } from './table.ts';

describe('precedence', () => {
  it('a card number is not read as a phone number', () => {
    assert.equal(run('card 4111 1111 1111 1111'), 'card [CARD]');
  });
  it('an email is one finding, not a name and a domain', () => {
    assert.equal(run('Hi Maria,\nmaria.garcia@example.com'), 'Hi [NAME],\n[EMAIL]');
  });
  it('the password in a URL wins over the email-shaped rest', () => {
    assert.equal(run('redis://:p4ssw0rdRedis@10.1.2.3:6379/0'), 'redis://:[SECRET]@[IP]:6379/0');
  });
});

it('a table read for its names yields only the types the step is configured for', () => {
  const text = 'name,phone,dob\nGurpreet Dhillon,(604) 555-0176,1975-04-09';
  const out = redact(text, scanOptions({ types: ['name'] }), { kind: 'type' }).text;
  assert.equal(out, 'name,phone,dob\n[NAME],(604) 555-0176,1975-04-09');
});

describe('a long run of initials and particles', () => {
  it('reads without overflowing the stack', () =>
    assert.doesNotThrow(() => run('Hi J. ' + 'J. van '.repeat(5000))));
});
