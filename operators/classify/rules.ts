// The `rules` provider: the first rule whose case-insensitive regex matches gives the label. No server,
// no I/O, no cache: evaluating a few precompiled regexes is cheaper than hashing the text for a cache key,
// and the answer is deterministic, so a cache would only add memory.
import { compileTemplate } from '../../runtime/template.ts';

export interface RulesModelConfig {
  provider: 'rules';
  prompt?: string;
  rules: { label: string; match: string }[];
  default: string;
}

/** Compiles a rule's pattern the way classification uses it; throws a SyntaxError when it does not compile. */
export function compileRule(match: string): RegExp {
  // No `g`/`y` flag: those make `test` stateful through `lastIndex`.
  return new RegExp(match, 'i');
}

export function createRulesClassifier(
  model: RulesModelConfig,
): (payload: Readonly<Record<string, unknown>>) => string {
  const rules = model.rules.map((rule) => ({ label: rule.label, pattern: compileRule(rule.match) }));
  const fallback = model.default;

  if (model.prompt !== undefined) {
    const template = compileTemplate(model.prompt);
    return (payload) => {
      const text = template.render(payload);
      for (const rule of rules) if (rule.pattern.test(text)) return rule.label;
      return fallback;
    };
  }

  // Without a prompt every string field of the payload is a candidate; rule order decides, not field order.
  return (payload) => {
    const texts: string[] = [];
    for (const key in payload) {
      const value = payload[key];
      if (typeof value === 'string') texts.push(value);
    }
    for (const rule of rules) {
      for (const text of texts) if (rule.pattern.test(text)) return rule.label;
    }
    return fallback;
  };
}
