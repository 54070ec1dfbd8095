// A national number or a date of birth written again with a slip, next to the one found: "You have 130 692 545,
// the correct SIN is 130 692 544", "my PPS number is 8765432EA; the form you sent had 8765342EA", "it says
// 03/11/2016 but it's 11/03/2016". Both are the person's: the slip is their number as a system holds it. The
// check that found the first rejects the second, so this pass runs after the detectors and reads each value they
// found again in its paragraph:
//   - written the same with other separators ("8123456C", then "8123456 C"): always;
//   - a national number with the same shape and at most two characters changed: always;
//   - a date with the same shape, day and month swapped or at most two digits changed: only with a word of
//     correction near ("wrong", "should be", "but it's", "correct"), since dates near a birth date are often
//     other dates of the same year.
import type { Detector, Span } from './types.ts';

/** How far from a found value, within its paragraph, its variants are looked for. */
const reach = 300;
/** A ticket holds a handful of such values: past this many distinct ones (hostile input), the pass stops. */
const maxValues = 32;
const separator = /[ ./-]/;
const separators = /[ ./-]/g;
/** A value's shape: each digit 0, each letter a, separators as they are. */
const shapeOf = (value: string) => value.replace(/\d/g, '0').replace(/\p{L}/gu, 'a');
const correction =
  /(?<![\p{L}])(?:wrong|incorrect|correct(?:ed|ly)?|should|instead|typo|typed|mistyped|mistake|error|actually|right|says|shows?|showing|not|but|richtig|falsch|correcto|correcta|correto|correta|errad[oa]|errou|doğru|doğrusu|yanlış|corretto|sbagliat[oa]|juist|fout|poprawn\w*|błędn\w*)(?![\p{L}])|正しく|誤/iu;

export const detectVariants: Detector = ({ text, out }) => {
  const found = out.filter((s) => s.type === 'ssn' || s.type === 'dob');
  if (found.length === 0) return;
  const seen = new Set<string>();
  // Where each found value starts and how far it reaches: a variant found already is not added again.
  const reaches = new Map<number, number>();
  for (const s of found) reaches.set(s.start, Math.max(s.end, reaches.get(s.start) ?? 0));
  for (const s of found) {
    const value = text.slice(s.start, s.end);
    const key = `${s.type} ${value}`;
    if (seen.has(key)) continue;
    if (seen.size === maxValues) break;
    seen.add(key);
    const compact = value.replace(separators, '');
    if (compact.length < 6 || !/^[\p{L}\p{N}]+$/u.test(compact)) continue;
    const from = paragraphStart(text, Math.max(0, s.start - reach), s.start);
    const to = paragraphEnd(text, s.end, Math.min(text.length, s.end + reach));
    // The window only (a search from `from` would run on to the text's end wherever it holds no match); for a
    // date, only where a word of correction stands in it.
    const window = text.slice(from, to);
    if (s.type === 'dob' && !correction.test(window)) continue;
    const re = shapeRegex(compact);
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (start < s.end && s.start < end) continue;
      const other = m[0].replace(separators, '');
      if (!variantOf(s, value, compact, m[0], other, text, start)) continue;
      if ((reaches.get(start) ?? -1) >= end) continue;
      out.push({ start, end, type: s.type });
      reaches.set(start, end);
    }
  }
};

/** One regex per shape of digits and letters (a text's values share few), compiled once: at most 256 kept. */
const byShape = new Map<string, RegExp>();

function shapeRegex(compact: string): RegExp {
  const shape = shapeOf(compact);
  let re = byShape.get(shape);
  if (re === undefined) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}]|\\p{N}[ ./-])${[...shape].map((c) => (c === '0' ? '\\d' : '\\p{L}')).join('[ ./-]?')}(?![\\p{L}\\p{N}]|[ ./-]\\p{N})`,
      'gu',
    );
    if (byShape.size >= 256) byShape.clear();
    byShape.set(shape, re);
  }
  return re;
}

function variantOf(
  s: Span,
  value: string,
  compact: string,
  written: string,
  other: string,
  text: string,
  at: number,
): boolean {
  if (other.toUpperCase() === compact.toUpperCase()) return true;
  // The same shape: separators where the found value has them.
  if (shapeOf(written) !== shapeOf(value)) return false;
  if (s.type === 'ssn') return changed(compact, other) <= 2;
  const parts = value.split(separator);
  const swapped = parts.length === 3 ? [parts[1], parts[0], parts[2]].join('') : compact;
  if (Math.min(changed(compact, other), changed(swapped, other)) > 2) return false;
  const from = Math.min(s.start, at) - 40;
  const to = Math.max(s.end, at + written.length) + 40;
  return correction.test(text.slice(Math.max(0, from), to));
}

/** How many positions of two strings of the same length differ. */
function changed(a: string, b: string): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

function paragraphStart(text: string, min: number, at: number): number {
  const p = text.lastIndexOf('\n\n', at);
  return p >= min ? p + 2 : min;
}

function paragraphEnd(text: string, at: number, max: number): number {
  const p = text.indexOf('\n\n', at);
  return p >= 0 && p < max ? p : max;
}
