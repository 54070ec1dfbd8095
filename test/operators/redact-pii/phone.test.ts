// The phone detector's shortcut past libphonenumber: numbers that cannot be North American are not parsed with
// a +1 default region. The shortcut must agree with the library on every number it skips.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { scanOptions } from '../../../operators/redact-pii.ts';
import { outsideNanp } from '../../../operators/redact-pii/phone.ts';
import { redact } from '../../../operators/redact-pii/scan.ts';

const digitsOf = (s: string) => s.replace(/\D/g, '');
const skips = (s: string) => outsideNanp(s, digitsOf(s));

describe('outsideNanp', () => {
  for (const s of ['7857-2738-3219', '2221 7455', '978-8-74-331358-1', '2024 1188', '9007199254740991']) {
    it(`skips ${JSON.stringify(s)}: no North American region has that length`, () =>
      assert.equal(skips(s), true));
  }
  for (const s of [
    '415-555-0132', // ten digits
    '(617) 555-0187',
    '555-0123', // seven: a local form in some +1 regions
    '1-201-555-1571', // country code written without +
    '020 7946 0958', // trunk prefix: another region's number
    '+44 20 7946 0958', // international
    '9988678161-5217#', // `#`: libphonenumber reads `-5217#` as an extension
    '2125550178 x12',
    '415,555,01321',
  ]) {
    it(`parses ${JSON.stringify(s)}`, () => assert.equal(skips(s), false));
  }

  it('agrees with libphonenumber on every number it skips (US and CA, 40 000 generated numbers)', () => {
    let seed = 20261127;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const separators = ['', ' ', '-', '.', '/', '(', ')', '  ', '\t', '#', 'x', ' ext ', ',', ';', '+'];
    let skipped = 0;
    for (const region of ['US', 'CA'] as CountryCode[]) {
      for (let n = 0; n < 20_000; n++) {
        let s = String(Math.floor(random() * 10));
        const length = 1 + Math.floor(random() * 17);
        for (let k = 1; k < length; k++) {
          if (random() < 0.3) s += separators[Math.floor(random() * separators.length)];
          s += String(Math.floor(random() * 10));
        }
        if (!skips(s)) continue;
        skipped++;
        const p = parsePhoneNumberFromString(s, { defaultCountry: region, extract: false });
        assert.ok(!p || (!p.isValid() && !p.isPossible()), `${region} ${JSON.stringify(s)} is ${p?.number}`);
      }
    }
    assert.ok(skipped > 5_000, `only ${skipped} skipped`);
  });
});

describe('phone numbers around the shortcut, through the scan', () => {
  const run = (text: string) => redact(text, scanOptions({}), { kind: 'type' }).text;
  for (const [input, expected] of [
    ['Call (415) 555-0132 today', 'Call [PHONE] today'],
    ['call me on 555-0123', 'call me on [PHONE]'],
    ['+1 718-555-0199 or 1-201-555-1571', '[PHONE] or [PHONE]'],
    ['mobile 07911 654321', 'mobile [PHONE]'],
    ['ISBN 978-8-74-331358-1 and ref 7857-2738-3219', 'ISBN 978-8-74-331358-1 and ref 7857-2738-3219'],
    ['batch 2221 7455 1242 failed', 'batch 2221 7455 1242 failed'],
  ]) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(run(input!), expected));
  }
});
