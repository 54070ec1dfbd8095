// Person names, found by context: greetings ("Hi Maria,"), sign-offs ("Thanks,\nJohn Smith"), introductions
// ("my name is …", "this is … from"), conversations ("spoke with …"), roles and relations ("customer …",
// "my colleague …"), honorifics, form fields ("Name: …") and email display names. A name found once is then
// redacted wherever else it appears in the text. The cue patterns are in name-cues.ts.
import { pidValues } from './hl7.ts';
import { isWordChar } from './context.ts';
import {
  commonWordNotName,
  companySuffixAt,
  detectGivenNames,
  gapAt,
  givenNameAfterCue,
  givenNameClass,
  innerCapital,
  isProductName,
  isBlankCode,
  lowerToken,
  namePrefix,
  nicknameAt,
  placeInitials,
  trailingGivenName,
} from './given-names.ts';
import { localParts } from './email-parts.ts';
import { lineStartWithin, nextSpeakerLine } from './lines.ts';
import { cuesByWord, honorific, signOff, type Kind, type Place } from './name-cues.ts';
import {
  companyDash,
  dropPlaceNames,
  mentions,
  nameColumnWords,
  nameFieldValue,
  quoteHeaders,
  speakerLabels,
  tableNames,
} from './name-layouts.ts';
import {
  stopWords,
  calendarWords,
  companyLeads,
  companyWords,
  eponymousCompanies,
  nameParticles,
} from './name-words.ts';
import { spokenDigitWords } from './phone.ts';
import { execAt, readAt } from './sticky.ts';
import type { Detector, Span } from './types.ts';

/** How much evidence a cue gives: lowercase names allowed, or capitalised only. */
type Mode = 'lenient' | 'strict';
import { WordFlag, gate, hasWord, type Words } from './words.ts';

function placed(text: string, pos: number, place: Place): boolean {
  // "User-Agent: Mozilla/5.0": a cue written against a hyphen is the end of a longer word.
  if (text.charCodeAt(pos - 1) === 45 && isWordChar(text.charCodeAt(pos - 2))) return false;
  if (place === 'any') return true;
  // Back over spaces, tabs and quote marks to the start of the line, or to what stands before the cue.
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '>')) i--;
  if (i < 0 || text[i] === '\n') return true;
  const c = text[i]!;
  // A message quoted from the start of its line: '"Hi Bongani, your ticket …"'.
  if ((c === '"' || c === '“') && (i === 0 || text[i - 1] === '\n')) return true;
  if (place === 'line') return false;
  if (place === 'sentence') return (c === '.' || c === '!' || c === '?') && i < pos - 1;
  // A form field: after a table or list separator, or a markdown emphasis opener at the start of a line.
  if (c === '|' || c === ';' || c === '\t') return true;
  // A label given in two languages: "이름/Name:".
  if (c === '/') {
    while (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\t' && text[i - 1] !== '\n') i--;
    return i === 0 || text[i - 1] === '\n';
  }
  if (c === '*' || c === '_' || c === '-') {
    while (i >= 0 && (text[i] === '*' || text[i] === '_' || text[i] === '-' || text[i] === ' ')) i--;
    return i < 0 || text[i] === '\n' || text[i] === '|';
  }
  return false;
}

// Sticky token readers: no slicing per token.
// "Dr. Patel", "Mr. and Mrs. Thompson", "Dr. med. Katrin Lehmann".
const honorificPrefix = new RegExp(
  `${honorific}\\.?[ \\t]+(?:(?:and|&|or|/)[ \\t]*${honorific}\\.?[ \\t]+)?(?:(?:med|phil|jur|rer\\.[ \\t]*nat|h\\.[ \\t]*c)\\.[ \\t]+)?`,
  'iuy',
);
// With an Arabic article or patronymic joined by a hyphen: "al-Hashimi", "bin-Laden".
const capToken = /(?:(?:al|el|bin|ibn|abu|ben|bint)-)?\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/uy;
// "R.", "J.-B." (a French compound given name).
const initial = /\p{Lu}\.(?:-\p{Lu}\.)?/uy;
const particle = new RegExp(
  `(?:${nameParticles.join('|')}|y)(?=[ \\t]+(?:\\p{Lu}|(?:der|den|de|la|le|da|du|di|del|los|las)[ \\t]+\\p{Lu}))`,
  'uy',
);
const hasLower = /\p{Ll}/u;

// Most reads start at a capitalised word: a look at one or two characters tells that the honorific, particle
// or initial pattern cannot match there, without running it (each is a Unicode regex that builds a match).
/** The first letters of a pattern's alternatives, as character codes; `caseless`: upper-case ones as well. */
function startCodes(alternatives: readonly string[], caseless: boolean): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const a of alternatives) {
    codes.add(a.charCodeAt(0));
    if (caseless) codes.add(a[0]!.toUpperCase().charCodeAt(0));
  }
  return codes;
}
const honorificStarts = startCodes(honorific.slice(3, -1).split('|'), true);
const particleStarts = startCodes([...nameParticles, 'y'], false);
/** Whether a pattern whose alternatives start with one of `codes` may match at `i`: ASCII is decided here. */
function mayStart(codes: ReadonlySet<number>, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x80 || codes.has(c);
}
/** `initial` is a capital letter and a dot: the dot comes right after it (after two code units for astral). */
function mayBeInitial(text: string, i: number): boolean {
  return text.charCodeAt(i + 1) === 46 || (text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i + 2) === 46);
}
/** "Technik-Team", "Kunden-Service": a compound that ends in a team word names a team. */
const teamTail = /-(?:team|support|service|services|desk|crew|abteilung|équipe|equipo|equipe)$/i;

function isNameWord(token: string, capitalised: boolean): boolean {
  if (token.length < 2 || token.length > 24) return false;
  if (stopWords.has(token.toLowerCase()) || (token.includes('-') && teamTail.test(token))) return false;
  // "What's", "That's", "There's": a stop word with its verb.
  const apostrophe = token.charCodeAt(token.length - 2);
  if (
    (apostrophe === 39 || apostrophe === 0x2019) &&
    token.endsWith('s') &&
    stopWords.has(token.slice(0, -2).toLowerCase())
  )
    return false;
  if (!capitalised) return true;
  const shape = asciiShape(token);
  // All-caps words are acronyms (IBAN, VPN, AWS), not names.
  if (shape === AsciiShape.noLower || (shape === AsciiShape.other && !hasLower.test(token))) return false;
  if (shape === AsciiShape.plain) return true;
  return !innerCapital.test(token) || namePrefix.test(token);
}

/** What `isNameWord` asks of a token, read without a regex when the token is ASCII. */
const AsciiShape = {
  /** Not ASCII: ask the regexes. */
  other: 0,
  /** No lower-case letter. */
  noLower: 1,
  /** A lower-case letter, and no capital after the first letter's run of lower case (`innerCapital` fails). */
  plain: 2,
  /** A lower-case letter, and `innerCapital` may hold ("McDonald", "O'Neil"). */
  inner: 3,
} as const;

function asciiShape(token: string): number {
  let lower = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 0x80) return AsciiShape.other;
    if (c >= 97 && c <= 122) lower = true;
  }
  if (!lower) return AsciiShape.noLower;
  // innerCapital: /^.[\p{Ll}\p{M}]*\p{Lu}/ — after the first character, lower case letters, then a capital.
  let i = 1;
  while (i < token.length && token.charCodeAt(i) >= 97 && token.charCodeAt(i) <= 122) i++;
  const c = token.charCodeAt(i);
  return c >= 65 && c <= 90 ? AsciiShape.inner : AsciiShape.plain;
}

/** Whether a capitalised name word follows the initial ending at `i` ("R. Venkataraman", not "B. Then"). */
function initialLeads(text: string, i: number): boolean {
  // More initials first: "R. C. Iyer"; then particles: "J. van der Merwe" (a loop: a long run of them is no
  // reason to recurse).
  for (;;) {
    const g = gapAt(text, i);
    if (!g) return false;
    const more = execAt(initial, text, i + g);
    if (more) {
      i += g + more[0].length;
      continue;
    }
    const p = mayStart(particleStarts, text, i + g) ? execAt(particle, text, i + g) : null;
    if (p) {
      i += g + p[0].length;
      continue;
    }
    const m = execAt(capToken, text, i + g);
    return !!m && isNameWord(m[0], true);
  }
}

const gaelicParticle = /^(?:Mac|Mhic|Nic|Ní|Ó|Ua|Uí)$/u;

function capitalFollows(text: string, i: number): boolean {
  const g = gapAt(text, i);
  const next = g && execAt(capToken, text, i + g);
  return !!next && isNameWord(next[0], true);
}

/** Whether `token` at `i` is a given name that is also a word ("June", "Will") and a surname-like word follows. */
function wordGivenNameLeads(text: string, i: number, token: string): boolean {
  if (givenNameClass(token) !== 1) return false;
  const g = gapAt(text, i + token.length);
  const next = g && execAt(capToken, text, i + token.length + g);
  return !!next && isNameWord(next[0], true) && !commonWordNotName(next[0]) && givenNameClass(next[0]) !== 1;
}

/**
 * Whether `token` at `i`, after the first word of a name starting at `start`, is a middle name that spells
 * like a word ("Mehmet Can Yıldız", "Anna May Smith"): capitalised, after a known given name and before a
 * name word.
 */
function middleGivenName(text: string, start: number, i: number, token: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(token) || givenNameClass(text.slice(start, i).trimEnd()) !== 2) return false;
  const g = gapAt(text, i + token.length);
  const next = g && execAt(capToken, text, i + token.length + g);
  return !!next && isNameWord(next[0], true);
}

/**
 * The name starting at `pos` (after optional honorifics): up to four tokens. `lenient` also takes lowercase
 * names ("hi maria,"), all tokens in the case of the first one. `wordLead` takes a given name that is also a
 * word when a surname follows ("June Abara"); `'intro'`, after "my name is", takes it on its own ("Will").
 */
const bareInitial = /\p{Lu}(?=[ \t]+\p{Lu}\p{Ll})/uy;
const bareInitials = /\p{Lu}(?:[ \t]\p{Lu}){0,3}(?=[ \t]+\p{Lu}\p{Ll})/uy;

/** Whether a capitalised name word follows the blanks at `i`. */
function nameWordAfter(text: string, i: number): boolean {
  const g = gapAt(text, i);
  const next = g ? execAt(capToken, text, i + g) : null;
  return next !== null && isNameWord(next[0], true) && !commonWordNotName(next[0]);
}

function readName(
  text: string,
  pos: number,
  mode: Mode,
  wordLead: boolean | 'intro' = false,
): [number, number] | undefined {
  let i = pos;
  const h = mayStart(honorificStarts, text, i) ? execAt(honorificPrefix, text, i) : null;
  if (h) i += h[0].length;
  const start = i;
  let end = -1;
  let tokens = 0;
  let lower = false;
  while (tokens < 4) {
    let m: RegExpExecArray | null;
    // Particles inside a name, or leading it when a capitalised word follows ("de Vries", "van der Berg").
    if (mayStart(particleStarts, text, i) && (m = execAt(particle, text, i))) {
      i += m[0].length;
      const g = gapAt(text, i);
      if (!g) break;
      i += g;
      continue;
    }
    if (
      !lower &&
      mayBeInitial(text, i) &&
      (m = execAt(initial, text, i)) &&
      (tokens > 0 || initialLeads(text, i + m[0].length))
    ) {
      // An initial ("Sarah J. Connor"), or initials before a surname ("R. Venkataraman", "J.-B. Lefèvre").
    } else if (
      !lower &&
      tokens === 0 &&
      (m = execAt(bareInitials, text, i)) &&
      (m[0].length > 1 || !bareLetterWords.includes(m[0])) &&
      nameWordAfter(text, i + m[0].length)
    ) {
      // Initials without dots before a surname: "name on card B J Kowalski", 'in the name of "J Sterling"'.
    } else if ((m = execAt(capToken, text, i)) && !lower && isNameWord(m[0], true)) {
      // A capitalised word.
    } else if (m && !lower && tokens === 1 && middleGivenName(text, start, i, m[0])) {
      // A given name that is also a word, between a given name and a surname: "Mehmet Can Yıldız".
    } else if (
      m &&
      !lower &&
      tokens > 0 &&
      gaelicParticle.test(m[0]) &&
      capitalFollows(text, i + m[0].length)
    ) {
      // Irish and Scottish surname particles, capitalised: "Oisín Mac Giolla Phádraig", "Úna Nic Dhonnacha".
    } else if (
      !lower &&
      tokens === 1 &&
      (m = execAt(bareInitial, text, i)) &&
      !bareLetterWords.includes(m[0]) &&
      nameWordAfter(text, i + 1)
    ) {
      // A middle initial without its dot: "Oliver J Whitmore".
    } else if (m && wordLead && tokens === 0 && wordGivenNameLeads(text, i, m[0])) {
      // A given name that is also a word or a month, before a surname: "Cc: Mark Pennington; June Abara".
    } else if (m && wordLead === 'intro' && tokens === 0 && givenNameClass(m[0]) === 1) {
      // After "my name is" the word is the name: "my name is Will Hart".
    } else if (
      wordLead === 'intro' &&
      tokens === 0 &&
      mode === 'lenient' &&
      (m = execAt(lowerToken, text, i)) &&
      givenNameClass(m[0]) === 1
    ) {
      // … in lower case too: "my name is will hart".
      lower = true;
    } else if (
      mode === 'lenient' &&
      (tokens === 0 || lower) &&
      (m = execAt(lowerToken, text, i)) &&
      isNameWord(m[0], false)
    ) {
      lower = true;
    } else {
      break;
    }
    if (companyWords.has(m[0].toLowerCase()) || (tokens === 0 && companyLeads.has(m[0].toLowerCase())))
      return undefined;
    i += m[0].length;
    end = i;
    tokens++;
    const g = gapAt(text, i);
    if (!g || text.charCodeAt(i + g) === 10) break;
    i += g;
    // `Clifford "Cliff" Beaumont`: a nickname before the surname.
    if (!lower) i += nicknameAt(text, i);
  }
  if (end < 0) return undefined;
  // A company suffix right after the name makes it a company ("Acme Corp", "Initech Ltd").
  if (companySuffixAt(text, end)) return undefined;
  return [start, end];
}

/** What may follow a name the cue alone does not vouch for ("I'm Noah." but not "I'm Unable to log in"). */
/** "im Jasmeet btw", "its Marc-André btw": a name given by the way. */
const btw = 'btw|by[ \\t]+the[ \\t]+way';
const weakFollow = new RegExp(
  `^(?:[ \\t]*(?:[,.!;:)\\n]|[-—–]|$)|[ \\t]+(?:from|with|at|of|here|and|calling|speaking|in|on|for|via|writing|again|the|${btw})\\b)`,
  'iu',
);
const byTheWay = new RegExp(`^[ \\t]+(?:${btw})(?![\\p{L}])`, 'iu');
const lineEnd = /^[ \t]*(?:\n|$|[,|(<]|[-—–])/u;
const greetFollow = /^[ \t]*(?:[,!:;.\n)]|$|[-—–])/u;
const andName = /^[ \t]*(?:and|&)[ \t]+/iu;
// … or a stop before the next sentence: "Cx: Thandiwe Mokoena. Says sim swapped".
const fieldEnd = /^[ \t]*(?:\n|$|[,|(<;"'&]|\*\*|__|[-—–]|\.(?=[ \t]+\p{Lu}|[ \t]*(?:\n|$)))/u;
// A short note in parentheses may follow each person: "Jaylen (SSN …), Amari (SSN …)".
// … or an address: "Cc: Nguyen Thi Lan <lan.nguyen@…>, Marek Dvořák".
const listNext = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|<[^<>\n]{1,60}>[ \t]*)?(?:[,;]|and|&)[ \t]+/iu;
const listEnd = /^(?:[ \t]*(?:\n|$|[,|(<;"'&.]|\*\*|__|[-—–])|[ \t]+and[ \t])/iu;

function accept(out: Span[], range: [number, number] | undefined): boolean {
  if (!range) return false;
  out.push({ start: range[0], end: range[1], type: 'name' });
  return true;
}

/** Seven digits or more, in the groups of a phone number, ending right before a dash. */
const phoneBefore = /\d(?:[ \t().-]?\d){6,}[ \t]+(?:--?|—|–)[ \t]*$/;
const imBefore = /(?:^|[^\p{L}'’])[Ii]m[ \t]+$/u;

const shoutedWord = /\p{Lu}[\p{Lu}\p{Ll}'’-]*(?![\p{L}])/uy;

/** Two or three words in capitals (a capital may be followed by lower case: "McALLISTER") up to a stop word. */
function shoutedName(text: string, at: number): [number, number] | undefined {
  const end = shoutedWordsAt(text, at, 3);
  return end !== undefined && /[ \t]/.test(text.slice(at, end)) ? [at, end] : undefined;
}

/** Where up to `most` words in capitals from `at` end, before a stop word; undefined when there is none. */
function shoutedWordsAt(text: string, at: number, most = 2): number | undefined {
  let i = at;
  let end = -1;
  for (let n = 0; n < most; n++) {
    const w = readAt(shoutedWord, text, i);
    if (!w || w.length < 2 || stopWords.has(w.toLowerCase()) || (w.match(/\p{Lu}/gu)?.length ?? 0) < 2) break;
    end = i + w.length;
    const g = gapAt(text, end);
    if (!g) break;
    i = end + g;
  }
  return end > at ? end : undefined;
}

const thingNamed =
  /(?:^|[^\p{L}])(?:bank|company|business|product|device|network|wi-?fi|file|host|server|app|project|team|store|shop|brand|plan|package|group|domain|model|street|city|trading|entity|pet|dog|cat|printer|computer|machine|site|org|organi[sz]ation|vendor|supplier|merchant|venue|event|course|school|hospital|clinic|pharmacy|hotel|building|property|folder|sheet|field|column|table|queue|channel|product)[ \t]+name[ \t]*[:,]?[ \t]*\(?$/iu;
/** Greetings that are given names too. */
const greetingNames: ReadonlySet<string> = new Set(['salam', 'salaam', 'shalom', 'aloha', 'namaste']);
const thanksEnd = /^(?:[ \t]*(?:[!.,\n]|$|[-—–]))/u;

/**
 * Accepts `r` when `end` matches after it, or two people signing together when it matches after the second:
 * "Thanks,\nTrevor & Lin".
 */
function acceptPair(out: Span[], text: string, r: [number, number] | undefined, end: RegExp): boolean {
  if (accept(out, followedBy(text, r, end))) return true;
  const more = r && andName.exec(text.slice(r[1], r[1] + 8));
  const second = more ? followedBy(text, readName(text, r[1] + more[0].length, 'strict'), end) : undefined;
  return second !== undefined && accept(out, r) && accept(out, second);
}

// After two lower-case words from "this is"/"its": what follows a name ("this is yui walker from initech").
const weakFollowLower =
  /^(?:[ \t]*,|[ \t]+(?:from|with|at|here|mom|mum|dad|mother|father|parent|guardian)\b)/u;
const knownFollow =
  /^(?:[ \t]*[,.!(]|[ \t]*$|[ \t]+(?:from|with|at|here|mom|mum|dad|mother|father|parent|guardian|again|my|in|and|dob|calling|about|regarding|re)\b)/u;

/** `r` when the text after it matches `re`. */
function followedBy(text: string, r: [number, number] | undefined, re: RegExp): [number, number] | undefined {
  return r && re.test(text.slice(r[1], r[1] + 24)) ? r : undefined;
}

// "contact ops lead Jan de Vries at jan@…", "call our account manager, Anna van Dijk, on +31 …": up to three
// lower-case words or acronyms ("our IT lead") naming a role between a hand-off verb and the name. The same
// words could start a sentence about a team or a product ("contact the Kafka team at …"), so the name counts
// only when an email address or phone number found earlier follows it.
const roleWord = /(?:\p{Ll}[\p{Ll}\p{M}-]*|\p{Lu}{2,5}(?![\p{L}\p{M}]))(?:,?[ \t]+)/uy;
const notRoleWord = new Set(
  (
    'at on in of for to from by with via and or but if when then so as is are was were be been me us him them ' +
    'it this that asap now today tomorrow again back please about before after'
  ).split(' '),
);
/** Role words that name an organisation: "our vendor Globex Systems at ops@…" is a company. */
const organisationWord = new Set(
  (
    'vendor supplier provider partner company firm agency bank carrier reseller distributor contractor ' +
    'subcontractor integrator registrar host isp store shop team department dept office desk branch'
  ).split(' '),
);
const contactLead = /[ \t]*(?:[,(<:]|--?|—|–)?[ \t]*(?:(?:at|on|via)[ \t]+)?/y;

function nameAfterRole(text: string, pos: number, earlier: readonly Span[]): [number, number] | undefined {
  let i = pos;
  for (let words = 0; words < 3; words++) {
    const w = execAt(roleWord, text, i);
    if (!w) return undefined;
    const word = w[0].replace(/[, \t]+$/, '');
    if (notRoleWord.has(word)) return undefined;
    i += w[0].length;
    const r = readName(text, i, 'strict');
    if (!r) continue;
    if (organisationWord.has(word)) return undefined;
    const lead = execAt(contactLead, text, r[1]);
    const contact = r[1] + (lead ? lead[0].length : 0);
    return earlier.some((f) => (f.type === 'email' || f.type === 'phone') && f.start === contact)
      ? r
      : undefined;
  }
  return undefined;
}

const generational = /[ \t](?:Jr|Sr)$/;

/** A dashed name closing a quoted message: `… update it on the system pls - Callum"`, `Enjoy! – Rhys"`. */
const quotedSignOff = /[\p{L}\d.!?)][ \t]+(?:--?|—|–)[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}[\p{Ll}'’-]+)?)$/u;

function quotedSignOffs(text: string, found: Span[]): void {
  for (let q = text.indexOf('"'); q > 0; q = text.indexOf('"', q + 1)) {
    // The closing quote ends its line.
    const c = text.charCodeAt(q + 1);
    if (q + 1 < text.length && c !== 10 && c !== 13) continue;
    const m = quotedSignOff.exec(text.slice(Math.max(0, q - 48), q));
    if (!m || !signedName(m[1]!) || givenNameClass(m[1]!.split(/[ \t]/)[0]!) !== 2) continue;
    found.push({ start: q - m[1]!.length, end: q, type: 'name' });
  }
}

/** Reads the name a cue announces into `out`; true when one was found. `earlier`: other detectors' findings. */
function fromCue(
  kind: Kind,
  text: string,
  at: number,
  out: Span[],
  lowercase: boolean,
  earlier: readonly Span[],
): boolean {
  switch (kind) {
    case 'greet': {
      let r = readName(text, at, 'lenient');
      const capital = r !== undefined && /^\p{Lu}/u.test(text.slice(r[0], r[0] + 1));
      // A lowercase word after "hi" is a name only when the greeting ends with it ("hi maria,"), and in a text
      // with capitals a known given name ("Estimada escuela:", "Bonjour, le canapé …" are none).
      if (r && !capital) r = followedBy(text, r, greetFollow);
      if (r && !capital && !lowercase) {
        const first = text.slice(r[0], r[1]).split(/[ \t]/)[0]!;
        if (first.length < 3 || givenNameClass(first) === 0) r = undefined;
      }
      if (!accept(out, r) || !r) return false;
      const more = andName.exec(text.slice(r[1], r[1] + 8));
      if (more) accept(out, readName(text, r[1] + more[0].length, capital ? 'strict' : 'lenient'));
      return true;
    }
    case 'thanks':
      return acceptPair(out, text, readName(text, at, 'strict'), thanksEnd);
    case 'thanksEnd': {
      const r = readName(text, at, 'strict');
      return accept(out, r && /^\s*$/.test(text.slice(r[1])) ? r : undefined);
    }
    case 'signoff':
    case 'signline':
      return acceptPair(out, text, readName(text, at, 'lenient'), lineEnd);
    case 'intro': {
      // "MY NAME IS BRUCE McALLISTER, CASE …": a name in capitals in a shouted text; "MY NAME IS WILL HART": a
      // given name that is also a word, then the surname.
      const r = readName(text, at, 'lenient', 'intro');
      // Most names are written in lower or mixed case: no capitals to read further.
      if (r && /\p{Ll}/u.test(text.slice(r[0], r[1]))) return accept(out, r);
      const shouted = shoutedName(text, at);
      if (shouted && (!r || shouted[1] > r[1])) return accept(out, shouted);
      if (r && r[1] - r[0] >= 2 && !/\p{Ll}/u.test(text.slice(r[0], r[1]))) {
        const g = gapAt(text, r[1]);
        const rest = g ? shoutedWordsAt(text, r[1] + g) : undefined;
        if (rest) return accept(out, [r[0], rest]);
      }
      return accept(out, r);
    }
    case 'talk': {
      // "Spoke w/ caller …": a lower-case common word after the verb is no name.
      const r = readName(text, at, 'lenient');
      if (
        r &&
        !lowercase &&
        /^\p{Ll}/u.test(text[r[0]]!) &&
        commonWordNotName(text.slice(r[0], r[1]).split(/[ \t]/)[0]!)
      )
        return false;
      return accept(out, r);
    }
    case 'called': {
      // A given name and a surname: pets, towns and plans are called by one name ("Il gatto si chiama Luna").
      const r = readName(text, at, 'strict');
      const words = r ? text.slice(r[0], r[1]).split(/[ \t]+/) : [];
      return (
        words.length >= 2 &&
        givenNameClass(words[0]!) === 2 &&
        !commonWordNotName(words[words.length - 1]!) &&
        accept(out, r)
      );
    }
    case 'weak': {
      const r = readName(text, at, 'strict');
      // "im" typed for "I'm" is German "im" too ("zwei Wochen im Urlaub"): a known given name only.
      if (
        r &&
        imBefore.test(text.slice(Math.max(0, at - 4), at)) &&
        givenNameClass(text.slice(r[0], r[1]).split(/[ \t]/)[0]!) === 0 &&
        !byTheWay.test(text.slice(r[1], r[1] + 8))
      )
        return false;
      if (r) return accept(out, /[ \t]/.test(text.slice(r[0], r[1])) ? r : followedBy(text, r, weakFollow));
      // All-lowercase text ("this is yui walker from initech"): two words, then "from"/"with"/"here". Two words
      // no longer than a sentence's ("ik ben ook verhuisd, …" is "I have moved too") need a given name first.
      const l = readName(text, at, 'lenient');
      if (!l || !/[ \t]/.test(text.slice(l[0], l[1]))) return false;
      const given = givenNameClass(text.slice(l[0], text.indexOf(' ', l[0])));
      if (!lowercase && given === 0) return false;
      // A known given name first lets more words follow: "this is bert kowalczyk my appt", "its bill jones again".
      const follow =
        given === 2 && !commonWordNotName(text.slice(text.indexOf(' ', l[0]) + 1, l[1]).split(/[ \t]/)[0]!)
          ? knownFollow
          : weakFollowLower;
      return accept(out, followedBy(text, l, follow));
    }
    case 'field': {
      const r = followedBy(text, readName(text, at, 'lenient'), fieldEnd);
      // "Customer: salam, I booked …": a chat line's greeting.
      if (r && greetingNames.has(text.slice(r[0], r[1]).toLowerCase())) return false;
      return accept(out, r);
    }
    case 'namefield':
      return accept(out, nameFieldValue(text, at));
    case 'inlinefield': {
      // "name on the booking is Florence …": capitalised, unless quoted ("name on the card is 'jane doe'").
      const quoted = /['"‘“]/.test(text[at - 1] ?? '');
      const r = readName(text, at, quoted && lowercase ? 'lenient' : 'strict');
      // "The system shows me as Pending": one common word is a status.
      if (r && !/[ \t]/.test(text.slice(r[0], r[1])) && commonWordNotName(text.slice(r[0], r[1])))
        return false;
      return accept(out, r);
    }
    case 'list': {
      let r = followedBy(text, readName(text, at, 'lenient'), listEnd);
      if (!accept(out, r)) return false;
      // The other people of the list, each ending where the first did; capitalised when the first was.
      const mode = /^\p{Lu}/u.test(text[r![0]]!) ? 'strict' : 'lenient';
      for (let more = listNext.exec(text.slice(r![1], r![1] + 80)); r && more;) {
        r = followedBy(text, readName(text, r[1] + more[0].length, mode, mode === 'strict'), listEnd);
        more = r && accept(out, r) ? listNext.exec(text.slice(r[1], r[1] + 80)) : null;
      }
      return true;
    }
    case 'its': {
      const r = readName(text, at, 'strict');
      return r !== undefined && byTheWay.test(text.slice(r[1], r[1] + 8)) && accept(out, r);
    }
    case 'person':
      return false;
    case 'handoff':
      return (
        accept(out, readName(text, at, lowercase ? 'lenient' : 'strict')) ||
        (!lowercase && accept(out, nameAfterRole(text, at, earlier)))
      );
    default:
      // In text written without capitals, the cue has to be enough.
      return accept(out, readName(text, at, lowercase ? 'lenient' : 'strict'));
  }
}

/** A display name before `<address>`: no mailbox named by a common word ("Accounts Payable", "Procurement"). */
function displayNameBefore(text: string, at: number, lowercase: boolean): [number, number] | undefined {
  const r = nameBefore(text, at, false, lowercase);
  if (!r) return undefined;
  // The word before the name, dropped as no name word, names the mailbox too ("Accounts" in "Accounts Payable").
  const words = text.slice(r[0], r[1]).split(/[ \t]+/);
  if (words.some((w) => commonWordNotName(w))) return undefined;
  const before = previousWord(text, r[0], isLetterCode);
  return before && commonWordNotName(before) && /^\p{Lu}/u.test(before) ? undefined : r;
}

/**
 * "… Salamat po! - Maricel Dela Cruz" ending the text: a known given name that is no word or product alone, or
 * two or three words none of which is a common or team word ("- Support Team", "- Open Settings").
 */
function signedName(name: string): boolean {
  const words = name.split(/[ \t]+/);
  if (words.length === 1) return givenNameClass(words[0]!) === 2;
  return words.every((w) => !stopWords.has(w.toLowerCase()) && !commonWordNotName(w));
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;
/** "l'équipe": the regex only when the second character is an apostrophe. */
const isElided = (word: string) =>
  (word.charCodeAt(1) === 39 || word.charCodeAt(1) === 0x2019) && elided.test(word);
/** "Bonjour l'équipe", "Ciao a tutti": an article elided into a word. */
const elided = /^[ldjmnst][’'][\p{L}]/iu;

/**
 * Whether a cue read no person: a lone common word after a role, field, list or greeting ("Client Credentials",
 * "User: Analytics", "Dear Scheduling", "Thanks, Receiving"), an elided article ("Bonjour l'équipe") or a value
 * in kebab case; if so it is taken back out of `found`, where it was pushed from index `before`.
 */
function commonWordAfterRole(kind: Kind, text: string, found: Span[], before: number): boolean {
  const s = found[before];
  if (found.length !== before + 1 || !s) return false;
  const word = text.slice(s.start, s.end);
  // "name: tw-sync-gateway" in a manifest, "- name: regcred" in a YAML list: a word in kebab case, or one
  // lower-case word in an indented or listed YAML field, is no person's name.
  if ((word.includes('-') && kebab.test(word)) || (kind !== 'greet' && yamlValue(text, s.start, word))) {
    found.pop();
    return true;
  }
  const words = word.split(/[ \t]+/);
  // "From: member-portal notification": a value in lower case with a word in kebab case names a system.
  if (
    kind === 'field' &&
    isAsciiLower(word.charCodeAt(0)) &&
    words.some((w) => w.includes('-') && kebab.test(w))
  ) {
    found.pop();
    return true;
  }
  // "Thanks, Receiving": a desk signs like a person.
  if (kind === 'thanks' || kind === 'signline' || kind === 'signoff') kind = 'greet';
  if (
    kind !== 'role' &&
    kind !== 'field' &&
    kind !== 'relation' &&
    kind !== 'greet' &&
    kind !== 'list' &&
    kind !== 'honor' &&
    kind !== 'inlinefield'
  )
    return false;
  // "Dear Scheduling,", "Hi Team": a greeting to a desk or a team is a common word alone; after a role or a field
  // label, common words only ("Member: Gold Tier"); after a title, two or more ("2 Hr. Maintenance Window", not
  // "Dr. Park").
  if (
    kind === 'greet'
      ? words.length > 1 || (!commonWordNotName(word) && !isElided(word))
      : ((kind === 'honor' || kind === 'inlinefield') && words.length < 2) ||
        !words.every((w) => commonWordNotName(w))
  )
    return false;
  found.pop();
  return true;
}

const yamlField = /(?:^|\n)(?:[ \t]+|[ \t]*-[ \t]+)[a-z_]+:[ \t]*$/;
/** Whether `word` at `start` is one lower-case word that is the value of an indented or listed YAML key. */
function yamlValue(text: string, start: number, word: string): boolean {
  if (!/^[a-z][a-z0-9]*$/.test(word)) return false;
  return yamlField.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A name alone on the last line after a finished sentence ("…sent to 024 123 4567.\nAma"): how most
 * people sign a short message.
 */
function lastLineName(text: string): [number, number] | undefined {
  const trimmed = text.trimEnd();
  const lineStart = trimmed.lastIndexOf('\n') + 1;
  if (lineStart === 0) return undefined;
  // The last character before the line, past whitespace: a `$`-anchored regex would scan the whole text.
  let last = lineStart - 1;
  while (last >= 0 && /\s/.test(trimmed[last]!)) last--;
  // "Sent from my iPhone\nKwame": the phone's line is a signature's too.
  if (last < 0) return undefined;
  // A known given name alone after a blank line, whatever ended the line before: "…email: t.b@gmx.com\n\nTariq",
  // or right under a line that ends with a phone number or an address: "Mobile: 0438 221 907\nTom".
  const alone = trimmed.slice(lineStart).trim();
  if (
    (trimmed.lastIndexOf('\n\n', lineStart) === lineStart - 2 ||
      contactLineEnd.test(trimmed.slice(lineStartWithin(trimmed, last, 80), last + 1))) &&
    /^\p{Lu}\p{Ll}+$/u.test(alone) &&
    givenNameClass(alone) === 2
  )
    return [trimmed.indexOf(alone, lineStart), trimmed.length];
  const phoneLine =
    !'.!?,)'.includes(trimmed[last]!) &&
    sentFromPhone.test(trimmed.slice(lineStartWithin(trimmed, last, 40), last + 1));
  if (!'.!?,)'.includes(trimmed[last]!) && !phoneLine) return undefined;
  let at = lineStart;
  while (trimmed[at] === ' ' || trimmed[at] === '\t') at++;
  const r = readName(text, at, 'strict');
  if (r && r[1] === trimmed.length) return r;
  // … then a long dash and the desk: "…after use.\nNicola — Travel & Expenses".
  // (A known given name first: "Purchasing – Little Acorns Ltd" is a desk alone.)
  if (
    r &&
    deskAfterDash.test(trimmed.slice(r[1])) &&
    givenNameClass(trimmed.slice(r[0], r[1]).split(/[ \t]/)[0]!) === 2
  )
    return r;
  const word = trimmed.slice(at);
  const afterBlank = trimmed.lastIndexOf('\n\n', lineStart) === lineStart - 2;
  // A known given name in lower case, alone after a blank line or the phone's line: "…twice.\n\nkwame".
  if ((afterBlank || phoneLine) && /^\p{Ll}+$/u.test(word) && givenNameClass(word) === 2)
    return [at, trimmed.length];
  // A given name that is also a word, alone after a blank line: "…new device.\n\nWill".
  return afterBlank && /^\p{Lu}\p{Ll}+$/u.test(word) && givenNameClass(word) === 1
    ? [at, trimmed.length]
    : undefined;
}

// A full name in lower case signing a message off, in a text that is not all lower case: "… sort it.\n\nkerry
// mcallister\n07700 900412", "… call me 07700900447 — manpreet kaur", "… for security. claire fenwick", "thanks a
// mil, niamh", "ta jess". The first word a known given name that is no common word.
const lowerSignature =
  /(?:\n|[.!?)][ \t]+|[ \t](?:--?|—|–)[ \t]*|(?<![\p{L}])(?:thanks|thx|ta|cheers|regards)(?:[ \t]+a[ \t]+mill?)?,?[ \t]+)(\p{Ll}{2,}(?:[ \t]+\p{Ll}[\p{Ll}'’-]+){0,2})[ \t]*(?:\n[ \t]*\+?\d[\d ().-]{6,18}\d[ \t]*)?$/u;

const signOffWords: ReadonlySet<string> = new Set(['thanks', 'thx', 'ta', 'cheers', 'regards']);

function lowerCaseSignature(text: string): [number, number] | undefined {
  const trimmed = text.trimEnd();
  // It ends in a lower-case letter, or in the phone number under the name.
  const c = trimmed.charCodeAt(trimmed.length - 1);
  if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c >= 0xc0)) return undefined;
  const from = Math.max(0, trimmed.length - 80);
  const m = lowerSignature.exec(trimmed.slice(from));
  if (!m) return undefined;
  const words = m[1]!.split(/[ \t]+/);
  const end = from + m.index + m[0].indexOf(m[1]!) + m[1]!.length;
  let at = end - m[1]!.length;
  // "… 219. ta jess": the sign-off's word before the name.
  if (signOffWords.has(words[0]!)) {
    if (words.length === 1) return undefined;
    at += /^\S+[ \t]+/.exec(m[1]!)![0].length;
    words.shift();
  }
  if (words.length === 0 || givenNameClass(words[0]!) !== 2) return undefined;
  if (words.slice(1).some((w) => commonWordNotName(w) || givenNameClass(w) === 1)) return undefined;
  return [at, end];
}

const sentFromPhone = /^[ \t]*sent from my [\w -]{2,24}$/i;
// ("Eoin (Service Desk)": the desk in brackets.)
const deskAfterDash =
  /^(?:[ \t]+[—–][ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’.-]*)){0,4}|[ \t]*\(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:&|\p{Lu}[\p{L}'’.-]*)){0,3}\))$/u;
const contactLineEnd = /(?:^|[\s:])(?:\+?\(?\d[\d ().-]{5,18}\d|[^\s@]+@[^\s@]+\.[a-z]{2,})$/i;

// "— Jane" / "- mark" as the last line (list items also start with a dash, but not at the very end), or after
// the last sentence on the same line: "… call me at 555-0100. — Maria Gonzalez". A single hyphen mid-line is
// too common in prose to count, and there the name must be capitalised (unless nothing in the text is).
// In a quoted reply too: "> — Patrick, Circulation Services".
const dashLead = /^[ \t>]*(?:--?|—|–|\/(?=\p{Lu}))[ \t]*/u;
// … or " at" a firm: "— Greg at Wick & Whistle".
const signatureTail =
  /^(?:,[ \t]*[^\n\d@,]{1,40}(?:,[ \t]*[^\n\d@,]{1,40})?|[ \t]+at[ \t]+\p{Lu}[^\n\d@]{0,40})$/u;
/** "-- Bartek Wiśniewski, platform eng @ Nordlys Fintech": "@" with blanks round it is "at", after a name. */
const atCompanyTail = /^(?:,[ \t]*[^\n\d@,]{1,40})?[ \t]@[ \t]+\p{Lu}[^\n\d@]{0,40}$/u;
const dashAfterSentence = /[.!?)\d][ \t]+(?:--?|—|–)[ \t]*(?=[^—–\n]*$)/u;
// … or after "sent from my phone" or thanks: "… sent from my phone - Kath Moriarty", "Thank you po - Rodelio
// Manalastas" (looked for only where those words are: a look-behind tried at every position cost 13% of the step
// on bodies without PII).
const dashAfterThanks =
  /(?:[Ss]ent[ \t]+from[ \t]+my[ \t]+(?:\p{L}+[ \t]+)?\p{L}{2,12}|(?:[Tt]hanks|[Tt]hank[ \t]+you|[Ss]alamat)(?:[ \t]+po)?)([ \t]+(?:--?|—|–)[ \t]*)(?=[^—–\n]*$)/u;
const thanksWords = /ent from my|hank|alamat/;

/** The dash before a sign-off's name on the text's last line, as a match of the dash alone. */
function signOffDash(line: string): { index: number; 0: string } | null {
  const m = dashAfterSentence.exec(line);
  if (m || !thanksWords.test(line)) return m;
  const t = dashAfterThanks.exec(line);
  return t ? { index: t.index + t[0].length - t[1]!.length, 0: t[1]! } : null;
}
/** "- Jen (HR, Redwood Dental Group)": a role and company in parentheses after a dashed name line. */
const roleAfter = /^[ \t]*\([^()\n]{1,48}\)[.!]?$/;
// "… Please revoke. — Ingrid (T2)": a short team or role in parentheses may follow the name; "… since morning.
// - Ngozi, 0809 555 6612": or a phone number.
// "- Wendell Foster, Ridgeway Insurance, 614-555-0140": the company may stand between the name and the number,
// and the number's label: "— Jordan Pike, Toronto, cell (604) 555-0117".
// "— Declan, The Hungry Monk, Cork": a company and its town; "— Naledi, Cape Town": a town or a company alone.
const signOffEnd =
  /^(?:[ \t]*\([^()\n]{1,24}\)|,[ \t]*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+\p{Lu}[\p{L}&'’.-]*){0,2}|(?:,[ \t]*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{L}&'’.-]+){0,3})?,[ \t]*(?:(?:cell|mobile|mob|tel|phone|ph)\.?:?[ \t]*)?\+?\(?\d[\d \t().-]{6,18}\d|[ \t]+at[ \t]+\p{Lu}[^\n\d@]{0,40}|,[ \t]*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{L}&'’.-]+){0,3},[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)?[.!]?$/u;
const townEnd = /^,[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?[.!]?$/u;
// "- Jas 0421 118 372", "- Dave @ Coastline Tiling": the number without a comma, or the company after "@".
const phoneSignOffEnd =
  /^(?:(?:,[ \t]*\p{Lu}[\p{L}&'’.-]*(?:[ \t]+[\p{L}&'’.-]+){0,3})?(?:,[ \t]*|[ \t]+)\+?\d[\d \t().-]{6,18}\d|[ \t]@[ \t]+\p{Lu}[^\n\d@]{0,40})[.!]?$/u;
/** "- BRENDA OKONKWO-HALE" ending a shouted message: a known given name in capitals, and the rest of the line. */
const capsLine = /^(\p{Lu}[\p{Lu}'’-]+(?:[ \t]+\p{Lu}[\p{Lu}'’-]+){0,2})[ \t]*$/u;

function shoutedSignOff(trimmed: string, at: number): [number, number] | undefined {
  const m = capsLine.exec(trimmed.slice(at));
  if (!m) return undefined;
  const [first, ...rest] = m[1]!.split(/[ \t]+/).map(capitalise);
  const cls = givenNameClass(first!);
  // A given name that is also a word counts with no word after it ("- MARK AS READ" is a step).
  if (cls === 0 || (cls === 1 && (rest.length === 0 || rest.some((w) => commonWordNotName(w)))))
    return undefined;
  return [at, at + m[1]!.length];
}

const finalInitial = /^[ \t]+\p{Lu}\.?$/u;

function dashSignOff(text: string, lowercase: boolean): [number, number] | undefined {
  const trimmed = text.trimEnd();
  const lineStart = trimmed.lastIndexOf('\n') + 1;
  const lead = dashLead.exec(trimmed.slice(lineStart));
  if (lead) {
    const at = lineStart + lead[0].length;
    const r = readName(text, at, 'lenient') ?? shoutedSignOff(trimmed, at);
    // "— Noor al-Hashimi, DevOps, Gulfline Travel": a role and company may follow on the line.
    if (!r) return undefined;
    // In a text with capitals, a lower-case word that no given name is ends a list, not a letter: "- towels".
    if (
      !lowercase &&
      /^\p{Ll}/u.test(text[r[0]]!) &&
      givenNameClass(text.slice(r[0], r[1]).split(/[ \t]/)[0]!) !== 2
    )
      return undefined;
    const tail = trimmed.slice(r[1]);
    if (r[1] === trimmed.length || signatureTail.test(tail)) return r;
    // "- Jen (HR, Redwood Dental)", not "- Open Settings (top right)".
    return (roleAfter.test(tail) || atCompanyTail.test(tail)) && signedName(text.slice(r[0], r[1]))
      ? r
      : undefined;
  }
  // A name is at most four words: look at the end of the line only.
  const from = Math.max(lineStart, trimmed.length - 120);
  const inline = signOffDash(trimmed.slice(from));
  if (!inline) return undefined;
  const read = readName(text, from + inline.index + inline[0].length, lowercase ? 'lenient' : 'strict');
  if (!read) return undefined;
  // A surname's initial ending the text: "- Priya K", "- Suresh K.".
  const initial = finalInitial.exec(trimmed.slice(read[1]));
  const r: [number, number] = initial ? [read[0], read[1] + initial[0].length] : read;
  const signsOff = r[1] === trimmed.length && signedName(text.slice(r[0], read[1]));
  // After a number ("… call 0491 570 156 - Jack"), only a name that ends the text; after a phone number (seven
  // digits or more) a given name that is also a word too ("Build 4471 - Rose" is a build's name).
  if (/\d/.test(inline[0][0]!)) {
    const word = text.slice(r[0], r[1]);
    const alone =
      r[1] === trimmed.length &&
      !/[ \t]/.test(word) &&
      // (… or one the lexicon lacks, capitalised and no common word: "ring me 0402 771 385 - Shaz".)
      (givenNameClass(word) === 1 || (/^\p{Lu}\p{Ll}+$/u.test(word) && !commonWordNotName(word))) &&
      !isProductName(word) &&
      phoneBefore.test(
        trimmed.slice(Math.max(0, from + inline.index - 24), from + inline.index + inline[0].length),
      );
    return signsOff || alone ? r : undefined;
  }
  // A single hyphen and a space also list steps and options ("Step 1. - Open Settings"): only with a phone
  // number after, or a name that ends the text; "… before I file. -Rob" is a sign-off.
  const single = /[^-]-[ \t]+$/.test(inline[0]);
  if (single && signsOff) return r;
  const end = trimmed.slice(r[1]);
  // … or a person's name and a town ending the text: "… work phone is dead. - Marcus Bell, Chicago".
  if (single && townEnd.test(end) && signedName(text.slice(r[0], r[1]))) return r;
  if (!(single ? phoneSignOffEnd : signOffEnd).test(end)) return undefined;
  // With a company between, the words must read as a person's ("- Open Settings, Privacy Tab, …" is a step);
  // one word the lexicon lacks may, capitalised and no common word or product ("— Naledi, Cape Town").
  const name = text.slice(r[0], r[1]);
  const lone =
    /^\p{Lu}\p{Ll}+$/u.test(name) &&
    givenNameClass(name) === 0 &&
    !commonWordNotName(name) &&
    !isProductName(name);
  return !/^,[ \t]*\p{Lu}/u.test(end) || signedName(name) || lone ? r : undefined;
}

// "…quick help!\n\n— Aisha Bello\nOperations Lead, …": a signature block that goes on after the dashed name
// line (or an undashed full name, see below). Only a long dash (bullets use "-"), after a blank line that follows
// a finished sentence, and a capitalised name that fills the line.
const jobTitleLine =
  /^[ \t]*\n[ \t]*(?:[\p{L}&-]+[ \t]+){0,3}(?:engineer|manager|lead|director|officer|specialist|analyst|developer|consultant|administrator|coordinator|architect|head|president|founder|owner|assistant|executive|accountant|ceo|cfo|cto|coo|md)(?![\p{L}])/iu;

/** Whether the line from `i` is at most 40 characters: a name line, not a paragraph. */
function shortLine(text: string, i: number): boolean {
  const nl = text.indexOf('\n', i);
  return (nl < 0 ? text.length : nl) - i <= 40;
}

function dashSignatureLines(text: string, found: Span[]): void {
  // From each blank line, found with indexOf rather than a regex run over every body.
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let i = nl + 1;
    while (text[i] === ' ' || text[i] === '\t') i++;
    if (text[i] !== '\n') continue;
    i++;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const c = text[i];
    let dashed = true;
    if (c === '—' || c === '–') i++;
    else if (c === '-' && text[i + 1] === '-') i += 2;
    else if (shortLine(text, i) && (isAsciiUpper(text.charCodeAt(i)) || text.charCodeAt(i) >= 0xc0))
      dashed = false;
    else continue;
    while (text[i] === ' ' || text[i] === '\t') i++;
    let last = nl - 1;
    while (last >= 0 && /\s/.test(text[last]!)) last--;
    if (last < 0 || !'.!?,)'.includes(text[last]!)) continue;
    const r = readName(text, i, 'strict');
    if (!r || !/^[ \t]*(?:\n|$)/.test(text.slice(r[1], r[1] + 8))) continue;
    // Without a dash ("…restart the worker.\n\nThandi Mokoena\nPlatform Engineer"): a full name that fills its
    // line, has no common word ("Grace Period"), and starts with a known given name or has a job title on the
    // next line.
    if (!dashed) {
      const words = text.slice(r[0], r[1]).split(/[ \t]+/);
      if (words.length < 2 || words.some((w) => commonWordNotName(w))) continue;
      if (givenNameClass(words[0]!) === 0 && !jobTitleLine.test(text.slice(r[1], r[1] + 60))) continue;
    }
    accept(found, r);
  }
}

// "Laura Chen <laura.chen@…>", "Liu Yang (liu.yang@…)": the capitalised words right before an address.
const displayName = /[<([][ \t]*(?:mailto:)?[\p{L}\p{N}._%+'-]+@/gu;
// Particles may stand between the words: "Ruan van der Merwe, cell 072 …".
const trailingParticles = `(?:(?:${nameParticles.join('|')})[ \\t]+){0,2}`;
const trailingName = new RegExp(
  `((?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?[ \\t]+${trailingParticles})?(?:\\p{Lu}[\\p{L}\\p{M}'’-]*\\.?[ \\t]+${trailingParticles})?\\p{Lu}[\\p{L}\\p{M}'’-]*)[ \\t]*"?[ \\t]*$`,
  'u',
);
/** The same for text written without capitals: two or three words. */
const trailingLowerName =
  /((?:\p{Ll}[\p{Ll}\p{M}'’-]*[ \t]+)?\p{Ll}[\p{Ll}\p{M}'’-]*[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]*)[ \t]*"?[ \t]*$/u;
// "Rob here." / "Alexandra Ivanova here —"
const teamWords: ReadonlySet<string> = new Set(
  'dev devs ops admin support billing sales accounts it hr'.split(' '),
);
// … or where they are: "Ryan here from the Halifax club front desk".
const hereFollow = /^[ \t]*(?:[,.!—–\n-]|$|from[ \t])/u;
const sentenceLead = /(?:^|[.!?,:;—–-]\s*|\n\s*)$/u;

/**
 * Whether `trailingName` may match `text[from, pos)`: the run of name characters it must end with (after spaces
 * and a quote) holds a capital. An ASCII run without one is decided here, without running the regex from each
 * offset of the slice.
 */
function capitalInLastWord(text: string, from: number, pos: number): boolean {
  let i = pos - 1;
  while (i >= from && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= from && text[i] === '"') i--;
  while (i >= from && (text[i] === ' ' || text[i] === '\t')) i--;
  for (; i >= from; i--) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 0x80) return true;
    if (!((c >= 97 && c <= 122) || c === 39 || c === 45)) return false;
  }
  return false;
}

const contactLabels: ReadonlySet<string> = new Set(
  'ph phone tel tél tlf telf mob mobile móvil cel cell handy fax m t e email whatsapp wa'.split(' '),
);

function nameBefore(
  text: string,
  pos: number,
  needLead: boolean,
  lowercase = false,
): [number, number] | undefined {
  // The line's start matters within 64 characters before `pos` only (the name's window and the lead before it).
  const lineStart = lineStartWithin(text, pos, 64);
  const from = Math.max(lineStart, pos - 60);
  if (!lowercase && !capitalInLastWord(text, from, pos)) return undefined;
  const m = (lowercase ? trailingLowerName : trailingName).exec(text.slice(from, pos));
  if (!m) return undefined;
  let start = pos - m[0].length;
  const words = m[1]!.split(/[ \t]+/);
  // "… Adeyemi-Cole. Ph 0491 570 113": a contact label between the name and the number.
  if (words.length > 1 && contactLabels.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase())) {
    words.pop();
    words[words.length - 1] = words[words.length - 1]!.replace(/\.$/, '');
  }
  // Drop leading words that are not names ("AM Daniel Park", "From Laura Chen"), or that end a sentence ("Tks.
  // Daniel Koh 8123 9954").
  while (
    words.length > 0 &&
    (!isNameWord(words[0]!.replace(/\.$/, ''), !lowercase) ||
      (words.length > 1 && /^\p{L}{2,}\.$/u.test(words[0]!)))
  )
    start += words.shift()!.length + 1;
  if (
    words.length === 0 ||
    (lowercase && words.length < 2) ||
    words.some(
      (w) => !isNameWord(w.replace(/\.$/, ''), !lowercase) && !/^\p{Lu}\.$/u.test(w) && !particles.has(w),
    ) ||
    // A company's name before its address: "Harrow & Finch Ltd, Unit 4, …"; a branch or a museum before its
    // phone number: "Sandton City Mall, tel 011 …", "Museo de la Ciudad, tel …".
    companyWords.has(words[words.length - 1]!.replace(/\.$/, '').toLowerCase()) ||
    placeTails.has(words[words.length - 1]!.toLowerCase()) ||
    companyLeads.has(words[0]!.toLowerCase())
  )
    return undefined;
  while (/[ \t]/.test(text[start] ?? '')) start++;
  if (needLead && !sentenceLead.test(text.slice(Math.max(lineStart, start - 4), start))) return undefined;
  const end = start + words.join(' ').length;
  if (text.slice(start, end) !== words.join(' ')) return undefined;
  return [start, end];
}

/** Last words of a place's or a desk's name: "Cape Town Branch", "Sandton City Mall". */
const placeTails: ReadonlySet<string> = new Set(
  (
    'branch mall office centre center store shop station hospital clinic school library hotel bank airport ' +
    'plaza market depot warehouse hub desk team reception lobby museum gallery theatre theater'
  ).split(' '),
);

// A signature block: the name alone on the line above a phone number, an email address or a postal address
// (after a short label: "Tel:", "Τηλ.", "Mob"). "Γιώργος Παπαδόπουλος\nΤηλ. 694 555 0123". Two or three
// capitalised words, one of them a known given name, or in a cased script the lexicon does not cover (Greek,
// Cyrillic); no team or company words ("Acme Support Team").
const signatureLabel = /^[\p{L}.]{0,8}[.:]?[ \t]*$/u;
// … a short role after a comma may follow: "Declan Furlong, CTO".
const signatureName =
  /^[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?){1,2})(?:,[ \t]*[^\n\d,@]{2,30})?[ \t]*$/u;
const signatureGiven = /^[ \t]*[-—–][ \t]*(\p{Lu}\p{Ll}+)[ \t]*$/u;
const latinLetters = /^[\p{Script=Latin}\p{M}'’ \t-]+$/u;

/** A closing line before a signature: "Regards,", "Thank you po.", "God bless". */
const closingLine = new RegExp(`^[ \\t>]*(?:${signOff})[ \\t]*[,.!]*[ \\t]*$`, 'iu');

/**
 * Whether the name line at `above` opens the text's last block: the line before it is blank, a closing or absent
 * (or the name is dashed), and at most one short line follows the value ending at `end`.
 */
function signatureBlock(text: string, above: number, end: number, dashed = false): boolean {
  // (Trimmed from the end: a slice to the text's end for each value found was quadratic.)
  const textEnd = text.trimEnd().length;
  if (textEnd - end > 80) return false;
  const rest = text.slice(end, textEnd).trim();
  if (rest.length > 60 || rest.split('\n').length > 2) return false;
  // A dash before the name marks the sign-off itself.
  if (above === 0 || dashed) return true;
  const prev = text.slice(text.lastIndexOf('\n', above - 2) + 1, above - 1);
  // … or a sentence ended: "… since yesterday.\nChukwuemeka Obi\n0803 412 7765".
  return prev.trim() === '' || closingLine.test(prev) || /[.!?][ \t]*$/.test(prev);
}

function signatureAbove(text: string, out: readonly Span[], found: Span[]): void {
  for (const f of out) {
    if (f.type !== 'phone' && f.type !== 'email' && f.type !== 'address') continue;
    // The label and the name line are short: read back no further than they can reach.
    const lineStart = lineStartWithin(text, f.start, 24);
    if (lineStart < 2 || text.charCodeAt(lineStart - 1) !== 10) continue;
    if (!signatureLabel.test(text.slice(lineStart, f.start))) continue;
    let above = lineStartWithin(text, lineStart - 1, 80);
    if (above > 0 && text.charCodeAt(above - 1) !== 10) continue;
    let nameLine = text.slice(above, lineStart - 1);
    // "Kevin Marsh\nIT Director\nkmarsh@…": the person's title on a line between.
    if (above > 1 && nameLine.length <= 60 && jobTitleLine.test('\n' + nameLine)) {
      const up = lineStartWithin(text, above - 1, 80);
      if (up > 0 && text.charCodeAt(up - 1) !== 10) continue;
      nameLine = text.slice(up, above - 1);
      above = up;
    }
    // "- Conor\n087 301 5542" ending the text: a dashed given name alone above the number.
    const single = signatureGiven.exec(nameLine);
    if (single && givenNameClass(single[1]!) === 2 && signatureBlock(text, above, f.end, true)) {
      const start = above + single[0].lastIndexOf(single[1]!);
      found.push({ start, end: start + single[1]!.length, type: 'name' });
      continue;
    }
    const m = signatureName.exec(nameLine);
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (words.some((w) => stopWords.has(w.toLowerCase()) || companyWords.has(w.toLowerCase()))) continue;
    // A given name that is no word: "Mark Complete" or "Grace Period Notice" above an address is a heading. A name
    // the lexicon lacks ("Ikechukwu Nwosu", "Mariel Santos-Cruz") counts in a block of its own at the end: after a
    // blank line or a closing, no common word in it, and only the contact lines after it.
    if (
      latinLetters.test(m[1]!) &&
      !words.some((w) => givenNameClass(w) === 2) &&
      !(signatureBlock(text, above, f.end) && !words.some((w) => commonWordNotName(w)))
    )
      continue;
    const start = above + m[0].indexOf(m[1]!);
    found.push({ start, end: start + m[1]!.length, type: 'name' });
  }
}

// Scripts without capitals (Arabic, Devanagari, Chinese, Japanese, Korean), and Greek and Cyrillic the lexicon
// does not cover: the value of a name field ("الاسم: عبدالله بن سعيد", "名前：佐藤美咲", "Имя: Ольга Петрова"),
// and the name after thanks at the very end ("धन्यवाद, सुनीता", "Спасибо, Ольга").
const scriptNameField =
  /(?:^|\n|[.!?。،,;、：:])[ \t]*(?:[가-힣]{1,4}[ \t]+|\p{Script=Han}{1,4}|[\p{Script=Devanagari}\p{M}]+[ \t]+का[ \t]+)?(?:الاسم(?: الكامل| على (?:الطلب|البطاقة|الحجز|الحساب))?|الإسم|للتواصل|اسم العميل|اسم صاحب البطاقة|नाम|पूरा नाम|名前|お名前|氏名|姓名|名字|連絡先|担当者|口座名義|名義人|受取人|宛名|乘机人|乘客|收件人|收货人|联系人|聯絡人|連絡人|持卡人|(?:моє[ \t]+)?(?:справжнє[ \t]+)?ім'я|(?:моє[ \t]+)?(?:справжнє[ \t]+)?ім’я|שם מלא|שם בעל החשבון|이름|성명|받는 사람|수령인|예금주|탑승객|예약자|보호자|신청인|환자명|고객명|имя|фио|ф\.и\.о\.|піб|п\.і\.б\.|водитель|водій|клиент|клієнт|отправитель|відправник|отримувач|контактное лицо|контактна особа|владелец карты|владелец|получатель|όνομα|ονοματεπώνυμο)[ \t]*[:：—–-][ \t]*([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*(?:[ \t]+[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*){0,4})[ \t]*(?=\n|$|[,،;。，、(（]|\.(?:\s|$))/giu;
/** "شكراً لكم" (thank you): words that end a thanks, no name. */
const thanksTail: ReadonlySet<string> = new Set(['لكم', 'لك', 'جزيلا', 'جزيلاً']);
const scriptThanks =
  /(?:תודה|धन्यवाद|शुक्रिया|спасибо|с уважением|(?:شكرا|شكراً)(?:[ \t]+(?:لكم|لك|جزيلا|جزيلاً))?|مع التحية|مع الشكر|وشكرا|ευχαριστώ|με εκτίμηση|감사합니다|ありがとうございます|谢谢|謝謝)[ \t]*[,،!.]?[ \t\n]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,2})(?:[ \t]*\([^()\n]{1,20}\)|,[ \t]*\p{Ll}[\p{L} ]{0,20})?[\s.!]*$/iu;

// Japanese: "担当の田中と申します", "株式会社サクラ物流の佐藤 花子です": a name of kanji (a family name and a
// given name, a space between them or not) before "と申します", or before "です" after a company or department
// and "の" ("システムの問題です" is a problem of the system).
/** Titles written after a family name ("田中部長"): no given name. */
const japaneseTitles = '部長|課長|社長|係長|店長|次長|主任|先生|担当';
const kanjiName = '((?:\\p{Script=Han}{1,4}[ 　]?)?\\p{Script=Han}{1,4})';
const fullKanjiName = '(\\p{Script=Han}{1,4}[ 　]\\p{Script=Han}{1,4}|\\p{Script=Han}{3,6})';
/**
 * Common Japanese family names of two kanji or more, which make two kanji before "です" a name ("情報システム部の
 * 佐藤です"); of one kanji they are often a word's first ("森林", "原因").
 */
const japaneseFamily =
  '佐藤|鈴木|高橋|田中|伊藤|渡辺|渡邊|山本|中村|小林|加藤|吉田|山田|佐々木|山口|松本|井上|木村|斎藤|清水|山崎|' +
  '池田|橋本|阿部|石川|山下|中島|石井|小川|前田|岡田|長谷川|藤田|後藤|近藤|村上|遠藤|青木|坂本|斉藤|福田|太田|' +
  '西村|藤井|金子|岡本|藤原|中野|三浦|原田|中川|松田|竹内|小野|田村|中山|和田|石田|森田|上田|柴田|酒井|工藤|' +
  '横山|宮崎|宮本|内田|高木|安藤|島田|谷口|大野|丸山|今井|高田|藤本|武田|村田|上野|杉山|増田|小島|小山|千葉|' +
  '大塚|平野|久保|松井|菅原|岩崎|木下|野口|佐野|野村|新井|渡部|菊地|桜井|松尾';
const japaneseSelf = [
  new RegExp(`(?:^|[。\\n、]|の)${kanjiName}(?:と申します|といいます)`, 'gu'),
  // Three kanji or more, or two parts: "経理部の問題です" is a problem of the accounts department.
  new RegExp(`(?:会社|商事|物流|銀行|商店|部|課|室|センター|事務所)の${fullKanjiName}です`, 'gu'),
  // "株式会社サンプルデータの佐藤美咲です": the company written with 株式会社 before its name.
  new RegExp(`(?:株式会社|（株）|\\(株\\))[^\\s。、の]{1,20}の${fullKanjiName}です`, 'gu'),
  // A common family name alone: "情報システム部の佐藤です".
  new RegExp(
    `(?:会社|商事|物流|銀行|商店|部|課|室|センター|事務所|担当)の((?:${japaneseFamily})(?:[ \u3000]?\\p{Script=Han}{1,3})?)です`,
    'gu',
  ),
  // A signature line: the family name, the given name and its reading ("佐藤 健太（さとう けんた）"), after the
  // department on the line too ("営業部 佐藤 健一").
  new RegExp(
    `(?:^|\\n)[ \\t]*(?:\\S{1,12}(?:部|課|室|センター|チーム)[ \\t\u3000]+)?((?:${japaneseFamily})(?:[ \u3000]\\p{Script=Han}{1,3}[ \\t]*(?=\\n|$|[（(])|\\p{Script=Han}{1,2}(?=[（(][ぁ-ゖァ-ヺー \u3000]+[）)])))`,
    'gu',
  ),
  // In brackets after a contact's number: "連絡先：090-5555-0132（山田 花子）".
  new RegExp(`[（(]((?:${japaneseFamily})[ \u3000]?\\p{Script=Han}{1,3})[）)]`, 'gu'),
  // A common family name and a given name, a space between: "宿泊予定の佐藤 美咲です", "入居者は佐藤 健一です"; or as
  // the addressee:
  // "山田花子 宛", "山田花子様".
  new RegExp(`[のは]((?:${japaneseFamily})[ \u3000]\\p{Script=Han}{1,3})です`, 'gu'),
  // … after kana or a comma, with or without the space: "住んでいる佐藤健一です", "090-1234-5678、山本 美咲 です"; and
  // signing off after "よろしくお願いいたします。".
  new RegExp(
    `(?<=[\\p{Script=Hiragana}、，,][ \u3000]?)((?:${japaneseFamily})[ \u3000]?(?!${japaneseTitles})\\p{Script=Han}{1,3})[ \u3000]?です`,
    'gu',
  ),
  new RegExp(
    `よろしくお願い(?:いた)?します[。.]?[ \\t\u3000\\n]*((?:${japaneseFamily})[ \u3000]?\\p{Script=Han}{1,3})[ \\t\u3000]*(?=\\n|$)`,
    'gu',
  ),
  // (Not a title after the family name: "田中部長様".)
  new RegExp(
    `(?<![\\p{Script=Han}])((?:${japaneseFamily})[ \u3000]?(?!${japaneseTitles})(?:(?![様宛])\\p{Script=Han}){1,3})[ \u3000]?(?:宛|様)`,
    'gu',
  ),
];
/** The reading in kana after a name: "佐藤 健太（さとう けんた）". */
const kanaReading = /[（(]([ぁ-ゖァ-ヺー]+(?:[ \u3000][ぁ-ゖァ-ヺー]+)?)[）)]/y;

// "My name is …" in scripts without capitals: Hindi "मेरा नाम अंकिता शर्मा है", Korean "제 이름은 김민준이고",
// Chinese "我叫王小明", Arabic "اسمي …" and "أنا أحمد بن خالد العتيبي من شركة …" (I am … from), Russian "меня
// зовут Ольга Петрова", Greek "με λένε …". Korean "저는 …입니다" and Chinese "我是…" (I am …) also say what one
// is ("저는 학생입니다", "我是新用户"): there a common family name has to lead.
const koreanFamily =
  '[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국]';
const chineseFamily =
  '[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤張劉陳楊黃趙吳許鄭謝韓馮鄧蕭葉蘇呂盧鍾譚陸賈韋鄒龍賀顧龔萬錢湯]';
const scriptClosings = /^(?:धन्यवाद|शुक्रिया|आभार|شكرا|شكراً|مع الشكر|תודה|ধন্যবাদ)/u;
const scriptDashSignOff =
  /(?:^|[\s।.!?])[—–-][ \t]*((?:[\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{M}]+)(?:[ \t]+[\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{M}]+){0,2})[\s.]*$/u;
const chineseSignature = new RegExp(`\\n[ \\t]*(${chineseFamily}\\p{Script=Han}{1,2})[ \\t]*\\s*$`, 'u');
/** Last lines that are no name though they start with a family name's character. */
const chineseClosings: ReadonlySet<string> = new Set([
  '谢谢',
  '谢谢您',
  '谢谢你',
  '萬分感謝',
  '万分感谢',
  '谢了',
  '周末愉快',
]);
const ownName = [
  /मेरा[ \t]+नाम[ \t]+([\p{L}\p{M}]+(?:[ \t]+[\p{L}\p{M}]+){0,3}?)[ \t]+(?:है|हैं)/gu,
  /(?:제|내|저의)[ \t]+이름은[ \t]+([가-힣]{2,4}?)(?=이고|입니다|이에요|예요|이며|이라고|라고|[ \t,.]|$)/gu,
  new RegExp(`저는[ \\t]+(${koreanFamily}[가-힣]{2})(?=입니다|이고|이에요|예요|이라고|라고)`, 'gu'),
  /(?:我叫|我的名字是|我的名字叫|本人姓名[:：]?)[ \t]*(\p{Script=Han}{2,4}?)(?=[，,。.！!；;、\s(（]|$)/gu,
  new RegExp(`我是(${chineseFamily}\\p{Script=Han}{1,2})(?=[，,。.！!；;\\s]|$)`, 'gu'),
  // "我是你们的老用户王秀英。": the customer's own word for what they are, then the name.
  new RegExp(
    `我是[^，,。.！!；;\\s]{0,12}(?:用户|用戶|客户|客戶|会员|會員|顾客|顧客|车主|車主|业主|業主|家长|家長|申请人|申請人|学生|學生|研究生|员工|員工|患者|租户|租戶|住户|住戶|经理|經理|主管|总监|總監|房东|房東|老师|老師|负责人|負責人|店长|店長|助理|会计|會計|律师|律師|医生|醫生|护士|護士|工程师|工程師|专员|專員|代表)(${chineseFamily}\\p{Script=Han}{1,2})(?=[，,。.！!；;（(\\s]|$)`,
    'gu',
  ),
  // "客人刘建国先生", "联系人：请找张秀英女士": a family name, a given name and the courtesy title after it.
  new RegExp(`(${chineseFamily}\\p{Script=Han}{1,2})(?=先生|女士|小姐|太太)`, 'gu'),
  // Korean "이서연 고객님", "김민준님께", "김지영 씨", "김지영 드림" (a letter's signature): a family name and two
  // syllables as a word of its own, then the courtesy word; not a word for what someone is ("주문자님", "신청자님").
  new RegExp(
    `(?<![가-힣])(?!(?:이용자|주문자|신청자|구매자|소유자|소비자|수령인|관리자|사용자|운영자|보호자|판매자|작성자|예약자|고객님))(${koreanFamily}[가-힣]{2}(?<![요다까죠네자사가생]))(?=[ \\t]?(?:고객님|님|씨)|[ \\t]+(?:드림|올림)(?![가-힣]))`,
    'gu',
  ),
  // A Korean chat's speaker label with the speaker's role: "[상담원 김민준]", "[고객 이서연]".
  /\[(?:상담원|상담사|고객|담당자|매니저|기사|직원)[ \t]+([가-힣]{2,4})\]/gu,
  // Korean "저는 Aperio Pay를 3년째 사용하고 있는 김민준입니다": the name later in the same sentence, not a word
  // for what one is ("저는 이 서비스의 이용자입니다", "소비자", "변호사").
  new RegExp(
    `저는[ \\t][^.!?。\\n]{0,60}?[ \\t](?!(?:이용자|주문자|신청자|구매자|소유자|소비자|기술자|공무원|한국인|장애인|수령인|전문가|고객님)(?![가-힣]))(${koreanFamily}(?!회원|교수|문의|행객|문객|과장|부장|대리|차장|사원|팀장|실장|사장|고객|학생|직원|원진|달원|내원|문가|무원)[가-힣]{2}(?<![자사가생]))(?=입니다|이고|이에요|예요|이라고|라고)`,
    'gu',
  ),
  // (Up to "و", "and", prefixed to the next word: "اسمي خالد المنصوري ورقم هاتفي …".)
  /(?:^|[\s،.])اسمي[ \t]+((?:[\p{Script=Arabic}]+[ \t]+){0,3}[\p{Script=Arabic}]+?)(?=[ \t]*[،,.]|[ \t]+من[ \t]|[ \t]+و|$)/gmu,
  // Urdu "میرا نام عمران خالد ہے" (my name is …).
  /(?:^|[\s،.۔])میرا[ \t]+نام[ \t]+((?:[\p{Script=Arabic}]+[ \t]+){0,3}?[\p{Script=Arabic}]+?)(?=[ \t]+ہے)/gmu,
  /(?:^|[\s،.])أنا[ \t]+((?:[\p{Script=Arabic}]+[ \t]+){1,3}[\p{Script=Arabic}]+?)(?=[ \t]+من[ \t])/gmu,
  // Hebrew "שמי יוסי לוי," (my name is).
  // Two words or more: "שמי השתנה" is "my name changed".
  /(?:^|[\s,.])שמי[ \t]+(\p{Script=Hebrew}+(?:[ \t-]\p{Script=Hebrew}+){1,2}?)(?=[ \t]*[,.]|[ \t]+ו|$)/gmu,
  // Arabic "السيد عبدالله محمد الكعبي،" (Mr …): two to four words up to a comma or the sentence's end.
  /(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة)[ \t]+((?:[\p{Script=Arabic}]+[ \t]+){1,3}[\p{Script=Arabic}]+)(?=[ \t]*[،,.\n]|$)/gu,
  // Persian "من مریم رحیمی هستم" (I am …).
  // Two or three words, none of them a word for what one is or feels ("من مشتری شما هستم", "من خیلی ناراحت هستم").
  /(?:^|[\s.،])من[ \t]+((?!(?:مشتری|خیلی|از|یک|شما|ناراحت|در|به|با|هم|الان|واقعا|بسیار|کاربر|همسر|مادر|پدر|دانشجو|مدیر|صاحب)[ \t])[\p{Script=Arabic}]+(?:[ \t]+[\p{Script=Arabic}]+){1,2})[ \t]+هستم/gmu,
  // Ukrainian and Russian "на ім'я …", "на имя …" (in the name of).
  // One of the words must end as a surname or patronymic does ("Заява на ім'я Директора" is to the director).
  /на[ \t]+(?:ім['’]я|имя)[ \t]+((?=(?:\p{Lu}\p{Ll}+[ \t]+){0,2}\p{Lu}\p{Ll}{2,}(?:енко|ко|ук|юк|чук|ов|ова|ев|ева|ін|іна|ин|ина|ський|ська|ский|ская|цький|цька|як|ич|івна|івич|ович|овна|евич|евна)(?![\p{L}]))\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/gu,
  // Thai "ผู้ขายชื่อ ธนพล ศรีสุวรรณ" (the seller named …): a person's word, the word for "name", a given name and
  // a family name ("ชื่อ บัญชี ผู้ใช้" is the account's user name).
  /(?:ผู้ขาย|ผู้ซื้อ|ลูกค้า|พนักงาน|คนขับ|ผู้รับ|ผู้ส่ง|เจ้าของ|ช่าง|ไรเดอร์)ชื่อ[ \t]+(\p{Script=Thai}{2,}[ \t]+\p{Script=Thai}{2,})(?=[ \t]|$)/gu,
  // Ukrainian "Мене звати …", Thai "ดิฉันชื่อ …" / "ผมชื่อ …".
  /[Мм]ене[ \t]+звати[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/gu,
  /(?:ดิฉัน|ผม|ฉัน)ชื่อ[ \t]+(\p{Script=Thai}+(?:[ \t]+\p{Script=Thai}+)?)/gu,
  // Thai "ชื่อจริงของดิฉันคือ …" (my real name is).
  /ชื่อ(?:จริง)?ของ(?:ดิฉัน|ผม|ฉัน)คือ[ \t]+(\p{Script=Thai}+(?:[ \t]+\p{Script=Thai}+)?)/gu,
  // Case-sensitive: the name is capitalised ("Меня зовут на собеседование" is an invitation).
  /[Мм]еня[ \t]+зовут[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/gu,
  /(?:[Μμ]ε[ \t]+λένε|[Οο]νομάζομαι)[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2})/gu,
];

function scriptNames(text: string, found: Span[]): void {
  for (const re of japaneseSelf) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].lastIndexOf(m[1]!);
      found.push({ start, end: start + m[1]!.length, type: 'name' });
      const reading = execAt(kanaReading, text, start + m[1]!.length);
      if (reading) {
        const at = start + m[1]!.length + 1;
        found.push({ start: at, end: at + reading[1]!.length, type: 'name' });
      }
    }
  }
  for (const re of ownName) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + m[0].indexOf(m[1]!);
      found.push({ start, end: start + m[1]!.length, type: 'name' });
    }
  }
  scriptNameField.lastIndex = 0;
  for (let m = scriptNameField.exec(text); m; m = scriptNameField.exec(text)) {
    // In a cased script a name is capitalised: "ПІБ: не вказано" is "not given".
    if (m[1]!.length > 40 || /^\p{Ll}/u.test(m[1]!)) continue;
    const start = m.index + m[0].lastIndexOf(m[1]!);
    found.push({ start, end: start + m[1]!.length, type: 'name' });
    // "連絡先：高橋 美咲（タカハシ ミサキ）": the reading after the name.
    const reading = execAt(kanaReading, text, start + m[1]!.length);
    if (reading) {
      const at = start + m[1]!.length + 1;
      found.push({ start: at, end: at + reading[1]!.length, type: 'name' });
    }
  }
  // "— अंकित शर्मा": a dash and a name in a script without capitals ending the text.
  const tail = text.slice(Math.max(0, text.length - 120));
  const dashed = scriptDashSignOff.exec(tail);
  if (dashed && !scriptClosings.test(dashed[1]!)) {
    const start = text.length - tail.length + dashed.index + dashed[0].indexOf(dashed[1]!);
    found.push({ start, end: start + dashed[1]!.length, type: 'name' });
  }
  // A Chinese name alone on the last line, as a letter is signed ("…取消这个订单。\n王磊").
  const last = chineseSignature.exec(text.slice(Math.max(0, text.length - 16)));
  if (last && !chineseClosings.has(last[1]!)) {
    const start = text.length - last[0].length + last[0].indexOf(last[1]!);
    found.push({ start, end: start + last[1]!.length, type: 'name' });
  }
  const t = scriptThanks.exec(tail);
  // In a cased script the name is capitalised: "Спасибо, коллеги" thanks the colleagues.
  if (t && !latinLetters.test(t[1]!) && !/^\p{Ll}/u.test(t[1]!) && !thanksTail.has(t[1]!)) {
    const start = text.length - tail.length + t.index + t[0].lastIndexOf(t[1]!);
    found.push({ start, end: start + t[1]!.length, type: 'name' });
  }
}

const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)$/;

/**
 * Where each word of `text` starts (a word: a run of `isWordChar` characters), by the word as written. A name
 * made of word characters only stands alone exactly where it is a whole word (an overlapping match ends inside
 * it), so its occurrences are looked up here rather than searched for across the text: with thousands of
 * different names in a long text, one search each was quadratic.
 */
function wordStarts(text: string): Map<string, number[]> {
  const starts = new Map<string, number[]>();
  for (let i = 0; i < text.length;) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const word = text.slice(start, i);
    const list = starts.get(word);
    if (list) list.push(start);
    else starts.set(word, [start]);
  }
  return starts;
}

/** Past this many characters read by searches for names (a few milliseconds), the text's words are indexed. */
const manyReads = 4_000_000;

function wordCharsOnly(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isWordChar(w.charCodeAt(i))) return false;
  return true;
}

/**
 * The offsets where `w` stands alone in `text`, in order: from `index` (see wordStarts) when given and `w` is
 * made of word characters only, else by searching (each match from the end of the previous one).
 */
function placesAlone(text: string, w: string, index: Map<string, number[]> | undefined): number[] {
  const places: number[] = [];
  // Chinese, Japanese and Korean run words together: a name of two characters or more is the name wherever it
  // stands ("株式会社ミドリ精機の佐藤です", "김민준입니다").
  if (w.length >= 2 && w.charCodeAt(0) >= 0x3040 && cjkWord.test(w)) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) places.push(i);
    return places;
  }
  if (index && wordCharsOnly(w)) {
    for (const i of index.get(w) ?? []) {
      if (standsAlone(text, i - 1) && standsAlone(text, i + w.length)) places.push(i);
    }
    return places;
  }
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + w.length)) {
    if (standsAlone(text, i - 1) && standsAlone(text, i + w.length)) places.push(i);
  }
  return places;
}

const cjkWord = /^[\p{Script=Han}\p{Script=Hangul}\u3040-\u30ff]+$/u;

/** The index of a text's words (see wordStarts), built the first time it is asked for. */
class TextWords {
  private words: Map<string, number[]> | undefined;
  constructor(private readonly text: string) {}
  get(): Map<string, number[]> {
    return (this.words ??= wordStarts(this.text));
  }
}

const capitalise = (p: string) => p[0]!.toUpperCase() + p.slice(1).toLowerCase();

const accented: Readonly<Record<string, string>> = {
  a: '[aàáâãäå]',
  e: '[eèéêë]',
  i: '[iìíîï]',
  o: '[oòóôõöø]',
  u: '[uùúûü]',
  c: '[cç]',
  n: '[nñ]',
};
const signedBefore = /(?:^|\n|[-–—~][ \t]*|[.!?,][ \t]+|(?<![a-z])(?:thx|thanks|ty|cheers|ta)[ \t,]+)$/i;
const signedAfter = /^[ \t]*[.!]?[ \t]*(?:\n|$)/;

/**
 * The first part of the sender's address, signed at the end of the message in any case and whether or not it is
 * a known name: "my email is sizwe.ndlovu@… please help its been a week. sizwe", "dev.patel.1996@… - dev".
 */
function signedAs(text: string, part: string, found: Span[]): void {
  if (part.length < 3) return;
  const tail = Math.max(0, text.trimEnd().length - 80);
  // The address has no accents: "Ciarán\nciaran.oduffy@…".
  const written = new RegExp(
    part.toLowerCase().replace(/[aeioucn]/g, (c) => accented[c]!),
    'gi',
  );
  const window = text.slice(tail);
  for (let m = written.exec(window); m; m = written.exec(window)) {
    const i = tail + m.index;
    const end = i + m[0].length;
    if (isWordChar(text.charCodeAt(i - 1)) || isWordChar(text.charCodeAt(end))) continue;
    if (!signedAfter.test(text.slice(end, end + 4)) || !signedBefore.test(text.slice(Math.max(0, i - 12), i)))
      continue;
    found.push({ start: i, end, type: 'name' });
  }
}

/**
 * "… Dawn and Faith … dawn.okafor@… and faith.ellis@…": the given name and surname of an address's
 * `first.last` local part, capitalised where they stand alone in the text. A given name that is also a word
 * ("Dawn", "Mark") is not taken at the start of a sentence.
 */
function emailNames(text: string, out: readonly Span[], found: Span[], textWords: TextWords): void {
  // Each word is searched for once as a given name and once as a surname: the same address written many times
  // pushed the same spans again for each (quadratic); the copies were dropped after sorting anyway.
  const searched = new Set<string>();
  // The next `@` from an address on (searched again only past the last one found), and the text's parts: an
  // obfuscated address has no `@` of its own (see email-parts.ts).
  let atFrom = Infinity;
  let at = -1;
  const cache = {};
  for (const f of out) {
    if (f.type !== 'email') continue;
    if (f.start < atFrom || (at >= 0 && at < f.start)) {
      atFrom = f.start;
      at = text.indexOf('@', f.start);
    }
    const parts = localParts(text, f.start, at, cache);
    if (!parts || parts.length < 2) continue;
    // (Not a team's mailbox: "dev.team@…".)
    if (!searched.has('signed ' + parts[0]!) && !commonWordNotName(capitalise(parts[parts.length - 1]!))) {
      searched.add('signed ' + parts[0]!);
      signedAs(text, parts[0]!, found);
    }
    const given = capitalise(parts[0]!);
    const cls = givenNameClass(given);
    if (cls === 0) continue;
    const surname = capitalise(parts[parts.length - 1]!);
    for (const w of commonWordNotName(surname) ? [given] : [given, surname]) {
      const key = (w === given ? 'given ' : 'surname ') + w;
      if (searched.has(key)) continue;
      searched.add(key);
      // When searching would read much text, its words are indexed once (see wordStarts).
      const index = searched.size * text.length > manyReads ? textWords.get() : undefined;
      for (const i of placesAlone(text, w, index)) {
        if (w === given && cls === 1 && sentenceStart.test(text.slice(Math.max(0, i - 3), i))) continue;
        found.push({ start: i, end: i + w.length, type: 'name' });
      }
    }
  }
}

const lowerCaseTitles: ReadonlySet<string> = new Set(
  'signora signor signorina señora señor señorita senora senor madame monsieur mademoiselle dona'.split(' '),
);

const verbLabel =
  /^(?:message|email|text|phone|call|refund|notify|inform|tell|ask|remind|thank|invite|ping|meet|welcome)[ \t]*:/;

const parenthesisedWord = /[ \t]*\((\p{Lu}[\p{Ll}\p{M}'’-]+)\)/uy;
const titleBefore = new RegExp(`(?<![\\p{L}])${honorific}\\.?[ \\t]+$`, 'iu');

/**
 * "cust Mr. Tupou (Sione)", "Nguyen (Linh)": the given name in parentheses after a name found: a known given
 * name, or any capitalised word that is no common word after a title and a surname.
 */
function givenInParentheses(text: string, s: Span): [number, number] | undefined {
  if (text.charCodeAt(s.end) !== 40 && text.charCodeAt(s.end + 1) !== 40) return undefined;
  const m = execAt(parenthesisedWord, text, s.end);
  if (!m) return undefined;
  const w = m[1]!;
  if (stopWords.has(w.toLowerCase()) || commonWordNotName(w) || companyWords.has(w.toLowerCase()))
    return undefined;
  // After a title and a surname, any such word but a department's ("Dr. Rao (Oncology)"); after a full name, a
  // given name that is also a word ("Dorothy McAllister (Dot)").
  const cls = givenNameClass(w);
  if (
    cls !== 2 &&
    !(cls === 1 && /[ \t]/.test(text.slice(s.start, s.end)) && !calendarWords.has(w.toLowerCase())) &&
    (!titleBefore.test(text.slice(Math.max(0, s.start - 12), s.start)) || departmentLike.test(w))
  )
    return undefined;
  const start = s.end + m[0].length - w.length - 1;
  return [start, start + w.length];
}

// "Requested by: Okafor, Adaeze (Sales Ops)": a surname found, then a comma and a given name that ends the entry.
const commaGiven =
  /,[ \t]*(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+)?)(?=[ \t]*(?:\(|\n|$|[;|—–]|-[ \t]))/uy;

// Chinese names in Singapore and Malaysia are written family name first, in three syllables ("Tan Wei Ling", "Lim
// Soo Hwa"): a name found as two of them takes the family name before it, or the syllable after its family name.
const sinoFamilyNames: ReadonlySet<string> = new Set(
  (
    'Tan Lim Lee Ng Ong Wong Goh Chua Chan Koh Teo Ang Yeo Tay Ho Low Toh Sim Chong Chia Seah Foo Leong Lau Yap ' +
    'Khoo Soh Neo Poh Heng Quek Kwek Loh Tang Chew Chin Phua Kok Liew Ting Cheong Chee Loke Woo Wee Pang Yong Hong'
  ).split(' '),
);
const syllableBefore = /(?:^|[^\p{L}])(\p{Lu}[a-z]{1,3})[ \t]$/u;
const syllableAfter = /[ \t](\p{Lu}[a-z]{1,4})(?![\p{L}\p{N}'’-])/uy;

function sinoFullName(text: string, s: Span): [number, number] | undefined {
  const name = text.slice(s.start, s.end);
  const words = name.split(' ');
  if (words.length > 2 || !/^\p{Lu}[a-z]+(?: \p{Lu}[a-z]+)?$/u.test(name)) return undefined;
  const before = syllableBefore.exec(text.slice(Math.max(0, s.start - 6), s.start));
  if (before && sinoFamilyNames.has(before[1]!) && !sinoFamilyNames.has(words[0]!))
    return [s.start - before[0].length + before[0].indexOf(before[1]!), s.end];
  if (words.length !== 2 || !sinoFamilyNames.has(words[0]!)) return undefined;
  const after = execAt(syllableAfter, text, s.end);
  return after && !commonWordNotName(after[1]!) ? [s.start, s.end + after[0].length] : undefined;
}

function givenAfterComma(text: string, s: Span): [number, number] | undefined {
  if (text.charCodeAt(s.end) !== 44 || /[ \t]/.test(text.slice(s.start, s.end))) return undefined;
  // Two given names are two people: "Children: Mateo, Lucía".
  if (givenNameClass(text.slice(s.start, s.end)) === 2) return undefined;
  const m = execAt(commaGiven, text, s.end);
  if (!m || givenNameClass(m[1]!.split(/[ \t]/)[0]!) !== 2) return undefined;
  return [s.start, s.end + m[0].length];
}

const selfBefore =
  /(?:^|\n|[—–-][ \t]*|(?:^|[^\p{L}])(?:it's|it’s|its|i'm|i’m|im|this is|here's|cheers|thanks|aunt|auntie|uncle|cousin|grandma|grandpa|nan|nana|mum|mom|dad)[ \t,]+)$/iu;
// "Gord Whitehorse (cust) wants gas", "Aroha Ngata (tenant)": a full name marked with the person's role. Found from
// each bracket that holds such a role, back to the name before it.
const roleInBracket =
  /\((?:cust|customer|client|tenant|landlord|caller|homeowner|owner|patient|member|guest|driver|employee|emp|user|applicant)\)/y;
const nameBeforeBracket =
  /(?:^|[^\p{L}])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})[ \t]*$/u;

function roleMarkedNames(text: string, opens: readonly number[], found: Span[]): void {
  for (const i of opens) {
    if (!execAt(roleInBracket, text, i)) continue;
    const from = Math.max(0, i - 60);
    const m = nameBeforeBracket.exec(text.slice(from, i));
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (
      words.some(
        (w) => stopWords.has(w.toLowerCase()) || commonWordNotName(w) || companyWords.has(w.toLowerCase()),
      )
    )
      continue;
    const start = from + m.index + m[0].indexOf(m[1]!);
    found.push({ start, end: start + m[1]!.length, type: 'name' });
  }
}

// "jayden's mum", "Priya’s dad": a child's given name before the parent's word.
const familyGate = gate(
  'mum mom mother dad father guardian carer grandma grandmother grandpa grandfather nan',
);
const parentOf =
  /(?<![\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}-]{1,24})['’]s[ \t]+(?:mum|mom|mother|dad|father|guardian|carer|grandma|grandmother|grandpa|grandfather|nan)(?![\p{L}])/gu;

function childOfParent(text: string, found: Span[]): void {
  parentOf.lastIndex = 0;
  for (let m = parentOf.exec(text); m; m = parentOf.exec(text)) {
    // A given name and no word: "Will's dad", "my son's mum" stay.
    if (givenNameClass(capitalise(m[1]!)) !== 2) continue;
    found.push({ start: m.index, end: m.index + m[1]!.length, type: 'name' });
  }
}

// A name asked for and given on the next line: "what's your name?\n[14:02] Visitor: tanisha brooks".
const nameReply = new RegExp(
  String.raw`name\?[ \t]*${nextSpeakerLine}(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2})(?=[ \t]*[.!]?[ \t]*(?:\n|$))`,
  'uy',
);
/** … or to "your name and email?": the name first in the reply, a comma after it ("Seán Ó Briain, sean@…"). */
const nameAndMoreReply = new RegExp(
  String.raw`your[ \t]+(?:full[ \t]+)?name[ \t]+and[^\n?]{0,60}\?[ \t]*${nextSpeakerLine}(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,3})(?=[ \t]*,)`,
  'uy',
);

/**
 * A greeting, then who writes, at the start of the text, a line or a quote: "hi its Thandiwe, im at the counter",
 * "hello im abdulrahman al-harbi.", "hi its ruby chen." In any case, known to the lexicon or not, when no word
 * of it is a common one ("hi its urgent", "hello im stuck").
 */
const greetingIntro =
  /(?:^|\n|["“])[ \t]*(?:hi|hello|hey|hiya|good[ \t]+(?:morning|afternoon|evening|day))(?:[ \t]+there)?[ \t]*[,!.]?[ \t]+(?:its|it's|it’s|it[ \t]+is|im|i'm|i’m|this[ \t]+is)[ \t]*,?(?:[ \t]+(?:uh|um|erm|er)[ \t]*,?)?[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){0,2})(?![\p{L}'’-])(?=[ \t]*(?:[,.!\n]|$|from[ \t]|in[ \t]|at[ \t]|here(?![\p{L}])|again(?![\p{L}])))/giu;

function greetingIntros(text: string, found: Span[]): void {
  greetingIntro.lastIndex = 0;
  for (let m = greetingIntro.exec(text); m; m = greetingIntro.exec(text)) {
    const start = m.index + m[0].length - m[1]!.length;
    // "in"/"at" after one word is where someone is ("I'm travelling in Vietnam"), after a full name where they live
    // ("hi its Marcus Bell in 4C").
    if (
      !/[ \t]/.test(m[1]!) &&
      /^[ \t]+(?:in|at)[ \t]/i.test(text.slice(start + m[1]!.length, start + m[1]!.length + 4))
    )
      continue;
    namedWords(text, start, m[1]!, found);
  }
}

const shorthand: ReadonlySet<string> = new Set(
  'pls plz plez thx tnx ty ok okay lol asap btw fyi again too here'.split(' '),
);

/**
 * The leading words of `phrase` (at `start`) that are neither stop words nor common ones, as a name; with `whole`,
 * all of them or none ("this is Fernpay security." names no one).
 */
function namedWords(text: string, start: number, phrase: string, found: Span[], whole = true): void {
  let end = start;
  const spans: Span[] = [];
  for (const w of phrase.split(/([ \t]+)/)) {
    if (/^[ \t]+$/.test(w)) {
      end += w.length;
      continue;
    }
    const lw = w.toLowerCase();
    // (Nor a possessive, "I'm William's assistant", nor chat shorthand: "Its me, pls unblock".)
    if (
      w.length < 2 ||
      stopWords.has(lw) ||
      commonWordNotName(capitalise(lw)) ||
      companyWords.has(lw) ||
      shorthand.has(lw) ||
      /['’]s$/.test(w)
    ) {
      if (whole) return;
      break;
    }
    end += w.length;
    spans.push({ start, end, type: 'name' });
  }
  found.push(...spans);
}

/** People listed under "names:", a line each: "names:\n- priya sharma\n- daniel o'connor". */
const namesColon = /(?:^|[^\p{L}])names[ \t]*:[ \t]*\n/giu;
const listedItem =
  /[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){1,2})(?=[ \t]*(?:[,(\n]|$))[^\n]*(?:\n|$)/uy;
/** … and "current lease holder is me, jordan ellis.", "it's me, Daniel Park". */
const isMe =
  /(?<![\p{L}])(?:is|it's|it’s|its)[ \t]+me,?[ \t]+(\p{L}[\p{L}'’-]+(?:[ \t]+\p{L}[\p{L}'’-]+){0,2})(?=[ \t]*(?:[,.!\n]|$))/giu;

/** … or on the line of "names used", "pax names": "Names used: Jordan Pike, J. Pike, Kayden Rowe". */
const namesInline =
  /(?<![\p{L}])(?:names[ \t]+used|pax[ \t]+names?|passenger[ \t]+names|guest[ \t]+names)[ \t]*:?[ \t]+(?=\p{Lu})/giu;
const inlineItem =
  /((?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]+)){1,2})(?:,[ \t]*|[ \t]+(?:\/|and|&)[ \t]+)?/uy;

/** A markdown table of fields and values, a person's field on its row: "| Tenant | Charlotte Nguyen |". */
const personFieldRow =
  /(?<=^|\n)[ \t]*\|[ \t]*(?:full[ \t]+)?(?:name|customer(?:[ \t]+name)?|tenant|guest|passenger|patient|employee|member|caller|contact(?:[ \t]+name)?|owner|landlord|applicant|insured|policyholder|account[ \t]+holder|cardholder|recipient|sender|beneficiary|student|requester|reporter|assignee|technician)[ \t]*\|[ \t]*(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]*\|/giu;

function fieldRowNames(text: string, found: Span[]): void {
  personFieldRow.lastIndex = 0;
  for (let m = personFieldRow.exec(text); m; m = personFieldRow.exec(text)) {
    const name = m[1]!;
    // Capitalised as a name is (the "i" flag lets the pattern's capitals match any case), and no company's words.
    if (!name.split(/[ \t]+/).every((w) => /^\p{Lu}/u.test(w) && !companyWords.has(w.toLowerCase())))
      continue;
    const at = m.index + m[0].lastIndexOf(name);
    found.push({ start: at, end: at + name.length, type: 'name' });
  }
}

const rankTitles: ReadonlySet<string> = new Set(['officer', 'constable', 'sergeant', 'inspector']);

/** Names with a parent's: "Kavitha d/o Ramasamy", "Rajan s/o Muthu", "Devi a/p Subramaniam" (Singapore, Malaysia). */
const childOfName =
  /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?[ \t]+(?:[sd]\/o|a\/[lp])[ \t]+\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?(?![\p{L}])/gu;

function childOfNames(text: string, found: Span[]): void {
  childOfName.lastIndex = 0;
  for (let m = childOfName.exec(text); m; m = childOfName.exec(text))
    found.push({ start: m.index, end: m.index + m[0].length, type: 'name' });
}

function listedUnderNames(text: string, found: Span[]): void {
  namesInline.lastIndex = 0;
  for (let m = namesInline.exec(text); m; m = namesInline.exec(text)) {
    let at = m.index + m[0].length;
    for (let item = execAt(inlineItem, text, at); item; item = execAt(inlineItem, text, at)) {
      // Named as names, a surname that is a word is one too ("J. Pike"); a company's word is not.
      const parts = item[1]!.toLowerCase().split(/[ \t]+/);
      if (parts.some((w) => stopWords.has(w) || companyWords.has(w))) break;
      found.push({ start: at, end: at + item[1]!.length, type: 'name' });
      at += item[0].length;
    }
  }
  namesColon.lastIndex = 0;
  for (let m = namesColon.exec(text); m; m = namesColon.exec(text)) {
    let at = m.index + m[0].length;
    for (let item = execAt(listedItem, text, at); item; item = execAt(listedItem, text, at)) {
      namedWords(text, at + item[0].indexOf(item[1]!), item[1]!, found);
      at += item[0].length;
    }
  }
}

function isMeNames(text: string, found: Span[]): void {
  isMe.lastIndex = 0;
  for (let m = isMe.exec(text); m; m = isMe.exec(text)) {
    namedWords(text, m.index + m[0].length - m[1]!.length, m[1]!, found);
  }
}

/** Agents' shorthand, titles in lower case: "spoke w/ customer mrs folake adeyemi-ojo, says …". */
const lowerTitled = /(?<![\p{L}])(?:mr|mrs)\.?[ \t]+([a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2})/gu;

function lowerCaseTitled(text: string, found: Span[]): void {
  lowerTitled.lastIndex = 0;
  for (let m = lowerTitled.exec(text); m; m = lowerTitled.exec(text)) {
    namedWords(text, m.index + m[0].length - m[1]!.length, m[1]!, found, false);
  }
}

/** … or to who someone is: "Who am I chatting with?\nVisitor: jack nguyen". */
const whoReply = new RegExp(
  String.raw`(?:chatting|speaking|talking)[ \t]+(?:with|to)\?[ \t]*${nextSpeakerLine}(\p{L}[\p{L}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2})(?=[ \t]*[.!]?[ \t]*(?:\n|$))`,
  'uy',
);

function namedInReply(text: string, lower: string, found: Span[], key: string, reply: RegExp): void {
  for (let i = lower.indexOf(key); i >= 0; i = lower.indexOf(key, i + key.length)) {
    const m = execAt(reply, text, i);
    if (!m) continue;
    const words = m[1]!.split(/[ \t]+/);
    // A given name the lexicon knows first, and no stop or common word: "no thanks" is no answer of a name.
    if (givenNameClass(capitalise(words[0]!)) === 0) continue;
    if (
      words.some(
        (w) => stopWords.has(w.toLowerCase()) || (w !== words[0] && commonWordNotName(capitalise(w))),
      )
    )
      continue;
    const start = i + m[0].length - m[1]!.length;
    found.push({ start, end: start + m[1]!.length, type: 'name' });
  }
}

// The parts of a name object in JSON: `"legal_name":{"first":"Ngozi","last":"Eze-Whitmore"}`; capitalised.
// … or `"first_name":"Aled","surname":"Pritchard"`.
const jsonNamePart = /"(?:first|last|given|family|middle|surname)(?:[_-]?name)?"[ \t]*:[ \t]*"/g;

function jsonNameParts(text: string, found: Span[]): void {
  jsonNamePart.lastIndex = 0;
  for (let m = jsonNamePart.exec(text); m; m = jsonNamePart.exec(text)) {
    const at = m.index + m[0].length;
    const r = readName(text, at, 'strict');
    if (r && text.charCodeAt(r[1]) === 34 && !commonWordNotName(text.slice(r[0], r[1])))
      found.push({ start: r[0], end: r[1], type: 'name' });
  }
}

/** The word before a bracket: a capitalised word, or two or three capitals ("JP"). */
const wordBeforeBracket = /(?:^|[\s—–-])(\p{Lu}\p{Ll}{1,11}|\p{Lu}{2,3})[ \t]+\($/u;

/**
 * "Hey its JP (Jean-Philippe Arseneault)", "- Bex (Rebecca Halloran)": the short name someone goes by, right
 * before their full name in brackets.
 */
function nicknameBeforeFullName(text: string, s: Span): [number, number] | undefined {
  if (text.charCodeAt(s.start - 1) !== 40 || text.charCodeAt(s.end) !== 41) return undefined;
  if (!/[ \t]/.test(text.slice(s.start, s.end))) return undefined;
  const m = wordBeforeBracket.exec(text.slice(Math.max(0, s.start - 16), s.start));
  if (!m) return undefined;
  const w = m[1]!;
  const lw = w.toLowerCase();
  if (stopWords.has(lw) || commonWordNotName(w) || companyWords.has(lw) || calendarWords.has(lw))
    return undefined;
  const start = s.start - m[0].length + m[0].indexOf(w);
  // Only where someone says who they are or signs: "Hey its JP (…)", "- Bex (…)"; "Approved in Workday (…)",
  // "Owner: AR (…)" name a tool and a role.
  if (acronyms.has(lw) || !selfBefore.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  return [start, start + w.length];
}

// "hey its jules (juliette marchetti)", '"kev" (kevin marsh)', "- bex (rebecca adeyemi-cho)": a nickname and the
// full name in brackets, in any case. The full name starts with a given name that is no word; the nickname is where
// someone says who they are or signs, quoted, or the start of that given name.
const nicknameAndFullName =
  /([\p{L}][\p{L}\p{M}'’-]{1,19})["”]?[ \t]+\((\p{L}[\p{L}\p{M}'’-]+(?:[ \t]+\p{L}[\p{L}\p{M}'’-]+){1,2})\)/uy;

function nicknamesWithFullNames(text: string, opens: readonly number[], found: Span[]): void {
  for (const open of opens) {
    if (text.charCodeAt(open - 1) !== 32) continue;
    const i = open - 1;
    // A letter after the bracket, a blank and the closing bracket soon after: read back only then.
    if (!isLetterCode(text.charCodeAt(i + 2))) continue;
    // The closing bracket within 64 characters (a search to the text's end for each bracket was quadratic).
    const inside = text.slice(i + 2, i + 66);
    const close = inside.indexOf(')');
    if (close < 0 || inside.slice(0, close).indexOf(' ') < 0) continue;
    let from = i - 1;
    if (text[from] === '"' || text[from] === '”') from--;
    while (from > 0 && (isLetterCode(text.charCodeAt(from - 1)) || /['’-]/.test(text[from - 1]!))) from--;
    const m = execAt(nicknameAndFullName, text, from);
    if (!m) continue;
    const [nick, full] = [m[1]!, m[2]!];
    const words = full.split(/[ \t]+/);
    if (givenNameClass(capitalise(words[0]!)) !== 2) continue;
    const ln = nick.toLowerCase();
    if (stopWords.has(ln) || commonWordNotName(capitalise(nick))) continue;
    const quoted = text[from - 1] === '"' || text[from - 1] === '“';
    const prefix = ln.length >= 3 && words[0]!.toLowerCase().startsWith(ln);
    if (!quoted && !prefix && !selfBefore.test(text.slice(Math.max(0, from - 16), from))) continue;
    // A surname that is also a word ("kevin marsh") only after a quoted nickname, and in two words; no company's word.
    const word = (w: string) => stopWords.has(w.toLowerCase()) || commonWordNotName(capitalise(w));
    const vouched = quoted && words.length === 2;
    if (words.some((w, k) => companyWords.has(w.toLowerCase()) || (k === 0 || !vouched ? word(w) : false)))
      continue;
    found.push({ start: from, end: from + nick.length, type: 'name' });
    const at = from + m[0].length - 1 - full.length;
    found.push({ start: at, end: at + full.length, type: 'name' });
  }
}

const departmentLike = /(?:ology|ogy|ics|ment|ing|tion|sion|ance|ence|ery|ary|ure|ism)$/;
// (An apostrophe inside the surname, "D. O'Brien"; one after it closes a single-quoted name, 'R HOLLAND'.)
const quotedInitialName = /\p{Lu}(?:\.[ \t]?|[ \t])(\p{Lu}[\p{L}\p{M}'’-]+?)(?:["”]|['’](?![\p{L}]))/uy;
/** Places written with an initial: "N. Virginia", "S. Africa", "W. Sussex". */
const placesAfterInitial: ReadonlySet<string> = new Set(
  'virginia carolina dakota korea africa america ireland sussex yorkshire europe asia wales island islands'.split(
    ' ',
  ),
);

/**
 * `"D. Kowalczuk"`, `signed "J. SMITH"`: an initial and a surname, quoted as written on a form or a receipt. The
 * word pass lists each one-letter word between a quote and a dot.
 */
function quotedInitialNames(text: string, initials: readonly number[], found: Span[]): void {
  for (const at of initials) {
    if (!isAsciiUpper(text.charCodeAt(at))) continue;
    const m = execAt(quotedInitialName, text, at);
    if (!m) continue;
    const surname = m[1]!;
    const word = surname === surname.toUpperCase() ? capitalise(surname) : surname;
    const lower = word.toLowerCase();
    if (stopWords.has(lower) || commonWordNotName(word) || companyWords.has(lower)) continue;
    if (isProductName(word) || placesAfterInitial.has(lower)) continue;
    found.push({ start: at, end: at + m[0].length - 1, type: 'name' });
  }
}

const bullet = /(?:[-*•·–][ \t]+|\d{1,2}[.)][ \t]+)/y;

/** How many lines start with a bullet's character or a digit, counted up to 3 (a list needs three). */
function bulletLines(text: string): number {
  let n = 0;
  for (let nl = -1; n < 3; nl = text.indexOf('\n', nl + 1)) {
    let i = nl + 1;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    const c = text.charCodeAt(i);
    if (c === 45 || c === 42 || c === 0x2022 || c === 0xb7 || c === 0x2013 || (c >= 48 && c <= 57)) n++;
    if (text.indexOf('\n', nl + 1) < 0) break;
  }
  return n;
}
const itemName = /\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+){1,3}/uy;
const itemEnd = /[ \t]*(?:\([^()\n]{0,40}\)[ \t]*|,[^\n]{0,40})?(?:\n|$)/y;

/**
 * A list of people: "- Oskar Wieczorek\n- Beatriz Almeida\n- Tamsin Hale\n- …". In a run of bullet or numbered
 * lines where at least two items are names found, another item that is two to four capitalised words (a
 * note in parentheses or after a comma may follow) starting with a known given name is a name too, whose
 * surname may spell like a word.
 */
function listedPeople(text: string, found: Span[]): void {
  if (bulletLines(text) < 3) return;
  // Where each name found ends, by its start (the longest): one look-up per item.
  const ends = new Map<number, number>();
  for (const s of found) if ((ends.get(s.start) ?? -1) < s.end) ends.set(s.start, s.end);
  const isNamed = (a: number) => ends.has(a) && execAt(itemEnd, text, ends.get(a)!) !== null;
  let run: [number, number][] = [];
  const flush = () => {
    if (run.length >= 3) {
      let named = 0;
      for (const [a] of run) if (isNamed(a)) named++;
      if (named >= 2) {
        for (const [a, b] of run) {
          if (b === a || isNamed(a)) continue;
          const words = text.slice(a, b).split(/[ \t]+/);
          if (givenNameClass(words[0]!) === 0 || words.some((w) => stopWords.has(w.toLowerCase()))) continue;
          if (words.slice(0, -1).some((w) => commonWordNotName(w))) continue;
          found.push({ start: a, end: b, type: 'name' });
        }
      }
    }
    run = [];
  };
  for (let line = 0; line < text.length;) {
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    let i = line;
    while (text[i] === ' ' || text[i] === '\t') i++;
    const b = readAt(bullet, text, i);
    if (b === undefined) flush();
    else {
      const at = i + b.length;
      const m = readAt(itemName, text, at);
      if (m && execAt(itemEnd, text, at + m.length)) run.push([at, at + m.length]);
      else run.push([at, at]);
    }
    line = lineEnd + 1;
  }
  flush();
}

const betweenTwo =
  /^,[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})(?:,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)$/u;

/**
 * "Ngozi Eze, Babatunde Afolabi and Chiamaka Nwosu": two or three capitalised words listed between two names found
 * (sorted by start) are a name too, unless a word of them is a common word.
 */
function betweenNames(text: string, found: Span[]): void {
  for (let k = 0, n = found.length; k + 1 < n; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (b.start - a.end > 60 || text.charCodeAt(a.end) !== 44) continue;
    const m = betweenTwo.exec(text.slice(a.end, b.start));
    const lower = (w: string) => w.toLowerCase();
    if (
      !m ||
      m[1]!
        .split(/[ \t]+/)
        .some((w) => commonWordNotName(w) || stopWords.has(lower(w)) || companyWords.has(lower(w)))
    )
      continue;
    const start = a.end + m[0].indexOf(m[1]!);
    found.push({ start, end: start + m[1]!.length, type: 'name' });
  }
}

/** Greetings and thanks before a name written in lower case; flagged as name words by the word pass. */
export const greetingWords: ReadonlySet<string> = new Set(
  'hi hey hello dear morning thanks thank thx ty bye cheers ok okay sorry'.split(' '),
);

/**
 * Each lower-case `name` of `names` (given names found capitalised) right after a greeting: "hi will", "ok priya".
 * From the greetings the walk over the flagged words listed, not by searching for each name.
 */
function greetedNames(
  text: string,
  words: Words,
  greets: readonly number[],
  names: ReadonlySet<string>,
  found: Span[],
): void {
  for (const k of greets) {
    const after = words.starts[k]! + words.values[k]!.length;
    const name = nextWord(text, after, isAsciiLower);
    if (name === '' || !names.has(name)) continue;
    const i = text.indexOf(name, after);
    if (standsAlone(text, i + name.length)) found.push({ start: i, end: i + name.length, type: 'name' });
  }
}

/** `readName` for capitalised names: module-level, so that no closure is made per text. */
const readStrict = (text: string, pos: number) => readName(text, pos, 'strict');

const joinWord = /[ \t]+(?:and|&|und|et|y|e|en)[ \t]+/y;

/**
 * "Summer Hayes and Ethan Brooks": a full name joined to a full name found, whose first word is a known given
 * name; its surname may spell like a word.
 */
function joinedFullNames(text: string, found: Span[]): void {
  for (let k = 0, n = found.length; k < n; k++) {
    const s = found[k]!;
    const j = execAt(joinWord, text, s.end);
    if (!j || !/[ \t]/.test(text.slice(s.start, s.end))) continue;
    const r = readName(text, s.end + j[0].length, 'strict');
    if (!r) continue;
    const words = text.slice(r[0], r[1]).split(/[ \t]+/);
    // … or an initial ("my brother Sipho Dlamini and J. van der Merwe").
    if (words.length >= 2 && (givenNameClass(words[0]!) !== 0 || /^\p{Lu}\.$/u.test(words[0]!)))
      accept(found, r);
  }
}

const particles: ReadonlySet<string> = new Set([...nameParticles, 'y']);
const nicknameQuotes = '"“\'‘';

const possessive = /['’]s$/;
// "Johnson & Johnson", "Harlow & Finch": capitalised words joined by "&" name a firm, unless both are given
// names ("Tom & Anna") and not the same one.
const ampersandAfter = /^[ \t]*&[ \t]*(\p{Lu}[\p{L}\p{M}'’-]*)/u;
const ampersandBefore = /(\p{Lu}[\p{L}\p{M}'’-]*)[ \t]*&[ \t]*$/u;

function firmByAmpersand(text: string, s: Span): boolean {
  const name = text.slice(s.start, s.end);
  if (/[ \t]/.test(name)) return false;
  const other =
    ampersandAfter.exec(text.slice(s.end, s.end + 32))?.[1] ??
    ampersandBefore.exec(text.slice(Math.max(0, s.start - 32), s.start))?.[1];
  return other !== undefined && (other === name || givenNameClass(name) === 0 || givenNameClass(other) === 0);
}

/** Words after a name that make it a product's colour or finish: "the Hunter Green colour". */
const productWords: ReadonlySet<string> = new Set('colour color colourway colorway shade finish'.split(' '));
const ownerWords: ReadonlySet<string> = new Set('my our your his her their'.split(' '));
const accountWords: ReadonlySet<string> = new Set(
  'account accounts acct card credit debit checking savings app statement login balance'.split(' '),
);

/** Whether the code unit is a letter: ASCII letters, and most of what lies above U+00C0. */
const isLetterCode = (c: number) =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);

/**
 * The word of letters after the blanks at `i`, or '' (read by hand: this runs for every name found); '' too when
 * its first code unit fails `lead`, before any copy.
 */
function nextWord(text: string, i: number, lead: (c: number) => boolean): string {
  let a = i;
  while (a < text.length && a - i < 4 && isBlankCode(text.charCodeAt(a))) a++;
  if (a === i || !lead(text.charCodeAt(a))) return '';
  let b = a;
  while (b < text.length && b - a < 24 && isLetterCode(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/** The word of letters before the blanks that end at `i`, or '' (also when its first code unit fails `lead`). */
function previousWord(text: string, i: number, lead: (c: number) => boolean): string {
  let b = i;
  while (b > 0 && i - b < 4 && isBlankCode(text.charCodeAt(b - 1))) b--;
  if (b === i) return '';
  let a = b;
  while (a > 0 && b - a < 24 && isLetterCode(text.charCodeAt(a - 1))) a--;
  if (a === b || !lead(text.charCodeAt(a))) return '';
  return a > 0 && isWordChar(text.charCodeAt(a - 1)) ? '' : text.slice(a, b);
}

/** A capital, or the c/s/f of "colour", "shade", "finish". */
const companyOrProductLead = (c: number) =>
  isAsciiUpper(c) || c >= 0xc0 || c === 99 || c === 115 || c === 102;
/** The first letters of `accountWords` (a, b, c, d, l, s), either case. */
const accountLead = (c: number) => [97, 98, 99, 100, 108, 115].includes(c | 32);
/** The first letters of `ownerWords` (h, m, o, t, y), either case. */
const ownerLead = (c: number) => [104, 109, 111, 116, 121].includes(c | 32);

// The word after a name that makes it a company's or a product's: "Tran Family Dental", "Petersen Logistik",
// "the Hunter Green colour"; the word before: "Hotel Maria Theresia", "Banco Ferreira".
function inCompanyName(text: string, s: Span): boolean {
  // "Liffey Lane Design Ltd": a company's suffix up to three capitalised words on.
  if (suffixAhead(text, s.end)) return true;
  let word = nextWord(text, s.end, companyOrProductLead);
  if (word === 'Family') word = nextWord(text, s.end + 1 + word.length, companyOrProductLead);
  if (word !== '') {
    const w = word.toLowerCase();
    // A trade word counts written as part of the name, with a capital ("Oduya Dental", not "Kim as admin").
    if (productWords.has(w) || (word !== w && companyWords.has(w))) return true;
  }
  const before = previousWord(text, s.start, isAsciiUpper);
  return before !== '' && companyLeads.has(before.toLowerCase());
}

const legalSuffix = /^(?:ltd|llc|llp|inc|gmbh|plc|pty|corp|co|sa|bv|nv|ag|srl|spa|ab|oy)\.?$/i;

function suffixAhead(text: string, end: number): boolean {
  let i = end;
  for (let n = 0; n < 4; n++) {
    const w = nextWord(text, i, isAsciiUpper);
    if (w === '') return false;
    if (n > 0 && legalSuffix.test(w)) return true;
    i = text.indexOf(w, i) + w.length;
  }
  return false;
}

// "my Chase account", "our Barclays card": one word between a possessive and an account word names a bank or a
// brand; the same word elsewhere in the text is the same brand ("Chase has no record of it").
function brandAfterOwner(text: string, s: Span): boolean {
  const after = nextWord(text, s.end, accountLead);
  return (
    after !== '' &&
    accountWords.has(after.toLowerCase()) &&
    ownerWords.has(previousWord(text, s.start, ownerLead).toLowerCase()) &&
    !/[ \t]/.test(text.slice(s.start, s.end))
  );
}

/** The words of a shop's name after a possessive: "Whitaker's Hardware", "Dunphy's Deli". */
const shopWords: ReadonlySet<string> = new Set(
  (
    'hardware deli bakery pizza pizzeria cafe café coffee kitchen garage store shop pharmacy salon bar pub grill ' +
    'diner bistro market books florist florists dental auto motors restaurant tavern inn farm feed supply supplies ' +
    'plumbing electrical cleaning bikes boutique barbers tailors jewellers jewelers nursery garden emporium fish ' +
    'chips surf liquor wines bakehouse butchers grocery groceries'
  ).split(' '),
);

/** Whether a word with a possessive in the name found is followed by a shop word ("Whitaker's Hardware"). */
function shopName(text: string, s: Span): boolean {
  // Searched in the name only: a search to the text's end for each name was quadratic.
  const name = text.slice(s.start, s.end);
  for (let i = name.indexOf("'s", 1); i >= 0; i = name.indexOf("'s", i + 2)) {
    const q = s.start + i;
    const next = nextWord(text, q + 2, isAsciiUpper);
    if (next !== '' && shopWords.has(next.toLowerCase())) return true;
  }
  return false;
}

/** Drops the names that are a company's: "Morgan Stanley's procurement team", "Johnson & Johnson". */
function dropCompanies(text: string, found: Span[]): Span[] {
  const ampersand = text.includes('&');
  return found.filter((s) => {
    if (shopName(text, s)) return false;
    const name = text.slice(s.start, s.end).replace(possessive, '').toLowerCase();
    return (
      !eponymousCompanies.has(name.replace(/[ \t]+/g, ' ')) &&
      !(ampersand && firmByAmpersand(text, s)) &&
      !inCompanyName(text, s)
    );
  });
}

/** Whether the character at `i` (or the text edge) ends a word: names inside words or emails do not count. */
function standsAlone(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (isWordChar(c) || c === 64) return false;
  // A dot between letters joins a dotted token (`maria.garcia`); after a name it ends the sentence.
  return c !== 46 || !(isWordChar(text.charCodeAt(i - 1)) && isWordChar(text.charCodeAt(i + 1)));
}

const isAsciiLower = (c: number) => c >= 97 && c <= 122;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isAsciiUpper = (c: number) => c >= 65 && c <= 90;

/** `/^\p{Ll}+$/u.test(w)`, without the regex for ASCII words. */
function allLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x80) return /^\p{Ll}+$/u.test(w);
    if (!isAsciiLower(c)) return false;
  }
  return w.length > 0;
}

/** `/^\p{Lu}\p{Ll}/u.test(w)`, without the regex when the first two characters are ASCII. */
function capitalisedWord(w: string): boolean {
  const a = w.charCodeAt(0);
  const b = w.charCodeAt(1);
  if (a >= 0x80 || b >= 0x80) return /^\p{Lu}\p{Ll}/u.test(w);
  return isAsciiUpper(a) && isAsciiLower(b);
}

/**
 * `text.slice(start, end).split(/[ \t]+/)`, read by hand: this runs for every name found, before the search for
 * its words.
 */
function blankSeparated(text: string, start: number, end: number): string[] {
  const parts: string[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isBlankCode(text.charCodeAt(i))) continue;
    parts.push(text.slice(from, i));
    while (i + 1 < end && isBlankCode(text.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  parts.push(text.slice(from, end));
  return parts;
}

/** `/^[ \t]+$/.test(text.slice(start, end))`, without the copy. */
function onlyBlanks(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  for (let i = start; i < end; i++) if (!isBlankCode(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether `text` may hold a word spelled out letter by letter ("B-R-O-D-I-E"): a hyphen two characters after a
 * hyphen, as every spelling of three letters or more has at its second and fourth characters.
 */
function mayHoldSpelling(text: string): boolean {
  for (let d = text.indexOf('-'); d >= 0; d = text.indexOf('-', d + 1))
    if (text.charCodeAt(d + 2) === 45) return true;
  return false;
}

function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return false;
  return true;
}

/**
 * Each occurrence, standing alone, of each of `variants` (ASCII words that lower-case to `lw`), as
 * `text.indexOf(variant, end of the previous one)` finds them one variant at a time: one search of the
 * lower-cased text finds every place any of them can be.
 */
function occurrences(text: string, lower: string, lw: string, variants: string[], found: Span[]): void {
  const next = variants.map(() => 0);
  let wordLike: boolean | undefined;
  for (let i = lower.indexOf(lw); i >= 0; i = lower.indexOf(lw, i + 1)) {
    for (let v = 0; v < variants.length; v++) {
      const w = variants[v]!;
      if (i < next[v]! || !text.startsWith(w, i)) continue;
      next[v] = i + w.length;
      if (!standsAlone(text, i - 1) || !standsAlone(text, i + w.length)) continue;
      // A given name that is also a word, after "my" or "the", is the word: "WHY IS MY BILL $612??" after
      // "BILL KOWALSKI".
      // ("my Chase account" is left to the brand check below, which drops every "Chase".)
      if (
        (wordLike ??= givenNameClass(capitalise(lw)) === 1) &&
        determiners.has(previousWord(lower, i, isAsciiLower)) &&
        !accountWords.has(nextWord(lower, i + w.length, isAsciiLower))
      )
        continue;
      found.push({ start: i, end: i + w.length, type: 'name' });
    }
  }
}

const determiners: ReadonlySet<string> = new Set('my your our their his its the a an'.split(' '));

function upperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Past either edge the code is NaN: no letter.
  return c < 0x80 ? isAsciiUpper(c) : c >= 0x80 && /\p{Lu}/u.test(text[i]!);
}

/** Whether position `i` holds no part of a word or token: the text's edge, a blank or most punctuation. */
function outsideWord(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return !isWordChar(c) && c !== 46 && c !== 45 && c !== 64 && c !== 39 && c !== 0x2019;
}

/** Bare letters that are words on their own ("I", "A", "U" for "you"), not initials. */
const bareLetterWords = 'IAU';

/**
 * Widens a name found to the initials written with it: "L. Howell", "J.W. de Vries-Bakker", "T WIECZOREK"
 * before it, "Callum M", "Arjun K." after it. A bare letter counts before a name in capitals only, and after a
 * capitalised name.
 */
function withInitials(text: string, s: Span): void {
  let p = s.start;
  // Particles between the initials and the surname: "J.W. de Vries-Bakker".
  for (let n = 0; n < 2 && text[p - 1] === ' '; n++) {
    let a = p - 1;
    while (a > 0 && isAsciiLower(text.charCodeAt(a - 1))) a--;
    if (text[a - 1] !== ' ' || !particles.has(text.slice(a, p - 1))) break;
    p = a;
  }
  let j = p;
  if (text[j - 1] === ' ') j--;
  let initials = -1;
  for (let n = 0; n < 3; n++) {
    if (text[j - 1] !== '.' || !upperAt(text, j - 2) || isWordChar(text.charCodeAt(j - 3))) break;
    j -= 2;
    initials = j;
    if (text[j - 1] === ' ' && text[j - 2] === '.') j--;
  }
  if (initials >= 0) {
    if (outsideWord(text, initials - 1) && !notInitials(text, initials, p)) s.start = initials;
  } else if (
    p === s.start &&
    text[p - 1] === ' ' &&
    upperAt(text, p - 2) &&
    !bareLetterWords.includes(text[p - 2]!) &&
    outsideWord(text, p - 3) &&
    !hasLowerIn(text, s.start, s.end)
  )
    s.start = p - 2;
  // A surname found again as the first half of a double-barrelled one: "Ashworth" in "Ashworth-Bell".
  // (Each looked for only where its first character stands: this runs for every name found.)
  if (text.charCodeAt(s.end) === 45) {
    const hyphenated = execAt(hyphenTail, text, s.end);
    if (hyphenated) s.end += hyphenated[0].length;
  }
  // An Irish surname after the given name found: "Seán Ó Súilleabháin", "Ciarán Ó Dálaigh".
  const g = text.charCodeAt(s.end + 1);
  if (text.charCodeAt(s.end) === 32 && (g === 0xd3 || g === 78 || g === 77 || g === 85)) {
    const gaelic = execAt(gaelicTail, text, s.end);
    if (gaelic) s.end += gaelic[0].length;
  }
  const e = s.end;
  if (text[e] !== ' ' || !upperAt(text, e + 1) || !capitalisedWord(text.slice(lastSpace(text, s) + 1, e)))
    return;
  // One dotted initial: "P.S." after a sign-off is a postscript.
  if (text[e + 2] === '.') {
    if (!isWordChar(text.charCodeAt(e + 3))) s.end = e + 3;
  } else if (!bareLetterWords.includes(text[e + 1]!) && bareInitialEnd(text.charCodeAt(e + 2))) s.end = e + 2;
}

const hyphenTail = /-\p{Lu}\p{Ll}+(?![\p{L}\p{N}-])/uy;
const gaelicTail = /[ \t](?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua)[ \t]\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{N}])/uy;

/** After a bare initial ("Agent Callum M: …"): punctuation that ends a label, a line or the text. */
const bareInitialEnd = (c: number) => !(c >= 0) || c === 58 || c === 44 || c === 59 || c === 41 || c === 10;

/** Dotted letters before a name that are no initials: "P.S. Sarah says", "the U.S. Emma", "section B. Maria". */
const labelNouns: ReadonlySet<string> = new Set(
  (
    'section building block part level unit zone appendix annex figure table row phase step option room gate ' +
    'terminal floor wing exhibit schedule grade class type category group plan tier stage item note'
  ).split(' '),
);

function notInitials(text: string, from: number, to: number): boolean {
  const dotted = text.slice(from, to).replace(/[ \t]+/g, '');
  if (dotted.startsWith('P.S.') || dotted.startsWith('P.P.S.') || placeInitials.has(dotted)) return true;
  if (text[from - 1] !== ' ') return false;
  // The word before: a digit or a noun that letters label ("Section 4 B.", "Building C.").
  let a = from - 1;
  while (a > 0 && /[\p{L}\p{N}]/u.test(text[a - 1]!)) a--;
  const before = text.slice(a, from - 1);
  return /^\d+$/.test(before) || labelNouns.has(before.toLowerCase());
}

function hasLowerIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? isAsciiLower(c) : /\p{Ll}/u.test(text[i]!)) return true;
  }
  return false;
}

function lastSpace(text: string, s: Span): number {
  // Within the name: `lastIndexOf` would read back over a long text without spaces for each name.
  for (let i = s.end - 1; i >= s.start; i--) if (text.charCodeAt(i) === 32) return i;
  return s.start - 1;
}

// "Team Leader: HUSSAIN, Farah", "Customer BRADSHAW, Neil called": a surname in capitals, a comma and a known
// given name, as case notes and CRM exports write a person. Looked for from each ", " after two capitals.
const codeBefore = /(?:^|[\s(])(?=[A-Z]*\d)[A-Z0-9]{2,8}[ \t]+$/;
// … with a middle initial after it: "ROSARIO, ERNESTO J", "GARCIA, MARIA L".
const capsThenGiven =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Lu}'’-]{2,}),[ \t]+(\p{Lu}(?:\p{Ll}+|\p{Lu}+))(?:[ \t]+\p{Lu}\.?(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/uy;

// A name in quotes after words that introduce what a person is called: "he prefers "Hal"", "(per gli amici
// "Peppe")", "DPD driver "Gaz"", "your agent "Chip"", "identified herself only as "Kim"", "his vest said "MARCUS"".
// The word must be a given name, or no common word.
const nicknameCue =
  /(?:prefers|preferred|goes by|known as|called|calls|call (?:him|her|me|them)|nickname(?:d| is)?|amici|agent|driver|rep|courier|representative|technician|rider|said|only as|(?:me|him|her|them) as|aka|a\.k\.a\.|grandma|grandpa|granny|nan|nana|mum|mom|dad|aunt|auntie|uncle|super|superintendent|manager|guy|lady|caller|customer)[ \t]*[(:,]?[ \t]*$/i;
const quotedWord = /["“'‘](\p{Lu}[\p{L}’-]{1,15})["”'’]/uy;

function quotedNicknames(text: string, found: Span[]): void {
  for (const quote of ['"', '“', "'", '‘']) {
    for (let q = text.indexOf(quote, 1); q > 0; q = text.indexOf(quote, q + 1))
      quotedNickname(text, q, found);
  }
}

function quotedNickname(text: string, q: number, found: Span[]): void {
  const m = execAt(quotedWord, text, q);
  if (!m) return;
  const word = m[1]!;
  const caps = word === word.toUpperCase();
  const asName = caps ? capitalise(word) : word;
  if (givenNameClass(asName) === 0 && (commonWordNotName(asName) || word.length < 3 || caps)) return;
  if (!nicknameCue.test(text.slice(Math.max(0, q - 28), q))) return;
  found.push({ start: q + 1, end: q + 1 + word.length, type: 'name' });
}

// "— J. Lowe", "on-call: R. Castellanos": an initial and a surname that is no common word, after a dash, a colon,
// a comma or a line's start, and ending the line or the clause.
const initialSurname =
  /(?<=(?:^|\n|[—–:,(]|[-—–][ \t])[ \t]*)\p{Lu}\.[ \t]?(\p{Lu}[\p{Ll}\p{M}'’]{2,}(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?=[ \t]*(?:\n|$|[,;)]))/uy;

/** `letters`: where the word pass saw a one-letter word followed by ". " ("J. Lowe"). */
function initialSurnames(text: string, letters: readonly number[], found: Span[]): void {
  for (const at of letters) {
    if (!isAsciiUpper(text.charCodeAt(at))) continue;
    const m = execAt(initialSurname, text, at);
    if (!m || commonWordNotName(m[1]!) || calendarWords.has(m[1]!.toLowerCase())) continue;
    found.push({ start: at, end: at + m[0].length, type: 'name' });
  }
}

const acronyms: ReadonlySet<string> = new Set(
  'usa uae nyc ceo cfo cto coo cio fyi asap attn fwd bcc pdf api sms faq hq vip eta rsvp aka diy tba tbc tbd ssn sin nin tin dob pin otp'.split(
    ' ',
  ),
);

// … and in a header's display name any surname: `From: "Ortiz, Daniela" <…>`, `Cc: Lindqvist, Sofia <…>`.
const displaySurnameFirst =
  /^[ \t>]*(?:[Ff]rom|FROM|[Tt]o|TO|[Cc]c|CC|[Bb]cc|BCC|[Rr]eply-[Tt]o|[Ss]ender)[ \t]*:[ \t]*"?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'’-]+)?),[ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){0,2})(?:[ \t]+(?:MD|PhD|RN|DDS|DO|Esq|CPA|ACCA))?"?[ \t]*<[^\n]*$/u;

// "EMP-IN-20391 (Sai Prasad), EMP-IN-20402 (Fathima Beevi)": a person named in parentheses after their id. Two or
// three capitalised words, one of them a known given name and none a common word.
const idBeforeParen = /(?:^|[^\p{L}\p{N}])[A-Z]{2,}[-_][A-Z0-9_-]*\d[A-Z0-9_-]*[ \t]*$/u;
const parenName = /\((\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2})\)/uy;

const bracketedFullName = /\((\p{Lu}\p{Ll}+)[ \t](\p{Lu}[\p{Ll}\p{M}'’-]+)\)/uy;

function namesAfterIds(text: string, found: Span[]): void {
  for (let p = text.indexOf('('); p > 0; p = text.indexOf('(', p + 1)) {
    // "the previous admin (Kevin Marsh)": a known given name and a surname, alone in brackets.
    const full = execAt(bracketedFullName, text, p);
    if (full && givenNameClass(full[1]!) === 2 && !companyWords.has(full[2]!.toLowerCase())) {
      found.push({ start: p + 1, end: p + 1 + full[0].length - 2, type: 'name' });
      continue;
    }
    // An id ends with a digit or a capital just before the bracket (a blank between at most).
    let b = p - 1;
    if (text.charCodeAt(b) === 32) b--;
    const c = text.charCodeAt(b);
    if (!((c >= 48 && c <= 57) || isAsciiUpper(c))) continue;
    const m = execAt(parenName, text, p);
    if (!m || !idBeforeParen.test(text.slice(Math.max(0, p - 32), p))) continue;
    const words = m[1]!.split(/[ \t]+/);
    if (!words.some((w) => givenNameClass(w) === 2) || words.some((w) => commonWordNotName(w))) continue;
    found.push({ start: p + 1, end: p + 1 + m[1]!.length, type: 'name' });
  }
}

// A chat export's header line: the person's name, then the time ("Jun Park  3:17 PM", "Will Ashdown 15:15").
const chatHeader =
  /(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,2})[ \t]{1,3}\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?[ \t]*(?=\n|$)/uy;

/** Whether the line ending at `end` may end as a chat header does: with a time ("3:17 PM", "15:15") or a letter. */
function mayEndHeader(text: string, end: number): boolean {
  let e = end;
  while (
    e > 0 &&
    (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13)
  )
    e--;
  const last = text.charCodeAt(e - 1);
  if (last === 77 || last === 109) return text.charCodeAt(e - 6) === 58 || text.charCodeAt(e - 5) === 58;
  return (
    (last >= 48 && last <= 57 && text.charCodeAt(e - 3) === 58) || (last >= 97 && last <= 122) || last > 127
  );
}

const teamsHeader =
  /\[\d{1,2}:\d\d(?:[ \t]?[AaPp][Mm])?\][ \t]+(\p{Lu}[\p{Ll}\p{M}'’-]+), (\p{Lu}[\p{Ll}\p{M}'’-]+)(?=[ \t]*(?:\n|$))/uy;

function chatHeaders(text: string, found: Span[]): void {
  for (let line = 0; line < text.length;) {
    const next = text.indexOf('\n', line);
    const c = text.charCodeAt(line);
    // Both shapes end with a time or a name: lines that end otherwise are passed over before any regex.
    if (!mayEndHeader(text, next < 0 ? text.length : next)) {
      if (next < 0) break;
      line = next + 1;
      continue;
    }
    // Teams: "[9:14 AM] Haverford, June" on a line of its own.
    if (c === 91) {
      const t = execAt(teamsHeader, text, line);
      if (t && givenNameClass(t[2]!) !== 0 && !commonWordNotName(t[1]!)) {
        const at = line + t[0].length - t[1]!.length - t[2]!.length - 2;
        found.push({ start: at, end: at + t[1]!.length + 2 + t[2]!.length, type: 'name' });
      }
    } else if (c >= 65 && c <= 90) {
      const m = execAt(chatHeader, text, line);
      if (m) {
        const words = m[1]!.split(/[ \t]/);
        const cls = givenNameClass(words[0]!);
        // A known given name, or a given name that is also a word with a surname that is none ("Will Ashdown").
        if (cls === 2 || (cls === 1 && words.length > 1 && !commonWordNotName(words[words.length - 1]!)))
          found.push({ start: line, end: line + m[1]!.length, type: 'name' });
      }
    }
    if (next < 0) break;
    line = next + 1;
  }
}

const quotedSurnameFirst = /"(\p{Lu}[\p{Ll}\p{M}'’-]+), (\p{Lu}[\p{Ll}\p{M}'’-]+)"/uy;
const headerLabel = /[ \t>]*(?:from|to|cc|bcc|reply-to|sender)[ \t]*:/iy;
const recordSurnameFirst =
  /(?:^|[\s(])(?:[Pp]atient|[Pp]t|[Mm]ember|[Cc]ustomer|[Cc]ust|[Cc]aller|[Rr]esident|[Tt]enant|[Cc]lient|[Ee]mployee|[Ss]tudent|[Gg]uest)[ \t]*[:=][ \t]*(\p{Lu}[\p{L}\p{M}'’-]+), (\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \t]+\p{Lu}\.?(?![\p{L}]))?)(?=[ \t]*(?:[(/,;|]|\n|$|[-—–]))/u;

/** A number right after a name read from capitals: "TAT 48h" is a turnaround time. */
const digitAfter = /^[ \t]*\d/;

function capsSurnameFirst(text: string, found: Span[]): void {
  for (let comma = text.indexOf(', ', 3); comma >= 0; comma = text.indexOf(', ', comma + 2)) {
    if (text.charCodeAt(comma + 2) < 65 || text.charCodeAt(comma + 2) > 90) continue;
    // `"Okafor, Chidi"` in a CSV cell.
    // The quote is looked for in the 24 characters before only: `lastIndexOf` reads back to the text's start.
    let quote = comma - 1;
    while (quote > comma - 25 && quote >= 0 && text.charCodeAt(quote) !== 34) quote--;
    const q = quote >= 0 && text.charCodeAt(quote) === 34 ? execAt(quotedSurnameFirst, text, quote) : null;
    if (q && quote + 1 + q[1]!.length === comma && givenNameClass(q[2]!) === 2 && !commonWordNotName(q[1]!)) {
      found.push({ start: quote + 1, end: comma + 2 + q[2]!.length, type: 'name' });
      continue;
    }
    if (!isAsciiUpper(text.charCodeAt(comma - 1)) || !isAsciiUpper(text.charCodeAt(comma - 2))) {
      // A record's label: "Patient: Okonkwo, Chidinma (MRN …)", "Pt: Nakamura-Silva, Keiko".
      const labelled = recordSurnameFirst.exec(text.slice(Math.max(0, comma - 48), comma + 40));
      if (
        labelled &&
        !commonWordNotName(labelled[1]!) &&
        !commonWordNotName(labelled[2]!) &&
        !stopWords.has(labelled[2]!.toLowerCase())
      ) {
        const start = comma - labelled[1]!.length;
        if (text.startsWith(labelled[1]!, start)) {
          found.push({ start, end: comma + 2 + labelled[2]!.length, type: 'name' });
          continue;
        }
      }
      // Only a header line can hold one: the line's start and end are looked for near the comma.
      const line = lineStartWithin(text, comma, 60);
      if (line > 0 && text.charCodeAt(line - 1) !== 10) continue;
      headerLabel.lastIndex = line;
      if (!headerLabel.test(text)) continue;
      const rest = text.slice(comma, comma + 120);
      const newline = rest.indexOf('\n');
      const d = displaySurnameFirst.exec(
        text.slice(line, newline < 0 ? comma + rest.length : comma + newline),
      );
      // In a header the given name may be a word too ("Pemberton, Faith", "Kowalczyk, Bill"), or one the lexicon
      // lacks ("Mahlangu, Thandiwe"), as long as it is no common word.
      if (
        d &&
        !commonWordNotName(d[2]!.split(/[ \t]/)[0]!) &&
        !d[1]!.split(/[ \t]+/).some((w) => commonWordNotName(w))
      ) {
        const start = comma - d[1]!.length;
        if (text.startsWith(d[1]!, start)) found.push({ start, end: comma + 2 + d[2]!.length, type: 'name' });
      }
      continue;
    }
    let start = comma - 2;
    while (start > 0 && comma - start < 24 && /[\p{Lu}'’-]/u.test(text[start - 1]!)) start--;
    const m = execAt(capsThenGiven, text, start);
    // A given name that is also a word counts here too ("HOLLOWAY, FRANK"): the surname in capitals is none.
    if (!m || givenNameClass(capitalise(m[2]!)) === 0) continue;
    const surname = m[1]!;
    // No acronym or shouted word: "ERROR, Daniel", "USA, Maria".
    const lower = surname.toLowerCase();
    if (commonWordNotName(surname) || surname.length > 20 || calendarWords.has(lower) || acronyms.has(lower))
      continue;
    // Nor the end of a code: "plate SV24 KLO, Kia Niro"; nor a code itself: "team Q-KYC-IN, TAT 48h".
    if (codeBefore.test(text.slice(Math.max(0, start - 12), start))) continue;
    if (
      surname.split('-').some((part) => part.length < 2) ||
      digitAfter.test(text.slice(start + m[0].length))
    )
      continue;
    found.push({ start, end: start + m[0].length, type: 'name' });
  }
}

// "Hi Ledgerly team,", "Dear Perkwise Support,", "Hi Carebook," (with carebook.example.com in the text): a greeting
// to the company the ticket is written to.
const greetingWordsBefore: ReadonlySet<string> = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'greetings']);
const teamAfter =
  /[ \t]+(?:team|support|folks|crew|staff|customer|help|helpdesk|privacy|billing|people|support team|ops|partner|partners|complaints|enquiries)(?![\p{L}])/iuy;
/** Words that are surnames too ("Dear Maria Sales,"): a desk's only after a word no given name is. */
const deskAfter = /[ \t]+(?:business|accounts|sales|care|service|services)(?![\p{L}])/iuy;

function greetsCompany(text: string, lower: string, s: Span, domains: Map<string, boolean>): boolean {
  if (!greetingWordsBefore.has(previousWord(lower, s.start, isAsciiLower))) return false;
  if (execAt(teamAfter, text, s.end)) return true;
  if (execAt(deskAfter, text, s.end) && givenNameClass(text.slice(s.start, s.end).split(/[ \t]/)[0]!) === 0)
    return true;
  // … or the team's word within, after a word no given name is: "Dear Kestrel Business," ("Dear Maria Sales,"
  // is a person).
  const last = text.lastIndexOf(' ', s.end - 1);
  if (
    last > s.start &&
    ((execAt(teamAfter, text, last) && teamAfter.lastIndex === s.end) ||
      (execAt(deskAfter, text, last) && deskAfter.lastIndex === s.end)) &&
    givenNameClass(text.slice(s.start, text.indexOf(' ', s.start))) === 0
  )
    return true;
  // Once per word: a text that greets the same word many times searches for it once.
  const w = lower.slice(s.start, s.end);
  let label = domains.get(w);
  if (label === undefined) domains.set(w, (label = domainLabel(lower, w)));
  return label;
}

/**
 * A word no given name is, that the text writes as a company's elsewhere: before a desk's word ("Agent (Relaybase):"
 * with "Learnory Support", "Courier Support" in the text) or as a domain's label ("app.relaybase.io"). Decided once
 * per word.
 */
function companyWord(
  text: string,
  lower: string,
  s: Span,
  companies: Map<string, boolean>,
  names: readonly Span[],
): boolean {
  const name = text.slice(s.start, s.end);
  let known = companies.get(name);
  if (known !== undefined) return known;
  // A few dozen words at most: each is searched for through the text.
  if (companies.size >= 64) return false;
  known = false;
  // Not a surname the text gives a person too ("Giulia Marchetti" … giulia@ceramiche-marchetti.example).
  const surname = (n: Span) =>
    n.end - n.start > name.length &&
    /\s/.test(text.slice(n.start, n.end)) &&
    text.slice(n.start, n.end).includes(name);
  if (!/[\s.]/.test(name) && givenNameClass(name) === 0 && !names.some(surname)) {
    for (let i = text.indexOf(name); i >= 0 && !known; i = text.indexOf(name, i + name.length)) {
      known = !isWordChar(text.charCodeAt(i - 1)) && execAt(teamAfter, text, i + name.length) !== null;
    }
    known ||= domainLabel(lower, name.toLowerCase());
  }
  companies.set(name, known);
  return known;
}

/**
 * Whether `w` starts a domain's label elsewhere in the text: "carebook.example.com", "help@ledgerly.example",
 * "kestrel-broadband.co.uk".
 */
function domainLabel(lower: string, w: string): boolean {
  for (let i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
    const next = lower.charCodeAt(i + w.length);
    if (next !== 46 && next !== 45) continue;
    const before = lower.charCodeAt(i - 1);
    if (isWordChar(before) && before !== 64) continue;
    // A domain's label, not an email's local part ("sarah.jones@…").
    const token = /^[^\s<>()"',;]*/.exec(lower.slice(i, i + 80))![0];
    if (/^[a-z0-9-]+\.[a-z]{2,}/.test(token) && !token.includes('@')) return true;
  }
  return false;
}

const serviceSenders: ReadonlySet<string> = new Set(
  'notifications alerts updates reminders receipts invoices payments orders reports digests newsletters messages news jobs careers noreply disputes claims returns refunds escalations installs installations deliveries bookings reservations'.split(
    ' ',
  ),
);
const wroteAfter = /^[ \t]+wrote:/;
const senderBefore = /(?:^|\n)[ \t>]*(?:from|sender|reply-to|to|cc)[ \t]*:[ \t]*"?$/i;
/**
 * "From: Workday Notifications", "Okta Alerts": a word no given name is, then a plural common word, names a
 * service's sender ("Maria Rivers" is a person).
 */
function serviceName(text: string, s: Span): boolean {
  // In a header line, or before "wrote:" ("> On 3 Jun 2024, Stallfront Payments wrote:").
  if (
    !senderBefore.test(text.slice(Math.max(0, s.start - 16), s.start)) &&
    !wroteAfter.test(text.slice(s.end, s.end + 8))
  )
    return false;
  const words = text.slice(s.start, s.end).split(/[ \t]+/);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  return serviceSenders.has(last.toLowerCase()) && givenNameClass(words[0]!) === 0;
}

// "Kestrel Complaints <complaints@kestrel-broadband.co.uk>": a company's mailbox, named after its role or the
// company, in a header.
const roleMailbox =
  /[ \t]*<(support|help|helpdesk|complaints|billing|accounts|sales|service|care|info|enquiries|noreply|no-reply|team|hello|contact)@([a-z0-9-]+)[^\s>]*>/iy;

function companyMailbox(text: string, s: Span): boolean {
  const m = execAt(roleMailbox, text, s.end);
  if (!m) return false;
  const words = text.slice(s.start, s.end).split(/[ \t]+/);
  // "Maria Lopez <info@marialopezdesign.com>" is a person with her own firm's mailbox.
  if (words.some((w) => givenNameClass(w) === 2)) return false;
  return words.some(
    (w) => w.toLowerCase() === m[1]!.toLowerCase() || m[2]!.toLowerCase().startsWith(w.toLowerCase()),
  );
}

// "I'm Ava, our virtual assistant", "I'm Perky, your benefits assistant": a bot's persona, everywhere in the text.
const assistantAfter =
  /,?[ \t]+(?:your|our|the|a|an|(?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+['’]s)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(?:assistant|bot|chatbot)(?![\p{L}])/iuy;

function botPersona(text: string, s: Span): boolean {
  const near = text.slice(s.end, s.end + 80);
  if (!near.includes('ssistant') && !near.includes('bot')) return false;
  return execAt(assistantAfter, text, s.end) !== null;
}

// "Will you be restocking …": a given name that is also a word, found again before "you", is the word.
const pronounAfter = /[ \t]+(?:you|u)(?![\p{L}])/uy;

function askedWord(text: string, s: Span): boolean {
  if (!execAt(pronounAfter, text, s.end)) return false;
  const name = text.slice(s.start, s.end);
  return !/[ \t]/.test(name) && givenNameClass(name) === 1;
}

/** Particles between two names found: "Ciarán Ó Dálaigh", "Lotte Jansen van der Berg". */
const particleGap =
  /^[ \t]+(?:(?:Ó|Ní|Nic|Mac|Mhic|Uí|Ua|van|von|der|den|de|da|del|della|di|du|la|le|dos|das|ter|ten|bin|binti|binte|ibn|al|el)[ \t]+){1,2}$/u;

// ("— Lauren Pike\n\n[Agent note] Password force-reset": a note the desk added under the message.)
const forwardedStart =
  /\n[ \t>]*(?:-{5,}[ \t]*(?:Forwarded message|Original Message)[ \t]*-{5,}|On [^\n]{6,80} wrote:|From:[ \t])|\n[ \t]*\n[ \t]*(?:\[(?:agent|internal|staff|support|system)[ \t]+note\]|(?:agent|internal|staff)[ \t]+note[ \t]*:)/i;

/** A mail app's line under the message: "Sent from my iPhone", "Get Outlook for Android". */
const appFooter =
  /^[ \t]*(?:sent from my|sent from (?:outlook|mail|yahoo)|get outlook for|envoyé de mon|enviado desde mi|von meinem)/i;

/** Where a forwarded or quoted message, or a mail app's footer, starts after the writer's own text, or -1. */
function ownPartEnd(text: string): number {
  // The last line that is not blank, without a trimmed copy of the text.
  // (Only a short last line can be one: the line break is looked for in the 60 characters before its end.)
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  let last = -1;
  for (let i = end - 1; i > 0 && i >= end - 60; i--) {
    if (text.charCodeAt(i) === 10) {
      last = i;
      break;
    }
  }
  if (last > 0 && appFooter.test(text.slice(last + 1, end))) return last;
  // Most texts forward nothing: the regex runs only where one of its markers is.
  const line = text.indexOf('\n');
  if (
    line < 0 ||
    (!text.includes('wrote:', line) &&
      !text.includes('-----', line) &&
      !text.includes('From:', line) &&
      !text.includes(' note', line))
  )
    return -1;
  const m = forwardedStart.exec(text);
  return m && m.index > 0 ? m.index : -1;
}

const fillers = /(?:uh|um|umm|er|erm|ah|eh)[ \t]*,?[ \t]+/y;

/** `at`, past the fillers of speech written down there ("uh", "um", "erm"). */
function skipFillers(lower: string, at: number): number {
  const c = lower.charCodeAt(at);
  if (c !== 117 && c !== 101 && c !== 97) return at;
  const m = execAt(fillers, lower, at);
  return m ? at + m[0].length : at;
}

/** What may follow a name written surname first: a quote, an address, a bracket, the line's end. */
const afterSurnameFirst = /^[ \t]*(?:["”<)\]|\n]|$|\([^)\n]{0,40}\))/;
/** Abbreviated given names written with a dot: "Mohd. Imran Qureshi". */
const dottedGivenNames: ReadonlySet<string> = new Set(['mohd', 'muhd', 'md', 'wm', 'chas', 'thos', 'jas']);

/**
 * Whether the names found `a` and `b` are one name: "Ortiz, Daniela" in a header or list (a surname that is no
 * given name, a comma, a known given name, then a quote, an address, a bracket or the line's end), or an
 * abbreviated given name and the rest ("Mohd. Imran Qureshi").
 */
function surnameFirst(text: string, a: Span, b: Span): boolean {
  const gap = text.slice(a.end, b.start);
  if (gap === '. ' || gap === '.') return dottedGivenNames.has(text.slice(a.start, a.end).toLowerCase());
  if (!/^,[ \t]+$/.test(gap)) return false;
  const surname = text.slice(a.start, a.end);
  const given = text.slice(b.start, b.end);
  if (
    /[ \t]/.test(given) ||
    givenNameClass(given) !== 2 ||
    !afterSurnameFirst.test(text.slice(b.end, b.end + 42))
  )
    return false;
  // "Tan Wei Ling, Michelle" as a form's value: a full name, then the name one goes by.
  if (surname.includes(' '))
    return fieldValueAt(text, a.start) && /^[ \t]*(?:\n|$)/.test(text.slice(b.end, b.end + 8));
  // "Okafor, Chidi" in a CSV cell.
  return givenNameClass(surname) === 0 || (text[a.start - 1] === '"' && text[b.end] === '"');
}

/** Whether `pos` starts a form field's value: a label and a colon before it on its line ("Full name: …"). */
function fieldValueAt(text: string, pos: number): boolean {
  const line = lineStartWithin(text, pos, 40);
  return /^[ \t]*[\p{L}][\p{L} /]{1,30}:[ \t]*$/u.test(text.slice(line, pos));
}

/** The label of a phone number or ID after a name, when it stands between: "…, cell 072 …", "…, ID 8804…". */
// ("Ruby Chen, born 08/10/2017": a date of birth only after its label.)
const valueLabel =
  /(?<=[ \t,(])(?:cell|mobile|mob|tel|ph|phone|whatsapp|ID|NRIC|IC|born|DOB|dob|d\.o\.b)\.?$/;

// The words of the rules read only where one of them stands: "name?", "chatting with?", "names:", "is me, …",
// "mrs adeyemi". Most tickets hold "me", but texts with none of the words (logs, pastes, form dumps) skip five
// searches of the whole text.
const nameGate = gate('name names chatting speaking talking me mr mrs');

/**
 * Whether the word at `[start, end)` stands in a table's cell: what surrounds it in a header cell (words, blanks,
 * "_", "-", "/", "." and brackets) reaches a cell separator (",", "|", ";", a tab) or the line's end on both sides
 * within 30 characters ("first,last", "| Full name |"), not a sentence ("… for last week and …"): most
 * name-column words are common words.
 */
function headerCell(text: string, start: number, end: number): boolean {
  // "Name (as on passport)", "D.O.B.", "First/Last".
  const cellChar = (c: number) =>
    isWordChar(c) || c === 32 || c === 45 || c === 47 || c === 46 || c === 40 || c === 41;
  const bound = (c: number) =>
    Number.isNaN(c) || c === 44 || c === 124 || c === 59 || c === 9 || c === 10 || c === 13;
  let i = start;
  while (i > 0 && start - i < 30 && cellChar(text.charCodeAt(i - 1))) i--;
  if (!bound(i === 0 ? NaN : text.charCodeAt(i - 1))) return false;
  let j = end;
  while (j < text.length && j - end < 30 && cellChar(text.charCodeAt(j))) j++;
  return bound(text.charCodeAt(j));
}

export const detectNames: Detector = ({ text, lower, words, out }) => {
  pidValues(text, words, 'name', out);
  let found: Span[] = [];
  const lowercase = text === lower;
  // One walk over the flagged words: the cues, the header words of CSV and TSV exports with a name column (one
  // table each), each "here" ("Rob here.") and each greeting (for "hi will"), read further below.
  let tableEnd = -1;
  let heres: number[] | undefined;
  let greets: number[] | undefined;
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & WordFlag.name)) continue;
    const value = words.values[k]!;
    const at = words.starts[k]!;
    if (value === 'here') (heres ??= []).push(at);
    else if (at > tableEnd && nameColumnWords.has(value) && headerCell(text, at, at + value.length))
      tableEnd = tableNames(text, at, found, out);
    if (greetingWords.has(value)) (greets ??= []).push(k);
    const specsHere = cuesByWord.get(value);
    if (!specsHere) continue;
    for (const spec of specsHere) {
      // A greeting mid-line ("Agent (Priya): Hi John!") counts before a known given name.
      const inPlace = placed(text, at, spec.place);
      if (!inPlace && spec.kind !== 'greet') continue;
      // `test` on a sticky regex leaves its end in lastIndex without allocating a match.
      spec.re.lastIndex = at;
      if (!spec.re.test(lower)) continue;
      // A speaker's filler after the cue: "hi it's uh dawn mackenzie", "my name is, um, Priya".
      let cueEnd = skipFillers(lower, spec.re.lastIndex);
      // "its" without its apostrophe introduces a capitalised name only ("hi its Mandla from …", not "its clearly").
      if (value === 'its' && spec.kind === 'weak' && !/\p{Lu}/u.test(text[cueEnd] ?? '')) continue;
      // "Agent (Corvane – Raj): …": the company in the brackets, a dash, then the person.
      if (spec.kind === 'role' && text.charCodeAt(cueEnd - 1) === 40) {
        const d = companyDash.exec(text.slice(cueEnd, cueEnd + 40));
        if (d) cueEnd += d[0].length;
      }
      // Honorifics count only when written with a capital ("Dr. Patel", not "dr"), unless nothing is.
      // Titles that Romance languages write in lower case count in lower case ("la signora Anna Maria Rinaldi").
      if (spec.kind === 'honor' && !lowercase && !/\p{Lu}/u.test(text[at]!) && !lowerCaseTitles.has(value))
        continue;
      // A rank names a person only before a word that is no common word ("Officer Lim", not "Officer Training").
      if (spec.kind === 'honor' && rankTitles.has(value)) {
        const next = /^\p{Lu}\p{Ll}+/u.exec(text.slice(cueEnd, cueEnd + 30));
        if (!next || commonWordNotName(next[0])) continue;
      }
      // "MX" in capitals is a mail record or a product line ("Logitech MX Keys"), not the title "Mx".
      if (spec.kind === 'honor' && value === 'mx' && text.charCodeAt(at + 1) === 88) continue;
      // "12 pt Arial" is a font's size, not the patient.
      if (value === 'pt' && /\d[ \t]*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
      // "Message: Moved last month", "Email: …": a verb cue with a colon is a form label, not a hand-off.
      if (spec.kind === 'handoff' && verbLabel.test(lower.slice(at, cueEnd))) continue;
      // "Bank name: Chase", "Network name: …": a thing's name.
      if (
        spec.kind === 'role' &&
        value === 'name' &&
        thingNamed.test(lower.slice(Math.max(0, cueEnd - 40), cueEnd))
      )
        continue;
      const before = found.length;
      if (inPlace && fromCue(spec.kind, text, cueEnd, found, lowercase, out)) {
        if (!commonWordAfterRole(spec.kind, text, found, before)) break;
      }
      if (accept(found, givenNameAfterCue(spec.kind, text, cueEnd))) break;
    }
  }
  if (greets) greetingIntros(text, found);
  const named = hasWord(words, nameGate);
  if (named && lower.includes('names')) listedUnderNames(text, found);
  if (named && (lower.includes('s me,') || lower.includes('s me '))) isMeNames(text, found);
  if (named && lower.includes('mr')) lowerCaseTitled(text, found);
  if (lower.includes('/o ') || lower.includes('a/l ') || lower.includes('a/p ')) childOfNames(text, found);
  if (text.includes('|')) fieldRowNames(text, found);
  accept(found, dashSignOff(text, lowercase));
  if (!lowercase) dashSignatureLines(text, found);
  accept(found, lastLineName(text));
  accept(found, trailingGivenName(text));
  accept(found, lowerCaseSignature(text));
  if (words.quotes) quotedSignOffs(text, found);
  // A message that forwards or quotes another ends where that one starts: "… fraud to me. /TK\n\n------ Forwarded".
  const own = ownPartEnd(text);
  if (own > 0) {
    const part = text.slice(0, own);
    accept(found, dashSignOff(part, lowercase));
    accept(found, lastLineName(part));
    accept(found, trailingGivenName(part));
  }
  detectGivenNames(text, words, found);
  roleMarkedNames(text, words.opens, found);
  if (hasWord(words, familyGate)) childOfParent(text, found);
  if (named && lower.includes('name?')) namedInReply(text, lower, found, 'name?', nameReply);
  if (named && lower.includes('name and')) namedInReply(text, lower, found, 'your', nameAndMoreReply);
  if (named && (lower.includes('ing with?') || lower.includes('ing to?'))) {
    for (const key of ['chatting', 'speaking', 'talking']) namedInReply(text, lower, found, key, whoReply);
  }
  if (
    text.includes('"') &&
    (text.includes('"first') ||
      text.includes('"last') ||
      text.includes('"given') ||
      text.includes('"family') ||
      text.includes('"surname"'))
  )
    jsonNameParts(text, found);
  speakerLabels(text, found);
  if (text.includes('@')) mentions(text, found);
  quoteHeaders(text, lower, found, readStrict);
  joinedFullNames(text, found);
  // "Rachel Zhou, 77 Massachusetts Ave…", "Ravi Patel (617-555-0100)": two or three capitalised words right
  // before an address, phone number or email found earlier.
  for (const f of out) {
    if (
      f.type !== 'address' &&
      f.type !== 'phone' &&
      f.type !== 'email' &&
      f.type !== 'ssn' &&
      f.type !== 'dob'
    )
      continue;
    let p = f.start;
    while (p > 0 && ' \t,(:<-–—'.includes(text[p - 1]!)) p--;
    if (p === f.start) continue;
    // "- Kiprono Langat (matatu driver), 0711 555 067": a role in parentheses between.
    if (text[p - 1] === ')') {
      const open = text.lastIndexOf('(', p - 1);
      if (open > 0 && p - open < 40 && !text.slice(open, p).includes('\n')) {
        p = open;
        while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\t')) p--;
      }
    }
    // "- Ruan van der Merwe, cell 072 555 0188", "- Bongani Khumalo, ID 8804…": the value's label between.
    const label = valueLabel.exec(text.slice(Math.max(0, p - 12), p));
    if (label) {
      p -= label[0].length;
      while (p > 0 && ' \t,(:<-–—'.includes(text[p - 1]!)) p--;
    } else if (f.type === 'ssn' || f.type === 'dob') continue;
    const r = nameBefore(text, p, false);
    if (!r) continue;
    const name = text.slice(r[0], r[1]);
    const cls = givenNameClass(name.split(/[ \t]/)[0]!.replace(/\.$/, ''));
    // One word only when it is a known given name ("… sa fille, Claire. Tél : +33 …"); before a colon, no
    // common word ("Head Office: 12 Main Street"; "Kemar Campbell: +1 876 …" is a chat speaker).
    if (!/[ \t]/.test(name) && cls !== 2) continue;
    // Before a date of birth, a known given name first and no common word: "Renter Brianna …, DOB" names a role.
    if (f.type === 'dob' && (cls === 0 || name.split(/[ \t]+/).some((w) => commonWordNotName(w)))) continue;
    if (text.slice(r[1], f.start).includes(':') && name.split(/[ \t]+/).some((w) => commonWordNotName(w)))
      continue;
    accept(found, r);
  }
  if (text.includes(', ')) capsSurnameFirst(text, found);
  if (text.includes('(')) namesAfterIds(text, found);
  if (text.includes('\n')) chatHeaders(text, found);
  if (words.quotes) quotedNicknames(text, found);
  if (words.dottedLetters.length > 0) initialSurnames(text, words.dottedLetters, found);
  signatureAbove(text, out, found);
  quotedInitialNames(text, words.quotedInitials, found);
  if (words.scripts) scriptNames(text, found);
  if (text.includes('@')) {
    displayName.lastIndex = 0;
    for (let m = displayName.exec(text); m; m = displayName.exec(text))
      accept(found, displayNameBefore(text, m.index, lowercase));
  }
  // Each " here" that can pass `hereFollow` ends a word "here", a name cue the word pass has listed.
  for (const at of heres ?? []) {
    const i = at - 1;
    if (lower.charCodeAt(i) !== 32 || !lower.startsWith('here', i + 1)) continue;
    if (i > 0 && /\p{L}/u.test(text[i - 1]!) && hereFollow.test(text.slice(i + 5, i + 11))) {
      // "Merchant here.": a common word alone is a role.
      const r = nameBefore(text, i, true);
      // "Dev here from the integrator side": a team's word before "here from".
      if (r && text.startsWith('from', i + 6) && teamWords.has(text.slice(r[0], r[1]).toLowerCase()))
        continue;
      if (r && !commonWordNotName(text.slice(r[0], r[1]))) accept(found, r);
    }
  }
  const textWords = new TextWords(text);
  emailNames(text, out, found, textWords);
  if (words.opens.length > 0) nicknamesWithFullNames(text, words.opens, found);
  if (found.length === 0) return;
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // The same name found by two cues is one name: each check below is decided by the span alone.
  found = found.filter((s, k) => k === 0 || s.start !== found[k - 1]!.start || s.end !== found[k - 1]!.end);
  found = dropCompanies(text, dropPlaceNames(text, found));
  for (let k = 0, n = found.length; k < n; k++) {
    accept(found, givenAfterComma(text, found[k]!));
    accept(found, sinoFullName(text, found[k]!));
    accept(found, givenInParentheses(text, found[k]!));
    accept(found, nicknameBeforeFullName(text, found[k]!));
  }
  if (found.length >= 2) {
    listedPeople(text, found);
    betweenNames(text, found);
  }
  // Every other occurrence of each word of a found name, in the same case; a full name found again comes
  // back word by word and is merged below.
  // Names that are also calendar words ("Jun", "May", "April") are not repeated: "Jun 5" is a date.
  // Each word to search for, with its lower-case form (the same for all the case variants of an ASCII word).
  const tokens = new Map<string, string>();
  let wordNames: Set<string> | undefined;
  const seen = new Set<string>();
  let spelling: boolean | undefined;
  for (const s of found) {
    for (let w of blankSeparated(text, s.start, s.end)) {
      // A quoted nickname ("Mo" in `Maureen "Mo" Tiplady`) is a name of two letters too; "Clifford's" is Clifford.
      const quoted = w.length >= 4 && nicknameQuotes.includes(w[0]!);
      if (quoted) w = w.slice(1, -1);
      else if (w.length > 4 && (w.endsWith("'s") || w.endsWith('’s'))) w = w.slice(0, -2);
      // The same word found again (a name found by several cues) adds nothing; particles ("van", "der") are
      // words of their own elsewhere in the text, and calendar words ("Jun 5") dates.
      if (seen.has(w) || w.length < (quoted ? 2 : 3) || w.endsWith('.') || particles.has(w)) continue;
      seen.add(w);
      const lw = w.toLowerCase();
      // … nor digit words, from a code read out after a speaker's label ("CALLER: two nine eight four").
      if (calendarWords.has(lw) || spokenDigitWords.has(lw)) continue;
      tokens.set(w, lw);
      // … and spelled out letter by letter, as voicemail transcripts write it ("Brodie, B-R-O-D-I-E"); most texts
      // hold no such spelling, and then none is built or searched for.
      if (w.length >= 3 && (spelling ??= mayHoldSpelling(text)) && isAscii(w)) {
        const spelled = w.toUpperCase().split('').join('-');
        tokens.set(spelled, spelled.toLowerCase());
        // … in lower case too: "Tamara Kowalczyk, k-o-w-a-l-c-z-y-k".
        tokens.set(spelled.toLowerCase(), spelled.toLowerCase());
      }
      // A name written in lower case once ("this is john") is the same name capitalised ("Hi John!").
      if (allLower(w)) tokens.set(w[0]!.toUpperCase() + w.slice(1), lw);
      else if (capitalisedWord(w)) {
        // … and the same name in upper case, as forms and systems write surnames ("SATO Haruki").
        tokens.set(w.toUpperCase(), lw);
        // … and in lower case after a greeting or thanks ("Agent Priya: …" then "ok priya thanks", "Agent Will: …"
        // then "hi will theres a charge"); elsewhere a name in lower case is often a word ("olive green").
        if (givenNameClass(w) !== 0) (wordNames ??= new Set()).add(lw);
      }
    }
  }
  if (wordNames && greets) greetedNames(text, words, greets, wordNames, found);
  // ASCII words are searched once per lower-cased form, for all their case variants at once. With many words in
  // a long text, those made of word characters only are looked up in an index of its words (see wordStarts).
  const byLower = new Map<string, string[]>();
  const index = tokens.size * text.length > manyReads ? textWords.get() : undefined;
  // Names in scripts without spaces are searched for through the whole text, one search each: a few dozen.
  let cjkSearches = 0;
  for (const [w, lw] of tokens) {
    if (w.charCodeAt(0) >= 0x3040 && cjkWord.test(w) && ++cjkSearches > 32) continue;
    if (!isAscii(w) || (index && wordCharsOnly(w))) {
      for (const i of placesAlone(text, w, index)) found.push({ start: i, end: i + w.length, type: 'name' });
      continue;
    }
    const variants = byLower.get(lw);
    if (variants) variants.push(w);
    else byLower.set(lw, [w]);
  }
  for (const [lw, variants] of byLower) occurrences(text, lower, lw, variants, found);
  for (const s of found) {
    withInitials(text, s);
    // "Terrence J. Whitfield Jr.": the dot of a generational suffix is the name's.
    if (text.charCodeAt(s.end) === 46 && generational.test(text.slice(s.end - 3, s.end))) s.end++;
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of found) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else if (last && onlyBlanks(text, last.end, s.start)) last.end = s.end;
    else if (last && surnameFirst(text, last, s)) last.end = s.end;
    // … not "Jannik Petersen von Petersen Logistik": the name after "von" is the company's.
    else if (last && particleGap.test(text.slice(last.end, s.start)) && !inCompanyName(text, s))
      last.end = s.end;
    else merged.push({ ...s });
  }
  // A name found again inside a company's name ("Marcus Tran from Tran Family Dental") is the company's there;
  // a word found before "account" after "my" is a brand everywhere ("my Chase account … Chase has no record").
  let brands: string[] | undefined;
  let domains: Map<string, boolean> | undefined;
  let companies: Map<string, boolean> | undefined;
  const ampersand = text.includes('&');
  for (const s of merged) {
    if (brandAfterOwner(text, s) || botPersona(text, s)) (brands ??= []).push(text.slice(s.start, s.end));
  }
  for (const s of merged) {
    if (inCompanyName(text, s) || (brands !== undefined && brands.includes(text.slice(s.start, s.end))))
      continue;
    // "Mehta & Sons Joinery": a name found again in a firm's name.
    if (ampersand && firmByAmpersand(text, s)) continue;
    if (
      notAName(text.slice(s.start, s.end)) ||
      namedStorm(text, s) ||
      greetsCompany(text, lower, s, (domains ??= new Map())) ||
      companyWord(text, lower, s, (companies ??= new Map()), merged) ||
      askedWord(text, s) ||
      companyMailbox(text, s) ||
      serviceName(text, s)
    )
      continue;
    // "Job JM-HWT-20388", "Advisor: SA-22", "Q-STORM-WEST": a name glued to an identifier's number or code.
    if (text.charCodeAt(s.end) === 45 && isDigitCode(text.charCodeAt(s.end + 1))) continue;
    const before = text.charCodeAt(s.start - 2);
    if (text.charCodeAt(s.start - 1) === 45 && (isAsciiUpper(before) || isDigitCode(before))) continue;
    out.push(s);
  }
};

/**
 * Words read as a name by their place that are none: a closing alone on the last line ("Pozdrawiam", "Mvh"),
 * "thank God".
 */
const notNames: ReadonlySet<string> = new Set(
  (
    'regards cheers thanks thx ty best sincerely respectfully warmly pozdrawiam pozdrowienia mvh mfg vg lg ' +
    'hälsningar halsningar groeten saludos atentamente cordialement salutations grazie danke obrigado obrigada ' +
    'gracias merci bedankt tack takk kiitos dziękuję dziekuje děkuji dekuji teşekkürler tesekkurler ' +
    'god goodness heavens gosh ευχαριστώ спасибо дякую děkuji dziękuję dankie mille hiya heya howdy shot'
  ).split(' '),
);
/** Last words of a display name or label that make it a desk's: "Membership Office", "Admissions Team". */
const deskWords: ReadonlySet<string> = new Set(
  (
    'office team desk department dept helpdesk support services admissions accounts billing sales water energy ' +
    'power gas electric electricity broadband mobile telecom haulers haulage trucking transport manager ' +
    'supervisor lease agreement contract act residences apartments towers heights condominium protection affairs ' +
    'hub rheumatology cardiology dermatology oncology radiology paediatrics pediatrics orthopaedics orthopedics ' +
    // "Dear Claims Officer", "Claims Ops:", "Larkspur Travel", "Database Reliability".
    'officer ops operations handling claims travel reliability subscriptions commercial payouts'
  ).split(' '),
);
/** Feast days a name cue may precede ("since Easter"). */
const holidays: ReadonlySet<string> = new Set(
  'easter christmas xmas diwali eid hanukkah ramadan thanksgiving halloween passover'.split(' '),
);

/** "Storm Darragh", "Hurricane Helene": a storm's name is no person's. */
const stormBefore = /(?:storm|hurricane|typhoon|cyclone)[ \t]+$/i;

function namedStorm(text: string, s: Span): boolean {
  return (
    stormBefore.test(text.slice(Math.max(0, s.start - 16), s.start)) ||
    /^(?:Storm|Hurricane|Typhoon|Cyclone)[ \t]/.test(text.slice(s.start, s.end))
  );
}

/** Card schemes and payment brands, which cues read as names ("Issue: Amex 3782 …", "call Amex. Callback …"). */
const paymentBrands =
  /^(?:amex|visa|mastercard|maestro|discover|diners|jcb|unionpay|paypal|venmo|zelle|klarna|afterpay)\b/;

/** A department signing in its own language: "Lönegruppen", "Ekonomiavdelningen", "İnsan Kaynakları". */
const departmentWord =
  /(?:avdelningen|gruppen|teamet|enheten|abteilung|buchhaltung|afdeling|kaynakları|birimi|ekibi|departmanı|müdürlüğü)$/u;

const streetNameEnding = /\p{L}{3}(?:straat|laan|gracht|plein|kade|singel|straße|strasse|gasse)$/u;

function notAName(name: string): boolean {
  const lower = name.toLowerCase();
  // (The first word asked first: most names start with none.)
  if (spokenDigitWords.has(lower.split(' ', 1)[0]!) && lower.split(' ').every((w) => spokenDigitWords.has(w)))
    return true;
  // A Dutch or German street's name: "Van Woustraat", "Van Baerlestraat".
  if (streetNameEnding.test(lower)) return true;
  if (paymentBrands.test(lower)) return true;
  if (departmentWord.test(lower)) return true;
  if (holidays.has(lower)) return true;
  if (notNames.has(lower)) return true;
  // The desk's word alone too: "in Seller Hub" after a role.
  return deskWords.has(lower.slice(lower.lastIndexOf(' ') + 1));
}
