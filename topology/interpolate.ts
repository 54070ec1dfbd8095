// `${VAR}`, `${VAR:-default}` and `$${` (a literal `${`) in topology files.
//
// References are resolved after parsing, not by rewriting the text: YAML forbids `{` in plain scalars
// inside flow collections, so `auth: { secret: ${WEBHOOK_SECRET} }` would not parse. The text is first
// masked — every reference becomes a run of private-use characters of the same length, so line:column
// positions stay exact — then each scalar that holds a mask is rebuilt with the resolved values.

export interface Reference {
  name: string;
  fallback: string | undefined;
  /** Offset of `${` in the original text. */
  offset: number;
  length: number;
}

const referencePattern = /\$\$\{|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g;
const maskStart = 0xe000;
const maskFill = '\uf8ff';

/** Replaces every reference with a same-length mask; `$${` becomes a masked literal `${`. */
export function maskReferences(text: string): { masked: string; references: Reference[] } {
  const references: Reference[] = [];
  const masked = text.replace(
    referencePattern,
    (
      match,
      name: string | undefined,
      op: string | undefined,
      fallback: string | undefined,
      offset: number,
    ) => {
      if (name === undefined) {
        // `$${` → the literal text `${`, kept as a reference with no name so positions stay exact.
        references.push({ name: '', fallback: '${', offset, length: match.length });
      } else {
        references.push({ name, fallback: op ? (fallback ?? '') : undefined, offset, length: match.length });
      }
      const index = references.length - 1;
      return String.fromCharCode(maskStart + index) + maskFill.repeat(match.length - 1);
    },
  );
  if (references.length > 0x1000) throw new RangeError('too many ${} references in one file');
  return { masked, references };
}

const maskPattern = /([\ue000-\uefff])\uf8ff*/g;

export function hasMask(value: string): boolean {
  return /[\ue000-\uefff]/.test(value);
}

export interface ResolveResult {
  value: string;
  /** References to unset variables without a default. */
  missing: Reference[];
  /** True when the whole value was exactly one reference (so it may be re-read as a number or boolean). */
  whole: boolean;
}

/** Puts the resolved values back into a scalar that holds masks. */
export function resolveMasks(
  value: string,
  references: readonly Reference[],
  env: NodeJS.ProcessEnv,
): ResolveResult {
  const missing: Reference[] = [];
  let count = 0;
  const resolved = value.replace(maskPattern, (_match, marker: string) => {
    count += 1;
    const ref = references[marker.charCodeAt(0) - maskStart];
    if (!ref) return '';
    if (ref.name === '') return ref.fallback ?? '';
    const current = env[ref.name];
    if (current !== undefined && !(ref.fallback !== undefined && current === '')) return current;
    if (ref.fallback !== undefined) return ref.fallback;
    missing.push(ref);
    return '${' + ref.name + '}';
  });
  const whole = count === 1 && /^[\ue000-\uefff]\uf8ff*$/.test(value);
  return { value: resolved, missing, whole };
}
