// Email addresses, including the common obfuscations "name [at] example [dot] com" and "name at example dot com".
import type { Detector } from './types.ts';

const email =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,63})@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;

const at = String.raw`(?:\s*[\[(<{]\s*(?:at|@)\s*[\])>}]\s*|\s+at\s+)`;
const dot = String.raw`(?:\s*[\[(<{]\s*dot\s*[\])>}]\s*|\s+dot\s+)`;
const obfuscated = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}][\p{L}\p{N}._%+\-]{0,63}${at}[\p{L}\p{N}][\p{L}\p{N}\-]{0,62}(?:${dot}[\p{L}\p{N}\-]{1,63})*${dot}(?:com|org|net|edu|gov|io|co|uk|de|fr|es|it|nl|be|ch|at|ie|eu|info|biz|me|app|dev|ai|us|ca|au|in|br|mx|jp|cn)(?![\p{L}\p{N}])`,
  'giu',
);
const obfuscationHint = /[[(<{]\s*(?:at|@)\s*[\])>}]|\sdot\s/i;

export const detectEmail: Detector = ({ text, out }) => {
  if (text.includes('@')) {
    email.lastIndex = 0;
    for (let m = email.exec(text); m; m = email.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'email', canonical: m[0].toLowerCase() });
    }
  }
  if (obfuscationHint.test(text)) {
    obfuscated.lastIndex = 0;
    for (let m = obfuscated.exec(text); m; m = obfuscated.exec(text)) {
      const canonical = m[0]
        .toLowerCase()
        .replace(new RegExp(at, 'i'), '@')
        .replace(new RegExp(dot, 'gi'), '.');
      out.push({ start: m.index, end: m.index + m[0].length, type: 'email', canonical });
    }
  }
};
