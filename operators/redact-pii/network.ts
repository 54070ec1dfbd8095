// IPv4 and IPv6 addresses. Ports, CIDR suffixes and zone ids stay: `10.0.0.1:8080` → `[IP]:8080`.
import { isIPv6 } from 'node:net';
import { windowBefore } from './context.ts';
import type { Detector } from './types.ts';

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const ipv4 = new RegExp(
  `(?<![\\p{L}\\p{N}_.\\-]|\\d\\.)${octet}(?:\\.${octet}){3}(?![\\p{L}\\p{N}_]|\\.\\d|-[\\p{L}\\p{N}])`,
  'gu',
);
// Four-part versions (`firmware 1.2.3.4`, `build 2.1.0.4`) are written after a word that says so.
const versionCue =
  /(?<![\p{L}\p{N}])(?:v|ver|version|versions|firmware|fw|build|release|rel|sdk|driver|bios|kernel|os|package|pkg|library|lib|plugin|update|upgrade|upgraded|patch|tag|chrome|firefox|safari|edge|node|python|java|npm|pip|gem|dotnet|\.net)\s*[:=]?\s*$/iu;

const ipv6Candidate =
  /(?<![\p{L}\p{N}_:.-])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\p{L}\p{N}_:-]|\.\d)/gu;

export const detectIp: Detector = ({ text, out }) => {
  if (text.includes('.')) {
    ipv4.lastIndex = 0;
    for (let m = ipv4.exec(text); m; m = ipv4.exec(text)) {
      if (versionCue.test(windowBefore(text, m.index, 24))) continue;
      out.push({ start: m.index, end: m.index + m[0].length, type: 'ip' });
    }
  }
  if (text.includes(':')) {
    ipv6Candidate.lastIndex = 0;
    for (let m = ipv6Candidate.exec(text); m; m = ipv6Candidate.exec(text)) {
      let value = m[0];
      // A trailing single colon belongs to the sentence (`from fe80::1: timeout`), not the address.
      if (value.endsWith(':') && !value.endsWith('::')) value = value.slice(0, -1);
      if (!isIPv6(value)) continue;
      const groups = value.split(':').filter((g) => g !== '').length;
      // `10:22:31` and MAC addresses fail isIPv6; this keeps out short hex-word forms such as `cafe::`.
      if (!/\d/.test(value) || (groups < 2 && value !== '::1')) continue;
      out.push({ start: m.index, end: m.index + value.length, type: 'ip', canonical: value.toLowerCase() });
    }
  }
};
