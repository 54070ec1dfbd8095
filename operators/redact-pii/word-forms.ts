// Whether a lower-cased word is in a word list, directly or as a regular inflection of a listed word
// ("analytics" ← "analytic", "dashboards" ← "dashboard"): word lists hold base forms and common inflections only.
// The base must have five letters or more: shorter ones make names of words ("Nunes" ← "nun", "Sayed" ← "say").
export function listedWord(words: ReadonlySet<string>, lower: string): boolean {
  if (words.has(lower)) return true;
  const base = (cut: number, add = '') => {
    const b = lower.slice(0, -cut) + add;
    return b.length >= 5 && words.has(b);
  };
  if (lower.endsWith('s') && (base(1) || (lower.endsWith('es') && base(2)))) return true;
  if (lower.endsWith('ed') && (base(2) || base(1))) return true;
  return lower.endsWith('ing') && (base(3) || base(3, 'e'));
}
