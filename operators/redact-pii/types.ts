// Shared shapes of the redact.pii detectors. A detector reads the (normalised) text and pushes spans; the
// scanner resolves overlaps and maps the spans back to the original text.

export const piiTypes = [
  'email',
  'phone',
  'card',
  'iban',
  'ssn',
  'ip',
  'secret',
  'name',
  'address',
  'dob',
] as const;
export type PiiType = (typeof piiTypes)[number];

export interface Span {
  start: number;
  end: number;
  type: PiiType;
  /** The value used for keyed hashing when it differs from the matched text (e.g. a phone number in E.164). */
  canonical?: string;
}

export interface PhoneOptions {
  /** ISO 3166-1 alpha-2 region for numbers written without a country code. */
  defaultCountry: string;
  /** More regions whose national formats are recognised (a national number must be valid there). */
  regions: readonly string[];
}

import type { Words } from './words.ts';

export interface ScanInput {
  /** The text to scan, already normalised (NFKC, zero-width characters removed). */
  readonly text: string;
  /** The same text lower-cased, for keyword look-ups. */
  readonly lower: string;
  /** The words of `lower`, for detectors that start from a keyword. */
  readonly words: Words;
  readonly phone: PhoneOptions;
  readonly out: Span[];
}

export type Detector = (input: ScanInput) => void;
