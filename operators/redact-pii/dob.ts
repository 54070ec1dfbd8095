// Dates of birth: a date in one of many formats, announced by "DOB", "date of birth", "born (on)", "birthday"
// or their German/French/Spanish/Italian/Dutch equivalents. Dates without such a cue are not PII and stay.
import type { Detector } from './types.ts';

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|' +
  'nov(?:ember)?|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|' +
  'mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|' +
  'junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|' +
  'luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus';
const day = '(?:0?[1-9]|[12]\\d|3[01])';
const month = '(?:0?[1-9]|1[0-2])';
const year = '(?:1[89]\\d\\d|20\\d\\d)';
const shortYear = '\\d{2}';
const ordinal = '(?:st|nd|rd|th|er|\\.)?';
const date = [
  `${year}[-/.]${month}[-/.]${day}`,
  `${day}[-/.]${month}[-/.](?:${year}|${shortYear})`,
  `${month}[-/.]${day}[-/.](?:${year}|${shortYear})`,
  `${day}${ordinal}(?:\\s+of)?[\\s\\-]+(?:${months})\\.?,?[\\s\\-]+(?:${year}|'?${shortYear})`,
  `(?:${months})\\.?\\s+${day}${ordinal},?\\s+(?:${year}|'${shortYear})`,
  `${year}${month.replace('0?', '0')}${day.replace('0?', '0')}`,
].join('|');

const cue =
  '\\bd\\.?\\s?o\\.?\\s?b\\b\\.?|date\\s+of\\s+birth|birth\\s*date|birth\\s*day|\\bborn\\b(?:\\s+on)?|' +
  'geburtsdatum|geburtstag|\\bgeb(?:oren)?\\b\\.?(?:\\s+am)?|date\\s+de\\s+naissance|\\bn[ée]e?\\s+le\\b|' +
  'fecha\\s+de\\s+nacimiento|nacid[oa]\\s+el|data\\s+di\\s+nascita|nat[oa]\\s+il|geboortedatum|geboren\\s+op';

// The cue, up to 40 characters of the same sentence, then the date. `[^\n.;!?]` keeps a date in the next
// sentence ("Born in Ohio. Order placed 2024-01-02") out; `(?<!\d)` keeps the date whole.
const dob = new RegExp(
  `(?:${cue})(?:[^\\n.;!?]|\\.(?=\\d)){0,40}?(?<![\\p{N}])(${date})(?![\\p{N}]|[-/.]\\d)`,
  'giu',
);
const hint =
  /dob|d\.o\.b|birth|born|geb|naissance|née?\s|nacimiento|nacid|nascita|nat[oa]\s|geboorte|geboren/i;

export const detectDob: Detector = ({ text, out }) => {
  if (!hint.test(text)) return;
  dob.lastIndex = 0;
  for (let m = dob.exec(text); m; m = dob.exec(text)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, type: 'dob' });
  }
};
