// Names found by a lexicon of given names rather than by a cue: "Escalated by Will Brennan", "les escribe
// Carlos Méndez de …", "ma mère Françoise Martin", "Zhang Wei (accounts) asked". A known given name followed
// by a surname-shaped word is a name anywhere; a given name alone is one where a cue already points
// (greeting, sign-off, "my colleague raj", "grant Rose access"), or, when it is no word and no place, inside a
// sentence after a lower-case word or another given name and a comma ("spoke to Rahul at the site"). The word
// pass flags the given names, so this costs one table lookup per word of the text plus a little work per flagged
// word.
//
// The lexicon (given-names.data.ts) is generated from faker's per-locale first names and SCOWL's common English
// words. Names that are also common words ("Will", "Grant", "Rose", "Hope") need a surname that is not a word,
// or a strong cue, and a capitalised common word after a given name ("Grant Type", "Julia Package") is not
// taken for a surname unless it is a known surname ("Emma Brown").
import {
  commonWords as commonList,
  familyNamesFirst as familyFirstList,
  givenNames as givenList,
  wordGivenNames as wordGivenList,
  wordSurnames as wordSurnameList,
} from './given-names.data.ts';
import { isDigit, isWordChar } from './context.ts';
import { companyWords, legalForms, nameParticles, stopWords } from './name-words.ts';
import type { Kind } from './name-cues.ts';
import { execAt, readAt } from './sticky.ts';
import type { Span } from './types.ts';
import { listedWord } from './word-forms.ts';
import { WordFlag, type Words } from './words.ts';

const setOf = (list: string) => new Set(list.split(/\s+/).filter(Boolean));
/** Given names that are no common English word. */
export const givenNames: ReadonlySet<string> = setOf(givenList);
/** Given names that are common English words: "will", "grant", "rose". */
export const wordGivenNames: ReadonlySet<string> = setOf(wordGivenList);
/** Surnames written first: "Zhang Wei", "Park Ji-hoon". */
export const familyNamesFirst: ReadonlySet<string> = setOf(familyFirstList);
const commonWords: ReadonlySet<string> = setOf(commonList);
const wordSurnames: ReadonlySet<string> = setOf(wordSurnameList);

/**
 * Given names that are also product, place or technology names often written in tickets ("Aurora
 * Serverless", "Athena Query", "Sage Intacct"): treated as ambiguous.
 */
const productNames: ReadonlySet<string> = new Set(
  (
    'ada alexa apollo athena aurora azure cassandra chrome delta echo electra elixir ember fedora gemini ' +
    'helios hermes iris java jasper jenkins julia kafka kali luna mariadb mercedes nova oracle orion ' +
    'phoenix python ruby sage sierra siri sonoma tesla ubuntu venus vesta victoria virginia georgia carolina ' +
    'florida india china paris sydney austin dallas houston denver phoenix orlando madison lincoln jackson ' +
    'charlotte florence savannah vienna santiago lima rio santa san ' +
    // Brands, plans and tools written like given names: "my Kia", "Signing in with Okta", "the Max plan".
    'ford kia dell okta django max hudson devon adelaide wellington chelsea hugo harley porsche jaguar ' +
    'mazda skoda lexus nissan honda bentley dodge rover evoque niro apple amazon tiffany chanel gucci ' +
    // Languages and nationalities: "for German learning".
    'german ' +
    // A network, travel words and a city: "orders via Tor exit nodes", "Pax", "child fares", "Molarwise Chester".
    'tor pax fares chester'
  ).split(' '),
);

// Sticky token readers, shared with names.ts and name-layouts.ts.
/** A capitalised word: "Maria", "O'Connell", "Mary-Kate". */
// (Not a word glued to a number: "INC0052198".)
export const capToken = /\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*(?!\p{N})/uy;
/** A lower-case word: "maria", "o'connell". */
export const lowerToken = /\p{Ll}[\p{Ll}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
const capsToken = /\p{Lu}[\p{Lu}\p{M}]*(?:['’-]\p{Lu}[\p{Lu}\p{M}]*)*(?![\p{L}\p{M}\p{N}])/uy;
/** A space or a tab. */
export const isBlankCode = (c: number) => c === 32 || c === 9;
/** The length of the run of spaces and tabs at `i` of `text`, 0 when there is none (`/[ \t]+/y`, no match array). */
export function gapAt(text: string, i: number): number {
  let j = i;
  while (isBlankCode(text.charCodeAt(j))) j++;
  return j - i;
}
const particle = new RegExp(`(?:(?:${nameParticles.join('|')})[ \\t]+)+(?=\\p{Lu})`, 'uy');
/** … or capitalised, as Flemish, Italian and French names write them: "Joris Van den Berghe", "Chiara Di Stefano". */
const capitalParticle =
  /(?:Van|Von|Vander|De|Del|Della|Di|Da|Du|Le|La|Ter|Ten)[ \t]+(?:(?:der|den|de|la|le)[ \t]+)?(?=\p{Lu}\p{Ll})/uy;
// `"Cliff" ` in `Clifford "Cliff" Beaumont`: a nickname in quotes between a given name and a surname.
const nickname = /["“'‘]\p{Lu}[\p{Ll}\p{M}]{0,14}["”'’][ \t]+(?=\p{Lu})/uy;
/** The length of a quoted nickname and the blanks after it at `i`, before a capital; 0 when there is none. */
export function nicknameAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 34 && c !== 39 && c !== 0x201c && c !== 0x2018) return 0;
  return readAt(nickname, text, i)?.length ?? 0;
}
// A capital inside a word makes it a product or brand ("WireGuard", "PayPal", "iPhone") unless a name prefix
// explains it ("McDonald", "MacArthur", "DeShawn", "LaToya", "DiCaprio", "VanDyke", "O'Brien").
const laterParticle =
  /(?:de[ \t]+la|de[ \t]+las|de[ \t]+los|van[ \t]+der|van[ \t]+den|von[ \t]+der)[ \t]+(?=\p{Lu})/uy;
const patronymic = /(?:bin|binti|binte|bint|ibn|ben)[ \t]+(?=\p{Lu})/uy;
export const innerCapital = /^.[\p{Ll}\p{M}]*\p{Lu}/u;
export const namePrefix =
  /^(?:Mc|Mac|De|Da|Di|Du|La|Le|Van|Von|Fitz|St|O['’]|D['’]|L['’]|Al-|El-|Ben-|Abu-|Ibn-)\p{Lu}|-\p{Lu}/u;
/** What follows a name, its first word in group 1: a company suffix there makes the name a company's. */
const companyAfter = /[ \t]*(,)?[ \t]*([\p{L}.]+)/uy;

/**
 * The word after `end` when it makes the words before it a company: a trade or legal form ("Acme Corp",
 * "Brennan Logistics"), or after a comma a legal form only ("Acme, Inc."; "Fen Zhou, payroll no …" is a person).
 */
export function companySuffixAt(text: string, end: number): string | undefined {
  const m = execAt(companyAfter, text, end);
  if (!m) return undefined;
  const word = m[2]!.toLowerCase().replace(/\.$/, '');
  return (m[1] ? legalForms : companyWords).has(word) ? m[2] : undefined;
}
const calendar = new Set(
  'jan feb mar apr jun jul aug sep sept oct nov dec january february march april may june july august september october november december'.split(
    ' ',
  ),
);

// The same capitalised words come back body after body ("Thanks", "Please", the names of a customer base):
// their readings are remembered, within a bound, rather than lower-cased and split again.
const memoLimit = 20_000;
const classMemo = new Map<string, 0 | 1 | 2>();
const surnameMemo = new Map<string, number>();

function remember<V>(memo: Map<string, V>, key: string, value: V): V {
  if (memo.size >= memoLimit) memo.clear();
  memo.set(key, value);
  return value;
}

/** Whether `word` is a given name that is also a product, brand or place name ("Chrome", "Sydney"). */
export function isProductName(word: string): boolean {
  return productNames.has(word.toLowerCase());
}

/** How a word reads as a given name: 2 = a given name, 1 = a given name that is also a word, 0 = neither. */
export function givenNameClass(word: string): 0 | 1 | 2 {
  return classMemo.get(word) ?? remember(classMemo, word, classOf(word));
}

/**
 * Months that are given names ("June Hargreaves", "Hi April!"), which the lexicon leaves out with the calendar:
 * ambiguous, so a surname or a cue has to vouch for them, and the word pass does not start from them.
 */
const calendarGivenNames: ReadonlySet<string> = new Set(['april', 'may', 'june', 'august']);

function classOf(word: string): 0 | 1 | 2 {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (calendarGivenNames.has(lower)) return 1;
  // "Ji-woo", "Jean-Luc": a hyphenated given name listed whole.
  if (givenNames.has(lower) && !productNames.has(lower)) return 2;
  const parts = lower.split('-');
  let cls: 0 | 1 | 2 = 2;
  for (const p of parts) {
    if (givenNames.has(p) && !productNames.has(p)) continue;
    if (wordGivenNames.has(p) || productNames.has(p)) cls = 1;
    else return 0;
  }
  return cls;
}

/**
 * Whether `token` (as written) can be the surname after a given name: no common word unless a known surname
 * ("Brown"), and none at all when `lowercase` ("customer marco bellini said", not "customer marco said").
 */
function surnameShaped(token: string, lowercase: boolean): boolean {
  // Bit 1: a surname when capitalised; bit 2: also when written in lower case.
  const known = surnameMemo.get(token) ?? remember(surnameMemo, token, surnameBits(token));
  return (known & (lowercase ? 2 : 1)) !== 0;
}

function surnameBits(token: string): number {
  return (isSurname(token, false) ? 1 : 0) | (isSurname(token, true) ? 2 : 0);
}

/** Prefixes inside a hyphenated surname ("Al-Sayed", "Ben-David"): no words of their own. */
const surnamePrefixes = new Set(['al', 'el', 'ben', 'abu', 'ibn', 'bin', 'bint', 'binte', 'ould']);

function isSurname(token: string, lowercase: boolean): boolean {
  if (token.length < 2 || token.length > 24) return false;
  if (innerCapital.test(token) && !namePrefix.test(token)) return false;
  const lower = token.toLowerCase().replace(/['’]s$/, '');
  if (stopWords.has(lower) || companyWords.has(lower) || calendar.has(lower)) return false;
  const parts = lower.split('-');
  // Capitalised, a part no word is vouches for a word beside it: "Delacroix-Bell" ("Check-In" stays out).
  let vouched = false;
  let word = false;
  for (const part of parts) {
    if (surnamePrefixes.has(part)) continue;
    if (!listedWord(commonWords, part)) vouched = parts.length > 1 && !lowercase && part.length >= 3;
    else if (lowercase || !wordSurnames.has(part)) word = true;
  }
  return !word || vouched;
}

/** A capitalised word after a role or field cue that is a common word and no name: "Client Credentials". */
export function commonWordNotName(word: string): boolean {
  // The given-name class is remembered per word: most words asked about are names, and end the check here.
  if (givenNameClass(word) !== 0) return false;
  const lower = word.toLowerCase();
  return listedWord(commonWords, lower) && !wordSurnames.has(lower);
}

/**
 * Surname words after a given name ending at `end`, in the case of the given name; the end of the last, or -1
 * for a company. `ambiguous`: the given name is also a word or a place.
 */
function surnamesAfter(
  text: string,
  end: number,
  ambiguous: boolean,
  lowercase: boolean,
  max: number,
): number {
  // Particles right after a given name that is no word or place ("Sanne van der Berg", not "Rio de Janeiro"),
  // not after the surname ("Carlos Méndez de Grupo Alfa").
  let i = end;
  for (let n = 0; n < max; n++) {
    const g = gapAt(text, i);
    if (!g) break;
    let j = i + g;
    if (!lowercase && n === 0) j += nicknameAt(text, j);
    if (!lowercase && !ambiguous && n === 0) {
      const p = readAt(particle, text, j) ?? readAt(capitalParticle, text, j);
      if (p) j += p.length;
    } else if (!lowercase && n > 0) {
      // A patronymic, which only names have, after any word: "Ahmad Faizal bin Rahman"; a particle of two
      // words after a surname: "Nuria Fernández de la Fuente", "Lotte Jansen van der Berg".
      const p = readAt(patronymic, text, j) ?? readAt(laterParticle, text, j);
      if (p) j += p.length;
    }
    const t = readAt(lowercase ? lowerToken : capToken, text, j);
    if (!t || !surnameShaped(t, lowercase)) break;
    if (lowercase && givenNameClass(t) === 1) break;
    i = j + t.length;
  }
  // A company suffix right after the words makes them a company ("Austin Digital Ltd", "Brennan Logistics"),
  // but not a word that only spells like one ("… O'Connell as admins").
  const suffix = companySuffixAt(text, i);
  if (suffix && /^\p{Lu}/u.test(suffix)) return -1;
  return i;
}

const boundaryAfter = /[ \t]*(?:[,.!?;:)\n]|$|[-—–])/y;
const lowerWordAfter = /[ \t]+\p{Ll}/uy;

/** Where a lone given name may stand. */
interface LoneOptions {
  /** A lowercase given name counts (not one that is also a word). */
  readonly lowercase: boolean;
  /** A given name that is also a word counts before a lowercase word too ("grant Rose read-only access"). */
  readonly beforeLower?: boolean;
  /** A lowercase given name that is also a word counts too: after "my name is" ("my name is will"). */
  readonly lowerWords?: boolean;
}

/**
 * The given name at `pos` (after optional dashes: "Thanks — Priyanka"), with the surnames after it: for a cue
 * that points at a person. An ambiguous given name counts only capitalised and at the end of a phrase; a
 * lowercase one only when `lowercase` allows and it is no word; all-caps names only when the text there is
 * all-caps ("NAME: SARAH O'NEILL").
 */
function givenNameAt(text: string, pos: number, options: LoneOptions): [number, number] | undefined {
  let i = pos;
  while (text[i] === '-' || text[i] === '—' || text[i] === '–' || text[i] === ' ' || text[i] === '\t') i++;
  const caps = readAt(capsToken, text, i);
  if (caps && caps.length >= 2) {
    if (givenNameClass(caps) !== 2) return undefined;
    let end = i + caps.length;
    for (let n = 0; n < 3; n++) {
      const g = gapAt(text, end);
      const t = g && readAt(capsToken, text, end + g);
      if (!t || t.length < 2 || stopWords.has(t.toLowerCase())) break;
      end += g + t.length;
    }
    return [i, end];
  }
  const cap = readAt(capToken, text, i);
  const token = cap ?? (options.lowercase ? readAt(lowerToken, text, i) : undefined);
  // Short lowercase words are too often words of another language ("je suis sa fille").
  if (!token || (!cap && token.length < 3)) return undefined;
  const cls = givenNameClass(token);
  // "Customer: tue 8:30": a weekday or month is no name.
  if (cls === 0 || (!cap && cls === 1 && !options.lowerWords) || weekdayOrMonth.test(token)) return undefined;
  const end = i + token.length;
  const more = surnamesAfter(text, end, cls === 1, !cap, 2);
  if (more < 0) return undefined;
  if (more > end) return [i, more];
  if (cls === 2) return [i, end];
  boundaryAfter.lastIndex = end;
  if (boundaryAfter.test(text)) return [i, end];
  lowerWordAfter.lastIndex = end;
  return options.beforeLower && lowerWordAfter.test(text) ? [i, end] : undefined;
}

/** Whether the word at `start` stands alone: not inside a token, an email, a path or a dotted name. */
function wordStart(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start - 1);
  return !isWordChar(c) && c !== 64 && c !== 46 && c !== 95 && c !== 47 && c !== 45 && c !== 39;
}

/**
 * Whether a product or place name is followed by a word that is no known surname ("Santa Clara", "Nova
 * Scotia", "Mercedes Benz"), where "Victoria Smith" is a person.
 */
function placeThenName(text: string, first: string, end: number): boolean {
  if (!productNames.has(first.toLowerCase())) return false;
  const next = readAt(capToken, text, end + gapAt(text, end));
  return !next || !wordSurnames.has(next.toLowerCase());
}

const joiner = /[ \t]+(?:and|&|or|und|et|y|e|en)[ \t]+/y;

/** The given name (no word) after "and" that follows a given name ending at `end`. */
function joinedGivenName(text: string, end: number): [number, number] | undefined {
  const j = readAt(joiner, text, end);
  if (!j) return undefined;
  const name = readAt(capToken, text, end + j.length);
  if (!name || givenNameClass(name) !== 2) return undefined;
  const start = end + j.length;
  const last = surnamesAfter(text, start + name.length, false, false, 2);
  return last < 0 ? undefined : [start, Math.max(last, start + name.length)];
}

/**
 * Names that need no cue: a capitalised given name and a surname-shaped word ("Will Brennan", "Mary-Kate
 * O'Connell", "Maria José Santos"); a family name written first and a given name ("Zhang Wei"); a given name
 * alone in parentheses ("(sofia)"). `words`: the flagged words of the text.
 */
export function detectGivenNames(text: string, words: Words, found: Span[]): void {
  const { starts, flags } = words;
  for (let k = 0; k < starts.length; k++) {
    if (!(flags[k]! & (WordFlag.givenName | WordFlag.givenNameWord))) continue;
    const start = starts[k]!;
    const c = text.charCodeAt(start);
    if (c >= 97 && c <= 122 && text.charCodeAt(start - 1) !== 40) continue;
    if (text.charCodeAt(start - 1) === 47) {
      const pnr = airlineName(text, start);
      if (pnr) found.push({ start: pnr[0], end: pnr[1], type: 'name' });
      continue;
    }
    if (!wordStart(text, start)) continue;
    const cap = readAt(capToken, text, start);
    // "Ma. Cristina dela Cruz": the Filipino short form of María, then a given name.
    if (cap === 'Ma' && text.startsWith('. ', start + 2)) {
      const next = readAt(capToken, text, start + 4);
      if (next && givenNameClass(next) === 2) {
        const more = surnamesAfter(text, start + 4 + next.length, false, false, 3);
        if (more >= 0) found.push({ start, end: Math.max(more, start + 4 + next.length), type: 'name' });
        continue;
      }
    }
    const family = cap && familyFirst(text, start, cap);
    if (family) {
      found.push({ start, end: family, type: 'name' });
      continue;
    }
    if (!cap) {
      const lower = text[start - 1] === '(' && readAt(lowerToken, text, start);
      if (lower && text[start + lower.length] === ')' && givenNameClass(lower) === 2)
        found.push({ start, end: start + lower.length, type: 'name' });
      continue;
    }
    const end = start + cap.length;
    if (cap.length > 24 || (innerCapital.test(cap) && !namePrefix.test(cap))) {
      // "KHALID AL-MANSOURI": an upper-case given name and upper-case surnames.
      const caps = cap.length >= 4 ? capsSurnames(text, cap, end) : -1;
      if (caps > 0) found.push({ start, end: caps, type: 'name' });
      continue;
    }
    const cls = givenNameClass(cap);
    if (
      cls !== 0 &&
      (vocative(text, start, end, cls) || namedByTeamOrRole(text, end) || listedWithName(text, end)) &&
      !weekdayOrMonth.test(cap)
    ) {
      found.push({ start, end, type: 'name' });
      continue;
    }
    if (cls !== 0) {
      // "Marcus J. Whitfield": a middle initial between the given name and the surname.
      const middle = cls === 2 ? middleInitial(text, end) : -1;
      if (middle > 0) {
        found.push({ start, end: middle, type: 'name' });
        continue;
      }
      const more = surnamesAfter(text, end, cls === 1, false, 3);
      if (more > end && (cls === 2 || !placeThenName(text, cap, end))) {
        found.push({ start, end: more, type: 'name' });
        continue;
      }
      if (cls === 2 && ((text[start - 1] === '(' && text[end] === ')') || labelValue(text, start, end))) {
        found.push({ start, end, type: 'name' });
        continue;
      }
      // "Olivia and Noah both lost access": two given names joined, neither of them a word.
      const other = cls === 2 ? joinedGivenName(text, end) : undefined;
      if (other) {
        found.push({ start, end, type: 'name' }, { start: other[0], end: other[1], type: 'name' });
        continue;
      }
      if (cls === 2 && (loneGivenName(text, start, end) || speaksFirst(text, start, end)))
        found.push({ start, end, type: 'name' });
    }
  }
}

/** A middle initial after a given name: " J. " or " J " (not "I" or "A"), before the surname's blanks. */
const middle = /[ \t]+(?:\p{Lu}\.|[B-HJ-Z](?=[ \t]))/uy;

/** The end of the surnames after a middle initial following a given name that ends at `end`, or -1. */
function middleInitial(text: string, end: number): number {
  // The dot after the initial two or three characters on ("Marcus J. W…"), or a blank ("Ana L Torres"), before
  // the regex.
  const c = text.charCodeAt(end + 2);
  const d = text.charCodeAt(end + 3);
  if (c !== 46 && d !== 46 && c !== 32 && d !== 32) return -1;
  const m = readAt(middle, text, end);
  const g = m ? gapAt(text, end + m.length) : 0;
  if (!g) return -1;
  const at = end + m!.length + g;
  const t = readAt(capToken, text, at);
  if (!t || !surnameShaped(t, false) || givenNameClass(t) === 1) return -1;
  const more = surnamesAfter(text, at + t.length, false, false, 1);
  return more < 0 ? -1 : Math.max(more, at + t.length);
}

/** Whether `token` has a letter and no lower-case one. */
const upperOnly = (token: string) => token === token.toUpperCase() && token !== token.toLowerCase();
/** "AL-MANSOURI" → "Al-Mansouri", to be read as a surname written in title case. */
const titleCase = (token: string) =>
  token.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());

/** Acronyms that follow an upper-case word which is also a given name: "ESME GUID", "JADE API". */
const techAcronyms: ReadonlySet<string> = new Set(
  (
    'GUID UUID API SDK URL URI DNS VPN SSL TLS SSH FTP SMTP IMAP HTTP HTTPS JSON XML HTML CSV PDF SQL CPU GPU RAM ' +
    'ROM SSD HDD USB HDMI LAN WAN WIFI LTE MAC IMEI ICCID SIM PIN OTP MFA SSO KYC AML VAT GST NDC SKU EAN UPC ' +
    'MPAN MPRN ESME IHD CRM ERP POS ATM EMV NFC RFID QR APP IOS'
  ).split(' '),
);

/** The end of one or two upper-case surnames after an upper-case given name `given` ending at `end`, or -1. */
function capsSurnames(text: string, given: string, end: number): number {
  const cls = givenNameClass(given);
  if (!upperOnly(given) || cls === 0) return -1;
  let last = -1;
  let i = end;
  // A middle initial first: "KEVIN J. DUBROVSKY", "ANA M PEREIRA" (not "I" or "A").
  const initial = readAt(middle, text, i);
  if (initial) i += initial.length;
  for (let n = 0; n < 2; n++) {
    const g = gapAt(text, i);
    const t = g ? readAt(capsToken, text, i + g) : undefined;
    if (!t || t.length < 3 || isWordChar(text.charCodeAt(i + g + t.length)) || techAcronyms.has(t)) break;
    // After a given name that is also a word ("BILL PAYMENT"), no common word at all.
    if (!surnameShaped(cls === 2 ? titleCase(t) : t.toLowerCase(), cls === 1)) break;
    i += g + t.length;
    last = i;
  }
  return last;
}

const valueLineEnd = /[ \t]*(?:[.!][ \t]*)?(?:\n|$)/y;

/** "Presa in carico: Francesca", "Handled by: Ingrid": a given name alone filling a labelled line's value. */
function labelValue(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (text[i] === ' ' || text[i] === '\t') i--;
  if (text[i] !== ':' || i === start - 1) return false;
  valueLineEnd.lastIndex = end;
  return valueLineEnd.test(text);
}

// Romanised syllables of the given names written after a family name: pinyin ("Yue", "Xiaoming"), Korean
// ("Min-jun", "Ji-hoon") and Japanese ("Haruki") — names the lexicon, generated from native scripts, lacks.
const pinyin =
  /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|iao|ian|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|o|e|i|u|ü|v)){1,2}$/;
const syllables = /^[a-z]{1,5}-[a-z]{2,5}$/;
const upperWord = /\p{Lu}[\p{Lu}\p{M}]*(?![\p{L}\p{M}])/uy;

/** Whether `token` reads as a romanised East Asian given name: pinyin, or two hyphenated syllables. */
function romanisedGiven(token: string): boolean {
  const lower = token.toLowerCase();
  if (syllables.test(lower)) return /[aeiouy]/.test(lower.slice(lower.indexOf('-')));
  return pinyin.test(lower) && !listedWord(commonWords, lower);
}

/**
 * A family name written first, as at `start` ("Zhang Wei", "KIM Min-jun", "Li Yue"), and the given name after
 * it: the end of the given name, or 0. A family name that is also an English word ("Song", "Do") needs a given
 * name the lexicon knows.
 */
function familyFirst(text: string, start: number, cap: string): number {
  const family = cap.toLowerCase();
  if (!familyNamesFirst.has(family)) return 0;
  const end = start + cap.length;
  const g = gapAt(text, end);
  const given = g && readAt(capToken, text, end + g);
  if (!given || !/\p{Ll}/u.test(given)) return 0;
  const known = givenNameClass(given) === 2 || familyNamesFirst.has(given.toLowerCase());
  if (!known && (listedWord(commonWords, family) || !romanisedGiven(given))) return 0;
  return end + g + given.length;
}

const pnrTitle = /[ \t]*(?:MR|MRS|MS|MISS|MSTR|DR)\b/y;
/** Capitals before a passenger's name that are no family name: "PAX", "NAME", "SAY". */
const notFamilyName: ReadonlySet<string> = new Set(
  'PAX PASSENGER PASSENGERS NAME NAMES CHANGE PNR TKT SSR WCHR ADULT CHILD INFANT GUEST FOR TO AND THE SAY NEW OLD'.split(
    ' ',
  ),
);

/**
 * An airline passenger name, "SURNAME/GIVEN" in upper case ("ALMANSOURI/AHMED MR"), with the given name at
 * `start`: a known given name, or any word before a title.
 */
function airlineName(text: string, start: number): [number, number] | undefined {
  const given = readAt(upperWord, text, start);
  if (!given || given.length < 2) return undefined;
  let end = start + given.length;
  // Not a path or code list: "MTL/LON/ETH-004471".
  if (/[/\p{L}\p{N}_-]/u.test(text[end] ?? ' ')) return undefined;
  let titled = readAt(pnrTitle, text, end) !== undefined;
  // Two given names before the title: "RAMIREZ LOPEZ/ANA SOFIA MS".
  const second = !titled && text[end] === ' ' ? readAt(upperWord, text, end + 1) : undefined;
  if (second && second.length >= 2 && readAt(pnrTitle, text, end + 1 + second.length) !== undefined) {
    end += 1 + second.length;
    titled = true;
  }
  if (givenNameClass(given) !== 2 && !titled) return undefined;
  let i = start - 1;
  while (i > 0 && /[\p{Lu}'’-]/u.test(text[i - 1]!)) i--;
  while (i < start && !/\p{Lu}/u.test(text[i]!)) i++;
  if (start - 1 - i < 2 || (i > 0 && /[\p{L}\p{N}/]/u.test(text[i - 1]!))) return undefined;
  // Two three-letter codes are a route or a site pair ("AMS/LON"), not a passenger, unless a title follows.
  if (!titled && start - 1 - i === 3 && given.length === 3) return undefined;
  // Two family names before a title: "RAMIREZ LOPEZ/ANA SOFIA MS".
  if (titled && text[i - 1] === ' ') {
    let j = i - 1;
    while (j > 0 && /[\p{Lu}'’-]/u.test(text[j - 1]!)) j--;
    const word = text.slice(j, i - 1);
    // … after no other word in capitals ("NAME CHANGE SMITH/JOHN MR").
    if (
      word.length >= 2 &&
      !notFamilyName.has(word) &&
      (j === 0 || /[\s(:,]/.test(text[j - 1]!)) &&
      !/\p{Lu}{2,}[ \t]*$/u.test(text.slice(Math.max(0, j - 12), j))
    )
      i = j;
  }
  return [i, end];
}

// "… INVALID_CREDENTIALS. - Felipe", "thx - Jules": a given name after a dash that ends the text.
const trailingDash = /[ \t\n](?:--?|—|–)[ \t]*$/u;

/** A short note in parentheses that may follow a sign-off: "-hope (MS rep 4471)". */
const noteAtEnd = /[ \t]*\([^()\n]{1,30}\)[\s.!]*$/;
const sentenceEndBefore = /[.!?][ \t]*$/;
// After a slash only two letters: "/TK" signs a note, "/DHL" names a carrier.
const signOffInitials = /[.!?][ \t]+(?:(?:--?|—|–)[ \t]*([A-Z]{2,3})|\/([A-Z]{2}))[.!]?[ \t]*$/;
/** Places written as initials: "Shipping to Canada, U.S." */
export const placeInitials: ReadonlySet<string> = new Set([
  'U.S.',
  'U.K.',
  'E.U.',
  'U.N.',
  'N.Z.',
  'S.A.',
  'P.S.',
  'D.C.',
  'L.A.',
  'N.Y.',
]);
const dottedInitials = /(?:[.!?,][ \t]+(?:(?:--?|—|–)[ \t]*)?|[ \t](?:--?|—|–)[ \t]*)([A-Z]\.[A-Z]\.)$/;
/** Upper-case words of two or three letters that close a note without naming anyone. */
const closingAcronyms = new Set(
  (
    'OK TBD TBC ASAP EOD EOW FYI NB PS ETA TIA HTH NA THX TY LOL BRB AFK IMO ' +
    // Teams and roles sign notes too: "- QA", "– PM".
    'QA IT SRE PM CS DB HR PR AR AP OPS DEV ENG MGR SUP CX UX UI BA PO SD NOC SOC SEC NET SYS ADM CEO CTO CFO COO ' +
    'CC BCC'
  ).split(' '),
);

/**
 * A given name alone at the very end of the text, after a dash ("… INVALID_CREDENTIALS. - Felipe", "thx -jess")
 * or after a finished sentence ("… sort this out. dawn"), and a note in parentheses may follow ("-hope (MS rep
 * 4471)"); a name that is also a word only after a finished sentence. Or an agent's initials after a dash that
 * ends a note ("… to Debt Team. – KM").
 */
export function trailingGivenName(text: string): [number, number] | undefined {
  let end = text.length;
  // A quote may close a message quoted whole: "… instead? - Anwen\"".
  while (end > 0 && /[\s.!"”]/.test(text[end - 1]!)) end--;
  // The dot after the initials may close them, whatever comes after it.
  const initials = signOffInitials.exec(text.slice(Math.max(0, end - 12), text[end] === '.' ? end + 1 : end));
  const letters = initials?.[1] ?? initials?.[2];
  if (letters && !closingAcronyms.has(letters)) {
    const at = text.lastIndexOf(letters, end);
    return [at, at + letters.length];
  }
  // "… Logged by front desk, K.M.": initials with dots after a comma, a sentence or a dash.
  const dotted =
    text.charCodeAt(end) === 46 ? dottedInitials.exec(text.slice(Math.max(0, end - 12), end + 1)) : null;
  if (dotted && !placeInitials.has(dotted[1]!)) return [end + 1 - dotted[1]!.length, end + 1];
  const note = text.charCodeAt(end - 1) === 41 ? noteAtEnd.exec(text.slice(Math.max(0, end - 40))) : null;
  if (note) {
    end -= note[0].trimEnd().length;
    while (end > 0 && /[\s.!]/.test(text[end - 1]!)) end--;
  }
  let start = end;
  while (start > 0 && /[\p{L}\p{M}'’-]/u.test(text[start - 1]!)) start--;
  // "-jess": the dash written against the name is the sign-off's.
  while (start < end && text[start] === '-') start++;
  if (start === end) return undefined;
  const before = text.slice(Math.max(0, start - 8), start);
  const dashed = trailingDash.test(before);
  const afterSentence = sentenceEndBefore.test(dashed ? before.replace(trailingDash, '') : before);
  if (!dashed && !afterSentence) return undefined;
  // Read up to `end`: the name ends the text there, before any note.
  const r = givenNameAt(text.slice(0, end), start, { lowercase: true, lowerWords: afterSentence });
  if (!r || r[1] !== end) return undefined;
  const first = text.slice(start, end).split(/[ \t]/)[0]!.toLowerCase();
  const cls = givenNameClass(first);
  // Only a name that is no word or product after a dash alone: "… since v3.2. - Chrome" is no signature; a word
  // after a finished sentence ("… sort this out. dawn"), but no product or month ("… fixed. May").
  if (cls === 2) return r;
  return cls === 1 && afterSentence && !isProductName(first) && !calendarGivenNames.has(first)
    ? r
    : undefined;
}

const greetEnd = /[ \t]*(?:[,!:;.\n)]|$|[-—–])/y;
const weakEnd =
  /(?:[ \t]*(?:[,.!;:)\n]|[-—–]|$)|[ \t]+(?:from|with|at|of|here|and|calling|speaking|in|on|for|via|writing|again)\b)/iy;

function endsWith(text: string, r: [number, number] | undefined, re: RegExp): [number, number] | undefined {
  if (!r) return undefined;
  re.lastIndex = r[1];
  return re.test(text) ? r : undefined;
}

/**
 * The given name a name cue of `kind` points at, ending at `at`, when the cue's own reading found none:
 * lowercase names ("my colleague raj", "hi sofia,"), names that are words ("Thanks,\nWill"), names after a dash
 * ("Thanks — Priyanka"), and the person after a verb that grants access ("grant Rose read-only access").
 */
export function givenNameAfterCue(kind: Kind, text: string, at: number): [number, number] | undefined {
  switch (kind) {
    case 'person':
      return givenNameAt(text, at, { lowercase: false, beforeLower: true });
    case 'honor':
    case 'inlinefield':
      return givenNameAt(text, at, { lowercase: false });
    case 'greet':
      return endsWith(text, givenNameAt(text, at, { lowercase: true }), greetEnd);
    case 'weak':
      return endsWith(text, givenNameAt(text, at, { lowercase: true }), weakEnd) ?? introducedFrom(text, at);
    case 'intro':
      return givenNameAt(text, at, { lowercase: true, lowerWords: true });
    case 'its':
      return endsWith(text, givenNameAt(text, at, { lowercase: true }), weakEnd);
    // "se llama …", "s'appelle …": pets, towns and plans are called by a given name alone.
    case 'called':
      return undefined;
    default:
      return givenNameAt(text, at, { lowercase: true });
  }
}

const vocativeAfter =
  /,[ \t]+(?:can|could|would|will|please|pls|plz|do|did|are|is|have|thanks|thank|let|fyi|any|when|what|how|where|just|quick|see|this|we|i|you)(?![\p{L}])/iuy;

/** "Mark, can you own this?", "Priya, please hold the batch": a given name addressed at a sentence's start. */
function vocative(text: string, start: number, end: number, cls: 1 | 2): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  // A given name that is also a word ("Chase, is this a fraud alert?") only before a request.
  if (!readAt(cls === 2 ? vocativeAfter : vocativeRequest, text, end)) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return (
    i < 0 ||
    text[i] === '\n' ||
    // After a finished sentence, or a label ("Internal note: Priya, this is …").
    ((text[i] === '.' || text[i] === '!' || text[i] === '?' || text[i] === ':') && i < start - 1)
  );
}

// "Will from the Leeds team", "Kevin from your billing team", "Grace in billing": a person named by the team
// they are in; "Bill (owner)", "Suresh (store manager)": by their role.
const fromTeamAfter =
  /[ \t]+(?:(?:from|at|in|on)[ \t]+(?:the|our|your|their|my)[ \t]+(?:[\p{L}&-]+[ \t]+){0,3}(?:team|office|desk|department|dept|branch|store|shop|site|depot|warehouse)|(?:in|from)[ \t]+(?:billing|finance|accounts|accounting|payroll|support|sales|hr|it|dispatch|shipping|returns|procurement|purchasing))(?![\p{L}])/iuy;
const roleInParentheses =
  /[ \t]*\((?:[\p{L}-]+[ \t]+){0,2}(?:owner|manager|wife|husband|partner|son|daughter|mother|father|mum|mom|dad|accountant|bookkeeper|boss|ceo|cfo|cto|coo|director|assistant|supervisor|colleague|tenant|landlord|technician|driver|cashier|clerk|acct[ \t]+holder|account[ \t]+holder|esposa|esposo|marido|mulher|filha|filho|mãe|pai|hija|hijo|madre|padre|mujer|femme|mari|fille|fils|frau|mann|tochter|sohn|moglie|marito|figlia|figlio|vrouw|dochter|zoon)\)/iuy;
function namedByTeamOrRole(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c === 40 || (isBlankCode(c) && text.charCodeAt(end + 1) === 40))
    return readAt(roleInParentheses, text, end) !== undefined;
  return isBlankCode(c) && readAt(fromTeamAfter, text, end) !== undefined;
}

// "(Tom, Priya and Chen)": a given name that is also a word, listed before one that is not.
const listNext = /(?:,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)(\p{Lu}[\p{Ll}\p{M}'’-]+)/uy;
function listedWithName(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c !== 44 && !isBlankCode(c)) return false;
  const m = execAt(listNext, text, end);
  return m !== null && givenNameClass(m[1]!) === 2 && !weekdayOrMonth.test(m[1]!);
}

const vocativeRequest = /,[ \t]+(?:can|could|would|please|pls|thanks|thank|you)(?![\p{L}])/iuy;
// A word before a given name that makes it a thing: "my Kia", "our Dell laptops", "the Max plan", "in Devon".
const thingBefore = new Set(
  'a an the my our your their his her its this that these those some any every each no in'.split(' '),
);

const fromAfter = /[ \t]+(?:from|here|calling|speaking)(?![\p{L}])/uy;

/**
 * "hi this is kavya from the koramangala store", "its Oyelaran here": a word the lexicon does not know, after an
 * introduction and before "from"/"here"/"calling", when it is no English word.
 */
function introducedFrom(text: string, at: number): [number, number] | undefined {
  const token = readAt(lowerToken, text, at) ?? readAt(capToken, text, at);
  if (!token || token.length < 3 || token.length > 20 || !readAt(fromAfter, text, at + token.length))
    return undefined;
  const lower = token.toLowerCase();
  // "it's OOO from Monday": an acronym (and a word of a script without case).
  if (token === token.toUpperCase()) return undefined;
  if (stopWords.has(lower) || listedWord(commonWords, lower) || companyWords.has(lower)) return undefined;
  // "im texting from 027 448 1920", "this is calling from …": a verb's -ing form, unless a known given name.
  if (lower.endsWith('ing') && givenNameClass(lower) !== 2) return undefined;
  return [at, at + token.length];
}

// "Ngozi said Friday that …", "Anneke told me": a given name that starts a sentence, then a verb of saying (a
// brand does things too: "Nike has not refunded me", "Genesis will cover it").
const verbAfter =
  /[ \t]+(?:said|says|told|tells|asked|asks|mentioned|confirmed|wrote|emailed|replied|noted|thinks|thought|agreed|suggested|promised|explained)(?![\p{L}])/uy;

function speaksFirst(text: string, start: number, end: number): boolean {
  if (!readAt(verbAfter, text, end)) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return (
    i < 0 || text[i] === '\n' || ((text[i] === '.' || text[i] === '!' || text[i] === '?') && i < start - 1)
  );
}

const weekdayOrMonth =
  /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|inc)$/i;

/**
 * Whether the capitalised given name (no word, no place) at `start` stands alone inside a sentence: after a
 * lower-case word or another given name and a comma ("spoke to Rahul at the site", "cc Dan, Priya and …"), not
 * before another capitalised word ("Priya Tower") or a dotted name, and no weekday, month or "Inc".
 */
function loneGivenName(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const g = gapAt(text, end);
  // Before another capitalised word, a number ("Loi 25", "Windows 11") or a slash ("America/New_York").
  if (g && (isUpperAt(text, end + g) || isDigit(text.charCodeAt(end + g)))) return false;
  if (text.charCodeAt(end) === 47) return false;
  if (text.charCodeAt(end) === 46 && isWordChar(text.charCodeAt(end + 1))) return false;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i === start - 1 || i < 0) return false;
  // In a list of given names: "Dan, Priya and Farah".
  const listed = text[i] === ',';
  // Addressed or named in apposition at the end of a clause: "I'm sorry to hear that, Declan.", "el agente que
  // me atendió, Ernesto, me dijo".
  // After a word in lower case: "Via Roma 45, Milano." is a city, "colours are Black, Olive." a list of things.
  if (
    listed &&
    clauseEnd(text.charCodeAt(end)) &&
    lowerWordEnds(text, i - 1) &&
    !weekdayOrMonth.test(text.slice(start, end))
  )
    return true;
  if (listed) while (--i >= 0 && (text[i] === ' ' || text[i] === '\t'));
  // The first letter of the word before.
  let j = i + 1;
  while (j > 0 && isWordLetter(text, j - 1)) j--;
  if (j > i) return false;
  const first = text.charCodeAt(j);
  if (!listed && !(first >= 97 && first <= 122) && (first < 0x80 || !lowerLetter.test(text[j]!)))
    return false;
  const before = text.slice(j, i + 1);
  if (listed && givenNameClass(before) !== 2) return false;
  if (!listed && thingBefore.has(before)) return false;
  return !weekdayOrMonth.test(text.slice(start, end));
}
/** Whether a word in lower case ends at `i` ("that" in "sorry to hear that, Declan."). */
function lowerWordEnds(text: string, i: number): boolean {
  let j = i;
  while (j >= 0 && isWordLetter(text, j)) j--;
  if (j === i) return false;
  const c = text.charCodeAt(j + 1);
  return c < 0x80 ? c >= 97 && c <= 122 : lowerLetter.test(text[j + 1]!);
}

/** `.`, `!`, `?`, `,` or `;`. */
const clauseEnd = (c: number) => c === 46 || c === 33 || c === 63 || c === 44 || c === 59;

function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? c >= 65 && c <= 90 : upperLetter.test(text[i] ?? '');
}
/** `wordLetter` for the character at `i`, without the regex for ASCII. */
function isWordLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return wordLetter.test(text[i]!);
}
const upperLetter = /\p{Lu}/u;
const lowerLetter = /\p{Ll}/u;
const wordLetter = /[\p{L}\p{M}'’-]/u;
