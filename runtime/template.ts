// Text templates (classify's prompt, an email's subject and text): `{{field}}` placeholders over top-level
// payload fields. A template is compiled once into literal/field parts so rendering per event is a join,
// not a regex scan.
import { canonicalJson } from './canonical.ts';

const placeholder = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface PromptTemplate {
  readonly source: string;
  /** Distinct payload fields the template uses, in order of first use. */
  readonly fields: readonly string[];
  /** Every `{{field}}` with its offset in `source` (for config issues that point at a column). */
  readonly placeholders: readonly { name: string; offset: number }[];
  render(payload: Readonly<Record<string, unknown>>): string;
}

export function compileTemplate(source: string): PromptTemplate {
  const literals: string[] = [];
  const slots: string[] = [];
  const placeholders: { name: string; offset: number }[] = [];
  let last = 0;
  for (const match of source.matchAll(placeholder)) {
    literals.push(source.slice(last, match.index));
    slots.push(match[1] as string);
    placeholders.push({ name: match[1] as string, offset: match.index });
    last = match.index + match[0].length;
  }
  literals.push(source.slice(last));
  return {
    source,
    fields: [...new Set(slots)],
    placeholders,
    render(payload) {
      let out = literals[0] as string;
      for (let i = 0; i < slots.length; i++) {
        out += textOf(payload[slots[i] as string]) + (literals[i + 1] as string);
      }
      return out;
    },
  };
}

/** The text a payload value contributes to a prompt: strings as they are, missing values as ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return canonicalJson(value);
  return String(value);
}

/** The string fields of a payload as [name, value] pairs sorted by name. */
export function stringFields(payload: Readonly<Record<string, unknown>>): [string, string][] {
  const out: [string, string][] = [];
  for (const name of Object.keys(payload).sort()) {
    const value = payload[name];
    if (typeof value === 'string') out.push([name, value]);
  }
  return out;
}
