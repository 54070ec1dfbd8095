// Credentials: provider tokens with a recognisable prefix, JWTs, private keys, `Bearer`/`Basic` credentials,
// passwords in URLs and `password=` / `api_key:` style assignments. Only the secret value is replaced, so
// `Authorization: Bearer [SECRET]` still says what was there.
import type { Detector, Span } from './types.ts';

interface Pattern {
  re: RegExp;
  /** Capture group holding the secret; 0 = the whole match. */
  group: number;
}

const b = '(?<![A-Za-z0-9_\\-])';
const e = '(?![A-Za-z0-9_\\-])';

const prefixed: Pattern[] = [
  // Stripe secret, restricted and publishable keys; webhook signing secrets.
  { re: new RegExp(`${b}(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{10,}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}whsec_[A-Za-z0-9]{20,}${e}`, 'g'), group: 0 },
  // AWS access key ids.
  {
    re: new RegExp(`${b}(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ABIA|ACCA)[A-Z0-9]{16}${e}`, 'g'),
    group: 0,
  },
  // GitHub classic (ghp_, gho_, ghu_, ghs_, ghr_) and fine-grained tokens; GitLab; Slack; Google; npm; SendGrid.
  { re: new RegExp(`${b}gh[pousr]_[A-Za-z0-9]{30,}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}github_pat_[A-Za-z0-9_]{30,}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}glpat-[A-Za-z0-9_\\-]{20,}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}xox[abposr]-[A-Za-z0-9\\-]{10,}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}AIza[0-9A-Za-z_\\-]{35}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}npm_[A-Za-z0-9]{36}${e}`, 'g'), group: 0 },
  { re: new RegExp(`${b}SG\\.[A-Za-z0-9_\\-]{16,}\\.[A-Za-z0-9_\\-]{16,}${e}`, 'g'), group: 0 },
  // OpenAI / Anthropic style keys.
  { re: new RegExp(`${b}sk-(?:proj-|ant-|live-)?[A-Za-z0-9_\\-]{20,}${e}`, 'g'), group: 0 },
  // JWTs: base64url JSON header and payload, then the signature.
  {
    re: new RegExp(`${b}eyJ[A-Za-z0-9_\\-]{5,}\\.eyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{8,}${e}`, 'g'),
    group: 0,
  },
  {
    re: /-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----[\s\S]*?-----END (?:[A-Z]+ )*PRIVATE KEY-----/g,
    group: 0,
  },
  // HTTP credentials.
  { re: /\bBearer\s+([A-Za-z0-9\-._~+/]*\d[A-Za-z0-9\-._~+/]*=*)(?![A-Za-z0-9\-._~+/=])/gi, group: 1 },
  { re: /\bBasic\s+([A-Za-z0-9+/]{8,}={0,2})(?![A-Za-z0-9+/=])/g, group: 1 },
  // user:password@host in URLs.
  { re: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]*:([^\s/@]{3,})@[^\s/@]/gi, group: 1 },
];

// `password=…`, `DB_PASSWORD: …`, `X-Api-Key: …`, `aws_secret_access_key = …`, `the temp pass is …`.
const secretKey =
  '(?:[A-Za-z0-9]+[_.\\-])*(?:password|passwort|passwd|passcode|pass|pwd|secret|token|api[_\\-]?key|apikey|access[_\\-]?key|auth[_\\-]?key|private[_\\-]?key|client[_\\-]?secret|credentials?)(?:[_.\\-][A-Za-z0-9]+)*';
const assignment = new RegExp(
  `(?<![A-Za-z0-9])(${secretKey})["']?(?:\\s*[:=]\\s*|\\s+(?:is|was|as|=|:)\\s*:?\\s*)(?:"([^"\\n]{3,200})"|'([^'\\n]{3,200})'|\`([^\`\\n]{3,200})\`|([^\\s"'\`<>,;)\\]}]{3,200}))`,
  'gi',
);
const placeholder = /^(?:[*x•.·#_-]+|\[[^\]]*\]|<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%[a-z_]+%|\$[A-Z_]+)$/i;
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
  // In prose ("the password is …") demand something a word does not have: a digit, a symbol or mixed case.
  if (prose && /^[a-z]+$/.test(value)) return false;
  return /[^A-Za-z]/.test(value) || value.length >= 6;
}

// An AWS secret access key is 40 base64 characters; without a name next to it, it is only taken when an
// access key id is in the same text.
const awsSecret =
  /(?<![A-Za-z0-9/+=])(?=[A-Za-z0-9/+]*[0-9])(?=[A-Za-z0-9/+]*[a-z])(?=[A-Za-z0-9/+]*[A-Z])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const awsKeyId = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/;

const hint =
  /sk_|rk_|pk_|whsec_|AKIA|ASIA|gh[pousr]_|github_pat_|glpat-|xox|AIza|npm_|SG\.|sk-|eyJ|-----BEGIN|bearer|token|basic|:\/\/|pass|pwd|secret|key|credential/i;

function push(out: Span[], start: number, value: string) {
  out.push({ start, end: start + value.length, type: 'secret' });
}

export const detectSecrets: Detector = ({ text, out }) => {
  if (!hint.test(text)) return;
  for (const { re, group } of prefixed) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const value = m[group];
      if (value === undefined) continue;
      const start = group === 0 ? m.index : m.index + m[0].lastIndexOf(value);
      if (group !== 0 && !plausibleSecret(value, false)) continue;
      push(out, start, value);
    }
  }
  assignment.lastIndex = 0;
  for (let m = assignment.exec(text); m; m = assignment.exec(text)) {
    const quoted = m[2] ?? m[3] ?? m[4];
    let value = quoted ?? m[5] ?? '';
    // A sentence may end right after the value; `!` and `?` stay, passwords often end with one.
    if (!quoted) value = value.replace(/[.,:;]+$/, '');
    const prose = !/[:=]/.test(m[0].slice(m[1]!.length, m[0].length - value.length));
    if (!plausibleSecret(value, prose)) continue;
    const start = m.index + m[0].lastIndexOf(value);
    push(out, start, value);
    assignment.lastIndex = start + value.length;
  }
  if (awsKeyId.test(text)) {
    awsSecret.lastIndex = 0;
    for (let m = awsSecret.exec(text); m; m = awsSecret.exec(text)) push(out, m.index, m[0]);
  }
};
