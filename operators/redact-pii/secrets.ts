// Credentials: provider tokens with a recognisable prefix, JWTs, private keys, `Bearer`/`Basic` credentials,
// passwords in URLs and `password=` / `api_key:` style assignments. Only the secret value is replaced, so
// `Authorization: Bearer [SECRET]` still says what was there.
import { foundAgain, isDigit } from './context.ts';
import { lineStartWithin, nextSpeakerLine, rowCells, tableSeparator } from './lines.ts';
import { bisect } from './sorted.ts';
import { execAt, lastMatch } from './sticky.ts';
import type { Detector, Span } from './types.ts';
import { WordFlag, gate, hasWord, identifierBetween, spokenRuns, type Words } from './words.ts';

const e = '(?![A-Za-z0-9_\\-])';

// Matched sticky where `prefixAt` finds a prefix that is not glued to a longer word.
const prefixed: RegExp[] = [
  // Stripe secret, restricted and publishable keys; webhook signing secrets. Stripe issues `whsec_` with 32
  // characters (dashboard) or 64 hex digits (CLI), but the prefix alone says what it is: a shortened or redrawn
  // secret pasted into a ticket (16 characters and more) is still one.
  new RegExp(`(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}${e}`, 'y'),
  // The same prefix before a service's name: "sk_screen_EXAMPLE4hT9wQ2vL7mR3" (secret and restricted keys only).
  new RegExp(`(?:sk|rk)_[a-z]{2,12}_(?=[A-Za-z0-9]{0,63}\\d)[A-Za-z0-9]{16,64}${e}`, 'y'),
  new RegExp(`whsec_[A-Za-z0-9]{16,}${e}`, 'y'),
  // AWS access key ids.
  new RegExp(`(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}${e}`, 'y'),
  // GitHub classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained tokens; GitLab; Slack; Google; npm; SendGrid.
  new RegExp(`gh[pousr]_[A-Za-z0-9]{30,}${e}`, 'y'),
  new RegExp(`github_pat_[A-Za-z0-9_]{30,}${e}`, 'y'),
  new RegExp(`glpat-[A-Za-z0-9_\\-]{20,}${e}`, 'y'),
  new RegExp(`xox[abposr]-[A-Za-z0-9\\-]{10,}${e}`, 'y'),
  new RegExp(`AIza[0-9A-Za-z_\\-]{35}${e}`, 'y'),
  new RegExp(`npm_[A-Za-z0-9]{32,40}${e}`, 'y'),
  // A personal access token of a service that writes it so: "pat_EXAMPLE_4Rt9Lw2Zq8Xm".
  new RegExp(`pat_(?=[A-Za-z0-9_]{0,80}\\d)(?=[A-Za-z0-9_]{0,80}[A-Z])[A-Za-z0-9_]{16,80}${e}`, 'y'),
  new RegExp(`SG\\.[A-Za-z0-9_\\-]{16,}\\.[A-Za-z0-9_\\-]{16,}${e}`, 'y'),
  // OpenAI / Anthropic style keys.
  new RegExp(`sk-(?:proj-|ant-|live-)?[A-Za-z0-9_\\-]{20,}${e}`, 'y'),
  // JWTs: base64url JSON header and payload, then the signature.
  new RegExp(`eyJ[A-Za-z0-9_\\-]{5,}\\.eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{8,}${e}`, 'y'),
  /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----/y,
  // A 1Password account's Secret Key: "A3-", the account's six characters, then five groups.
  new RegExp(`A3-[A-Z0-9]{6}(?:-[A-Z0-9]{5,6}){5}${e}`, 'y'),
];

/** The prefixes, matched sticky at each offset `prefixStarts` gives. */
const prefixAt =
  /sk_|rk_|pk_|pat_|whsec_|AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|AIza|npm_|SG\.|sk-|eyJ|-----BEGIN|A3-/y;

/**
 * Offsets, sorted, where a prefix of `prefixAt` may start: found from the characters every prefix holds (`_`,
 * `-`, a capital `A`, `SG.`, `eyJ`) with native `indexOf`, and the prefix's first letter at the right distance.
 * One regex alternation over the whole text tried its first letters (s, r, p, g, n, e …) at most positions of
 * ordinary prose.
 */
function prefixStarts(text: string, marks: number[]): number[] {
  const starts: number[] = [];
  const code = (i: number) => (i >= 0 ? text.charCodeAt(i) : 0);
  // sk_ rk_ pk_, npm_ gh?_, whsec_, github_pat_: the first underscore is 2, 3, 5 or 6 characters in. Underscores
  // that may open `_live_`, `_test_`, `_prod_`, `_pat_`, `_token_` or `_secret_` go to `marks` (keyedSecrets).
  for (let u = text.indexOf('_'); u >= 0; u = text.indexOf('_', u + 1)) {
    const next = text.charCodeAt(u + 1);
    if (next === 108 || next === 116 || next === 112 || next === 115) marks.push(u);
    if (code(u - 6) === 103) starts.push(u - 6);
    if (code(u - 5) === 119) starts.push(u - 5);
    const c3 = code(u - 3);
    if (c3 === 110 || c3 === 103 || c3 === 112) starts.push(u - 3);
    const c2 = code(u - 2);
    if (c2 === 115 || c2 === 114 || c2 === 112) starts.push(u - 2);
  }
  // glpat-, xox?-, sk-, and a dash that opens "-----BEGIN".
  for (let d = text.indexOf('-'); d >= 0; d = text.indexOf('-', d + 1)) {
    if (code(d - 5) === 103) starts.push(d - 5);
    if (code(d - 4) === 120) starts.push(d - 4);
    if (code(d - 2) === 115) starts.push(d - 2);
    if (text.charCodeAt(d + 1) === 45 && text.startsWith('----BEGIN', d + 1)) starts.push(d);
  }
  // AKIA ASIA AGPA AIDA AROA AIPA ANPA ANVA ABIA ACCA AIza A3-: A, then one of K S G I R N B C 3.
  for (let a = text.indexOf('A'); a >= 0; a = text.indexOf('A', a + 1)) {
    const c = text.charCodeAt(a + 1);
    if (
      c === 75 ||
      c === 83 ||
      c === 71 ||
      c === 73 ||
      c === 82 ||
      c === 78 ||
      c === 66 ||
      c === 67 ||
      c === 51
    )
      starts.push(a);
  }
  for (let g = text.indexOf('SG.'); g >= 0; g = text.indexOf('SG.', g + 1)) starts.push(g);
  // eyJ from its capital: a search for a three-character string stops at every "e".
  for (let j = text.indexOf('J', 2); j >= 0; j = text.indexOf('J', j + 1)) {
    if (text.charCodeAt(j - 2) === 101 && text.charCodeAt(j - 1) === 121) starts.push(j - 2);
  }
  return starts.sort((x, y) => x - y);
}

// HTTP credentials (`Authorization: Bearer …`, `Basic …`) and user:password@host in URLs, matched sticky at a
// hit of `bearer`, `basic ` or `://`.
const bearer = /bearer\s+([A-Za-z0-9\-._~+/]*\d[A-Za-z0-9\-._~+/]*=*)(?![A-Za-z0-9\-._~+/=])/iy;
const otherScheme =
  /authorization:[ \t]*(?!bearer[ \t]|basic[ \t])[A-Za-z][\w-]{1,24}[ \t]+([A-Za-z0-9\-._~+/]*\d[A-Za-z0-9\-._~+/]{15,}=*)(?![A-Za-z0-9\-._~+/=])/iy;
const basic = /Basic\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/y;
// The password may hold an "@" itself: the host is after the last one ("postgres://u:Pl@ntain-Orbit-77@db…").
const urlCredentials = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s/]{3,})@[^\s/@]/iy;

/** "Password" in other languages ("passe" as in "mot de passe"). */
const otherPasswordWords =
  'contraseña|contrasena|contraseñas|senha|wachtwoord|hasło|haslo|şifre|şifrem|şifreniz|sifre|sifrem|parola|passe|heslo|lösenord|salasana|adgangskode|пароль';

// `password=…`, `DB_PASSWORD: …`, `X-Api-Key: …`, `aws_secret_access_key = …`, `the temp pass is …`.
// A run of 129 key characters or more is no key name anyone writes: refused by a look-ahead of fixed length
// before the repetitions, which would otherwise backtrack over the whole run (`password_password_…`, quadratic).
// A Wi-Fi network's key: "WPA2 key: 7hgqXc2wRbnm", "network key is …" (a key alone names many things).
const wifiKey = '(?:wpa[23]?|wep|wi-?fi|wireless|network)[ \\t_-]?';
const wifiKeyBefore = new RegExp(`${wifiKey}$`, 'i');
const secretKey = `(?![A-Za-z0-9_.\\-]{129})(?:[A-Za-z0-9]+[_.\\-])*(?:password|passwort|passwd|passcode|pass|pwd|pw|${otherPasswordWords}|secret|token|api[_\\-]?key|apikey|app[_\\-]?key|shared[_\\-]?access[_\\-]?key|account[_\\-]?key|access[_\\-]?key|auth[_\\-]?key|private[_\\-]?key|signing[_\\-]?key|encryption[_\\-]?key|master[_\\-]?key|client[_\\-]?secret|consumer[_\\-]?(?:key|secret)|credentials?|psk|passphrase|${wifiKey}key)(?:[_.\\-][A-Za-z0-9]+)*`;
/** A value that looks like a credential on its own (`secret wJalrXUtnFEMI/K7MDENG…`): long, mixed. */
const tokenShaped =
  '(?=[A-Za-z0-9/+=_.!@#$%^&*~-]{16,}(?![^\\s]))(?=[^\\s]*[a-z])(?=[^\\s]*[A-Z])(?=[^\\s]*\\d)';
const assignment = new RegExp(
  `(${secretKey})["']?(?:[ \\t]*\\([^()\\n]{1,60}\\)(?=\\s*[:=]))?(?:\\s*[:=]\\s*|\\s+(?:(?:is|was|as)(?![A-Za-z])|=|:)\\s*:?\\s*(?:(?:probably|maybe|likely|either)\\s+)?|\\s+(?=["'\`])|\\s+(?=${tokenShaped}))(?:"([^"\\n]{3,200})"|'([^'\\n]{3,200})'|\`([^\`\\n]{3,200})\`|([^\\s"'\`<>,;)\\]}]{3,200}))`,
  'iy',
);
// "the password i set was Lisboa#2025!", "the password for the admin account is …": a few words between the key
// and "is"/"was". Those words could make any sentence about a password ("the password change was Monday"),
// so the value must hold a letter and a digit or symbol.
const proseAssignment = new RegExp(
  `(${secretKey})(?:,?[ \\t]+[A-Za-z\u00c0-\u024f\u0400-\u04ff']{1,12}){1,4}[ \\t]+(?:is|was|its|it's|it’s|will be|would be|es|era|est|était|ist|war|é|jest|była?|wordt|was|на)[ \\t]+:?[ \\t]*([^\\s"'\`<>,;)\\]}]{4,200})`,
  'iy',
);
const letterAndOther = /^(?=.*[A-Za-z])(?=.*[^A-Za-z]).*$/;
// "the temporary password Kb!ngsTemp2024", "Kb!ngsTemp2024 is the temporary password": a password named in prose
// right before or after it. Only values no word or identifier has: lower and upper case letters and a digit, or
// letters, a digit and a symbol.
// The word in other languages: "mot de passe", "contraseña", "senha", "wachtwoord", "hasło", "şifre(m)".
const passwordWord = new RegExp(`^(?:password|passwort|passwd|passcode|pwd|pw|${otherPasswordWords})$`);
// "changed my password from Buckeyes#1999 to …": the old or new password after "from" or "to", with a symbol
// (not "the password from 1Password", "into KeePassXC-2.7").
// "my portal password (Bluebird!Lake88)": in parentheses too.
// "my password (it was Mango!Tree77, changed it now)": what it was, in parentheses.
const passwordAfter =
  /[ \t]+(?:\((?=[^\s()]{8,64}\))|(?:from|to|into|\((?:it[ \t]+)?(?:was|is))[ \t]+(?=[^\s]*[!@#$%^&*?~+=_.-]))?([^\s"'`<>,;()[\]{}]{8,64})/y;
const passwordBefore = new RegExp(
  `(?<![^\\s"'(])([^\\s"'\`<>,;()\\[\\]{}]{8,64})[ \\t]+(?:is|was|as|=)[ \\t]+(?:(?:the|my|your|our|their|a|an)[ \\t]+)?` +
    `(?:(?:new|temporary|temp|initial|default|one-time|current|old|admin|wifi|wi-fi)[ \\t]+)?$`,
);
/** "… is the password reset ticket": the word starts a compound, and what comes before is not a password. */
const compoundNoun =
  /^[ \t]+(?:reset|policy|manager|change|changes|field|hint|rules?|requirements?|expiry|strength|length|prompt|screen|page|link|ticket|request)(?![A-Za-z])/i;
const joinedWordAndNumber = /^(?=.*[a-z])(?=.*\d)[a-z0-9]+[_.-][a-z0-9_.-]+$/i;
const randomShaped = (v: string) =>
  /[a-z]/.test(v) && /\d/.test(v) && (/[A-Z]/.test(v) || /[!@#$%^&*?~+=]/.test(v));
// `CRED-2024-ML-55812`, `KEY-ACME-0042`: upper-case segments of letters and of digits, an identifier's shape,
// even after "credential" or "key"; a random token mixes them.
const identifierShaped = /^(?=[A-Z0-9-]+$)(?=.*(?:^|-)[A-Z]{2,}(?:-|$))(?=.*(?:^|-)\d{3,}(?:-|$)).*-.*$/;
/** Versions, dates and times: "the password policy update was v2.3". */
const versionLike = /^v?\d+(?:[.:/-]\d+)*[a-z]?$/i;

/** Words of a key name that make it a secret (`DB_PASSWORD` → db, password; `X-Api-Key` → x, api, key). */
export const secretKeyWords: ReadonlySet<string> = new Set([
  ...'password passwort passwd passcode pass pwd pw secret token key apikey appkey sharedaccesskey accountkey accesskey secretkey authkey signingkey encryptionkey masterkey credential credentials privatekey presharedkey clientsecret authtoken accesstoken refreshtoken psk passphrase'.split(
    ' ',
  ),
  ...otherPasswordWords.split('|'),
]);
const keyChar = /[A-Za-z0-9_.-]/;
/** The last part of a key name that makes the value something about a secret: its id, reference, type … */
const aboutSecretTails: ReadonlySet<string> = new Set(
  (
    'id ids ref refs reference type status count name len length hint policy expiry expires reset url uri endpoint host path file version created updated ttl lifetime ' +
    // Audit-log events: "apikey.create  ip=185.220.101.47".
    'create delete deleted revoke revoked rotate rotated list used issued expired'
  ).split(' '),
);

/** Whether the key name from `key` (through the word ending at `wordEnd`) ends in such a part. */
function aboutSecret(text: string, key: number, wordEnd: number): boolean {
  let end = wordEnd;
  while (end < text.length && end - key < 64 && keyChar.test(text[end]!)) end++;
  if (end === wordEnd) return false;
  const name = text.slice(key, end).toLowerCase();
  const cut = Math.max(name.lastIndexOf('_'), name.lastIndexOf('-'), name.lastIndexOf('.'));
  // An access key's id is written with its secret and leaks as much: `NF_ACCESS_KEY_ID=…` stays a secret.
  return cut > 0 && aboutSecretTails.has(name.slice(cut + 1)) && !/key[_.-]id$/.test(name);
}
// (A bracket opened and not closed is a placeholder cut at its bracket: "client_secret=[REDACTED]&…".)
const placeholder = /^(?:[*x•.·#_-]+|\[[^\]]*\]?|<[^>]*>?|\$\{[^}]*\}?|\{\{[^}]*\}\}|%[a-z_]+%|\$[A-Z_]+)$/i;
/** Words that follow `password:` or `token is` in prose without being a secret. */
const notSecret = new Set(
  (
    'reset required incorrect invalid wrong expired missing empty null none undefined true false yes no ' +
    'not correct changed updated rejected accepted same different ok okay fine set unset hidden redacted ' +
    'masked protected encrypted hashed stored saved sent working broken revoked rotated valid needed ' +
    'bearer basic the a an my your our this that it still also being please type header field value ' +
    'manager policy strength reset_required expiry expiration length complexity'
  ).split(' '),
);

function plausibleSecret(value: string, prose: boolean): boolean {
  if (value.length < 4 || placeholder.test(value)) return false;
  const lower = value.toLowerCase().replace(/[.!?]+$/, '');
  if (notSecret.has(lower)) return false;
  // A Wi-Fi network's security type after "Network key:" ("WPA2-Personal").
  if (/^(?:wpa[23]?|wep|open)(?:[-/ ]|$)/.test(lower)) return false;
  // In prose ("the password is …") demand something a word does not have: a digit, a symbol or mixed case.
  if (prose && /^[a-z]+$/.test(value)) return false;
  // … nor a resource's name in kebab case: 'secret "relaybase-agent-creds" not found'.
  if (prose && /^[a-z]+(?:-[a-z]+)+$/.test(value)) return false;
  return /[^A-Za-z]/.test(value) || value.length >= 6;
}

// An AWS secret access key is 40 base64 characters; without a name next to it, it is only taken when an
// access key id is in the same text.
const awsSecret =
  /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]*[0-9])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const awsKeyId = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/;

const laterWords: ReadonlySet<string> = new Set([
  'password',
  'passwort',
  'passwd',
  'pwd',
  'pw',
  'contraseña',
  'senha',
]);
const quotedLater = /[^\n"“]{0,80}?["“]([^\s"”]{8,64})["”]/y;
/** Lower-case letters and digits, as people choose them ("blackfriday99", "maplesyrup_1967"). */
const lowerAndDigits = /^(?=.*\d)[a-z][a-z0-9_]*$/;
/** Quoted right after the word: 'telephone password "marmalade"', 'password: "correct horse"'. */
// … in brackets, or after "word": 'the passcode ("bluebird77")', 'gave password word "kingfisher"'.
const quotedRight = /(?:[ \t]+word)?[ \t]*(?:[:=][ \t]*)?\(?["“]([^"”\s][^"”\n]{2,38}[^"”\s])["”]/y;
/** Words joined by hyphens and a number, as passphrase generators write them: "tulip-river-42". */
// ("Marigold-Rain-44": the words capitalised too.)
const passphraseShaped = /^[A-Za-z][a-z]{2,}(?:-[A-Za-z][a-z]{2,}){1,3}-\d{1,4}$/;
const passphrases =
  /(?<![^\s"'(])[A-Za-z][a-z]{2,}(?:-[A-Za-z][a-z]{2,}){1,3}-\d{1,4}(?=[.,;:!?)"']*(?:\s|$))/g;
/** Slugs of that shape that name a page or a step, not a passphrase. */
const slugWord =
  /(?:^|-)(?:password|passwords|reset|release|notes|version|build|policy|update|page|step|part|phase|sprint|week|day|issue|ticket|order|plan|tier|batch)(?:-|$)/i;
const changedTo =
  /[\s\S]{0,200}?(?:chang\w*|reset|updat\w*)[ \t]+it[ \t]+to[ \t]+([^\s"'`<>,;()[\]{}]{8,64}?)(?=[.,!?;:]?(?:\s|$))/iy;

const passwordAfterWords =
  /(?:[ \t]+[a-z]+){1,4}(?:[ \t]*:[ \t]*["'“]([^"'”\s]{4,64})(?=["'”])|[ \t]*\((?=[^()\s]{6,64}\))([^()\s]{6,64})|[ \t]*:[ \t]*([^\s"'<>,;()]{6,64}?)(?=[.,;]?(?:\s|$)))/y;

const wifiOnLine = /(?<![a-z])(?:wi-?fi|wlan|ssid)(?![a-z])/i;

/** A password written right after the word (`password Kb!ngsTemp2024`) or just before it (`… is the password`). */

function passwordNamed(
  text: string,
  key: number,
  wordStart: number,
  wordEnd: number,
  word: string,
): { start: number; value: string } | undefined {
  // Only after the word on its own: in `bad_password ts=…` the word is part of a key name.
  const q =
    key === wordStart && !/["“]/.test(text[wordStart - 1] ?? '') ? execAt(quotedRight, text, wordEnd) : null;
  if (q && !notSecret.has(q[1]!.toLowerCase()) && !placeholder.test(q[1]!) && q[1]!.split(' ').length <= 4)
    return { start: wordEnd + q[0].lastIndexOf(q[1]!), value: q[1]! };
  const a = key === wordStart ? execAt(passwordAfter, text, wordEnd) : null;
  // "Password policy_v2", "password reset_v2": a compound's word joined to a number is none.
  const compound = compoundNoun.test(text.slice(wordEnd, wordEnd + 16));
  // A sentence may end right after the value; `!` and `?` stay, passwords often end with one.
  const next = a?.[1]!.replace(/[.,:;]+$/, '');
  // `bad_password ts=2024-03-05T10:22:31Z`: a key name and the next field, not a password.
  // … or letters and digits joined by "_", "-" or "." ("password surfsup_2539").
  if (
    a &&
    next &&
    (randomShaped(next) ||
      (!compound && joinedWordAndNumber.test(next)) ||
      // "Wifi: Net-Flat12 / pw sunnyquay2025": a network's password, letters and digits.
      (lowerAndDigits.test(next) && wifiOnLine.test(text.slice(lineStartWithin(text, key, 60), key)))) &&
    !versionLike.test(next) &&
    !/[=:]/.test(next)
  )
    return { start: wordEnd + a[0].length - a[1]!.length, value: next };
  if (compound) return undefined;
  // A few words first: 'password on file: "bluejay47"', "temporary password given by phone (Kx7-pfQ2-91)".
  const w = key === wordStart ? execAt(passwordAfterWords, text, wordEnd) : null;
  if (w) {
    const v = w[1] ?? w[2] ?? w[3]!;
    // Unquoted, a symbol inside or letters and digits mixed twice: "(Windows11)", "changed: 12Mar2024" are none.
    const shaped =
      w[1] !== undefined
        ? /[a-z]/i.test(v) && /\d/.test(v)
        : (randomShaped(v) &&
            (/[!#$%^&*?~+=-]/.test(v) || (v.match(/[a-z]\d|\d[a-z]/gi)?.length ?? 0) >= 2) &&
            !/^\d{1,2}[a-z]{3}\d{2,4}$/i.test(v)) ||
          (passphraseShaped.test(v) && !slugWord.test(v));
    if (shaped && !versionLike.test(v) && !/[@/=]/.test(v))
      return { start: wordEnd + w[0].length - v.length, value: v };
  }
  // Later on the line: quoted ("pasted their account password right in the ticket body \"Summer2024!Shield\""),
  // or what "it" was changed to ("my password expired … i tried changing it to Thistle!Banana42").
  // Only after the word itself ("se passe", "parola" are other words too), and no address or version ("bumped
  // \"bcrypt@5.1.1\"").
  const later =
    key === wordStart && laterWords.has(word)
      ? (execAt(quotedLater, text, wordEnd) ?? execAt(changedTo, text, wordEnd))
      : null;
  if (
    later &&
    ((randomShaped(later[1]!) && /[!#$%^&*?~+=]/.test(later[1]!)) || lowerAndDigits.test(later[1]!)) &&
    !/@|\d\.\d/.test(later[1]!)
  )
    return {
      start:
        wordEnd +
        later[0].length -
        later[1]!.length -
        (later[0].endsWith('"') || later[0].endsWith('”') ? 1 : 0),
      value: later[1]!,
    };
  // The line before the key, 100 characters at most: the newline is searched for only in those (a search back to
  // the line's start, for each word of a long key name in a long line, was quadratic).
  const lineStart = lineStartWithin(text, key, 100);
  const b = passwordBefore.exec(text.slice(lineStart, key));
  if (b && randomShaped(b[1]!) && !versionLike.test(b[1]!))
    return { start: lineStart + b.index, value: b[1]! };
  return undefined;
}

// Keys of other providers in the same shape as Stripe's: "ak_live_…", "rzp_test_…", "key_prod_…".
// The key part mixes digits and capitals ("app_prod_customerorders" is a table).
// … with the key's kind after the mode: "bl_live_sk_7Qm2…".
const keyedPrefix =
  /[A-Za-z]{2,4}_(?:live|test|prod|pat|token|secret)_(?:(?:sk|rk|pk|key|secret)_)?(?=[A-Za-z_]*\d)(?=[a-z0-9_]*[A-Z])[A-Za-z0-9][A-Za-z0-9_]{13,}(?![A-Za-z0-9_-])/y;
const keyedMark = /_(?:live|test|prod|pat|token|secret)_/y;

/** From each underscore `prefixStarts` listed that may open `_live_`, `_test_`, `_prod_`, `_pat_`, `_token_` or `_secret_`. */
function keyedSecrets(text: string, marks: readonly number[], out: Span[], first: number): void {
  let after = 0;
  for (const u of marks) {
    if (u < after) continue;
    keyedMark.lastIndex = u;
    if (!keyedMark.test(text)) continue;
    let at = u;
    // (A service's prefix in capitals too: "ABK_live_…".)
    while (at > 0 && u - at < 4 && /[A-Za-z]/.test(text[at - 1]!)) at--;
    if (u - at < 2 || gluedBefore(text, at)) continue;
    const m = execAt(keyedPrefix, text, at);
    if (!m || out.some((s, k) => k >= first && s.start <= at && at < s.end)) continue;
    push(out, at, m[0]);
    after = at + m[0].length;
  }
}

// "APIキー: …", "パスワード：…", "密码：…", "비밀번호: …", "пароль: …": a key or password label in another script.
const scriptSecretLabel =
  /(?:APIキー|API キー|パスワード|暗証番号|密码|密碼|口令|密钥|秘钥|비밀번호|암호|API 키|пароль|ключ API|كلمة المرور|كلمة السر|पासवर्ड)[ \t]*[:：=][ \t]*([^\s"'`<>,;，。、]{6,200})/giu;

function push(out: Span[], start: number, value: string) {
  out.push({ start, end: start + value.length, type: 'secret' });
}

/** Pushes the last group of `m`, which ends the match, when the match starts at `at`. */
function pushLast(out: Span[], at: number, m: RegExpExecArray): void {
  push(out, at + m[0].length - m[1]!.length, m[1]!);
}

// "it was Sunflower!2019 or Sunflower!2020", "Tr0ub4dor&3 / Tr0ub4dor&4": a second guess after the password. Only a
// value shaped like one, with a symbol: "or Sunday" and "or ORD-2291" stay.
const alternative =
  /[ \t]*(?:or|and|,|\/)[ \t]+(?:maybe[ \t]+)?([^\s"'`<>,;()[\]{}]{6,64}?)(?=[.,;:?]?(?:\s|$))/iy;

/** Pushes the secret at `start` and a second guess right after it; returns where what was taken ends. */
function pushWithAlternative(text: string, out: Span[], start: number, value: string): number {
  push(out, start, value);
  const end = start + value.length;
  const m = execAt(alternative, text, end);
  if (!m || !randomShaped(m[1]!) || !/[!#$%^&*?~+=]/.test(m[1]!) || /@|\d\.\d/.test(m[1]!)) return end;
  const at = end + m[0].length - m[1]!.length;
  push(out, at, m[1]!);
  return at + m[1]!.length;
}

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// A value shaped as only a password is, near the word: "Set a new password now.\nVisitor: done, used
// Marmalade#Kettle77", "Temp pw issued: Rv7$kPq2!mXe", "Hasło tymczasowe … to Zx9!pKw2#Lm". Lower and upper case, a
// digit and a symbol; no URL, path, address or query string.
// The look-aheads read no further than a value can be long (unbounded ones read to the end of every run of
// non-blanks, from every quote and bracket in it). The symbol stands inside the value: "Office365?" and "Pixel8Pro!!"
// end a question, and "Order#48213" is an id.
const passwordShaped =
  /(?<![^\s"'(])(?=\S{0,39}[a-z])(?=\S{0,39}[A-Z])(?=\S{0,39}\d)(?=\S{0,39}[!#$%^&*?~@])[A-Za-z0-9!#$%^&*?~@+_-]{8,40}(?=[.,;:!?)"']*(?:\s|$))/g;
const assignedBefore = /(?:^|[^\p{L}])(?:was|is|to|used|it's|it’s|its|be|as|:)[ \t]+$/iu;
/** "i tried Summer2024!!": what was tried, unless a question ends there ("tried Office365?"). */
const triedBefore = /(?:^|[^\p{L}])tried[ \t]+$/iu;
const idWithHash =
  /^(?:order|ticket|room|case|invoice|ref|item|po|sku|unit|apt|no|issue|bug|pr|job|build|seat|gate)#\d+[a-z]?$|^[A-Z]{2,}-\d/i;
/** Where the word pass found a password's word ("password", "pw", "hasło" …), in text order. */
function passwordWords(words: Words): number[] {
  const at: number[] = [];
  for (let k = 0; k < words.values.length; k++)
    if (words.flags[k]! & WordFlag.secret && passwordWord.test(words.values[k]!.replace(/s$/, '')))
      at.push(words.starts[k]!);
  return at;
}

// A password handed over, named earlier in its sentence: "pedindo minha senha do app e eu passei: Fe@ribeiro77", "the
// password for the portal, I gave him Kx!82mPq". Random only: lower case, a digit, and upper case or a symbol.
const passwordHanded =
  /[\p{L}]+(?:[ \t]+[^.\n]{0,40}?)?(?<![\p{L}])(?:passei|dei|informei|falei|disse|mandei|pasé|di|gave|told|typed|entered|shared|sent)(?:[ \t]+(?:it|them|him|her|ele|ela|le))?[ \t]*:?[ \t]+([^\s"'<>,;()]{6,64}?)(?=[.,;:!?)]*(?:\s|$))/uy;

// … or the last of several tried: "I have tried all the passwords, the last one was "Mabuhay@1990"".
const lastPasswordTried =
  /passwords[^.\n]{0,40}?(?:the[ \t]+)?(?:last|latest|newest)[ \t]+one[ \t]+(?:was|is)[ \t]*:?[ \t]*["“']?([^\s"”'<>,;()]{6,64}?)["”']?(?=[.,;:!?)]*(?:\s|$))/iy;

function passwordsHanded(
  text: string,
  lower: string,
  near: readonly number[],
  plural: boolean,
  out: Span[],
): void {
  for (const at of near) {
    const m = execAt(passwordHanded, text, at);
    if (m && randomShaped(m[1]!)) pushLast(out, at, m);
  }
  if (!plural) return;
  for (let at = lower.indexOf('passwords'); at >= 0; at = lower.indexOf('passwords', at + 9)) {
    const m = execAt(lastPasswordTried, text, at);
    if (m && randomShaped(m[1]!)) push(out, at + m[0].lastIndexOf(m[1]!), m[1]!);
  }
}

// An app password as Google and others show it: four groups of four letters, after the word as a label ("Password:
// qhzx mvtr plkd wneb") or after "app password … is".
const appPassword =
  /[a-z]*[ \t]*[:=][ \t]*([a-z]{4}(?:[ \t][a-z]{4}){3})(?![a-z])|(?<=app[ \t]+)[a-z]*(?:[ \t]+[a-z'’]+){0,3}?[ \t]+(?:is|was)[ \t]*:?[ \t]*([a-z]{4}(?:[ \t][a-z]{4}){3})(?![a-z])/y;

function appPasswords(text: string, lower: string, near: readonly number[], out: Span[]): void {
  for (const at of near) {
    const m = execAt(appPassword, lower, at);
    const value = m?.[1] ?? m?.[2];
    // In lower case as written: "Password: Very Long Text Here" is no app password.
    if (m && value && text.slice(at + m[0].length - value.length, at + m[0].length) === value)
      out.push({ start: at + m[0].length - value.length, end: at + m[0].length, type: 'secret' });
  }
}

/** What a password given near a login's word follows: "is", "to", a colon, "old one", a user's name and "/". */
const givenBefore = /(?:(?:^|[^\p{L}])(?:was|is|to|used|it's|it’s|its|be|as|one)|[:/])[ \t]+$/iu;

/** Whether one of `places` is within 200 characters before `start` or on the line after `end` (80 at most). */
function nearValue(lower: string, places: readonly number[], start: number, end: number): boolean {
  const k = bisect(places, start);
  if (k > 0 && places[k - 1]! >= start - 200) return true;
  const nl = lower.slice(end, end + 80).indexOf('\n');
  return k < places.length && places[k]! < end + (nl < 0 ? 80 : nl);
}

function passwordShapedValues(
  text: string,
  lower: string,
  near: readonly number[],
  login: readonly number[],
  out: Span[],
): void {
  // With a password's word, the whole text is read; with a login's words only, the stretches around them (a
  // search of the whole text for every "reset" cost a tenth of a body without PII).
  const windows = near.length > 0 ? [0, text.length] : loginWindows(login, text.length);
  for (let w = 0; w < windows.length; w += 2) {
    passwordShaped.lastIndex = windows[w]!;
    for (let m = passwordShaped.exec(text); m && m.index < windows[w + 1]!; m = passwordShaped.exec(text))
      passwordShapedValue(text, lower, near, login, m, out);
  }
}

/** The stretches, as start and end pairs, where a value a login's word stands near may be. */
function loginWindows(login: readonly number[], length: number): number[] {
  const windows: number[] = [];
  for (const at of login) {
    const from = Math.max(0, at - 80);
    const to = Math.min(length, at + 240);
    if (windows.length > 0 && from <= windows[windows.length - 1]!) windows[windows.length - 1] = to;
    else windows.push(from, to);
  }
  return windows;
}

function passwordShapedValue(
  text: string,
  lower: string,
  near: readonly number[],
  login: readonly number[],
  m: RegExpExecArray,
  out: Span[],
): void {
  const value = m[0].replace(/[.,;:]+$/, '');
  if (idWithHash.test(value)) return;
  // "Bhiwandi@2023#" is a password; "Ops@Acme2024.example" and "@Priya2024!" a mailbox and a handle.
  if (value.includes('@') && (value[0] === '@' || /^\.\w/.test(text.slice(m.index + m[0].length)))) return;
  // … and "Admin@Site1", "jdoe@Corp2024" a user's name: an "@" needs a digit after it or another symbol.
  if (value.includes('@') && !/@\d/.test(value) && !/[!#$%^&*?~]/.test(value)) return;
  // A symbol only at the end ("Office365?", "Pixel8Pro!!") ends a sentence, unless the value is what something was
  // ("before it was Swans3a!!").
  const lead = text.slice(Math.max(0, m.index - 12), m.index);
  if (
    !/[!#$%^&*?~@][A-Za-z0-9]/.test(value) &&
    !assignedBefore.test(lead) &&
    // … with two symbols or more at the end ("Summer2024!!"; "I tried Windows11!" is an exclamation).
    !(triedBefore.test(lead) && /[!#$%^&*~][!#$%^&*?~]$/.test(value))
  )
    return;
  const end = m.index + value.length;
  // The word before it (up to 200 characters, the line before too), or after it on its line; a login's word
  // only where the value is given ("the current one is Hx!92mPq#rT4vL", not "the reset job SyncJob#88412").
  if (
    nearValue(lower, near, m.index, end) ||
    (login.length > 0 && givenBefore.test(lead) && nearValue(lower, login, m.index, end))
  )
    // … and a second guess after it: "i tried Summer2024!! and summer2024!!".
    passwordShaped.lastIndex = pushWithAlternative(text, out, m.index, value);
}

/**
 * Passphrases near the word, or near "passwords": "the temporary passwords you generated. For example Harvey's is
 * tulip-river-42".
 */
function passphrasesNear(
  text: string,
  lower: string,
  near: readonly number[],
  plural: boolean,
  out: Span[],
): void {
  let places = near;
  if (plural) {
    const all = [...near];
    for (let i = lower.indexOf('passwords'); i >= 0; i = lower.indexOf('passwords', i + 9)) all.push(i);
    places = all.sort((a, b) => a - b);
  }
  passphrases.lastIndex = 0;
  for (let m = passphrases.exec(text); m; m = passphrases.exec(text)) {
    if (slugWord.test(m[0])) continue;
    const k = bisect(places, m.index);
    if (
      (k > 0 && places[k - 1]! >= m.index - 200) ||
      (k < places.length && places[k]! < m.index + m[0].length + 80)
    )
      out.push({ start: m.index, end: m.index + m[0].length, type: 'secret' });
  }
}

// "Using key EXAMPLEKEY-7f3a9c21d4e84b0a": a key alone names many things, but not before a long random token.
/** A database's or a request's key: "primary key OrderItems2024", "idempotency key …". */
const dataKeyBefore =
  /(?:primary|foreign|sort|partition|composite|unique|idempotency|cache|object|s3|map)[ \t_-]+$/;
const wifiBefore = /(?<![a-z])(?:wpa[23]?(?:-psk)?|psk|wi-?fi|ssid|wireless)(?![a-z])[^\n]*$/;
/** "primary key", "license key": some other key. */
const keyQualifier =
  /(?:primary|foreign|sort|partition|license|licence|product|api|ssh|public|private|registry|access|activation|encryption|recovery|data|cache|room|door|card|car|house|front|hotel|locker)[ \t]+$/;
const wifiKeyValue = /key(?:[ \t]+(?:is|was))?[ \t]*[:=]?[ \t]*([^\s"'<>,;()]{8,63}?)(?=[.,;]?(?:\s|$))/y;
/** … or after a few words and a colon: "API key used for the test calls: cg_test_EXAMPLE_4bN8sK2pQ7wE". */
const keyLaterToken =
  /[Kk]ey(?:[ \t]+(?!(?:[Nn]ame|[Ii][Dd]|[Pp]air|[Vv]ault|[Ff]ingerprint|[Aa]lias|[Ll]abel|ARN|arn|[Tt]ype)(?![A-Za-z]))[A-Za-z()'’,-]+){1,6}:(?:[ \t]*\n){0,2}[ \t]*(?=[^\s]*[a-z])(?=[^\s]*[A-Z])(?=[^\s]*\d)([A-Za-z0-9/+=_.-]{16,200}?)(?=[.,;:)]?(?:\s|$))/y;
const keyThenToken =
  /key(?:[ \t]+(?:is|was))?[ \t]+(?=[^\s]*[a-z])(?=[^\s]*[A-Z])(?=[^\s]*\d)([A-Za-z0-9/+=_.-]{16,200}?)(?=[.,;:)]?(?:\s|$))/y;
/** … or 32 to 64 hex digits: "Key was 4f1c2a9e8b7d6c5e3a1f0b9d8c7e6a52 and the app key d3b07384d113…". */
const keyThenHex =
  /[Kk]ey(?:[ \t]+(?:was|is))?[ \t]*[:=]?[ \t]*([0-9a-f]{32,64}|[0-9A-F]{32,64})(?=[.,;:)]?(?:\s|$))/y;
/** … or an authenticator's setup key in base32: "the setup key that was shown when I enrolled: JBSWY3DP…". */
const keyThenBase32 =
  /[Kk]ey(?:[ \t]+[A-Za-z'’,-]+(?![A-Za-z0-9])){0,6}[ \t]*[:=]?[ \t]*((?=[A-Z2-7]{0,63}[2-7])[A-Z2-7]{16,64})(?=[.,;:)]?(?:\s|$))/y;
const seedKeyBefore = /(?:setup|set-up|secret|totp|2fa|mfa|otp|authenticator|seed)[ \t_-]+$/;
/** A key that is no one's secret, or a hash of one (a data key's are `dataKeyBefore`'s). */
const publicKeyBefore = /(?:public|pub|verification|fingerprint|dedupe|row)[ \t_-]+$/;

// "my recovery codes from setup, first two are 4839-2716-0550 and 9124-6603-8871".
// ("backup codes from the PDF you gave me at setup and each one says "invalid": 4829-1173, 7305-6621", "backup
// codes — the first one is 4829-1037-5561".)
// … or on the next line, apart by spaces ("these backup codes when i set up 2fa:\n448210 771093 562904").
const recoveryCodes = /codes[^\n.]{0,90}?(?:are|were|is|:)(?:[ \t]+|[ \t]*\n[ \t]*)/y;
const recoveryBefore = /(?:recovery|backup|2fa|mfa)[ \t]+$/;
const codeItem =
  /(\d{4}(?:[ -]\d{4}){1,3}|\d{6,10}|(?=[a-z]{0,4}\d)[a-z0-9]{4,5}-[a-z0-9]{4,5})(?![\p{L}\p{N}-])(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]*|[ \t]+(?=\d{6,10}(?![\p{L}\p{N}-])))?/uy;

/** The items of a list from `at`, each matched sticky by `item` (the secret in its group 1). */
function pushListed(lower: string, at: number, item: RegExp, out: Span[]): void {
  for (let c = execAt(item, lower, at); c; c = execAt(item, lower, at)) {
    out.push({ start: at, end: at + c[1]!.length, type: 'secret' });
    at += c[0].length;
  }
}

// Recovery and backup codes in the lines after their name, however the list is written: random groups of letters
// and digits anywhere ("Remaining unused ones are 7PZR-93TD, 4WNC-6HLA"; "  4QX7-91LM  (used)"), or two groups of
// four digits alone on a line ("which one do I use?\n\n7310 9284\n5527 0461").
const codeGroupAfter =
  /(?<![\p{L}\p{N}-])(?=[a-z-]{0,11}\d)(?=[\d-]{0,11}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){1,3}(?![\p{L}\p{N}-])|(?<=\n[ \t]*)\d{4}[ -]?\d{4}(?=[ \t]*(?:\n|$))/gu;

function recoveryCodesInProse(lower: string, out: Span[]): void {
  // "… shared his backup codes with me while he's on leave. Codes: 7731 9920, 5582 1047": "codes" again soon after.
  let recovery = -1;
  for (let i = lower.indexOf('codes'); i >= 0; i = lower.indexOf('codes', i + 5)) {
    if (recoveryBefore.test(lower.slice(Math.max(0, i - 12), i))) recovery = i;
    else if (recovery < 0 || i - recovery > 200) continue;
    const m = execAt(recoveryCodes, lower, i);
    if (m) pushListed(lower, i + m[0].length, codeItem, out);
    const window = lower.slice(i, i + 300);
    codeGroupAfter.lastIndex = 0;
    for (let c = codeGroupAfter.exec(window); c; c = codeGroupAfter.exec(window))
      out.push({ start: i + c.index, end: i + c.index + c[0].length, type: 'secret' });
  }
}

// A BitLocker recovery key: eight groups of six digits.
const bitlockerKey = /(?<![\d-])\d{6}(?:-\d{6}){7}(?![\d-])/g;

const gluedBefore = (text: string, i: number) => i > 0 && /[A-Za-z0-9_-]/.test(text[i - 1]!);

// A request's Cookie header: each cookie's value is a session credential ("Cookie: lh_session=EXAMPLEc0ok13…").
// Values of eight characters or more with a letter and a digit; flags and short preferences are none.
const cookieHeader = /(?:^|\n)[ \t>]*cookie:[ \t]*([^\n]*)/g;
const cookieValue = /([A-Za-z0-9_.-]+)=([^;\s]{8,400})/g;

// A session cookie pasted on its own, from a HAR file or the browser's tools, named a cookie shortly before:
// "The HAR contains a live session cookie:\n  bl_session=s%3A9fKx…". A session's id in a log line is none
// ("telemetry: session=792b090d-…").
const sessionCookie = /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*(?:session|sess|sid)=([^;\s"'<>]{16,400})/gi;

function sessionCookies(text: string, lower: string, out: Span[]): void {
  sessionCookie.lastIndex = 0;
  for (let m = sessionCookie.exec(text); m; m = sessionCookie.exec(text)) {
    const value = m[1]!;
    if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) continue;
    if (!lower.slice(Math.max(0, m.index - 160), m.index).includes('cookie')) continue;
    pushLast(out, m.index, m);
  }
}

const analyticsCookie = /^_(?:ga|gid|gat|gcl|fbp|fbc|hj|uet|clck|clsk)(?:_|$)/;

function cookies(text: string, lower: string, out: Span[]): void {
  cookieHeader.lastIndex = 0;
  for (let h = cookieHeader.exec(lower); h; h = cookieHeader.exec(lower)) {
    const from = h.index + h[0].length - h[1]!.length;
    const line = text.slice(from, from + h[1]!.length);
    cookieValue.lastIndex = 0;
    for (let c = cookieValue.exec(line); c; c = cookieValue.exec(line)) {
      const value = c[2]!;
      if (!/[A-Za-z]/.test(value) || !/\d/.test(value)) continue;
      // Analytics cookies ("_ga=GA1.2.1234567890.1718000000", "_fbp=fb.1.…") count visits, they open no session.
      if (analyticsCookie.test(c[1]!)) continue;
      const start = from + c.index + c[0].length - value.length;
      out.push({ start, end: start + value.length, type: 'secret' });
    }
  }
}

// Short numeric credentials named as such: "PIN 8837", "the SMS code 604918", "OTP: 771 204", "Device passcode
// (optional, …): 271828". Not an authorisation, confirmation or error code, which identify a transaction.
// Matched sticky at each of those words the word pass flagged.
// A few words may stand between: "the code they sent, 583019", "OTP, I give him 5512".
const numericCodeAt =
  /(?:[mt]?pin|otp|passcode|code|combination|combo|keypad|puk2?)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:is|was)|[ \t]+(?:number|no\.?)|['’]s)?(?:[ \t]*\([^()\n]{0,80}\))?(?:[ \t]+[—–-](?=[ \t])|[,;]?[ \t]+\(?(?:they|you|u|i|we|he|she|it|it's|it’s|its|sent|texted|gave|give|given|got|him|her|me|them|was|is|set|to|from|the|customer|read|out|back|entered|typed|said|which|think|thought|up|as|be|just|have|left|that|came|coming|comes|arrived|by|on|text|sms|email|us|assigned|issued|provided|received|printed|so|padlock|lock)){0,8}[ \t]*[:#=,(]?[ \t]*(\d{3}[ \t]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2}|\d{4}[- ]\d{4}|\d{5}-\d{5}|\d#\d{3,6}|\*?\d{4,8}|\d(?:[- ]\d){3,7}|(?=[a-z0-9]{0,3}\d)(?=[a-z0-9-]{0,8}[a-z])[a-z0-9]{4}-[a-z0-9]{4}(?![a-z0-9-]))(?![\d\p{L}/-]|[.,]\d|[ \t]\d{3})/uy;
const credentialCodeLead =
  /(?:sms|text|txt|verification|one[- ]time|2fa|security|login|disarm|alarm|lockbox|key ?box|key ?safe|door|gate|garage|access|backup|recovery|dock|entry|lobby|keypad|collection|locker|master|engineer|e-?mail|fresh|handover|\d-digit|(?:sen[dt]|te?xte?d|txt)(?:[ \t]+(?:me|you|us|him|her)|(?=[ \t]+(?:a|an|the|my|new)[ \t])))(?:[ \t]+(?:with|w\/?|a|an|the|my|new))*(?:[ \t]+|[ \t]*\()$|(?:lockbox|key ?box|door|gate),[ \t]+$/;
/** A code sent earlier in the conversation: "triggered a new code by voice call.\nCustomer: got it, code is …". */
const codeSentBefore =
  /(?:one-time|verification|otp|2fa|sms|new|\d-digit)[ \t]+code|code[ \t]+(?:sent|to (?:your|the)|from[ \t]+(?:the|my|an?)[ \t]+(?:sms|text|e-?mail))/;
// The reply on the next line: a speaker's label, after a time in brackets or not ("[14:05] Customer:", "21:06
// Visitor:"), then the code ("got it: 90-44-12", "ok got it now 381904", "is it still 7350").
const codeReplyTail = String.raw`\n(?:\[[^\]\n]{1,24}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]m)?[ \t]+)?[^\n:]{1,30}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?:[ \t]*(?:(?:got[ \t]+it|ok|okay|yes|sure|its|it's|it’s|it[ \t]+is|here|s?he[ \t]+says|they[ \t]+say|it[ \t]+says|is[ \t]+it[ \t]+still|now|still|um|uh|got|(?:i[ \t]+)?(?:set|changed)[ \t]+it[ \t]+to)[,.!:?]?[ \t]*){0,3}(\d{3}[ \t-]?\d{3}|\d{2}[ \t-]\d{2}[ \t-]\d{2}|\d{4,8}|(?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4}(?:-[a-z0-9]{4}){2,4})(?=[ \t]*(?:\n|$|[,.!;][ \t]|(?:but|and|thx|thanks|pls|please)(?![a-z])))`;
/**
 * A code sent in a chat and the customer's next line holding only digits: "New code sent to the mobile on
 * file.\nCustomer: 339201".
 */
const codeReply = new RegExp(
  String.raw`code(?:[ \t]+(?:we|i|they)(?:[ \t]+just)?)?[ \t]+(?:sent|texted|text|emailed|has[ \t]+been[ \t]+sent)[^\n]{0,60}` +
    codeReplyTail,
  'y',
);
/** The customer's next line after "sent a code to …": "sent a code to the email on file.\nCustomer: got it, 77 31 09". */
const codeReplyLine = new RegExp(String.raw`(?:code|otp|[mt]?pin)[^\n]{0,100}` + codeReplyTail, 'y');
// ("I've triggered a fresh OTP, please enter it within 5 min.\nAnanya: got it, 582046".)
const sentBefore =
  /(?:send|sent|text|texted|email|emailed|triggered|generated|resent|issued)(?:[ \t]+(?:me|you|us|him|her))?[ \t]+(?:a|an|the)(?:[ \t]+(?:new|fresh|one-time|verification|security|login|\d-digit))?[ \t]+$/;
/**
 * What makes a "code" a credential's further back in the text: "the key-safe open!! code is 1938", "the keys are in
 * the key safe by the back door (code 0417)".
 */
const credentialContext =
  /key[- ]?safe|lock ?box|key ?box|sleutelkast|sleutelkluis|buzzer|intercom|(?<![a-z_])(?:gate|alarm|door|garage|lobby|keypad|dock|elevator|otp|2fa|panel|locker)s?(?![a-z_])|verif|one-time|texted|log ?in|sign[- ]in|passcode/;
/** … of which these name a code sent to the person, further back in a conversation too. */
const sentCodeContext = /(?<![a-z_])(?:otp|2fa)(?![a-z_])|verification|one-time|passcode/;
/** A code named further back in its clause: "the alarm panel code by the front door is 7741". */
// ("the new alarm code for Level 12 from today is 5 2 9 7": a short number among the words, a code spaced out.)
const codeInClause =
  /(?:(?:pass)?code|pin|puk)(?:[ \t]+(?!and(?![a-z])|but(?![a-z])|or(?![a-z])|bill(?![a-z])|price(?![a-z]))(?:\(?[a-z'’-]+|\d{1,3}(?![\d.,:]))){1,7}?(?:(?:[ \t]+(?:is|was)|:)[ \t]+|[ \t]+\((?=\d{4,8}\)))(\d{3}[ \t-]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2}|\d{4,8}|\d(?: \d){3,7}(?![ \t]\d))(?![\d\p{L}/-]|[.,]\d|[ \t]\d)/uy;
/** What follows India's postal "pin code": six digits. */
const postalPinAfter = /^pin(?:[ \t]+code)?(?:[ \t]+(?:is|no\.?|number))?[ \t:-]*\d{3}[ ]?\d{3}(?!\d)/;
/** A key safe's or lockbox's combination without the word "code": "Key safe by the laundry door: 0422". */
const boxCombination =
  /(?:key[- ]?safe|lock ?box|key ?box)(?:[ \t]+[a-z'’-]+){0,6}?(?:[ \t]+(?:is|was)|:)[ \t]+(\d(?: \d){3,7}(?![\d])|\d{3,8}[#*]?)(?![\d\p{L}])/gu;
const identifierNear = /invoice|order|ticket|account|amount|ref|case|booking/;
const postalPinBefore = /(?:delivery|postal|area|address|city)[ \t]+(?:pin[ \t]+)?$/;
const aboutTheBox =
  /[ \t](?:model|brand|type|size|price|cost|version|sku|order|bought|sold|ordered|paid|delivered|arrived)(?![a-z])|\d[ \t]+(?:reviews?|units?|items?|dollars|pounds|euros)/;
/** A PIN remembered in a sentence of its own: "pls reset my card pin. … pretty sure its 4071 or 4017". */
const pinGuess =
  /(?:pretty sure|i think|i believe|probably|maybe|(?<=[.!?][ \t]{1,2}))[ \t]*(?:it'?s|it’s|it is|it was)[ \t]+(\d{4,8})(?:[ \t]*(?:or|,)[ \t]*(\d{4,8}))?(?![\d\p{L}])/gu;
// … or a second reading of a scuffed one: "PIN on the back is 7316 (…, could be 7318?)".
const anotherCode =
  /(?<![a-z])(?:got|another(?:[ \t]+one)?|new[ \t]+one|next[ \t]+one|could[ \t]+be|might[ \t]+be|maybe|(?:says|said|sorry|actually|changed[^.\n\d]{0,24}?)[ \t]+(?:it'?s|it’s|it[ \t]+is))(?:[ \t:]+|,[ \t]*)(\d{3}[ \t]\d{3}|\d{4,8})(?![\d\p{L}/-]|[.,]\d)/u;
const lockNear = /lock|safe|gate|door|keypad|barrier|car[ \t]+park|(?<![a-z])box/;

/** Whether the end of a match at `end` cuts a longer number or word: windows end mid-word. */
const cutAt = (lower: string, end: number) => isWordCode(lower.charCodeAt(end));

/**
 * Another code of the same length as `code`, within 120 characters after `after`: "it sent me code 730418 but then
 * says expired. tried again got 552906".
 */
function codeAgain(lower: string, after: number, code: string, out: Span[]): void {
  const later = anotherCode.exec(lower.slice(after, after + 120));
  if (!later || later[1]!.replace(/ /g, '').length !== code.replace(/ /g, '').length) return;
  if (cutAt(lower, after + later.index + later[0].length)) return;
  pushLast(out, after + later.index, later);
}

/** A year, a time or an amount, which no PIN is: "it's 2019", "it's 1500 EUR", "it is 1530 now". */
const yearOrAmount = (value: string, after: string) => /^(?:19|20)\d\d$/.test(value) || notAPin.test(after);
const notAPin = /^[ \t]*(?:now|here|am|pm|hrs?|h\b|utc|gmt|local|eur|usd|gbp|aud|cad|€|\$|£|o'clock)/;
/** "that code has expired. A new one was sent.\nGuest: 194827": a code sent later on the same line. */
const sentLater = /(?<![a-z])(?:sent|texted|emailed|triggered|generated)(?![a-z])/;
/**
 * … or what the code is for, later on its line: "code is 448120 pls unlock my acc", "a code 720415 by email",
 * "Your Larder & Loom code is 302957. It expires in 10 minutes. Never share it".
 */
const codeUseLater =
  /^code[^\n]{0,40}?(?<![a-z])(?:unlock|log ?in|sign[- ]?in|verify|expired|expires|by[ \t]+(?:e-?mail|sms|text)|valid[ \t]+for|(?:do[ \t]+not|don'?t|never)[ \t]+share)(?![a-z])/;
/** … to the person: "sent me", "sent to my email". */
const sentToMe = /(?<![a-z])(?:sent|texted|emailed)[ \t]+(?:me|to[ \t]+(?:me|my))(?![a-z])/;
const lineAfter = (lower: string, i: number) => {
  const line = lower.slice(i, i + 100);
  const nl = line.indexOf('\n');
  return nl < 0 ? line : line.slice(0, nl);
};
// One-time and access codes named in other languages: "código de verificação 604218", "Kod do domofonu: 2580",
// "codice di verifica 551203".
// … with a clause between ("código de verificación; el que me llegó por mensaje es 305 918"), "SMS z kodem 718 204",
// "doğrulama kodu 731 205".
const foreignCode =
  /(?:c[óo]digo(?=[^.\n\d]{0,40}(?:sms|mensaje|texto|correo))|(?<=(?:mi|meu|su|seu)[ \t]+)c[óo]digo(?=[ \t]*:?[ \t]*\d)|c[óo]digo[ \t]+(?:de[ \t]+)?(?:verifica[çc][ãa]o|verificaci[óo]n|seguridad|seguran[çc]a|acesso|acceso|confirma[çc][ãa]o|confirmaci[óo]n|sms|\d[ \t]+d[íi]gitos)|kod[ \t]+(?:do[ \t]+(?:domofonu|klatki|bramy|drzwi|furtki)|weryfikacyjny|sms|dost[ęe]pu|e-?recepty|recepty|blik)|(?<![\p{L}])blik(?=[ \t]*[:(]?[ \t]*\d)|(?:verificatie|bevestigings|inlog|sms-?)code|sms[ \t]+z[ \t]+kodem(?:[ \t]+(?:weryfikacyjnym|jednorazowym|dostępu))?|doğrulama[ \t]+kodu|codice[ \t]+(?:di[ \t]+)?(?:verifica|sicurezza|accesso)|code[ \t]+(?:de[ \t]+l['’][ \t]*)?alarme|(?:bestätigungs|sicherheits|einmal|freigabe|verifizierungs|zugangs|anmelde|errichter|master|benutzer|alarm)code|senha[ \t]+d[oa][ \t]+(?:portão|portao|portaria|alarme|cadeado|porta|prédio|predio)|code[ \t]+d[ue][ \t]+(?:la[ \t]+|l['’][ \t]*)?(?:boîtier|boitier|boîte|boite|porte|portail|alarme|immeuble|cadenas|coffre|garage)|(?<![\p{L}])(?:combinazione|combinación|combinacion|combinaison|kombination)|(?<![\p{L}])(?:m|push|sms-?|chip|photo)?tan(?=[ \t]*[:(]|[ \t]+(?:lautet|war|ist)[ \t]|[ \t]+\d)|(?<![\p{L}])(?:koden|(?:engångs|säkerhets|verifierings|engangs|sikkerheds|bekræftelses|bekreftelses)kod(?:en?)?|kode[ \t]+(?:otp|verifikasi|keamanan|akses))|(?<![\p{L}])(?:kart[ \t]+)?şifre(?:m|mi|miz|niz|nizi|si|yi)|(?:onay|sms)[ \t]+kodu|(?<![\p{L}])(?:(?:oude|nieuwe|huidige)[ \t]+(?:pin)?code|pincode|toegangscode|alarmcode|deurcode))(?:[ \t:(]*|[^.\n\d]{0,60}?[ \t(](?:es|era|é|est|ist|è|jest|to|is|är|var|er|adalah|lautet|para|:)[ \t]+)(\d{3}[ \t]\d{3}(?![ \t]?\d)|\d{4,8}|\d(?:-\d){3,7})(?![\d\p{L}])/gu;
/** A second guess after a code: "which I think was 2580 or 1379". */
const otherCode =
  /[ \t]+(?:or|then|and(?:[ \t]+then)?)[ \t]+(\d{4}-\d{4}|\d{3}[ \t]\d{3}|\d{4,8})(?![\d\p{L}/-]|[.,]\d)/uy;
// … nor a code after an error's name ("error OTP_DELIVERY_FAILED code 30007").
// … nor a code something shows or returns, or one that names a product, a parcel or a fault ("Login page shows code
// 1020", "Tracking code in the email is 482139").
const notCredentialCode =
  /(?:error|status|exit|http|response|zip|postal|post|promo|discount|area|country|reason|tracking|product|return|fault|order|reference|ref|build|booking|coupon|voucher|gift|confirmation|approval|short|authori[sz]ation|transaction|diagnostic|shows?|showing|displays?|displayed|(?:fails?|failed|errors?|crash(?:es|ed)?)[ \t]+with|item|returns?|returned|throws?|threw|gives|gave|[a-z0-9]_[a-z0-9_]+)[ \t]+$/;
const securityBefore = /(?<![a-z])(?:security|sec|card[ \t]+security|cvv|cvc|[34][- ]digit)[ \t]+$/;
const threeDigits =
  /code[ \t]*(?:is|was|-|\(cvv\))?[ \t]*[:#]?[ \t]*(\d{3}|(?!19|20)\d{4})(?![\d\p{L}]|[.,:]\d|[ \t]+(?:error|status|response|forbidden|http|too|ok|unauthori[sz]ed|not|bad|internal|service|request|found|moved)(?![a-z]))/iuy;
const errorInBracket =
  /[a-z0-9]_[a-z0-9_]+["”']?[ \t]*\($|(?:error|err|status|failed|failure|denied|rejected)[^()\n]{0,24}\($/;
// ("backup code when I set it up: 7KQM-2XWP-93RD": a few words before the colon.)
const groupedCodeAt =
  /code(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]+(?:is|was)|(?:[ \t]+[a-z'’]+){1,6}?(?=[ \t]*[:,]))?[ \t]*[:=,]?[ \t]*["'“]?((?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){2,4})(?![a-z0-9-])/y;
// … or given on the next chat line: "read the redemption code exactly?\nCustomer: she says it's Q7MK-X2RP-9HTW-4LD8".
const groupedReply = new RegExp(
  String.raw`code[^\n?]{0,60}\?[ \t]*${nextSpeakerLine}(?:[^\n]{0,20}?(?:it'?s|it’s|is)[ \t]+)?["'“]?((?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){2,4})(?![a-z0-9-])`,
  'y',
);
/** What makes such a code a credential: a gift card's, a backup or an activation code ("Card code: QH7M-…"). */
const groupedLead =
  /(?:gift|backup|recovery|redeem\w*|redemption|activation|unlock|card)(?![a-z])[^.\n]{0,60}$/;
/** … and what makes it a thing's code: "Part code: XR12-4B7K-9001", "model code". */
const thingCodeBefore =
  /(?:item|part|model|serial|batch|lot|sku|colou?r|shipment|firmware|product|error|promo|discount|tracking|order|plan)[ \t]+$/;
/** After "code": the one the customer set ("the code we set was …"). */
const setCode = /code[ \t]+(?:we|i|you)[ \t]+(?:set|chose|picked)/y;
/** A PIN or code changed to a new one: "changed my debit card PIN at the ATM to 7391". */
const changedBefore = /(?<![a-z])(?:changed?|changing|set|reset|updated?)[ \t]+(?:[a-z'’-]+[ \t]+){0,3}$/;
const codeChangedTo =
  /(?:pin|passcode|code)(?:,?[ \t]+(?!and(?![a-z])|but(?![a-z])|or(?![a-z]))[a-z'’-]+){0,5}?[ \t]+to[ \t]+(\d{4,8})(?![\d\p{L}]|[.,:]\d)/uy;
/** … or changed after its name: "Sub-account admin PIN also reset to 604918", "voicemail pin, reset it to 90817". */
const codeThenChanged =
  /(?:pin|passcode|code),?(?:[ \t]+(?:also|was|has|been|now|just|is|pls|please))*[ \t]+(?:reset|changed?|set|updated?)(?:[ \t]+it)?[ \t]+to[ \t]+(\d{4,8})(?![\d\p{L}]|[.,:]\d)/uy;
/** A code as an OTP is written, three digits and three: "the code is 884 017". */
// … or two digits three times: "Ik heb hem de code 31 88 45 gegeven".
const spacedCodeIs =
  /code(?:[ \t]+(?:is|was))?[ \t:]+(?:\d{3}[ \t]\d{3}|\d{2}[ \t]\d{2}[ \t]\d{2})(?![ \t]?\d)/y;
/** A code typed in, later in its sentence: "it asked for my 4 digit pin and i put 2580 like always", "I gave it to
 * him (6093)". */
const codeEntered =
  /(?:pin|passcode|otp|code)[^\n?!]{0,60}?(?<![a-z])(?:put|typed|typing|entered|entering|keyed|punched|tried|trying|used|using|gave(?:[ \t]+(?:him|her|them|it))?(?:[ \t]+to[ \t]+(?:him|her|them))?|told(?:[ \t]+(?:him|her|them))?|shared|sent(?:[ \t]+(?:him|her|them))?)(?:[ \t]+in)?(?:[ \t]+|[ \t]*\()(\d{4}-\d{4}|\d{3}[ \t]\d{3}|\d{4,8})(?![\d\p{L}]|[.,:-]\d|[ \t]*(?:times|attempts|points|minutes|mins|seconds|secs|hours|days|digits)(?![a-z]))/uy;
/** A code changed from one to another: "change the master code on our panel from 1966 to 4082". */
const codeFromTo =
  /(?:pin|passcode|code)(?:[ \t]+[a-z'’-]+){0,5}?[ \t]+from[ \t]+(\d{4,8})[ \t]+to[ \t]+(\d{4,8})(?![\d\p{L}])/uy;
/**
 * A PIN tried, named after it in brackets: "I've tried 0413 (my old PIN) twice"; not the last group of a longer
 * number ("Zoom 812 5550 3317 (passcode sent in Slack)").
 */
const pinBefore =
  /(?<![\d\p{L}]|\d[ \t.-])(\d{4,8})[ \t]+\((?:(?:my|the|our|his|her)[ \t]+)?(?:(?:old|new|current|usual)[ \t]+)?$/u;
/** After "code": the one sent to the customer ("the code they sent, 583019"). */
const sentCode = /code[ \t]+(?:they|you|u|we|it)[ \t]+(?:sent|texted|gave)/y;
/** A domain's transfer code: "You gave me EPP/auth code 7#qLm2@Vw9!Tz", "the auth/EPP code from the old registrar is …". */
const authCode =
  /(?:epp|auth|authorization|authorisation|transfer)(?:[ \t]*\/[ \t]*(?:auth|epp))?[ \t]+code(?:(?:[ \t]+[a-z]+){0,4}?[ \t]+(?:is|was))?[ \t:]*([^\s"'<>]{6,64})/iy;
const authLead = /(?:epp|auth|authori[sz]ation|transfer)(?:[ \t]*\/[ \t]*(?:auth|epp))?[ \t]+$/;
/** The words a short numeric credential follows, flagged by the word pass. */
export const credentialCodeWords: ReadonlySet<string> = new Set([
  'pin',
  'mpin',
  'tpin',
  'pins',
  'codes',
  "code's",
  'code’s',
  'otp',
  'otps',
  'passcode',
  'code',
  'cvc',
  'cvv',
  'cvv2',
  'csc',
  // Amex's card identification number, near a card ("exp 04/26, CID 4412").
  'cid',
  // A locker's or a padlock's: "Ski room locker 4B, combination 0616".
  'combination',
  'combo',
  // "Garage keypad 2580 if raining", "Side door keypad is 3316#".
  'keypad',
  // A SIM's unblocking key: "the PUK printed on the old card holder is 41738826".
  'puk',
  'puk2',
  // UK number-porting codes (read by codeWordSecrets, not as a short code).
  'pac',
  'stac',
]);
/** PINs named before a colon that ends its line: "these are the pins that worked yesterday:". */
const pinsColon = /pins[^\n.]{0,40}?:[ \t]*(?=\n)/y;
/** The lines right after a list's colon, up to a blank line after them. */
const pinLines = /[ \t]*\n(?:[ \t]*\n)?(?:[^\n]{1,60}\n?){1,12}/y;
const pinLine = /(?<=^|\n)[^\n]{1,40}?[ \t][-–:][ \t]*(\d{4,8})(?=[ \t]*(?:\n|$))/g;
/** PINs listed: "read him the PINs over the phone: 8812, 3390, 0471". */
const pinList = /pins[^\n.]{0,40}?(?:are|were|:)[ \t]+/y;
const pinItem = /(\d{4,8})(?![\d\p{L}])(?:,?[ \t]+(?:and|or)[ \t]+|,[ \t]*)?/uy;
/** A PIN asked for and the next line's answer: "Which PIN are you entering?\n[19:05] Kwame: 4419, …". */
// … or a code asked for, answered with "its": "What's the code for the gate again?\nMe 07:53: no worries. its 1 9 4 7".
const pinReply = new RegExp(
  String.raw`(?:pin|code|passcode)[^\n?]{0,60}\?[ \t]*(?:${nextSpeakerLine}(?:[^\n]{0,30}?(?<![a-z])(?:it'?s|it’s|it[ \t]+is)[ \t]+|(?:yes|yeah|yep|sure|ok)[,.!]?[ \t]+)?|(?:it'?s|it’s|it[ \t]+is)[ \t]+)(\d(?: \d){3,7}|\d{4,8})(?![\d\p{L}])`,
  'uy',
);
/** A card's code by where it is written: "the code on the back is 613". */
// … or on the SIM's card or a letter: "the code on the card was 83917264" (a PUK).
const codeOnBack =
  /code[ \t]+on[ \t]+the[ \t]+(?:(?:back|front)(?:[ \t]+of[ \t]+(?:the|my)[ \t]+card)?|card|sim(?:[ \t]+card)?|letter)(?:[ \t]+(?:is|was)|:|,)?[ \t]*(\d{3,8})(?![\d\p{L}])/uy;
/** A card's security code: "exp 09/27 cvc 737", a JSON field's '"cvc":"771"', "read CVV aloud (482)". */
const securityCodeAt =
  /(?:cvc|cvv2?|csc|cid)(?:[ \t]+(?:code|is|was|number|no\.?|aloud|out))*(?:[ \t]*[:#=(]?|"[ \t]*:[ \t]*"?)[ \t]*(\d{3,4})(?![\d\p{L}])/uy;

// A code the customer read back after one was sent: "one-time code to verify device; customer read back 604918".
// … or read to someone: "asked me to read it out. I read them 482913"; or noted so: "[Customer read out] 739 104".
const readBack =
  /read[ \t]+(?:(?:it[ \t]+)?(?:back|out)|them|him|her)(?:[ \t]+(?:the|my|a)[ \t]+(?:code|otp|pin)(?:[ \t]+from[ \t]+(?:my|the|a)[ \t]+(?:text|sms|e-?mail|phone|app))?)?[ \t:,\]]+(\d{3}[ \t]\d{3}|\d{4,8}|\d(?: \d){3,7})(?![\d\p{L}])/gu;

// A code read out in words after its name: "The code we set was four four seven one nine two".
const spokenCodeAt =
  /(?:pin|code|passcode|combination|combo),?(?:[ \t]+(?:is|was|we|i|you|they|set|chose|picked|sent|texted|gave|me|to|it's|its))*[ \t:]*((?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ \t,-]+){3,7}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine))(?![\p{L}])/uy;

/** A domain's transfer code, read from the word before each "code": "EPP/auth code 7#qLm2@Vw9!Tz". */
function transferCodes(text: string, lower: string, out: Span[]): void {
  for (let i = lower.indexOf(' code'); i >= 0; i = lower.indexOf(' code', i + 5)) {
    const lead = authLead.exec(lower.slice(Math.max(0, i - 20), i + 1));
    if (!lead) continue;
    const start = i + 1 - lead[0].length;
    const m = execAt(authCode, text, start);
    const value = m?.[1]!.replace(/[.,;:]+$/, '');
    if (m && value && randomShaped(value)) {
      const at = start + m[0].length - m[1]!.length;
      out.push({ start: at, end: at + value.length, type: 'secret' });
    }
  }
}

// ("back" for "the digits on the back?" too: see backOfCardCodes.)
const readGate = gate('read back');
const foreignCodeGate = gate(
  "código codigo kod kodem kodu codice alarme l'alarme verificatiecode bevestigingscode inlogcode sms-code smscode " +
    'bestätigungscode sicherheitscode einmalcode freigabecode verifizierungscode zugangscode anmeldecode tan mtan ' +
    'pushtan smstan chiptan phototan koden engångskod engångskoden säkerhetskod säkerhetskoden verifieringskod ' +
    'verifieringskoden engangskode engangskoden sikkerhedskode sikkerhedskoden bekræftelseskode bekreftelseskode kode ' +
    'şifrem şifremi şifremiz şifreniz şifrenizi şifresi şifreyi kodu oude nieuwe huidige pincode toegangscode ' +
    'alarmcode deurcode blik errichtercode mastercode benutzercode senha boîtier boitier boîte boite porte portail ' +
    'cadenas coffre combinazione combinación combinacion combinaison kombination',
);
// A door's or a gate's code in other languages: "Il portone ha il codice 1357", "la puerta tiene el código 4410".
const doorCode =
  /(?:portone|cancello|citofono|puerta|portão|portao|portail|porte|haustür|tür|tor|brama|furtka|domofon|poort|deur)(?![\p{L}])[^.\n]{0,30}?(?:codice|código|codigo|code|kod|kodu)(?:[ \t]+(?:è|es|est|ist|to|is|é))?[ \t:]*(\d{4,8})#?(?![\d\p{L}])/gu;
const boxGate = gate('safe keysafe box lockbox keybox');

/** "the 6 digit code", "a six-digit verification code": how many digits the code has. */
const digitCountBefore =
  /(?<![\d\p{L}])([4-8]|four|five|six|seven|eight)[ \t-]digits?[ \t]+(?:(?:verification|security|one-time|login|sms|text|access|confirmation)[ \t]+)?$/u;
const digitCounts: Readonly<Record<string, number>> = { four: 4, five: 5, six: 6, seven: 7, eight: 8 };
/** Gift cards' or backup codes' words, in the paragraph before their codes. */
const groupedCodesLead = /(?:gift|backup|recovery|redeem\w*|redemption|activation|voucher)(?![a-z])/;
// ("the codes are 4829-1173, 9902-5518": backup codes of digits, in two groups of four.)
const groupedCodesAt =
  /codes(?:[ \t]+(?:are|were|is))?[ \t]*:?[ \t]*((?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){2,4}|\d{4}-\d{4})(?![a-z0-9-])/y;
const nextGroupedCode =
  /(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+and[ \t]+)((?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){2,4}|\d{4}-\d{4})(?![a-z0-9-])/y;

/** One of them asked for, given on the next chat line: "And one of your backup codes please?\nCustomer: 7319-0462". */
const codesReply = new RegExp(
  String.raw`codes[^\n?]{0,60}\?[^\n]{0,30}${nextSpeakerLine}(\d{4}[ -]\d{4}|\d{6,10}|(?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){1,4})(?=[ \t]*(?:\n|$|[.,!][ \t\n]|[.,!]$))`,
  'y',
);

const firstGroupedCode =
  /[ \t]*((?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4,5}(?:-[a-z0-9]{4,5}){1,4}|\d{4}-\d{4})(?![a-z0-9-])/y;
const codesColon = /codes[^\n.?:]{0,100}:(?=[ \t]*(?:\d{4}-\d{4}|[a-z0-9]{4,5}-[a-z0-9]{4,5}))/y;

/** "She bought gift cards … Two of the codes are MLGC-7Q4K-9TZP-2WXR and MLGC-3HV8-LN6D-5BQJ": each code listed. */
function groupedCodes(lower: string, i: number, out: Span[]): void {
  // (The paragraph's start is looked for in the window only: a search back to the text's start for each
  // "codes" would be quadratic.)
  const window = lower.slice(Math.max(0, i - 240), i);
  if (!groupedCodesLead.test(window.slice(window.lastIndexOf('\n\n') + 1))) return;
  const reply = execAt(codesReply, lower, i);
  if (reply) pushLast(out, i, reply);
  let m = execAt(groupedCodesAt, lower, i);
  let at = i;
  // "the backup codes you gave me … none of them are being accepted: 8472-1930, 5521-0087".
  const colon = m ? null : execAt(codesColon, lower, i);
  if (colon) {
    at = i + colon[0].length;
    m = execAt(firstGroupedCode, lower, at);
  }
  while (m) {
    pushLast(out, at, m);
    at += m[0].length;
    m = execAt(nextGroupedCode, lower, at);
  }
}

/** A run of digits standing alone, or two groups of three ("058316", "719 204"). */
const codeLike = /(?<![\d\p{L}.,:/#-])(\d{3}[ \t]\d{3}|\d{4,8})(?![\d\p{L}]|[.,:/-]\d)/gu;

/** Where the sentence of a counted code ends: a stop, or a line's end unless a speaker answers on the next. */
const sentenceEnd = /[.!?](?=\s|$)|\n(?![^\n:]{1,30}:[ \t])/;

/**
 * "… and then the 6 digit code that came to my phone, 058316.": the first number after the code's word, in the
 * same sentence or in the reply on the next line, with as many digits as the code was said to have. True when
 * one was found.
 */
function countedCode(lower: string, i: number, out: Span[]): boolean {
  const m = digitCountBefore.exec(lower.slice(Math.max(0, i - 48), i));
  if (!m) return false;
  const n = digitCounts[m[1]!] ?? Number(m[1]);
  let tail = lower.slice(i, i + 120);
  const stop = sentenceEnd.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  codeLike.lastIndex = 0;
  for (let c = codeLike.exec(tail); c; c = codeLike.exec(tail)) {
    if (c[1]!.replace(/[ \t]/g, '').length !== n) continue;
    // "the 6 digit code for order 552109 never came": an identifier's number.
    if (identifierNear.test(tail.slice(Math.max(0, c.index - 16), c.index))) continue;
    out.push({ start: i + c.index, end: i + c.index + c[1]!.length, type: 'secret' });
    return true;
  }
  return false;
}

/** An SMS's own words: "I got a text saying 'Your Shopnorth code is 771204'". */
const yourCodeIs = /(?<![a-z])your[ \t]+(?:[a-z0-9&'’.-]+[ \t]+){1,2}$/;
const codeIsDigits = /code[ \t]+is[ \t]+(?:\d{3}[ \t]?\d{3}|\d{4,8})(?![\d\p{L}])/uy;

/**
 * The code named again by a pronoun later on its line: "I told him the OTP which came on my mobile, it was
 * 739204", "reset my pin for the gym locker, forgot it. old one was 4471", "my backup code from when i set up 2fa,
 * i think it was 8F3K-29QD-L7XW".
 */
const codeAnaphor =
  /(?<![\p{L}'’])(?:it[ \t]+(?:was|is)|it['’]?s|(?:old|new|next|other|last|latest|first|second|temporary|temp)[ \t]+one(?:[ \t]+(?:was|is))?)[ \t]*[:,]?[ \t]*(\d{3}[ \t]\d{3}|\d{4,8}|(?=[a-z0-9-]{0,29}\d)(?=[a-z0-9-]{0,29}[a-z])[a-z0-9]{4}(?:-[a-z0-9]{4}){2,4})(?![\d\p{L}/-]|[.,:]\d|[ \t]\d)/gu;
/** … handed over in between, where "code" alone does not make it a credential's. */
const handedOver = /(?<![a-z])(?:gave|give|giving|read|told|tell|shared|texted|sent|got|received)(?![a-z])/;

function codeLater(lower: string, i: number, handed: boolean, out: Span[]): void {
  const line = lineAfter(lower, i);
  // No further than the next sentence.
  let end = line.length;
  let stops = 0;
  for (let s = line.indexOf('. '); s >= 0; s = line.indexOf('. ', s + 2)) {
    if (++stops === 2) {
      end = s;
      break;
    }
  }
  codeAnaphor.lastIndex = 0;
  const a = codeAnaphor.exec(line.slice(0, end));
  if (!a) return;
  if (handed && !handedOver.test(lower.slice(Math.max(0, i - 30), i) + line.slice(0, a.index))) return;
  const value = a[1]!;
  // (The line is cut at 100 characters: "it was 4821337766554433" is no code of eight digits.)
  if (cutAt(lower, i + a.index + a[0].length)) return;
  if (yearOrAmount(value, line.slice(a.index + a[0].length, a.index + a[0].length + 8))) return;
  // "PIN reset worked. About invoice 100234, I think it's 100234": an identifier's number.
  if (identifierNear.test(line.slice(0, a.index))) return;
  pushLast(out, i + a.index, a);
}

/**
 * Words that make a "code" right after them no credential's: an error's, a product's, a postcode, a promotion's
 * ("exit code 137", "zip code", "promo codes"). The spoken codes below and the learned reading's cues add their own.
 */
export const codeOfAThing =
  'error|exit|status|response|http|reason|zip|post|postal|area|country|dial(?:ling)?|promo|discount|coupon|tracking|product|source|qr|bar';

// A code read out in words, as call transcripts and voicemails write it: "Please enter or say your four-digit
// telephone banking PIN.\nCALLER: two nine eight four", "I can't remember the code, I keep typing four four one
// nine". Four to six digit words in a row (three after a card's code on the back: "And the three digits on the
// back?\nCALLER: Seven three one."), a code's word before them on their line or the two before, and no
// identifier's word in between ("the code for order four four seven one").
const spokenCodeCue =
  /(?<![a-z])(?:(?:pass)?codes?|pins?|otp|cvv|cvc|csc|digits[ \t]+on[ \t]+the[ \t]+back)(?![a-z])/g;
const spokenCardCode = /(?<![a-z])(?:cvv|cvc|csc|security[ \t]+code|on[ \t]+the[ \t]+back)(?![a-z])/;
const notSpokenCode = new RegExp(`(?:${codeOfAThing}|voucher|sort|order|tax|colou?r|dress|zone)[ \\t-]*$`);

function spokenCodes(lower: string, words: Words, out: Span[]): void {
  for (const { start, end, digits, before } of spokenRuns(lower, words)) {
    if (digits < 3 || digits > 6) continue;
    const cue = lastMatch(spokenCodeCue, before);
    if (!cue) continue;
    if (digits === 3 && !spokenCardCode.test(before)) continue;
    if (notSpokenCode.test(before.slice(Math.max(0, cue.index - 16), cue.index))) continue;
    if (identifierBetween.test(before.slice(cue.index + cue[0].length))) continue;
    out.push({ start, end, type: 'secret' });
  }
}

/** A keypad's "#" or "*" after a code ending at `end` is part of what is typed: "side gate code is 2580#", "trocada
 * para 5518*". */
function keypadEnd(lower: string, end: number): number {
  const c = lower.charCodeAt(end);
  return (c === 35 || c === 42) && !isWordCode(lower.charCodeAt(end + 1)) ? end + 1 : end;
}

function numericCodes(text: string, lower: string, words: Words, out: Span[]): void {
  let pinAt = -1;
  // One search, where "read" or "back" stands: "read back" is in few texts.
  const read = hasWord(words, readGate) ? lower.indexOf('read ') : -1;
  if (read >= 0 && /read (?:(?:it )?(?:back|out)|them|him|her)/.test(lower.slice(read))) {
    readBack.lastIndex = 0;
    for (let m = readBack.exec(lower); m; m = readBack.exec(lower)) {
      const before = lower.slice(Math.max(0, m.index - 100), m.index);
      // The code's word before it, or in it ("read them the code from my text, 482913").
      if (
        !/(?<![a-z])(?:code|otp|pin|passcode)(?![a-z])/.test(before + m[0]) ||
        /(?:error|tracking|order)[ \t]+codes?(?![a-z])/.test(before)
      )
        continue;
      pushLast(out, m.index, m);
      // "I read it out, 483920, then she … asked for the next one, 615077".
      const after = m.index + m[0].length;
      codeAgain(lower, after, m[1]!, out);
    }
  }
  for (let k = 0; k < words.flags.length; k++) {
    if (!(words.flags[k]! & WordFlag.credentialCode)) continue;
    const i = words.starts[k]!;
    // "code's 2 5 8 0" is "code is".
    const word = words.values[k]!;
    const value = word === "code's" || word === 'code’s' ? 'code' : word;
    // Porting codes are read by codeWordSecrets.
    if (value === 'pac' || value === 'stac') continue;
    // A combination is a lock's only near one ("The combo 4411 (burger + fries)", "SKU combination 4411").
    if (
      (value === 'combination' || value === 'combo') &&
      !lockNear.test(lower.slice(Math.max(0, i - 40), i + 40))
    )
      continue;
    if (value === 'codes') {
      groupedCodes(lower, i, out);
      continue;
    }
    if (value === 'pins') {
      const l = execAt(pinList, lower, i) ?? execAt(pinsColon, lower, i);
      if (!l) continue;
      pushListed(lower, i + l[0].length, pinItem, out);
      // … or one a line, each after whose it is: "these are the pins:\n\nBecky Thornton - 4471\nCallum Reid - 9032".
      pinLines.lastIndex = i + l[0].length;
      const block = pinLines.exec(lower);
      if (block) {
        pinLine.lastIndex = 0;
        const lines = block[0];
        for (let p = pinLine.exec(lines); p; p = pinLine.exec(lines)) pushLast(out, block.index + p.index, p);
      }
      continue;
    }
    if (value !== 'combination' && value !== 'combo' && countedCode(lower, i, out)) continue;
    // A gift card's or a backup code in groups of letters and digits: "Card code: QH7M-4XKP-92TZ-LW3R".
    const grouped =
      value === 'code' &&
      !thingCodeBefore.test(lower.slice(Math.max(0, i - 16), i)) &&
      groupedLead.test(lower.slice(Math.max(0, i - 80), i))
        ? (execAt(groupedCodeAt, lower, i) ?? execAt(groupedReply, lower, i))
        : null;
    // Random groups, each but one of letters and digits mixed ("SIMO-30GB-1224" is a plan's code).
    const groups = grouped?.[1]!.split('-');
    if (groups && groups.filter((g) => /\d/.test(g) && /[a-z]/.test(g)).length >= groups.length - 1) {
      pushLast(out, i, grouped!);
      continue;
    }
    // A card's security code of three digits: "Exp: 11/27\nSecurity code: 904".
    const cvc =
      value === 'code' && securityBefore.test(lower.slice(Math.max(0, i - 12), i))
        ? execAt(threeDigits, lower, i)
        : null;
    if (cvc) {
      pushLast(out, i, cvc);
      continue;
    }
    const back = value === 'code' ? execAt(codeOnBack, lower, i) : null;
    if (back) {
      pushLast(out, i, back);
      continue;
    }
    if (value === 'cid' && !/(?:exp|card|amex)/.test(lower.slice(Math.max(0, i - 60), i))) continue;
    if (value.startsWith('cv') || value === 'csc' || value === 'cid') {
      const c = execAt(securityCodeAt, lower, i);
      if (c) {
        pushLast(out, i, c);
      }
      continue;
    }
    // India's postal "pin code" ("Delivery pin code is 560001"), six digits ("delivery PIN is 7 3 0 9" is a PIN).
    if (
      postalPinBefore.test(lower.slice(Math.max(0, i - 20), i)) &&
      postalPinAfter.test(lower.slice(i, i + 30))
    )
      continue;
    if (pinAt < 0 && (value === 'pin' || value === 'passcode')) pinAt = i;
    if (value === 'pin' || value === 'passcode' || value === 'code') {
      const before = pinBefore.exec(lower.slice(Math.max(0, i - 40), i));
      if (before) {
        const at = i - before[0].length;
        out.push({ start: at, end: at + before[1]!.length, type: 'secret' });
      }
      const fromTo = execAt(codeFromTo, lower, i);
      // Years are no codes: "the code from 2019 to 2024".
      if (fromTo && !/^(?:19|20)\d\d$/.test(fromTo[1]!)) {
        for (const v of [fromTo[1]!, fromTo[2]!]) {
          const at =
            i + fromTo[0].lastIndexOf(v, v === fromTo[2] ? undefined : fromTo[0].lastIndexOf(' to '));
          out.push({ start: at, end: at + v.length, type: 'secret' });
        }
      }
    }
    // "code" only after a word that makes it a credential's ("error code 4012" is none).
    // An error's, a status's or a postcode's code is none.
    if (value === 'code' && notCredentialCode.test(lower.slice(Math.max(0, i - 16), i))) continue;
    // … nor one in brackets after an error's name ('"session_invalid (code 4012)"').
    if (value === 'code' && errorInBracket.test(lower.slice(Math.max(0, i - 40), i))) continue;
    const context =
      credentialContext.test(lower.slice(Math.max(0, i - 120), i)) ||
      sentCodeContext.test(lower.slice(Math.max(0, i - 400), i));
    // "master code on the panel is 7319": a credential's word right before "code".
    const leadWord = value === 'code' && credentialCodeLead.test(lower.slice(Math.max(0, i - 24), i));
    if (
      value === 'code' &&
      !context &&
      !leadWord &&
      !execAt(codeReply, lower, i) &&
      !(sentLater.test(lineAfter(lower, i)) && execAt(codeReplyLine, lower, i)) &&
      !(sentToMe.test(lineAfter(lower, i)) && execAt(codeInClause, lower, i)) &&
      !execAt(sentCode, lower, i) &&
      !execAt(setCode, lower, i) &&
      !execAt(spacedCodeIs, lower, i) &&
      // "What's the code for the gate again?\nMe: its 1 9 4 7": a lock's code asked for and given.
      !(
        lockNear.test(lineAfter(lower, i)) &&
        (execAt(pinReply, lower, i) || execAt(codeInClause, lower, i))
      ) &&
      !codeUseLater.test(lineAfter(lower, i)) &&
      !(yourCodeIs.test(lower.slice(Math.max(0, i - 40), i)) && execAt(codeIsDigits, lower, i)) &&
      // (Only where another "code" stands before it.)
      !(
        lower.lastIndexOf('code', i - 1) > i - 200 &&
        codeSentBefore.test(lower.slice(Math.max(0, i - 200), i))
      )
    ) {
      // "they asked me for the code and i gave it to them, it was 739204": handed over, then named again.
      codeLater(lower, i, true, out);
      continue;
    }
    const m =
      execAt(numericCodeAt, lower, i) ??
      execAt(spokenCodeAt, lower, i) ??
      execAt(codeReply, lower, i) ??
      (value === 'pin' || value === 'code' || value === 'passcode' ? execAt(pinReply, lower, i) : null) ??
      // (A PIN's or a passcode's word is lead enough: "you'll need your Number Transfer PIN. …\nCustomer: ok got it, its 739104".)
      (value === 'pin' ||
      value === 'mpin' ||
      value === 'passcode' ||
      leadWord ||
      sentBefore.test(lower.slice(Math.max(0, i - 40), i)) ||
      sentLater.test(lineAfter(lower, i))
        ? execAt(codeReplyLine, lower, i)
        : null) ??
      // "The code the login page sent to my email was 583 027": sent to the person, on its line.
      (context ||
      leadWord ||
      value !== 'code' ||
      sentToMe.test(lineAfter(lower, i)) ||
      lockNear.test(lineAfter(lower, i))
        ? execAt(codeInClause, lower, i)
        : null) ??
      // "I changed my debit card PIN at the ATM to 7391".
      (changedBefore.test(lower.slice(Math.max(0, i - 40), i)) ? execAt(codeChangedTo, lower, i) : null) ??
      execAt(codeThenChanged, lower, i) ??
      execAt(codeEntered, lower, i);
    if (!m) {
      codeLater(lower, i, false, out);
      continue;
    }
    // A year named a few words after "code" is a year: "the security code for the report is 2023".
    if (
      /^(?:19[89]\d|20[0-3]\d)$/.test(m[1]!) &&
      m[0].split(/[ \t]+/).length > 3 &&
      /(?:is|was|put|typed|typing|entered|entering|keyed|punched|tried|trying|used|using|in)[ \t]+\d+$/.test(
        m[0],
      )
    )
      continue;
    const start = i + m[0].length - m[1]!.length;
    const after = start + m[1]!.length;
    out.push({ start, end: keypadEnd(lower, after), type: 'secret' });
    const other = execAt(otherCode, lower, start + m[1]!.length);
    if (other && other[1]!.length === m[1]!.length) {
      pushLast(out, start + m[1]!.length, other);
    } else {
      // Another one of the same length further on: "it sent me code 730418 but then says expired. tried again got
      // 552906".
      codeAgain(lower, after, m[1]!, out);
    }
  }
  if (hasWord(words, foreignCodeGate)) {
    foreignCode.lastIndex = 0;
    for (let m = foreignCode.exec(lower); m; m = foreignCode.exec(lower)) {
      // "TAN" is a German bank's one-time number in capitals ("TAN: 849302"), not the colour; "Pincode 400069" is an
      // Indian postcode, a Dutch PIN has four or five digits.
      if (/^(?:m|push|sms-?|chip|photo)?tan/.test(m[0]) && !/TAN/.test(text.slice(m.index, m.index + 12)))
        continue;
      if (m[0].startsWith('pincode') && m[1]!.length > 5) continue;
      const end = m.index + m[0].length;
      out.push({ start: end - m[1]!.length, end: keypadEnd(lower, end), type: 'secret' });
    }
    doorCode.lastIndex = 0;
    for (let m = doorCode.exec(lower); m; m = doorCode.exec(lower)) pushLast(out, m.index, m);
  }
  if (hasWord(words, boxGate)) {
    boxCombination.lastIndex = 0;
    for (let m = boxCombination.exec(lower); m; m = boxCombination.exec(lower)) {
      // "the key safe model is 2024": what is said about the box is no combination.
      if (aboutTheBox.test(lower.slice(m.index, m.index + m[0].length + 12))) continue;
      pushLast(out, m.index, m);
    }
  }
  if (pinAt >= 0) {
    pinGuess.lastIndex = pinAt;
    // Within a few sentences of the PIN's word: "PIN reset worked. … invoice 100234, I think it's 100234" is none.
    for (let m = pinGuess.exec(lower); m && m.index < pinAt + 160; m = pinGuess.exec(lower)) {
      if (identifierNear.test(lower.slice(Math.max(0, m.index - 60), m.index))) continue;
      // "It is 2024 and …", "It is 1530 now", "It's 1500 EUR stuck": a year, a time or an amount.
      if (yearOrAmount(m[1]!, lower.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      for (const v of [m[1], m[2]]) {
        if (v === undefined) continue;
        const at = m.index + m[0].lastIndexOf(v);
        out.push({ start: at, end: at + v.length, type: 'secret' });
      }
    }
  }
}

// Incoming-webhook URLs carry their secret in the path: the whole URL is the credential.
const webhookHosts = ['hooks.slack.com/', 'discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'];
const urlEnd = /[^\s"'`<>)\]]+/y;

function webhookUrls(text: string, out: Span[]): void {
  for (const host of webhookHosts) {
    for (let i = text.indexOf(host); i >= 0; i = text.indexOf(host, i + host.length)) {
      const start = text.startsWith('https://', i - 8)
        ? i - 8
        : text.startsWith('http://', i - 7)
          ? i - 7
          : i;
      urlEnd.lastIndex = i;
      if (!urlEnd.test(text)) continue;
      const end = urlEnd.lastIndex;
      // A webhook's path holds its ids and secret; the host alone is no credential.
      if (end - i - host.length >= 16) out.push({ start, end, type: 'secret' });
    }
  }
}

// A wallet's recovery phrase: twelve to twenty-four lower-case words after its name.
// "I'm scared someone has my phrase. It's:\n\n…": the wallet's own phrase too.
const recoveryPhrase =
  /(?:recovery|seed|backup|secret|my|wallet)[ \t]+(?:phrase|words)[^\n]{0,60}?[:\n][ \t\n]*((?:[a-z]{3,8}[ \t]+){11,23}[a-z]{3,8})(?![a-z])/y;
// Backup codes listed one per line after their name: "the codes were:\n 4819-2207\n 7730-5512".
// Blank lines may stand between; codes of letters and digits too ("4f7k-2m9q").
const listedCode = '\\d{4,5}[ -]?\\d{4,5}|\\d{6,10}|(?=[a-z]{0,3}\\d)[a-z0-9]{4}-[a-z0-9]{4}';
// ("  1) 48201-77314": numbered or bulleted.)
const codeLines = new RegExp(
  `(?:(?:[ \\t]*\\n)+[ \\t]*(?:\\d{1,2}[.)][ \\t]+|[-*•][ \\t]+)?(?:${listedCode})[ \\t]*(?:\\([^()\\n]{0,60}\\)[ \\t]*)?(?=\\n|$))+`,
  'y',
);
const listedCodes = new RegExp(listedCode, 'g');

const notCredentialCodes =
  /(?:error|zip|postal|post|tracking|promo|discount|product|status|http|response|area|country|sort|swift|bank|tax|reason|return|fault|diagnostic|sku|item|tariff|billing|gift|booking|voucher|coupon|reference|confirmation|order)[ \t-]*$/;

function listedSecrets(text: string, lower: string, out: Span[]): void {
  for (const word of ['phrase', 'words']) {
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      const lead = lower.lastIndexOf(' ', i - 2);
      const m = execAt(recoveryPhrase, lower, lead + 1);
      if (!m) continue;
      pushLast(out, m.index, m);
    }
  }
  for (let i = lower.indexOf('codes'); i >= 0; i = lower.indexOf('codes', i + 1)) {
    // The colon within 40 characters (a search to the text's end for each "codes" was quadratic), or further on
    // the line after "backup codes" ('I still have my backup codes printed, I tried 4 of them and it says …:').
    const reach = recoveryBefore.test(lower.slice(Math.max(0, i - 12), i)) ? 160 : 40;
    const rel = lower.slice(i, i + reach).indexOf(':');
    const colon = rel < 0 ? -1 : i + rel;
    if (colon < 0 || lower.slice(i, colon).includes('\n')) continue;
    // Codes that identify something are listed the same way: "error codes:", "tracking codes:".
    if (notCredentialCodes.test(lower.slice(Math.max(0, i - 16), i))) continue;
    codeLines.lastIndex = colon + 1;
    for (let m = codeLines.exec(lower); m; m = null) {
      const block = m[0];
      listedCodes.lastIndex = 0;
      for (let c = listedCodes.exec(block); c; c = listedCodes.exec(block))
        out.push({ start: colon + 1 + c.index, end: colon + 1 + c.index + c[0].length, type: 'secret' });
    }
  }
}

// Passwords and codes named in Chinese, Japanese and Korean: "新的门锁密码是 582903#", "密码 jingan8866",
// "パスワードは Sakura2024!", "비밀번호: Hana1234", "ワンタイムパスワード「604218」" (in corner brackets).
const cjkSecret =
  /(?:密码|密碼|验证码|驗證碼|口令|暗証番号|パスワード|認証コード|비밀번호|인증번호)(?:[ \t]*(?:是|为|為|は|:|：|는|은|「|『))?[ \t]*(\d{3}[ ]\d{3}(?![ ]?\d)|[A-Za-z0-9#*!@$%^&_-]{4,32})/g;

function cjkSecrets(text: string, out: Span[]): void {
  cjkSecret.lastIndex = 0;
  for (let m = cjkSecret.exec(text); m; m = cjkSecret.exec(text)) {
    const v = m[1]!;
    // A digit in it: "密码 jingan8866", "582903#"; a name or a word alone is none.
    if (!/\d/.test(v)) continue;
    const at = m.index + m[0].length - v.length;
    out.push({ start: at, end: at + v.length, type: 'secret' });
  }
}

// Answers to security questions: "my security answer (first pet) is Biscuit", "mothers maiden name Kapoor",
// "memorable word biscuits", "the memorable word should be marmalade".
const securityAnswer =
  /(?:security|secret)[ \t]+(?:(?:question|q)[ \t]+)?answer|memorable[ \t]+(?:word|answer|phrase)|mother'?s?[ \t]+maiden[ \t]+name|mothers[ \t]+maiden[ \t]+name/g;
// … a quoted phrase, or up to three words when the next ones are capitalised too ("security answer: Wombat
// Hollow").
// … or quoted in brackets ('security answer ("Bramble")'), or after "given -" ('memorable answer given -
// "Fitzgerald"').
const answerValue =
  /(?:[ \t]*\(["“]([^"”\n]{2,40})["”]\)|(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]+on[ \t]+(?:my|the|your|his|her)[ \t]+(?:account|file|card|profile))?(?:[ \t]+(?:which[ \t]+|that[ \t]+)?(?:is|was|(?:should|would|must)[ \t]+be))?(?:[ \t]+(?:given|provided|supplied)(?:[ \t]+as)?)?[ \t]*[-–—:,=]?[ \t]*(?:["“]([^"”\s][^"”\n]{1,39})["”]|'([A-Za-z][^'\n]{1,39})'(?![\w])|'?([A-Za-z][\w!@#$%^&*-]{2,30}(?:[ \t][A-Z][\w'’-]{1,20}){0,2})))/y;
/** … or on file, in brackets later on its line: "Memorable word chars 2,5,7 given correctly (word on file: BUTTERCUP)". */
const answerOnFileLater =
  /[^\n]{0,80}?\((?:(?:word|answer)[ \t]+)?on[ \t]+file[ \t]*:[ \t]*([A-Za-z][\w'’-]{1,30}(?:[ \t][A-Z][\w'’-]{1,20}){0,2})/y;
/** … or said later in its sentence, quoted: "asked my memorable word I told her it was 'daffodil'". */
const answerToldQuoted =
  /[^.\n]{0,40}?(?<![A-Za-z])(?:told|said|gave|answered)(?:[ \t]+(?:him|her|them|you))?(?:[ \t]+(?:it[ \t]+was|it'?s|it’s|it[ \t]+is))?[ \t]*:?[ \t]*(?:'([^'\n]{2,40})'|‘([^’\n]{2,40})’|["“]([^"”\n]{2,40})["”])/y;
const notAnAnswer = new Set([
  'is',
  'was',
  'the',
  'a',
  'my',
  'not',
  'wrong',
  'incorrect',
  'correct',
  'required',
  'reset',
  'yes',
  'no',
  'characters',
  'chars',
  'for',
  'letters',
  'digits',
  'correctly',
  'incorrectly',
  'within',
  'promptly',
  // "characters 2, 5 and 7 of my memorable word, which I've given above".
  'which',
  'that',
  'and',
  'but',
  'because',
  'please',
  'should',
  'would',
  'must',
  // "… should be changed", "… must be set again".
  'changed',
  'updated',
  'removed',
  'set',
  'different',
  'same',
  'accepted',
  'fine',
  'ok',
  'okay',
  'something',
]);

// ("security" too: 'security Q "first pet" = Biscuit' names no answer.)
/** Whether what follows an answer's cue is no answer: its first word is one of `notAnAnswer`. */
const noAnswer = (value: string) => notAnAnswer.has(value.split(/[ \t]/)[0]!.toLowerCase());

const answerGate = gate('answer answers answered maiden memorable security questions kba');
// Webhook URLs and cookies share a gate (each reader checks its own marks in the text), which leaves one for the
// command lines and one-time-password seeds.
const hooksGate = gate('hooks webhooks cookie');
// … and a device's default account.
const toolGate = gate('mysql mariadb curl wget seed authenticator admin root administrator ubnt pi operator');
const transferGate = gate('epp auth authorization authorisation transfer');
const codesGate = gate('codes');
// "passwords", and a login's words: a value shaped as only a password is (see `passwordShaped`) is one near them too
// ("the current login is Hx!92mPq#rT4vL", "wifi is LPG-ShowHome / Kauri#2025!"). Each reader checks its own words.
const passwordsGate = gate('passwords login logins credentials creds wifi reset');
/** Where the words of a login stand, in text order, as the word pass found them; not inside an identifier
 * ("ERR_CONN_RESET"). */
function loginWords(lower: string, words: Words): number[] {
  const at: number[] = [];
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & passwordsGate.bit) || words.values[k] === 'passwords') continue;
    const start = words.starts[k]!;
    const end = start + words.values[k]!.length;
    if (lower.charCodeAt(start - 1) !== 95 && lower.charCodeAt(end) !== 95) at.push(start);
  }
  return at;
}

// Codes by how they are written rather than named: an SMS's own wording ("318 442 is your verification code",
// WebOTP's "@corvidpay.example #318442"), what a text said ("the sms say 739204"), an alarm disarmed with one or
// named alone ("disarm with 6093", "Alarm 3077,"), a French door's "digicode".
const codeShapes =
  /(?<![\p{L}\p{N}#])(\d{3}[ ]?\d{3}|\d{4,8})[ \t]+is[ \t]+your[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:code|otp|pin|passcode)(?![a-z])|@[a-z0-9.-]+\.[a-z]{2,}[ \t]+#(\d{4,8})(?![\d\p{L}])|(?<![a-z])(?:sms|text|txt|message)[ \t]+(?:says?|said|reads?|shows?)[ \t:]+(\d{4,8})(?![\d\p{L}])|(?<![a-z])disarm(?:s|ed)?(?:[ \t]+(?:it|the[ \t]+alarm|the[ \t]+panel))?[ \t]+(?:with|using)[ \t]+(\d{4,8})(?![\d\p{L}])|(?<![a-z-])alarm(?:[ \t]+panel)?(?:[ \t]+(?:disarm|code))?(?:[ \t]*:[ \t]*|[ \t]+(?!19\d\d|20\d\d))(\d{4,8})#?(?=[ \t]*[,.;)]|[ \t]*$|[ \t]*\n|[ \t]+then[ \t])|digicode(?:[ \t]+de[ \t]+l['’][ \t]*immeuble)?[ \t]*(?:est[ \t]*)?:?[ \t]*([0-9][0-9a-z]{3,5})(?![\p{L}\p{N}])/gu;
// A code by how it came: "I put in the one that came by text (771 204)".
const cameBy =
  /(?<![a-z])(?:came|arrived|sent|got(?:[ \t]+it)?)[ \t]+(?:by|via|over|in[ \t]+an?)[ \t]+(?:text|sms|e-?mail)[ \t]*[(:,]?[ \t]*(\d{3}[ \t]\d{3}|\d{4,8})(?![\d\p{L}])/gu;
// A UK number-porting code: "Got my PAC ok: KMX 418 207"; STAC codes are six digits and three letters.
const portingCode =
  /(?:pac|stac)(?![a-z])[^\n\d]{0,20}?(?<![a-z0-9])([a-z]{3}[ ]?\d{3}[ ]?\d{3}|\d{6}[ ]?[a-z]{3})(?![a-z0-9])/giy;
// An identity provider's Temporary Access Pass: "issued Temporary Access Pass 7kQ!vR2m@Lp9 valid 8h".
const accessPass =
  /pass(?:[ \t]+(?:is|was|of))?[ \t:]*((?=\S{0,23}\d)(?=\S{0,23}[a-z])[A-Za-z0-9!@#$%^&*?~+=_-]{8,24})(?![^\s.,;)])/giy;

// A domain's transfer code after a colon: "The code you emailed me (EPP: 7hY#kP2q!Vw9Lm)", "el código de autorización
// que me dio el agente anterior no funciona: Zt4#pQ8w-Lm2".
const transferCodeLabelled =
  /(?:epp(?:[ \t]+code)?|auth[ \t-]?info|c[óo]digo[ \t]+de[ \t]+autori[zs]aci[óo]n)[^\n:]{0,60}?:[ \t]*([^\s"'<>()]{6,64}?)(?=[.,;)]?(?:\s|$))/giu;
// A password asked for: "can you just set it to Peaches1957! so i can get in".
const setItTo =
  /(?<![a-z])(?:set|change|reset)[ \t]+it[ \t]+to[ \t]+((?=\S{0,39}[a-z])(?=\S{0,39}[A-Z])(?=\S{0,39}\d)(?=\S{0,39}[!#$%^&*?~@])[A-Za-z0-9!#$%^&*?~@+_-]{8,40})(?=[.,;:)"']*(?:\s|$))/g;

/**
 * A card's code by where it is written, in digits: "the 3 digits on the back are 902", "3 numbers on the back", "the
 * 3 digits on the back (it's 318)", "the three digits on the back, 417".
 */
const digitsOnBack =
  /(?<![a-z])(?:3|4|three|four)[ \t-](?:digits?|numbers?)[ \t]+on[ \t]+the[ \t]+back(?:[ \t]+of[ \t]+(?:the|my)[ \t]+card)?(?:[ \t]+(?:are|is|were|was)|[ \t]*:|[ \t]*\((?:it'?s|it’s|it[ \t]+is)?|,)[ \t]*(\d{3,4})(?![\d\p{L}])/gu;
const identifierBefore = /(?:order|ticket|ref|reference|invoice|case|tracking|booking)[ \t#:]*$/;
const codeShapeGate = gate('your sms text txt message disarm disarms disarmed alarm digicode');

function codesByShape(lower: string, out: Span[]): void {
  codeShapes.lastIndex = 0;
  for (let m = codeShapes.exec(lower); m; m = codeShapes.exec(lower)) {
    const v = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    if (v === undefined) continue;
    const at = m[1] !== undefined ? m.index : m.index + m[0].lastIndexOf(v);
    // "Order 552901 is your reference code": an identifier named before the number is what the number is.
    if (m[1] !== undefined && identifierBefore.test(lower.slice(Math.max(0, at - 20), at))) continue;
    out.push({ start: at, end: at + v.length, type: 'secret' });
  }
}

// "Security question: What was the name of your first school?\nAnswer: Lincoln Elementary Greenvale".
const answerLine =
  /security[ \t]+question[^\n]{0,120}\n[ \t]*answer[ \t]*:[ \t]*([^\n]{2,60}?)[ \t]*(?=\n|$)/g;

// "it asked my security question and I answered Kowalczyk (my mother's maiden name)".
// … "it asked security question "name of your first school" and i answered St. Xavier's High School Ranchi".
const answeredQuestion =
  /[Ss]ecurity[ \t]+[Qq]uestion[^.\n]{0,60}?(?<![A-Za-z])answered[ \t]+([A-Z][a-z][\w!@#$%^&*'’.-]{0,29}(?:[ \t][A-Z][\w'’.-]{1,20}){0,4})/g;

// 'Security question "first pet" — the answer is Biscuit (capital B)', 'security q (first school) answered
// "St Brendan's"', "Answer to security question (What was …?): Riverbend Primary", "answering the security
// question wrong I think. The answer should be Dunfermline".
const answerIs =
  /security[ \t]+(?:q|question)(?![a-z])[^\n]{0,100}?(?<![a-z])(?:the[ \t]+)?answer(?:[ \t]+(?:is|was|(?:should|would|must)[ \t]+be)[ \t]*:?|[ \t]*:)[ \t]*["“']?([A-Za-z][\w!@#$%^&*'’-]{1,30}(?:[ \t][A-Za-z][\w'’-]{1,20}){0,2}?)["”']?(?=[ \t]*(?:[.,;!)(—–]|\n|$))/giy;
// … or given in quotes later in the sentence: 'asked for my security question answer to make the change - it's
// "Wombat Hollow"'.
const answeredQuoted =
  /security[ \t]+(?:q|question|answer)(?![a-z])[^.\n]{0,60}?(?<![a-z])(?:answered|it'?s|it’s|it[ \t]+is|was)[ \t]+(?:"([^"\n]{2,40})"|“([^”\n]{2,40})”)/giy;
// "answered her security question (place of first holiday: Lanzarote)".
const answerInBrackets =
  /security[ \t]+(?:q|question)(?![a-z])[ \t]*\([^():\n]{2,60}:[ \t]*([A-Za-z][\w'’-]{1,30}(?:[ \t][A-Za-z][\w'’-]{1,20}){0,2})\)/giy;
// The question in brackets or quotes, then its answer: "Security question (mother's maiden name): Threlfall",
// 'security Q "first pet" = Biscuit'.
const questionThenAnswer =
  /security[ \t]+(?:q|question)(?![a-z])[ \t]*(?:\([^()\n]{2,60}\)|["“][^"”\n]{2,60}["”])[ \t]*[:=][ \t]*["“']?([A-Za-z][\w'’-]{1,30}(?:[ \t][A-Z][\w'’-]{1,20}){0,2})/giy;
// "the question is first pet's name, it's Biscuit", "the question is my first school, answer is Corona School
// Ikoyi": the question named, then its answer (where a security question was spoken of before).
const questionIsAnswer =
  /question[ \t]+(?:is|was)[ \t]+[^.\n]{2,40}?,[ \t]*(?:(?:and[ \t]+)?(?:the[ \t]+)?answer[ \t]+(?:is|was)|it'?s|it’s|it[ \t]+is)[ \t]+["“']?([A-Za-z][\w'’-]{1,30}(?:[ \t][A-Z][\w'’-]{1,20}){0,2})/giy;
// "Visitor: DG-20481733, the answer to first school is St Bernadette's", after a security question was asked.
const answerToIs =
  /answer[ \t]+to[ \t]+(?:(?:the|my|your)[ \t]+)?(?!(?:the|my|your)[ \t])[^.\n?:]{2,40}?[ \t]+(?:is|was)[ \t]+["“']?([A-Za-z][\w'’.-]{1,30}(?:[ \t][A-Z][\w'’.-]{1,20}){0,2})/iy;
// The usual questions, each with its answer: "the answers I set up are: mother's maiden name Kowalczyk, first pet
// Biscuit, and city I was born in Gdańsk" (a text about answers or security questions only).
const namedAnswer =
  /(?<![\p{L}])(?:first[ \t]+pet(?:'s[ \t]+name)?|first[ \t]+school|(?:city|town)[ \t]+(?:where[ \t]+)?my[ \t]+parents[ \t]+met(?:[ \t]+in)?|(?:city|town|place)[ \t]+(?:I[ \t]+was[ \t]+)?born(?:[ \t]+in)?|favou?rite[ \t]+teacher)[ \t]*(?:is|was|=|:|-)?[ \t]*["“]?(\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){0,2})/gu;
const answerToQuestion =
  /answer[ \t]+to[ \t]+(?:(?:the|your|my)[ \t]+)?security[ \t]+question(?:[ \t]*\([^()\n]{1,100}\))?[ \t]*:[ \t]*([^\n]{2,60}?)[ \t]*(?=\n|$)/giy;
// The answer on the next line of a chat: "What's the answer to your security question on file?\nCustomer: i think i
// put rumours1987".
// … in capitalised words too: "… your security question 'name of your first school'?\nRohan Mehta: St. Xavier's
// Ahmedabad" (written out in both cases: the words after the first must be capitalised); a word before a stop
// with more after it: "Customer: Biscuit. lol it's always biscuit".
const answerReply = new RegExp(
  String.raw`[Ss]ecurity[ \t]+(?:[Qq]uestion|[Aa]nswer)[^\n?]{0,60}\?["”']?[ \t]*${nextSpeakerLine}(?:(?:[Ii][ \t]+think[ \t]+)?(?:[Ii][ \t]+put|[Ii]t'?s|[Ii]t[ \t]+is|[Ii]t[ \t]+was)[ \t]+)?["“']?((?:[^\s"”']{3,30}?|[A-Z][\w.'’-]{1,30}(?:[ \t][A-Z][\w.'’-]{1,30}){1,2})(?=["”']?[ \t]*(?:\n|$))|[A-Za-z][a-z'’-]{2,29}(?=[.!][ \t]))`,
  'y',
);

/** The answer set, quoted: 'The answer I set was "Buttercup"', 'My password hint answer was "Fenway1999"'. */
const answerWasQuoted =
  /answer(?:[ \t]+(?:i|we)[ \t]+(?:set|used|gave|chose|picked|put))?[ \t]+(?:is|was)[ \t]*:?[ \t]*["“]([^"”\s][^"”\n]{1,39})(?=["”])/y;
const answerAbout = /security|question|hint|recovery|locked|verif/;
/** A question quoted and its answer, or two guessed: 'for "first pet" it was either Dumpling or Mochi'. */
const quotedQuestionAnswer =
  /for[ \t]+["“]([^"”\n]{3,40})["”][ \t]*,?[ \t]*(?:[Ii][ \t]+(?:put|used|set|wrote)|[Ii]t[ \t]+(?:was|is)|[Ii]t['’]s|was)(?:[ \t]+(?:either|probably|maybe))?[ \t]+(\p{Lu}[\p{L}'’-]{1,20})(?:[ \t]+or[ \t]+(\p{Lu}[\p{L}'’-]{1,20}))?(?![\p{L}])/dgu;
const questionNoun =
  /(?<![a-z])(?:pet|maiden|school|city|town|born|teacher|street|car|friend|book|food|team|name)(?![a-z])/i;

/**
 * A question quoted, then the answer given to it, as verification logs write them: 'KBA Q1 "make of first car"
 * answered: Oldsmobile — MATCH', and the answer on file later on its line: '… answered: Toledo — NO MATCH (on
 * file: Dayton)'.
 */
const quotedQuestionAnswered =
  /["“]([^"”\n]{3,60})["”][ \t]*(?:answered|answer(?:ed)?[ \t]+(?:was|is)|[:=]|->|→)[ \t]*:?[ \t]*["“]?(\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){0,2})/dgu;
const answerOnFile =
  /\((?:on[ \t]+file|expected|stored|correct(?:[ \t]+answer)?)[ \t]*:[ \t]*(\p{Lu}[\p{L}'’-]{1,20}(?:[ \t]\p{Lu}[\p{L}'’-]{1,20}){0,2})\)/u;

function quotedQuestionsAnswered(text: string, out: Span[]): void {
  quotedQuestionAnswered.lastIndex = 0;
  for (let m = quotedQuestionAnswered.exec(text); m; m = quotedQuestionAnswered.exec(text)) {
    const v = m[2]!;
    // A question of words ('"name": "Ana"' is a JSON key).
    if (!/[ \t]/.test(m[1]!) || !questionNoun.test(m[1]!) || noAnswer(v)) continue;
    const at = m.indices![2]![0];
    out.push({ start: at, end: at + v.length, type: 'secret' });
    const lineEnd = text.indexOf('\n', at);
    const rest = text.slice(at + v.length, lineEnd < 0 ? text.length : lineEnd);
    const f = answerOnFile.exec(rest);
    if (f) {
      const from = at + v.length + f.index + f[0].indexOf(f[1]!, f[0].indexOf(':'));
      out.push({ start: from, end: from + f[1]!.length, type: 'secret' });
    }
  }
}

/**
 * Security questions listed with their answers, one a line, as a CRM shows them: "Q2 City where you met your spouse:
 * Rotorua", "2. Favourite teacher - Mr Baxter" (in a text that speaks of security or verification questions).
 */
const questionLine =
  /(?<=^|\n)[ \t]*(?:q\d{1,2}[.:)]?|\d{1,2}[.)]|[-*•])[ \t]*([^\n:=]{4,60}?)[ \t]*(?:[:=]|[ \t][-–—][ \t])[ \t]*([A-Za-z\p{L}][^\n]{1,39}?)[ \t]*(?=\n|$)/giu;
const questionTopic =
  /(?<![a-z])(?:pet|maiden|school|city|town|born|birth|teacher|street|car|friend|book|food|team|spouse|hero|nickname|holiday|job|movie|film|song)(?![a-z])/i;
const questionsListed = /(?:security|verification|secret|kba)[ \t]+(?:question|q)s?(?![a-z])/;

function questionLines(text: string, out: Span[]): void {
  questionLine.lastIndex = 0;
  for (let m = questionLine.exec(text); m; m = questionLine.exec(text)) {
    const v = m[2]!;
    if (!questionTopic.test(m[1]!) || noAnswer(v)) continue;
    const at = m.index + m[0].lastIndexOf(v);
    out.push({ start: at, end: at + v.length, type: 'secret' });
  }
}

function securityAnswers(text: string, lower: string, out: Span[]): void {
  if (questionsListed.test(lower)) questionLines(text, out);
  if (text.includes('"') || text.includes('“')) quotedQuestionsAnswered(text, out);
  for (let i = lower.indexOf('answer '); i >= 0; i = lower.indexOf('answer ', i + 7)) {
    const m = execAt(answerWasQuoted, lower, i);
    if (m && !noAnswer(m[1]!) && answerAbout.test(lower.slice(Math.max(0, i - 200), i + 120)))
      pushLast(out, i, m);
  }
  if (lower.includes('question')) {
    quotedQuestionAnswer.lastIndex = 0;
    for (let m = quotedQuestionAnswer.exec(text); m; m = quotedQuestionAnswer.exec(text)) {
      if (!questionNoun.test(m[1]!)) continue;
      // (Each answer where its group stands: "either Max or Maxine".)
      for (const g of [2, 3]) {
        const v = m[g];
        if (v === undefined || noAnswer(v)) continue;
        const at = m.indices![g]![0];
        out.push({ start: at, end: at + v.length, type: 'secret' });
      }
    }
  }
  for (let i = lower.indexOf('security'); i >= 0; i = lower.indexOf('security', i + 8)) {
    for (const re of [answerIs, answeredQuoted, answerReply, answerInBrackets, questionThenAnswer]) {
      const m = execAt(re, text, i);
      const v = m?.[1] ?? m?.[2];
      if (!m || !v || noAnswer(v)) continue;
      const at = i + m[0].lastIndexOf(v);
      out.push({ start: at, end: at + v.length, type: 'secret' });
      break;
    }
  }
  const asked = lower.indexOf('security question');
  for (let i = lower.indexOf('answer to'); i >= 0; i = lower.indexOf('answer to', i + 9)) {
    const m =
      execAt(answerToQuestion, text, i) ?? (asked >= 0 && asked < i ? execAt(answerToIs, text, i) : null);
    if (m && !noAnswer(m[1]!)) pushLast(out, i, m);
  }
  answerLine.lastIndex = 0;
  for (let m = answerLine.exec(lower); m; m = answerLine.exec(lower)) pushLast(out, m.index, m);
  namedAnswer.lastIndex = 0;
  for (let m = namedAnswer.exec(text); m; m = namedAnswer.exec(text)) pushLast(out, m.index, m);
  if (asked >= 0) {
    for (let i = lower.indexOf('question ', asked + 9); i >= 0; i = lower.indexOf('question ', i + 9)) {
      const m = execAt(questionIsAnswer, text, i);
      if (m && !noAnswer(m[1]!)) pushLast(out, i, m);
    }
  }
  answeredQuestion.lastIndex = 0;
  for (let m = answeredQuestion.exec(text); m; m = answeredQuestion.exec(text)) {
    if (noAnswer(m[1]!)) continue;
    pushLast(out, m.index, m);
  }
  securityAnswer.lastIndex = 0;
  for (let m = securityAnswer.exec(lower); m; m = securityAnswer.exec(lower)) {
    const at = m.index + m[0].length;
    for (const re of [answerValue, answerToldQuoted, answerOnFileLater]) {
      const v = execAt(re, text, at);
      const value = v?.[1] ?? v?.[2] ?? v?.[3] ?? v?.[4];
      if (!v || !value || noAnswer(value)) continue;
      const start = at + v[0].lastIndexOf(value);
      out.push({ start, end: start + value.length, type: 'secret' });
      break;
    }
  }
}

/** A table's column of passwords or tokens: "source,first_seen,email,password" and a row under it. */
const secretColumn = /^(?:password|passwd|pwd|pass|secret|token|api[_ ]?key|pin|passcode)$/;
/** A header cell of that name between separators: only lines holding one are read as headers. */
const secretHeaderCell =
  /(?:^|[,;\t])[ \t]*"?(?:password|passwd|pwd|pass|secret|token|api[_ ]?key|pin|passcode)"?[ \t]*(?=[,;\t\r\n]|$)/gim;

function secretColumns(text: string, out: Span[]): void {
  let at = 0;
  secretHeaderCell.lastIndex = 0;
  for (let h = secretHeaderCell.exec(text); h; h = secretHeaderCell.exec(text)) {
    if (h.index < at) continue;
    at = text.lastIndexOf('\n', h.index - (text[h.index] === '\n' ? 1 : 0)) + 1;
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const header = text.slice(at, end);
    at = end + 1;
    secretHeaderCell.lastIndex = at;
    const sep = tableSeparator(header, 'leading');
    if (sep === '' || sep === '|') continue;
    const names = rowCells(header, sep).map((c) => c.trim().toLowerCase());
    const column = names.findIndex((c) => secretColumn.test(c));
    if (names.length < 2 || column < 0) continue;
    // The rows below, each with as many cells, up to the first line that is not one.
    while (at < text.length) {
      const rowEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      const cells = rowCells(text.slice(at, rowEnd), sep);
      if (cells.length !== names.length) break;
      let start = at;
      for (let c = 0; c < column; c++) start += cells[c]!.length + 1;
      const cell = cells[column]!;
      const value = cell.trim();
      if (plausibleSecret(value, false) && !value.includes(' '))
        out.push({
          start: start + cell.indexOf(value),
          end: start + cell.indexOf(value) + value.length,
          type: 'secret',
        });
      at = rowEnd + 1;
    }
  }
}

// A one-time-password app's seed, base32: "MFA seed (add manually if the QR fails): JBSWY3DPEHPK3PXP", or a
// key's value: "KESTREL_TOTP_SEED=JBSWY3DPEHPK3PXP".
const otpSeed =
  /(?:mfa|2fa|totp|otp|authenticator)[ \t_-]+(?:seed|secret|key|setup[ \t]+key)(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*(?:is|:|=)?[ \t]*([A-Z2-7]{16,64})(?![A-Za-z0-9])/giy;

function otpSeeds(text: string, lower: string, out: Span[]): void {
  for (let i = lower.indexOf('seed'); i >= 0; i = lower.indexOf('seed', i + 4)) {
    const lead = /(?:mfa|2fa|totp|otp|authenticator)[ \t_-]+$/.exec(lower.slice(Math.max(0, i - 16), i));
    if (!lead) continue;
    const m = execAt(otpSeed, text, i - lead[0].length);
    if (m && mixedBase32(m[1]!)) pushLast(out, i - lead[0].length, m);
    // … or later on its line: "TOTP seed for the shared mailbox (please move it into the vault): JBSWY3DPEHPK3PXP".
    else base32OnLine(text, i, out);
  }
  // … or a sentence on: "Can I just give you my authenticator key so you can put it on the new one? It's
  // JBSWY3DPEHPK3PXP." Base32 of sixteen characters or more, capitals and digits 2 to 7 mixed, on its line.
  for (let i = lower.indexOf('authenticator'); i >= 0; i = lower.indexOf('authenticator', i + 13))
    base32OnLine(text, i, out);
}

/** Base32 of sixteen characters or more, capitals and digits 2 to 7 mixed, on the line from `i`. */
function base32OnLine(text: string, i: number, out: Span[]): void {
  const line = text.slice(i, Math.min(text.length, i + 160)).split('\n')[0]!;
  base32Later.lastIndex = 0;
  const m = base32Later.exec(line);
  if (m && mixedBase32(m[0]))
    out.push({ start: i + m.index, end: i + m.index + m[0].length, type: 'secret' });
}
const base32Later = /(?<![A-Za-z0-9])[A-Z2-7]{16,64}(?![A-Za-z0-9])/g;
/** Base32 with both its letters and its digits, as a seed is (a word in capitals is none). */
const mixedBase32 = (v: string) => /[A-Z]/.test(v) && /[2-7]/.test(v);

// A code given after "here it is": "Your site says I need a DVLA check code — here it is: hT4k9PzQ". Random only:
// upper and lower case and a digit.
const codeHere =
  /code[ \t]*(?:[—–-]|[,.:])?[ \t]*here(?:[ \t]+it)?[ \t]+is[ \t]*:?[ \t]*((?=[A-Za-z0-9]{0,15}\d)(?=[A-Za-z0-9]{0,15}[a-z])(?=[A-Za-z0-9]{0,15}[A-Z])[A-Za-z0-9]{6,16})(?![A-Za-z0-9])/y;

// A device's default account and its password, a slash or a colon between: "the NVR at http://203.0.113.58:8080
// (admin / Harbour!Cam88)". Random only: a letter, and a digit or a symbol; no version ("admin/v2.3.1"), path or
// address ("add her as admin: lachlan.h@example.com").
const defaultUserPassword =
  /(?<![\p{L}\p{N}_-])(?:admin|root|administrator|ubnt|pi|operator)(?:[ \t]+\/[ \t]+|[ \t]*:[ \t]*)((?!v?\d)(?![^\s()]*@)(?=[^\s()]*\p{L})(?=[^\s()]*[\d!@#$%^&*?~])[^\s()"'/]{6,40})(?=[ \t]*[)\n,;]|[ \t]*$|[.!?](?:\s|$))/gu;

// Passwords on a command line: `mysql -h … -u reporting -p'Gr8!Lakes#2024'`, `curl -u deploy:Wx7-pLm2-Qz9r …`.
const mysqlPassword = /(?<=[ \t])-p(?:'([^'\s]{4,64})'|"([^"\s]{4,64})"|([^\s'"-][^\s'"]{3,63}))(?=\s|$)/g;
const userPassword = /(?<=[ \t])(?:-u|--user)[ \t]+[^\s:'"]{1,64}:([^\s'"]{4,64})(?=\s|$)/g;
// An OAuth authorisation code in a callback's query: "GET /oauth/callback?code=SplxlOBeZQQYbYS6WxSbIA&state=…".
const oauthCode = /code=([A-Za-z0-9._~-]{16,128})(?=[&\s"'#]|$)/y;
const oauthPath = /oauth|callback|authori[sz]e|redirect|state=/;
// Mailgun's keys: "auth=api:key-3ax6xnjp29jd6fds4gc373sgvjxteol0".
const mailgunKey = /(?<![A-Za-z0-9_-])key-[0-9a-z]{32}(?![A-Za-z0-9_-])/g;

const commandTools = [
  ['mysql', mysqlPassword],
  ['mariadb', mysqlPassword],
  ['curl', userPassword],
  ['wget', userPassword],
] as const;

function commandLineSecrets(text: string, lower: string, out: Span[]): void {
  for (const [tool, re] of commandTools) {
    // Each stretch of text read once: a second command inside one read is in it.
    let done = 0;
    for (let i = lower.indexOf(tool); i >= 0; i = lower.indexOf(tool, i + tool.length)) {
      if (i < done) continue;
      // The command's line, 300 characters at most (a search to the end of a long line for each was quadratic).
      const window = lower.slice(i, i + 300);
      const nl = window.indexOf('\n');
      const line = text.slice(i, i + (nl < 0 ? window.length : nl));
      done = i + line.length;
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const v = m[1] ?? m[2] ?? m[3]!;
        const at = i + m.index + m[0].lastIndexOf(v);
        out.push({ start: at, end: at + v.length, type: 'secret' });
      }
    }
  }
}

// ("change the verbal password to "Marmalade Sky"": what it is set to, words in quotes.)
const verbalPassword =
  /password(?:[ \t]+[a-z]+){0,4}?(?:[ \t]*:|[ \t]+(?:is|was|to|as))[ \t]*(?:["“]([A-Za-z][A-Za-z'’ -]{2,39})["”]|'?([A-Za-z][A-Za-z'’-]{3,30})'?(?![\w'’-]))/iy;

/**
 * What is read from the flagged words "code", "pac", "stac", "pass" and "password" alone, each at its place (a search of the
 * whole text for each mark cost more than all of these on text that has none): a code "here it is", an OAuth code
 * in a callback URL, a porting code, a Temporary Access Pass.
 */
function codeWordSecrets(text: string, lower: string, words: Words, out: Span[]): void {
  if (!(words.all & (WordFlag.credentialCode | WordFlag.secret))) return;
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & (WordFlag.credentialCode | WordFlag.secret))) continue;
    const value = words.values[k]!;
    const i = words.starts[k]!;
    if (value === 'code') {
      const here = execAt(codeHere, text, i);
      // An error's or a product's code is none ("error code, here it is: …").
      if (here && !notCredentialCode.test(lower.slice(Math.max(0, i - 16), i))) pushLast(out, i, here);
      const c = lower.charCodeAt(i - 1);
      const oauth = c === 63 || c === 38 ? execAt(oauthCode, text, i) : null;
      if (oauth && /\d/.test(oauth[1]!) && /[a-z]/i.test(oauth[1]!)) {
        // The URL around it, 300 characters each way at most.
        const before = lower.slice(Math.max(0, i - 300), i);
        const after = lower.slice(i, i + 300);
        const url = before.slice(before.lastIndexOf(' ') + 1) + after.split(' ', 1)[0];
        if (oauthPath.test(url)) pushLast(out, i, oauth);
      }
    } else if (value === 'pac' || value === 'stac') {
      const m = execAt(portingCode, text, i);
      if (m) pushLast(out, i, m);
    } else if (
      value === 'password' &&
      /(?:verbal|spoken|telephone|phone)[ \t]+$/.test(lower.slice(Math.max(0, i - 12), i))
    ) {
      // A password said on the phone is a word: "Verbal password stays the same: HONEYSUCKLE", 'stays as "Wombat
      // Creek"'.
      const m = execAt(verbalPassword, text, i);
      const v = m?.[1] ?? m?.[2];
      if (m && v && !notSecret.has(v.toLowerCase()) && !notAnAnswer.has(v.toLowerCase())) {
        const at = i + m[0].lastIndexOf(v);
        out.push({ start: at, end: at + v.length, type: 'secret' });
      }
    } else if (value === 'pass' && /^access[ \t]$/.test(lower.slice(i - 7, i))) {
      const m = execAt(accessPass, text, i);
      if (m) pushLast(out, i, m);
    }
  }
}

// An environment file's secret under a key name with the word glued in: "MOODLE_WSTOKEN=d3adb33f…", "DBPASSWORD=…".
const envSecret =
  /[ \t]*(?:export[ \t]+)?([A-Z][A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|APIKEY)[A-Z0-9_]*)[ \t]*=[ \t]*["']?([^\s"'#]{8,200})/y;
const envAbout =
  /_(?:URL|URI|ENDPOINT|HOST|PATH|FILE|TTL|EXPIRY|EXPIRES|TYPE|NAME|HEADER|LENGTH|TIMEOUT|ID)$/;

/** A secret is found again in any case (a password tried again in lower case), never a year. */
const secretForm = (v: string) => (v.length >= 4 && !/^(?:19|20)\d\d$/.test(v) ? v : undefined);
const inRun = (c: number) => c === 32 || c === 46 || c === 41 || c === 40;

/** A card's security code asked for by where it is and given on the next chat line: "And the three digits on the
 * back?\nCaller: 418." */
const backOfCardReply = new RegExp(
  String.raw`on[ \t]+the[ \t]+back(?:[ \t]+of[ \t]+(?:the|your)[ \t]+card)?[^\n?]{0,20}\?[ \t]*${nextSpeakerLine}(?:[^\n\d]{0,20}?[ \t])?(\d{3,4})(?=[ \t]*[.!]?[ \t]*(?:\n|$))`,
  'y',
);

function backOfCardCodes(lower: string, out: Span[]): void {
  for (let i = lower.indexOf('on the back'); i >= 0; i = lower.indexOf('on the back', i + 11)) {
    if (!/(?:digits|numbers|number|code)[ \t]+$/.test(lower.slice(Math.max(0, i - 12), i))) continue;
    const m = execAt(backOfCardReply, lower, i);
    if (m) pushLast(out, i, m);
  }
}

export const detectSecrets: Detector = ({ text, lower, words, out }) => {
  const first = out.length;
  if (words.scripts) cjkSecrets(text, out);
  if (words.all & WordFlag.cardCue && hasWord(words, readGate)) backOfCardCodes(lower, out);
  if (hasWord(words, answerGate)) securityAnswers(text, lower, out);
  if (hasWord(words, codeShapeGate)) codesByShape(lower, out);
  if (hasWord(words, codeShapeGate)) {
    cameBy.lastIndex = 0;
    for (let m = cameBy.exec(lower); m; m = cameBy.exec(lower)) pushLast(out, m.index, m);
  }
  codeWordSecrets(text, lower, words, out);
  if (hasWord(words, transferGate) || hasWord(words, foreignCodeGate)) {
    transferCodeLabelled.lastIndex = 0;
    for (let m = transferCodeLabelled.exec(text); m; m = transferCodeLabelled.exec(text))
      if (randomShaped(m[1]!)) pushLast(out, m.index, m);
  }
  if (hasWord(words, toolGate)) {
    defaultUserPassword.lastIndex = 0;
    for (let m = defaultUserPassword.exec(text); m; m = defaultUserPassword.exec(text))
      if (plausibleSecret(m[1]!, false)) pushLast(out, m.index, m);
  }
  if (lower.includes('it to ')) {
    setItTo.lastIndex = 0;
    for (let m = setItTo.exec(text); m; m = setItTo.exec(text)) pushLast(out, m.index, m);
  }
  // A card's word stands near a card's code.
  if (words.all & WordFlag.cardCue && lower.includes(' on the back')) {
    digitsOnBack.lastIndex = 0;
    for (let m = digitsOnBack.exec(lower); m; m = digitsOnBack.exec(lower)) pushLast(out, m.index, m);
  }
  // Both lists start on the line after their name.
  if (lower.includes(':\n') || lower.includes('phrase')) listedSecrets(text, lower, out);
  if (hasWord(words, hooksGate)) webhookUrls(text, out);
  if (hasWord(words, hooksGate) && lower.includes('cookie:')) cookies(text, lower, out);
  if (hasWord(words, hooksGate) && (lower.includes('sess') || lower.includes('sid=')))
    sessionCookies(text, lower, out);
  numericCodes(text, lower, words, out);
  if (words.all & WordFlag.digitWord) spokenCodes(lower, words, out);
  if (hasWord(words, transferGate)) transferCodes(text, lower, out);
  const near = passwordWords(words);
  const passwordsOrLogin = hasWord(words, passwordsGate);
  const plural = passwordsOrLogin && lower.includes('passwords');
  const login = passwordsOrLogin ? loginWords(lower, words) : [];
  if (near.length + login.length > 0) passwordShapedValues(text, lower, near, login, out);
  if (near.length > 0) appPasswords(text, lower, near, out);
  if (near.length > 0 || plural) passwordsHanded(text, lower, near, plural, out);
  if ((near.length > 0 || plural) && lower.includes('-')) passphrasesNear(text, lower, near, plural, out);
  if (hasWord(words, codesGate)) recoveryCodesInProse(lower, out);
  // Only where the word pass saw a run of 48 digits.
  if (words.numbers.digits.some((d) => d >= 48)) {
    bitlockerKey.lastIndex = 0;
    for (let m = bitlockerKey.exec(text); m; m = bitlockerKey.exec(text)) push(out, m.index, m[0]);
  }
  // Each prefix in text order; a secret found is not searched again. (Prefixes never overlap, so only a
  // secret, not a prefix, can hide a later one.)
  let from = 0;
  const marks: number[] = [];
  for (const at of prefixStarts(text, marks)) {
    if (at < from) continue;
    prefixAt.lastIndex = at;
    if (!prefixAt.test(text)) continue;
    from = prefixAt.lastIndex;
    if (gluedBefore(text, at)) continue;
    for (const re of prefixed) {
      const m = execAt(re, text, at);
      if (!m) continue;
      push(out, at, m[0]);
      from = at + m[0].length;
      break;
    }
  }
  keyedSecrets(text, marks, out, first);
  if (words.scripts) {
    scriptSecretLabel.lastIndex = 0;
    for (let m = scriptSecretLabel.exec(text); m; m = scriptSecretLabel.exec(text)) {
      const value = m[1]!;
      if (
        !plausibleSecret(value, false) ||
        out.some((s, k) => k >= first && s.start <= m!.index && m!.index < s.end)
      )
        continue;
      push(out, m.index + m[0].length - value.length, value);
    }
  }
  for (let i = lower.indexOf('bearer'); i >= 0; i = lower.indexOf('bearer', i + 6)) {
    const m = gluedBefore(text, i) ? null : execAt(bearer, text, i);
    if (m && plausibleSecret(m[1]!, false)) pushLast(out, i, m);
  }
  // Other schemes of an Authorization header: "Authorization: SSWS 00le…" (Okta), "Authorization: Token 9f…"
  // (only where the word pass saw "authorization").
  if (hasWord(words, transferGate)) {
    for (let i = lower.indexOf('authorization:'); i >= 0; i = lower.indexOf('authorization:', i + 14)) {
      const m = execAt(otherScheme, text, i);
      if (m && plausibleSecret(m[1]!, false)) pushLast(out, i, m);
    }
  }
  for (let i = text.indexOf('Basic '); i >= 0; i = text.indexOf('Basic ', i + 6)) {
    const m = execAt(basic, text, i);
    if (m && plausibleSecret(m[1]!, false)) pushLast(out, i, m);
  }
  for (let i = text.indexOf('://'); i >= 0; i = text.indexOf('://', i + 3)) {
    let scheme = i;
    while (scheme > 0 && /[A-Za-z0-9+.-]/.test(text[scheme - 1]!)) scheme--;
    const m = execAt(urlCredentials, text, scheme);
    if (m && plausibleSecret(m[1]!, false)) push(out, scheme + m[0].lastIndexOf(m[1]! + '@'), m[1]!);
  }
  let after = 0;
  // The key name found for the previous secret word, its regex results, and where that word started: the words
  // of one long key (`password_password_…`) share them, so each key is scanned and matched once.
  let lastWord = -1;
  let lastKey = -1;
  let lastM: RegExpExecArray | null = null;
  let lastProse: RegExpExecArray | null | undefined;
  for (let k = 0; k < words.values.length; k++) {
    if (!(words.flags[k]! & WordFlag.secret) || words.starts[k]! < after) continue;
    // Back to the start of the key name (`DB_PASSWORD`, `X-Api-Key`, `aws_secret_access_key`).
    let key = words.starts[k]!;
    while (key > 0 && key !== lastWord && keyChar.test(text[key - 1]!)) key--;
    if (key === words.starts[k] && words.values[k] === 'key') {
      const w = wifiKeyBefore.exec(text.slice(Math.max(0, key - 10), key));
      if (w) key -= w[0].length;
    }
    const sameKey = key === lastWord && lastWord >= 0;
    if (sameKey) key = lastKey;
    else {
      lastKey = key;
      lastM = execAt(assignment, text, key);
      lastProse = undefined;
    }
    lastWord = words.starts[k]!;
    // "code=token_scope_insufficient request_id=…": a key name written as another key's value is a value.
    if (key > 0 && text.charCodeAt(key - 1) === 61) continue;
    // "/home/pw-runner", "https://…/token.oauth2": a word inside a path names nothing.
    if (key > 0 && text.charCodeAt(key - 1) === 47) continue;
    // "token_ref=DNITHE000000391", "pwd_reset ip=…": a key that names something about the secret, not the secret.
    if (!sameKey && aboutSecret(text, key, words.starts[k]! + words.values[k]!.length)) continue;
    const m = lastM;
    if (!m && passwordWord.test(words.values[k]!)) {
      const named = passwordNamed(
        text,
        key,
        words.starts[k]!,
        words.starts[k]! + words.values[k]!.length,
        words.values[k]!,
      );
      if (named) {
        after = pushWithAlternative(text, out, named.start, named.value);
        continue;
      }
    }
    if (!m && words.values[k] === 'key') {
      // A Wi-Fi network's key named after its security type: "WH-FLOOR-5G (WPA2-PSK), key is Forklift-Rainbow-2291".
      // (From the word itself: `key` starts at "wifi" in "wifi key 7hK2-pQ9m-Xr4v".)
      const word = words.starts[k]!;
      const lead = lower.slice(Math.max(0, word - 48), word);
      // … or a router's config section: "[wireless.iface_5g]\nssid=…\nencryption=sae-mixed\nkey=plum-ferry-81-Orchard".
      const config =
        text.charCodeAt(word + 3) === 61 && /(?:^|\n)[ \t]*(?:ssid|encryption)[ \t]*=/.test(lead);
      const w =
        (wifiBefore.test(lead) || config) && !keyQualifier.test(lead)
          ? execAt(wifiKeyValue, text, word)
          : null;
      if (w && /\d/.test(w[1]!) && /[a-z]/i.test(w[1]!) && !/^\d{4}-\d\d-\d\d/.test(w[1]!)) {
        pushLast(out, word, w);
        continue;
      }
      // (The words before "key" itself: `key` starts at "idempotency" in "Idempotency-Key: …".)
      const before = lower.slice(Math.max(0, word - 16), word);
      const t = dataKeyBefore.test(before)
        ? null
        : (execAt(keyThenToken, text, word) ??
          execAt(keyLaterToken, text, word) ??
          (publicKeyBefore.test(before) ? null : execAt(keyThenHex, text, word)));
      // Random, not words and a year: "EXAMPLEKEY-5d2e8f10a9c34b7e", not "CheckoutPage2Title", "EnableNewCheckout2024".
      // (Not a key name and its value: "FORKLY_PARTNER_KEY=fkp_live_…" is read as an assignment.)
      if (
        t &&
        (t[1]!.match(/[a-z]\d|\d[a-z]/gi)?.length ?? 0) >= 3 &&
        !t[1]!.includes('/') &&
        !/=[^=]/.test(t[1]!)
      ) {
        pushLast(out, word, t);
        continue;
      }
      // An authenticator's setup key is base32, with few digits or one.
      const seed = seedKeyBefore.test(before) ? execAt(keyThenBase32, text, word) : null;
      if (seed) pushLast(out, word, seed);
      continue;
    }
    if (!m) {
      if (lastProse === undefined) lastProse = execAt(proseAssignment, text, key);
      const p = lastProse;
      const value = p?.[2]?.replace(/[.,:;]+$/, '');
      if (!p || !value || !letterAndOther.test(value) || versionLike.test(value)) continue;
      // "my password doesnt work, the mailbox is jane.doe2024@example.com": an address is no password.
      if (/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(value)) continue;
      if (!plausibleSecret(value, true)) continue;
      after = pushWithAlternative(text, out, key + p[0].length - p[2]!.length, value);
      continue;
    }
    const quoted = m[2] ?? m[3] ?? m[4];
    // "the token: Authorization: Bearer …": a header's name is no value; "Temp password issued: Kettle-Plum-48!":
    // a word and a colon, then the password.
    if (m[5]?.endsWith(':') && /^[A-Za-z-]+:$/.test(m[5])) {
      const named = passwordWord.test(words.values[k]!)
        ? passwordNamed(
            text,
            key,
            words.starts[k]!,
            words.starts[k]! + words.values[k]!.length,
            words.values[k]!,
          )
        : undefined;
      if (named) after = pushWithAlternative(text, out, named.start, named.value);
      continue;
    }
    let value = quoted ?? m[5] ?? '';
    // "server pw-web-1.svc.cluster.local:8080": a host name and its port.
    if (!quoted && m[1]!.includes('.') && /^\d{1,5}$/.test(value)) continue;
    // A sentence may end right after the value; `!` and `?` stay, passwords often end with one.
    if (!quoted) value = value.replace(/[.,:;]+$/, '');
    const prose = !/[:=]/.test(m[0].slice(m[1]!.length, m[0].length - value.length));
    // Quoted after a password's word, a word is the password: 'telephone password "marmalade"'.
    if (!plausibleSecret(value, prose && !(quoted !== undefined && passwordWord.test(words.values[k]!))))
      continue;
    // Only a space between the key and the value ("credential CRED-2024-ML-55812"): an identifier stays.
    if (m[5] !== undefined && m[0].length - m[5].length === m[1]!.length + 1 && identifierShaped.test(value))
      continue;
    after = pushWithAlternative(text, out, key + m[0].lastIndexOf(value), value);
  }
  if (awsKeyId.test(text)) {
    awsSecret.lastIndex = 0;
    for (let m = awsSecret.exec(text); m; m = awsSecret.exec(text)) push(out, m.index, m[0]);
  }
  // The column's name is a secret's word the word pass flagged.
  if (words.all & WordFlag.secret && (lower.includes(',') || lower.includes('\t'))) secretColumns(text, out);
  if (hasWord(words, toolGate)) otpSeeds(text, lower, out);
  // Read at each line's start (a regex that looks for line starts itself reads every character).
  if (text.includes('=')) {
    for (let i = 0; ;) {
      const m = execAt(envSecret, text, i);
      if (m && !envAbout.test(m[1]!) && plausibleSecret(m[2]!, false))
        push(out, i + m[0].length - m[2]!.length, m[2]!);
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl + 1;
    }
  }
  if (hasWord(words, toolGate)) commandLineSecrets(text, lower, out);
  // "key" is a word the word pass flags.
  if (words.all & WordFlag.secret && lower.includes('key-')) {
    mailgunKey.lastIndex = 0;
    for (let m = mailgunKey.exec(text); m; m = mailgunKey.exec(text)) push(out, m.index, m[0]);
  }
  // Every other place the text writes a secret found once: the code quoted in a reply below the agent's "you posted
  // it below (884 017)"; not as the last group of a spaced number ("PIN 2580 … 020 7946 2580").
  if (out.length > first)
    foundAgain(text, out, first, 'secret', secretForm, lower, (start, end) => {
      const b = lower.charCodeAt(start - 1);
      const a = lower.charCodeAt(end);
      return (
        !(inRun(b) && isDigit(lower.charCodeAt(start - 2))) &&
        !(inRun(a) && isDigit(lower.charCodeAt(end + 1)))
      );
    });
};
