// Reading a sticky (`y`) regex at a given offset of a text, without slicing the text: the detectors read their
// tokens this way.

/** The match of the sticky regex `re` starting exactly at `i` of `text`, or null. */
export function execAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The text the sticky regex `re` matches starting exactly at `i` of `text`, or undefined. */
export function readAt(re: RegExp, text: string, i: number): string | undefined {
  re.lastIndex = i;
  return re.exec(text)?.[0];
}

/** The last match of a global `re` in `text`. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m;
  return last;
}
