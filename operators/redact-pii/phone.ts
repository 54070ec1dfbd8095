// Phone numbers. A cheap regex finds digit runs shaped like a phone number; shapes that are something else
// (dates, times, versions, IPv4) are dropped; libphonenumber (full metadata) then decides. libphonenumber's own
// text matcher is not used: it costs ~0.9 ms per KiB and reads `ORD-2024-118833 #48213` as a number with an
// extension, while a validated candidate costs ~10 µs and only a few per body reach it.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { cueBefore, type Cue } from './context.ts';
import type { Detector, PhoneOptions } from './types.ts';

const candidate =
  /(?<![\p{L}\p{N}_#/\\.\-+@$€£¥%]|\d[:,])(?:\+\s?)?\(?\d[\d \t().\-/]{5,28}\d(?:\s{0,2}(?:ext\.?|extension|x|#)\s{0,2}\d{1,6})?(?![\p{L}\p{N}_]|[.,:\-/]\d)/giu;
const extension = /\s*(?:ext\.?|extension|x|#)\s*\d{1,6}$/i;

const isoDateStart = /^\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}(?!\d)/;
const dayMonthYear = /^\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})$/;
const dottedQuad = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const nanpShape = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ ./-])\d{3}[ .-]\d{4}$/;
const badSeparators = /[ \t]{2}|[.\-/]{2}|\(\s*\)|[.\-/][ \t]*[.\-/]/;

function parse(s: string, region?: string) {
  return parsePhoneNumberFromString(s, region as CountryCode | undefined);
}

/** E.164 of a phone number written as `s`, or undefined when `s` should not be read as one. */
function validate(s: string, cue: Cue, options: PhoneOptions): string | undefined {
  const digits = s.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  if (isoDateStart.test(s) || dayMonthYear.test(s) || dottedQuad.test(s)) return undefined;
  if (badSeparators.test(s)) return undefined;
  const opens = s.split('(').length - 1;
  if (opens !== s.split(')').length - 1 || opens > 1) return undefined;
  const separators = s.replace(/[\d+()]/g, '');
  // Dotted numbers are phones only as three or more groups of two or more digits (`212.555.0178`,
  // `01.23.45.67.89`); `10.0.19045` and `22631.3296` are versions and builds.
  if (separators.includes('.') && /^[\d.+ ]+$/.test(s)) {
    const groups = s.replace(/^\+\d{1,3}[. ]/, '').split(/[. ]/);
    if (groups.length < 3 || groups.some((g) => g.length < 2)) return undefined;
  }
  const international = /^\(?\+/.test(s);
  if (international) {
    const p = parse(s);
    if (p && (p.isValid() || (p.isPossible() && cue !== 'identifier'))) return p.number;
    return undefined;
  }
  if (cue === 'identifier') return undefined;
  if (
    /^00[1-9]/.test(digits) ||
    (/^011[2-9]/.test(digits) && (options.defaultCountry === 'US' || options.defaultCountry === 'CA'))
  ) {
    const p = parse(`+${digits.slice(digits[1] === '0' ? 2 : 3)}`);
    if (p && p.isValid()) return p.number;
  }
  const plain = separators.length === 0;
  const home = parse(s, options.defaultCountry);
  if (home?.isValid() && (!plain || cue === 'positive' || digits.length >= 10)) return home.number;
  // A national number of another region: written with its trunk prefix 0, or announced as a phone number.
  const trunk = digits[0] === '0';
  if (trunk || cue === 'positive') {
    for (const region of options.regions) {
      const p = parse(s, region);
      if (p?.isValid()) return p.number;
    }
  }
  // Well-formed but unassigned numbers (`555-123-4567`, `07700 900123`): accepted when formatted like a phone.
  if (!plain && home?.isPossible() && (nanpShape.test(s) || cue === 'positive')) return home.number;
  if (!plain && trunk && digits.length >= 9) {
    for (const region of options.regions) {
      const p = parse(s, region);
      if (p?.isPossible()) return p.number;
    }
  }
  return undefined;
}

/** `s`, then `s` without its last group, without its last two groups, and without its first group. */
function variants(s: string): string[] {
  const out = [s];
  let rest = s;
  for (let k = 0; k < 2; k++) {
    const cut = rest.search(/[ \t().\-/]+\d+\)?$/);
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
    out.push(rest);
  }
  const first = /^\(?\d+\)?[ \t.\-/]+/.exec(s);
  if (first && !s.startsWith('+')) out.push(s.slice(first[0].length));
  return out;
}

export const detectPhone: Detector = ({ text, lower, phone, out }) => {
  candidate.lastIndex = 0;
  for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
    let raw = m[0];
    let at = m.index;
    // "(617-555-0187 ext. 204)": an opening parenthesis without a closing one belongs to the sentence.
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      at++;
    }
    const ext = extension.exec(raw);
    const body = ext ? raw.slice(0, ext.index) : raw;
    const cue = cueBefore(lower, at, 32, 'phone');
    for (const v of variants(body)) {
      const offset = body.indexOf(v);
      const e164 = validate(v, cue, phone);
      if (e164 === undefined) continue;
      const start = at + offset;
      const end = v === body && ext ? at + raw.length : start + v.length;
      out.push({ start, end, type: 'phone', canonical: e164 });
      break;
    }
  }
};

/** Whether libphonenumber knows `region` (an ISO 3166-1 alpha-2 code). */
export function supportedRegion(region: string): boolean {
  return isSupportedCountry(region);
}
