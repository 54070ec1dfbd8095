// Dates of birth: a date in one of many formats, announced by "DOB", "date of birth", "born (on)", "birthday"
// or their equivalents in other European languages and Turkish. Dates without such a cue are not PII and stay.
import { foundAgain } from './context.ts';
import { pidValues } from './hl7.ts';
import { Lines, nextSpeakerLine, rowCells, tableSeparator } from './lines.ts';
import type { Detector, Span } from './types.ts';
import { WordFlag } from './words.ts';
import { bisect } from './sorted.ts';
import { execAt } from './sticky.ts';

const months =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|' +
  'nov(?:ember)?|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|' +
  'mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|' +
  'junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|' +
  'luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|marco|maio|' +
  'junho|julho|setembro|outubro|novembro|dezembro|' +
  // Tagalog: "Marso 3, 2015".
  'enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|' +
  // Hindi: "15 अगस्त 1958".
  'जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर';
const day = '(?:0?[1-9]|[12]\\d|3[01])';
const month = '(?:0?[1-9]|1[0-2])';
const year = '(?:1[89]\\d\\d|20\\d\\d)';
const shortYear = '\\d{2}';
const ordinal = '(?:st|nd|rd|th|er|\\.)?';
const spokenDay =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|' +
  'fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|thirty-first)';
const spokenYear =
  '(?:nineteen|two[ -]thousand(?:[ -]and)?)[ -](?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)' +
  '(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|oh[ -][a-z]+|[a-z]+)';
const date = [
  `${year}[-/.]${month}[-/.]${day}`,
  // The day before the month, where the day cannot be a month: "dob": "1991-13-04".
  `${year}[-/.](?:1[3-9]|2\\d|3[01])[-/.]${month}`,
  `${day}[-/.]${month}[-/.](?:${year}|${shortYear})`,
  `${month}[-/.]${day}[-/.](?:${year}|${shortYear})`,
  // "15 de marzo de 1950", "3 de março de 1987".
  `${day}${ordinal}(?:\\s+(?:of|de))?[\\s\\-]+(?:${months})\\.?,?(?:\\s+de)?[\\s\\-]+(?:${year}|'?${shortYear})`,
  `(?:${months})\\.?\\s+${day}${ordinal},?\\s+(?:${year}|'${shortYear})`,
  `${year}${month.replace('0?', '0')}${day.replace('0?', '0')}`,
  // Spaces for separators ("my birthday 5 12 1936"), and "June the 3rd 1949".
  `${day} ${month} ${year}`,
  // The year first, the month's name: "Birthday: 1990 Aug 17".
  `${year}\\s+(?:${months})\\.?\\s+${day}${ordinal}`,
  // Blanks round the slashes: "Date of birth: 19 / 07 / 1972".
  `${day} [-/.] ${month} [-/.] ${year}`,
  `(?:${months})\\.?\\s+the\\s+${day}${ordinal},?\\s+${year}`,
  // Airline systems: "DOB 12JUN17".
  `${day.replace('0?', '0')}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:${year}|${shortYear})`,
  // Korean, Japanese and Chinese: "1998년 6월 14일", "1998年6月14日".
  `${year}\\s*[년年]\\s*${month}\\s*[월月]\\s*${day}\\s*[일日]`,
  // Read out: "the fifth of March, 1959", "June fourth, 1985", "the fourth of March nineteen forty-six".
  // ("the" with it, as it is read.)
  `(?:the\\s+)?${spokenDay}\\s+of\\s+(?:${months}),?\\s+(?:${year}|${spokenYear})`,
  `(?:${months})\\s+${spokenDay},?\\s+(?:${year}|${spokenYear})`,
].join('|');

// Each cue starts with the word the scan below finds ("date of birth" is found at "birth").
// ("bday", "b-day": as people write it in a hurry.)
const cue =
  'd\\.?\\s?o\\.?\\s?b\\b\\.?|b-?day\\b|dateofbirth|birth\\s*(?:date|day)?|born\\b(?:\\s+on)?|geburtsdatum|geburtstag|geb(?:oren)?\\b\\.?(?:\\s+am)?|' +
  'naissance|née?(?:\\(e\\))?\\s+le\\b|nacimiento|nacid[oa]\\s+el|nascita|nat[oa]\\s+il|geboortedatum|geboren\\s+op|' +
  // Portuguese, Nordic, Finnish, Polish, Czech, Hungarian and Turkish: "data de nascimento", "född",
  // "fødselsdato", "syntymäaika", "data urodzenia" ("ur. 14.08.1956"), "datum narození", "születési dátum",
  // "doğum tarihi".
  'nascimento|nascid[oa]\\b(?:\\s+(?:em|a))?|födelsedatum|födelsedag|född\\b(?:\\s+den)?|fødselsdato|fødselsdag|' +
  'født\\b(?:\\s+den)?|syntymäaika|syntynyt|urodzenia|urodzon[ya]\\b|ur\\.(?=[ \\t]*\\d{1,2}\\.\\d{1,2}\\.\\d{4})|narození|narozen[aáý]?(?!\\p{L})|születési|' +
  'született|doğum\\b(?:\\s+tarihi\\w*)?|' +
  // Swahili "tarehe ya kuzaliwa", Tagalog "kaarawan", "ipinanganak", Indonesian "tanggal lahir", Spanish "nació
  // el", Romanian "data nașterii", "născut".
  // Vietnamese "sinh ngày", "ngày sinh".
  'sinh[ \\t]+ngày|ngày[ \\t]+sinh|γέννησης|γέννησής|γεννήσεως|kuzaliwa|kaarawan|ipinanganak|lahir|nac[ií](?:[óo])?(?!\\p{L})(?:\\s+el)?|nașterii|nasterii|născut[ăa]?|nascut[ăa]?';

// Matched sticky at a cue word, on the lower-cased text: the cue, up to 40 characters of the same
// sentence, then the date. `[^\n.;!?]` keeps a date in the next sentence ("Born in Ohio. Order placed
// 2024-01-02") out; `(?<!\d)` keeps the date whole.
const dob = new RegExp(
  `(?:${cue})(?:[^\\n.;!?]|\\.(?=\\d)){0,40}?(?<![\\p{N}])(${date})(?![\\p{N}]|[-/.]\\d)`,
  'uy',
);
// A date of birth asked for and given on the next line: "what's his DOB?\nme: 2/5/45", "check the date of birth
// please?\nPatient: 1st of feb 99", an answering system's "And your date of birth.\nCALLER: June twelfth …".
// (… or read out in pairs of digits to an answering system: "Caller: one two, zero eight, eight six"; or after the
// name asked for with it: "the patient's name and DOB?\nCustomer: Ethan Tan Wei Jie, 12 Aug 2013".)
const digitWord = '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const spokenPairs = `${digitWord}[ -]${digitWord}(?:,?[ \\t]+${digitWord}[ -]${digitWord}){2,3}(?![\\p{L}])`;
const dobReply = new RegExp(
  `(?:${cue})[^\\n?]{0,40}\\?[ \\t]*${nextSpeakerLine}(?:[^\\n,\\d]{2,40},[ \\t]*)?(${date}|${spokenPairs})(?![\\p{N}]|[-/.]\\d)`,
  'uy',
);
// … asked for by "your", "say", "confirm" … in a sentence of its own ("my DOB is correct.\nSubmitted: 2024-06-18"
// is no question).
const dobAskedReply = new RegExp(
  `(?<=(?:your|say|state|confirm|provide|enter)[^\\n.?!]{0,30})(?:${cue})[^\\n?.!]{0,30}\\.[ \\t]*${nextSpeakerLine}(${date}|${spokenPairs})(?![\\p{N}]|[-/.]\\d)`,
  'uy',
);
// A birthday without its year, right after "born (on)" or "birthday (is)": "Baby was born on the second of
// February", "her birthday is 5 July" ("the" with it, as it is read). (Further on, such a date is another day's:
// "DOB on file, renewal 5 July".)
const partialDob = new RegExp(
  `(?:born(?:\\s+on)?|birthday(?:\\s+is)?)\\s+((?:the\\s+)?(?:${day}${ordinal}(?:\\s+of)?\\s+(?:${months})|(?:${months})\\.?\\s+(?:the\\s+)?${day}${ordinal}|${spokenDay}\\s+of\\s+(?:${months})|(?:${months})\\s+${spokenDay}))(?![\\p{L}\\p{N}])`,
  'uy',
);
/** The words a date-of-birth cue starts with. */
export const dobWords: ReadonlySet<string> = new Set(
  (
    'dob bday b-day birth birthday birthdate dateofbirth born geb geboren geburtsdatum geburtstag naissance né née nee nacimiento nacido ' +
    'nacida nascita nato nata geboortedatum nascimento nascido nascida födelsedatum födelsedag född fødselsdato ' +
    'fødselsdag født syntymäaika syntynyt urodzenia urodzony urodzona narození narozen narozena narozená narozený ' +
    'születési született doğum sinh ngày γέννησης γέννησής γεννήσεως kuzaliwa kaarawan ipinanganak lahir nació nacio nací nașterii nasterii născut născută ' +
    'nascut nascuta ur ' +
    // The possessive is one word to the word pass: "my date of birth's the third of June".
    "birth's birth’s birthday's birthday’s dob's dob’s birthdate's birthdate’s"
  ).split(' '),
);

// "Her DOB is 1/2/1983 and his is 12/11/1979": more dates joined by "and"/"or" to the first one, unless the
// words between them say the next date is something else ("DOB 1/2/1983 and ordered on 2024-01-05").
const another = new RegExp(
  `([^\\n.;!?]{0,30}?)\\b(?:and|or|&)\\b([^\\n.;!?]{0,20}?)(?<![\\p{N}])(${date})(?![\\p{N}]|[-/.]\\d)`,
  'uy',
);
const otherDate =
  /\b(?:order\w*|placed|sent|since|created|due|paid|shipped|delivered|renew\w*|expir\w*|joined|started|signed|registered|on|until)\b/;

// "Could you confirm the DOB? The form says 4/3/1991 but the passport says 1991-04-03.": after a cue, dates of
// the same paragraph whose year is a plausible birth year (1900-2012) are dates of birth too. Support tickets
// rarely mention other dates that old.
const laterBirthDate = new RegExp(`(?<![\\p{L}\\p{N}._/-])(${date})(?![\\p{N}]|[-/.]\\d)`, 'gu');
// In Japanese and Chinese a date is written against the words around it ("正しくは1987年11月3日です").
const laterBirthDateCjk = new RegExp(`(?<![\\p{N}._/-])(${date})(?![\\p{N}]|[-/.]\\d)`, 'gu');
const birthYear = /(?:^|\D)(?:19\d\d|200\d|201[0-2])(?!\d)/;
/** Dates of birth asked for, several: "birth dates", "dates of birth", "DOBs". */
const manyBirthDates = /birth[ \t]?dates|dates[ \t]+of[ \t]+birth|dobs|birthdays|d\.o\.b\.s/;
/** In a list of people's dates of birth asked for, children's too. */
const listedBirthYear = /(?:^|\D)(?:19\d\d|20[01]\d|2020)(?!\d)/;

function birthDatesAfter(lower: string, from: number, out: Span[], dates = laterBirthDate): void {
  // The paragraph, 160 characters at most: the blank line that ends it is looked for in those only (161, for a
  // blank line whose first newline is the 160th).
  const window = lower.slice(from, from + 161);
  const blank = window.indexOf('\n\n');
  const paragraph = window.slice(0, blank < 0 ? 160 : Math.min(160, blank));
  datesIn(paragraph, from, birthYear, out, dates);
  // A paragraph that ends in a colon goes on in the list after it ("you asked for birth dates:\n\nJakob Steiner –
  // 14.01.1983\nMila Steiner – b. 2016-05-09"), to that list's end, children's years too.
  if (blank >= 0 && blank <= 160 && paragraph.trimEnd().endsWith(':') && manyBirthDates.test(paragraph)) {
    const at = from + blank + 2;
    const list = lower.slice(at, at + 320);
    const end = list.indexOf('\n\n');
    datesIn(end < 0 ? list : list.slice(0, end), at, listedBirthYear, out, dates);
  }
}

function datesIn(part: string, at: number, years: RegExp, out: Span[], dates: RegExp): void {
  dates.lastIndex = 0;
  for (let m = dates.exec(part); m; m = dates.exec(part)) {
    if (!years.test(m[1]!)) continue;
    out.push({ start: at + m.index, end: at + m.index + m[0].length, type: 'dob' });
  }
}

// CSV and TSV exports: "member_id,first_name,date_of_birth" as a header line, then rows. A cue word that is a
// header cell of its own (a few words joined by "_", "-" or spaces) makes the dates of that column, in the rows
// below with as many cells as the header, dates of birth.
const dateCell = new RegExp(`^(?:${date})$`, 'u');
const headCell = /^[a-zæøåäöüßçéèñ._ -]{2,32}$/;

/**
 * A line read as a table header: its cells (none without a separator), and the rows below it with as many cells,
 * each row split once. The cues of one line (`dob,dob,…`) share it: split again for each, a long line of cues
 * was quadratic, and a wide table cubic.
 */
interface Header {
  readonly lineStart: number;
  readonly sep: string;
  readonly heads: readonly string[];
  /** Where each cell of the header starts. */
  readonly offsets: readonly number[];
  /** Whether each cell, trimmed and unquoted, is shaped like a header cell; filled when asked. */
  readonly headShaped: (boolean | undefined)[];
  /** The rows, split when a column is first read; `end`: where they end. */
  rows?: { readonly cells: readonly string[]; readonly offsets: readonly number[] }[];
  end?: number;
}

function readHeader(lower: string, lineStart: number, lineEnd: number): Header {
  const line = lower.slice(lineStart, lineEnd);
  // Markdown tables too: "| Name | DOB | Room |".
  const sep = tableSeparator(line, 'leading');
  const heads = sep === '' ? [] : rowCells(line, sep);
  const offsets: number[] = [];
  for (let i = 0, offset = lineStart; i < heads.length; offset += heads[i]!.length + 1, i++)
    offsets.push(offset);
  return { lineStart, sep, heads, offsets, headShaped: [] };
}

/** Splits the rows under `header` that have as many cells (once). */
function readRows(lower: string, header: Header, lineEnd: number): void {
  const rows: { cells: string[]; offsets: number[] }[] = [];
  header.rows = rows;
  for (let row = lineEnd + 1; row < lower.length; row = lineEnd + 1) {
    lineEnd = lower.indexOf('\n', row);
    if (lineEnd < 0) lineEnd = lower.length;
    const cells = rowCells(lower.slice(row, lineEnd), header.sep);
    if (cells.length !== header.heads.length) {
      header.end = row;
      return;
    }
    const offsets: number[] = [];
    for (let i = 0, offset = row; i < cells.length; offset += cells[i]!.length + 1, i++) offsets.push(offset);
    rows.push({ cells, offsets });
  }
  header.end = lower.length;
}

/** Pushes the column's dates; returns where the table read ends (`at` when there was none). */
function columnDates(
  lower: string,
  at: number,
  out: Span[],
  lines: Lines,
  last: { header?: Header },
): number {
  const lineStart = lines.startOf(at);
  const lineEnd = lines.endOf(at);
  if (lineEnd < 0) return at;
  if (last.header?.lineStart !== lineStart) last.header = readHeader(lower, lineStart, lineEnd);
  const header = last.header;
  const { heads, offsets } = header;
  if (heads.length < 2) return at;
  // The cell holding `at`: the last that starts at or before it, if `at` is not past its end.
  const column = bisect(offsets, at, true) - 1;
  if (column < 0 || at >= offsets[column]! + heads[column]!.length) return at;
  header.headShaped[column] ??= headCell.test(heads[column]!.trim().replace(/^"(.*)"$/, '$1'));
  if (!header.headShaped[column]) return at;
  if (!header.rows) readRows(lower, header, lineEnd);
  for (const row of header.rows!) {
    const raw = row.cells[column]!;
    const value = raw.trim().replace(/^"(.*)"$/, '$1');
    if (dateCell.test(value)) {
      const start = row.offsets[column]! + raw.indexOf(value);
      out.push({ start, end: start + value.length, type: 'dob' });
    }
  }
  return header.end!;
}

const placeholderDate = /^(?:0?1[-/. ]0?1[-/. ]1900|1900[-/. ]0?1[-/. ]0?1)$/;

/**
 * `table`: the header line and end of the last table read. A cue in its rows (a row that repeats the header word)
 * is no new header; another cue of the header line is another column.
 */
function dobAt(
  lower: string,
  start: number,
  out: Span[],
  table: { header: number; end: number },
  lines: Lines,
  last: { header?: Header },
): void {
  const lineStart = lines.startOf(start);
  if (start >= table.end || lineStart === table.header) {
    const end = columnDates(lower, start, out, lines, last);
    if (end > start) {
      table.header = lineStart;
      table.end = Math.max(table.end, end);
    }
  }
  birthDatesAfter(lower, start, out);
  dob.lastIndex = start;
  const m =
    dob.exec(lower) ??
    execAt(dobReply, lower, start) ??
    execAt(dobAskedReply, lower, start) ??
    execAt(partialDob, lower, start);
  if (!m) return;
  let value = m[1]!;
  let end = m.index + m[0].length;
  out.push({ start: end - value.length, end, type: 'dob' });
  for (let k = 0; k < 2; k++) {
    another.lastIndex = end;
    const next = another.exec(lower);
    if (!next || otherDate.test(next[1]! + ' ' + next[2]!)) return;
    value = next[3]!;
    end = next.index + next[0].length;
    out.push({ start: end - value.length, end, type: 'dob' });
  }
}

// Cues in scripts the word pass does not split into words (or that take particles: "생년월일은"): Korean,
// Japanese, Chinese, Arabic, Hindi, Russian and Greek "date of birth" and "born", then the date within the
// same sentence.
const scriptDob = new RegExp(
  `(?:생년월일|생일|출생일|出生日期|出生年月日|出生|生年月日|誕生日|(?<!発)生日|تاريخ الميلاد|تاريخ ميلاد|مواليد|जन्म तिथि|जन्मतिथि|जन्म की तारीख|` +
    `дата рождения|родился|родилась|ημερομηνία γέννησ[ηή]ς|γεννήθηκα)[^\\n.;!?。]{0,16}?(?<![\\p{N}])(${date})(?![\\p{N}]|[-/.]\\d)`,
  'gu',
);

const scriptDobCue = /생년월일|出生日期|出生年月日|生年月日|誕生日|تاريخ الميلاد|जन्म तिथि|дата рождения/gu;

export const detectDob: Detector = (input) => {
  const first = input.out.length;
  findDobs(input);
  // A system's empty date is no one's birth: "DOB: 01/01/1900 (placeholder)".
  const { out, text } = input;
  for (let i = out.length - 1; i >= first; i--)
    if (out[i]!.type === 'dob' && placeholderDate.test(text.slice(out[i]!.start, out[i]!.end)))
      out.splice(i, 1);
  // "… DOB 03/11/1992 … so 03/11/1992": written the same way again.
  if (input.out.length > first)
    foundAgain(input.text, input.out, first, 'dob', (v) => (/\d/.test(v) && v.length >= 6 ? v : undefined));
};

const findDobs: Detector = ({ text, lower, words, out }) => {
  pidValues(text, words, 'dob', out);
  if (words.scripts) {
    scriptDob.lastIndex = 0;
    for (let m = scriptDob.exec(lower); m; m = scriptDob.exec(lower)) {
      const end = m.index + m[0].length;
      out.push({ start: end - m[1]!.length, end, type: 'dob' });
    }
    // "生年月日が誤って登録されています。正しくは1987年11月3日です": dates of a birth year in the cue's paragraph.
    scriptDobCue.lastIndex = 0;
    for (let m = scriptDobCue.exec(lower); m; m = scriptDobCue.exec(lower))
      birthDatesAfter(lower, m.index, out, laterBirthDateCjk);
  }
  const table = { header: -1, end: -1 };
  const lines = new Lines(lower);
  const last: { header?: Header } = {};
  for (let k = 0; k < words.values.length; k++)
    if (words.flags[k]! & WordFlag.dob) dobAt(lower, words.starts[k]!, out, table, lines, last);
  // "D.O.B." is three one-letter words: the word pass lists where it stands.
  for (const i of words.dobDots) dobAt(lower, i, out, table, lines, last);
};
