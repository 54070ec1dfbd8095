// libphonenumber-js's `parsePhoneNumberFromString(s, { defaultCountry, extract: false })` followed by `isValid()`
// and `isPossible()`, for the strings the phone detector asks about, with each metadata pattern compiled once.
// The library builds a `new RegExp` from a metadata pattern on every check (and a new `Metadata` object in
// every helper), which made a parse cost 10-40 µs; the steps below are the library's own (parse.js,
// extractCountryCallingCode, extractNationalNumber, getCountryByNationalNumber, getNumberType, checkNumberLength),
// read from its metadata through its `Metadata` class, so the answers are its answers. Strings with anything but
// digits, spaces, tabs, `( ) . / -` and a leading `+` (extensions, other scripts) are left to the library
// itself. The tests compare both on generated numbers for every region the detector can be configured with.
import { Metadata, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** What the detector needs of a parsed number. */
export interface ParsedPhone {
  /** E.164. */
  readonly number: string;
  isValid(): boolean;
  isPossible(): boolean;
}

/** The parts of libphonenumber's `Metadata` used here (its type declarations only list a few). */
interface Plan {
  selectNumberingPlan(countryOrCallingCode: string): void;
  hasCountry(country: string): boolean;
  hasCallingCode(callingCode: string): boolean;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
  isNonGeographicCallingCode(callingCode: string): boolean;
  numberingPlan?: { callingCode(): string; possibleLengths(): number[] | undefined };
  IDDPrefix(): string;
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  nationalPrefixForParsing(): string | undefined;
  nationalPrefixTransformRule(): string | undefined;
  leadingDigits(): string | undefined;
  hasTypes(): boolean;
  type(type: string | undefined): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}

// The library makes a fresh `Metadata` in each helper; one instance per helper here, re-selected on every use.
const plan = () => new Metadata() as unknown as Plan;
const forParse = plan();
const forCallingCode = plan();
const forStripIdd = plan();
const forWithoutPlus = plan();
const forCountryByNumber = plan();
const forNumberType = plan();
const forLength = plan();
const forValid = plan();
const forPossible = plan();

// Keyed by the metadata's own pattern strings: those are the same string objects on every call, so the lookup
// reuses their hash instead of hashing a newly built `^(?:…)$` source of up to a few KiB.
const compiled = new Map<string, RegExp>();
const compiledEntire = new Map<string, RegExp>();
const compiledPrefix = new Map<string, RegExp>();
function cached(cache: Map<string, RegExp>, pattern: string, source: (pattern: string) => string): RegExp {
  let re = cache.get(pattern);
  if (!re) {
    re = new RegExp(source(pattern));
    cache.set(pattern, re);
  }
  return re;
}
const regex = (pattern: string) => cached(compiled, pattern, (p) => p);
const entire = (pattern: string) => cached(compiledEntire, pattern, (p) => `^(?:${p})$`);
const matchesEntirely = (text: string, pattern: string) => entire(pattern).test(text);
const prefixRegex = (pattern: string) => cached(compiledPrefix, pattern, (p) => `^(?:${p})`);

const MIN_LENGTH_FOR_NSN = 2;
const MAX_LENGTH_FOR_NSN = 17;
const MAX_LENGTH_COUNTRY_CODE = 3;
const NON_FIXED_LINE_PHONE_TYPES = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
];

/** Strings of this alphabet hold no extension, RFC 3966 part or non-ASCII digit for the library to read. */
const handled = /^\+?[\d \t()./-]*$/;
/**
 * `isViablePhoneNumber` on that alphabet: two digits, or an optional leading `+` and at least three digits among
 * the library's punctuation (which has no tab).
 */
const viable = /^(?:\d{2}|\+?(?:[ ()./-]*\d){3,}[ ()./\d-]*)$/;

/** A numbering plan's number patterns, compiled once: the whole-number pattern, then one per number type. */
interface TypePatterns {
  readonly national: RegExp;
  /** FIXED_LINE, then the other types in `NON_FIXED_LINE_PHONE_TYPES` order, those the plan has. */
  readonly types: readonly { readonly lengths: number[] | undefined; readonly pattern: RegExp }[];
}
const typePatterns = new Map<string, TypePatterns>();

function typePatternsOf(countryOrCallingCode: string): TypePatterns {
  let known = typePatterns.get(countryOrCallingCode);
  if (known) return known;
  const metadata = forNumberType;
  metadata.selectNumberingPlan(countryOrCallingCode);
  const types: { lengths: number[] | undefined; pattern: RegExp }[] = [];
  for (const type of ['FIXED_LINE', ...NON_FIXED_LINE_PHONE_TYPES]) {
    const definition = metadata.type(type);
    if (!definition || !definition.pattern()) continue;
    types.push({ lengths: definition.possibleLengths(), pattern: entire(definition.pattern()) });
  }
  known = { national: entire(metadata.nationalNumberPattern()), types };
  typePatterns.set(countryOrCallingCode, known);
  return known;
}

/** `getNumberType(...) !== undefined`. */
function hasNumberType(nationalNumber: string, countryOrCallingCode: string): boolean {
  const { national, types } = typePatternsOf(countryOrCallingCode);
  if (!national.test(nationalNumber)) return false;
  for (const { lengths, pattern } of types) {
    if (lengths && !lengths.includes(nationalNumber.length)) continue;
    if (pattern.test(nationalNumber)) return true;
  }
  return false;
}

/** The regions of a calling code in metadata order, each with its leading-digits pattern when it has one. */
const regionsByCallingCode = new Map<string, readonly { country: string; leading: RegExp | undefined }[]>();

function regionsOf(callingCode: string, countries: readonly string[]) {
  let known = regionsByCallingCode.get(callingCode);
  if (known) return known;
  const metadata = forCountryByNumber;
  known = countries.map((country) => {
    metadata.selectNumberingPlan(country);
    const leadingDigits = metadata.leadingDigits();
    return { country, leading: leadingDigits ? regex(leadingDigits) : undefined };
  });
  regionsByCallingCode.set(callingCode, known);
  return known;
}

function countryByNationalNumber(
  nationalNumber: string,
  callingCode: string,
  countries: readonly string[],
): string | undefined {
  for (const { country, leading } of regionsOf(callingCode, countries)) {
    if (leading) {
      if (nationalNumber && nationalNumber.search(leading) === 0) return country;
    } else if (hasNumberType(nationalNumber, country)) {
      return country;
    }
  }
  return undefined;
}

function countryByCallingCode(
  callingCode: string,
  nationalNumber: string,
  metadata: Plan,
): string | undefined {
  const countries = metadata.getCountryCodesForCallingCode(callingCode);
  if (!countries) return undefined;
  if (countries.length === 1) return countries[0];
  return countryByNationalNumber(nationalNumber, callingCode, countries);
}

type LengthCheck = 'IS_POSSIBLE' | 'TOO_SHORT' | 'TOO_LONG' | 'INVALID_LENGTH';

function checkNumberLength(nationalNumber: string, country: string | undefined, metadata: Plan): LengthCheck {
  if (country) {
    metadata = forLength;
    metadata.selectNumberingPlan(country);
  }
  const lengths = metadata.type(undefined)?.possibleLengths() || metadata.possibleLengths();
  if (!lengths) return 'IS_POSSIBLE';
  const length = nationalNumber.length;
  const minimum = lengths[0]!;
  if (minimum === length) return 'IS_POSSIBLE';
  if (minimum > length) return 'TOO_SHORT';
  if (lengths[lengths.length - 1]! < length) return 'TOO_LONG';
  return lengths.indexOf(length, 1) >= 0 ? 'IS_POSSIBLE' : 'INVALID_LENGTH';
}

/** `extractNationalNumberFromPossiblyIncompleteNumber(...).nationalNumber`. */
function withoutNationalPrefix(number: string, metadata: Plan): string {
  const prefixForParsing = metadata.nationalPrefixForParsing();
  if (!number || !prefixForParsing) return number;
  const prefix = prefixRegex(prefixForParsing);
  const match = prefix.exec(number);
  if (!match) return number;
  const groups = match.length - 1;
  const hasGroups = groups > 0 && match[groups];
  const rule = metadata.nationalPrefixTransformRule();
  if (rule && hasGroups) return number.replace(prefix, rule);
  return number.slice(match[0].length);
}

function extractNationalNumber(number: string, metadata: Plan): string {
  const nationalNumber = withoutNationalPrefix(number, metadata);
  if (nationalNumber === number) return nationalNumber;
  // shouldHaveExtractedNationalPrefix
  const pattern = metadata.nationalNumberPattern();
  if (matchesEntirely(number, pattern) && !matchesEntirely(nationalNumber, pattern)) return number;
  const numberingPlan = metadata.numberingPlan!;
  if (numberingPlan.possibleLengths()) {
    const country = countryByCallingCode(numberingPlan.callingCode(), nationalNumber, metadata);
    const check = checkNumberLength(nationalNumber, country, metadata);
    if (check === 'TOO_SHORT' || check === 'INVALID_LENGTH') return number;
  }
  return nationalNumber;
}

/** The rest of `number` when it starts with the IDD prefix of `country`, as `stripIddPrefix`. */
function stripIddPrefix(number: string, country: string | undefined): string | undefined {
  if (!country) return undefined;
  const metadata = forStripIdd;
  metadata.selectNumberingPlan(country);
  const idd = regex(metadata.IDDPrefix());
  if (number.search(idd) !== 0) return undefined;
  const rest = number.slice(number.match(idd)![0].length);
  if (rest[0] === '0') return undefined;
  return rest;
}

function callingCodeWithoutPlus(number: string, country: string): { callingCode?: string; number: string } {
  forCallingCode.selectNumberingPlan(country);
  const callingCode = forCallingCode.numberingPlan!.callingCode();
  if (number.indexOf(callingCode) !== 0) return { number };
  const metadata = forWithoutPlus;
  metadata.selectNumberingPlan(country);
  const shorter = number.slice(callingCode.length);
  const shorterNational = extractNationalNumber(shorter, metadata);
  const national = extractNationalNumber(number, metadata);
  const pattern = metadata.nationalNumberPattern();
  if (
    (!matchesEntirely(national, pattern) && matchesEntirely(shorterNational, pattern)) ||
    checkNumberLength(national, undefined, metadata) === 'TOO_LONG'
  ) {
    return { callingCode, number: shorter };
  }
  return { number };
}

function callingCode(number: string, country: string | undefined): { callingCode?: string; number?: string } {
  if (number[0] !== '+') {
    const withoutIdd = stripIddPrefix(number, country);
    if (withoutIdd && withoutIdd !== number) {
      number = '+' + withoutIdd;
    } else {
      if (country) {
        const found = callingCodeWithoutPlus(number, country);
        if (found.callingCode) return found;
      }
      return { number };
    }
  }
  if (number[1] === '0') return {};
  const metadata = forParse;
  for (let i = 2; i - 1 <= MAX_LENGTH_COUNTRY_CODE && i <= number.length; i++) {
    const code = number.slice(1, i);
    if (metadata.hasCallingCode(code)) return { callingCode: code, number: number.slice(i) };
  }
  return {};
}

class Parsed implements ParsedPhone {
  readonly number: string;
  constructor(
    readonly callingCode: string,
    readonly nationalNumber: string,
    readonly country: string | undefined,
  ) {
    this.number = `+${callingCode}${nationalNumber}`;
  }

  isValid(): boolean {
    const metadata = forValid;
    const plan = this.country || this.callingCode;
    metadata.selectNumberingPlan(plan);
    if (metadata.hasTypes()) return hasNumberType(this.nationalNumber, plan);
    return matchesEntirely(this.nationalNumber, metadata.nationalNumberPattern());
  }

  isPossible(): boolean {
    const metadata = forPossible;
    metadata.selectNumberingPlan(this.country || this.callingCode);
    if (metadata.possibleLengths()) {
      return checkNumberLength(this.nationalNumber, undefined, metadata) === 'IS_POSSIBLE';
    }
    return metadata.isNonGeographicCallingCode(this.callingCode);
  }
}

/** `parsePhoneNumberFromString(s, { defaultCountry: region, extract: false })`. */
export function parsePhone(s: string, region?: string): ParsedPhone | undefined {
  if (!handled.test(s)) {
    return parsePhoneNumberFromString(s, {
      defaultCountry: region as CountryCode | undefined,
      extract: false,
    });
  }
  // An unknown default region is dropped, as the library does.
  if (region && !forParse.hasCountry(region)) region = undefined;
  if (!viable.test(s)) return undefined;
  // parseIncompletePhoneNumber: the digits, and a `+` when it comes first.
  const digits = (s[0] === '+' ? '+' : '') + s.replace(/\D/g, '');
  const found = callingCode(digits, region);
  let code = found.callingCode;
  let country: string | undefined;
  const metadata = forParse;
  if (code) {
    metadata.selectNumberingPlan(code);
  } else if (found.number && region) {
    country = region;
    metadata.selectNumberingPlan(region);
    code = metadata.numberingPlan!.callingCode();
  } else {
    return undefined;
  }
  if (!found.number) return undefined;
  const nationalNumber = extractNationalNumber(found.number, metadata);
  const exact = countryByCallingCode(code, nationalNumber, metadata);
  if (exact) country = exact;
  if (nationalNumber.length < MIN_LENGTH_FOR_NSN || nationalNumber.length > MAX_LENGTH_FOR_NSN)
    return undefined;
  return new Parsed(code, nationalNumber, country);
}
