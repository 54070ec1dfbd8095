// Phone numbers. A cheap regex finds digit runs shaped like a phone number; shapes that are something else
// (dates, times, versions, IPv4) are dropped; libphonenumber (full metadata) then decides, through phone-parse.ts,
// which gives its answers with its patterns compiled once. libphonenumber's own text matcher is not used: it costs
// ~0.9 ms per KiB and reads `ORD-2024-118833 #48213` as a number with an extension.
import {
  Metadata,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  type CountryCode,
} from 'libphonenumber-js/max';
import { cueBefore, isDigit, isWordChar, type Cue } from './context.ts';
import { luhn } from './finance.ts';
import { commonWordNotName } from './given-names.ts';
import { parsePhone } from './phone-parse.ts';
import { nextSpeakerLine } from './lines.ts';
import { execAt, readAt } from './sticky.ts';
import type { Detector, PhoneOptions, Span } from './types.ts';
import { WordFlag, apart, countryGate, digitWordRun, hasWord, type Words } from './words.ts';
import { execInRuns, inNumberRun } from './numbers.ts';
import { bisect } from './sorted.ts';

// ASCII only and no look-behind, so V8 scans it fast; the boundaries are checked by hand below.
export const candidate =
  /[+(]?\d[\d \t()./-]{5,28}\d(?:,?[ \t]{0,2}(?:[Ee][Xx][Tt](?:[Nn]\.?|\.)?|[Ee]xtension|[Ii]nt\.|[Ii]nterno|[xX]|#|[Pp]oste|[Ll]ocal|[Ll]oc\.)[ \t]{0,2}\d{1,6})?/g;
// "ext. 204", "x204", "#204", Italian "int. 14" / "interno 14", French "poste 4", Australian "local 113",
// Philippine "loc. 315".
const extension = /,?[ \t]*(?:extn\.?|ext\.?|extension|int\.|interno|poste|local|loc\.|x|#)[ \t]*\d{1,6}$/i;

// (A year and a month: "0470 48 21 93", a Belgian mobile, starts with no date.)
const isoDateStart = /^(?:1[89]|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ]\d{1,2}(?!\d)/;
const dayMonthYear = /^\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2})$/;
const dottedQuad = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** `09/10-09/11`: a range of days. */
const dateRange = /^\d{1,2}\/\d{1,2}[-–]\d{1,2}\/\d{1,2}$/;
/** `7731 - 2025/03/04`: a number, then a date written with slashes. */
const slashedDate = /(?:19|20)\d\d\/\d\d?\/\d\d?|\d\d?\/\d\d?\/(?:19|20)\d\d/;
/** `2024-558812`, `2024/0871`: a year, then a serial — ids numbered per year. */
const yearSerial = /^(?:19|20)\d\d[-/. ]\d{3,}$/;
/** `01310-200`: a Brazilian postcode (CEP), a shape no phone numbering plan writes. */
const cepShape = /^\d{5}-\d{3}$/;
const nanpShape = /^(?:\+?1[ .-]?)?(?:\(\d{3}\)\s?|\d{3}[ ./-])\d{3}[ .-]\d{4}$/;
const badSeparators = /[ \t]{2}|[./-]{2}|\(\s*\)|[./-][ \t]*[./-]/;

/** Characters that, right before a number, make it part of something else (`#48213`, `ORD-2024`, `$1,299`, `v2`). */
const glueBefore = new Set([...'#/\\.-+@$€£¥%_']);

/** Kana, Chinese characters and Hangul: written against numbers without a space ("手机号13800138000", "…0147입니다"). */
const isCjk = (c: number) => (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af);

function startsClean(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if ((isWordChar(c) && !isCjk(c)) || glueBefore.has(text[i - 1]!)) return false;
  // An X12 EDI element ("ISA*00*…*01*081466849"): a star between a value and the number.
  // (Its PER segment's TE and FX elements are phone numbers: "PER*IC*Jane Smith*TE*3125550142".)
  if (
    c === 42 &&
    i >= 2 &&
    isWordChar(text.charCodeAt(i - 2)) &&
    !/\*(?:TE|FX)$/.test(text.slice(i - 4, i - 1))
  )
    return false;
  // `10:22:31`, `1,299`: a digit then `:` or `,` continues a number; after `DE88 ` a group of an IBAN. A group
  // of digits does not open with "(" or "+": "1975-04-09,(604) 555-0176" is a CSV row.
  return (
    !((c === 58 || c === 44 || c === 32) && i >= 2 && isDigit(text.charCodeAt(i - 2))) ||
    (c === 44 && !isDigit(text.charCodeAt(i)))
  );
}

function endsClean(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  if (isWordChar(c)) return isCjk(c);
  // `2024-03-05 10:22`, `1.2.3.4-5`, `2024/118/B`: punctuation then a digit or letter continues it (a comma
  // does not: `+86 138 0013 8000,100234` is a CSV row).
  return !('.:-/'.includes(text[end]!) && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1)));
}

/** National significant number lengths per region, to try only the regions where a number can fit. */
const lengthsByRegion = new Map<string, ReadonlySet<number>>();
function possibleLengths(region: string): ReadonlySet<number> {
  const known = lengthsByRegion.get(region);
  if (known) return known;
  const metadata = new Metadata();
  metadata.selectNumberingPlan(region as CountryCode);
  const lengths = new Set(metadata.numberingPlan?.possibleLengths() ?? []);
  lengthsByRegion.set(region, lengths);
  return lengths;
}

/**
 * Lengths of a national significant number in the North American plan (calling code 1), over all its regions:
 * ten digits, and seven for a few local forms.
 */
const nanpLengths: ReadonlySet<number> = new Set(
  getCountries()
    .filter((region) => getCountryCallingCode(region) === '1')
    .flatMap((region) => [...possibleLengths(region)]),
);

/**
 * Whether `s` (with `digits`, its digits) is neither valid nor possible when parsed with a +1 default region, so
 * no parse need be spent on it: written with digits and plain separators only (no `+`; libphonenumber reads
 * `#`, `x`, `ext`, `,` and `;` as extension marks), without trunk or country prefix (first digit 2-9), and of a length no
 * North American region has. The tests check this against libphonenumber.
 */
export function outsideNanp(s: string, digits: string): boolean {
  const first = digits.charCodeAt(0);
  if (first < 50 || first > 57 || nanpLengths.has(digits.length)) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // 0-9, space, tab, ( ) - . / (a `+` makes it international)
    if (!(isDigit(c) || inNumberRun(c))) return false;
  }
  return true;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
}

/**
 * Whether `s` (digits, dots, spaces and `+`), after a country code (`+33 `), is three or more groups of two or
 * more characters between dots and spaces: `s.replace(/^\+\d{1,3}[. ]/, '').split(/[. ]/)` read without copies.
 */
function dottedGroups(s: string): boolean {
  let i = 0;
  if (s.charCodeAt(0) === 43) {
    let d = 1;
    while (d < s.length && isDigit(s.charCodeAt(d))) d++;
    const c = s.charCodeAt(d);
    if (d >= 2 && d <= 4 && (c === 46 || c === 32)) i = d + 1;
  }
  let groups = 0;
  let length = 0;
  for (; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c !== 46 && c !== 32) {
      length++;
      continue;
    }
    if (length < 2) return false;
    groups++;
    length = 0;
  }
  return groups >= 3;
}

/** A US drug code in its 4-4-2, 5-3-2 or 5-4-1 form ("Eliquis 5mg (0003-0894-21)"): no phone ends in one digit or two. */
const ndcShape = /^\(?\d{4,5}-\d{3,4}-\d{1,2}\)?$/;

/** A Mexican mobile with the 1 once dialled after +52: "+52 1 55 4123 9087". */
const mexicanMobile = /^\+52[ .-]?1[ .-]?(?=\d{2}[ .-]?\d{4}[ .-]?\d{4}$)/;

/**
 * E.164 of a phone number written as `s`, or undefined when `s` should not be read as one. libphonenumber
 * decides, through parsePhone (phone-parse.ts), which compiles its metadata patterns once.
 */
function validate(s: string, cue: Cue, options: PhoneOptions): string | undefined {
  // One walk for the digit count, the parentheses and the separators (no copies of `s` for them).
  let count = 0;
  let opens = 0;
  let closes = 0;
  let plain = true;
  let dotted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) count++;
    else if (c === 40) opens++;
    else if (c === 41) closes++;
    else if (c !== 43) {
      plain = false;
      if (c === 46) dotted = true;
    }
  }
  if (count < 7 || count > 15) return undefined;
  if (dayMonthYear.test(s) || dottedQuad.test(s) || yearSerial.test(s) || cepShape.test(s)) return undefined;
  if (dateRange.test(s) || ndcShape.test(s) || (s.includes('/') && slashedDate.test(s))) return undefined;
  if (badSeparators.test(s)) return undefined;
  if (opens !== closes || opens > 1) return undefined;
  // Dotted numbers are phones only as three or more groups of two or more digits (`212.555.0178`,
  // `01.23.45.67.89`); `10.0.19045` and `22631.3296` are versions and builds.
  if (dotted && /^[\d.+ ]+$/.test(s) && !dottedGroups(s)) return undefined;
  const digits = s.replace(/\D/g, '');
  const international = /^\(?\+/.test(s);
  if (international) {
    // Mexico's mobiles were dialled with a 1 after +52 until 2019, and are still written so: "+52 1 55 4123 9087".
    let p = parsePhone(s);
    if (!p?.isValid() && mexicanMobile.test(s)) p = parsePhone(s.replace(mexicanMobile, '+52 ')) ?? p;
    // After an identifier's word only a valid number, or one grouped as a phone is written ("Mobile number on
    // account: +44 7700 900218"): an account number is written with no "+" and no groups.
    if (p && (p.isValid() || (p.isPossible() && (cue !== 'identifier' || !plain)))) return p.number;
    return undefined;
  }
  if (cue === 'identifier') return undefined;
  if (
    /^00[1-9]/.test(digits) ||
    (/^011[2-9]/.test(digits) && (options.defaultCountry === 'US' || options.defaultCountry === 'CA'))
  ) {
    const p = parsePhone(`+${digits.slice(digits[1] === '0' ? 2 : 3)}`);
    if (p && p.isValid()) return p.number;
  }
  const trunk = digits[0] === '0';
  const positive = cue === 'positive';
  // A short unbroken number with no cue can pass none of the checks below: no parse (`1048576`, `2024118`).
  if (plain && !positive && !trunk && digits.length < 10) return undefined;
  // North American numbers never start with 0: skip the parse that cannot succeed.
  const nanp = options.defaultCountry === 'US' || options.defaultCountry === 'CA';
  const home = nanp && (trunk || outsideNanp(s, digits)) ? undefined : parsePhone(s, options.defaultCountry);
  if ((!plain || positive || digits.length >= 10) && home?.isValid()) return home.number;
  // Well-formed but unassigned numbers (`555-123-4567`) are accepted when formatted like a phone.
  if (!plain && home?.isPossible() && (nanpShape.test(s) || positive)) return home.number;
  // A national number of another region: written with its trunk prefix 0, announced as a phone number, or in
  // the one grouping that region writes its numbers in and nothing else is written in.
  if (!trunk && !positive) return regionShaped(s, options);
  let possible: string | undefined;
  for (const region of options.regions) {
    const lengths = possibleLengths(region);
    if (!lengths.has(digits.length) && !(trunk && lengths.has(digits.length - 1))) continue;
    const p = parsePhone(s, region);
    if (!p) continue;
    if (p.isValid()) return p.number;
    // Unassigned but possible (`07700 900123`, the UK's drama range) when written like a phone number.
    if (possible === undefined && !plain && trunk && digits.length >= 9 && p.isPossible())
      possible = p.number;
  }
  return possible;
}

// "(11) 95555-0123": Brazil writes its numbers with the area code in parentheses and a hyphen before the last
// four, which nothing else in a ticket is written like.
const brazilShape = /^\(\d{2}\) ?9?\d{4}-\d{4}$/;

function regionShaped(s: string, options: PhoneOptions): string | undefined {
  if (!brazilShape.test(s) || !options.regions.includes('BR')) return undefined;
  const p = parsePhone(s, 'BR');
  return p?.isValid() ? p.number : undefined;
}

// "- RAHUL KAPOOR 90000 12345": India writes its mobiles in two groups of five; with no phone word, such a number
// counts where a signature puts it, after a name and ending the line ("rows 91000 92000 processed" is a range,
// "UDP 60000 61000" and "nofile limit 65536 65536" settings): the word before is no common word or acronym.
const indiaShape = /^[6-9]\d{4}[ -]\d{5}$/;
const wordBefore = /(\p{L}[\p{L}\p{M}'’.-]*)[ \t,:]+$/u;
const lineEndsAfter = /^[ \t.!]*(?:\n|$)/;

// "Un saludo,\nCarmen Ruiz\n691 55 72 08": a number alone on the line below a name line (two to four capitalised
// words, no common word) signs a message like a phone word would announce it.
const nameLine =
  /(?:^|\n)[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,3})[ \t]*\n[ \t]*$/u;

function underNameLine(text: string, start: number, end: number): boolean {
  if (!lineEndsAfter.test(text.slice(end, end + 4))) return false;
  const m = nameLine.exec(text.slice(Math.max(0, start - 60), start));
  return m !== null && !m[1]!.split(/[ \t]+/).some((w) => commonWordNotName(w));
}

function signedIndianMobile(text: string, start: number, end: number, v: string, options: PhoneOptions) {
  if (!indiaShape.test(v) || !options.regions.includes('IN')) return undefined;
  if (!lineEndsAfter.test(text.slice(end, end + 4))) return undefined;
  const w = wordBefore.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  if (!w || commonWordNotName(w) || (w.length <= 4 && w === w.toUpperCase())) return undefined;
  const p = parsePhone(v, 'IN');
  return p?.isValid() ? p.number : undefined;
}

// "S8234561B, 9123 4571", "my hp 9555 0193": Singapore's mobiles are eight digits from 8 or 9, written in two
// fours with no trunk prefix, as many other numbers are; they count in a text that names Singapore, its dollar or
// its calling code, or holds an NRIC.
const singaporeShape = /^[89]\d{3}[ -]?\d{4}$/;
const nricShape = /(?<![\p{L}\p{N}])[STFG]\d{7}[A-Z](?![\p{L}\p{N}])/u;

/** Whether a text names Singapore or its dollar, writes +65 or S$, or holds an NRIC (a seven-digit run). */
function pointsToSingapore(text: string, words: Words): boolean {
  if (hasWord(words, countryGate) && /singapore|(?<![a-z])sgd(?![a-z])/i.test(text)) return true;
  if (text.includes('+65') || text.includes('S$')) return true;
  return words.numbers.digits.some((d) => d === 7) && nricShape.test(text);
}

function singaporeMobile(v: string, options: PhoneOptions, singapore: boolean) {
  if (!singapore || !singaporeShape.test(v) || !options.regions.includes('SG')) return undefined;
  const p = parsePhone(v, 'SG');
  return p?.isValid() ? p.number : undefined;
}

const lastGroup = /[ \t().\-/]+\d+\)?$/;
const listSeparator = /[ \t]+\/[ \t]+|[ \t]{2,}/;

/** `s`, then `s` without its last group and without its last two (`415-555-0132 10am` → `415-555-0132`). */
function variants(s: string): string[] {
  const out = [s];
  let rest = s;
  for (let k = 0; k < 2; k++) {
    const cut = rest.search(lastGroup);
    if (cut <= 0) break;
    rest = rest.slice(0, cut);
    out.push(rest);
  }
  return out;
}

interface SpanIndex {
  /** Whether a span holds offset `at`. */
  covers(at: number): boolean;
  /** The first start after `at` (Infinity when none). */
  firstAfter(at: number): number;
}

/**
 * `spans` sorted by start, with the greatest end up to each: both questions by bisection (a walk over all spans
 * for each candidate was quadratic on texts with many findings).
 */
function spansBefore(spans: readonly Span[]): SpanIndex {
  const n = spans.length;
  // A few dozen spans (every ordinary text) are cheaper to walk than to sort.
  if (n <= 32) {
    return {
      covers(at) {
        for (let k = 0; k < n; k++) if (spans[k]!.start <= at && at < spans[k]!.end) return true;
        return false;
      },
      firstAfter(at) {
        let first = Infinity;
        for (let k = 0; k < n; k++)
          if (spans[k]!.start > at && spans[k]!.start < first) first = spans[k]!.start;
        return first;
      },
    };
  }
  const sorted = spans.slice(0, n).sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd.at(-1) ?? -Infinity));
  /** How many spans start at or before `at`. */
  const upTo = (at: number) => bisect(starts, at, true);
  return {
    covers(at) {
      const k = upTo(at);
      return k > 0 && maxEnd[k - 1]! > at;
    },
    firstAfter(at) {
      const k = upTo(at);
      return k < starts.length ? starts[k]! : Infinity;
    },
  };
}

// Text in Hangul, kana, Chinese characters or Cyrillic is mostly written by people of one region: its national
// numbers ("010-5555-0147", "138 0013 8000") are read as that region's, after a phone word of the script
// ("연락처", "手机号", "電話") or with the trunk prefix.
const scriptIdentifierWord =
  /(?:学号|订单号|单号|编号|会员号|会員番号|注文番号|予約番号|주문번호|회원번호|예약번호|номер заказа|артикул)[^\d\n]{0,4}$/u;
const scriptPhoneWord =
  /(?:电话|電話|手机|手機|联系方式|聯繫方式|携帯|連絡先|연락처|전화|휴대폰|핸드폰|(?<![\p{L}])(?:тел|телефон)(?![\p{L}]))[^\d\n]{0,6}$/u;

/** The region the text's script points to, or undefined. */
function scriptRegion(text: string): string | undefined {
  let han = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x400) continue;
    if (c >= 0xac00 && c <= 0xd7af) return 'KR';
    if (c >= 0x3040 && c <= 0x30ff) return 'JP';
    if (c >= 0x4e00 && c <= 0x9fff) han = true;
    else if (c >= 0x400 && c <= 0x4ff && !han) return 'RU';
  }
  return han ? 'CN' : undefined;
}

const handphoneBefore =
  /(?:^|[\s,(])(?:[Mm]y[ \t]+)?(?:HP|hp|H\/P|h\/p)(?:[ \t]+(?:[Nn]o\.?|number))?(?:[ \t]+is)?[ \t:.]*$/;
const clauseEnd = /^(?:[.,;!)\r\n]|$)/;
const mailboxEnds = /^,[ \t]*[^\s@,]+@[^\s@,]+\.[a-z]{2,}[ \t]*$/i;
const dashedName = /(?:^|\n|[ \t])[-–—][ \t]*(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?),?[ \t]*$/u;
/** … or a signature's name before it, ending the text: "Tks. Daniel Koh 8123 9954", "- Karthik R, 9840012675". */
const signedBefore =
  /(?:\n|[-–—][ \t]*|[.!?][ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}(?:\p{Ll}+|\.?)){1,2}),?[ \t]*$/u;
/** … or given in the reply to a request for it: "the registered mobile number?\nCustomer: 9930218845", "Which number?". */
const phoneAsked = new RegExp(
  String.raw`(?<![a-z])(?:phone|mobile|contact|whatsapp|cell|which[ \t]+number)(?![a-z])[^\n?]{0,30}\??[ \t]*${nextSpeakerLine}$`,
);

/**
 * For a number that ends its clause and has no cue of its own: Singapore's and Malaysia's "HP" (handphone) right
 * before it ("My HP 9184 3362.", not "the HP 9123 4567 printer"), a signature's name before it at the text's end, or
 * a request for a number on the chat line before.
 */
function closingCue(text: string, lower: string, at: number, end: number): boolean {
  if (handphoneBefore.test(text.slice(Math.max(0, at - 12), at))) return true;
  // … the name a dash's and the number ending the text, or before the sender's address alone
  // ("— Arjun Mehta, 9820114473, arjun@example.com"; "- Farah 9736 1048").
  if (
    (/^\s*$/.test(text.slice(end, end + 8)) && end + 8 >= text.length) ||
    mailboxEnds.test(text.slice(end, end + 80))
  ) {
    const dashed = dashedName.exec(text.slice(Math.max(0, at - 40), at));
    if (dashed && !commonWordNotName(dashed[1]!)) return true;
    // (A window from the text's start reads as after a newline; one cut mid-line does not start a name.)
    const s = signedBefore.exec((at <= 40 ? '\n' : '') + text.slice(Math.max(0, at - 40), at));
    if (s && s[1]!.split(/[ \t]+/).every((w) => w.length < 3 || !commonWordNotName(w.replace(/\.$/, ''))))
      return true;
  }
  return (
    text.slice(Math.max(0, at - 40), at).includes('\n') &&
    phoneAsked.test(lower.slice(Math.max(0, at - 100), at))
  );
}

export const detectPhone: Detector = (input) => {
  const { text, lower, words, out } = input;
  let phone = input.phone;
  const region = words.scripts ? scriptRegion(text) : undefined;
  if (region && !phone.regions.includes(region) && phone.defaultCountry !== region)
    phone = { ...phone, regions: [...phone.regions, region] };
  candidate.lastIndex = 0;
  const runs = words.numbers;
  // The spans of the detectors that ran before, indexed at the first candidate. The phones this loop pushes need
  // no index: each candidate starts at or after the end of the last phone found.
  let earlier: SpanIndex | undefined;
  let singapore: boolean | undefined;
  for (let m = execInRuns(candidate, text, runs, 2); m; m = execInRuns(candidate, text, runs, 2)) {
    let at = m.index;
    let raw = m[0];
    if (!startsClean(text, at)) {
      // Part of something longer (`#48213 415-555-0132`): go on after this run of digits.
      let next = at + 1;
      while (next < text.length && isDigit(text.charCodeAt(next))) next++;
      candidate.lastIndex = next;
      continue;
    }
    // "(617-555-0187 ext. 204)": an opening parenthesis without a closing one belongs to the sentence.
    if (raw.startsWith('(') && !raw.includes(')')) {
      raw = raw.slice(1);
      at++;
    }
    // Two numbers in a list (`(415) 555-0132 / +1 415-555-0132`) are two candidates.
    const list = listSeparator.exec(raw);
    if (list) {
      raw = raw.slice(0, list.index);
      candidate.lastIndex = at + raw.length;
    }
    // Cards, IBANs, SSNs and IPs are found first: a number inside one is not looked at again, and a run that
    // reaches into one ends before it (before the first that starts in it: a cut at a later one cuts no more).
    earlier ??= spansBefore(out);
    if (earlier.covers(at)) continue;
    const next = earlier.firstAfter(at);
    if (next < at + raw.length) raw = raw.slice(0, next - at).replace(/[^\d]+$/, '');
    if (raw.length < 7) continue;
    const ext = extension.exec(raw);
    const body = ext ? raw.slice(0, ext.index) : raw;
    // Most digit runs in support text are dates, times, versions and ids: drop them before any parsing.
    const digitCount = countDigits(body);
    if (digitCount < 7 || (digitCount > 15 && !/[ \t]/.test(body)) || isoDateStart.test(body)) continue;
    let cue: Cue | undefined;
    for (const v of variants(body)) {
      const start = at;
      const end = v === body && ext ? at + raw.length : start + v.length;
      if (!endsClean(text, end)) continue;
      cue ??= cueBefore(words, lower, at, 32, 'phone');
      // (Per variant: the full number may end its clause where a shorter reading does not.)
      let c: Cue = cue;
      if (c === 'none' && clauseEnd.test(text.slice(end, end + 1)) && closingCue(text, lower, at, end))
        c = 'positive';
      // A phone word of the script ("電話番号：", "手机号"), or else an identifier's word ("学号 2023310457",
      // "会員番号 7734 1180 02").
      if (c === 'none' && region) {
        const before = text.slice(Math.max(0, at - 14), at);
        if (scriptPhoneWord.test(before)) c = 'positive';
        else if (scriptIdentifierWord.test(before)) break;
      }
      const e164 =
        validate(v, c, phone) ??
        (c === 'none'
          ? (signedIndianMobile(text, start, end, v, phone) ??
            singaporeMobile(v, phone, (singapore ??= pointsToSingapore(text, words))) ??
            (underNameLine(text, start, end) ? validate(v, 'positive', phone) : undefined))
          : undefined);
      if (e164 === undefined) continue;
      out.push({ start, end, type: 'phone', canonical: e164 });
      break;
    }
  }
  for (let k = 0; k < words.flags.length; k++) {
    const f = words.flags[k]!;
    // After a phone word, or "number" after "my", "callback" …: "My callback number is seven one eight, …".
    if (f & WordFlag.phoneCue || (f & WordFlag.number && k > 0 && words.flags[k - 1]! & WordFlag.numberOwner))
      spokenNumber(text, words.starts[k]! + words.values[k]!.length, out);
    // Ten digit words or more in a row are a number read out wherever they stand ("That's oh four nine one five
    // seven oh one five six", "Caller: Zero eight two, five five five, …").
    else if (
      f & WordFlag.digitWord &&
      (k === 0 || !(words.flags[k - 1]! & WordFlag.digitWord) || apart(words, k))
    ) {
      // Not after an identifier's word: "My order number is four four seven one …".
      const run = digitWordRun(words, k);
      if (run.digits >= 10 && cueBefore(words, lower, words.starts[k]!, 32, 'phone') !== 'identifier')
        spokenNumber(text, words.starts[k]!, out);
    }
  }
};

// A number read out, as voicemail transcripts and call notes write it: "call me back on oh seven seven zero
// zero, nine double oh, eight one five", "reach me at 4 1 2, 5 5 5, 0 1 6 3". Single digits or digit words,
// "double" and "triple" before one, apart by blanks, commas or hyphens; seven to fifteen digits (sixteen to nineteen
// that pass Luhn are a card read out: "four five three two, zero one five one, …"), right after a
// phone word ("call", "reach", "ring", "phone" …). A spelled-out reference ("BG dash four four seven one nine")
// is shorter and follows no phone word.
const digitOf: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  o: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const digitWords: ReadonlySet<string> = new Set(Object.keys(digitOf));
/** The words the word pass flags for `digitWordRun` (one-letter "o" is no keyword). */
export const spokenDigitWords: ReadonlySet<string> = new Set([
  ...[...digitWords].filter((w) => w.length > 1),
  'double',
  'triple',
  'plus',
]);
const spokenPlus = /plus[ \t]+/iy;
const spokenToken = /(?:(double|triple)[ \t-]+)?(\d(?!\d)|[a-z]+)/iy;
const spokenGap = /[ \t]*[,-]?[ \t]*/y;
const spokenLead =
  /(?:[ \t]+(?:me|us|him|her|them|back|at|on|to|is|number|no\.?|:)(?![a-z]))*[ \t:,]*\n?[ \t]*/iy;
// "…, extension two three four".
const spokenExtension = /,?[ \t]*(?:extension|ext\.?)[ \t]+/iy;

function spokenNumber(text: string, from: number, out: Span[]): void {
  let i = from + (readAt(spokenLead, text, from)?.length ?? 0);
  const start = i;
  // "plus two three four, eight oh three, …": the country code's plus read out.
  i += readAt(spokenPlus, text, i)?.length ?? 0;
  let end = -1;
  let numerals = false;
  // The digits read (for a card's check too: "five four two five, two three seven zero, …" is a card read out).
  let read = '';
  for (;;) {
    const t = execAt(spokenToken, text, i);
    if (!t) break;
    const word = t[2]!;
    const single = word.length === 1 && word >= '0' && word <= '9';
    if (!single && !digitWords.has(word.toLowerCase())) break;
    numerals ||= single;
    const times = t[1] === undefined ? 1 : t[1].toLowerCase() === 'double' ? 2 : 3;
    read += (single ? word : digitOf[word.toLowerCase()]!).repeat(times);
    i += t[0].length;
    end = i;
    if (read.length > 19) return;
    i += readAt(spokenGap, text, i)?.length ?? 0;
  }
  if (read.length > 15) {
    if (/^[3-6]/.test(read) && luhn(read) && !/[\p{L}\p{N}]/u.test(text[end] ?? ''))
      out.push({ start, end, type: 'card', canonical: read });
    return;
  }
  // Digits written as numerals read out a whole number ("4 1 2, 5 5 5, 0 1 6 3"); fewer are a list ("1, 2, 3").
  if (end < 0 || read.length < (numerals ? 10 : 7)) return;
  const ext = readAt(spokenExtension, text, end);
  if (ext) {
    let j = end + ext.length;
    for (let n = 0; n < 6; n++) {
      const t = execAt(spokenToken, text, j);
      if (!t || !digitWords.has(t[2]!.toLowerCase()) || t[1] !== undefined) break;
      j += t[0].length;
      end = j;
      j += readAt(spokenGap, text, j)?.length ?? 0;
    }
  }
  // Ends at a word boundary: "nine" in "ninety" is no digit word.
  if (/[\p{L}\p{N}]/u.test(text[end] ?? '')) return;
  out.push({ start, end, type: 'phone' });
}

/** Whether libphonenumber knows `region` (an ISO 3166-1 alpha-2 code). */
export function supportedRegion(region: string): boolean {
  return isSupportedCountry(region);
}
