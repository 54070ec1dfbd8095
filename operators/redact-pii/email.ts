// Email addresses, including the common obfuscations "name [at] example [dot] com" and "name at example dot com".
// Found from each `@`: the local part is read backwards by hand, the domain with a sticky regex, so a body
// without `@` costs one indexOf.
import { givenNameClass } from './given-names.ts';
import { execAt } from './sticky.ts';
import { lineStartWithin } from './lines.ts';
import type { Detector } from './types.ts';
import { WordFlag, type Words } from './words.ts';

/** The words the obfuscated forms need, for the word pass. */
export const emailWords: ReadonlySet<string> = new Set(['dot']);

const localChar = /[\p{L}\p{N}._%+'-]/u;
const alnum = /[\p{L}\p{N}]/u;
const domain =
  /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/uy;

function isLocal(c: number, ch: string): boolean {
  if ((c >= 97 && c <= 122) || (c >= 64 && c <= 90) || (c >= 48 && c <= 57)) return c !== 64;
  if (c === 46 || c === 95 || c === 37 || c === 43 || c === 39 || c === 45) return true;
  return c > 127 && localChar.test(ch);
}

const at = String.raw`(?:\s*[[(<{]\s*(?:at|@)\s*[\])>}]\s*|\s+at\s+)`;
const dot = String.raw`(?:\s*[[(<{]\s*dot\s*[\])>}]\s*|\s+dot\s+)`;
const obfuscated = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}._%+-]{0,63}${at}[\p{L}\p{N}][\p{L}\p{N}-]{0,62}(?:${dot}[\p{L}\p{N}-]{1,63})*${dot}(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|be|ch|at|ie|eu|info|biz|me|app|dev|ai|us|ca|au|in|br|mx|jp|cn)(?![\p{L}\p{N}])`,
  'gu',
);
/** `[at]`, `(at)`, `[ at ]`, `( at )`, `<at>`, `{at}`: what may follow each opening bracket. */
const bracketed: readonly (readonly [string, readonly string[]])[] = [
  ['[', ['at]', ' at ]']],
  ['(', ['at)', ' at )']],
  ['<', ['at>']],
  ['{', ['at}']],
];

/**
 * Cheap test before the obfuscated-address regex: most text has no ` dot ` and no bracketed "at". One search per
 * opening bracket (rare characters) instead of one search of the whole text per form.
 */
function mayBeObfuscated(lower: string, words: Words): boolean {
  // " dot " is the word "dot" between two spaces; the word pass has listed it.
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & WordFlag.dot)) continue;
    const at = words.starts[k]!;
    if (lower.startsWith(' dot ', at - 1)) return true;
  }
  for (const [open, forms] of bracketed) {
    for (let i = lower.indexOf(open); i >= 0; i = lower.indexOf(open, i + 1)) {
      for (const form of forms) if (lower.startsWith(form, i + 1)) return true;
    }
  }
  return false;
}
const spokenLocal = new RegExp(
  String.raw`(?:(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}][\p{L}\p{N}_%+-]{0,30}${dot}){1,2}$`,
  'u',
);
const atRe = new RegExp(at);
const dotRe = new RegExp(dot, 'g');

const messageIdLine = /^[ \t>]*(?:message-id|in-reply-to|references):[ \t]*<[^\n]*$/;

// India's UPI payment addresses name a person as a mailbox does, at a payment app's handle: "ravi.kumar@okaxis",
// "arjun.mehta@okhdfcbank". A merchant's ("swiggy.payu@hdfcbank") is an identifier.
const upiHandle =
  /(?:ok(?:hdfcbank|axis|icici|sbi)|ybl|ibl|axl|apl|yapl|paytm|upi|hdfcbank|icici|sbi|axisbank|kotak|pnb|barodampay|airtel|jio|freecharge|postbank|idfcbank|indus|federal|rbl|yesbank)(?![\w@.-]|\.\w)/y;

/** A UPI address is a person's when it opens with a given name ("arjun.mehta@…", not "swiggy.payu@…"). */
function personalUpi(text: string, start: number, at: number): boolean {
  const first = /^\p{L}+/u.exec(text.slice(start, at));
  return first !== null && givenNameClass(first[0]) !== 0;
}

export const detectEmail: Detector = ({ text, lower, words, out }) => {
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    let start = i;
    while (start > 0 && i - start < 64 && isLocal(text.charCodeAt(start - 1), text[start - 1]!)) start--;
    // A local part starts with a letter or digit (`"(.jane@…"` → `jane@…`).
    while (start < i && !alnum.test(text[start]!)) start++;
    if (start === i) continue;
    domain.lastIndex = i + 1;
    const m = domain.exec(text) ?? (personalUpi(text, start, i) ? execAt(upiHandle, lower, i + 1) : null);
    if (!m) continue;
    const end = i + 1 + m[0].length;
    // A message's id in a header ("Message-ID: <20240611075810.3f9a1c@mailer…>") names no mailbox.
    // (300 characters back at most: a search to a long line's start for each address in it was quadratic.)
    if (messageIdLine.test(lower.slice(lineStartWithin(lower, start, 300), start))) {
      i = end - 1;
      continue;
    }
    out.push({ start, end, type: 'email', canonical: text.slice(start, end).toLowerCase() });
    i = end - 1;
  }
  // URL-encoded in a query string or a log line: "reset?email=liam.obrien%40example.com".
  for (let i = text.indexOf('%40'); i >= 0; i = text.indexOf('%40', i + 3)) {
    let start = i;
    while (start > 0 && i - start < 64 && /[A-Za-z0-9._+-]/.test(text[start - 1]!)) start--;
    if (start === i) continue;
    domain.lastIndex = i + 3;
    const m = domain.exec(text);
    if (!m) continue;
    const end = i + 3 + m[0].length;
    out.push({ start, end, type: 'email', canonical: (text.slice(start, i) + '@' + m[0]).toLowerCase() });
    i = end - 3;
  }
  if (mayBeObfuscated(lower, words)) {
    obfuscated.lastIndex = 0;
    for (let m = obfuscated.exec(lower); m; m = obfuscated.exec(lower)) {
      // A local part read out with its dots too: "thandi dot nkosi at example dot com".
      const spoken = spokenLocal.exec(lower.slice(Math.max(0, m.index - 48), m.index));
      const start = spoken ? m.index - spoken[0].length : m.index;
      const canonical = lower
        .slice(start, m.index + m[0].length)
        .replace(atRe, '@')
        .replace(dotRe, '.');
      out.push({ start, end: m.index + m[0].length, type: 'email', canonical });
    }
  }
};
