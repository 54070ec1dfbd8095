// Payment cards (issuer prefix + length + Luhn), IBANs (country length + mod-97) and US social security numbers.
import { pidValues } from './hl7.ts';
import { cueBefore, foundAgain, isDigit, isWordChar, windowBefore } from './context.ts';
import { Lines, lineStartWithin, nextSpeakerLine } from './lines.ts';
import type { Detector, Span } from './types.ts';
import { execInRuns, type NumberRuns } from './numbers.ts';
import { bisect } from './sorted.ts';
import { lastMatch } from './sticky.ts';
import { WordFlag, countryGate, hasWord, identifierBetween, spokenRuns, type Words } from './words.ts';

// ---- payment cards ----------------------------------------------------------------------------------------

// ASCII and no look-behind (V8's fast path); boundaries are checked by hand.
// Every card number starts with a group of four digits (4-4-4-4, 4-6-5, 4-6-4 or unbroken).
export const cardRun = /\d{4}(?:[ -]?\d){8,18}/g;

/** The next match of `cardRun` at or after `from`. */
function nextCardRun(text: string, runs: NumberRuns, from: number): RegExpExecArray | null {
  cardRun.lastIndex = from;
  return execInRuns(cardRun, text, runs, 12);
}

/** Whether a number starting at `i` stands on its own: not glued to a word, `#`, `+`, a decimal, a longer run. */
function startsAlone(text: string, i: number, glue: string): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (isWordChar(c) || glue.includes(text[i - 1]!)) return false;
  return !((c === 32 || c === 45) && i >= 2 && isDigit(text.charCodeAt(i - 2)));
}

function endsAlone(text: string, end: number, glue: string): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  // Korean and Japanese write a particle right after a number ("5237-3578-0492-6770이고").
  if (isWordChar(c) && !(c >= 0x3040 && c <= 0xd7af)) return false;
  return !(glue.includes(text[end]!) && end + 1 < text.length && isDigit(text.charCodeAt(end + 1)));
}

export function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** Whether an issuer uses this prefix with this length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro, Mir). */
function issuerAccepts(d: string): boolean {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  switch (d[0]) {
    case '4':
      return n === 13 || n === 16 || n === 19;
    case '2':
      return n === 16 && ((p4 >= 2221 && p4 <= 2720) || (p4 >= 2200 && p4 <= 2204));
    case '3':
      if (p2 === 34 || p2 === 37) return n === 15;
      if ((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) return n >= 14 && n <= 19;
      return p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19;
    case '5':
      if (p2 >= 51 && p2 <= 55) return n === 16;
      return (p2 === 50 || p2 >= 56) && n >= 12 && n <= 19;
    case '6':
      return n >= 12 && n <= 19;
    default:
      return false;
  }
}

const fourGroups = /^\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}$/;
const spacedGroups = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}$/;

/**
 * A 16-digit number written as a card (four groups of four) that passes Luhn, right after "card": card data
 * even when its prefix is in no issuer's published range (a mistyped first digit, a new or private range).
 */
function unlistedCard(
  text: string,
  lower: string,
  words: Words,
  at: number,
  s: string,
  digits: string,
): boolean {
  return (
    digits.length === 16 &&
    spacedGroups.test(s) &&
    luhn(digits) &&
    cueBefore(words, lower, at, 28, 'card') === 'positive' &&
    text.charCodeAt(at - 1) !== 45
  );
}

/**
 * A card's first group is not of five or seven digits: "42101-6624318-9" is Pakistan's CNIC ("4111 1111 …",
 * "3782 822463 …", "41111111 11111111" and a run of twelve digits before the last four are cards).
 */
function cardGrouping(s: string): boolean {
  const first = s.search(/[ -]/);
  return first !== 5 && first !== 7;
}

const cardTail = /^,?[ \t]+(?:exp|expires|expiry|cvv|cvc|valid)\b/i;
// … with no identifier's word between it and the number ("Gift card order ID 4539 …" is an order's; "card number"
// is the card's, but not an ID's or a loyalty card's: "PhilSys Card Number (PCN): 4829-…"; "in order" is a
// sequence: "Cards tried, in order: 4000 0566 …").
const cardWordBefore =
  /(?<![a-z])(?<!(?:id|identity|philsys|medicare|health|loyalty|gift|library|aadhaar|insurance|member|membership|student|national|rewards?)[ \t]+)(?:cards?|visa|mastercard|amex|pan|credit|debit)(?:[ \t]+(?:number|no\.?))?(?![a-z])(?![^]*(?<![a-z])(?<!in[ \t])(?:order|id|case|ref|reference|note|transaction|txn|invoice|tracking|confirmation|booking|number|no|reader)(?![a-z]))/;

/** Whether a CSV cell ends at `i`: a comma, the line's end or the text's. */
function csvCellEnds(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === 44 || c === 10 || c === 13;
}

const panWord = /(?<![a-z])pans?(?![a-z])/;

export const detectCard: Detector = ({ text, lower, words, out }) => {
  const runs = words.numbers;
  // A CSV cell ("CB-55102,NV-20788102,4032005678123459,1299.99") in a text that speaks of cards or PANs (a "pan"
  // column): digits alone between commas.
  const csvCards = text.includes(',') && (lower.includes('card') || panWord.test(lower));
  for (let m = nextCardRun(text, runs, 0); m; m = nextCardRun(text, runs, m.index + m[0].length)) {
    // … or the row's first cell ("pan,exp\n4261867512429158,09/27"), in groups too ("5263-8099-3437-0441,03/26").
    const before = m.index === 0 ? 10 : text.charCodeAt(m.index - 1);
    const cell =
      csvCards &&
      (before === 44 || (before === 10 && text.charCodeAt(m.index + m[0].length) === 44)) &&
      /^(?:\d{13,19}|\d{4}(?:[ -]\d{4}){2}[ -]\d{3,4})$/.test(m[0]) &&
      csvCellEnds(text, m.index + m[0].length);
    if (!cell && !startsAlone(text, m.index, '-./#,+_')) continue;
    // The run may carry a trailing group that is not part of the card (`4111 1111 1111 1111 12`): try the
    // whole run, then without its last groups.
    let s = m[0];
    for (;;) {
      const digits = s.replace(/[ -]/g, '');
      if (
        digits.length >= 12 &&
        digits.length <= 19 &&
        cardGrouping(s) &&
        (cell || endsAlone(text, m.index + s.length, '-.,/')) &&
        (issuerAccepts(digits) || unlistedCard(text, lower, words, m.index, s, digits))
      ) {
        const cue = cueBefore(words, lower, m.index, 28, 'card');
        // A number that fails Luhn is still card data when it is written as one right after "card"/"visa":
        // customers mistype, and a mistyped card number is still theirs.
        // An expiry or a security code right after it makes it a card whatever came before ("a manual order: 4929 …
        // exp 11/26 cvv 482").
        const expiry = cardTail.test(text.slice(m.index + s.length, m.index + s.length + 16));
        // … or a card's word further back on the line, in four groups: "Visa on file — full PAN player pasted in
        // chat (should be scrubbed): 4661 1575 0929 5549" ("chat" names transcripts, not this number).
        const named =
          cue === 'identifier' &&
          fourGroups.test(s) &&
          cardWordBefore.test(lower.slice(lineStartWithin(lower, m.index, 90), m.index));
        if (
          luhn(digits) ? cue !== 'identifier' || expiry || named : cue === 'positive' && fourGroups.test(s)
        ) {
          out.push({ start: m.index, end: m.index + s.length, type: 'card', canonical: digits });
          break;
        }
      }
      const cut = s.search(/[ -]\d+$/);
      if (cut <= 0 || digits.length <= 12) break;
      s = s.slice(0, cut);
    }
  }
};

// ---- IBAN -------------------------------------------------------------------------------------------------

/** IBAN length by country (SWIFT IBAN registry). */
const ibanLength: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** The remainder mod 97 of digits and capitals (A = 10 … Z = 35), read as one number. */
function remainder97(s: string): number {
  let rest = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65) {
      const v = c - 55;
      rest = (rest * 100 + v) % 97;
    } else {
      rest = (rest * 10 + (c - 48)) % 97;
    }
  }
  return rest;
}

function mod97(iban: string): boolean {
  return remainder97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** `ibanLength` keyed by the lower-cased country code, as the word pass lists words. */
const ibanLengthByWord: ReadonlyMap<string, number> = new Map(
  Object.entries(ibanLength).map(([country, length]) => [country.toLowerCase(), length]),
);

export const detectIban: Detector = ({ text, words, out }) => {
  // An IBAN starts with a two-letter word (its country code) followed by the two check digits.
  let after = 0;
  for (let k = 0; k < words.values.length; k++) {
    const at = words.starts[k]!;
    if (!(words.flags[k]! & WordFlag.beforeDigit) || words.values[k]!.length !== 2 || at < after) continue;
    if (!isDigit(text.charCodeAt(at + 3))) continue;
    const length = ibanLengthByWord.get(words.values[k]!);
    if (length === undefined) continue;
    // Walk `length` alphanumerics, allowing one space or dash between them (printed IBANs group by four).
    let value = text.slice(at, at + 4).toUpperCase();
    let i = at + 4;
    while (value.length < length && i < text.length) {
      let c = text.charCodeAt(i);
      if ((c === 32 || c === 45) && i + 1 < text.length && isAlnum(text.charCodeAt(i + 1))) {
        i++;
        c = text.charCodeAt(i);
      }
      if (!isAlnum(c)) break;
      value += text[i]!.toUpperCase();
      i++;
    }
    if (value.length !== length || (i < text.length && isAlnum(text.charCodeAt(i))) || !mod97(value)) {
      // A group too many or too few for its country, printed in fours, that passes the check all the same: an
      // IBAN mistyped, or written from a form that took it ("DE64 5001 0517 5403 2418 9376" is 24 characters).
      const printed = printedIban.exec(text.slice(at, at + 48));
      const compact = printed?.[0].replace(/ /g, '').toUpperCase();
      if (!printed || !compact || compact.length < 15 || !mod97(compact)) continue;
      i = at + printed[0].length;
      value = compact;
    }
    out.push({ start: at, end: i, type: 'iban', canonical: value });
    after = i;
  }
};
const printedIban =
  /^[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4}){2,7}(?: [A-Za-z0-9]{1,4})?(?![A-Za-z0-9]|[ -][A-Za-z0-9])/;

// ---- US social security numbers ---------------------------------------------------------------------------

export const ssnDashed = /\d{3}-\d{2}-\d{4}/g;
export const ssnLoose = /\d{3}[ .]?\d{2}[ .]?\d{4}/g;
const ssnCue =
  /\b(?:ssn|ss#|ss no|social security|social sec|social|sozialversicherungsnummer|tin|taxpayer id|tax[ _-]?id)(?![a-z])/;
// The SSN's counterparts elsewhere, each searched for only in a text that names it (one of `words`), and taken
// only after its name (`cue`, matched on the lower-cased text, or on the text when `cased`) and when its check
// holds:
// - the UK National Insurance number ("NI number: QQ 12 34 56 C");
// - the Canadian Social Insurance Number (nine digits, Luhn; "SIN" in capitals, Spanish "sin" is "without";
//   French "NAS" with its colon, a NAS is also a storage box);
// - the Brazilian CPF (123.456.789-09, two check digits);
// - India's Aadhaar (12 digits in fours) and a person's PAN (ABCPE1234F);
// - Sweden's personnummer (YYMMDD-NNNN, Luhn over the last ten digits);
// - Spain's DNI (eight digits and a letter, mod 23);
// - South Africa's ID number (13 digits, Luhn, a date of birth first), after "ID";
// - Turkey's T.C. Kimlik No (11 digits, two check digits);
// - Ireland's PPS number (seven digits and a check letter, mod 23);
// - England's NHS number (ten digits, mod 11);
// - Australia's Tax File Number (nine digits, weighted mod 11);
// - France's NIR (mod 97);
// - Poland's PESEL, Romania's CNP, Ukraine's РНОКПП, the Netherlands' BSN, Iran's کد ملی and China's 居民身份证
//   number (each with its own check digit);
// - Israel's תעודת זהות (nine digits, Luhn);
// - Pakistan's CNIC and B-form (12345-1234567-1) and Malaysia's MyKad (YYMMDD-PB-NNNN): shapes of their own;
// - a number of seven or eight digits right after "my ID number is" (Kenya's has no check).
// A number with a check digit may be named further back, across a line break ("my TFN on the\nform: …").
/** Whose an "ID" is when its word comes first ("Order ID", "session id"): no person's national number. */
const idOwners =
  'order|transaction|session|ticket|customer|invoice|batch|request|trace|user|account|product|device|item|payment|merchant|member|employee|student|reference|ref|booking|case';

interface NationalId {
  readonly words: readonly string[];
  readonly re: RegExp;
  readonly cue: RegExp;
  readonly cased?: boolean;
  /** A phrase the text must hold as well, sticky at one of the kind's words (lookbehind for what precedes). */
  readonly phrase?: RegExp;
  readonly check?: (value: string) => boolean;
  /** How far after its name the number is looked for (`nationalReach` unless given). */
  readonly reach?: number;
  /** Searched for the name in the 60 characters before the number (or as many as given), over line breaks. */
  readonly far?: boolean | number;
  /** Names written in a script without spaces, looked for in the text itself. */
  readonly inText?: readonly string[];
  /**
   * A cue read first, on the 24 characters before the number, that `cue` would take too: the name right before
   * it. Where names stand every few characters, `cue`'s long alternatives are tried from each of them.
   */
  readonly near?: RegExp;
  /**
   * Every match lies in one run of digits, spaces, tabs and `( ) . / -` and holds this many digits: a window that
   * no such run of the word pass (`NumberRuns`) with as many digits reaches into holds no match.
   */
  readonly digits?: number;
}

/** The sum of the digits of `d` times `weights`, from the first. */
function weighted(d: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (d.charCodeAt(i) - 48) * weights[i]!;
  return sum;
}

function ppsValid(v: string): boolean {
  const letter = (c: string | undefined) => (c === undefined || c === 'W' ? 0 : c.charCodeAt(0) - 64);
  const sum = weighted(v, [8, 7, 6, 5, 4, 3, 2]) + letter(v[8]) * 9;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === v[7];
}

function nirValid(v: string): boolean {
  // Corsica's départements count as 19 and 18 in the key.
  const digits = v.slice(0, 13).toUpperCase().replace('2A', '19').replace('2B', '18');
  return 97 - remainder97(digits) === Number(v.slice(13));
}

function nricValid(v: string): boolean {
  const sum = weighted(v.slice(1), [2, 7, 6, 5, 4, 3, 2]) + (v[0] === 'T' || v[0] === 'G' ? 4 : 0);
  const letters = v[0] === 'S' || v[0] === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK';
  return letters[sum % 11] === v[8];
}

function chineseIdValid(v: string): boolean {
  const sum = weighted(v, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'[sum % 11] === v[17]!.toUpperCase();
}

function iranValid(v: string): boolean {
  if (/^(\d)\1{9}$/.test(v)) return false;
  const r = weighted(v, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (r < 2 ? r : 11 - r) === v.charCodeAt(9) - 48;
}

/** Norway's fødselsnummer: two mod-11 check digits after a date of birth (DDMMYY) and three digits. */
function fodselsnummerValid(d: string): boolean {
  if (!ddmmyy(d)) return false;
  const k1 = 11 - (weighted(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
  const k2 = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (k1 === 11 ? 0 : k1) === d.charCodeAt(9) - 48 && (k2 === 11 ? 0 : k2) === d.charCodeAt(10) - 48;
}

/** New Zealand's NHI (old format): letters count 1-24 without I and O, weighted 7…2, mod 11. */
function nhiValid(v: string): boolean {
  const letter = (c: string) => 'ABCDEFGHJKLMNPQRSTUVWXYZ'.indexOf(c) + 1;
  const sum = letter(v[0]!) * 7 + letter(v[1]!) * 6 + letter(v[2]!) * 5 + weighted(v.slice(3), [4, 3, 2]);
  const r = sum % 11;
  return r !== 0 && (11 - r) % 10 === v.charCodeAt(6) - 48;
}

/** Japan's My Number: weights 2-7 then 2-6 from the right over eleven digits, mod 11. */
function myNumberValid(d: string): boolean {
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (d.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === d.charCodeAt(11) - 48;
}

/** Germany's Steuer-IdNr: ISO 7064 MOD 11,10 over the first ten digits. */
function steuerIdValid(d: string): boolean {
  if (d[0] === '0') return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === d.charCodeAt(10) - 48;
}

/** Italy's codice fiscale: a check letter from the other fifteen characters' odd and even values. */
const cfOdd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
function codiceFiscaleValid(v: string): boolean {
  const s = v.toUpperCase();
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = s.charCodeAt(i);
    const n = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? cfOdd[n]! : n;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/** New Zealand's IRD number: weighted mod 11, with a second set of weights when the first gives 10. */
function irdValid(v: string): boolean {
  const d = v.padStart(9, '0');
  // Numbers are issued from 10 000 000 up (150 000 000 today): a higher one with a valid check is taken too.
  if (Number(d) < 10_000_000) return false;
  for (const w of [
    [3, 2, 7, 6, 5, 4, 3, 2],
    [7, 4, 3, 2, 5, 2, 7, 6],
  ]) {
    const r = weighted(d, w) % 11;
    const check = r === 0 ? 0 : 11 - r;
    if (check !== 10) return check === d.charCodeAt(8) - 48;
  }
  return false;
}

/** Hong Kong's identity card number: one or two letters, six digits and a check (0-9 or A), weighted mod 11. */
function hkidValid(v: string): boolean {
  const s = v.toUpperCase();
  const value = (c: string) => (c === ' ' ? 36 : c.charCodeAt(0) - 55);
  const letters = s.length === 9 ? s.slice(0, 2) : ' ' + s[0];
  let sum = value(letters[0]!) * 9 + value(letters[1]!) * 8;
  const digits = s.slice(s.length - 7, s.length - 1);
  for (let i = 0; i < 6; i++) sum += (digits.charCodeAt(i) - 48) * (7 - i);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === s[s.length - 1];
}

/** Chile's RUT/RUN: weights 2-7 from the right, 11 minus the rest mod 11 (10 is K, 11 is 0). */
function rutValid(v: string): boolean {
  const body = v.slice(0, -1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + (i % 6));
  const r = 11 - (sum % 11);
  return (r === 11 ? '0' : r === 10 ? 'K' : String(r)) === v[v.length - 1]!.toUpperCase();
}

/** India's Aadhaar number: Verhoeff's check digit, over the dihedral group D5 and its position permutation. */
const d5 = (j: number, k: number) =>
  j < 5 ? (k < 5 ? (j + k) % 5 : 5 + ((j + k) % 5)) : k < 5 ? 5 + ((j - k + 5) % 5) : (j - k + 5) % 5;
const verhoeffStep = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
const verhoeffP: number[][] = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]];
for (let i = 1; i < 8; i++) verhoeffP.push(verhoeffStep.map((n) => verhoeffP[i - 1]![n]!));
function verhoeffValid(d: string): boolean {
  let c = 0;
  for (let i = 0; i < d.length; i++) c = d5(c, verhoeffP[i % 8]![d.charCodeAt(d.length - 1 - i) - 48]!);
  return c === 0;
}

/** Estonia's isikukood: weights 1-9,1 mod 11, then 3-9,1-3 when that gives 10 (10 again: 0). */
function isikukoodValid(d: string): boolean {
  let r = weighted(d, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11;
  if (r === 10) r = weighted(d, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11;
  return (r === 10 ? 0 : r) === d.charCodeAt(10) - 48;
}

/** Portugal's NIF: weights 9-2, 11 minus the rest mod 11 (0 when that is 10 or 11). */
function nifPtValid(d: string): boolean {
  const r = weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
  return (r < 2 ? 0 : 11 - r) === d.charCodeAt(8) - 48;
}

/** Argentina's CUIL/CUIT: weights 5432765432, 11 minus the rest mod 11 (0 for 11, 9 for 10). */
function cuitValid(d: string): boolean {
  const r = 11 - (weighted(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return (r === 11 ? 0 : r === 10 ? 9 : r) === d.charCodeAt(10) - 48;
}

/** South Korea's resident registration number: weights 2-9 then 2-5, 11 minus the rest mod 11, mod 10. */
const rrnValid = (d: string) =>
  (11 - (weighted(d, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === d.charCodeAt(12) - 48;

/** A date of birth as DDMMYY at the start: a day and a month that exist (Greece's AMKA). */
function ddmmyy(v: string): boolean {
  const day = Number(v.slice(0, 2));
  const month = Number(v.slice(2, 4));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** A date of birth as YYMMDD at `from`: a month and a day that exist. */
function yymmdd(v: string, from: number): boolean {
  const month = Number(v.slice(from + 2, from + 4));
  const day = Number(v.slice(from + 4, from + 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function dniValid(value: string): boolean {
  // An NIE's leading X, Y or Z counts as 0, 1 or 2.
  const digits = value.slice(0, 8).replace(/^[XYZ]/, (c) => String('XYZ'.indexOf(c)));
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(digits) % 23] === value.slice(-1);
}

function kimlikValid(d: string): boolean {
  const n = [...d].map(Number);
  const odd = n[0]! + n[2]! + n[4]! + n[6]! + n[8]!;
  const even = n[1]! + n[3]! + n[5]! + n[7]!;
  return (((odd * 7 - even) % 10) + 10) % 10 === n[9] && (odd + even + n[9]!) % 10 === n[10];
}

function cpfValid(digits: string): boolean {
  if (/^(\d)\1{10}$/.test(digits)) return false;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += (digits.charCodeAt(i) - 48) * (n + 1 - i);
    if (((sum * 10) % 11) % 10 !== digits.charCodeAt(n) - 48) return false;
  }
  return true;
}

const nationalIdKinds: readonly NationalId[] = [
  {
    words: ['ni', 'nino', 'insurance'],
    re: /(?<![A-Za-z0-9])[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D](?![A-Za-z0-9])/g,
    // Or asked for on the line before ("your National Insurance number?\nCustomer: SN 48 72 91 C").
    cue: /(?:\bni\b|nino|national insurance)(?:[^\n]{0,48}|[^\n]{0,60}\n[^\n]{0,24})$/,
    far: 110,
  },
  {
    // … in lower case right after its name: "ni number jt 48 29 17 b".
    words: ['ni', 'nino'],
    re: /(?<![a-z0-9])[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])/g,
    cue: /(?:\bni|nino)(?:[ \t]+(?:no\.?|number|num))?(?:[ \t]+(?:is|was))?[ \t]*:?[ \t]*$/,
  },
  {
    words: ['sin', 'nas', 'insurance', 'assurance', "d'assurance"],
    re: /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])/g,
    digits: 9,
    cue: /(?:\bSIN\b|(?:^|\n)[ \t]*sin[ \t]*:|\b[Mm]y[ \t]+sin(?:[ \t]+(?:number|no\.?|#))?[ \t]+is|"sin"[ \t]*:[ \t]*"?|\bNAS[ \t]*:|(?:(?<![A-Za-zÀ-ÿ])n[ée]e?(?![A-Za-zÀ-ÿ])|naissance)[^\n]{0,60}[,;][ \t]*NAS\b|(?:[Mm]on|[Vv]otre|[Tt]on|[Ss]on|du|[Nn]um[ée]ro|[Nn]o\.?)[ \t]+NAS\b|[Ss]ocial [Ii]nsurance|[Aa]ssurance sociale)(?:[ \t]*\([^()\n]{0,60}\))?[^\n]{0,90}$|[Ss]ocial [Ii]nsurance [Nn]umber[^\n]{0,200}$|\bSIN\b[^\n]{0,180}[ \t](?:[Ii]t'?s|[Ii]t is|[Hh]ere it is|[Tt]he number I gave (?:him |her |them )?(?:was|is)|(?:same|it|number|one)[ \t]+(?:as|to|is))[ \t:]*$|\bSIN\b(?:(?![Tt]icket|[Oo]rder|[Rr]ef|[Aa]ccount|[Ii]nvoice|[Cc]ase|[Pp]hone|[Mm]obile|[Tt]el)[^\n]){0,180}:[ \t]*$|\bSIN\b[^\n]{0,120}(?:\n[^\n]{0,160})?\n[^\n]{0,30}:[ \t](?:[^\n:]{0,30}[ \t])?$/,
    cased: true,
    near: /\bSIN\b(?:[ \t]+(?:number|no\.?|is))?[ \t]*:?[ \t]*$/,
    // "SIN (optional, to skip the security deposit): …": a note in brackets may stand between.
    // "Social Insurance Number … Here it is anyway: 527 149 389": Luhn-checked, a few sentences on; or asked for
    // on the line before and given in the reply ("we need your SIN …\nCustomer: its 758 190 201"), or on the
    // line after an agent's answer; or a few clauses on after "it's" ("need my SIN … Can I just give it here?
    // It's 466 969 326"), or "the same as", "change it to", "the correct one is"; or after a colon further on the line
    // ("add my SIN … I've double-checked against my card: 318 675 204"), not one of another number.
    far: 330,
    reach: 240,
    check: luhn,
  },
  {
    words: ['cpf'],
    re: /(?<![\d.])\d{3}\.?\d{3}\.?\d{3}-?\d{2}(?![\d-])/g,
    digits: 11,
    // … a sentence on too: 'aparece "CPF inválido" mas está certo: 384.172.905-32' (two check digits).
    cue: /\bcpf\b[^\n]{0,120}$/,
    check: cpfValid,
    far: 140,
  },
  {
    // India's PAN: five letters (the fourth is P for a person), four digits and a letter, after "PAN".
    words: ['pan'],
    re: /(?<![A-Za-z0-9])[A-Z]{3}P[A-Z]\d{4}[A-Z](?![A-Za-z0-9])/g,
    // "PAN of signatory (Director): …": a few words may stand between. (A column of them beside a name column is
    // read by name-layouts.ts's tableNames.)
    // … a clause on: "His PAN for the TCS on the overseas tour package is AKXPK4721M".
    // … or asked for and given in the reply ("Please share your PAN so I can check.\nUser (Sneha): AKLPR4821M").
    cue: new RegExp(String.raw`\b(?:PAN|[Pp]an)\b(?:[^\n]{0,70}|[^\n]{0,80}${nextSpeakerLine})$`),
    far: 100,
    cased: true,
  },
  {
    words: ['aadhaar', 'aadhar', 'आधार'],
    re: /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])/g,
    digits: 12,
    // … or asked for on the line before ("asked for his Aadhaar for KYC.\n[Chat] 18:45 Rohan Gupta: 7394 0218 3641").
    cue: /(?:aadhaa?r|आधार)(?:[^\n]{0,16}|[^\n]{0,40}\n[^\n]{0,32})$/,
    far: 110,
  },
  {
    // … a sentence on when it passes Verhoeff's check: "asking for his Aadhaar again, I already uploaded it twice.
    // Number is 4918 2736 5153".
    words: ['aadhaar', 'aadhar', 'आधार'],
    re: /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?![\d-])/g,
    digits: 12,
    // (… or a chat line on: "the number is not readable.\n[11:07] Partner: number is 7392 0158 2642".)
    cue: /(?:aadhaa?r|आधार)(?:[^\n]{0,90}|[^\n]{0,90}\n[^\n]{0,60})$/,
    check: verhoeffValid,
    far: 160,
  },
  {
    words: ['personnummer', 'personnumret', 'identity', 'personal'],
    re: /(?<![\d-])(?:\d{2})?\d{6}[-+]?\d{4}(?![\d-])/g,
    // "… my personnummer on the form for the waiting period credit, it's 810623-4571" (Luhn-checked).
    // … or in English ("my personal identity number, 850617-2389", "a Swedish personal number. Mine is …").
    cue: /(?:personnummer|personal (?:identity )?number)[^\n]{0,140}$/,
    check: (d) => luhn(d.slice(-10)),
    far: 160,
  },
  {
    // Spain's NIF for a person is the DNI's number and letter.
    words: ['dni', 'nie', 'nif'],
    re: /(?<![\dA-Za-z])(?:\d{8}|[XYZ]-?\d{7})-?[A-Z](?![\dA-Za-z])/g,
    // "El repartidor … necesita el DNI del destinatario y no venía en el pedido. El mío es 48261937W." (mod-23 letter).
    // … or asked for and given on the next line: "¿me indica su DNI y dirección?\n[12:05] Cliente: 48291736Q".
    cue: new RegExp(
      String.raw`\b(?:dni|nie|nif)\b(?:[^\n]{0,110}|[^\n]{0,80}\?[^\n]{0,4}${nextSpeakerLine})$`,
    ),
    check: dniValid,
    far: 120,
  },
  {
    words: ['id', 'identity', 'idnumber'],
    // … or grouped as the ID book prints it ("880317 5124 089").
    re: /(?<!\d)\d{6} ?\d{4} ?\d{3}(?!\d)/g,
    digits: 13,
    // Right after "ID", "ID number is", "identity number:", Afrikaans "ID-nommer" (not after "Order ID", "Transaction ID"),
    // or in brackets after it ("a copy of my ID (8804125086089)").
    // … or a sentence on after "my ID number" ("they need my ID number before they confirm …, so here it is: …"),
    // asked for and given on the next line ("… provide your full names and ID number.\nClient: Thandiwe …
    // 9302271879083"), or after a label naming what it is for ("ID number for verification: 7901184792085"),
    // or later in its clause ("The ID number on the redirection is 8804125234085"), or as a JSON key's value, or a
    // few words after "ID" on its line with no other number between ("a certified copy of my ID; the number is …").
    cue: new RegExp(
      String.raw`(?:(?<!(?:${idOwners})[ \t_-]?)\bid(?:entity)?(?:[ \t-]+(?:number|nommer|no\.?|#|verified|confirmed|checked))?(?:[ \t]+is)?[ \t]*[:#(]?\s*|\b(?:my|your|his|her|their)[ \t]+id(?:entity)?[ \t-]+(?:number|nommer)[^\n]{0,100}|\bid[ \t-]+number[^\n]{0,80}\n[^\n]{0,60}|\bid[ \t-]+number[ \t]+\(?for[ \t]+[a-z]+\)?[ \t]*:[ \t]*|\bid(?:entity)?[ \t-]+(?:number|nommer|no\.?)[^\n.]{1,40}?[ \t]is[ \t]*|\bid(?:entity)?_?(?:number|no)"[ \t]*:[ \t]*"|(?<!(?:${idOwners})[ \t_-]?)\bid\b[^\n\d]{0,60})$`,
    ),
    check: (d) => luhn(d) && yymmdd(d, 0),
    far: 130,
    reach: 130,
  },
  {
    words: ['kimlik', 'tckn'],
    re: /(?<!\d)[1-9]\d{10}(?!\d)/g,
    digits: 11,
    cue: /(?:kimlik|tckn)[^\n]{0,40}$/,
    check: kimlikValid,
  },
  {
    words: ['pps', 'ppsn'],
    re: /(?<![A-Za-z0-9])\d{7}[A-W][A-IW]?(?![A-Za-z0-9])/g,
    // … asked for in a chat and given on the next line ("confirm your PPSN and date of birth …?\n[10:43] …: 8473621T").
    cue: /\bppsn?\b[^]{0,110}$/,
    check: ppsValid,
    far: 130,
  },
  {
    // The NHS number, England's patient number: ten digits, mod 11 ("NHS number: 485 777 3457").
    // … and Scotland's CHI number and Northern Ireland's Health and Care number, checked the same way ("CHI
    // number: 0311724515", "My Health and Care number is 634 918 2073").
    words: ['nhs', 'chi', 'care'],
    re: /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/g,
    digits: 10,
    // … a sentence's length on for the NHS number ("wants my NHS number so they can send the report to my GP — it's
    // 149 647 5364").
    // … or asked for on the line before and given in the reply, after a date of birth too ("date of birth and NHS
    // number please?\nCustomer: 30.01.1976, 471 681 4505").
    cue: /(?:\bnhs\b[^\n]{0,100}|\bchi\b[^\n]{0,40}|\bhealth[ \t]+(?:and|&)[ \t]+care[ \t]+(?:number|no\.?)[^\n]{0,40}|\bnhs\b[^\n]{0,80}\n[^\n:]{1,30}:[ \t]*(?:[^\n,]{0,24},[ \t]*)?)$/,
    far: 120,
    check: (d) => {
      const r = 11 - (weighted(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
      return (r === 11 ? 0 : r) === Number(d[9]) && r !== 10;
    },
  },
  {
    // Germany's health insurance number (Krankenversichertennummer): a letter and nine digits ("Versichertennummer:
    // T552018438"), named by its own long word.
    words: ['versichertennummer', 'krankenversichertennummer', 'kvnr'],
    re: /(?<![A-Za-z0-9])[A-Z]\d{9}(?![A-Za-z0-9])/g,
    digits: 9,
    cue: /(?:versichertennummer|kvnr)[^\n]{0,40}$/,
    check: kvnrValid,
  },
  {
    // British Columbia's Personal Health Number: ten digits from 9 ("PHN 9872 361 049 not eligible").
    words: ['phn'],
    re: /(?<![\d-])9\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])/g,
    digits: 10,
    cue: /\bphn\b[^\n]{0,40}$/,
  },
  {
    words: ['tfn', 'file'],
    re: /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{3}(?![\d-])/g,
    digits: 9,
    // In the same sentence, over a line break ("my TFN on the\nform, here it is: …").
    // … or a JSON key ("tax_file_number": "459 128 733").
    // … or a sentence later ("no tax file number on it. I did put it on the form, it's 459 238 166").
    // Not past another number's name ("The TFN field is optional. Reference 123 456 782 …").
    // … or a clause or two on ("asks for my TFN for the "ATO rental schedule". Is that legit? … I've put 169 472 724").
    // … but "account" may stand between: "I gave it when I opened the account. It's 486 826 003".
    // … or an error's name ('"TFN_INVALID" but I've checked it against my ATO letter: 416 521 593').
    cue: /(?:(?<![a-z0-9])tfn(?![a-z0-9])|tax[ _]file[ _]number)(?:(?!reference|ref\b|order|invoice|ticket|account[ \t]+(?:no\b|number|#|\d))[^]){0,130}$/,
    phrase: /(?:tfn(?![a-z0-9])|(?<=tax[ _])file[ _]number)/y,
    check: (d) => weighted(d, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0,
    far: 140,
  },
  {
    // Denmark's CPR number: a date of birth as DDMMYY and four digits (no check digit since 2007).
    words: ['cpr'],
    re: /(?<![\d-])\d{6}-?\d{4}(?![\d-])/g,
    digits: 10,
    cue: /\bcpr(?:-nr\.?|-nummer|[ \t]+(?:no\.?|number|nr\.?))?(?:[ \t]+(?:is|was))?[ \t]*[:#]?[ \t]*$/,
    check: ddmmyy,
  },
  {
    // The Philippines' SSS number (12-3456789-0), in the sentence that names it.
    words: ['sss'],
    re: /(?<![\d-])\d{2}-?\d{7}-?\d(?![\d-])/g,
    digits: 10,
    cue: /\bsss\b(?:[ \t]+(?:no\.|number))?[^.\n]{0,60}$/,
    far: true,
  },
  {
    words: ['pesel'],
    re: /(?<!\d)\d{11}(?!\d)/g,
    digits: 11,
    cue: /pesel[^]{0,110}$/,
    check: (d) => (10 - (weighted(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === d.charCodeAt(10) - 48,
    far: 130,
  },
  {
    words: ['cnp'],
    re: /(?<!\d)[1-8]\d{12}(?!\d)/g,
    digits: 13,
    cue: /\bcnp\b[^]{0,40}$/,
    check: (d) => (weighted(d, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11) % 10 === d.charCodeAt(12) - 48,
    far: true,
  },
  {
    words: ['рнокпп', 'іпн', 'ипн'],
    re: /(?<!\d)\d{10}(?!\d)/g,
    digits: 10,
    cue: /(?:рнокпп|іпн|ипн)[^]{0,40}$/,
    check: (d) => (weighted(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11) % 10 === d.charCodeAt(9) - 48,
    far: true,
  },
  {
    words: ['bsn', 'burgerservicenummer'],
    re: /(?<![\d-])\d{4}\.?\d{2}\.?\d{3}(?![\d-])/g,
    digits: 9,
    // … or a clause on: "Mijn BSN heeft u niet nodig lijkt me, maar uw formulier vroeg erom: 234567818".
    cue: /\b(?:bsn|burgerservicenummer)\b(?:[^]{0,40}|[^.\n]{0,90})$/,
    check: (d) => (weighted(d, [9, 8, 7, 6, 5, 4, 3, 2]) - (d.charCodeAt(8) - 48)) % 11 === 0,
    far: 100,
  },
  {
    words: ['ملی'],
    re: /(?<!\d)\d{10}(?!\d)/g,
    digits: 10,
    cue: /(?:کد|كد)[ \u200c]?ملی[^]{0,40}$/,
    check: iranValid,
    far: true,
  },
  {
    words: ['זהות', 'zehut', 'teudat'],
    re: /(?<!\d)\d{9}(?!\d)/g,
    digits: 9,
    // … written in Latin letters too: "My Teudat Zehut number is 038271649".
    cue: /(?:זהות|ת\.ז\.?|ת"ז|zehut|teudat)[^\n]{0,24}$/,
    check: luhn,
  },
  {
    words: [],
    inText: ['身份证', '身份證'],
    re: /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/g,
    digits: 17,
    cue: /身份[证證][^]{0,24}$/,
    check: chineseIdValid,
    far: true,
  },
  {
    words: ['cnic', 'nicop', 'form'],
    re: /(?<![\d-])\d{5}-\d{7}-\d(?![\d-])/g,
    digits: 13,
    // No check digit: right after its name ("CNIC no is …", "guardian CNIC which is …", "B-form number …").
    cue: /(?:\bcnic\b|\bnicop\b|\bb-form\b)(?:[ \t]+(?:no\.?|number|num|is|which|was|copy|card))*[ \t]*[:#]?[ \t]*$/,
    phrase: /(?:cnic|nicop|(?<=b-)form)(?![a-z])/y,
    far: true,
  },
  {
    // … named in Urdu: "شناختی کارڈ نمبر 42101-6638291-5" (identity card number).
    words: [],
    inText: ['شناختی'],
    re: /(?<![\d-])\d{5}-\d{7}-\d(?![\d-])/g,
    digits: 13,
    cue: /شناختی[^\n\d]{0,30}$/,
  },
  {
    words: ['ic', 'mykad', 'pengenalan', 'nric'],
    re: /(?<![\d-])\d{6}-\d{2}-\d{4}(?![\d-])/g,
    digits: 12,
    cue: /(?:\bic\b|\bmykad\b|\bnric\b|kad pengenalan)(?:[ \t]+(?:no\.?|number|is))*[ \t]*[:#]?[ \t]*$/,
    check: (d) => yymmdd(d, 0),
  },
  {
    words: ['identifikationsnummer', 'steuer', 'idnr', 'steueridentifikationsnummer'],
    re: /(?<!\d ?)\d{2} ?\d{3} ?\d{3} ?\d{3}(?! ?\d)/g,
    digits: 11,
    cue: /(?:identifikationsnummer|steuer-?id|idnr)[^]{0,60}$/,
    check: steuerIdValid,
    far: true,
  },
  {
    words: ['fiscale', 'cf'],
    re: /(?<![A-Za-z0-9])[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z]\d{3}[A-Za-z](?![A-Za-z0-9])/g,
    cue: /(?:codice fiscale|\bc\.?f\.?)[^]{0,100}$/,
    check: codiceFiscaleValid,
    far: 120,
  },
  {
    words: ['emirates', 'eid', 'الهوية', 'هوية', 'id'],
    re: /(?<![\d-])784-?\d{4}-?\d{7}-?\d(?![\d-])/g,
    digits: 15,
    cue: /(?:emirates|الهوية|هوية|\beid\b|\bid\b)[^]{0,60}$/,
    check: luhn,
    far: true,
  },
  {
    words: ['αμκα', 'amka'],
    re: /(?<!\d)\d{11}(?!\d)/g,
    digits: 11,
    cue: /(?:αμκα|amka)[^\n]{0,30}$/,
    check: (d) => luhn(d) && ddmmyy(d),
  },
  {
    words: ['ird'],
    // … an eight-digit one grouped 3-3-2 too ("my IRD number is 118-029-31").
    // … or spaced: "My IRD number is 103 872 545".
    re: /(?<![\d-])(?:\d{2,3}-?\d{3}-?\d{3}|\d{2,3} \d{3} \d{3}|\d{3}-\d{3}-\d{2})(?![\d-])/g,
    digits: 8,
    // "my IRD number on the payslip is wrong, it should be 127-913-544"; "… I definitely gave it when I signed up
    // but here it is again: 49-182-635".
    cue: /\bird\b(?:[ \t]+(?:number|no\.?))?[^\n]{0,100}$/,
    check: irdValid,
    far: 130,
  },
  {
    // Nigeria's NIN: "NIN (National Identification Number): 48291037564" (not a phone line, "0803…").
    words: ['nin', 'identification'],
    re: /(?<!\d)[1-9]\d{10}(?!\d)/g,
    digits: 11,
    // … within its sentence ("asked for my NIN before they can register me, so … add it to the booking: 47219083365").
    // … a sentence on ("insisted I show NIN before handing it over. I showed it, 48213507916"), or asked for and
    // given in the reply ("Please share the NIN here.\nCustomer: 34718290563").
    cue: new RegExp(
      String.raw`(?:\bnin\b(?:[ \t]*\([^()\n]{0,40}\))?|national identification number)(?:[^\n]{0,100}|[^\n]{0,100}${nextSpeakerLine})$`,
    ),
    far: 120,
  },
  {
    // Indonesia's NIK (the KTP card's number): sixteen digits, a date of birth from the seventh (the day 40 more for
    // women).
    words: ['nik', 'ktp'],
    re: /(?<!\d)\d{16}(?!\d)/g,
    digits: 16,
    cue: /\b(?:nik|ktp)\b(?:(?!order|invoice|ticket|account|ref)[^\n]){0,60}$/,
    check: (d) => {
      const day = Number(d.slice(6, 8)) % 40;
      const month = Number(d.slice(8, 10));
      return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    },
  },
  {
    // Sri Lanka's NIC: the old nine digits and a V or X, or the new twelve; a year, then the day of the year (500
    // more for women): "Mine is old format 853214567V, the new format one is 198532104567".
    words: ['nic'],
    re: /(?<![A-Za-z0-9])(?:\d{9}[VvXx]|(?:19|20)\d{10})(?![A-Za-z0-9])/g,
    // (Not a network card's: "the NIC driver version …".)
    cue: /\bnic\b(?:(?!(?<![a-z])(?:driver|firmware|version|adapter|mac|port|model|serial)(?![a-z]))[^\n]){0,80}$/,
    check: (d) => {
      const day = Number(d.length === 10 ? d.slice(2, 5) : d.slice(4, 7)) % 500;
      return day >= 1 && day <= 366;
    },
    far: 100,
  },
  {
    // Viet Nam's citizen identity card (CCCD), twelve digits, and the older CMND, nine.
    // … and a "citizen ID" of those lengths in English.
    words: ['cccd', 'cmnd', 'citizen'],
    re: /(?<!\d)(?:\d{12}|\d{9})(?!\d)/g,
    cue: /(?:\b(?:cccd|cmnd)\b[^\n]{0,40}|\bcitizen[ \t]+id(?:[ \t]+(?:no\.?|number|card))?[ \t]*[:#]?[ \t]*)$/,
  },
  {
    // … and its Bank Verification Number, eleven digits from 22: "BVN: 22318475906", "the bvn on my account …
    // shows 22154879630".
    words: ['bvn'],
    re: /(?<!\d)22\d{9}(?!\d)/g,
    digits: 11,
    cue: /\bbvn\b(?:[ \t]*\([^()\n]{0,40}\))?[^.\n]{0,100}$/,
    far: 120,
  },
  {
    words: [],
    inText: ['주민등록번호'],
    re: /(?<!\d)\d{6}-?[1-8]\d{6}(?!\d)/g,
    digits: 13,
    cue: /주민등록번호[^\n]{0,12}$/,
    check: rrnValid,
  },
  {
    // … named in English: "you asked for my resident registration number to verify identity. It is 880923-1057312".
    words: ['registration', 'rrn'],
    re: /(?<!\d)\d{6}-?[1-8]\d{6}(?!\d)/g,
    digits: 13,
    cue: /(?:resident registration number|\brrn\b)[^\n]{0,50}$/,
    check: rrnValid,
    far: 80,
  },
  {
    // Hong Kong's identity card number: "My HKID is K572840(1)".
    words: ['hkid', 'kong'],
    re: /(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}(?:\([0-9A]\)|[0-9A])(?![A-Za-z0-9])/g,
    // … a few words on ("my HKID is invalid. I typed it as K582031(6) and also K5820316").
    cue: /(?:\bhkid\b|hong kong (?:id|identity card))[^\n]{0,70}$/,
    check: hkidValid,
    far: 90,
  },
  {
    // Chile's RUT: "RUT 21.093.456-1", "My own RUT is 16.842.377-2".
    words: ['rut'],
    re: /(?<![\d.])\d{1,2}\.?\d{3}\.?\d{3}-[\dkK](?![\dA-Za-z])/g,
    cue: /\brut\b[^\n]{0,130}$/,
    check: rutValid,
    far: 150,
    reach: 160,
  },
  {
    // Portugal's NIF (número de contribuinte): nine digits, mod 11.
    words: ['nif', 'contribuinte'],
    re: /(?<![\d-])[1-35-9]\d{8}(?![\d-])/g,
    digits: 9,
    cue: /(?:\bnif\b|contribuinte)[^\n]{0,30}$/,
    check: nifPtValid,
  },
  {
    // Argentina's DNI, dotted: "my DNI 32.184.507" (no check digit: right after its name).
    words: ['dni'],
    re: /(?<![\d.])\d{1,2}\.\d{3}\.\d{3}(?![\d-]|\.\d)/g,
    cue: /\bdni\b(?:[ \t]+(?:no\.?|is|es|n[º°]))?[ \t:]*$/,
  },
  {
    // The US ITIN, an SSN's shape from 9xx: "I file my taxes with ITIN 912-78-4412".
    words: ['itin'],
    re: /(?<![\d-])9\d{2}-?(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])-?\d{4}(?![\d-])/g,
    digits: 9,
    // The number's shape is the ITIN's own (9, then a group no SSN has): a sentence on too ("I use an ITIN instead of
    // an SSN. Your software will not accept 912-78-4431").
    cue: /\bitin\b(?:(?!ticket|order|invoice|ref\b|case)[^\n]){0,90}$/,
    far: 100,
  },
  {
    // Kenya's KRA PIN: "KRA PIN: A004812395K".
    words: ['kra'],
    re: /(?<![A-Za-z0-9])[AP]\d{9}[A-Z](?![A-Za-z0-9])/g,
    // ("KRA requires my PIN and ID. PIN A012345678Z": the shape is the PIN's alone.)
    cue: /\bkra\b[^\n]{0,60}$/,
  },
  {
    // Estonia's isikukood: eleven digits, mod 11.
    words: ['isikukood', 'isikukoodi'],
    re: /(?<!\d)[1-6]\d{10}(?!\d)/g,
    digits: 11,
    cue: /isikukood[^\n]{0,40}$/,
    check: isikukoodValid,
  },
  {
    // Argentina's CUIL and CUIT: "CUIL 27-31845902-4".
    words: ['cuil', 'cuit'],
    re: /(?<![\d-])\d{2}-?\d{8}-?\d(?![\d-])/g,
    digits: 11,
    cue: /\bcui[lt]\b[^\n]{0,30}$/,
    check: cuitValid,
  },
  {
    words: ['seguridad'],
    re: /(?<![\d/])\d{2}[/ ]?\d{8}[/ ]?\d{2}(?![\d/])/g,
    digits: 12,
    cue: /seguridad social[^\n]{0,20}$/,
    check: (d) => Number(d.slice(0, 10)) % 97 === Number(d.slice(10)),
  },
  {
    // France's NIR ("numéro de sécurité sociale : 2 57 05 75 112 048 96"): sex, year, month, département
    // (Corsica's 2A/2B), commune, order and a key of 97 minus the rest mod 97.
    // … or named in English ("the app asks my social security number … It is 2 87 06 75 112 043 05").
    words: ['sociale', 'nir', 'insee', 'sécu', 'secu', 'vitale', 'security'],
    re: /(?<![\dA-Za-z])[12][ \t]?\d{2}[ \t]?(?:0[1-9]|1[0-2]|[2-9]\d)[ \t]?(?:\d{2}|2[AB])[ \t]?\d{3}[ \t]?\d{3}[ \t]?\d{2}(?![\dA-Za-z])/gi,
    cue: /(?:s[ée]curit[ée] sociale|s[ée]cu|nir|insee|carte vitale|social security number)[^]{0,110}$/,
    check: nirValid,
    far: 140,
  },
  {
    words: ['curp'],
    re: /(?<![A-Za-z0-9])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![A-Za-z0-9])/g,
    cue: /\bcurp\b[^\n]{0,20}$/,
  },
  {
    words: ['sv', 'sozialversicherungsnummer', 'versicherungsnummer'],
    re: /(?<!\d)\d{4} ?\d{6}(?!\d)/g,
    digits: 10,
    cue: /(?:sv-?nummer|sozialversicherungsnummer|versicherungsnummer)[^\n]{0,20}$/,
    check: (d) =>
      weighted(d, [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]) % 11 === d.charCodeAt(3) - 48 && ddmmyy(d.slice(4)),
  },
  {
    // Norway's fødselsnummer: a date of birth as DDMMYY, three digits and two mod-11 check digits.
    words: ['fødselsnummer', 'fodselsnummer', 'fødselsnr', 'personnummer'],
    re: /(?<![\d-])\d{6} ?\d{5}(?![\d-])/g,
    digits: 11,
    cue: /(?:fødselsnummer|fodselsnummer|fødselsnr|personnummer)[^\n]{0,40}$/,
    check: fodselsnummerValid,
  },
  {
    // Australia's Medicare card number: ten digits (and the person's number on the card), weighted mod 10.
    words: ['medicare'],
    re: /(?<![\d-])[2-6]\d{3} ?\d{5} ?\d(?:[ /-]?\d)?(?![\d-])/g,
    digits: 10,
    // … or asked for and given on the next chat line ("Can I grab your Medicare card number, IRN and DOB?\n[10:04]
    // Liam Nguyen: 2950 38171 1, irn 2").
    cue: /medicare(?:[^\n]{0,40}|[^\n]{0,80}\n[^\n]{0,40}:[ \t]*)$/,
    far: 130,
    check: (d) => weighted(d, [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === d.charCodeAt(8) - 48,
  },
  {
    // New Zealand's NHI: three letters (no I or O) and four digits, mod 11.
    words: ['nhi'],
    re: /(?<![A-Za-z0-9])[A-HJ-NP-Z]{3}\d{4}(?![A-Za-z0-9])/g,
    cue: /\bnhi\b[^\n]{0,30}$/,
    check: nhiValid,
  },
  {
    // The Philippines' PhilHealth number (12-345678901-2) and TIN (123-456-789-000).
    words: ['philhealth'],
    re: /(?<![\d-])\d{2}-?\d{9}-?\d(?![\d-])/g,
    digits: 12,
    cue: /philhealth[^\n]{0,30}$/,
  },
  {
    words: ['tin'],
    re: /(?<![\d-])\d{3}-\d{3}-\d{3}-\d{3,5}(?![\d-])/g,
    // … or asked for on the line before: "we also need your TIN.\nRhea Villanueva: 412-938-560-000".
    cue: /\btin\b(?:(?:[ \t]+(?:no\.?|number|is|#))*[ \t]*[:#]?[ \t]*|[^\n]{0,40}\n[^\n:]{1,30}:[ \t]*)$/,
    far: 80,
  },
  {
    // Ontario's health card number (OHIP): ten digits, Luhn, and the card's two-letter version code when written
    // with it ("8953-360-883-KL").
    words: ['ohip', 'health'],
    re: /(?<![\d-])\d{4}[ -]?\d{3}[ -]?\d{3}(?:-[A-Z]{2}(?![A-Za-z0-9]))?(?![\d-])/g,
    digits: 10,
    // … a sentence on: "OHIP covers it. His health card number is 4528-193-743" (over a wrapped line too: "a valid
    // OHIP card,\n> > number 8953-360-883-KL"); or after "health card" ("Health card #: 6218-473-905").
    cue: /(?:\bohip\b[^\n]{0,70}|health[ \t]+card\b(?:(?!account|order|invoice|ref\b|ticket|case|renewal)[^\n]){0,40})$/,
    phrase: /(?:ohip|health[ \t]+card)/y,
    check: (d) => luhn(d.slice(0, 10)),
    far: 90,
  },
  {
    // The Philippines' PhilSys number: sixteen digits in fours (the card's PCN) or twelve (the PSN).
    // … or its "PSN" right before it ("My PSN is 4829-1057-3362-8104").
    words: ['philsys', 'psn'],
    re: /(?<![\d-])\d{4}[ -]?\d{4}[ -]?\d{4}(?:[ -]?\d{4})?(?![\d-])/g,
    digits: 12,
    // (Named by "PhilSys": "PCN" alone is also a UK parking ticket.)
    cue: /(?:philsys(?:(?!ticket|order|invoice|ref\b|case|tracking)[^\n]){0,60}|\bpsn\b(?:[ \t]+(?:is|no\.?|number))?[ \t]*[:#]?[ \t]*)$/,
    far: 80,
  },
  {
    // The US Medicare Beneficiary Identifier: eleven characters in a fixed pattern of digits and letters (no S, L, O,
    // I, B or Z), often grouped 4-3-4 ("MBI 7KT2-WD4-NE61", "his Medicare number which is 1KE2-TF2-TQ94").
    words: ['medicare', 'mbi'],
    re: /(?<![A-Za-z0-9-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y\d]\d-?[AC-HJKMNP-RT-Y]{2}\d{2}(?![A-Za-z0-9-])/g,
    cue: /(?:medicare|\bmbi\b)[^\n]{0,60}$/,
  },
  {
    // Belgium's national register number: a date of birth as YY.MM.DD, three digits and a key of 97 minus the
    // rest mod 97 (with a 2 before it for those born since 2000).
    words: ['register', 'rijksregisternummer', 'rijksregister', 'registre', 'national', 'nn'],
    re: /(?<![\d.-])\d{2}\.?\d{2}\.?\d{2}[-.]?\d{3}\.?\d{2}(?![\d-]|\.\d)/g,
    digits: 11,
    cue: /(?:national register|rijksregister|registre national|numéro national|\bnn\b)[^\n]{0,40}$/,
    check: (d) => {
      const key = Number(d.slice(9));
      return 97 - (Number(d.slice(0, 9)) % 97) === key || 97 - (Number('2' + d.slice(0, 9)) % 97) === key;
    },
  },
  {
    // Japan's My Number (個人番号): twelve digits, the last a weighted mod-11 check.
    words: [],
    inText: ['マイナンバー', '個人番号'],
    re: /(?<!\d)\d{4} ?\d{4} ?\d{4}(?!\d)/g,
    digits: 12,
    // … a clause on ("マイナンバーの提出が必要と店頭で言われましたが、番号は …").
    cue: /(?:マイナンバー|個人番号)[^\n]{0,40}$/,
    check: myNumberValid,
    far: true,
  },
  {
    // Ghana's NHIS number, after its name. (Scotland's CHI number is read with the NHS number's check, above.)
    words: ['nhis'],
    re: /(?<![\d-])\d{8,10}(?![\d-])/g,
    digits: 8,
    cue: /\bnhis\b(?:[ \t]+(?:no\.?|number|is))*[ \t]*[:#]?[ \t]*$/,
  },
  {
    // A Gulf state's civil ID ("Civil ID: 12458390"), Uganda's NIN ("nin":"CM91012104PRAL").
    words: ['civil'],
    re: /(?<![\d-])\d{8,12}(?![\d-])/g,
    digits: 8,
    cue: /\bcivil[ \t]+id(?:[ \t]+(?:no\.?|number|card))?[ \t]*[:#]?[ \t]*$/,
  },
  {
    words: ['nin'],
    re: /(?<![A-Za-z0-9])C[MF][0-9A-Z]{12}(?![A-Za-z0-9])/g,
    cue: /\bnin\b[^\n]{0,12}$/,
  },
  {
    // Mexico's RFC: four letters (three for a company), a date, three characters ("el RFC GOMR850312QX4").
    words: ['rfc'],
    re: /(?<![A-Za-z0-9])[A-ZÑ&]{4}\d{6}[A-Z0-9]{3}(?![A-Za-z0-9])/g,
    cue: /\brfc\b[^\n]{0,20}$/,
    check: (d) => yymmdd(d, 4),
  },
  {
    // Swahili "kitambulisho" (identity card): "Kitambulisho changu ni 31245678", "kitambulisho namba 27845190".
    words: ['kitambulisho'],
    re: /(?<![\d-])\d{7,8}(?![\d-])/g,
    digits: 7,
    cue: /\bkitambulisho\b[^\n\d]{0,24}$/,
  },
  {
    // The UK's Unique Taxpayer Reference: ten digits, often in fives ("My UTR is 52817 40963").
    words: ['utr'],
    re: /(?<![\d-])\d{5}[ ]?\d{5}(?![\d-])/g,
    digits: 10,
    cue: /\butr\b(?:[ \t]+(?:is|no\.?|number))?[ \t]*[:#]?[ \t]*$/,
  },
  {
    // France's numéro fiscal (SPI): thirteen digits, "30 12 345 678 901".
    words: ['fiscal'],
    re: /(?<!\d[ ]?)\d{2}[ ]?\d{2}[ ]?\d{3}[ ]?\d{3}[ ]?\d{3}(?![ ]?\d)/g,
    digits: 13,
    cue: /num[ée]ro[ \t]+fiscal(?:[ \t]+de[ \t]+r[ée]f[ée]rence)?(?:[ \t]+(?:est|:))?[ \t]*:?[ \t]*$/,
  },
  {
    // Colombia's and others' cédula, dotted in thousands: "My cédula is 1.036.654.782".
    words: ['cédula', 'cedula'],
    re: /(?<![\d.])(?:\d{1,3}(?:\.\d{3}){2,3}|\d{6,10})(?![\d-]|\.\d)/g,
    digits: 6,
    cue: /c[ée]dula(?:[ \t]+de[ \t]+(?:ciudadan[ií]a|identidad))?(?:[ \t]+(?:is|es|no\.?|n[º°]|number|número))?[ \t]*[:#]?[ \t]*$/,
  },
  {
    // Bangladesh's NID: ten, thirteen or seventeen digits after its name ("NID 1992617483920").
    // (… in groups too: "NID 1993 2618 4470 251".)
    words: ['nid'],
    re: /(?<![\d-])(?:\d{17}|\d{13}|\d{10}|\d{4}(?: \d{3,4}){2,4})(?![\d-])/g,
    digits: 10,
    cue: /\bnid\b(?:[ \t]+(?:no\.?|number|card))?[ \t]*[:#]?[ \t]*$/,
    check: (d) => d.length === 10 || d.length === 13 || d.length === 17,
  },
  {
    // Tanzania's NIDA number: the holder's birth date, then three groups ("NIDA 19850712-14117-00003-27").
    words: ['nida'],
    re: /(?<![\d-])(?:19|20)\d{6}-\d{5}-\d{5}-\d{2}(?![\d-])/g,
    digits: 20,
    cue: /\bnida\b[^\n]{0,40}$/,
    check: (d) => yymmdd(d, 2),
  },
  {
    // Zimbabwe's national ID: district, serial, a check letter and the district of origin ("63-2241789-F-42").
    words: ['id'],
    re: /(?<![\w-])\d{2}-\d{6,7}[ -]?[A-Za-z][ -]?\d{2}(?![\w-])/g,
    // (The letter ends the run of digits the word pass counts.)
    digits: 8,
    cue: /\b(?:national[ \t]+)?id\b(?:[ \t]+(?:no\.?|number|card))?[ \t]*[:#]?[ \t]*$/,
  },
  {
    // Nepal's citizenship certificate number: district and year groups, dashed ("citizenship no. 27-01-71-04512").
    words: ['citizenship'],
    re: /(?<![\d-])\d{1,3}(?:-\d{1,5}){2,4}(?![\d-])/g,
    digits: 5,
    cue: /\bcitizenship[ \t]+(?:certificate[ \t]+)?(?:no\.?|number)[ \t]*[:#]?[ \t]*$/,
  },
  {
    // Senegal's and Côte d'Ivoire's national identity card (CNI): "CNI n° 1 751 1990 01234".
    words: ['cni'],
    re: /(?<!\d[ ]?)\d[ ]?\d{3}[ ]?\d{4}[ ]?\d{5}(?![ ]?\d)/g,
    digits: 13,
    cue: /\bcni\b(?:[ \t]+(?:n°|no\.?|num[ée]ro))?[ \t]*[:#]?[ \t]*$/,
  },
  {
    // Ethiopia's Fayda: a twelve-digit FAN or a sixteen-digit FIN, in fours.
    words: ['fayda'],
    re: /(?<!\d[ ]?)\d{4}[ ]?\d{4}[ ]?\d{4}(?:[ ]?\d{4})?(?![ ]?\d)/g,
    digits: 12,
    cue: /\bfayda\b[^\n]{0,20}$/,
  },
  {
    // Kenya's and others' ID numbers without a check: right after "ID No" / "ID number" / "national ID".
    words: ['id'],
    // ("National ID 28461937", "id no 31 447 208", "a copy of my ID, number 27845190".)
    phrase: /(?:(?<=national[ \t]+)id|id,?[ \t]*(?:no\.?|number|#))/y,
    re: /(?<![\d-])(?:\d{7,8}|\d{2} \d{3} \d{3})(?![\d-])/g,
    digits: 7,
    cue: new RegExp(
      String.raw`(?<!(?:${idOwners})[ \t_-]?)\b(?:national[ \t]+id|id,?[ \t]*(?:no\.?|number|#))[ \t]*[:#]?[ \t]*$`,
    ),
  },
  {
    words: ['id'],
    re: /(?<![\d-])\d{7,8}(?![\d-])/g,
    digits: 7,
    // … or someone else's: "Her ID number is 28473915".
    cue: /\b(?:my|his|her|their|your)\s+(?:national\s+)?id\s+(?:number|no\.?)(?:\s+is)?[\s:]*$/,
    phrase: /(?<=(?:my|his|her|their|your)\s+(?:national\s+)?)id\s+(?:number|no\b)/y,
  },
];

/** The labels of national numbers written in scripts without spaces (their kinds' `inText`). */
const scriptIdLabels: readonly string[] = nationalIdKinds.flatMap((k) => k.inText ?? []);

/** The words that announce an SSN or one of its counterparts, for the word pass. */
export const ssnWords: ReadonlySet<string> = new Set([
  ...['ssn', 'social', 'tin', 'taxpayer', 'sozialversicherungsnummer', 'ss', 'tax'],
  ...nationalIdKinds.flatMap((k) => k.words),
]);

/**
 * Whether the sticky `phrase` matches at one of `places` (where the kind's words start): every match of a kind's
 * phrase starts at one of its words ("my ID number" at "id", after "my").
 */
function phraseAt(phrase: RegExp, lower: string, places: readonly number[]): boolean {
  for (const at of places) {
    phrase.lastIndex = at;
    if (phrase.test(lower)) return true;
  }
  return false;
}

/** For each word of `nationalIdKinds`, the indices of the kinds it names. */
const kindsByWord: ReadonlyMap<string, readonly number[]> = (() => {
  const kinds = new Map<string, number[]>();
  nationalIdKinds.forEach((kind, i) => {
    for (const w of new Set(kind.words)) kinds.set(w, [...(kinds.get(w) ?? []), i]);
  });
  return kinds;
})();

/** Whether a number run with `digits` digits or more reaches into `[from, end)`. */
function runReaches(runs: NumberRuns, from: number, end: number, digits: number): boolean {
  for (let k = bisect(runs.last, from); k < runs.first.length && runs.first[k]! < end; k++) {
    if (runs.digits[k]! >= digits) return true;
  }
  return false;
}

/** `s` with each line break inside a sentence (not after a stop, not ending a paragraph) read as a space. */
function joinWrapped(s: string): string | undefined {
  if (!s.includes('\n')) return undefined;
  return s.replace(/([^\n.!?])\n(?!\n)/g, '$1 ');
}

/** How far after its name a national number is looked for. */
const nationalReach = 120;

/**
 * Each kind's numbers are looked for only in the `nationalReach` characters after each of its names in the text
 * (a few per text), not in the whole text, and taken where the cue before them holds.
 */
function nationalIds(text: string, lower: string, words: Words, out: Span[]): void {
  // Where each kind's names start, from the SSN words the word pass flagged (every word of a kind is one), in
  // text order: one lookup per flagged word instead of one per word of every kind.
  const placesOf: (number[] | undefined)[] = [];
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & WordFlag.ssnCue)) continue;
    const kinds = kindsByWord.get(words.values[k]!);
    if (kinds) for (const i of kinds) (placesOf[i] ??= []).push(words.starts[k]!);
  }
  for (let i = 0; i < nationalIdKinds.length; i++) {
    const kind = nationalIdKinds[i]!;
    let places = placesOf[i];
    if (kind.inText) {
      // Labels in scripts the word pass saw none of are not there.
      if (!words.scripts) continue;
      places = [];
      for (const w of kind.inText)
        for (let j = text.indexOf(w); j >= 0; j = text.indexOf(w, j + w.length)) places.push(j);
      places.sort((a, b) => a - b);
    }
    if (places === undefined || places.length === 0) continue;
    if (kind.phrase && !phraseAt(kind.phrase, lower, places)) continue;
    // Read once per kind: the kinds have different optional fields, so each read of one is a slow lookup.
    const { re, check, cue, near, far, digits: runDigits } = kind;
    const reach = kind.reach ?? nationalReach;
    const source = kind.cased ? text : lower;
    let after = -1;
    for (const from of places) {
      // The window's end does not cut a number short (a cut number may match a shorter kind's pattern).
      let end = Math.min(text.length, from + reach);
      while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
      if (runDigits !== undefined && !runReaches(words.numbers, from, end, runDigits)) continue;
      const window = text.slice(from, end);
      re.lastIndex = 0;
      for (let m = re.exec(window); m; m = re.exec(window)) {
        const start = from + m.index;
        if (start < after) continue;
        const digits = m[0].replace(/[^0-9A-Za-z]/g, '');
        if (check && !check(digits)) continue;
        if (near?.test(source.slice(Math.max(0, start - 24), start))) {
          out.push({ start, end: start + m[0].length, type: 'ssn', canonical: digits });
          after = start + m[0].length;
          continue;
        }
        const before = far
          ? source.slice(Math.max(0, start - (far === true ? 60 : far)), start)
          : windowBefore(source, start, 40);
        // … or over a line break an email's wrapping put in ("my personnummer is\n870319-2321"): the lines joined.
        // … or, with its check, a second one of the kind later in the sentence of one found: "Mine is
        // 8804126970083 and my wife Nomvula's is 9309270659085".
        if (
          !cue.test(before) &&
          !(check && after >= 0 && sameSentence(source, after, start)) &&
          // A markdown table's row of a field and its value ("| MyKad | 880523-14-5566 |") names it as a colon does.
          !(cellBefore.test(before) && cue.test(before.replace(cellBefore, ': ')))
        ) {
          const joined = joinWrapped(far ? before : source.slice(Math.max(0, start - 40), start));
          if (joined === undefined || !cue.test(joined)) continue;
        }
        out.push({ start, end: start + m[0].length, type: 'ssn', canonical: digits });
        after = start + m[0].length;
      }
    }
  }
}

const cellBefore = /[ \t]*\|[ \t]*$/;

/** Whether `to` is at most 80 characters after `from` with no sentence's end or line break between. */
function sameSentence(text: string, from: number, to: number): boolean {
  return to - from <= 80 && !/[.!?](?:\s|$)|\n/.test(text.slice(from, to));
}

// In a text that names NI numbers anywhere ("name,ni_number,dob" heading a CSV), each one in its full spaced form
// ("JT 48 71 90 B") with a prefix HMRC issues: no other number is written so; unspaced too ("Callum Reid shows
// PR559031A"), in its upper case.
const spacedNi =
  /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?: \d{2} \d{2} \d{2} |\d{6})[A-D](?![A-Za-z0-9])/g;
const unusedNiPrefixes: ReadonlySet<string> = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

function spacedNiNumbers(text: string, out: Span[]): void {
  spacedNi.lastIndex = 0;
  for (let m = spacedNi.exec(text); m; m = spacedNi.exec(text)) {
    if (unusedNiPrefixes.has(m[1]!)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: 'ssn', canonical: m[0].replace(/ /g, '') });
  }
}

/**
 * The line before the one at `pos`, its last 60 characters: a form that names its field on one line and the
 * value on the next. `lines` finds the newline before `pos` without searching back over a long line each time.
 */
function lineBefore(lower: string, pos: number, lines: Lines): string {
  const lineStart = lines.startOf(pos) - 1;
  if (lineStart <= 0) return '';
  return lower.slice(lineStartWithin(lower, lineStart, 60), lineStart);
}

/**
 * Whether `text[start, end)`, which the learned reading took for a national number, is not one by its own
 * check: an SSN the SSA never issues, or the shape of a kind named in the `nationalReach` characters before it
 * whose check character it fails ("PESEL: 44051401358" with a wrong last digit, "sin embargo 046 454 286").
 */
export function failsNamedCheck(text: string, lower: string, start: number, end: number): boolean {
  const value = text.slice(start, end);
  const ssn = /^(\d{3})-(\d{2})-(\d{4})$/.exec(value);
  if (ssn && !ssnValid(ssn[1]!, ssn[2]!, ssn[3]!)) return true;
  const before = lower.slice(Math.max(0, start - nationalReach), start);
  for (const kind of nationalIdKinds) {
    if (!kind.check || !kind.words.some((w) => holdsWord(before, w))) continue;
    kind.re.lastIndex = 0;
    const m = kind.re.exec(value);
    if (m?.index === 0 && m[0].length === value.length && !kind.check(value.replace(/[^0-9A-Za-z]/g, '')))
      return true;
  }
  return false;
}

function holdsWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    if (!isWordChar(s.charCodeAt(i - 1)) && !isWordChar(s.charCodeAt(i + word.length))) return true;
  }
  return false;
}

/** The SSA never issues area 000, 666 or 900–999, group 00 or serial 0000. */
function ssnValid(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/** The digits of the SSNs found so far, or undefined when there are none. */
function ssnsFound(out: readonly Span[]): Set<string> | undefined {
  let found: Set<string> | undefined;
  for (const f of out) if (f.type === 'ssn' && f.canonical) (found ??= new Set()).add(f.canonical);
  return found;
}

// A national number read out in words after its name, as call transcripts write it: "the social is four zero one,
// seven two, five five three eight", "SYSTEM: please say your Social Security number.\nCALLER: five three six, two
// two, seven one zero four", "my tax file number … It's four five nine, eight seven two, one three four", "Her ID
// number is five eight zero nine …" (thirteen), "PPS number, it's six eight one three four nine two K", "national
// insurance is S K seven three zero six nine two A": as many digit words as the kind has, its letters spelled
// before or after, the name on their line or the two above, no identifier's word between.
const spokenSsnCue =
  /(?<![a-z])(?:ssn|social|sin|tax[ \t]+file|tfn|id|identity|pps|ppsn|national[ \t]+insurance|ni|nino)(?![a-z])/g;
const spokenSsnCueTail = /^[ \t]+(?:security|insurance)?[ \t]*(?:number|no\.?|#)?/;
/** The digits each kind reads out: nine (SSN, SIN, TFN), seven (PPS, NI with its letters), thirteen (SA ID). */
const spokenLengths: Readonly<Record<string, readonly number[]>> = {
  ssn: [9],
  social: [9],
  sin: [9],
  tax: [8, 9],
  tfn: [8, 9],
  id: [13],
  identity: [13],
  pps: [7],
  ppsn: [7],
  national: [6],
  ni: [6],
  nino: [6],
};
const spelledBefore = /(?<![\p{L}])[A-Z][ \t]+[A-Z][ \t]+$/u;
const spelledAfter = /^[ \t]+[A-Z](?:[ \t]+[A-Z])?(?![\p{L}])/u;

function spokenSsns(text: string, lower: string, words: Words, out: Span[]): void {
  for (const run of spokenRuns(lower, words)) {
    const cue = lastMatch(spokenSsnCue, run.before);
    if (!cue) continue;
    const kind = cue[0].split(/[ \t]/)[0]!;
    if (!spokenLengths[kind]!.includes(run.digits)) continue;
    const between = run.before.slice(cue.index + cue[0].length).replace(spokenSsnCueTail, '');
    if (identifierBetween.test(between)) continue;
    let { start, end } = run;
    // The letters of an NI number and a PPS number, spelled: "S K seven three … A", "… nine two K".
    if (kind === 'national' || kind === 'ni' || kind === 'nino') {
      const b = spelledBefore.exec(text.slice(Math.max(0, start - 8), start));
      const a = spelledAfter.exec(text.slice(end, end + 6));
      if (!b || !a) continue;
      start -= b[0].length;
      end += a[0].length;
    } else if (kind === 'pps' || kind === 'ppsn') {
      const a = spelledAfter.exec(text.slice(end, end + 6));
      if (!a) continue;
      end += a[0].length;
    }
    out.push({ start, end, type: 'ssn' });
  }
}

export const detectSsn: Detector = (input) => {
  const first = input.out.length;
  findSsns(input);
  if (input.words.all & WordFlag.digitWord) spokenSsns(input.text, input.lower, input.words, input.out);
  // A national number found with spaces or dashes, written again without them: "NH 62 14 83 B … I also tried
  // NH621483B".
  if (input.out.length > first)
    foundAgain(input.text, input.out, first, 'ssn', (written) => {
      const c = written.replace(/[ \t.-]/g, '');
      return c !== written && c.length >= 8 ? c : undefined;
    });
};

// Numbers whose shape and check character say what they are, named or not: Singapore's NRIC and FIN (a letter,
// seven digits and a check letter: "S1234567D") and Finland's henkilötunnus (a date of birth, the century's sign,
// three digits and a check character: "131052-308T"), and Switzerland's AHV number ("756.9217.0455.30").
const nricShape = /(?<![\p{L}\p{N}_-])[STFG]\d{7}[A-Z](?![\p{L}\p{N}_-])/gu;
const hetuShape = /(?<![\p{L}\p{N}_-])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\p{L}\p{N}_-])/gu;
// China's resident identity number: six digits of place, a date of birth as YYYYMMDD, three digits and a check
// character (ISO 7064 MOD 11-2).
const chineseIdShape =
  /(?<![\p{L}\p{N}_-])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\p{L}\p{N}_-])/gu;
// Switzerland's AHV number: 756, then nine digits and an EAN-13 check digit, written with dots.
const ahvShape = /(?<![\p{L}\p{N}_.-])756\.\d{4}\.\d{4}\.\d{2}(?![\p{L}\p{N}_-]|\.\d)/gu;
// Thailand's ID card number as the card writes it, 1-2345-67890-12-3, with a mod-11 check digit; the Ghana Card's
// "GHA-718293645-3".
const thaiIdShape = /(?<![\p{L}\p{N}_-])\d-\d{4}-\d{5}-\d{2}-\d(?![\p{L}\p{N}_-])/gu;
const ghanaCardShape = /(?<![\p{L}\p{N}_-])GHA-\d{9}-\d(?![\p{L}\p{N}_-])/gu;

/**
 * The check digit of a German health insurance number: the letter as its place in the alphabet (two digits) and
 * the first eight digits, weighted 1, 2, 1, 2 … with the digits of each product summed, mod 10.
 */
function kvnrValid(v: string): boolean {
  const body = String(v.toUpperCase().charCodeAt(0) - 64).padStart(2, '0') + v.slice(1, 9);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const p = (body.charCodeAt(i) - 48) * (i % 2 === 0 ? 1 : 2);
    sum += p > 9 ? p - 9 : p;
  }
  return sum % 10 === v.charCodeAt(9) - 48;
}

function thaiIdValid(v: string): boolean {
  const d = v.replace(/-/g, '');
  const sum = weighted(d, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return (11 - (sum % 11)) % 10 === d.charCodeAt(12) - 48;
}

function ahvValid(v: string): boolean {
  const d = v.replace(/\./g, '');
  const sum = weighted(d, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === d.charCodeAt(12) - 48;
}

function hetuValid(v: string): boolean {
  return (
    ddmmyy(v) && '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(v.slice(0, 6) + v.slice(7, 10)) % 31] === v[10]
  );
}

/** Which of `checkedShapes`' patterns the text's number runs leave possible, one bit each (a scan of the text per
 * pattern cost more than all the rest of the national numbers on bodies without any). */
function possibleShapes(text: string, runs: NumberRuns): number {
  let bits = 0;
  for (let k = 0; k < runs.first.length; k++) {
    const f = runs.first[k]!;
    const l = runs.last[k]!;
    const d = runs.digits[k]!;
    const after = text.charCodeAt(l + 1);
    if (d === 7 && l - f === 6 && 'STFG'.includes(text[f - 1] ?? '') && after >= 65 && after <= 90) bits |= 1;
    else if ((d === 9 || d === 10) && (text[f + 6] === '-' || text[f + 6] === '+')) bits |= 2;
    else if (d === 13 && text.startsWith('756', f)) bits |= 4;
    else if (d === 17 || d === 18) bits |= 8;
    else if (d === 13 && text[f + 1] === '-' && text[f + 6] === '-') bits |= 16;
    else if (d === 10 && text.startsWith('GHA-', f - 4)) bits |= 32;
  }
  return bits;
}

// ("… your NRIC or FIN to verify?\nCustomer (12:04): T0218734A": asked for on the line before.)
const nricNamed = /(?<![A-Za-z])(?:NRIC|nric|Nric|FIN)(?![A-Za-z])(?:[^\n]{0,40}|[^\n]{0,60}\n[^\n]{0,30})$/;
const idNumberBefore = /(?<![a-z])id[_ \t-]*(?:number|no\.?)?[ \t]*[:=]?[ \t]*$/;

// Italy's codice fiscale in capitals, named or not where its name, "CF" or an Italian word stands ("C.F.
// BNCGLI90E52F205V"): its shape (surname and name letters, the year, a month's letter, the day, a place's code)
// and its check letter say what it is.
const codiceFiscaleShape = /(?<![A-Za-z0-9])[A-Z]{6}\d{2}[A-EHLMPRST]\d{2}[A-Z]\d{3}[A-Z](?![A-Za-z0-9])/g;

function checkedShapes(text: string, lower: string, words: Words, out: Span[]): void {
  // (Where an Italian word for it, "CF" or "C.F." stands: the shape alone, sought in every text, cost 2% of one.)
  if (hasWord(words, countryGate) || text.includes('C.F')) {
    codiceFiscaleShape.lastIndex = 0;
    for (let m = codiceFiscaleShape.exec(text); m; m = codiceFiscaleShape.exec(text))
      if (codiceFiscaleValid(m[0]))
        out.push({ start: m.index, end: m.index + m[0].length, type: 'ssn', canonical: m[0] });
  }
  const bits = possibleShapes(text, words.numbers);
  if (bits === 0) return;
  // `short`: a shape short enough that another identifier may pass its check ("pedido T2401234J"): not after an
  // identifier's word. The longer ones are taken after any word ("ID card 310104198703122830").
  const shapes = [
    [nricShape, nricValid, true],
    [hetuShape, hetuValid, true],
    [ahvShape, ahvValid, false],
    [chineseIdShape, chineseIdValid, false],
    [thaiIdShape, thaiIdValid, false],
    [ghanaCardShape, () => true, false],
  ] as const;
  for (let b = 0; b < shapes.length; b++) {
    if (!(bits & (1 << b))) continue;
    const [re, valid, short] = shapes[b]!;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!valid(m[0])) continue;
      // (A person's "ID number" is none: "id_type: FIN (Employment Pass)\nid_number: F1421494K".)
      // ("NRIC (for account verification): S8012345J": its own name first.)
      if (
        short &&
        !idNumberBefore.test(lower.slice(Math.max(0, m.index - 16), m.index)) &&
        !(b === 0 && nricNamed.test(text.slice(Math.max(0, m.index - 100), m.index))) &&
        cueBefore(words, lower, m.index, 24, 'phone') === 'identifier'
      )
        continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'ssn', canonical: m[0] });
    }
  }
}

const findSsns: Detector = ({ text, lower, words, out }) => {
  pidValues(text, words, 'ssn', out);
  checkedShapes(text, lower, words, out);
  ssnDashed.lastIndex = 0;
  const runs = words.numbers;
  for (let m = execInRuns(ssnDashed, text, runs, 9); m; m = execInRuns(ssnDashed, text, runs, 9)) {
    const end = m.index + m[0].length;
    if (!startsAlone(text, m.index, '-./#') || !endsAlone(text, end, '-.')) continue;
    const [area, group, serial] = m[0].split('-') as [string, string, string];
    if (!ssnValid(area, group, serial)) continue;
    const cue = ssnCue.test(windowBefore(lower, m.index, 40));
    if (!cue && cueBefore(words, lower, m.index, 24, 'phone') === 'identifier') continue;
    out.push({ start: m.index, end, type: 'ssn', canonical: area + group + serial });
  }
  // Spaced or undelimited nine digits are an SSN when announced as one, or when they are an SSN found already
  // ("my SSN 512-48-3096 … tried with spaces too (512 48 3096)").
  const cued =
    words.flags.some((f) => f & WordFlag.ssnCue) ||
    (words.scripts && scriptIdLabels.some((l) => text.includes(l)));
  if (cued) nationalIds(text, lower, words, out);
  if (
    cued &&
    ((hasWord(words, countryGate) && lower.includes('national insurance')) ||
      words.values.some((v) => v === 'ni' || v === 'nino'))
  )
    spacedNiNumbers(text, out);
  // A national number found is found again written another way ("SIN 529 173 643 … I also tried 529173643").
  const known = out.length > 0 ? ssnsFound(out) : undefined;
  if (!known && !words.ssHash && !cued) return;
  ssnLoose.lastIndex = 0;
  const lines = new Lines(lower);
  for (let m = execInRuns(ssnLoose, text, runs, 9); m; m = execInRuns(ssnLoose, text, runs, 9)) {
    const end = m.index + m[0].length;
    if (!startsAlone(text, m.index, '-./#') || !endsAlone(text, end, '-. ')) continue;
    const digits = m[0].replace(/[ .]/g, '');
    if (!ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))) continue;
    if (
      !known?.has(digits) &&
      !ssnCue.test(windowBefore(lower, m.index, 64)) &&
      !ssnCue.test(lineBefore(lower, m.index, lines))
    )
      continue;
    out.push({ start: m.index, end, type: 'ssn', canonical: digits });
  }
};
