// Keyword context around a candidate. Many identifiers look like PII (a 10-digit order number is a valid US
// phone number, a 16-digit trace id can pass Luhn); the words just before a value usually say which it is.
import type { Words } from './words.ts';

/** Words that introduce an identifier rather than personal data. */
const identifierWords =
  'order|orders|invoice|inv|ticket|case|tracking|track|shipment|parcel|ref|reference|po|sku|item|part|model|id|' +
  'ids|serial|s/n|acct|account|customer|client|member|membership|policy|transaction|txn|merchant|terminal|tid|' +
  'pid|build|version|ver|release|isbn|ean|upc|gtin|batch|confirmation|booking|reservation|kundennummer|' +
  'rechnung|bestellung|auftrag|commande|pedido|factura|facture|run|pipeline|job|chat|request|req|trace|span|' +
  'session|error|code|errno|status|port|pin|otp|zip|postcode|vat|iban|bic|swift|routing|aba|sort|imei|uuid|' +
  'shipped|fedex|ups|usps|dhl|label|rma|ssn|social|sin|nin|tfn|tax|dob|born|birth|dated|pratica|dossier|expediente|' +
  'cpf|cnpj|rg|nif|nie|dni|codice|fiscale|steuernummer|pesel|bsn|personnummer|user|username|login';

const phoneWords =
  'phone|phones|ph|tel|tele|telephone|telefon|telefone|telefono|teléfono|téléphone|telefoon|fone|celular|mobile|mob|mobil|mobiel|' +
  'móvil|movil|cell|cellphone|cellulare|cel|handy|call|called|calling|text|sms|whatsapp|fax|reach|dial|ring|' +
  'landline|numéro|número|numero|nummer|telefonnummer|portable|contact|direct|' +
  'numero|nummer';

const cardWords =
  'card|cards|visa|mastercard|master|amex|american|discover|jcb|diners|unionpay|maestro|cc|credit|' +
  'debit|pan|karte|kreditkarte|carte|tarjeta|carta|cartão|charged|charge|paid|pay|payment|ending|express';

const set = (words: string) => new Set(words.split('|'));
const identifierSet = set(identifierWords);
const phoneSet = set(phoneWords);
const cardSet = set(cardWords);
/** "my number", "office no": `number` announces a phone only after one of these. */
const numberOwners = set(
  'my|your|his|her|our|their|new|old|best|contact|callback|office|home|work|direct|mobile|cell',
);

/** The text on the same line, at most `width` characters, before `pos`. */
export function windowBefore(text: string, pos: number, width: number): string {
  let start = pos;
  const min = Math.max(0, pos - width);
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, pos);
}

export type Cue = 'positive' | 'identifier' | 'none';

/**
 * Whether the text between two words ends a sentence or a line: a newline, `!`, `?` or `;`, or a dot after a
 * word of four letters or more (not after "Ph.", "Tel.", "No.").
 */
function boundary(lower: string, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 10) return true;
    const next = i + 1 < lower.length ? lower.charCodeAt(i + 1) : 32;
    const space = next === 32 || next === 9 || next === 10;
    if ((c === 33 || c === 63 || c === 59) && space) return true;
    if (c === 46 && space && (i > from || word.length >= 4)) return true;
  }
  return false;
}

/**
 * Which cue is nearest before `pos` in the same sentence, within `width` characters: a word that announces
 * this kind of PII, a word that announces an identifier, or neither. Walks the words found once per text.
 */
export function cueBefore(
  words: Words,
  lower: string,
  pos: number,
  width: number,
  kind: 'phone' | 'card',
): Cue {
  const { starts, values } = words;
  // The last word that starts before `pos`.
  let lo = 0;
  let hi = starts.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const positive = kind === 'phone' ? phoneSet : cardSet;
  let next = pos;
  for (; k >= 0 && starts[k]! >= pos - width; k--) {
    const word = values[k]!;
    const end = starts[k]! + word.length;
    if (boundary(lower, end, next, word)) return 'none';
    if (positive.has(word)) return 'positive';
    if (
      kind === 'phone' &&
      (word === 'number' || word === 'no') &&
      k > 0 &&
      numberOwners.has(values[k - 1]!)
    ) {
      return 'positive';
    }
    if (identifierSet.has(word)) return 'identifier';
    next = starts[k]!;
  }
  return 'none';
}

export function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    (code > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(code)))
  );
}
