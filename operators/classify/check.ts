// The checks of a classify config that its schema cannot express: labels that agree, regexes that
// compile, prompt fields that exist. The loader reports them with file:line:col; `create` refuses a config
// whose own parts contradict each other even when no loader ran first.
import type { CheckContext, ConfigIssue } from '../../runtime/component.ts';
import type { ClassifyConfig } from '../classify.ts';
import { compileRule } from './rules.ts';
import { compileTemplate } from '../../runtime/template.ts';

/** Issues that need no knowledge of the surrounding topology. */
export function ownIssues(config: ClassifyConfig): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const labels = new Set(config.labels);
  const notALabel = (value: string) => `"${value}" is not one of labels [${config.labels.join(', ')}]`;
  if (config.onError && 'label' in config.onError && !labels.has(config.onError.label)) {
    issues.push({
      path: ['onError', 'label'],
      message: notALabel(config.onError.label),
      code: 'TOPOLOGY_INCONSISTENT',
    });
  }
  const { model } = config;
  const required = (key: 'name' | 'rules' | 'default') =>
    issues.push({
      path: ['model'],
      message: `model.${key} is required when provider is ${model.provider}`,
      code: 'TOPOLOGY_SCHEMA',
    });
  if (model.provider === 'ollama' && model.name === undefined) required('name');
  if (model.provider === 'rules') {
    if (model.rules === undefined) required('rules');
    if (model.default === undefined) required('default');
  }
  if (model.provider === 'rules' && model.rules && model.default !== undefined) {
    model.rules.forEach((rule, i) => {
      if (!labels.has(rule.label)) {
        issues.push({
          path: ['model', 'rules', i, 'label'],
          message: notALabel(rule.label),
          code: 'TOPOLOGY_INCONSISTENT',
        });
      }
      try {
        compileRule(rule.match);
      } catch (err) {
        issues.push({
          path: ['model', 'rules', i, 'match'],
          message: `not a valid regular expression: ${(err as Error).message}`,
          code: 'TOPOLOGY_EXPRESSION',
        });
      }
    });
    if (!labels.has(model.default)) {
      issues.push({
        path: ['model', 'default'],
        message: notALabel(model.default),
        code: 'TOPOLOGY_INCONSISTENT',
      });
    }
  }
  return issues;
}

export function check(config: ClassifyConfig, ctx: CheckContext): ConfigIssue[] {
  const issues = ownIssues(config);
  if (config.model.prompt !== undefined) {
    const reported = new Set<string>();
    for (const { name, offset } of compileTemplate(config.model.prompt).placeholders) {
      if (ctx.fields.has(name) || reported.has(name)) continue;
      reported.add(name);
      issues.push({
        path: ['model', 'prompt'],
        message: `{{${name}}} is not a payload field here (fields: ${[...ctx.fields].sort().join(', ')})`,
        code: 'TOPOLOGY_INCONSISTENT',
        offset,
      });
    }
  }
  return issues;
}
