// Where a line starts and ends, read without searching a whole long line for each offset asked about: detectors
// that asked `lastIndexOf('\n', …)` or `indexOf('\n', …)` for every cue, address or name of one long line were
// quadratic on it.

/**
 * `Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - width)`: where the line holding `pos` starts, or `width`
 * characters before `pos` when it starts earlier, reading at most `width` characters (`width` >= 0).
 */
export function lineStartWithin(text: string, pos: number, width: number): number {
  // At 0, `lastIndexOf` reads the first character itself.
  if (pos <= 0) return Math.max(text.lastIndexOf('\n', pos - 1) + 1, pos - width);
  const min = Math.max(0, pos - width);
  let start = pos;
  while (start > min && text.charCodeAt(start - 1) !== 10) start--;
  return start;
}

/**
 * Where the line holding an offset starts and ends, asked in text order: the text between two questions is read
 * once, where `lastIndexOf` and `indexOf` read back to the line's start and on to its end for every cue (quadratic
 * on a long line of cues). A question before the last one starts over.
 */
export class Lines {
  private readonly text: string;
  /** Offset of the last question of `startOf`, and its answer. */
  private asked = 0;
  private start = 0;
  /** Offset from which the next newline was last looked for (none yet: Infinity), and where it is (-1: none). */
  private from = Infinity;
  private next = -1;

  constructor(text: string) {
    this.text = text;
  }

  /** `text.lastIndexOf('\n', i - 1) + 1`. */
  startOf(i: number): number {
    if (i <= 0) return this.text.lastIndexOf('\n', i - 1) + 1;
    if (i < this.asked) {
      this.asked = 0;
      this.start = 0;
    }
    for (let j = i - 1; j >= this.asked; j--) {
      if (this.text.charCodeAt(j) === 10) {
        this.start = j + 1;
        break;
      }
    }
    this.asked = i;
    return this.start;
  }

  /** `text.indexOf('\n', i)`. */
  endOf(i: number): number {
    if (i < this.from || (this.next >= 0 && this.next < i)) {
      this.from = i;
      this.next = this.text.indexOf('\n', i);
    }
    return this.next;
  }
}

/**
 * The separator of a table's header line: a tab, a pipe (markdown: anywhere on the line, or only leading it, as the
 * caller reads tables), a comma or a semicolon; '' for none.
 */
export function tableSeparator(line: string, pipe: 'anywhere' | 'leading'): string {
  if (line.includes('\t')) return '\t';
  if (pipe === 'anywhere' ? line.includes('|') : line.trimStart().startsWith('|')) return '|';
  return line.includes(',') ? ',' : line.includes(';') ? ';' : '';
}

/**
 * The cells of a CSV or TSV row as written (their lengths and one separator each add up to the line's): a cell in
 * double quotes keeps the separators inside it (`E10461,"O'Neill, Brendan",…`).
 */
export function rowCells(line: string, sep: string): string[] {
  if (!line.includes('"')) return line.split(sep);
  const cells: string[] = [];
  let from = 0;
  // Whether the cell holds only blanks so far: a quote there opens a quoted cell.
  let blank = true;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line[i] === sep) {
      cells.push(line.slice(from, i));
      from = i + 1;
      blank = true;
    } else if (line[i] === ' ' || line[i] === '\t') {
      continue;
    } else if (line[i] !== '"' || !blank) {
      blank = false;
    } else {
      blank = false;
      // A quoted cell: to the closing quote ("" is an escaped one).
      for (i++; i < line.length; i++) {
        if (line[i] !== '"') continue;
        if (line[i + 1] === '"') i++;
        else break;
      }
      // No closing quote: the cell runs to the line's end.
      if (i >= line.length) i = line.length - 1;
    }
  }
  return cells;
}

/**
 * The start of the next line's answer in a chat or a transcript, as a regex source: the line break, a time in
 * brackets or none, the speaker's label and its colon ("?\n[14:02] Visitor: …").
 */
export const nextSpeakerLine = String.raw`\n(?:\[[^\]\n]{1,24}\][ \t]*)?[^\n:]{1,30}:[ \t]*`;
