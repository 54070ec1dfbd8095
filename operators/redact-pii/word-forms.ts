// Whether a lower-cased word is in a word list, directly or as a regular inflection of a listed word
// ("analytics" ← "analytic", "dashboards" ← "dashboard"): word lists hold base forms and common inflections only.
export function listedWord(words: ReadonlySet<string>, lower: string): boolean {
  if (words.has(lower)) return true;
  if (lower.length < 5) return false;
  if (lower.endsWith('s') && words.has(lower.slice(0, -1))) return true;
  if (lower.endsWith('es') && words.has(lower.slice(0, -2))) return true;
  if (lower.endsWith('ed') && (words.has(lower.slice(0, -2)) || words.has(lower.slice(0, -1)))) return true;
  return lower.endsWith('ing') && (words.has(lower.slice(0, -3)) || words.has(`${lower.slice(0, -3)}e`));
}
