// filter.match: keeps the events for which a CEL expression is true and drops the rest. The expression is
// compiled once, when the topology is checked and again when the step starts; evaluation is per event.
import { Type } from '@sinclair/typebox';
import { compileExpression, describePosition, evaluateCondition, expressionIssues } from '../runtime/cel.ts';
import type { ConfigIssue, StepKind } from '../runtime/component.ts';
import { nonRetryable } from '../runtime/errors.ts';

const schema = Type.Object(
  {
    when: Type.String({
      minLength: 1,
      description:
        'CEL condition over the payload (`urgency == "critical"`); events for which it is false are dropped.',
    }),
  },
  { additionalProperties: false },
);

export const filterMatch: StepKind<typeof schema> = {
  kind: 'filter.match',
  summary:
    'Keeps events for which the CEL expression `when` is true and drops the others (counted as ' +
    '`ingestlayer_events_dropped_total{reason="filtered"}`). Payload fields are variables (`urgency`, ' +
    '`customer.tier`), `event` is the envelope (`event.type`, `event.id`). Reading a missing field is an ' +
    'error, not false: the event goes to the DLQ with code EXPRESSION_EVAL, as does a result that is not a ' +
    'bool; test for presence with `has(event.payload.field)`. JSON numbers are doubles: `count > 3` and ' +
    '`score > 0.5` work, mixed arithmetic needs `count + 1.0` or `int(count)`.',
  schema,
  example: `
- id: critical-only
  uses: filter.match
  topic: example.filtered
  when: urgency == "critical"
`,
  check(config, ctx) {
    return expressionIssues(config.when, ctx.fields).map((issue): ConfigIssue => ({
      path: ['when'],
      code: 'TOPOLOGY_EXPRESSION',
      message: `${issue.message} (${describePosition(config.when, issue.offset)} of the expression)`,
      offset: issue.offset,
    }));
  },
  create(config, ctx) {
    const compiled = compileExpression(config.when);
    if (!compiled.ok) {
      const where = describePosition(config.when, compiled.offset);
      throw nonRetryable('TOPOLOGY_EXPRESSION', `when: ${compiled.message} (${where} of the expression)`);
    }
    const expression = compiled.expression;
    return {
      process(event) {
        // evaluateCondition throws a non-retryable EXPRESSION_EVAL whose message names fields, never values;
        // the host dead-letters the event with it.
        if (evaluateCondition(expression, event.payload, event)) return [event];
        ctx.metrics.dropped('filtered');
        return [];
      },
    };
  },
};
