// Text normalisation before matching. Obfuscated PII (full-width digits, zero-width joiners inside an email,
// soft hyphens in a card number) is folded with NFKC and the invisible characters are dropped; detectors run
// on that normalised copy. Spans are mapped back to the original so that the output keeps everything that is
// not redacted exactly as written: NFKC also rewrites text that is not PII (full-width CJK punctuation,
// ligatures, superscripts), and a redaction step should change only what it redacts.

/** U+200B–U+200D, U+2060, U+FEFF and the soft hyphen: invisible, used to break up values. */
const invisible = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
const anyNonAscii = /[\u0080-\uFFFF]/;
const combiningMark = /^\p{M}/u;

export interface Normalised {
  readonly text: string;
  /** Original offset of the start of normalised code unit i; `null` when the text did not change. */
  readonly from: Int32Array | null;
  /** Original offset just after the source of normalised code unit i. */
  readonly to: Int32Array | null;
}

export function normalise(original: string): Normalised {
  if (!anyNonAscii.test(original)) return { text: original, from: null, to: null };
  if (!invisible.test(original) && original.normalize('NFKC') === original) {
    return { text: original, from: null, to: null };
  }
  const from: number[] = [];
  const to: number[] = [];
  let text = '';
  let i = 0;
  while (i < original.length) {
    const code = original.charCodeAt(i);
    if (code < 0x80) {
      text += original[i];
      from.push(i);
      to.push(i + 1);
      i += 1;
      continue;
    }
    // One base character with its combining marks, so NFKC can compose them.
    let end = i + (code >= 0xd800 && code <= 0xdbff && i + 1 < original.length ? 2 : 1);
    while (end < original.length && combiningMark.test(original.slice(end, end + 2))) {
      end += original.charCodeAt(end) >= 0xd800 && original.charCodeAt(end) <= 0xdbff ? 2 : 1;
    }
    const cluster = original.slice(i, end);
    if (!invisible.test(cluster)) {
      const folded = cluster.normalize('NFKC');
      for (let k = 0; k < folded.length; k++) {
        from.push(i);
        to.push(end);
      }
      text += folded;
    }
    i = end;
  }
  return { text, from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** The original range [start, end) that normalised range [start, end) came from. */
export function originalRange(n: Normalised, start: number, end: number): [number, number] {
  if (!n.from || !n.to) return [start, end];
  return [n.from[start] ?? 0, n.to[end - 1] ?? 0];
}
