// Names found by the layout they are written in rather than by a cue word, for names.ts: the whole value of a
// form field that holds only a name ("Apellidos: Fernández de la Torre", "PATIENT NAME: OKONKWO, ADAEZE N."),
// chat transcript speakers ("[21:14] Zhang Yue (mod): …", "Grant (Support): …"), @mentions ("@Chiara
// Benedetti"); and the names that are part of a street or place name ("Via Giuseppe Garibaldi 112"), which are
// no person's.
import { streetNameLeads } from './address.ts';
import { isWordChar } from './context.ts';
import { rowCells, tableSeparator } from './lines.ts';
import {
  capToken,
  commonWordNotName,
  familyNamesFirst,
  gapAt,
  givenNameClass,
  innerCapital,
  namePrefix,
} from './given-names.ts';
import { calendarWords, companyWords, nameParticles, stopWords } from './name-words.ts';
import { execAt, readAt } from './sticky.ts';
import type { Span } from './types.ts';

const word = capToken;
const initials = /\p{Lu}\.(?:-?\p{Lu}\.)*/uy;
// "Rajendran s/o Muthusamy", "Siti binti Ahmad": son of, daughter of (Singapore, Malaysia).
const fieldParticles: ReadonlySet<string> = new Set([
  ...nameParticles,
  ...['las', 'los', 'do', 'y', 'e', 's/o', 'd/o', 'a/l', 'a/p', 'binti', 'binte'],
]);
const particleWord = /\p{Ll}+(?:\/\p{Ll})?/uy;
/**
 * After the value: the end of the line, cell or sentence, or the next label on the same line ("… T. Address: …").
 */
const valueEnd =
  /[ \t]*(?:\n|$|[|;(<]|,[ \t]|[ \t]{2}|\t)|\.(?:[ \t\n]|$)|[ \t]+[\p{L}][\p{L}\p{M} ]{0,25}[:：]/uy;
const labelAfter = /[ \t]*[:：]/y;
const hasLower = /\p{Ll}/u;

/** A capitalised or upper-case word that can be part of a name: no stop word, company suffix or brand. */
function nameShaped(token: string): boolean {
  if (token.length < 2 || token.length > 24) return false;
  const lower = token.toLowerCase();
  if (stopWords.has(lower) || companyWords.has(lower)) return false;
  return !(hasLower.test(token) && innerCapital.test(token) && !namePrefix.test(token));
}

const gaelicParticles: ReadonlySet<string> = new Set(['Mac', 'Mhic', 'Nic', 'Ní', 'Ó', 'Ua', 'Uí']);

/** The same, and no common word that is no name either. */
function fieldNameWord(token: string): boolean {
  return nameShaped(token) && !commonWordNotName(token);
}

/**
 * The whole value of a name-only form field starting at `pos`: words in any case but lower, particles,
 * initials and one comma after the surname ("OKONKWO, ADAEZE N.", "Delacroix, Marcus T."). Undefined unless
 * the value ends the line or cell.
 */
export function nameFieldValue(text: string, pos: number): [number, number] | undefined {
  let i = pos;
  let end = -1;
  let names = 0;
  // Words that are no common word: a surname may spell like one ("PARK Seo-yeon"), not every word.
  let plain = 0;
  let comma = false;
  for (let tokens = 0; tokens < 6; tokens++) {
    let t: string | undefined;
    if ((t = readAt(initials, text, i)) && names > 0) {
      // "ADAEZE N.", "Marcus T."
    } else if ((t = readAt(word, text, i))) {
      labelAfter.lastIndex = i + t.length;
      // Irish surname particles between name words: "Oisín Mac Giolla Phádraig".
      if (names > 0 && gaelicParticles.has(t)) {
        const g = gapAt(text, i + t.length);
        if (g && readAt(word, text, i + t.length + g)) {
          i += t.length + g;
          continue;
        }
      }
      if (labelAfter.test(text) || !nameShaped(t)) break;
      names++;
      if (!commonWordNotName(t)) plain++;
    } else if ((t = readAt(particleWord, text, i)) && fieldParticles.has(t)) {
      // "Fernández de la Torre": particles only between name words.
      const g = gapAt(text, i + t.length);
      if (!g) break;
      const after = i + t.length + g;
      const p = readAt(particleWord, text, after);
      if (!readAt(word, text, after) && !(p && fieldParticles.has(p))) break;
      i += t.length + g;
      continue;
    } else {
      break;
    }
    i += t.length;
    end = i;
    if (!comma && names === 1 && text[i] === ',' && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
      // Surname first: only when a name word follows the comma.
      const g = gapAt(text, i + 1);
      const next = readAt(word, text, i + 1 + g);
      if (next && nameShaped(next)) {
        comma = true;
        i += 1 + g;
        continue;
      }
    }
    const g = gapAt(text, i);
    if (!g) break;
    i += g;
  }
  if (plain === 0) return undefined;
  valueEnd.lastIndex = end;
  return valueEnd.test(text) ? [pos, end] : undefined;
}

// "[21:14] Zhang Yue (mod): …", "[3:42 PM] Mia (Care Coordinator): …", "09:15 Grant: …", "Grant (Support): …":
// a speaker at the start of a line, with an optional time and role, then a colon.
// ("[WhatsApp] 14:02 Marisol: …": the channel in brackets, then the time.)
const timeLead =
  /[ \t]*(?:\[[^\]\n]{1,30}\](?:[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)[ \t]*/y;
// … or the time after the label: "Marcus Bell [09:15]: ack".
const speakerEnd = /[ \t]*(?:\([^()\n]{1,40}\)[ \t]*|\[\d{1,2}:\d\d(?::\d\d)?\][ \t]*)?:[ \t]/y;

/** Speakers of a transcript that are no person. */
const machineSpeakers: ReadonlySet<string> = new Set(
  'bot chatbot system assistant virtual auto automated automation moderator operator console server visitor guest unknown anonymous'.split(
    ' ',
  ),
);

/** Labels of machine speakers that stand for a person when a name is in brackets after them. */
const chatPeople: ReadonlySet<string> = new Set(['visitor', 'guest']);

/**
 * The customer's and the agent's label in other languages' transcripts ("Klant:", "Medewerker Daan:",
 * "Müşteri:", "Temsilci (Burak):"): no name themselves; a name may follow the label.
 */
const roleSpeakers: ReadonlySet<string> = new Set(
  (
    'customer client agent rep support klant klantenservice medewerker medewerkster kunde kundin mitarbeiter ' +
    'mitarbeiterin berater beraterin kundenservice kundendienst müşteri musteri temsilci danışman cliente ' +
    'atendente agente asesor asesora operador operadora soporte suporte consultor consultora conseiller ' +
    'conseillère conseillere operatore operatrice assistenza klient klientka konsultant konsultantka doradca ' +
    'obsługa kundtjänst handläggare asiakas asiakaspalvelu ' +
    // Indonesian and Malay: "Pelanggan:", "CS Rina:", "Petugas (Andi):".
    'pelanggan cs agen petugas pembeli penjual pelayan ' +
    // Desks and roles a transcript labels the person of in parentheses: "Helpdesk (Morag):".
    'helpdesk desk servicedesk concierge reception frontdesk operator dispatcher dispatch advisor adviser ' +
    'specialist tech technician nurse pharmacist cashier host moderator mod ' +
    // The people a chat labels, named in brackets: "Visitor (Keoni Kahananui): …".
    'visitor guest'
  ).split(' '),
);

/**
 * Whether the words of a speaker label are a name: each a name word; with a time or a role, one of them a
 * known given or family name; alone ("Liam: …"), a given name that is no word, in a transcript.
 */
function speakerName(
  text: string,
  start: number,
  end: number,
  timed: boolean,
  role: boolean,
  lines: number,
  roleNamed = false,
  companyNamed = false,
) {
  const tokens = text.slice(start, end).split(/[ \t]+/);
  if (roleSpeakers.has(tokens[0]!.toLowerCase())) return false;
  // A given name that is also a month or a word ("June", "Will") may lead a full name.
  const wordLead = tokens.length >= 2 && givenNameClass(tokens[0]!) === 1;
  if (
    tokens.length > 3 ||
    tokens.some((t, i) => !(fieldNameWord(t) || (i === 0 && wordLead)) || !hasLower.test(t))
  )
    return false;
  if (tokens.some((t) => machineSpeakers.has(t.toLowerCase()))) return false;
  if (timed) return true;
  // "Thandiwe (Customer): …": a name the lexicon lacks counts too when the brackets say who speaks; and so does one
  // that labels two lines or more with its company in brackets ("Olu (QuayPoint Pharmacy): …"; one word there is
  // the person, after the company: "Tallyline (Hemi): …").
  if (role)
    return (
      roleNamed ||
      tokens.some((t) => givenNameClass(t) !== 0 || familyNamesFirst.has(t.toLowerCase())) ||
      (companyNamed && !commonWordNotName(tokens[tokens.length - 1]!))
    );
  if (lines < 3) return false;
  // "June Hargreaves: …": a given name that is also a word counts with a surname that is none.
  const first = givenNameClass(tokens[0]!);
  return first === 2 || (first === 1 && tokens.length >= 2 && !commonWordNotName(tokens[tokens.length - 1]!));
}

/**
 * Whether the label at `[start, end)` opens another line of the text, brackets after it. Decided once per label, for
 * `agentSpeakerLabels` labels at most (each costs a search of the text).
 */
function labelsAgain(text: string, start: number, end: number, decided: Map<string, boolean>): boolean {
  const key = '\u0001' + text.slice(start, end);
  let known = decided.get(key);
  if (known !== undefined) return known;
  const label = '\n' + text.slice(start, end) + ' (';
  known =
    decided.size <= agentSpeakerLabels &&
    (text.indexOf(label, end) >= 0 || text.lastIndexOf(label, start - 2) >= 0);
  decided.set(key, known);
  return known;
}

// ("Ifeoma (Agent): …": the agent named before the role.)
const agentLine =
  /(?:^|\n)[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:(?:[Aa]gent|AGENT|[Ss]upport|SUPPORT|[Rr]ep|[Aa]dvis[eo]r)(?:[ \t]+\p{Lu}[\p{Ll}'’-]+)?|\p{Lu}[\p{Ll}'’-]+[ \t]+\((?:[Aa]gent|[Ss]upport|[Rr]ep|[Aa]dvis[eo]r)\))[ \t]*:[ \t]/u;
// Bots, and roles written short ("Cust: my online banking was hacked").
const botWords: ReadonlySet<string> = new Set(
  'bot chatbot system auto ivr ai assistant moderator cust cx'.split(' '),
);
/** The labels `agentSpeaker` looks at in one text, at most: each costs a search of the text. */
const agentSpeakerLabels = 32;

/**
 * "Tobi: good evening pls …\nAgent Grace: …\nTobi: …\nTobi: …": one word that is no common one, speaking on three
 * lines or more of a chat with an agent. Decided once per label (a search of the text for each of its lines was
 * quadratic), and only in a text with an agent's line, checked once.
 */
function speakerWithAgent(text: string, label: string, decided: Map<string, boolean>): boolean {
  let known = decided.get(label);
  if (known !== undefined) return known;
  let agent = decided.get('\n');
  if (agent === undefined) decided.set('\n', (agent = agentLine.test(text)));
  known = agent && decided.size <= agentSpeakerLabels && agentSpeaker(text, label);
  decided.set(label, known);
  return known;
}

function agentSpeaker(text: string, label: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(label) || commonWordNotName(label) || givenNameClass(label) === 1)
    return false;
  if (roleSpeakers.has(label.toLowerCase()) || botWords.has(label.toLowerCase())) return false;
  // Every occurrence of the word is a label: a company that speaks ("Fernpay: Your code …") is named in its
  // messages too.
  let count = 0;
  for (let i = text.indexOf(label); i >= 0; i = text.indexOf(label, i + 1)) {
    if ((i !== 0 && text[i - 1] !== '\n') || text[i + label.length] !== ':') return false;
    count++;
  }
  return count >= 3;
}

/**
 * "Sterling Adebayo-Hart: …" on two lines or more of a transcript: capitalised words, the last no common word,
 * that label the lines as a speaker does (the first may be a word: "Sterling", "Will"); or one word, see
 * speakerWithAgent.
 */
function repeatedSpeaker(
  text: string,
  start: number,
  end: number,
  lines: number,
  decided: Map<string, boolean>,
): boolean {
  if (lines < 3) return false;
  const label = text.slice(start, end);
  const tokens = label.split(/[ \t]+/);
  if (tokens.length === 1) return speakerWithAgent(text, label, decided);
  if (tokens.length > 3 || !tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t))) return false;
  if (commonWordNotName(tokens[tokens.length - 1]!) || roleSpeakers.has(tokens[0]!.toLowerCase()))
    return false;
  const again = text.indexOf('\n' + label + ':', end);
  return again >= 0 || text.lastIndexOf('\n' + label + ':', start - 2) >= 0;
}

// A label may carry the time of the line after it ("Ops Bot 09:12: …").
const labelLine =
  /(?:^|\n)[ \t]*\p{Lu}[\p{L} '’-]{0,30}(?:\([^()\n]{1,40}\)|[ \t]\d{1,2}:\d\d(?::\d\d)?)?:[ \t]/gu;

export function speakerLabels(text: string, found: Span[]): void {
  // Lines that open with a label ("Customer: …", "Agent (Rafael): …"): a transcript or a form.
  let lines = -1;
  const decided = new Map<string, boolean>();
  let colon = text.indexOf(':');
  for (let line = 0; line < text.length && colon >= 0;) {
    const next = text.indexOf('\n', line);
    const lineEnd = next < 0 ? text.length : next;
    if (colon < line) colon = text.indexOf(':', line);
    // The colon of a time ("[10:02]") is passed over; a speaker's colon comes early in the line.
    while (colon >= 0 && colon < lineEnd && text[colon + 1] !== ' ' && text[colon + 1] !== '\t')
      colon = text.indexOf(':', colon + 1);
    if (colon < 0 || colon > lineEnd || colon - line > 90) {
      line = lineEnd + 1;
      continue;
    }
    let i = line;
    const t = readAt(timeLead, text, i);
    if (t) i += t.length;
    else while (text[i] === ' ' || text[i] === '\t' || text[i] === '>') i++;
    const start = i;
    let end = -1;
    for (let n = 0; n < 3; n++) {
      const w = readAt(word, text, i);
      if (!w) break;
      i += w.length;
      end = i;
      const g = gapAt(text, i);
      if (!g || text[i + g] === '(') break;
      i += g;
    }
    if (end < 0) lowerCaseSpeaker(text, start, found);
    if (end > 0 && end < lineEnd) {
      const m = execAt(speakerEnd, text, end);
      if (m && m.index === end) {
        const role = m[0].includes('(');
        if (!t && !role && lines < 0) lines = text.match(labelLine)?.length ?? 0;
        const inner = role
          ? m[0]
              .slice(m[0].indexOf('(') + 1, m[0].indexOf(')'))
              .trim()
              .toLowerCase()
          : '';
        const roleNamed = role && speaksAs(inner);
        const companyNamed = role && /[ \t]/.test(inner) && labelsAgain(text, start, end, decided);
        if (
          speakerName(
            text,
            start,
            end,
            t !== undefined || m[0].includes('['),
            role,
            lines,
            roleNamed,
            companyNamed,
          ) ||
          repeatedSpeaker(text, start, end, lines, decided)
        )
          found.push({ start, end, type: 'name' });
        else if (role) nameInParentheses(text, start, end, m[0], found);
        else roleThenName(text, start, end, found);
      }
    }
    line = lineEnd + 1;
  }
}

/** A role in a speaker's brackets that says a person speaks: "(Customer)", "(visitor)", "(guest)". */
const speaksAs = (role: string) => roleSpeakers.has(role) || role === 'visitor' || role === 'guest';

/** "jess (visitor): …": a given name in lower case, labelled as the customer's or the visitor's. */
const lowerSpeaker = /(\p{Ll}[\p{Ll}'’-]+)[ \t]*\((\p{Ll}+)\)[ \t]*:[ \t]/uy;

function lowerCaseSpeaker(text: string, start: number, found: Span[]): void {
  const m = execAt(lowerSpeaker, text, start);
  if (!m || givenNameClass(m[1]!) !== 2 || !speaksAs(m[2]!)) return;
  found.push({ start, end: start + m[1]!.length, type: 'name' });
}

/** A company before the person in a label's brackets: "Agent (Corvane – Raj)" (also read by names.ts). */
export const companyDash = /^[^()\n–—-]{2,30}?[ \t][–—-][ \t]+/;

/** The last word of a company's desk label: "Loopline Support", "Acme Help Desk". */
const deskSpeakers: ReadonlySet<string> = new Set(
  'support helpdesk desk team care service services cs help'.split(' '),
);

/** "Helpdesk (Morag): …", "Agent (Rafael): …": the person of a role or desk label, named in parentheses. */
function nameInParentheses(text: string, start: number, end: number, tail: string, found: Span[]): void {
  // "Bot (Ava): …": a bot's persona is no person; a visitor's or a guest's name is.
  if (
    text
      .slice(start, end)
      .split(/[ \t]+/)
      .some((w) => machineSpeakers.has(w.toLowerCase()) && !chatPeople.has(w.toLowerCase()))
  )
    return;
  const label = text.slice(start, end).split(/[ \t]+/);
  // "Loopline Support (Tobi): …": a company's desk, its last word a role or desk word.
  const desk =
    label.length >= 2 &&
    deskSpeakers.has(label[label.length - 1]!.toLowerCase()) &&
    label.every((w) => /^\p{Lu}/u.test(w));
  if (!desk && !label.every((w) => roleSpeakers.has(w.toLowerCase()) || commonWordNotName(w))) return;
  const open = tail.indexOf('(');
  let inner = tail.slice(open + 1, tail.indexOf(')'));
  // "Agent (Corvane – Raj): …": the company, a dash, then the person.
  const dash = companyDash.exec(inner);
  const skip = dash ? dash[0].length : 0;
  inner = inner.slice(skip);
  const words = inner.trim().split(/[ \t]+/);
  // Not a place, product or word: "Helpdesk (London):".
  // Not opening hours either: "Northwind Support (Mon-Fri):".
  if (
    words.length > 2 ||
    !words.every(
      (w) =>
        fieldNameWord(w) &&
        hasLower.test(w) &&
        givenNameClass(w) !== 1 &&
        !w.split('-').some((part) => calendarWords.has(part.toLowerCase())),
    )
  )
    return;
  const at = end + open + 1 + skip + inner.indexOf(words[0]!);
  found.push({ start: at, end: at + inner.trim().length, type: 'name' });
}

/** "Medewerker Daan: …", "Agent Kofi: …": a role label in any language, then the speaker's name. */
function roleThenName(text: string, start: number, end: number, found: Span[]): void {
  const space = text.slice(start, end).search(/[ \t]/);
  if (space < 0 || !roleSpeakers.has(text.slice(start, start + space).toLowerCase())) return;
  let from = start + space;
  while (text[from] === ' ' || text[from] === '\t') from++;
  const tokens = text.slice(from, end).split(/[ \t]+/);
  if (tokens.every((t) => fieldNameWord(t) && hasLower.test(t)) && givenNameClass(tokens[0]!) !== 0)
    found.push({ start: from, end, type: 'name' });
}

const dottedHandleTail = /\.\p{Lu}\p{Ll}+(?![\p{L}\p{N}@.])/uy;

/** "@Chiara Benedetti looping you in", "@Li Wei can you check": capitalised words after an @ that is no email's. */
export function mentions(text: string, found: Span[]): void {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const before = at > 0 ? text[at - 1]! : ' ';
    if (!/[\s(,;:>]/.test(before)) continue;
    let i = at + 1;
    let end = -1;
    let n = 0;
    for (; n < 3; n++) {
      const w = readAt(word, text, i);
      // A given name that is also a word ("@Will Okonjo") leads a name of two words or more; see below.
      if (!w || !(fieldNameWord(w) || (n === 0 && givenNameClass(w) === 1)) || !hasLower.test(w)) break;
      i += w.length;
      end = i;
      const g = gapAt(text, i);
      if (!g) break;
      i += g;
    }
    // "@Kenji.Watanabe": a handle of the given name and surname, capitalised.
    const dotted = end > 0 && text[end] === '.' ? execAt(dottedHandleTail, text, end) : null;
    if (dotted && givenNameClass(text.slice(at + 1, end)) !== 0) {
      found.push({ start: at + 1, end: end + dotted[0].length, type: 'name' });
      continue;
    }
    if (end < 0) {
      // A handle: "@marco", "@farah.k", "@j_okafor" whose first part is a given name.
      const h = handleName(text, at + 1);
      if (h > 0) found.push({ start: at + 1, end: h, type: 'name' });
      continue;
    }
    const tokens = text.slice(at + 1, end).split(/[ \t]+/);
    const first = tokens[0]!;
    if (!fieldNameWord(first) && (tokens.length < 2 || commonWordNotName(tokens[tokens.length - 1]!)))
      continue;
    // One word must be a known given name: "@Oncall" is a channel, "@Jira please sync" and "@Zendesk can you
    // merge" are tools.
    if (tokens.length < 2 && givenNameClass(first) === 0) continue;
    found.push({ start: at + 1, end, type: 'name' });
  }
}

const handle = /[\p{Ll}][\p{Ll}\d]*(?:[._-][\p{Ll}\d]+)*/uy;
const handleFirst = /^[\p{Ll}]+$/u;

/** The end of a lower-case handle at `i` that starts with a given name (no word), or -1. */
function handleName(text: string, i: number): number {
  const h = readAt(handle, text, i);
  if (!h || h.length > 32) return -1;
  const end = i + h.length;
  // Not part of a longer token: an email's domain, a path.
  const after = text.charCodeAt(end);
  if (after === 64 || after === 47 || (after === 46 && isWordChar(text.charCodeAt(end + 1)))) return -1;
  const [first, ...rest] = h.split(/[._-]/);
  // "@dev-oncall", "@maria-support" name a team.
  if (rest.some((part) => part.length > 2 && commonWordNotName(part))) return -1;
  return first!.length >= 4 && handleFirst.test(first!) && givenNameClass(first!) === 2 ? end : -1;
}

// Street and place words before a person's name that is part of an address: "Via Giuseppe Garibaldi",
// "avenue Jean Jaurès", "Quận Hoàn Kiếm", "Rua Augusta".
// address.ts's street words, with abbreviations, more Romance and Slavic street words, and Vietnamese ones.
const placeWords: ReadonlySet<string> = new Set([
  ...streetNameLeads,
  ...(
    'av ave bd blvd allee strada contrada plazuela carrera alameda estrada ulitsa prospekt ' +
    'đường phố phường quận huyện tỉnh xã'
  ).split(' '),
]);
/** Street words that are also words of English prose ("sent via Maria"): a house number must follow the name. */
const ambiguousPlaceWords: ReadonlySet<string> = new Set([
  'via',
  'av',
  'ave',
  'place',
  'plaza',
  'bd',
  'largo',
]);
const numberAfter = /^[ \t]*,?[ \t]*\d/;
// "25 Lý Thường Kiệt", "40 Trần Hưng Đạo" (a name found from its second word).
const numberBefore = /(?:^|\n|[:,][ \t]+)\d{1,5}[A-Za-z]?[ \t]+(?:\p{Lu}[\p{Ll}\p{M}]+[ \t]+)?$/u;

/**
 * Drops names that are part of an address: after a street or place word, or after a house number at the
 * start of an address field ("Địa chỉ: 25 Lý Thường Kiệt"), and the comma-separated place names that follow
 * one ("…, Quận Hoàn Kiếm, Hà Nội").
 */
export function dropPlaceNames(text: string, found: Span[]): Span[] {
  let lastPlaceEnd = -1;
  return found.filter((s) => {
    const place =
      afterPlaceWord(text, s) ||
      regionAfterCity(text, s) ||
      (lastPlaceEnd >= 0 &&
        (s.start <= lastPlaceEnd || /^[ \t]*(?:,[ \t]*)?$/.test(text.slice(lastPlaceEnd, s.start))));
    if (place) lastPlaceEnd = Math.max(lastPlaceEnd, s.end);
    return !place;
  });
}

// States and provinces of two words, or of one that is no given name, after a city and a comma: "Hickory, North
// Carolina" ("Thanks, Victoria" is a person).
const regions: ReadonlySet<string> = new Set([
  ...'north carolina|south carolina|north dakota|south dakota|west virginia|new mexico|new york|new jersey|new hampshire|rhode island|nova scotia|new brunswick|british columbia|prince edward island|new south wales|western australia|south australia|northern territory|northern ireland|east sussex|west sussex|north yorkshire|west yorkshire|south yorkshire|west midlands|north america|south america|latin america|central america|middle east|asia pacific'.split(
    '|',
  ),
]);
const cityComma = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{M}'’.-]+,[ \t]*$/u;

function regionAfterCity(text: string, s: Span): boolean {
  // From "new york" to "prince edward island", after a comma: no copy of any other name.
  if (s.end - s.start < 8 || s.end - s.start > 20) return false;
  let b = s.start - 1;
  while (b > 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (text.charCodeAt(b) !== 44) return false;
  if (
    !regions.has(
      text
        .slice(s.start, s.end)
        .toLowerCase()
        .replace(/[ \t]+/g, ' '),
    )
  )
    return false;
  return cityComma.test(text.slice(Math.max(0, s.start - 30), s.start));
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c < 0x2000);

/** Whether the name `s` follows a street or place word, or a house number. */
function afterPlaceWord(text: string, s: Span): boolean {
  // The word before, read backwards: no regex over the text before every name.
  let end = s.start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === s.start) return false;
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  const c = text.charCodeAt(start - 1);
  if (start < end && !(c >= 48 && c <= 57)) {
    const street = text.slice(start, end).toLowerCase();
    if (placeWords.has(street))
      return !ambiguousPlaceWords.has(street) || numberAfter.test(text.slice(s.end, s.end + 6));
  }
  // A house number just before, or one word before: the pattern only when a digit is near.
  const from = Math.max(0, s.start - 24);
  for (let i = from; i < s.start; i++) {
    const d = text.charCodeAt(i);
    if (d >= 48 && d <= 57) return numberBefore.test(text.slice(from, s.start));
  }
  return false;
}

// The header line of a quoted reply: "On Tue, 19 Nov 2024 at 16:02, Tom at Homeware Direct wrote:", "Le 27 nov.
// 2024 à 08:55, Sanne Bakker <…> a écrit :", "Am 27.11.2024 um 08:55 schrieb Sanne Bakker:".
const quoteVerbs =
  /(?:,[ \t]*([^,\n]{2,80}?)[ \t]+(?:wrote|a écrit|escribió|escreveu|scrisse|skrev)|[ \t](?:schrieb|schreef)[ \t]+([^\n]{2,80}?))[ \t]*:/u;
const headerLead = /[> \t]*(?:on|le|el|em|il|am|op|den)[ \t]/y;

/** The person of each quoted-reply header, read by `readName` from where the name starts. */
export function quoteHeaders(
  text: string,
  lower: string,
  found: Span[],
  readName: (text: string, pos: number) => [number, number] | undefined,
): void {
  // Line by line: only a line that opens like a header ("On …", "> Le …") is searched for the verb.
  for (let line = 0; line < lower.length;) {
    const next = lower.indexOf('\n', line);
    const lineEnd = next < 0 ? lower.length : next;
    headerLead.lastIndex = line;
    if (headerLead.test(lower) && lineEnd - line < 240) {
      const m = quoteVerbs.exec(lower.slice(line, lineEnd));
      if (m) {
        const group = m[1] !== undefined ? 1 : 2;
        let at = line + m.index + m[0].indexOf(m[group]!);
        while (text[at] === '"') at++;
        const r = readName(text, at);
        // "Claims Team <claims@…> wrote:": a team or desk writes, not a person.
        const next = r && readAt(word, text, r[1] + gapAt(text, r[1]));
        if (r && !(next && stopWords.has(next.toLowerCase())))
          found.push({ start: r[0], end: r[1], type: 'name' });
      }
    }
    line = lineEnd + 1;
  }
}

// CSV and TSV exports: "first_name,last_name,email" or "user_id\tname\temail" as a header line, then rows.
/** Header cells of columns that hold a person's name, or part of one ("NAME_EN" in a table of two scripts). */
const nameColumn =
  /^(?:(?:(?:first|last|given|family|full|middle|legal|customer|contact|display|holder|cardholder|employee|patient|member)[ _-]?)?(?:name|names|surname)|firstname|lastname|surname|forename|vorname|nachname|nombre|apellidos?|nom|prénom|prenom|naam|voornaam|achternaam|nome|cognome|sobrenome|imię|imie|nazwisko|ad|soyad|soyadı)(?:[ _-](?:en|zh|ja|ko|ar|local|latin|native|legal))?$/;
/** With a bare "name" column, the table must be about people: a contact column beside it. */
const contactColumn = /mail|phone|tel|mobile|msisdn|dob|birth/;
// … and so must a column headed by who the people are ("| Learner | Email |", "| member | DOB | SSN |"), or by a
// part of a name
// ("member_no,first,last,dob,phone").
// ("row,member_last,member_first,dob": a part of a name after whose it is.)
const bareName =
  /^(?:name|names|learners?|attendees?|participants?|trainees?|candidates?|applicants?|tenants?|employees?|staff|students?|patients?|drivers?|members?|household[ _-]member|dependents?|dependants?|beneficiar(?:y|ies)|passengers?|guests?|insured|child|children|(?:(?:member|customer|cust|patient|pt|employee|emp|guest|contact|insured|dependent|dependant|holder)[ _-])?(?:first|last|given|family))$/;
/** In a table of people, the columns of their other details ("| NRIC | MOBILE | DOB |", "ppsn,dob,iban"). */
const phoneColumn =
  /^(?:phone|mobile|cell|tel|telephone|msisdn|(?:phone|mobile|cell|contact)[ _-]?(?:number|no))$/;
const dobColumn =
  /^(?:dob|d\.o\.b\.?|date[ _-]?of[ _-]?birth|birth[ _-]?date|birthdate|birthday|geburtsdatum)$/;
const idColumn =
  /^(?:ssn|sin|itin|nino|ni[ _-]?(?:no|number)|ppsn?|nric|tfn|ird|pesel|cpf|curp|rut|nif|cuil|cuit|hkid|pan|aadhaar|personnummer|bsn|dni|nie|national[ _-]?id|id[ _-]?no|nhs[ _-]?(?:no|number))$/;
// A surname first may stand before a comma: "O'Neill, Brendan".
const cellValue = /^(?=[^\n]*\p{L})[\p{L}\p{M}'’.-]+(?:,?[ \t][\p{L}\p{M}'’.-]+){0,4}$/u;
const cellShapes: Record<'phone' | 'dob' | 'ssn', RegExp> = {
  phone: /^\+?(?=(?:[ ().-]*\d){7,15}[ ().-]*$)[\d ().-]+$/,
  dob: /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/,
  ssn: /^(?=(?:[^\d]*\d){4})[A-Za-z0-9][A-Za-z0-9 ./()-]{4,22}$/,
};
/** The words that can head a name column, for the word pass: each header line is read once. */
export const nameColumnWords: ReadonlySet<string> = new Set(
  (
    'name names surname firstname lastname forename vorname nachname nombre apellido apellidos nom prénom prenom naam ' +
    'voornaam achternaam nome cognome sobrenome nazwisko soyad learner learners attendee attendees participant ' +
    'participants trainee trainees candidate candidates applicant applicants tenant tenants employee employees staff ' +
    'student students patient patients driver drivers first last given family member members household ' +
    'dependent dependents dependant dependants beneficiary beneficiaries passenger passengers guest guests ' +
    'insured child children'
  ).split(' '),
);

/** Whether a cell's last word is a company's ("Ltd", "Logistics"). */
const companyCell = (value: string) =>
  companyWords.has(
    value
      .slice(value.search(/[^ \t]*$/))
      .replace(/\.$/, '')
      .toLowerCase(),
  );

function cells(line: string, sep: string): string[] {
  // "Name (as on passport)": what a header says of its column in brackets is no part of its name.
  return rowCells(line, sep).map((c) =>
    c
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .replace(/[ \t]*\([^()]*\)$/, ''),
  );
}

type Column = 'name' | 'phone' | 'dob' | 'ssn' | undefined;

/**
 * The names in the name columns of a CSV, TSV or markdown table whose header line holds `at`, and the phone
 * numbers, dates of birth and national numbers in the columns so headed beside them: each row with as many cells
 * as the header, each name cell a few words of letters (any case: exports keep what people typed), each other
 * cell in its value's shape. Names go to `found`, the rest to `out`. Returns the end of the last row read, so
 * that a caller reads each table once (a row that repeats a header word is no new header).
 */
export function tableNames(text: string, at: number, found: Span[], out: Span[]): number {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) lineEnd = text.length;
  const header = text.slice(lineStart, lineEnd);
  // Markdown tables too: "| Learner | Email | Employee ID |".
  const sep = tableSeparator(header, 'anywhere');
  if (sep === '') return lineEnd;
  const heads = cells(header.toLowerCase(), sep);
  if (heads.length < 2) return lineEnd;
  // Whether a contact column is beside, and whether each column holds names: asked once per header (asked again
  // for each cell, a header of thousands of cells was quadratic, and so was each row).
  let contact: boolean | undefined;
  const columns = heads.map((h): Column => {
    if (nameColumn.test(h) || bareName.test(h))
      return !bareName.test(h) || (contact ??= heads.some((o) => contactColumn.test(o))) ? 'name' : undefined;
    if (phoneColumn.test(h)) return 'phone';
    if (dobColumn.test(h)) return 'dob';
    return idColumn.test(h) ? 'ssn' : undefined;
  });
  if (!columns.includes('name')) return lineEnd;
  let read = lineEnd;
  for (let row = lineEnd + 1; row < text.length;) {
    let end = text.indexOf('\n', row);
    if (end < 0) end = text.length;
    const line = text.slice(row, end);
    const parts = rowCells(line, sep);
    if (parts.length !== heads.length) break;
    read = end;
    let offset = row;
    for (let i = 0; i < parts.length; i++) {
      const raw = parts[i]!;
      const column = columns[i];
      if (column) {
        // A quoted cell's value is inside the quotes: `"O'Neill, Brendan"`.
        const quoted = /^[ \t]*"[^"]*"[ \t]*$/.test(raw);
        const lead = raw.length - raw.trimStart().length + (quoted ? 1 : 0);
        const value = quoted ? raw.trim().slice(1, -1) : raw.trim();
        const span = { start: offset + lead, end: offset + lead + value.length };
        if (column === 'name') {
          // (Not a company's name: a "legal_name" column lists sellers that are firms too, "Pemberton Prints Ltd".)
          if (value.length >= 2 && value.length <= 60 && cellValue.test(value) && !companyCell(value))
            found.push({ ...span, type: 'name' });
        } else if (cellShapes[column].test(value)) out.push({ ...span, type: column });
      }
      offset += raw.length + 1;
    }
    row = end + 1;
  }
  return read;
}
