// Keyword context around a candidate. Many identifiers look like PII (a 10-digit order number is a valid US
// phone number, a 16-digit trace id can pass Luhn); the words just before a value usually say which it is.

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
  '(?:my|your|his|her|our|their|new|old|best|contact|callback|call-back|office|home|work|direct) (?:number|no\\.?|#)';

const cardWords =
  'card|cards|visa|mastercard|master|amex|american express|discover|jcb|diners|unionpay|maestro|cc|credit|' +
  'debit|pan|karte|kreditkarte|carte|tarjeta|carta|cartão|charged|charge|paid|pay|payment|ending';

// Matched against lower-cased text with ASCII word boundaries: a case-sensitive, non-Unicode regex is several
// times faster in V8, and these run for every candidate.
function keywordRegex(words: string): RegExp {
  return new RegExp(`\\b(?:${words})\\b`, 'g');
}

const identifierRe = keywordRegex(identifierWords);
const phoneRe = keywordRegex(phoneWords);
const cardRe = keywordRegex(cardWords);

/** The text on the same line, at most `width` characters, before `pos`. */
export function windowBefore(text: string, pos: number, width: number): string {
  let start = pos;
  const min = Math.max(0, pos - width);
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  return text.slice(start, pos);
}

function lastMatchEnd(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let end = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) end = m.index + m[0].length;
  return end;
}

export type Cue = 'positive' | 'identifier' | 'none';

// A sentence ends at `.`, `!`, `?` or `;` before a space, except after a short abbreviation ("Ph.", "Tel.", "No.").
const sentenceEnd = /(?:[\p{L}]{4,}|\d|\))[.!?;]\s+|[!?;]\s+/gu;

/** The last sentence of `window`: a cue in an earlier sentence says nothing about this value. */
function sentenceBefore(window: string): string {
  let from = 0;
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) from = m.index + m[0].length;
  return from === 0 ? window : window.slice(from);
}

/**
 * Which cue is nearest before `pos` (within `width` characters on the same line): a word that announces this
 * kind of PII, a word that announces an identifier, or neither.
 */
export function cueBefore(lower: string, pos: number, width: number, kind: 'phone' | 'card'): Cue {
  const w = sentenceBefore(windowBefore(lower, pos, width));
  const positive = lastMatchEnd(kind === 'phone' ? phoneRe : cardRe, w);
  const identifier = lastMatchEnd(identifierRe, w);
  if (positive < 0 && identifier < 0) return 'none';
  return positive >= identifier ? 'positive' : 'identifier';
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
