// Keyword context around a candidate. Many identifiers look like PII (a 10-digit order number is a valid US
// phone number, a 16-digit trace id can pass Luhn); the words just before a value usually say which it is.
import { WordFlag, type Words } from './words.ts';
import { bisect } from './sorted.ts';
import type { PiiType, Span } from './types.ts';

/** Words that introduce an identifier rather than personal data. */
const identifierWords =
  'order|orders|invoice|inv|ticket|case|tracking|track|shipment|parcel|ref|refs|reference|references|po|sku|item|part|model|id|' +
  'ids|serial|s/n|acct|account|customer|client|member|membership|policy|transaction|txn|merchant|terminal|tid|' +
  'pid|build|version|ver|release|isbn|ean|upc|gtin|batch|confirmation|booking|reservation|kundennummer|' +
  'rechnung|bestellung|auftrag|commande|pedido|factura|facture|run|pipeline|job|chat|request|req|trace|span|' +
  'session|error|code|errno|status|pin|otp|zip|postcode|vat|iban|bic|swift|routing|aba|sort|imei|uuid|' +
  'shipped|fedex|ups|usps|dhl|label|rma|ssn|social|sin|nin|tfn|tax|dob|born|birth|dated|pratica|dossier|expediente|' +
  'cpf|cnpj|rg|nif|nie|dni|codice|fiscale|steuernummer|pesel|bsn|personnummer|user|username|login|' +
  // National numbers of twelve and sixteen digits, which a card's pattern would take: "Aadhaar number, I entered
  // 5998 4359 9466", "PhilSys Card Number (PCN): 4829-1037-5620-3918".
  'aadhaar|aadhar|philsys|pcn|psn|' +
  // Invoices, orders and consignments in other languages, and parcel carriers: "fatura 0192-2025-03",
  // "expedición SEUR 0041-7712-9930".
  'fatura|boleto|fattura|factuur|faktura|fatur|encomenda|bestelling|zamówienie|zamowienie|sipariş|siparis|ordine|' +
  'expedición|expedicion|envío|envio|remessa|sendung|sendungsnummer|zending|spedizione|albarán|albaran|' +
  'seur|gls|dpd|tnt|correos|postnl|colissimo|chronopost|hermes|evri|yodel|inpost|bpost|aramex|ctt|mrw|nacex|' +
  // Accounts and contracts in other languages: "compte 5517-2093-01", "Vertrag 0041-228-19".
  'compte|cuenta|conto|konto|contrat|contrato|contratto|vertrag|abonnement|akaunti|' +
  // Meters, work orders, loyalty cards and tax numbers: "Meter no 04123456789", "NIP 521-301-72-28".
  'meter|wo|loyalty|rewards|nip|regon|krs|siren|siret|gstin|ocr|ocr-nummer|ocr-nr|transakcji|transakcja|' +
  // Air waybills, e-tickets and bookings: "AWB 176-28731045", "Billete 075-2188340912".
  'awb|billete|bilhete|biglietto|eticket|pnr|bol|' +
  // Certificates, permits, licences and penalty notices: "certificate no. 0092-118-7734", "Penalty Charge Notice,
  // number 0043 8812 97".
  'certificate|cert|permit|licence|license|notice|pcn|penalty|citation|fir|' +
  // "cx called re ord 7719-2281-0045", "NDC 00002-8215-01" (a drug code).
  'ord|ndc|ऑर्डर|आर्डर|' +
  // Prescriptions, securities and confirmations: "receta 7731902", "CUSIP 037833100", "conf # 800-447-1209",
  // Dutch "klantnummer".
  'receta|cusip|isin|sedol|conf|klantnummer|ordernummer|factuurnummer|bestelnummer|' +
  // Pay-TV smartcards; insurance policies in Polish, Italian, Spanish and Portuguese.
  'smartcard|polisy|polisa|polizza|póliza|poliza|apólice|apolice|pro|brt|' +
  // Loans in other languages: "préstamo 3300418827".
  'préstamo|prestamo|hipoteca|darlehen|' +
  // Energy supply points: Australia's NMI, Ireland's MPRN, Britain's MPAN, New Zealand's ICP, Texas's ESI ID.
  'nmi|mprn|mpan|icp|esiid|ubrn|mrn|レシート番号|' +
  // Business numbers and meeting rooms: "ABN 19 046 544 044", "UEN 201912345K", "Zoom 812 5550 3317".
  'abn|acn|uen|gst|hst|zoom|webex|' +
  // Canada's drug numbers, and bicycles' and vehicles' frames: "DIN 02242705", "frame no. 2203145678".
  'din|frame|chassis|folio|' +
  // Case and transaction numbers in Portuguese and Italian: "protocolo 2025031899871", "rif. operazione …".
  'protocolo|protocollo|operazione|rif';

const phoneWords =
  'phone|phones|ph|tel|tele|telephone|telefon|telefone|telefono|teléfono|téléphone|telefoon|fone|celular|mobile|mob|mobil|mobiel|' +
  'móvil|movil|cell|cellphone|cellulare|cel|handy|call|called|calling|callback|text|sms|whatsapp|fax|reach|dial|ring|' +
  'landline|numéro|número|numero|nummer|telefonnummer|portable|contact|direct|telemóvel|telemovel|handynummer|' +
  'mobilnummer|rufnummer|contacto|contato|kontakt|recapito|msisdn|fijo|fixo|rappelé|rappeler|rappel|appelé|appeler|joindre|' +
  // Singapore's and Malaysia's "handphone"; Spanish "llamarme al …".
  'handphone|llamarme|llámame|llamame|llamar|contactarme|localizarme|' +
  // Singapore's PayNow, paid to a phone number; India's "RMN" (registered mobile number).
  'paynow|rmn|' +
  // Inflected forms: Polish "numer telefonu", "komórka"; Czech "telefonní číslo", "mobilu".
  'telefonu|telefonem|telefonní|telefonního|komórka|komórki|komórkowy|mobilu|' +
  // Hindi, Russian, Greek and Arabic: "मोबाइल नंबर", "телефон", "τηλέφωνο", "هاتف".
  'मोबाइल|फ़ोन|फोन|телефон|тел|мобильный|τηλέφωνο|τηλ|κινητό|هاتف|جوال|الجوال|الهاتف';

const cardWords =
  'card|cards|visa|mastercard|master|amex|american|discover|jcb|diners|unionpay|maestro|cc|credit|' +
  'debit|pan|karte|kreditkarte|carte|tarjeta|carta|cartão|kaado|kādo|kart|kartı|kartu|karta|charged|charge|paid|pay|payment|ending|express';

const set = (words: string) => new Set(words.split('|'));
/** Cue words, for the keyword table of the word pass (`WordFlag.phoneCue` …). */
export const cueWords = {
  identifier: set(identifierWords),
  phone: set(phoneWords),
  card: set(cardWords),
  /** "my number", "office no": `number` announces a phone only after one of these. */
  numberOwner: set(
    'my|your|his|her|our|their|new|old|best|contact|callback|office|home|work|direct|mobile|cell|alternate|' +
      'alternative|alt|other|second|personal|registered|whatsapp|prepaid|postpaid|sim|phone|ported|मेरा|mera|' +
      // "My father's number is 9822014537".
      "father's|mother's|dad's|mum's|mom's|wife's|husband's|son's|daughter's|brother's|sister's|partner's",
  ),
  number: set('number|no|नंबर'),
};

/** The text on the same line, at most `width` characters, before `pos`. */
export function windowBefore(text: string, pos: number, width: number): string {
  let start = pos;
  const min = Math.max(0, pos - width);
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, pos);
}

export type Cue = 'positive' | 'identifier' | 'none';

/**
 * Whether `lower[from, to)` ends a sentence or a line: a newline, `!`, `?` or `;` before a space, or a dot
 * before a space after four letters, a digit or `)` (not after "Ph.", "Tel.", "No.").
 */
function boundary(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 10) return true;
    const next = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 32;
    if (next !== 32 && next !== 9 && next !== 10) continue;
    if (c === 33 || c === 63 || c === 59) return true;
    if (c === 46) {
      const p = lower.charCodeAt(i - 1);
      if ((p >= 48 && p <= 57) || p === 41) return true;
      let letters = 0;
      // "approx. 3", but also "ref: FT24331XK82Q. My line is …": a word or code of four characters.
      while (letters < 4 && i - 1 - letters >= 0 && /[\p{L}\p{N}]/u.test(lower[i - 1 - letters]!)) letters++;
      if (letters >= 4) return true;
    }
  }
  return false;
}

/**
 * Which cue is nearest before `pos` in the same sentence, within `width` characters: a word that announces
 * this kind of PII, a word that announces an identifier, or neither. Walks the flagged words of the text.
 */
// A till receipt's number right after the word: "receipt 0231-04-88912" ("text the receipt to 07700 900123" is a phone).
const serialBefore =
  /(?<![a-z])(?:s\/n|p\/n|sn|(?:receipt|resit)(?:[ \t]*(?:no\.?|number|#))?|(?:shop|store|merchant)[ \t]*(?:no\.?|number|id|#))[ \t:#.]*$/;
/** A company's registered number: "registered in England No. 04417291", "company no. 09876543". */
const companyNumberBefore =
  /(?:registered[ \t]+in[ \t]+(?:england|wales|scotland|northern[ \t]+ireland|ireland)(?:[ \t]+(?:and|&)[ \t]+wales)?[ \t,]*(?:company[ \t]+)?(?:no\.?|number|#)?|(?:company|consumer)[ \t]+(?:reg(?:istration)?\.?[ \t]+)?(?:no\.?|number|#))[ \t.:#]*$/;
/** "at shop 28817304": a shop's number right after the word, digits only ("the shop (02) 5550 1234" is a phone). */
const shopBefore = /(?<![a-z])(?:shop|store|merchant)[ \t]+$/;

/** The identifier words that also name who speaks in a transcript. */
const speakerWords: ReadonlySet<string> = new Set([
  'customer',
  'client',
  'member',
  'user',
  'merchant',
  'chat',
]);

/** "Customer: 5502 0721 …", "[14:05] Customer: …": a transcript's speaker label, not the number's name. */
function speakerLabel(lower: string, start: number, end: number): boolean {
  if (!speakerWords.has(lower.slice(start, end))) return false;
  // "[Chat 14:05] Customer: …": the transcript's own line prefix.
  if (lower.charCodeAt(start - 1) === 91) return true;
  if (lower.charCodeAt(end) !== 58) return false;
  let i = start;
  while (i > 0 && (lower.charCodeAt(i - 1) === 32 || lower.charCodeAt(i - 1) === 9)) i--;
  if (i > 0 && lower.charCodeAt(i - 1) === 93) i = lower.lastIndexOf('[', i - 1);
  while (i > 0 && (lower.charCodeAt(i - 1) === 32 || lower.charCodeAt(i - 1) === 9)) i--;
  return i <= 0 || lower.charCodeAt(i - 1) === 10;
}

/**
 * Between an identifier's word and a phone number: the account "on" the number ("acct is on 312-555-0187"), or what
 * was sent to it ("a new code to 07700 900862", "the code was sent to (415) 555-0132").
 */
const onOrSentTo =
  /^[ \t]+(?:(?:is|was)[ \t]+(?:on|under)|(?:(?:was|is|will[ \t]+be|has[ \t]+been)[ \t]+)?(?:sent|texted|sms'?d|messaged)?[ \t]*to)[ \t]+$/;

/**
 * Words that tie a phone word to an identifier's word after it: "phone on account", "mobile for the card", "mobile
 * number now on my account".
 */
const tying =
  /^(?:[ \t]+(?:on|for|of|linked|to|the|my|our|registered|number|no\.?|now|currently|listed|saved))+[ \t]+$/;

/** The phone words that name a number as a noun ("contact" is a verb as often: "update contact for account …"). */
const phoneNouns: ReadonlySet<string> = new Set([
  'phone',
  'mobile',
  'cell',
  'tel',
  'telephone',
  'landline',
  'ph',
]);

/** Whether a phone word stands right before the identifier word `k`, with only tying words between. */
function phoneOfIdentifier(words: Words, lower: string, k: number): boolean {
  // The word pass lists flagged words only: go back over those that are tying words ("on") too.
  let j = k - 1;
  while (j >= 0 && !(words.flags[j]! & WordFlag.phoneCue) && k - j <= 4) j--;
  if (j < 0 || !(words.flags[j]! & WordFlag.phoneCue) || !phoneNouns.has(words.values[j]!)) {
    // "number on the acct is 617-555-0129": the number word alone names the phone too, unless it is an
    // identifier's number ("Account number on the invoice is …").
    j = k - 1;
    while (j >= 0 && !(words.flags[j]! & WordFlag.number) && k - j <= 4) j--;
    if (j < 0 || !(words.flags[j]! & WordFlag.number)) return false;
    if (j > 0 && words.flags[j - 1]! & WordFlag.identifierCue && words.starts[j - 1]! + 24 > words.starts[j]!)
      return false;
  }
  const between = lower.slice(words.starts[j]! + words.values[j]!.length, words.starts[k]);
  return between.length <= 32 && tying.test(between);
}

export function cueBefore(
  words: Words,
  lower: string,
  pos: number,
  width: number,
  kind: 'phone' | 'card',
): Cue {
  const { starts, values, flags } = words;
  // "s/n 4412093318", "P/N 0283-4471": one-letter words are in no keyword table.
  if (lower.charCodeAt(pos - 1) === 32 && serialBefore.test(lower.slice(Math.max(0, pos - 16), pos)))
    return 'identifier';
  if (isDigit(lower.charCodeAt(pos)) && shopBefore.test(lower.slice(Math.max(0, pos - 12), pos)))
    return 'identifier';
  if (companyNumberBefore.test(lower.slice(Math.max(0, pos - 64), pos))) return 'identifier';
  // The last flagged word that starts before `pos`.
  let k = bisect(starts, pos) - 1;
  const positive = kind === 'phone' ? WordFlag.phoneCue : WordFlag.cardCue;
  const min = Math.max(0, pos - width);
  let next = pos;
  let person = false;
  for (; k >= 0; k--) {
    const start = starts[k]!;
    const end = start + values[k]!.length;
    if (boundary(lower, Math.max(end, min), next)) return 'none';
    if (start < min) return 'none';
    const f = flags[k]!;
    // "Loyalty card 6034 9911 2200 4471", "gift card …": a card that pays for nothing.
    if (f & positive) {
      const card = kind === 'card' && values[k] === 'card' && k > 0 && flags[k - 1]! & WordFlag.identifierCue;
      if (card && starts[k - 1]! + values[k - 1]!.length + 2 >= start) return 'identifier';
      // "OCR-nummer", "Kunden-Nummer": the number word joined to an identifier's word is that identifier's.
      const joined =
        lower.charCodeAt(start - 1) === 45 &&
        k > 0 &&
        flags[k - 1]! & WordFlag.identifierCue &&
        starts[k - 1]! + values[k - 1]!.length === start - 1;
      return joined ? 'identifier' : 'positive';
    }
    if (
      kind === 'phone' &&
      f & WordFlag.number &&
      k > 0 &&
      flags[k - 1]! & WordFlag.numberOwner &&
      starts[k - 1]! + values[k - 1]!.length + 2 >= start
    ) {
      return 'positive';
    }
    // "the phone on my account is old, new one is 312-555-0108": an identifier word names the number only when
    // at most three words stand between them ("account no. 4471", "order ID is 5512…"), and no given name
    // ("Customer: Jacinta Pearce 0491 570 156" is a person's number).
    if (
      f & WordFlag.identifierCue &&
      (kind !== 'phone' || (!person && wordsBetween(lower, end, pos) <= 3)) &&
      !speakerLabel(lower, start, end)
    ) {
      // "Phone on account: (915) 555-0124", "mobile linked to the account": the phone word names the number.
      if (kind === 'phone' && phoneOfIdentifier(words, lower, k)) return 'positive';
      // "caller ID 0491 570 113" is the caller's number.
      if (kind === 'phone' && values[k] === 'id' && lower.endsWith('caller ', start)) return 'positive';
      if (kind === 'phone' && onOrSentTo.test(lower.slice(end, pos))) return 'positive';
      return 'identifier';
    }
    if (f & WordFlag.givenName) person = true;
    next = start;
  }
  return 'none';
}

/** How many words (runs of letters) `lower[from, to)` holds, counted up to 4. */
function wordsBetween(lower: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < 4; i++) {
    const c = lower.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || c >= 0xc0;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

/** An ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)))
  );
}

// Joined to a word, a hyphen or a slash: part of a longer token.
const glued = (c: number) => isWordChar(c) || c === 45 || c === 47;

/**
 * A value found once is the same PII wherever it is written again: the spans from `first` on, each searched for
 * in the form `form` gives (none: not searched), are pushed again at every other place that form stands alone.
 * `within` is the text searched (the lower-cased text, for a search that ignores case; offsets are the same), and
 * `apart`, when given, is asked of each place as well.
 */
export function foundAgain(
  text: string,
  out: Span[],
  first: number,
  type: PiiType,
  form: (written: string) => string | undefined,
  within: string = text,
  apart?: (start: number, end: number) => boolean,
): void {
  const forms = new Set<string>();
  for (let k = first; k < out.length; k++) {
    const f = form(within.slice(out[k]!.start, out[k]!.end));
    if (f !== undefined) forms.add(f);
  }
  // A few values, each searched for through the text once: an export of hundreds of them holds each once, and
  // searching for each was quadratic.
  if (forms.size > 8) return;
  for (const f of forms) {
    for (let i = within.indexOf(f); i >= 0; i = within.indexOf(f, i + f.length)) {
      // Not inside an identifier: "INV-01/02/1990-7".
      if (glued(within.charCodeAt(i - 1)) || glued(within.charCodeAt(i + f.length))) continue;
      if (apart && !apart(i, i + f.length)) continue;
      out.push({ start: i, end: i + f.length, type, canonical: type === 'ssn' ? f : undefined });
    }
  }
}
