// IPv4 and IPv6 addresses. Ports and zone ids stay (`10.0.0.1:8080` → `[IP]:8080`); an IPv4 network's prefix
// length goes with it (`203.0.113.0/24` → `[IP]`), an IPv6 network's too (`2001:db8::/32`).
// ASCII candidate regexes without look-behind (V8's fast path); the boundaries are checked by hand.
import { isIPv6 } from 'node:net';
import { isDigit, isWordChar, windowBefore } from './context.ts';
import { Lines } from './lines.ts';
import { execAt } from './sticky.ts';
import type { Detector, Span } from './types.ts';

const ipv4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/y;
// Four-part versions (`firmware 1.2.3.4`, `build 2.1.0.4`) are written after a word that says so. Words that
// also name a host (`node`, `server`, `host`) are left out: a dotted quad after them is an address.
// The word for "version" in other languages (versión, versão, versione, versie, wersja/wersji, verze, sürüm)
// counts the same, and so does "version of the client" / "versión del cliente": the cue, a preposition, an
// optional article and one word that names the software. Right after the word, or after its colon: a column of a
// table ("Safari / iOS      198.51.100.201") is another field.
const versionCue =
  /(?:^|[^\p{L}\p{N}_])(?:v|ver|version|versions|firmware|fw|build|release|rel|sdk|driver|bios|kernel|os|package|pkg|library|lib|plugin|update|upgrade|upgraded|patch|tag|app|miui|ios|android|windows|chrome|firefox|safari|edge|python|java|npm|pip|gem|dotnet|\.net|versi[oó]n|versiones|vers[aã]o|vers[oõ]es|versione|versioni|versie|wersj[aiętę]|verze|verzi|s[üu]r[üu]m[üu]?|aktualizacj[aiię])(?:\s+(?:of|del|de|des|du|der|van|do|da|di|dello|della)(?:\s+(?:the|el|la|le|il|o|a|das|die|den|l'))?\s+([\p{L}-]{2,20}))?(?:[ \t]{0,3}|\s*["']?\s*[:=]\s*["']?\s*|\s*["']\s*)(?:(?<=[:=]\s*)[\p{L}][\p{L}\p{N}]*-[\p{L}\p{N}-]+\s+)?$/u;

// "after upgrading the collector to 6.2.1.4", "bumping the agent to 10.4.2.1", "rolled back to 10.4.1.9": a
// dotted quad a piece of software is moved to is a version. Words that name the network ("the DNS record",
// "the proxy host") between the verb and "to" leave it an address.
const versionMove =
  /\b(?:upgrad\w*|downgrad\w*|updat\w*|bump\w*|roll(?:ed|ing|s)?(?:\s+[\w-]+){0,3}?\s+back|rollbacks?|roll-backs?|revert\w*|ota)((?:\s+[\w.-]+){0,3})\s+(?:to|from)\s+(?:v(?:ersion)?\s*)?$/;
const networkWord =
  /\b(?:ip|ips|host|hosts|hostname|address|addr|dns|record|gateway|gw|proxy|route|subnet|server|endpoint|vip|nat|firewall|allowlist|whitelist|blocklist|acl|rule|rules|traffic|balancer|lb|origin|site|customer|kiosk)\b/;

// "APP_VERSION=3.2.0.18", "agent_build: 4.1.0.7": a key name that ends in a version word, as in .env and
// config files.
const versionKey =
  /[a-z0-9]_(?:version|ver|build|release|app|fw|firmware|kernel|client|agent)\s*[:=]\s*["']?$/;

// "VPN client 6.4.2.1", "backup agent 10.4.0.12": a word naming a product, then client/agent/app/plugin. After
// an article ("the client 10.0.0.5") or a protocol ("DHCP client 10.0.0.5"), or as a log field ("INFO
// client=10.0.0.5"), the dotted quad is a machine.
const productComponent =
  /(?:^|[^\p{L}\p{N}])([\p{L}][\p{L}\p{N}-]{1,20})\s+(?:client|agent|app|plugin|extension)\s+$/u;
const notProduct =
  /^(?:the|a|an|this|that|each|every|any|one|our|my|your|their|his|her|its|from|to|by|for|with|at|on|of|success|succeeded|ok|failed|failure|denied|allowed|accepted|rejected|blocked|dhcp|dns|ntp|ssh|sftp|ftp|nfs|smb|rdp|vnc|telnet|snmp|ldap|radius|syslog|mqtt|http|https|tcp|udp|remote|wireless|wifi|wi-fi|lan|wan|local|internal|external|ip|host|server|proxy|gateway|nat|vip|info|debug|warn|error|trace|log)$/;

const componentWords = ['client', 'agent', 'app', 'plugin', 'extension'];

function productVersion(window: string): boolean {
  // The component word ends the window (before blanks): checked before the regex, which searches from each offset.
  const trimmed = window.trimEnd();
  if (trimmed.length === window.length || !componentWords.some((w) => trimmed.endsWith(w))) return false;
  const m = productComponent.exec(window);
  return m !== null && !notProduct.test(m[1]!);
}

// A markdown table column headed "Version", "Build", "Firmware" …: the dotted quads of its cells are versions.
const versionHead =
  /^\s*(?:[\p{L}-]+\s+)?(?:version|versions|ver|build|release|firmware|fw|sdk|agent|client)\s*$/u;
const separatorRow = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*$/;

/**
 * What `tableVersionColumn` has read of the line of the last dotted quad: the dotted quads of a long table row or
 * a long line come in text order, and reading the line's start, its pipes and the table above it again for each
 * was quadratic.
 */
interface Tables {
  readonly lines: Lines;
  line?: TableLine;
}

/** A line, and what is known of it as a table row. */
interface TableLine {
  lineStart: number;
  /** The first character of the line past blanks. */
  first: number;
  /** Pipes counted from `first + 1` up to `pipesTo`. */
  pipes: number;
  pipesTo: number;
  /** The cells of the table's header when the line is a row under one (undefined: not read yet; null: none). */
  head: string[] | null | undefined;
  /** Whether each header cell names versions, when asked. */
  versionCells: (boolean | undefined)[];
}

function tableVersionColumn(lower: string, start: number, table: Tables): boolean {
  const lineStart = table.lines.startOf(start);
  let line = table.line;
  if (line?.lineStart !== lineStart) {
    // The row starts with a pipe (after blanks): checked without searching past the line.
    let first = lineStart;
    while (first < start && (lower.charCodeAt(first) === 32 || lower.charCodeAt(first) === 9)) first++;
    line = { lineStart, first, pipes: 0, pipesTo: first + 1, head: undefined, versionCells: [] };
    table.line = line;
  }
  if (lower.charCodeAt(line.first) !== 124) return false;
  if (start < line.pipesTo) {
    line.pipes = 0;
    line.pipesTo = line.first + 1;
  }
  for (; line.pipesTo < start; line.pipesTo++) if (lower.charCodeAt(line.pipesTo) === 124) line.pipes++;
  const column = line.pipes;
  if (line.head === undefined) line.head = tableHead(lower, lineStart);
  if (line.head === null || column >= line.head.length) return false;
  return (line.versionCells[column] ??= versionHead.test(line.head[column]!));
}

/** The header cells of the table whose row starts at `lineStart`: the row above its separator row. */
function tableHead(lower: string, lineStart: number): string[] | null {
  // Up the table to the separator row; the header is the row above it.
  for (let rows = 0; rows < 60 && lineStart > 0; rows++) {
    const end = lineStart - 1;
    lineStart = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(lineStart, end);
    if (!line.includes('|')) return null;
    // A separator row is short; the regex backtracks on long lines of blanks.
    if (line.length > 512 || !separatorRow.test(line)) continue;
    if (lineStart === 0) return null;
    const header = lower.slice(lower.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    return header.trim().replace(/^\|/, '').split('|');
  }
  return null;
}

// A dotted quad whose first number is below 10 is a version far more often than an address in a ticket
// (`5.12.0.4`, `8.1.3.2`, `0.0.0.0`): customers' and servers' addresses start at 10 or above, the documentation
// ranges too. It is an address after a word that says so ("IP 5.9.12.1", "from 3.120.4.7", "dns: 9.9.9.9")
// and when it is a public resolver.
const addressCue =
  /(?:(?:\bip|\bipv4|\baddress|\baddr|\bdns|\bresolver|\bnameserver|\bping|\bfrom|\bsrc|\bsource|\bremote|\bpeer|-for|\bclient|\bhost|\bserver|\bwan|\blan)(?:[_ -]?(?:ip|addr|address))?\s*(?:is\s+|was\s+|of\s+|to\s+)?[:=]?\s*["'([]?|\b(?:to|via|connect\w*|reach\w*|block\w*|ban\w*|allow\w*|curl|ssh|telnet|dial\w*)\s+|\/\/|@)$/;
const resolvers = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '4.2.2.2']);

// "the tracker firmware went to 6.2.0.18": a version word, then a move.
const versionWentTo =
  /\b(?:firmware|version|build|fw)(?:[ \t]+[\w-]+){0,2}[ \t]+(?:went|moved|switched|changed|was[ \t]+pushed|flashed)[ \t]+to[ \t]+$/;
// "Firmware on the attached terminals is 10.2.3.4": a version word, a few words, then "is" (no machine between:
// "our build box is 10.0.4.12"); "terminals on 10.3.0.1 or later": a version is what is "or later".
const versionIsCue =
  /\b(?:firmware|version|build|release)((?:[ \t]+[\w-]+){0,4}?)[ \t]+(?:is|was|are|now)[ \t]*[:=]?[ \t]*$/;
const machineWord = /\b(?:box|machine|vm|node|instance|upstream|downstream|target|endpoint|peer)\b/;
const laterVersion = /^[ \t]*(?:or|and)[ \t]+(?:later|newer|above|higher)\b|^\+(?![\d])/;
const ipWordBefore = /\b(?:ip|ipv4|address|addr)[ \t]*[:=]?[ \t]*$/;

function versionIs(window: string): boolean {
  if (window.endsWith('to ') && versionWentTo.test(window)) return true;
  const m = versionIsCue.exec(window);
  return m !== null && !networkWord.test(m[1]!) && !machineWord.test(m[1]!);
}

function lowVersion(quad: string, window: string): boolean {
  // "0.0.0.0" is every interface, no one's address, whatever the words before it ("bound to 0.0.0.0:27005").
  if (quad === '0.0.0.0') return true;
  return quad.charCodeAt(1) === 46 && !resolvers.has(quad) && !addressCue.test(window);
}

function movedToVersion(lower: string, start: number): boolean {
  // A version's first number is small: "rolled traffic back to 192.0.2.15" moves it to a machine.
  if (Number(lower.slice(start, lower.indexOf('.', start))) >= 100) return false;
  const m = versionMove.exec(windowBefore(lower, start, 48));
  // The words after the verb, and between "rolled" and "back": "rolled the dns record back to …" is no version.
  return m !== null && !networkWord.test(m[0]);
}

// "Running agent 4.12.0.2 on …", "we run collector 6.2.1.4": software named as running, at most two words
// (none of them a network word or a preposition) before the dotted quad. "running on 10.0.0.5" stays an address.
const runningCue = /\brun(?:s|ning)?((?:\s+[a-z][\w-]*){1,2})\s*$/;
const notSoftwareWord = /\b(?:on|at|in|from|to|via|behind|against|as)\b/;

function runningVersion(lower: string, start: number): boolean {
  const m = runningCue.exec(windowBefore(lower, start, 40));
  return m !== null && !networkWord.test(m[1]!) && !notSoftwareWord.test(m[1]!);
}

// "Versión del cliente 10.2.0.118, servidor 10.2.0.120": a dotted quad listed right after a version, one or two
// words between them, with the same major and minor number, is the other component's version.
const listedAfter = /^\s*[,;/]?\s*(?:and|y|et|und|e|i|en|or)?\s*(?:[\p{L}-]{2,20}\s*){0,2}[:=]?\s*$/u;

/** Network words but "server": "client 12.4.1.9, server 12.4.1.12" lists two components' versions. */
const addressWord =
  /\b(?:ip|ips|host|hosts|hostname|address|addr|dns|record|gateway|gw|proxy|route|subnet|endpoint|vip|nat)\b/;

function sameRelease(a: string, b: string): boolean {
  const i = a.indexOf('.', a.indexOf('.') + 1);
  return i > 0 && b.startsWith(a.slice(0, i + 1));
}

const isHexOrColon = (c: number) =>
  (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;

/** Whether each dot-separated part of `s` (digits, as `ipv4` matched them) is 0-255 without a leading zero. */
function octetsValid(s: string): boolean {
  let value = 0;
  let length = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      if (value > 255) return false;
      value = 0;
      length = 0;
      continue;
    }
    // A leading zero: a second digit after a first 0.
    if (length === 1 && value === 0) return false;
    value = value * 10 + (c - 48);
    length++;
  }
  return true;
}

/** Whether `text[start, end)` has `::` or at least seven colons, as an IPv6 address needs. */
function hasIpv6Colons(text: string, start: number, end: number): boolean {
  let colons = 0;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 58) continue;
    if (++colons >= 7 || text.charCodeAt(i + 1) === 58) return true;
  }
  return false;
}

export const detectIp: Detector = ({ text, lower, words, out }) => {
  // IPv4: from each dot between digits, the dotted quad that contains it. A dotted quad lies in a number run of
  // the word pass (digits, dots, and seven characters at least), so only the dots of those runs are read.
  const runs = words.numbers;
  const seen: Versions = { version: '', versionEnd: -1, all: new Set() };
  const tables: Tables = { lines: new Lines(lower) };
  let dot = -1;
  for (let k = 0; k < runs.first.length; k++) {
    const last = runs.last[k]!;
    if (dot < runs.first[k]!) dot = runs.first[k]!;
    for (dot = text.indexOf('.', dot); dot >= 0 && dot < last; dot = text.indexOf('.', dot + 1)) {
      dot = ipv4At(text, lower, dot, seen, tables, out);
    }
    if (dot < 0) break;
  }
  ipv6(text, out);
};

/** The last dotted quad read as a version: its value and end. */
interface Versions {
  version: string;
  versionEnd: number;
  /** Every dotted quad read as a version so far. */
  all: Set<string>;
}

/** The 32 bits of a dotted quad whose octets are valid. */
function bitsOf(quad: string): number {
  let bits = 0;
  for (const o of quad.split('.')) bits = bits * 256 + Number(o);
  return bits;
}

/** A netmask: 255 first, then ones up to the first zero bit and zeros after it. */
function netmask(quad: string): boolean {
  if (!quad.startsWith('255.')) return false;
  const zeros = 0xffffffff - bitsOf(quad);
  return (zeros & (zeros + 1)) === 0;
}

/** Whether the line before `at` is a user agent's: "User-Agent: Mozilla/5.0 (…) Chrome/…". */
function inUserAgent(lower: string, at: number): boolean {
  // Within the 400 characters before: a search back to the text's start for each address would be quadratic.
  const window = lower.slice(Math.max(0, at - 400), at);
  const line = window.slice(window.lastIndexOf('\n') + 1);
  return line.includes('mozilla/') || line.includes('user-agent');
}

/** The IPv4 address around `dot`, pushed to `out` when it is one; where the search for the next dot starts. */
function ipv4At(
  text: string,
  lower: string,
  dot: number,
  seen: Versions,
  tables: Tables,
  out: Span[],
): number {
  if (dot === 0 || !isDigit(text.charCodeAt(dot - 1)) || !isDigit(text.charCodeAt(dot + 1))) return dot;
  let start = dot - 1;
  while (start > 0 && dot - start < 3 && isDigit(text.charCodeAt(start - 1))) start--;
  ipv4.lastIndex = start;
  const m = ipv4.exec(text);
  if (!m) return dot;
  const end = start + m[0].length;
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  // Part of a longer dotted number (`1.2.3.4.5`, `v1.2.3.4`), or a word.
  if (isWordChar(before) || before === 46 || before === 45) return end;
  // A product's version in a user agent: "… AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0".
  if (before === 47 && inUserAgent(lower, start)) return end;
  const after = end < text.length ? text.charCodeAt(end) : 32;
  if (isWordChar(after)) return end;
  if ((after === 46 || after === 45) && end + 1 < text.length && isWordChar(text.charCodeAt(end + 1)))
    return end;
  if (!octetsValid(m[0])) return end;
  // A netmask ("255.255.252.0"): no host's address. (A network in CIDR notation, "allowlist 203.0.113.0/24", is
  // an office's or a customer's and stays PII.)
  if (netmask(m[0])) return end;
  // "Other users on 10.2.1.7 are fine" after "updating … to 10.2.1.7": the same value again is the same version.
  if (seen.all.has(m[0])) return end;
  const window = windowBefore(lower, start, 48);
  const cue = versionCue.exec(window);
  if (
    lowVersion(m[0], window) ||
    versionIs(window) ||
    // ("opened from IP 198.51.100.77 and later accessed from …": after an address's word, "and later" is time.)
    (laterVersion.test(lower.slice(end, end + 16)) && !ipWordBefore.test(window)) ||
    (cue !== null && (cue[1] === undefined || !networkWord.test(cue[1]))) ||
    (window.includes('_') && versionKey.test(window)) ||
    // (A product's version starts below 100: "client 198.51.100.77" is a machine.)
    (m[0].indexOf('.') < 3 && productVersion(window)) ||
    tableVersionColumn(lower, start, tables) ||
    movedToVersion(lower, start) ||
    runningVersion(lower, start) ||
    (seen.versionEnd >= 0 &&
      start - seen.versionEnd <= 40 &&
      sameRelease(seen.version, m[0]) &&
      listedAfter.test(lower.slice(seen.versionEnd, start)) &&
      !addressWord.test(lower.slice(seen.versionEnd, start)))
  ) {
    seen.version = m[0];
    seen.versionEnd = end;
    seen.all.add(m[0]);
    return end;
  }
  // A network's prefix length belongs to it: "198.51.100.0/24" names the network, not one host.
  const prefix = execAt(cidrPrefix, text, end);
  out.push({ start, end: prefix ? end + prefix[0].length : end, type: 'ip' });
  return end;
}

// Not the start of a second address: "DNS 8.8.8.8/8.8.4.4".
const cidrPrefix = /\/(?:3[0-2]|[12]?\d)(?![\d\p{L}]|\.\d)/uy;
const cidr6Prefix = /\/(?:12[0-8]|1[01]\d|[1-9]?\d)(?![\d\p{L}]|\.\d)/uy;

function ipv6(text: string, out: Span[]): void {
  // IPv6: from each colon, the run of hex digits, colons and dots around it.
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let start = colon;
    while (start > 0 && isHexOrColon(text.charCodeAt(start - 1))) start--;
    let end = colon + 1;
    while (end < text.length && isHexOrColon(text.charCodeAt(end))) end++;
    colon = end;
    // Inside a word (`NET::ERR`, `std::vector`) or a longer token.
    if (start > 0 && (isWordChar(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === 45)) continue;
    if (end < text.length && (isWordChar(text.charCodeAt(end)) || text.charCodeAt(end) === 45)) continue;
    // Fewer than seven colons and no `::` (`10:22:31`, `:8080`) is no IPv6 address: decided before slicing.
    if (!hasIpv6Colons(text, start, end)) continue;
    // Trailing sentence punctuation (`from fe80::1.`, `fe80::1: timeout`) is not part of the address. The dots
    // are stripped by hand: `/\.+$/` is tried from every dot of the run, quadratic on a long run of dots.
    let last = end;
    while (last > start && text.charCodeAt(last - 1) === 46) last--;
    let value = text.slice(start, last);
    if (value.endsWith(':') && !value.endsWith('::')) value = value.slice(0, -1);
    if (value.startsWith(':') && !value.startsWith('::')) {
      value = value.slice(1);
      start++;
    }
    // Eight groups, or fewer with `::`: anything else (`10:22:31`, `Subject:`) is no IPv6 address.
    if (value.length < 3) continue;
    const compressed = value.includes('::');
    if (!compressed && value.split(':').length !== 8) continue;
    // Eight groups of two hex digits each: a certificate's thumbprint or fingerprint ("3B:1F:9A:C2:77:04:E1:5D").
    if (!compressed && /^(?:[0-9A-Fa-f]{2}:){7}[0-9A-Fa-f]{2}$/.test(value)) continue;
    if (!isIPv6(value)) continue;
    // `10:22:31` and MAC addresses fail isIPv6; this keeps out short hex-word forms such as `cafe::`.
    const groups = value.split(':').filter((g) => g !== '').length;
    if (!/\d/.test(value) || (groups < 2 && value !== '::1')) continue;
    // A network's prefix length goes with it, as with IPv4: "2001:db8:4f2a::/48".
    const prefix = start + value.length === end ? execAt(cidr6Prefix, text, end) : null;
    const to = prefix ? end + prefix[0].length : start + value.length;
    out.push({ start, end: to, type: 'ip', canonical: value.toLowerCase() });
  }
}
