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

// Each cue starts with the word the scan below finds ("date of birth" is found at "birth").
const cue =
  'd\\.?\\s?o\\.?\\s?b\\b\\.?|birth\\s*(?:date|day)?|born\\b(?:\\s+on)?|geburtsdatum|geburtstag|geb(?:oren)?\\b\\.?(?:\\s+am)?|' +
  'naissance|née?\\s+le\\b|nacimiento|nacid[oa]\\s+el|nascita|nat[oa]\\s+il|geboortedatum|geboren\\s+op';

// Matched sticky at a cue found by `hint`, on the lower-cased text: the cue, up to 40 characters of the same
// sentence, then the date. `[^\n.;!?]` keeps a date in the next sentence ("Born in Ohio. Order placed
// 2024-01-02") out; `(?<!\d)` keeps the date whole.
const dob = new RegExp(
  `(?:${cue})(?:[^\\n.;!?]|\\.(?=\\d)){0,40}?(?<![\\p{N}])(${date})(?![\\p{N}]|[-/.]\\d)`,
  'uy',
);
const hint = /dob|d\.o\.b|birth|born|geb|naissance|née|nacimiento|nacid|nascita|nat[oa] il|geboren/g;

export const detectDob: Detector = ({ lower, out }) => {
  hint.lastIndex = 0;
  for (let h = hint.exec(lower); h; h = hint.exec(lower)) {
    // A cue is a word of its own ("adobe" is not "dob").
    if (h.index > 0 && /\p{L}/u.test(lower[h.index - 1]!)) continue;
    dob.lastIndex = h.index;
    const m = dob.exec(lower);
    if (!m) continue;
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    out.push({ start, end: start + value.length, type: 'dob' });
    hint.lastIndex = start + value.length;
  }
};
