// phone-parse.ts must answer exactly as libphonenumber-js does: the same E.164 number (or none), the same
// isValid() and isPossible(), for national and international numbers of every region.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import examples from 'libphonenumber-js/examples.mobile.json';
import {
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/max';
import { parsePhone } from '../../../operators/redact-pii/phone-parse.ts';

type Answer = { number: string; isValid(): boolean; isPossible(): boolean } | undefined;
const describeAnswer = (p: Answer) =>
  p === undefined ? 'none' : `${p.number} valid=${p.isValid()} possible=${p.isPossible()}`;

function agree(s: string, region: string | undefined): void {
  const expected = parsePhoneNumberFromString(s, {
    defaultCountry: region as CountryCode | undefined,
    extract: false,
  });
  assert.equal(
    describeAnswer(parsePhone(s, region)),
    describeAnswer(expected),
    `${region} ${JSON.stringify(s)}`,
  );
}

let seed = 20261127;
const random = (n: number) => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;

describe('parsePhone', () => {
  it('answers as libphonenumber for hand-picked numbers', () => {
    for (const [s, region] of [
      ['(415) 555-0132', 'US'],
      ['415-555-0132', 'US'],
      ['1-201-555-1571', 'US'],
      ['310-7746', 'US'], // a seven-digit Canadian service number
      ['+1 (646) 555-0101', undefined],
      ['+44 20 7946 0958', undefined],
      ['020 7946 0958', 'GB'],
      ['07700 900123', 'GB'],
      ['0221 4567890', 'GB'],
      ['0221 4567890', 'DE'],
      ['+49 (0)30 2345678', undefined],
      ['06 12 34 56 78', 'FR'],
      ['011 44 20 7946 0958', 'US'], // IDD prefix
      ['0049 176 12345678', 'DE'],
      ['11 98765-4321', 'BR'], // transform rule for carrier codes
      ['044 55 1234 5678', 'MX'],
      ['+0 123 456', undefined],
      ['12', 'US'],
      ['1\t234 567', 'US'], // a tab is no phone punctuation
      ['415-555-0132 x12', 'US'], // extension: left to the library
      ['+٤٤ ٢٠ ٧٩٤٦ ٠٩٥٨', undefined], // Arabic-Indic digits: left to the library
      ['555 0123', 'ZZ'], // unknown region
    ] as const) {
      agree(s, region);
    }
  });

  it('answers as libphonenumber for example numbers of every region, altered and re-formatted (8 000)', () => {
    const countries = getCountries();
    const separators = [' ', '-', '.', '/', '', '  ', '\t', '(', ')'];
    for (let n = 0; n < 8_000; n++) {
      const country = countries[random(countries.length)]!;
      const example = getExampleNumber(country, examples);
      if (!example) continue;
      const chars = [...(random(2) ? example.formatNational() : example.formatInternational())];
      for (let k = random(4); k > 0; k--) {
        const at = random(chars.length);
        if (/\d/.test(chars[at]!)) chars[at] = String(random(10));
      }
      if (random(6) === 0) chars.splice(random(chars.length), 1);
      if (random(6) === 0) chars.splice(random(chars.length), 0, String(random(10)));
      const s = chars.join('').replace(/ /g, () => separators[random(separators.length)]!);
      agree(s, random(10) < 7 ? country : countries[random(countries.length)]);
    }
  });

  it('answers as libphonenumber for generated digit strings with prefixes (8 000)', () => {
    const regions = [undefined, 'US', 'CA', 'GB', 'DE', 'FR', 'IT', 'BR', 'MX', 'AU', 'IN', 'AR', 'RU'];
    const starts = ['', '', '0', '00', '011', '1', '+1', '+44', '+49', '+7', '+262', '+599', '+0', '+979'];
    const separators = ['', '', ' ', '-', '.', '/', '(', ')', '\t'];
    for (let n = 0; n < 8_000; n++) {
      let s = starts[random(starts.length)]!;
      for (let k = random(14); k > 0; k--) s += separators[random(separators.length)]! + String(random(10));
      agree(s, regions[random(regions.length)]);
    }
  });
});
